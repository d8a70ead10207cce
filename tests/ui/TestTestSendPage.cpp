#include "ConsoleFixture.h"
#include "pages/TestSendPage.h"
#include "widgets/FieldMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>

using namespace smsotp;
using smsotp::ui::FieldMessage;

// The send-and-verify flow on the sandbox, driven by object names as a user would.
class TestTestSendPage : public QObject
{
    Q_OBJECT

    inline static const QString kPage = QStringLiteral("testSendPage");

    static ui::TestSendPage* openPage(ConsoleFixture& f)
    {
        auto* page = f.find<ui::TestSendPage>(kPage);
        f.window->showPage(int(f.window->pages().indexOf(page)));
        return page;
    }

    static void enterNumber(ConsoleFixture& f, const QString& region, const QString& number)
    {
        auto* country = f.findIn<QComboBox>(kPage, QStringLiteral("countryCombo"));
        country->setCurrentIndex(country->findData(region));
        QTest::keyClicks(f.findIn<QLineEdit>(kPage, QStringLiteral("numberEdit")), number);
    }

    static QString codeFromInbox(ConsoleFixture& f)
    {
        auto* inbox = f.findIn<QListWidget>(kPage, QStringLiteral("sandboxInbox"));
        if (!inbox->count())
            return {};
        const QString text = inbox->item(0)->text();
        return QRegularExpression(QStringLiteral("code is ([0-9]+)")).match(text).captured(1);
    }

private Q_SLOTS:
    void numbersAreNormalisedWithTheReason()
    {
        ConsoleFixture f;
        openPage(f);
        auto* send = f.findIn<QPushButton>(kPage, QStringLiteral("sendButton"));
        auto* message = f.findIn<FieldMessage>(kPage, QStringLiteral("numberMessage"));
        enterNumber(f, QStringLiteral("GB"), QStringLiteral("07400 1234"));
        QCOMPARE(message->kind(), FieldMessage::Kind::Error);
        QVERIFY(!send->isEnabled());
        QTest::keyClicks(f.findIn<QLineEdit>(kPage, QStringLiteral("numberEdit")), QStringLiteral("56"));
        QVERIFY2(message->text().contains(QStringLiteral("+447400123456")), qPrintable(message->text()));
        QVERIFY(send->isEnabled());
    }

    void wholeFlowOnTheSandbox()
    {
        ConsoleFixture f;
        openPage(f);
        QCOMPARE(f.findIn<QComboBox>(kPage, QStringLiteral("providerCombo"))->currentData().toInt(),
            int(providers::ProviderKind::Sandbox));
        enterNumber(f, QStringLiteral("GB"), QStringLiteral("07400123456"));
        f.findIn<QPushButton>(kPage, QStringLiteral("sendButton"))->click();
        auto* outcome = f.findIn<FieldMessage>(kPage, QStringLiteral("outcomeMessage"));
        QVERIFY(QTest::qWaitFor([&] { return outcome->kind() == FieldMessage::Kind::Ok; }, 10000));
        QVERIFY(outcome->text().contains(QStringLiteral("Message id")));
        QVERIFY(
            f.findIn<QLabel>(kPage, QStringLiteral("countdownLabel"))->text().contains(QStringLiteral("Expires in")));

        const QString code = codeFromInbox(f);
        QCOMPARE(code.size(), 6);
        auto* codeEdit = f.findIn<QLineEdit>(kPage, QStringLiteral("codeEdit"));
        QVERIFY(codeEdit->isEnabled());
        // A wrong code first: attempts left shown, then the right one.
        QTest::keyClicks(codeEdit, code == u"000000" ? QStringLiteral("111111") : QStringLiteral("000000"));
        f.findIn<QPushButton>(kPage, QStringLiteral("verifyButton"))->click();
        QVERIFY(f.findIn<QLabel>(kPage, QStringLiteral("attemptsLabel"))->text().contains(QStringLiteral("2")));
        codeEdit->clear();
        QTest::keyClicks(codeEdit, code);
        f.findIn<QPushButton>(kPage, QStringLiteral("verifyButton"))->click();
        QCOMPARE(outcome->kind(), FieldMessage::Kind::Ok);
        QVERIFY(!codeEdit->isEnabled());
    }

    void resendWaitsForTheInterval()
    {
        ConsoleFixture f;
        openPage(f);
        enterNumber(f, QStringLiteral("GB"), QStringLiteral("07400123456"));
        f.findIn<QPushButton>(kPage, QStringLiteral("sendButton"))->click();
        auto* resend = f.findIn<QPushButton>(kPage, QStringLiteral("resendButton"));
        auto* outcome = f.findIn<FieldMessage>(kPage, QStringLiteral("outcomeMessage"));
        QVERIFY(QTest::qWaitFor([&] { return outcome->kind() == FieldMessage::Kind::Ok; }, 10000));
        QVERIFY(!resend->isEnabled()); // default minimum interval: 30 s
        QVERIFY2(resend->text().contains(QStringLiteral(" s)")), qPrintable(resend->text()));
    }

    void cancelDuringASlowSend()
    {
        ConsoleFixture f;
        openPage(f);
        auto* failMode = f.findIn<QComboBox>(kPage, QStringLiteral("sandboxFailModeCombo"));
        failMode->setCurrentIndex(failMode->findData(int(sandbox::FailMode::Timeout)));
        enterNumber(f, QStringLiteral("GB"), QStringLiteral("07400123456"));
        f.findIn<QPushButton>(kPage, QStringLiteral("sendButton"))->click();
        auto* cancel = f.findIn<QPushButton>(kPage, QStringLiteral("cancelButton"));
        QVERIFY(QTest::qWaitFor([&] { return cancel->isVisible(); }, 5000));
        QVERIFY(!f.findIn<QPushButton>(kPage, QStringLiteral("sendButton"))->isEnabled());
        QTest::qWait(100);
        cancel->click();
        auto* outcome = f.findIn<FieldMessage>(kPage, QStringLiteral("outcomeMessage"));
        QVERIFY(QTest::qWaitFor([&] { return outcome->text().startsWith(QStringLiteral("Cancelled")); }, 5000));
        QVERIFY(!cancel->isVisible());
        QVERIFY(f.findIn<QPushButton>(kPage, QStringLiteral("sendButton"))->isEnabled());
        QCOMPARE(f.findIn<QListWidget>(kPage, QStringLiteral("sandboxInbox"))->count(), 0);
    }

    void backupCodesShownOnceAndAcceptedWhenOn()
    {
        ConsoleFixture f;
        auto* page = openPage(f);
        enterNumber(f, QStringLiteral("GB"), QStringLiteral("07400123456"));
        auto* backupButton = f.findIn<QPushButton>(kPage, QStringLiteral("backupCodesButton"));
        QVERIFY(backupButton->isEnabled());
        backupButton->click();
        QVERIFY(QTest::qWaitFor([&] { return page->backupCodesDialog() && page->backupCodesDialog()->isVisible(); }));
        QDialog* dialog = page->backupCodesDialog();
        const QStringList codes = dialog->findChild<QPlainTextEdit*>(QStringLiteral("backupCodesText"))
                                      ->toPlainText()
                                      .split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(codes.size(), 10);
        bool warned = false;
        for (const QLabel* label : dialog->findChildren<QLabel*>())
            warned = warned || label->text().contains(QStringLiteral("only this once"));
        QVERIFY(warned);
        dialog->reject();
        QVERIFY(QTest::qWaitFor([&] { return !page->backupCodesDialog(); }));

        // A second click asks before replacing the set.
        backupButton->click();
        QMessageBox* ask = nullptr;
        QVERIFY(QTest::qWaitFor([&] {
            ask = page->findChild<QMessageBox*>(QStringLiteral("replaceBackupCodesBox"));
            return ask && ask->isVisible();
        }));
        ask->reject();
        QVERIFY(!page->backupCodesDialog());

        auto* accept = f.findIn<QCheckBox>(kPage, QStringLiteral("acceptBackupCheck"));
        QVERIFY(!accept->isChecked());
        accept->setChecked(true);
        f.findIn<QPushButton>(kPage, QStringLiteral("sendButton"))->click();
        auto* outcome = f.findIn<FieldMessage>(kPage, QStringLiteral("outcomeMessage"));
        QVERIFY(QTest::qWaitFor([&] { return outcome->kind() == FieldMessage::Kind::Ok; }, 10000));
        const QString backup = codes.at(0) == codeFromInbox(f) ? codes.at(1) : codes.at(0);
        QTest::keyClicks(f.findIn<QLineEdit>(kPage, QStringLiteral("codeEdit")), backup);
        f.findIn<QPushButton>(kPage, QStringLiteral("verifyButton"))->click();
        QCOMPARE(outcome->kind(), FieldMessage::Kind::Ok);
        QVERIFY2(
            outcome->text().contains(QStringLiteral("backup code")) && outcome->text().contains(QStringLiteral("9")),
            qPrintable(outcome->text()));
    }
};

QTEST_MAIN(TestTestSendPage)
#include "TestTestSendPage.moc"
