// Following delivery: 100 accepted messages' statuses followed at once (DeliveryTracker, one each) against the
// fake Twilio server over loopback HTTP (queued, sending, sent, delivered), with the back-off shortened so the run
// takes seconds. A 1 ms precise timer watches the event loop: its longest lateness is the longest stall, which must
// stay at or under 16 ms (one frame). The same meter over an idle loop of the same length is the baseline. The
// server runs in the same process, so its work is counted too.
// Prints "name value unit" lines and "# ..." lines for run.sh.
// usage: bench_delivery [MESSAGES]   (100 by default)

#include "FakeTwilioServer.h"
#include "send/DeliveryTracker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTimer>
#include <cstdio>
#include <memory>
#include <vector>

using namespace smsotp;

namespace {

// How late a 1 ms precise timer fires, at worst, while the loop runs.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, now - m_last - 1'000'000);
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_longest = 0;
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return double(m_longest) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int messages = argc > 1 ? std::max(1, atoi(argv[1])) : 100;
    FakeTwilioServer twilio;
    if (!twilio.listen()) {
        std::fprintf(stderr, "bench_delivery: the fake Twilio server did not listen\n");
        return 1;
    }
    twilio.setStatusSequence(
        { QStringLiteral("queued"), QStringLiteral("sending"), QStringLiteral("sent"), QStringLiteral("delivered") });
    QNetworkAccessManager network;
    providers::HttpSender http(network);
    providers::ProviderClient client(http);
    providers::TwilioSetup setup;
    setup.config.accountSid = twilio.accountSid();
    setup.config.sender = QStringLiteral("+15005550006");
    setup.config.apiBase = twilio.baseUrl();
    setup.secrets.authToken = twilio.authToken();

    // The messages, accepted through the real send path.
    QStringList sids;
    QEventLoop sending;
    for (int i = 0; i < messages; ++i) {
        client.send(setup, QStringLiteral("+447700900123"), QStringLiteral("Your code is 123456"),
            [&](const providers::SendOutcome& outcome) {
                sids.append(outcome.messageId);
                if (sids.size() == messages)
                    sending.quit();
            });
    }
    sending.exec();
    if (sids.contains(QString())) {
        std::fprintf(stderr, "bench_delivery: a send was not accepted\n");
        return 1;
    }

    StallMeter meter;
    std::vector<std::unique_ptr<send::DeliveryTracker>> trackers;
    int ended = 0;
    int delivered = 0;
    QEventLoop following;
    QElapsedTimer elapsed;
    meter.start();
    elapsed.start();
    for (const QString& sid : std::as_const(sids)) {
        auto tracker = std::make_unique<send::DeliveryTracker>(client);
        tracker->setSchedule(
            { std::chrono::milliseconds(20), std::chrono::milliseconds(80), std::chrono::milliseconds(60000) });
        QObject::connect(tracker.get(), &send::DeliveryTracker::ended, &following,
            [&](send::DeliveryTracker::End, const providers::DeliveryStatus& last, const QString&) {
                delivered += last.state == providers::DeliveryState::Delivered ? 1 : 0;
                if (++ended == messages)
                    following.quit();
            });
        tracker->follow(providers::ProviderKind::Twilio, setup, sid);
        trackers.push_back(std::move(tracker));
    }
    following.exec();
    const double busyStall = meter.stop();
    const qint64 runMs = elapsed.elapsed();
    if (delivered != messages) {
        std::fprintf(stderr, "bench_delivery: %d of %d ended delivered\n", delivered, messages);
        return 1;
    }

    // The same meter over an idle loop of the same length.
    meter.start();
    QEventLoop idle;
    QTimer::singleShot(runMs, &idle, &QEventLoop::quit);
    idle.exec();
    const double idleStall = meter.stop();

    std::printf("# baseline idle_loop_longest_stall_ms\n");
    std::printf("# target-max delivery_follow_longest_stall_ms 16\n");
    std::printf("idle_loop_longest_stall_ms %.2f ms\n", idleStall);
    std::printf("delivery_follow_longest_stall_ms %.2f ms\n", busyStall);
    std::printf("delivery_follow_status_requests %d requests\n", twilio.statusRequests());
    return 0;
}
