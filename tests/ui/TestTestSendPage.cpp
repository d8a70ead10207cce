#include "ConsoleFixture.h"
#include "pages/TestSendPage.h"
#include "storage/HistoryRepository.h"
#include "storage/ProviderRepository.h"
#include "storage/SettingsRepository.h"
#include "widgets/FieldMessage.h"
#include "widgets/SendVerifyPanel.h"

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
#include <QToolButton>

using namespace smsotp;
using smsotp::ui::ChallengeState;
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

    static bool sendAndWait(ConsoleFixture& f)
    {
        auto* panel = f.findIn<ui::SendVerifyPanel>(kPage, QStringLiteral("sendVerifyPanel"));
        f.findIn<QPushButton>(kPage, QStringLiteral("sendButton"))->click();
        return QTest::qWaitFor(
            [&] { return ui::isEndState(panel->state()) || panel->state() == ChallengeState::Open; }, 15000);
    }

    // The challenge's part of the panel is gone: no countdown, no attempts, no Resend, no code to type.
    static void verifyChallengeCleared(ConsoleFixture& f)
    {
        QCOMPARE(f.findIn<QLabel>(kPage, QStringLiteral("countdownLabel"))->text(), QString());
        QCOMPARE(f.findIn<QLabel>(kPage, QStringLiteral("attemptsLabel"))->text(), QString());
        auto* resend = f.findIn<QPushButton>(kPage, QStringLiteral("resendButton"));
        QVERIFY(!resend->isEnabled());
        QCOMPARE(resend->text(), QStringLiteral("&Resend"));
        QVERIFY(!f.findIn<QLineEdit>(kPage, QStringLiteral("codeEdit"))->isEnabled());
        QVERIFY(!f.findIn<QPushButton>(kPage, QStringLiteral("verifyButton"))->isEnabled());
    }

    // A sent code, so the challenge part is filled before an end state has to clear it.
    static bool openChallenge(ConsoleFixture& f)
    {
        enterNumber(f, QStringLiteral("GB"), QStringLiteral("07400123456"));
        auto* panel = f.findIn<ui::SendVerifyPanel>(kPage, QStringLiteral("sendVerifyPanel"));
        return sendAndWait(f) && panel->state() == ChallengeState::Open
            && !f.findIn<QLabel>(kPage, QStringLiteral("countdownLabel"))->text().isEmpty()
            && !f.findIn<QLabel>(kPage, QStringLiteral("attemptsLabel"))->text().isEmpty();
    }

    static void setFailMode(ConsoleFixture& f, sandbox::FailMode mode)
    {
        auto* failMode = f.findIn<QComboBox>(kPage, QStringLiteral("sandboxFailModeCombo"));
        failMode->setCurrentIndex(failMode->findData(int(mode)));
    }

    static QString wrongCode(const QString& code)
    {
        return code == u"000000" ? QStringLiteral("111111") : QStringLiteral("000000");
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

    // The SMS text's locale is chosen on the page: the German text reaches the sandbox phone, and the history says so.
    void theTextIsSentInTheChosenLocale()
    {
        ConsoleFixture f;
        QVERIFY(
            !storage::SettingsRepository(*f.database)
                 .setSmsText(QStringLiteral("de_DE"), QStringLiteral("Ihr Code lautet {{confirmation-code}}."), false)
                 .isError());
        openPage(f);
        auto* locale = f.findIn<QComboBox>(kPage, QStringLiteral("localeCombo"));
        QCOMPARE(locale->count(), 2);
        QCOMPARE(locale->itemText(0), QStringLiteral("en_US (default)"));
        QCOMPARE(locale->currentData().toString(), QStringLiteral("en_US"));
        locale->setCurrentIndex(locale->findData(QStringLiteral("de_DE")));
        enterNumber(f, QStringLiteral("GB"), QStringLiteral("07400123456"));
        QVERIFY(sendAndWait(f));
        auto* inbox = f.findIn<QListWidget>(kPage, QStringLiteral("sandboxInbox"));
        QVERIFY(QTest::qWaitFor([&] { return inbox->count() > 0; }, 10000));
        QVERIFY2(
            inbox->item(0)->text().contains(QStringLiteral("Ihr Code lautet")), qPrintable(inbox->item(0)->text()));
        const storage::HistoryRepository::ListResult rows = storage::HistoryRepository(*f.database).list({});
        QVERIFY(!rows.entries.isEmpty());
        QCOMPARE(rows.entries.first().locale, QStringLiteral("de_DE"));
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
    void verifiedClearsTheChallengeAndResendStopsCounting()
    {
        ConsoleFixture f;
        openPage(f);
        QVERIFY(openChallenge(f));
        QVERIFY(f.findIn<QPushButton>(kPage, QStringLiteral("resendButton"))->text().contains(QStringLiteral(" s)")));
        QTest::keyClicks(f.findIn<QLineEdit>(kPage, QStringLiteral("codeEdit")), codeFromInbox(f));
        f.findIn<QPushButton>(kPage, QStringLiteral("verifyButton"))->click();
        auto* panel = f.findIn<ui::SendVerifyPanel>(kPage, QStringLiteral("sendVerifyPanel"));
        QCOMPARE(panel->state(), ChallengeState::Verified);
        verifyChallengeCleared(f);
        QTest::qWait(1100); // a tick of the countdown: nothing comes back
        verifyChallengeCleared(f);
    }

    void lockedClearsTheChallenge()
    {
        ConsoleFixture f;
        openPage(f);
        QVERIFY(openChallenge(f));
        const QString wrong = wrongCode(codeFromInbox(f));
        auto* codeEdit = f.findIn<QLineEdit>(kPage, QStringLiteral("codeEdit"));
        auto* panel = f.findIn<ui::SendVerifyPanel>(kPage, QStringLiteral("sendVerifyPanel"));
        for (int i = 0; i < 3 && panel->state() == ChallengeState::Open; ++i) {
            codeEdit->clear();
            QTest::keyClicks(codeEdit, wrong);
            QTest::keyClick(codeEdit, Qt::Key_Return); // Return verifies
        }
        QCOMPARE(panel->state(), ChallengeState::Locked);
        QCOMPARE(f.findIn<FieldMessage>(kPage, QStringLiteral("outcomeMessage"))->kind(), FieldMessage::Kind::Error);
        verifyChallengeCleared(f);
    }

    void expiredClearsTheChallenge()
    {
        ConsoleFixture f;
        openPage(f);
        QVERIFY(openChallenge(f));
        auto* panel = f.findIn<ui::SendVerifyPanel>(kPage, QStringLiteral("sendVerifyPanel"));
        panel->checkExpiry(QDateTime::currentDateTimeUtc().addSecs(3600));
        QCOMPARE(panel->state(), ChallengeState::Expired);
        QVERIFY(f.findIn<FieldMessage>(kPage, QStringLiteral("outcomeMessage"))
                    ->text()
                    .contains(QStringLiteral("expired")));
        verifyChallengeCleared(f);
    }

    void cancelledClearsTheChallenge()
    {
        ConsoleFixture f;
        openPage(f);
        QVERIFY(openChallenge(f));
        setFailMode(f, sandbox::FailMode::Timeout);
        f.findIn<QPushButton>(kPage, QStringLiteral("sendButton"))->click();
        auto* cancel = f.findIn<QPushButton>(kPage, QStringLiteral("cancelButton"));
        QVERIFY(QTest::qWaitFor([&] { return cancel->isVisible(); }, 5000));
        cancel->click();
        auto* panel = f.findIn<ui::SendVerifyPanel>(kPage, QStringLiteral("sendVerifyPanel"));
        QVERIFY(QTest::qWaitFor([&] { return panel->state() == ChallengeState::Cancelled; }, 5000));
        verifyChallengeCleared(f);
    }

    // After a send the page follows the message: the sandbox's states up to "delivered", shown under the outcome;
    // in the "Accepts, never delivers" mode it ends "not delivered" with the code and what it means, and the
    // History page's row says the same.
    void deliveryIsShownAsItHappens()
    {
        ConsoleFixture f;
        openPage(f);
        auto* delivery = f.findIn<FieldMessage>(kPage, QStringLiteral("deliveryMessage"));
        QVERIFY(openChallenge(f));
        QVERIFY(delivery->text().startsWith(QStringLiteral("Delivery:")));
        QVERIFY(QTest::qWaitFor([&] { return delivery->kind() == FieldMessage::Kind::Ok; }, 15000));
        QCOMPARE(delivery->text(), QStringLiteral("Delivery: delivered"));

        setFailMode(f, sandbox::FailMode::Undelivered);
        f.findIn<ui::SendVerifyPanel>(kPage, QStringLiteral("sendVerifyPanel"))->reset();
        QVERIFY(sendAndWait(f));
        QVERIFY(delivery->kind() != FieldMessage::Kind::Ok); // the earlier message's state is gone
        QVERIFY(QTest::qWaitFor([&] { return delivery->kind() == FieldMessage::Kind::Error; }, 15000));
        QVERIFY2(
            delivery->text().contains(QStringLiteral("not delivered (error 30003)")), qPrintable(delivery->text()));
        QVERIFY(delivery->text().contains(QStringLiteral("could not be reached")));
        const auto rows = storage::HistoryRepository(*f.database).list({}).entries;
        QCOMPARE(rows.first().delivery, QStringLiteral("undelivered"));
    }

    // A sender name and a number in a country that refuses names: said under the provider before anything is sent.
    void aSenderNameToNorthAmericaIsWarnedOf()
    {
        ConsoleFixture f;
        storage::ProviderRepository repository(*f.database);
        storage::CustomProviderSettings custom;
        custom.config.url = QStringLiteral("https://sms.example.com/send");
        custom.config.sender = QStringLiteral("AcmeBank");
        QVERIFY(!repository.saveCustom(custom).isError());
        openPage(f);
        auto* provider = f.findIn<QComboBox>(kPage, QStringLiteral("providerCombo"));
        provider->setCurrentIndex(provider->findData(int(providers::ProviderKind::Custom)));
        auto* warning = f.findIn<FieldMessage>(kPage, QStringLiteral("senderWarning"));
        enterNumber(f, QStringLiteral("US"), QStringLiteral("4155550100"));
        QCOMPARE(warning->kind(), FieldMessage::Kind::Warning);
        QVERIFY2(warning->text().contains(QStringLiteral("AcmeBank")), qPrintable(warning->text()));
        provider->setCurrentIndex(provider->findData(int(providers::ProviderKind::Sandbox)));
        QVERIFY(warning->text().isEmpty());
        provider->setCurrentIndex(provider->findData(int(providers::ProviderKind::Custom)));
        QVERIFY(!warning->text().isEmpty());
        auto* number = f.findIn<QLineEdit>(kPage, QStringLiteral("numberEdit"));
        number->clear();
        enterNumber(f, QStringLiteral("GB"), QStringLiteral("07400123456"));
        QVERIFY(warning->text().isEmpty());
    }

    void failedClearsTheChallengeWithTheDetailOneClickAway()
    {
        ConsoleFixture f;
        openPage(f);
        QVERIFY(openChallenge(f));
        setFailMode(f, sandbox::FailMode::Http500);
        QVERIFY(sendAndWait(f));
        auto* panel = f.findIn<ui::SendVerifyPanel>(kPage, QStringLiteral("sendVerifyPanel"));
        QCOMPARE(panel->state(), ChallengeState::Failed);
        QCOMPARE(f.findIn<FieldMessage>(kPage, QStringLiteral("outcomeMessage"))->kind(), FieldMessage::Kind::Error);
        verifyChallengeCleared(f);
        auto* toggle = f.findIn<QToolButton>(kPage, QStringLiteral("detailsToggle"));
        auto* details = f.findIn<QLabel>(kPage, QStringLiteral("detailsLabel"));
        QVERIFY(toggle->isVisible());
        QVERIFY(!details->isVisible());
        toggle->click();
        QVERIFY(details->isVisible());
        QVERIFY2(details->text().contains(QStringLiteral("HTTP status 500")), qPrintable(details->text()));
    }

    void countryFollowsTheTypedNumber()
    {
        ConsoleFixture f;
        openPage(f);
        auto* country = f.findIn<QComboBox>(kPage, QStringLiteral("countryCombo"));
        auto* number = f.findIn<QLineEdit>(kPage, QStringLiteral("numberEdit"));
        country->setCurrentIndex(country->findData(QStringLiteral("US")));
        const QList<std::pair<QString, QString>> cases = { { QStringLiteral("+44 7400"), QStringLiteral("GB") },
            { QStringLiteral("+49 151"), QStringLiteral("DE") }, { QStringLiteral("+1 202"), QStringLiteral("US") } };
        for (const auto& [typed, region] : cases) {
            number->clear();
            QTest::keyClicks(number, typed);
            QCOMPARE(country->currentData().toString(), region);
        }
        // The placeholder is the chosen country's example mobile number, which is valid.
        QVERIFY2(number->placeholderText().contains(QStringLiteral("+1")), qPrintable(number->placeholderText()));
    }

    void focusGoesToTheCodeAfterASend()
    {
        ConsoleFixture f;
        openPage(f);
        f.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        QVERIFY(openChallenge(f));
        auto* codeEdit = f.findIn<QLineEdit>(kPage, QStringLiteral("codeEdit"));
        QVERIFY(QTest::qWaitFor([&] { return codeEdit->hasFocus(); }, 2000));
    }

    // The console starts its sandbox gateway on first use, not at start: a send through the sandbox starts it.
    void aSandboxSendStartsTheGatewayWhenItIsNotRunning()
    {
        ConsoleFixture f;
        openPage(f); // builds every page: SMS Provider and Template Preview show the gateway's address (first use)
        f.sandbox->stop();
        QVERIFY(openChallenge(f));
        QVERIFY(f.sandbox->isListening());
        QVERIFY(!codeFromInbox(f).isEmpty());
    }

    void newestSandboxMessageIsFirstAndSelected()
    {
        ConsoleFixture f;
        openPage(f);
        QVERIFY(openChallenge(f));
        auto* number = f.findIn<QLineEdit>(kPage, QStringLiteral("numberEdit"));
        number->clear();
        QTest::keyClicks(number, QStringLiteral("+4915123456789"));
        QVERIFY(sendAndWait(f));
        auto* inbox = f.findIn<QListWidget>(kPage, QStringLiteral("sandboxInbox"));
        QCOMPARE(inbox->count(), 2);
        QVERIFY2(inbox->item(0)->text().contains(QStringLiteral("+4915123456789")), qPrintable(inbox->item(0)->text()));
        QCOMPARE(inbox->currentRow(), 0);
        QVERIFY(inbox->item(0)->isSelected());
    }

    void everyMnemonicHasABuddyAndEveryComboALabel()
    {
        ConsoleFixture f;
        auto* page = openPage(f);
        QHash<QWidget*, QLabel*> buddies;
        for (QLabel* label : page->findChildren<QLabel*>()) {
            if (label->text().contains(u'&')) {
                QVERIFY2(label->buddy(), qPrintable(label->text()));
                buddies.insert(label->buddy(), label);
            }
        }
        QCOMPARE(
            buddies.value(f.findIn<QLineEdit>(kPage, QStringLiteral("numberEdit")))->text(), QStringLiteral("Nu&mber"));
        QCOMPARE(
            buddies.value(f.findIn<QLineEdit>(kPage, QStringLiteral("codeEdit")))->text(), QStringLiteral("C&ode"));
        for (QComboBox* combo : page->findChildren<QComboBox*>())
            QVERIFY2(buddies.contains(combo), qPrintable(combo->objectName()));

        // Alt+M reaches the number (Alt+N is the wizard's Next); Alt+O the code once a code can be typed.
        f.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        QTest::keyClick(f.window.get(), Qt::Key_M, Qt::AltModifier);
        QVERIFY(f.findIn<QLineEdit>(kPage, QStringLiteral("numberEdit"))->hasFocus());
        QVERIFY(openChallenge(f));
        f.findIn<QComboBox>(kPage, QStringLiteral("providerCombo"))->setFocus();
        QTest::keyClick(f.window.get(), Qt::Key_O, Qt::AltModifier);
        QVERIFY(f.findIn<QLineEdit>(kPage, QStringLiteral("codeEdit"))->hasFocus());
    }

    void fitsTheMainWindow()
    {
        ConsoleFixture f;
        auto* page = openPage(f);
        const QSize hint = page->minimumSizeHint();
        QVERIFY2(hint.width() <= 680 && hint.height() <= 560,
            qPrintable(QStringLiteral("%1x%2").arg(hint.width()).arg(hint.height())));
        auto* number = f.findIn<QLineEdit>(kPage, QStringLiteral("numberEdit"));
        QVERIFY(number->width() >= number->fontMetrics().horizontalAdvance(number->placeholderText()));
    }
};

QTEST_MAIN(TestTestSendPage)
#include "TestTestSendPage.moc"
