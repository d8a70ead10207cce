#include "../template/ReferenceFormDecoder.h"
#include "providers/TwilioProvider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace smsotp::providers;
using smsotp::testing::referenceFormDecode;
using smsotp::testing::referenceFormValue;

namespace {

const QString kSid = QStringLiteral("AC0123456789abcdef0123456789ABCDEF");
const QString kToken = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString kServiceSid = QStringLiteral("MG0123456789abcdef0123456789abcdef");
const QString kMessageSid = QStringLiteral("SM0123456789abcdef0123456789abcdef");

twilio::Config config(const QString& sender = QStringLiteral("+15005550006"))
{
    twilio::Config c;
    c.accountSid = kSid;
    c.sender = sender;
    return c;
}

twilio::Secrets secrets()
{
    return { kToken };
}

QByteArray errorBody(int code, const char* message, int status)
{
    QJsonObject error;
    error.insert(u"code", code);
    error.insert(u"message", QString::fromUtf8(message));
    error.insert(u"more_info", QString(QStringLiteral("https://www.twilio.com/docs/errors/") + QString::number(code)));
    error.insert(u"status", status);
    return QJsonDocument(error).toJson(QJsonDocument::Compact);
}

bool hasProblem(const BuildResult& result, ConfigField field)
{
    return std::any_of(result.errors.begin(), result.errors.end(),
        [field](const BuildProblem& p) { return p.field == field && !p.message.isEmpty(); });
}

} // namespace

class TestTwilioProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendRequestIsExact()
    {
        const QString text = QStringLiteral("Your code is 042917 & more + “quotes” = fine");
        const BuildResult result = twilio::buildSendRequest(config(), secrets(), QStringLiteral("+447700900123"), text);
        QVERIFY(result.ok());
        QVERIFY(result.warnings.isEmpty());
        const HttpRequestSpec& request = result.request;
        QCOMPARE(request.method, HttpMethod::Post);
        QCOMPARE(httpMethodName(request.method), QByteArray("POST"));
        QCOMPARE(request.url.scheme(), QStringLiteral("https"));
        QCOMPARE(request.url.host(), QStringLiteral("api.twilio.com"));
        QCOMPARE(request.url.path(), u"/2010-04-01/Accounts/" + kSid + u"/Messages.json");
        QVERIFY(!request.url.hasQuery());

        const QByteArray authorization = request.headerValue("authorization");
        QVERIFY(authorization.startsWith("Basic "));
        QCOMPARE(QByteArray::fromBase64(authorization.mid(6)), QString(kSid + u':' + kToken).toUtf8());
        QVERIFY(std::any_of(request.headers.begin(), request.headers.end(),
            [](const HttpHeader& h) { return h.name == "Authorization" && h.isSecret; }));
        QCOMPARE(request.headerValue("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(request.secrets, QStringList { kToken });

        QVERIFY(request.body.contains("To=%2B447700900123"));
        const auto fields = referenceFormDecode(request.body);
        QCOMPARE(fields.size(), 3);
        QCOMPARE(referenceFormValue(request.body, QStringLiteral("To")), QStringLiteral("+447700900123"));
        QCOMPARE(referenceFormValue(request.body, QStringLiteral("From")), QStringLiteral("+15005550006"));
        QCOMPARE(referenceFormValue(request.body, QStringLiteral("Body")), text);
        QVERIFY(!request.body.contains(kToken.toUtf8()));
    }

    void messagingServiceSidReplacesFrom()
    {
        const BuildResult result = twilio::buildSendRequest(
            config(kServiceSid), secrets(), QStringLiteral("+447700900123"), QStringLiteral("x"));
        QVERIFY(result.ok());
        QCOMPARE(referenceFormValue(result.request.body, QStringLiteral("MessagingServiceSid")), kServiceSid);
        QVERIFY(referenceFormValue(result.request.body, QStringLiteral("From")).isNull());
    }

    void apiBaseAndTimeoutAreHonoured()
    {
        twilio::Config c = config();
        c.apiBase = QUrl(QStringLiteral("http://127.0.0.1:8089/fake/"));
        c.timeout = std::chrono::milliseconds(2500);
        const BuildResult local
            = twilio::buildSendRequest(c, secrets(), QStringLiteral("+447700900123"), QStringLiteral("x"));
        QVERIFY(local.ok());
        QCOMPARE(local.request.url.toString(),
            u"http://127.0.0.1:8089/fake/2010-04-01/Accounts/" + kSid + u"/Messages.json");
        QCOMPARE(local.request.transferTimeout, std::chrono::milliseconds(2500));
        QCOMPARE(local.warnings.size(), 1); // plain http, but to this machine
        QCOMPARE(local.warnings.first().field, ConfigField::ApiBase);

        c.apiBase = QUrl(QStringLiteral("http://api.twilio.com"));
        const BuildResult remote
            = twilio::buildSendRequest(c, secrets(), QStringLiteral("+447700900123"), QStringLiteral("x"));
        QVERIFY(!remote.ok());
        QCOMPARE(remote.errors.first().kind, BuildErrorKind::Insecure);
        QVERIFY(remote.request.headers.isEmpty()); // nothing to send by mistake
        QVERIFY(remote.request.secrets.isEmpty());
    }

    void invalidInputsAreRefusedPerField()
    {
        twilio::Config c = config(QStringLiteral("15005550006"));
        c.accountSid = QStringLiteral("SK0123456789abcdef0123456789abcdef");
        const BuildResult result
            = twilio::buildSendRequest(c, { QStringLiteral("short") }, QStringLiteral("447700900123"), QString());
        QVERIFY(!result.ok());
        QVERIFY(hasProblem(result, ConfigField::AccountSid));
        QVERIFY(hasProblem(result, ConfigField::AuthToken));
        QVERIFY(hasProblem(result, ConfigField::Sender));
        QVERIFY(hasProblem(result, ConfigField::Recipient));
        QVERIFY(hasProblem(result, ConfigField::Text));
        QVERIFY(result.request.body.isEmpty());
        const BuildResult noToken
            = twilio::buildSendRequest(config(), {}, QStringLiteral("+447700900123"), QStringLiteral("x"));
        QCOMPARE(noToken.errors.first().kind, BuildErrorKind::Missing);
    }

    void acceptedSend()
    {
        QJsonObject message;
        message.insert(u"sid", kMessageSid);
        message.insert(u"status", QStringLiteral("queued"));
        message.insert(u"num_segments", QStringLiteral("1"));
        message.insert(u"error_code", QJsonValue::Null);
        const SendOutcome outcome = twilio::parseSendResponse(201, QJsonDocument(message).toJson());
        QVERIFY(outcome.accepted);
        QCOMPARE(outcome.httpStatus, 201);
        QCOMPARE(outcome.messageId, kMessageSid);
        QCOMPARE(outcome.failure, FailureKind::None);
        QVERIFY(outcome.providerCode.isEmpty());
        QVERIFY(!outcome.explanation.isEmpty());
    }

    void createdButNotUsable()
    {
        QVERIFY(!twilio::parseSendResponse(201, "{\"sid\": \"nope\"}").accepted);
        QCOMPARE(twilio::parseSendResponse(201, "<html/>").failure, FailureKind::UnexpectedResponse);
        QVERIFY(!twilio::parseSendResponse(200, QByteArray("{\"sid\": \"" + kMessageSid.toUtf8() + "\"}")).accepted);
        QJsonObject failed;
        failed.insert(u"sid", kMessageSid);
        failed.insert(u"status", QStringLiteral("failed"));
        failed.insert(u"error_code", 21610);
        const SendOutcome outcome = twilio::parseSendResponse(201, QJsonDocument(failed).toJson());
        QVERIFY(!outcome.accepted);
        QCOMPARE(outcome.providerCode, QStringLiteral("21610"));
        QCOMPARE(outcome.failure, FailureKind::Recipient);
    }

    void everyListedErrorIsExplained_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("failure");
        QTest::newRow("20003") << 20003 << 401 << int(FailureKind::Authentication);
        QTest::newRow("20404") << 20404 << 404 << int(FailureKind::Configuration);
        QTest::newRow("20429") << 20429 << 429 << int(FailureKind::RateLimited);
        QTest::newRow("21211") << 21211 << 400 << int(FailureKind::Recipient);
        QTest::newRow("21212") << 21212 << 400 << int(FailureKind::Sender);
        QTest::newRow("21408") << 21408 << 400 << int(FailureKind::Account);
        QTest::newRow("21606") << 21606 << 400 << int(FailureKind::Sender);
        QTest::newRow("21608") << 21608 << 400 << int(FailureKind::Account);
        QTest::newRow("21610") << 21610 << 400 << int(FailureKind::Recipient);
        QTest::newRow("21614") << 21614 << 400 << int(FailureKind::Recipient);
    }

    void everyListedErrorIsExplained()
    {
        QFETCH(int, code);
        QFETCH(int, status);
        QFETCH(int, failure);
        const SendOutcome outcome = twilio::parseSendResponse(status, errorBody(code, "Twilio's own words", status));
        QVERIFY(!outcome.accepted);
        QCOMPARE(outcome.httpStatus, status);
        QCOMPARE(outcome.providerCode, QString::number(code));
        QCOMPARE(int(outcome.failure), failure);
        QVERIFY(outcome.explanation.contains(QString::number(code)));
        QCOMPARE(outcome.explanation, twilio::explainErrorCode(code));
        QVERIFY(outcome.technicalDetail.contains(u"Twilio's own words"));
        QCOMPARE(outcome.retryLater, code == 20429);
    }

    void explanationsAreDistinct()
    {
        const QList<int> codes = twilio::explainedErrorCodes();
        for (const int required : { 20003, 21211, 21606, 21608, 21610, 21408, 20429, 21614 })
            QVERIFY(codes.contains(required));
        QSet<QString> seen;
        for (const int code : codes) {
            const QString explanation = twilio::explainErrorCode(code);
            QVERIFY(explanation.size() > 40);
            QVERIFY2(!seen.contains(explanation), qPrintable(explanation));
            seen.insert(explanation);
        }
        for (const int required :
            { 30001, 30002, 30003, 30004, 30005, 30006, 30007, 30008, 30009, 30010, 30032, 30034, 30450 })
            QVERIFY(codes.contains(required));
        QVERIFY(twilio::explainErrorCode(30011).isEmpty());
    }

    void unknownCodeUsesTwiliosMessage()
    {
        const SendOutcome outcome = twilio::parseSendResponse(
            400, errorBody(21617, "The concatenated message body exceeds the 1600 character limit", 400));
        QCOMPARE(outcome.providerCode, QStringLiteral("21617"));
        QVERIFY(outcome.explanation.contains(u"1600 character limit"));
        QVERIFY(outcome.explanation.contains(u"21617"));
        QCOMPARE(outcome.failure, FailureKind::Configuration);
    }

    void plainHttpErrors()
    {
        const SendOutcome tooMany = twilio::parseSendResponse(429, "Too Many Requests");
        QCOMPARE(tooMany.failure, FailureKind::RateLimited);
        QVERIFY(tooMany.retryLater);
        QVERIFY(tooMany.providerCode.isEmpty());
        QVERIFY(!tooMany.explanation.isEmpty());

        const SendOutcome unauthorized = twilio::parseSendResponse(401, "");
        QCOMPARE(unauthorized.failure, FailureKind::Authentication);

        const SendOutcome outage = twilio::parseSendResponse(503, "<html>Service Unavailable</html>");
        QCOMPARE(outage.failure, FailureKind::ProviderError);
        QVERIFY(outage.retryLater);
        QVERIFY(outage.explanation.contains(u"503"));
        QVERIFY(outage.technicalDetail.contains(u"Service Unavailable"));
    }

    // The Message resource of a SID, with the account's Basic credentials; a SID that is not one is refused.
    void messageStatusRequest()
    {
        const QString sid = QStringLiteral("SM") + QString(32, u'f');
        const BuildResult built = twilio::buildMessageStatusRequest(config(), secrets(), sid);
        QVERIFY(built.ok());
        QCOMPARE(built.request.method, HttpMethod::Get);
        QCOMPARE(built.request.url.path(),
            QStringLiteral("/2010-04-01/Accounts/%1/Messages/%2.json").arg(config().accountSid, sid));
        QVERIFY(built.request.headerValue("Authorization").startsWith("Basic "));
        const BuildResult bad = twilio::buildMessageStatusRequest(config(), secrets(), QStringLiteral("SM123/../x"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.errors.first().field, ConfigField::MessageId);
        QVERIFY(bad.request.url.isEmpty());
    }

    void messageStatusResponses_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("state");
        QTest::newRow("queued") << QStringLiteral("queued") << int(DeliveryState::Queued);
        QTest::newRow("accepted (Messaging Service)") << QStringLiteral("accepted") << int(DeliveryState::Queued);
        QTest::newRow("sending") << QStringLiteral("sending") << int(DeliveryState::Sending);
        QTest::newRow("sent") << QStringLiteral("sent") << int(DeliveryState::Sent);
        QTest::newRow("delivered") << QStringLiteral("delivered") << int(DeliveryState::Delivered);
        QTest::newRow("read") << QStringLiteral("read") << int(DeliveryState::Delivered);
        QTest::newRow("undelivered") << QStringLiteral("undelivered") << int(DeliveryState::Undelivered);
        QTest::newRow("failed") << QStringLiteral("failed") << int(DeliveryState::Failed);
        QTest::newRow("canceled") << QStringLiteral("canceled") << int(DeliveryState::Failed);
    }

    void messageStatusResponses()
    {
        QFETCH(QString, status);
        QFETCH(int, state);
        const QByteArray body
            = QJsonDocument(QJsonObject { { QStringLiteral("sid"), QStringLiteral("SM1") },
                                { QStringLiteral("status"), status }, { QStringLiteral("error_code"), QJsonValue() } })
                  .toJson();
        const DeliveryCheck check = twilio::parseMessageStatusResponse(200, body);
        QVERIFY(check.ok);
        QCOMPARE(int(check.status.state), state);
        QCOMPARE(check.status.errorCode, 0);
    }

    void messageStatusErrors()
    {
        // Undelivered with a code the console explains, and with one it does not (Twilio's words and the link).
        DeliveryCheck check = twilio::parseMessageStatusResponse(
            200, "{\"status\":\"undelivered\",\"error_code\":30005,\"error_message\":\"Unknown destination handset\"}");
        QCOMPARE(check.status.state, DeliveryState::Undelivered);
        QCOMPARE(check.status.errorCode, 30005);
        QCOMPARE(check.status.explanation, twilio::explainErrorCode(30005));
        check = twilio::parseMessageStatusResponse(
            200, "{\"status\":\"failed\",\"error_code\":30999,\"error_message\":\"Something new\"}");
        QVERIFY(check.status.explanation.contains(u"Something new"));
        QVERIFY(check.status.explanation.contains(u"https://www.twilio.com/docs/api/errors/30999"));
        // An unknown SID, a word the console does not know, credentials refused.
        check = twilio::parseMessageStatusResponse(404,
            "{\"code\":20404,\"message\":\"The requested resource was not "
            "found\",\"more_info\":\"https://www.twilio.com/docs/errors/20404\",\"status\":404}");
        QVERIFY(!check.ok);
        QCOMPARE(check.providerCode, QStringLiteral("20404"));
        QVERIFY(check.explanation.contains(u"no message with this SID"));
        check = twilio::parseMessageStatusResponse(200, "{\"status\":\"teleported\"}");
        QVERIFY(!check.ok);
        QCOMPARE(check.failure, FailureKind::UnexpectedResponse);
        check = twilio::parseMessageStatusResponse(401, "{\"code\":20003,\"message\":\"Authenticate\",\"status\":401}");
        QCOMPARE(check.failure, FailureKind::Authentication);
    }

    void accountCheckRequest()
    {
        const BuildResult result = twilio::buildAccountCheckRequest(config(), secrets());
        QVERIFY(result.ok());
        QCOMPARE(result.request.method, HttpMethod::Get);
        QCOMPARE(result.request.url.toString(), u"https://api.twilio.com/2010-04-01/Accounts/" + kSid + u".json");
        QVERIFY(result.request.body.isEmpty());
        QCOMPARE(QByteArray::fromBase64(result.request.headerValue("Authorization").mid(6)),
            QString(kSid + u':' + kToken).toUtf8());
        QVERIFY(!result.request.hasHeader("Content-Type"));
        QVERIFY(!twilio::buildAccountCheckRequest(config(), {}).ok());
    }

    void accountCheckResponses()
    {
        QJsonObject account;
        account.insert(u"sid", kSid);
        account.insert(u"friendly_name", QStringLiteral("My first account"));
        account.insert(u"status", QStringLiteral("active"));
        account.insert(u"type", QStringLiteral("Trial"));
        account.insert(u"auth_token", kToken); // Twilio really sends it back
        const twilio::AccountCheck trial = twilio::parseAccountCheckResponse(200, QJsonDocument(account).toJson());
        QVERIFY(trial.ok);
        QVERIFY(trial.isTrial());
        QCOMPARE(trial.friendlyName, QStringLiteral("My first account"));
        QCOMPARE(trial.status, QStringLiteral("active"));
        QVERIFY(trial.explanation.contains(u"verified"));
        QVERIFY(!trial.technicalDetail.contains(kToken));
        QVERIFY(!trial.explanation.contains(kToken));
        // The one sentence of every front end: it works, what a trial can do, and which account it is.
        QCOMPARE(trial.summary(), trial.explanation + QStringLiteral(" Account: My first account (Trial, active)."));
        QVERIFY(trial.summary().startsWith(u"The credentials work"));

        account.insert(u"type", QStringLiteral("Full"));
        account.insert(u"status", QStringLiteral("suspended"));
        const twilio::AccountCheck suspended = twilio::parseAccountCheckResponse(200, QJsonDocument(account).toJson());
        QVERIFY(!suspended.ok);
        QCOMPARE(suspended.failure, FailureKind::Account);
        QVERIFY(!suspended.isTrial());

        const twilio::AccountCheck refused
            = twilio::parseAccountCheckResponse(401, errorBody(20003, "Authenticate", 401));
        QVERIFY(!refused.ok);
        QCOMPARE(refused.providerCode, QStringLiteral("20003"));
        QCOMPARE(refused.failure, FailureKind::Authentication);
        QCOMPARE(refused.explanation, twilio::explainErrorCode(20003));
        QCOMPARE(refused.summary(), refused.explanation);

        const twilio::AccountCheck odd
            = twilio::parseAccountCheckResponse(200, QByteArray("{\"auth_token\": \"" + kToken.toUtf8() + "\"}"));
        QVERIFY(!odd.ok);
        QVERIFY(!odd.technicalDetail.contains(kToken));
    }

    void accountSidFormat()
    {
        QVERIFY(twilio::checkAccountSid(kSid).ok());
        QCOMPARE(twilio::checkAccountSid(u"").problem, FieldProblem::Empty);
        QCOMPARE(twilio::checkAccountSid(u"SK0123456789abcdef0123456789abcdef").problem, FieldProblem::WrongPrefix);
        QVERIFY(twilio::checkAccountSid(u"SK0123456789abcdef0123456789abcdef").message.contains(u"API key"));
        QCOMPARE(twilio::checkAccountSid(u"AC0123").problem, FieldProblem::WrongLength);
        QCOMPARE(
            twilio::checkAccountSid(u"AC0123456789abcdef0123456789abcdeg").problem, FieldProblem::InvalidCharacters);
        QVERIFY(!twilio::checkAccountSid(u"AC0123").message.isEmpty());
    }

    void authTokenFormat()
    {
        QVERIFY(twilio::checkAuthToken(kToken).ok());
        QVERIFY(twilio::checkAuthToken(kToken.toUpper()).ok());
        QCOMPARE(twilio::checkAuthToken(u"").problem, FieldProblem::Empty);
        QCOMPARE(twilio::checkAuthToken(QString(kToken + u'0')).problem, FieldProblem::WrongLength);
        QCOMPARE(twilio::checkAuthToken(QString(kToken).replace(0, 1, u'z')).problem, FieldProblem::InvalidCharacters);
    }

    void senderFormat_data()
    {
        QTest::addColumn<QString>("sender");
        QTest::addColumn<int>("problem");
        QTest::newRow("E.164") << QStringLiteral("+15005550006") << int(FieldProblem::None);
        QTest::newRow("8 digits") << QStringLiteral("+12345678") << int(FieldProblem::None);
        QTest::newRow("15 digits") << QStringLiteral("+123456789012345") << int(FieldProblem::None);
        QTest::newRow("7 digits") << QStringLiteral("+1234567") << int(FieldProblem::WrongLength);
        QTest::newRow("16 digits") << QStringLiteral("+1234567890123456") << int(FieldProblem::WrongLength);
        QTest::newRow("no plus") << QStringLiteral("15005550006") << int(FieldProblem::WrongPrefix);
        QTest::newRow("leading zero") << QStringLiteral("+0447700900123") << int(FieldProblem::LeadingZero);
        QTest::newRow("spaces") << QStringLiteral("+1 500 555 0006") << int(FieldProblem::InvalidCharacters);
        QTest::newRow("service") << kServiceSid << int(FieldProblem::None);
        QTest::newRow("short service") << QStringLiteral("MG0123") << int(FieldProblem::WrongLength);
        QTest::newRow("empty") << QString() << int(FieldProblem::Empty);
    }

    void senderFormat()
    {
        QFETCH(QString, sender);
        QFETCH(int, problem);
        const FieldCheck check = twilio::checkSender(sender);
        QCOMPARE(int(check.problem), problem);
        QCOMPARE(check.message.isEmpty(), problem == int(FieldProblem::None));
    }
};

QTEST_GUILESS_MAIN(TestTwilioProvider)
#include "TestTwilioProvider.moc"
