#include "Wso2Client.h"

#include "Wso2Requests.h"
#include "Wso2Templates.h"
#include "providers/ErrorExplanations.h"
#include "providers/Redaction.h"
#include "providers/UrlPolicy.h"
#include "template/FormUrlEncoding.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>
#include <memory>

namespace smsotp::wso2 {

using providers::HttpMethod;
using providers::HttpRequestSpec;
using providers::HttpResult;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("smsotp::wso2::Wso2Client", text);
}

QJsonObject jsonObject(QByteArrayView body)
{
    return QJsonDocument::fromJson(body.toByteArray()).object();
}

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

// The server has no such API (an older release): 404 or 405 without a WSO2 error code. WSO2's own "not found"
// answers carry one (NSM-60006).
bool apiAbsent(const HttpResult& result)
{
    return (result.httpStatus == 404 || result.httpStatus == 405) && errorCodeOf(result.body).isEmpty();
}

// A pin applies to the server it was made for: the base URL's host and port, never another address.
bool sameServer(const QUrl& a, const QUrl& b)
{
    return a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(443) == b.port(443)
        && a.scheme() == b.scheme();
}

ApiError transportError(const HttpResult& result, const QString& host)
{
    ApiError e;
    e.explanation = providers::explainTransportFailure(*result.failure, host);
    if (*result.failure == providers::TransportFailure::Tls)
        e.explanation += QLatin1Char(' ')
            + tr("If this is the server's own self-signed certificate, compare its SHA-256 fingerprint with the "
                 "server's and pin it for this server.");
    if (*result.failure == providers::TransportFailure::PinnedCertificateExpired)
        e.explanation += QLatin1Char(' ')
            + tr("It expired on %1.").arg(result.pinExpiry.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    e.technicalDetail = result.failureDetail;
    return e;
}

ApiError answerError(const HttpResult& result, const QString& scope)
{
    ApiError e;
    e.httpStatus = result.httpStatus;
    e.code = errorCodeOf(result.body);
    e.explanation = explainApiError(result.httpStatus, result.body, scope);
    return e;
}

QStringList connectionSecrets(const Connection& c)
{
    QStringList secrets;
    if (c.config.auth == AuthKind::Basic && !c.credentials.password.isEmpty()) {
        secrets << c.credentials.password << (c.config.username + QLatin1Char(':') + c.credentials.password);
    } else if (c.config.auth == AuthKind::ClientCredentials && !c.credentials.clientSecret.isEmpty()) {
        secrets << c.credentials.clientSecret << (c.config.clientId + QLatin1Char(':') + c.credentials.clientSecret);
    }
    return secrets;
}

// What reaches the caller never holds a secret: a server may echo a value in its error description.
ApiError redacted(ApiError error, const QStringList& secrets)
{
    error.explanation = providers::redactText(error.explanation, secrets);
    error.technicalDetail = providers::redactText(error.technicalDetail, secrets);
    return error;
}

QString tokenKey(const Connection& c)
{
    return c.config.name + QLatin1Char('\n') + c.config.clientId + QLatin1Char('\n')
        + effectiveTokenUrl(c.config).toString() + QLatin1Char('\n') + c.config.scopes.join(u' ');
}

} // namespace

bool PullResult::hasProperty(const QString& name) const
{
    for (const ConnectorProperty& p : connector) {
        if (p.name == name)
            return true;
    }
    return false;
}

PushPlan planPush(providers::ProviderKind kind, const providers::ProviderSetup& setup, const otp::OtpPolicy& policy,
    const MappingOptions& options, const std::optional<PullResult>& lastPull)
{
    PushPlan plan;
    plan.sender = mapSender(kind, setup, options);
    const bool resendBlock
        = !lastPull || !lastPull->ok || lastPull->hasProperty(QStringLiteral("SmsOTP.ResendBlockDuration"));
    plan.connector = connectorProperties(policy, resendBlock);
    if (lastPull && lastPull->ok) {
        plan.senderExists = lastPull->sender.has_value();
        plan.senderApiVersion = lastPull->senderApiVersion;
        if (plan.senderApiVersion == 1 && plan.sender.sender.authentication.isSet())
            plan.sender.refusals.append(authenticationNotOffered(plan.sender.sender.authentication));
    }
    return plan;
}

QString partialPushText(const PushResult& result)
{
    if (result.ok || !result.connectorWritten)
        return {};
    return result.templatesWritten.isEmpty()
        ? Wso2Client::tr("The SMS sender and the SMS OTP settings were written, but no SMS text: %1")
              .arg(result.error.explanation)
        : Wso2Client::tr("The SMS sender, the SMS OTP settings and the SMS texts of %1 were written, but not the "
                         "others: %2")
              .arg(result.templatesWritten.join(QStringLiteral(", ")), result.error.explanation);
}

void planTemplates(
    PushPlan& plan, const tmpl::SmsTexts& texts, const QString& webOtpDomain, const std::optional<PullResult>& lastPull)
{
    const TemplateMapping mapping = mapSmsTemplates(texts, webOtpDomain);
    plan.templates = mapping.templates;
    plan.templateRefusals = mapping.refusals;
    if (!lastPull || !lastPull->ok)
        return;
    if (lastPull->templates) {
        QStringList locales;
        for (const SmsTemplate& t : *lastPull->templates)
            locales.append(t.locale);
        plan.serverTemplateLocales = locales;
    } else {
        plan.templatesUnavailable = lastPull->templatesUnavailable;
    }
}

QString sha256Fingerprint(const QSslCertificate& certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString CertificateInfo::hostNotNamedWarning() const
{
    if (hostNotNamed.isEmpty())
        return {};
    return QCoreApplication::translate(
        "smsotp::wso2::CertificateInfo", "It does not name the host %1: pinning it trusts it for %1 all the same.")
        .arg(hostNotNamed);
}

CertificateInfo describeCertificate(const QSslCertificate& certificate)
{
    CertificateInfo info;
    info.ok = !certificate.isNull();
    info.certificate = certificate;
    info.pem = certificate.toPem();
    info.sha256 = sha256Fingerprint(certificate);
    info.subject = certificate.subjectDisplayName();
    info.issuer = certificate.issuerDisplayName();
    info.expires = certificate.expiryDate();
    return info;
}

Wso2Client::Wso2Client(providers::HttpSender& sender, QObject* parent)
    : QObject(parent)
    , m_sender(sender)
{ }

Wso2Client::~Wso2Client()
{
    m_destroying = true;
}

QString Wso2Client::senderPath()
{
    return QStringLiteral("/notification-senders/sms");
}

QString Wso2Client::connectorPath()
{
    return QStringLiteral("/identity-governance/") + kMfaCategoryId.toString() + QStringLiteral("/connectors/")
        + kSmsOtpConnectorId.toString();
}

HttpRequestSpec Wso2Client::buildApiRequest(
    const Connection& connection, const ApiRequest& request, const QByteArray& bearerToken)
{
    HttpRequestSpec spec;
    const HttpMethod method = request.method;
    spec.method = method;
    const QString& path = request.path;
    const qsizetype query = path.indexOf(u'?');
    spec.url = apiUrl(connection.config, query < 0 ? path : path.left(query), request.apiVersion);
    if (query >= 0)
        spec.url.setQuery(path.mid(query + 1));
    spec.transferTimeout = connection.config.timeout;
    spec.secrets = connectionSecrets(connection);
    if (connection.config.auth == AuthKind::Basic) {
        const QByteArray pair
            = (connection.config.username + QLatin1Char(':') + connection.credentials.password).toUtf8();
        spec.headers.append(
            { QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic ") + pair.toBase64(), true });
    } else {
        spec.headers.append({ QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + bearerToken, true });
        if (!bearerToken.isEmpty())
            spec.secrets.append(QString::fromLatin1(bearerToken));
    }
    spec.headers.append({ QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json") });
    if (method != HttpMethod::Get) {
        spec.headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") });
        spec.body = request.body;
    }
    spec.pin = connection.pin;
    return spec;
}

void Wso2Client::withToken(const Connection& connection, TokenCallback done)
{
    if (connection.config.auth == AuthKind::Basic) {
        QTimer::singleShot(0, this, [done] { done({}, {}); });
        return;
    }
    const QString key = tokenKey(connection);
    const auto cached = m_tokens.constFind(key);
    if (cached != m_tokens.cend() && !cached->expiry.hasExpired()) {
        const QByteArray token = cached->value;
        QTimer::singleShot(0, this, [done, token] { done(token, {}); });
        return;
    }
    HttpRequestSpec spec;
    spec.method = HttpMethod::Post;
    spec.url = effectiveTokenUrl(connection.config);
    spec.transferTimeout = connection.config.timeout;
    const QByteArray pair
        = (connection.config.clientId + QLatin1Char(':') + connection.credentials.clientSecret).toUtf8();
    spec.headers.append({ QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic ") + pair.toBase64(), true });
    spec.headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded") });
    spec.headers.append({ QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json") });
    spec.body = tmpl::formUrlEncodeFields({ { QStringLiteral("grant_type"), QStringLiteral("client_credentials") },
        { QStringLiteral("scope"), connection.config.scopes.join(u' ') } });
    spec.secrets = connectionSecrets(connection);
    if (sameServer(spec.url, connection.config.baseUrl))
        spec.pin = connection.pin;
    const QString host = spec.url.host();
    QPointer<Wso2Client> self(this);
    m_sender.send(spec, [self, key, host, done](const HttpResult& result) {
        if (!self || self->m_destroying)
            return;
        if (!result.hasAnswer()) {
            done({}, transportError(result, host));
            return;
        }
        if (!isSuccess(result.httpStatus)) {
            ApiError e;
            e.httpStatus = result.httpStatus;
            const QJsonObject o = jsonObject(result.body);
            const QString said = o.value(u"error_description").toString(o.value(u"error").toString());
            e.code = o.value(u"error").toString();
            e.explanation = result.httpStatus == 401 || e.code == u"invalid_client"
                ? tr("The token endpoint did not accept the client id and secret (HTTP %1).").arg(result.httpStatus)
                : tr("The token endpoint refused the request (HTTP %1): %2").arg(result.httpStatus).arg(said);
            done({}, e);
            return;
        }
        const QJsonObject o = jsonObject(result.body);
        const QByteArray token = o.value(u"access_token").toString().toLatin1();
        if (token.isEmpty()) {
            ApiError e;
            e.httpStatus = result.httpStatus;
            e.explanation = tr("The token endpoint answered without an access token.");
            done({}, e);
            return;
        }
        // Renewed a little before it runs out, so a request never carries a token that expires on the way.
        const qint64 lifetime = qMax<qint64>(0, o.value(u"expires_in").toInteger(0) - 30);
        self->m_tokens.insert(key, Token { token, QDeadlineTimer(lifetime * 1000) });
        done(token, {});
    });
}

void Wso2Client::call(const Connection& connection, const ApiRequest& request,
    std::function<void(const HttpResult&, const ApiError&)> done)
{
    QPointer<Wso2Client> self(this);
    withToken(connection, [self, connection, request, done](const QByteArray& token, const ApiError& error) {
        if (!self || self->m_destroying)
            return;
        if (error.isError()) {
            done(HttpResult {}, error);
            return;
        }
        const HttpRequestSpec spec = buildApiRequest(connection, request, token);
        self->m_sender.send(spec, [self, done](const HttpResult& result) {
            if (!self || self->m_destroying)
                return;
            done(result, {});
        });
    });
}

void Wso2Client::testConnection(const Connection& connection, ReportCallback userDone)
{
    const QStringList secrets = connectionSecrets(connection);
    ReportCallback done = [userDone, secrets](ConnectionReport report) {
        report.error = redacted(report.error, secrets);
        for (EndpointCheck& check : report.checks)
            check.explanation = providers::redactText(check.explanation, secrets);
        userDone(report);
    };
    const QList<EndpointCheck> checks {
        { tr("SMS sender"), senderPath(), scopes::senderView(), false, 0, {} },
        { tr("SMS OTP settings"), connectorPath(), scopes::governanceView(), false, 0, {} },
        { tr("Applications"), QStringLiteral("/applications?limit=1"), scopes::applicationView(), false, 0, {} },
    };
    checkNext(connection, checks, ConnectionReport {}, std::move(done));
}

void Wso2Client::checkNext(
    const Connection& connection, QList<EndpointCheck> pending, ConnectionReport report, ReportCallback done)
{
    if (pending.isEmpty()) {
        report.ok = !report.checks.isEmpty();
        for (const EndpointCheck& c : std::as_const(report.checks))
            report.ok = report.ok && c.ok;
        QTimer::singleShot(0, this, [done, report] { done(report); });
        return;
    }
    EndpointCheck check = pending.takeFirst();
    QPointer<Wso2Client> self(this);
    const QString host = connection.config.baseUrl.host();
    call(connection, ApiRequest::get(check.path),
        [self, connection, pending, report, done, check, host](
            const HttpResult& result, const ApiError& authError) mutable {
            if (authError.isError()) {
                report.error = authError;
                done(report);
                return;
            }
            if (!result.hasAnswer()) {
                // TLS, unreachable: no endpoint can answer, so the report stops here.
                report.error = transportError(result, host);
                done(report);
                return;
            }
            check.httpStatus = result.httpStatus;
            check.ok = isSuccess(result.httpStatus);
            if (!check.ok)
                check.explanation = explainApiError(result.httpStatus, result.body, check.scope);
            if (result.httpStatus == 403)
                report.missingScopes.append(check.scope);
            if (result.httpStatus == 401) {
                report.error = answerError(result, check.scope);
                report.checks.append(check);
                done(report);
                return;
            }
            report.checks.append(check);
            self->checkNext(connection, pending, report, done);
        });
}

void Wso2Client::pull(const Connection& connection, PullCallback userDone)
{
    const QStringList secrets = connectionSecrets(connection);
    PullCallback done = [userDone, secrets](PullResult result) {
        result.error = redacted(result.error, secrets);
        userDone(result);
    };
    pullSender(connection, 2, std::move(done));
}

void Wso2Client::pullSender(const Connection& connection, int apiVersion, PullCallback done)
{
    QPointer<Wso2Client> self(this);
    const QString host = connection.config.baseUrl.host();
    call(connection, ApiRequest::get(senderPath(), apiVersion),
        [self, connection, apiVersion, done, host](const HttpResult& result, const ApiError& authError) {
            PullResult pull;
            if (authError.isError() || !result.hasAnswer()) {
                pull.error = authError.isError() ? authError : transportError(result, host);
                done(pull);
                return;
            }
            if (apiVersion == 2 && apiAbsent(result)) {
                // Before IS 7.2: read the sender through v1.
                self->pullSender(connection, 1, done);
                return;
            }
            pull.senderApiVersion = apiVersion;
            if (result.httpStatus == 200) {
                for (const QJsonValue& v : QJsonDocument::fromJson(result.body).array()) {
                    const SmsSender s = senderFromJson(v.toObject());
                    if (!pull.sender || s.name == kSenderName)
                        pull.sender = s;
                }
            } else if (result.httpStatus != 404) {
                pull.error = answerError(result, scopes::senderView());
                done(pull);
                return;
            }
            self->call(connection, ApiRequest::get(connectorPath()),
                [self, connection, pull, done, host](const HttpResult& result, const ApiError& authError) mutable {
                    if (authError.isError() || !result.hasAnswer()) {
                        pull.error = authError.isError() ? authError : transportError(result, host);
                    } else if (result.httpStatus != 200) {
                        pull.error = answerError(result, scopes::governanceView());
                    } else {
                        pull.connector = connectorFromJson(jsonObject(result.body));
                        pull.ok = true;
                    }
                    if (!pull.ok || !self) {
                        done(pull);
                        return;
                    }
                    self->pullTemplates(connection, pull, done);
                });
        });
}

namespace {

QString templatesApiAbsent()
{
    return Wso2Client::tr("The server has no SMS templates API (WSO2 Identity Server 7.1 and later have it): the "
                          "SMS texts are neither read nor written there; everything else is.");
}

} // namespace

void Wso2Client::pullTemplates(const Connection& connection, PullResult pull, PullCallback done)
{
    QPointer<Wso2Client> self(this);
    const QString host = connection.config.baseUrl.host();
    call(connection, ApiRequest::get(smsTemplatesPath()),
        [self, connection, pull, done, host](const HttpResult& result, const ApiError& authError) mutable {
            if (authError.isError() || !result.hasAnswer()) {
                pull.ok = false;
                pull.error = authError.isError() ? authError : transportError(result, host);
                done(pull);
                return;
            }
            if (apiAbsent(result)) {
                pull.templatesUnavailable = templatesApiAbsent();
                done(pull);
                return;
            }
            if (result.httpStatus == 404) { // the API answers, the SMSOTP type has no templates
                pull.templates = QList<SmsTemplate> {};
                done(pull);
                return;
            }
            if (result.httpStatus != 200) {
                // The sender and the connector were read: what keeps the templates away is said, not fatal.
                pull.templatesUnavailable = answerError(result, scopes::templateView()).explanation;
                done(pull);
                return;
            }
            pull.templates = QList<SmsTemplate> {};
            if (self)
                self->pullTemplate(connection, pull, templateLocalesFromJson(result.body), done);
        });
}

void Wso2Client::pullTemplate(const Connection& connection, PullResult pull, QStringList locales, PullCallback done)
{
    if (locales.isEmpty()) {
        done(pull);
        return;
    }
    const QString locale = locales.takeFirst();
    QPointer<Wso2Client> self(this);
    const QString host = connection.config.baseUrl.host();
    call(connection, ApiRequest::get(smsTemplatePath(locale)),
        [self, connection, pull, locales, locale, done, host](
            const HttpResult& result, const ApiError& authError) mutable {
            if (authError.isError() || !result.hasAnswer()) {
                pull.ok = false;
                pull.error = authError.isError() ? authError : transportError(result, host);
                done(pull);
                return;
            }
            if (result.httpStatus == 200) {
                if (const std::optional<SmsTemplate> t = templateFromJson(result.body, locale))
                    pull.templates->append(*t);
            } else if (result.httpStatus != 404) {
                pull.templates.reset();
                pull.templatesUnavailable = answerError(result, scopes::templateView()).explanation;
                done(pull);
                return;
            }
            if (self)
                self->pullTemplate(connection, pull, locales, done);
        });
}

void Wso2Client::push(const Connection& connection, const PushPlan& plan, PushCallback userDone)
{
    const QStringList secrets = connectionSecrets(connection) + plan.sender.secrets;
    PushCallback done = [userDone, secrets](PushResult result) {
        result.error = redacted(result.error, secrets);
        userDone(result);
    };
    PushResult result;
    if (plan.refused()) {
        result.refused = true;
        result.refusals = plan.refusals();
        result.error.explanation = plan.sender.ok()
            ? tr("Nothing was sent: WSO2 cannot take the SMS texts as they are.")
            : tr("Nothing was sent: WSO2 cannot take the provider settings as they are.");
        QTimer::singleShot(0, this, [done, result] { done(result); });
        return;
    }
    const int apiVersion = plan.sender.sender.apiVersion();
    if (plan.senderExists && (apiVersion == 1 || plan.senderApiVersion == 2)) {
        writeSender(connection, plan, *plan.senderExists, result, std::move(done));
        return;
    }
    // Unknown: ask the server whether it has a sender (and, for a sender with authentication, whether it has the
    // v2 API that takes one).
    QPointer<Wso2Client> self(this);
    const QString host = connection.config.baseUrl.host();
    call(connection, ApiRequest::get(senderPath() + QLatin1Char('/') + kSenderName.toString(), apiVersion),
        [self, connection, plan, apiVersion, result, done, host](
            const HttpResult& http, const ApiError& authError) mutable {
            if (authError.isError() || !http.hasAnswer()) {
                result.error = authError.isError() ? authError : transportError(http, host);
                done(result);
                return;
            }
            if (apiVersion == 2 && apiAbsent(http)) {
                result.refused = true;
                result.refusals.append(authenticationNotOffered(plan.sender.sender.authentication));
                result.error.explanation = result.refusals.constLast().message;
                done(result);
                return;
            }
            if (http.httpStatus != 200 && http.httpStatus != 404) {
                result.error = answerError(http, scopes::senderView());
                done(result);
                return;
            }
            self->writeSender(connection, plan, http.httpStatus == 200, result, done);
        });
}

void Wso2Client::writeSender(
    const Connection& connection, const PushPlan& plan, bool put, PushResult result, PushCallback done)
{
    QPointer<Wso2Client> self(this);
    const QString host = connection.config.baseUrl.host();
    const ApiRequest request = senderRequest(plan.sender.sender, put);
    result.senderMethod = providers::httpMethodName(request.method);
    call(connection, request,
        [self, connection, plan, put, result, done, host](const HttpResult& http, const ApiError& authError) mutable {
            if (authError.isError() || !http.hasAnswer()) {
                result.error = authError.isError() ? authError : transportError(http, host);
                done(result);
                return;
            }
            if (!put && errorCodeOf(http.body) == u"NSM-60002") {
                // The sender appeared since the last pull: replace it.
                result.retriedAsPut = true;
                self->writeSender(connection, plan, true, result, done);
                return;
            }
            if (!isSuccess(http.httpStatus)) {
                result.error = answerError(http, put ? scopes::senderUpdate() : scopes::senderCreate());
                done(result);
                return;
            }
            self->patchConnector(connection, plan, result, done);
        });
}

void Wso2Client::patchConnector(
    const Connection& connection, const PushPlan& plan, PushResult result, PushCallback done)
{
    const QString host = connection.config.baseUrl.host();
    const ApiRequest request = connectorRequest(plan.connector);
    QPointer<Wso2Client> self(this);
    call(connection, request,
        [self, connection, plan, result, done, host](const HttpResult& http, const ApiError& authError) mutable {
            if (authError.isError() || !http.hasAnswer()) {
                result.error = authError.isError() ? authError : transportError(http, host);
                done(result);
                return;
            }
            if (!isSuccess(http.httpStatus)) {
                result.error = answerError(http, scopes::governanceUpdate());
                done(result);
                return;
            }
            result.connectorWritten = true;
            if (plan.templates.isEmpty() || !plan.templatesUnavailable.isEmpty()) {
                result.templatesSkipped = plan.templates.isEmpty() ? QString() : plan.templatesUnavailable;
                result.ok = true;
                done(result);
            } else if (self && plan.serverTemplateLocales) {
                self->writeTemplates(connection, plan, *plan.serverTemplateLocales, 0, result, done);
            } else if (self) {
                self->askTemplatesThenWrite(connection, plan, result, done);
            }
        });
}

void Wso2Client::askTemplatesThenWrite(
    const Connection& connection, const PushPlan& plan, PushResult result, PushCallback done)
{
    QPointer<Wso2Client> self(this);
    const QString host = connection.config.baseUrl.host();
    call(connection, ApiRequest::get(smsTemplatesPath()),
        [self, connection, plan, result, done, host](const HttpResult& http, const ApiError& authError) mutable {
            if (authError.isError() || !http.hasAnswer()) {
                result.error = authError.isError() ? authError : transportError(http, host);
            } else if (apiAbsent(http)) {
                result.templatesSkipped = templatesApiAbsent();
                result.ok = true;
            } else if (http.httpStatus != 200 && http.httpStatus != 404) {
                result.error = answerError(http, scopes::templateView());
            } else if (self) {
                self->writeTemplates(connection, plan, templateLocalesFromJson(http.body), 0, result, done);
                return;
            }
            done(result);
        });
}

void Wso2Client::writeTemplates(const Connection& connection, const PushPlan& plan, QStringList existing,
    qsizetype index, PushResult result, PushCallback done)
{
    if (index >= plan.templates.size()) {
        result.ok = true;
        done(result);
        return;
    }
    const SmsTemplate& smsTemplate = plan.templates.at(index);
    const bool put = existing.contains(smsTemplate.locale);
    QPointer<Wso2Client> self(this);
    const QString host = connection.config.baseUrl.host();
    call(connection, smsTemplateRequest(smsTemplate, put),
        [self, connection, plan, existing, index, put, result, done, host, locale = smsTemplate.locale](
            const HttpResult& http, const ApiError& authError) mutable {
            if (authError.isError() || !http.hasAnswer()) {
                result.error = authError.isError() ? authError : transportError(http, host);
                done(result);
                return;
            }
            if (!put && http.httpStatus == 409 && self) {
                // The template appeared since the last pull: replace it.
                existing.append(locale);
                self->writeTemplates(connection, plan, existing, index, result, done);
                return;
            }
            if (!isSuccess(http.httpStatus)) {
                result.error = answerError(http, put ? scopes::templateUpdate() : scopes::templateCreate());
                done(result);
                return;
            }
            result.templatesWritten.append(locale);
            if (self)
                self->writeTemplates(connection, plan, existing, index + 1, result, done);
        });
}

void Wso2Client::fetchCertificate(const QUrl& url, CertificateCallback done)
{
    auto* socket = new QSslSocket(this);
    auto* timer = new QTimer(socket);
    auto info = std::make_shared<CertificateInfo>();
    auto finished = std::make_shared<bool>(false);
    auto finish = [socket, info, finished, done, this] {
        if (*finished || m_destroying)
            return;
        *finished = true;
        if (info->certificate.isNull()) {
            info->ok = false;
            if (info->explanation.isEmpty())
                info->explanation = tr("The server presented no certificate.");
        } else {
            const CertificateInfo described = describeCertificate(info->certificate);
            info->ok = true;
            info->pem = described.pem;
            info->sha256 = described.sha256;
            info->subject = described.subject;
            info->issuer = described.issuer;
            info->expires = described.expires;
        }
        socket->abort();
        socket->deleteLater();
        const CertificateInfo copy = *info;
        QTimer::singleShot(0, this, [done, copy] { done(copy); });
    };
    const providers::UrlCheck check = providers::checkEndpointUrl(url);
    if (!check.ok() || url.scheme() != u"https") {
        info->explanation = check.ok() ? tr("Only an https:// address has a certificate.") : check.message;
        finish();
        return;
    }
    connect(socket, &QSslSocket::sslErrors, socket, [socket, info, host = url.host()](const QList<QSslError>& errors) {
        // Read, never ignored: the handshake fails and nothing is sent over it.
        info->certificate = socket->peerCertificate();
        for (const QSslError& e : errors) {
            info->tlsErrors.append(e.errorString());
            if (e.error() == QSslError::HostNameMismatch)
                info->hostNotNamed = host;
        }
    });
    connect(socket, &QSslSocket::encrypted, socket, [socket, info, finish] {
        info->certificate = socket->peerCertificate();
        info->trustedBySystem = true;
        finish();
    });
    connect(socket, &QAbstractSocket::errorOccurred, socket, [socket, info, finish](QAbstractSocket::SocketError) {
        if (info->certificate.isNull())
            info->explanation = socket->errorString();
        finish();
    });
    connect(timer, &QTimer::timeout, socket, [info, finish] {
        if (info->certificate.isNull())
            info->explanation = tr("The server did not complete a TLS handshake in time.");
        finish();
    });
    timer->setSingleShot(true);
    timer->start(int(providers::kDefaultTransferTimeout.count()));
    socket->setPeerVerifyName(url.host());
    socket->connectToHostEncrypted(url.host(), quint16(url.port(443)));
}

QString Wso2Client::applicationsPath(const QString& name, bool exact)
{
    if (name.trimmed().isEmpty())
        return QStringLiteral("/applications?limit=100");
    const QString filter
        = QStringLiteral("name ") + (exact ? QStringLiteral("eq ") : QStringLiteral("co ")) + name.trimmed();
    return QStringLiteral("/applications?limit=100&filter=") + QString::fromLatin1(QUrl::toPercentEncoding(filter));
}

QString Wso2Client::applicationPath(const QString& id)
{
    return QStringLiteral("/applications/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

void Wso2Client::listApplications(
    const Connection& connection, const QString& name, bool exact, ApplicationListCallback userDone)
{
    const QStringList secrets = connectionSecrets(connection);
    const QString host = connection.config.baseUrl.host();
    call(connection, ApiRequest::get(applicationsPath(name, exact)),
        [userDone, secrets, host](const HttpResult& http, const ApiError& authError) {
            ApplicationListResult result;
            if (authError.isError() || !http.hasAnswer())
                result.error = authError.isError() ? authError : transportError(http, host);
            else if (http.httpStatus != 200)
                result.error = answerError(http, scopes::applicationView());
            else {
                for (const QJsonValue& v : jsonObject(http.body).value(u"applications").toArray())
                    result.applications.append(applicationSummaryFromJson(v.toObject()));
                result.ok = true;
            }
            result.error = redacted(result.error, secrets);
            userDone(result);
        });
}

void Wso2Client::application(const Connection& connection, const QString& id, ApplicationCallback userDone)
{
    const QStringList secrets = connectionSecrets(connection);
    const QString host = connection.config.baseUrl.host();
    call(connection, ApiRequest::get(applicationPath(id)),
        [userDone, secrets, host](const HttpResult& http, const ApiError& authError) {
            ApplicationResult result;
            if (authError.isError() || !http.hasAnswer())
                result.error = authError.isError() ? authError : transportError(http, host);
            else if (http.httpStatus != 200)
                result.error = answerError(http, scopes::applicationView());
            else {
                result.application = applicationFromJson(jsonObject(http.body));
                result.ok = true;
            }
            result.error = redacted(result.error, secrets);
            userDone(result);
        });
}

void Wso2Client::setLoginFlow(
    const Connection& connection, const QString& id, const AuthSequence& sequence, FlowChangeCallback userDone)
{
    const QStringList secrets = connectionSecrets(connection);
    const QString host = connection.config.baseUrl.host();
    const ApiRequest request = loginFlowRequest(id, sequence);
    call(connection, request, [userDone, secrets, host](const HttpResult& http, const ApiError& authError) {
        FlowChangeResult result;
        if (authError.isError() || !http.hasAnswer())
            result.error = authError.isError() ? authError : transportError(http, host);
        else if (!isSuccess(http.httpStatus))
            result.error = answerError(http, scopes::applicationUpdate());
        else
            result.ok = true;
        result.error = redacted(result.error, secrets);
        userDone(result);
    });
}

} // namespace smsotp::wso2
