#include "Database.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <atomic>

Q_LOGGING_CATEGORY(lcStorage, "smsotp.core.storage")

namespace smsotp::storage {

namespace {

// Each migration takes the schema from version (index) to (index + 1).
const QList<QStringList>& migrations()
{
    static const QList<QStringList> steps = {
        {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        },
        {
            // One row per provider kind: the non-secret configuration as JSON. Secrets are in the keychain.
            QStringLiteral("CREATE TABLE providers (kind TEXT PRIMARY KEY, config TEXT NOT NULL, "
                           "updated_at INTEGER NOT NULL)"),
        },
        {
            // Test sends, resends and verifications. Never a code or a secret; the number only masked, plus its
            // last four digits for the filter. Times are ISO 8601 UTC, so text order is time order.
            QStringLiteral("CREATE TABLE history (id INTEGER PRIMARY KEY, time TEXT NOT NULL, provider TEXT NOT NULL, "
                           "masked_number TEXT NOT NULL, number_suffix TEXT NOT NULL, event TEXT NOT NULL, "
                           "message_id TEXT NOT NULL DEFAULT '', http_status INTEGER NOT NULL DEFAULT 0, "
                           "provider_code TEXT NOT NULL DEFAULT '', latency_ms INTEGER NOT NULL DEFAULT -1, "
                           "outcome TEXT NOT NULL, explanation TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX history_time ON history (time)"),
            QStringLiteral("CREATE INDEX history_provider_time ON history (provider, time)"),
            QStringLiteral("CREATE INDEX history_outcome_time ON history (outcome, time)"),
            QStringLiteral("CREATE INDEX history_suffix ON history (number_suffix)"),
        },
        {
            // WSO2 Identity Servers the console talks to: the non-secret connection settings as JSON and the
            // certificate the user pinned (PEM, empty when none). Passwords and client secrets are in the keychain.
            QStringLiteral("CREATE TABLE wso2_servers (name TEXT PRIMARY KEY, config TEXT NOT NULL, "
                           "pinned_certificate TEXT NOT NULL DEFAULT '', updated_at INTEGER NOT NULL)"),
            // Backup codes of test users: only a salted hash of each code, and when it was used; the user as an HMAC
            // under the profile id (BackupCodeRepository), so a phone number is not stored in the clear.
            QStringLiteral("CREATE TABLE backup_codes (id INTEGER PRIMARY KEY, user TEXT NOT NULL, "
                           "salt BLOB NOT NULL, hash BLOB NOT NULL, iterations INTEGER NOT NULL, "
                           "generated_at TEXT NOT NULL, used_at TEXT)"),
            QStringLiteral("CREATE INDEX backup_codes_user ON backup_codes (user)"),
        },
        {
            // The host a pinned certificate was confirmed for although it does not name it (the user saw the
            // mismatch when pinning); empty: a host-name mismatch is refused like any other TLS error.
            QStringLiteral("ALTER TABLE wso2_servers ADD COLUMN pin_accepted_host_mismatch TEXT NOT NULL DEFAULT ''"),
        },
        {
            // What became of a sent message: the last delivery state known (deliveryStateName; empty: none asked),
            // the provider's code for undelivered or failed, and what it means.
            QStringLiteral("ALTER TABLE history ADD COLUMN delivery TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE history ADD COLUMN delivery_code INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE history ADD COLUMN delivery_explanation TEXT NOT NULL DEFAULT ''"),
        },
        {
            // One SMS text per locale (WSO2's en_US form); the text stored as the setting "sms.text" becomes en_US's,
            // which was the only locale until now. The history records which locale a test send used.
            QStringLiteral("CREATE TABLE sms_texts (locale TEXT PRIMARY KEY, body TEXT NOT NULL)"),
            QStringLiteral(
                "INSERT INTO sms_texts (locale, body) SELECT 'en_US', value FROM settings WHERE key = 'sms.text'"),
            QStringLiteral("DELETE FROM settings WHERE key = 'sms.text'"),
            QStringLiteral("ALTER TABLE history ADD COLUMN locale TEXT NOT NULL DEFAULT ''"),
        },
    };
    return steps;
}

QString nextConnectionName()
{
    static std::atomic<int> counter { 0 };
    return QStringLiteral("smsotp-db-%1").arg(counter.fetch_add(1));
}

DbError exec(QSqlQuery& query, const QString& sql)
{
    if (!query.exec(sql))
        return errorFromSql(query.lastError(), sql);
    return {};
}

// The first value of a one-row query.
DbError scalar(QSqlQuery& query, const QString& sql, int& value)
{
    if (DbError error = exec(query, sql); error.isError())
        return error;
    value = query.next() ? query.value(0).toInt() : 0;
    return {};
}

// Whether db (opened read-only) is the console's database at a schema this build can use.
DbError classify(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    int applicationId = 0, version = 0, tables = 0, meta = 0;
    // The first statement reads the header: "not a database" and most corruption show up here.
    for (const auto& [sql, value] : { std::pair { QStringLiteral("PRAGMA application_id"), &applicationId },
             std::pair { QStringLiteral("PRAGMA user_version"), &version },
             std::pair { QStringLiteral("SELECT COUNT(*) FROM sqlite_master"), &tables },
             std::pair { QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'"),
                 &meta } }) {
        if (DbError error = scalar(query, sql, *value); error.isError())
            return error;
    }
    const QString seen = QStringLiteral("application_id %1, user_version %2, %3 schema objects")
                             .arg(QString::number(uint(applicationId), 16))
                             .arg(version)
                             .arg(tables);
    // An empty file, or one of an earlier version without an application id: the schema says whose it is.
    const bool ours = applicationId == Database::kApplicationId
        || (applicationId == 0 && ((tables == 0 && version == 0) || (meta == 1 && version >= 1)));
    if (!ours)
        return { DbErrorKind::ForeignDatabase, seen };
    if (version > Database::kSchemaVersion) {
        return { DbErrorKind::NewerSchema,
            QStringLiteral("schema version %1, this build knows up to %2").arg(version).arg(Database::kSchemaVersion) };
    }
    return {};
}

// Reads what an existing file is without writing to it. Alone, the file is read through a read-only, immutable
// connection, which takes no lock and creates no journal, -wal or -shm file. With a -wal or -journal beside it
// (a program, the console too, ended in the middle of a write or a checkpoint), the file alone may be torn:
// the connection is then only read-only, so SQLite reads the file together with its WAL.
DbError recognise(const QString& filePath)
{
    if (QFileInfo(filePath).size() == 0)
        return {}; // a new (or empty) file: the console creates its schema
    const bool alone = !QFileInfo::exists(filePath + QStringLiteral("-wal"))
        && !QFileInfo::exists(filePath + QStringLiteral("-journal"));
    const QString name = nextConnectionName();
    DbError error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        QUrl url = QUrl::fromLocalFile(filePath);
        url.setQuery(alone ? QStringLiteral("mode=ro&immutable=1") : QStringLiteral("mode=ro"));
        db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        error = db.open() ? classify(db) : errorFromSql(db.lastError(), filePath);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (error.isError() && !error.detail.contains(filePath))
        error.detail = filePath + QStringLiteral(": ") + error.detail;
    return error;
}

} // namespace

Database::Database(QString connectionName, QString dataDir, QString filePath)
    : m_connectionName(std::move(connectionName))
    , m_dataDir(std::move(dataDir))
    , m_filePath(std::move(filePath))
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Database::OpenResult Database::open(const QString& dataDir, const Options& options)
{
    const QFileInfo dirInfo(dataDir);
    if (dirInfo.exists() && !dirInfo.isDir())
        return { nullptr,
            { DbErrorKind::CannotCreateFolder, dataDir + QStringLiteral(" exists and is not a folder") } };
    if (!dirInfo.exists() && !QDir().mkpath(dataDir))
        return { nullptr, { DbErrorKind::CannotCreateFolder, dataDir } };

    const QString filePath = QDir(dataDir).absoluteFilePath(fileName());
    const QFileInfo fileInfo(filePath);
    if (fileInfo.exists() && !fileInfo.isFile())
        return { nullptr, { DbErrorKind::NotAFile, filePath } };

    if (DbError error = recognise(filePath); error.isError())
        return { nullptr, error };

    std::unique_ptr<Database> database(new Database(nextConnectionName(), QDir(dataDir).absolutePath(), filePath));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        db.setDatabaseName(filePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
        if (!db.open())
            return { nullptr, errorFromSql(db.lastError(), filePath) };
    }
    if (DbError error = database->configure(options); error.isError())
        return { nullptr, error };
    if (DbError error = database->migrate(); error.isError())
        return { nullptr, error };
    if (DbError error = database->claim(); error.isError())
        return { nullptr, error };
    if (DbError error = database->readProfileId(); error.isError())
        return { nullptr, error };
    qCInfo(lcStorage) << "opened" << filePath << "profile" << database->m_profileId;
    return { std::move(database), {} };
}

DbError Database::configure(const Options& options)
{
    QSqlQuery query(connection());
    // The first statement reads the header: "not a database" and most corruption show up here.
    if (DbError error = exec(query, QStringLiteral("PRAGMA schema_version")); error.isError())
        return error;
    if (DbError error = exec(query, QStringLiteral("PRAGMA busy_timeout = %1").arg(options.busyTimeoutMs));
        error.isError())
        return error;
    if (DbError error = exec(query, QStringLiteral("PRAGMA journal_mode = WAL")); error.isError())
        return error;
    if (query.next() && query.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
        // SQLite answers with the mode it kept: a read-only file or folder cannot switch to WAL.
        return { DbErrorKind::ReadOnly,
            QStringLiteral("journal_mode stayed %1 instead of wal").arg(query.value(0).toString()) };
    }
    // NORMAL is durable against a crash of the program in WAL mode; only a power loss may lose the last commit.
    if (DbError error = exec(query, QStringLiteral("PRAGMA synchronous = NORMAL")); error.isError())
        return error;
    return exec(query, QStringLiteral("PRAGMA foreign_keys = ON"));
}

DbError Database::transaction(const std::function<DbError()>& work)
{
    QSqlQuery query(connection());
    if (DbError error = exec(query, QStringLiteral("BEGIN IMMEDIATE")); error.isError())
        return error;
    DbError error = work();
    if (!error.isError())
        error = exec(query, QStringLiteral("COMMIT"));
    if (error.isError()) {
        QSqlQuery rollback(connection());
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
    return error;
}

DbError Database::migrate()
{
    QSqlQuery query(connection());
    if (DbError error = exec(query, QStringLiteral("PRAGMA user_version")); error.isError())
        return error;
    const int version = query.next() ? query.value(0).toInt() : 0;
    if (version > kSchemaVersion) {
        return { DbErrorKind::NewerSchema,
            QStringLiteral("schema version %1, this build knows up to %2").arg(version).arg(kSchemaVersion) };
    }
    // SQLite silently opens a read-only file for reading only. A write rolled back at once shows it now,
    // with its own message, rather than at the first save.
    if (version == kSchemaVersion) {
        QSqlQuery probe(connection());
        DbError error = exec(probe, QStringLiteral("BEGIN IMMEDIATE"));
        if (!error.isError())
            error = exec(probe, QStringLiteral("PRAGMA user_version = %1").arg(version));
        probe.exec(QStringLiteral("ROLLBACK"));
        if (error.isError())
            return error;
    }
    for (int from = version; from < kSchemaVersion; ++from) {
        DbError error = transaction([&]() -> DbError {
            QSqlQuery step(connection());
            for (const QString& sql : migrations().at(from)) {
                if (DbError e = exec(step, sql); e.isError())
                    return e;
            }
            if (from == 0) {
                step.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('profile_id', ?)"));
                step.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
                if (!step.exec())
                    return errorFromSql(step.lastError());
            }
            return exec(step, QStringLiteral("PRAGMA user_version = %1").arg(from + 1));
        });
        if (error.isError())
            return error;
        qCInfo(lcStorage) << "migrated schema to version" << from + 1;
    }
    return {};
}

DbError Database::claim()
{
    QSqlQuery query(connection());
    int applicationId = 0;
    if (DbError error = scalar(query, QStringLiteral("PRAGMA application_id"), applicationId); error.isError())
        return error;
    if (applicationId == kApplicationId)
        return {};
    qCInfo(lcStorage) << "marked the database as the console's (application_id)";
    return exec(query, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
}

DbError Database::readProfileId()
{
    QSqlQuery query(connection());
    if (DbError error = exec(query, QStringLiteral("SELECT value FROM meta WHERE key = 'profile_id'")); error.isError())
        return error;
    if (!query.next() || query.value(0).toString().isEmpty())
        return { DbErrorKind::Corrupt, QStringLiteral("the profile id is missing") };
    m_profileId = query.value(0).toString();
    return {};
}

Database::MoveAsideResult Database::moveAside(const QString& dataDir)
{
    const QString filePath = QDir(dataDir).absoluteFilePath(fileName());
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = filePath + QStringLiteral(".broken-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = filePath + QStringLiteral(".broken-") + stamp + QLatin1Char('-') + QString::number(n);

    if (!QDir().rename(filePath, target))
        return { {}, { DbErrorKind::CannotOpen, QStringLiteral("could not rename %1 to %2").arg(filePath, target) } };
    // The journal files belong to the moved file; keep them beside it under the same new name.
    for (const QString& suffix : { QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        if (QFileInfo::exists(filePath + suffix))
            QDir().rename(filePath + suffix, target + suffix);
    }
    qCWarning(lcStorage) << "moved broken database aside to" << target;
    return { target, {} };
}

} // namespace smsotp::storage
