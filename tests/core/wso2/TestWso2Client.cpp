// Wso2Client against FakeWso2Server over HTTPS: push, pull, diff, errors, OAuth2 and certificate pinning.

#include "FakeWso2Server.h"
#include "Wso2TestHelpers.h"
#include "providers/Redaction.h"
#include "wso2/Wso2Client.h"
#include "wso2/Wso2Requests.h"

#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QtTest>

using namespace smsotp;
using namespace smsotp::wso2;
using providers::ProviderKind;
using wso2test::customSetup;
using wso2test::waitFor;

class TestWso2Client : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;

    static Connection basic(const FakeWso2Server& server) { return wso2test::basicConnection(server); }

    Connection oauth(const FakeWso2Server& server) const
    {
        Connection c = basic(server);
        c.config.auth = AuthKind::ClientCredentials;
        c.config.clientId = FakeWso2Server::kClientId;
        c.credentials.clientSecret = FakeWso2Server::kClientSecret;
        return c;
    }

    PullResult pull(Wso2Client& client, const Connection& c)
    {
        return waitFor<PullResult>([&](auto done) { client.pull(c, done); });
    }
    PushResult push(Wso2Client& client, const Connection& c, const PushPlan& plan)
    {
        return waitFor<PushResult>([&](auto done) { client.push(c, plan, done); });
    }
    CertificateInfo fetchCertificate(Wso2Client& client, const QUrl& url)
    {
        return waitFor<CertificateInfo>([&](auto done) { client.fetchCertificate(url, done); });
    }

private Q_SLOTS:
    void pushThenPullShowsNoDifference()
    {
        FakeWso2Server server;
        QVERIFY(server.listen());
        providers::HttpSender sender(m_network);
        Wso2Client client(sender);
        const Connection c = basic(server);
        otp::OtpPolicy policy;
        policy.expirySeconds = 180;
        policy.length = 8;
        policy.numericOnly = false;
        policy.resendBlockMinutes = 12;

        const PullResult before = pull(client, c);
        QVERIFY2(before.ok, qPrintable(before.error.explanation));
        QVERIFY(!before.sender);
        const PushPlan plan = planPush(ProviderKind::Custom, customSetup(), policy, {}, before);
        QVERIFY(!plan.refused());
        QCOMPARE(plan.senderExists, std::optional(false));
        QVERIFY(hasDifferences(diffSender(plan.sender.sender, before.sender, plan.sender.secrets)));

        const PushResult pushed = push(client, c, plan);
        QVERIFY2(pushed.ok, qPrintable(pushed.error.explanation));
        QCOMPARE(pushed.senderMethod, QByteArrayLiteral("POST"));
        QCOMPARE(server.connectorProperty(QStringLiteral("SmsOTP.ExpiryTime")), QStringLiteral("180"));
        QCOMPARE(server.connectorProperty(QStringLiteral("SmsOTP.OtpRegex.UseNumericChars")), QStringLiteral("false"));
        QCOMPARE(server.connectorProperty(QStringLiteral("SmsOTP.ResendBlockDuration")), QStringLiteral("12"));

        const PullResult after = pull(client, c);
        QVERIFY(after.ok);
        QVERIFY(after.sender);
        QVERIFY(!hasDifferences(diffSender(plan.sender.sender, after.sender, plan.sender.secrets)));
        QVERIFY(!hasDifferences(diffConnector(plan.connector, after.connector)));
        QCOMPARE(after.sender->property(QStringLiteral("body")),
            std::optional(QStringLiteral("{\"to\": {{mobile}}, \"text\": {{body}}}")));

        // A second push replaces the sender.
        const PushResult again = push(client, c, planPush(ProviderKind::Custom, customSetup(), policy, {}, after));
        QVERIFY(again.ok);
        QCOMPARE(again.senderMethod, QByteArrayLiteral("PUT"));
        QVERIFY(!again.retriedAsPut);
    }

    void postOnAnExistingSenderIsRetriedAsPut()
    {
        FakeWso2Server server;
        QVERIFY(server.listen());
        providers::HttpSender sender(m_network);
        Wso2Client client(sender);
        const Connection c = basic(server);
        const PullResult before = pull(client, c);
        QVERIFY(!before.sender);
        // Someone else creates a sender after the pull.
        server.setSender(QJsonObject { { QStringLiteral("name"), QStringLiteral("SMSPublisher") },
            { QStringLiteral("provider"), QStringLiteral("Vonage") },
            { QStringLiteral("providerURL"), QStringLiteral("https://rest.nexmo.com/sms/json") },
            { QStringLiteral("contentType"), QStringLiteral("JSON") } });
        server.server().clearRequests();
        const PushResult pushed = push(client, c, planPush(ProviderKind::Custom, customSetup(), {}, {}, before));
        QVERIFY2(pushed.ok, qPrintable(pushed.error.explanation));
        QVERIFY(pushed.retriedAsPut);
        QCOMPARE(pushed.senderMethod, QByteArrayLiteral("PUT"));
        const QString connector = Wso2Client::connectorPath();
        QCOMPARE(server.apiCalls(),
            (QStringList { QStringLiteral("POST /notification-senders/sms"),
                QStringLiteral("PUT /notification-senders/sms/SMSPublisher"), QStringLiteral("PATCH ") + connector }));
        QCOMPARE(server.sender()->value(u"provider").toString(), QStringLiteral("Custom"));
    }

    void withoutAPullTheClientAsksFirst()
    {
        FakeWso2Server server;
        QVERIFY(server.listen());
        providers::HttpSender sender(m_network);
        Wso2Client client(sender);
        const PushResult pushed = push(client, basic(server), planPush(ProviderKind::Custom, customSetup(), {}, {}));
        QVERIFY(pushed.ok);
        QCOMPARE(server.apiCalls().mid(0, 2),
            (QStringList { QStringLiteral("GET /notification-senders/sms/SMSPublisher"),
                QStringLiteral("POST /notification-senders/sms") }));
    }

    // A sender with authentication goes through the v2 API, which takes its authentication object; a pull reads it
    // back (without the secret, which the diff cannot tell then), and nothing is different.
    void authenticationIsWrittenThroughV2()
    {
        FakeWso2Server server;
        QVERIFY(server.listen());
        providers::HttpSender sender(m_network);
        Wso2Client client(sender);
        const Connection c = basic(server);
        providers::CustomSetup setup = customSetup();
        setup.config.auth = { providers::custom::AuthKind::Basic, QStringLiteral("gateway-user"), {},
            providers::custom::ApiKeyPlace::Header };
        setup.secrets.authSecret = QStringLiteral("basic-pa55word");
        const PullResult before = pull(client, c);
        QVERIFY(before.ok);
        QCOMPARE(before.senderApiVersion, 2);
        server.server().clearRequests();
        const PushPlan plan = planPush(ProviderKind::Custom, setup, {}, {}, before);
        const PushResult pushed = push(client, c, plan);
        QVERIFY2(pushed.ok, qPrintable(pushed.error.explanation));
        QCOMPARE(server.apiCalls(),
            (QStringList { QStringLiteral("POST /v2/notification-senders/sms"),
                QStringLiteral("PATCH ") + Wso2Client::connectorPath() }));
        const QJsonObject auth = server.sender()->value(u"authentication").toObject();
        QCOMPARE(auth.value(u"type").toString(), QStringLiteral("BASIC"));
        QCOMPARE(auth.value(u"properties").toObject().value(u"password").toString(), QStringLiteral("basic-pa55word"));

        const PullResult after = pull(client, c);
        QVERIFY(after.ok);
        QCOMPARE(after.sender->authentication.type, QStringLiteral("BASIC"));
        const QList<DiffRow> rows = diffSender(plan.sender.sender, after.sender, plan.sender.secrets);
        QVERIFY(!hasDifferences(rows));
        bool sawPassword = false;
        for (const DiffRow& r : rows) {
            if (r.field == u"authentication.password") {
                sawPassword = true;
                QCOMPARE(r.comparison, Comparison::Unknown); // the server does not return it
                QVERIFY(r.secret);
                QVERIFY(!r.consoleValue.contains(QStringLiteral("basic-pa55word")));
            }
        }
        QVERIFY(sawPassword);
        // A second push replaces it through v2.
        server.server().clearRequests();
        QVERIFY(push(client, c, planPush(ProviderKind::Custom, setup, {}, {}, after)).ok);
        QCOMPARE(server.apiCalls().first(), QStringLiteral("PUT /v2/notification-senders/sms/SMSPublisher"));
    }

    // A server before 7.2 has no v2 API: a pull reads v1, and a push of a sender with authentication is refused
    // with the reason, before anything is written (with a pull, or without one, when it asks first).
    void anOldServerRefusesAuthentication()
    {
        FakeWso2Server server;
        server.setOldServer(true);
        QVERIFY(server.listen());
        providers::HttpSender sender(m_network);
        Wso2Client client(sender);
        const Connection c = basic(server);
        providers::CustomSetup setup = customSetup();
        setup.config.auth = { providers::custom::AuthKind::Bearer, {}, {}, providers::custom::ApiKeyPlace::Header };
        setup.secrets.authSecret = QStringLiteral("bearer-t0ken");
        const PullResult before = pull(client, c);
        QVERIFY2(before.ok, qPrintable(before.error.explanation));
        QCOMPARE(before.senderApiVersion, 1);
        QCOMPARE(server.apiCalls().mid(0, 2),
            (QStringList {
                QStringLiteral("GET /v2/notification-senders/sms"), QStringLiteral("GET /notification-senders/sms") }));

        const PushPlan plan = planPush(ProviderKind::Custom, setup, {}, {}, before);
        QVERIFY(plan.refused());
        QCOMPARE(plan.sender.refusals.first().kind, RefusalKind::AuthenticationNotOffered);
        QVERIFY(plan.sender.refusals.first().message.contains(QStringLiteral("7.2")));

        server.server().clearRequests();
        const PushResult pushed = push(client, c, planPush(ProviderKind::Custom, setup, {}, {}));
        QVERIFY(!pushed.ok);
        QVERIFY(pushed.refused);
        QCOMPARE(pushed.refusals.first().kind, RefusalKind::AuthenticationNotOffered);
        QCOMPARE(server.apiCalls(), QStringList { QStringLiteral("GET /v2/notification-senders/sms/SMSPublisher") });
        QVERIFY(!server.sender());
        QVERIFY(!pushed.error.explanation.contains(QStringLiteral("bearer-t0ken")));
    }

    void aRefusalHappensBeforeAnyRequest()
    {
        FakeWso2Server server;
        QVERIFY(server.listen());
        providers::HttpSender sender(m_network);
        Wso2Client client(sender);
        providers::CustomSetup setup = customSetup();
        setup.config.url.clear(); // WSO2 would answer NSM-60005
        const PushPlan plan = planPush(ProviderKind::Custom, setup, {}, {});
        QVERIFY(plan.refused());
        const PushResult pushed = push(client, basic(server), plan);
        QVERIFY(!pushed.ok);
        QVERIFY(pushed.refused);
        QCOMPARE(pushed.refusals.first().kind, RefusalKind::MissingProviderUrl);
        QVERIFY(server.requests().isEmpty());
    }

    // What the console refuses first, the server refuses too: the fake is faithful, and the explanation names it.
    void serverErrorsAreExplained_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("NSM-60005") << QString() << QStringLiteral("{{body}}") << QStringLiteral("NSM-60005");
        QTest::newRow("NSM-60004") << QStringLiteral("https://sms.example.com") << QString()
                                   << QStringLiteral("NSM-60004");
    }
    void serverErrorsAreExplained()
    {
        QFETCH(QString, url);
        QFETCH(QString, body);
        QFETCH(QString, code);
        FakeWso2Server server;
        QVERIFY(server.listen());
        providers::HttpSender sender(m_network);
        Wso2Client client(sender);
        PushPlan plan; // built by hand, past the console's own checks
        plan.sender.sender.provider = QStringLiteral("Custom");
        plan.sender.sender.contentType = QStringLiteral("JSON");
        plan.sender.sender.providerUrl = url;
        plan.sender.sender.properties = { { QStringLiteral("body"), body } };
        plan.senderExists = false;
        const PushResult pushed = push(client, basic(server), plan);
        QVERIFY(!pushed.ok);
        QCOMPARE(pushed.error.code, code);
        QCOMPARE(pushed.error.httpStatus, 400);
        QVERIFY2(pushed.error.explanation.contains(code), qPrintable(pushed.error.explanation));
        QVERIFY(!server.sender());
    }

    // An older server has no SmsOTP.ResendBlockDuration: after a pull it is left out, so the PATCH is accepted.
    void anOlderServerGetsOnlyWhatItKnows()
    {
        FakeWso2Server server;
        server.setOldServer(true);
        QVERIFY(server.listen());
        providers::HttpSender sender(m_network);
        Wso2Client client(sender);
        const Connection c = basic(server);
        otp::OtpPolicy policy;
        policy.length = 7;
        const PushResult blind = push(client, c, planPush(ProviderKind::Custom, customSetup(), policy, {}));
        QVERIFY(!blind.ok);
        QCOMPARE(blind.error.httpStatus, 400);
        QCOMPARE(server.connectorProperty(QStringLiteral("SmsOTP.OTPLength")), QStringLiteral("6"));
        const PullResult pulled = pull(client, c);
        QVERIFY(pulled.ok);
        const PushPlan plan = planPush(ProviderKind::Custom, customSetup(), policy, {}, pulled);
        QCOMPARE(plan.connector.size(), 4);
        const PushResult pushed = push(client, c, plan);
        QVERIFY2(pushed.ok, qPrintable(pushed.error.explanation));
        QCOMPARE(server.connectorProperty(QStringLiteral("SmsOTP.OTPLength")), QStringLiteral("7"));
        QVERIFY(!server.hasConnectorProperty(QStringLiteral("SmsOTP.ResendBlockDuration")));
    }

    void errorsAreExplainedInOneSentence_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("mentions");
        const auto nsm = [](const char* code, const char* message) -> QByteArray {
            return QByteArray("{\"code\":\"") + code + "\",\"message\":\"" + message
                + "\",\"description\":\"details here\",\"traceId\":\"t-1\"}";
        };
        QTest::newRow("401") << 401 << QByteArray() << QStringList { QStringLiteral("401") };
        QTest::newRow("403") << 403 << QByteArray() << QStringList { QStringLiteral("internal_governance_update") };
        QTest::newRow("404 plain") << 404 << QByteArray()
                                   << QStringList { QStringLiteral("404"), QStringLiteral("tenant") };
        QTest::newRow("404 NSM") << 404 << nsm("NSM-60006", "No notification sender found.")
                                 << QStringList { QStringLiteral("NSM-60006"),
                                        QStringLiteral("No notification sender found") };
        QTest::newRow("409") << 409 << nsm("CMT-50017", "Conflict.")
                             << QStringList { QStringLiteral("409"), QStringLiteral("Conflict: details here.") };
        QTest::newRow("NSM-60002") << 409 << nsm("NSM-60002", "Conflict.")
                                   << QStringList { QStringLiteral("NSM-60002"), QStringLiteral("PUT") };
        QTest::newRow("NSM-60004") << 400 << nsm("NSM-60004", "Invalid input.")
                                   << QStringList { QStringLiteral("NSM-60004") };
        QTest::newRow("NSM-60005") << 400 << nsm("NSM-60005", "Invalid input.")
                                   << QStringList { QStringLiteral("NSM-60005") };
        QTest::newRow("other NSM") << 500 << nsm("NSM-65001", "Server error.")
                                   << QStringList { QStringLiteral("NSM-65001"), QStringLiteral("500"),
                                          QStringLiteral("details here") };
        QTest::newRow("no body") << 502 << QByteArray("<html>") << QStringList { QStringLiteral("502") };
    }
    void errorsAreExplainedInOneSentence()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QStringList, mentions);
        const QString text = explainApiError(status, body, QStringLiteral("internal_governance_update"));
        for (const QString& m : mentions)
            QVERIFY2(text.contains(m), qPrintable(text));
        QVERIFY(!text.contains(u'\n'));
        QVERIFY(text.endsWith(u'.'));
        QVERIFY2(!text.contains(QStringLiteral(".:")) && !text.contains(QStringLiteral("..")), qPrintable(text));
    }

    void wrongPasswordIsExplained()
    {
        FakeWso2Server server;
        QVERIFY(server.listen());
        providers::HttpSender sender(m_network);
        Wso2Client client(sender);
        Connection c = basic(server);
        c.credentials.password = QStringLiteral("wrong-p4ss");
        const PullResult result = pull(client, c);
        QVERIFY(!result.ok);
        QCOMPARE(result.error.httpStatus, 401);
        QVERIFY2(result.error.explanation.contains(QStringLiteral("401")), qPrintable(result.error.explanation));
        QVERIFY(!result.error.explanation.contains(c.credentials.password));
    }

    void aMissingScopeIsNamed()
    {
        FakeWso2Server server;
        QVERIFY(server.listen());
        QStringList scopes = FakeWso2Server::allScopes();
        scopes.removeAll(QStringLiteral("internal_governance_update"));
        server.setUserScopes(scopes);
        providers::HttpSender sender(m_network);
        Wso2Client client(sender);
        const PushResult pushed = push(client, basic(server), planPush(ProviderKind::Custom, customSetup(), {}, {}));
        QVERIFY(!pushed.ok);
        QCOMPARE(pushed.error.httpStatus, 403);
        QVERIFY2(pushed.error.explanation.contains(QStringLiteral("internal_governance_update")),
            qPrintable(pushed.error.explanation));
    }

    void aMissingSenderScopeNamesBothNames()
    {
        FakeWso2Server server;
        QVERIFY(server.listen());
        QStringList scopes = FakeWso2Server::allScopes();
        scopes.removeAll(QStringLiteral("internal_notification_senders_create"));
        scopes.removeAll(QStringLiteral("internal_config_mgt_add"));
        server.setUserScopes(scopes);
        providers::HttpSender sender(m_network);
        Wso2Client client(sender);
        PushPlan plan = planPush(ProviderKind::Custom, customSetup(), {}, {});
        plan.senderExists = false;
        const PushResult pushed = push(client, basic(server), plan);
        QCOMPARE(pushed.error.httpStatus, 403);
        QVERIFY2(pushed.error.explanation.contains(QStringLiteral("internal_notification_senders_create"))
                && pushed.error.explanation.contains(QStringLiteral("internal_config_mgt_add")),
            qPrintable(pushed.error.explanation));
        QCOMPARE(server.connectorProperty(QStringLiteral("SmsOTP.ExpiryTime")), QStringLiteral("300")); // stopped there
    }

    void testConnectionReportsWhatWorks()
    {
        FakeWso2Server server;
        QVERIFY(server.listen());
        QStringList scopes = FakeWso2Server::allScopes();
        scopes.removeAll(QStringLiteral("internal_application_mgt_view"));
        server.setUserScopes(scopes);
        providers::HttpSender sender(m_network);
        Wso2Client client(sender);
        const ConnectionReport report
            = waitFor<ConnectionReport>([&](auto done) { client.testConnection(basic(server), done); });
        QVERIFY(!report.ok);
        QVERIFY(!report.error.isError());
        QCOMPARE(report.checks.size(), 3);
        QVERIFY(report.checks.at(0).ok);
        QVERIFY(report.checks.at(1).ok);
        QVERIFY(!report.checks.at(2).ok);
        QCOMPARE(report.checks.at(2).httpStatus, 403);
        QCOMPARE(report.missingScopes, QStringList { QStringLiteral("internal_application_mgt_view") });
        QVERIFY(report.checks.at(2).explanation.contains(QStringLiteral("internal_application_mgt_view")));
        // Only reads.
        for (const RecordedRequest& r : server.requests())
            QCOMPARE(r.method, QByteArrayLiteral("GET"));

        server.setUserScopes(FakeWso2Server::allScopes());
        const ConnectionReport all
            = waitFor<ConnectionReport>([&](auto done) { client.testConnection(basic(server), done); });
        QVERIFY(all.ok);
    }

    void oauthTokenIsObtainedAndReused()
    {
        FakeWso2Server server;
        QVERIFY(server.listen());
        providers::HttpSender sender(m_network);
        Wso2Client client(sender);
        const Connection c = oauth(server);
        QVERIFY(pull(client, c).ok);
        QVERIFY(pull(client, c).ok);
        QCOMPARE(server.tokenRequests(), 1);
        const RecordedRequest& tokenRequest = server.requests().first();
        QCOMPARE(tokenRequest.path, QStringLiteral("/oauth2/token"));
        QVERIFY(tokenRequest.body.contains("grant_type=client_credentials"));
        QVERIFY(tokenRequest.body.contains("internal_governance_view"));
        for (const RecordedRequest& r : server.requests()) {
            if (r.path != u"/oauth2/token")
                QVERIFY(r.header("Authorization").startsWith("Bearer "));
        }
        // A token that has run out is fetched again: with a lifetime of 0 s, once for each of a pull's 3 requests
        // (the sender, the connector, the SMS templates; the fake server has none, so no template is read).
        server.setTokenLifetimeSeconds(0);
        client.clearTokens();
        QVERIFY(pull(client, c).ok);
        QCOMPARE(server.tokenRequests(), 4);
        QVERIFY(pull(client, c).ok);
        QCOMPARE(server.tokenRequests(), 7);
    }

    void oauthWithoutTheScopeNamesIt()
    {
        FakeWso2Server server;
        QVERIFY(server.listen());
        QStringList scopes = FakeWso2Server::allScopes();
        scopes.removeAll(QStringLiteral("internal_governance_view"));
        server.setClientScopes(scopes);
        providers::HttpSender sender(m_network);
        Wso2Client client(sender);
        const PullResult result = pull(client, oauth(server));
        QVERIFY(!result.ok);
        QCOMPARE(result.error.httpStatus, 403);
        QVERIFY(result.error.explanation.contains(QStringLiteral("internal_governance_view")));
    }

    void wrongClientSecretIsExplained()
    {
        FakeWso2Server server;
        QVERIFY(server.listen());
        providers::HttpSender sender(m_network);
        Wso2Client client(sender);
        Connection c = oauth(server);
        c.credentials.clientSecret = QStringLiteral("not-the-secret");
        const PullResult result = pull(client, c);
        QVERIFY(!result.ok);
        QCOMPARE(result.error.httpStatus, 401);
        QCOMPARE(server.apiCalls(), QStringList {});
    }

    // Pinning: TLS is verified; the pinned certificate is accepted for that server only.
    void withoutAPinTheSelfSignedServerIsRefused()
    {
        FakeWso2Server server;
        QVERIFY(server.listen());
        providers::HttpSender sender(m_network);
        Wso2Client client(sender);
        Connection c = basic(server);
        c.pin = {};
        const PullResult result = pull(client, c);
        QVERIFY(!result.ok);
        QCOMPARE(result.error.httpStatus, 0);
        QVERIFY2(result.error.explanation.contains(QStringLiteral("SHA-256")), qPrintable(result.error.explanation));
        QVERIFY(server.requests().isEmpty()); // the password never went out
    }

    void aDifferentPinnedCertificateIsRefused()
    {
        FakeWso2Server server;
        QVERIFY(server.listen());
        const QList<QSslCertificate> others = QSslConfiguration::systemCaCertificates();
        QVERIFY(!others.isEmpty());
        providers::HttpSender sender(m_network);
        Wso2Client client(sender);
        Connection c = basic(server);
        c.pin.pem = others.first().toPem();
        const PullResult result = pull(client, c);
        QVERIFY(!result.ok);
        QVERIFY(server.requests().isEmpty());
        // The right pin, on the same client and network manager, works.
        c.pin.pem = FakeWso2Server::certificatePem();
        QVERIFY(pull(client, c).ok);
        // And afterwards a request without the pin, or with another pin, is still refused: the pinned
        // connection was neither shared nor kept.
        c.pin = {};
        server.server().clearRequests();
        QVERIFY(!pull(client, c).ok);
        QVERIFY(server.requests().isEmpty());
        c.pin.pem = FakeWso2Server::certificatePem();
        QVERIFY(pull(client, c).ok);
        c.pin.pem = others.first().toPem();
        server.server().clearRequests();
        QVERIFY(!pull(client, c).ok);
        QVERIFY2(server.requests().isEmpty(), qPrintable(server.apiCalls().join(u'|')));
    }

    // A pin trusts exactly that certificate: a server that presents another one is refused before anything is
    // sent, even when a CA the system trusts vouches for it (here the test certificate is made a trusted CA).
    void aTrustedCertificateOtherThanThePinIsRefused()
    {
        const QSslConfiguration before = QSslConfiguration::defaultConfiguration();
        const auto restore = qScopeGuard([&before] { QSslConfiguration::setDefaultConfiguration(before); });
        QSslConfiguration trusting = before;
        trusting.addCaCertificate(QSslCertificate(FakeWso2Server::certificatePem()));
        QSslConfiguration::setDefaultConfiguration(trusting);

        FakeWso2Server server;
        QVERIFY(server.listen());
        providers::HttpSender sender(m_network);
        Wso2Client client(sender);
        Connection c = basic(server);
        c.pin = {};
        QVERIFY(pull(client, c).ok); // trusted without a pin
        server.server().clearRequests();
        c.pin.pem = TestHttpServer::certificatePem(TestHttpServer::Tls::Expired); // a pin for another certificate
        const PullResult result = pull(client, c);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.explanation.contains(QStringLiteral("certificate changed")),
            qPrintable(result.error.explanation));
        QVERIFY2(
            result.error.technicalDetail.contains(QStringLiteral("SHA-256")), qPrintable(result.error.technicalDetail));
        QVERIFY2(server.requests().isEmpty(), qPrintable(server.apiCalls().join(u'|'))); // no password went out
    }

    // A pinned certificate that has expired is refused, with the date it expired.
    void anExpiredPinnedCertificateIsRefusedWithItsDate()
    {
        FakeWso2Server server(TestHttpServer::Tls::Expired);
        QVERIFY(server.listen());
        providers::HttpSender sender(m_network);
        Wso2Client client(sender);
        Connection c = basic(server);
        c.pin.pem = TestHttpServer::certificatePem(TestHttpServer::Tls::Expired);
        const PullResult result = pull(client, c);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.explanation.contains(QStringLiteral("has expired"))
                && result.error.explanation.contains(QStringLiteral("2021-01-01")),
            qPrintable(result.error.explanation));
        QVERIFY(server.requests().isEmpty());
    }

    // A certificate that does not name the server's host is trusted through its pin only for the host the user
    // confirmed when the mismatch was shown at pinning time.
    void aHostNameMismatchIsAcceptedOnlyWhereItWasConfirmed()
    {
        FakeWso2Server server(TestHttpServer::Tls::OtherName); // is.example.org's certificate, on 127.0.0.1
        QVERIFY(server.listen());
        providers::HttpSender sender(m_network);
        Wso2Client client(sender);
        const CertificateInfo info = fetchCertificate(client, server.baseUrl());
        QVERIFY2(info.ok, qPrintable(info.explanation));
        QCOMPARE(info.hostNotNamed, QStringLiteral("127.0.0.1"));
        QVERIFY2(info.tlsErrors.join(u'|').contains(QStringLiteral("host name"), Qt::CaseInsensitive),
            qPrintable(info.tlsErrors.join(u'|')));
        QVERIFY(info.hostNotNamedWarning().contains(QStringLiteral("127.0.0.1")));
        QCOMPARE(info.pin().acceptedHostMismatch, QStringLiteral("127.0.0.1"));

        Connection c = basic(server);
        c.pin = { info.pem, {} }; // the right certificate, but the mismatch was never confirmed
        PullResult result = pull(client, c);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.technicalDetail.contains(QStringLiteral("host name"), Qt::CaseInsensitive)
                || result.error.explanation.contains(QStringLiteral("host name"), Qt::CaseInsensitive),
            qPrintable(result.error.explanation + u'|' + result.error.technicalDetail));
        QVERIFY(server.requests().isEmpty());
        c.pin = { info.pem, QStringLiteral("is.example.org") }; // confirmed for another host
        QVERIFY(!pull(client, c).ok);
        QVERIFY(server.requests().isEmpty());
        c.pin = info.pin(); // as the console and the CLI pin it after showing the mismatch
        QVERIFY(pull(client, c).ok);
        // The connection accepted with the consent is not reused by a request without it.
        server.server().clearRequests();
        c.pin = { info.pem, {} };
        QVERIFY(!pull(client, c).ok);
        QVERIFY(server.requests().isEmpty());
    }

    // A certificate that names the host needs no consent beyond the pin: nothing is recorded for it.
    void aCertificateThatNamesItsHostRecordsNoMismatch()
    {
        FakeWso2Server server;
        QVERIFY(server.listen());
        providers::HttpSender sender(m_network);
        Wso2Client client(sender);
        const CertificateInfo info = fetchCertificate(client, server.baseUrl());
        QVERIFY(info.ok);
        QVERIFY(info.hostNotNamed.isEmpty());
        QVERIFY(info.hostNotNamedWarning().isEmpty());
        QVERIFY(info.pin().acceptedHostMismatch.isEmpty());
    }

    // The pin belongs to the server's address: a token URL elsewhere (here another port with the very same
    // certificate) does not get it, so its TLS check fails.
    void thePinIsNotUsedForAnotherAddress()
    {
        FakeWso2Server server;
        FakeWso2Server elsewhere;
        QVERIFY(server.listen());
        QVERIFY(elsewhere.listen());
        providers::HttpSender sender(m_network);
        Wso2Client client(sender);
        Connection c = oauth(server);
        c.config.tokenUrl = elsewhere.tokenUrl();
        const PullResult result = pull(client, c);
        QVERIFY(!result.ok);
        QCOMPARE(result.error.httpStatus, 0);
        QVERIFY(elsewhere.requests().isEmpty());
        QVERIFY(server.requests().isEmpty());
        c.config.tokenUrl = server.tokenUrl();
        QVERIFY(pull(client, c).ok);
    }

    void theServersCertificateIsFetchedForPinning()
    {
        FakeWso2Server server;
        QVERIFY(server.listen());
        providers::HttpSender sender(m_network);
        Wso2Client client(sender);
        const CertificateInfo info = fetchCertificate(client, server.baseUrl());
        QVERIFY2(info.ok, qPrintable(info.explanation));
        QVERIFY(!info.trustedBySystem);
        QVERIFY(!info.tlsErrors.isEmpty());
        const QSslCertificate expected = QSslCertificate::fromData(FakeWso2Server::certificatePem()).first();
        QCOMPARE(info.certificate, expected);
        QCOMPARE(info.sha256, QString::fromLatin1(expected.digest(QCryptographicHash::Sha256).toHex(':').toUpper()));
        QCOMPARE(info.sha256.size(), 32 * 3 - 1);
        QCOMPARE(info.subject, QStringLiteral("localhost"));
        QVERIFY(server.requests().isEmpty()); // nothing was sent over it
        // What was fetched is what the pin accepts.
        Connection c = basic(server);
        c.pin.pem = info.pem;
        QVERIFY(pull(client, c).ok);
    }

    void certificateFetchFromNothingExplains()
    {
        providers::HttpSender sender(m_network);
        Wso2Client client(sender);
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const CertificateInfo info = fetchCertificate(client, QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(port)));
        QVERIFY(!info.ok);
        QVERIFY(!info.explanation.isEmpty());
    }

    void previewRequestsHideSecrets()
    {
        FakeWso2Server server;
        const Connection c = basic(server);
        const PushPlan plan = planPush(ProviderKind::Custom, customSetup(), {}, {});
        providers::HttpRequestSpec spec = Wso2Client::buildApiRequest(c, senderRequest(plan.sender.sender, false));
        spec.secrets += plan.sender.secrets;
        const QString text = providers::redactRequest(spec).toText();
        QVERIFY(!text.contains(QStringLiteral("t0ken-secret")));
        QVERIFY(!text.contains(FakeWso2Server::kPassword));
        QVERIFY(text.contains(QStringLiteral("Basic \u2022\u2022\u2022")));
        QVERIFY(text.contains(QStringLiteral("/t/carbon.super/api/server/v1/notification-senders/sms")));
    }
};

QTEST_GUILESS_MAIN(TestWso2Client)
#include "TestWso2Client.moc"
