#include "DbLocker.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace smsotp::storage;

// Runs under tests/support/without-dac-override.sh, so file permissions hold even when CI runs as root.
class TestDatabase : public QObject
{
    Q_OBJECT

    static QString pragma(const Database& db, const QString& name)
    {
        QSqlQuery query(db.connection());
        if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
            return {};
        return query.value(0).toString();
    }

    static QString dbFile(const QTemporaryDir& dir) { return dir.filePath(Database::fileName()); }

    static void writeFile(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    static QByteArray readFile(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // An SQLite file written by another program (or an earlier console): rollback journal, these statements.
    static void createWithSqlite(const QString& path, const QStringList& statements)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const QString& sql : statements)
                QVERIFY2(query.exec(sql), qPrintable(sql));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
    }

    // A refused file is left byte for byte as it was: no WAL switch (header bytes 18-19), no -wal or -shm.
    // The same bytes, and no journal, WAL or shared-memory file beside it.
    static void verifyUntouched(const QString& path, const QByteArray& before)
    {
        QCOMPARE(QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256),
            QCryptographicHash::hash(before, QCryptographicHash::Sha256));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
    }

    static void createValidDatabase(const QString& dir)
    {
        Database::OpenResult opened = Database::open(dir);
        QVERIFY2(opened.database, qPrintable(opened.error.detail));
    }

private Q_SLOTS:
    void freshDatabaseHasPragmasAndSchema()
    {
        QTemporaryDir dir;
        const QString dataDir = dir.filePath(QStringLiteral("nested/profile"));
        Database::OpenResult opened = Database::open(dataDir, { 1234 });
        QVERIFY2(opened.database, qPrintable(opened.error.detail));
        const Database& db = *opened.database;
        QVERIFY(QFileInfo(db.filePath()).isFile());
        QCOMPARE(pragma(db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(db, QStringLiteral("synchronous")), QStringLiteral("1")); // NORMAL
        QCOMPARE(pragma(db, QStringLiteral("busy_timeout")), QStringLiteral("1234"));
        QCOMPARE(pragma(db, QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QCOMPARE(pragma(db, QStringLiteral("user_version")).toInt(), Database::kSchemaVersion);
        QCOMPARE(pragma(db, QStringLiteral("application_id")).toInt(), Database::kApplicationId);
        QVERIFY(!QUuid::fromString(db.profileId()).isNull());
    }

    // An empty file (touched by hand, or left by a crash at creation) becomes the console's database.
    void emptyFileBecomesTheConsolesDatabase()
    {
        QTemporaryDir dir;
        writeFile(dbFile(dir), {});
        Database::OpenResult opened = Database::open(dir.path());
        QVERIFY2(opened.database, qPrintable(opened.error.detail));
        QCOMPARE(pragma(*opened.database, QStringLiteral("application_id")).toInt(), Database::kApplicationId);
    }

    void profileIdIsKeptAcrossOpensAndDiffersBetweenFolders()
    {
        QTemporaryDir a, b;
        QString first;
        {
            Database::OpenResult opened = Database::open(a.path());
            QVERIFY(opened.database);
            first = opened.database->profileId();
        }
        Database::OpenResult again = Database::open(a.path());
        QVERIFY(again.database);
        QCOMPARE(again.database->profileId(), first);
        Database::OpenResult other = Database::open(b.path());
        QVERIFY(other.database);
        QVERIFY(other.database->profileId() != first);
    }

    void twoOpenDatabasesAtOnce()
    {
        QTemporaryDir dir;
        Database::OpenResult one = Database::open(dir.path());
        Database::OpenResult two = Database::open(dir.path());
        QVERIFY(one.database && two.database);
        QCOMPARE(one.database->profileId(), two.database->profileId());
    }

    void transactionIsAllOrNothing()
    {
        QTemporaryDir dir;
        Database::OpenResult opened = Database::open(dir.path());
        QVERIFY(opened.database);
        Database& db = *opened.database;
        const DbError failed = db.transaction([&]() -> DbError {
            QSqlQuery query(db.connection());
            query.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '1')"));
            return { DbErrorKind::Other, QStringLiteral("stop") };
        });
        QCOMPARE(failed.kind, DbErrorKind::Other);
        QSqlQuery count(db.connection());
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM settings")) && count.next());
        QCOMPARE(count.value(0).toInt(), 0);
    }

    void randomBytesAreNotADatabase()
    {
        QTemporaryDir dir;
        QByteArray noise(64 * 1024, '\0');
        QRandomGenerator generator(42);
        generator.fillRange(reinterpret_cast<quint32*>(noise.data()), noise.size() / 4);
        writeFile(dbFile(dir), noise);

        const Database::OpenResult opened = Database::open(dir.path());
        QVERIFY(!opened.database);
        QCOMPARE(opened.error.kind, DbErrorKind::NotADatabase);
        QVERIFY(opened.error.canMoveAside());
        QCOMPARE(readFile(dbFile(dir)), noise); // nothing was written to it
    }

    void damagedDatabaseIsCorrupt()
    {
        QTemporaryDir dir;
        {
            Database::OpenResult opened = Database::open(dir.path());
            QVERIFY(opened.database);
            QSqlQuery query(opened.database->connection());
            // Enough rows for several pages, checkpointed into the main file.
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE filler (x TEXT)")));
            for (int i = 0; i < 200; ++i)
                QVERIFY(query.exec(QStringLiteral("INSERT INTO filler VALUES (printf('%.500d', %1))").arg(i)));
            QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        // Keep the 100-byte header valid, overwrite the schema page and the rest: a damaged database.
        QByteArray bytes = readFile(dbFile(dir));
        QVERIFY(bytes.size() > 8192);
        for (qsizetype i = 100; i < bytes.size(); ++i)
            bytes[i] = char(0xA5);
        writeFile(dbFile(dir), bytes);

        const Database::OpenResult opened = Database::open(dir.path());
        QVERIFY(!opened.database);
        QCOMPARE(opened.error.kind, DbErrorKind::Corrupt);
        QVERIFY(opened.error.canMoveAside());
        verifyUntouched(dbFile(dir), bytes); // refused as it was: what is left of it can still be rescued
    }

    // A console killed in the middle of a checkpoint leaves a main file that is only whole together with its WAL.
    // Here the pages the WAL holds are overwritten in the main file: read alone it is malformed, read with its
    // WAL (as SQLite does) it is sound. The open must read it with the WAL, and find every row.
    void aWalLeftByACrashIsReadWithTheFile()
    {
        QTemporaryDir crashed;
        QTemporaryDir running;
        {
            Database::OpenResult opened = Database::open(running.path());
            QVERIFY(opened.database);
            QSqlQuery query(opened.database->connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE filler (x TEXT)"))); // page 1 (the schema) changes
            for (int i = 0; i < 50; ++i)
                QVERIFY(query.exec(QStringLiteral("INSERT INTO filler VALUES (printf('%.300d', %1))").arg(i)));
            // The files as a SIGKILL now would leave them.
            for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
                QVERIFY(QFile::copy(dbFile(running) + suffix, dbFile(crashed) + suffix));
        }
        const QByteArray wal = readFile(dbFile(crashed) + QStringLiteral("-wal"));
        QVERIFY(wal.size() > 32);
        const quint32 pageSize = qFromBigEndian<quint32>(wal.constData() + 8);
        QByteArray file = readFile(dbFile(crashed));
        int overwritten = 0;
        for (qsizetype frame = 32; frame + 24 + pageSize <= quint32(wal.size()); frame += 24 + pageSize) {
            const quint32 page = qFromBigEndian<quint32>(wal.constData() + frame);
            const qsizetype offset = qsizetype(page - 1) * pageSize;
            if (offset + pageSize > quint32(file.size()))
                continue;
            for (qsizetype i = offset == 0 ? 100 : offset; i < offset + qsizetype(pageSize); ++i)
                file[i] = char(0xA5); // page 1 keeps its 100-byte header
            ++overwritten;
        }
        QVERIFY(overwritten > 0);
        writeFile(dbFile(crashed), file);

        Database::OpenResult opened = Database::open(crashed.path());
        QVERIFY2(opened.database, qPrintable(opened.error.detail));
        QSqlQuery query(opened.database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM filler")) && query.next());
        QCOMPARE(query.value(0).toInt(), 50);
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
    }

    void directoryInPlaceOfTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(Database::fileName()));
        const Database::OpenResult opened = Database::open(dir.path());
        QVERIFY(!opened.database);
        QCOMPARE(opened.error.kind, DbErrorKind::NotAFile);
        QVERIFY(QFileInfo(dbFile(dir)).isDir());
    }

    void dataFolderThatCannotBeCreated()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("plainfile")), "x");
        const Database::OpenResult opened = Database::open(dir.filePath(QStringLiteral("plainfile/profile")));
        QVERIFY(!opened.database);
        QCOMPARE(opened.error.kind, DbErrorKind::CannotCreateFolder);

        const Database::OpenResult onFile = Database::open(dir.filePath(QStringLiteral("plainfile")));
        QCOMPARE(onFile.error.kind, DbErrorKind::CannotCreateFolder);
    }

    void dataFolderWithoutWritePermission()
    {
        QTemporaryDir dir;
        const QString locked = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkdir(locked));
        QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
        const Database::OpenResult opened = Database::open(locked + QStringLiteral("/profile"));
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!opened.database);
        QCOMPARE(opened.error.kind, DbErrorKind::CannotCreateFolder);
    }

    void readOnlyFile()
    {
        QTemporaryDir dir;
        createValidDatabase(dir.path());
        const QByteArray before = readFile(dbFile(dir));
        QVERIFY(QFile::setPermissions(dbFile(dir), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const Database::OpenResult opened = Database::open(dir.path());
        QFile::setPermissions(dbFile(dir), QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(!opened.database);
        QCOMPARE(opened.error.kind, DbErrorKind::ReadOnly);
        QVERIFY(opened.error.canRetry());
        QCOMPARE(readFile(dbFile(dir)), before);
    }

    void lockedByAnotherProcess()
    {
        QTemporaryDir dir;
        createValidDatabase(dir.path());
        const QByteArray before = readFile(dbFile(dir));
        DbLocker locker(dbFile(dir), DbLocker::Mode::Exclusive);
        QVERIFY(locker.isLocked());
        const Database::OpenResult opened = Database::open(dir.path(), { 100 });
        QVERIFY(!opened.database);
        QCOMPARE(opened.error.kind, DbErrorKind::Busy);
        QVERIFY(opened.error.canRetry());
        QVERIFY(!opened.error.canMoveAside());
        QCOMPARE(readFile(dbFile(dir)), before); // the other program's lock is all that happened to it
    }

    // A database of the first schema, with its data, is brought up to date in place.
    void olderSchemaIsMigratedKeepingItsData()
    {
        QTemporaryDir dir;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(dbFile(dir));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")));
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO meta VALUES ('profile_id', 'old-profile')")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO settings VALUES ('otp.length', '8')")));
            QVERIFY(
                query.exec(QStringLiteral("INSERT INTO settings VALUES ('sms.text', 'Old {{confirmation-code}}')")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 1")));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        Database::OpenResult opened = Database::open(dir.path());
        QVERIFY2(opened.database, qPrintable(opened.error.detail));
        QCOMPARE(opened.database->profileId(), QStringLiteral("old-profile"));
        QCOMPARE(pragma(*opened.database, QStringLiteral("user_version")).toInt(), Database::kSchemaVersion);
        // A file of an earlier version, without an application id, is adopted once.
        QCOMPARE(pragma(*opened.database, QStringLiteral("application_id")).toInt(), Database::kApplicationId);
        QSqlQuery query(opened.database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'otp.length'")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("8"));
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM providers")));
        // The one SMS text of schema 6 and before is en_US's from schema 7 on.
        QVERIFY(query.exec(QStringLiteral("SELECT locale, body FROM sms_texts")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("en_US"));
        QCOMPARE(query.value(1).toString(), QStringLiteral("Old {{confirmation-code}}"));
        QVERIFY(!query.next());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'sms.text'")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    // A newer console's file, in rollback mode as a copy from another machine may be, is refused before anything
    // is written: not even the switch to WAL.
    void newerSchemaIsRefusedUntouched_data()
    {
        QTest::addColumn<QString>("applicationId");
        QTest::newRow("with the application id") << QString::number(Database::kApplicationId);
        QTest::newRow("of a version before the application id") << QStringLiteral("0");
    }
    void newerSchemaIsRefusedUntouched()
    {
        QFETCH(QString, applicationId);
        QTemporaryDir dir;
        createWithSqlite(dbFile(dir),
            { QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
                QStringLiteral("INSERT INTO meta VALUES ('profile_id', 'p')"),
                QStringLiteral("PRAGMA application_id = ") + applicationId,
                QStringLiteral("PRAGMA user_version = %1").arg(Database::kSchemaVersion + 1) });
        const QByteArray before = readFile(dbFile(dir));
        QCOMPARE(before.mid(18, 2), QByteArray("\x01\x01", 2)); // rollback mode: a switch to WAL would show
        const Database::OpenResult opened = Database::open(dir.path());
        QVERIFY(!opened.database);
        QCOMPARE(opened.error.kind, DbErrorKind::NewerSchema);
        QVERIFY(opened.error.detail.contains(QString::number(Database::kSchemaVersion + 1)));
        verifyUntouched(dbFile(dir), before);
    }

    // Another program's SQLite file where the console keeps its database is refused, unchanged.
    void foreignDatabaseIsRefusedUntouched_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::newRow("another program's tables") << QStringList {
            QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)"),
            QStringLiteral("INSERT INTO users (name) VALUES ('alice')"),
        };
        QTest::newRow("another program's versioned schema") << QStringList {
            QStringLiteral("CREATE TABLE notes (body TEXT)"),
            QStringLiteral("PRAGMA user_version = 2"),
        };
        QTest::newRow("another application id, the console's tables") << QStringList {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("INSERT INTO meta VALUES ('profile_id', 'p')"), QStringLiteral("PRAGMA user_version = 1"),
            QStringLiteral("PRAGMA application_id = 305419896"), // 0x12345678
        };
    }
    void foreignDatabaseIsRefusedUntouched()
    {
        QFETCH(QStringList, statements);
        QTemporaryDir dir;
        createWithSqlite(dbFile(dir), statements);
        const QByteArray before = readFile(dbFile(dir));
        QCOMPARE(before.mid(18, 2), QByteArray("\x01\x01", 2)); // rollback mode: a switch to WAL would show
        const Database::OpenResult opened = Database::open(dir.path());
        QVERIFY(!opened.database);
        QCOMPARE(opened.error.kind, DbErrorKind::ForeignDatabase);
        QVERIFY(opened.error.canMoveAside());
        QVERIFY(opened.error.detail.contains(QStringLiteral("application_id")));
        verifyUntouched(dbFile(dir), before);
    }

    void moveAsideKeepsTheBrokenFileAndAllowsAFreshStart()
    {
        QTemporaryDir dir;
        const QByteArray junk = "this is not a database, but somebody may want it back";
        writeFile(dbFile(dir), junk);
        QCOMPARE(Database::open(dir.path()).error.kind, DbErrorKind::NotADatabase);

        const Database::MoveAsideResult moved = Database::moveAside(dir.path());
        QVERIFY2(!moved.error.isError(), qPrintable(moved.error.detail));
        QCOMPARE(readFile(moved.movedTo), junk);
        QVERIFY(moved.movedTo.contains(QStringLiteral(".broken-")));

        Database::OpenResult fresh = Database::open(dir.path());
        QVERIFY(fresh.database);
        QCOMPARE(readFile(moved.movedTo), junk);

        // A second move in the same second gets its own name; the first survives.
        fresh.database.reset();
        const Database::MoveAsideResult second = Database::moveAside(dir.path());
        QVERIFY(!second.error.isError());
        QVERIFY(second.movedTo != moved.movedTo);
        QCOMPARE(readFile(moved.movedTo), junk);
    }

    void everyErrorHasItsOwnMessage()
    {
        // The kinds a user can meet at open; each must read differently.
        const QList<DbErrorKind> kinds
            = { DbErrorKind::CannotCreateFolder, DbErrorKind::NotAFile, DbErrorKind::CannotOpen, DbErrorKind::Busy,
                  DbErrorKind::ReadOnly, DbErrorKind::Corrupt, DbErrorKind::NotADatabase, DbErrorKind::DiskFull,
                  DbErrorKind::NewerSchema, DbErrorKind::ForeignDatabase, DbErrorKind::Other };
        QSet<QString> messages, titles;
        for (DbErrorKind kind : kinds) {
            const DbError error { kind, {} };
            QVERIFY(!error.message().isEmpty());
            messages.insert(error.message());
            titles.insert(error.title());
        }
        QCOMPARE(messages.size(), kinds.size());
        QCOMPARE(titles.size(), kinds.size());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
