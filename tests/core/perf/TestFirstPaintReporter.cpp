// afterFirstPaint: the start-up work deferred past the first paint runs once, after it, or after the fallback
// delay when no paint comes, and never for a window that is gone.

#include "perf/FirstPaintReporter.h"

#include <QEvent>
#include <QTest>
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
