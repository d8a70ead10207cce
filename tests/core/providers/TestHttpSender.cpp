#include "TestHttpServer.h"
#include "providers/HttpSender.h"
#include "providers/UrlPolicy.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace smsotp::providers;
using namespace std::chrono_literals;

// The sender over real HTTP on loopback: SECURITY.md 15-19.
class TestHttpSender : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;

    HttpResult sendAndWait(HttpSender& sender, const HttpRequestSpec& spec, int timeoutMs = 20000)
    {
        int calls = 0;
        HttpResult result;
        sender.send(spec, [&](const HttpResult& r) {
            ++calls;
            result = r;
        });
        if (!QTest::qWaitFor([&] { return calls > 0; }, timeoutMs))
            result.failureDetail = QStringLiteral("test: no answer");
        QTest::qWait(0);
        return calls == 1 ? result : HttpResult {};
    }

    static HttpRequestSpec post(const QUrl& url, const QByteArray& body = "To=%2B447700900123")
    {
        HttpRequestSpec spec;
        spec.method = HttpMethod::Post;
        spec.url = url;
        spec.headers = { { "Content-Type", "application/x-www-form-urlencoded", false },
            { "Authorization", "Basic QUMxOnNlY3JldA==", true } };
        spec.body = body;
        return spec;
    }

    // A server that answers with chunked transfer encoding and no Content-Length: `total` bytes in 64 KiB
    // chunks, written as the client reads. Counts what it managed to write before the client hung up.
    struct ChunkedServer
    {
        QTcpServer tcp;
        qint64 total = 0;
        qint64 written = 0;
        bool clientClosed = false;

        explicit ChunkedServer(qint64 bytes)
            : total(bytes)
        {
            QObject::connect(&tcp, &QTcpServer::newConnection, &tcp, [this] {
                QTcpSocket* socket = tcp.nextPendingConnection();
                QObject::connect(socket, &QTcpSocket::disconnected, socket, [this] { clientClosed = true; });
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (!socket->readAll().contains("\r\n\r\n") || written > 0)
                        return;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n");
                    writeMore(socket);
                });
                QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [this, socket] {
                    if (socket->bytesToWrite() == 0)
                        writeMore(socket);
                });
            });
        }

        void writeMore(QTcpSocket* socket)
        {
            if (written >= total || socket->state() != QAbstractSocket::ConnectedState)
                return;
            const qint64 size = qMin<qint64>(64 * 1024, total - written);
            written += size;
            socket->write(QByteArray::number(size, 16) + "\r\n" + QByteArray(size, 'x') + "\r\n");
            if (written >= total)
                socket->write("0\r\n\r\n");
        }
    };

private Q_SLOTS:
    void sendsExactlyTheSpecAndReadsTheAnswer()
    {
        TestHttpServer server;
        server.http().route(QStringLiteral("/send"), [&](const QHttpServerRequest& request) {
            server.record(request);
            QThread::msleep(40); // the server takes its time: the latency shows it
            QHttpServerResponse response(QByteArray(R"({"sid":"SM1"})"), QHttpServerResponder::StatusCode::Created);
            response.setHeader("Content-Type", "application/json");
            return response;
        });
        QVERIFY(server.listen());
        HttpSender sender(m_network);
        QElapsedTimer clock;
        clock.start();
        const HttpResult result = sendAndWait(sender, post(server.url(QStringLiteral("/send"))));
        const auto elapsed = std::chrono::milliseconds(clock.elapsed());
        QVERIFY2(result.hasAnswer(), qPrintable(result.failureDetail));
        QCOMPARE(result.httpStatus, 201);
        QCOMPARE(result.body, QByteArray(R"({"sid":"SM1"})"));
        QVERIFY2(result.latency >= 40ms && result.latency <= elapsed,
            qPrintable(QStringLiteral("%1 ms of %2 ms").arg(result.latency.count()).arg(elapsed.count())));
        QCOMPARE(server.requests().size(), 1);
        const RecordedRequest& seen = server.requests().first();
        QCOMPARE(seen.method, QByteArray("POST"));
        QCOMPARE(seen.body, QByteArray("To=%2B447700900123"));
        QCOMPARE(seen.header("Authorization"), QByteArray("Basic QUMxOnNlY3JldA=="));
        QCOMPARE(seen.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(sender.running(), 0);
    }

    // The console's sender makes its network manager on the first request, not when it is made.
    void aSenderWithoutANetworkManagerMakesItsOwnOnTheFirstRequest()
    {
        TestHttpServer server;
        server.http().route(QStringLiteral("/send"), [] { return QHttpServerResponse(QByteArray("ok")); });
        QVERIFY(server.listen());
        HttpSender sender;
        QVERIFY(!sender.findChild<QNetworkAccessManager*>());
        const HttpResult result = sendAndWait(sender, post(server.url(QStringLiteral("/send"))));
        QVERIFY2(result.hasAnswer(), qPrintable(result.failureDetail));
        QCOMPARE(result.httpStatus, 200);
        QCOMPARE(sender.findChildren<QNetworkAccessManager*>().size(), 1);
        QCOMPARE(sendAndWait(sender, post(server.url(QStringLiteral("/send")))).httpStatus, 200);
        QCOMPARE(sender.findChildren<QNetworkAccessManager*>().size(), 1);
    }

    void anErrorStatusIsStillAnAnswer()
    {
        TestHttpServer server;
        server.http().route(QStringLiteral("/send"), [] {
            return QHttpServerResponse(QByteArray(R"({"code":20003})"), QHttpServerResponder::StatusCode::Unauthorized);
        });
        QVERIFY(server.listen());
        HttpSender sender(m_network);
        const HttpResult result = sendAndWait(sender, post(server.url(QStringLiteral("/send"))));
        QVERIFY(result.hasAnswer());
        QCOMPARE(result.httpStatus, 401);
        QCOMPARE(result.body, QByteArray(R"({"code":20003})"));
    }

    // SECURITY.md 17: the other host receives nothing.
    void aRedirectToAnotherHostIsNotFollowed()
    {
        TestHttpServer elsewhere;
        elsewhere.http().route(QStringLiteral("/<arg>"), [&](const QString&, const QHttpServerRequest& request) {
            elsewhere.record(request);
            return QHttpServerResponse(QHttpServerResponder::StatusCode::Ok);
        });
        QVERIFY(elsewhere.listen(QHostAddress(QStringLiteral("127.0.0.2"))));
        TestHttpServer server;
        server.http().route(QStringLiteral("/send"), [&](const QHttpServerRequest& request) {
            server.record(request);
            QHttpServerResponse response(QHttpServerResponder::StatusCode::Found);
            response.setHeader("Location", elsewhere.url(QStringLiteral("/stolen")).toEncoded());
            return response;
        });
        QVERIFY(server.listen());
        HttpSender sender(m_network);
        const HttpResult result = sendAndWait(sender, post(server.url(QStringLiteral("/send"))));
        QCOMPARE(result.failure, std::optional(TransportFailure::RedirectToOtherHost));
        QVERIFY(result.failureDetail.contains(QStringLiteral("127.0.0.2")));
        QTest::qWait(200);
        QCOMPARE(elsewhere.requests().size(), 0);
        QCOMPARE(server.requests().size(), 1);
    }

    // SECURITY.md 18.
    void aServerThatNeverAnswersTimesOut()
    {
        TestHttpServer server;
        server.routeHolding(QStringLiteral("/send"));
        QVERIFY(server.listen());
        HttpSender sender(m_network);
        HttpRequestSpec spec = post(server.url(QStringLiteral("/send")));
        spec.transferTimeout = 300ms;
        const HttpResult result = sendAndWait(sender, spec);
        QCOMPARE(result.failure, std::optional(TransportFailure::Timeout));
        QVERIFY(result.latency >= 300ms);
        QCOMPARE(sender.running(), 0);
    }

    // Qt opens six connections to one host and starts a request's transfer timeout when it is queued, not sent:
    // the seventh of a burst to a slow gateway would time out while waiting for a connection. The sender keeps
    // the waiting ones itself, so each request has its whole timeout once it is on the wire.
    void aBurstToASlowServerGetsEachRequestItsWholeTimeout()
    {
        TestHttpServer server;
        int open = 0;
        int mostOpen = 0;
        server.http().route(
            QStringLiteral("/send"), [&](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                server.record(request);
                mostOpen = std::max(mostOpen, ++open);
                QTimer::singleShot(290ms, &server, [&open] { --open; });
                server.answerAfter(std::move(responder), 300ms);
            });
        QVERIFY(server.listen());
        HttpSender sender(m_network);
        HttpRequestSpec spec = post(server.url(QStringLiteral("/send")));
        spec.transferTimeout = 500ms; // two rounds of 300 ms would not fit, one does
        constexpr int kBurst = 3 * HttpSender::kConnectionsPerOrigin;
        QList<HttpResult> results;
        for (int i = 0; i < kBurst; ++i)
            sender.send(spec, [&](const HttpResult& r) { results << r; });
        QCOMPARE(sender.running(), kBurst);
        QVERIFY(QTest::qWaitFor([&] { return results.size() == kBurst; }, 10000));
        for (const HttpResult& r : results) {
            QVERIFY2(r.hasAnswer(), qPrintable(r.failureDetail));
            QCOMPARE(r.httpStatus, 200);
            QVERIFY(r.latency < 500ms); // from the moment it was sent, not queued
        }
        QCOMPARE(server.requests().size(), kBurst);
        QCOMPARE(mostOpen, HttpSender::kConnectionsPerOrigin);
        QCOMPARE(sender.running(), 0);
    }

    // A request waiting for a connection is cancelled without anything being sent; the next one takes its turn.
    void cancellingAWaitingRequestSendsNothing()
    {
        TestHttpServer server;
        server.routeAnsweringAfter(QStringLiteral("/send"), 200ms);
        QVERIFY(server.listen());
        HttpSender sender(m_network);
        const HttpRequestSpec spec = post(server.url(QStringLiteral("/send")));
        QList<HttpSender::RequestId> order;
        QHash<HttpSender::RequestId, HttpResult> results;
        for (int i = 0; i < HttpSender::kConnectionsPerOrigin + 2; ++i) {
            const HttpSender::RequestId id
                = sender.send(spec, [&, i](const HttpResult& r) { results.insert(order.at(i), r); });
            order << id;
        }
        const HttpSender::RequestId waiting = order.at(HttpSender::kConnectionsPerOrigin);
        sender.cancel(waiting);
        QCOMPARE(results.value(waiting).failure, std::optional(TransportFailure::Cancelled));
        QCOMPARE(sender.running(), HttpSender::kConnectionsPerOrigin + 1);
        QVERIFY(QTest::qWaitFor([&] { return results.size() == order.size(); }, 10000));
        QCOMPARE(server.requests().size(), HttpSender::kConnectionsPerOrigin + 1);
        QVERIFY(results.value(order.last()).hasAnswer());
    }

    void cancelAllStopsWaitingAndRunningRequests()
    {
        TestHttpServer server;
        server.routeHolding(QStringLiteral("/send"));
        QVERIFY(server.listen());
        HttpSender sender(m_network);
        QList<HttpResult> results;
        constexpr int kCount = HttpSender::kConnectionsPerOrigin + 3;
        for (int i = 0; i < kCount; ++i)
            sender.send(post(server.url(QStringLiteral("/send"))), [&](const HttpResult& r) { results << r; });
        QVERIFY(QTest::qWaitFor([&] { return server.requests().size() == HttpSender::kConnectionsPerOrigin; }, 5000));
        sender.cancelAll();
        QVERIFY(QTest::qWaitFor([&] { return results.size() == kCount; }, 5000));
        for (const HttpResult& r : results)
            QCOMPARE(r.failure, std::optional(TransportFailure::Cancelled));
        QTest::qWait(100);
        QCOMPARE(server.requests().size(), HttpSender::kConnectionsPerOrigin); // none of the waiting ones went out
        QCOMPARE(sender.running(), 0);
    }

    void cancelStopsARunningRequest()
    {
        TestHttpServer server;
        server.routeHolding(QStringLiteral("/send"));
        QVERIFY(server.listen());
        HttpSender sender(m_network);
        int calls = 0;
        HttpResult result;
        const HttpSender::RequestId id
            = sender.send(post(server.url(QStringLiteral("/send"))), [&](const HttpResult& r) {
                  ++calls;
                  result = r;
              });
        QVERIFY(QTest::qWaitFor([&] { return server.requests().size() == 1; }, 5000));
        QCOMPARE(sender.running(), 1);
        sender.cancel(id);
        QVERIFY(QTest::qWaitFor([&] { return calls > 0; }, 5000));
        QCOMPARE(result.failure, std::optional(TransportFailure::Cancelled));
        QTest::qWait(50);
        QCOMPARE(calls, 1);
    }

    // SECURITY.md 19.
    void aHugeAnswerIsAborted()
    {
        TestHttpServer server;
        server.http().route(QStringLiteral("/send"), [] { return QByteArray(5 * 1024 * 1024, 'x'); });
        QVERIFY(server.listen());
        HttpSender sender(m_network);
        const HttpResult result = sendAndWait(sender, post(server.url(QStringLiteral("/send"))));
        QCOMPARE(result.failure, std::optional(TransportFailure::TooLarge));
        QVERIFY(result.body.isEmpty());
    }

    // SECURITY.md 19: with no Content-Length (chunked), the answer is cut off as soon as it passes 1 MiB; exactly
    // 1 MiB is still read.
    void aChunkedAnswerIsCutOffPastOneMebibyte()
    {
        ChunkedServer huge(20 * HttpSender::kMaxResponseBytes);
        QVERIFY(huge.tcp.listen(QHostAddress::LocalHost));
        HttpSender sender(m_network);
        const HttpResult result
            = sendAndWait(sender, post(QUrl(QStringLiteral("http://127.0.0.1:%1/send").arg(huge.tcp.serverPort()))));
        QCOMPARE(result.failure, std::optional(TransportFailure::TooLarge));
        QVERIFY(result.body.isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return huge.clientClosed; }, 5000));
        QVERIFY2(huge.written < huge.total / 2, qPrintable(QString::number(huge.written))); // not read to the end

        ChunkedServer exact(HttpSender::kMaxResponseBytes);
        QVERIFY(exact.tcp.listen(QHostAddress::LocalHost));
        const HttpResult whole
            = sendAndWait(sender, post(QUrl(QStringLiteral("http://127.0.0.1:%1/send").arg(exact.tcp.serverPort()))));
        QVERIFY2(!whole.failure, qPrintable(whole.failureDetail));
        QCOMPARE(whole.body.size(), HttpSender::kMaxResponseBytes);

        ChunkedServer oneMore(HttpSender::kMaxResponseBytes + 1);
        QVERIFY(oneMore.tcp.listen(QHostAddress::LocalHost));
        const HttpResult over
            = sendAndWait(sender, post(QUrl(QStringLiteral("http://127.0.0.1:%1/send").arg(oneMore.tcp.serverPort()))));
        QCOMPARE(over.failure, std::optional(TransportFailure::TooLarge));
    }

    // SECURITY.md 17: no redirect is followed, even to the same host, so credentials never follow one.
    void aRedirectOnTheSameHostIsNotFollowedEither()
    {
        TestHttpServer server;
        server.http().route(QStringLiteral("/send"), [&](const QHttpServerRequest& request) {
            server.record(request);
            QHttpServerResponse response(QHttpServerResponder::StatusCode::TemporaryRedirect);
            response.setHeader("Location", server.url(QStringLiteral("/elsewhere")).toEncoded());
            return response;
        });
        server.http().route(QStringLiteral("/elsewhere"), [&](const QHttpServerRequest& request) {
            server.record(request);
            return QHttpServerResponse(QHttpServerResponder::StatusCode::Ok);
        });
        QVERIFY(server.listen());
        HttpSender sender(m_network);
        const HttpResult result = sendAndWait(sender, post(server.url(QStringLiteral("/send"))));
        QCOMPARE(result.failure, std::optional(TransportFailure::Other));
        QVERIFY2(result.failureDetail.contains(QStringLiteral("not followed")), qPrintable(result.failureDetail));
        QVERIFY(result.failureDetail.contains(QStringLiteral("/elsewhere")));
        QTest::qWait(200);
        QCOMPARE(server.requests().size(), 1); // only the first request; the Authorization header went nowhere else
        QCOMPARE(server.requests().first().path, QStringLiteral("/send"));
    }

    // SECURITY.md 15: a self-signed certificate fails the request, with the reason.
    void aSelfSignedServerIsRefused()
    {
        TestHttpServer server(TestHttpServer::Tls::SelfSigned);
        server.http().route(QStringLiteral("/send"), [&](const QHttpServerRequest& request) {
            server.record(request);
            return QHttpServerResponse(QHttpServerResponder::StatusCode::Created);
        });
        QVERIFY(server.listen());
        QCOMPARE(server.baseUrl().scheme(), QStringLiteral("https"));
        HttpSender sender(m_network);
        const HttpResult result = sendAndWait(sender, post(server.url(QStringLiteral("/send"))));
        QCOMPARE(result.failure, std::optional(TransportFailure::Tls));
        QVERIFY2(result.failureDetail.contains(QStringLiteral("self signed"), Qt::CaseInsensitive)
                || result.failureDetail.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
            qPrintable(result.failureDetail));
        QCOMPARE(server.requests().size(), 0); // the credentials never went out
    }

    // SECURITY.md 16.
    void plainHttpToAnotherHostIsRefusedBeforeSending()
    {
        HttpSender sender(m_network);
        const QUrl url(QStringLiteral("http://example.invalid/send"));
        const HttpResult result = sendAndWait(sender, post(url));
        QVERIFY(!result.hasAnswer());
        // Refused by the URL rule, not by a failed DNS look-up: nothing was attempted.
        QCOMPARE(result.failure, std::optional(TransportFailure::Other));
        QCOMPARE(result.failureDetail, checkEndpointUrl(url).message);
        QVERIFY(!checkEndpointUrl(url).message.isEmpty());
    }

    void connectionRefused()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        const QUrl url = server.url(QStringLiteral("/send"));
        server.http().servers().first()->close();
        HttpSender sender(m_network);
        const HttpResult result = sendAndWait(sender, post(url));
        QCOMPARE(result.failure, std::optional(TransportFailure::ConnectionRefused));
    }

    void destroyingTheSenderDropsCallbacks()
    {
        TestHttpServer server;
        server.routeHolding(QStringLiteral("/send"));
        QVERIFY(server.listen());
        bool called = false;
        {
            HttpSender sender(m_network);
            sender.send(post(server.url(QStringLiteral("/send"))), [&](const HttpResult&) { called = true; });
            QVERIFY(QTest::qWaitFor([&] { return server.requests().size() == 1; }, 5000));
        }
        QTest::qWait(100);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestHttpSender)
#include "TestHttpSender.moc"
