#include "../template/ReferenceFormDecoder.h"
#include "providers/CustomProvider.h"
#include "providers/Redaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace smsotp::providers;
using smsotp::testing::referenceFormValue;

namespace {

custom::Config jsonConfig()
{
    custom::Config c;
    c.url = QStringLiteral("https://sms.example.com/v1/send");
    c.format = smsotp::tmpl::PayloadFormat::Json;
    c.payloadTemplate = QStringLiteral("{\"to\": {{mobile}}, \"text\": {{body}}, \"key\": {{secret:apiKey}}}");
    c.headers = QStringLiteral("X-Client: console, X-Trace: \"a,b:c\"");
    return c;
}

custom::Secrets someSecrets()
{
    custom::Secrets s;
    s.named.insert(QStringLiteral("apiKey"), QStringLiteral("k3y\"with\\quote"));
    return s;
}

bool hasProblem(const BuildResult& result, ConfigField field)
{
    return std::any_of(
        result.errors.begin(), result.errors.end(), [field](const BuildProblem& p) { return p.field == field; });
}

const HttpHeader* header(const HttpRequestSpec& request, const char* name)
{
    for (const HttpHeader& h : request.headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            return &h;
    }
    return nullptr;
}

} // namespace

class TestCustomProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonRequest()
    {
        const QString text = QStringLiteral("Code: \"042917\"\nBye");
        custom::Config c = jsonConfig();
        c.method = HttpMethod::Put;
        c.timeout = std::chrono::milliseconds(3000);
        const BuildResult result = custom::buildSendRequest(c, someSecrets(), QStringLiteral("+447700900123"), text);
        QVERIFY2(result.ok(), result.errors.isEmpty() ? "" : qPrintable(result.errors.first().message));
        const HttpRequestSpec& request = result.request;
        QCOMPARE(request.method, HttpMethod::Put);
        QCOMPARE(request.url.toString(), QStringLiteral("https://sms.example.com/v1/send"));
        QCOMPARE(request.transferTimeout, std::chrono::milliseconds(3000));
        QCOMPARE(request.headerValue("Content-Type"), QByteArray("application/json"));
        QCOMPARE(request.headerValue("X-Client"), QByteArray("console"));
        QCOMPARE(request.headerValue("X-Trace"), QByteArray("a,b:c"));
        QVERIFY(!header(request, "X-Client")->isSecret);
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value(u"to").toString(), QStringLiteral("+447700900123"));
        QCOMPARE(body.value(u"text").toString(), text);
        QCOMPARE(body.value(u"key").toString(), QStringLiteral("k3y\"with\\quote"));
        QCOMPARE(request.secrets, QStringList { QStringLiteral("k3y\"with\\quote") });
    }

    void formRequest()
    {
        custom::Config c = jsonConfig();
        c.format = smsotp::tmpl::PayloadFormat::Form;
        c.payloadTemplate = QStringLiteral("to={{mobile}}&msg={{ body }}\n");
        const BuildResult result
            = custom::buildSendRequest(c, someSecrets(), QStringLiteral("+447700900123"), QStringLiteral("a&b=c d"));
        QVERIFY(result.ok());
        QCOMPARE(result.request.method, HttpMethod::Post);
        QCOMPARE(result.request.headerValue("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(result.request.body, QByteArray("to=%2B447700900123&msg=a%26b%3Dc+d"));
        QCOMPARE(referenceFormValue(result.request.body, QStringLiteral("to")), QStringLiteral("+447700900123"));
        QCOMPARE(referenceFormValue(result.request.body, QStringLiteral("msg")), QStringLiteral("a&b=c d"));
        QVERIFY(result.request.secrets.isEmpty());
    }

    void userContentTypeWins()
    {
        custom::Config c = jsonConfig();
        c.headers = QStringLiteral("content-type: application/vnd.api+json");
        const BuildResult result
            = custom::buildSendRequest(c, someSecrets(), QStringLiteral("+447700900123"), QStringLiteral("x"));
        QVERIFY(result.ok());
        int count = 0;
        for (const HttpHeader& h : result.request.headers)
            count += h.name.compare("content-type", Qt::CaseInsensitive) == 0 ? 1 : 0;
        QCOMPARE(count, 1);
        QCOMPARE(result.request.headerValue("Content-Type"), QByteArray("application/vnd.api+json"));
    }

    void headerSecrets()
    {
        custom::Config c = jsonConfig();
        c.payloadTemplate = QStringLiteral("{\"to\": {{mobile}}, \"text\": {{body}}}");
        c.headers = QStringLiteral("Authorization:, X-Sig: \"v1 {{secret:sig}}\", X-Plain: p");
        custom::Secrets s;
        s.headerValues.insert(QStringLiteral("authorization"), QStringLiteral("Bearer t0ken"));
        s.headerValues.insert(QStringLiteral("X-Api-Key"), QStringLiteral("k-123"));
        s.named.insert(QStringLiteral("sig"), QStringLiteral("s1g"));
        const BuildResult result = custom::buildSendRequest(c, s, QStringLiteral("+447700900123"), QStringLiteral("x"));
        QVERIFY2(result.ok(), result.errors.isEmpty() ? "" : qPrintable(result.errors.first().message));
        const HttpRequestSpec& request = result.request;
        QCOMPARE(header(request, "Authorization")->value, QByteArray("Bearer t0ken"));
        QVERIFY(header(request, "Authorization")->isSecret);
        QCOMPARE(header(request, "X-Sig")->value, QByteArray("v1 s1g"));
        QVERIFY(header(request, "X-Sig")->isSecret);
        QVERIFY(!header(request, "X-Plain")->isSecret);
        QCOMPARE(header(request, "X-Api-Key")->value, QByteArray("k-123")); // stored but not in the text: appended
        QVERIFY(header(request, "X-Api-Key")->isSecret);
        QStringList secrets = request.secrets;
        secrets.sort();
        QCOMPARE(
            secrets, (QStringList { QStringLiteral("Bearer t0ken"), QStringLiteral("k-123"), QStringLiteral("s1g") }));
    }

    void headerProblems()
    {
        custom::Config c = jsonConfig();
        c.headers = QStringLiteral("X-Sig: {{secret:missing}}, X-Body: {{body}}");
        const BuildResult result
            = custom::buildSendRequest(c, someSecrets(), QStringLiteral("+447700900123"), QStringLiteral("x"));
        QVERIFY(!result.ok());
        QVERIFY(hasProblem(result, ConfigField::NamedSecret));
        QVERIFY(hasProblem(result, ConfigField::Headers));

        c.headers = QStringLiteral("X-A: 1, Bad Name: 2");
        const BuildResult bad
            = custom::buildSendRequest(c, someSecrets(), QStringLiteral("+447700900123"), QStringLiteral("x"));
        QVERIFY(hasProblem(bad, ConfigField::Headers));
        QVERIFY(bad.errors.first().position.has_value());
        QCOMPARE(bad.errors.first().position->offset, qsizetype(11));

        custom::Secrets injected = someSecrets();
        injected.headerValues.insert(QStringLiteral("X-A"), QStringLiteral("v\r\nHost: evil"));
        c.headers = QStringLiteral("X-A:");
        const BuildResult crlf
            = custom::buildSendRequest(c, injected, QStringLiteral("+447700900123"), QStringLiteral("x"));
        QVERIFY(!crlf.ok());
        QVERIFY(crlf.request.headers.isEmpty());
    }

    void templateProblemsCarryPositions()
    {
        custom::Config c = jsonConfig();
        c.payloadTemplate = QStringLiteral("{\"to\": {{mobile}},\n \"text\": {{sms}}}");
        const BuildResult result
            = custom::buildSendRequest(c, someSecrets(), QStringLiteral("+447700900123"), QStringLiteral("x"));
        QVERIFY(!result.ok());
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().field, ConfigField::PayloadTemplate);
        QVERIFY(result.errors.first().position.has_value());
        QCOMPARE(result.errors.first().position->line, 2);
        QCOMPARE(result.errors.first().position->column, 10);

        c.payloadTemplate = QStringLiteral("  ");
        QVERIFY(
            hasProblem(custom::buildSendRequest(c, someSecrets(), QStringLiteral("+447700900123"), QStringLiteral("x")),
                ConfigField::PayloadTemplate));
        c = jsonConfig();
        const BuildResult noSecret
            = custom::buildSendRequest(c, {}, QStringLiteral("+447700900123"), QStringLiteral("x"));
        QVERIFY(hasProblem(noSecret, ConfigField::NamedSecret));
    }

    void urlPolicy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("problem");
        QTest::addColumn<bool>("warning");
        QTest::newRow("https") << QStringLiteral("https://sms.example.com/send") << int(UrlProblem::None) << false;
        QTest::newRow("https with port and query")
            << QStringLiteral("https://sms.example.com:8443/send?x=1") << int(UrlProblem::None) << false;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080/sms") << int(UrlProblem::None) << true;
        QTest::newRow("http LOCALHOST.") << QStringLiteral("http://LOCALHOST.:8080/sms") << int(UrlProblem::None)
                                         << true;
        QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1/sms") << int(UrlProblem::None) << true;
        QTest::newRow("http 127.1.2.3") << QStringLiteral("http://127.1.2.3/sms") << int(UrlProblem::None) << true;
        QTest::newRow("http ::1") << QStringLiteral("http://[::1]:9000/") << int(UrlProblem::None) << true;
        QTest::newRow("http remote") << QStringLiteral("http://sms.example.com/send") << int(UrlProblem::InsecureHttp)
                                     << false;
        QTest::newRow("http 128.0.0.1") << QStringLiteral("http://128.0.0.1/") << int(UrlProblem::InsecureHttp)
                                        << false;
        QTest::newRow("http localhost.evil")
            << QStringLiteral("http://localhost.evil.com/") << int(UrlProblem::InsecureHttp) << false;
        QTest::newRow("http 10.0.0.1") << QStringLiteral("http://10.0.0.1/") << int(UrlProblem::InsecureHttp) << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com/") << int(UrlProblem::UnsupportedScheme) << false;
        QTest::newRow("credentials") << QStringLiteral("https://user:pw@example.com/")
                                     << int(UrlProblem::EmbeddedCredentials) << false;
        QTest::newRow("relative") << QStringLiteral("sms.example.com/send") << int(UrlProblem::Malformed) << false;
        QTest::newRow("empty") << QStringLiteral("  ") << int(UrlProblem::Empty) << false;
    }

    void urlPolicy()
    {
        QFETCH(QString, url);
        QFETCH(int, problem);
        QFETCH(bool, warning);
        const UrlCheck check = custom::checkUrl(url);
        QCOMPARE(int(check.problem), problem);
        QCOMPARE(check.message.isEmpty(), problem == int(UrlProblem::None));
        QCOMPARE(check.plainHttpToLoopback, warning);
        QCOMPARE(check.warning.isEmpty(), !warning);

        custom::Config c = jsonConfig();
        c.url = url;
        const BuildResult result
            = custom::buildSendRequest(c, someSecrets(), QStringLiteral("+447700900123"), QStringLiteral("x"));
        QCOMPARE(result.ok(), problem == int(UrlProblem::None));
        QCOMPARE(result.warnings.isEmpty(), !warning);
        if (problem == int(UrlProblem::InsecureHttp))
            QCOMPARE(result.errors.first().kind, BuildErrorKind::Insecure);
    }

    void successCriterion()
    {
        custom::SuccessCriterion any2xx;
        QVERIFY(custom::parseSendResponse(any2xx, 200, "").accepted);
        QVERIFY(custom::parseSendResponse(any2xx, 201, "").accepted);
        QVERIFY(custom::parseSendResponse(any2xx, 299, "").accepted);
        QVERIFY(!custom::parseSendResponse(any2xx, 302, "").accepted);
        const SendOutcome notFound = custom::parseSendResponse(any2xx, 404, "<html>nope</html>");
        QVERIFY(!notFound.accepted);
        QCOMPARE(notFound.failure, FailureKind::Configuration);
        QVERIFY(notFound.explanation.contains(u"404"));
        QVERIFY(notFound.technicalDetail.contains(u"nope"));
        QCOMPARE(custom::parseSendResponse(any2xx, 401, "").failure, FailureKind::Authentication);
        QVERIFY(custom::parseSendResponse(any2xx, 503, "").retryLater);

        custom::SuccessCriterion wso2; // what WSO2 itself accepts
        wso2.statuses = { 200, 202 };
        QVERIFY(custom::parseSendResponse(wso2, 202, "").accepted);
        const SendOutcome created = custom::parseSendResponse(wso2, 201, "");
        QVERIFY(!created.accepted);
        QCOMPARE(created.failure, FailureKind::UnexpectedResponse);
        QVERIFY(created.explanation.contains(u"200, 202"));

        custom::SuccessCriterion substring;
        substring.bodyMatch = custom::BodyMatch::Substring;
        substring.bodyPattern = QStringLiteral("\"ok\":true");
        QVERIFY(custom::parseSendResponse(substring, 200, "{\"ok\":true}").accepted);
        const SendOutcome noMatch = custom::parseSendResponse(substring, 200, "{\"ok\":false}");
        QVERIFY(!noMatch.accepted);
        QVERIFY(noMatch.explanation.contains(substring.bodyPattern));
        QVERIFY(!custom::parseSendResponse(substring, 500, "{\"ok\":true}").accepted);

        custom::SuccessCriterion regex;
        regex.bodyMatch = custom::BodyMatch::RegularExpression;
        regex.bodyPattern = QStringLiteral("^\\s*\\{\"status\"\\s*:\\s*\"(queued|sent)\"");
        QVERIFY(custom::parseSendResponse(regex, 200, " {\"status\": \"queued\"}").accepted);
        QVERIFY(!custom::parseSendResponse(regex, 200, "{\"status\": \"failed\"}").accepted);

        custom::SuccessCriterion broken;
        broken.bodyMatch = custom::BodyMatch::RegularExpression;
        broken.bodyPattern = QStringLiteral("(unclosed");
        QCOMPARE(custom::checkSuccessCriterion(broken).size(), 1);
        QCOMPARE(custom::parseSendResponse(broken, 200, "(unclosed").failure, FailureKind::Configuration);
        custom::SuccessCriterion badStatus;
        badStatus.statuses = { 200, 2000 };
        QCOMPARE(custom::checkSuccessCriterion(badStatus).size(), 1);
        custom::SuccessCriterion emptyPattern;
        emptyPattern.bodyMatch = custom::BodyMatch::Substring;
        QCOMPARE(custom::checkSuccessCriterion(emptyPattern).size(), 1);
        QVERIFY(custom::checkSuccessCriterion(any2xx).isEmpty());
    }

    void messageIdIsFoundButNotRequired_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("id");
        QTest::newRow("id") << QByteArray("{\"id\": \"abc\"}") << QStringLiteral("abc");
        QTest::newRow("messageId number") << QByteArray("{\"messageId\": 42}") << QStringLiteral("42");
        QTest::newRow("message_id") << QByteArray("{\"status\": 1, \"message_id\": \"m-1\"}") << QStringLiteral("m-1");
        QTest::newRow("sid") << QByteArray("{\"sid\": \"SM1\"}") << QStringLiteral("SM1");
        QTest::newRow("nested data") << QByteArray("{\"data\": {\"messageId\": \"d-9\"}}") << QStringLiteral("d-9");
        QTest::newRow("messages array") << QByteArray("{\"messages\": [{\"message-id\": \"0A01\"}]}")
                                        << QStringLiteral("0A01");
        QTest::newRow("empty array") << QByteArray("{\"messages\": []}") << QString();
        QTest::newRow("none") << QByteArray("{\"ok\": true}") << QString();
        QTest::newRow("fraction is not an id") << QByteArray("{\"id\": 1.5}") << QString();
        QTest::newRow("largest exact integer")
            << QByteArray("{\"id\": 9007199254740992}") << QStringLiteral("9007199254740992");
        QTest::newRow("negative id") << QByteArray("{\"id\": -7}") << QStringLiteral("-7");
        QTest::newRow("too large for an id") << QByteArray("{\"id\": 8.66667e86}") << QString();
        QTest::newRow("beyond exact integers") << QByteArray("{\"id\": 18014398509481988}") << QString();
        QTest::newRow("not json") << QByteArray("OK") << QString();
    }

    void messageIdIsFoundButNotRequired()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, id);
        QCOMPARE(custom::findMessageId(body), id);
        const SendOutcome outcome = custom::parseSendResponse({}, 200, body);
        QVERIFY(outcome.accepted);
        QCOMPARE(outcome.messageId, id);
    }

    void examplesRender()
    {
        using smsotp::tmpl::PayloadFormat;
        for (const auto format : { PayloadFormat::Json, PayloadFormat::Form, PayloadFormat::Text, PayloadFormat::Xml,
                 PayloadFormat::None }) {
            custom::Config c = jsonConfig();
            c.format = format;
            c.payloadTemplate = custom::exampleTemplate(format);
            if (format == PayloadFormat::None)
                c.url += QStringLiteral("?to={{mobile}}&text={{body}}");
            const BuildResult result
                = custom::buildSendRequest(c, someSecrets(), QStringLiteral("+447700900123"), QStringLiteral("x"));
            QVERIFY2(result.ok(), qPrintable(result.errors.value(0).message));
            QCOMPARE(result.request.headerValue("Content-Type"), smsotp::tmpl::contentTypeOf(format));
        }
    }

    void getTakesEverythingInTheUrl()
    {
        custom::Config c;
        c.method = HttpMethod::Get;
        c.format = smsotp::tmpl::PayloadFormat::None;
        c.url = QStringLiteral("https://gw.example.org/cgi-bin/sendsms?to={{mobile}}&text={{body}}&from={{sender}}"
                               "&ref={{uuid}}");
        c.sender = QStringLiteral("Acme Bank");
        const BuildResult result = custom::buildSendRequest(
            c, {}, QStringLiteral("+447700900123"), QStringLiteral("Your code is 123456 & more"));
        QVERIFY2(result.ok(), qPrintable(result.errors.value(0).message));
        const HttpRequestSpec& request = result.request;
        QCOMPARE(request.method, HttpMethod::Get);
        QVERIFY(request.body.isEmpty());
        QVERIFY(!request.hasHeader("Content-Type"));
        const QUrlQuery query(request.url);
        QCOMPARE(query.queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded), QStringLiteral("+447700900123"));
        QCOMPARE(query.queryItemValue(QStringLiteral("text"), QUrl::FullyDecoded),
            QStringLiteral("Your code is 123456 & more"));
        QCOMPARE(query.queryItemValue(QStringLiteral("from"), QUrl::FullyDecoded), QStringLiteral("Acme Bank"));
        QCOMPARE(query.queryItemValue(QStringLiteral("ref")).size(), 36);
        QVERIFY(request.url.toEncoded().contains("to=%2B447700900123"));

        // Each message gets its own {{uuid}}.
        const BuildResult again = custom::buildSendRequest(c, {}, QStringLiteral("+447700900123"), QStringLiteral("x"));
        QVERIFY(QUrlQuery(again.request.url).queryItemValue(QStringLiteral("ref"))
            != query.queryItemValue(QStringLiteral("ref")));
    }

    void badInputIsRefusedWithItsField_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("field");
        QTest::newRow("body for GET") << QStringLiteral("get-with-body") << int(ConfigField::Method);
        QTest::newRow("placeholder in host") << QStringLiteral("host") << int(ConfigField::Url);
        QTest::newRow("xml that cannot parse") << QStringLiteral("xml") << int(ConfigField::PayloadTemplate);
        QTest::newRow("json that cannot parse") << QStringLiteral("json") << int(ConfigField::PayloadTemplate);
        QTest::newRow("pointer that is not one") << QStringLiteral("pointer") << int(ConfigField::SuccessCriterion);
        QTest::newRow("regex that does not compile") << QStringLiteral("regex") << int(ConfigField::SuccessCriterion);
        QTest::newRow("api key header name") << QStringLiteral("key name") << int(ConfigField::Authentication);
        QTest::newRow("missing auth secret") << QStringLiteral("no secret") << int(ConfigField::Authentication);
        QTest::newRow("basic user with colon") << QStringLiteral("user") << int(ConfigField::Authentication);
        QTest::newRow("two message id rules") << QStringLiteral("two ids") << int(ConfigField::SuccessCriterion);
    }

    void badInputIsRefusedWithItsField()
    {
        QFETCH(QString, change);
        QFETCH(int, field);
        custom::Config c = jsonConfig();
        custom::Secrets secrets = someSecrets();
        if (change == u"get-with-body") {
            c.method = HttpMethod::Get;
        } else if (change == u"host") {
            c.url = QStringLiteral("https://{{sender}}.example.org/send");
        } else if (change == u"xml") {
            c.format = smsotp::tmpl::PayloadFormat::Xml;
            c.payloadTemplate = QStringLiteral("<sms><to>{{mobile}}</to><text>{{body}}</txt></sms>");
        } else if (change == u"json") {
            c.payloadTemplate = QStringLiteral("{\"to\": {{mobile}} \"text\": {{body}}}");
        } else if (change == u"pointer") {
            c.success.bodyMatch = custom::BodyMatch::JsonValue;
            c.success.jsonPointer = QStringLiteral("messages[0].status");
        } else if (change == u"regex") {
            c.success.messageIdRegex = QStringLiteral("id=(\\d+");
        } else if (change == u"key name") {
            c.auth = { custom::AuthKind::ApiKey, {}, QStringLiteral("X Api Key"), custom::ApiKeyPlace::Header };
            secrets.authSecret = QStringLiteral("k");
        } else if (change == u"no secret") {
            c.auth.kind = custom::AuthKind::Bearer;
        } else if (change == u"user") {
            c.auth = { custom::AuthKind::Basic, QStringLiteral("a:b"), {}, custom::ApiKeyPlace::Header };
            secrets.authSecret = QStringLiteral("p");
        } else if (change == u"two ids") {
            c.success.messageIdPointer = QStringLiteral("/id");
            c.success.messageIdRegex = QStringLiteral("id=(\\d+)");
        }
        const BuildResult result
            = custom::buildSendRequest(c, secrets, QStringLiteral("+447700900123"), QStringLiteral("Code 1"));
        QVERIFY(!result.ok());
        QVERIFY2(hasProblem(result, ConfigField(field)), qPrintable(result.errors.first().message));
        QVERIFY(!result.errors.first().message.isEmpty());
        QVERIFY(result.request.url.isEmpty()); // nothing to send
    }

    void authenticationKinds()
    {
        custom::Config c = jsonConfig();
        custom::Secrets secrets = someSecrets();
        secrets.authSecret = QStringLiteral("s3cr\u00e9t+/=");
        const auto build = [&] {
            const BuildResult result
                = custom::buildSendRequest(c, secrets, QStringLiteral("+447700900123"), QStringLiteral("Code 1"));
            if (!result.ok())
                qWarning() << result.errors.first().message;
            return result.request;
        };

        c.auth = { custom::AuthKind::Basic, QStringLiteral("acme"), {}, custom::ApiKeyPlace::Header };
        HttpRequestSpec request = build();
        QCOMPARE(
            request.headerValue("Authorization"), "Basic " + QStringLiteral("acme:s3cr\u00e9t+/=").toUtf8().toBase64());
        QVERIFY(header(request, "Authorization")->isSecret);
        QVERIFY(request.secrets.contains(secrets.authSecret));

        c.auth.kind = custom::AuthKind::Bearer;
        request = build();
        QCOMPARE(request.headerValue("Authorization"), "Bearer " + secrets.authSecret.toUtf8());

        c.auth = { custom::AuthKind::ApiKey, {}, QStringLiteral("X-API-Key"), custom::ApiKeyPlace::Header };
        request = build();
        QCOMPARE(request.headerValue("X-API-Key"), secrets.authSecret.toUtf8());
        QVERIFY(header(request, "X-API-Key")->isSecret);

        c.auth.place = custom::ApiKeyPlace::Query;
        c.auth.keyName = QStringLiteral("api_key");
        c.url = QStringLiteral("https://sms.example.com/v1/send?to={{mobile}}");
        request = build();
        QCOMPARE(
            QUrlQuery(request.url).queryItemValue(QStringLiteral("api_key"), QUrl::FullyDecoded), secrets.authSecret);
        QCOMPARE(QUrlQuery(request.url).queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded),
            QStringLiteral("+447700900123"));
        // Shown anywhere, the key is redacted: in the URL too.
        const RedactedRequest shown = redactRequest(request);
        QVERIFY(!shown.url.contains(secrets.authSecret));
        QVERIFY(!shown.url.contains(QString::fromLatin1(QUrl::toPercentEncoding(secrets.authSecret))));
        QVERIFY(shown.url.contains(kRedactionMark));
    }

    void answerRules()
    {
        custom::SuccessCriterion criterion;
        criterion.statuses = { 200 };
        criterion.bodyMatch = custom::BodyMatch::JsonValue;
        criterion.jsonPointer = QStringLiteral("/messages/0/status");
        criterion.jsonValue = QStringLiteral("0");
        criterion.messageIdPointer = QStringLiteral("/messages/0/message-id");
        criterion.errorPointer = QStringLiteral("/messages/0/error-text");
        QVERIFY(custom::checkSuccessCriterion(criterion).isEmpty());

        SendOutcome ok
            = custom::parseSendResponse(criterion, 200, "{\"messages\": [{\"status\": 0, \"message-id\": \"m-1\"}]}");
        QVERIFY(ok.accepted);
        QCOMPARE(ok.messageId, QStringLiteral("m-1"));

        SendOutcome refused = custom::parseSendResponse(
            criterion, 200, "{\"messages\": [{\"status\": \"4\", \"error-text\": \"Bad Credentials\"}]}");
        QVERIFY(!refused.accepted);
        QCOMPARE(refused.failure, FailureKind::UnexpectedResponse);
        QVERIFY2(refused.explanation.contains(u"Bad Credentials"), qPrintable(refused.explanation));
        QVERIFY(refused.explanation.contains(u"“4”"));

        SendOutcome missing = custom::parseSendResponse(criterion, 200, "not json");
        QVERIFY(!missing.accepted);
        QVERIFY(missing.explanation.contains(criterion.jsonPointer));

        // The gateway's words lead the explanation of an HTTP error too.
        criterion.errorPointer = QStringLiteral("/error");
        SendOutcome unauthorized
            = custom::parseSendResponse(criterion, 401, "{\"api_id\": \"x\", \"error\": \"authentication failed\"}");
        QVERIFY(unauthorized.explanation.startsWith(u"The gateway says: “authentication failed”"));

        custom::SuccessCriterion regex;
        regex.messageIdRegex = QStringLiteral("^0: Accepted .*id=(\\w+)");
        QCOMPARE(custom::parseSendResponse(regex, 202, "0: Accepted for delivery id=abc123").messageId,
            QStringLiteral("abc123"));
        regex.messageIdRegex = QStringLiteral("[0-9]+");
        QCOMPARE(custom::parseSendResponse(regex, 202, "queued 42").messageId, QStringLiteral("42"));
    }
};

QTEST_GUILESS_MAIN(TestCustomProvider)
#include "TestCustomProvider.moc"
