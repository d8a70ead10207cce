// Start-up and memory of smsotp-console against a bare QMainWindow built in the same tree (bare_window.cpp),
// measured in the same run, offscreen and under Xvfb, on a fresh data folder and on one with a configured provider
// and 100,000 history rows (made by smsotp-bench-datadir with the project's own repositories).
//
// Start-up: from just before the process is started (CLOCK_MONOTONIC, noted here) to the first paint of its main
// window (the program prints the same clock then: SMSOTP_REPORT_FIRST_PAINT, core/perf/FirstPaintReporter.h).
// So fork, exec, the dynamic loader and static initialisers are included. Memory: the peak RSS (VmHWM) the program
// reports SMSOTP_QUIT_AFTER_FIRST_PAINT ms after its first paint, when the work deferred past the paint has run.
// Every program runs on a throw-away HOME with no D-Bus session bus, so no keychain can prompt.
//
// First use: how long the event loop is held by the first switch to the Test Send and History pages, and by the
// first showing of the History chart, whose code (libphonenumber, Qt Charts) is loaded then, in a process of its
// own each (smsotp-bench-first-switch).
//
// Prints "name value unit" lines and "# compare / # target-*" lines for run.sh.
// usage: bench_startup [ROUNDS]   (launches of each program per configuration, 3 by default; the median is printed)

#include "perf/ProcessClock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <optional>

namespace {

constexpr int kQuitDelayMs = 500; // after the first paint: deferred start-up work (gateway, keychain marks) runs
constexpr int kHistoryRows = 100'000;

struct Launch
{
    double startupMs = 0;
    double peakMiB = 0;
};

[[noreturn]] void fail(const QString& message)
{
    std::fprintf(stderr, "bench_startup: %s\n", qPrintable(message));
    std::exit(1);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

QByteArray valueOf(const QByteArray& output, const QByteArray& name)
{
    for (const QByteArray& line : output.split('\n')) {
        if (line.startsWith(QByteArray(name + ' ')))
            return line.mid(name.size() + 1).trimmed();
    }
    return {};
}

class Bench
{
public:
    explicit Bench(const QString& root)
        : m_root(root)
    {
        const QString home = m_root + QStringLiteral("/home");
        const QString runtime = m_root + QStringLiteral("/runtime");
        QDir().mkpath(home);
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no session bus: no keychain prompt
        m_env.remove(QStringLiteral("SESSION_MANAGER"));
        m_env.insert(QStringLiteral("HOME"), home);
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        m_env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
        m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        m_env.insert(QStringLiteral("SMSOTP_REPORT_FIRST_PAINT"), QStringLiteral("1"));
        m_env.insert(QStringLiteral("SMSOTP_QUIT_AFTER_FIRST_PAINT"), QString::number(kQuitDelayMs));
    }

    ~Bench() { stopXvfb(); }

    QString makeLoadedDataDir()
    {
        const QString dir = m_root + QStringLiteral("/loaded");
        QProcess maker;
        maker.start(QStringLiteral(SMSOTP_BENCH_DATADIR_EXE), { dir, QString::number(kHistoryRows) });
        if (!maker.waitForFinished(300'000) || maker.exitStatus() != QProcess::NormalExit || maker.exitCode() != 0)
            fail(
                QStringLiteral("smsotp-bench-datadir failed: ") + QString::fromLocal8Bit(maker.readAllStandardError()));
        return dir;
    }

    QString freshDataDir() { return m_root + QStringLiteral("/fresh-%1").arg(++m_fresh); }

    // Starts Xvfb on a free display; false when it cannot (then the Xvfb figures are left out).
    bool startXvfb()
    {
        for (int display = 90 + int(QCoreApplication::applicationPid() % 50); display < 200; ++display) {
            const QString socket = QStringLiteral("/tmp/.X11-unix/X%1").arg(display);
            if (QFile::exists(socket) || QFile::exists(QStringLiteral("/tmp/.X%1-lock").arg(display)))
                continue;
            m_xvfb.start(QStringLiteral("Xvfb"),
                { QStringLiteral(":%1").arg(display), QStringLiteral("-screen"), QStringLiteral("0"),
                    QStringLiteral("1280x800x24"), QStringLiteral("-nolisten"), QStringLiteral("tcp") });
            if (!m_xvfb.waitForStarted(5000))
                return false;
            for (int i = 0; i < 100 && !QFile::exists(socket); ++i) {
                if (m_xvfb.waitForFinished(50))
                    break; // it died (display taken after all): try the next one
            }
            if (m_xvfb.state() == QProcess::Running && QFile::exists(socket)) {
                m_display = QStringLiteral(":%1").arg(display);
                return true;
            }
            stopXvfb();
        }
        return false;
    }

    void stopXvfb()
    {
        if (m_xvfb.state() != QProcess::NotRunning) {
            m_xvfb.terminate();
            if (!m_xvfb.waitForFinished(3000))
                m_xvfb.kill();
            m_xvfb.waitForFinished(3000);
        }
    }

    // One launch of program on platform ("offscreen" or "xcb"), with --data-dir when dataDir is not empty.
    Launch launch(const QString& program, const QString& platform, const QString& dataDir)
    {
        QProcess process;
        process.setProcessEnvironment(environmentFor(platform));
        process.setStandardOutputFile(QProcess::nullDevice());
        QStringList arguments;
        if (!dataDir.isEmpty())
            arguments << QStringLiteral("--data-dir") << dataDir;
        const qint64 startNs = smsotp::perf::monotonicNs();
        process.start(program, arguments);
        if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            fail(QStringLiteral("%1 (%2) did not run to its end: %3")
                     .arg(program, platform, QString::fromLocal8Bit(process.readAllStandardError())));
        const QByteArray err = process.readAllStandardError();
        bool paintOk = false;
        bool rssOk = false;
        const qint64 paintNs = valueOf(err, "first-paint-monotonic-ns").toLongLong(&paintOk);
        const qint64 peakKiB = valueOf(err, "quit-peak-rss-kib").toLongLong(&rssOk);
        if (!paintOk || !rssOk)
            fail(QStringLiteral("%1 (%2) reported no first paint: %3")
                     .arg(program, platform, QString::fromLocal8Bit(err)));
        return { double(paintNs - startNs) / 1e6, double(peakKiB) / 1024.0 };
    }

    // The first switch to page (built then, its plugin loaded then) in a fresh process: smsotp-bench-first-switch.
    // With chart, the first showing of the History page's chart tab instead (Qt Charts loaded then).
    double firstSwitch(const QString& platform, const QString& dataDir, int page, bool chart = false)
    {
        QProcess process;
        process.setProcessEnvironment(environmentFor(platform));
        QStringList arguments { dataDir, QString::number(page) };
        if (chart)
            arguments << QStringLiteral("chart");
        process.start(QStringLiteral(SMSOTP_BENCH_FIRST_SWITCH_EXE), arguments);
        if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            fail(QStringLiteral("smsotp-bench-first-switch (%1, page %2) failed: %3")
                     .arg(platform)
                     .arg(page)
                     .arg(QString::fromLocal8Bit(process.readAllStandardError())));
        bool ok = false;
        const double ms = valueOf(process.readAllStandardOutput(), chart ? "chart-ms" : "switch-ms").toDouble(&ok);
        if (!ok)
            fail(QStringLiteral("smsotp-bench-first-switch printed no time"));
        return ms;
    }

private:
    QProcessEnvironment environmentFor(const QString& platform) const
    {
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
        if (platform == u"xcb")
            env.insert(QStringLiteral("DISPLAY"), m_display);
        return env;
    }

    QString m_root;
    QProcessEnvironment m_env;
    QProcess m_xvfb;
    QString m_display;
    int m_fresh = 0;
};

void print(const QString& name, double value, const char* unit)
{
    std::printf("%s %.2f %s\n", qPrintable(name), value, unit);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? qMax(1, atoi(argv[1])) : 3;
    QTemporaryDir root;
    if (!root.isValid())
        fail(QStringLiteral("no temporary folder"));
    Bench bench(root.path());
    const QString loaded = bench.makeLoadedDataDir();
    const QString bare = QStringLiteral(SMSOTP_BENCH_BARE_EXE);
    const QString console = QStringLiteral(SMSOTP_BENCH_CONSOLE_EXE);

    QStringList platforms { QStringLiteral("offscreen") };
    if (bench.startXvfb())
        platforms << QStringLiteral("xcb");
    else
        std::fprintf(stderr, "bench_startup: Xvfb could not start; only the offscreen figures are measured\n");

    for (const QString& platform : platforms) {
        const QString tag = platform == u"xcb" ? QStringLiteral("xvfb") : platform;
        // One uncounted launch each, so the first measured one does not pay for a cold page cache.
        bench.launch(bare, platform, {});
        bench.launch(console, platform, bench.freshDataDir());
        bench.launch(console, platform, loaded);
        QList<double> bareMs, bareMiB, freshMs, freshMiB, loadedMs, loadedMiB;
        for (int i = 0; i < rounds; ++i) { // interleaved, so a burst of load elsewhere hits all three alike
            Launch l = bench.launch(bare, platform, {});
            bareMs << l.startupMs;
            bareMiB << l.peakMiB;
            l = bench.launch(console, platform, bench.freshDataDir());
            freshMs << l.startupMs;
            freshMiB << l.peakMiB;
            l = bench.launch(console, platform, loaded);
            loadedMs << l.startupMs;
            loadedMiB << l.peakMiB;
        }
        const QString b = QStringLiteral("startup-bare-window-") + tag;
        const QString f = QStringLiteral("startup-console-fresh-") + tag;
        const QString h = QStringLiteral("startup-console-100k-") + tag;
        print(b, median(bareMs), "ms");
        print(f, median(freshMs), "ms");
        print(h, median(loadedMs), "ms");
        const QString mb = QStringLiteral("peak-rss-bare-window-") + tag;
        const QString mf = QStringLiteral("peak-rss-console-fresh-") + tag;
        const QString mh = QStringLiteral("peak-rss-console-100k-") + tag;
        print(mb, median(bareMiB), "MiB");
        print(mf, median(freshMiB), "MiB");
        print(mh, median(loadedMiB), "MiB");
        for (const QString& figure : { f, h })
            std::printf(
                "# compare %s %s\n# target-ratio-max %s 1.5\n", qPrintable(figure), qPrintable(b), qPrintable(figure));
        for (const QString& figure : { mf, mh })
            std::printf(
                "# compare %s %s\n# target-delta-max %s 15\n", qPrintable(figure), qPrintable(mb), qPrintable(figure));

        // The pages whose code was moved out of the start (libphonenumber, Qt Charts): their first use (the first
        // switch to the page, the first showing of the History chart) must not hold the event loop over 100 ms.
        struct FirstUse
        {
            int page;
            const char* name;
            bool chart;
        };
        for (const FirstUse& use : { FirstUse { 3, "switch-testsend", false }, FirstUse { 4, "switch-history", false },
                 FirstUse { 4, "chart-history", true } }) {
            QList<double> freshSwitch, loadedSwitch;
            for (int i = 0; i < rounds; ++i) {
                freshSwitch << bench.firstSwitch(platform, bench.freshDataDir(), use.page, use.chart);
                loadedSwitch << bench.firstSwitch(platform, loaded, use.page, use.chart);
            }
            for (const auto& [data, values] :
                { std::pair { "fresh", freshSwitch }, std::pair { "100k", loadedSwitch } }) {
                const QString figure
                    = QStringLiteral("first-%1-%2-%3").arg(QLatin1String(use.name), QLatin1String(data), tag);
                print(figure, median(values), "ms");
                std::printf("# target-max %s 100\n", qPrintable(figure));
            }
        }
    }
    return 0;
}
