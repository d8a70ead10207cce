// ServerRepository: WSO2 servers and their pinned certificates in SQLite; no secret in the database.

#include "storage/Database.h"
#include "storage/ProviderRepository.h"
#include "wso2/ServerRepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace smsotp;
using namespace smsotp::wso2;

class TestServerRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void savesFindsPinsAndRemoves()
    {
        QTemporaryDir dir;
        auto opened = storage::Database::open(dir.path());
        QVERIFY(opened.database);
        ServerRepository repo(*opened.database);
        ServerConfig a;
        a.name = QStringLiteral("prod");
        a.baseUrl = QUrl(QStringLiteral("https://is.example.com:9443/t/carbon.super"));
        a.username = QStringLiteral("admin");
        ServerConfig b;
        b.name = QStringLiteral("dev");
        b.baseUrl = QUrl(QStringLiteral("https://localhost:9443/t/carbon.super"));
        b.auth = AuthKind::ClientCredentials;
        b.clientId = QStringLiteral("client-1");
        b.scopes = { QStringLiteral("internal_governance_view") };
        QVERIFY(!repo.save(a).isError());
        QVERIFY(!repo.save(b).isError());

        const QByteArray pem("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
        QVERIFY(!repo.setPin(QStringLiteral("dev"), { pem, {} }).isError());
        a.username = QStringLiteral("root");
        QVERIFY(!repo.save(a).isError()); // replaces

        const auto list = repo.list();
        QVERIFY(!list.error.isError());
        QCOMPARE(list.servers.size(), 2);
        QCOMPARE(list.servers.at(0).config, b); // by name
        QCOMPARE(list.servers.at(0).pin.pem, pem);
        QCOMPARE(list.servers.at(1).config, a);
        QVERIFY(list.servers.at(1).pin.pem.isEmpty()); // the pin is for dev only

        QVERIFY(!repo.save(b).isError());
        QCOMPARE(repo.find(QStringLiteral("dev")).server->pin.pem, pem); // saving keeps the pin
        QVERIFY(!repo.remove(QStringLiteral("dev")).isError());
        QVERIFY(!repo.find(QStringLiteral("dev")).server);
        QVERIFY(repo.find(QStringLiteral("prod")).server);
    }

    void secretKeysAreDistinctPerServer()
    {
        QCOMPARE(storage::secretkeys::wso2Password(QStringLiteral("prod")), QStringLiteral("wso2.prod.password"));
        QCOMPARE(
            storage::secretkeys::wso2ClientSecret(QStringLiteral("prod")), QStringLiteral("wso2.prod.client_secret"));
        QVERIFY(storage::secretkeys::wso2Password(QStringLiteral("a"))
            != storage::secretkeys::wso2Password(QStringLiteral("b")));
    }

    void configChecks()
    {
        ServerConfig c;
        QVERIFY(checkServerConfig(c).size() >= 2);
        c.name = QStringLiteral("x");
        c.baseUrl = QUrl(QStringLiteral("https://is.example.com:9443"));
        c.username = QStringLiteral("admin");
        QCOMPARE(checkServerConfig(c).size(), 1); // no tenant
        c.baseUrl = QUrl(QStringLiteral("https://is.example.com:9443/t/carbon.super"));
        QVERIFY(checkServerConfig(c).isEmpty());
        c.baseUrl = QUrl(QStringLiteral("http://is.example.com/t/carbon.super"));
        QCOMPARE(checkServerConfig(c).size(), 1); // plain http to another host
        c.baseUrl = QUrl(QStringLiteral("https://is.example.com:9443/t/carbon.super"));
        QCOMPARE(apiUrl(c, QStringLiteral("/notification-senders/sms")).toString(),
            QStringLiteral("https://is.example.com:9443/t/carbon.super/api/server/v1/notification-senders/sms"));
        QCOMPARE(effectiveTokenUrl(c).toString(), QStringLiteral("https://is.example.com:9443/oauth2/token"));
    }
};

QTEST_GUILESS_MAIN(TestServerRepository)
#include "TestServerRepository.moc"
