#include "providers/CustomProvider.h"
#include "sandbox/SandboxProvider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace smsotp;
using namespace smsotp::providers;

// The sandbox's custom-provider configuration: it must build a request SandboxGateway reads, byte for byte.
class TestSandboxProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsTheRequestTheGatewayReads()
    {
        const QUrl endpoint(QStringLiteral("http://127.0.0.1:45678/messages"));
        const custom::Config config = sandbox::sandboxConfig(endpoint);
        const QString to = QStringLiteral("+447700900123");
        const QString text = QStringLiteral("Code 482913\n\"quoted\" \\ {{body}} \u2028 \u2014 \u2713");
        const BuildResult built = custom::buildSendRequest(config, {}, to, text);
        QVERIFY2(built.ok(), qPrintable(built.errors.value(0).message));
        QCOMPARE(built.warnings.size(), 1); // plain http, but to this machine only
        QCOMPARE(built.warnings.first().field, ConfigField::Url);
        const HttpRequestSpec& request = built.request;
        QCOMPARE(request.method, HttpMethod::Post);
        QCOMPARE(request.url, endpoint);
        QCOMPARE(request.headerValue("Content-Type"), QByteArray("application/json"));
        QVERIFY(request.secrets.isEmpty());

        QJsonParseError error;
        const QJsonDocument body = QJsonDocument::fromJson(request.body, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject object = body.object();
        QCOMPARE(object.keys(), QStringList({ QStringLiteral("text"), QStringLiteral("to") }));
        QCOMPARE(object.value(u"to").toString(), to);
        QCOMPARE(object.value(u"text").toString(), text);
    }

    void theTemplateHoldsBothPlaceholdersUnquoted()
    {
        const QString text = sandbox::sandboxTemplate();
        QVERIFY(text.contains(u"{{mobile}}"));
        QVERIFY(text.contains(u"{{body}}"));
        QVERIFY(!text.contains(u"\"{{"));
        QCOMPARE(sandbox::sandboxConfig(QUrl(QStringLiteral("http://127.0.0.1:1/messages"))).payloadTemplate, text);
    }

    void onlyA201CountsAsSent()
    {
        const custom::Config config = sandbox::sandboxConfig(QUrl(QStringLiteral("http://127.0.0.1:1/messages")));
        QVERIFY(custom::checkSuccessCriterion(config.success).isEmpty());
        const QByteArray answer = QJsonDocument(QJsonObject { { QStringLiteral("id"), QStringLiteral("abc-1") } })
                                      .toJson(QJsonDocument::Compact);
        const SendOutcome created = custom::parseSendResponse(config.success, 201, answer);
        QVERIFY(created.accepted);
        QCOMPARE(created.messageId, QStringLiteral("abc-1"));
        QVERIFY(!custom::parseSendResponse(config.success, 200, answer).accepted);
        QVERIFY(!custom::parseSendResponse(config.success, 202, answer).accepted);
        const SendOutcome failed = custom::parseSendResponse(config.success, 500, "{}");
        QVERIFY(!failed.accepted);
        QCOMPARE(failed.failure, FailureKind::ProviderError);
    }
};

QTEST_GUILESS_MAIN(TestSandboxProvider)
#include "TestSandboxProvider.moc"
