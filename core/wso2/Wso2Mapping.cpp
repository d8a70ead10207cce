#include "Wso2Mapping.h"

#include "Wso2Requests.h"
#include "Wso2Templates.h"
#include "providers/UrlPolicy.h"
#include "template/FormUrlEncoding.h"
#include "template/HeaderList.h"
#include "template/JsonString.h"
#include "template/PayloadTemplate.h"
#include "template/UrlTemplate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace smsotp::wso2 {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("smsotp::wso2::Mapping", text);
}

void refuse(QList<Refusal>& refusals, RefusalKind kind, const QString& field, const QString& message)
{
    refusals.append(Refusal { kind, field, message });
}

// {{secret:NAME}} in a header value, spaced or not.
const QRegularExpression& secretInHeader()
{
    static const QRegularExpression re(QStringLiteral("\\{\\{\\s*secret:([^}\\s]+)\\s*\\}\\}"));
    return re;
}

QString inlineHeaderSecrets(const QString& header, const QString& value, const QMap<QString, QString>& named,
    const MappingOptions& options, QList<Refusal>& refusals, QStringList& inlined, QStringList& secrets)
{
    QString out;
    qsizetype last = 0;
    auto it = secretInHeader().globalMatch(value);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += value.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString name = m.captured(1);
        if (!named.contains(name)) {
            refuse(refusals, RefusalKind::MissingNamedSecret, QStringLiteral("http.headers"),
                tr("The header %1 uses the named secret %2, which is not in the keychain.").arg(header, name));
            continue;
        }
        if (!options.inlineNamedSecrets) {
            refuse(refusals, RefusalKind::NamedSecretNeedsConsent, QStringLiteral("http.headers"),
                tr("The header %1 uses the named secret %2: WSO2 has no named secrets, so its value would be "
                   "stored in WSO2's configuration in clear; agree to that first.")
                    .arg(header, name));
            continue;
        }
        out += named.value(name);
        secrets.append(named.value(name));
        if (!inlined.contains(name))
            inlined.append(name);
    }
    out += value.mid(last);
    return out;
}

QString mapHeaders(const providers::custom::Config& config, const providers::custom::Secrets& secrets,
    const MappingOptions& options, QList<Refusal>& refusals, QStringList& inlined, QStringList& secretValues)
{
    const tmpl::HeaderListResult parsed = tmpl::parseHeaderList(config.headers);
    for (const tmpl::HeaderError& e : parsed.errors)
        refuse(refusals, RefusalKind::HeaderListInvalid, QStringLiteral("http.headers"), e.message);
    QList<tmpl::HeaderField> fields = parsed.fields();
    // Values kept in the keychain take the place of the (emptied) values of the text, or are appended.
    for (auto it = secrets.headerValues.cbegin(); it != secrets.headerValues.cend(); ++it) {
        bool found = false;
        for (tmpl::HeaderField& f : fields) {
            if (f.name.compare(it.key(), Qt::CaseInsensitive) == 0) {
                f.value = it.value();
                found = true;
            }
        }
        if (!found)
            fields.append(tmpl::HeaderField { it.key(), it.value() });
        if (!it.value().isEmpty())
            secretValues.append(it.value());
    }
    QStringList entries;
    for (tmpl::HeaderField& f : fields) {
        f.value = inlineHeaderSecrets(f.name, f.value, secrets.named, options, refusals, inlined, secretValues);
        if (f.value.contains(u':') || f.value.contains(u',')) {
            refuse(refusals, RefusalKind::HeaderNotExpressible, QStringLiteral("http.headers"),
                tr("The value of the header %1 holds ':' or ',': WSO2 splits headers on both and would silently "
                   "drop it.")
                    .arg(f.name));
            continue;
        }
        if (!tmpl::isWso2Compatible(f)) {
            refuse(refusals, RefusalKind::HeaderNotExpressible, QStringLiteral("http.headers"),
                tr("The value of the header %1 needs quoting, which WSO2's header list does not have.").arg(f.name));
            continue;
        }
        entries.append(f.name + QStringLiteral(": ") + f.value);
    }
    return entries.join(QStringLiteral(", "));
}

} // namespace

namespace {

std::optional<QString> findProperty(const QList<SenderProperty>& properties, const QString& key)
{
    for (const SenderProperty& p : properties) {
        if (p.key == key)
            return p.value;
    }
    return std::nullopt;
}

} // namespace

std::optional<QString> SmsSender::property(const QString& k) const
{
    return findProperty(properties, k);
}

std::optional<QString> SenderAuthentication::property(const QString& key) const
{
    return findProperty(properties, key);
}

bool isSecretAuthenticationProperty(const QString& key)
{
    return key == u"password" || key == u"token" || key == u"value" || key == u"clientSecret";
}

QJsonObject senderToJson(const SmsSender& sender, bool forUpdate)
{
    QJsonObject o;
    if (!forUpdate)
        o.insert(QStringLiteral("name"), sender.name);
    o.insert(QStringLiteral("provider"), sender.provider);
    o.insert(QStringLiteral("providerURL"), sender.providerUrl);
    if (!sender.key.isEmpty())
        o.insert(QStringLiteral("key"), sender.key);
    if (!sender.secret.isEmpty())
        o.insert(QStringLiteral("secret"), sender.secret);
    if (!sender.sender.isEmpty())
        o.insert(QStringLiteral("sender"), sender.sender);
    o.insert(QStringLiteral("contentType"), sender.contentType);
    QJsonArray props;
    for (const SenderProperty& p : sender.properties)
        props.append(QJsonObject { { QStringLiteral("key"), p.key }, { QStringLiteral("value"), p.value } });
    o.insert(QStringLiteral("properties"), props);
    if (sender.authentication.isSet()) {
        QJsonObject authProps;
        for (const SenderProperty& p : sender.authentication.properties)
            authProps.insert(p.key, p.value);
        o.insert(QStringLiteral("authentication"),
            QJsonObject {
                { QStringLiteral("type"), sender.authentication.type }, { QStringLiteral("properties"), authProps } });
    }
    return o;
}

SmsSender senderFromJson(const QJsonObject& o)
{
    SmsSender s;
    s.name = o.value(u"name").toString(kSenderName.toString());
    s.provider = o.value(u"provider").toString();
    s.providerUrl = o.value(u"providerURL").toString();
    s.key = o.value(u"key").toString();
    s.secret = o.value(u"secret").toString();
    s.sender = o.value(u"sender").toString();
    s.contentType = o.value(u"contentType").toString();
    for (const QJsonValue& v : o.value(u"properties").toArray()) {
        const QJsonObject p = v.toObject();
        s.properties.append(SenderProperty { p.value(u"key").toString(), p.value(u"value").toString() });
    }
    const QJsonObject auth = o.value(u"authentication").toObject();
    // NONE is WSO2's spelling of no authentication.
    if (const QString type = auth.value(u"type").toString(); !type.isEmpty() && type != u"NONE") {
        s.authentication.type = type;
        const QJsonObject props = auth.value(u"properties").toObject();
        for (auto it = props.begin(); it != props.end(); ++it)
            s.authentication.properties.append(SenderProperty { it.key(), it.value().toVariant().toString() });
    }
    return s;
}

QString toWso2Template(const QString& text, tmpl::PayloadFormat format, const QMap<QString, QString>& named,
    const MappingOptions& options, QList<Refusal>& refusals, QStringList& inlined)
{
    const QString trimmed = text.trimmed();
    const QList<tmpl::Placeholder> placeholders = tmpl::findPlaceholders(trimmed, format);
    QString out;
    qsizetype last = 0;
    for (const tmpl::Placeholder& p : placeholders) {
        out += trimmed.mid(last, p.position.offset - last);
        last = p.position.offset + p.length;
        const QString original = trimmed.mid(p.position.offset, p.length);
        switch (p.kind) {
        case tmpl::PlaceholderKind::Body:
        case tmpl::PlaceholderKind::Mobile:
            if (p.insideJsonString) {
                refuse(refusals, RefusalKind::PlaceholderInsideJsonString, QStringLiteral("body"),
                    tr("%1 stands inside a JSON string (line %2): WSO2 puts quotes around the value, which would "
                       "break the JSON; write it unquoted.")
                        .arg(original)
                        .arg(p.position.line));
            }
            // WSO2 replaces only the exact spellings, unquoted in JSON.
            out += p.kind == tmpl::PlaceholderKind::Body ? QStringLiteral("{{body}}") : QStringLiteral("{{mobile}}");
            break;
        case tmpl::PlaceholderKind::Secret:
            if (!named.contains(p.secretName)) {
                refuse(refusals, RefusalKind::MissingNamedSecret, QStringLiteral("body"),
                    tr("The payload uses the named secret %1, which is not in the keychain.").arg(p.secretName));
            } else if (!options.inlineNamedSecrets) {
                refuse(refusals, RefusalKind::NamedSecretNeedsConsent, QStringLiteral("body"),
                    tr("The payload uses the named secret %1: WSO2 has no named secrets, so its value would be "
                       "stored in WSO2's configuration in clear; agree to that first.")
                        .arg(p.secretName));
            } else {
                const QString value = named.value(p.secretName);
                if (format == tmpl::PayloadFormat::Form)
                    out += QString::fromUtf8(tmpl::formUrlEncode(value));
                else
                    out += p.insideJsonString ? tmpl::jsonEscaped(value) : tmpl::jsonQuoted(value);
                if (!inlined.contains(p.secretName))
                    inlined.append(p.secretName);
            }
            break;
        case tmpl::PlaceholderKind::MobileDigits:
        case tmpl::PlaceholderKind::Sender:
        case tmpl::PlaceholderKind::Uuid:
            refuse(refusals, RefusalKind::ConsoleOnlyPlaceholder, QStringLiteral("body"),
                tr("%1 is the console's own placeholder; WSO2 replaces only {{body}} and {{mobile}} and would send "
                   "it as it is.")
                    .arg(original));
            out += original;
            break;
        case tmpl::PlaceholderKind::Unknown:
            refuse(refusals, RefusalKind::UnknownPlaceholder, QStringLiteral("body"),
                tr("WSO2 replaces only {{body}} and {{mobile}}; %1 would be sent as it is.").arg(original));
            out += original;
            break;
        }
    }
    out += trimmed.mid(last);
    return out;
}

namespace {

// The custom provider's choices WSO2 Identity Server's custom provider has no way to send.
void refuseWhatWso2CannotSend(const providers::custom::Config& config, QList<Refusal>& refusals)
{
    if (config.method == providers::HttpMethod::Get) {
        refuse(refusals, RefusalKind::UnsupportedMethod, QStringLiteral("http.method"),
            tr("WSO2's custom provider sends with POST or PUT only, not GET."));
    }
    if (!tmpl::wso2CanSend(config.format)) {
        refuse(refusals, RefusalKind::UnsupportedContentType, QStringLiteral("contentType"),
            tr("WSO2's custom provider sends a JSON or FORM body only, not %1.")
                .arg(tmpl::payloadFormatName(config.format)));
    }
    if (!tmpl::renderUrlTemplate(config.url, {}).placeholders.isEmpty()) {
        refuse(refusals, RefusalKind::UrlPlaceholder, QStringLiteral("providerURL"),
            tr("The URL holds placeholders; WSO2 sends its provider URL exactly as written."));
    }
}

// The custom provider's authentication as WSO2's v2 authentication object: Basic as BASIC, Bearer as BEARER, an
// API key in a header as API_KEY. The secret comes from the keychain.
SenderAuthentication mapAuthentication(
    const providers::custom::Authentication& auth, const QString& secret, QList<Refusal>& refusals)
{
    using providers::custom::AuthKind;
    SenderAuthentication out;
    const auto property = [&out](const char* key, const QString& value) {
        out.properties.append(SenderProperty { QString::fromLatin1(key), value });
    };
    switch (auth.kind) {
    case AuthKind::None:
        return out;
    case AuthKind::Basic:
        out.type = QStringLiteral("BASIC");
        property("username", auth.user);
        property("password", secret);
        break;
    case AuthKind::Bearer:
        out.type = QStringLiteral("BEARER");
        property("token", secret);
        break;
    case AuthKind::ApiKey:
        if (auth.place == providers::custom::ApiKeyPlace::Query) {
            refuse(refusals, RefusalKind::AuthenticationNotExpressible, QStringLiteral("authentication"),
                tr("WSO2 sends an API key in a header only; the key in the query parameter %1 cannot be written to "
                   "WSO2. Send it in a header instead.")
                    .arg(auth.keyName));
            return {};
        }
        out.type = QStringLiteral("API_KEY");
        property("header", auth.keyName);
        property("value", secret);
        break;
    }
    // In key order, as a JSON object (and so the server's answer) keeps them.
    std::sort(out.properties.begin(), out.properties.end(),
        [](const SenderProperty& a, const SenderProperty& b) { return a.key < b.key; });
    if (secret.isEmpty()) {
        refuse(refusals, RefusalKind::MissingCredential, QStringLiteral("authentication"),
            tr("The %1 authentication's secret is not in the keychain; WSO2 needs it.")
                .arg(providers::custom::authKindName(auth.kind)));
    }
    return out;
}

} // namespace

Refusal authenticationNotOffered(const SenderAuthentication& authentication)
{
    return Refusal { RefusalKind::AuthenticationNotOffered, QStringLiteral("authentication"),
        tr("This server has no notification-sender v2 API (WSO2 Identity Server 7.2 or later has it), so it cannot "
           "take %1 authentication for the SMS sender; put the credentials in a header instead.")
            .arg(authentication.type) };
}

SenderMapping mapSender(
    providers::ProviderKind kind, const providers::ProviderSetup& setup, const MappingOptions& options)
{
    SenderMapping m;
    if (kind == providers::ProviderKind::Sandbox) {
        refuse(m.refusals, RefusalKind::Sandbox, QStringLiteral("provider"),
            tr("The sandbox is the console's own test gateway on this computer; WSO2 cannot send through it, so "
               "choose Twilio, Vonage or a custom provider first."));
        return m;
    }
    if (const auto* t = std::get_if<providers::TwilioSetup>(&setup)) {
        m.sender.provider = QStringLiteral("Twilio");
        m.sender.key = t->config.accountSid;
        m.sender.secret = t->secrets.authToken;
        m.sender.sender = t->config.sender;
        m.sender.contentType = QStringLiteral("FORM");
        m.sender.providerUrl = providers::appendPath(t->config.apiBase,
            QStringLiteral("/2010-04-01/Accounts/") + t->config.accountSid + QStringLiteral("/Messages.json"))
                                   .toString();
        if (t->config.accountSid.isEmpty())
            refuse(m.refusals, RefusalKind::MissingCredential, QStringLiteral("key"),
                tr("Enter the Twilio Account SID first."));
        if (t->secrets.authToken.isEmpty())
            refuse(m.refusals, RefusalKind::MissingCredential, QStringLiteral("secret"),
                tr("The Twilio Auth Token is not in the keychain; WSO2 needs it."));
        if (providers::twilio::isMessagingServiceSid(t->config.sender))
            refuse(m.refusals, RefusalKind::MessagingServiceSender, QStringLiteral("sender"),
                tr("WSO2's Twilio provider sends From a phone number (or a sender name); it cannot send through a "
                   "Messaging Service (MG...). Set a From number for WSO2."));
    } else if (const auto* v = std::get_if<providers::VonageSetup>(&setup)) {
        m.sender.provider = QStringLiteral("Vonage");
        m.sender.key = v->config.apiKey;
        m.sender.secret = v->secrets.apiSecret;
        m.sender.sender = v->config.sender;
        m.sender.contentType = QStringLiteral("JSON");
        m.sender.providerUrl = providers::appendPath(v->config.apiBase, QStringLiteral("/sms/json")).toString();
        if (v->config.apiKey.isEmpty())
            refuse(m.refusals, RefusalKind::MissingCredential, QStringLiteral("key"),
                tr("Enter the Vonage API key first."));
        if (v->secrets.apiSecret.isEmpty())
            refuse(m.refusals, RefusalKind::MissingCredential, QStringLiteral("secret"),
                tr("The Vonage API secret is not in the keychain; WSO2 needs it."));
    } else if (const auto* c = std::get_if<providers::CustomSetup>(&setup)) {
        m.sender.provider = QStringLiteral("Custom");
        m.sender.providerUrl = c->config.url.trimmed();
        m.sender.contentType
            = c->config.format == tmpl::PayloadFormat::Form ? QStringLiteral("FORM") : QStringLiteral("JSON");
        refuseWhatWso2CannotSend(c->config, m.refusals);
        if (m.sender.providerUrl.isEmpty())
            refuse(m.refusals, RefusalKind::MissingProviderUrl, QStringLiteral("providerURL"),
                tr("WSO2 needs a provider URL (it answers NSM-60005 without one); enter it first."));
        const QString body = toWso2Template(
            c->config.payloadTemplate, c->config.format, c->secrets.named, options, m.refusals, m.inlinedSecretNames);
        if (body.isEmpty())
            refuse(m.refusals, RefusalKind::MissingBody, QStringLiteral("body"),
                tr("WSO2 needs a payload template for a custom provider (it answers NSM-60004 without one); write "
                   "one first."));
        const QString headers = mapHeaders(c->config, c->secrets, options, m.refusals, m.inlinedSecretNames, m.secrets);
        m.sender.properties.append(SenderProperty { QStringLiteral("body"), body });
        if (!headers.isEmpty())
            m.sender.properties.append(SenderProperty { QStringLiteral("http.headers"), headers });
        m.sender.properties.append(SenderProperty {
            QStringLiteral("http.method"), QString::fromLatin1(providers::httpMethodName(c->config.method)) });
        m.sender.authentication = mapAuthentication(c->config.auth, c->secrets.authSecret, m.refusals);
        if (m.sender.authentication.isSet())
            m.secrets.append(c->secrets.authSecret);
        for (const QString& name : std::as_const(m.inlinedSecretNames))
            m.secrets.append(c->secrets.named.value(name));
    }
    if (!m.sender.secret.isEmpty())
        m.secrets.append(m.sender.secret);
    m.secrets.removeDuplicates();
    m.secrets.removeAll(QString());
    return m;
}

const QList<ConnectorField>& connectorFields()
{
    static const QList<ConnectorField> fields {
        { QStringLiteral("SmsOTP.ExpiryTime"), otp::PolicyField::ExpirySeconds },
        { QStringLiteral("SmsOTP.OTPLength"), otp::PolicyField::Length },
        { QStringLiteral("SmsOTP.OtpRegex.UseNumericChars"), otp::PolicyField::NumericOnly },
        { QStringLiteral("SmsOTP.ResendAttemptsCount"), otp::PolicyField::ResendAttempts },
        { kResendBlockProperty.toString(), otp::PolicyField::ResendBlockMinutes },
    };
    return fields;
}

QList<ConnectorProperty> connectorProperties(const otp::OtpPolicy& policy, bool includeResendBlock)
{
    QList<ConnectorProperty> props;
    for (const ConnectorField& f : connectorFields()) {
        if (!includeResendBlock && f.name == kResendBlockProperty)
            continue;
        const int value = policy.value(f.field);
        props.append({ f.name,
            otp::specOf(f.field).isBool ? (value != 0 ? QStringLiteral("true") : QStringLiteral("false"))
                                        : QString::number(value) });
    }
    return props;
}

QJsonObject connectorPatchBody(const QList<ConnectorProperty>& properties)
{
    QJsonArray props;
    for (const ConnectorProperty& p : properties)
        props.append(QJsonObject { { QStringLiteral("name"), p.name }, { QStringLiteral("value"), p.value } });
    return { { QStringLiteral("operation"), QStringLiteral("UPDATE") }, { QStringLiteral("properties"), props } };
}

QList<ConnectorProperty> connectorFromJson(const QJsonObject& json)
{
    QList<ConnectorProperty> props;
    for (const QJsonValue& v : json.value(u"properties").toArray()) {
        const QJsonObject p = v.toObject();
        props.append(ConnectorProperty { p.value(u"name").toString(), p.value(u"value").toString() });
    }
    return props;
}

namespace {

// The export's requests: method, path and body from the builders a push uses, the body as the JSON of exactly
// those bytes.
QJsonArray exportedRequests(const SmsSender& sender, const otp::OtpPolicy& policy, const QList<SmsTemplate>& templates)
{
    const auto entry = [](const QString& purpose, const ApiRequest& request) {
        return QJsonObject { { QStringLiteral("purpose"), purpose },
            { QStringLiteral("method"), QString::fromLatin1(providers::httpMethodName(request.method)) },
            { QStringLiteral("path"), QString(QStringLiteral("/v%1").arg(request.apiVersion) + request.path) },
            { QStringLiteral("body"), QJsonDocument::fromJson(request.body).object() } };
    };
    QJsonArray requests {
        entry(tr("Create the SMS sender, when the server has none (WSO2 answers NSM-60002 when one exists: then use "
                 "the PUT below)"),
            senderRequest(sender, false)),
        entry(tr("Replace the SMS sender, when the server has one"), senderRequest(sender, true)),
        entry(tr("Write the SMS OTP settings (leave SmsOTP.ResendBlockDuration out if the server's connector does "
                 "not list it)"),
            connectorRequest(connectorProperties(policy, true))),
    };
    for (const SmsTemplate& t : templates) {
        requests.append(entry(tr("Create the %1 SMS OTP template, when the server has none for %1 (WSO2 answers 409 "
                                 "when one exists: then use the PUT below; needs WSO2 Identity Server 7.1 or later)")
                                  .arg(t.locale),
            smsTemplateRequest(t, false)));
        requests.append(entry(
            tr("Replace the %1 SMS OTP template, when the server has one").arg(t.locale), smsTemplateRequest(t, true)));
    }
    return requests;
}

} // namespace

RequestBodiesExport exportRequestBodies(providers::ProviderKind kind, const providers::ProviderSetup& setup,
    const otp::OtpPolicy& policy, const QList<SmsTemplate>& templates)
{
    RequestBodiesExport out;
    QJsonArray toFill;
    const auto placeholder = [&](const QString& text, const QString& what) {
        if (!out.placeholders.contains(text)) {
            out.placeholders.append(text);
            toFill.append(QJsonObject { { QStringLiteral("placeholder"), text }, { QStringLiteral("what"), what } });
        }
        return text;
    };
    // The same setup with every secret replaced by its placeholder: no secret can reach the document.
    providers::ProviderSetup masked = setup;
    MappingOptions options;
    if (auto* t = std::get_if<providers::TwilioSetup>(&masked)) {
        t->secrets.authToken = placeholder(
            QStringLiteral("<Twilio Auth Token>"), tr("the Twilio Auth Token (field secret of the SMS sender)"));
    } else if (auto* v = std::get_if<providers::VonageSetup>(&masked)) {
        v->secrets.apiSecret = placeholder(
            QStringLiteral("<Vonage API secret>"), tr("the Vonage API secret (field secret of the SMS sender)"));
    } else if (auto* c = std::get_if<providers::CustomSetup>(&masked)) {
        // Every header value is a secret (the console keeps them in the keychain only).
        QStringList headers;
        for (const tmpl::HeaderField& f : tmpl::parseHeaderList(c->config.headers).fields())
            headers.append(f.name);
        headers += c->secrets.headerValues.keys();
        QMap<QString, QString> headerValues;
        QSet<QString> seen;
        for (const QString& name : std::as_const(headers)) {
            if (name.isEmpty() || seen.contains(name.toLower()))
                continue;
            seen.insert(name.toLower());
            headerValues.insert(name,
                placeholder(QStringLiteral("<value of header %1>").arg(name),
                    tr("the value of the header %1 (in the SMS sender's http.headers)").arg(name)));
        }
        c->secrets.headerValues = headerValues;
        QStringList names = c->secrets.named.keys();
        for (const tmpl::Placeholder& p : tmpl::findPlaceholders(c->config.payloadTemplate, c->config.format)) {
            if (p.kind == tmpl::PlaceholderKind::Secret && !names.contains(p.secretName))
                names.append(p.secretName);
        }
        QMap<QString, QString> named;
        for (const QString& name : std::as_const(names)) {
            named.insert(name,
                placeholder(QStringLiteral("<secret %1>").arg(name),
                    tr("the value of the named secret %1 (in the SMS sender's body; WSO2 keeps it in clear)")
                        .arg(name)));
        }
        c->secrets.named = named;
        if (c->config.auth.kind != providers::custom::AuthKind::None) {
            c->secrets.authSecret = placeholder(QStringLiteral("<authentication secret>"),
                tr("the %1 authentication's secret (in the SMS sender's authentication properties)")
                    .arg(providers::custom::authKindName(c->config.auth.kind)));
        }
        // Only placeholders are inlined; the administrator decides what to put in their place.
        options.inlineNamedSecrets = true;
    }
    const SenderMapping sender = mapSender(kind, masked, options);
    if (!sender.ok()) {
        out.refusals = sender.refusals;
        out.placeholders.clear();
        return out;
    }
    const QJsonArray requests = exportedRequests(sender.sender, policy, templates);
    QJsonObject root { { QStringLiteral("format"), QStringLiteral("smsotp-console-wso2-requests") },
        { QStringLiteral("version"), 2 },
        { QStringLiteral("apiRoot"), QStringLiteral("{base URL with the tenant}/api/server") },
        { QStringLiteral("instructions"),
            toFill.isEmpty()
                ? tr("Send each request to apiRoot + path with Content-Type: application/json.")
                : tr("Replace each placeholder listed in secretsToFillIn with the real value, then send each "
                     "request to apiRoot + path with Content-Type: application/json. The console never writes "
                     "secrets into this file.") },
        { QStringLiteral("secretsToFillIn"), toFill }, { QStringLiteral("requests"), requests } };
    out.document = QJsonDocument(root);
    return out;
}

} // namespace smsotp::wso2
