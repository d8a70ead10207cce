#include "config/ConfigExport.h"
#include "otp/BackupCodes.h"
#include "storage/BackupCodeRepository.h"
#include "storage/Database.h"
#include "storage/ProviderRepository.h"
#include "storage/SettingsRepository.h"
#include "wso2/ServerRepository.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace smsotp;
using providers::ProviderKind;

void addInvalidCases();

// Export and import of the non-secret configuration (issue 10, item 6).
class TestConfigExport : public QObject
{
    Q_OBJECT

    struct Profile
    {
        QTemporaryDir dir;
        std::unique_ptr<storage::Database> database = std::move(storage::Database::open(dir.path()).database);
    };

    static QJsonObject withoutTime(QJsonObject o)
    {
        o.remove(QStringLiteral("exportedAt"));
        return o;
    }

    // Everything in the tables an import may write, row by row.
    static QStringList tables(storage::Database& database)
    {
        QStringList rows;
        QSqlQuery query(database.connection());
        query.exec(QStringLiteral("SELECT key || '=' || value FROM settings ORDER BY key"));
        while (query.next())
            rows.append(query.value(0).toString());
        query.exec(QStringLiteral("SELECT kind || '=' || config || '@' || updated_at FROM providers ORDER BY kind"));
        while (query.next())
            rows.append(query.value(0).toString());
        query.exec(QStringLiteral(
            "SELECT name || '=' || config || '@' || pinned_certificate || updated_at FROM wso2_servers ORDER BY name"));
        while (query.next())
            rows.append(query.value(0).toString());
        return rows;
    }

    static QByteArray certificatePem()
    {
        QFile file(QStringLiteral(SMSOTP_TEST_SUPPORT_DIR "/certs/selfsigned.crt"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static void configure(storage::Database& database)
    {
        otp::OtpPolicy policy;
        policy.length = 8;
        policy.numericOnly = false;
        policy.excludeLookalikes = true;
        policy.expirySeconds = 120;
        policy.sendsPerHour = 42;
        QVERIFY(!storage::SettingsRepository(database).savePolicy(policy).isError());
        storage::SettingsRepository settings(database);
        QVERIFY(!settings.setSmsText(QStringLiteral("Code {{confirmation-code}} for “ü” ✓")).isError());
        QVERIFY(!settings.setSmsText(QStringLiteral("de_DE"), QStringLiteral("Ihr Code: {{confirmation-code}}"), true)
                     .isError());
        QVERIFY(!settings.setValue(storage::SettingsRepository::webOtpDomainKey(), QStringLiteral("example.com"))
                     .isError());
        QVERIFY(!storage::BackupCodeRepository(database).savePolicy({ true, 12, 8 }).isError());
        storage::ProviderRepository providers(database);
        QVERIFY(!providers
                     .saveTwilio({ QStringLiteral("AC0123456789abcdef0123456789abcdef"), QStringLiteral("+14155550100"),
                         QUrl(QStringLiteral("https://api.twilio.example/base")) })
                     .isError());
        QVERIFY(!providers.saveVonage({ QStringLiteral("abcd1234"), QStringLiteral("SMSOTP") }).isError());
        storage::CustomProviderSettings custom;
        custom.config.url = QStringLiteral("https://sms.example.com/send");
        custom.config.format = tmpl::PayloadFormat::Form;
        custom.config.method = providers::HttpMethod::Put;
        custom.config.payloadTemplate = QStringLiteral("to={{mobile}}&text={{body}}&k={{secret:KEY}}");
        custom.config.headers = QStringLiteral("X-Api-Key: very-secret-header-value, X-Tag: \"a, b\"");
        custom.config.success.statuses = { 200, 201 };
        custom.config.success.bodyMatch = providers::custom::BodyMatch::RegularExpression;
        custom.config.success.bodyPattern = QStringLiteral("\"ok\"\\s*:\\s*true");
        custom.config.timeout = std::chrono::milliseconds(7000);
        custom.namedSecrets = { QStringLiteral("KEY") };
        QVERIFY(!providers.saveCustom(custom).isError());
        QVERIFY(!providers.setActive(ProviderKind::Custom).isError());
        // Backup codes are not configuration: never exported.
        storage::BackupCodeRepository backups(database);
        QVERIFY(otp::BackupCodes(backups).generate(QStringLiteral("test-user"), 2, 6).ok());
        // Two WSO2 servers, one with a pinned certificate; their secrets would be in the keychain.
        wso2::ServerRepository servers(database);
        wso2::ServerConfig basic;
        basic.name = QStringLiteral("prod");
        basic.baseUrl = QUrl(QStringLiteral("https://is.example.com:9443/t/carbon.super"));
        basic.username = QStringLiteral("admin");
        basic.timeout = std::chrono::milliseconds(20000);
        QVERIFY(!servers.save(basic).isError());
        QVERIFY(!certificatePem().isEmpty());
        // The certificate names localhost, not is.example.com: the user confirmed that when pinning it.
        QVERIFY(!servers.setPin(basic.name, { certificatePem(), QStringLiteral("is.example.com") }).isError());
        wso2::ServerConfig oauth;
        oauth.name = QStringLiteral("staging eu");
        oauth.baseUrl = QUrl(QStringLiteral("https://staging.example.com/t/acme"));
        oauth.auth = wso2::AuthKind::ClientCredentials;
        oauth.clientId = QStringLiteral("console-client");
        oauth.tokenUrl = QUrl(QStringLiteral("https://staging.example.com/oauth2/token"));
        oauth.scopes = { QStringLiteral("internal_governance_view") };
        QVERIFY(!servers.save(oauth).isError());
    }

private Q_SLOTS:
    void roundTripIntoAFreshDataDirEquals()
    {
        Profile source;
        configure(*source.database);
        const config::ExportResult exported = config::exportConfig(*source.database);
        QVERIFY2(exported.ok(), qPrintable(exported.error));
        const QJsonObject root = QJsonDocument::fromJson(exported.json).object();
        QCOMPARE(root.value(u"format").toString(), QStringLiteral("smsotp-console-config"));
        QCOMPARE(root.value(u"version").toInt(), 1);
        QCOMPARE(root.value(u"activeProvider").toString(), QStringLiteral("custom"));
        QCOMPARE(root.value(u"settings").toObject().value(u"otp.length").toInt(), 8);
        QCOMPARE(root.value(u"settings").toObject().value(u"backup.enabled").toBool(), true);
        // The texts per locale: "sms.text" is the default locale's, the others under "sms.texts".
        const QJsonObject settings = root.value(u"settings").toObject();
        QCOMPARE(settings.value(u"sms.default_locale").toString(), QStringLiteral("de_DE"));
        QCOMPARE(settings.value(u"sms.text").toString(), QStringLiteral("Ihr Code: {{confirmation-code}}"));
        QCOMPARE(settings.value(u"sms.texts").toObject().value(u"en_US").toString(),
            QStringLiteral("Code {{confirmation-code}} for “ü” ✓"));
        QCOMPARE(settings.value(u"sms.webotp_domain").toString(), QStringLiteral("example.com"));
        // No secret leaves through the file.
        QVERIFY(!exported.json.contains("very-secret-header-value"));
        QVERIFY(!exported.json.contains("backup_codes"));

        Profile target;
        // The file pins the server's certificate: without consent nothing at all is written.
        const config::ImportResult unconsented = config::importConfig(*target.database, exported.json);
        QVERIFY(!unconsented.ok());
        QVERIFY(unconsented.pinsNeedConsent);
        QCOMPARE(unconsented.newPins.size(), 1);
        QCOMPARE(unconsented.newPins.first().server, QStringLiteral("prod"));
        QVERIFY(unconsented.newPins.first().certificate.sha256.contains(u':'));
        // What the pin trusts beyond the certificate is shown before consent too.
        QCOMPARE(unconsented.newPins.first().certificate.hostNotNamed, QStringLiteral("is.example.com"));
        QVERIFY(unconsented.newPins.first().certificate.hostNotNamedWarning().contains(u"is.example.com"));
        QVERIFY(config::exportConfig(*target.database).json != exported.json);
        QVERIFY(!wso2::ServerRepository(*target.database).find(QStringLiteral("prod")).server);
        const config::ImportResult imported
            = config::importConfig(*target.database, exported.json, { .trustCertificates = true });
        QVERIFY2(imported.ok(), qPrintable(imported.errors.isEmpty() ? QString() : imported.errors.first().text()));
        const QString secrets = imported.secretsToEnter.join(u'\n');
        QVERIFY2(secrets.contains(storage::secretkeys::twilioAuthToken()), qPrintable(secrets));
        QVERIFY(secrets.contains(storage::secretkeys::vonageApiSecret()));
        QVERIFY(secrets.contains(storage::secretkeys::customHeader(QStringLiteral("X-Api-Key"))));
        QVERIFY(secrets.contains(storage::secretkeys::customNamedSecret(QStringLiteral("KEY"))));
        QVERIFY2(secrets.contains(storage::secretkeys::wso2Password(QStringLiteral("prod"))), qPrintable(secrets));
        QVERIFY(secrets.contains(storage::secretkeys::wso2ClientSecret(QStringLiteral("staging eu"))));
        QVERIFY(!secrets.contains(storage::secretkeys::wso2ClientSecret(QStringLiteral("prod"))));

        const config::ExportResult again = config::exportConfig(*target.database);
        QCOMPARE(withoutTime(QJsonDocument::fromJson(again.json).object()), withoutTime(root));
        QCOMPARE(storage::SettingsRepository(*target.database).loadPolicy().policy,
            storage::SettingsRepository(*source.database).loadPolicy().policy);
        QCOMPARE(storage::BackupCodeRepository(*target.database).loadPolicy().policy,
            storage::BackupCodeRepository(*source.database).loadPolicy().policy);
        const storage::ProviderSettings a = storage::ProviderRepository(*source.database).load().settings;
        const storage::ProviderSettings b = storage::ProviderRepository(*target.database).load().settings;
        QCOMPARE(b.active, a.active);
        QCOMPARE(b.twilio.apiBase, a.twilio.apiBase);
        QCOMPARE(b.custom.config.payloadTemplate, a.custom.config.payloadTemplate);
        QCOMPARE(b.custom.config.headers, a.custom.config.headers);
        QCOMPARE(b.custom.config.success.statuses, a.custom.config.success.statuses);
        QCOMPARE(b.custom.config.timeout, a.custom.config.timeout);
        QCOMPARE(b.custom.namedSecrets, a.custom.namedSecrets);
        QCOMPARE(storage::BackupCodeRepository(*target.database).status(QStringLiteral("test-user")).total, 0);

        // The WSO2 servers: the same settings and pin, no secret.
        const QJsonObject servers = root.value(u"wso2Servers").toObject();
        QCOMPARE(servers.keys(), (QStringList { QStringLiteral("prod"), QStringLiteral("staging eu") }));
        QVERIFY(!servers.value(u"prod").toObject().contains(u"password"));
        QVERIFY(!servers.value(u"staging eu").toObject().contains(u"clientSecret"));
        const auto sourceServers = wso2::ServerRepository(*source.database).list();
        const auto targetServers = wso2::ServerRepository(*target.database).list();
        QVERIFY(!targetServers.error.isError());
        QCOMPARE(targetServers.servers.size(), 2);
        for (qsizetype i = 0; i < 2; ++i) {
            QCOMPARE(targetServers.servers.at(i).config, sourceServers.servers.at(i).config);
            QCOMPARE(targetServers.servers.at(i).pin, sourceServers.servers.at(i).pin);
        }
        QCOMPARE(targetServers.servers.at(0).pin.acceptedHostMismatch, QStringLiteral("is.example.com"));
        QCOMPARE(targetServers.servers.at(0).pin.pem, certificatePem());
    }

    // A file of before per-locale texts has "sms.text" only: it is the default locale's text, the others stay.
    void anOlderFilesSmsTextKeepsTheOtherLocales()
    {
        Profile profile;
        configure(*profile.database); // de_DE (default) and en_US
        QVERIFY(config::importConfig(*profile.database,
            "{\"format\":\"smsotp-console-config\",\"version\":1,\"settings\":{\"sms.text\":\"Neu "
            "{{confirmation-code}}\"}}")
                    .ok());
        const tmpl::SmsTexts texts = storage::SettingsRepository(*profile.database).smsTexts().texts;
        QCOMPARE(texts.defaultLocale, QStringLiteral("de_DE"));
        QCOMPARE(texts.defaultText(), QStringLiteral("Neu {{confirmation-code}}"));
        QCOMPARE(texts.find(QStringLiteral("en_US"))->text, QStringLiteral("Code {{confirmation-code}} for “ü” ✓"));
        // With "sms.texts" the file's set replaces them all.
        QVERIFY(config::importConfig(*profile.database,
            "{\"format\":\"smsotp-console-config\",\"version\":1,\"settings\":{\"sms.default_locale\":"
            "\"fr_FR\",\"sms.texts\":{\"fr_FR\":\"Code : {{confirmation-code}}\"}}}")
                    .ok());
        const tmpl::SmsTexts replaced = storage::SettingsRepository(*profile.database).smsTexts().texts;
        QCOMPARE(replaced.locales(), QStringList { QStringLiteral("fr_FR") });
        QCOMPARE(replaced.defaultText(), QStringLiteral("Code : {{confirmation-code}}"));
    }

    void serversWithoutPinKeepThePinAndVersionOneFilesStillRead()
    {
        Profile profile;
        configure(*profile.database);
        // A version 1 file of before the servers section: still valid, and the servers stay as they are.
        const QStringList before = tables(*profile.database);
        QVERIFY(config::importConfig(
            *profile.database, "{\"format\":\"smsotp-console-config\",\"version\":1,\"settings\":{\"otp.length\":8}}")
                    .ok());
        QCOMPARE(tables(*profile.database).filter(QStringLiteral("prod=")), before.filter(QStringLiteral("prod=")));
        // A server without pinnedCertificate keeps its pin; its settings are replaced in the same import.
        const config::ImportResult result = config::importConfig(*profile.database,
            "{\"format\":\"smsotp-console-config\",\"version\":1,\"wso2Servers\":{\"prod\":{\"baseUrl\":"
            "\"https://other.example.com/t/carbon.super\",\"auth\":\"basic\",\"username\":\"ops\"}}}");
        QVERIFY2(result.ok(), qPrintable(result.errors.isEmpty() ? QString() : result.errors.first().text()));
        const auto prod = wso2::ServerRepository(*profile.database).find(QStringLiteral("prod")).server;
        QVERIFY(prod);
        QCOMPARE(prod->config.username, QStringLiteral("ops"));
        QCOMPARE(prod->config.baseUrl.host(), QStringLiteral("other.example.com"));
        QCOMPARE(prod->pin.pem, certificatePem());
    }

    void invalidInputIsExplainedAndNothingIsWritten_data() { addInvalidCases(); }

    void invalidInputIsExplainedAndNothingIsWritten()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, message);
        Profile profile;
        configure(*profile.database);
        const QStringList before = tables(*profile.database);
        QVERIFY(!before.isEmpty());

        const QList<config::ImportError> checked = config::validateConfig(json);
        const config::ImportResult result = config::importConfig(*profile.database, json);
        QVERIFY(!result.ok());
        QCOMPARE(result.errors.size(), checked.size());
        QStringList texts;
        bool found = false;
        for (const config::ImportError& error : result.errors) {
            texts.append(error.text());
            QVERIFY(!error.message.isEmpty());
            if (error.path == path && error.message.contains(message, Qt::CaseInsensitive))
                found = true;
        }
        QVERIFY2(found, qPrintable(texts.join(u'\n')));
        QCOMPARE(tables(*profile.database), before);
        QVERIFY(result.secretsToEnter.isEmpty());
    }

    void anUnchangedFileValidates()
    {
        Profile profile;
        configure(*profile.database);
        QCOMPARE(config::validateConfig(config::exportConfig(*profile.database).json).size(), 0);
        // A minimal file is valid and changes nothing it does not name.
        Profile fresh;
        const QStringList before = tables(*fresh.database);
        QVERIFY(config::importConfig(*fresh.database, R"({"format":"smsotp-console-config","version":1})").ok());
        QCOMPARE(tables(*fresh.database), before);
    }
};

// The invalid files, after the test class: moc's scan of the class is then not disturbed by the raw strings.
void addInvalidCases()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    const QByteArray head = R"("format":"smsotp-console-config","version":1)";
    const auto doc = [&](const QByteArray& rest) {
        QByteArray out = "{" + head;
        if (!rest.isEmpty())
            out += "," + rest;
        return QByteArray(out + "}");
    };
    QTest::newRow("not json") << QByteArray("{\n  \"format\": ") << "$"
                              << "line 2";
    QTest::newRow("a list") << QByteArray("[]") << "$"
                            << "object";
    QTest::newRow("other format") << QByteArray(R"({"format":"something-else","version":1})") << "$.format"
                                  << "not an SMS OTP Console configuration";
    QTest::newRow("no format") << QByteArray(R"({"version":1})") << "$.format"
                               << "smsotp-console-config";
    QTest::newRow("newer version") << QByteArray(R"({"format":"smsotp-console-config","version":2})") << "$.version"
                                   << "newer";
    QTest::newRow("version as text") << QByteArray(R"({"format":"smsotp-console-config","version":"1"})") << "$.version"
                                     << "whole number";
    QTest::newRow("unknown top key") << doc(R"("extras":{})") << "$.extras"
                                     << "unknown key";
    QTest::newRow("settings not object") << doc(R"("settings":[1])") << "$.settings"
                                         << "object";
    QTest::newRow("length out of range") << doc(R"("settings":{"otp.expiry_seconds":60,"otp.length":3})")
                                         << "$.settings[\"otp.length\"]"
                                         << "from 4 to 64";
    QTest::newRow("bool as text") << doc(R"("settings":{"otp.numeric_only":"yes"})")
                                  << "$.settings[\"otp.numeric_only\"]"
                                  << "true or false";
    QTest::newRow("fraction") << doc(R"("settings":{"otp.expiry_seconds":60.5})")
                              << "$.settings[\"otp.expiry_seconds\"]"
                              << "whole number";
    QTest::newRow("unknown setting") << doc(R"("settings":{"otp.colour":1})") << "$.settings[\"otp.colour\"]"
                                     << "unknown setting";
    QTest::newRow("sms text without code") << doc(R"("settings":{"sms.text":"Hello"})") << "$.settings[\"sms.text\"]"
                                           << "";
    QTest::newRow("unknown locale") << doc(R"("settings":{"sms.texts":{"xx_YY":"{{confirmation-code}}"}})")
                                    << "$.settings[\"sms.texts\"].xx_YY"
                                    << "not a locale the console knows";
    QTest::newRow("translation without code")
        << doc(R"("settings":{"sms.texts":{"de_DE":"Hallo"}})") << "$.settings[\"sms.texts\"].de_DE"
        << "confirmation-code";
    QTest::newRow("unknown default locale")
        << doc(R"("settings":{"sms.default_locale":"German"})") << "$.settings[\"sms.default_locale\"]"
        << "not a locale the console knows";
    QTest::newRow("webotp domain with scheme")
        << doc(R"("settings":{"sms.webotp_domain":"https://example.com"})") << "$.settings[\"sms.webotp_domain\"]"
        << "not a host name";
    QTest::newRow("android hash") << doc(R"("settings":{"sms.android_app_hash":"short"})")
                                  << "$.settings[\"sms.android_app_hash\"]"
                                  << "app hash";
    QTest::newRow("backup count") << doc(R"("settings":{"backup.count":0})") << "$.settings[\"backup.count\"]"
                                  << "from 1 to 100";
    QTest::newRow("providers not object") << doc(R"("providers":"twilio")") << "$.providers"
                                          << "object";
    QTest::newRow("provider not object") << doc(R"("providers":{"twilio":[]})") << "$.providers.twilio"
                                         << "found a list";
    QTest::newRow("unknown provider") << doc(R"("providers":{"acme":{}})") << "$.providers.acme"
                                      << "unknown provider";
    QTest::newRow("twilio api base over http")
        << doc(R"("providers":{"twilio":{"accountSid":"AC1","sender":"+1","apiBase":"http://example.com"}})")
        << "$.providers.twilio.apiBase"
        << "";
    QTest::newRow("twilio sid as number")
        << doc(R"("providers":{"twilio":{"accountSid":5}})") << "$.providers.twilio.accountSid"
        << "expected text";
    QTest::newRow("custom header value") << doc(
        R"("providers":{"custom":{"url":"https://sms.example.com","headers":"X-Key: s3cret"}})")
                                         << "$.providers.custom.headers"
                                         << "secrets";
    // SECURITY.md 20: a CR or a NUL in the header list would split a header on the wire.
    QTest::newRow("custom header with CR")
        << doc(R"("providers":{"custom":{"url":"https://sms.example.com","headers":"X-A: \rX-Injected: "}})")
        << "$.providers.custom.headers"
        << "carriage return";
    QTest::newRow("custom header with NUL")
        << doc(R"("providers":{"custom":{"url":"https://sms.example.com","headers":"X-A\u0000B: "}})")
        << "$.providers.custom.headers"
        << "NUL";
    QTest::newRow("custom status") << doc(
        R"("providers":{"custom":{"url":"https://sms.example.com","successStatuses":[200,999]}})")
                                   << "$.providers.custom.successStatuses[1]"
                                   << "100 to 599";
    QTest::newRow("custom method") << doc(R"("providers":{"custom":{"method":"delete"}})")
                                   << "$.providers.custom.method"
                                   << "post, put";
    QTest::newRow("custom regex") << doc(R"("providers":{"custom":{"bodyMatch":"regex","bodyPattern":"("}})")
                                  << "$.providers.custom.bodyPattern"
                                  << "regular expression";
    QTest::newRow("custom unknown key") << doc(R"("providers":{"custom":{"passwrd":"x"}})")
                                        << "$.providers.custom.passwrd"
                                        << "unknown key";
    QTest::newRow("active without config") << doc(R"("activeProvider":"vonage")") << "$.activeProvider"
                                           << "no valid configuration";
    QTest::newRow("active unknown") << doc(R"("activeProvider":"pigeon")") << "$.activeProvider"
                                    << "sandbox";
    QTest::newRow("servers not object") << doc(R"("wso2Servers":[])") << "$.wso2Servers"
                                        << "object";
    QTest::newRow("server not object") << doc(R"("wso2Servers":{"prod":7})") << "$.wso2Servers.prod"
                                       << "found a number";
    QTest::newRow("server password in file") << doc(
        R"("wso2Servers":{"prod":{"baseUrl":"https://is.example.com/t/carbon.super","username":"a",)"
        R"("password":"hunter2"}})") << "$.wso2Servers.prod.password"
                                             << "never in the file";
    QTest::newRow("server client secret in file")
        << doc(R"("wso2Servers":{"prod":{"baseUrl":"https://is.example.com/t/carbon.super","auth":)"
               R"("client_credentials","clientId":"c","clientSecret":"s"}})")
        << "$.wso2Servers.prod.clientSecret"
        << "keychain";
    QTest::newRow("server without tenant")
        << doc(R"("wso2Servers":{"prod":{"baseUrl":"https://is.example.com","username":"a"}})") << "$.wso2Servers.prod"
        << "tenant";
    QTest::newRow("server over http") << doc(
        R"("wso2Servers":{"prod":{"baseUrl":"http://is.example.com/t/carbon.super","username":"a"}})")
                                      << "$.wso2Servers.prod"
                                      << "";
    QTest::newRow("server without base url")
        << doc(R"("wso2Servers":{"prod":{"username":"a"}})") << "$.wso2Servers.prod.baseUrl"
        << "missing";
    QTest::newRow("server auth") << doc(
        R"("wso2Servers":{"prod":{"baseUrl":"https://is.example.com/t/carbon.super","auth":"kerberos"}})")
                                 << "$.wso2Servers.prod.auth"
                                 << "basic, client_credentials";
    QTest::newRow("server scopes") << doc(
        R"("wso2Servers":{"prod":{"baseUrl":"https://is.example.com/t/carbon.super","auth":)"
        R"("client_credentials","clientId":"c","scopes":["a",3]}})")
                                   << "$.wso2Servers.prod.scopes[1]"
                                   << "scope";
    QTest::newRow("server pin not pem") << doc(
        R"("wso2Servers":{"prod":{"baseUrl":"https://is.example.com/t/carbon.super","username":"a",)"
        R"("pinnedCertificate":"not a certificate"}})")
                                        << "$.wso2Servers.prod.pinnedCertificate"
                                        << "PEM";
    QTest::newRow("host mismatch for another host")
        << doc(R"("wso2Servers":{"prod":{"baseUrl":"https://is.example.com/t/carbon.super","username":"a",)"
               R"("pinnedCertificate":"","pinAcceptedHostMismatch":"evil.example.net"}})")
        << "$.wso2Servers.prod.pinAcceptedHostMismatch"
        << "is.example.com";
    QTest::newRow("server name with spaces around")
        << doc(R"("wso2Servers":{" prod":{}})") << "$.wso2Servers[\" prod\"]"
        << "name";
    QTest::newRow("valid parts are not written either") << doc(
        R"("settings":{"otp.length":10},"providers":{"vonage":{"apiKey":"k","sender":"S"}},)"
        R"("activeProvider":"vonage","extra":1)") << "$.extra"
                                                        << "unknown key";
}

QTEST_GUILESS_MAIN(TestConfigExport)
#include "TestConfigExport.moc"
