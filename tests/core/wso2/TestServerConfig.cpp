// ServerConfig: where a WSO2 Identity Server is and how to sign in. A configuration that cannot be used is
// refused with a sentence per problem; what is stored as JSON reads back the same, and never holds a secret.

#include "wso2/ServerConfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace smsotp::wso2;
using namespace std::chrono_literals;

namespace {

ServerConfig basicServer()
{
    ServerConfig c;
    c.name = QStringLiteral("staging");
    c.baseUrl = QUrl(QStringLiteral("https://is.example.com:9443/t/carbon.super"));
    c.auth = AuthKind::Basic;
    c.username = QStringLiteral("admin");
    return c;
}

ServerConfig clientCredentialsServer()
{
    ServerConfig c = basicServer();
    c.auth = AuthKind::ClientCredentials;
    c.username.clear();
    c.clientId = QStringLiteral("console-client");
    return c;
}

bool anyContains(const QStringList& problems, const QString& text)
{
    for (const QString& p : problems) {
        if (p.contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

class TestServerConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultsOfANewServer()
    {
        const ServerConfig c;
        QCOMPARE(c.auth, AuthKind::Basic);
        QCOMPARE(c.timeout, 15000ms);
        QCOMPARE(c.scopes, defaultScopes());
        const QStringList scopes = defaultScopes();
        QCOMPARE(scopes.size(), 13);
        QCOMPARE(QSet<QString>(scopes.begin(), scopes.end()).size(), scopes.size());
        for (const char* needed : { "internal_notification_senders_view", "internal_notification_senders_update",
                 "internal_config_mgt_update", "internal_governance_update", "internal_application_mgt_view",
                 "internal_template_mgt_view", "internal_template_mgt_create", "internal_template_mgt_update" })
            QVERIFY2(scopes.contains(QString::fromLatin1(needed)), needed);
    }

    void usableConfigurationsHaveNoProblems()
    {
        QCOMPARE(checkServerConfig(basicServer()), QStringList {});
        QCOMPARE(checkServerConfig(clientCredentialsServer()), QStringList {});
        ServerConfig tenant = basicServer();
        tenant.baseUrl = QUrl(QStringLiteral("https://is.example.com/t/acme.org/"));
        QCOMPARE(checkServerConfig(tenant), QStringList {});
        // A local server over plain http is allowed (nothing leaves the machine).
        ServerConfig local = clientCredentialsServer();
        local.baseUrl = QUrl(QStringLiteral("http://localhost:9763/t/carbon.super"));
        QCOMPARE(checkServerConfig(local), QStringList {});
    }

    void badBaseUrlsAreRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("says");
        QTest::newRow("plain http across the network") << "http://is.example.com:9443/t/carbon.super"
                                                       << "https://";
        QTest::newRow("no tenant") << "https://is.example.com:9443"
                                   << "tenant";
        QTest::newRow("no tenant, a path") << "https://is.example.com:9443/carbon.super"
                                           << "tenant";
        QTest::newRow("empty") << ""
                               << "https://";
        QTest::newRow("not http") << "ftp://is.example.com/t/carbon.super"
                                  << "https://";
        QTest::newRow("no host") << "https:///t/carbon.super"
                                 << "host";
        QTest::newRow("credentials in it") << "https://admin:pw@is.example.com/t/carbon.super"
                                           << "password";
        QTest::newRow("relative") << "is.example.com/t/carbon.super"
                                  << "address";
    }

    void badBaseUrlsAreRefused()
    {
        QFETCH(QString, url);
        QFETCH(QString, says);
        ServerConfig c = basicServer();
        c.baseUrl = QUrl(url);
        const QStringList problems = checkServerConfig(c);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(says, Qt::CaseInsensitive), qPrintable(problems.first()));
    }

    void missingFieldsAreNamed()
    {
        ServerConfig unnamed = basicServer();
        unnamed.name = QStringLiteral("   ");
        QStringList problems = checkServerConfig(unnamed);
        QCOMPARE(problems.size(), 1);
        QVERIFY(anyContains(problems, QStringLiteral("name")));

        ServerConfig noUser = basicServer();
        noUser.username.clear();
        noUser.clientId = QStringLiteral("ignored for Basic");
        problems = checkServerConfig(noUser);
        QCOMPARE(problems.size(), 1);
        QVERIFY(anyContains(problems, QStringLiteral("user name")));

        ServerConfig noClient = clientCredentialsServer();
        noClient.clientId.clear();
        noClient.username = QStringLiteral("ignored for client credentials");
        problems = checkServerConfig(noClient);
        QCOMPARE(problems.size(), 1);
        QVERIFY(anyContains(problems, QStringLiteral("client id")));

        // Every problem at once, not the first only.
        ServerConfig empty;
        problems = checkServerConfig(empty);
        QCOMPARE(problems.size(), 3);
        QVERIFY(anyContains(problems, QStringLiteral("name")));
        QVERIFY(anyContains(problems, QStringLiteral("https://")));
        QVERIFY(anyContains(problems, QStringLiteral("user name")));
    }

    void aBadTokenUrlIsRefused()
    {
        ServerConfig c = clientCredentialsServer();
        c.tokenUrl = QUrl(QStringLiteral("http://idp.example.com/oauth2/token"));
        QStringList problems = checkServerConfig(c);
        QCOMPARE(problems.size(), 1);
        QVERIFY(anyContains(problems, QStringLiteral("https://")));

        c.tokenUrl = QUrl(QStringLiteral("ftp://idp.example.com/oauth2/token"));
        QCOMPARE(checkServerConfig(c).size(), 1);

        // Basic never uses the token URL, so a bad one does not stop it.
        ServerConfig basic = basicServer();
        basic.tokenUrl = QUrl(QStringLiteral("http://idp.example.com/oauth2/token"));
        QCOMPARE(checkServerConfig(basic), QStringList {});
    }

    void apiUrlIsBelowTheTenant()
    {
        ServerConfig c = basicServer();
        QCOMPARE(apiUrl(c, QStringLiteral("/notification-senders/sms")),
            QUrl(QStringLiteral("https://is.example.com:9443/t/carbon.super/api/server/v1/notification-senders/sms")));
        c.baseUrl = QUrl(QStringLiteral("https://is.example.com/t/acme.org/"));
        QCOMPARE(apiUrl(c, QStringLiteral("/identity-governance")),
            QUrl(QStringLiteral("https://is.example.com/t/acme.org/api/server/v1/identity-governance")));
    }

    void theTokenUrlDefaultsToTheServersOwn()
    {
        ServerConfig c = clientCredentialsServer();
        // WSO2's default: the host's /oauth2/token, with its port, without the tenant path.
        QCOMPARE(effectiveTokenUrl(c), QUrl(QStringLiteral("https://is.example.com:9443/oauth2/token")));
        c.baseUrl = QUrl(QStringLiteral("https://is.example.com/t/acme.org?x=1#y"));
        QCOMPARE(effectiveTokenUrl(c), QUrl(QStringLiteral("https://is.example.com/oauth2/token")));
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9763/t/carbon.super"));
        QCOMPARE(effectiveTokenUrl(c), QUrl(QStringLiteral("http://127.0.0.1:9763/oauth2/token")));

        const QUrl own(QStringLiteral("https://idp.example.com/realms/x/token"));
        c.tokenUrl = own;
        QCOMPARE(effectiveTokenUrl(c), own); // a token URL that is set wins
    }

    void basicRoundTripsThroughJson()
    {
        ServerConfig c = basicServer();
        c.timeout = 4000ms;
        const QJsonObject json = toJson(c);
        QVERIFY(!json.contains(u"name")); // the table's key
        QVERIFY(!json.contains(u"password"));
        QCOMPARE(json.value(u"auth").toString(), QStringLiteral("basic"));
        QCOMPARE(serverConfigFromJson(c.name, json), c);
        // Through the text the database holds, too.
        const QJsonObject stored = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
        QCOMPARE(serverConfigFromJson(c.name, stored), c);
    }

    void clientCredentialsRoundTripThroughJson()
    {
        ServerConfig c = clientCredentialsServer();
        c.tokenUrl = QUrl(QStringLiteral("https://idp.example.com/oauth2/token"));
        c.scopes = { QStringLiteral("internal_config_mgt_view"), QStringLiteral("internal_governance_view") };
        c.timeout = 30000ms;
        const QJsonObject json = toJson(c);
        QCOMPARE(json.value(u"auth").toString(), QStringLiteral("client_credentials"));
        QVERIFY(!json.contains(u"clientSecret"));
        QVERIFY(!json.contains(u"client_secret"));
        QCOMPARE(serverConfigFromJson(c.name, json), c);

        // The default token URL stays "not set", so it follows the base URL when that changes.
        ServerConfig followsBase = clientCredentialsServer();
        const ServerConfig back = serverConfigFromJson(followsBase.name, toJson(followsBase));
        QVERIFY(back.tokenUrl.isEmpty());
        QCOMPARE(back, followsBase);

        // An explicitly empty scope list stays empty.
        ServerConfig noScopes = clientCredentialsServer();
        noScopes.scopes.clear();
        QCOMPARE(serverConfigFromJson(noScopes.name, toJson(noScopes)).scopes, QStringList {});
    }

    void nothingSecretInTheJson()
    {
        const QString stored = QString::fromUtf8(QJsonDocument(toJson(clientCredentialsServer())).toJson());
        for (const char* word : { "secret", "password", "staging" })
            QVERIFY2(!stored.contains(QString::fromLatin1(word), Qt::CaseInsensitive), word);
    }

    void oddJsonFallsBackToDefaults()
    {
        const QJsonObject minimal { { QStringLiteral("baseUrl"), QStringLiteral("https://h/t/carbon.super") } };
        const ServerConfig c = serverConfigFromJson(QStringLiteral("s"), minimal);
        QCOMPARE(c.name, QStringLiteral("s"));
        QCOMPARE(c.baseUrl, QUrl(QStringLiteral("https://h/t/carbon.super")));
        QCOMPARE(c.auth, AuthKind::Basic);
        QCOMPARE(c.timeout, 15000ms);
        QCOMPARE(c.scopes, defaultScopes());
        QVERIFY(c.tokenUrl.isEmpty());

        for (const QJsonValue& timeout : { QJsonValue(0), QJsonValue(-5), QJsonValue(QStringLiteral("soon")) }) {
            QJsonObject json = minimal;
            json.insert(QStringLiteral("timeoutMs"), timeout);
            QCOMPARE(serverConfigFromJson(QStringLiteral("s"), json).timeout, 15000ms);
        }
        QJsonObject unknownAuth = minimal;
        unknownAuth.insert(QStringLiteral("auth"), QStringLiteral("kerberos"));
        QCOMPARE(serverConfigFromJson(QStringLiteral("s"), unknownAuth).auth, AuthKind::Basic);

        const ServerConfig nothing = serverConfigFromJson(QStringLiteral("s"), QJsonObject {});
        QVERIFY(nothing.baseUrl.isEmpty());
        QVERIFY(!checkServerConfig(nothing).isEmpty()); // read back, an empty record is not usable
    }
};

QTEST_GUILESS_MAIN(TestServerConfig)
#include "TestServerConfig.moc"
