#include "DbLocker.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "template/SmsText.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace smsotp;
using namespace smsotp::storage;

class TestSettingsRepository : public QObject
{
    Q_OBJECT

    static otp::OtpPolicy customPolicy()
    {
        otp::OtpPolicy policy;
        policy.expirySeconds = 120;
        policy.numericOnly = false;
        policy.length = 8;
        policy.excludeLookalikes = true;
        policy.resendAttempts = 2;
        policy.resendBlockMinutes = 15;
        policy.maxFailedAttempts = 4;
        policy.minResendIntervalSeconds = 45;
        policy.sendsPerHour = 3;
        return policy;
    }

private Q_SLOTS:
    void emptyDatabaseGivesDefaults()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.path());
        QVERIFY(opened.database);
        SettingsRepository repository(*opened.database);
        const auto loaded = repository.loadPolicy();
        QVERIFY(!loaded.error.isError());
        QCOMPARE(loaded.policy, otp::OtpPolicy {});
    }

    void policySurvivesReopening()
    {
        QTemporaryDir dir;
        {
            auto opened = Database::open(dir.path());
            QVERIFY(opened.database);
            SettingsRepository repository(*opened.database);
            QVERIFY(!repository.savePolicy(customPolicy()).isError());
        }
        auto reopened = Database::open(dir.path());
        QVERIFY(reopened.database);
        const auto loaded = SettingsRepository(*reopened.database).loadPolicy();
        QVERIFY(!loaded.error.isError());
        QCOMPARE(loaded.policy, customPolicy());
    }

    void storedValueOutsideLimitsFallsBackToDefault()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.path());
        QVERIFY(opened.database);
        SettingsRepository repository(*opened.database);
        QVERIFY(!repository.setValue(QStringLiteral("otp.length"), QStringLiteral("999")).isError());
        QVERIFY(!repository.setValue(QStringLiteral("otp.expiry_seconds"), QStringLiteral("abc")).isError());
        QVERIFY(!repository.setValue(QStringLiteral("otp.sends_per_hour"), QStringLiteral("7")).isError());
        const auto loaded = repository.loadPolicy();
        QCOMPARE(loaded.policy.length, otp::OtpPolicy {}.length);
        QCOMPARE(loaded.policy.expirySeconds, otp::OtpPolicy {}.expirySeconds);
        QCOMPARE(loaded.policy.sendsPerHour, 7);
    }

    void genericValues()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.path());
        QVERIFY(opened.database);
        SettingsRepository repository(*opened.database);
        QVERIFY(!repository.value(QStringLiteral("ui.x")).value.has_value());
        QVERIFY(!repository.setValue(QStringLiteral("ui.x"), QStringLiteral("é ✓")).isError());
        QCOMPARE(repository.value(QStringLiteral("ui.x")).value, std::optional<QString>(QStringLiteral("é ✓")));
        QVERIFY(!repository.setValue(QStringLiteral("ui.x"), QStringLiteral("2")).isError());
        QCOMPARE(repository.value(QStringLiteral("ui.x")).value, std::optional<QString>(QStringLiteral("2")));
    }

    // The SMS text has one accessor: WSO2's default wording until a text is stored, then the stored text, also
    // after reopening; and it is the value the CLI and the export name "sms.text".
    void smsTextDefaultsToWso2sWordingUntilStored()
    {
        QTemporaryDir dir;
        const QString text = QStringLiteral("Your code: {{confirmation-code}} ✓");
        {
            auto opened = Database::open(dir.path());
            QVERIFY(opened.database);
            SettingsRepository repository(*opened.database);
            const SettingsRepository::SmsTextResult fresh = repository.smsText();
            QVERIFY(!fresh.error.isError());
            QVERIFY(fresh.isDefault);
            QCOMPARE(fresh.value, tmpl::SmsText::defaultTemplate());
            QVERIFY(!repository.setSmsText(text).isError());
        }
        auto opened = Database::open(dir.path());
        QVERIFY(opened.database);
        SettingsRepository repository(*opened.database);
        QCOMPARE(repository.smsText().value, text);
        QVERIFY(!repository.smsText().isDefault);
        QCOMPARE(repository.value(SettingsRepository::smsTextKey()).value, std::optional<QString>(text));
        QCOMPARE(SettingsRepository::smsTextKey(), QStringLiteral("sms.text"));
    }

    // Another program holds a write lock: the save fails as Busy, and what was saved before is intact.
    void saveWhileLockedFailsAndKeepsTheSavedValues()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.path(), { 100 });
        QVERIFY(opened.database);
        SettingsRepository repository(*opened.database);
        QVERIFY(!repository.savePolicy(customPolicy()).isError());

        {
            DbLocker locker(opened.database->filePath(), DbLocker::Mode::Write);
            QVERIFY(locker.isLocked());
            otp::OtpPolicy changed = customPolicy();
            changed.length = 10;
            const DbError error = repository.savePolicy(changed);
            QCOMPARE(error.kind, DbErrorKind::Busy);
            // Readers are not blocked in WAL mode: the old values are still what is stored.
            QCOMPARE(repository.loadPolicy().policy, customPolicy());
        }
        otp::OtpPolicy changed = customPolicy();
        changed.length = 10;
        QVERIFY(!repository.savePolicy(changed).isError());
        QCOMPARE(repository.loadPolicy().policy, changed);
    }
};

QTEST_GUILESS_MAIN(TestSettingsRepository)
#include "TestSettingsRepository.moc"
