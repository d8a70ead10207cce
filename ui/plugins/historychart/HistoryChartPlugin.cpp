// The plugin smsotp_historychart: makes the History page's chart (Qt Charts) for the page that loads it.

#include "HistoryChartPanel.h"

#include <QObject>

namespace smsotp::ui {

class HistoryChartPlugin : public QObject, public HistoryChartFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SMSOTP_HISTORY_CHART_FACTORY_IID)
    Q_INTERFACES(smsotp::ui::HistoryChartFactory)

public:
    HistoryChart* createChart(const HistoryChartHost& host, QWidget* parent) const override
    {
        return new HistoryChartPanel(host, parent);
    }
};

} // namespace smsotp::ui

#include "HistoryChartPlugin.moc"
