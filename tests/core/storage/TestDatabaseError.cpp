#include "storage/DatabaseError.h"

#include <QSqlError>
#include <QTest>

using namespace smsotp::storage;

class TestDatabaseError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sqliteCodesMapToKinds_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("kind");
        QTest::newRow("BUSY") << 5 << int(DbErrorKind::Busy);
        QTest::newRow("LOCKED") << 6 << int(DbErrorKind::Busy);
        QTest::newRow("BUSY_SNAPSHOT (extended)") << (5 | (2 << 8)) << int(DbErrorKind::Busy);
        QTest::newRow("READONLY") << 8 << int(DbErrorKind::ReadOnly);
        QTest::newRow("READONLY_DIRECTORY (extended)") << (8 | (6 << 8)) << int(DbErrorKind::ReadOnly);
        QTest::newRow("CORRUPT") << 11 << int(DbErrorKind::Corrupt);
        QTest::newRow("FULL") << 13 << int(DbErrorKind::DiskFull);
        QTest::newRow("CANTOPEN") << 14 << int(DbErrorKind::CannotOpen);
        QTest::newRow("NOTADB") << 26 << int(DbErrorKind::NotADatabase);
        QTest::newRow("IOERR") << 10 << int(DbErrorKind::Other);
        QTest::newRow("ERROR") << 1 << int(DbErrorKind::Other);
    }
    void sqliteCodesMapToKinds()
    {
        QFETCH(int, code);
        QFETCH(int, kind);
        QCOMPARE(int(kindFromSqliteCode(code)), kind);
    }

    void sqlErrorKeepsTheDetail()
    {
        const QSqlError sql(QStringLiteral("driver"), QStringLiteral("database or disk is full"),
            QSqlError::StatementError, QStringLiteral("13"));
        const DbError error = errorFromSql(sql, QStringLiteral("INSERT"));
        QCOMPARE(error.kind, DbErrorKind::DiskFull);
        QVERIFY(error.detail.contains(QStringLiteral("disk is full")));
        QVERIFY(error.detail.startsWith(QStringLiteral("INSERT")));
        QVERIFY(!error.message().contains(QStringLiteral("SQLite code"))); // people get sentences
    }

    void errorWithoutCodeFallsBackToText()
    {
        const QSqlError sql(QStringLiteral("driver"), QStringLiteral("attempt to write a readonly database"),
            QSqlError::StatementError);
        QCOMPARE(errorFromSql(sql).kind, DbErrorKind::ReadOnly);
    }

    void offers()
    {
        QVERIFY((DbError { DbErrorKind::Corrupt, {} }.canMoveAside()));
        QVERIFY(!(DbError { DbErrorKind::Corrupt, {} }.canRetry()));
        QVERIFY((DbError { DbErrorKind::Busy, {} }.canRetry()));
        QVERIFY(!(DbError { DbErrorKind::Busy, {} }.canMoveAside()));
        QVERIFY(!(DbError { DbErrorKind::DiskFull, {} }.canMoveAside())); // moving aside frees nothing
        QVERIFY(!(DbError {}.isError()));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseError)
#include "TestDatabaseError.moc"
