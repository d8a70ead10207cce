#pragma once
// The backup codes of test users in SQLite (table backup_codes): a salt and a PBKDF2 hash per code, never a code;
// and the backup-code settings (backup.*) in the settings table.

#include "DatabaseError.h"
#include "otp/BackupCodes.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace smsotp::storage {

class Database;

class BackupCodeRepository
{
public:
    explicit BackupCodeRepository(Database& database);

    // Deletes every code of the user and inserts these, in one transaction.
    DbError replaceSet(const QString& user, const QList<otp::HashedBackupCode>& codes, const QDateTime& generatedAt);

    // In one transaction: reads the user's codes, matches the typed code against all of them (constant time over
    // the candidates), and marks the matching unused code used.
    otp::BackupVerifyResult consume(const QString& user, QStringView typed, const QDateTime& usedAt);

    struct StatusResult
    {
        int total = 0;
        int remaining = 0;
        QDateTime generatedAt; // invalid without a set
        DbError error;
    };
    StatusResult status(const QString& user) const;

    struct PolicyResult
    {
        otp::BackupPolicy policy; // defaults for anything not stored
        DbError error;
    };
    PolicyResult loadPolicy() const;
    DbError savePolicy(const otp::BackupPolicy& policy);

private:
    Database& m_database;
};

} // namespace smsotp::storage
