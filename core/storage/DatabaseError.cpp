#include "DatabaseError.h"

#include <QCoreApplication>
#include <QSqlError>

namespace smsotp::storage {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("smsotp::storage::DbError", text);
}

// SQLite primary result codes (sqlite3.h); named here so this file needs no sqlite3.h.
enum SqliteCode
{
    SqlitePerm = 3,
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteNotADb = 26,
};

} // namespace

DbErrorKind kindFromSqliteCode(int code)
{
    switch (code & 0xff) {
    case SqliteBusy:
    case SqliteLocked:
        return DbErrorKind::Busy;
    case SqliteReadOnly:
    case SqlitePerm:
        return DbErrorKind::ReadOnly;
    case SqliteCorrupt:
        return DbErrorKind::Corrupt;
    case SqliteNotADb:
        return DbErrorKind::NotADatabase;
    case SqliteFull:
        return DbErrorKind::DiskFull;
    case SqliteCantOpen:
        return DbErrorKind::CannotOpen;
    case SqliteIoErr:
    default:
        return DbErrorKind::Other;
    }
}

DbError errorFromSql(const QSqlError& error, const QString& context)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    DbErrorKind kind = ok ? kindFromSqliteCode(code) : DbErrorKind::Other;
    // The driver reports some failures without a native code; its text still tells them apart.
    const QString text = error.text();
    if (!ok || kind == DbErrorKind::Other) {
        if (text.contains(u"readonly database") || text.contains(u"read-only"))
            kind = DbErrorKind::ReadOnly;
        else if (text.contains(u"database is locked"))
            kind = DbErrorKind::Busy;
        else if (text.contains(u"not a database"))
            kind = DbErrorKind::NotADatabase;
        else if (text.contains(u"malformed"))
            kind = DbErrorKind::Corrupt;
        else if (text.contains(u"unable to open"))
            kind = DbErrorKind::CannotOpen;
    }
    QString detail = text;
    if (ok)
        detail += QStringLiteral(" (SQLite code %1)").arg(code);
    if (!context.isEmpty())
        detail = context + QStringLiteral(": ") + detail;
    return { kind, detail };
}

QString DbError::title() const
{
    switch (kind) {
    case DbErrorKind::None:
        return {};
    case DbErrorKind::CannotCreateFolder:
        return tr("The data folder cannot be created");
    case DbErrorKind::NotAFile:
        return tr("The database path is not a file");
    case DbErrorKind::CannotOpen:
        return tr("The database cannot be opened");
    case DbErrorKind::Busy:
        return tr("The database is locked");
    case DbErrorKind::ReadOnly:
        return tr("The database is read-only");
    case DbErrorKind::Corrupt:
        return tr("The database is damaged");
    case DbErrorKind::NotADatabase:
        return tr("The file is not a database");
    case DbErrorKind::DiskFull:
        return tr("The disk is full");
    case DbErrorKind::NewerSchema:
        return tr("The database is from a newer version");
    case DbErrorKind::ForeignDatabase:
        return tr("The database belongs to another program");
    case DbErrorKind::Other:
        return tr("The database reported an error");
    }
    return {};
}

QString DbError::message() const
{
    switch (kind) {
    case DbErrorKind::None:
        return {};
    case DbErrorKind::CannotCreateFolder:
        return tr("The console could not create its data folder. Check that the path is correct and that you "
                  "may write to its parent folder, or choose another folder with --data-dir.");
    case DbErrorKind::NotAFile:
        return tr("Where the console keeps its database there is a folder or another non-file. Move it away "
                  "or choose another data folder with --data-dir.");
    case DbErrorKind::CannotOpen:
        return tr("The database file exists but could not be opened. Check its permissions and those of its "
                  "folder.");
    case DbErrorKind::Busy:
        return tr("Another program (perhaps a second console or the smsotp command) is holding the database "
                  "locked. Close it and try again; nothing has been lost.");
    case DbErrorKind::ReadOnly:
        return tr("The database or its folder cannot be written, so changes cannot be saved. Check the "
                  "permissions and free the file, then try again; nothing saved before has been lost.");
    case DbErrorKind::Corrupt:
        return tr("The database file is damaged. The console can move it aside (it is kept, renamed, for "
                  "recovery) and start with a fresh one.");
    case DbErrorKind::NotADatabase:
        return tr("The file where the console keeps its database is not an SQLite database. The console can "
                  "move it aside (it is kept, renamed) and start with a fresh one.");
    case DbErrorKind::DiskFull:
        return tr("There is no space left on the disk that holds the data folder. Free some space and try "
                  "again; nothing saved before has been lost.");
    case DbErrorKind::NewerSchema:
        return tr("This database was written by a newer version of SMS OTP Console than this one. Use the "
                  "newer version, or move this database aside and start fresh with this version.");
    case DbErrorKind::ForeignDatabase:
        return tr("The file where the console keeps its database is an SQLite database of another program; the "
                  "console has not changed it. Move it aside (it is kept, renamed) to start with a fresh one, or "
                  "choose another data folder with --data-dir.");
    case DbErrorKind::Other:
        return tr("The database reported an unexpected error. The technical detail says more.");
    }
    return {};
}

bool DbError::canMoveAside() const
{
    switch (kind) {
    case DbErrorKind::Corrupt:
    case DbErrorKind::NotADatabase:
    case DbErrorKind::NewerSchema:
    case DbErrorKind::ForeignDatabase:
    case DbErrorKind::NotAFile:
        return true;
    default:
        return false;
    }
}

bool DbError::canRetry() const
{
    switch (kind) {
    case DbErrorKind::Busy:
    case DbErrorKind::ReadOnly:
    case DbErrorKind::DiskFull:
    case DbErrorKind::CannotOpen:
    case DbErrorKind::CannotCreateFolder:
        return true;
    default:
        return false;
    }
}

} // namespace smsotp::storage
