#include "SmsText.h"

#include "PlaceholderToken.h"
#include "config/InputLimits.h"

#include <QCoreApplication>
#include <optional>

namespace smsotp::tmpl {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("smsotp::tmpl::SmsText", text);
}

SmsTextError makeError(SmsTextErrorKind kind, const TextPosition& position, const QString& message)
{
    SmsTextError error;
    error.kind = kind;
    error.position = position;
    error.reason = message;
    error.message = tr("Line %1, column %2: %3").arg(position.line).arg(position.column).arg(message);
    return error;
}

} // namespace

QString SmsText::defaultTemplate()
{
    return QStringLiteral(
        "Your verification code is {{confirmation-code}}. It expires in {{otp-expiry-time}} minutes.");
}

SmsText::SmsText(QString templateText)
    : m_template(std::move(templateText))
{ }

int SmsText::expiryMinutesFor(int expirySeconds)
{
    return expirySeconds > 0 ? expirySeconds / 60 : 0;
}

SmsTextResult SmsText::render(const SmsTextValues& values) const
{
    if (m_template.size() > limits::kSmsTextCharacters) {
        SmsTextResult tooLong;
        tooLong.errors.append(makeError(SmsTextErrorKind::TooLong, TextPosition {},
            tr("The SMS text has %1 characters; the most the console takes is %2.")
                .arg(m_template.size())
                .arg(limits::kSmsTextCharacters)));
        return tooLong;
    }
    SmsTextResult result;
    const TextPositionMap positions(m_template);
    bool sawCode = false;
    const QStringView text(m_template);
    qsizetype literalStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'{')
            continue;
        const PlaceholderToken token = PlaceholderToken::readAt(text, i);
        if (token.shape == PlaceholderToken::Shape::Unclosed) {
            result.errors.append(makeError(SmsTextErrorKind::UnclosedPlaceholder, positions.at(i),
                tr("“{{” starts a placeholder but no “}}” closes it on the same line.")));
            continue;
        }
        if (token.shape != PlaceholderToken::Shape::Placeholder)
            continue;

        std::optional<QString> value;
        if (token.name == kConfirmationCode) {
            value = values.confirmationCode;
            sawCode = true;
        } else if (token.name == kOtpExpiryTime) {
            value = QString::number(values.expiryMinutes);
        } else if (token.name == kApplicationName) {
            value = values.applicationName;
        } else if (token.name == kOrganizationName) {
            value = values.organizationName;
        } else if (token.name == kUserName) {
            value = values.userName;
        }
        if (!value) {
            result.errors.append(makeError(SmsTextErrorKind::UnknownPlaceholder, positions.at(i),
                tr("{{%1}} is not filled in by the console and would reach the phone as written. The placeholders "
                   "are {{confirmation-code}}, {{otp-expiry-time}}, {{application-name}}, {{organization-name}} "
                   "and {{user-name}}.")
                    .arg(token.name)));
            continue;
        }
        result.text += text.mid(literalStart, i - literalStart);
        result.text += *value;
        i += token.length - 1;
        literalStart = i + 1;
    }
    result.text += text.mid(literalStart);

    if (!sawCode) {
        result.errors.prepend(makeError(SmsTextErrorKind::MissingConfirmationCode, positions.at(0),
            tr("The message has no {{confirmation-code}}, so the code would never reach "
               "the user. Add it where the code should appear.")));
    }
    return result;
}

QStringList SmsText::placeholders() const
{
    QStringList names;
    const QStringView text(m_template);
    for (qsizetype i = text.indexOf(u"{{"); i >= 0 && i < text.size(); i = text.indexOf(u"{{", i + 1)) {
        const PlaceholderToken token = PlaceholderToken::readAt(text, i);
        if (token.shape == PlaceholderToken::Shape::Placeholder && !names.contains(token.name))
            names.append(token.name);
    }
    return names;
}

QList<SmsTextError> SmsText::check() const
{
    return render(SmsTextValues()).errors;
}

} // namespace smsotp::tmpl
