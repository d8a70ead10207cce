// ProcessClock: the figures the start-up benchmark reports. Checked against independent clocks and bounds, never
// against an exact duration: the process age is at least the time this test has measured itself and at most the
// machine's uptime, the monotonic clock is the one std::chrono::steady_clock reads, and peak memory never falls.

#include "perf/ProcessClock.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <sys/mman.h>

using namespace smsotp::perf;

namespace {

// Taken while static objects are built, so after the process started: a lower bound for its age.
const qint64 kMonotonicAtStaticInit = monotonicNs();

qint64 bootTimeMs()
{
    timespec ts {};
    clock_gettime(CLOCK_BOOTTIME, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1'000'000;
}

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Loader and static initialisers, however slow the machine: far less than this.
constexpr qint64 kStartUpSlackMs = 60'000;

constexpr char kChildMarker[] = "process-clock-child:";

} // namespace

class TestProcessClock : public QObject
{
    Q_OBJECT

    // The process age must lie between what this process has measured since its static initialisers ran and
    // that plus the start-up slack.
    static void checkAge(qint64 age, qint64 sinceStaticInitMs)
    {
        QVERIFY2(age >= sinceStaticInitMs,
            qPrintable(QStringLiteral("age %1 ms < %2 ms measured").arg(age).arg(sinceStaticInitMs)));
        QVERIFY2(age <= sinceStaticInitMs + kStartUpSlackMs,
            qPrintable(QStringLiteral("age %1 ms, only %2 ms measured").arg(age).arg(sinceStaticInitMs)));
    }

private Q_SLOTS:
    void monotonicIsTheSteadyClock()
    {
        const qint64 before = monotonicNs();
        const qint64 steady = steadyNs();
        const qint64 after = monotonicNs();
        QVERIFY(before > 0);
        // The same clock in the same unit: a launcher's CLOCK_MONOTONIC stamp can be subtracted from it.
        QVERIFY2(before <= steady && steady <= after,
            qPrintable(QStringLiteral("%1 %2 %3").arg(before).arg(steady).arg(after)));
        qint64 last = after;
        for (int i = 0; i < 1000; ++i) {
            const qint64 now = monotonicNs();
            QVERIFY(now >= last);
            last = now;
        }
    }

    void processAgeIsPlausible()
    {
        // Let a measurable time pass, so that a figure in the wrong unit (seconds, or a wrong field) shows.
        const qint64 waitUntil = monotonicNs() + 120'000'000;
        while (monotonicNs() < waitUntil)
            QTest::qWait(10);
        const qint64 measuredMs = (monotonicNs() - kMonotonicAtStaticInit) / 1'000'000;
        const qint64 age = msSinceProcessStart();
        QVERIFY(measuredMs >= 120);
        checkAge(age, measuredMs);
        QVERIFY(age <= bootTimeMs()); // no process is older than the machine's uptime
        QVERIFY(msSinceProcessStart() >= age); // and it only grows
    }

    void peakMemoryNeverFalls()
    {
        const qint64 currentBefore = currentRssKiB();
        const qint64 peakBefore = peakRssKiB();
        constexpr qint64 kMiB = 1024;
        // The kernel batches its per-thread page counts: the figures may lag each other by a few hundred KiB.
        constexpr qint64 kCounterSlack = 4 * kMiB;
        QVERIFY(currentBefore > 0);
        QVERIFY(peakBefore >= currentBefore - kCounterSlack);
        // Mapped and unmapped by hand, so that no allocator (nor a sanitizer's quarantine) keeps it resident.
        constexpr size_t kBlockBytes = 64 * 1024 * 1024;
        void* block = mmap(nullptr, kBlockBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        QVERIFY(block != MAP_FAILED);
        std::memset(block, 'x', kBlockBytes); // written, so resident
        const qint64 currentWithBlock = currentRssKiB();
        QVERIFY(munmap(block, kBlockBytes) == 0);
        QVERIFY2(currentWithBlock >= currentBefore + 48 * kMiB,
            qPrintable(QStringLiteral("%1 KiB -> %2 KiB").arg(currentBefore).arg(currentWithBlock)));
        const qint64 peakAfter = peakRssKiB();
        QVERIFY2(peakAfter >= currentWithBlock - kCounterSlack,
            qPrintable(QStringLiteral("%1 < %2").arg(peakAfter).arg(currentWithBlock)));
        // The block is given back: the current figure falls below the peak, the peak stays.
        QVERIFY2(currentRssKiB() < peakAfter - 32 * kMiB,
            qPrintable(QStringLiteral("current %1 KiB, peak %2 KiB").arg(currentRssKiB()).arg(peakAfter)));
        QVERIFY(peakRssKiB() >= peakAfter - kCounterSlack);
    }

    void aCommandNameWithSpacesAndParenthesesIsRead()
    {
        // /proc/self/stat gives the command name in parentheses, and the name may hold ") " itself: run this test
        // binary under such a name and let it report its own figures.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString odd = dir.filePath(QStringLiteral("a) 1 2 3 (b"));
        QVERIFY(QFile::link(QCoreApplication::applicationFilePath(), odd));
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SMSOTP_PROCESS_CLOCK_CHILD"), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        const qint64 startedNs = monotonicNs();
        child.start(odd, { QStringLiteral("reportForParent") });
        QVERIFY(child.waitForFinished(60000));
        const qint64 parentMeasuredMs = (monotonicNs() - startedNs) / 1'000'000;
        QCOMPARE(child.exitCode(), 0);
        const QByteArray out = child.readAllStandardOutput();
        const qsizetype at = out.indexOf(kChildMarker);
        QVERIFY2(at >= 0, out.constData());
        const QList<QByteArray> figures
            = out.mid(at + qsizetype(sizeof kChildMarker) - 1).split('\n').first().split(' ');
        QCOMPARE(figures.size(), 3);
        const qint64 age = figures.at(0).toLongLong();
        const qint64 childMeasuredMs = figures.at(1).toLongLong();
        checkAge(age, childMeasuredMs);
        QVERIFY(age <= parentMeasuredMs + 20); // the child cannot be older than its launch here (10 ms ticks)
        QVERIFY(figures.at(2).toLongLong() > 0);
    }

    // Run only as the child of the test above (under the odd name); prints its figures.
    void reportForParent()
    {
        if (qEnvironmentVariableIsEmpty("SMSOTP_PROCESS_CLOCK_CHILD"))
            QSKIP("runs as a child of aCommandNameWithSpacesAndParenthesesIsRead");
        QFile commFile(QStringLiteral("/proc/self/comm"));
        QVERIFY(commFile.open(QIODevice::ReadOnly));
        const QByteArray comm = commFile.readAll().trimmed();
        QCOMPARE(comm, QByteArray("a) 1 2 3 (b")); // the kernel took the name as given
        const qint64 measuredMs = (monotonicNs() - kMonotonicAtStaticInit) / 1'000'000;
        const qint64 age = msSinceProcessStart();
        std::printf("%s%lld %lld %lld\n", kChildMarker, static_cast<long long>(age), static_cast<long long>(measuredMs),
            static_cast<long long>(peakRssKiB()));
        std::fflush(stdout);
    }
};

QTEST_GUILESS_MAIN(TestProcessClock)
#include "TestProcessClock.moc"
