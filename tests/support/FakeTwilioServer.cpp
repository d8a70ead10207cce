#include "FakeTwilioServer.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>
#include <memory>

namespace {

using Status = QHttpServerResponder::StatusCode;

const QString kApiPrefix = QStringLiteral("/2010-04-01/Accounts/");

bool isE164(const QString& number)
{
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    return e164.match(number).hasMatch();
}

QString errorMessage(int code, const QString& to, const QString& from)
{
    switch (code) {
    case 20003:
        return QStringLiteral("Authenticate");
    case 20404:
        return QStringLiteral("The requested resource was not found");
    case 20429:
        return QStringLiteral("Too Many Requests");
    case 21211:
        return QStringLiteral("Invalid 'To' Phone Number: %1").arg(to);
    case 21408:
        return QStringLiteral("Permission to send an SMS has not been enabled for the region indicated by the 'To' "
                              "number: %1.")
            .arg(to);
    case 21602:
        return QStringLiteral("Message body is required.");
    case 21603:
        return QStringLiteral("A 'From' phone number is required.");
    case 21604:
        return QStringLiteral("A 'To' phone number is required.");
    case 21606:
        return QStringLiteral("The From phone number %1 is not a valid, SMS-capable inbound phone number or short "
                              "code for your account.")
            .arg(from);
    case 21608:
        return QStringLiteral("The number %1 is unverified. Trial accounts cannot send messages to unverified "
                              "numbers; verify %1 at twilio.com/user/account/phone-numbers/verified, or purchase a "
                              "Twilio number to send messages to unverified numbers.")
            .arg(to);
    case 21610:
        return QStringLiteral("Attempt to send to unsubscribed recipient");
    case 21612:
        return QStringLiteral("The 'To' phone number: %1, is not currently reachable using the 'From' phone number: "
                              "%2 via SMS.")
            .arg(to, from);
    case 21614:
        return QStringLiteral("'To' number %1 is not a valid mobile number").arg(to);
    default:
        return QStringLiteral("Error %1").arg(code);
    }
}

QHttpServerResponse twilioError(int code, Status status, const QString& message)
{
    QHttpServerResponse response(
        QJsonObject {
            { QStringLiteral("code"), code },
            { QStringLiteral("message"), message },
            { QStringLiteral("more_info"), QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code) },
            { QStringLiteral("status"), int(status) },
        },
        status);
    if (status == Status::Unauthorized)
        response.setHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Basic realm=\"Twilio API\""));
    return response;
}

// Segments as Twilio bills them, roughly: GSM-7 when every character is ASCII other than '`' (the extension
// characters taking two septets), UCS-2 otherwise. Close enough for a fake; core/template has the exact count.
int segmentsOf(const QString& text)
{
    bool gsm = true;
    qsizetype units = 0;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80 || c == u'`') {
            gsm = false;
            break;
        }
        units += QStringView(u"^{}\\[]~|").contains(c) ? 2 : 1;
    }
    if (!gsm)
        units = text.size();
    const qsizetype single = gsm ? 160 : 70;
    const qsizetype part = gsm ? 153 : 67;
    if (units <= single)
        return 1;
    return int((units + part - 1) / part);
}

QString rfc2822Now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date);
}

} // namespace

FakeTwilioServer::FakeTwilioServer()
{
    m_errorNumbers = {
        { kInvalidNumber, 21211 },
        { kUnroutableNumber, 21612 },
        { kNoPermissionNumber, 21408 },
        { kBlockedNumber, 21610 },
        { kNotMobileNumber, 21614 },
        { kUnverifiedNumber, 21608 },
        { kRateLimitedNumber, 20429 },
    };
    m_server.http().setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        handle(request, std::move(responder));
    });
}

void FakeTwilioServer::setCredentials(const QString& accountSid, const QString& authToken)
{
    m_accountSid = accountSid;
    m_authToken = authToken;
}

void FakeTwilioServer::setAccount(const QString& friendlyName, const QString& status, const QString& type)
{
    m_friendlyName = friendlyName;
    m_status = status;
    m_type = type;
}

QList<QPair<QString, QString>> FakeTwilioServer::formFields(const QByteArray& body)
{
    QList<QPair<QString, QString>> fields;
    if (body.isEmpty())
        return fields;
    const auto decode = [](QByteArray part) {
        part.replace('+', ' ');
        return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
    };
    for (const QByteArray& pair : body.split('&')) {
        const qsizetype equals = pair.indexOf('=');
        if (equals < 0)
            fields.append({ decode(pair), QString() });
        else
            fields.append({ decode(pair.first(equals)), decode(pair.mid(equals + 1)) });
    }
    return fields;
}

QString FakeTwilioServer::formField(const QByteArray& body, const QString& name)
{
    for (const auto& [key, value] : formFields(body)) {
        if (key == name)
            return value;
    }
    return {};
}

bool FakeTwilioServer::hasFormField(const QByteArray& body, const QString& name)
{
    for (const auto& field : formFields(body)) {
        if (field.first == name)
            return true;
    }
    return false;
}

void FakeTwilioServer::handle(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    const RecordedRequest recorded = m_server.record(request);
    if (m_neverAnswer) {
        m_server.hold(std::move(responder));
        return;
    }
    if (!recorded.path.startsWith(kApiPrefix)) {
        answer(std::move(responder), twilioError(20404, Status::NotFound, errorMessage(20404, {}, {})));
        return;
    }
    const auto [user, password] = basicCredentials(recorded.header("Authorization"));
    if (user.isEmpty() || user != m_accountSid || password != m_authToken) {
        answer(std::move(responder), twilioError(20003, Status::Unauthorized, errorMessage(20003, {}, {})));
        return;
    }
    const QString resource = recorded.path.mid(kApiPrefix.size());
    if (resource == m_accountSid + u".json" && recorded.method == "GET") {
        answer(std::move(responder), fetchAccount());
    } else if (resource == m_accountSid + u"/Messages.json" && recorded.method == "POST") {
        answer(std::move(responder), sendMessage(recorded));
    } else if (resource.startsWith(m_accountSid + u"/Messages/") && resource.endsWith(u".json")
        && recorded.method == "GET") {
        const qsizetype start = m_accountSid.size() + 10;
        answer(std::move(responder), fetchMessage(resource.mid(start, resource.size() - start - 5)));
    } else if (resource == m_accountSid + u".json" || resource == m_accountSid + u"/Messages.json") {
        answer(
            std::move(responder), twilioError(20004, Status::MethodNotAllowed, QStringLiteral("Method not allowed")));
    } else {
        answer(std::move(responder), twilioError(20404, Status::NotFound, errorMessage(20404, {}, {})));
    }
}

QHttpServerResponse FakeTwilioServer::fetchMessage(const QString& sid)
{
    ++m_statusRequests;
    if (!m_acceptedSids.contains(sid))
        return twilioError(20404, Status::NotFound,
            QStringLiteral("The requested resource /2010-04-01/Accounts/%1/Messages/%2.json was not found")
                .arg(m_accountSid, sid));
    const int step = m_fetches.value(sid);
    m_fetches.insert(sid, step + 1);
    const QString status = m_statuses.value(std::min<int>(step, int(m_statuses.size()) - 1));
    const bool error = status == u"undelivered" || status == u"failed";
    return QHttpServerResponse(QJsonObject { { QStringLiteral("sid"), sid }, { QStringLiteral("status"), status },
        { QStringLiteral("error_code"), error && m_statusError ? QJsonValue(m_statusError) : QJsonValue() },
        { QStringLiteral("error_message"),
            error && m_statusError ? QJsonValue(m_statusErrorMessage) : QJsonValue() } });
}

QHttpServerResponse FakeTwilioServer::sendMessage(const RecordedRequest& request)
{
    const QString to = formField(request.body, QStringLiteral("To"));
    const QString from = formField(request.body, QStringLiteral("From"));
    const QString service = formField(request.body, QStringLiteral("MessagingServiceSid"));
    const QString body = formField(request.body, QStringLiteral("Body"));
    const auto fail = [&](int code) {
        const Status status = code == 20429 ? Status::TooManyRequests : Status::BadRequest;
        return twilioError(code, status, errorMessage(code, to, from));
    };
    if (to.isEmpty())
        return fail(21604);
    if (!isE164(to))
        return fail(21211);
    if (from.isEmpty() && service.isEmpty())
        return fail(21603);
    if (!from.isEmpty() && !m_ownedSenders.isEmpty() && !m_ownedSenders.contains(from))
        return fail(21606);
    if (body.isEmpty())
        return fail(21602);
    if (const auto it = m_errorNumbers.constFind(to); it != m_errorNumbers.cend())
        return fail(*it);

    const QString sid = u"SM" + QString::fromLatin1(QUuid::createUuid().toRfc4122().toHex());
    m_acceptedSids.append(sid);
    const QString now = rfc2822Now();
    const bool viaService = !service.isEmpty();
    QJsonObject message {
        { QStringLiteral("account_sid"), m_accountSid },
        { QStringLiteral("api_version"), QStringLiteral("2010-04-01") },
        { QStringLiteral("body"), body },
        { QStringLiteral("date_created"), now },
        { QStringLiteral("date_sent"), QJsonValue::Null },
        { QStringLiteral("date_updated"), now },
        { QStringLiteral("direction"), QStringLiteral("outbound-api") },
        { QStringLiteral("error_code"), QJsonValue::Null },
        { QStringLiteral("error_message"), QJsonValue::Null },
        { QStringLiteral("from"), viaService ? QJsonValue(QJsonValue::Null) : QJsonValue(from) },
        { QStringLiteral("messaging_service_sid"), viaService ? QJsonValue(service) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("num_media"), QStringLiteral("0") },
        // Twilio's description: through a Messaging Service the count is 0 until a sender is assigned.
        { QStringLiteral("num_segments"), viaService ? QStringLiteral("0") : QString::number(segmentsOf(body)) },
        { QStringLiteral("price"), QJsonValue::Null },
        { QStringLiteral("price_unit"), QStringLiteral("USD") },
        { QStringLiteral("sid"), sid },
        { QStringLiteral("status"), viaService ? QStringLiteral("accepted") : QStringLiteral("queued") },
        { QStringLiteral("to"), to },
        { QStringLiteral("uri"), QString(kApiPrefix + m_accountSid + u"/Messages/" + sid + u".json") },
    };
    return QHttpServerResponse(message, Status::Created);
}

QHttpServerResponse FakeTwilioServer::fetchAccount()
{
    const QString now = rfc2822Now();
    const QJsonObject account {
        // Twilio's account answer really does carry the token: the console must never keep or show it.
        { QStringLiteral("auth_token"), m_authToken },
        { QStringLiteral("date_created"), now },
        { QStringLiteral("date_updated"), now },
        { QStringLiteral("friendly_name"), m_friendlyName },
        { QStringLiteral("owner_account_sid"), m_accountSid },
        { QStringLiteral("sid"), m_accountSid },
        { QStringLiteral("status"), m_status },
        { QStringLiteral("type"), m_type },
        { QStringLiteral("uri"), QString(kApiPrefix + m_accountSid + u".json") },
    };
    return QHttpServerResponse(account, Status::Ok);
}

void FakeTwilioServer::answer(QHttpServerResponder&& responder, QHttpServerResponse&& response)
{
    if (m_delay <= std::chrono::milliseconds(0)) {
        response.write(std::move(responder));
        return;
    }
    // The responder writes through a plain socket pointer; the socket goes away if the client gives up first.
    const QPointer<QTcpSocket> socket = responder.socket();
    auto heldResponder = std::make_shared<QHttpServerResponder>(std::move(responder));
    auto heldResponse = std::make_shared<QHttpServerResponse>(std::move(response));
    QTimer::singleShot(m_delay, &m_server, [socket, heldResponder, heldResponse] {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            heldResponse->write(std::move(*heldResponder));
    });
}
