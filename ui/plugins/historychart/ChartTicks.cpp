#include "ChartTicks.h"

#include <QLocale>
#include <algorithm>
#include <cmath>
#include <iterator>

namespace smsotp::ui::chartticks {

namespace {

// 1, 2 or 5 times a power of ten, at least value.
qint64 roundUpStep(double value)
{
    const double power = std::pow(10.0, std::floor(std::log10(std::max(value, 1.0))));
    for (const double factor : { 1.0, 2.0, 5.0, 10.0 }) {
        if (factor * power >= value)
            return std::max<qint64>(1, qint64(factor * power));
    }
    return qint64(10 * power);
}

} // namespace

Ticks latencyTicks(qint64 maxLatencyMs)
{
    // About five steps, a little headroom above the slowest send, and ticks at 1, 2 or 5 times a power of ten.
    const double wanted = std::max(1.0, double(maxLatencyMs) * 1.05);
    const qint64 step = roundUpStep(wanted / 5);
    const qint64 top = qint64(std::ceil(wanted / double(step))) * step;
    return { top, int(top / step) + 1 };
}

QList<TimeTick> timeTicks(const QDateTime& first, const QDateTime& last)
{
    // The smallest round step that gives at most six ticks.
    static constexpr qint64 kSteps[] = { 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400,
        2 * 86400, 7 * 86400, 14 * 86400, 28 * 86400, 91 * 86400, 364 * 86400 };
    const QDateTime from = first.toLocalTime(), to = last.toLocalTime();
    const qint64 span = std::max<qint64>(1, from.secsTo(to));
    qint64 step = kSteps[std::size(kSteps) - 1];
    for (const qint64 candidate : kSteps) {
        if (span / candidate <= 5) {
            step = candidate;
            break;
        }
    }
    const QLocale locale;
    const QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    QList<TimeTick> ticks;
    QDate previousDay;
    // Ticks count from local midnight, so they fall on whole minutes, hours and days of the local clock.
    const QDateTime midnight = from.date().startOfDay();
    for (qint64 k = (midnight.secsTo(from) + step - 1) / step;; ++k) {
        const QDateTime t = step % 86400 == 0 ? midnight.addDays(k * (step / 86400)) : midnight.addSecs(k * step);
        if (t > to)
            break;
        QString label;
        if (step >= 86400)
            label = locale.toString(t.date(), QStringLiteral("d MMM"));
        else if (step >= 21600 || t.date() != previousDay)
            label = locale.toString(t, QStringLiteral("d MMM ")) + locale.toString(t.time(), timeFormat);
        else
            label = locale.toString(t.time(), timeFormat);
        previousDay = t.date();
        // A category axis keys its labels by text; equal ones would merge.
        while (std::any_of(ticks.cbegin(), ticks.cend(), [&](const TimeTick& tick) { return tick.label == label; }))
            label += QChar(0x200B);
        ticks.append({ t, label });
    }
    return ticks;
}

} // namespace smsotp::ui::chartticks
