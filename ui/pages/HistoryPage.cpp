#include "HistoryPage.h"

#include "ConsoleContext.h"
#include "HistoryDetailPane.h"
#include "HistoryModel.h"
#include "plugins/PluginLoader.h"
#include "providers/DeliveryStatus.h"
#include "providers/ProviderKind.h"
#include "widgets/FieldMessage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace smsotp::ui {

using storage::HistoryOutcome;
using Column = HistoryTableModel::Column;

namespace {
// The chart shows the most recent sends; the table shows everything.
constexpr int kChartRows = 2000;

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}
} // namespace

HistoryPage::HistoryPage(ConsoleContext& context, QWidget* parent)
    : Page(parent)
    , m_context(context)
    , m_repository(context.database)
    , m_provider(new QComboBox(this))
    , m_outcome(new QComboBox(this))
    , m_delivery(new QComboBox(this))
    , m_useDates(new QCheckBox(tr("Sent &between"), this))
    , m_from(new QDateEdit(QDate::currentDate().addDays(-7), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_suffix(new QLineEdit(this))
    , m_tabs(new QTabWidget(this))
    , m_rows(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_detail(new HistoryDetailPane(this))
    , m_model(new HistoryTableModel(this))
    , m_count(new QLabel(this))
    , m_message(new FieldMessage(this))
    , m_export(new QPushButton(tr("&Export CSV…"), this))
    , m_purge(new QPushButton(tr("&Purge…"), this))
{
    setObjectName(QStringLiteral("historyPage"));
    QGridLayout* filters = buildFilters();

    m_tabs->setObjectName(QStringLiteral("historyTabs"));
    m_tabs->setAccessibleName(tr("Rows or chart"));
    m_tabs->addTab(buildRowsTab(), tr("&Table"));
    m_tabs->addTab(buildChartTab(), tr("Latency &chart"));
    m_tabs->setTabToolTip(1, tr("The latency of the %L1 most recent sends that match the filters").arg(kChartRows));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addLayout(buildButtons());

    connectFilters();
    connect(m_tabs, &QTabWidget::currentChanged, this, &HistoryPage::updateChartIfShown);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryPage::showSelected);
    m_confirmPurge = [this](int rows) {
        return QMessageBox::question(this, tr("Purge history"),
                   tr("Delete the %n shown row(s) for good? They are overwritten in the database file and cannot "
                      "be brought back.",
                       nullptr, rows),
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
}

HistoryPage::~HistoryPage() = default;

QWidget* HistoryPage::buildChartTab()
{
    m_chartTab = new QWidget(this);
    auto* layout = new QVBoxLayout(m_chartTab);
    layout->setContentsMargins(0, 0, 0, 0);
    return m_chartTab;
}

void HistoryPage::ensureChart()
{
    if (m_chart || m_chartTab->layout()->count() > 0)
        return;
    const plugins::LoadResult plugin
        = plugins::load(QStringLiteral("smsotp_historychart"), SMSOTP_HISTORY_CHART_FACTORY_IID);
    if (const auto* factory = qobject_cast<HistoryChartFactory*>(plugin.instance)) {
        m_chart = factory->createChart(*this, m_chartTab);
        m_chart->setNoRowsText(m_empty->text());
        m_chartTab->layout()->addWidget(m_chart->widget());
        m_chart->widget()->show(); // the tab is shown already: now, not after the next round of events
        return;
    }
    qWarning("History chart: %s", qPrintable(plugin.error)); // for the log and installer/test-package.sh
    auto* missing = new QLabel(tr("The chart cannot be shown: %1").arg(plugin.error), m_chartTab);
    missing->setObjectName(QStringLiteral("historyChartMissing"));
    missing->setWordWrap(true);
    missing->setAlignment(Qt::AlignCenter);
    missing->setTextFormat(Qt::PlainText);
    missing->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chartTab->layout()->addWidget(missing);
    missing->show();
}

QString HistoryPage::outcomeText(storage::HistoryOutcome outcome) const
{
    return HistoryTableModel::outcomeText(outcome);
}

QString HistoryPage::timeText(const QDateTime& time) const
{
    return HistoryTableModel::localTimeText(time);
}

QString HistoryPage::latencyText(qint64 latencyMs) const
{
    return HistoryTableModel::latencyText(latencyMs);
}

ChartDelivery HistoryPage::deliveryOf(const storage::HistoryEntry& entry) const
{
    const std::optional<providers::DeliveryState> state = providers::deliveryStateFromName(entry.delivery);
    if (entry.outcome != HistoryOutcome::Sent || !state || !providers::isFinal(*state))
        return ChartDelivery::NotKnown;
    return *state == providers::DeliveryState::Delivered ? ChartDelivery::Delivered : ChartDelivery::NotDelivered;
}

QString HistoryPage::pageTitle()
{
    return tr("History");
}

QGridLayout* HistoryPage::buildFilters()
{
    m_provider->setObjectName(QStringLiteral("historyProviderCombo"));
    m_provider->setAccessibleName(tr("Provider filter"));
    m_provider->addItem(tr("All providers"), QString());
    for (auto kind : { providers::ProviderKind::Sandbox, providers::ProviderKind::Twilio,
             providers::ProviderKind::Vonage, providers::ProviderKind::Custom })
        m_provider->addItem(providers::providerDisplayName(kind), QString(providers::providerKindName(kind)));
    m_outcome->setObjectName(QStringLiteral("historyOutcomeCombo"));
    m_outcome->setAccessibleName(tr("Outcome filter"));
    m_outcome->addItem(tr("All outcomes"), QString());
    for (HistoryOutcome outcome : storage::allHistoryOutcomes())
        m_outcome->addItem(HistoryTableModel::outcomeText(outcome), storage::historyOutcomeName(outcome));
    m_delivery->setObjectName(QStringLiteral("historyDeliveryCombo"));
    m_delivery->setAccessibleName(tr("Delivery filter"));
    const auto names = [](std::initializer_list<providers::DeliveryState> states) {
        QStringList out;
        for (const providers::DeliveryState state : states)
            out.append(providers::deliveryStateName(state));
        return out;
    };
    using providers::DeliveryState;
    m_delivery->addItem(tr("All deliveries"), QStringList());
    m_delivery->addItem(tr("Delivered"), names({ DeliveryState::Delivered }));
    m_delivery->addItem(tr("Not delivered"), names({ DeliveryState::Undelivered, DeliveryState::Failed }));
    m_delivery->addItem(tr("Not known yet"),
        names({ DeliveryState::Accepted, DeliveryState::Queued, DeliveryState::Sending, DeliveryState::Sent }));
    for (QComboBox* combo : { m_provider, m_outcome, m_delivery }) {
        // The longest name ("Sandbox (built-in test gateway)") must not set the page's minimum width.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
        combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    m_useDates->setObjectName(QStringLiteral("historyDateCheck"));
    m_useDates->setAccessibleName(tr("Filter by date"));
    m_from->setObjectName(QStringLiteral("historyFromEdit"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setObjectName(QStringLiteral("historyToEdit"));
    m_to->setAccessibleName(tr("To date, included"));
    for (QDateEdit* edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    m_suffix->setObjectName(QStringLiteral("historySuffixEdit"));
    m_suffix->setAccessibleName(tr("Number ends with"));
    m_suffix->setPlaceholderText(tr("Last digits"));
    m_suffix->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,4}")), m_suffix));
    m_suffix->setClearButtonEnabled(true);

    auto* dates = new QHBoxLayout;
    dates->addWidget(m_from, 1);
    dates->addWidget(buddyLabel(tr("and"), m_to, this));
    dates->addWidget(m_to, 1);
    // Two filters a row, the dates on a row of their own: with a desktop style's wider date fields, four filters
    // and two dates on two rows do not fit 900 px.
    auto* grid = new QGridLayout;
    grid->addWidget(buddyLabel(tr("Pro&vider"), m_provider, this), 0, 0);
    grid->addWidget(m_provider, 0, 1);
    grid->addWidget(buddyLabel(tr("&Outcome"), m_outcome, this), 0, 2);
    grid->addWidget(m_outcome, 0, 3);
    grid->addWidget(buddyLabel(tr("Number ends &with"), m_suffix, this), 1, 0);
    grid->addWidget(m_suffix, 1, 1);
    grid->addWidget(buddyLabel(tr("&Delivery"), m_delivery, this), 1, 2);
    grid->addWidget(m_delivery, 1, 3);
    grid->addWidget(m_useDates, 2, 0);
    grid->addLayout(dates, 2, 1, 1, 3);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 2);
    return grid;
}

QHBoxLayout* HistoryPage::buildButtons()
{
    m_count->setObjectName(QStringLiteral("historyCountLabel"));
    m_message->setObjectName(QStringLiteral("historyMessage"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setAccessibleName(tr("Export the shown rows as CSV"));
    m_purge->setObjectName(QStringLiteral("purgeButton"));
    m_purge->setAccessibleName(tr("Delete the shown rows for good"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_count);
    buttons->addStretch();
    buttons->addWidget(m_export);
    buttons->addWidget(m_purge);

    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export history"), QStringLiteral("smsotp-history.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(m_purge, &QPushButton::clicked, this, &HistoryPage::purge);
    return buttons;
}

QWidget* HistoryPage::buildRowsTab()
{
    buildTable();
    m_empty->setObjectName(QStringLiteral("historyEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    auto* withDetail = new QWidget(this);
    auto* layout = new QVBoxLayout(withDetail);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    m_rows->setObjectName(QStringLiteral("historyRowsStack"));
    m_rows->addWidget(withDetail);
    m_rows->addWidget(m_empty);
    return m_rows;
}

void HistoryPage::buildTable()
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_model->setStatusIcons(style()->standardIcon(QStyle::SP_DialogApplyButton, nullptr, this),
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this),
        style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this));
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("History"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setIconSize(QSize(size, size));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + fontMetrics().height() / 2);
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    // Until the first query the model has no columns to size; reload() sizes them (once) with the first one.
    // The header's menu shows the technical columns, hidden by default: the detail pane has them.
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int column :
        { Column::MessageId, Column::HttpStatus, Column::ProviderCode, Column::Latency, Column::Locale }) {
        auto* action = new QAction(tr("Show %1").arg(m_model->headerData(column, Qt::Horizontal).toString()), header);
        action->setCheckable(true);
        action->setData(column);
        connect(action, &QAction::toggled, m_table, [this, column](bool on) { m_table->setColumnHidden(column, !on); });
        header->addAction(action);
    }
}

void HistoryPage::setUpColumns()
{
    // What people read first, left to right; the explanation takes the rest of the width.
    QHeaderView* header = m_table->horizontalHeader();
    const Column order[] = { Column::Time, Column::Outcome, Column::Delivery, Column::Event, Column::Provider,
        Column::Number, Column::Latency, Column::HttpStatus, Column::ProviderCode, Column::MessageId, Column::Locale,
        Column::Explanation };
    for (int visual = 0; visual < int(std::size(order)); ++visual)
        header->moveSection(header->visualIndex(order[visual]), visual);
    for (const Column hidden : { Column::Id, Column::DeliveryCode, Column::DeliveryExplanation })
        m_table->hideColumn(hidden);
    for (const QAction* action : header->actions())
        m_table->setColumnHidden(action->data().toInt(), !action->isChecked());

    // Wide enough for the longest word of a column, not wider: at 900 px the explanation still has room.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = 3 * metrics.averageCharWidth();
    const auto widest = [&](const QStringList& texts) {
        int width = 0;
        for (const QString& text : texts)
            width = std::max(width, metrics.horizontalAdvance(text));
        return width + padding;
    };
    QStringList outcomes;
    for (HistoryOutcome outcome : storage::allHistoryOutcomes())
        outcomes.append(HistoryTableModel::outcomeText(outcome));
    const QDateTime sample(QDate(2026, 12, 28), QTime(23, 58, 58));
    header->resizeSection(Column::Time, widest({ HistoryTableModel::localTimeText(sample) }));
    header->resizeSection(Column::Outcome, widest(outcomes) + m_table->iconSize().width() + metrics.averageCharWidth());
    header->resizeSection(Column::Delivery,
        widest({ HistoryTableModel::deliveryText(QStringLiteral("undelivered"), 30003), tr("Delivery") }));
    header->resizeSection(Column::Event,
        widest({ HistoryTableModel::eventText(storage::HistoryEvent::Send),
            HistoryTableModel::eventText(storage::HistoryEvent::Resend),
            HistoryTableModel::eventText(storage::HistoryEvent::Verify) }));
    // Names longer than "Custom HTTP provider" are cut, with the whole name in the tooltip.
    header->resizeSection(
        Column::Provider, widest({ providers::providerDisplayName(providers::ProviderKind::Custom) }));
    header->resizeSection(Column::Number, widest({ QStringLiteral("…0000"), tr("Number") }));
    header->resizeSection(Column::Latency, widest({ HistoryTableModel::latencyText(99999), tr("Latency") }));
    header->resizeSection(Column::HttpStatus, widest({ QStringLiteral("999"), tr("HTTP") }));
    header->resizeSection(Column::ProviderCode, widest({ tr("Provider code") }));
    header->resizeSection(Column::MessageId, 18 * metrics.averageCharWidth());
}

void HistoryPage::connectFilters()
{
    connect(m_provider, &QComboBox::currentIndexChanged, this, &HistoryPage::reload);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &HistoryPage::reload);
    connect(m_delivery, &QComboBox::currentIndexChanged, this, &HistoryPage::reload);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        reload();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &HistoryPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &HistoryPage::reload);
    connect(m_suffix, &QLineEdit::textChanged, this, &HistoryPage::reload);
}

void HistoryPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    const auto stamp = m_repository.changeStamp();
    if (!stamp || stamp != m_shownStamp)
        reload();
}

storage::HistoryFilter HistoryPage::filter() const
{
    storage::HistoryFilter f;
    f.provider = m_provider->currentData().toString();
    f.outcome = storage::historyOutcomeFromName(m_outcome->currentData().toString());
    if (m_useDates->isChecked()) {
        f.from = m_from->date().startOfDay();
        f.to = m_to->date().addDays(1).startOfDay(); // the "to" day is included
    }
    f.numberSuffix = m_suffix->text();
    f.deliveries = m_delivery->currentData().toStringList();
    return f;
}

void HistoryPage::reload()
{
    const auto stamp = m_repository.changeStamp(); // before the query: a write in between shows next time
    storage::HistoryRepository::QueryResult selected = m_repository.select(filter(), false);
    if (selected.error.isError()) {
        m_shownStamp.reset();
        m_message->setMessage(FieldMessage::Kind::Error, selected.error.message());
        return;
    }
    m_shownStamp = stamp;
    m_message->clear();
    // The header keeps its sections across queries, not across a clear() (purge): set them up after one.
    const bool firstQuery = m_model->columnCount() == 0;
    m_model->setQuery(std::move(selected.query));
    if (firstQuery)
        setUpColumns();
    // The model fetches lazily; the count says whether more rows are waiting below.
    m_count->setText(m_model->canFetchMore() ? tr("%1+ rows").arg(m_model->rowCount())
                                             : tr("%n row(s)", nullptr, m_model->rowCount()));
    const bool any = m_model->rowCount() > 0;
    m_export->setEnabled(any);
    m_purge->setEnabled(any);
    const storage::HistoryFilter shown = filter();
    const bool filtered = !shown.provider.isEmpty() || shown.outcome || shown.from.isValid()
        || !shown.numberSuffix.isEmpty() || !shown.deliveries.isEmpty();
    m_empty->setText(filtered ? tr("Nothing matches these filters. Choose All providers, All outcomes and All "
                                   "deliveries, or clear the dates and digits, to see more.")
                              : tr("Nothing recorded yet. Sends, resends and verifications made on the Test Send "
                                   "page appear here."));
    if (m_chart)
        m_chart->setNoRowsText(m_empty->text());
    m_rows->setCurrentWidget(any ? m_rows->widget(0) : m_empty);
    if (any)
        m_table->selectRow(0);
    showSelected();
    m_chartStale = true;
    updateChartIfShown();
}

void HistoryPage::showSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_detail->showEntry(current.isValid() ? std::optional(m_model->entry(current.row())) : std::nullopt);
}

void HistoryPage::updateChartIfShown()
{
    if (m_tabs->currentWidget() != m_chartTab)
        return;
    ensureChart();
    if (!m_chart || !m_chartStale)
        return;
    storage::HistoryFilter recent = filter();
    recent.limit = kChartRows;
    const storage::HistoryRepository::ListResult rows = m_repository.list(recent);
    if (rows.error.isError()) {
        m_message->setMessage(FieldMessage::Kind::Error, rows.error.message());
        return;
    }
    m_chart->setEntries(rows.entries);
    m_chartStale = false;
}

bool HistoryPage::exportCsv(const QString& path)
{
    const storage::HistoryRepository::ListResult rows = m_repository.list(filter());
    if (rows.error.isError()) {
        m_message->setMessage(FieldMessage::Kind::Error, rows.error.message());
        return false;
    }
    // QSaveFile: a failed export never leaves half a file where a good one was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(storage::historyToCsv(rows.entries)) < 0 || !file.commit()) {
        m_message->setMessage(FieldMessage::Kind::Error, tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_message->setMessage(
        FieldMessage::Kind::Ok, tr("Exported %n row(s) to %1.", nullptr, int(rows.entries.size())).arg(path));
    return true;
}

void HistoryPage::purge()
{
    while (m_model->canFetchMore())
        m_model->fetchMore();
    const int rows = m_model->rowCount();
    if (rows == 0 || !m_confirmPurge(rows))
        return;
    // The model's open query would keep the old pages readable; release it first.
    m_model->clear();
    const storage::HistoryRepository::PurgeResult result = m_repository.purge(filter());
    if (result.error.isError())
        m_message->setMessage(FieldMessage::Kind::Error, result.error.message());
    reload();
    if (!result.error.isError())
        m_message->setMessage(FieldMessage::Kind::Ok, tr("Purged %n row(s).", nullptr, result.removed));
    Q_EMIT statusMessage(tr("History purged."));
}

} // namespace smsotp::ui
