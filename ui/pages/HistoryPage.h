#pragma once
// The History page: every test send, resend and verification, filtered in SQL, exported as CSV, purged.

#include "HistoryChart.h"
#include "Page.h"
#include "storage/HistoryRepository.h"

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QGridLayout;
class QHBoxLayout;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QLabel;

namespace smsotp::ui {

struct ConsoleContext;
class FieldMessage;
class HistoryDetailPane;
class HistoryTableModel;

// The page is the chart's host: the chart (a plugin, see HistoryChart.h) asks it for the words it shows.
class HistoryPage : public Page, private HistoryChartHost
{
    Q_OBJECT
public:
    explicit HistoryPage(ConsoleContext& context, QWidget* parent = nullptr);
    ~HistoryPage() override;

    static QString pageTitle();
    QString title() const override { return pageTitle(); }

    // Re-runs the query with the filters as they stand (after a send, or when a filter changes).
    void reload();
    storage::HistoryFilter filter() const;
    HistoryTableModel* model() const { return m_model; }
    // Writes the filtered rows as CSV; false with the reason on the page.
    bool exportCsv(const QString& path);
    // Asked before a purge: true to go ahead. Tests replace it; the default asks with a message box.
    void setPurgeConfirmation(std::function<bool(int rows)> confirm) { m_confirmPurge = std::move(confirm); }
    // Deletes the filtered rows for good (secure_delete).
    void purge();
    // The latency chart, made (its plugin loaded) when its tab is first shown; null before, and when the plugin
    // could not be loaded (the tab then says why).
    HistoryChart* chart() const { return m_chart; }

protected:
    // The query runs when the page is shown, never at start-up (the history may hold a million rows).
    void showEvent(QShowEvent* event) override;

private:
    QGridLayout* buildFilters();
    QWidget* buildRowsTab();
    QHBoxLayout* buildButtons();
    void buildTable();
    void setUpColumns();
    void connectFilters();
    void showSelected();
    // The chart tab, empty until it is first shown; then the chart from its plugin, or a label that says why
    // there is none (ensureChart).
    QWidget* buildChartTab();
    void ensureChart();
    // The chart lists up to kChartRows rows: drawn when its tab is shown and the rows changed since.
    void updateChartIfShown();

    // HistoryChartHost
    QString outcomeText(storage::HistoryOutcome outcome) const override;
    QString timeText(const QDateTime& time) const override;
    QString latencyText(qint64 latencyMs) const override;
    ChartDelivery deliveryOf(const storage::HistoryEntry& entry) const override;

    ConsoleContext& m_context;
    storage::HistoryRepository m_repository;
    // The history as last queried: a page shown again re-queries (and redraws the chart) only when it moved.
    std::optional<storage::HistoryRepository::ChangeStamp> m_shownStamp;
    bool m_chartStale = true;
    QComboBox* m_provider;
    QComboBox* m_outcome;
    QComboBox* m_delivery;
    QCheckBox* m_useDates;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLineEdit* m_suffix;
    QTabWidget* m_tabs;
    QStackedWidget* m_rows;
    QTableView* m_table;
    QLabel* m_empty;
    HistoryDetailPane* m_detail;
    HistoryTableModel* m_model;
    HistoryChart* m_chart = nullptr;
    QWidget* m_chartTab = nullptr;
    QLabel* m_count;
    FieldMessage* m_message;
    QPushButton* m_export;
    QPushButton* m_purge;
    std::function<bool(int)> m_confirmPurge;
};

} // namespace smsotp::ui
