#pragma once
// Round steps for the History chart's axes: pure arithmetic, tested on its own (TestHistoryPage).

#include <QDateTime>
#include <QList>
#include <QString>

namespace smsotp::ui::chartticks {

struct Ticks
{
    qint64 top = 0; // the axis ends here
    int count = 0; // ticks from 0 to top, both included
};
Ticks latencyTicks(qint64 maxLatencyMs);

// Tick times aligned to the local clock (whole minutes, hours or days) inside [first, last], with labels.
struct TimeTick
{
    QDateTime time;
    QString label;
};
QList<TimeTick> timeTicks(const QDateTime& first, const QDateTime& last);

} // namespace smsotp::ui::chartticks
