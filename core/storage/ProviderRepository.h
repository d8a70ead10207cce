#pragma once
// The non-secret part of every provider's configuration, and which provider is active, in SQLite.

#include "DatabaseError.h"
#include "providers/CustomProvider.h"
#include "providers/ProviderKind.h"
#include "providers/TwilioProvider.h"
#include "providers/VonageProvider.h"

#include <QStringList>

namespace smsotp::storage {

class Database;

// Where each secret lives in the keychain (SecretStore keys). Only names here, never values.
namespace secretkeys {
QString twilioAuthToken(); // "twilio.auth_token"
QString vonageApiSecret(); // "vonage.api_secret"
QString customHeader(const QString& headerName); // "custom.header.<name in lower case>"
QString customNamedSecret(const QString& name); // "custom.secret.<NAME>"
QString customAuthSecret(); // "custom.auth": the Basic password, Bearer token or API key
// A WSO2 Identity Server's admin password (Basic) and OAuth2 client secret, per server name.
inline QString wso2Password(const QString& serverName)
{
    return QStringLiteral("wso2.") + serverName + QStringLiteral(".password"); // "wso2.<server>.password"
}
inline QString wso2ClientSecret(const QString& serverName)
{
    return QStringLiteral("wso2.") + serverName + QStringLiteral(".client_secret"); // "wso2.<server>.client_secret"
}
} // namespace secretkeys

struct CustomProviderSettings
{
    // The header text is stored with every value emptied: the values are in the keychain.
    providers::custom::Config config;
    QStringList namedSecrets; // the NAMEs of {{secret:NAME}} the user stored in the keychain
};

struct ProviderSettings
{
    providers::twilio::Config twilio;
    providers::vonage::Config vonage;
    CustomProviderSettings custom;
    providers::ProviderKind active = providers::ProviderKind::Sandbox; // a fresh data folder uses the sandbox
    QList<providers::ProviderKind> configured; // kinds that have been saved at least once
    // Keychain entries whose save began but never finished (the program was killed, or the keychain failed):
    // the keychain may hold an older value that does not belong with these settings.
    QStringList interruptedSecrets;

    // The sender a kind sends from (empty for the sandbox).
    QString senderOf(providers::ProviderKind kind) const;
};

class ProviderRepository
{
public:
    explicit ProviderRepository(Database& database);

    struct LoadResult
    {
        ProviderSettings settings; // defaults for anything never saved
        DbError error;
    };
    LoadResult load() const;

    DbError saveTwilio(const providers::twilio::Config& config);
    DbError saveVonage(const providers::vonage::Config& config);
    // Header values are removed before writing (SECURITY.md 11): only names reach the database.
    DbError saveCustom(const CustomProviderSettings& settings);
    DbError setActive(providers::ProviderKind kind);

    // Which keychain entries the console has stored (names only), so the UI can show "•••" without reading the
    // keychain at start-up. The keychain stays the truth: a read that finds nothing clears the mark. An entry
    // whose save did not finish (interruptedSecrets) is not among them.
    struct StoredResult
    {
        QStringList keys;
        DbError error;
    };
    StoredResult storedSecrets() const;
    // Crash safety of a save: called before anything of the save is written, it marks the entries about to
    // change as interrupted (ProviderSettings::interruptedSecrets); setSecretStored, called once the keychain
    // confirmed an entry's write or removal, clears its mark. So a save killed at any moment leaves either
    // matching settings and secrets, or a mark naming each secret that may not match.
    DbError markSecretsPending(const QStringList& keys);
    DbError setSecretStored(const QString& key, bool stored);

    // The header text with every value emptied ("A: , B: "), as it is stored.
    static QString headerNamesOnly(const QString& headerText);

private:
    DbError save(providers::ProviderKind kind, const QByteArray& json);
    Database& m_database;
};

} // namespace smsotp::storage
