#pragma once
// Twilio Programmable Messaging: the pure request builders, response parsers and field checks.

#include "BuildResult.h"
#include "DeliveryStatus.h"
#include "FieldCheck.h"
#include "HttpRequestSpec.h"
#include "SendOutcome.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>
#include <QUrl>
#include <chrono>

namespace smsotp::providers::twilio {

// Wire facts (Twilio API v2010, checked against twilio/twilio-oai):
//   send:  POST {base}/2010-04-01/Accounts/{AccountSid}/Messages.json, HTTP Basic AccountSid:AuthToken,
//          application/x-www-form-urlencoded To, From | MessagingServiceSid, Body  ->  201 {sid: SM..., status}
//   check: GET {base}/2010-04-01/Accounts/{AccountSid}.json, same auth  ->  200 {friendly_name, status, type}
//   status: GET {base}/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json, same auth
//          ->  200 {sid, status, error_code, error_message}; 404 {code: 20404} for an unknown SID
//   error: {code, message, more_info, status}
QString defaultApiBase(); // https://api.twilio.com

struct Config
{
    QString accountSid; // AC + 32 hex
    QString sender; // an E.164 number owned by the account, a Messaging Service SID (MG + 32 hex), or a sender name
    QUrl apiBase = QUrl(defaultApiBase());
    std::chrono::milliseconds timeout = kDefaultTransferTimeout;
};

// Kept in the keychain; fetched just before a request is built.
struct Secrets
{
    QString authToken; // 32 hex
};

FieldCheck checkAccountSid(QStringView sid);
FieldCheck checkAuthToken(QStringView token);
// An E.164 number (+ and 8 to 15 digits, the first not 0), a Messaging Service SID, or an alphanumeric sender ID
// (SenderRules.h).
FieldCheck checkSender(QStringView sender);
bool isMessagingServiceSid(QStringView sender);

// to is E.164. The sender goes as From, or as MessagingServiceSid when it is an MG SID.
BuildResult buildSendRequest(const Config& config, const Secrets& secrets, const QString& to, const QString& text);

// 201 with a message SID (SM/MM + 32 hex) is accepted; an error body gives its code and the explanation.
SendOutcome parseSendResponse(int httpStatus, QByteArrayView body);

// A message's delivery status (the Message resource): the SID is SM or MM and 32 hex digits.
BuildResult buildMessageStatusRequest(const Config& config, const Secrets& secrets, const QString& messageSid);
// queued, accepted, scheduled -> Queued; sending; sent; delivered, read -> Delivered; undelivered; failed, canceled
// -> Failed. For undelivered and failed, error_code with explainErrorCode's sentence (or Twilio's own words and
// documentation link for a code the console does not explain). The same shape is what the sandbox answers.
DeliveryCheck parseMessageStatusResponse(int httpStatus, QByteArrayView body);
bool isMessageSid(QStringView sid);

// The credential check: reads the account, sends no SMS.
BuildResult buildAccountCheckRequest(const Config& config, const Secrets& secrets);

struct AccountCheck
{
    bool ok = false; // the credentials work and the account is active
    int httpStatus = 0;
    QString friendlyName;
    QString status; // active, suspended, closed
    QString type; // Trial or Full
    QString providerCode; // Twilio's error code when the check failed
    FailureKind failure = FailureKind::None;
    QString explanation; // for people; on success it says what the account can do (trial limits)
    QString technicalDetail;

    bool isTrial() const { return type.compare(u"Trial", Qt::CaseInsensitive) == 0; }
    // What every front end says of the check: on success what the account can do and which account it is.
    QString summary() const;
};

// Reads only the fields above: the answer also carries the account's auth_token, which is never kept.
AccountCheck parseAccountCheckResponse(int httpStatus, QByteArrayView body);

// The explanation of a Twilio error code, or an empty string when the console has none of its own.
QString explainErrorCode(int code);
FailureKind failureForErrorCode(int code);
// The codes explainErrorCode knows: 20003, 20404, 20429, 21211, 21212, 21408, 21606, 21608, 21610, 21614, and the
// delivery codes 30001 to 30010, 30032, 30034 and 30450.
QList<int> explainedErrorCodes();

} // namespace smsotp::providers::twilio
