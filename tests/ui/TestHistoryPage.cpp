// The History page: the rows as people read them (local time, names, words, blanks, last digits), the detail pane,
// the empty states, the chart by outcome with round ticks and the palette's theme, filters in SQL, export, purge.

#include "ConsoleFixture.h"
#include "pages/HistoryChart.h"
#include "pages/HistoryModel.h"
#include "pages/HistoryPage.h"
#include "plugins/historychart/ChartTicks.h"
#include "storage/HistoryRepository.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QPushButton>
#include <QScatterSeries>
#include <QStyleFactory>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QValueAxis>
#include <ctime>

using namespace smsotp;
using Column = ui::HistoryTableModel::Column;

class TestHistoryPage : public QObject
{
    Q_OBJECT

    inline static const QString kPage = QStringLiteral("historyPage");

    static void record(ConsoleFixture& f, const QString& provider, const QString& suffix,
        storage::HistoryOutcome outcome, qint64 latencyMs = 120)
    {
        storage::HistoryEntry e;
        e.provider = provider;
        e.maskedNumber = QStringLiteral("+44 •••• ••") + suffix;
        e.numberSuffix = suffix;
        e.outcome = outcome;
        // A verification makes no request: no latency.
        const bool verify = outcome == storage::HistoryOutcome::Verified || outcome == storage::HistoryOutcome::Wrong;
        e.event = verify ? storage::HistoryEvent::Verify : storage::HistoryEvent::Send;
        e.latencyMs = verify ? -1 : latencyMs;
        e.explanation = QStringLiteral("explained");
        QVERIFY(!storage::HistoryRepository(*f.database).record(e).isError());
    }

    static void record(ConsoleFixture& f, const storage::HistoryEntry& e)
    {
        QVERIFY(!storage::HistoryRepository(*f.database).record(e).isError());
    }

    // A Twilio send that was accepted, to give a delivery state.
    static storage::HistoryEntry twilioSend()
    {
        storage::HistoryEntry e;
        e.provider = QStringLiteral("twilio");
        e.maskedNumber = QStringLiteral("+••••••••0123");
        e.numberSuffix = QStringLiteral("0123");
        e.outcome = storage::HistoryOutcome::Sent;
        return e;
    }

    static ui::HistoryPage* showHistory(ConsoleFixture& f)
    {
        auto* page = f.find<ui::HistoryPage>(kPage);
        f.window->showPage(int(f.window->pages().indexOf(page)));
        return page;
    }

    static ui::HistoryPage* openPage(ConsoleFixture& f)
    {
        record(f, QStringLiteral("sandbox"), QStringLiteral("0123"), storage::HistoryOutcome::Sent);
        record(f, QStringLiteral("twilio"), QStringLiteral("4567"), storage::HistoryOutcome::Refused);
        record(f, QStringLiteral("twilio"), QStringLiteral("0123"), storage::HistoryOutcome::Verified);
        return showHistory(f);
    }

    // The chart tab shown: the chart comes from its plugin then, as in the console.
    static ui::HistoryChart* showChart(ConsoleFixture& f)
    {
        auto* tabs = f.findIn<QTabWidget>(kPage, QStringLiteral("historyTabs"));
        tabs->setCurrentIndex(1);
        ui::HistoryChart* chart = f.find<ui::HistoryPage>(kPage)->chart();
        if (!chart)
            qWarning(
                "no chart: %s", qPrintable(f.findIn<QLabel>(kPage, QStringLiteral("historyChartMissing"))->text()));
        return chart;
    }

    static QChartView* chartView(ConsoleFixture& f)
    {
        return f.findIn<QChartView>(kPage, QStringLiteral("historyChart"));
    }

    // A failed send with nothing measured, and a refused one with every technical detail, a minute apart.
    static const QDateTime kFailedAt;
    static void recordDetailed(ConsoleFixture& f)
    {
        storage::HistoryEntry failed;
        failed.time = kFailedAt;
        failed.provider = QStringLiteral("twilio");
        failed.maskedNumber = QStringLiteral("+••••••••0123");
        failed.numberSuffix = QStringLiteral("0123");
        failed.event = storage::HistoryEvent::Send;
        failed.outcome = storage::HistoryOutcome::Failed;
        failed.explanation = QStringLiteral("The name api.twilio.com could not be found (DNS).");
        record(f, failed);
        storage::HistoryEntry refused = failed;
        refused.time = kFailedAt.addSecs(60);
        refused.provider = QStringLiteral("vonage");
        refused.maskedNumber = QStringLiteral("+•••••••••9876");
        refused.httpStatus = 400;
        refused.providerCode = QStringLiteral("21211");
        refused.messageId = QStringLiteral("SM0123456789abcdef");
        refused.latencyMs = 245;
        refused.outcome = storage::HistoryOutcome::Refused;
        refused.explanation = QStringLiteral("Vonage refused the number: it is not a valid mobile number. Check that "
                                             "the number is written in full with its country code, then send again.");
        record(f, refused);
    }

    static QString text(const QAbstractItemModel* model, int row, int column, int role = Qt::DisplayRole)
    {
        return model->data(model->index(row, column), role).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Half-hour offset and no summer time: a local time can never be mistaken for UTC.
        qputenv("TZ", "Asia/Kolkata");
        tzset();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }

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

    // The delivery state of each send: a column in words (the code with it, the explanation in its tooltip), a
    // filter (delivered, not delivered, not known yet), and a line of the detail pane.
    void deliveryIsAColumnAndAFilter()
    {
        ConsoleFixture f;
        storage::HistoryEntry e = twilioSend();
        e.messageId = QStringLiteral("SM1");
        e.delivery = QStringLiteral("delivered");
        record(f, e);
        e.messageId = QStringLiteral("SM2");
        e.delivery = QStringLiteral("undelivered");
        e.deliveryCode = 30003;
        e.deliveryExplanation = QStringLiteral("The handset could not be reached.");
        record(f, e);
        e.messageId = QStringLiteral("SM3");
        e.delivery = QStringLiteral("sent");
        e.deliveryCode = 0;
        e.deliveryExplanation.clear();
        record(f, e);
        auto* page = showHistory(f);
        const QAbstractItemModel* model = page->model();
        QCOMPARE(model->rowCount(), 3);
        QStringList shown;
        for (int row = 0; row < 3; ++row)
            shown.append(text(model, row, Column::Delivery));
        QCOMPARE(shown,
            (QStringList { QStringLiteral("sent to the carrier"), QStringLiteral("not delivered (30003)"),
                QStringLiteral("delivered") }));
        QVERIFY(text(model, 1, Column::Delivery, Qt::ToolTipRole).contains(u"The handset could not be reached."));
        auto* table = f.findIn<QTableView>(kPage, QStringLiteral("historyTable"));
        QVERIFY(!table->isColumnHidden(Column::Delivery));
        QVERIFY(table->isColumnHidden(Column::DeliveryCode));
        QVERIFY(table->isColumnHidden(Column::DeliveryExplanation));

        auto* delivery = f.findIn<QComboBox>(kPage, QStringLiteral("historyDeliveryCombo"));
        delivery->setCurrentIndex(delivery->findText(QStringLiteral("Not delivered")));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(text(model, 0, Column::MessageId), QStringLiteral("SM2"));
        table->selectRow(0);
        auto* detail = f.findIn<QLabel>(kPage, QStringLiteral("historyDetailExplanation"));
        QVERIFY2(detail->text().contains(QStringLiteral("Delivery: not delivered (30003). The handset")),
            qPrintable(detail->text()));
        delivery->setCurrentIndex(delivery->findText(QStringLiteral("Not known yet")));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(text(model, 0, Column::MessageId), QStringLiteral("SM3"));
        delivery->setCurrentIndex(delivery->findText(QStringLiteral("Delivered")));
        QCOMPARE(text(model, 0, Column::MessageId), QStringLiteral("SM1"));
    }

    // The rows as people read them: local time (UTC in the tooltip), names and words, blanks, the last digits.
    void theTableShowsWhatPeopleRead()
    {
        ConsoleFixture f;
        recordDetailed(f);
        auto* page = showHistory(f);
        const QAbstractItemModel* model = page->model();
        QCOMPARE(model->rowCount(), 2);
        // Row 1 is the failed send (newest first).
        QCOMPARE(text(model, 1, Column::Time), QStringLiteral("01/03/2026 15:45:30"));
        QCOMPARE(text(model, 1, Column::Time, Qt::ToolTipRole), QStringLiteral("2026-03-01 10:15:30 UTC"));
        QCOMPARE(text(model, 1, Column::Provider), QStringLiteral("Twilio"));
        QCOMPARE(text(model, 0, Column::Provider), QStringLiteral("Vonage"));
        QCOMPARE(text(model, 1, Column::Event), QStringLiteral("Send"));
        QCOMPARE(text(model, 1, Column::Outcome), QStringLiteral("Failed"));
        QCOMPARE(text(model, 0, Column::Outcome), QStringLiteral("Refused"));
        QVERIFY(!model->data(model->index(1, Column::Outcome), Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(text(model, 1, Column::Number), QStringLiteral("…0123"));
        QCOMPARE(text(model, 0, Column::Number), QStringLiteral("…9876"));
        // Not applicable: blank, never 0 or -1.
        QCOMPARE(text(model, 1, Column::HttpStatus), QString());
        QCOMPARE(text(model, 1, Column::Latency), QString());
        QCOMPARE(text(model, 1, Column::MessageId), QString());
        QCOMPARE(text(model, 0, Column::HttpStatus), QStringLiteral("400"));
        QCOMPARE(text(model, 0, Column::Latency), QStringLiteral("245 ms"));
        // A cut-off explanation is whole in the tooltip.
        QVERIFY(text(model, 0, Column::Explanation, Qt::ToolTipRole).contains(QStringLiteral("then send again.")));

        // The words people read, and Outcome and Explanation within the page at the default size.
        auto* table = f.findIn<QTableView>(kPage, QStringLiteral("historyTable"));
        QVERIFY(table->isColumnHidden(Column::Id));
        for (int column : { Column::Time, Column::Outcome, Column::Explanation }) {
            QVERIFY(!table->isColumnHidden(column));
            QVERIFY2(table->columnViewportPosition(column) + 40 < table->viewport()->width(),
                qPrintable(model->headerData(column, Qt::Horizontal).toString()));
        }
        auto* outcome = f.findIn<QComboBox>(kPage, QStringLiteral("historyOutcomeCombo"));
        QVERIFY(outcome->findText(QStringLiteral("Wrong code")) > 0);
        QCOMPARE(outcome->findText(QStringLiteral("wrong")), -1);
    }

    void theDetailPaneShowsTheSelectedRow()
    {
        ConsoleFixture f;
        recordDetailed(f);
        showHistory(f);
        const auto detail
            = [&](const char* name) { return f.findIn<QLabel>(kPage, QString::fromLatin1(name))->text(); };
        // The newest row is selected at once.
        QVERIFY(detail("historyDetailExplanation").endsWith(QStringLiteral("then send again.")));
        QCOMPARE(detail("historyDetailHttp"), QStringLiteral("400"));
        QCOMPARE(detail("historyDetailProviderCode"), QStringLiteral("21211"));
        QCOMPARE(detail("historyDetailMessageId"), QStringLiteral("SM0123456789abcdef"));
        QCOMPARE(detail("historyDetailLatency"), QStringLiteral("245 ms"));
        QCOMPARE(detail("historyDetailUtcTime"), QStringLiteral("2026-03-01 10:16:30 UTC"));

        f.findIn<QTableView>(kPage, QStringLiteral("historyTable"))->selectRow(1);
        QCOMPARE(
            detail("historyDetailExplanation"), QStringLiteral("The name api.twilio.com could not be found (DNS)."));
        QCOMPARE(detail("historyDetailHttp"), QStringLiteral("—"));
        QCOMPARE(detail("historyDetailLatency"), QStringLiteral("—"));
        QCOMPARE(detail("historyDetailUtcTime"), QStringLiteral("2026-03-01 10:15:30 UTC"));
        QVERIFY(detail("historyDetailSummary").contains(QStringLiteral("Failed")));
        QVERIFY(detail("historyDetailSummary").contains(QStringLiteral("15:45:30")));
    }

    void anEmptyResultSaysSo()
    {
        ConsoleFixture f;
        auto* page = showHistory(f);
        auto* empty = f.findIn<QLabel>(kPage, QStringLiteral("historyEmptyLabel"));
        auto* table = f.findIn<QTableView>(kPage, QStringLiteral("historyTable"));
        QVERIFY(empty->isVisible());
        QVERIFY(!table->isVisible());
        QVERIFY(empty->text().startsWith(QStringLiteral("Nothing recorded yet")));

        f.window->showPage(0);
        recordDetailed(f);
        showHistory(f);
        QVERIFY(table->isVisible());
        QVERIFY(!empty->isVisible());
        QTest::keyClicks(f.findIn<QLineEdit>(kPage, QStringLiteral("historySuffixEdit")), QStringLiteral("5555"));
        QCOMPARE(page->model()->rowCount(), 0);
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().startsWith(QStringLiteral("Nothing matches these filters")));
    }

    // Coming back to the page shows what was recorded meanwhile, and re-queries (and redraws the chart) only then.
    void comingBackShowsNewRowsAndRequeriesOnlyAfterAChange()
    {
        ConsoleFixture f;
        auto* page = openPage(f);
        showChart(f);
        const int historyIndex = int(f.window->pages().indexOf(page));
        auto* chartView = f.findIn<QChartView>(kPage, QStringLiteral("historyChart"));
        QChart* drawn = chartView->chart();
        QVERIFY(drawn);
        QVERIFY(!drawn->series().isEmpty());
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

    // Failed, refused and cancelled sends are series of their own, apart from the sent ones, with a legend.
    void theChartSplitsSendsByOutcome()
    {
        ConsoleFixture f;
        record(f, QStringLiteral("twilio"), QStringLiteral("0001"), storage::HistoryOutcome::Sent, 180);
        record(f, QStringLiteral("vonage"), QStringLiteral("0002"), storage::HistoryOutcome::Sent, 3141);
        record(f, QStringLiteral("twilio"), QStringLiteral("0003"), storage::HistoryOutcome::Failed, 30000);
        record(f, QStringLiteral("twilio"), QStringLiteral("0004"), storage::HistoryOutcome::Refused, 250);
        record(f, QStringLiteral("twilio"), QStringLiteral("0005"), storage::HistoryOutcome::Cancelled, 90);
        record(f, QStringLiteral("twilio"), QStringLiteral("0006"), storage::HistoryOutcome::Verified, -1);
        showHistory(f);
        auto* panel = showChart(f);
        QVERIFY(!panel->isEmptyState());
        QChart* chart = chartView(f)->chart();
        QHash<QString, QScatterSeries*> byName;
        for (QAbstractSeries* s : chart->series())
            byName.insert(s->name(), qobject_cast<QScatterSeries*>(s));
        QCOMPARE(QSet<QString>(byName.keyBegin(), byName.keyEnd()),
            QSet<QString>({ QStringLiteral("Sent"), QStringLiteral("Failed"), QStringLiteral("Refused"),
                QStringLiteral("Cancelled") }));
        QCOMPARE(byName.value(QStringLiteral("Sent"))->count(), 2);
        QCOMPARE(byName.value(QStringLiteral("Failed"))->count(), 1);
        QSet<QRgb> colours;
        for (QScatterSeries* s : std::as_const(byName))
            colours.insert(s->color().rgb());
        QCOMPARE(colours.size(), 4);
        QVERIFY(chart->legend()->isVisible());
        QVERIFY(chartView(f)->height() >= 200);

        // Round ticks: 0 to 40,000 ms in steps of 10,000, labels without decimals.
        auto* y = qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).value(0));
        QVERIFY(y);
        QCOMPARE(y->min(), 0.0);
        QCOMPARE(y->max(), 40000.0);
        QCOMPARE(y->tickCount(), 5);
        QCOMPARE(y->labelFormat(), QStringLiteral("%.0f"));
        // Local time, on whole minutes of the local clock.
        auto* x = qobject_cast<QCategoryAxis*>(chart->axes(Qt::Horizontal).value(0));
        QVERIFY(x);
        QVERIFY(x->count() >= 1);
        QVERIFY(x->titleText().contains(QStringLiteral("local")));
        for (const QString& label : x->categoriesLabels()) {
            const QDateTime tick = QDateTime::fromMSecsSinceEpoch(qint64(x->endValue(label)));
            QCOMPARE(tick.time().second(), 0);
            QVERIFY(label.contains(tick.toString(QStringLiteral("HH:mm"))));
        }
    }

    // Sent messages whose delivery is known are drawn apart: delivered, not delivered, and the rest as "Sent".
    void theChartShowsDeliveredAndNotDeliveredApart()
    {
        ConsoleFixture f;
        storage::HistoryEntry e = twilioSend();
        e.latencyMs = 200;
        for (const char* delivery : { "delivered", "delivered", "undelivered", "failed", "sent", "" }) {
            e.delivery = QString::fromLatin1(delivery);
            record(f, e);
        }
        showHistory(f);
        showChart(f);
        QChart* chart = chartView(f)->chart();
        QHash<QString, int> counts;
        QSet<QRgb> colours;
        for (QAbstractSeries* s : chart->series()) {
            counts.insert(s->name(), qobject_cast<QScatterSeries*>(s)->count());
            colours.insert(qobject_cast<QScatterSeries*>(s)->color().rgb());
        }
        QCOMPARE(counts.value(QStringLiteral("Sent, delivered")), 2);
        QCOMPARE(counts.value(QStringLiteral("Sent, not delivered")), 2);
        QCOMPARE(counts.value(QStringLiteral("Sent")), 2);
        QCOMPARE(counts.size(), 3);
        QCOMPARE(colours.size(), 3);
    }

    void roundTicks()
    {
        namespace Panel = ui::chartticks;
        QCOMPARE(Panel::latencyTicks(3141).top, 4000);
        QCOMPARE(Panel::latencyTicks(3141).count, 5);
        QCOMPARE(Panel::latencyTicks(120).top, 150);
        QCOMPARE(Panel::latencyTicks(0).top, 1);
        QCOMPARE(Panel::latencyTicks(0).count, 2);
        // 10:03 to 10:41 local: ticks at 10:10, 10:20, 10:30, 10:40.
        const QDateTime from(QDate(2026, 3, 1), QTime(10, 3, 17));
        const auto ticks = Panel::timeTicks(from, from.addSecs(38 * 60));
        QCOMPARE(ticks.size(), 4);
        QCOMPARE(ticks.first().time, QDateTime(QDate(2026, 3, 1), QTime(10, 10)));
        QCOMPARE(ticks.first().label, QStringLiteral("1 Mar 10:10"));
        QCOMPARE(ticks.at(1).label, QStringLiteral("10:20"));
    }

    void theChartSaysWhenNothingMatches()
    {
        ConsoleFixture f;
        openPage(f);
        auto* panel = showChart(f);
        auto* empty = f.findIn<QLabel>(kPage, QStringLiteral("historyChartEmpty"));
        QVERIFY(!panel->isEmptyState());
        // Verifications only: rows, but nothing with a latency to draw.
        auto* outcome = f.findIn<QComboBox>(kPage, QStringLiteral("historyOutcomeCombo"));
        outcome->setCurrentIndex(outcome->findData(QStringLiteral("verified")));
        QVERIFY(panel->isEmptyState());
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().startsWith(QStringLiteral("Nothing to draw")));
        QTest::keyClicks(f.findIn<QLineEdit>(kPage, QStringLiteral("historySuffixEdit")), QStringLiteral("5555"));
        QVERIFY(empty->text().startsWith(QStringLiteral("Nothing matches these filters")));
        QVERIFY(!chartView(f)->isVisible());
    }

    void aDarkWindowGetsADarkChart()
    {
        ConsoleFixture f;
        openPage(f);
        showChart(f);
        QCOMPARE(chartView(f)->chart()->theme(), QChart::ChartThemeLight);
        const QPalette light = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(53, 53, 53));
        dark.setColor(QPalette::WindowText, Qt::white);
        dark.setColor(QPalette::Base, QColor(42, 42, 42));
        dark.setColor(QPalette::Text, Qt::white);
        dark.setColor(QPalette::Button, QColor(53, 53, 53));
        dark.setColor(QPalette::ButtonText, Qt::white);
        QApplication::setPalette(dark);
        // The palette reaches the widgets with the next event loop pass.
        QTRY_COMPARE(chartView(f)->chart()->theme(), QChart::ChartThemeDark);
        QCOMPARE(chartView(f)->chart()->backgroundBrush().color(), QColor(53, 53, 53));
        QApplication::setPalette(light);
        QTRY_COMPARE(chartView(f)->chart()->theme(), QChart::ChartThemeLight);
    }

    // Fits a 900 px window beside the navigation, every control named for a screen reader, mnemonics work.
    void fitsAndIsNamed()
    {
        ConsoleFixture f;
        auto* page = openPage(f);
        QVERIFY2(page->minimumSizeHint().width() <= 680, qPrintable(QString::number(page->minimumSizeHint().width())));
        QVERIFY2(
            page->minimumSizeHint().height() <= 520, qPrintable(QString::number(page->minimumSizeHint().height())));
        // The parts of a compound control (a combo's list, a spin box's edit, a clear button) go with their owner.
        const auto isPart = [page](const QWidget* w) {
            for (const QWidget* p = w->parentWidget(); p && p != page; p = p->parentWidget()) {
                if (qobject_cast<const QComboBox*>(p) || qobject_cast<const QAbstractSpinBox*>(p)
                    || qobject_cast<const QLineEdit*>(p) || qobject_cast<const QAbstractItemView*>(p)
                    || qobject_cast<const QTabBar*>(p))
                    return true;
            }
            return w->objectName().startsWith(QStringLiteral("qt_"));
        };
        for (QWidget* w : page->findChildren<QWidget*>()) {
            const bool interactive = qobject_cast<QAbstractButton*>(w) || qobject_cast<QComboBox*>(w)
                || qobject_cast<QLineEdit*>(w) || qobject_cast<QAbstractItemView*>(w)
                || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QTabWidget*>(w);
            if (interactive && !isPart(w))
                QVERIFY2(!w->objectName().isEmpty() && !w->accessibleName().isEmpty(),
                    qPrintable(QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName()));
        }
        for (QLabel* label : page->findChildren<QLabel*>()) {
            if (label->text().contains(QLatin1Char('&')))
                QVERIFY2(label->buddy(), qPrintable(label->text()));
            QVERIFY2(!label->text().endsWith(QLatin1Char(':')), qPrintable(label->text()));
        }
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
        // After the purge's clear() the columns are set up again: words, the id hidden.
        provider->setCurrentIndex(0);
        QCOMPARE(text(page->model(), 0, Column::Provider), QStringLiteral("Sandbox (built-in test gateway)"));
        QVERIFY(f.findIn<QTableView>(kPage, QStringLiteral("historyTable"))->isColumnHidden(Column::Id));
    }
};

const QDateTime TestHistoryPage::kFailedAt(QDate(2026, 3, 1), QTime(10, 15, 30), Qt::UTC);

QTEST_MAIN(TestHistoryPage)
#include "TestHistoryPage.moc"
