#include "PhoneNumberMessage.h"

#include "FieldMessage.h"
#include "phone/PhoneNumber.h"

#include <QCoreApplication>

namespace smsotp::ui {

QString showNormalizedNumber(
    FieldMessage& message, const QString& typed, const QString& region, const QString& emptyHint)
{
    const phone::NormalizeResult result = phone::normalize(typed, region);
    if (typed.trimmed().isEmpty())
        message.setMessage(FieldMessage::Kind::Hint, emptyHint);
    else if (!result.ok())
        message.setMessage(FieldMessage::Kind::Error, result.message);
    else if (!result.message.isEmpty())
        message.setMessage(FieldMessage::Kind::Warning,
            QCoreApplication::translate("smsotp::ui::PhoneNumberMessage", "%1 — %2").arg(result.e164, result.message));
    else
        message.setMessage(FieldMessage::Kind::Ok,
            QCoreApplication::translate("smsotp::ui::PhoneNumberMessage", "Sends to %1").arg(result.e164));
    return result.ok() ? result.e164 : QString();
}

} // namespace smsotp::ui
