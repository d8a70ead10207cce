#include "ProcessClock.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QFile>
#include <ctime>
#include <unistd.h>

namespace smsotp::perf {

namespace {

QByteArray readProcFile(const char* path)
{
    QFile file(QString::fromLatin1(path));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll(); // /proc files report size 0: readAll reads until the end
}

qint64 clockNs(clockid_t id)
{
    timespec ts {};
    if (clock_gettime(id, &ts) != 0)
        return -1;
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

qint64 statusField(const QByteArray& name)
{
    const QByteArray status = readProcFile("/proc/self/status");
    for (const QByteArray& line : status.split('\n')) {
        if (line.startsWith(name) && line.size() > name.size() && line.at(name.size()) == ':') {
            bool ok = false;
            const qint64 kib = line.mid(name.size() + 1).trimmed().split(' ').value(0).toLongLong(&ok);
            return ok ? kib : -1;
        }
    }
    return -1;
}

} // namespace

qint64 msSinceProcessStart()
{
    const QByteArray stat = readProcFile("/proc/self/stat");
    // Field 2 (the command name) is in parentheses and may hold spaces: count fields after the last ')'.
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QByteArrayList fields = stat.mid(close + 2).split(' '); // fields[0] is field 3 (state)
    constexpr int kStartTimeField = 22;
    if (fields.size() <= kStartTimeField - 3)
        return -1;
    bool ok = false;
    const qint64 startTicks = fields.at(kStartTimeField - 3).toLongLong(&ok);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    const qint64 bootNs = clockNs(CLOCK_BOOTTIME);
    if (!ok || ticksPerSecond <= 0 || bootNs < 0)
        return -1;
    const qint64 startNs = startTicks * (1'000'000'000 / ticksPerSecond);
    return (bootNs - startNs) / 1'000'000;
}

qint64 monotonicNs()
{
    return clockNs(CLOCK_MONOTONIC);
}

qint64 peakRssKiB()
{
    return statusField(QByteArrayLiteral("VmHWM"));
}

qint64 currentRssKiB()
{
    return statusField(QByteArrayLiteral("VmRSS"));
}

} // namespace smsotp::perf
