#include "FileScan.h"
#include "storage/Database.h"
#include "storage/ProviderRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace smsotp;
using namespace smsotp::storage;
using providers::ProviderKind;

class TestProviderRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void freshFolderUsesTheSandbox()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.path());
        QVERIFY(opened.database);
        const auto loaded = ProviderRepository(*opened.database).load();
        QVERIFY(!loaded.error.isError());
        QCOMPARE(loaded.settings.active, ProviderKind::Sandbox);
        QVERIFY(loaded.settings.configured.isEmpty());
        QCOMPARE(loaded.settings.twilio.apiBase, QUrl(providers::twilio::defaultApiBase()));
        QVERIFY(loaded.settings.custom.config.payloadTemplate.contains(QStringLiteral("{{body}}")));
    }

    void everyProviderSurvivesReopening()
    {
        QTemporaryDir dir;
        providers::twilio::Config twilio;
        twilio.accountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
        twilio.sender = QStringLiteral("+15005550006");
        twilio.apiBase = QUrl(QStringLiteral("https://api.dublin.ie1.twilio.com"));
        twilio.timeout = std::chrono::milliseconds(7000);
        providers::vonage::Config vonage;
        vonage.apiKey = QStringLiteral("a1b2c3d4");
        vonage.sender = QStringLiteral("ACME");
        CustomProviderSettings custom;
        custom.config.url = QStringLiteral("https://sms.example.com/send");
        custom.config.format = tmpl::PayloadFormat::Form;
        custom.config.method = providers::HttpMethod::Put;
        custom.config.payloadTemplate = QStringLiteral("to={{mobile}}&text={{body}}&key={{secret:KEY}}");
        custom.config.headers = QStringLiteral("X-Api-Key: s3cr3t-header-value, Accept: application/json");
        custom.config.success.statuses = { 200, 202 };
        custom.config.success.bodyMatch = providers::custom::BodyMatch::RegularExpression;
        custom.config.success.bodyPattern = QStringLiteral("\"ok\":\\s*true");
        custom.namedSecrets = { QStringLiteral("KEY") };
        {
            auto opened = Database::open(dir.path());
            QVERIFY(opened.database);
            ProviderRepository repository(*opened.database);
            QVERIFY(!repository.saveTwilio(twilio).isError());
            QVERIFY(!repository.saveVonage(vonage).isError());
            QVERIFY(!repository.saveCustom(custom).isError());
            QVERIFY(!repository.setActive(ProviderKind::Vonage).isError());
        }
        auto opened = Database::open(dir.path());
        QVERIFY(opened.database);
        const ProviderSettings s = ProviderRepository(*opened.database).load().settings;
        QCOMPARE(s.active, ProviderKind::Vonage);
        QCOMPARE(s.configured.size(), 3);
        QCOMPARE(s.twilio.accountSid, twilio.accountSid);
        QCOMPARE(s.twilio.sender, twilio.sender);
        QCOMPARE(s.twilio.apiBase, twilio.apiBase);
        QCOMPARE(s.twilio.timeout, twilio.timeout);
        QCOMPARE(s.vonage.apiKey, vonage.apiKey);
        QCOMPARE(s.vonage.sender, vonage.sender);
        QCOMPARE(s.custom.config.url, custom.config.url);
        QCOMPARE(s.custom.config.format, tmpl::PayloadFormat::Form);
        QCOMPARE(s.custom.config.method, providers::HttpMethod::Put);
        QCOMPARE(s.custom.config.payloadTemplate, custom.config.payloadTemplate);
        QCOMPARE(s.custom.config.success.statuses, custom.config.success.statuses);
        QCOMPARE(s.custom.config.success.bodyMatch, providers::custom::BodyMatch::RegularExpression);
        QCOMPARE(s.custom.config.success.bodyPattern, custom.config.success.bodyPattern);
        QCOMPARE(s.custom.namedSecrets, custom.namedSecrets);
        // Header names are kept, their values are not: those belong in the keychain.
        QVERIFY(s.custom.config.headers.contains(QStringLiteral("X-Api-Key")));
        QVERIFY(!s.custom.config.headers.contains(QStringLiteral("s3cr3t-header-value")));
        opened.database.reset();
        QCOMPARE(filesContaining({ dir.path() }, { QByteArray("s3cr3t-header-value") }), QStringList {});
    }

    void headerNamesOnly()
    {
        QCOMPARE(ProviderRepository::headerNamesOnly(QStringLiteral("A: 1, B: \"x, y\"")), QStringLiteral("A: , B: "));
        QCOMPARE(ProviderRepository::headerNamesOnly(QString()), QString());
    }

    void storedSecretMarks()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.path());
        QVERIFY(opened.database);
        ProviderRepository repository(*opened.database);
        QVERIFY(repository.storedSecrets().keys.isEmpty());
        QVERIFY(!repository.setSecretStored(secretkeys::twilioAuthToken(), true).isError());
        QVERIFY(!repository.setSecretStored(secretkeys::customHeader(QStringLiteral("X-A")), true).isError());
        QVERIFY(!repository.setSecretStored(secretkeys::twilioAuthToken(), true).isError()); // twice is once
        QCOMPARE(repository.storedSecrets().keys,
            QStringList({ QStringLiteral("custom.header.x-a"), QStringLiteral("twilio.auth_token") }));
        QVERIFY(!repository.setSecretStored(secretkeys::twilioAuthToken(), false).isError());
        QCOMPARE(repository.storedSecrets().keys, QStringList { QStringLiteral("custom.header.x-a") });
    }

    // Crash safety: the entries a save is about to change are marked first; each confirmed keychain write or
    // removal clears its own mark, and only its own.
    void aSaveMarksItsSecretsUntilTheKeychainConfirmsThem()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.path());
        QVERIFY(opened.database);
        ProviderRepository repository(*opened.database);
        QVERIFY(repository.load().settings.interruptedSecrets.isEmpty());
        const QStringList keys { secretkeys::customHeader(QStringLiteral("X-Api-Key")),
            secretkeys::customNamedSecret(QStringLiteral("APIKEY")) };
        QVERIFY(!repository.markSecretsPending(keys).isError());
        QCOMPARE(repository.load().settings.interruptedSecrets, keys);
        QVERIFY(repository.storedSecrets().keys.isEmpty()); // begun is not stored
        QVERIFY(!repository.setSecretStored(keys.at(1), false).isError()); // a confirmed removal
        QCOMPARE(repository.load().settings.interruptedSecrets, QStringList { keys.at(0) });
        QVERIFY(!repository.setSecretStored(keys.at(0), true).isError());
        QVERIFY(repository.load().settings.interruptedSecrets.isEmpty());
        QCOMPARE(repository.storedSecrets().keys, QStringList { keys.at(0) });
        // A stored secret whose next save is interrupted is no longer counted as stored: it is asked for again.
        QVERIFY(!repository.markSecretsPending({ keys.at(0) }).isError());
        QVERIFY(repository.storedSecrets().keys.isEmpty());
    }

    void secretKeysAreStable()
    {
        QCOMPARE(secretkeys::twilioAuthToken(), QStringLiteral("twilio.auth_token"));
        QCOMPARE(secretkeys::vonageApiSecret(), QStringLiteral("vonage.api_secret"));
        QCOMPARE(secretkeys::customHeader(QStringLiteral("X-Api-Key")), QStringLiteral("custom.header.x-api-key"));
        QCOMPARE(secretkeys::customNamedSecret(QStringLiteral("TOKEN")), QStringLiteral("custom.secret.TOKEN"));
    }
};

QTEST_GUILESS_MAIN(TestProviderRepository)
#include "TestProviderRepository.moc"
