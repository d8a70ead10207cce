#include "providers/CustomProvider.h"
#include "providers/Redaction.h"
#include "providers/TwilioProvider.h"
#include "providers/VonageProvider.h"
#include "template/FormUrlEncoding.h"

#include <QTest>

using namespace smsotp::providers;

namespace {

// Every byte sequence a secret could leave behind: as typed, every encoding the console uses, and the
// Base64 of the user:password pair of HTTP Basic.
QList<QByteArray> leaks(const QString& secret, const QString& user = {})
{
    QList<QByteArray> all = secretEncodings(secret);
    if (!user.isEmpty()) {
        const QByteArray pair = QString(user + u':' + secret).toUtf8();
        all.append(pair.toBase64());
        all.append(pair);
    }
    return all;
}

QByteArray everything(const RedactedRequest& redacted)
{
    QByteArray bytes = redacted.toText().toUtf8();
    bytes += redacted.url.toUtf8();
    bytes += redacted.wireUrl.toUtf8();
    for (const HttpHeader& header : redacted.headers)
        bytes += header.name + ": " + header.value + '\n';
    bytes += redacted.body;
    return bytes;
}

void verifyNoLeak(const RedactedRequest& redacted, const QList<QByteArray>& patterns)
{
    const QByteArray all = everything(redacted);
    for (const QByteArray& pattern : patterns)
        QVERIFY2(!all.contains(pattern), QByteArray("leaked " + pattern + " in\n" + all).constData());
}

const QString kMark = kRedactionMark.toString();

} // namespace

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void markIsThreeBullets()
    {
        QCOMPARE(kRedactionMark.size(), 3);
        QCOMPARE(kMark.toUtf8(), QByteArray("\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2"));
    }

    void twilioRequest()
    {
        twilio::Config config;
        config.accountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
        config.sender = QStringLiteral("+15005550006");
        const QString token = QStringLiteral("fedcba9876543210fedcba9876543210");
        const BuildResult result = twilio::buildSendRequest(
            config, { token }, QStringLiteral("+447700900123"), QStringLiteral("Your code is 042917"));
        QVERIFY(result.ok());
        const RedactedRequest redacted = redactRequest(result.request);
        verifyNoLeak(redacted, leaks(token, config.accountSid));
        QCOMPARE(redacted.headers.first().value, QByteArray("Basic " + kMark.toUtf8()));
        QVERIFY(redacted.toText().startsWith(u"POST https://api.twilio.com/2010-04-01/Accounts/" + config.accountSid));
        QVERIFY(redacted.toText().contains(u"Body=Your+code+is+042917")); // what is not secret stays readable
        QVERIFY(redacted.body.contains("To=%2B447700900123"));
    }

    void vonageRequest()
    {
        vonage::Config config;
        config.apiKey = QStringLiteral("abcd1234");
        config.sender = QStringLiteral("Acme");
        const QString secret = QStringLiteral("p+ss/w0rd\"x:y");
        const BuildResult result
            = vonage::buildSendRequest(config, { secret }, QStringLiteral("+447700900123"), QStringLiteral("hi"));
        QVERIFY(result.ok());
        const RedactedRequest redacted = redactRequest(result.request);
        verifyNoLeak(redacted, leaks(secret, config.apiKey));
        QVERIFY(redacted.toText().contains(u"Authorization: Basic " + kMark));

        const BuildResult balance = vonage::buildBalanceRequest(config, { secret });
        verifyNoLeak(redactRequest(balance.request), leaks(secret, config.apiKey));
    }

    void formFieldsQueryAndJsonBodies()
    {
        // The 2020 Vonage style: the secret as a form field and as a query parameter.
        const QString secret = QStringLiteral("S3cr+t &=/é");
        HttpRequestSpec request;
        request.url = QUrl(QStringLiteral("https://rest.nexmo.com/account/get-balance"));
        request.url.setQuery(
            QStringLiteral("api_key=abcd1234&api_secret=") + QString::fromLatin1(smsotp::tmpl::formUrlEncode(secret)));
        request.body = smsotp::tmpl::formUrlEncodeFields(
            { { QStringLiteral("api_key"), QStringLiteral("abcd1234") }, { QStringLiteral("api_secret"), secret } });
        request.secrets = { secret };
        const RedactedRequest redacted = redactRequest(request);
        verifyNoLeak(redacted, leaks(secret));
        QVERIFY(redacted.body.startsWith("api_key=abcd1234&api_secret="));
        QVERIFY(redacted.url.contains(u"api_key=abcd1234"));
        QVERIFY(redacted.url.contains(kMark));

        // A JSON body holds the escaped form of a secret with quotes and backslashes.
        const QString jsonSecret = QStringLiteral("a\"b\\c\u2028");
        custom::Config config;
        config.url = QStringLiteral("https://sms.example.com/send");
        config.payloadTemplate = QStringLiteral("{\"key\": {{secret:k}}, \"text\": {{body}}}");
        custom::Secrets secrets;
        secrets.named.insert(QStringLiteral("k"), jsonSecret);
        const BuildResult json
            = custom::buildSendRequest(config, secrets, QStringLiteral("+447700900123"), QStringLiteral("x"));
        QVERIFY(json.ok());
        QVERIFY(json.request.body.contains("a\\\"b\\\\c\\u2028"));
        const RedactedRequest redactedJson = redactRequest(json.request);
        verifyNoLeak(redactedJson, leaks(jsonSecret));
        QCOMPARE(redactedJson.body, QByteArray("{\"key\": \"" + kMark.toUtf8() + "\", \"text\": \"x\"}"));
    }

    void secretHeaders()
    {
        custom::Config config;
        config.url = QStringLiteral("https://sms.example.com/send");
        config.payloadTemplate = QStringLiteral("{\"text\": {{body}}}");
        config.headers = QStringLiteral("Authorization:, X-Api-Key:, X-Sig: \"v1 {{secret:sig}}\"");
        custom::Secrets secrets;
        secrets.headerValues.insert(QStringLiteral("Authorization"), QStringLiteral("Bearer eyJhbGciOi.token"));
        secrets.headerValues.insert(QStringLiteral("X-Api-Key"), QStringLiteral("first-word second"));
        secrets.named.insert(QStringLiteral("sig"), QStringLiteral("s1gnature"));
        const BuildResult result
            = custom::buildSendRequest(config, secrets, QStringLiteral("+447700900123"), QStringLiteral("x"));
        QVERIFY(result.ok());
        const RedactedRequest redacted = redactRequest(result.request);
        QCOMPARE(redacted.headers.at(0).value, QByteArray("Bearer " + kMark.toUtf8())); // the scheme is kept
        QCOMPARE(redacted.headers.at(1).value, kMark.toUtf8()); // not a scheme: nothing of it is kept
        QCOMPARE(redacted.headers.at(2).value, kMark.toUtf8());
        verifyNoLeak(redacted, leaks(QStringLiteral("eyJhbGciOi.token")));
        verifyNoLeak(redacted, leaks(QStringLiteral("first-word second")));
        verifyNoLeak(redacted, { QByteArray("first-word"), QByteArray("s1gnature") });
    }

    // A custom provider keeps every header value in the keychain, Content-Type too: only credentials are masked.
    void representationHeadersStayInClear()
    {
        custom::Config config;
        config.url = QStringLiteral("https://sms.example.com/send");
        config.payloadTemplate = QStringLiteral("{\"text\": {{body}}, \"kind\": \"application/json\"}");
        config.headers = QStringLiteral("Content-Type:, Accept:, Authorization:");
        custom::Secrets secrets;
        secrets.headerValues.insert(QStringLiteral("Content-Type"), QStringLiteral("application/json"));
        secrets.headerValues.insert(QStringLiteral("Accept"), QStringLiteral("application/json"));
        secrets.headerValues.insert(QStringLiteral("Authorization"), QStringLiteral("Bearer t0ken-value"));
        const BuildResult result
            = custom::buildSendRequest(config, secrets, QStringLiteral("+447700900123"), QStringLiteral("x"));
        QVERIFY(result.ok());
        const RedactedRequest redacted = redactRequest(result.request);
        QCOMPARE(redacted.headers.at(0).value, QByteArray("application/json"));
        QCOMPARE(redacted.headers.at(1).value, QByteArray("application/json"));
        QCOMPARE(redacted.headers.at(2).value, QByteArray("Bearer " + kMark.toUtf8()));
        QVERIFY(redacted.body.contains("\"kind\": \"application/json\""));
        verifyNoLeak(redacted, leaks(QStringLiteral("t0ken-value")));
        QVERIFY(redacted.toText().contains(QStringLiteral("Content-Type: application/json\n")));
    }

    void unmarkedBasicHeaderIsCaughtByItsContent()
    {
        HttpRequestSpec request;
        request.url = QUrl(QStringLiteral("https://example.com/"));
        request.headers.append({ "Authorization", "Basic " + QByteArray("user:hunter22").toBase64(), false });
        request.secrets = { QStringLiteral("hunter22") };
        const RedactedRequest redacted = redactRequest(request);
        QCOMPARE(redacted.headers.first().value, QByteArray("Basic " + kMark.toUtf8()));
        verifyNoLeak(redacted, leaks(QStringLiteral("hunter22"), QStringLiteral("user")));
    }

    void passwordInUrl()
    {
        HttpRequestSpec request;
        request.url = QUrl(QStringLiteral("https://user:pa55word@example.com/send?token=pa55word"));
        const RedactedRequest redacted = redactRequest(request);
        QVERIFY(!redacted.url.contains(u"pa55word"));
        QVERIFY(redacted.url.contains(u"user"));
    }

    // The URL as sent keeps its encoding (a "+" in a number is %2B, which a gateway would otherwise read as a
    // space) and hides a key in the query in whatever encoding it travels.
    void wireUrlKeepsTheEncodingAndHidesTheKey()
    {
        custom::Config config;
        config.method = HttpMethod::Get;
        config.format = smsotp::tmpl::PayloadFormat::None;
        config.url = QStringLiteral("https://gw.example.org/send?to={{mobile}}&text={{body}}");
        config.auth = { custom::AuthKind::ApiKey, {}, QStringLiteral("key"), custom::ApiKeyPlace::Query };
        custom::Secrets secrets;
        secrets.authSecret = QStringLiteral("k3y+/= &x");
        const BuildResult built
            = custom::buildSendRequest(config, secrets, QStringLiteral("+447700900123"), QStringLiteral("a b"));
        QVERIFY(built.ok());
        const RedactedRequest redacted = redactRequest(built.request);
        QVERIFY2(redacted.wireUrl.startsWith(u"https://gw.example.org/send?to=%2B447700900123&text=a%20b&key="),
            qPrintable(redacted.wireUrl));
        QVERIFY(redacted.wireUrl.endsWith(kMark));
        verifyNoLeak(redacted, leaks(secrets.authSecret));
    }

    void textAndBytesHelpers()
    {
        QCOMPARE(redactText(u"key=abc, again abc", { QStringLiteral("abc") }), u"key=" + kMark + u", again " + kMark);
        QCOMPARE(redactBytes("nothing here", { QStringLiteral("abc"), QString() }), QByteArray("nothing here"));
        // The longer secret goes first, so no part of it survives next to a shorter one.
        QCOMPARE(redactText(u"abcdef", { QStringLiteral("abc"), QStringLiteral("abcdef") }), kMark);
        QVERIFY(secretEncodings(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "TestRedaction.moc"
