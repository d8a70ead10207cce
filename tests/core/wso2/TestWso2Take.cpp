// "Take from server" (Wso2Take): the server's sender and connector back into the console's settings, the database
// and keychain part of a take, and the masking of what the console shows of WSO2's values.

#include "storage/Database.h"
#include "storage/ProviderRepository.h"
#include "storage/SettingsRepository.h"
#include "wso2/Wso2Take.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace smsotp;
using namespace smsotp::wso2;
using providers::ProviderKind;
using storage::SecretChange;
namespace keys = storage::secretkeys;

namespace {

const QString kMark = QStringLiteral("\u2022\u2022\u2022");

providers::CustomSetup customSetup()
{
    providers::CustomSetup s;
    s.config.url = QStringLiteral("https://sms.example.com/send");
    s.config.format = tmpl::PayloadFormat::Json;
    s.config.method = providers::HttpMethod::Put;
    s.config.payloadTemplate = QStringLiteral("{\"to\": {{ mobile }}, \"text\": {{body}}}\n");
    s.config.headers = QStringLiteral("X-Api-Key: , Accept: application/json");
    s.secrets.headerValues.insert(QStringLiteral("X-Api-Key"), QStringLiteral("k3y-value-123"));
    return s;
}

providers::TwilioSetup twilioSetup()
{
    providers::TwilioSetup t;
    t.config.accountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
    t.config.apiBase = QUrl(QStringLiteral("https://api.ie1.twilio.com"));
    t.config.sender = QStringLiteral("+15005550006");
    t.secrets.authToken = QStringLiteral("f00dcafe0123456789abcdef01234567");
    return t;
}

providers::VonageSetup vonageSetup()
{
    providers::VonageSetup v;
    v.config.apiKey = QStringLiteral("abcd1234");
    v.config.sender = QStringLiteral("Console");
    v.secrets.apiSecret = QStringLiteral("s3cr3tValue");
    return v;
}

otp::OtpPolicy unusualPolicy()
{
    otp::OtpPolicy p;
    p.expirySeconds = 120;
    p.length = 8;
    p.numericOnly = false;
    p.resendAttempts = 2;
    p.resendBlockMinutes = 15;
    p.maxFailedAttempts = 7; // not a connector property: a take keeps it
    p.sendsPerHour = 42;
    return p;
}

// What a pull of a server holding the console's mapping of setup and policy returns.
PullResult pulledFrom(ProviderKind kind, const providers::ProviderSetup& setup, const otp::OtpPolicy& policy)
{
    PullResult pulled;
    pulled.ok = true;
    pulled.sender = mapSender(kind, setup).sender;
    pulled.connector = connectorProperties(policy);
    return pulled;
}

} // namespace

class TestWso2Take : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void connectorRoundTripGivesThePolicyBack_data()
    {
        QTest::addColumn<bool>("numericOnly");
        QTest::addColumn<bool>("resendBlock");
        QTest::newRow("alphanumeric") << false << true;
        QTest::newRow("numeric") << true << true;
        QTest::newRow("older server") << false << false;
    }
    void connectorRoundTripGivesThePolicyBack()
    {
        QFETCH(bool, numericOnly);
        QFETCH(bool, resendBlock);
        otp::OtpPolicy policy = unusualPolicy();
        policy.numericOnly = numericOnly;
        const otp::OtpPolicy current; // the defaults
        const otp::OtpPolicy taken = policyFromConnector(current, connectorProperties(policy, resendBlock));
        otp::OtpPolicy expected = current;
        expected.expirySeconds = policy.expirySeconds;
        expected.length = policy.length;
        expected.numericOnly = policy.numericOnly;
        expected.resendAttempts = policy.resendAttempts;
        if (resendBlock)
            expected.resendBlockMinutes = policy.resendBlockMinutes;
        QCOMPARE(taken, expected);
        // Every connector field is one of the table's: taking what the console would push changes nothing.
        QCOMPARE(policyFromConnector(policy, connectorProperties(policy)), policy);
        QCOMPARE(connectorProperties(taken, resendBlock), connectorProperties(policy, resendBlock));
    }

    void unknownMissingAndGarbagePropertiesKeepTheCurrentValue()
    {
        const otp::OtpPolicy current = unusualPolicy();
        QCOMPARE(policyFromConnector(current, {}), current);
        const QList<ConnectorProperty> garbage {
            { QStringLiteral("SmsOTP.ExpiryTime"), QStringLiteral("soon") },
            { QStringLiteral("SmsOTP.OTPLength"), QStringLiteral("12.5") },
            { QStringLiteral("SmsOTP.OtpRegex.UseNumericChars"), QStringLiteral("maybe") },
            { QStringLiteral("SmsOTP.ResendAttemptsCount"), QString() },
            { QStringLiteral("SmsOTP.ResendBlockDuration"), QStringLiteral("-3") },
            { QStringLiteral("SmsOTP.Unknown"), QStringLiteral("9") },
            { QStringLiteral("smsotp.otplength"), QStringLiteral("9") }, // names are exact
        };
        QCOMPARE(policyFromConnector(current, garbage), current);
        // Outside the console's limits (length 4 to 64): kept, too.
        QCOMPARE(
            policyFromConnector(current, { { QStringLiteral("SmsOTP.OTPLength"), QStringLiteral("3") } }), current);
        QCOMPARE(
            policyFromConnector(current, { { QStringLiteral("SmsOTP.OTPLength"), QStringLiteral("65") } }), current);
        // Spaces and the case of true/false do not matter.
        const otp::OtpPolicy spaced = policyFromConnector(current,
            { { QStringLiteral("SmsOTP.OTPLength"), QStringLiteral(" 9 ") },
                { QStringLiteral("SmsOTP.OtpRegex.UseNumericChars"), QStringLiteral("TRUE") } });
        QCOMPARE(spaced.length, 9);
        QVERIFY(spaced.numericOnly);
        QCOMPARE(spaced.expirySeconds, current.expirySeconds);

        // A take names each value it could not take.
        PullResult pulled;
        pulled.ok = true;
        pulled.connector = garbage;
        const ServerTake take = planTake(pulled, current);
        QVERIFY(take.ok());
        QCOMPARE(take.policy, current);
        QCOMPARE(take.problems.size(), 5);
        QVERIFY2(
            take.problems.first().contains(QStringLiteral("SmsOTP.ExpiryTime")), qPrintable(take.problems.first()));
        QVERIFY(take.problems.first().contains(QStringLiteral("120")));
    }

    void takeOfTwilio()
    {
        const otp::OtpPolicy policy = unusualPolicy();
        const ServerTake take = planTake(pulledFrom(ProviderKind::Twilio, twilioSetup(), policy), otp::OtpPolicy {});
        QVERIFY(take.ok());
        QVERIFY(take.problems.isEmpty());
        QCOMPARE(take.policy.length, 8);
        QVERIFY(take.sender);
        QCOMPARE(take.sender->kind, ProviderKind::Twilio);
        const auto& t = std::get<providers::TwilioSetup>(take.sender->setup);
        QCOMPARE(t.config.accountSid, twilioSetup().config.accountSid);
        QCOMPARE(t.config.apiBase, twilioSetup().config.apiBase);
        QCOMPARE(t.config.sender, twilioSetup().config.sender);
        QCOMPARE(take.secretChanges,
            QList<SecretChange> { SecretChange::write(keys::twilioAuthToken(), twilioSetup().secrets.authToken) });

        // A server that does not return the token: nothing is written over the keychain's.
        PullResult masked = pulledFrom(ProviderKind::Twilio, twilioSetup(), policy);
        masked.sender->secret.clear();
        QVERIFY(planTake(masked, {}).secretChanges.isEmpty());
    }

    void takeOfVonage()
    {
        const ServerTake take = planTake(pulledFrom(ProviderKind::Vonage, vonageSetup(), {}), {});
        QVERIFY(take.ok());
        QCOMPARE(take.sender->kind, ProviderKind::Vonage);
        const auto& v = std::get<providers::VonageSetup>(take.sender->setup);
        QCOMPARE(v.config.apiKey, QStringLiteral("abcd1234"));
        QCOMPARE(v.config.sender, QStringLiteral("Console"));
        QCOMPARE(v.config.apiBase, vonageSetup().config.apiBase);
        QCOMPARE(take.secretChanges,
            QList<SecretChange> { SecretChange::write(keys::vonageApiSecret(), QStringLiteral("s3cr3tValue")) });
    }

    void takeOfCustom()
    {
        PullResult pulled = pulledFrom(ProviderKind::Custom, customSetup(), {});
        // A header WSO2 itself drops is not taken, and said so.
        for (SenderProperty& p : pulled.sender->properties) {
            if (p.key == u"http.headers")
                p.value += QStringLiteral(", X-Time: 10:30");
        }
        const ServerTake take = planTake(pulled, {});
        QVERIFY(take.ok());
        QCOMPARE(take.sender->kind, ProviderKind::Custom);
        const auto& c = std::get<providers::CustomSetup>(take.sender->setup);
        QCOMPARE(c.config.url, QStringLiteral("https://sms.example.com/send"));
        QCOMPARE(c.config.method, providers::HttpMethod::Put);
        QVERIFY(!c.config.headers.contains(QStringLiteral("k3y-value-123")));
        const QList<SecretChange> expected { SecretChange::write(keys::customHeader(QStringLiteral("Accept")),
                                                 QStringLiteral("application/json")),
            SecretChange::write(keys::customHeader(QStringLiteral("X-Api-Key")), QStringLiteral("k3y-value-123")) };
        QCOMPARE(take.secretChanges, expected);
        QCOMPARE(take.problems.size(), 1);
        QVERIFY2(take.problems.first().contains(QStringLiteral("X-Time")), qPrintable(take.problems.first()));
    }

    void takeWithoutSenderOrOfAnUnknownProvider()
    {
        PullResult pulled;
        pulled.ok = true;
        pulled.connector = connectorProperties(unusualPolicy());
        const ServerTake none = planTake(pulled, {});
        QVERIFY(none.ok());
        QVERIFY(!none.sender);
        QVERIFY(none.secretChanges.isEmpty());
        QCOMPARE(none.policy.expirySeconds, 120);

        SmsSender clickatell;
        clickatell.provider = QStringLiteral("Clickatell");
        clickatell.secret = QStringLiteral("s3cret");
        pulled.sender = clickatell;
        const ServerTake unknown = planTake(pulled, {});
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error, TakeError::UnknownProvider);
        QVERIFY(unknown.message.contains(QStringLiteral("Clickatell")));
        QVERIFY(unknown.secretChanges.isEmpty());
    }

    void saveTakeWritesTheDatabasePart()
    {
        QTemporaryDir dir;
        auto opened = storage::Database::open(dir.path());
        QVERIFY(opened.database);
        storage::Database& db = *opened.database;
        const otp::OtpPolicy policy = unusualPolicy();

        const ServerTake custom = planTake(pulledFrom(ProviderKind::Custom, customSetup(), policy), otp::OtpPolicy {});
        QVERIFY(!saveTake(db, custom).isError());
        QCOMPARE(storage::SettingsRepository(db).loadPolicy().policy.length, 8);
        storage::ProviderSettings saved = storage::ProviderRepository(db).load().settings;
        QCOMPARE(saved.active, ProviderKind::Custom);
        QCOMPARE(saved.custom.config.url, QStringLiteral("https://sms.example.com/send"));
        QVERIFY(!saved.custom.config.headers.contains(QStringLiteral("k3y-value-123"))); // the keychain's part

        const ServerTake twilio = planTake(pulledFrom(ProviderKind::Twilio, twilioSetup(), policy), policy);
        QVERIFY(!saveTake(db, twilio).isError());
        saved = storage::ProviderRepository(db).load().settings;
        QCOMPARE(saved.active, ProviderKind::Twilio);
        QCOMPARE(saved.twilio.accountSid, twilioSetup().config.accountSid);
        QCOMPARE(saved.custom.config.url, QStringLiteral("https://sms.example.com/send")); // untouched

        // No sender on the server: the policy only; the active provider stays.
        PullResult noSender;
        noSender.ok = true;
        noSender.connector = { { QStringLiteral("SmsOTP.OTPLength"), QStringLiteral("10") } };
        QVERIFY(!saveTake(db, planTake(noSender, policy)).isError());
        QCOMPARE(storage::SettingsRepository(db).loadPolicy().policy.length, 10);
        QCOMPARE(storage::ProviderRepository(db).load().settings.active, ProviderKind::Twilio);
    }

    void takeFromServerGivesTheSameSenderBack_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("twilio") << 0;
        QTest::newRow("vonage") << 1;
        QTest::newRow("custom") << 2;
        QTest::newRow("custom with Basic") << 3;
        QTest::newRow("custom with Bearer") << 4;
        QTest::newRow("custom with an API key header") << 5;
    }
    void takeFromServerGivesTheSameSenderBack()
    {
        QFETCH(int, which);
        providers::TwilioSetup t;
        t.config.accountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
        t.config.apiBase = QUrl(QStringLiteral("https://api.ie1.twilio.com"));
        t.config.sender = QStringLiteral("+15005550006");
        t.secrets.authToken = QStringLiteral("f00dcafe0123456789abcdef01234567");
        providers::VonageSetup v;
        v.config.apiKey = QStringLiteral("abcd1234");
        v.config.sender = QStringLiteral("Console");
        v.secrets.apiSecret = QStringLiteral("s3cr3tValue");
        QList<QPair<ProviderKind, providers::ProviderSetup>> setups { { ProviderKind::Twilio, t },
            { ProviderKind::Vonage, v }, { ProviderKind::Custom, customSetup() } };
        for (const auto kind : { providers::custom::AuthKind::Basic, providers::custom::AuthKind::Bearer,
                 providers::custom::AuthKind::ApiKey }) {
            providers::CustomSetup c = customSetup();
            c.config.auth = { kind, QStringLiteral("gateway-user"), QStringLiteral("X-Gateway-Key"),
                providers::custom::ApiKeyPlace::Header };
            if (kind != providers::custom::AuthKind::Basic)
                c.config.auth.user.clear();
            if (kind != providers::custom::AuthKind::ApiKey)
                c.config.auth.keyName.clear();
            c.secrets.authSecret = QStringLiteral("auth-s3cret");
            setups.append({ ProviderKind::Custom, c });
        }
        const auto& [kind, setup] = setups.at(which);
        const SenderMapping m = mapSender(kind, setup);
        QVERIFY(m.ok());
        const std::optional<TakenSender> taken = takeSender(m.sender);
        QVERIFY(taken);
        QCOMPARE(taken->kind, kind);
        QVERIFY(taken->problems.isEmpty());
        QCOMPARE(mapSender(taken->kind, taken->setup).sender, m.sender);
        if (kind == ProviderKind::Custom) {
            const auto& custom = std::get<providers::CustomSetup>(taken->setup);
            QVERIFY(!custom.config.headers.contains(QStringLiteral("t0ken"))); // values go to the keychain
            QCOMPARE(custom.secrets.headerValues.value(QStringLiteral("X-Api-Key")), QStringLiteral("k3y-value-123"));
            QCOMPARE(custom.config.auth, std::get<providers::CustomSetup>(setup).config.auth);
        }
    }

    // A server returns the authentication without its secret: the kind, user and header are taken; the secret is
    // named as missing, and nothing is written for it.
    void takeOfAuthenticationWithoutItsSecret()
    {
        providers::CustomSetup c = customSetup();
        c.config.auth = { providers::custom::AuthKind::Basic, QStringLiteral("gateway-user"), {},
            providers::custom::ApiKeyPlace::Header };
        c.secrets.authSecret = QStringLiteral("auth-s3cret");
        SmsSender sender = mapSender(ProviderKind::Custom, c).sender;
        sender.authentication.properties.removeIf([](const SenderProperty& p) { return p.key == u"password"; });
        const std::optional<TakenSender> taken = takeSender(sender);
        QVERIFY(taken);
        const auto& custom = std::get<providers::CustomSetup>(taken->setup);
        QCOMPARE(custom.config.auth.kind, providers::custom::AuthKind::Basic);
        QCOMPARE(custom.config.auth.user, QStringLiteral("gateway-user"));
        QVERIFY(custom.secrets.authSecret.isEmpty());
        QCOMPARE(taken->problems.size(), 1);
        QVERIFY2(taken->problems.first().contains(QStringLiteral("secret")), qPrintable(taken->problems.first()));
        PullResult pulled;
        pulled.ok = true;
        pulled.sender = sender;
        for (const SecretChange& change : planTake(pulled, {}).secretChanges)
            QVERIFY(change.key != keys::customAuthSecret());
    }

    void takeFromServerSkipsWhatWso2Drops()
    {
        SmsSender s;
        s.provider = QStringLiteral("Custom");
        s.properties = { { QStringLiteral("http.headers"), QStringLiteral("X-Time: 10:30, Accept: text/plain") } };
        const std::optional<TakenSender> taken = takeSender(s);
        QVERIFY(taken);
        QCOMPARE(taken->problems.size(), 1);
        QCOMPARE(std::get<providers::CustomSetup>(taken->setup).secrets.headerValues.keys(),
            QStringList { QStringLiteral("Accept") });
        s.provider = QStringLiteral("Clickatell");
        QVERIFY(!takeSender(s));
    }

    void headerValuesAreMasked()
    {
        QCOMPARE(maskHeaderValues(QStringLiteral("Authorization: Bearer t0ken, Accept: application/json")),
            QStringLiteral("Authorization: ") + kMark + QStringLiteral(", Accept: ") + kMark);
        // WSO2's own spelling without spaces, a value with ':' (masked whole), and entries without a value.
        QCOMPARE(maskHeaderValues(QStringLiteral("X-Key:abc,X-Time: 10:30,X-Empty:,NoColon")),
            QStringLiteral("X-Key: ") + kMark + QStringLiteral(",X-Time: ") + kMark
                + QStringLiteral(",X-Empty:,NoColon"));
        QCOMPARE(maskHeaderValues(QString()), QString());
    }

    void diffValuesAreShownWithoutSecrets()
    {
        DiffRow secret;
        secret.field = QStringLiteral("secret");
        secret.secret = true;
        QCOMPARE(shownDiffValue(secret, QStringLiteral("f00dcafe"), {}), kMark);
        QCOMPARE(shownDiffValue(secret, QString(), {}), QString()); // none stays none
        DiffRow headers;
        headers.field = QStringLiteral("http.headers");
        QCOMPARE(shownDiffValue(headers, QStringLiteral("X-Api-Key: k3y"), {}), QStringLiteral("X-Api-Key: ") + kMark);
        DiffRow url;
        url.field = QStringLiteral("providerURL");
        QCOMPARE(shownDiffValue(
                     url, QStringLiteral("https://x.example/?key=k3y-value-123"), { QStringLiteral("k3y-value-123") }),
            QStringLiteral("https://x.example/?key=") + kMark);
        QCOMPARE(shownDiffValue(url, QStringLiteral("https://x.example/"), {}), QStringLiteral("https://x.example/"));
    }
};

QTEST_GUILESS_MAIN(TestWso2Take)
#include "TestWso2Take.moc"
