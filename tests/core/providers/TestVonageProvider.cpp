#include "providers/VonageProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace smsotp::providers;

namespace {

const QString kKey = QStringLiteral("abcd1234");
const QString kSecret = QStringLiteral("Sup3r-S3cret+Key");

vonage::Config config(const QString& sender = QStringLiteral("+447700900000"))
{
    vonage::Config c;
    c.apiKey = kKey;
    c.sender = sender;
    return c;
}

vonage::Secrets secrets()
{
    return { kSecret };
}

QJsonObject bodyOf(const BuildResult& result)
{
    return QJsonDocument::fromJson(result.request.body).object();
}

QByteArray answer(const QList<QJsonObject>& messages)
{
    QJsonObject root;
    root.insert(u"message-count", QString::number(messages.size()));
    QJsonArray array;
    for (const QJsonObject& message : messages)
        array.append(message);
    root.insert(u"messages", array);
    return QJsonDocument(root).toJson();
}

QJsonObject message(const char* status, const char* errorText = nullptr)
{
    QJsonObject m;
    m.insert(u"to", QStringLiteral("447700900123"));
    m.insert(u"status", QString::fromLatin1(status));
    if (errorText)
        m.insert(u"error-text", QString::fromLatin1(errorText));
    else
        m.insert(u"message-id", QStringLiteral("0A0000000123ABCD1"));
    m.insert(u"remaining-balance", QStringLiteral("3.14159265"));
    m.insert(u"message-price", QStringLiteral("0.03330000"));
    return m;
}

} // namespace

class TestVonageProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendRequestIsExact()
    {
        const BuildResult result = vonage::buildSendRequest(
            config(), secrets(), QStringLiteral("+447700900123"), QStringLiteral("Your code is 042917 {€}"));
        QVERIFY(result.ok());
        const HttpRequestSpec& request = result.request;
        QCOMPARE(request.method, HttpMethod::Post);
        QCOMPARE(request.url.toString(), QStringLiteral("https://rest.nexmo.com/sms/json"));
        QCOMPARE(request.headerValue("Content-Type"), QByteArray("application/json"));
        const QByteArray authorization = request.headerValue("Authorization");
        QVERIFY(authorization.startsWith("Basic "));
        QCOMPARE(QByteArray::fromBase64(authorization.mid(6)), QString(kKey + u':' + kSecret).toUtf8());
        QCOMPARE(request.secrets, QStringList { kSecret });

        const QJsonObject body = bodyOf(result);
        QCOMPARE(body.value(u"to").toString(), QStringLiteral("447700900123"));
        QCOMPARE(body.value(u"from").toString(), QStringLiteral("447700900000"));
        QCOMPARE(body.value(u"text").toString(), QStringLiteral("Your code is 042917 {€}"));
        QVERIFY(!body.contains(u"type")); // GSM-7, extension characters included
        QVERIFY(!body.contains(u"api_secret"));
        QVERIFY(!request.body.contains(kSecret.toUtf8()));
        QVERIFY(!request.url.toString().contains(kSecret));
    }

    void unicodeTextSetsType()
    {
        for (const QString& text : { QStringLiteral("Ваш код 042917"), QStringLiteral("Code 042917 \U0001F510"),
                 QStringLiteral("It’s 042917") }) {
            const BuildResult result
                = vonage::buildSendRequest(config(), secrets(), QStringLiteral("+447700900123"), text);
            QVERIFY(result.ok());
            QCOMPARE(bodyOf(result).value(u"type").toString(), QStringLiteral("unicode"));
            QCOMPARE(bodyOf(result).value(u"text").toString(), text);
        }
    }

    void alphanumericSenderIsKept()
    {
        const BuildResult result = vonage::buildSendRequest(
            config(QStringLiteral("Acme Inc")), secrets(), QStringLiteral("+15005550006"), QStringLiteral("x"));
        QVERIFY(result.ok());
        QCOMPARE(bodyOf(result).value(u"from").toString(), QStringLiteral("Acme Inc"));
        QCOMPARE(bodyOf(result).value(u"to").toString(), QStringLiteral("15005550006"));
    }

    void invalidInputsAreRefused()
    {
        vonage::Config c = config(QStringLiteral("ThisNameIsTooLong"));
        c.apiKey = QStringLiteral("abc");
        const BuildResult result
            = vonage::buildSendRequest(c, { QStringLiteral("x") }, QStringLiteral("07700900123"), {});
        QVERIFY(!result.ok());
        QList<ConfigField> fields;
        for (const BuildProblem& problem : result.errors)
            fields.append(problem.field);
        for (const ConfigField field : { ConfigField::ApiKey, ConfigField::ApiSecret, ConfigField::Sender,
                 ConfigField::Recipient, ConfigField::Text })
            QVERIFY(fields.contains(field));
        QVERIFY(result.request.headers.isEmpty());
    }

    void balanceRequest()
    {
        const BuildResult result = vonage::buildBalanceRequest(config(), secrets());
        QVERIFY(result.ok());
        QCOMPARE(result.request.method, HttpMethod::Get);
        QCOMPARE(result.request.url.toString(), QStringLiteral("https://rest.nexmo.com/account/get-balance"));
        QVERIFY(!result.request.url.hasQuery()); // the secret never goes in the URL
        QCOMPARE(QByteArray::fromBase64(result.request.headerValue("Authorization").mid(6)),
            QString(kKey + u':' + kSecret).toUtf8());
        QVERIFY(result.request.body.isEmpty());
    }

    void acceptedSend()
    {
        const SendOutcome outcome = vonage::parseSendResponse(200, answer({ message("0") }));
        QVERIFY(outcome.accepted);
        QCOMPARE(outcome.messageId, QStringLiteral("0A0000000123ABCD1"));
        QCOMPARE(outcome.failure, FailureKind::None);
        QVERIFY(!outcome.explanation.isEmpty());
        QVERIFY(outcome.technicalDetail.contains(u"0.03330000"));

        const SendOutcome twoParts = vonage::parseSendResponse(200, answer({ message("0"), message("0") }));
        QVERIFY(twoParts.accepted);
        const SendOutcome secondFailed
            = vonage::parseSendResponse(200, answer({ message("0"), message("9", "Quota") }));
        QVERIFY(!secondFailed.accepted);
        QCOMPARE(secondFailed.providerCode, QStringLiteral("9"));
    }

    void everyStatusIsExplained()
    {
        const QList<int> codes = vonage::explainedStatusCodes();
        QCOMPARE(codes, (QList<int> { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 22, 23, 29, 32, 33 }));
        QSet<QString> seen;
        for (const int code : codes) {
            const QByteArray status = QByteArray::number(code);
            const SendOutcome outcome
                = vonage::parseSendResponse(200, answer({ message(status.constData(), "Vonage's words") }));
            const QByteArray context = "status " + status;
            QVERIFY2(!outcome.accepted, context.constData());
            QCOMPARE(outcome.providerCode, QString::number(code));
            QCOMPARE(outcome.httpStatus, 200);
            QVERIFY2(outcome.failure != FailureKind::None && outcome.failure != FailureKind::UnexpectedResponse,
                context.constData());
            QCOMPARE(outcome.explanation, vonage::explainStatus(code));
            QVERIFY2(outcome.explanation.size() > 40, context.constData());
            QVERIFY2(outcome.explanation.contains(QString::number(code)), context.constData());
            QVERIFY(outcome.technicalDetail.contains(u"Vonage's words"));
            QVERIFY2(!seen.contains(outcome.explanation), context.constData());
            seen.insert(outcome.explanation);
            QCOMPARE(outcome.retryLater, code == 1 || code == 5 || code == 10);
        }
        QCOMPARE(vonage::failureForStatus(4), FailureKind::Authentication);
        QCOMPARE(vonage::failureForStatus(9), FailureKind::Account);
        QCOMPARE(vonage::failureForStatus(15), FailureKind::Sender);
        QCOMPARE(vonage::failureForStatus(29), FailureKind::Account);
        QVERIFY(vonage::explainStatus(99).isEmpty());
        // A status the console does not know still gets Vonage's own text.
        const SendOutcome unknown = vonage::parseSendResponse(200, answer({ message("99", "Something new") }));
        QVERIFY(unknown.explanation.contains(u"Something new"));
    }

    void numericStatusIsReadToo()
    {
        QJsonObject m = message("0");
        m.insert(u"status", 0);
        QVERIFY(vonage::parseSendResponse(200, answer({ m })).accepted);
    }

    void httpFailures()
    {
        const SendOutcome unauthorized = vonage::parseSendResponse(
            401, "{\"type\":\"https://developer.nexmo.com/api-errors#unauthorized\",\"title\":\"Unauthorized\"}");
        QVERIFY(!unauthorized.accepted);
        QCOMPARE(unauthorized.failure, FailureKind::Authentication);
        QVERIFY(!unauthorized.explanation.isEmpty());
        QVERIFY(unauthorized.technicalDetail.contains(u"Unauthorized"));

        const SendOutcome throttled = vonage::parseSendResponse(429, "");
        QCOMPARE(throttled.failure, FailureKind::RateLimited);
        QVERIFY(throttled.retryLater);

        QCOMPARE(vonage::parseSendResponse(200, "not json").failure, FailureKind::UnexpectedResponse);
        QCOMPARE(vonage::parseSendResponse(200, "{\"messages\": []}").failure, FailureKind::UnexpectedResponse);
        QCOMPARE(vonage::parseSendResponse(200, "{\"messages\": [{\"status\": \"x\"}]}").failure,
            FailureKind::UnexpectedResponse);
        QCOMPARE(vonage::parseSendResponse(502, "").failure, FailureKind::ProviderError);
    }

    void balanceResponses()
    {
        const vonage::BalanceCheck ok = vonage::parseBalanceResponse(200, "{\"value\": 10.28, \"autoReload\": false}");
        QVERIFY(ok.ok);
        QCOMPARE(ok.balance, 10.28);
        QVERIFY(!ok.autoReload);
        QVERIFY(ok.explanation.contains(u"10.28"));
        // One currency spelling, the one Vonage's API uses.
        QCOMPARE(ok.summary(), QStringLiteral("The credentials work. The balance is 10.28 EUR."));

        const vonage::BalanceCheck empty = vonage::parseBalanceResponse(200, "{\"value\": 0, \"autoReload\": true}");
        QVERIFY(empty.ok);
        QVERIFY(empty.autoReload);
        QVERIFY(empty.explanation.contains(u"status 9"));

        const vonage::BalanceCheck refused = vonage::parseBalanceResponse(
            401, "{\"error-code\":\"401\",\"error-code-label\":\"authentication failed\"}");
        QVERIFY(!refused.ok);
        QCOMPARE(refused.failure, FailureKind::Authentication);
        QVERIFY(!vonage::parseBalanceResponse(200, "{}").ok);
    }

    void keyFormat()
    {
        QVERIFY(vonage::checkApiKey(u"abcd1234").ok());
        QVERIFY(vonage::checkApiKey(u"aaa012").ok()); // the example in Vonage's own docs
        QCOMPARE(vonage::checkApiKey(u"").problem, FieldProblem::Empty);
        QCOMPARE(vonage::checkApiKey(u"abc").problem, FieldProblem::WrongLength);
        QCOMPARE(vonage::checkApiKey(u"abcd1234abcd12345").problem, FieldProblem::WrongLength);
        QCOMPARE(vonage::checkApiKey(u"abcd 1234").problem, FieldProblem::InvalidCharacters);
        QCOMPARE(vonage::checkApiKey(u"abcd-1234").problem, FieldProblem::InvalidCharacters);
    }

    void secretFormat()
    {
        QVERIFY(vonage::checkApiSecret(u"ABCDEFGH01234abc").ok());
        QVERIFY(vonage::checkApiSecret(u"example-4PI-secret").ok());
        QCOMPARE(vonage::checkApiSecret(u"").problem, FieldProblem::Empty);
        QCOMPARE(vonage::checkApiSecret(u"abc12").problem, FieldProblem::WrongLength);
        QCOMPARE(vonage::checkApiSecret(QString(33, u'a')).problem, FieldProblem::WrongLength);
        QCOMPARE(vonage::checkApiSecret(u"abc 12345").problem, FieldProblem::InvalidCharacters);
        QCOMPARE(vonage::checkApiSecret(u"abc12345\n").problem, FieldProblem::InvalidCharacters);
    }

    void senderFormat_data()
    {
        QTest::addColumn<QString>("sender");
        QTest::addColumn<int>("problem");
        QTest::newRow("number") << QStringLiteral("447700900000") << int(FieldProblem::None);
        QTest::newRow("number with plus") << QStringLiteral("+447700900000") << int(FieldProblem::None);
        QTest::newRow("short number") << QStringLiteral("123456") << int(FieldProblem::WrongLength);
        QTest::newRow("leading zero") << QStringLiteral("07700900000") << int(FieldProblem::LeadingZero);
        QTest::newRow("name") << QStringLiteral("AcmeInc") << int(FieldProblem::None);
        QTest::newRow("name 11") << QStringLiteral("Acme Inc 12") << int(FieldProblem::None);
        QTest::newRow("name 12") << QStringLiteral("Acme Inc 123") << int(FieldProblem::WrongLength);
        QTest::newRow("symbols") << QStringLiteral("Acme&Co") << int(FieldProblem::InvalidCharacters);
        QTest::newRow("plus letters") << QStringLiteral("+Acme") << int(FieldProblem::InvalidCharacters);
        QTest::newRow("empty") << QString() << int(FieldProblem::Empty);
    }

    void senderFormat()
    {
        QFETCH(QString, sender);
        QFETCH(int, problem);
        const FieldCheck check = vonage::checkSender(sender);
        QCOMPARE(int(check.problem), problem);
        QCOMPARE(check.message.isEmpty(), problem == int(FieldProblem::None));
    }
};

QTEST_GUILESS_MAIN(TestVonageProvider)
#include "TestVonageProvider.moc"
