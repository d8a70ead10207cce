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
class FirstPaintFilter : public QObject
{
public:
    FirstPaintFilter(QObject* window, std::function<void()> then)
        : QObject(window)
        , m_then(std::move(then))
    { }

    void runOnce()
    {
        if (!m_then)
            return;
        QTimer::singleShot(0, this, [then = std::exchange(m_then, nullptr)] { then(); });
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (m_then && (event->type() == QEvent::Paint || event->type() == QEvent::UpdateRequest))
            runOnce();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_then;
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
    auto* filter = new FirstPaintFilter(window, std::move(then));
    window->installEventFilter(filter);
    QTimer::singleShot(atLatest, filter, &FirstPaintFilter::runOnce);
}

void reportFirstPaintIfAsked(QObject* window)
{
    if (!window || !qEnvironmentVariableIsSet("SMSOTP_REPORT_FIRST_PAINT"))
        return;
    // Reported once the first paint has been handled; only a real paint is reported (no fallback).
    window->installEventFilter(new FirstPaintFilter(window, report));
}

} // namespace smsotp::perf
