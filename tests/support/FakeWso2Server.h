#pragma once
// Test helper: a stateful HTTPS server (the self-signed certificate of certs/) that behaves like the parts of
// WSO2 Identity Server 7.x's management REST API the console uses.

#include "TestHttpServer.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

// What it implements (specs/wso2 and PROVIDERS.md), below {base} = /t/carbon.super/api/server/v1:
//   auth: HTTP Basic with the admin user (its scopes: setUserScopes), or Bearer tokens from
//         POST /oauth2/token (grant_type=client_credentials, client id and secret by Basic, scope: the requested
//         scopes the client is allowed); missing or wrong credentials: 401; a missing scope: 403.
//   GET  {base}/notification-senders/sms                     -> 200 [sender] or []
//   POST {base}/notification-senders/sms                     -> 201; 409 NSM-60002 when one exists;
//                                                               400 NSM-60005 without providerURL,
//                                                               400 NSM-60004 Custom without a body property
//   GET|PUT|DELETE {base}/notification-senders/sms/SMSPublisher -> 404 NSM-60006 when there is none
//   the same below /api/server/v2 (7.2 on), where a sender also has an authentication object (BASIC, BEARER,
//   API_KEY or NONE, with its required properties; 400 NSM-60001 otherwise), shown without its secret; v1 neither
//   shows nor takes it. An old server (setOldServer) has no v2: 404 with an HTML page, no WSO2 error code.
//   GET|PATCH {base}/identity-governance/{category}/connectors/{connector} (SMS OTP connector only)
//   GET  {base}/notification/sms/template-types/U01TT1RQ/org-templates          -> 200 [{"locale", "self"}]
//   POST {base}/notification/sms/template-types/U01TT1RQ/org-templates          -> 201 {"locale", "self"} and a
//                                                               Location header; 409 when the locale has one
//   GET|PUT|DELETE .../org-templates/{locale}                   -> 200 {"body", "locale"} | 200 | 204; 404 when none
//   (scopes internal_template_mgt_view|create|update|delete; another template type: 404 with a WSO2 code; the
//   error codes are the fake's own). A server before 7.1 (setTemplatesApi(false)) has none of it: 404, no code.
//   GET  {base}/applications[?filter=name eq|co|sw VALUE]    -> 200 the applications (id, name, description, self)
//   GET  {base}/applications/{id}                            -> 200 the whole model; 404 APP-60006 when unknown
//   PATCH {base}/applications/{id}                           -> 200; replaces only the fields present (and inside
//                                                               authenticationSequence, only the ones present:
//                                                               an absent script is kept); 403 without
//                                                               internal_application_mgt_update
// Two applications to begin with: "Pickup" (USER_DEFINED, one step, an adaptive script, claimConfiguration) and
// "Pickup Manager" (DEFAULT).
// Sender scopes: internal_notification_senders_* or the older internal_config_mgt_* (view, create/add, update,
// delete); governance: internal_governance_view|update; applications: internal_application_mgt_view.
class FakeWso2Server
{
public:
    static inline const QString kTenantPath = QStringLiteral("/t/carbon.super");
    static inline const QString kUser = QStringLiteral("admin");
    static inline const QString kPassword = QStringLiteral("Adm1n-p@ss:word");
    static inline const QString kClientId = QStringLiteral("console-client-0123");
    static inline const QString kClientSecret = QStringLiteral("cl1ent-s3cret-4567");

    static QStringList allScopes();
    // The certificate the server presents by default (certs/selfsigned.crt), PEM: what a user would pin.
    static QByteArray certificatePem() { return TestHttpServer::certificatePem(TestHttpServer::Tls::SelfSigned); }

    explicit FakeWso2Server(TestHttpServer::Tls tls = TestHttpServer::Tls::SelfSigned);
    FakeWso2Server(const FakeWso2Server&) = delete;
    FakeWso2Server& operator=(const FakeWso2Server&) = delete;

    bool listen() { return m_server.listen(); }
    QUrl baseUrl() const; // https://127.0.0.1:port/t/carbon.super
    QUrl tokenUrl() const; // https://127.0.0.1:port/oauth2/token
    TestHttpServer& server() { return m_server; }
    const QList<RecordedRequest>& requests() const { return m_server.requests(); }
    // The requests below /api/server/v1 as "METHOD path-after-base", in order; those below v2 as "METHOD /v2/...".
    QStringList apiCalls() const;
    int tokenRequests() const;

    void setUserScopes(const QStringList& scopes) { m_userScopes = scopes; }
    void setClientScopes(const QStringList& scopes) { m_clientScopes = scopes; }
    void setTokenLifetimeSeconds(int seconds) { m_tokenLifetime = seconds; }
    // Older servers (before 7.2) know only the config_mgt scopes for senders, no ResendBlockDuration, and no v2 API.
    void setOldServer(bool old);

    // State, as a test sets it up or reads it back.
    std::optional<QJsonObject> sender() const { return m_sender; }
    void setSender(const std::optional<QJsonObject>& sender) { m_sender = sender; }
    QString connectorProperty(const QString& name) const { return m_connector.value(name); }
    // The SMS OTP org templates: locale -> body.
    QMap<QString, QString> smsTemplates() const { return m_smsTemplates; }
    void setSmsTemplates(const QMap<QString, QString>& templates) { m_smsTemplates = templates; }
    // IS 7.0 has no notification templates API; 7.1 on has it.
    void setTemplatesApi(bool present) { m_templatesApi = present; }
    bool hasConnectorProperty(const QString& name) const { return m_connector.contains(name); }

    // The applications, whole (as GET /applications/{id} answers).
    QList<QJsonObject> applications() const { return m_applications; }
    std::optional<QJsonObject> applicationNamed(const QString& name) const;
    void setApplications(const QList<QJsonObject>& applications) { m_applications = applications; }
    static QString pickupScript();

private:
    QHttpServerResponse applicationsRequest(
        const RecordedRequest& request, const QString& rest, const QStringList& scopes);
    void handle(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    QHttpServerResponse token(const RecordedRequest& request);
    QHttpServerResponse senders(
        const RecordedRequest& request, const QString& rest, const QStringList& scopes, bool v2);
    QHttpServerResponse connector(const RecordedRequest& request, const QStringList& scopes);
    QHttpServerResponse smsTemplates(const RecordedRequest& request, const QString& rest, const QStringList& scopes);

    TestHttpServer m_server;
    QStringList m_userScopes = allScopes();
    QStringList m_clientScopes = allScopes();
    QHash<QString, QStringList> m_tokens; // token -> its scopes
    int m_tokenLifetime = 3600;
    bool m_old = false;
    std::optional<QJsonObject> m_sender;
    QMap<QString, QString> m_connector;
    QMap<QString, QString> m_smsTemplates;
    bool m_templatesApi = true;
    QList<QJsonObject> m_applications;
};
