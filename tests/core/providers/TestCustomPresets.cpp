#include "FakeSmsGateways.h"
#include "TestHttpServer.h"
#include "providers/CustomPresets.h"
#include "providers/HttpSender.h"
#include "providers/ProviderClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

using namespace smsotp::providers;

namespace {

const QString kTo = QStringLiteral("+447700900123");
const QString kText = QStringLiteral("Your code is 482913 & it expires in 5 min (+ more)");

// The preset as an administrator completes it: its placeholders for the account replaced, the gateway's address
// pointed at the test server.
CustomSetup completed(const QString& presetName, const QUrl& base, const QMap<QString, QString>& fillIns,
    const QString& secret, const QString& sender = QStringLiteral("Acme"))
{
    const std::optional<custom::Preset> preset = custom::findPreset(presetName);
    Q_ASSERT(preset);
    CustomSetup setup { preset->config, {} };
    QUrl documented(setup.config.url.section(u'?', 0, 0));
    const QString origin = documented.scheme() + u"://" + documented.authority();
    setup.config.url.replace(origin, base.toString(QUrl::StripTrailingSlash));
    for (auto it = fillIns.cbegin(); it != fillIns.cend(); ++it) {
        setup.config.url.replace(it.key(), it.value());
        setup.config.auth.user.replace(it.key(), it.value());
    }
    setup.config.sender = sender;
    setup.secrets.authSecret = secret;
    return setup;
}

} // namespace

// Each preset, completed as its "fill in" line says, against a loopback server that speaks the documented protocol.
class TestCustomPresets : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;

    SendOutcome send(const CustomSetup& setup, const QString& text = kText)
    {
        HttpSender sender(m_network);
        ProviderClient client(sender);
        std::optional<SendOutcome> outcome;
        client.send(setup, kTo, text, [&outcome](const SendOutcome& o) { outcome = o; });
        if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 20000))
            return {};
        return *outcome;
    }

private Q_SLOTS:
    void everyPresetNamesItsDocumentationAndBuilds()
    {
        const QList<custom::Preset> all = custom::presets();
        QCOMPARE(all.size(), 4);
        for (const custom::Preset& preset : all) {
            QVERIFY2(preset.documentation.startsWith(u"https://"), qPrintable(preset.name));
            QVERIFY(!preset.title.isEmpty() && !preset.fillIn.isEmpty());
            QCOMPARE(custom::findPreset(preset.name.toUpper())->name, preset.name);
            custom::Secrets secrets;
            secrets.authSecret = QStringLiteral("secret");
            CustomSetup setup { preset.config, secrets };
            setup.config.sender = QStringLiteral("Acme");
            const BuildResult build = custom::buildSendRequest(setup.config, secrets, kTo, kText);
            QVERIFY2(build.ok(), qPrintable(preset.name + u": " + build.errors.value(0).message));
        }
        QVERIFY(!custom::findPreset(u"telegraph"));
    }

    void kannel()
    {
        FakeKannelServer fake;
        QVERIFY(fake.listen());
        const QMap<QString, QString> fill { { QStringLiteral("YOUR_USER"), FakeKannelServer::kUser } };
        const SendOutcome outcome
            = send(completed(QStringLiteral("kannel"), fake.baseUrl(), fill, FakeKannelServer::kPassword));
        QVERIFY2(outcome.accepted, qPrintable(outcome.explanation));
        QCOMPARE(outcome.httpStatus, 202);
        QCOMPARE(fake.accepted().size(), 1);
        // The '+' of the number arrives (a raw '+' would have been read as a space), and the text exactly.
        QCOMPARE(fake.accepted().first().to, QStringList { kTo });
        QCOMPARE(fake.accepted().first().text, kText);
        QCOMPARE(fake.accepted().first().from, QStringLiteral("Acme"));
        QCOMPARE(fake.requests().first().method, QByteArray("GET"));
        QVERIFY(fake.requests().first().body.isEmpty());

        const SendOutcome refused
            = send(completed(QStringLiteral("kannel"), fake.baseUrl(), fill, QStringLiteral("wrong")));
        QVERIFY(!refused.accepted);
        QCOMPARE(refused.httpStatus, 403);
        QVERIFY(refused.technicalDetail.contains(u"Authorization failed for sendsms"));

        const SendOutcome noSender
            = send(completed(QStringLiteral("kannel"), fake.baseUrl(), fill, FakeKannelServer::kPassword, QString()));
        QVERIFY(!noSender.accepted);
        QCOMPARE(noSender.httpStatus, 400);
        QVERIFY(noSender.technicalDetail.contains(u"Sender missing"));
        QCOMPARE(fake.accepted().size(), 1);
    }

    void plivo()
    {
        FakePlivoServer fake;
        QVERIFY(fake.listen());
        const QMap<QString, QString> fill { { QStringLiteral("YOUR_AUTH_ID"), FakePlivoServer::kAuthId } };
        const SendOutcome outcome
            = send(completed(QStringLiteral("plivo"), fake.baseUrl(), fill, FakePlivoServer::kAuthToken));
        QVERIFY2(outcome.accepted, qPrintable(outcome.explanation));
        QCOMPARE(outcome.httpStatus, 202);
        QCOMPARE(fake.accepted().size(), 1);
        QCOMPARE(outcome.messageId, fake.accepted().first().id); // from /message_uuid/0
        QCOMPARE(fake.accepted().first().to, QStringList { QStringLiteral("447700900123") });
        QCOMPARE(fake.accepted().first().text, kText);

        const SendOutcome refused
            = send(completed(QStringLiteral("plivo"), fake.baseUrl(), fill, QStringLiteral("wrong")));
        QVERIFY(!refused.accepted);
        QCOMPARE(refused.httpStatus, 401);
        QVERIFY2(refused.explanation.startsWith(u"The gateway says: “authentication failed”"),
            qPrintable(refused.explanation));
    }

    void sinch()
    {
        FakeSinchServer fake;
        QVERIFY(fake.listen());
        const QMap<QString, QString> fill { { QStringLiteral("YOUR_SERVICE_PLAN_ID"),
            FakeSinchServer::kServicePlanId } };
        const SendOutcome outcome
            = send(completed(QStringLiteral("sinch"), fake.baseUrl(), fill, FakeSinchServer::kApiToken));
        QVERIFY2(outcome.accepted, qPrintable(outcome.explanation));
        QCOMPARE(outcome.httpStatus, 201);
        QCOMPARE(outcome.messageId, fake.accepted().first().id); // from /id
        QCOMPARE(fake.accepted().first().to, QStringList { kTo }); // an array of one
        QCOMPARE(fake.accepted().first().text, kText);

        const SendOutcome unauthorized
            = send(completed(QStringLiteral("sinch"), fake.baseUrl(), fill, QStringLiteral("wrong")));
        QVERIFY(!unauthorized.accepted);
        QCOMPARE(unauthorized.httpStatus, 401);
        QVERIFY(!unauthorized.explanation.isEmpty());

        const SendOutcome noSender
            = send(completed(QStringLiteral("sinch"), fake.baseUrl(), fill, FakeSinchServer::kApiToken, QString()));
        QVERIFY(!noSender.accepted);
        QCOMPARE(noSender.httpStatus, 400);
        QVERIFY2(noSender.explanation.startsWith(u"The gateway says: “from: must not be empty”"),
            qPrintable(noSender.explanation));
    }

    // A gateway that takes what WSO2 Identity Server's custom provider sends: JSON {to, text}, 200 or 202.
    void wso2Json()
    {
        TestHttpServer server;
        int status = 202;
        server.http().setMissingHandler(
            [&server, &status](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                const RecordedRequest recorded = server.record(request);
                const QJsonObject body = QJsonDocument::fromJson(recorded.body).object();
                const bool ok = recorded.method == "POST" && body.value(u"to").toString() == kTo
                    && body.value(u"text").toString() == kText;
                QHttpServerResponse(
                    ok ? QHttpServerResponder::StatusCode(status) : QHttpServerResponder::StatusCode::BadRequest)
                    .write(std::move(responder));
            });
        QVERIFY(server.listen());
        const CustomSetup setup = completed(QStringLiteral("wso2-json"), server.baseUrl(), {}, {});
        QVERIFY(send(setup).accepted);
        status = 201; // a 2xx WSO2 would count as a failure: the preset follows WSO2
        const SendOutcome outcome = send(setup);
        QVERIFY(!outcome.accepted);
        QVERIFY(outcome.explanation.contains(u"201"));
    }
};

QTEST_GUILESS_MAIN(TestCustomPresets)
#include "TestCustomPresets.moc"
