#include "VonageProvider.h"

#include "BuildSupport.h"
#include "ErrorExplanations.h"
#include "SenderRules.h"
#include "UrlPolicy.h"
#include "template/SmsSegments.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <algorithm>

namespace smsotp::providers::vonage {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("smsotp::providers::Vonage", text);
}

QString providerName()
{
    return QStringLiteral("Vonage");
}

constexpr qsizetype kKeyMinLength = 6;
constexpr qsizetype kKeyMaxLength = 16;
constexpr qsizetype kSecretMinLength = 6;
constexpr qsizetype kSecretMaxLength = 32;
constexpr qsizetype kNumberMinDigits = 7;
constexpr qsizetype kNumberMaxDigits = 15;
constexpr int kThrottled = 1;
constexpr int kInternalError = 5;
constexpr int kTooManyBinds = 10;

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

bool isDigits(QStringView text)
{
    return !text.isEmpty()
        && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit() && c.unicode() < 0x80; });
}

BuildResult prepare(const Config& config, const Secrets& secrets, const QString& path)
{
    return detail::prepareBasicAuth(
        { ConfigField::ApiKey, checkApiKey(config.apiKey), config.apiKey, ConfigField::ApiSecret,
            checkApiSecret(secrets.apiSecret), secrets.apiSecret, config.apiBase, path, config.timeout });
}

// Vonage sends the status as a string ("0"); accept a number too.
int statusOf(const QJsonObject& message, bool* ok)
{
    const QJsonValue status = message.value(u"status");
    if (status.isDouble()) {
        *ok = true;
        return status.toInt();
    }
    return status.toString().toInt(ok);
}

} // namespace

QString defaultApiBase()
{
    return QStringLiteral("https://rest.nexmo.com");
}

FieldCheck checkApiKey(QStringView key)
{
    if (key.isEmpty())
        return FieldCheck::fail(
            FieldProblem::Empty, tr("Enter the API key shown at the top of the Vonage API Dashboard."));
    if (!std::all_of(key.begin(), key.end(), isAsciiAlnum)) {
        return FieldCheck::fail(FieldProblem::InvalidCharacters,
            tr("A Vonage API key holds only letters and digits, such as abcd1234. Check for spaces "
               "copied with it."));
    }
    if (key.size() < kKeyMinLength || key.size() > kKeyMaxLength) {
        return FieldCheck::fail(FieldProblem::WrongLength,
            tr("A Vonage API key is usually 8 characters long; this one has %1. Check that it is "
               "the API key and not the secret or an application ID.")
                .arg(key.size()));
    }
    return {};
}

FieldCheck checkApiSecret(QStringView secret)
{
    if (secret.isEmpty())
        return FieldCheck::fail(FieldProblem::Empty, tr("Enter the API secret shown in the Vonage API Dashboard."));
    for (QChar c : secret) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f) {
            return FieldCheck::fail(FieldProblem::InvalidCharacters,
                tr("A Vonage API secret holds only visible ASCII characters: no spaces or line "
                   "breaks. Check what was copied with it."));
        }
    }
    if (secret.size() < kSecretMinLength || secret.size() > kSecretMaxLength) {
        return FieldCheck::fail(FieldProblem::WrongLength,
            tr("A Vonage API secret is 6 to 32 characters long; this one has %1.").arg(secret.size()));
    }
    return {};
}

FieldCheck checkSender(QStringView sender)
{
    if (sender.isEmpty()) {
        return FieldCheck::fail(FieldProblem::Empty,
            tr("Enter a Vonage number of this account, or a sender name of up to 11 letters and "
               "digits where the destination country allows one."));
    }
    const QStringView number = sender.startsWith(u'+') ? sender.mid(1) : sender;
    if (isDigits(number)) {
        if (number.size() < kNumberMinDigits || number.size() > kNumberMaxDigits) {
            return FieldCheck::fail(FieldProblem::WrongLength,
                tr("A sender number has 7 to 15 digits with its country code; this one has %1.").arg(number.size()));
        }
        if (number.front() == u'0') {
            return FieldCheck::fail(FieldProblem::LeadingZero,
                tr("Write the sender number in international format, starting with the country "
                   "code rather than 0."));
        }
        return {};
    }
    if (sender.startsWith(u'+')) {
        return FieldCheck::fail(
            FieldProblem::InvalidCharacters, tr("After the + a sender number may hold only digits."));
    }
    return checkAlphanumericSender(sender);
}

BuildResult buildSendRequest(const Config& config, const Secrets& secrets, const QString& to, const QString& text)
{
    BuildResult result = prepare(config, secrets, QStringLiteral("/sms/json"));
    detail::addFieldProblem(result, ConfigField::Sender, checkSender(config.sender));
    detail::addFieldProblem(result, ConfigField::Recipient, checkE164(to));
    if (text.isEmpty())
        result.errors.append(
            detail::problem(ConfigField::Text, BuildErrorKind::Missing, tr("The message text is empty.")));
    if (!result.ok()) {
        result.request = {};
        return result;
    }

    QJsonObject message;
    const QStringView sender = config.sender;
    const QStringView senderNumber = sender.startsWith(u'+') ? sender.mid(1) : sender;
    message.insert(u"from", isDigits(senderNumber) ? senderNumber.toString() : config.sender);
    message.insert(u"to", to.mid(1));
    message.insert(u"text", text);
    if (!tmpl::isGsm7(text))
        message.insert(u"type", QStringLiteral("unicode"));

    HttpRequestSpec& request = result.request;
    request.method = HttpMethod::Post;
    request.headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") });
    request.body = QJsonDocument(message).toJson(QJsonDocument::Compact);
    return result;
}

SendOutcome parseSendResponse(int httpStatus, QByteArrayView body)
{
    SendOutcome outcome;
    outcome.httpStatus = httpStatus;
    const QJsonDocument document = QJsonDocument::fromJson(body.toByteArray());
    const QJsonObject root = document.object();

    if (httpStatus == 200) {
        const QJsonArray messages = root.value(u"messages").toArray();
        if (messages.isEmpty()) {
            outcome.failure = FailureKind::UnexpectedResponse;
            outcome.explanation = explainHttpStatus(httpStatus, providerName());
            outcome.technicalDetail = detail::shortDetail(body);
            return outcome;
        }
        // A long text goes as several parts, each with its own status; the send worked only if all did.
        for (const QJsonValue& value : messages) {
            const QJsonObject message = value.toObject();
            bool ok = false;
            const int status = statusOf(message, &ok);
            if (!ok) {
                outcome.failure = FailureKind::UnexpectedResponse;
                outcome.explanation = explainHttpStatus(httpStatus, providerName());
                outcome.technicalDetail = detail::shortDetail(body);
                return outcome;
            }
            if (status != 0) {
                outcome.providerCode = QString::number(status);
                outcome.failure = failureForStatus(status);
                outcome.explanation = explainStatus(status);
                if (outcome.explanation.isEmpty()) {
                    outcome.explanation = tr("Vonage refused the message with status %1: “%2”.")
                                              .arg(status)
                                              .arg(message.value(u"error-text").toString());
                }
                outcome.technicalDetail
                    = tr("Vonage status %1: %2").arg(status).arg(message.value(u"error-text").toString());
                outcome.retryLater = status == kThrottled || status == kInternalError || status == kTooManyBinds;
                return outcome;
            }
        }
        const QJsonObject first = messages.first().toObject();
        outcome.accepted = true;
        outcome.messageId = first.value(u"message-id").toString();
        outcome.explanation = messages.size() > 1
            ? tr("Vonage accepted the message in %1 parts. Delivery to the phone happens next.").arg(messages.size())
            : tr("Vonage accepted the message. Delivery to the phone happens next.");
        outcome.technicalDetail = tr("Message %1, price %2, remaining balance %3")
                                      .arg(outcome.messageId, first.value(u"message-price").toString(),
                                          first.value(u"remaining-balance").toString());
        return outcome;
    }

    outcome.technicalDetail = detail::shortDetail(body);
    if (httpStatus == 401 || httpStatus == 403) {
        outcome.failure = FailureKind::Authentication;
        outcome.explanation = explainStatus(4);
    } else if (httpStatus == 429) {
        outcome.failure = FailureKind::RateLimited;
        outcome.explanation = explainStatus(kThrottled);
        outcome.retryLater = true;
    } else {
        outcome.failure = failureForHttpStatus(httpStatus);
        outcome.explanation = explainHttpStatus(httpStatus, providerName());
        outcome.retryLater = httpStatus >= 500;
    }
    return outcome;
}

BuildResult buildBalanceRequest(const Config& config, const Secrets& secrets)
{
    BuildResult result = prepare(config, secrets, QStringLiteral("/account/get-balance"));
    if (!result.ok()) {
        result.request = {};
        return result;
    }
    result.request.method = HttpMethod::Get;
    return result;
}

BalanceCheck parseBalanceResponse(int httpStatus, QByteArrayView body)
{
    BalanceCheck check;
    check.httpStatus = httpStatus;
    const QJsonObject root = QJsonDocument::fromJson(body.toByteArray()).object();
    if (httpStatus == 200 && root.value(u"value").isDouble()) {
        check.ok = true;
        check.balance = root.value(u"value").toDouble();
        check.autoReload = root.value(u"autoReload").toBool();
        check.technicalDetail = tr("Balance %1 EUR, auto-reload %2")
                                    .arg(check.balance, 0, 'f', 2)
                                    .arg(check.autoReload ? tr("on") : tr("off"));
        check.explanation = check.balance > 0
            ? tr("The credentials work. The balance is %1 EUR.").arg(check.balance, 0, 'f', 2)
            : tr("The credentials work, but the balance is %1 EUR: sends will fail with status 9 (out of credit) "
                 "until the account is topped up.")
                  .arg(check.balance, 0, 'f', 2);
        return check;
    }
    check.technicalDetail = detail::shortDetail(body);
    if (httpStatus == 401 || httpStatus == 403) {
        check.failure = FailureKind::Authentication;
        check.explanation = explainStatus(4);
    } else if (httpStatus == 200) {
        check.failure = FailureKind::UnexpectedResponse;
        check.explanation = explainHttpStatus(httpStatus, providerName());
    } else {
        check.failure = failureForHttpStatus(httpStatus);
        check.explanation = explainHttpStatus(httpStatus, providerName());
    }
    return check;
}

QString explainStatus(int status)
{
    switch (status) {
    case 1:
        return tr("Vonage throttled the request (status 1): messages are going out faster than the account's limit. "
                  "Wait a moment and try again.");
    case 2:
        return tr("Vonage says a required parameter is missing (status 2): the sender, the number, the text or the "
                  "credentials. Check that the sender is filled in.");
    case 3:
        return tr("Vonage says a parameter has an invalid value (status 3). Check the recipient's number and the "
                  "sender in the settings.");
    case 4:
        return tr("Vonage refused the credentials (status 4): the API key or secret is wrong or disabled. Copy both "
                  "again from the Vonage API Dashboard; a secret that was rotated stops working.");
    case 5:
        return tr("Vonage had an internal error (status 5). Nothing needs to change here; try again shortly, and "
                  "contact Vonage support if it persists.");
    case 6:
        return tr("Vonage could not process the message (status 6), for example because the number's prefix is not "
                  "recognised. Check the recipient's number and country code.");
    case 7:
        return tr("The recipient's number is barred (status 7) and cannot receive messages from Vonage.");
    case 8:
        return tr("This Vonage account has been suspended (status 8). Contact Vonage support.");
    case 9:
        return tr("The Vonage account is out of credit (status 9). Top it up in the Vonage API Dashboard, then try "
                  "again.");
    case 10:
        return tr("Too many connections to Vonage are open for this account (status 10). Wait a little and try "
                  "again.");
    case 11:
        return tr("This Vonage account is not enabled for the SMS HTTP API (status 11); it may be set up for SMPP "
                  "only. Ask Vonage support to enable the REST API.");
    case 12:
        return tr("The message is longer than Vonage allows (status 12). Shorten the message text.");
    case 14:
        return tr("Vonage could not verify the request's signature (status 14). The account requires signed "
                  "requests, which the console does not send: turn signing off for this API key in the dashboard.");
    case 15:
        return tr("Vonage does not allow this sender (status 15). In some countries, North America in particular, "
                  "the sender must be a Vonage number of the account rather than a name.");
    case 22:
        return tr("Vonage did not recognise the network code, or it does not match the recipient's country "
                  "(status 22).");
    case 23:
        return tr("Vonage refused the callback URL (status 23): it is too long or has invalid characters. Check the "
                  "delivery receipt URL set for the account.");
    case 29:
        return tr("The Vonage account is still in demo mode and may send only to whitelisted numbers (status 29). "
                  "Add the recipient's number to the test numbers in the dashboard, or top up the account.");
    case 32:
        return tr("The account signs requests, and a signed request may not also carry the API secret (status 32). "
                  "Turn signing off for this API key in the dashboard.");
    case 33:
        return tr("The recipient's number has been de-activated (status 33) and cannot receive messages.");
    default:
        return {};
    }
}

FailureKind failureForStatus(int status)
{
    switch (status) {
    case 0:
        return FailureKind::None;
    case 1:
    case 10:
        return FailureKind::RateLimited;
    case 2:
    case 3:
    case 22:
    case 23:
        return FailureKind::Configuration;
    case 4:
    case 14:
    case 32:
        return FailureKind::Authentication;
    case 5:
        return FailureKind::ProviderError;
    case 6:
    case 7:
    case 33:
        return FailureKind::Recipient;
    case 8:
    case 9:
    case 11:
    case 29:
        return FailureKind::Account;
    case 12:
        return FailureKind::Message;
    case 15:
        return FailureKind::Sender;
    default:
        return FailureKind::UnexpectedResponse;
    }
}

QList<int> explainedStatusCodes()
{
    return { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 22, 23, 29, 32, 33 };
}

} // namespace smsotp::providers::vonage
