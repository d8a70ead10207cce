#pragma once
// Typed storage errors, each with its own sentence for people and the technical detail kept apart.

#include <QString>

class QSqlError;

namespace smsotp::storage {

enum class DbErrorKind
{
    None,
    CannotCreateFolder, // the data folder does not exist and cannot be made
    NotAFile, // the database path is a folder or something else that is not a file
    CannotOpen, // the file exists but cannot be opened (permissions, missing parent)
    Busy, // another program holds a lock (SQLITE_BUSY / SQLITE_LOCKED)
    ReadOnly, // the file or its folder cannot be written (SQLITE_READONLY)
    Corrupt, // the file is a damaged database (SQLITE_CORRUPT)
    NotADatabase, // the file is not an SQLite database at all (SQLITE_NOTADB)
    DiskFull, // no space left (SQLITE_FULL)
    NewerSchema, // written by a newer version of the console
    ForeignDatabase, // an SQLite database of another program (another application_id, or not this schema)
    Other,
};

struct DbError
{
    DbErrorKind kind = DbErrorKind::None;
    QString detail; // the technical detail (driver text, path): one click away in the UI

    bool isError() const { return kind != DbErrorKind::None; }
    // What happened, why, and what to do: one paragraph for people.
    QString message() const;
    // A short headline, e.g. "The database is locked".
    QString title() const;
    // Whether moving the file aside and starting fresh is a sensible offer for this error.
    bool canMoveAside() const;
    // Whether trying again may help without changing anything (a lock that may be released).
    bool canRetry() const;
};

// Maps an SQLite primary result code (extended codes are reduced to their primary part).
DbErrorKind kindFromSqliteCode(int code);
DbError errorFromSql(const QSqlError& error, const QString& context = {});

} // namespace smsotp::storage
