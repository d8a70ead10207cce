#include "HistoryPage.h"

#include "ConsoleContext.h"
#include "providers/ProviderKind.h"
#include "widgets/FieldMessage.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSaveFile>
#include <QScatterSeries>
#include <QSplitter>
#include <QSqlQueryModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace smsotp::ui {

using storage::HistoryOutcome;

namespace {
// The chart shows the most recent sends; the table shows everything.
constexpr int kChartRows = 2000;
} // namespace

HistoryPage::HistoryPage(ConsoleContext& context, QWidget* parent)
    : Page(parent)
    , m_context(context)
    , m_repository(context.database)
    , m_provider(new QComboBox(this))
    , m_outcome(new QComboBox(this))
    , m_useDates(new QCheckBox(tr("From"), this))
    , m_from(new QDateEdit(QDate::currentDate().addDays(-7), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_suffix(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_model(new QSqlQueryModel(this))
    , m_chart(new QChartView(this))
    , m_count(new QLabel(this))
    , m_message(new FieldMessage(this))
    , m_export(new QPushButton(tr("&Export CSV…"), this))
    , m_purge(new QPushButton(tr("&Purge…"), this))
{
    setObjectName(QStringLiteral("historyPage"));
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
        m_outcome->addItem(storage::historyOutcomeName(outcome), storage::historyOutcomeName(outcome));
    m_useDates->setObjectName(QStringLiteral("historyDateCheck"));
    m_useDates->setAccessibleName(tr("Filter by date"));
    m_from->setObjectName(QStringLiteral("historyFromEdit"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setObjectName(QStringLiteral("historyToEdit"));
    m_to->setAccessibleName(tr("To date"));
    for (QDateEdit* edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    m_suffix->setObjectName(QStringLiteral("historySuffixEdit"));
    m_suffix->setAccessibleName(tr("Number ends with"));
    m_suffix->setPlaceholderText(tr("Number ends with…"));
    m_suffix->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,4}")), m_suffix));
    m_suffix->setMaximumWidth(16 * fontMetrics().averageCharWidth());

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_provider);
    filters->addWidget(m_outcome);
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_suffix);
    filters->addStretch();

    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("History"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);

    m_chart->setObjectName(QStringLiteral("historyChart"));
    m_chart->setAccessibleName(tr("Latency over time per provider"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(160);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

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

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_provider, &QComboBox::currentIndexChanged, this, &HistoryPage::reload);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &HistoryPage::reload);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        reload();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &HistoryPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &HistoryPage::reload);
    connect(m_suffix, &QLineEdit::textChanged, this, &HistoryPage::reload);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export history"), QStringLiteral("smsotp-history.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(m_purge, &QPushButton::clicked, this, &HistoryPage::purge);
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

QString HistoryPage::title() const
{
    return tr("History");
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
    m_model->setQuery(std::move(selected.query));
    const QStringList headers = { tr("#"), tr("Time (UTC)"), tr("Provider"), tr("Number"), tr("Event"),
        tr("Message id"), tr("HTTP"), tr("Provider code"), tr("Latency (ms)"), tr("Outcome"), tr("Explanation") };
    for (int i = 0; i < headers.size(); ++i)
        m_model->setHeaderData(i, Qt::Horizontal, headers.at(i));
    m_table->hideColumn(0);
    // The model fetches lazily; the count says whether more rows are waiting below.
    m_count->setText(m_model->canFetchMore() ? tr("%1+ rows").arg(m_model->rowCount())
                                             : tr("%n row(s)", nullptr, m_model->rowCount()));
    const bool any = m_model->rowCount() > 0;
    m_export->setEnabled(any);
    m_purge->setEnabled(any);
    updateChart();
}

void HistoryPage::updateChart()
{
    storage::HistoryFilter recent = filter();
    recent.limit = kChartRows;
    const storage::HistoryRepository::ListResult rows = m_repository.list(recent);
    auto* chart = new QChart;
    chart->setTitle(tr("Latency of sends per provider"));
    QHash<QString, QScatterSeries*> series;
    QDateTime first, last;
    qint64 maxLatency = 1;
    for (const storage::HistoryEntry& e : rows.entries) {
        if (e.event == storage::HistoryEvent::Verify || e.latencyMs < 0)
            continue;
        QScatterSeries*& s = series[e.provider];
        if (!s) {
            s = new QScatterSeries(chart);
            s->setName(e.provider);
            s->setMarkerSize(7);
        }
        s->append(double(e.time.toMSecsSinceEpoch()), double(e.latencyMs));
        first = first.isValid() ? std::min(first, e.time) : e.time;
        last = last.isValid() ? std::max(last, e.time) : e.time;
        maxLatency = std::max(maxLatency, e.latencyMs);
    }
    auto* x = new QDateTimeAxis(chart);
    x->setFormat(QStringLiteral("MM-dd HH:mm"));
    x->setTitleText(tr("Time"));
    if (first.isValid())
        x->setRange(first.addSecs(-60), last.addSecs(60));
    auto* y = new QValueAxis(chart);
    y->setTitleText(tr("ms"));
    y->setRange(0, double(maxLatency) * 1.1);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QScatterSeries* s : std::as_const(series)) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
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
