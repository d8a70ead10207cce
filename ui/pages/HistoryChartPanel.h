#pragma once
// The History page's chart: the latency of sends over local time, one series (colour and marker) per outcome.

#include "storage/HistoryRepository.h"

#include <QDateTime>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QScatterSeries;
class QStackedWidget;

namespace smsotp::ui {

class HistoryChartPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryChartPanel(QWidget* parent = nullptr);

    // Draws the sends and resends among entries that made a request; verifications have no latency.
    void setEntries(const QList<storage::HistoryEntry>& entries);
    // What the empty state says when no row matches at all ("nothing recorded yet", "nothing matches").
    void setNoRowsText(const QString& text) { m_noRowsText = text; }

    QChartView* view() const { return m_view; }
    // True while the empty state shows instead of the chart.
    bool isEmptyState() const;
    // True when the chart is drawn in its dark theme (the window's palette is dark).
    static bool isDark(const QPalette& palette);

    // Round steps for the axes (public for the tests).
    struct Ticks
    {
        qint64 top = 0; // the axis ends here
        int count = 0; // ticks from 0 to top, both included
    };
    static Ticks latencyTicks(qint64 maxLatencyMs);
    // Tick times aligned to the local clock (whole minutes, hours or days) inside [first, last], with labels.
    struct TimeTick
    {
        QDateTime time;
        QString label;
    };
    static QList<TimeTick> timeTicks(const QDateTime& first, const QDateTime& last);

protected:
    void changeEvent(QEvent* event) override;

private:
    QChart* buildChart();
    // A series drawn as the first entry it holds: by its outcome, and for a send by its delivery.
    QScatterSeries* newSeries(QChart* chart, const storage::HistoryEntry& first, bool dark);

    QList<storage::HistoryEntry> m_entries;
    QString m_noRowsText;
    QStackedWidget* m_stack;
    QChartView* m_view;
    QLabel* m_empty;
};

} // namespace smsotp::ui
