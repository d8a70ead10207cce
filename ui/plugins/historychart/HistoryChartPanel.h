#pragma once
// The History page's chart: the latency of sends over local time, one series (colour and marker) per outcome.
// Lives in the plugin smsotp_historychart (see pages/HistoryChart.h).

#include "pages/HistoryChart.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QScatterSeries;
class QStackedWidget;

namespace smsotp::ui {

class HistoryChartPanel : public QWidget, public HistoryChart
{
    Q_OBJECT
public:
    HistoryChartPanel(const HistoryChartHost& host, QWidget* parent);

    QWidget* widget() override { return this; }
    void setEntries(const QList<storage::HistoryEntry>& entries) override;
    void setNoRowsText(const QString& text) override { m_noRowsText = text; }
    bool isEmptyState() const override;

    // True when the chart is drawn in its dark theme (the window's palette is dark).
    static bool isDark(const QPalette& palette);

protected:
    void changeEvent(QEvent* event) override;

private:
    QChart* buildChart();
    // A series drawn as the first entry it holds: by its outcome, and for a send by its delivery.
    QScatterSeries* newSeries(QChart* chart, const storage::HistoryEntry& first, bool dark);

    const HistoryChartHost& m_host;
    QList<storage::HistoryEntry> m_entries;
    QString m_noRowsText;
    QStackedWidget* m_stack;
    QChartView* m_view;
    QLabel* m_empty;
};

} // namespace smsotp::ui
