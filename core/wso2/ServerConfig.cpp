#include "ServerConfig.h"

#include "providers/UrlPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace smsotp::wso2 {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("smsotp::wso2::ServerConfig", text);
}
} // namespace

QStringList defaultScopes()
{
    return { QStringLiteral("internal_notification_senders_view"),
        QStringLiteral("internal_notification_senders_create"), QStringLiteral("internal_notification_senders_update"),
        QStringLiteral("internal_config_mgt_view"), QStringLiteral("internal_config_mgt_add"),
        QStringLiteral("internal_config_mgt_update"), QStringLiteral("internal_governance_view"),
        QStringLiteral("internal_governance_update"), QStringLiteral("internal_application_mgt_view"),
        QStringLiteral("internal_application_mgt_update"), QStringLiteral("internal_template_mgt_view"),
        QStringLiteral("internal_template_mgt_create"), QStringLiteral("internal_template_mgt_update") };
}

QUrl apiUrl(const ServerConfig& config, const QString& path, int version)
{
    return providers::appendPath(config.baseUrl, QStringLiteral("/api/server/v%1").arg(version) + path);
}

QUrl effectiveTokenUrl(const ServerConfig& config)
{
    if (!config.tokenUrl.isEmpty())
        return config.tokenUrl;
    QUrl url;
    url.setScheme(config.baseUrl.scheme());
    url.setHost(config.baseUrl.host());
    url.setPort(config.baseUrl.port());
    url.setPath(QStringLiteral("/oauth2/token"));
    return url;
}

QStringList checkServerConfig(const ServerConfig& config)
{
    QStringList problems;
    if (config.name.trimmed().isEmpty())
        problems.append(tr("Give the server a name."));
    const providers::UrlCheck base = providers::checkEndpointUrl(config.baseUrl);
    if (!base.ok())
        problems.append(base.message);
    else if (!config.baseUrl.path().contains(QStringLiteral("/t/")))
        problems.append(tr("The base URL needs the tenant, for example https://host:9443/t/carbon.super."));
    if (config.auth == AuthKind::Basic) {
        if (config.username.isEmpty())
            problems.append(tr("Enter the admin user name."));
    } else {
        if (config.clientId.isEmpty())
            problems.append(tr("Enter the OAuth2 client id."));
        const providers::UrlCheck token = providers::checkEndpointUrl(effectiveTokenUrl(config));
        if (!token.ok())
            problems.append(token.message);
    }
    return problems;
}

QJsonObject toJson(const ServerConfig& config)
{
    QJsonObject o { { QStringLiteral("baseUrl"), config.baseUrl.toString() },
        { QStringLiteral("auth"),
            config.auth == AuthKind::Basic ? QStringLiteral("basic") : QStringLiteral("client_credentials") },
        { QStringLiteral("timeoutMs"), qint64(config.timeout.count()) } };
    if (config.auth == AuthKind::Basic) {
        o.insert(QStringLiteral("username"), config.username);
    } else {
        o.insert(QStringLiteral("clientId"), config.clientId);
        o.insert(QStringLiteral("tokenUrl"), config.tokenUrl.toString());
        o.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(config.scopes));
    }
    return o;
}

ServerConfig serverConfigFromJson(const QString& name, const QJsonObject& o)
{
    ServerConfig c;
    c.name = name;
    c.baseUrl = QUrl(o.value(u"baseUrl").toString());
    c.auth = o.value(u"auth").toString() == u"client_credentials" ? AuthKind::ClientCredentials : AuthKind::Basic;
    c.username = o.value(u"username").toString();
    c.clientId = o.value(u"clientId").toString();
    c.tokenUrl = QUrl(o.value(u"tokenUrl").toString());
    if (o.contains(u"scopes")) {
        c.scopes.clear();
        for (const QJsonValue& v : o.value(u"scopes").toArray())
            c.scopes.append(v.toString());
    }
    const qint64 ms = o.value(u"timeoutMs").toInteger(15000);
    c.timeout = std::chrono::milliseconds(ms > 0 ? ms : 15000);
    return c;
}

} // namespace smsotp::wso2
