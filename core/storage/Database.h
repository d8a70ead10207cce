#pragma once
// The console's SQLite database: one file in the data folder, opened with its pragmas and migrated.

#include "DatabaseError.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>

namespace smsotp::storage {

class Database
{
public:
    struct Options
    {
        int busyTimeoutMs = 5000; // how long a write waits for another program's lock
    };

    struct OpenResult
    {
        std::unique_ptr<Database> database; // null when error is set
        DbError error;
    };

    struct MoveAsideResult
    {
        QString movedTo; // where the broken file now is
        DbError error;
    };

    // The schema this build writes. A file with a higher user_version is refused, never touched.
    static constexpr int kSchemaVersion = 7;
    // PRAGMA application_id of the console's databases ("SMSO"): set at creation, and once on a file of an
    // earlier version that has none.
    static constexpr int kApplicationId = 0x534D534F;
    static QString fileName() { return QStringLiteral("smsotp.sqlite"); }

    // Creates the folder if needed; recognises an existing file first, read-only, and refuses another program's
    // database or a newer schema without changing a byte; then opens (or creates) the file, sets WAL,
    // synchronous=NORMAL and the busy timeout, and applies the migrations, each in its own transaction.
    static OpenResult open(const QString& dataDir, const Options& options);
    static OpenResult open(const QString& dataDir) { return open(dataDir, Options {}); }

    // Renames the database file (and its -wal and -shm) to "<name>.broken-<time>" so a fresh one can be
    // created. Nothing is deleted.
    static MoveAsideResult moveAside(const QString& dataDir);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    QString filePath() const { return m_filePath; }
    QString dataDir() const { return m_dataDir; }
    // A random id made with the database; it names this profile's keychain entries.
    QString profileId() const { return m_profileId; }

    // Runs work inside BEGIN IMMEDIATE ... COMMIT; an error from work (or from COMMIT) rolls it all back.
    DbError transaction(const std::function<DbError()>& work);

private:
    Database(QString connectionName, QString dataDir, QString filePath);
    DbError configure(const Options& options);
    DbError migrate();
    // Sets the application id on a new file, or once on a file of an earlier version that has none.
    DbError claim();
    DbError readProfileId();

    QString m_connectionName;
    QString m_dataDir;
    QString m_filePath;
    QString m_profileId;
};

// For a bind value: a null QString binds as SQL NULL, and the text columns hold '' for "none".
inline QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace smsotp::storage
