#pragma once
// The console's own SMS gateway on 127.0.0.1: takes the sandbox provider's requests and keeps them in an inbox.

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <chrono>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpServer;

namespace smsotp::otp {
class Clock;
}

namespace smsotp::sandbox {

// One SMS as the "sandbox phone" shows it. It holds the OTP code in clear, so it lives in memory only.
struct SandboxMessage
{
    QString id; // the id the gateway answered with (a UUID)
    QString to; // E.164, as the request gave it
    QString text;
    QDateTime receivedAt; // UTC, from the injected clock
};

// How the gateway misbehaves on request, so a user can see what each kind of failure looks like.
enum class FailMode
{
    None, // 201 and the message lands in the inbox
    Http500, // 500 with a JSON error; nothing lands
    Delay, // the normal answer, after delay()
    Timeout, // never answers; the console's transfer timeout ends the request
    Undelivered, // 201 as usual, but the message never reaches the phone: its status ends undelivered (30003)
};

// The delivery lifecycle the gateway plays for each accepted message, as Twilio reports it: queued, then sent
// after kSentAfter, then delivered (or undelivered, FailMode::Undelivered) after kFinalAfter.
inline constexpr std::chrono::milliseconds kSentAfter { 1000 };
inline constexpr std::chrono::milliseconds kFinalAfter { 2000 };
// The code and words an undelivered sandbox message ends with: Twilio's "Unreachable destination handset".
inline constexpr int kUndeliveredCode = 30003;

enum class StartError
{
    None,
    CannotListen, // no socket on 127.0.0.1 (the port is taken, or the system refuses)
};

struct StartResult
{
    StartError error = StartError::None;
    QString message; // for people; empty when ok
    bool ok() const { return error == StartError::None; }
};

// The request it takes is the one sandboxConfig() makes the custom provider send:
//   POST /messages, Content-Type: application/json, {"to": "+E164", "text": "..."}  ->  201 {"id": "<uuid>"}
// and a message's status, in the shape of Twilio's Message resource (so one parser reads both):
//   GET /messages/{id}  ->  200 {"sid", "status", "error_code", "error_message"}; 404 {"code": 20404, ...}
// Anything else is answered as an HTTP API would (404, 405, 415, 400 with {"error": "..."}), so a broken
// template shows up as a refused send rather than as an odd message in the inbox.
class SandboxGateway : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultInboxCapacity = 500;
    static constexpr std::chrono::milliseconds kDefaultDelay { 3000 };

    explicit SandboxGateway(const otp::Clock& clock, QObject* parent = nullptr);
    ~SandboxGateway() override;

    // Listens on 127.0.0.1 only (never on other interfaces): on port, or on a free one when port is 0.
    // Starting a started gateway stops it first.
    StartResult start(quint16 port = 0);
    void stop();
    bool isListening() const;
    quint16 port() const { return m_port; }
    // The endpoint for the custom provider: http://127.0.0.1:PORT/messages; empty when not listening.
    QUrl url() const;
    // The endpoint, starting the gateway on a free port first if it is not listening: the console starts it on
    // first use (its HTTP server loads the TLS libraries, megabytes that a session without the sandbox never
    // needs). Empty when it cannot start; startError() says why.
    QUrl endpoint();
    const QString& startError() const { return m_startError; }

    void setFailMode(FailMode mode) { m_failMode = mode; }
    FailMode failMode() const { return m_failMode; }
    // How long FailMode::Delay holds each answer.
    void setDelay(std::chrono::milliseconds delay) { m_delay = delay; }
    std::chrono::milliseconds delay() const { return m_delay; }

    // Oldest first; the oldest messages go once there are more than inboxCapacity().
    const QList<SandboxMessage>& inbox() const { return m_inbox; }
    void clearInbox();
    void setInboxCapacity(int capacity);
    int inboxCapacity() const { return m_capacity; }

Q_SIGNALS:
    void messageReceived(const smsotp::sandbox::SandboxMessage& message);
    void inboxCleared();

private:
    struct HeldAnswer;

    void handle(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    void deliver(const QString& to, const QString& text, QHttpServerResponder&& responder);
    void answerStatus(const QString& id, QHttpServerResponder&& responder) const;
    void hold(QHttpServerResponder&& responder);

    const otp::Clock& m_clock;
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    QString m_startError; // the last start's failure, for people
    FailMode m_failMode = FailMode::None;
    std::chrono::milliseconds m_delay = kDefaultDelay;
    QList<SandboxMessage> m_inbox;
    struct Accepted
    {
        QDateTime at;
        bool undelivered = false;
    };
    QHash<QString, Accepted> m_accepted; // by id, for the status; as many as the inbox holds
    QList<QString> m_acceptedOrder; // oldest first
    int m_capacity = kDefaultInboxCapacity;
    QList<std::shared_ptr<HeldAnswer>> m_held; // FailMode::Timeout: answers never given, until the client leaves
};

} // namespace smsotp::sandbox
