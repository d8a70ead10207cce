#include "ConsoleFixture.h"
#include "DbLocker.h"
#include "pages/OtpSettingsPage.h"
#include "storage/SettingsRepository.h"
#include "widgets/FieldMessage.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace smsotp;
using smsotp::ui::FieldMessage;

class TestOtpSettingsPage : public QObject
{
    Q_OBJECT

    inline static const QString kPage = QStringLiteral("otpSettingsPage");

    static void type(QLineEdit* edit, const QString& text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    static FieldMessage* messageOf(const ConsoleFixture& f, const QString& editName)
    {
        return f.findIn<FieldMessage>(kPage, editName + QStringLiteral("Message"));
    }

private Q_SLOTS:
    void showsTheDefaultsOnAFreshDataFolder()
    {
        ConsoleFixture f;
        QVERIFY(f.window);
        QCOMPARE(f.findIn<QLineEdit>(kPage, QStringLiteral("expiryEdit"))->text(), QStringLiteral("300"));
        QCOMPARE(f.findIn<QLineEdit>(kPage, QStringLiteral("lengthEdit"))->text(), QStringLiteral("6"));
        QVERIFY(f.findIn<QCheckBox>(kPage, QStringLiteral("numericCheck"))->isChecked());
        QCOMPARE(f.findIn<QLineEdit>(kPage, QStringLiteral("resendAttemptsEdit"))->text(), QStringLiteral("5"));
        QCOMPARE(f.findIn<QLineEdit>(kPage, QStringLiteral("resendBlockEdit"))->text(), QStringLiteral("5"));
        QCOMPARE(f.findIn<QLineEdit>(kPage, QStringLiteral("maxFailedAttemptsEdit"))->text(), QStringLiteral("3"));
        QCOMPARE(f.findIn<QLineEdit>(kPage, QStringLiteral("sendsPerHourEdit"))->text(), QStringLiteral("10"));
        QVERIFY(!f.findIn<QPushButton>(kPage, QStringLiteral("saveButton"))->isEnabled());
        QVERIFY(!f.findIn<QCheckBox>(kPage, QStringLiteral("excludeLookalikesCheck"))->isEnabled());
    }

    void savedValuesSurviveARestart()
    {
        ConsoleFixture f;
        type(f.findIn<QLineEdit>(kPage, QStringLiteral("expiryEdit")), QStringLiteral("180"));
        type(f.findIn<QLineEdit>(kPage, QStringLiteral("lengthEdit")), QStringLiteral("8"));
        f.findIn<QCheckBox>(kPage, QStringLiteral("numericCheck"))->click();
        f.findIn<QCheckBox>(kPage, QStringLiteral("excludeLookalikesCheck"))->click();
        type(f.findIn<QLineEdit>(kPage, QStringLiteral("sendsPerHourEdit")), QStringLiteral("4"));
        auto* save = f.findIn<QPushButton>(kPage, QStringLiteral("saveButton"));
        QVERIFY(save->isEnabled());
        save->click();
        QVERIFY(!save->isEnabled());
        QVERIFY(!f.window->currentPage()->isDirty());

        f.restart();
        QCOMPARE(f.findIn<QLineEdit>(kPage, QStringLiteral("expiryEdit"))->text(), QStringLiteral("180"));
        QCOMPARE(f.findIn<QLineEdit>(kPage, QStringLiteral("lengthEdit"))->text(), QStringLiteral("8"));
        QVERIFY(!f.findIn<QCheckBox>(kPage, QStringLiteral("numericCheck"))->isChecked());
        QVERIFY(f.findIn<QCheckBox>(kPage, QStringLiteral("excludeLookalikesCheck"))->isChecked());
        QVERIFY(f.findIn<QCheckBox>(kPage, QStringLiteral("excludeLookalikesCheck"))->isEnabled());
        QCOMPARE(f.findIn<QLineEdit>(kPage, QStringLiteral("sendsPerHourEdit"))->text(), QStringLiteral("4"));
        QVERIFY(!f.findIn<QPushButton>(kPage, QStringLiteral("saveButton"))->isEnabled());
    }

    void badValuesKeepSaveDisabledWithTheReason_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("expiry 0") << "expiryEdit"
                                  << "0"
                                  << "from 5 to 86400";
        QTest::newRow("expiry negative") << "expiryEdit"
                                         << "-30"
                                         << "from 5 to 86400";
        QTest::newRow("expiry non-numeric") << "expiryEdit"
                                            << "5 min"
                                            << "Not a whole number";
        QTest::newRow("expiry absurd") << "expiryEdit"
                                       << "999999999999"
                                       << "from 5 to 86400";
        QTest::newRow("expiry empty") << "expiryEdit"
                                      << ""
                                      << "Required";
        QTest::newRow("length 0") << "lengthEdit"
                                  << "0"
                                  << "from 4 to 64";
        QTest::newRow("length 1") << "lengthEdit"
                                  << "1"
                                  << "from 4 to 64";
        QTest::newRow("length 3") << "lengthEdit"
                                  << "3"
                                  << "from 4 to 64";
        QTest::newRow("length 65") << "lengthEdit"
                                   << "65"
                                   << "from 4 to 64";
        QTest::newRow("failed attempts 0") << "maxFailedAttemptsEdit"
                                           << "0"
                                           << "from 1 to 100";
    }
    void badValuesKeepSaveDisabledWithTheReason()
    {
        QFETCH(QString, edit);
        QFETCH(QString, text);
        QFETCH(QString, reason);
        ConsoleFixture f;
        type(
            f.findIn<QLineEdit>(kPage, QStringLiteral("resendAttemptsEdit")), QStringLiteral("2")); // a good change too
        type(f.findIn<QLineEdit>(kPage, edit), text);
        QVERIFY(!f.findIn<QPushButton>(kPage, QStringLiteral("saveButton"))->isEnabled());
        QVERIFY(f.window->currentPage()->isDirty());
        FieldMessage* message = messageOf(f, edit);
        QCOMPARE(message->kind(), FieldMessage::Kind::Error);
        QVERIFY2(message->text().contains(reason), qPrintable(message->text()));
        QVERIFY(message->isVisible());
        QVERIFY(!f.window->currentPage()->save()); // Ctrl+S cannot save it either

        // Nothing bad reached the database.
        f.restart();
        QCOMPARE(f.findIn<QLineEdit>(kPage, QStringLiteral("expiryEdit"))->text(), QStringLiteral("300"));
        QCOMPARE(f.findIn<QLineEdit>(kPage, QStringLiteral("lengthEdit"))->text(), QStringLiteral("6"));
        QCOMPARE(f.findIn<QLineEdit>(kPage, QStringLiteral("resendAttemptsEdit"))->text(), QStringLiteral("5"));
    }

    void guidelineWarningsDoNotBlockSaving()
    {
        ConsoleFixture f;
        type(f.findIn<QLineEdit>(kPage, QStringLiteral("lengthEdit")), QStringLiteral("5"));
        FieldMessage* length = messageOf(f, QStringLiteral("lengthEdit"));
        QCOMPARE(length->kind(), FieldMessage::Kind::Warning);
        QVERIFY(length->text().contains(QStringLiteral("NIST SP 800-63B")));
        QVERIFY(length->text().contains(QStringLiteral("6 digits")));
        type(f.findIn<QLineEdit>(kPage, QStringLiteral("expiryEdit")), QStringLiteral("900"));
        FieldMessage* expiry = messageOf(f, QStringLiteral("expiryEdit"));
        QCOMPARE(expiry->kind(), FieldMessage::Kind::Warning);
        QVERIFY(expiry->text().contains(QStringLiteral("10 minutes")));
        QVERIFY(f.findIn<QPushButton>(kPage, QStringLiteral("saveButton"))->isEnabled());

        type(f.findIn<QLineEdit>(kPage, QStringLiteral("lengthEdit")), QStringLiteral("7"));
        QCOMPARE(length->kind(), FieldMessage::Kind::Hint);
    }

    void entropyIsShownLive()
    {
        ConsoleFixture f;
        auto* entropy = f.findIn<QLabel>(kPage, QStringLiteral("entropyLabel"));
        QVERIFY(entropy->text().startsWith(QStringLiteral("19.9 bits")));
        type(f.findIn<QLineEdit>(kPage, QStringLiteral("lengthEdit")), QStringLiteral("8"));
        QVERIFY2(entropy->text().startsWith(QStringLiteral("26.6 bits")), qPrintable(entropy->text()));
        f.findIn<QCheckBox>(kPage, QStringLiteral("numericCheck"))->click();
        QVERIFY2(entropy->text().startsWith(QStringLiteral("41.4 bits")), qPrintable(entropy->text())); // 8*log2(36)
        f.findIn<QCheckBox>(kPage, QStringLiteral("excludeLookalikesCheck"))->click();
        QVERIFY2(entropy->text().startsWith(QStringLiteral("39.6 bits")), qPrintable(entropy->text())); // 8*log2(31)
        type(f.findIn<QLineEdit>(kPage, QStringLiteral("lengthEdit")), QStringLiteral("x"));
        QVERIFY(!entropy->text().contains(QStringLiteral("bits")));
    }

    void revertRestoresTheSavedValues()
    {
        ConsoleFixture f;
        type(f.findIn<QLineEdit>(kPage, QStringLiteral("expiryEdit")), QStringLiteral("abc"));
        f.findIn<QCheckBox>(kPage, QStringLiteral("numericCheck"))->click();
        QVERIFY(f.window->currentPage()->isDirty());
        f.findIn<QPushButton>(kPage, QStringLiteral("revertButton"))->click();
        QCOMPARE(f.findIn<QLineEdit>(kPage, QStringLiteral("expiryEdit"))->text(), QStringLiteral("300"));
        QVERIFY(f.findIn<QCheckBox>(kPage, QStringLiteral("numericCheck"))->isChecked());
        QVERIFY(!f.window->currentPage()->isDirty());
        QCOMPARE(messageOf(f, QStringLiteral("expiryEdit"))->kind(), FieldMessage::Kind::Hint);
    }

    void typingBackTheSavedValueIsNotAChange()
    {
        ConsoleFixture f;
        type(f.findIn<QLineEdit>(kPage, QStringLiteral("lengthEdit")), QStringLiteral("7"));
        QVERIFY(f.window->currentPage()->isDirty());
        type(f.findIn<QLineEdit>(kPage, QStringLiteral("lengthEdit")), QStringLiteral("6"));
        QVERIFY(!f.window->currentPage()->isDirty());
        QVERIFY(!f.findIn<QPushButton>(kPage, QStringLiteral("saveButton"))->isEnabled());
    }

    // Another program holds the database: the save fails with its reason, the typed values stay, and a later
    // save succeeds.
    void failedSaveKeepsWhatWasTyped()
    {
        ConsoleFixture f(100);
        type(f.findIn<QLineEdit>(kPage, QStringLiteral("expiryEdit")), QStringLiteral("240"));
        {
            DbLocker locker(f.database->filePath(), DbLocker::Mode::Write);
            QVERIFY(locker.isLocked());
            f.findIn<QPushButton>(kPage, QStringLiteral("saveButton"))->click();
            auto* message = f.findIn<FieldMessage>(kPage, QStringLiteral("pageMessage"));
            QCOMPARE(message->kind(), FieldMessage::Kind::Error);
            QVERIFY2(message->text().contains(QStringLiteral("locked")), qPrintable(message->text()));
            QCOMPARE(f.findIn<QLineEdit>(kPage, QStringLiteral("expiryEdit"))->text(), QStringLiteral("240"));
            QVERIFY(f.window->currentPage()->isDirty());
            QVERIFY(f.findIn<QPushButton>(kPage, QStringLiteral("saveButton"))->isEnabled());
        }
        f.findIn<QPushButton>(kPage, QStringLiteral("saveButton"))->click();
        QVERIFY(!f.window->currentPage()->isDirty());
        QCOMPARE(f.findIn<FieldMessage>(kPage, QStringLiteral("pageMessage"))->kind(), FieldMessage::Kind::None);
        f.restart();
        QCOMPARE(f.findIn<QLineEdit>(kPage, QStringLiteral("expiryEdit"))->text(), QStringLiteral("240"));
    }
};

QTEST_MAIN(TestOtpSettingsPage)
#include "TestOtpSettingsPage.moc"
