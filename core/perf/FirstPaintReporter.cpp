#include "FirstPaintReporter.h"

#include "ProcessClock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <cstdio>
#include <utility>

namespace smsotp::perf {

namespace {

// Runs a function once, just after the first paint of the watched object (queued, so the paint completes first).
// With queueTurns 2 it waits one more turn of the event queue, behind everything the paint itself queued: the
// work deferred past the paint must neither delay nor be counted in the first paint the reporter prints.
class FirstPaintFilter : public QObject
{
public:
    FirstPaintFilter(QObject* window, std::function<void()> then, int queueTurns)
        : QObject(window)
        , m_then(std::move(then))
        , m_queueTurns(queueTurns)
    { }

    void runOnce()
    {
        if (!m_then)
            return;
        queue(std::exchange(m_then, nullptr), m_queueTurns);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (m_then && (event->type() == QEvent::Paint || event->type() == QEvent::UpdateRequest))
            runOnce();
        return QObject::eventFilter(watched, event);
    }

private:
    void queue(std::function<void()> then, int turns)
    {
        QTimer::singleShot(0, this, [this, then = std::move(then), turns]() mutable {
            if (turns > 1)
                queue(std::move(then), turns - 1);
            else
                then();
        });
    }

    std::function<void()> m_then;
    int m_queueTurns;
};

void report()
{
    const qint64 sinceStart = msSinceProcessStart();
    const qint64 now = monotonicNs();
    std::fprintf(stderr, "first-paint-ms %lld\nfirst-paint-monotonic-ns %lld\nfirst-paint-peak-rss-kib %lld\n",
        static_cast<long long>(sinceStart), static_cast<long long>(now), static_cast<long long>(peakRssKiB()));
    std::fflush(stderr);
    if (!qEnvironmentVariableIsSet("SMSOTP_QUIT_AFTER_FIRST_PAINT"))
        return;
    const int delayMs = qMax(0, qEnvironmentVariableIntValue("SMSOTP_QUIT_AFTER_FIRST_PAINT"));
    QTimer::singleShot(delayMs, QCoreApplication::instance(), [] {
        std::fprintf(stderr, "quit-peak-rss-kib %lld\n", static_cast<long long>(peakRssKiB()));
        std::fflush(stderr);
        QCoreApplication::quit();
    });
}

} // namespace

void afterFirstPaint(QObject* window, std::function<void()> then, std::chrono::milliseconds atLatest)
{
    auto* filter = new FirstPaintFilter(window, std::move(then), 2);
    window->installEventFilter(filter);
    QTimer::singleShot(atLatest, filter, &FirstPaintFilter::runOnce);
}

void reportFirstPaintIfAsked(QObject* window)
{
    if (!window || !qEnvironmentVariableIsSet("SMSOTP_REPORT_FIRST_PAINT"))
        return;
    // Reported once the first paint has been handled; only a real paint is reported (no fallback).
    window->installEventFilter(new FirstPaintFilter(window, report, 1));
}

} // namespace smsotp::perf
