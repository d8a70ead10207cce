// Wso2Requests: the one place WSO2 requests are built. What a preview shows is, byte for byte, what FakeWso2Server
// receives (push as POST, as PUT, POST retried as PUT, and a login flow change), and the export takes the same bytes.

#include "FakeWso2Server.h"
#include "Wso2TestHelpers.h"
#include "providers/Redaction.h"
#include "wso2/Wso2Requests.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QtTest>

using namespace smsotp;
using namespace smsotp::wso2;
using providers::HttpMethod;
using providers::ProviderKind;
using wso2test::waitFor;

namespace {

const QString kMark = QStringLiteral("\u2022\u2022\u2022");
const QString kApiRoot = FakeWso2Server::kTenantPath + QStringLiteral("/api/server/v1");

// A custom provider without a secret: its preview holds the body exactly as sent, with nothing to mask.
providers::CustomSetup plainSetup()
{
    providers::CustomSetup s;
    s.config.url = QStringLiteral("https://sms.example.com/send?route=otp&lang=de");
    s.config.payloadTemplate = QStringLiteral("{\"to\": {{mobile}}, \"text\": {{body}}, \"note\": \"Grüße / ß\"}");
    return s;
}

// What the server received below the API root that was not a GET, in order.
QList<RecordedRequest> writesReceived(const FakeWso2Server& server)
{
    QList<RecordedRequest> writes;
    for (const RecordedRequest& r : server.requests()) {
        if (r.method != "GET" && r.path.startsWith(kApiRoot))
            writes.append(r);
    }
    return writes;
}

QString requestLine(const QString& preview)
{
    return preview.section(QLatin1Char('\n'), 0, 0);
}

QJsonObject existingSender()
{
    return QJsonObject { { QStringLiteral("name"), QStringLiteral("SMSPublisher") },
        { QStringLiteral("provider"), QStringLiteral("Vonage") },
        { QStringLiteral("providerURL"), QStringLiteral("https://rest.nexmo.com/sms/json") },
        { QStringLiteral("contentType"), QStringLiteral("JSON") } };
}

} // namespace

class TestWso2Requests : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;

    PullResult pull(Wso2Client& client, const Connection& c)
    {
        return waitFor<PullResult>([&](auto done) { client.pull(c, done); });
    }
    PushResult push(Wso2Client& client, const Connection& c, const PushPlan& plan)
    {
        return waitFor<PushResult>([&](auto done) { client.push(c, plan, done); });
    }

    // Each preview against each write the server received: method, path, exact body; the preview's body is the
    // received body with the secrets as •••, and is the received body itself when there is no secret.
    static void compare(const Connection& c, const QList<ApiRequest>& requests, const QList<RecordedRequest>& received,
        const QStringList& secrets)
    {
        QCOMPARE(received.size(), requests.size());
        for (qsizetype i = 0; i < requests.size(); ++i) {
            const ApiRequest& request = requests.at(i);
            const RecordedRequest& got = received.at(i);
            QCOMPARE(got.method, providers::httpMethodName(request.method));
            QCOMPARE(got.path, kApiRoot + request.path.section(QLatin1Char('?'), 0, 0));
            QCOMPARE(got.body, request.body);
            const QString preview = previewText(c, request, secrets);
            QCOMPARE(requestLine(preview),
                QString::fromLatin1(got.method) + QLatin1Char(' ') + apiUrl(c.config, request.path).toString());
            QCOMPARE(previewBody(preview), providers::redactBytes(got.body, secrets));
            if (secrets.isEmpty())
                QCOMPARE(previewBody(preview), got.body);
            for (const QString& secret : secrets)
                QVERIFY2(!preview.contains(secret), qPrintable(preview));
            QVERIFY(!preview.contains(FakeWso2Server::kPassword));
        }
    }

private Q_SLOTS:
    void requestsAreBuiltOnce()
    {
        const SenderMapping mapped = mapSender(ProviderKind::Custom, wso2test::customSetup());
        const ApiRequest post = senderRequest(mapped.sender, false);
        QCOMPARE(post.method, HttpMethod::Post);
        QCOMPARE(post.path, QStringLiteral("/notification-senders/sms"));
        QCOMPARE(post.body, QJsonDocument(senderToJson(mapped.sender, false)).toJson(QJsonDocument::Compact));
        const ApiRequest put = senderRequest(mapped.sender, true);
        QCOMPARE(put.method, HttpMethod::Put);
        QCOMPARE(put.path, QStringLiteral("/notification-senders/sms/SMSPublisher"));
        QVERIFY(!QJsonDocument::fromJson(put.body).object().contains(u"name"));
        const ApiRequest connector = connectorRequest(connectorProperties({}));
        QCOMPARE(connector.method, HttpMethod::Patch);
        QCOMPARE(connector.path, Wso2Client::connectorPath());
        QCOMPARE(QJsonDocument::fromJson(connector.body).object(), connectorPatchBody(connectorProperties({})));
        const ApiRequest flow = loginFlowRequest(QStringLiteral("a b"), smsOtpSequence(false));
        QCOMPARE(flow.method, HttpMethod::Patch);
        QCOMPARE(flow.path, QStringLiteral("/applications/a%20b"));
        QCOMPARE(flow.body, flowPatchBody(smsOtpSequence(false)));
        for (const ApiRequest& r : { post, put, connector, flow })
            QVERIFY(!r.body.contains('\n')); // compact: what is sent, never an indented copy

        PushPlan plan = planPush(ProviderKind::Custom, wso2test::customSetup(), {}, {});
        QCOMPARE(pushRequests(plan), (QList<ApiRequest> { post, connectorRequest(plan.connector) }));
        plan.senderExists = true;
        QCOMPARE(pushRequests(plan).first(), put);
        plan.sender.refusals.append({ RefusalKind::MissingBody, QStringLiteral("body"), QStringLiteral("No.") });
        QCOMPARE(pushRequests(plan), QList<ApiRequest> { connectorRequest(plan.connector) });
    }

    void previewOfAPostIsWhatTheServerGets_data()
    {
        QTest::addColumn<bool>("withSecret");
        QTest::newRow("no secret") << false;
        QTest::newRow("secret header") << true;
    }
    void previewOfAPostIsWhatTheServerGets()
    {
        QFETCH(bool, withSecret);
        FakeWso2Server server;
        QVERIFY(server.listen());
        providers::HttpSender sender(m_network);
        Wso2Client client(sender);
        const Connection c = wso2test::basicConnection(server);
        const providers::CustomSetup setup = withSecret ? wso2test::customSetup() : plainSetup();
        otp::OtpPolicy policy;
        policy.length = 8;
        const PushPlan plan = planPush(ProviderKind::Custom, setup, policy, {}, pull(client, c));
        QCOMPARE(plan.senderExists, std::optional(false));
        QCOMPARE(plan.sender.secrets.isEmpty(), !withSecret);
        const QList<ApiRequest> requests = pushRequests(plan);
        QCOMPARE(requests.first().method, HttpMethod::Post);

        server.server().clearRequests();
        const PushResult pushed = push(client, c, plan);
        QVERIFY2(pushed.ok, qPrintable(pushed.error.explanation));
        compare(c, requests, writesReceived(server), plan.sender.secrets);
        if (withSecret) {
            const QString preview = previewText(c, requests.first(), plan.sender.secrets);
            QVERIFY(preview.contains(QStringLiteral("Authorization: ") + kMark)); // in http.headers
            QVERIFY(preview.contains(QStringLiteral("Authorization: Basic ") + kMark)); // the request's own
        }
    }

    void previewOfAPutIsWhatTheServerGets()
    {
        FakeWso2Server server;
        QVERIFY(server.listen());
        server.setSender(existingSender());
        providers::HttpSender sender(m_network);
        Wso2Client client(sender);
        const Connection c = wso2test::basicConnection(server);
        const PushPlan plan = planPush(ProviderKind::Custom, plainSetup(), {}, {}, pull(client, c));
        QCOMPARE(plan.senderExists, std::optional(true));
        const QList<ApiRequest> requests = pushRequests(plan);
        QCOMPARE(requests.first().method, HttpMethod::Put);

        server.server().clearRequests();
        const PushResult pushed = push(client, c, plan);
        QVERIFY2(pushed.ok, qPrintable(pushed.error.explanation));
        QCOMPARE(pushed.senderMethod, QByteArrayLiteral("PUT"));
        compare(c, requests, writesReceived(server), {});
    }

    void aPostRetriedAsPutSendsTheBuiltBodies()
    {
        FakeWso2Server server;
        QVERIFY(server.listen());
        providers::HttpSender sender(m_network);
        Wso2Client client(sender);
        const Connection c = wso2test::basicConnection(server);
        const PushPlan plan = planPush(ProviderKind::Custom, plainSetup(), {}, {}, pull(client, c));
        server.setSender(existingSender()); // someone creates one after the pull
        server.server().clearRequests();
        const PushResult pushed = push(client, c, plan);
        QVERIFY2(pushed.ok, qPrintable(pushed.error.explanation));
        QVERIFY(pushed.retriedAsPut);
        const QList<ApiRequest> expected { senderRequest(plan.sender.sender, false),
            senderRequest(plan.sender.sender, true), connectorRequest(plan.connector) };
        compare(c, expected, writesReceived(server), {});

        // Without a pull the client asks first; the write is still the built one.
        server.server().clearRequests();
        const PushPlan unknown = planPush(ProviderKind::Custom, plainSetup(), {}, {});
        QVERIFY(push(client, c, unknown).ok);
        compare(c, { senderRequest(unknown.sender.sender, true), connectorRequest(unknown.connector) },
            writesReceived(server), {});
    }

    void previewOfALoginFlowChangeIsWhatTheServerGets()
    {
        FakeWso2Server server;
        QVERIFY(server.listen());
        providers::HttpSender sender(m_network);
        Wso2Client client(sender);
        const Connection c = wso2test::basicConnection(server);
        const QString id = server.applicationNamed(QStringLiteral("Pickup")).value().value(u"id").toString();
        const AuthSequence sequence = smsOtpSequence(true);
        const ApiRequest request = loginFlowRequest(id, sequence);
        const QString preview = previewText(c, request, {});

        server.server().clearRequests();
        const FlowChangeResult changed
            = waitFor<FlowChangeResult>([&](auto done) { client.setLoginFlow(c, id, sequence, done); });
        QVERIFY2(changed.ok, qPrintable(changed.error.explanation));
        const QList<RecordedRequest> received = writesReceived(server);
        compare(c, { request }, received, {});
        QCOMPARE(previewBody(preview), received.first().body);
        QVERIFY(!preview.contains(QStringLiteral("script")));
    }

    void previewsHideTheConnectionsCredentials()
    {
        FakeWso2Server server;
        Connection c = wso2test::basicConnection(server);
        const ApiRequest request = connectorRequest(connectorProperties({}));
        const QString basic = previewText(c, request, {});
        QVERIFY2(basic.contains(QStringLiteral("Authorization: Basic ") + kMark), qPrintable(basic));
        QVERIFY(!basic.contains(FakeWso2Server::kPassword));
        const QByteArray pair = (FakeWso2Server::kUser + QLatin1Char(':') + FakeWso2Server::kPassword).toUtf8();
        QVERIFY(!basic.contains(QString::fromLatin1(pair.toBase64())));
        QVERIFY(basic.contains(QStringLiteral("Content-Type: application/json")));

        c.config.auth = AuthKind::ClientCredentials;
        c.config.clientId = FakeWso2Server::kClientId;
        c.credentials.clientSecret = FakeWso2Server::kClientSecret;
        const QString oauth = previewText(c, request, {});
        QVERIFY2(oauth.contains(QStringLiteral("Authorization: Bearer ") + kMark), qPrintable(oauth));
        QVERIFY(!oauth.contains(FakeWso2Server::kClientSecret));
        // A given secret is masked wherever it stands, in each encoding.
        const SenderMapping mapped = mapSender(ProviderKind::Custom, wso2test::customSetup());
        const QString sender = previewText(c, senderRequest(mapped.sender, false), mapped.secrets);
        QVERIFY(!sender.contains(QStringLiteral("t0ken-secret")));
        QCOMPARE(previewBody(sender), providers::redactBytes(senderRequest(mapped.sender, false).body, mapped.secrets));
    }

    void theExportTakesTheSameBytes()
    {
        providers::VonageSetup v;
        v.config.apiKey = QStringLiteral("abcd1234");
        v.config.sender = QStringLiteral("Console");
        otp::OtpPolicy policy;
        policy.expirySeconds = 240;
        const RequestBodiesExport exported = exportRequestBodies(ProviderKind::Vonage, v, policy);
        QVERIFY(exported.ok());
        // The export's sender is the push's, with the placeholder where the secret goes.
        v.secrets.apiSecret = exported.placeholders.value(0);
        const SmsSender mapped = mapSender(ProviderKind::Vonage, v).sender;
        const QList<ApiRequest> expected { senderRequest(mapped, false), senderRequest(mapped, true),
            connectorRequest(connectorProperties(policy, true)) };
        const QJsonArray requests = exported.document.object().value(u"requests").toArray();
        QCOMPARE(requests.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QJsonObject r = requests.at(i).toObject();
            QCOMPARE(
                r.value(u"method").toString(), QString::fromLatin1(providers::httpMethodName(expected.at(i).method)));
            QCOMPARE(r.value(u"path").toString(), QStringLiteral("/v1") + expected.at(i).path);
            // Written back compactly, the exported body is the sent bytes.
            QCOMPARE(QJsonDocument(r.value(u"body").toObject()).toJson(QJsonDocument::Compact), expected.at(i).body);
        }
    }
};

QTEST_GUILESS_MAIN(TestWso2Requests)
#include "TestWso2Requests.moc"
