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
        QCOMPARE(repository.smsTexts().texts.defaultLocale, QStringLiteral("en_US"));
        QCOMPARE(repository.smsText(QStringLiteral("en_US")).value, text);
        QCOMPARE(SettingsRepository::smsTextKey(), QStringLiteral("sms.text"));
    }

    void oneTextPerLocaleAndADefault()
    {
        QTemporaryDir dir;
        const QString german = QStringLiteral("Ihr Code: {{confirmation-code}}");
        const QString french = QStringLiteral("Votre code : {{confirmation-code}}");
        {
            auto opened = Database::open(dir.path());
            QVERIFY(opened.database);
            SettingsRepository repository(*opened.database);
            QVERIFY(!repository.setSmsText(QStringLiteral("de_DE"), german, false).isError());
            QCOMPARE(repository.smsTexts().texts.locales(),
                (QStringList { QStringLiteral("en_US"), QStringLiteral("de_DE") }));
            // Making fr_FR the default keeps en_US's wording, which was never stored.
            QVERIFY(!repository.setSmsText(QStringLiteral("fr_FR"), french, true).isError());
        }
        auto opened = Database::open(dir.path());
        QVERIFY(opened.database);
        SettingsRepository repository(*opened.database);
        const tmpl::SmsTexts texts = repository.smsTexts().texts;
        QCOMPARE(texts.defaultLocale, QStringLiteral("fr_FR"));
        QCOMPARE(texts.locales(),
            (QStringList { QStringLiteral("fr_FR"), QStringLiteral("de_DE"), QStringLiteral("en_US") }));
        QCOMPARE(texts.find(QStringLiteral("en_US"))->text, tmpl::SmsText::defaultTemplate());
        QCOMPARE(repository.smsText().value, french);
        QCOMPARE(repository.smsText(QStringLiteral("de_DE")).value, german);
        QCOMPARE(repository.smsText(QStringLiteral("pt_BR")).value, QString());
        // "sms.text" is the default locale's text.
        QVERIFY(!repository.setSmsText(QStringLiteral("Code {{confirmation-code}}")).isError());
        QCOMPARE(repository.smsText(QStringLiteral("fr_FR")).value, QStringLiteral("Code {{confirmation-code}}"));
        // A send in a locale without a text uses the default's; the WebOTP domain adds its line.
        QVERIFY(!repository.setValue(SettingsRepository::webOtpDomainKey(), QStringLiteral("example.com")).isError());
        const SettingsRepository::MessageTemplateResult message = repository.messageTemplate(QStringLiteral("pt_BR"));
        QCOMPARE(message.locale, QStringLiteral("fr_FR"));
        QCOMPARE(message.text, QStringLiteral("Code {{confirmation-code}}\n\n@example.com #{{confirmation-code}}"));
        QCOMPARE(repository.messageTemplate(QStringLiteral("de_DE")).locale, QStringLiteral("de_DE"));
        QVERIFY(!repository.removeSmsText(QStringLiteral("de_DE")).isError());
        QVERIFY(!repository.smsTexts().texts.find(QStringLiteral("de_DE")));
        // The whole set at once, as an import or a take from WSO2 writes it.
        tmpl::SmsTexts replaced;
        replaced.defaultLocale = QStringLiteral("pt_BR");
        replaced.texts = { { QStringLiteral("pt_BR"), QStringLiteral("Seu código: {{confirmation-code}}") } };
        QVERIFY(!repository.saveSmsTexts(replaced).isError());
        QCOMPARE(repository.smsTexts().texts, replaced);
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
