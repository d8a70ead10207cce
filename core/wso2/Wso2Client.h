#pragma once
// Talks to a WSO2 Identity Server's management REST API: test connection, pull, push, and the certificate
// a user may pin. Asynchronous; every callback is called exactly once, later, on this thread, and never after
// the client is destroyed. The sender must outlive the client.

#include "LoginFlow.h"
#include "ServerConfig.h"
#include "Wso2Diff.h"
#include "Wso2Mapping.h"
#include "providers/HttpSender.h"
#include "template/SmsLocale.h"

#include <QByteArray>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace smsotp::wso2 {

// One request below /api/server/v{apiVersion}, as Wso2Client sends it.
struct ApiRequest
{
    providers::HttpMethod method = providers::HttpMethod::Get;
    QString path; // below /api/server/v{apiVersion}, e.g. "/notification-senders/sms"
    QByteArray body; // the exact bytes sent (compact JSON); empty for GET
    int apiVersion = 1; // 2 for a sender with authentication (notification-sender v2)

    static ApiRequest get(const QString& path, int apiVersion = 1)
    {
        return { providers::HttpMethod::Get, path, {}, apiVersion };
    }

    bool operator==(const ApiRequest&) const = default;
};

// A server with what is needed to reach it: its secrets from the keychain and its pinned certificate.
struct Connection
{
    ServerConfig config;
    ServerCredentials credentials;
    providers::CertificatePin pin;
};

// The scopes an operation needs, as WSO2 names them, for the 403 explanation.
namespace scopes {
QString senderView(); // internal_notification_senders_view (or internal_config_mgt_view before 7.2)
QString senderCreate();
QString senderUpdate();
QString governanceView();
QString governanceUpdate();
QString applicationView();
QString applicationUpdate(); // internal_application_mgt_update
QString templateView(); // internal_template_mgt_view
QString templateCreate();
QString templateUpdate();
} // namespace scopes

// One sentence for a WSO2 answer that is not a success: NSM-... codes with their message, 401, 403 (naming
// scope), 404, 409, and anything else by its status. Pure.
QString explainApiError(int httpStatus, QByteArrayView body, const QString& scope);
// "NSM-60002" from an error body, or empty.
QString errorCodeOf(QByteArrayView body);

struct ApiError
{
    int httpStatus = 0; // 0 when there was no answer
    QString code; // NSM-... when the body had one
    QString explanation; // one sentence for people
    QString technicalDetail; // Qt's words for a transport failure
    bool isError() const { return !explanation.isEmpty(); }
};

struct EndpointCheck
{
    QString what; // for people: "SMS sender", "SMS OTP settings", "Applications"
    QString path; // below /api/server/v1
    QString scope; // what it needs
    bool ok = false;
    int httpStatus = 0;
    QString explanation; // empty when ok
};

struct ConnectionReport
{
    bool ok = false; // every endpoint answered
    QList<EndpointCheck> checks;
    QStringList missingScopes; // of the endpoints that answered 403
    ApiError error; // set when nothing could be read (token refused, TLS, unreachable)
};

struct PullResult
{
    bool ok = false;
    std::optional<SmsSender> sender; // none when the server has no SMS sender
    QList<ConnectorProperty> connector; // the SMS OTP connector's properties as the server has them
    // 2 when the server answered the notification-sender v2 API (it takes a sender's authentication), 1 when only
    // v1 answered (before IS 7.2).
    int senderApiVersion = 0;
    // The SMS OTP notification templates of the server (one per locale); none when it cannot be read, for the reason
    // in templatesUnavailable: the server has no templates API (before IS 7.1), or the credentials may not read it.
    // The sender and the connector are read all the same.
    std::optional<QList<SmsTemplate>> templates;
    QString templatesUnavailable;
    ApiError error;

    bool hasProperty(const QString& name) const;
};

struct PushPlan
{
    SenderMapping sender;
    QList<ConnectorProperty> connector;
    std::optional<bool> senderExists; // from the last pull; unknown: the client asks first
    int senderApiVersion = 0; // from the last pull (PullResult::senderApiVersion); 0: unknown
    // The SMS texts as templates (planTemplates); written after the connector, PUT for a locale the server has
    // (serverTemplateLocales, from the last pull; unknown: the client asks first), POST for another.
    QList<SmsTemplate> templates;
    QList<Refusal> templateRefusals;
    std::optional<QStringList> serverTemplateLocales;
    QString templatesUnavailable; // from the last pull: why the templates cannot be written (they are left out)
    bool refused() const { return !sender.ok() || !templateRefusals.isEmpty(); }
    QList<Refusal> refusals() const { return sender.refusals + templateRefusals; }
};

// The console's active provider and OTP settings as a push. With a last pull, SmsOTP.ResendBlockDuration is
// sent only when the server's connector has it, the sender method follows what the pull saw, and a sender with
// authentication is refused when the server has no v2 API. Without one, the push asks the server first.
PushPlan planPush(providers::ProviderKind kind, const providers::ProviderSetup& setup, const otp::OtpPolicy& policy,
    const MappingOptions& options, const std::optional<PullResult>& lastPull = std::nullopt);

// Adds the console's SMS texts (Wso2Templates.h) to a plan, with what the last pull saw of the server's templates.
void planTemplates(PushPlan& plan, const tmpl::SmsTexts& texts, const QString& webOtpDomain,
    const std::optional<PullResult>& lastPull = std::nullopt);

struct PushResult
{
    bool ok = false;
    bool refused = false; // the plan had refusals: nothing was sent
    QList<Refusal> refusals;
    QByteArray senderMethod; // what finally wrote the sender: "POST" or "PUT"
    bool retriedAsPut = false; // POST answered NSM-60002 and the console used PUT
    bool connectorWritten = false; // the sender and the connector are on the server (the templates come after them)
    QStringList templatesWritten; // the locales whose SMS template was written
    QString templatesSkipped; // why the SMS templates were not written while the rest was (before IS 7.1)
    ApiError error;
};

// What a push that stopped part way left on the server, for people ("The SMS sender, the SMS OTP settings and the
// SMS texts of en_US were written, but not the others: EXPLANATION"). Empty when it did not stop after the connector.
QString partialPushText(const PushResult& result);

struct CertificateInfo
{
    bool ok = false; // a certificate was read
    QSslCertificate certificate;
    QByteArray pem;
    QString sha256; // "AB:CD:..." upper-case hex pairs
    QString subject;
    QString issuer;
    QDateTime expires;
    bool trustedBySystem = false; // the handshake succeeded without a pin
    QStringList tlsErrors; // why it is not trusted
    // The host it was fetched for, when the certificate does not name that host (a host-name mismatch, one of
    // tlsErrors): pinning it trusts it for this host anyway, which is why it is shown before pinning.
    QString hostNotNamed;
    QString explanation; // when !ok

    // What pinning this certificate trusts: exactly it, and the host it does not name when that was shown.
    providers::CertificatePin pin() const { return { pem, hostNotNamed }; }
    // The sentence that shows hostNotNamed before the user agrees; empty when the certificate names its host.
    QString hostNotNamedWarning() const;
};

struct ApplicationListResult
{
    bool ok = false;
    QList<ApplicationSummary> applications;
    ApiError error;
};

struct ApplicationResult
{
    bool ok = false;
    Application application;
    ApiError error;
};

struct FlowChangeResult
{
    bool ok = false;
    ApiError error;
};

// "AB:CD:..." of the certificate's DER.
QString sha256Fingerprint(const QSslCertificate& certificate);
// What a person compares before trusting a certificate: its PEM, SHA-256, subject, issuer and expiry.
CertificateInfo describeCertificate(const QSslCertificate& certificate);

class Wso2Client : public QObject
{
    Q_OBJECT
public:
    using ReportCallback = std::function<void(const ConnectionReport&)>;
    using PullCallback = std::function<void(const PullResult&)>;
    using PushCallback = std::function<void(const PushResult&)>;
    using CertificateCallback = std::function<void(const CertificateInfo&)>;
    using ApplicationListCallback = std::function<void(const ApplicationListResult&)>;
    using ApplicationCallback = std::function<void(const ApplicationResult&)>;
    using FlowChangeCallback = std::function<void(const FlowChangeResult&)>;

    explicit Wso2Client(providers::HttpSender& sender, QObject* parent = nullptr);
    ~Wso2Client() override;

    void testConnection(const Connection& connection, ReportCallback done);
    void pull(const Connection& connection, PullCallback done);
    // Writes senderRequest (PUT when plan.senderExists; unknown: asks first; a POST answered NSM-60002 is sent
    // again as PUT), then connectorRequest: exactly the bodies pushRequests lists. A refused plan never reaches
    // the network.
    void push(const Connection& connection, const PushPlan& plan, PushCallback done);
    // GET /applications?filter=name eq NAME (exact) or name co NAME (a search); an empty name lists them all.
    void listApplications(const Connection& connection, const QString& name, bool exact, ApplicationListCallback done);
    // GET /applications/{id}.
    void application(const Connection& connection, const QString& id, ApplicationCallback done);
    // Sends loginFlowRequest(id, sequence): only authenticationSequence, never the script.
    void setLoginFlow(
        const Connection& connection, const QString& id, const AuthSequence& sequence, FlowChangeCallback done);
    // The path of an application list request (for previews and tests).
    static QString applicationsPath(const QString& name, bool exact);
    static QString applicationPath(const QString& id);

    // Reads the certificate the server at url presents, trusted or not, without sending anything over it.
    void fetchCertificate(const QUrl& url, CertificateCallback done);

    // The request as it would go out; with OAuth2 the bearer token is the given one. Previews use previewText
    // (Wso2Requests.h), which builds on this.
    static providers::HttpRequestSpec buildApiRequest(
        const Connection& connection, const ApiRequest& request, const QByteArray& bearerToken = {});
    static QString senderPath(); // /notification-senders/sms
    static QString connectorPath(); // /identity-governance/{category}/connectors/{connector}

    // Forgets cached OAuth2 tokens.
    void clearTokens() { m_tokens.clear(); }

private:
    using TokenCallback = std::function<void(const QByteArray& token, const ApiError& error)>;
    using ResultCallback = std::function<void(const providers::HttpResult& result)>;

    void withToken(const Connection& connection, TokenCallback done);
    // Sends with authentication; the callback gets the HTTP result (or an auth error as a failure).
    void call(const Connection& connection, const ApiRequest& request,
        std::function<void(const providers::HttpResult&, const ApiError& authError)> done);
    // Reads the sender through the v2 API, or v1 when the server has no v2, then the connector.
    void pullSender(const Connection& connection, int apiVersion, PullCallback done);
    void checkNext(
        const Connection& connection, QList<EndpointCheck> pending, ConnectionReport report, ReportCallback done);
    void writeSender(
        const Connection& connection, const PushPlan& plan, bool put, PushResult result, PushCallback done);
    void patchConnector(const Connection& connection, const PushPlan& plan, PushResult result, PushCallback done);
    // Reads the locales of the server's SMS templates (none: why not), then each template in turn.
    void pullTemplates(const Connection& connection, PullResult pull, PullCallback done);
    void pullTemplate(const Connection& connection, PullResult pull, QStringList locales, PullCallback done);
    // Asks which locales the server has templates for, then writes them (a server without the API: skipped).
    void askTemplatesThenWrite(
        const Connection& connection, const PushPlan& plan, PushResult result, PushCallback done);
    // Writes plan.templates from index on: PUT for a locale in existing, POST otherwise (409: PUT).
    void writeTemplates(const Connection& connection, const PushPlan& plan, QStringList existing, qsizetype index,
        PushResult result, PushCallback done);

    struct Token
    {
        QByteArray value;
        QDeadlineTimer expiry;
    };

    providers::HttpSender& m_sender;
    QHash<QString, Token> m_tokens; // by server name, client id and token URL
    bool m_destroying = false;
};

} // namespace smsotp::wso2
