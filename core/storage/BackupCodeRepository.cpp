#include "BackupCodeRepository.h"

#include "Database.h"

#include <QMessageAuthenticationCode>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace smsotp::storage {

namespace {

QString isoTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// The user as stored: an HMAC under the profile id, so a phone number used as a test user is not written in the
// clear (the history keeps numbers masked for the same reason).
QString userKey(const Database& database, const QString& user)
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash(
        user.trimmed().toUtf8(), database.profileId().toUtf8(), QCryptographicHash::Sha256)
                                   .toHex());
}

} // namespace

BackupCodeRepository::BackupCodeRepository(Database& database)
    : m_database(database)
{ }

DbError BackupCodeRepository::replaceSet(
    const QString& user, const QList<otp::HashedBackupCode>& codes, const QDateTime& generatedAt)
{
    return m_database.transaction([&]() -> DbError {
        QSqlQuery remove(m_database.connection());
        remove.prepare(QStringLiteral("DELETE FROM backup_codes WHERE user = ?"));
        remove.addBindValue(userKey(m_database, user));
        if (!remove.exec())
            return errorFromSql(remove.lastError());
        QSqlQuery insert(m_database.connection());
        insert.prepare(QStringLiteral("INSERT INTO backup_codes (user, salt, hash, iterations, generated_at, used_at) "
                                      "VALUES (?, ?, ?, ?, ?, NULL)"));
        const QString key = userKey(m_database, user);
        for (const otp::HashedBackupCode& code : codes) {
            insert.addBindValue(key);
            insert.addBindValue(code.salt);
            insert.addBindValue(code.hash);
            insert.addBindValue(code.iterations);
            insert.addBindValue(isoTime(generatedAt));
            if (!insert.exec())
                return errorFromSql(insert.lastError());
        }
        return {};
    });
}

otp::BackupVerifyResult BackupCodeRepository::consume(const QString& user, QStringView typed, const QDateTime& usedAt)
{
    otp::BackupVerifyResult result;
    const DbError error = m_database.transaction([&]() -> DbError {
        QSqlQuery select(m_database.connection());
        select.setForwardOnly(true);
        select.prepare(
            QStringLiteral("SELECT id, salt, hash, iterations, used_at FROM backup_codes WHERE user = ? ORDER BY id"));
        select.addBindValue(userKey(m_database, user));
        if (!select.exec())
            return errorFromSql(select.lastError());
        QList<qint64> ids;
        QList<bool> used;
        QList<otp::HashedBackupCode> candidates;
        while (select.next()) {
            ids.append(select.value(0).toLongLong());
            candidates.append(
                { select.value(1).toByteArray(), select.value(2).toByteArray(), select.value(3).toInt() });
            used.append(!select.value(4).isNull());
        }
        if (candidates.isEmpty()) {
            result.status = otp::BackupVerifyStatus::NoSet;
            return {};
        }
        const otp::BackupMatch match = otp::matchBackupCode(typed, candidates);
        int remaining = int(used.count(false));
        if (match.index < 0) {
            result.status = otp::BackupVerifyStatus::Wrong;
        } else if (used.at(match.index)) {
            result.status = otp::BackupVerifyStatus::AlreadyUsed;
        } else {
            QSqlQuery mark(m_database.connection());
            mark.prepare(QStringLiteral("UPDATE backup_codes SET used_at = ? WHERE id = ? AND used_at IS NULL"));
            mark.addBindValue(isoTime(usedAt));
            mark.addBindValue(ids.at(match.index));
            if (!mark.exec())
                return errorFromSql(mark.lastError());
            if (mark.numRowsAffected() != 1)
                return { DbErrorKind::Other, QStringLiteral("the backup code changed during its check") };
            result.status = otp::BackupVerifyStatus::Verified;
            --remaining;
        }
        result.remaining = remaining;
        return {};
    });
    if (error.isError()) {
        result = {};
        result.status = otp::BackupVerifyStatus::Wrong;
        result.error = error.title() + QStringLiteral(". ") + error.message();
    }
    return result;
}

BackupCodeRepository::StatusResult BackupCodeRepository::status(const QString& user) const
{
    StatusResult result;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*), count(*) - count(used_at), min(generated_at) FROM backup_codes "
                                 "WHERE user = ?"));
    query.addBindValue(userKey(m_database, user));
    if (!query.exec()) {
        result.error = errorFromSql(query.lastError());
        return result;
    }
    if (query.next()) {
        result.total = query.value(0).toInt();
        result.remaining = query.value(1).toInt();
        if (!query.value(2).isNull())
            result.generatedAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
    }
    return result;
}

BackupCodeRepository::PolicyResult BackupCodeRepository::loadPolicy() const
{
    PolicyResult result;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'backup.%'"))) {
        result.error = errorFromSql(query.lastError());
        return result;
    }
    while (query.next()) {
        const std::optional<otp::BackupField> field = otp::backupFieldForKey(query.value(0).toString());
        if (!field)
            continue;
        const otp::BackupParsedValue parsed = otp::parseBackupFieldValue(*field, query.value(1).toString());
        if (parsed.value)
            result.policy.setValue(*field, *parsed.value);
    }
    return result;
}

DbError BackupCodeRepository::savePolicy(const otp::BackupPolicy& policy)
{
    return m_database.transaction([&]() -> DbError {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        for (const otp::BackupFieldSpec& spec : otp::backupFieldSpecs()) {
            const int value = policy.value(spec.field);
            query.addBindValue(QString::fromLatin1(spec.key));
            query.addBindValue(QString::number(value));
            if (!query.exec())
                return errorFromSql(query.lastError());
        }
        return {};
    });
}

} // namespace smsotp::storage
