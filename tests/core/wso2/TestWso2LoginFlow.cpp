// The login flow against FakeWso2Server: list, read, change; other fields and the adaptive script stay.

#include "FakeWso2Server.h"
#include "Wso2TestHelpers.h"
#include "wso2/Wso2Client.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QtTest>

using namespace smsotp;
using namespace smsotp::wso2;
using wso2test::waitFor;

class TestWso2LoginFlow : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;

    static Connection basic(const FakeWso2Server& server) { return wso2test::basicConnection(server); }

private Q_SLOTS:
    void listsBySearchAndByExactName()
    {
        FakeWso2Server server;
        QVERIFY(server.listen());
        providers::HttpSender sender(m_network);
        Wso2Client client(sender);
        const Connection c = basic(server);

        auto search = waitFor<ApplicationListResult>(
            [&](auto done) { client.listApplications(c, QStringLiteral("pickup"), false, done); });
        QVERIFY2(search.ok, qPrintable(search.error.explanation));
        QCOMPARE(search.applications.size(), 2);

        auto exact = waitFor<ApplicationListResult>(
            [&](auto done) { client.listApplications(c, QStringLiteral("Pickup"), true, done); });
        QVERIFY(exact.ok);
        QCOMPARE(exact.applications.size(), 1);
        QCOMPARE(exact.applications.first().name, QStringLiteral("Pickup"));
        QVERIFY(server.apiCalls().last().startsWith(QStringLiteral("GET /applications")));
        QCOMPARE(server.requests().last().query.contains(QStringLiteral("filter=name%20eq%20Pickup")), true);

        auto app = waitFor<ApplicationResult>(
            [&](auto done) { client.application(c, exact.applications.first().id, done); });
        QVERIFY(app.ok);
        QCOMPARE(app.application.name, QStringLiteral("Pickup"));
        QVERIFY(app.application.sequence.hasScript());
        QCOMPARE(describeSequence(app.application.sequence).first(), QStringLiteral("Step 1: Username & Password"));
    }

    void changingTheFlowLeavesEverythingElse()
    {
        FakeWso2Server server;
        QVERIFY(server.listen());
        providers::HttpSender sender(m_network);
        Wso2Client client(sender);
        const Connection c = basic(server);
        const QJsonObject before = *server.applicationNamed(QStringLiteral("Pickup"));
        const QJsonObject otherBefore = *server.applicationNamed(QStringLiteral("Pickup Manager"));

        auto changed = waitFor<FlowChangeResult>(
            [&](auto done) { client.setLoginFlow(c, before.value(u"id").toString(), smsOtpSequence(true), done); });
        QVERIFY2(changed.ok, qPrintable(changed.error.explanation));
        QCOMPARE(server.requests().last().method, QByteArray("PATCH"));
        QVERIFY(!server.requests().last().body.contains("script"));

        const QJsonObject after = *server.applicationNamed(QStringLiteral("Pickup"));
        // Everything but the steps is as it was, the adaptive script included.
        for (const QString& key : before.keys()) {
            if (key != u"authenticationSequence")
                QCOMPARE(after.value(key), before.value(key));
        }
        QCOMPARE(after.keys(), before.keys());
        const QJsonObject seq = after.value(u"authenticationSequence").toObject();
        QCOMPARE(seq.value(u"script").toString(), FakeWso2Server::pickupScript());
        QVERIFY(sequenceFromJson(seq).sameFlow(smsOtpSequence(true)));
        QCOMPARE(*server.applicationNamed(QStringLiteral("Pickup Manager")), otherBefore);

        // And read back through the client.
        auto app = waitFor<ApplicationResult>(
            [&](auto done) { client.application(c, before.value(u"id").toString(), done); });
        QVERIFY(app.application.sequence.sameFlow(smsOtpSequence(true)));
        QCOMPARE(*app.application.sequence.script, FakeWso2Server::pickupScript());
    }

    void forbiddenNamesTheUpdateScope()
    {
        FakeWso2Server server;
        QVERIFY(server.listen());
        QStringList scopes = FakeWso2Server::allScopes();
        scopes.removeAll(QStringLiteral("internal_application_mgt_update"));
        server.setUserScopes(scopes);
        providers::HttpSender sender(m_network);
        Wso2Client client(sender);
        const QJsonObject before = *server.applicationNamed(QStringLiteral("Pickup"));
        auto changed = waitFor<FlowChangeResult>([&](auto done) {
            client.setLoginFlow(basic(server), before.value(u"id").toString(), smsOtpSequence(false), done);
        });
        QVERIFY(!changed.ok);
        QCOMPARE(changed.error.httpStatus, 403);
        QVERIFY2(changed.error.explanation.contains(QStringLiteral("internal_application_mgt_update")),
            qPrintable(changed.error.explanation));
        QCOMPARE(*server.applicationNamed(QStringLiteral("Pickup")), before);
    }

    void unknownApplicationIs404()
    {
        FakeWso2Server server;
        QVERIFY(server.listen());
        providers::HttpSender sender(m_network);
        Wso2Client client(sender);
        auto app = waitFor<ApplicationResult>(
            [&](auto done) { client.application(basic(server), QStringLiteral("nope"), done); });
        QVERIFY(!app.ok);
        QCOMPARE(app.error.httpStatus, 404);
    }
};

QTEST_GUILESS_MAIN(TestWso2LoginFlow)
#include "TestWso2LoginFlow.moc"
