#pragma once
// The History page's latency chart, drawn with Qt Charts in the plugin smsotp_historychart (ui/plugins/historychart):
// the page loads it when it is built, so Qt Charts and OpenGL are never loaded in a session that does not open the
// History page. The interfaces are all the page and the plugin share: no symbol of the program is needed by it.

#include "storage/HistoryRepository.h"

#include <QDateTime>
#include <QString>
#include <QtPlugin>

class QWidget;

namespace smsotp::ui {

// A sent message whose delivery is known is drawn apart: delivered, or not delivered (undelivered or failed).
enum class ChartDelivery
{
    NotKnown,
    Delivered,
    NotDelivered,
};

// What the chart asks the History page: the words for a row, as the table says them, and its delivery.
class HistoryChartHost
{
public:
    virtual ~HistoryChartHost() = default;
    virtual QString outcomeText(storage::HistoryOutcome outcome) const = 0;
    virtual QString timeText(const QDateTime& time) const = 0;
    virtual QString latencyText(qint64 latencyMs) const = 0;
    virtual ChartDelivery deliveryOf(const storage::HistoryEntry& entry) const = 0;
};

class HistoryChart
{
public:
    virtual ~HistoryChart() = default;
    // The chart's widget: a child of the parent it was made for, which owns it (and so this).
    virtual QWidget* widget() = 0;
    // Draws the sends and resends among entries that made a request; verifications have no latency.
    virtual void setEntries(const QList<storage::HistoryEntry>& entries) = 0;
    // What the empty state says when no row matches at all ("nothing recorded yet", "nothing matches").
    virtual void setNoRowsText(const QString& text) = 0;
    // True while the empty state shows instead of the chart.
    virtual bool isEmptyState() const = 0;
};

// The plugin's root object.
class HistoryChartFactory
{
public:
    virtual ~HistoryChartFactory() = default;
    // host outlives the chart.
    virtual HistoryChart* createChart(const HistoryChartHost& host, QWidget* parent) const = 0;
};

} // namespace smsotp::ui

// The version goes up whenever an interface here or HistoryEntry changes: an older plugin is then refused.
#define SMSOTP_HISTORY_CHART_FACTORY_IID "org.example.smsotp.HistoryChartFactory/1"
Q_DECLARE_INTERFACE(smsotp::ui::HistoryChartFactory, SMSOTP_HISTORY_CHART_FACTORY_IID)
