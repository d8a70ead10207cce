// ProviderSetupLoader against the real Secret Service that tests/run.sh starts (a private bus with gnome-keyring):
// each provider's secrets come from the keychain into a setup that builds the request; a missing secret is named;
// the sandbox needs no keychain at all. The same binary also runs with no session bus (SMSOTP_KEYCHAIN_EXPECT),
// see tests/core/send/CMakeLists.txt.

#include "providers/ProviderClient.h"
#include "send/ProviderSetupLoader.h"
#include "storage/ProviderRepository.h"
#include "storage/SecretStore.h"

#include <QRandomGenerator>
#include <QTest>
#include <QUuid>

using namespace smsotp;
using providers::ProviderKind;
using storage::SecretErrorKind;
namespace keys = storage::secretkeys;

class TestProviderSetupLoader : public QObject
{
    Q_OBJECT

    const QString kSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
    const QString kNumber = QStringLiteral("+447700900123");

    struct Loaded
    {
        int calls = 0;
        bool answeredAtOnce = false; // called before loadProviderSetup returned
        send::SetupResult result;
    };

    static std::shared_ptr<Loaded> load(ProviderKind kind, const storage::ProviderSettings& settings,
        storage::SecretStore& store, const QUrl& sandboxEndpoint = {})
    {
        auto loaded = std::make_shared<Loaded>();
        send::loadProviderSetup(kind, settings, store, sandboxEndpoint, [loaded](const send::SetupResult& r) {
            ++loaded->calls;
            loaded->result = r;
        });
        loaded->answeredAtOnce = loaded->calls > 0;
        if (QTest::qWaitFor([&] { return loaded->calls > 0; }, 20000))
            QTest::qWait(50); // a second answer would come now
        return loaded;
    }

    // Shared counters: a late answer after a timed-out wait writes to them, not to a dead stack frame.
    static bool put(storage::SecretStore& store, const QString& key, const QString& value)
    {
        auto answered = std::make_shared<std::optional<bool>>();
        store.write(key, value, [answered](const storage::SecretResult& r) { *answered = !r.error.isError(); });
        return QTest::qWaitFor([&] { return answered->has_value(); }, 20000) && **answered;
    }

    static bool forget(storage::SecretStore& store, const QStringList& keys)
    {
        auto calls = std::make_shared<int>(0);
        for (const QString& key : keys)
            store.remove(key, [calls](const storage::SecretResult&) { ++*calls; });
        return QTest::qWaitFor([&] { return *calls == keys.size(); }, 20000);
    }

    static QString randomSecret()
    {
        return QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, u'0')
            + QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, u'0');
    }

    static QString newProfile() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    static QString expectation() { return qEnvironmentVariable("SMSOTP_KEYCHAIN_EXPECT"); }

    storage::ProviderSettings twilioSettings() const
    {
        storage::ProviderSettings settings;
        settings.twilio.accountSid = kSid;
        settings.twilio.sender = QStringLiteral("+15005550006");
        settings.active = ProviderKind::Twilio;
        return settings;
    }

    static storage::ProviderSettings customSettings()
    {
        storage::ProviderSettings settings;
        settings.custom.config.url = QStringLiteral("https://sms.example.com/send");
        settings.custom.config.payloadTemplate = QStringLiteral("{\"to\": {{mobile}}, \"text\": {{body}}}");
        // As the repository stores it: header names only, the values are in the keychain.
        settings.custom.config.headers = storage::ProviderRepository::headerNamesOnly(
            QStringLiteral("X-Api-Key: typed-value, Authorization: Bearer typed"));
        settings.custom.namedSecrets = { QStringLiteral("KEY") };
        settings.active = ProviderKind::Custom;
        return settings;
    }

private Q_SLOTS:
    void init()
    {
        const QString function = QString::fromLatin1(QTest::currentTestFunction());
        const bool withoutKeychain = function == u"theSandboxNeedsNoSecret"
            || function == u"theSandboxWithoutAnEndpointCannotSend" || function == u"secretKeysOfEachProvider"
            || function == u"messagesForPeople" || function == u"aKeychainFailureIsPassedOn";
        if (!expectation().isEmpty() && !withoutKeychain)
            QSKIP("this run has no keychain");
        if (expectation().isEmpty() && function == u"aKeychainFailureIsPassedOn")
            QSKIP("runs in the no-bus run");
        if (expectation().isEmpty() && qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("no session bus: run the suite through tests/run.sh, which starts a private keyring");
    }

    void secretKeysOfEachProvider()
    {
        const storage::ProviderSettings custom = customSettings();
        QCOMPARE(
            send::secretKeysFor(ProviderKind::Twilio, custom), QStringList { QStringLiteral("twilio.auth_token") });
        QCOMPARE(
            send::secretKeysFor(ProviderKind::Vonage, custom), QStringList { QStringLiteral("vonage.api_secret") });
        QCOMPARE(send::secretKeysFor(ProviderKind::Sandbox, custom), QStringList {});
        // Every header of the custom provider (names in lower case), then every named secret.
        QCOMPARE(send::secretKeysFor(ProviderKind::Custom, custom),
            (QStringList { QStringLiteral("custom.header.x-api-key"), QStringLiteral("custom.header.authorization"),
                QStringLiteral("custom.secret.KEY") }));
        QCOMPARE(send::secretKeysFor(ProviderKind::Custom, storage::ProviderSettings {}), QStringList {});
    }

    void twilioGetsItsTokenFromTheKeychain()
    {
        storage::SecretStore store(newProfile());
        const QString token = randomSecret();
        QVERIFY(put(store, keys::twilioAuthToken(), token));
        const auto loaded = load(ProviderKind::Twilio, twilioSettings(), store);
        QVERIFY(!loaded->answeredAtOnce);
        QCOMPARE(loaded->calls, 1);
        QVERIFY2(!loaded->result.error.isError(), qPrintable(loaded->result.error.detail));
        QCOMPARE(loaded->result.message(), QString());
        QVERIFY(loaded->result.setup.has_value());
        const auto* twilio = std::get_if<providers::TwilioSetup>(&*loaded->result.setup);
        QVERIFY(twilio);
        QCOMPARE(twilio->config.accountSid, kSid);
        QCOMPARE(twilio->config.sender, QStringLiteral("+15005550006"));
        QCOMPARE(twilio->secrets.authToken, token);

        // Ready to send: the request carries the token as Twilio wants it, and lists it for redaction.
        const providers::BuildResult built
            = providers::buildSendRequest(*loaded->result.setup, kNumber, QStringLiteral("c"));
        QVERIFY(built.ok());
        QCOMPARE(built.request.headerValue("Authorization"),
            QByteArray("Basic ") + (kSid + u':' + token).toUtf8().toBase64());
        QVERIFY(built.request.secrets.contains(token));
        QVERIFY(forget(store, { keys::twilioAuthToken() }));
    }

    void vonageGetsItsSecretFromTheKeychain()
    {
        storage::SecretStore store(newProfile());
        const QString secret = QStringLiteral("Vs3cr3t!") + randomSecret().left(8);
        QVERIFY(put(store, keys::vonageApiSecret(), secret));
        storage::ProviderSettings settings;
        settings.vonage.apiKey = QStringLiteral("a1b2c3d4");
        settings.vonage.sender = QStringLiteral("ACME");
        const auto loaded = load(ProviderKind::Vonage, settings, store);
        QCOMPARE(loaded->calls, 1);
        QVERIFY(!loaded->answeredAtOnce);
        const auto* vonage
            = loaded->result.setup ? std::get_if<providers::VonageSetup>(&*loaded->result.setup) : nullptr;
        QVERIFY(vonage);
        QCOMPARE(vonage->config.apiKey, QStringLiteral("a1b2c3d4"));
        QCOMPARE(vonage->secrets.apiSecret, secret);
        QVERIFY(forget(store, { keys::vonageApiSecret() }));
    }

    void customGetsEveryHeaderAndNamedSecret()
    {
        storage::SecretStore store(newProfile());
        const QString apiKey = randomSecret(), bearer = QStringLiteral("Bearer ") + randomSecret(),
                      named = randomSecret();
        const storage::ProviderSettings settings = customSettings();
        QVERIFY(put(store, keys::customHeader(QStringLiteral("X-Api-Key")), apiKey));
        QVERIFY(put(store, keys::customHeader(QStringLiteral("Authorization")), bearer));
        QVERIFY(put(store, keys::customNamedSecret(QStringLiteral("KEY")), named));
        const auto loaded = load(ProviderKind::Custom, settings, store);
        QCOMPARE(loaded->calls, 1);
        QVERIFY2(!loaded->result.error.isError(), qPrintable(loaded->result.error.detail));
        const auto* custom
            = loaded->result.setup ? std::get_if<providers::CustomSetup>(&*loaded->result.setup) : nullptr;
        QVERIFY(custom);
        QCOMPARE(custom->config.url, settings.custom.config.url);
        QCOMPARE(custom->config.payloadTemplate, settings.custom.config.payloadTemplate);
        // Keyed by the header as the user wrote it, whatever the case of the keychain entry.
        QCOMPARE(custom->secrets.headerValues,
            (QMap<QString, QString> {
                { QStringLiteral("X-Api-Key"), apiKey }, { QStringLiteral("Authorization"), bearer } }));
        QCOMPARE(custom->secrets.named, (QMap<QString, QString> { { QStringLiteral("KEY"), named } }));

        const providers::BuildResult built
            = providers::buildSendRequest(*loaded->result.setup, kNumber, QStringLiteral("c"));
        QVERIFY(built.ok());
        QCOMPARE(built.request.headerValue("x-api-key"), apiKey.toUtf8());
        QCOMPARE(built.request.headerValue("authorization"), bearer.toUtf8());
        QVERIFY(forget(store, send::secretKeysFor(ProviderKind::Custom, settings)));
    }

    void aMissingSecretIsNamed()
    {
        storage::SecretStore store(newProfile());
        const auto twilio = load(ProviderKind::Twilio, twilioSettings(), store);
        QCOMPARE(twilio->calls, 1);
        QVERIFY(!twilio->answeredAtOnce);
        QVERIFY(!twilio->result.setup.has_value()); // nothing to send with
        QCOMPARE(twilio->result.failedKey, QStringLiteral("twilio.auth_token"));
        QCOMPARE(twilio->result.error.kind, SecretErrorKind::NotFound);
        const QString message = twilio->result.message();
        QVERIFY2(message.contains(QStringLiteral("twilio.auth_token")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("SMS Provider page")), qPrintable(message)); // where to fix it

        // The custom provider stops at the first entry it lacks, even when the others are there.
        const storage::ProviderSettings settings = customSettings();
        QVERIFY(put(store, keys::customHeader(QStringLiteral("X-Api-Key")), randomSecret()));
        QVERIFY(put(store, keys::customHeader(QStringLiteral("Authorization")), randomSecret()));
        const auto custom = load(ProviderKind::Custom, settings, store);
        QCOMPARE(custom->calls, 1);
        QVERIFY(!custom->result.setup.has_value());
        QCOMPARE(custom->result.failedKey, QStringLiteral("custom.secret.KEY"));
        QVERIFY(custom->result.message().contains(QStringLiteral("custom.secret.KEY")));
        QVERIFY(forget(store, send::secretKeysFor(ProviderKind::Custom, settings)));
    }

    void theSandboxNeedsNoSecret()
    {
        storage::SecretStore store(newProfile());
        const QUrl endpoint(QStringLiteral("http://127.0.0.1:45678/sms"));
        // Whatever else is configured, the sandbox is the console's own gateway.
        const auto loaded = load(ProviderKind::Sandbox, customSettings(), store, endpoint);
        QVERIFY(!loaded->answeredAtOnce); // still asynchronous, as every answer of the loader
        QCOMPARE(loaded->calls, 1);
        QVERIFY(!loaded->result.error.isError());
        const auto* sandbox
            = loaded->result.setup ? std::get_if<providers::CustomSetup>(&*loaded->result.setup) : nullptr;
        QVERIFY(sandbox);
        QCOMPARE(sandbox->config.url, endpoint.toString());
        QVERIFY(sandbox->secrets.headerValues.isEmpty());
        QVERIFY(sandbox->secrets.named.isEmpty());
        const providers::BuildResult built
            = providers::buildSendRequest(*loaded->result.setup, kNumber, QStringLiteral("c"));
        QVERIFY(built.ok());
        QCOMPARE(built.request.url, endpoint);
        QVERIFY(built.request.secrets.isEmpty());
    }

    void theSandboxWithoutAnEndpointCannotSend()
    {
        // No gateway running: the setup loads, but its request is refused before any network.
        storage::SecretStore store(newProfile());
        const auto loaded = load(ProviderKind::Sandbox, storage::ProviderSettings {}, store, QUrl());
        QCOMPARE(loaded->calls, 1);
        QVERIFY(!loaded->result.error.isError());
        QVERIFY(loaded->result.setup.has_value());
        const providers::BuildResult built
            = providers::buildSendRequest(*loaded->result.setup, kNumber, QStringLiteral("c"));
        QVERIFY(!built.ok());
        QCOMPARE(built.errors.first().field, providers::ConfigField::Url);
        QCOMPARE(built.errors.first().kind, providers::BuildErrorKind::Missing);
    }

    void messagesForPeople()
    {
        QCOMPARE(send::SetupResult {}.message(), QString());
        send::SetupResult denied;
        denied.failedKey = keys::twilioAuthToken();
        denied.error = { SecretErrorKind::AccessDenied, QStringLiteral("locked") };
        // Not "missing": the keychain's own reason, so the user unlocks it instead of typing the token again.
        QCOMPARE(denied.message(), denied.error.message());
        QVERIFY(!denied.message().isEmpty());
        QVERIFY(!denied.message().contains(QStringLiteral("is not in the keychain")));
    }

    // A secret whose save never finished is not used: its value may belong to other settings. The message names
    // it and says what to do; the keychain is not even asked.
    void anInterruptedSecretIsNotUsed()
    {
        storage::SecretStore store(newProfile());
        storage::ProviderSettings settings = twilioSettings();
        settings.interruptedSecrets = { QStringLiteral("twilio.auth_token") };
        const auto loaded = load(ProviderKind::Twilio, settings, store);
        QCOMPARE(loaded->calls, 1);
        QVERIFY(!loaded->result.setup.has_value());
        QVERIFY(loaded->result.interrupted);
        QCOMPARE(loaded->result.failedKey, QStringLiteral("twilio.auth_token"));
        QVERIFY2(loaded->result.message().contains(QStringLiteral("“twilio.auth_token” did not finish")),
            qPrintable(loaded->result.message()));
        // Another provider's interrupted secret does not stop this one.
        settings.interruptedSecrets = { QStringLiteral("vonage.api_secret") };
        QVERIFY(!load(ProviderKind::Twilio, settings, store)->result.interrupted);
    }

    void aKeychainFailureIsPassedOn()
    {
        storage::SecretStore store(newProfile());
        const auto loaded = load(ProviderKind::Twilio, twilioSettings(), store);
        QCOMPARE(loaded->calls, 1);
        QVERIFY(!loaded->result.setup.has_value());
        QCOMPARE(loaded->result.failedKey, QStringLiteral("twilio.auth_token"));
        QVERIFY2(loaded->result.error.kind == SecretErrorKind::NoSessionBus, qPrintable(loaded->result.error.detail));
        QCOMPARE(loaded->result.message(), loaded->result.error.message());
        QVERIFY(loaded->result.message().contains(QStringLiteral("D-Bus")));
    }
};

QTEST_GUILESS_MAIN(TestProviderSetupLoader)
#include "TestProviderSetupLoader.moc"
