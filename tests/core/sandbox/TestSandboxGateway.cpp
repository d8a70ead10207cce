#include "otp/Clock.h"
#include "providers/ErrorExplanations.h"
#include "providers/HttpSender.h"
#include "providers/ProviderClient.h"
#include "sandbox/SandboxGateway.h"
#include "sandbox/SandboxProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>
#include <memory>

using namespace smsotp;
using namespace smsotp::providers;
using namespace smsotp::sandbox;
using namespace std::chrono_literals;

namespace {

const QString kTo = QStringLiteral("+447700900123");

class FixedClock final : public otp::Clock
{
public:
    qint64 msecsSinceEpoch() const override { return m_now; }
    void set(const QDateTime& time) { m_now = time.toMSecsSinceEpoch(); }

private:
    qint64 m_now = 0;
};

bool connects(const QHostAddress& address, quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(address, port);
    const bool connected = socket.waitForConnected(2000);
    socket.abort();
    return connected;
}

} // namespace

// The built-in gateway over real HTTP on loopback, reached through the console's own custom-provider path.
class TestSandboxGateway : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;
    FixedClock m_clock;

    SendOutcome sendAndWait(const SandboxGateway& gateway, const QString& text,
        std::chrono::milliseconds timeout = kDefaultTransferTimeout, const QString& to = kTo)
    {
        HttpSender sender(m_network);
        ProviderClient client(sender);
        CustomSetup setup { sandboxConfig(gateway.url()), {} };
        setup.config.timeout = timeout;
        auto results = std::make_shared<QList<SendOutcome>>();
        client.send(setup, to, text, [results](const SendOutcome& outcome) { results->append(outcome); });
        if (!QTest::qWaitFor([&] { return !results->isEmpty(); }, 20000))
            return {};
        QTest::qWait(10);
        return results->size() == 1 ? results->first() : SendOutcome {};
    }

    // A raw request, for the shapes the sandbox provider never sends.
    HttpResult request(HttpMethod method, const QUrl& url, const QByteArray& contentType, const QByteArray& body)
    {
        HttpSender sender(m_network);
        HttpRequestSpec spec;
        spec.method = method;
        spec.url = url;
        if (!contentType.isEmpty())
            spec.headers.append({ QByteArrayLiteral("Content-Type"), contentType });
        spec.body = body;
        auto results = std::make_shared<QList<HttpResult>>();
        sender.send(spec, [results](const HttpResult& result) { results->append(result); });
        if (!QTest::qWaitFor([&] { return !results->isEmpty(); }, 20000))
            return {};
        return results->first();
    }

private Q_SLOTS:
    void init() { m_clock.set(QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC)); }

    void listensOnLoopbackOnly()
    {
        SandboxGateway gateway(m_clock);
        QVERIFY(!gateway.isListening());
        QVERIFY(gateway.url().isEmpty());
        const StartResult started = gateway.start();
        QVERIFY2(started.ok(), qPrintable(started.message));
        QVERIFY(started.message.isEmpty());
        QVERIFY(gateway.isListening());
        const quint16 port = gateway.port();
        QVERIFY(port != 0);
        QCOMPARE(gateway.url(), QUrl(QStringLiteral("http://127.0.0.1:%1/messages").arg(port)));

        QVERIFY(connects(QHostAddress(QStringLiteral("127.0.0.1")), port));
        // Bound to 127.0.0.1 itself, not to every address: another loopback address and every other
        // interface of this machine are refused.
        QVERIFY(!connects(QHostAddress(QStringLiteral("127.0.0.2")), port));
        QVERIFY(!connects(QHostAddress(QHostAddress::LocalHostIPv6), port));
        for (const QHostAddress& address : QNetworkInterface::allAddresses()) {
            if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol)
                QVERIFY2(!connects(address, port), qPrintable(address.toString()));
        }
    }

    void aBusyPortIsReported()
    {
        SandboxGateway first(m_clock);
        QVERIFY(first.start().ok());
        SandboxGateway second(m_clock);
        const StartResult started = second.start(first.port());
        QVERIFY(!started.ok());
        QCOMPARE(started.error, StartError::CannotListen);
        QVERIFY2(started.message.contains(QString::number(first.port())), qPrintable(started.message));
        QVERIFY(!second.isListening());
        QVERIFY(second.url().isEmpty());
    }

    // The console starts the gateway on first use: endpoint() starts it once, then gives the same address.
    void theEndpointStartsTheGatewayOnFirstUse()
    {
        SandboxGateway gateway(m_clock);
        const QUrl first = gateway.endpoint();
        QVERIFY(gateway.isListening());
        QVERIFY(gateway.startError().isEmpty());
        QCOMPARE(first, gateway.url());
        QVERIFY(connects(QHostAddress(QStringLiteral("127.0.0.1")), gateway.port()));
        QCOMPARE(gateway.endpoint(), first);

        // A start that failed says why; the next use tries again.
        SandboxGateway other(m_clock);
        QVERIFY(!other.start(gateway.port()).ok());
        QVERIFY2(other.startError().contains(QString::number(gateway.port())), qPrintable(other.startError()));
        QVERIFY(!other.endpoint().isEmpty());
        QVERIFY(other.startError().isEmpty());
    }

    void aSendLandsInTheInbox()
    {
        SandboxGateway gateway(m_clock);
        QVERIFY(gateway.start().ok());
        QList<SandboxMessage> signalled;
        connect(&gateway, &SandboxGateway::messageReceived, this,
            [&signalled](const SandboxMessage& message) { signalled.append(message); });
        const QString text
            = QStringLiteral("  Your code is 482913.\n\"Quoted\" \\ back {{body}} \u2028 \u2014 \u2713 \U0001F600\n");
        const SendOutcome outcome = sendAndWait(gateway, text);
        QVERIFY2(outcome.accepted, qPrintable(outcome.explanation + u" / " + outcome.technicalDetail));
        QCOMPARE(outcome.httpStatus, 201);
        QCOMPARE(outcome.failure, FailureKind::None);

        QCOMPARE(gateway.inbox().size(), 1);
        const SandboxMessage message = gateway.inbox().first(); // a copy: the inbox grows below
        QCOMPARE(message.to, kTo);
        QCOMPARE(message.text, text);
        QCOMPARE(message.receivedAt, m_clock.now());
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"))
                    .match(message.id)
                    .hasMatch());
        QCOMPARE(outcome.messageId, message.id);
        QCOMPARE(signalled.size(), 1);
        QCOMPARE(signalled.first().id, message.id);
        QCOMPARE(signalled.first().text, text);

        m_clock.set(m_clock.now().addSecs(90));
        const SendOutcome second
            = sendAndWait(gateway, QStringLiteral("second"), kDefaultTransferTimeout, QStringLiteral("+15005550006"));
        QVERIFY(second.accepted);
        QCOMPARE(gateway.inbox().size(), 2);
        QCOMPARE(gateway.inbox().last().to, QStringLiteral("+15005550006"));
        QCOMPARE(gateway.inbox().last().receivedAt, m_clock.now());
        QVERIFY(gateway.inbox().last().id != message.id);
    }

    // The status of each accepted message follows the clock: queued, sent after kSentAfter, delivered after
    // kFinalAfter; in the undelivered fail mode it ends undelivered with 30003 and never reaches the inbox. The
    // answers are read by Twilio's parser, as the console reads them.
    DeliveryCheck statusOf(const SandboxGateway& gateway, const QString& id)
    {
        HttpSender sender(m_network);
        ProviderClient client(sender);
        auto results = std::make_shared<QList<DeliveryCheck>>();
        client.checkDelivery(buildStatusRequest(gateway.url(), id), {},
            [results](const DeliveryCheck& check) { results->append(check); });
        if (!QTest::qWaitFor([&] { return !results->isEmpty(); }, 20000))
            return {};
        return results->first();
    }

    void deliveryLifecycle()
    {
        SandboxGateway gateway(m_clock);
        QVERIFY(gateway.start().ok());
        const QString id = sendAndWait(gateway, QStringLiteral("Your code is 123456")).messageId;
        QVERIFY(!id.isEmpty());
        const QDateTime sentAt = m_clock.now();
        QCOMPARE(statusOf(gateway, id).status.state, DeliveryState::Queued);
        m_clock.set(sentAt.addMSecs(kSentAfter.count()));
        QCOMPARE(statusOf(gateway, id).status.state, DeliveryState::Sent);
        m_clock.set(sentAt.addMSecs(kFinalAfter.count()));
        const DeliveryCheck delivered = statusOf(gateway, id);
        QVERIFY(delivered.ok);
        QCOMPARE(delivered.status, (DeliveryStatus { DeliveryState::Delivered, 0, {} }));

        gateway.setFailMode(FailMode::Undelivered);
        const SendOutcome accepted = sendAndWait(gateway, QStringLiteral("lost"));
        QVERIFY(accepted.accepted);
        QCOMPARE(gateway.inbox().size(), 1); // it never reached the phone
        m_clock.set(m_clock.now().addMSecs(kFinalAfter.count()));
        const DeliveryCheck lost = statusOf(gateway, accepted.messageId);
        QCOMPARE(lost.status.state, DeliveryState::Undelivered);
        QCOMPARE(lost.status.errorCode, kUndeliveredCode);

        // An id it never took, and one that is not an id at all (refused before any request).
        const DeliveryCheck unknown = statusOf(gateway, QUuid::createUuid().toString(QUuid::WithoutBraces));
        QVERIFY(!unknown.ok);
        QCOMPARE(unknown.httpStatus, 404);
        QVERIFY(!buildStatusRequest(gateway.url(), QStringLiteral("../messages")).ok());
    }

    void http500ModeRefusesTheSend()
    {
        SandboxGateway gateway(m_clock);
        QVERIFY(gateway.start().ok());
        gateway.setFailMode(FailMode::Http500);
        QCOMPARE(gateway.failMode(), FailMode::Http500);
        const SendOutcome outcome = sendAndWait(gateway, QStringLiteral("code 123456"));
        QVERIFY(!outcome.accepted);
        QCOMPARE(outcome.httpStatus, 500);
        QCOMPARE(outcome.failure, FailureKind::ProviderError);
        QVERIFY(outcome.retryLater);
        QVERIFY2(outcome.explanation.contains(u"500"), qPrintable(outcome.explanation));
        QVERIFY2(outcome.technicalDetail.contains(u"HTTP 500"), qPrintable(outcome.technicalDetail));
        QVERIFY(gateway.inbox().isEmpty());

        gateway.setFailMode(FailMode::None);
        QVERIFY(sendAndWait(gateway, QStringLiteral("code 123456")).accepted);
        QCOMPARE(gateway.inbox().size(), 1);
    }

    void delayModeAnswersLate()
    {
        SandboxGateway gateway(m_clock);
        QVERIFY(gateway.start().ok());
        QCOMPARE(gateway.delay(), SandboxGateway::kDefaultDelay);
        gateway.setFailMode(FailMode::Delay);
        gateway.setDelay(400ms);
        QSignalSpy received(&gateway, &SandboxGateway::messageReceived);
        const SendOutcome outcome = sendAndWait(gateway, QStringLiteral("late code 123456"));
        QVERIFY2(outcome.accepted, qPrintable(outcome.explanation));
        QVERIFY2(outcome.latency >= 400ms, qPrintable(QString::number(outcome.latency.count())));
        QCOMPARE(received.size(), 1);
        QCOMPARE(gateway.inbox().size(), 1);
        QCOMPARE(gateway.inbox().first().text, QStringLiteral("late code 123456"));
    }

    void timeoutModeNeverAnswers()
    {
        SandboxGateway gateway(m_clock);
        QVERIFY(gateway.start().ok());
        gateway.setFailMode(FailMode::Timeout);
        const SendOutcome outcome = sendAndWait(gateway, QStringLiteral("code 123456"), 300ms);
        QVERIFY(!outcome.accepted);
        QCOMPARE(outcome.httpStatus, 0);
        QCOMPARE(outcome.failure, FailureKind::Transport);
        QCOMPARE(outcome.explanation, explainTransportFailure(TransportFailure::Timeout, QStringLiteral("127.0.0.1")));
        QVERIFY(outcome.latency >= 300ms);
        QVERIFY(gateway.inbox().isEmpty());

        // Holding unanswered requests does not stop it serving the next ones.
        gateway.setFailMode(FailMode::None);
        QVERIFY(sendAndWait(gateway, QStringLiteral("code 654321")).accepted);
        QCOMPARE(gateway.inbox().size(), 1);
    }

    void aDelayPastTheTimeoutDeliversNothing()
    {
        SandboxGateway gateway(m_clock);
        QVERIFY(gateway.start().ok());
        gateway.setFailMode(FailMode::Delay);
        gateway.setDelay(600ms);
        const SendOutcome outcome = sendAndWait(gateway, QStringLiteral("code 123456"), 200ms);
        QCOMPARE(outcome.failure, FailureKind::Transport);
        QTest::qWait(800);
        QVERIFY(gateway.inbox().isEmpty());
    }

    void malformedRequestsAreRefused_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        const auto json = [](const QJsonObject& object) { return QJsonDocument(object).toJson(); };
        const QByteArray ok = json({ { QStringLiteral("to"), kTo }, { QStringLiteral("text"), QStringLiteral("x") } });
        const int post = int(HttpMethod::Post);
        QTest::newRow("GET") << int(HttpMethod::Get) << QStringLiteral("/messages") << QByteArray() << QByteArray()
                             << 405;
        QTest::newRow("PUT") << int(HttpMethod::Put) << QStringLiteral("/messages") << QByteArray("application/json")
                             << ok << 405;
        QTest::newRow("other path") << post << QStringLiteral("/sms") << QByteArray("application/json") << ok << 404;
        QTest::newRow("form body") << post << QStringLiteral("/messages")
                                   << QByteArray("application/x-www-form-urlencoded") << QByteArray("to=1&text=x")
                                   << 415;
        QTest::newRow("broken JSON") << post << QStringLiteral("/messages") << QByteArray("application/json")
                                     << QByteArray("{\"to\": +447700900123}") << 400;
        QTest::newRow("JSON array") << post << QStringLiteral("/messages") << QByteArray("application/json")
                                    << QJsonDocument(QJsonArray { kTo }).toJson() << 400;
        QTest::newRow("number without +") << post << QStringLiteral("/messages") << QByteArray("application/json")
                                          << json({ { QStringLiteral("to"), QStringLiteral("447700900123") },
                                                 { QStringLiteral("text"), QStringLiteral("x") } })
                                          << 400;
        QTest::newRow("number as a JSON number")
            << post << QStringLiteral("/messages") << QByteArray("application/json")
            << json({ { QStringLiteral("to"), 447700900123.0 }, { QStringLiteral("text"), QStringLiteral("x") } })
            << 400;
        QTest::newRow("no text") << post << QStringLiteral("/messages") << QByteArray("application/json")
                                 << json({ { QStringLiteral("to"), kTo } }) << 400;
        QTest::newRow("empty text") << post << QStringLiteral("/messages") << QByteArray("application/json")
                                    << json({ { QStringLiteral("to"), kTo }, { QStringLiteral("text"), QString() } })
                                    << 400;
    }

    void malformedRequestsAreRefused()
    {
        QFETCH(int, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        SandboxGateway gateway(m_clock);
        QVERIFY(gateway.start().ok());
        QUrl url = gateway.url();
        url.setPath(path);
        const HttpResult result = request(HttpMethod(method), url, contentType, body);
        QVERIFY2(result.hasAnswer(), qPrintable(result.failureDetail));
        QCOMPARE(result.httpStatus, status);
        const QJsonObject answer = QJsonDocument::fromJson(result.body).object();
        QVERIFY2(!answer.value(u"error").toString().isEmpty(), result.body.constData());
        QVERIFY(gateway.inbox().isEmpty());
    }

    void theInboxIsBoundedAndCanBeCleared()
    {
        SandboxGateway gateway(m_clock);
        QCOMPARE(gateway.inboxCapacity(), SandboxGateway::kDefaultInboxCapacity);
        QVERIFY(gateway.start().ok());
        gateway.setInboxCapacity(3);
        for (int i = 1; i <= 5; ++i)
            QVERIFY(sendAndWait(gateway, QStringLiteral("message %1").arg(i)).accepted);
        const auto texts = [&gateway] {
            QStringList list;
            for (const SandboxMessage& message : gateway.inbox())
                list.append(message.text);
            return list;
        };
        QCOMPARE(texts(),
            QStringList({ QStringLiteral("message 3"), QStringLiteral("message 4"), QStringLiteral("message 5") }));
        gateway.setInboxCapacity(2);
        QCOMPARE(texts(), QStringList({ QStringLiteral("message 4"), QStringLiteral("message 5") }));
        QSignalSpy cleared(&gateway, &SandboxGateway::inboxCleared);
        gateway.clearInbox();
        QVERIFY(gateway.inbox().isEmpty());
        QCOMPARE(cleared.size(), 1);
    }

    void stopClosesThePortAndStartOpensAnother()
    {
        SandboxGateway gateway(m_clock);
        QVERIFY(gateway.start().ok());
        const quint16 port = gateway.port();
        gateway.stop();
        QVERIFY(!gateway.isListening());
        QVERIFY(gateway.url().isEmpty());
        QVERIFY(!connects(QHostAddress(QStringLiteral("127.0.0.1")), port));
        QVERIFY(gateway.start().ok());
        QVERIFY(sendAndWait(gateway, QStringLiteral("after restart")).accepted);
        QCOMPARE(gateway.inbox().size(), 1);
    }

    // A held (Timeout) request and a pending (Delay) answer must not outlive the gateway in a harmful way.
    void destroyingTheGatewayWithHeldRequestsIsSafe()
    {
        HttpSender sender(m_network);
        ProviderClient client(sender);
        auto results = std::make_shared<QList<SendOutcome>>();
        {
            SandboxGateway gateway(m_clock);
            QVERIFY(gateway.start().ok());
            gateway.setFailMode(FailMode::Timeout);
            client.send(CustomSetup { sandboxConfig(gateway.url()), {} }, kTo, QStringLiteral("held"),
                [results](const SendOutcome& outcome) { results->append(outcome); });
            QTest::qWait(200);
            gateway.setFailMode(FailMode::Delay);
            gateway.setDelay(300ms);
            client.send(CustomSetup { sandboxConfig(gateway.url()), {} }, kTo, QStringLiteral("delayed"),
                [results](const SendOutcome& outcome) { results->append(outcome); });
            QTest::qWait(100);
        }
        QVERIFY(QTest::qWaitFor([&] { return results->size() == 2; }, 5000));
        QTest::qWait(400); // past the delay: the dropped answer must not be written anywhere
        for (const SendOutcome& outcome : *results) {
            QVERIFY(!outcome.accepted);
            QCOMPARE(outcome.failure, FailureKind::Transport);
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxGateway)
#include "TestSandboxGateway.moc"
