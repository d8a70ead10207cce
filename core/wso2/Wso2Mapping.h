#pragma once
// The console's settings in WSO2's terms and back: the SMS sender body and the SMS OTP connector properties.
// Pure functions; what WSO2 cannot express is refused with the reason before anything is sent.

#include "otp/OtpPolicy.h"
#include "providers/ProviderClient.h"
#include "providers/ProviderKind.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace smsotp::wso2 {

// The governance connector of SMS OTP: category "Multi Factor Authenticators", connector
// "sms-otp-authenticator", both Base64 as WSO2's API names them.
inline constexpr QStringView kMfaCategoryId = u"TXVsdGkgRmFjdG9yIEF1dGhlbnRpY2F0b3Jz";
inline constexpr QStringView kSmsOtpConnectorId = u"c21zLW90cC1hdXRoZW50aWNhdG9y";
inline constexpr QStringView kSenderName = u"SMSPublisher";

struct SenderProperty
{
    QString key;
    QString value;
    bool operator==(const SenderProperty&) const = default;
};

// WSO2's Authentication object of the notification-sender v2 API (IS 7.2 on): how WSO2 authenticates to the
// provider. type BASIC (properties username, password), BEARER (token) or API_KEY (header, value); an empty type is
// none, and a sender without one is written through v1 as before.
struct SenderAuthentication
{
    QString type;
    QList<SenderProperty> properties;

    bool isSet() const { return !type.isEmpty(); }
    std::optional<QString> property(const QString& key) const;
    bool operator==(const SenderAuthentication&) const = default;
};
// password, token and value: the properties that hold the secret.
bool isSecretAuthenticationProperty(const QString& key);

// WSO2's SMSSender: what GET returns and POST/PUT take.
struct SmsSender
{
    QString name = kSenderName.toString();
    QString provider; // Twilio, Vonage, Custom
    QString providerUrl;
    QString key;
    QString secret;
    QString sender;
    QString contentType; // JSON or FORM
    QList<SenderProperty> properties; // body, http.headers, http.method for Custom
    SenderAuthentication authentication; // only through the v2 API

    std::optional<QString> property(const QString& key) const;
    // 2 when the sender has an authentication (only the v2 API takes it), else 1.
    int apiVersion() const { return authentication.isSet() ? 2 : 1; }
    bool operator==(const SmsSender&) const = default;
};

// The POST body (SMSSenderAdd, with name) or the PUT body (SMSSenderUpdateRequest, without name), with the
// authentication object when there is one.
QJsonObject senderToJson(const SmsSender& sender, bool forUpdate);
SmsSender senderFromJson(const QJsonObject& json);

enum class RefusalKind
{
    Sandbox, // the console's own loopback gateway: WSO2 cannot send through it
    MissingCredential, // an account id, key or secret that WSO2 needs is empty
    MissingProviderUrl, // WSO2 answers NSM-60005
    MissingBody, // WSO2 answers NSM-60004 for a custom provider without a payload template
    HeaderNotExpressible, // a header value with ':' or ',': WSO2 splits on both and drops the header
    HeaderListInvalid, // the header text does not parse
    NamedSecretNeedsConsent, // {{secret:NAME}} would be written into WSO2's configuration in clear
    MissingNamedSecret, // {{secret:NAME}} with no value in the keychain
    PlaceholderInsideJsonString, // WSO2 puts quotes around the value, which breaks a JSON string
    UnknownPlaceholder, // a placeholder WSO2 does not replace
    ConsoleOnlyPlaceholder, // {{mobile.digits}}, {{sender}}, {{uuid}}: the console's own, sent as written by WSO2
    UnsupportedMethod, // GET: WSO2's custom provider sends POST or PUT
    UnsupportedContentType, // a text or XML body, or none: WSO2 sends JSON or FORM
    UrlPlaceholder, // a placeholder in the URL: WSO2 sends the URL as written
    AuthenticationNotExpressible, // an API key in the query string: WSO2's API_KEY sends it in a header
    AuthenticationNotOffered, // the server has no notification-sender v2 API (before IS 7.2): no authentication
    MessagingServiceSender, // a Twilio Messaging Service: WSO2's Twilio provider sends From a number only
    SpacedTemplatePlaceholder, // {{ name }} in an SMS text: WSO2's templates fill only {{name}}
};

struct Refusal
{
    RefusalKind kind;
    QString field; // WSO2's field: providerURL, body, http.headers, key, secret, ...
    QString message; // one sentence for people
};

struct MappingOptions
{
    // The user agreed that named secrets {{secret:NAME}} are written into WSO2's configuration as their values.
    bool inlineNamedSecrets = false;
};

struct SenderMapping
{
    SmsSender sender;
    QList<Refusal> refusals; // nothing may be sent while this is not empty
    QStringList secrets; // every secret value the sender body holds, for redaction of previews
    QStringList inlinedSecretNames; // the named secrets written in clear (with consent), for the preview's note
    bool ok() const { return refusals.isEmpty(); }
};

// The active provider as WSO2's SMS sender. Twilio and Vonage keep their fields (key = Account SID / API key,
// secret = Auth Token / API secret); the custom provider is written in WSO2's own syntax: {{body}} and {{mobile}}
// unquoted and without spaces, headers in http.headers, the method in http.method, and its Basic, Bearer or
// header API-key authentication as the v2 API's authentication object (the secret from the keychain).
SenderMapping mapSender(
    providers::ProviderKind kind, const providers::ProviderSetup& setup, const MappingOptions& options = {});

// The refusal for a sender with an authentication when the server has no notification-sender v2 API.
Refusal authenticationNotOffered(const SenderAuthentication& authentication);

// The custom provider's payload template in WSO2's syntax; refusals are appended to refusals.
QString toWso2Template(const QString& templateText, tmpl::PayloadFormat format, const QMap<QString, QString>& named,
    const MappingOptions& options, QList<Refusal>& refusals, QStringList& inlined);

// One SMS OTP notification template of WSO2 (SMSTemplateWithID): a locale (en_US) and the body. Wso2Templates.h
// maps the console's texts to these.
struct SmsTemplate
{
    QString locale;
    QString body;
    bool operator==(const SmsTemplate&) const = default;
};

struct ConnectorProperty
{
    QString name;
    QString value;
    bool operator==(const ConnectorProperty&) const = default;
};

// The SmsOTP.* connector property of each OTP setting WSO2 has, in the order a push writes them: the one table
// both directions use (connectorProperties here, policyFromConnector in Wso2Take.h).
struct ConnectorField
{
    QString name;
    otp::PolicyField field;
};
const QList<ConnectorField>& connectorFields();
inline constexpr QStringView kResendBlockProperty = u"SmsOTP.ResendBlockDuration";

// The OTP settings as SmsOTP.* connector properties (values are strings: numbers, "true" or "false").
// SmsOTP.ResendBlockDuration exists only on recent servers: leave it out for a server whose connector does not
// list it.
QList<ConnectorProperty> connectorProperties(const otp::OtpPolicy& policy, bool includeResendBlock = true);
// The PATCH body: {"operation": "UPDATE", "properties": [{name, value}...]}.
QJsonObject connectorPatchBody(const QList<ConnectorProperty>& properties);
// The properties of a connector as GET returns it.
QList<ConnectorProperty> connectorFromJson(const QJsonObject& json);

// "Export WSO2 request bodies": for administrators who cannot connect, the requests a push would send, as one JSON
// document: the method, the path below /api/server (v1, or v2 for a sender with authentication) and the body of the SMS
// sender POST (no sender yet) and PUT (one exists), and of the SMS OTP connector PATCH, taken from senderRequest and
// connectorRequest (Wso2Requests.h) as a push is: each "body" is the JSON of exactly the bytes a push would send.
// Secrets are never in it: whatever the setup holds, every secret field (Auth Token, API secret, each header value,
// each named secret) holds a placeholder such as
// "<Twilio Auth Token>", listed under "secretsToFillIn". When WSO2 cannot express the setup, refusals say why and the
// document is empty.
//
// {"format": "smsotp-console-wso2-requests", "version": 2, "apiRoot": "{base URL with the tenant}/api/server",
//  "instructions": "...", "secretsToFillIn": [{"placeholder": "<Twilio Auth Token>", "what": "..."}],
//  "requests": [{"purpose": "...", "method": "POST", "path": "/v1/notification-senders/sms", "body": {...}}, ...]}
struct RequestBodiesExport
{
    QJsonDocument document; // empty when refused
    QList<Refusal> refusals;
    QStringList placeholders; // the placeholders standing for secrets in the bodies
    bool ok() const { return refusals.isEmpty(); }
};
// templates (Wso2Templates.h) add a POST and a PUT per locale.
RequestBodiesExport exportRequestBodies(providers::ProviderKind kind, const providers::ProviderSetup& setup,
    const otp::OtpPolicy& policy, const QList<SmsTemplate>& templates = {});

} // namespace smsotp::wso2
