#pragma once
// Under the history table: the selected row's whole explanation and its technical detail.

#include "storage/HistoryRepository.h"

#include <QGroupBox>
#include <optional>

class QGridLayout;
class QLabel;

namespace smsotp::ui {

class HistoryDetailPane : public QGroupBox
{
    Q_OBJECT
public:
    explicit HistoryDetailPane(QWidget* parent = nullptr);

    // Shows a row; nullopt when nothing is selected.
    void showEntry(const std::optional<storage::HistoryEntry>& entry);

private:
    QLabel* addValue(QGridLayout* grid, int row, int column, const QString& label, const QString& name);

    QLabel* m_icon;
    QLabel* m_summary;
    QLabel* m_explanation;
    QLabel* m_http;
    QLabel* m_providerCode;
    QLabel* m_latency;
    QLabel* m_messageId;
    QLabel* m_utcTime;
};

} // namespace smsotp::ui
