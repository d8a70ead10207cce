#include "FakeWso2Server.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QUuid>

namespace {

using Status = QHttpServerResponder::StatusCode;

const QString kApi = QStringLiteral("/api/server/v1");
const QString kApiV2 = QStringLiteral("/api/server/v2");

// What a WSO2 API secret field looks like when read back: never its value.
QJsonObject withoutAuthenticationSecrets(QJsonObject sender)
{
    QJsonObject auth = sender.value(u"authentication").toObject();
    if (auth.isEmpty())
        return sender;
    QJsonObject props = auth.value(u"properties").toObject();
    for (const char* secret : { "password", "token", "value", "clientSecret" })
        props.remove(QLatin1String(secret));
    auth.insert(QStringLiteral("properties"), props);
    sender.insert(QStringLiteral("authentication"), auth);
    return sender;
}

// The authentication object's required properties per type (specs/wso2/notification-sender.v2.yaml).
QString authenticationProblem(const QJsonObject& auth)
{
    static const QMap<QString, QStringList> required {
        { QStringLiteral("BASIC"), { QStringLiteral("username"), QStringLiteral("password") } },
        { QStringLiteral("BEARER"), { QStringLiteral("token") } },
        { QStringLiteral("API_KEY"), { QStringLiteral("header"), QStringLiteral("value") } },
        { QStringLiteral("NONE"), {} },
    };
    const QString type = auth.value(u"type").toString();
    if (!required.contains(type))
        return QStringLiteral("Unsupported authentication type: %1").arg(type);
    const QJsonObject props = auth.value(u"properties").toObject();
    for (const QString& name : required.value(type)) {
        if (props.value(name).toString().isEmpty())
            return QStringLiteral("The authentication property %1 is required for %2.").arg(name, type);
    }
    return {};
}
const QString kConnectorPath = QStringLiteral(
    "/identity-governance/TXVsdGkgRmFjdG9yIEF1dGhlbnRpY2F0b3Jz/connectors/c21zLW90cC1hdXRoZW50aWNhdG9y");

QHttpServerResponse error(Status status, const QString& code, const QString& message, const QString& description)
{
    return QHttpServerResponse(QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("message"), message },
                                   { QStringLiteral("description"), description },
                                   { QStringLiteral("traceId"), QUuid::createUuid().toString(QUuid::WithoutBraces) } },
        status);
}

QHttpServerResponse unauthorized()
{
    QHttpServerResponse response(Status::Unauthorized);
    response.setHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Basic realm=\"WSO2\""));
    return response;
}

bool hasAny(const QStringList& have, const QStringList& wanted)
{
    for (const QString& w : wanted) {
        if (have.contains(w))
            return true;
    }
    return false;
}

QString property(const QJsonObject& sender, const QString& key)
{
    for (const QJsonValue& v : sender.value(u"properties").toArray()) {
        if (v.toObject().value(u"key").toString() == key)
            return v.toObject().value(u"value").toString();
    }
    return {};
}

} // namespace

QStringList FakeWso2Server::allScopes()
{
    return { QStringLiteral("internal_notification_senders_view"),
        QStringLiteral("internal_notification_senders_create"), QStringLiteral("internal_notification_senders_update"),
        QStringLiteral("internal_notification_senders_delete"), QStringLiteral("internal_config_mgt_view"),
        QStringLiteral("internal_config_mgt_add"), QStringLiteral("internal_config_mgt_update"),
        QStringLiteral("internal_config_mgt_delete"), QStringLiteral("internal_governance_view"),
        QStringLiteral("internal_governance_update"), QStringLiteral("internal_application_mgt_view"),
        QStringLiteral("internal_application_mgt_update"), QStringLiteral("internal_template_mgt_view"),
        QStringLiteral("internal_template_mgt_create"), QStringLiteral("internal_template_mgt_update"),
        QStringLiteral("internal_template_mgt_delete") };
}

FakeWso2Server::FakeWso2Server(TestHttpServer::Tls tls)
    : m_server(tls)
{
    // WSO2's defaults for the SMS OTP connector.
    m_connector = { { QStringLiteral("SmsOTP.ExpiryTime"), QStringLiteral("300") },
        { QStringLiteral("SmsOTP.OTPLength"), QStringLiteral("6") },
        { QStringLiteral("SmsOTP.OtpRegex.UseNumericChars"), QStringLiteral("true") },
        { QStringLiteral("SmsOTP.ResendAttemptsCount"), QStringLiteral("5") },
        { QStringLiteral("SmsOTP.ResendBlockDuration"), QStringLiteral("5") } };
    const auto step = [](int id, const QString& authenticator) {
        return QJsonObject { { QStringLiteral("id"), id },
            { QStringLiteral("options"),
                QJsonArray { QJsonObject { { QStringLiteral("idp"), QStringLiteral("LOCAL") },
                    { QStringLiteral("authenticator"), authenticator } } } } };
    };
    m_applications = {
        QJsonObject { { QStringLiteral("id"), QStringLiteral("8a1c3f0e-0001-4b7e-9a55-pickup000001") },
            { QStringLiteral("name"), QStringLiteral("Pickup") },
            { QStringLiteral("description"), QStringLiteral("The pickup dispatcher's portal.") },
            { QStringLiteral("accessUrl"), QStringLiteral("https://pickup.example.com/login") },
            { QStringLiteral("claimConfiguration"),
                QJsonObject { { QStringLiteral("dialect"), QStringLiteral("LOCAL") },
                    { QStringLiteral("subject"),
                        QJsonObject { { QStringLiteral("claim"),
                            QJsonObject { { QStringLiteral("uri"),
                                QStringLiteral("http://wso2.org/claims/username") } } } } } } },
            { QStringLiteral("authenticationSequence"),
                QJsonObject { { QStringLiteral("type"), QStringLiteral("USER_DEFINED") },
                    { QStringLiteral("steps"), QJsonArray { step(1, QStringLiteral("BasicAuthenticator")) } },
                    { QStringLiteral("script"), pickupScript() }, { QStringLiteral("subjectStepId"), 1 },
                    { QStringLiteral("attributeStepId"), 1 } } } },
        QJsonObject { { QStringLiteral("id"), QStringLiteral("8a1c3f0e-0002-4b7e-9a55-manager00002") },
            { QStringLiteral("name"), QStringLiteral("Pickup Manager") },
            { QStringLiteral("description"), QStringLiteral("Fleet management.") },
            { QStringLiteral("authenticationSequence"),
                QJsonObject { { QStringLiteral("type"), QStringLiteral("DEFAULT") },
                    { QStringLiteral("steps"), QJsonArray { step(1, QStringLiteral("BasicAuthenticator")) } },
                    { QStringLiteral("subjectStepId"), 1 }, { QStringLiteral("attributeStepId"), 1 } } } },
    };
    m_server.http().setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        handle(request, std::move(responder));
    });
}

void FakeWso2Server::setOldServer(bool old)
{
    m_old = old;
    if (old)
        m_connector.remove(QStringLiteral("SmsOTP.ResendBlockDuration"));
}

QUrl FakeWso2Server::baseUrl() const
{
    return m_server.url(kTenantPath);
}

QUrl FakeWso2Server::tokenUrl() const
{
    return m_server.url(QStringLiteral("/oauth2/token"));
}

QStringList FakeWso2Server::apiCalls() const
{
    QStringList calls;
    const QString prefix = kTenantPath + kApi;
    const QString prefixV2 = kTenantPath + kApiV2;
    for (const RecordedRequest& r : m_server.requests()) {
        if (r.path.startsWith(prefix))
            calls.append(QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path.mid(prefix.size()));
        else if (r.path.startsWith(prefixV2))
            calls.append(QString::fromLatin1(r.method) + QStringLiteral(" /v2") + r.path.mid(prefixV2.size()));
    }
    return calls;
}

int FakeWso2Server::tokenRequests() const
{
    int n = 0;
    for (const RecordedRequest& r : m_server.requests())
        n += r.path == u"/oauth2/token" ? 1 : 0;
    return n;
}

void FakeWso2Server::handle(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    const RecordedRequest recorded = m_server.record(request);
    if (recorded.path == u"/oauth2/token") {
        token(recorded).write(std::move(responder));
        return;
    }
    const bool v2 = recorded.path.startsWith(kTenantPath + kApiV2);
    const QString prefix = kTenantPath + (v2 ? kApiV2 : kApi);
    if (v2 && m_old) {
        // Before 7.2 there is no v2 API: the web container's own page, no WSO2 error code.
        QHttpServerResponse(QByteArrayLiteral("text/html"),
            QByteArrayLiteral("<html><body><h1>HTTP Status 404 - Not Found</h1></body></html>"), Status::NotFound)
            .write(std::move(responder));
        return;
    }
    if (!recorded.path.startsWith(prefix)) {
        error(Status::NotFound, QStringLiteral("404"), QStringLiteral("Not found"), recorded.path)
            .write(std::move(responder));
        return;
    }
    // Who is asking, and with which scopes.
    QStringList scopes;
    const QByteArray authorization = recorded.header("Authorization");
    if (authorization.startsWith("Bearer ")) {
        const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
        if (!m_tokens.contains(token)) {
            unauthorized().write(std::move(responder));
            return;
        }
        scopes = m_tokens.value(token);
    } else {
        const auto [user, password] = basicCredentials(authorization);
        if (user != kUser || password != kPassword) {
            unauthorized().write(std::move(responder));
            return;
        }
        scopes = m_userScopes;
    }
    const QString rest = recorded.path.mid(prefix.size());
    if (rest.startsWith(u"/notification-senders/sms")) {
        senders(recorded, rest.mid(QStringLiteral("/notification-senders/sms").size()), scopes, v2)
            .write(std::move(responder));
    } else if (v2) {
        error(Status::NotFound, QStringLiteral("404"), QStringLiteral("Not found"), rest).write(std::move(responder));
    } else if (rest == kConnectorPath) {
        connector(recorded, scopes).write(std::move(responder));
    } else if (rest.startsWith(u"/notification/sms/template-types")) {
        if (!m_templatesApi) {
            // Before 7.1: the web container's own answer, no WSO2 error code.
            QHttpServerResponse(QByteArrayLiteral("text/html"),
                QByteArrayLiteral("<html><body><h1>HTTP Status 404 - Not Found</h1></body></html>"), Status::NotFound)
                .write(std::move(responder));
            return;
        }
        smsTemplates(recorded, rest.mid(QStringLiteral("/notification/sms/template-types").size()), scopes)
            .write(std::move(responder));
    } else if (rest == u"/applications" || rest.startsWith(u"/applications/")) {
        applicationsRequest(recorded, rest.mid(QStringLiteral("/applications").size()), scopes)
            .write(std::move(responder));
    } else {
        error(Status::NotFound, QStringLiteral("404"), QStringLiteral("Not found"), rest).write(std::move(responder));
    }
}

QHttpServerResponse FakeWso2Server::token(const RecordedRequest& request)
{
    const auto [id, secret] = basicCredentials(request.header("Authorization"));
    if (request.method != "POST" || id != kClientId || secret != kClientSecret) {
        return QHttpServerResponse(
            QJsonObject { { QStringLiteral("error"), QStringLiteral("invalid_client") },
                { QStringLiteral("error_description"), QStringLiteral("Client Authentication failed.") } },
            Status::Unauthorized);
    }
    const QUrlQuery form(QString::fromUtf8(QByteArray(request.body).replace('+', ' ')));
    if (form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded) != u"client_credentials") {
        return QHttpServerResponse(
            QJsonObject { { QStringLiteral("error"), QStringLiteral("unsupported_grant_type") },
                { QStringLiteral("error_description"), QStringLiteral("Unsupported grant_type value") } },
            Status::BadRequest);
    }
    // Scopes the client asked for and may have; the others are dropped, as WSO2 does.
    QStringList granted;
    for (const QString& s :
        form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded).split(u' ', Qt::SkipEmptyParts)) {
        if (m_clientScopes.contains(s))
            granted.append(s);
    }
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_tokens.insert(token, granted);
    return QHttpServerResponse(QJsonObject { { QStringLiteral("access_token"), token },
        { QStringLiteral("token_type"), QStringLiteral("Bearer") }, { QStringLiteral("expires_in"), m_tokenLifetime },
        { QStringLiteral("scope"), granted.join(u' ') } });
}

QHttpServerResponse FakeWso2Server::senders(
    const RecordedRequest& request, const QString& rest, const QStringList& scopes, bool v2)
{
    // v1 neither shows nor takes an authentication; v2 shows it without its secret.
    const auto shown = [v2](QJsonObject sender) {
        if (!v2)
            sender.remove(QStringLiteral("authentication"));
        return withoutAuthenticationSecrets(sender);
    };
    const auto allowed = [&](const char* modern, const char* old) {
        QStringList wanted { QString::fromLatin1(old) };
        if (!m_old)
            wanted.append(QString::fromLatin1(modern));
        return hasAny(scopes, wanted);
    };
    const auto validate = [&](const QJsonObject& body) -> std::optional<QHttpServerResponse> {
        if (body.value(u"provider").toString().isEmpty() || body.value(u"contentType").toString().isEmpty())
            return error(Status::BadRequest, QStringLiteral("NSM-60001"), QStringLiteral("Invalid input."),
                QStringLiteral("provider and contentType are required."));
        if (body.value(u"providerURL").toString().isEmpty())
            return error(Status::BadRequest, QStringLiteral("NSM-60005"), QStringLiteral("Invalid input."),
                QStringLiteral("Provider URL cannot be empty."));
        if (body.value(u"provider").toString() == u"Custom" && property(body, QStringLiteral("body")).isEmpty())
            return error(Status::BadRequest, QStringLiteral("NSM-60004"), QStringLiteral("Invalid input."),
                QStringLiteral("Body is required for the custom SMS provider."));
        if (body.contains(u"authentication")) {
            const QString problem = v2 ? authenticationProblem(body.value(u"authentication").toObject())
                                       : QStringLiteral("Unrecognized field authentication.");
            if (!problem.isEmpty())
                return error(
                    Status::BadRequest, QStringLiteral("NSM-60001"), QStringLiteral("Invalid input."), problem);
        }
        return std::nullopt;
    };
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const auto notFound = [] {
        return error(Status::NotFound, QStringLiteral("NSM-60006"), QStringLiteral("No notification sender found."),
            QStringLiteral("No SMS notification sender named SMSPublisher."));
    };
    if (rest.isEmpty() && request.method == "GET") {
        if (!allowed("internal_notification_senders_view", "internal_config_mgt_view"))
            return QHttpServerResponse(Status::Forbidden);
        QJsonArray list;
        if (m_sender)
            list.append(shown(*m_sender));
        return QHttpServerResponse(list);
    }
    if (rest.isEmpty() && request.method == "POST") {
        if (!allowed("internal_notification_senders_create", "internal_config_mgt_add"))
            return QHttpServerResponse(Status::Forbidden);
        if (m_sender)
            return error(Status::Conflict, QStringLiteral("NSM-60002"), QStringLiteral("Conflict."),
                QStringLiteral("An SMS sender with name SMSPublisher already exists."));
        if (auto invalid = validate(body))
            return std::move(*invalid);
        QJsonObject stored = body;
        if (stored.value(u"name").toString().isEmpty())
            stored.insert(QStringLiteral("name"), QStringLiteral("SMSPublisher"));
        m_sender = stored;
        return QHttpServerResponse(shown(stored), Status::Created);
    }
    if (rest == u"/SMSPublisher") {
        if (request.method == "GET") {
            if (!allowed("internal_notification_senders_view", "internal_config_mgt_view"))
                return QHttpServerResponse(Status::Forbidden);
            return m_sender ? QHttpServerResponse(shown(*m_sender)) : notFound();
        }
        if (request.method == "PUT") {
            if (!allowed("internal_notification_senders_update", "internal_config_mgt_update"))
                return QHttpServerResponse(Status::Forbidden);
            if (!m_sender)
                return notFound();
            if (auto invalid = validate(body))
                return std::move(*invalid);
            QJsonObject stored = body;
            stored.insert(QStringLiteral("name"), QStringLiteral("SMSPublisher"));
            m_sender = stored;
            return QHttpServerResponse(shown(stored));
        }
        if (request.method == "DELETE") {
            if (!allowed("internal_notification_senders_delete", "internal_config_mgt_delete"))
                return QHttpServerResponse(Status::Forbidden);
            if (!m_sender)
                return notFound();
            m_sender.reset();
            return QHttpServerResponse(Status::NoContent);
        }
    }
    return error(Status::MethodNotAllowed, QStringLiteral("NSM-60000"), QStringLiteral("Method not allowed."), rest);
}

QHttpServerResponse FakeWso2Server::connector(const RecordedRequest& request, const QStringList& scopes)
{
    if (request.method == "GET") {
        if (!scopes.contains(QStringLiteral("internal_governance_view")))
            return QHttpServerResponse(Status::Forbidden);
        QJsonArray props;
        for (auto it = m_connector.cbegin(); it != m_connector.cend(); ++it)
            props.append(QJsonObject { { QStringLiteral("name"), it.key() }, { QStringLiteral("value"), it.value() },
                { QStringLiteral("displayName"), it.key() }, { QStringLiteral("description"), QString() } });
        return QHttpServerResponse(QJsonObject {
            { QStringLiteral("id"), QStringLiteral("c21zLW90cC1hdXRoZW50aWNhdG9y") },
            { QStringLiteral("name"), QStringLiteral("sms-otp-authenticator") },
            { QStringLiteral("category"), QStringLiteral("Multi Factor Authenticators") },
            { QStringLiteral("friendlyName"), QStringLiteral("SMS OTP") }, { QStringLiteral("order"), 0 },
            { QStringLiteral("subCategory"), QStringLiteral("DEFAULT") }, { QStringLiteral("properties"), props } });
    }
    if (request.method == "PATCH") {
        if (!scopes.contains(QStringLiteral("internal_governance_update")))
            return QHttpServerResponse(Status::Forbidden);
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        if (body.value(u"operation").toString() != u"UPDATE")
            return error(Status::BadRequest, QStringLiteral("IDG-50000"), QStringLiteral("Invalid input."),
                QStringLiteral("operation must be UPDATE."));
        const QJsonArray props = body.value(u"properties").toArray();
        // All or nothing, like the server: an unknown property refuses the whole patch.
        for (const QJsonValue& v : props) {
            const QJsonObject p = v.toObject();
            if (!m_connector.contains(p.value(u"name").toString()) || !p.value(u"value").isString())
                return error(Status::BadRequest, QStringLiteral("IDG-50001"), QStringLiteral("Invalid input."),
                    QStringLiteral("Unknown or invalid property %1.").arg(p.value(u"name").toString()));
        }
        for (const QJsonValue& v : props)
            m_connector.insert(v.toObject().value(u"name").toString(), v.toObject().value(u"value").toString());
        return QHttpServerResponse(Status::Ok);
    }
    return error(Status::MethodNotAllowed, QStringLiteral("IDG-50000"), QStringLiteral("Method not allowed."), {});
}

QHttpServerResponse FakeWso2Server::smsTemplates(
    const RecordedRequest& request, const QString& rest, const QStringList& scopes)
{
    const QString list = QStringLiteral("/U01TT1RQ/org-templates");
    if (rest != list && !rest.startsWith(list + QLatin1Char('/')))
        return error(
            Status::NotFound, QStringLiteral("NTM-65002"), QStringLiteral("Template type does not exist."), rest);
    const QString locale = rest.mid(list.size() + 1);
    const auto allowed = [&](const char* scope) { return scopes.contains(QString::fromLatin1(scope)); };
    const auto self = [&](const QString& l) -> QString {
        return kTenantPath + kApi + QStringLiteral("/notification/sms/template-types") + list + QLatin1Char('/') + l;
    };
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (locale.isEmpty() && request.method == "GET") {
        if (!allowed("internal_template_mgt_view"))
            return QHttpServerResponse(Status::Forbidden);
        QJsonArray templates;
        for (auto it = m_smsTemplates.cbegin(); it != m_smsTemplates.cend(); ++it)
            templates.append(
                QJsonObject { { QStringLiteral("locale"), it.key() }, { QStringLiteral("self"), self(it.key()) } });
        return QHttpServerResponse(templates);
    }
    if (locale.isEmpty() && request.method == "POST") {
        if (!allowed("internal_template_mgt_create"))
            return QHttpServerResponse(Status::Forbidden);
        const QString newLocale = body.value(u"locale").toString();
        if (newLocale.isEmpty() || !body.value(u"body").isString())
            return error(Status::BadRequest, QStringLiteral("NTM-60001"), QStringLiteral("Invalid input."),
                QStringLiteral("body and locale are required."));
        if (m_smsTemplates.contains(newLocale))
            return error(
                Status::Conflict, QStringLiteral("NTM-65007"), QStringLiteral("Template already exists."), newLocale);
        m_smsTemplates.insert(newLocale, body.value(u"body").toString());
        QHttpServerResponse created(
            QJsonObject { { QStringLiteral("locale"), newLocale }, { QStringLiteral("self"), self(newLocale) } },
            Status::Created);
        created.setHeader(QByteArrayLiteral("Location"), self(newLocale).toUtf8());
        return created;
    }
    if (locale.isEmpty())
        return error(Status::MethodNotAllowed, QStringLiteral("NTM-60000"), QStringLiteral("Method not allowed."), {});
    const bool exists = m_smsTemplates.contains(locale);
    const auto notFound = [&] {
        return error(Status::NotFound, QStringLiteral("NTM-65003"), QStringLiteral("Template does not exist."), locale);
    };
    if (request.method == "GET") {
        if (!allowed("internal_template_mgt_view"))
            return QHttpServerResponse(Status::Forbidden);
        if (!exists)
            return notFound();
        return QHttpServerResponse(QJsonObject {
            { QStringLiteral("locale"), locale }, { QStringLiteral("body"), m_smsTemplates.value(locale) } });
    }
    if (request.method == "PUT") {
        if (!allowed("internal_template_mgt_update"))
            return QHttpServerResponse(Status::Forbidden);
        if (!exists)
            return notFound();
        if (!body.value(u"body").isString())
            return error(Status::BadRequest, QStringLiteral("NTM-60001"), QStringLiteral("Invalid input."),
                QStringLiteral("body is required."));
        m_smsTemplates.insert(locale, body.value(u"body").toString());
        return QHttpServerResponse(Status::Ok);
    }
    if (request.method == "DELETE") {
        if (!allowed("internal_template_mgt_delete"))
            return QHttpServerResponse(Status::Forbidden);
        if (!exists)
            return notFound();
        m_smsTemplates.remove(locale);
        return QHttpServerResponse(Status::NoContent);
    }
    return error(Status::MethodNotAllowed, QStringLiteral("NTM-60000"), QStringLiteral("Method not allowed."), {});
}

QString FakeWso2Server::pickupScript()
{
    return QStringLiteral("var onLoginRequest = function(context) {\n    executeStep(1);\n};\n");
}

std::optional<QJsonObject> FakeWso2Server::applicationNamed(const QString& name) const
{
    for (const QJsonObject& a : m_applications) {
        if (a.value(u"name").toString() == name)
            return a;
    }
    return std::nullopt;
}

QHttpServerResponse FakeWso2Server::applicationsRequest(
    const RecordedRequest& request, const QString& rest, const QStringList& scopes)
{
    const QString prefix = kTenantPath + kApi;
    if (rest.isEmpty() && request.method == "GET") {
        if (!scopes.contains(QStringLiteral("internal_application_mgt_view")))
            return QHttpServerResponse(Status::Forbidden);
        const QUrlQuery query(QString(request.query).replace(u'+', QStringLiteral("%20")));
        const QString filter = query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded);
        QString op;
        QString value;
        if (!filter.isEmpty()) {
            const QStringList parts = filter.split(u' ');
            if (parts.size() < 3 || parts.first() != u"name"
                || !QStringList { QStringLiteral("eq"), QStringLiteral("co"), QStringLiteral("sw") }.contains(
                    parts.at(1)))
                return error(Status::BadRequest, QStringLiteral("APP-60004"), QStringLiteral("Invalid filter."),
                    QStringLiteral("Unsupported filter: %1").arg(filter));
            op = parts.at(1);
            value = parts.mid(2).join(u' ');
        }
        QJsonArray list;
        for (const QJsonObject& a : std::as_const(m_applications)) {
            const QString name = a.value(u"name").toString();
            const bool match = op.isEmpty() || (op == u"eq" && name == value)
                || (op == u"co" && name.contains(value, Qt::CaseInsensitive))
                || (op == u"sw" && name.startsWith(value, Qt::CaseInsensitive));
            if (!match)
                continue;
            list.append(QJsonObject { { QStringLiteral("id"), a.value(u"id") }, { QStringLiteral("name"), name },
                { QStringLiteral("description"), a.value(u"description") },
                { QStringLiteral("access"), QStringLiteral("WRITE") },
                { QStringLiteral("self"),
                    QString(prefix + QStringLiteral("/applications/") + a.value(u"id").toString()) } });
        }
        return QHttpServerResponse(
            QJsonObject { { QStringLiteral("totalResults"), list.size() }, { QStringLiteral("startIndex"), 1 },
                { QStringLiteral("count"), list.size() }, { QStringLiteral("applications"), list } });
    }
    const QString id = rest.mid(1);
    qsizetype index = -1;
    for (qsizetype i = 0; i < m_applications.size(); ++i) {
        if (m_applications.at(i).value(u"id").toString() == id)
            index = i;
    }
    const auto notFound = [&id] {
        return error(Status::NotFound, QStringLiteral("APP-60006"), QStringLiteral("Application not found."),
            QStringLiteral("No application with the id %1.").arg(id));
    };
    if (request.method == "GET") {
        if (!scopes.contains(QStringLiteral("internal_application_mgt_view")))
            return QHttpServerResponse(Status::Forbidden);
        return index < 0 ? notFound() : QHttpServerResponse(m_applications.at(index));
    }
    if (request.method == "PATCH") {
        if (!scopes.contains(QStringLiteral("internal_application_mgt_update")))
            return QHttpServerResponse(Status::Forbidden);
        if (index < 0)
            return notFound();
        const QJsonDocument document = QJsonDocument::fromJson(request.body);
        if (!document.isObject())
            return error(Status::BadRequest, QStringLiteral("APP-60001"), QStringLiteral("Invalid input."),
                QStringLiteral("The body is not a JSON object."));
        // A partial update: the fields present replace the stored ones, the others stay as they are.
        QJsonObject stored = m_applications.at(index);
        const QJsonObject patch = document.object();
        for (auto it = patch.begin(); it != patch.end(); ++it) {
            if (it.key() == u"authenticationSequence" && it.value().isObject()) {
                QJsonObject sequence = stored.value(it.key()).toObject();
                const QJsonObject given = it.value().toObject();
                for (auto f = given.begin(); f != given.end(); ++f)
                    sequence.insert(f.key(), f.value());
                for (const QJsonValue& s : sequence.value(u"steps").toArray()) {
                    if (s.toObject().value(u"options").toArray().isEmpty())
                        return error(Status::BadRequest, QStringLiteral("APP-60001"), QStringLiteral("Invalid input."),
                            QStringLiteral("A step needs at least one option."));
                }
                stored.insert(it.key(), sequence);
            } else if (it.key() != u"id") {
                stored.insert(it.key(), it.value());
            }
        }
        m_applications[index] = stored;
        return QHttpServerResponse(Status::Ok);
    }
    return error(Status::MethodNotAllowed, QStringLiteral("APP-60000"), QStringLiteral("Method not allowed."), rest);
}
