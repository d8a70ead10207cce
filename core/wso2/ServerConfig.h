#pragma once
// A WSO2 Identity Server the console talks to: where it is and how to sign in (secrets are in the keychain).

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <chrono>

namespace smsotp::wso2 {

enum class AuthKind
{
    Basic, // an admin user name and password (HTTP Basic)
    ClientCredentials, // an OAuth2 client id and secret, exchanged for a bearer token at the token URL
};

// The scopes the console asks for with client credentials (PROVIDERS.md): the 7.2+ notification sender scopes
// and the older configuration-management ones, governance, and applications.
QStringList defaultScopes();

struct ServerConfig
{
    QString name; // the console's own name for the server; unique; also names the keychain entries
    QUrl baseUrl; // with the tenant: https://host:9443/t/carbon.super
    AuthKind auth = AuthKind::Basic;
    QString username; // Basic
    QString clientId; // ClientCredentials
    QUrl tokenUrl; // ClientCredentials; empty: {scheme://host:port}/oauth2/token of the base URL
    QStringList scopes = defaultScopes(); // ClientCredentials
    std::chrono::milliseconds timeout { 15000 };

    bool operator==(const ServerConfig&) const = default;
};

// Kept in the keychain (storage::secretkeys::wso2Password / wso2ClientSecret); fetched just before use.
struct ServerCredentials
{
    QString password;
    QString clientSecret;
};

// The management API root: {baseUrl}/api/server/v{version}, and a path below it.
QUrl apiUrl(const ServerConfig& config, const QString& path, int version = 1);
// The token URL, or {scheme://host:port}/oauth2/token when none is set (WSO2's default).
QUrl effectiveTokenUrl(const ServerConfig& config);

// Problems of a configuration, each a sentence for people; empty when it can be used.
QStringList checkServerConfig(const ServerConfig& config);

QJsonObject toJson(const ServerConfig& config); // without name (the table's key) and without secrets
ServerConfig serverConfigFromJson(const QString& name, const QJsonObject& json);

} // namespace smsotp::wso2
