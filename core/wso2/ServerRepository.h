#pragma once
// The WSO2 servers the console knows, in SQLite (table wso2_servers), with the certificate pinned for each.

#include "ServerConfig.h"
#include "providers/HttpRequestSpec.h"
#include "storage/DatabaseError.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace smsotp::storage {
class Database;
}

namespace smsotp::wso2 {

struct StoredServer
{
    ServerConfig config;
    providers::CertificatePin pin; // empty when none is pinned
};

class ServerRepository
{
public:
    explicit ServerRepository(storage::Database& database);

    struct ListResult
    {
        QList<StoredServer> servers; // by name
        storage::DbError error;
    };
    ListResult list() const;

    struct FindResult
    {
        std::optional<StoredServer> server; // none when no server has that name
        storage::DbError error;
    };
    FindResult find(const QString& name) const;

    // Adds or replaces the configuration; a pinned certificate is kept.
    storage::DbError save(const ServerConfig& config);
    // Pins a certificate for that server only; an empty one removes the pin.
    storage::DbError setPin(const QString& name, const providers::CertificatePin& pin);
    storage::DbError remove(const QString& name);

private:
    storage::Database& m_database;
};

} // namespace smsotp::wso2
