// afterFirstPaint: the start-up work deferred past the first paint runs once, after it, or after the fallback
// delay when no paint comes, and never for a window that is gone.

#include "perf/FirstPaintReporter.h"

#include <QEvent>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace std::chrono_literals;

class TestFirstPaintReporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsOnceAfterThePaintIsHandled()
    {
        QObject window;
        int runs = 0;
        smsotp::perf::afterFirstPaint(
            &window, [&runs] { ++runs; }, 60s);
        QEvent other(QEvent::Show);
        QCoreApplication::sendEvent(&window, &other);
        QTest::qWait(20);
        QCOMPARE(runs, 0);

        QEvent paint(QEvent::UpdateRequest);
        QCoreApplication::sendEvent(&window, &paint);
        QCOMPARE(runs, 0); // queued: the paint itself completes first
        QTRY_COMPARE(runs, 1);
        QCoreApplication::sendEvent(&window, &paint);
        QTest::qWait(20);
        QCOMPARE(runs, 1);
    }

    // The reporter (or anything else) that queues its own work while the paint is handled comes first, whichever
    // filter was installed first: the first paint it reports never includes the deferred start-up work.
    void runsAfterWhatThePaintItselfQueued()
    {
        QObject window;
        QStringList order;
        struct QueueOnPaint : QObject
        {
            QStringList* order = nullptr;
            bool eventFilter(QObject*, QEvent* event) override
            {
                if (event->type() == QEvent::UpdateRequest)
                    QTimer::singleShot(0, this, [this] { order->append(QStringLiteral("report")); });
                return false;
            }
        } reporter;
        reporter.order = &order;
        window.installEventFilter(&reporter);
        smsotp::perf::afterFirstPaint(
            &window, [&order] { order.append(QStringLiteral("deferred")); }, 60s);

        QEvent paint(QEvent::UpdateRequest);
        QCoreApplication::sendEvent(&window, &paint);
        QTRY_COMPARE(order.size(), 2);
        QCOMPARE(order, QStringList({ QStringLiteral("report"), QStringLiteral("deferred") }));
    }

    void runsAfterTheFallbackWhenNoPaintComes()
    {
        QObject window;
        int runs = 0;
        smsotp::perf::afterFirstPaint(
            &window, [&runs] { ++runs; }, 30ms);
        QTRY_COMPARE(runs, 1);
        QEvent paint(QEvent::UpdateRequest);
        QCoreApplication::sendEvent(&window, &paint);
        QTest::qWait(20);
        QCOMPARE(runs, 1);
    }

    void neverRunsForAWindowThatIsGone()
    {
        int runs = 0;
        auto window = std::make_unique<QObject>();
        smsotp::perf::afterFirstPaint(
            window.get(), [&runs] { ++runs; }, 10ms);
        QEvent paint(QEvent::UpdateRequest);
        QCoreApplication::sendEvent(window.get(), &paint);
        window.reset();
        QTest::qWait(50);
        QCOMPARE(runs, 0);
    }
};

QTEST_GUILESS_MAIN(TestFirstPaintReporter)
#include "TestFirstPaintReporter.moc"
