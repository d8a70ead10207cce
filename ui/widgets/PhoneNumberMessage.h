#pragma once
// The line under a phone number field, shared by the Test Send page and the setup wizard.

#include <QString>

namespace smsotp::ui {

class FieldMessage;

// Normalises typed (E.164 with libphonenumber, region for national forms) and says under the field what came of
// it: emptyHint while nothing is typed, the reason it is refused, a warning (e.g. not a mobile number) or where
// the code goes. Returns the E.164 number, or an empty string when it cannot be sent to.
QString showNormalizedNumber(
    FieldMessage& message, const QString& typed, const QString& region, const QString& emptyHint);

} // namespace smsotp::ui
