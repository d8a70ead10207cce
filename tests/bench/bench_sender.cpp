// Sender throughput: 1,000 sequential POSTs through the console's HttpSender (its safety rules: URL policy,
// no redirects, HTTP/1.1 only, transfer timeout, size cap) to a loopback QHttpServer (tests/support), against a bare
// QNetworkAccessManager POST loop to the same server measured in the same run. Rounds of each alternate, so load
// from other processes on the machine falls on both alike.
// Prints "name value unit" lines and "# compare / # target-ratio" lines for run.sh.
// usage: bench_sender [SENDS]   (per side, 1000 by default)

#include "TestHttpServer.h"
#include "providers/HttpSender.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <cstdio>

using namespace smsotp::providers;

namespace {

constexpr int kRounds = 4;

const QByteArray kBody
    = QByteArrayLiteral("To=%2B447700900123&From=%2B447700900999&Body=Your+code+is+482913.+It+expires+in+5+minutes.");
const QByteArray kAuthorization = QByteArrayLiteral("Basic QUMwMTIzNDU2Nzg5YWJjZGVmOnNlY3JldA==");
const QByteArray kContentType = QByteArrayLiteral("application/x-www-form-urlencoded");

// n sequential sends through HttpSender; ns taken, or -1 when one had no 201 answer.
qint64 viaSender(HttpSender& sender, const QUrl& url, int n)
{
    HttpRequestSpec spec;
    spec.method = HttpMethod::Post;
    spec.url = url;
    spec.headers = { { "Content-Type", kContentType, false }, { "Authorization", kAuthorization, true } };
    spec.body = kBody;
    spec.secrets = { QStringLiteral("secret") };
    QEventLoop loop;
    int left = n;
    bool failed = false;
    std::function<void()> next;
    next = [&] {
        sender.send(spec, [&](const HttpResult& result) {
            if (!result.hasAnswer() || result.httpStatus != 201)
                failed = true;
            if (--left == 0 || failed)
                loop.quit();
            else
                next();
        });
    };
    QElapsedTimer timer;
    timer.start();
    next();
    loop.exec();
    return failed ? -1 : timer.nsecsElapsed();
}

qint64 viaBareManager(QNetworkAccessManager& network, const QUrl& url, int n)
{
    QNetworkRequest request(url);
    request.setRawHeader("Content-Type", kContentType);
    request.setRawHeader("Authorization", kAuthorization);
    QEventLoop loop;
    int left = n;
    bool failed = false;
    std::function<void()> next;
    next = [&] {
        QNetworkReply* reply = network.post(request, kBody);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            reply->readAll();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 201)
                failed = true;
            reply->deleteLater();
            if (--left == 0 || failed)
                loop.quit();
            else
                next();
        });
    };
    QElapsedTimer timer;
    timer.start();
    next();
    loop.exec();
    return failed ? -1 : timer.nsecsElapsed();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int sends = argc > 1 ? qMax(kRounds, atoi(argv[1])) : 1000;
    TestHttpServer server;
    server.http().route(QStringLiteral("/send"), [] {
        QHttpServerResponse response(QByteArray(R"({"sid":"SM0123456789abcdef0123456789abcdef","status":"queued"})"),
            QHttpServerResponder::StatusCode::Created);
        response.setHeader("Content-Type", "application/json");
        return response;
    });
    if (!server.listen()) {
        std::fprintf(stderr, "bench_sender: the loopback server cannot listen\n");
        return 1;
    }
    const QUrl url = server.url(QStringLiteral("/send"));
    QNetworkAccessManager senderNetwork;
    QNetworkAccessManager bareNetwork;
    HttpSender sender(senderNetwork);

    // Warm-up: connections opened, code paged in.
    if (viaSender(sender, url, 20) < 0 || viaBareManager(bareNetwork, url, 20) < 0) {
        std::fprintf(stderr, "bench_sender: the warm-up sends failed\n");
        return 1;
    }
    qint64 senderNs = 0;
    qint64 bareNs = 0;
    const int perRound = sends / kRounds;
    for (int round = 0; round < kRounds; ++round) {
        const qint64 b = viaBareManager(bareNetwork, url, perRound);
        const qint64 s = viaSender(sender, url, perRound);
        if (b < 0 || s < 0) {
            std::fprintf(stderr, "bench_sender: a send had no 201 answer\n");
            return 1;
        }
        bareNs += b;
        senderNs += s;
    }
    const double total = double(perRound * kRounds);
    std::printf("sender-bare-qnam-posts %.1f req/s\n", total * 1e9 / double(bareNs));
    std::printf("sender-httpsender-posts %.1f req/s\n", total * 1e9 / double(senderNs));
    std::printf("# baseline sender-bare-qnam-posts\n");
    std::printf("# target-ratio sender-httpsender-posts 0.8\n");
    return 0;
}
