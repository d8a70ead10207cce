#pragma once
// The SMS message text: WSO2's template with {{confirmation-code}} and friends, rendered for a send.

#include "TextPosition.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace smsotp::tmpl {

struct SmsTextValues
{
    QString confirmationCode;
    int expiryMinutes = 5; // see SmsText::expiryMinutesFor
    QString applicationName;
    QString organizationName;
    QString userName;
};

enum class SmsTextErrorKind
{
    UnknownPlaceholder, // a {{name}} the console does not fill in: it would reach the phone as written
    UnclosedPlaceholder, // `{{` with no `}}` on its line
    MissingConfirmationCode, // no {{confirmation-code}}: the code would never reach the user
    TooLong, // more than limits::kSmsTextCharacters: refused before it is parsed
};

struct SmsTextError
{
    SmsTextErrorKind kind = SmsTextErrorKind::UnknownPlaceholder;
    QString message; // for people, starting with "Line L, column C:"
    QString reason; // the same without the position
    TextPosition position; // of the placeholder; the start of the text for MissingConfirmationCode
};

struct SmsTextResult
{
    QString text; // what the phone shows; unknown placeholders are left as written
    QList<SmsTextError> errors;

    bool ok() const { return errors.isEmpty(); }
};

class SmsText
{
public:
    // WSO2 Identity Server's placeholders, with the spelling WSO2 uses (the spaced form `{{ name }}` is read too).
    static constexpr QStringView kConfirmationCode = u"confirmation-code";
    static constexpr QStringView kOtpExpiryTime = u"otp-expiry-time";
    static constexpr QStringView kApplicationName = u"application-name";
    static constexpr QStringView kOrganizationName = u"organization-name";
    static constexpr QStringView kUserName = u"user-name";

    static QString defaultTemplate();

    explicit SmsText(QString templateText = defaultTemplate());

    const QString& templateText() const { return m_template; }

    // Fills the placeholders in one pass: a value holding `{{` is not expanded again. A text over the size limit
    // is not parsed: its only error is TooLong.
    SmsTextResult render(const SmsTextValues& values) const;

    // The template's own problems, which do not depend on the values (what a settings page shows).
    QList<SmsTextError> check() const;

    // The names of the placeholders the text uses, each once, in order of first use.
    QStringList placeholders() const;

    // WSO2 fills {{otp-expiry-time}} with the expiry in whole minutes, rounded down; the same here.
    static int expiryMinutesFor(int expirySeconds);

private:
    QString m_template;
};

} // namespace smsotp::tmpl
