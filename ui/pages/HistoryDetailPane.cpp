#include "HistoryDetailPane.h"

#include "HistoryModel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace smsotp::ui {

namespace {

// A value that does not apply to this row (no request, no answer): a dash, never 0 or -1.
QString orDash(const QString& value)
{
    return value.isEmpty() ? QStringLiteral("—") : value;
}

} // namespace

HistoryDetailPane::HistoryDetailPane(QWidget* parent)
    : QGroupBox(tr("Selected row"), parent)
    , m_icon(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_explanation(new QLabel(this))
{
    setObjectName(QStringLiteral("historyDetailPane"));
    m_summary->setObjectName(QStringLiteral("historyDetailSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_explanation->setObjectName(QStringLiteral("historyDetailExplanation"));
    m_explanation->setAccessibleName(tr("Explanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Room for a usual explanation (two lines), so the table does not jump from row to row.
    m_explanation->setMinimumHeight(2 * fontMetrics().lineSpacing());

    auto* heading = new QHBoxLayout;
    heading->addWidget(m_icon, 0, Qt::AlignTop);
    heading->addWidget(m_summary, 1);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(2 * fontMetrics().averageCharWidth());
    m_http = addValue(grid, 0, 0, tr("HTTP status"), QStringLiteral("historyDetailHttp"));
    m_providerCode = addValue(grid, 0, 2, tr("Provider code"), QStringLiteral("historyDetailProviderCode"));
    m_latency = addValue(grid, 1, 0, tr("Latency"), QStringLiteral("historyDetailLatency"));
    m_messageId = addValue(grid, 1, 2, tr("Message id"), QStringLiteral("historyDetailMessageId"));
    m_utcTime = addValue(grid, 2, 0, tr("Time (UTC)"), QStringLiteral("historyDetailUtcTime"));
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(heading);
    layout->addWidget(m_explanation);
    layout->addLayout(grid);
    showEntry(std::nullopt);
}

QLabel* HistoryDetailPane::addValue(QGridLayout* grid, int row, int column, const QString& label, const QString& name)
{
    auto* value = new QLabel(this);
    value->setObjectName(name);
    value->setAccessibleName(label);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long message id must not widen the page (and the window); it is cut, whole in the tooltip and when copied.
    value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* caption = new QLabel(label, this);
    caption->setBuddy(value);
    grid->addWidget(caption, row, column);
    grid->addWidget(value, row, column + 1);
    return value;
}

void HistoryDetailPane::showEntry(const std::optional<storage::HistoryEntry>& entry)
{
    setEnabled(entry.has_value());
    if (!entry) {
        m_icon->clear();
        m_summary->setText(tr("Select a row to see its whole explanation and the technical detail."));
        for (QLabel* label : { m_explanation, m_http, m_providerCode, m_latency, m_messageId, m_utcTime }) {
            label->clear();
            label->setToolTip({});
        }
        return;
    }
    const storage::HistoryEntry& e = *entry;
    static constexpr QStyle::StandardPixmap kIcons[]
        = { QStyle::SP_DialogApplyButton, QStyle::SP_MessageBoxWarning, QStyle::SP_MessageBoxCritical };
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()
                          ->standardIcon(kIcons[int(HistoryTableModel::outcomeStatus(e.outcome))], nullptr, this)
                          .pixmap(size, size));
    //: %1 outcome ("Refused"), %2 event ("Send"), %3 provider, %4 last digits of the number, %5 local time
    m_summary->setText(
        tr("%1 · %2 · %3 · %4 · %5")
            .arg(HistoryTableModel::outcomeText(e.outcome), HistoryTableModel::eventText(e.event),
                HistoryTableModel::providerText(e.provider), orDash(HistoryTableModel::numberText(e.maskedNumber)),
                HistoryTableModel::localTimeText(e.time)));
    QString explanation = e.explanation.isEmpty() ? tr("No explanation was recorded.") : e.explanation;
    if (!e.delivery.isEmpty()) {
        explanation += QStringLiteral("\n")
            + tr("Delivery: %1").arg(HistoryTableModel::deliveryText(e.delivery, e.deliveryCode))
            + (e.deliveryExplanation.isEmpty() ? QString() : QStringLiteral(". ") + e.deliveryExplanation);
    }
    if (!e.locale.isEmpty())
        explanation += QStringLiteral("\n") + tr("SMS text: %1").arg(e.locale);
    m_explanation->setText(explanation);
    m_http->setText(orDash(e.httpStatus > 0 ? QString::number(e.httpStatus) : QString()));
    m_providerCode->setText(orDash(e.providerCode));
    m_latency->setText(orDash(HistoryTableModel::latencyText(e.latencyMs)));
    m_messageId->setText(orDash(e.messageId));
    m_utcTime->setText(HistoryTableModel::utcTimeText(e.time));
    for (QLabel* label : { m_http, m_providerCode, m_latency, m_messageId, m_utcTime })
        label->setToolTip(label->text());
}

} // namespace smsotp::ui
