#include "FirstPaintReporter.h"

#include "ProcessClock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <cstdio>

namespace smsotp::perf {

namespace {

class FirstPaintFilter : public QObject
{
public:
    explicit FirstPaintFilter(QObject* window)
        : QObject(window)
    {
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (!m_done && (event->type() == QEvent::Paint || event->type() == QEvent::UpdateRequest)) {
            m_done = true;
            report();
        }
        return QObject::eventFilter(watched, event);
    }

private:
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

    bool m_done = false;
};

} // namespace

void reportFirstPaintIfAsked(QObject* window)
{
    if (!window || !qEnvironmentVariableIsSet("SMSOTP_REPORT_FIRST_PAINT"))
        return;
    window->installEventFilter(new FirstPaintFilter(window));
}

} // namespace smsotp::perf
