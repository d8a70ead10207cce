#include "FakeVonageServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>
#include <memory>

namespace {

using Status = QHttpServerResponder::StatusCode;

constexpr double kPricePerPart = 0.0333;

QString errorText(int status)
{
    switch (status) {
    case 1:
        return QStringLiteral("Throttled");
    case 2:
        return QStringLiteral("Missing Parameters");
    case 3:
        return QStringLiteral("Invalid Parameters");
    case 4:
        return QStringLiteral("Bad Credentials");
    case 5:
        return QStringLiteral("Internal Error");
    case 6:
        return QStringLiteral("Invalid Message");
    case 7:
        return QStringLiteral("Number Barred");
    case 8:
        return QStringLiteral("Partner Account Barred");
    case 9:
        return QStringLiteral("Partner Quota Violation");
    case 15:
        return QStringLiteral("Illegal Sender Address - rejected");
    case 29:
        return QStringLiteral("Non-Whitelisted Destination");
    case 33:
        return QStringLiteral("Number De-activated");
    default:
        return QStringLiteral("Error %1").arg(status);
    }
}

// The SMS API answers HTTP 200 whatever happened; the status inside says.
QHttpServerResponse smsError(int status, const QString& text = {})
{
    const QJsonObject message {
        { QStringLiteral("status"), QString::number(status) },
        { QStringLiteral("error-text"), text.isEmpty() ? errorText(status) : text },
    };
    return QHttpServerResponse(
        QJsonObject {
            { QStringLiteral("message-count"), QStringLiteral("1") },
            { QStringLiteral("messages"), QJsonArray { message } },
        },
        Status::Ok);
}

// Parts as Vonage bills them, roughly (see FakeTwilioServer): GSM-7 for ASCII other than '`', else UCS-2.
int partsOf(const QString& text)
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

QString formDecode(QByteArray part)
{
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}

} // namespace

FakeVonageServer::FakeVonageServer()
{
    m_server.http().setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        handle(request, std::move(responder));
    });
}

void FakeVonageServer::setCredentials(const QString& apiKey, const QString& apiSecret)
{
    m_apiKey = apiKey;
    m_apiSecret = apiSecret;
}

void FakeVonageServer::setBalance(double value, bool autoReload)
{
    m_balance = value;
    m_autoReload = autoReload;
}

QJsonObject FakeVonageServer::fields(const RecordedRequest& request)
{
    const QByteArray contentType = request.header("Content-Type").toLower();
    if (contentType.startsWith("application/json"))
        return QJsonDocument::fromJson(request.body).object();
    QJsonObject object;
    if (contentType.startsWith("application/x-www-form-urlencoded") && !request.body.isEmpty()) {
        for (const QByteArray& pair : request.body.split('&')) {
            const qsizetype equals = pair.indexOf('=');
            if (equals > 0)
                object.insert(formDecode(pair.first(equals)), formDecode(pair.mid(equals + 1)));
        }
    }
    return object;
}

bool FakeVonageServer::authorized(const RecordedRequest& request, const QJsonObject& body) const
{
    const QByteArray header = request.header("Authorization");
    if (!header.isEmpty()) {
        const auto [key, secret] = basicCredentials(header);
        return !key.isEmpty() && key == m_apiKey && secret == m_apiSecret;
    }
    // The older style: api_key and api_secret in the body (send) or the query (balance).
    QString key = body.value(u"api_key").toString();
    QString secret = body.value(u"api_secret").toString();
    if (key.isEmpty()) {
        const QUrlQuery query(request.query);
        key = query.queryItemValue(QStringLiteral("api_key"), QUrl::FullyDecoded);
        secret = query.queryItemValue(QStringLiteral("api_secret"), QUrl::FullyDecoded);
    }
    return !key.isEmpty() && key == m_apiKey && secret == m_apiSecret;
}

void FakeVonageServer::handle(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    const RecordedRequest recorded = m_server.record(request);
    if (m_neverAnswer) {
        m_server.hold(std::move(responder));
        return;
    }
    if (recorded.path == u"/sms/json" && recorded.method == "POST") {
        answer(std::move(responder), sendMessage(recorded));
    } else if (recorded.path == u"/account/get-balance" && recorded.method == "GET") {
        answer(std::move(responder), balanceAnswer(recorded));
    } else {
        answer(std::move(responder), QHttpServerResponse(Status::NotFound));
    }
}

QHttpServerResponse FakeVonageServer::sendMessage(const RecordedRequest& request)
{
    const QJsonObject body = fields(request);
    if (!authorized(request, body))
        return smsError(4);
    const QString from = body.value(u"from").toString();
    const QString to = body.value(u"to").toString();
    const QString text = body.value(u"text").toString();
    if (from.isEmpty())
        return smsError(2, QStringLiteral("Missing from param"));
    if (to.isEmpty())
        return smsError(2, QStringLiteral("Missing to param"));
    if (text.isEmpty())
        return smsError(2, QStringLiteral("Missing text param"));
    static const QRegularExpression digits(QStringLiteral("^[0-9]{7,15}$"));
    if (!digits.match(to).hasMatch())
        return smsError(3, QStringLiteral("Invalid to param"));
    if (const auto it = m_statusNumbers.constFind(to); it != m_statusNumbers.cend())
        return smsError(*it);

    const int parts = partsOf(text);
    if (m_balance < parts * kPricePerPart)
        return smsError(9);
    QJsonArray messages;
    for (int i = 0; i < parts; ++i) {
        m_balance -= kPricePerPart;
        const QString id = QString::fromLatin1(QUuid::createUuid().toRfc4122().toHex().left(16).toUpper());
        m_acceptedIds.append(id);
        messages.append(QJsonObject {
            { QStringLiteral("to"), to },
            { QStringLiteral("message-id"), id },
            { QStringLiteral("status"), QStringLiteral("0") },
            { QStringLiteral("remaining-balance"), QString::number(m_balance, 'f', 8) },
            { QStringLiteral("message-price"), QString::number(kPricePerPart, 'f', 8) },
            { QStringLiteral("network"), QStringLiteral("23410") },
        });
    }
    return QHttpServerResponse(
        QJsonObject {
            { QStringLiteral("message-count"), QString::number(parts) },
            { QStringLiteral("messages"), messages },
        },
        Status::Ok);
}

QHttpServerResponse FakeVonageServer::balanceAnswer(const RecordedRequest& request)
{
    if (!authorized(request, {})) {
        return QHttpServerResponse(
            QJsonObject {
                { QStringLiteral("error-code"), QStringLiteral("401") },
                { QStringLiteral("error-code-label"), QStringLiteral("authentication failed") },
            },
            Status::Unauthorized);
    }
    return QHttpServerResponse(
        QJsonObject {
            { QStringLiteral("value"), m_balance },
            { QStringLiteral("autoReload"), m_autoReload },
        },
        Status::Ok);
}

void FakeVonageServer::answer(QHttpServerResponder&& responder, QHttpServerResponse&& response)
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
