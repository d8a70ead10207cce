// The history page at 1,000,000 rows: what HistoryPage::reload does (HistoryRepository::select, scrollable, into a
// QSqlQueryModel) until the first rows are readable, with no filter and with a provider + number-suffix filter,
// on a database opened afresh for each measure (the OS page cache stays warm: it is the page reopened, not a
// cold boot). Baseline in the same run: a bare QSqlQuery of the newest 100 rows by id.
// The rows are written with one prepared INSERT in one transaction (BenchHistory.h); that time is printed too.
// Prints "name value unit" lines and "# compare / # target-max" lines for run.sh.
// usage: bench_history [ROWS]   (1000000 by default)

#include "BenchHistory.h"
#include "perf/ProcessClock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQueryModel>
#include <QTemporaryDir>
#include <cstdio>
#include <functional>

using namespace smsotp;

namespace {

constexpr int kRepeats = 5;
constexpr int kFirstRows = 50; // what the page shows without scrolling

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
}

[[noreturn]] void fail(const QString& message)
{
    std::fprintf(stderr, "bench_history: %s\n", qPrintable(message));
    std::exit(1);
}

// Milliseconds from opening the database to having the first rows of filter's query read from the model.
double pageOpen(const QString& dir, const storage::HistoryFilter& filter, qint64& sink, bool requireRows = true)
{
    QElapsedTimer timer;
    timer.start();
    storage::Database::OpenResult opened = storage::Database::open(dir);
    if (!opened.database)
        fail(opened.error.message());
    storage::HistoryRepository repository(*opened.database);
    storage::HistoryRepository::QueryResult selected = repository.select(filter, false);
    if (selected.error.isError())
        fail(selected.error.message());
    QSqlQueryModel model;
    model.setQuery(std::move(selected.query));
    const int rows = qMin(model.rowCount(), kFirstRows);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < model.columnCount(); ++c)
            sink += model.data(model.index(r, c)).toString().size();
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (rows == 0 && requireRows)
        fail(QStringLiteral("the query found no row"));
    return ms;
}

double bareQuery(const QString& dir, qint64& sink)
{
    QElapsedTimer timer;
    timer.start();
    storage::Database::OpenResult opened = storage::Database::open(dir);
    if (!opened.database)
        fail(opened.error.message());
    QSqlQuery query(opened.database->connection());
    if (!query.exec(QStringLiteral("SELECT * FROM history ORDER BY id DESC LIMIT 100")))
        fail(QStringLiteral("bare query failed"));
    for (int r = 0; r < kFirstRows && query.next(); ++r) {
        for (int c = 0; c < 11; ++c)
            sink += query.value(c).toString().size();
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? qMax(1, atoi(argv[1])) : 1'000'000;
    QTemporaryDir root;
    const QString empty = root.filePath(QStringLiteral("empty"));
    const QString full = root.filePath(QStringLiteral("full"));
    {
        storage::Database::OpenResult opened = storage::Database::open(empty);
        if (!opened.database)
            fail(opened.error.message());
    }
    QElapsedTimer fill;
    fill.start();
    {
        storage::Database::OpenResult opened = storage::Database::open(full);
        if (!opened.database)
            fail(opened.error.message());
        const QString failure = bench::fillHistory(*opened.database, rows);
        if (!failure.isEmpty())
            fail(failure);
    }
    const double fillMs = double(fill.nsecsElapsed()) / 1e6;

    storage::HistoryFilter all;
    storage::HistoryFilter filtered;
    filtered.provider = QString(providers::providerKindName(providers::ProviderKind::Vonage));
    filtered.numberSuffix = QStringLiteral("12");

    qint64 sink = 0;
    pageOpen(empty, all, sink, false); // the memory baseline: the page over an empty history
    const qint64 rssBefore = perf::currentRssKiB();
    QList<double> bare, page, filter;
    for (int i = 0; i < kRepeats + 1; ++i) { // the first round warms the page cache and is not counted
        const double b = bareQuery(full, sink);
        const double p = pageOpen(full, all, sink);
        const double f = pageOpen(full, filtered, sink);
        if (i > 0) {
            bare << b;
            page << p;
            filter << f;
        }
    }
    const qint64 rssAfter = perf::currentRssKiB();
    std::printf("history-fill-%dk-rows %.0f ms\n", rows / 1000, fillMs);
    std::printf("history-bare-newest-rows %.2f ms\n", median(bare));
    std::printf("history-page-first-rows %.2f ms\n", median(page));
    std::printf("history-page-filter-provider-suffix %.2f ms\n", median(filter));
    std::printf("history-rss-growth %.2f MiB\n", double(rssAfter - rssBefore) / 1024.0);
    std::printf("# compare history-page-first-rows history-bare-newest-rows\n");
    std::printf("# compare history-page-filter-provider-suffix history-bare-newest-rows\n");
    std::printf("# target-max history-page-first-rows 150\n");
    std::printf("# target-max history-page-filter-provider-suffix 100\n");
    std::printf("# target-max history-rss-growth 20\n");
    std::printf("# sink %lld\n", static_cast<long long>(sink));
    return 0;
}
