#pragma once
// Vonage (Nexmo) SMS API: the pure request builders, response parsers and field checks.

#include "BuildResult.h"
#include "FieldCheck.h"
#include "HttpRequestSpec.h"
#include "SendOutcome.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>
#include <QUrl>
#include <chrono>

namespace smsotp::providers::vonage {

// The request style is the one of Vonage's current server SDK, not the 2020 API description's form fields:
//   send:  POST {base}/sms/json, Authorization: Basic base64(api_key:api_secret), application/json
//          {"from", "to", "text"[, "type": "unicode"]}, numbers without the leading "+"
//   check: GET {base}/account/get-balance with the same header and no query  ->  {"value", "autoReload"}
// so the API secret travels only in the Authorization header: never in a body or a URL, where proxies, server
// logs and a preview's body pane would see it. Both styles are accepted by Vonage (see PROVIDERS.md).
// "type": "unicode" is set exactly when the text is not GSM-7 (tmpl::isGsm7); otherwise Vonage would
// mangle the characters outside GSM-7.
// The answer is HTTP 200 even for failures: messages[i].status "0" means accepted, anything else is an error
// code of the SMS API (1 to 33).
QString defaultApiBase(); // https://rest.nexmo.com

struct Config
{
    QString apiKey;
    QString sender; // a number (international, the "+" optional) or an alphanumeric sender ID of up to 11 characters
    QUrl apiBase = QUrl(defaultApiBase());
    std::chrono::milliseconds timeout = kDefaultTransferTimeout;
};

struct Secrets
{
    QString apiSecret;
};

// Vonage's API description gives keys as 8 characters (abcd1234) and its own docs show 6 (aaa012): letters and
// digits, 6 to 16, are accepted. Secrets: 6 to 32 printable ASCII characters without spaces (the API description
// allows 6-32; secrets made in the dashboard today are 8-25 with symbols allowed).
FieldCheck checkApiKey(QStringView key);
FieldCheck checkApiSecret(QStringView secret);
FieldCheck checkSender(QStringView sender);

// to is E.164; it is sent without the "+".
BuildResult buildSendRequest(const Config& config, const Secrets& secrets, const QString& to, const QString& text);
SendOutcome parseSendResponse(int httpStatus, QByteArrayView body);

BuildResult buildBalanceRequest(const Config& config, const Secrets& secrets);

struct BalanceCheck
{
    bool ok = false; // the credentials work
    int httpStatus = 0;
    double balance = 0; // euros
    bool autoReload = false;
    FailureKind failure = FailureKind::None;
    QString explanation; // for people; on success the balance, in EUR, and a warning when it is empty
    QString technicalDetail;

    // What every front end says of the check.
    QString summary() const { return explanation; }
};

BalanceCheck parseBalanceResponse(int httpStatus, QByteArrayView body);

// The explanation of a status code of the SMS API, or an empty string when the console has none.
QString explainStatus(int status);
FailureKind failureForStatus(int status);
// 1-12, 14, 15, 22, 23, 29, 32, 33: every code the SMS API documents.
QList<int> explainedStatusCodes();

} // namespace smsotp::providers::vonage
