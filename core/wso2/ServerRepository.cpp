#include "ServerRepository.h"

#include "storage/Database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace smsotp::wso2 {

using storage::DbError;
using storage::errorFromSql;

ServerRepository::ServerRepository(storage::Database& database)
    : m_database(database)
{ }

namespace {
StoredServer fromRow(const QSqlQuery& query)
{
    StoredServer s;
    s.config = serverConfigFromJson(
        query.value(0).toString(), QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object());
    s.pin.pem = query.value(2).toString().toUtf8();
    s.pin.acceptedHostMismatch = query.value(3).toString();
    return s;
}
} // namespace

ServerRepository::ListResult ServerRepository::list() const
{
    ListResult result;
    QSqlQuery query(m_database.connection());
    if (!query.exec(
            QStringLiteral("SELECT name, config, pinned_certificate, pin_accepted_host_mismatch FROM wso2_servers "
                           "ORDER BY name"))) {
        result.error = errorFromSql(query.lastError());
        return result;
    }
    while (query.next())
        result.servers.append(fromRow(query));
    return result;
}

ServerRepository::FindResult ServerRepository::find(const QString& name) const
{
    FindResult result;
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT name, config, pinned_certificate, pin_accepted_host_mismatch FROM wso2_servers "
                       "WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec()) {
        result.error = errorFromSql(query.lastError());
        return result;
    }
    if (query.next())
        result.server = fromRow(query);
    return result;
}

DbError ServerRepository::save(const ServerConfig& config)
{
    return m_database.transaction([&]() -> DbError {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("INSERT INTO wso2_servers (name, config, updated_at) VALUES (?, ?, ?) "
                                     "ON CONFLICT(name) DO UPDATE SET config = excluded.config, "
                                     "updated_at = excluded.updated_at"));
        query.addBindValue(config.name);
        query.addBindValue(QString::fromUtf8(QJsonDocument(toJson(config)).toJson(QJsonDocument::Compact)));
        query.addBindValue(QDateTime::currentSecsSinceEpoch());
        if (!query.exec())
            return errorFromSql(query.lastError());
        return {};
    });
}

DbError ServerRepository::setPin(const QString& name, const providers::CertificatePin& pin)
{
    return m_database.transaction([&]() -> DbError {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("UPDATE wso2_servers SET pinned_certificate = ?, pin_accepted_host_mismatch = ?, "
                                     "updated_at = ? WHERE name = ?"));
        query.addBindValue(QString::fromUtf8(pin.pem));
        query.addBindValue(storage::notNull(pin.isEmpty() ? QString() : pin.acceptedHostMismatch));
        query.addBindValue(QDateTime::currentSecsSinceEpoch());
        query.addBindValue(name);
        if (!query.exec())
            return errorFromSql(query.lastError());
        return {};
    });
}

DbError ServerRepository::remove(const QString& name)
{
    return m_database.transaction([&]() -> DbError {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("DELETE FROM wso2_servers WHERE name = ?"));
        query.addBindValue(name);
        if (!query.exec())
            return errorFromSql(query.lastError());
        return {};
    });
}

} // namespace smsotp::wso2
