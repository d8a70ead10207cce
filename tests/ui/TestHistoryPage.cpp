#include "ConsoleFixture.h"
#include "pages/HistoryPage.h"
#include "storage/HistoryRepository.h"

#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQueryModel>
#include <QTableView>

using namespace smsotp;

class TestHistoryPage : public QObject
{
    Q_OBJECT

    inline static const QString kPage = QStringLiteral("historyPage");

    static void record(
        ConsoleFixture& f, const QString& provider, const QString& suffix, storage::HistoryOutcome outcome)
    {
        storage::HistoryEntry e;
        e.provider = provider;
        e.maskedNumber = QStringLiteral("+44 •••• ••") + suffix;
        e.numberSuffix = suffix;
        e.outcome = outcome;
        e.latencyMs = 120;
        e.explanation = QStringLiteral("explained");
        QVERIFY(!storage::HistoryRepository(*f.database).record(e).isError());
    }

    static ui::HistoryPage* openPage(ConsoleFixture& f)
    {
        record(f, QStringLiteral("sandbox"), QStringLiteral("0123"), storage::HistoryOutcome::Sent);
        record(f, QStringLiteral("twilio"), QStringLiteral("4567"), storage::HistoryOutcome::Refused);
        record(f, QStringLiteral("twilio"), QStringLiteral("0123"), storage::HistoryOutcome::Verified);
        auto* page = f.find<ui::HistoryPage>(kPage);
        f.window->showPage(int(f.window->pages().indexOf(page)));
        return page;
    }

private Q_SLOTS:
    void showsEveryRowAndFiltersInSql()
    {
        ConsoleFixture f;
        auto* page = openPage(f);
        QCOMPARE(page->model()->rowCount(), 3);
        auto* provider = f.findIn<QComboBox>(kPage, QStringLiteral("historyProviderCombo"));
        provider->setCurrentIndex(provider->findData(QStringLiteral("twilio")));
        QCOMPARE(page->model()->rowCount(), 2);
        QTest::keyClicks(f.findIn<QLineEdit>(kPage, QStringLiteral("historySuffixEdit")), QStringLiteral("0123"));
        QCOMPARE(page->model()->rowCount(), 1);
        auto* outcome = f.findIn<QComboBox>(kPage, QStringLiteral("historyOutcomeCombo"));
        outcome->setCurrentIndex(outcome->findData(QStringLiteral("refused")));
        QCOMPARE(page->model()->rowCount(), 0);
        QVERIFY(!f.findIn<QPushButton>(kPage, QStringLiteral("purgeButton"))->isEnabled());
    }

    // Coming back to the page shows what was recorded meanwhile, and re-queries (and redraws the chart) only then.
    void comingBackShowsNewRowsAndRequeriesOnlyAfterAChange()
    {
        ConsoleFixture f;
        auto* page = openPage(f);
        const int historyIndex = int(f.window->pages().indexOf(page));
        auto* chartView = f.findIn<QChartView>(kPage, QStringLiteral("historyChart"));
        QChart* drawn = chartView->chart();
        QVERIFY(drawn);
        QVERIFY(f.window->showPage(0));
        QVERIFY(f.window->showPage(historyIndex));
        QCOMPARE(chartView->chart(), drawn); // nothing changed: the same chart
        QCOMPARE(page->model()->rowCount(), 3);

        QVERIFY(f.window->showPage(0));
        record(f, QStringLiteral("vonage"), QStringLiteral("8888"), storage::HistoryOutcome::Sent);
        QVERIFY(f.window->showPage(historyIndex));
        QCOMPARE(page->model()->rowCount(), 4);
        QVERIFY(chartView->chart() != drawn); // redrawn with the new row
    }

    void exportWritesTheFilteredRows()
    {
        ConsoleFixture f;
        auto* page = openPage(f);
        auto* provider = f.findIn<QComboBox>(kPage, QStringLiteral("historyProviderCombo"));
        provider->setCurrentIndex(provider->findData(QStringLiteral("twilio")));
        const QString path = f.dir.filePath(QStringLiteral("export.csv"));
        QVERIFY(page->exportCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 3); // header + two twilio rows
        QVERIFY(lines.at(1).contains(",twilio,"));
        QVERIFY(!page->exportCsv(f.dir.filePath(QStringLiteral("no/such/folder/x.csv"))));
    }

    void purgeAsksThenRemovesOnlyTheFilteredRows()
    {
        ConsoleFixture f;
        auto* page = openPage(f);
        auto* provider = f.findIn<QComboBox>(kPage, QStringLiteral("historyProviderCombo"));
        provider->setCurrentIndex(provider->findData(QStringLiteral("twilio")));
        int asked = 0;
        page->setPurgeConfirmation([&](int rows) {
            asked = rows;
            return false;
        });
        f.findIn<QPushButton>(kPage, QStringLiteral("purgeButton"))->click();
        QCOMPARE(asked, 2);
        QCOMPARE(storage::HistoryRepository(*f.database).list({}).entries.size(), 3); // cancelled: nothing gone
        page->setPurgeConfirmation([](int) { return true; });
        f.findIn<QPushButton>(kPage, QStringLiteral("purgeButton"))->click();
        QCOMPARE(page->model()->rowCount(), 0);
        const auto left = storage::HistoryRepository(*f.database).list({}).entries;
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().provider, QStringLiteral("sandbox"));
    }
};

QTEST_MAIN(TestHistoryPage)
#include "TestHistoryPage.moc"
