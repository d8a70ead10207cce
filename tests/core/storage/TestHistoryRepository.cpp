#include "FileScan.h"
#include "storage/Database.h"
#include "storage/HistoryRepository.h"

#include <QDir>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <csignal>

using namespace smsotp::storage;

class TestHistoryRepository : public QObject
{
    Q_OBJECT

    static HistoryEntry entry(
        const QString& provider, const QString& suffix, HistoryOutcome outcome, const QDateTime& time)
    {
        HistoryEntry e;
        e.time = time;
        e.provider = provider;
        e.maskedNumber = QStringLiteral("••••••") + suffix;
        e.numberSuffix = suffix;
        e.outcome = outcome;
        e.messageId = QStringLiteral("SM") + suffix;
        e.httpStatus = outcome == HistoryOutcome::Sent ? 201 : 400;
        e.latencyMs = 42;
        e.explanation = QStringLiteral("because, \"quoted\"");
        return e;
    }

    static const QDateTime t0() { return QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC); }

    static void fill(HistoryRepository& repository)
    {
        const DbError first
            = repository.record(entry(QStringLiteral("twilio"), QStringLiteral("0123"), HistoryOutcome::Sent, t0()));
        QVERIFY2(!first.isError(), qPrintable(first.detail)); // a null QString must not bind as NULL
        QVERIFY(!repository
                     .record(entry(
                         QStringLiteral("twilio"), QStringLiteral("4567"), HistoryOutcome::Refused, t0().addSecs(60)))
                     .isError());
        QVERIFY(
            !repository
                 .record(entry(QStringLiteral("vonage"), QStringLiteral("0123"), HistoryOutcome::Sent, t0().addDays(1)))
                 .isError());
        QVERIFY(!repository
                     .record(entry(
                         QStringLiteral("sandbox"), QStringLiteral("9999"), HistoryOutcome::Verified, t0().addDays(2)))
                     .isError());
    }

private Q_SLOTS:
    void recordsComeBackNewestFirst()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.path());
        QVERIFY(opened.database);
        HistoryRepository repository(*opened.database);
        fill(repository);
        const auto listed = repository.list({});
        QVERIFY(!listed.error.isError());
        QCOMPARE(listed.entries.size(), 4);
        QCOMPARE(listed.entries.first().provider, QStringLiteral("sandbox"));
        const HistoryEntry& oldest = listed.entries.last();
        QCOMPARE(oldest.time, t0());
        QCOMPARE(oldest.maskedNumber, QStringLiteral("••••••0123"));
        QCOMPARE(oldest.messageId, QStringLiteral("SM0123"));
        QCOMPARE(oldest.httpStatus, 201);
        QCOMPARE(oldest.latencyMs, 42);
        QCOMPARE(oldest.outcome, HistoryOutcome::Sent);
        QCOMPARE(oldest.explanation, QStringLiteral("because, \"quoted\""));
    }

    void filtersAreDoneInSql()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.path());
        QVERIFY(opened.database);
        HistoryRepository repository(*opened.database);
        fill(repository);
        const auto count = [&](const HistoryFilter& f) { return repository.list(f).entries.size(); };
        HistoryFilter byProvider;
        byProvider.provider = QStringLiteral("twilio");
        QCOMPARE(count(byProvider), 2);
        HistoryFilter byOutcome;
        byOutcome.outcome = HistoryOutcome::Sent;
        QCOMPARE(count(byOutcome), 2);
        HistoryFilter byDate;
        byDate.from = t0().addSecs(30);
        byDate.to = t0().addDays(2);
        QCOMPARE(count(byDate), 2); // the refused one and vonage's
        HistoryFilter bySuffix;
        bySuffix.numberSuffix = QStringLiteral("123");
        QCOMPARE(count(bySuffix), 2);
        bySuffix.numberSuffix = QStringLiteral("0123");
        QCOMPARE(count(bySuffix), 2);
        bySuffix.numberSuffix = QStringLiteral("99");
        QCOMPARE(count(bySuffix), 1);
        HistoryFilter combined = byProvider;
        combined.numberSuffix = QStringLiteral("0123");
        QCOMPARE(count(combined), 1);
        HistoryFilter limited;
        limited.limit = 3;
        QCOMPARE(count(limited), 3);
    }

    // SECURITY.md 27.
    void purgeLeavesNoTraceInAnyDatabaseFile()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.path());
        QVERIFY(opened.database);
        HistoryRepository repository(*opened.database);
        for (int i = 0; i < 200; ++i) {
            HistoryEntry e
                = entry(QStringLiteral("twilio"), QStringLiteral("7391"), HistoryOutcome::Sent, t0().addSecs(i));
            e.maskedNumber = QStringLiteral("+44•••••PURGEME7391");
            QVERIFY(!repository.record(e).isError());
        }
        QVERIFY(!repository.record(entry(QStringLiteral("vonage"), QStringLiteral("5555"), HistoryOutcome::Sent, t0()))
                     .isError());
        QVERIFY(!filesContaining({ dir.path() }, { QByteArray("PURGEME7391") }).isEmpty()); // the scan can see it

        HistoryFilter filter;
        filter.numberSuffix = QStringLiteral("7391");
        const auto purged = repository.purge(filter);
        QVERIFY2(!purged.error.isError(), qPrintable(purged.error.detail));
        QCOMPARE(purged.removed, 200);
        QCOMPARE(repository.list({}).entries.size(), 1);
        QCOMPARE(filesContaining({ dir.path() }, { QByteArray("PURGEME7391") }), QStringList {});
        opened.database.reset();
        QCOMPARE(filesContaining({ dir.path() }, { QByteArray("PURGEME7391") }), QStringList {});
    }

    // The history page re-queries on show only when this moved: it must move on every kind of change.
    void theChangeStampMovesWithEveryWrite()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.path());
        QVERIFY(opened.database);
        HistoryRepository repository(*opened.database);
        const auto empty = repository.changeStamp();
        QVERIFY(empty);
        QCOMPARE(repository.changeStamp(), empty); // reading does not move it
        repository.list({});
        QCOMPARE(repository.changeStamp(), empty);

        QVERIFY(!repository.record(entry(QStringLiteral("twilio"), QStringLiteral("0123"), HistoryOutcome::Sent, t0()))
                     .isError());
        const auto recorded = repository.changeStamp();
        QVERIFY(recorded != empty);

        // Another connection (the CLI, another console) writes: this one sees the stamp move.
        {
            auto other = Database::open(dir.path());
            QVERIFY(other.database);
            QVERIFY(!HistoryRepository(*other.database)
                         .record(entry(QStringLiteral("vonage"), QStringLiteral("4567"), HistoryOutcome::Sent, t0()))
                         .isError());
        }
        const auto afterOther = repository.changeStamp();
        QVERIFY(afterOther != recorded);

        HistoryFilter all;
        QCOMPARE(repository.purge(all).removed, 2);
        QVERIFY(repository.changeStamp() != afterOther);
    }

    // SECURITY.md 26: a writer killed mid-loop leaves a sound file and whole transactions.
    void killDuringWritesLeavesWholeTransactions()
    {
        QTemporaryDir dir;
        QVERIFY(Database::open(dir.path()).database);
        for (int round = 0; round < 3; ++round) {
            QProcess writer;
            writer.start(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("smsotp-historywriter")),
                { dir.path(), QStringLiteral("round%1").arg(round) });
            QVERIFY2(writer.waitForReadyRead(10000),
                qPrintable(QStringLiteral("the writer ended with %1: %2")
                               .arg(writer.exitCode())
                               .arg(QString::fromLocal8Bit(writer.readAllStandardError()))));
            QTest::qWait(100 + 70 * round);
            // The writer loops until killed: ended early, it failed (its exit code says how). processId() is 0
            // then, and kill(0) would hit this test's own process group.
            QVERIFY2(writer.state() == QProcess::Running,
                qPrintable(QStringLiteral("the writer ended with %1: %2")
                               .arg(writer.exitCode())
                               .arg(QString::fromLocal8Bit(writer.readAllStandardError()))));
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished(5000));
        }
        auto opened = Database::open(dir.path());
        QVERIFY2(opened.database, qPrintable(opened.error.detail));
        QSqlQuery query(opened.database->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(query.exec(QStringLiteral("SELECT explanation, COUNT(*) FROM history GROUP BY explanation")));
        int batches = 0;
        while (query.next()) {
            ++batches;
            QCOMPARE(query.value(1).toInt(), 5);
        }
        QVERIFY(batches > 0);
    }

    void csvQuotesAndDefusesFormulas()
    {
        HistoryEntry e = entry(QStringLiteral("custom"), QStringLiteral("0123"), HistoryOutcome::Refused, t0());
        e.explanation = QStringLiteral("=HYPERLINK(\"x\"), line\nbreak");
        const QByteArray csv = historyToCsv({ e });
        const QList<QByteArray> lines = csv.split('\n');
        QVERIFY(lines.first().startsWith("time,provider,number"));
        QVERIFY(csv.contains("\"'=HYPERLINK(\"\"x\"\"), line\nbreak\""));
        QVERIFY(csv.contains(",refused,"));
    }

    void sendTimesForTheHourlyCap()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.path());
        QVERIFY(opened.database);
        HistoryRepository repository(*opened.database);
        fill(repository);
        const auto times = repository.sendTimesSince(QStringLiteral("+447700900123"), t0().addSecs(-1));
        QVERIFY(!times.error.isError());
        QCOMPARE(times.times, QList<QDateTime>({ t0(), t0().addDays(1) })); // refused sends cost nothing
    }
};

QTEST_GUILESS_MAIN(TestHistoryRepository)
#include "TestHistoryRepository.moc"
