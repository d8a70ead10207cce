// The console -> WSO2 mapping (sender body, connector properties), its refusals, and the field-by-field diff.

#include "wso2/Wso2Diff.h"
#include "wso2/Wso2Mapping.h"
#include "wso2/Wso2Requests.h"

#include <QJsonArray>
#include <QtTest>

using namespace smsotp;
using namespace smsotp::wso2;
using providers::ProviderKind;

namespace {

providers::CustomSetup customSetup()
{
    providers::CustomSetup s;
    s.config.url = QStringLiteral("https://sms.example.com/send");
    s.config.format = tmpl::PayloadFormat::Json;
    s.config.method = providers::HttpMethod::Put;
    s.config.payloadTemplate = QStringLiteral("{\"to\": {{ mobile }}, \"text\": {{body}}}\n");
    s.config.headers = QStringLiteral("X-Api-Key: , Accept: application/json");
    s.secrets.headerValues.insert(QStringLiteral("X-Api-Key"), QStringLiteral("k3y-value-123"));
    return s;
}

bool hasRefusal(const SenderMapping& m, RefusalKind kind)
{
    for (const Refusal& r : m.refusals) {
        if (r.kind == kind)
            return !r.message.isEmpty();
    }
    return false;
}

} // namespace

class TestWso2Mapping : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void requestBodiesExportHoldsPlaceholdersNotSecrets()
    {
        providers::CustomSetup c = customSetup();
        c.config.payloadTemplate = QStringLiteral("{\"to\": {{mobile}}, \"text\": {{body}}, \"k\": {{secret:KEY}}}");
        c.secrets.named.insert(QStringLiteral("KEY"), QStringLiteral("named-s3cret-value"));
        otp::OtpPolicy policy;
        policy.length = 9;
        const RequestBodiesExport exported = exportRequestBodies(ProviderKind::Custom, c, policy);
        QVERIFY(exported.ok());
        const QByteArray text = exported.document.toJson();
        QVERIFY(!text.contains("k3y-value-123"));
        QVERIFY(!text.contains("named-s3cret-value"));
        QVERIFY(!text.contains("application/json\"")); // the Accept header's value is a secret like any other
        const QJsonObject root = exported.document.object();
        QCOMPARE(root.value(u"format").toString(), QStringLiteral("smsotp-console-wso2-requests"));
        const QJsonArray requests = root.value(u"requests").toArray();
        QCOMPARE(requests.size(), 3);
        // The same bodies as a push of the same setup, with the secrets as placeholders.
        providers::CustomSetup masked = c;
        masked.secrets.headerValues = { { QStringLiteral("X-Api-Key"), QStringLiteral("<value of header X-Api-Key>") },
            { QStringLiteral("Accept"), QStringLiteral("<value of header Accept>") } };
        masked.secrets.named = { { QStringLiteral("KEY"), QStringLiteral("<secret KEY>") } };
        MappingOptions consent;
        consent.inlineNamedSecrets = true;
        const SenderMapping push = mapSender(ProviderKind::Custom, masked, consent);
        QVERIFY(push.ok());
        QCOMPARE(requests.at(0).toObject().value(u"method").toString(), QStringLiteral("POST"));
        QCOMPARE(requests.at(0).toObject().value(u"path").toString(), QStringLiteral("/v1/notification-senders/sms"));
        QCOMPARE(requests.at(0).toObject().value(u"body").toObject(), senderToJson(push.sender, false));
        QCOMPARE(requests.at(1).toObject().value(u"method").toString(), QStringLiteral("PUT"));
        QCOMPARE(requests.at(1).toObject().value(u"path").toString(),
            QStringLiteral("/v1/notification-senders/sms/SMSPublisher"));
        QCOMPARE(requests.at(1).toObject().value(u"body").toObject(), senderToJson(push.sender, true));
        QCOMPARE(requests.at(2).toObject().value(u"method").toString(), QStringLiteral("PATCH"));
        QCOMPARE(requests.at(2).toObject().value(u"path").toString(),
            QStringLiteral("/v1/identity-governance/TXVsdGkgRmFjdG9yIEF1dGhlbnRpY2F0b3Jz/connectors/"
                           "c21zLW90cC1hdXRoZW50aWNhdG9y"));
        QCOMPARE(requests.at(2).toObject().value(u"body").toObject(), connectorPatchBody(connectorProperties(policy)));
        QVERIFY(text.contains("\"9\""));
        QStringList listed;
        for (const QJsonValue& v : root.value(u"secretsToFillIn").toArray())
            listed.append(v.toObject().value(u"placeholder").toString());
        listed.sort();
        QCOMPARE(listed,
            (QStringList { QStringLiteral("<secret KEY>"), QStringLiteral("<value of header Accept>"),
                QStringLiteral("<value of header X-Api-Key>") }));

        providers::TwilioSetup t;
        t.config.accountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
        t.config.sender = QStringLiteral("+15005550006");
        t.secrets.authToken = QStringLiteral("f00dcafe0123456789abcdef01234567");
        const RequestBodiesExport twilio = exportRequestBodies(ProviderKind::Twilio, t, policy);
        QVERIFY(twilio.ok());
        QVERIFY(!twilio.document.toJson().contains("f00dcafe"));
        QCOMPARE(twilio.document.object()
                     .value(u"requests")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"body")
                     .toObject()
                     .value(u"secret")
                     .toString(),
            QStringLiteral("<Twilio Auth Token>"));
        // Without the token in the keychain the export still works: it is a placeholder anyway.
        t.secrets.authToken.clear();
        QVERIFY(exportRequestBodies(ProviderKind::Twilio, t, policy).ok());
    }

    void requestBodiesExportIsRefusedLikeAPush()
    {
        providers::CustomSetup c = customSetup();
        c.config.payloadTemplate = QStringLiteral("{\"to\": \"{{mobile}}\", \"text\": {{body}}}");
        const RequestBodiesExport exported = exportRequestBodies(ProviderKind::Custom, c, {});
        QVERIFY(!exported.ok());
        QVERIFY(exported.document.isNull());
        QCOMPARE(exported.refusals.first().kind, RefusalKind::PlaceholderInsideJsonString);
        const RequestBodiesExport sandbox = exportRequestBodies(ProviderKind::Sandbox, c, {});
        QVERIFY(!sandbox.ok());
        QCOMPARE(sandbox.refusals.first().kind, RefusalKind::Sandbox);
    }

    void twilioKeepsItsFields()
    {
        providers::TwilioSetup t;
        t.config.accountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
        t.config.sender = QStringLiteral("+15005550006");
        t.secrets.authToken = QStringLiteral("f00dcafe0123456789abcdef01234567");
        const SenderMapping m = mapSender(ProviderKind::Twilio, t);
        QVERIFY(m.ok());
        QCOMPARE(m.sender.provider, QStringLiteral("Twilio"));
        QCOMPARE(m.sender.name, QStringLiteral("SMSPublisher"));
        QCOMPARE(m.sender.key, t.config.accountSid);
        QCOMPARE(m.sender.secret, t.secrets.authToken);
        QCOMPARE(m.sender.sender, t.config.sender);
        QCOMPARE(m.sender.contentType, QStringLiteral("FORM"));
        QCOMPARE(m.sender.providerUrl,
            QStringLiteral(
                "https://api.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json"));
        QVERIFY(m.secrets.contains(t.secrets.authToken));
    }

    void vonageKeepsItsFields()
    {
        providers::VonageSetup v;
        v.config.apiKey = QStringLiteral("abcd1234");
        v.config.sender = QStringLiteral("Console");
        v.secrets.apiSecret = QStringLiteral("s3cr3tValue");
        const SenderMapping m = mapSender(ProviderKind::Vonage, v);
        QVERIFY(m.ok());
        QCOMPARE(m.sender.provider, QStringLiteral("Vonage"));
        QCOMPARE(m.sender.key, QStringLiteral("abcd1234"));
        QCOMPARE(m.sender.secret, QStringLiteral("s3cr3tValue"));
        QCOMPARE(m.sender.contentType, QStringLiteral("JSON"));
        QCOMPARE(m.sender.providerUrl, QStringLiteral("https://rest.nexmo.com/sms/json"));
    }

    void customIsWrittenInWso2Syntax()
    {
        const SenderMapping m = mapSender(ProviderKind::Custom, customSetup());
        QVERIFY2(m.ok(), m.refusals.isEmpty() ? "" : qPrintable(m.refusals.first().message));
        QCOMPARE(m.sender.provider, QStringLiteral("Custom"));
        QCOMPARE(m.sender.providerUrl, QStringLiteral("https://sms.example.com/send"));
        QCOMPARE(m.sender.contentType, QStringLiteral("JSON"));
        // Unquoted, without spaces, the editor's trailing newline gone.
        QCOMPARE(m.sender.property(QStringLiteral("body")),
            std::optional(QStringLiteral("{\"to\": {{mobile}}, \"text\": {{body}}}")));
        QCOMPARE(m.sender.property(QStringLiteral("http.headers")),
            std::optional(QStringLiteral("X-Api-Key: k3y-value-123, Accept: application/json")));
        QCOMPARE(m.sender.property(QStringLiteral("http.method")), std::optional(QStringLiteral("PUT")));
        QVERIFY(m.sender.key.isEmpty());
        QVERIFY(m.sender.secret.isEmpty());
        QVERIFY(m.secrets.contains(QStringLiteral("k3y-value-123")));
    }

    void formTemplateKeepsPlaceholders()
    {
        providers::CustomSetup s = customSetup();
        s.config.format = tmpl::PayloadFormat::Form;
        s.config.payloadTemplate = QStringLiteral("to={{mobile}}&text={{ body }}");
        const SenderMapping m = mapSender(ProviderKind::Custom, s);
        QVERIFY(m.ok());
        QCOMPARE(m.sender.contentType, QStringLiteral("FORM"));
        QCOMPARE(
            m.sender.property(QStringLiteral("body")), std::optional(QStringLiteral("to={{mobile}}&text={{body}}")));
    }

    void refusals_data()
    {
        QTest::addColumn<int>("kind"); // ProviderKind
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("templateText");
        QTest::addColumn<QString>("headers");
        QTest::addColumn<int>("refusal"); // RefusalKind
        const QString body = QStringLiteral("{\"to\": {{mobile}}, \"text\": {{body}}}");
        const QString url = QStringLiteral("https://sms.example.com/send");
        const int custom = int(ProviderKind::Custom);
        QTest::newRow("sandbox") << int(ProviderKind::Sandbox) << url << body << QString() << int(RefusalKind::Sandbox);
        QTest::newRow("header value with colon")
            << custom << url << body << QStringLiteral("X-Time: 10:30") << int(RefusalKind::HeaderNotExpressible);
        QTest::newRow("header value with comma")
            << custom << url << body << QStringLiteral("X-Tag: \"a, b\"") << int(RefusalKind::HeaderNotExpressible);
        QTest::newRow("header list invalid")
            << custom << url << body << QStringLiteral("NoColonHere") << int(RefusalKind::HeaderListInvalid);
        QTest::newRow("named secret without consent")
            << custom << url << QStringLiteral("{\"key\": {{secret:apiKey}}, \"text\": {{body}}}") << QString()
            << int(RefusalKind::NamedSecretNeedsConsent);
        QTest::newRow("named secret in a header without consent")
            << custom << url << body << QStringLiteral("X-Key: {{secret:apiKey}}")
            << int(RefusalKind::NamedSecretNeedsConsent);
        QTest::newRow("named secret not stored") << custom << url << QStringLiteral("{\"key\": {{secret:other}}}")
                                                 << QString() << int(RefusalKind::MissingNamedSecret);
        QTest::newRow("missing provider URL")
            << custom << QString() << body << QString() << int(RefusalKind::MissingProviderUrl);
        QTest::newRow("missing body") << custom << url << QStringLiteral("  \n") << QString()
                                      << int(RefusalKind::MissingBody);
        QTest::newRow("placeholder inside a JSON string")
            << custom << url << QStringLiteral("{\"text\": \"Code: {{body}}\"}") << QString()
            << int(RefusalKind::PlaceholderInsideJsonString);
        QTest::newRow("unknown placeholder") << custom << url << QStringLiteral("{\"text\": {{message}}}") << QString()
                                             << int(RefusalKind::UnknownPlaceholder);
        QTest::newRow("the console's own placeholder")
            << custom << url << QStringLiteral("{\"to\": {{mobile.digits}}, \"text\": {{body}}, \"id\": {{uuid}}}")
            << QString() << int(RefusalKind::ConsoleOnlyPlaceholder);
        QTest::newRow("placeholder in the URL") << custom << QStringLiteral("https://sms.example.com/{{sender}}/send")
                                                << body << QString() << int(RefusalKind::UrlPlaceholder);
        QTest::newRow("GET") << custom << url << QStringLiteral("get") << QString()
                             << int(RefusalKind::UnsupportedMethod);
        QTest::newRow("XML body") << custom << url << QStringLiteral("xml") << QString()
                                  << int(RefusalKind::UnsupportedContentType);
        QTest::newRow("API key in the query") << custom << url << QStringLiteral("query-key") << QString()
                                              << int(RefusalKind::AuthenticationNotExpressible);
        QTest::newRow("bearer token not in the keychain")
            << custom << url << QStringLiteral("bearer") << QString() << int(RefusalKind::MissingCredential);
    }

    void refusals()
    {
        QFETCH(int, kind);
        QFETCH(QString, url);
        QFETCH(QString, templateText);
        QFETCH(QString, headers);
        QFETCH(int, refusal);
        providers::CustomSetup s;
        s.config.url = url;
        s.config.payloadTemplate = templateText;
        s.config.headers = headers;
        // Four rows name a choice other than the template; each keeps a template WSO2 could send.
        if (templateText == u"get" || templateText == u"xml" || templateText == u"bearer"
            || templateText == u"query-key") {
            s.config.payloadTemplate = QStringLiteral("{\"to\": {{mobile}}, \"text\": {{body}}}");
            if (templateText == u"get")
                s.config.method = providers::HttpMethod::Get;
            if (templateText == u"xml") {
                s.config.format = tmpl::PayloadFormat::Xml;
                s.config.payloadTemplate = QStringLiteral("<m><to>{{mobile}}</to><t>{{body}}</t></m>");
            }
            if (templateText == u"bearer")
                s.config.auth.kind = providers::custom::AuthKind::Bearer; // and no token
            if (templateText == u"query-key") {
                s.config.auth = { providers::custom::AuthKind::ApiKey, {}, QStringLiteral("api_key"),
                    providers::custom::ApiKeyPlace::Query };
                s.secrets.authSecret = QStringLiteral("named-s3cret");
            }
        }
        s.secrets.named.insert(QStringLiteral("apiKey"), QStringLiteral("named-s3cret"));
        const SenderMapping m = mapSender(ProviderKind(kind), s);
        QVERIFY(!m.ok());
        QVERIFY2(hasRefusal(m, RefusalKind(refusal)), qPrintable(m.refusals.first().message));
        for (const Refusal& r : m.refusals)
            QVERIFY(!r.message.contains(QStringLiteral("named-s3cret")));
    }

    // Basic, Bearer and a header API key become WSO2's v2 authentication object, with the secret from the keychain;
    // the sender then goes through the v2 API. The secret is listed for redaction.
    void authenticationMapsToTheV2Object_data()
    {
        QTest::addColumn<int>("auth"); // AuthKind
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("properties"); // key=value
        QTest::newRow("basic") << int(providers::custom::AuthKind::Basic) << QStringLiteral("BASIC")
                               << QStringList { QStringLiteral("username=gateway-user"),
                                      QStringLiteral("password=auth-s3cret") };
        QTest::newRow("bearer") << int(providers::custom::AuthKind::Bearer) << QStringLiteral("BEARER")
                                << QStringList { QStringLiteral("token=auth-s3cret") };
        QTest::newRow("api key in a header")
            << int(providers::custom::AuthKind::ApiKey) << QStringLiteral("API_KEY")
            << QStringList { QStringLiteral("header=X-Api-Key"), QStringLiteral("value=auth-s3cret") };
    }

    void authenticationMapsToTheV2Object()
    {
        QFETCH(int, auth);
        QFETCH(QString, type);
        QFETCH(QStringList, properties);
        providers::CustomSetup s;
        s.config.url = QStringLiteral("https://sms.example.com/send");
        s.config.payloadTemplate = QStringLiteral("{\"to\": {{mobile}}, \"text\": {{body}}}");
        s.config.auth = { providers::custom::AuthKind(auth), QStringLiteral("gateway-user"),
            QStringLiteral("X-Api-Key"), providers::custom::ApiKeyPlace::Header };
        s.secrets.authSecret = QStringLiteral("auth-s3cret");
        const SenderMapping m = mapSender(ProviderKind::Custom, s);
        QVERIFY2(m.ok(), m.ok() ? "" : qPrintable(m.refusals.first().message));
        QCOMPARE(m.sender.apiVersion(), 2);
        QVERIFY(m.secrets.contains(QStringLiteral("auth-s3cret")));
        const QJsonObject json = senderToJson(m.sender, true);
        const QJsonObject object = json.value(u"authentication").toObject();
        QCOMPARE(object.value(u"type").toString(), type);
        QStringList seen;
        const QJsonObject props = object.value(u"properties").toObject();
        for (auto it = props.begin(); it != props.end(); ++it)
            seen.append(it.key() + QLatin1Char('=') + it.value().toString());
        std::sort(properties.begin(), properties.end());
        QCOMPARE(seen, properties); // QJsonObject keeps its keys sorted
        // Read back as the server returns it, the object is the same.
        QCOMPARE(senderFromJson(json).authentication, m.sender.authentication);
        // The request goes to v2; the one without authentication to v1.
        QCOMPARE(senderRequest(m.sender, true).apiVersion, 2);
        s.config.auth.kind = providers::custom::AuthKind::None;
        const SenderMapping plain = mapSender(ProviderKind::Custom, s);
        QCOMPARE(senderRequest(plain.sender, true).apiVersion, 1);
        QVERIFY(!senderToJson(plain.sender, true).contains(u"authentication"));
    }

    // The export names the authentication secret by a placeholder and sends the sender requests to v2.
    void requestBodiesExportWithAuthentication()
    {
        providers::CustomSetup c = customSetup();
        c.config.auth = { providers::custom::AuthKind::Basic, QStringLiteral("gateway-user"), {},
            providers::custom::ApiKeyPlace::Header };
        c.secrets.authSecret = QStringLiteral("basic-pa55word");
        const RequestBodiesExport exported = exportRequestBodies(ProviderKind::Custom, c, otp::OtpPolicy {});
        QVERIFY(exported.ok());
        const QByteArray text = exported.document.toJson();
        QVERIFY(!text.contains("basic-pa55word"));
        QVERIFY(exported.placeholders.contains(QStringLiteral("<authentication secret>")));
        const QJsonArray requests = exported.document.object().value(u"requests").toArray();
        QCOMPARE(requests.at(0).toObject().value(u"path").toString(), QStringLiteral("/v2/notification-senders/sms"));
        const QJsonObject auth
            = requests.at(1).toObject().value(u"body").toObject().value(u"authentication").toObject();
        QCOMPARE(auth.value(u"properties").toObject().value(u"password").toString(),
            QStringLiteral("<authentication secret>"));
        QVERIFY(requests.at(2).toObject().value(u"path").toString().startsWith(u"/v1/identity-governance/"));
    }

    // WSO2's Twilio provider has only From: a Messaging Service cannot be pushed; a From number or a name can.
    void aMessagingServiceIsRefused()
    {
        providers::TwilioSetup t;
        t.config.accountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
        t.config.sender = QStringLiteral("MG0123456789abcdef0123456789abcdef");
        t.secrets.authToken = QStringLiteral("f00dcafe0123456789abcdef01234567");
        const SenderMapping m = mapSender(ProviderKind::Twilio, t);
        QVERIFY(hasRefusal(m, RefusalKind::MessagingServiceSender));
        QVERIFY(m.refusals.first().message.contains(QStringLiteral("Messaging Service")));
        t.config.sender = QStringLiteral("AcmeBank");
        QVERIFY(mapSender(ProviderKind::Twilio, t).ok());
        QCOMPARE(mapSender(ProviderKind::Twilio, t).sender.sender, QStringLiteral("AcmeBank"));
    }

    void missingCredentialsAreRefused()
    {
        providers::TwilioSetup t;
        t.config.accountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
        const SenderMapping m = mapSender(ProviderKind::Twilio, t);
        QVERIFY(hasRefusal(m, RefusalKind::MissingCredential));
        providers::VonageSetup v;
        QCOMPARE(mapSender(ProviderKind::Vonage, v).refusals.size(), 2);
    }

    void namedSecretIsInlinedWithConsent()
    {
        providers::CustomSetup s = customSetup();
        s.config.payloadTemplate
            = QStringLiteral("{\"key\": {{secret:apiKey}}, \"note\": \"k={{secret:apiKey}}\", \"text\": {{body}}}");
        s.config.headers = QStringLiteral("X-Key: {{secret:hdrKey}}");
        s.secrets.headerValues.clear();
        s.secrets.named.insert(QStringLiteral("apiKey"), QStringLiteral("ab\"c"));
        s.secrets.named.insert(QStringLiteral("hdrKey"), QStringLiteral("h3ader-val"));
        MappingOptions consent;
        consent.inlineNamedSecrets = true;
        const SenderMapping m = mapSender(ProviderKind::Custom, s, consent);
        QVERIFY2(m.ok(), m.refusals.isEmpty() ? "" : qPrintable(m.refusals.first().message));
        QCOMPARE(m.sender.property(QStringLiteral("body")),
            std::optional(QStringLiteral("{\"key\": \"ab\\\"c\", \"note\": \"k=ab\\\"c\", \"text\": {{body}}}")));
        QCOMPARE(m.sender.property(QStringLiteral("http.headers")), std::optional(QStringLiteral("X-Key: h3ader-val")));
        QCOMPARE(m.inlinedSecretNames, (QStringList { QStringLiteral("apiKey"), QStringLiteral("hdrKey") }));
        QVERIFY(m.secrets.contains(QStringLiteral("h3ader-val")));
        QVERIFY(m.secrets.contains(QStringLiteral("ab\"c")));
    }

    void senderJsonRoundTrips()
    {
        const SmsSender sender = mapSender(ProviderKind::Custom, customSetup()).sender;
        const QJsonObject add = senderToJson(sender, false);
        QCOMPARE(add.value(u"name").toString(), QStringLiteral("SMSPublisher"));
        QCOMPARE(add.value(u"providerURL").toString(), sender.providerUrl);
        QCOMPARE(add.value(u"properties").toArray().size(), 3);
        QCOMPARE(senderFromJson(add), sender);
        // PUT takes SMSSenderUpdateRequest, which has no name.
        QVERIFY(!senderToJson(sender, true).contains(u"name"));
    }

    void connectorPropertiesAreStrings()
    {
        otp::OtpPolicy policy;
        policy.expirySeconds = 120;
        policy.length = 8;
        policy.numericOnly = false;
        policy.resendAttempts = 2;
        policy.resendBlockMinutes = 15;
        const QList<ConnectorProperty> props = connectorProperties(policy);
        const QList<ConnectorProperty> expected {
            { QStringLiteral("SmsOTP.ExpiryTime"), QStringLiteral("120") },
            { QStringLiteral("SmsOTP.OTPLength"), QStringLiteral("8") },
            { QStringLiteral("SmsOTP.OtpRegex.UseNumericChars"), QStringLiteral("false") },
            { QStringLiteral("SmsOTP.ResendAttemptsCount"), QStringLiteral("2") },
            { QStringLiteral("SmsOTP.ResendBlockDuration"), QStringLiteral("15") },
        };
        QCOMPARE(props, expected);
        QCOMPARE(connectorProperties(policy, false).size(), 4);
        const QJsonObject patch = connectorPatchBody(props);
        QCOMPARE(patch.value(u"operation").toString(), QStringLiteral("UPDATE"));
        const QJsonArray array = patch.value(u"properties").toArray();
        QCOMPARE(array.size(), 5);
        for (const QJsonValue& v : array)
            QVERIFY(v.toObject().value(u"value").isString());
        QCOMPARE(connectorFromJson(patch), props);
    }

    // Diff.
    void equalSendersShowNoDifference()
    {
        const SenderMapping m = mapSender(ProviderKind::Custom, customSetup());
        const QList<DiffRow> rows = diffSender(m.sender, m.sender, m.secrets);
        QVERIFY(!hasDifferences(rows));
        QCOMPARE(rows.size(), 9); // 6 fields and 3 properties
        for (const DiffRow& r : rows)
            QCOMPARE(int(r.comparison), int(Comparison::Equal));
    }

    void secretsAreComparedWithoutBeingShown()
    {
        providers::TwilioSetup t;
        t.config.accountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
        t.config.sender = QStringLiteral("+15005550006");
        t.secrets.authToken = QStringLiteral("f00dcafe0123456789abcdef01234567");
        const SenderMapping m = mapSender(ProviderKind::Twilio, t);
        SmsSender server = m.sender;
        server.secret = QStringLiteral("0000cafe0123456789abcdef01234567");
        QList<DiffRow> rows = diffSender(m.sender, server, m.secrets);
        QVERIFY(hasDifferences(rows));
        for (const DiffRow& r : rows) {
            QVERIFY(!r.consoleValue.contains(t.secrets.authToken));
            QVERIFY(!r.serverValue.contains(server.secret));
            if (r.field == u"secret") {
                QVERIFY(r.secret);
                QCOMPARE(int(r.comparison), int(Comparison::Different));
                QCOMPARE(r.consoleValue, QStringLiteral("\u2022\u2022\u2022"));
            } else {
                QCOMPARE(int(r.comparison), int(Comparison::Equal));
            }
        }
        // A server that masks the secret, or a console that has not read it: it cannot be told.
        server.secret = QStringLiteral("f00d**********************4567");
        rows = diffSender(m.sender, server, m.secrets);
        QVERIFY(!hasDifferences(rows));
        QCOMPARE(int(rows.at(3).comparison), int(Comparison::Unknown));
        SmsSender unread = m.sender;
        unread.secret.clear();
        rows = diffSender(unread, m.sender, {});
        QCOMPARE(int(rows.at(3).comparison), int(Comparison::Unknown));
    }

    void headerSecretsAreHiddenInTheDiff()
    {
        const SenderMapping m = mapSender(ProviderKind::Custom, customSetup());
        SmsSender server = m.sender;
        server.properties[1].value = QStringLiteral("X-Api-Key: other-key, Accept: application/json");
        const QList<DiffRow> rows = diffSender(m.sender, server, m.secrets);
        QVERIFY(hasDifferences(rows));
        const DiffRow& headers = rows.at(7);
        QCOMPARE(headers.field, QStringLiteral("http.headers"));
        QVERIFY(headers.secret);
        QCOMPARE(int(headers.comparison), int(Comparison::Different));
        QVERIFY(!headers.consoleValue.contains(QStringLiteral("k3y-value-123")));
    }

    void noSenderOnTheServer()
    {
        const SenderMapping m = mapSender(ProviderKind::Custom, customSetup());
        const QList<DiffRow> rows = diffSender(m.sender, std::nullopt, m.secrets);
        QVERIFY(hasDifferences(rows));
        QCOMPARE(rows.at(0).serverValue, QString());
        QCOMPARE(int(rows.at(0).comparison), int(Comparison::Different));
    }

    void connectorDiff()
    {
        const QList<ConnectorProperty> console = connectorProperties(otp::OtpPolicy {});
        QList<ConnectorProperty> server = console;
        server[2].value = QStringLiteral("TRUE"); // the server's spelling of a boolean
        QVERIFY(!hasDifferences(diffConnector(console, server)));
        server[0].value = QStringLiteral("600");
        QList<DiffRow> rows = diffConnector(console, server);
        QVERIFY(hasDifferences(rows));
        QCOMPARE(rows.at(0).consoleValue, QStringLiteral("300"));
        QCOMPARE(rows.at(0).serverValue, QStringLiteral("600"));
        QCOMPARE(int(rows.at(1).comparison), int(Comparison::Equal));
        server.removeLast(); // an older server without ResendBlockDuration
        server[0].value = QStringLiteral("300");
        rows = diffConnector(console, server);
        QCOMPARE(int(rows.last().comparison), int(Comparison::Different));
    }
};

QTEST_GUILESS_MAIN(TestWso2Mapping)
#include "TestWso2Mapping.moc"
