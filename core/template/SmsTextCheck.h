#pragma once
// Everything the console knows about an SMS text before it is sent, in one report for the Template Preview page and
// "smsotp sms-text check": its encoding and parts as sent (with a code of the configured length), the template's own
// errors, the WebOTP origin-bound line, Android's SMS Retriever and SMS User Consent rules, and for a translation
// what it costs and drops compared with the default text.

#include "SmsSegments.h"
#include "SmsText.h"
#include "TextPosition.h"
#include "otp/OtpPolicy.h"

#include <QList>
#include <QString>
#include <optional>

namespace smsotp::tmpl {

struct SmsTextContext
{
    otp::OtpPolicy policy; // the code's length and alphabet
    QString webOtpDomain; // "sms.webotp_domain"; empty: no origin-bound line is added
    QString androidAppHash; // "sms.android_app_hash"; empty: the SMS Retriever rules are not checked
    std::optional<QString> defaultText; // for a translation: the default locale's text, to compare with
};

enum class SmsTextSeverity
{
    Error, // the message would not work as meant: nothing is saved or sent
    Warning, // it works, but costs more, or an autofill will not pick the code up
};

struct SmsTextFinding
{
    SmsTextSeverity severity = SmsTextSeverity::Error;
    TextPosition position; // in the text as written; 1:1 for findings about the whole message
    QString message; // for people, without the position

    // "LINE:COLUMN: error|warning: message", as compilers write it.
    QString line() const;
};

struct SmsTextReport
{
    QString messageTemplate; // the text with the origin-bound line the console adds for a WebOTP domain
    QString rendered; // as a phone shows it, with a sample code of the configured length
    SmsSegments segments; // of rendered
    QList<SmsTextFinding> findings; // in the order of their position; those about the whole message last
    bool hasErrors() const;
};

// The text as sent: "@DOMAIN #{{confirmation-code}}" on a last line of its own when a domain is set, unless the
// text already has an origin-bound line of its own (which the check then examines).
QString messageTemplate(const QString& text, const QString& webOtpDomain);

// The values a preview and a check render with: a code of the policy's length, its expiry, the console's name.
SmsTextValues sampleValues(const otp::OtpPolicy& policy);

SmsTextReport checkSmsText(const QString& text, const SmsTextContext& context);

// "GSM-7" or "UCS-2".
QString encodingName(SmsEncoding encoding);

// The bytes a message takes in an SMS's user data: 7 bits per GSM-7 septet, 2 bytes per UCS-2 unit. SMS Retriever
// reads messages of at most 140 (one part).
qsizetype smsPayloadBytes(const SmsSegments& segments);
inline constexpr int kSmsRetrieverMaxBytes = 140;

} // namespace smsotp::tmpl
