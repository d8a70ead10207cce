#include "TwilioProvider.h"

#include "BuildSupport.h"
#include "ErrorExplanations.h"
#include "SenderRules.h"
#include "UrlPolicy.h"
#include "template/FormUrlEncoding.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <algorithm>

namespace smsotp::providers::twilio {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("smsotp::providers::Twilio", text);
}

QString providerName()
{
    return QStringLiteral("Twilio");
}

constexpr int kSidHexDigits = 32;
constexpr int kSenderMinDigits = 8;
constexpr int kTooManyRequests = 20429;

// Checks the parts every Twilio request shares and fills in the URL base, auth and timeout.
BuildResult prepare(const Config& config, const Secrets& secrets, const QString& path)
{
    return detail::prepareBasicAuth(
        { ConfigField::AccountSid, checkAccountSid(config.accountSid), config.accountSid, ConfigField::AuthToken,
            checkAuthToken(secrets.authToken), secrets.authToken, config.apiBase, path, config.timeout });
}

QJsonObject jsonObject(QByteArrayView body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body.toByteArray());
    return document.isObject() ? document.object() : QJsonObject();
}

// Twilio's code, message and documentation link as one line of technical detail.
QString errorDetail(const QJsonObject& error)
{
    QString detail
        = tr("Twilio error %1: %2").arg(error.value(u"code").toInteger()).arg(error.value(u"message").toString());
    const QString moreInfo = error.value(u"more_info").toString();
    if (!moreInfo.isEmpty())
        detail += u" (" + moreInfo + u')';
    return detail;
}

// Fills the failure fields of an outcome from a non-success answer.
void explainFailure(int httpStatus, QByteArrayView body, QString& providerCode, FailureKind& failure,
    QString& explanation, QString& technicalDetail, bool& retryLater)
{
    const QJsonObject error = jsonObject(body);
    const QJsonValue code = error.value(u"code");
    if (code.isDouble()) {
        const int number = code.toInt();
        providerCode = QString::number(number);
        failure = failureForErrorCode(number);
        explanation = explainErrorCode(number);
        technicalDetail = errorDetail(error);
        if (explanation.isEmpty()) {
            const QString message = error.value(u"message").toString();
            explanation
                = tr("Twilio refused the request with error %1: “%2”. Its documentation for the code says "
                     "what to change: %3")
                      .arg(number)
                      .arg(message.isEmpty() ? tr("no message") : message)
                      .arg(error.value(u"more_info")
                               .toString(QStringLiteral("https://www.twilio.com/docs/api/errors/") + providerCode));
            failure = failureForHttpStatus(httpStatus);
        }
        retryLater = number == kTooManyRequests || httpStatus == 429 || httpStatus >= 500;
        return;
    }
    technicalDetail = detail::shortDetail(body);
    if (httpStatus == 401) {
        failure = FailureKind::Authentication;
        explanation = explainErrorCode(20003);
    } else if (httpStatus == 429) {
        failure = FailureKind::RateLimited;
        explanation = explainErrorCode(kTooManyRequests);
        retryLater = true;
    } else {
        failure = failureForHttpStatus(httpStatus);
        explanation = explainHttpStatus(httpStatus, providerName());
        retryLater = httpStatus >= 500;
    }
}

} // namespace

QString defaultApiBase()
{
    return QStringLiteral("https://api.twilio.com");
}

FieldCheck checkAccountSid(QStringView sid)
{
    if (sid.isEmpty())
        return FieldCheck::fail(
            FieldProblem::Empty, tr("Enter the Account SID shown on the Twilio Console's dashboard."));
    if (!sid.startsWith(u"AC")) {
        if (sid.startsWith(u"SK")) {
            return FieldCheck::fail(FieldProblem::WrongPrefix,
                tr("This looks like an API key SID (SK...). The console needs the Account SID, "
                   "which starts with AC, with the account's Auth Token."));
        }
        return FieldCheck::fail(FieldProblem::WrongPrefix, tr("An Account SID starts with AC."));
    }
    if (sid.size() != 2 + kSidHexDigits) {
        return FieldCheck::fail(FieldProblem::WrongLength,
            tr("An Account SID is AC followed by 32 hexadecimal characters (34 in all); this one "
               "has %1. Copy it again, whole.")
                .arg(sid.size()));
    }
    if (!isPrefixedHex(sid, u"AC", kSidHexDigits)) {
        return FieldCheck::fail(FieldProblem::InvalidCharacters,
            tr("After AC an Account SID holds only the digits 0-9 and the letters a-f."));
    }
    return {};
}

FieldCheck checkAuthToken(QStringView token)
{
    if (token.isEmpty()) {
        return FieldCheck::fail(
            FieldProblem::Empty, tr("Enter the Auth Token shown (after “Show”) on the Twilio Console's dashboard."));
    }
    if (token.size() != kSidHexDigits) {
        return FieldCheck::fail(FieldProblem::WrongLength,
            tr("An Auth Token is 32 hexadecimal characters; this one has %1. Copy it again, whole.").arg(token.size()));
    }
    if (!isPrefixedHex(token, u"", kSidHexDigits)) {
        return FieldCheck::fail(
            FieldProblem::InvalidCharacters, tr("An Auth Token holds only the digits 0-9 and the letters a-f."));
    }
    return {};
}

bool isMessagingServiceSid(QStringView sender)
{
    return isPrefixedHex(sender, u"MG", kSidHexDigits);
}

FieldCheck checkSender(QStringView sender)
{
    if (sender.isEmpty()) {
        return FieldCheck::fail(FieldProblem::Empty,
            tr("Enter a Twilio phone number of this account (+ and the country code), a Messaging Service SID "
               "(MG...), or a sender name of up to 11 letters and digits where the destination country allows one."));
    }
    // MG and hexadecimal digits: a Messaging Service SID (or a mistyped one), not a name.
    if (sender.startsWith(u"MG") && isPrefixedHex(sender, u"MG", int(sender.size()) - 2)) {
        if (isMessagingServiceSid(sender))
            return {};
        return FieldCheck::fail(
            FieldProblem::WrongLength, tr("A Messaging Service SID is MG followed by 32 hexadecimal characters."));
    }
    if (isAlphanumericSender(sender) && !sender.startsWith(u'+'))
        return checkAlphanumericSender(sender);
    return checkE164(sender, kSenderMinDigits);
}

BuildResult buildSendRequest(const Config& config, const Secrets& secrets, const QString& to, const QString& text)
{
    BuildResult result = prepare(config, secrets, u"/2010-04-01/Accounts/" + config.accountSid + u"/Messages.json");
    detail::addFieldProblem(result, ConfigField::Sender, checkSender(config.sender));
    detail::addFieldProblem(result, ConfigField::Recipient, checkE164(to));
    if (text.isEmpty())
        result.errors.append(
            detail::problem(ConfigField::Text, BuildErrorKind::Missing, tr("The message text is empty.")));
    if (!result.ok()) {
        result.request = {};
        return result;
    }

    QList<tmpl::FormField> fields { { QStringLiteral("To"), to } };
    if (isMessagingServiceSid(config.sender))
        fields.append({ QStringLiteral("MessagingServiceSid"), config.sender });
    else
        fields.append({ QStringLiteral("From"), config.sender });
    fields.append({ QStringLiteral("Body"), text });

    HttpRequestSpec& request = result.request;
    request.method = HttpMethod::Post;
    request.headers.append(
        { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded") });
    request.body = tmpl::formUrlEncodeFields(fields);
    return result;
}

SendOutcome parseSendResponse(int httpStatus, QByteArrayView body)
{
    SendOutcome outcome;
    outcome.httpStatus = httpStatus;
    if (httpStatus == 201) {
        const QJsonObject message = jsonObject(body);
        const QString sid = message.value(u"sid").toString();
        const QString status = message.value(u"status").toString();
        const QJsonValue errorCode = message.value(u"error_code");
        if (isMessageSid(sid) && status != u"failed" && status != u"undelivered") {
            outcome.accepted = true;
            outcome.messageId = sid;
            outcome.explanation = tr("Twilio accepted the message (status “%1”). Delivery to the phone happens "
                                     "next; Twilio's message log shows how it went.")
                                      .arg(status.isEmpty() ? QStringLiteral("queued") : status);
            outcome.technicalDetail = tr("Message %1, status %2, %3 segment(s)")
                                          .arg(sid, status, message.value(u"num_segments").toString());
            return outcome;
        }
        if (isMessageSid(sid) && errorCode.isDouble()) {
            outcome.messageId = sid;
            outcome.providerCode = QString::number(errorCode.toInt());
            outcome.failure = failureForErrorCode(errorCode.toInt());
            outcome.explanation = explainErrorCode(errorCode.toInt());
            outcome.technicalDetail = message.value(u"error_message").toString();
            if (outcome.explanation.isEmpty()) {
                outcome.explanation = tr("Twilio took the request but the message failed at once with error %1.")
                                          .arg(errorCode.toInt());
            }
            return outcome;
        }
        outcome.failure = FailureKind::UnexpectedResponse;
        outcome.explanation = explainHttpStatus(httpStatus, providerName());
        outcome.technicalDetail = detail::shortDetail(body);
        return outcome;
    }
    explainFailure(httpStatus, body, outcome.providerCode, outcome.failure, outcome.explanation,
        outcome.technicalDetail, outcome.retryLater);
    return outcome;
}

bool isMessageSid(QStringView sid)
{
    return isPrefixedHex(sid, u"SM", kSidHexDigits) || isPrefixedHex(sid, u"MM", kSidHexDigits);
}

BuildResult buildMessageStatusRequest(const Config& config, const Secrets& secrets, const QString& messageSid)
{
    BuildResult result = prepare(
        config, secrets, u"/2010-04-01/Accounts/" + config.accountSid + u"/Messages/" + messageSid + u".json");
    if (!isMessageSid(messageSid)) {
        result.errors.append(detail::problem(ConfigField::MessageId, BuildErrorKind::Malformed,
            tr("A Twilio message SID starts with SM (or MM) and has 32 hexadecimal digits after it.")));
    }
    if (!result.ok()) {
        result.request = {};
        return result;
    }
    result.request.method = HttpMethod::Get;
    return result;
}

DeliveryCheck parseMessageStatusResponse(int httpStatus, QByteArrayView body)
{
    DeliveryCheck check;
    check.httpStatus = httpStatus;
    if (httpStatus != 200) {
        bool unusedRetry = false;
        explainFailure(
            httpStatus, body, check.providerCode, check.failure, check.explanation, check.technicalDetail, unusedRetry);
        if (check.providerCode == u"20404" || (httpStatus == 404 && check.providerCode.isEmpty())) {
            check.explanation = tr("Twilio has no message with this SID in this account (error 20404): check the SID, "
                                   "and that it was sent with this Account SID.");
        }
        return check;
    }
    const QJsonObject message = jsonObject(body);
    const QString status = message.value(u"status").toString();
    static const QList<QPair<QStringView, DeliveryState>> states {
        { u"accepted", DeliveryState::Queued },
        { u"scheduled", DeliveryState::Queued },
        { u"queued", DeliveryState::Queued },
        { u"sending", DeliveryState::Sending },
        { u"sent", DeliveryState::Sent },
        { u"partially_delivered", DeliveryState::Sent },
        { u"delivered", DeliveryState::Delivered },
        { u"read", DeliveryState::Delivered },
        { u"undelivered", DeliveryState::Undelivered },
        { u"failed", DeliveryState::Failed },
        { u"canceled", DeliveryState::Failed },
    };
    const auto found
        = std::find_if(states.cbegin(), states.cend(), [&status](const auto& entry) { return entry.first == status; });
    if (found == states.cend()) {
        check.failure = FailureKind::UnexpectedResponse;
        check.explanation = tr("Twilio answered with a message status the console does not know: “%1”.").arg(status);
        check.technicalDetail = detail::shortDetail(body);
        return check;
    }
    check.ok = true;
    check.status.state = found->second;
    const int code = message.value(u"error_code").toInteger(0);
    if (code != 0
        && (check.status.state == DeliveryState::Undelivered || check.status.state == DeliveryState::Failed)) {
        check.status.errorCode = code;
        check.status.explanation = explainErrorCode(code);
        if (check.status.explanation.isEmpty()) {
            const QString said = message.value(u"error_message").toString();
            check.status.explanation
                = tr("Twilio says “%1”; its documentation for the code says what to do: %2")
                      .arg(said.isEmpty() ? tr("no message") : said,
                          QStringLiteral("https://www.twilio.com/docs/api/errors/") + QString::number(code));
        }
    }
    return check;
}

BuildResult buildAccountCheckRequest(const Config& config, const Secrets& secrets)
{
    BuildResult result = prepare(config, secrets, u"/2010-04-01/Accounts/" + config.accountSid + u".json");
    if (!result.ok()) {
        result.request = {};
        return result;
    }
    result.request.method = HttpMethod::Get;
    return result;
}

QString AccountCheck::summary() const
{
    if (!ok)
        return explanation;
    return explanation + QLatin1Char(' ') + tr("Account: %1 (%2, %3).").arg(friendlyName, type, status);
}

AccountCheck parseAccountCheckResponse(int httpStatus, QByteArrayView body)
{
    AccountCheck check;
    check.httpStatus = httpStatus;
    if (httpStatus == 200) {
        const QJsonObject account = jsonObject(body);
        if (account.contains(u"status")) {
            check.friendlyName = account.value(u"friendly_name").toString();
            check.status = account.value(u"status").toString();
            check.type = account.value(u"type").toString();
            check.technicalDetail
                = tr("Account “%1”: status %2, type %3").arg(check.friendlyName, check.status, check.type);
            if (check.status == u"active") {
                check.ok = true;
                check.explanation = check.isTrial()
                    ? tr("The credentials work. This is a trial account: it can send only to numbers verified in "
                         "the Twilio Console, and messages start with a trial notice.")
                    : tr("The credentials work and the account is active.");
            } else if (check.status == u"suspended") {
                check.failure = FailureKind::Account;
                check.explanation = tr("The credentials work but the account is suspended, so it cannot send. Twilio "
                                       "suspends accounts for unpaid balances or policy reviews; see the Twilio "
                                       "Console or contact Twilio support.");
            } else {
                check.failure = FailureKind::Account;
                check.explanation = tr("The credentials belong to an account whose status is “%1”, which cannot "
                                       "send. Use the credentials of an active account.")
                                        .arg(check.status);
            }
            return check;
        }
        // Not the body: a real account answer carries the auth token, and this one may be a variant of it.
        check.failure = FailureKind::UnexpectedResponse;
        check.explanation = explainHttpStatus(httpStatus, providerName());
        check.technicalDetail = tr("HTTP 200 with no account status in the answer (%1 bytes).").arg(body.size());
        return check;
    }
    bool retryLater = false;
    explainFailure(
        httpStatus, body, check.providerCode, check.failure, check.explanation, check.technicalDetail, retryLater);
    return check;
}

QString explainErrorCode(int code)
{
    switch (code) {
    case 20003:
        return tr("Twilio refused the credentials (error 20003). Check that the Account SID and the Auth Token come "
                  "from the same account in the Twilio Console, that the token is the current one (it changes when "
                  "it is rotated), and that both were copied whole.");
    case 20404:
        return tr("Twilio found no such resource (error 20404). The Account SID is probably wrong, or belongs to a "
                  "closed subaccount; copy it again from the Twilio Console. A changed API base can cause it too.");
    case 20429:
        return tr("Twilio is receiving requests faster than the account allows (error 20429, too many requests). "
                  "Wait a minute and try again; if it keeps happening, send less often.");
    case 21211:
        return tr("Twilio says the recipient's number is not a valid phone number (error 21211). Check the number "
                  "and its country code: it must be in international format, such as +447700900123.");
    case 21212:
        return tr("Twilio says the sender number is not valid (error 21212). Use a phone number of this account in "
                  "international format, or a Messaging Service SID.");
    case 21408:
        return tr("This account may not send SMS to the recipient's country (error 21408). Enable the country in "
                  "the Twilio Console under Messaging, Settings, Geo permissions, then try again.");
    case 21606:
        return tr("The sender number cannot send SMS, or does not belong to this account (error 21606). Pick a "
                  "number with SMS capability from the account's active numbers, or use a Messaging Service SID.");
    case 21608:
        return tr("This is a trial account, which sends only to verified numbers (error 21608). Verify the "
                  "recipient's number in the Twilio Console (Verified Caller IDs), or upgrade the account.");
    case 21610:
        return tr("The recipient has unsubscribed from this sender by replying STOP (error 21610). Nothing in the "
                  "console can change that: they must reply START to the sender to receive messages again.");
    case 21614:
        return tr("The recipient's number is not a mobile number, so it cannot receive SMS (error 21614). Use a "
                  "mobile number.");
    // Delivery: the codes a message that was accepted can end with (undelivered or failed).
    case 30001:
        return tr("The sender's message queue overflowed (error 30001, queue overflow): more messages were sent than "
                  "the sender can pass on. Send less often, or add senders through a Messaging Service.");
    case 30002:
        return tr("The Twilio account is suspended (error 30002). Look in the Twilio Console for the reason "
                  "(billing, compliance) and settle it; nothing is sent meanwhile.");
    case 30003:
        return tr("The handset could not be reached (error 30003): it is off, out of coverage or cannot take SMS "
                  "now. Ask the user to check the phone and try again later.");
    case 30004:
        return tr("The message was blocked (error 30004): the recipient or their carrier blocks messages from this "
                  "sender. The recipient can lift the block with their carrier; try another sender.");
    case 30005:
        return tr("The destination number is unknown (error 30005): it does not exist or is no longer in service. "
                  "Check the number with the user.");
    case 30006:
        return tr("The number is a landline or its carrier cannot take SMS (error 30006). Ask the user for a mobile "
                  "number.");
    case 30007:
        return tr("The carrier filtered the message (error 30007): it looked like spam or the sender is not "
                  "registered for this traffic. Register the sender (A2P 10DLC or toll-free verification in the "
                  "US), and keep the text plain: no shortened links.");
    case 30008:
        return tr("The carrier gave no reason (error 30008, unknown error). Try again; if it persists for this "
                  "number, send Twilio Support the message SID.");
    case 30009:
        return tr("A part of a multi-part message did not arrive (error 30009, missing segment). Shorten the text to "
                  "one part and try again; if it keeps happening, send Twilio Support the message SID.");
    case 30010:
        return tr("The message cost more than the maximum price set for it (error 30010). Raise or remove the "
                  "MaxPrice of the request or Messaging Service.");
    case 30032:
        return tr("The toll-free sender number is not verified (error 30032). Complete toll-free verification for "
                  "it in the Twilio Console, or send from another number.");
    case 30034:
        return tr("The US carriers blocked a message from an unregistered 10DLC number (error 30034). Register the "
                  "number in an approved A2P 10DLC campaign in the Twilio Console, or send from a registered "
                  "number.");
    case 30450:
        return tr("Twilio's SMS Pumping Protection blocked messages to this destination for 15 to 30 minutes (error "
                  "30450, message delivery blocked). Wait and try again; if the traffic is genuine, add the number "
                  "to the Global Safe List in the Twilio Console.");
    default:
        return {};
    }
}

FailureKind failureForErrorCode(int code)
{
    switch (code) {
    case 20003:
        return FailureKind::Authentication;
    case 20404:
        return FailureKind::Configuration;
    case 20429:
        return FailureKind::RateLimited;
    case 21211:
    case 21610:
    case 21614:
    case 30003:
    case 30004:
    case 30005:
    case 30006:
        return FailureKind::Recipient;
    case 21212:
    case 21606:
    case 30032:
    case 30034:
        return FailureKind::Sender;
    case 21408:
    case 21608:
    case 30002:
    case 30010:
    case 30450:
        return FailureKind::Account;
    case 30001:
        return FailureKind::RateLimited;
    case 30007:
    case 30009:
        return FailureKind::Message;
    case 30008:
        return FailureKind::ProviderError;
    default:
        return FailureKind::UnexpectedResponse;
    }
}

QList<int> explainedErrorCodes()
{
    return { 20003, 20404, 20429, 21211, 21212, 21408, 21606, 21608, 21610, 21614, 30001, 30002, 30003, 30004, 30005,
        30006, 30007, 30008, 30009, 30010, 30032, 30034, 30450 };
}

} // namespace smsotp::providers::twilio
