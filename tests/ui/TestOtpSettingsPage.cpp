#include "ConsoleFixture.h"
#include "DbLocker.h"
#include "pages/OtpSettingsPage.h"
#include "storage/SettingsRepository.h"
#include "widgets/FieldMessage.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

using namespace smsotp;
using smsotp::ui::FieldMessage;

class TestOtpSettingsPage : public QObject
{
    Q_OBJECT

    inline static const QString kPage = QStringLiteral("otpSettingsPage");

    static QSpinBox* spin(const ConsoleFixture& f, const QString& name) { return f.findIn<QSpinBox>(kPage, name); }

    // Types as a user does: select all, delete, then key by key (the spin box refuses what it cannot take).
    static void type(QSpinBox* box, const QString& text)
    {
        box->setFocus();
        box->selectAll();
        QTest::keyClick(box, Qt::Key_Backspace);
        QTest::keyClicks(box, text);
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
        QCOMPARE(spin(f, QStringLiteral("expirySpin"))->value(), 300);
        QCOMPARE(spin(f, QStringLiteral("lengthSpin"))->value(), 6);
        QVERIFY(f.findIn<QCheckBox>(kPage, QStringLiteral("numericCheck"))->isChecked());
        QCOMPARE(spin(f, QStringLiteral("resendAttemptsSpin"))->value(), 5);
        QCOMPARE(spin(f, QStringLiteral("resendBlockSpin"))->value(), 5);
        QCOMPARE(spin(f, QStringLiteral("maxFailedAttemptsSpin"))->value(), 3);
        QCOMPARE(spin(f, QStringLiteral("sendsPerHourSpin"))->value(), 10);
        QVERIFY(!f.findIn<QPushButton>(kPage, QStringLiteral("saveButton"))->isEnabled());
        QVERIFY(!f.findIn<QCheckBox>(kPage, QStringLiteral("excludeLookalikesCheck"))->isEnabled());
    }

    void savedValuesSurviveARestart()
    {
        ConsoleFixture f;
        type(spin(f, QStringLiteral("expirySpin")), QStringLiteral("180"));
        type(spin(f, QStringLiteral("lengthSpin")), QStringLiteral("8"));
        f.findIn<QCheckBox>(kPage, QStringLiteral("numericCheck"))->click();
        f.findIn<QCheckBox>(kPage, QStringLiteral("excludeLookalikesCheck"))->click();
        type(spin(f, QStringLiteral("sendsPerHourSpin")), QStringLiteral("4"));
        auto* save = f.findIn<QPushButton>(kPage, QStringLiteral("saveButton"));
        QVERIFY(save->isEnabled());
        save->click();
        QVERIFY(!save->isEnabled());
        QVERIFY(!f.window->currentPage()->isDirty());

        f.restart();
        QCOMPARE(spin(f, QStringLiteral("expirySpin"))->value(), 180);
        QCOMPARE(spin(f, QStringLiteral("lengthSpin"))->value(), 8);
        QVERIFY(!f.findIn<QCheckBox>(kPage, QStringLiteral("numericCheck"))->isChecked());
        QVERIFY(f.findIn<QCheckBox>(kPage, QStringLiteral("excludeLookalikesCheck"))->isChecked());
        QVERIFY(f.findIn<QCheckBox>(kPage, QStringLiteral("excludeLookalikesCheck"))->isEnabled());
        QCOMPARE(spin(f, QStringLiteral("sendsPerHourSpin"))->value(), 4);
        QVERIFY(!f.findIn<QPushButton>(kPage, QStringLiteral("saveButton"))->isEnabled());
    }

    // What a spin box lets through but is no value: empty, or under the minimum (a first digit of more).
    void badValuesKeepSaveDisabledWithTheReason_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("expiry 0") << "expirySpin"
                                  << "0"
                                  << "from 5 to 86400";
        QTest::newRow("expiry 4") << "expirySpin"
                                  << "4"
                                  << "from 5 to 86400";
        QTest::newRow("expiry empty") << "expirySpin"
                                      << ""
                                      << "Required";
        QTest::newRow("length 0") << "lengthSpin"
                                  << "0"
                                  << "from 4 to 64";
        QTest::newRow("length 1") << "lengthSpin"
                                  << "1"
                                  << "from 4 to 64";
        QTest::newRow("length 3") << "lengthSpin"
                                  << "3"
                                  << "from 4 to 64";
        QTest::newRow("failed attempts 0") << "maxFailedAttemptsSpin"
                                           << "0"
                                           << "from 1 to 100";
        QTest::newRow("sends per hour empty") << "sendsPerHourSpin"
                                              << ""
                                              << "Required";
    }
    void badValuesKeepSaveDisabledWithTheReason()
    {
        QFETCH(QString, edit);
        QFETCH(QString, text);
        QFETCH(QString, reason);
        ConsoleFixture f;
        type(spin(f, QStringLiteral("resendAttemptsSpin")), QStringLiteral("2")); // a good change too
        type(spin(f, edit), text);
        QVERIFY(!f.findIn<QPushButton>(kPage, QStringLiteral("saveButton"))->isEnabled());
        QVERIFY(f.window->currentPage()->isDirty());
        FieldMessage* message = messageOf(f, edit);
        QCOMPARE(message->kind(), FieldMessage::Kind::Error);
        QVERIFY2(message->text().contains(reason), qPrintable(message->text()));
        QVERIFY(message->isVisible());
        QVERIFY(!f.window->currentPage()->save()); // Ctrl+S cannot save it either

        // Nothing bad reached the database.
        f.restart();
        QCOMPARE(spin(f, QStringLiteral("expirySpin"))->value(), 300);
        QCOMPARE(spin(f, QStringLiteral("lengthSpin"))->value(), 6);
        QCOMPARE(spin(f, QStringLiteral("resendAttemptsSpin"))->value(), 5);
    }

    // Keys a field cannot take are refused as they are typed: a minus, letters, digits past the maximum.
    void keysAFieldCannotTakeAreRefused_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kept");
        QTest::newRow("expiry negative") << "expirySpin"
                                         << "-30" << 30;
        QTest::newRow("expiry with a word") << "expirySpin"
                                            << "5 min" << 5;
        QTest::newRow("expiry absurd") << "expirySpin"
                                       << "999999999999" << 9999;
        QTest::newRow("length 65") << "lengthSpin"
                                   << "65" << 6;
        QTest::newRow("block minutes 1441") << "resendBlockSpin"
                                            << "1441" << 144;
    }
    void keysAFieldCannotTakeAreRefused()
    {
        QFETCH(QString, edit);
        QFETCH(QString, text);
        QFETCH(int, kept);
        ConsoleFixture f;
        QSpinBox* box = spin(f, edit);
        type(box, text);
        QCOMPARE(box->cleanText(), QString::number(kept));
        QCOMPARE(box->value(), kept);
        QVERIFY(messageOf(f, edit)->kind() != FieldMessage::Kind::Error);
    }

    // Enter (or leaving the field) with a value out of range puts the last good value back: nothing is lost.
    void enterOnAValueOutOfRangePutsTheLastValueBack()
    {
        ConsoleFixture f;
        QSpinBox* expiry = spin(f, QStringLiteral("expirySpin"));
        type(expiry, QStringLiteral("240"));
        type(expiry, QStringLiteral("3"));
        QCOMPARE(messageOf(f, QStringLiteral("expirySpin"))->kind(), FieldMessage::Kind::Error);
        QTest::keyClick(expiry, Qt::Key_Return);
        QCOMPARE(expiry->value(), 240);
        QCOMPARE(expiry->cleanText(), QStringLiteral("240"));
        QCOMPARE(messageOf(f, QStringLiteral("expirySpin"))->kind(), FieldMessage::Kind::Hint);
        QVERIFY(f.findIn<QPushButton>(kPage, QStringLiteral("saveButton"))->isEnabled());
    }

    // Every number shows its unit where it has one, and the arrows stay within the limits.
    void numbersShowTheirUnitAndStayInRange()
    {
        ConsoleFixture f;
        QCOMPARE(spin(f, QStringLiteral("expirySpin"))->text(), QStringLiteral("300 s"));
        QCOMPARE(spin(f, QStringLiteral("lengthSpin"))->text(), QStringLiteral("6 characters"));
        QCOMPARE(spin(f, QStringLiteral("resendBlockSpin"))->text(), QStringLiteral("5 min"));
        QSpinBox* length = spin(f, QStringLiteral("lengthSpin"));
        length->setValue(64);
        QTest::keyClick(length, Qt::Key_Up);
        QCOMPARE(length->value(), 64);
        length->setValue(4);
        QTest::keyClick(length, Qt::Key_Down);
        QCOMPARE(length->value(), 4);
    }

    void guidelineWarningsDoNotBlockSaving()
    {
        ConsoleFixture f;
        type(spin(f, QStringLiteral("lengthSpin")), QStringLiteral("5"));
        FieldMessage* length = messageOf(f, QStringLiteral("lengthSpin"));
        QCOMPARE(length->kind(), FieldMessage::Kind::Warning);
        QVERIFY(length->text().contains(QStringLiteral("NIST SP 800-63B")));
        QVERIFY(length->text().contains(QStringLiteral("6 digits")));
        type(spin(f, QStringLiteral("expirySpin")), QStringLiteral("900"));
        FieldMessage* expiry = messageOf(f, QStringLiteral("expirySpin"));
        QCOMPARE(expiry->kind(), FieldMessage::Kind::Warning);
        QVERIFY(expiry->text().contains(QStringLiteral("10 minutes")));
        QVERIFY(f.findIn<QPushButton>(kPage, QStringLiteral("saveButton"))->isEnabled());

        type(spin(f, QStringLiteral("lengthSpin")), QStringLiteral("7"));
        QCOMPARE(length->kind(), FieldMessage::Kind::Hint);
    }

    void entropyIsShownLive()
    {
        ConsoleFixture f;
        auto* entropy = f.findIn<QLabel>(kPage, QStringLiteral("entropyLabel"));
        QVERIFY(entropy->text().startsWith(QStringLiteral("19.9 bits")));
        type(spin(f, QStringLiteral("lengthSpin")), QStringLiteral("8"));
        QVERIFY2(entropy->text().startsWith(QStringLiteral("26.6 bits")), qPrintable(entropy->text()));
        f.findIn<QCheckBox>(kPage, QStringLiteral("numericCheck"))->click();
        QVERIFY2(entropy->text().startsWith(QStringLiteral("41.4 bits")), qPrintable(entropy->text())); // 8*log2(36)
        f.findIn<QCheckBox>(kPage, QStringLiteral("excludeLookalikesCheck"))->click();
        QVERIFY2(entropy->text().startsWith(QStringLiteral("39.6 bits")), qPrintable(entropy->text())); // 8*log2(31)
        type(spin(f, QStringLiteral("lengthSpin")), QStringLiteral("x"));
        QVERIFY(!entropy->text().contains(QStringLiteral("bits")));
    }

    void revertRestoresTheSavedValues()
    {
        ConsoleFixture f;
        type(spin(f, QStringLiteral("expirySpin")), QStringLiteral("abc"));
        f.findIn<QCheckBox>(kPage, QStringLiteral("numericCheck"))->click();
        QVERIFY(f.window->currentPage()->isDirty());
        f.findIn<QPushButton>(kPage, QStringLiteral("revertButton"))->click();
        QCOMPARE(spin(f, QStringLiteral("expirySpin"))->value(), 300);
        QVERIFY(f.findIn<QCheckBox>(kPage, QStringLiteral("numericCheck"))->isChecked());
        QVERIFY(!f.window->currentPage()->isDirty());
        QCOMPARE(messageOf(f, QStringLiteral("expirySpin"))->kind(), FieldMessage::Kind::Hint);
    }

    void typingBackTheSavedValueIsNotAChange()
    {
        ConsoleFixture f;
        type(spin(f, QStringLiteral("lengthSpin")), QStringLiteral("7"));
        QVERIFY(f.window->currentPage()->isDirty());
        type(spin(f, QStringLiteral("lengthSpin")), QStringLiteral("6"));
        QVERIFY(!f.window->currentPage()->isDirty());
        QVERIFY(!f.findIn<QPushButton>(kPage, QStringLiteral("saveButton"))->isEnabled());
    }

    // Another program holds the database: the save fails with its reason, the typed values stay, and a later
    // save succeeds.
    void failedSaveKeepsWhatWasTyped()
    {
        ConsoleFixture f(100);
        type(spin(f, QStringLiteral("expirySpin")), QStringLiteral("240"));
        {
            DbLocker locker(f.database->filePath(), DbLocker::Mode::Write);
            QVERIFY(locker.isLocked());
            f.findIn<QPushButton>(kPage, QStringLiteral("saveButton"))->click();
            auto* message = f.findIn<FieldMessage>(kPage, QStringLiteral("pageMessage"));
            QCOMPARE(message->kind(), FieldMessage::Kind::Error);
            QVERIFY2(message->text().contains(QStringLiteral("locked")), qPrintable(message->text()));
            QCOMPARE(spin(f, QStringLiteral("expirySpin"))->value(), 240);
            QVERIFY(f.window->currentPage()->isDirty());
            QVERIFY(f.findIn<QPushButton>(kPage, QStringLiteral("saveButton"))->isEnabled());
        }
        f.findIn<QPushButton>(kPage, QStringLiteral("saveButton"))->click();
        QVERIFY(!f.window->currentPage()->isDirty());
        QCOMPARE(f.findIn<FieldMessage>(kPage, QStringLiteral("pageMessage"))->kind(), FieldMessage::Kind::None);
        f.restart();
        QCOMPARE(spin(f, QStringLiteral("expirySpin"))->value(), 240);
    }
};

QTEST_MAIN(TestOtpSettingsPage)
#include "TestOtpSettingsPage.moc"
