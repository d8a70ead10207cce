// Contract: every request Wso2Client makes validates against WSO2's own OpenAPI files, served by Prism (one
// `prism mock --errors` per file, on loopback). Prism answers an invalid request with 422 (or the operation's
// declared 400, or 401/404/405) instead of a mocked answer, so a request is accepted exactly when its answer is
// a 2xx, and it logs each violation.
//
// Prism routes on the OpenAPI paths alone and ignores the servers' prefix /t/{tenant}/api/server/v1 (or v2), so
// the client talks to a small loopback proxy (below) that strips the prefix, sends each request unchanged otherwise
// to the Prism of its API and version, and records the answer's status.

#include "Wso2TestHelpers.h"
#include "wso2/Wso2Client.h"
#include "wso2/Wso2Templates.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>
#include <memory>

using namespace smsotp;
using namespace smsotp::wso2;
using providers::ProviderKind;
using wso2test::waitFor;

namespace {

const QByteArray kPrefix = QByteArrayLiteral("/t/carbon.super/api/server");
const QString kUser = QStringLiteral("admin");
const QString kPassword = QStringLiteral("admin-password");

struct Exchange
{
    QByteArray method;
    QByteArray path; // below /api/server/v1 (below /api/server with "/v2" for v2), with the query
    int status = 0;
    QByteArray body;
    QString line() const
    {
        return QString::fromLatin1(method + ' ' + path + " -> ") + QString::number(status) + QLatin1Char(' ')
            + QString::fromUtf8(body.left(400));
    }
};

struct Prism
{
    QString spec;
    QByteArray version; // "/v1" or "/v2"
    QByteArray pathPrefix; // the first path segment its API serves
    quint16 port = 0;
    std::unique_ptr<QProcess> process;
    QByteArray log;
};

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

int statusOf(const QByteArray& response)
{
    // "HTTP/1.1 200 OK"
    const QList<QByteArray> parts = response.left(response.indexOf("\r\n")).split(' ');
    return parts.size() >= 2 ? parts.at(1).toInt() : 0;
}

QByteArray bodyOf(const QByteArray& response)
{
    const qsizetype end = response.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : response.mid(end + 4);
}

providers::ProviderSetup setupFor(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Twilio: {
        providers::TwilioSetup t;
        t.config.accountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
        t.config.sender = QStringLiteral("+15005550006");
        t.secrets.authToken = QStringLiteral("f00dcafe0123456789abcdef01234567");
        return t;
    }
    case ProviderKind::Vonage: {
        providers::VonageSetup v;
        v.config.apiKey = QStringLiteral("abcd1234");
        v.config.sender = QStringLiteral("Console");
        v.secrets.apiSecret = QStringLiteral("s3cr3tValue");
        return v;
    }
    default:
        return wso2test::customSetup();
    }
}

} // namespace

class TestWso2Contract : public QObject
{
    Q_OBJECT

    QString m_node;
    QList<Prism*> m_prisms;
    QTcpServer m_proxy;
    QList<Exchange> m_exchanges;
    QNetworkAccessManager m_network;

    Prism* prismFor(const QByteArray& version, const QByteArray& path) const
    {
        for (Prism* p : m_prisms) {
            if (p->version == version && path.startsWith(p->pathPrefix))
                return p;
        }
        return nullptr;
    }

    // One request per connection: read it whole (head and Content-Length body), forward it with the prefix
    // stripped and "Connection: close", relay the answer, close. Blocking on the Prism is fine: it is another
    // process, and the client only waits meanwhile.
    void serve(QTcpSocket* downstream)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(downstream, &QTcpSocket::disconnected, downstream, &QObject::deleteLater);
        connect(downstream, &QTcpSocket::readyRead, this, [this, downstream, buffer] {
            buffer->append(downstream->readAll());
            const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            QList<QByteArray> lines = buffer->left(headEnd).split('\n');
            qsizetype length = 0;
            QByteArray head;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                const QByteArray name = line.left(colon).trimmed().toLower();
                if (name == "content-length")
                    length = line.mid(colon + 1).trimmed().toLongLong();
                if (name != "connection")
                    head += line + "\r\n";
            }
            if (buffer->size() < headEnd + 4 + length)
                return;
            const QByteArray body = buffer->mid(headEnd + 4, length);
            const QList<QByteArray> request = lines.first().trimmed().split(' ');
            Exchange e;
            e.method = request.value(0);
            QByteArray response;
            Prism* prism = nullptr;
            QByteArray forwarded = request.value(1);
            e.path = forwarded;
            if (forwarded.startsWith(kPrefix)) {
                const QByteArray version = forwarded.mid(kPrefix.size(), 3);
                forwarded = forwarded.mid(kPrefix.size() + 3);
                prism = prismFor(version, forwarded);
                e.path = version == "/v1" ? forwarded : version + forwarded;
            }
            if (prism) {
                QTcpSocket upstream;
                upstream.connectToHost(QHostAddress::LocalHost, prism->port);
                if (upstream.waitForConnected(5000)) {
                    upstream.write(e.method + ' ' + forwarded + ' ' + request.value(2) + "\r\n" + head
                        + "Connection: close\r\n\r\n" + body);
                    while (upstream.state() == QAbstractSocket::ConnectedState && upstream.waitForReadyRead(15000))
                        response += upstream.readAll();
                    response += upstream.readAll();
                }
            }
            if (response.isEmpty()) // not below the tenant's API, or no Prism for it: the client's fault here too
                response = QByteArrayLiteral("HTTP/1.1 599 Not Forwarded\r\nContent-Length: 0\r\n\r\n");
            e.status = statusOf(response);
            e.body = bodyOf(response);
            m_exchanges.append(e);
            downstream->write(response);
            downstream->disconnectFromHost();
        });
    }

    Connection connection() const
    {
        Connection c;
        c.config.name = QStringLiteral("prism");
        c.config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/t/carbon.super").arg(m_proxy.serverPort()));
        c.config.username = kUser;
        c.credentials.password = kPassword;
        return c;
    }

    // Every request reached a Prism and passed its validation; prints what Prism said otherwise.
    void verifyAllAccepted(const QStringList& expected)
    {
        QStringList seen;
        for (const Exchange& e : std::as_const(m_exchanges)) {
            seen.append(QString::fromLatin1(e.method + ' ' + e.path));
            QVERIFY2(e.status >= 200 && e.status < 300, qPrintable(QStringLiteral("Prism refused ") + e.line()));
        }
        QCOMPARE(seen, expected);
        for (const Prism* p : std::as_const(m_prisms))
            QVERIFY2(!p->log.contains("Violation"),
                qPrintable(QStringLiteral("%1 reported a violation:\n%2").arg(p->spec, QString::fromUtf8(p->log))));
    }

    void readLogs()
    {
        for (Prism* p : std::as_const(m_prisms))
            p->log += p->process->readAll();
    }

    PushResult push(const PushPlan& plan)
    {
        Wso2Client client(m_sender);
        return waitFor<PushResult>([&](auto done) { client.push(connection(), plan, done); });
    }

    providers::HttpSender m_sender { m_network };

private Q_SLOTS:
    void initTestCase()
    {
        m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (m_node.isEmpty())
            m_node = QStandardPaths::findExecutable(QStringLiteral("nodejs"));
        if (m_node.isEmpty())
            QSKIP("node is not installed, so Prism cannot run: installer/install-deps.sh test installs it");
        const QDir dir(QStringLiteral(SMSOTP_CONTRACT_DIR));
        const QString prism = QFileInfo(dir.filePath(QStringLiteral("node_modules/.bin/prism"))).canonicalFilePath();
        QVERIFY2(!prism.isEmpty(),
            "Prism is not installed in tests/contract/node_modules: run tests/contract/install.sh (tests/run.sh does)");

        const QList<std::tuple<QString, QByteArray, QByteArray>> specs {
            { QStringLiteral("notification-sender.v1.yaml"), "/v1", "/notification-senders/" },
            { QStringLiteral("notification-sender.v2.yaml"), "/v2", "/notification-senders/" },
            { QStringLiteral("identity-governance.v1.prism.yaml"), "/v1", "/identity-governance/" },
            { QStringLiteral("applications.v1.prism.yaml"), "/v1", "/applications" },
            { QStringLiteral("notification-templates.v1.yaml"), "/v1", "/notification/" },
        };
        for (const auto& [spec, version, prefix] : specs) {
            auto* p = new Prism;
            m_prisms.append(p);
            p->spec = spec;
            p->version = version;
            p->pathPrefix = prefix;
            p->port = freePort();
            QVERIFY(p->port != 0);
            p->process = std::make_unique<QProcess>();
            p->process->setProcessChannelMode(QProcess::MergedChannels);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
            env.insert(QStringLiteral("FORCE_COLOR"), QStringLiteral("0"));
            p->process->setProcessEnvironment(env);
            p->process->start(m_node,
                { prism, QStringLiteral("mock"), QStringLiteral("--errors"), QStringLiteral("--host"),
                    QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(p->port),
                    dir.filePath(QStringLiteral("specs/") + spec) });
            QVERIFY2(p->process->waitForStarted(10000), qPrintable(p->process->errorString()));
        }
        for (Prism* p : std::as_const(m_prisms)) {
            const bool listening = QTest::qWaitFor(
                [p] {
                    p->log += p->process->readAll();
                    return p->log.contains("Prism is listening") || p->process->state() == QProcess::NotRunning;
                },
                120000);
            QVERIFY2(listening && p->process->state() == QProcess::Running,
                qPrintable(QStringLiteral("Prism did not start for %1:\n%2").arg(p->spec, QString::fromUtf8(p->log))));
        }

        QVERIFY(m_proxy.listen(QHostAddress::LocalHost, 0));
        connect(&m_proxy, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_proxy.nextPendingConnection())
                serve(s);
        });
    }

    void init()
    {
        readLogs();
        for (Prism* p : std::as_const(m_prisms))
            p->log.clear();
        m_exchanges.clear();
    }

    void cleanup() { readLogs(); }

    void cleanupTestCase()
    {
        for (Prism* p : std::as_const(m_prisms)) {
            p->process->kill();
            p->process->waitForFinished(10000);
        }
        qDeleteAll(m_prisms);
        m_prisms.clear();
    }

    void testConnection()
    {
        Wso2Client client(m_sender);
        const ConnectionReport report
            = waitFor<ConnectionReport>([&](auto done) { client.testConnection(connection(), done); });
        readLogs();
        verifyAllAccepted({ QStringLiteral("GET /notification-senders/sms"),
            QStringLiteral("GET ") + Wso2Client::connectorPath(), QStringLiteral("GET /applications?limit=1") });
        QVERIFY2(report.ok, qPrintable(report.error.explanation));
        QCOMPARE(report.checks.size(), 3);
    }

    void pull()
    {
        Wso2Client client(m_sender);
        const PullResult result = waitFor<PullResult>([&](auto done) { client.pull(connection(), done); });
        readLogs();
        // Prism's example lists one template (en_US), which the client then reads.
        verifyAllAccepted({ QStringLiteral("GET /v2/notification-senders/sms"),
            QStringLiteral("GET ") + Wso2Client::connectorPath(), QStringLiteral("GET ") + smsTemplatesPath(),
            QStringLiteral("GET ") + smsTemplatePath(QStringLiteral("en_US")) });
        QVERIFY2(result.ok, qPrintable(result.error.explanation));
        QCOMPARE(result.senderApiVersion, 2);
        QVERIFY(result.templates);
        QCOMPARE(result.templates->size(), 1);
        QCOMPARE(result.templates->first().locale, QStringLiteral("en_US"));
    }

    // The SMS texts per locale: PUT for a locale the server has, POST for another, asked first without a pull; the
    // notification templates description validates each body (SMSTemplate, SMSTemplateWithID).
    void pushTemplates_data()
    {
        QTest::addColumn<int>("serverHasEnUs"); // -1: unknown (the client asks first), 0: no, 1: yes
        QTest::addColumn<QStringList>("expected");
        const QString patch = QStringLiteral("PATCH ") + Wso2Client::connectorPath();
        const QString sender = QStringLiteral("PUT /notification-senders/sms/SMSPublisher");
        const QString post = QStringLiteral("POST ") + smsTemplatesPath();
        const QString putEn = QStringLiteral("PUT ") + smsTemplatePath(QStringLiteral("en_US"));
        QTest::newRow("known, none there") << 0 << QStringList { sender, patch, post, post };
        QTest::newRow("known, en_US there") << 1 << QStringList { sender, patch, putEn, post };
        // Prism's example lists en_US.
        QTest::newRow("after asking") << -1
                                      << QStringList { sender, patch, QStringLiteral("GET ") + smsTemplatesPath(),
                                             putEn, post };
    }

    void pushTemplates()
    {
        QFETCH(int, serverHasEnUs);
        QFETCH(QStringList, expected);
        PushPlan plan = planPush(ProviderKind::Twilio, setupFor(ProviderKind::Twilio), otp::OtpPolicy {}, {});
        plan.senderExists = true;
        tmpl::SmsTexts texts;
        texts.texts = { { QStringLiteral("en_US"), QStringLiteral("Your code is {{confirmation-code}}.") },
            { QStringLiteral("de_DE"), QStringLiteral("Ihr Code lautet {{confirmation-code}}.") } };
        planTemplates(plan, texts, QStringLiteral("login.example.com"));
        QVERIFY(!plan.refused());
        if (serverHasEnUs >= 0)
            plan.serverTemplateLocales = serverHasEnUs ? QStringList { QStringLiteral("en_US") } : QStringList {};
        const PushResult result = push(plan);
        readLogs();
        verifyAllAccepted(expected);
        QVERIFY2(result.ok, qPrintable(result.error.explanation));
        QCOMPARE(result.templatesWritten, (QStringList { QStringLiteral("en_US"), QStringLiteral("de_DE") }));
    }

    void push_data()
    {
        QTest::addColumn<ProviderKind>("kind");
        QTest::addColumn<int>("senderExists"); // -1: unknown (the client asks first), 0: no (POST), 1: yes (PUT)
        QTest::addColumn<QStringList>("expected");
        const QString sender = QStringLiteral("/notification-senders/sms");
        const QString patch = QStringLiteral("PATCH ") + Wso2Client::connectorPath();
        const QList<QPair<ProviderKind, const char*>> kinds {
            { ProviderKind::Twilio, "Twilio" },
            { ProviderKind::Vonage, "Vonage" },
            { ProviderKind::Custom, "Custom" },
        };
        for (const auto& [kind, name] : kinds) {
            QTest::addRow("%s POST", name) << kind << 0 << QStringList { QStringLiteral("POST ") + sender, patch };
            QTest::addRow("%s PUT", name)
                << kind << 1 << QStringList { QStringLiteral("PUT ") + sender + u"/SMSPublisher", patch };
            // Prism's example answers the GET with a sender, so the client replaces it.
            QTest::addRow("%s after asking", name) << kind << -1
                                                   << QStringList { QStringLiteral("GET ") + sender + u"/SMSPublisher",
                                                          QStringLiteral("PUT ") + sender + u"/SMSPublisher", patch };
        }
    }

    // A custom provider with authentication: the sender requests go to v2 with the authentication object, which the
    // v2 description validates (type and properties).
    void pushWithAuthentication_data()
    {
        QTest::addColumn<int>("auth"); // custom::AuthKind
        QTest::addColumn<int>("senderExists");
        QTest::addColumn<QStringList>("expected");
        const QString sender = QStringLiteral("/v2/notification-senders/sms");
        const QString patch = QStringLiteral("PATCH ") + Wso2Client::connectorPath();
        using providers::custom::AuthKind;
        for (const auto& [kind, name] : QList<QPair<AuthKind, const char*>> {
                 { AuthKind::Basic, "Basic" }, { AuthKind::Bearer, "Bearer" }, { AuthKind::ApiKey, "API key" } }) {
            QTest::addRow("%s POST", name) << int(kind) << 0 << QStringList { QStringLiteral("POST ") + sender, patch };
            QTest::addRow("%s after asking", name) << int(kind) << -1
                                                   << QStringList { QStringLiteral("GET ") + sender + u"/SMSPublisher",
                                                          QStringLiteral("PUT ") + sender + u"/SMSPublisher", patch };
        }
    }

    void pushWithAuthentication()
    {
        QFETCH(int, auth);
        QFETCH(int, senderExists);
        QFETCH(QStringList, expected);
        auto setup = std::get<providers::CustomSetup>(setupFor(ProviderKind::Custom));
        setup.config.auth = { providers::custom::AuthKind(auth), QStringLiteral("gateway-user"),
            QStringLiteral("X-Api-Key"), providers::custom::ApiKeyPlace::Header };
        setup.secrets.authSecret = QStringLiteral("auth-s3cret");
        PushPlan plan = planPush(ProviderKind::Custom, setup, otp::OtpPolicy {}, {});
        QVERIFY(!plan.refused());
        if (senderExists >= 0) {
            plan.senderExists = senderExists == 1;
            plan.senderApiVersion = 2;
        }
        const PushResult result = push(plan);
        readLogs();
        verifyAllAccepted(expected);
        QVERIFY2(result.ok, qPrintable(result.error.explanation));
    }

    void push()
    {
        QFETCH(ProviderKind, kind);
        QFETCH(int, senderExists);
        QFETCH(QStringList, expected);
        otp::OtpPolicy policy;
        policy.expirySeconds = 180;
        policy.length = 8;
        policy.numericOnly = false;
        policy.resendBlockMinutes = 12;
        PushPlan plan = planPush(kind, setupFor(kind), policy, {});
        QVERIFY(!plan.refused());
        if (senderExists >= 0)
            plan.senderExists = senderExists == 1;
        const PushResult result = push(plan);
        readLogs();
        verifyAllAccepted(expected);
        QVERIFY2(result.ok, qPrintable(result.error.explanation));
    }

    void listApplications_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("exact");
        QTest::newRow("all") << QString() << false;
        QTest::newRow("search") << QStringLiteral("My App") << false;
        QTest::newRow("exact name") << QStringLiteral("Console & Co") << true;
    }

    void listApplications()
    {
        QFETCH(QString, name);
        QFETCH(bool, exact);
        Wso2Client client(m_sender);
        const ApplicationListResult result = waitFor<ApplicationListResult>(
            [&](auto done) { client.listApplications(connection(), name, exact, done); });
        readLogs();
        verifyAllAccepted({ QStringLiteral("GET ") + Wso2Client::applicationsPath(name, exact) });
        QVERIFY2(result.ok, qPrintable(result.error.explanation));
    }

    void application()
    {
        Wso2Client client(m_sender);
        const QString id = QStringLiteral("85a7d7f6-2d64-4e3a-9a42-5f4ab7d5c5b0");
        const ApplicationResult result
            = waitFor<ApplicationResult>([&](auto done) { client.application(connection(), id, done); });
        readLogs();
        verifyAllAccepted({ QStringLiteral("GET ") + Wso2Client::applicationPath(id) });
        QVERIFY2(result.ok, qPrintable(result.error.explanation));
    }

    void setLoginFlow_data()
    {
        QTest::addColumn<bool>("backupCodes");
        QTest::newRow("SMS OTP") << false;
        QTest::newRow("SMS OTP or backup code") << true;
    }

    void setLoginFlow()
    {
        QFETCH(bool, backupCodes);
        Wso2Client client(m_sender);
        const QString id = QStringLiteral("85a7d7f6-2d64-4e3a-9a42-5f4ab7d5c5b0");
        const FlowChangeResult result = waitFor<FlowChangeResult>(
            [&](auto done) { client.setLoginFlow(connection(), id, smsOtpSequence(backupCodes), done); });
        readLogs();
        verifyAllAccepted({ QStringLiteral("PATCH ") + Wso2Client::applicationPath(id) });
        QVERIFY2(result.ok, qPrintable(result.error.explanation));
    }

    // Proof that validation is on: requests that break the contract, sent directly to the Prisms, are refused
    // (422, or the 400 the operation declares, which Prism prefers) and Prism logs the violation.
    void malformedRequestsAreRefused_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("sender without provider, providerURL as a number")
            << QStringLiteral("notification-sender.v1.yaml") << QByteArrayLiteral("POST")
            << QStringLiteral("/notification-senders/sms")
            << QByteArrayLiteral(R"({"name":"SMSPublisher","providerURL":42})");
        QTest::newRow("connector patch with an unknown operation")
            << QStringLiteral("identity-governance.v1.prism.yaml") << QByteArrayLiteral("PATCH")
            << QStringLiteral("/identity-governance/") + kMfaCategoryId.toString() + QStringLiteral("/connectors/")
                + kSmsOtpConnectorId.toString()
            << QByteArrayLiteral(R"({"operation":"DELETE","properties":"none"})");
        // The v2 description checks the authentication object: a type it does not have is refused.
        QTest::newRow("sender with an unknown authentication type")
            << QStringLiteral("notification-sender.v2.yaml") << QByteArrayLiteral("POST")
            << QStringLiteral("/notification-senders/sms")
            << QByteArrayLiteral(
                   R"({"name":"SMSPublisher","provider":"Custom","providerURL":"https://sms.example.com",)"
                   R"("contentType":"JSON","authentication":{"type":"DIGEST","properties":{}}})");
    }

    void malformedRequestsAreRefused()
    {
        QFETCH(QString, spec);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        const Prism* prism = nullptr;
        for (const Prism* p : std::as_const(m_prisms))
            prism = p->spec == spec ? p : prism;
        QVERIFY(prism);
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(prism->port).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Basic " + (kUser + QLatin1Char(':') + kPassword).toUtf8().toBase64());
        QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
        QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 15000));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        reply->deleteLater();
        // Prism answers 422, or the spec's own 400 where the operation declares one (both of these do).
        QVERIFY2(status == 422 || status == 400,
            qPrintable(QStringLiteral("HTTP %1: %2").arg(status).arg(QString::fromUtf8(answer))));
        QTRY_VERIFY_WITH_TIMEOUT((readLogs(), prism->log.contains("Violation")), 5000);
    }
};

QTEST_GUILESS_MAIN(TestWso2Contract)
#include "TestWso2Contract.moc"
