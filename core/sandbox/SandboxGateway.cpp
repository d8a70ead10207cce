#include "SandboxGateway.h"

#include "otp/Clock.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>
#include <algorithm>

namespace smsotp::sandbox {

namespace {

const QString kPath = QStringLiteral("/messages");

// What the gateway says on the wire goes to the console's technical detail, like a real provider's answer:
// plain English, not translated.
void answerError(QHttpServerResponder&& responder, QHttpServerResponder::StatusCode status, const QString& message)
{
    QHttpServerResponse response(QJsonObject { { QStringLiteral("error"), message } }, status);
    response.write(std::move(responder));
}

QByteArray headerValue(const QHttpServerRequest& request, QByteArrayView name)
{
    for (const auto& [key, value] : request.headers()) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool isE164(const QString& number)
{
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    return e164.match(number).hasMatch();
}

bool socketIsOpen(const QPointer<QTcpSocket>& socket)
{
    return socket && socket->state() == QAbstractSocket::ConnectedState;
}

} // namespace

// An answer kept for later. The responder writes to its socket through a plain pointer, and the server deletes
// a socket when the client hangs up, so the socket is watched and the answer dropped once it is gone.
struct SandboxGateway::HeldAnswer
{
    explicit HeldAnswer(QHttpServerResponder&& r)
        : socket(r.socket())
        , responder(std::move(r))
    { }

    QPointer<QTcpSocket> socket;
    QHttpServerResponder responder;
};

SandboxGateway::SandboxGateway(const otp::Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{ }

SandboxGateway::~SandboxGateway()
{
    stop();
}

StartResult SandboxGateway::start(quint16 port)
{
    stop();
    m_startError.clear();
    auto server = std::make_unique<QHttpServer>();
    server->setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        handle(request, std::move(responder));
    });
    // Our own QTcpServer rather than QHttpServer::listen, which reports no reason when it fails.
    auto* tcp = new QTcpServer(server.get());
    if (!tcp->listen(QHostAddress(QHostAddress::LocalHost), port)) {
        StartResult result;
        result.error = StartError::CannotListen;
        result.message = port == 0
            ? tr("The sandbox gateway could not open a port on 127.0.0.1: %1").arg(tcp->errorString())
            : tr("The sandbox gateway could not listen on 127.0.0.1 port %1: %2. Another program may be using "
                 "that port.")
                  .arg(port)
                  .arg(tcp->errorString());
        m_startError = result.message;
        return result;
    }
    server->bind(tcp);
    m_port = tcp->serverPort();
    m_server = std::move(server);
    return {};
}

void SandboxGateway::stop()
{
    m_held.clear();
    m_server.reset(); // closes the listening socket and every connection
    m_port = 0;
}

bool SandboxGateway::isListening() const
{
    return m_server != nullptr;
}

QUrl SandboxGateway::url() const
{
    if (!isListening())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(kPath);
    return url;
}

QUrl SandboxGateway::endpoint()
{
    if (!isListening())
        start();
    return url();
}

void SandboxGateway::clearInbox()
{
    m_inbox.clear();
    Q_EMIT inboxCleared();
}

void SandboxGateway::setInboxCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    while (m_inbox.size() > m_capacity)
        m_inbox.removeFirst();
}

void SandboxGateway::handle(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    using Status = QHttpServerResponder::StatusCode;
    // Bound to 127.0.0.1, so only this machine can reach it; checked again in case that ever changes.
    if (!request.remoteAddress().isLoopback()) {
        answerError(std::move(responder), Status::Forbidden, QStringLiteral("The sandbox answers this computer only."));
        return;
    }
    const QString path = request.url().path();
    if (path.startsWith(kPath + QLatin1Char('/')) && request.method() == QHttpServerRequest::Method::Get) {
        answerStatus(path.mid(kPath.size() + 1), std::move(responder));
        return;
    }
    if (path != kPath) {
        answerError(std::move(responder), Status::NotFound,
            QStringLiteral("No such endpoint. The sandbox gateway takes POST /messages and GET /messages/{id}."));
        return;
    }
    if (request.method() != QHttpServerRequest::Method::Post) {
        QHttpServerResponse response(
            QJsonObject { { QStringLiteral("error"), QStringLiteral("Use POST for /messages.") } },
            Status::MethodNotAllowed);
        response.setHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("POST"));
        response.write(std::move(responder));
        return;
    }

    switch (m_failMode) {
    case FailMode::Http500:
        answerError(std::move(responder), Status::InternalServerError,
            QStringLiteral("The sandbox gateway is set to fail with HTTP 500; the message was not delivered."));
        return;
    case FailMode::Timeout:
        hold(std::move(responder));
        return;
    case FailMode::None:
    case FailMode::Delay:
    case FailMode::Undelivered:
        break;
    }

    if (!headerValue(request, "Content-Type").trimmed().toLower().startsWith("application/json")) {
        answerError(std::move(responder), Status::UnsupportedMediaType,
            QStringLiteral("The sandbox gateway takes a JSON body (Content-Type: application/json)."));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (!document.isObject()) {
        answerError(std::move(responder), Status::BadRequest,
            parseError.error != QJsonParseError::NoError
                ? QStringLiteral("The body is not valid JSON: %1 at offset %2.")
                      .arg(parseError.errorString())
                      .arg(parseError.offset)
                : QStringLiteral("The body must be a JSON object with \"to\" and \"text\"."));
        return;
    }
    const QJsonObject message = document.object();
    const QJsonValue to = message.value(u"to");
    const QJsonValue text = message.value(u"text");
    if (!to.isString() || !isE164(to.toString())) {
        answerError(std::move(responder), Status::BadRequest,
            QStringLiteral("\"to\" must be a string holding an E.164 number such as +447700900123."));
        return;
    }
    if (!text.isString() || text.toString().isEmpty()) {
        answerError(
            std::move(responder), Status::BadRequest, QStringLiteral("\"text\" must be a string that is not empty."));
        return;
    }

    if (m_failMode == FailMode::Delay) {
        // The message lands when the answer goes: a client that gave up before then sees nothing arrive.
        auto held = std::make_shared<HeldAnswer>(std::move(responder));
        QTimer::singleShot(m_delay, this, [this, held, to = to.toString(), text = text.toString()] {
            if (socketIsOpen(held->socket))
                deliver(to, text, std::move(held->responder));
        });
        return;
    }
    deliver(to.toString(), text.toString(), std::move(responder));
}

void SandboxGateway::deliver(const QString& to, const QString& text, QHttpServerResponder&& responder)
{
    SandboxMessage message;
    message.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    message.to = to;
    message.text = text;
    message.receivedAt = m_clock.now();
    const bool undelivered = m_failMode == FailMode::Undelivered;
    m_accepted.insert(message.id, Accepted { message.receivedAt, undelivered });
    m_acceptedOrder.append(message.id);
    while (m_acceptedOrder.size() > m_capacity)
        m_accepted.remove(m_acceptedOrder.takeFirst());
    if (!undelivered) {
        m_inbox.append(message);
        while (m_inbox.size() > m_capacity)
            m_inbox.removeFirst();
    }
    QHttpServerResponse(QJsonObject { { QStringLiteral("id"), message.id } }, QHttpServerResponder::StatusCode::Created)
        .write(std::move(responder));
    if (!undelivered)
        Q_EMIT messageReceived(message);
}

void SandboxGateway::answerStatus(const QString& id, QHttpServerResponder&& responder) const
{
    const auto found = m_accepted.constFind(id);
    if (found == m_accepted.cend()) {
        QHttpServerResponse(QJsonObject { { QStringLiteral("code"), 20404 },
                                { QStringLiteral("message"),
                                    QStringLiteral("The sandbox has no message %1: it keeps the messages it took "
                                                   "since the console started.")
                                        .arg(id) },
                                { QStringLiteral("status"), 404 } },
            QHttpServerResponder::StatusCode::NotFound)
            .write(std::move(responder));
        return;
    }
    const qint64 age = found->at.msecsTo(m_clock.now());
    QJsonObject status { { QStringLiteral("sid"), id }, { QStringLiteral("error_code"), QJsonValue::Null },
        { QStringLiteral("error_message"), QJsonValue::Null } };
    if (age < kSentAfter.count()) {
        status.insert(QStringLiteral("status"), QStringLiteral("queued"));
    } else if (age < kFinalAfter.count()) {
        status.insert(QStringLiteral("status"), QStringLiteral("sent"));
    } else if (found->undelivered) {
        status.insert(QStringLiteral("status"), QStringLiteral("undelivered"));
        status.insert(QStringLiteral("error_code"), kUndeliveredCode);
        status.insert(QStringLiteral("error_message"), QStringLiteral("Unreachable destination handset"));
    } else {
        status.insert(QStringLiteral("status"), QStringLiteral("delivered"));
    }
    QHttpServerResponse(status).write(std::move(responder));
}

void SandboxGateway::hold(QHttpServerResponder&& responder)
{
    m_held.removeIf([](const std::shared_ptr<HeldAnswer>& held) { return !socketIsOpen(held->socket); });
    m_held.append(std::make_shared<HeldAnswer>(std::move(responder)));
}

} // namespace smsotp::sandbox
