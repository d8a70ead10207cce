#include "DatabaseErrorDialog.h"
#include "DbLocker.h"

#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace smsotp;
using namespace smsotp::ui;

class TestDatabaseErrorDialog : public QObject
{
    Q_OBJECT

    static void writeJunk(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

private Q_SLOTS:
    void buttonsFollowTheError()
    {
        DatabaseErrorDialog corrupt({ storage::DbErrorKind::Corrupt, QStringLiteral("page 3") }, QStringLiteral("/x"));
        QVERIFY(corrupt.findChild<QPushButton*>(QStringLiteral("moveAsideButton")));
        QVERIFY(!corrupt.findChild<QPushButton*>(QStringLiteral("retryButton")));
        QVERIFY(corrupt.findChild<QPushButton*>(QStringLiteral("quitButton")));

        DatabaseErrorDialog busy({ storage::DbErrorKind::Busy, {} }, QStringLiteral("/x"));
        QVERIFY(busy.findChild<QPushButton*>(QStringLiteral("retryButton")));
        QVERIFY(!busy.findChild<QPushButton*>(QStringLiteral("moveAsideButton")));
    }

    void buttonsGiveTheirChoice()
    {
        DatabaseErrorDialog dialog({ storage::DbErrorKind::NotADatabase, QStringLiteral("detail text") },
            QStringLiteral("/data/smsotp.sqlite"));
        dialog.open();
        dialog.findChild<QPushButton*>(QStringLiteral("moveAsideButton"))->click();
        QCOMPARE(dialog.result(), int(DatabaseErrorDialog::MoveAside));
        auto* details = dialog.findChild<QWidget*>(QStringLiteral("databaseErrorDetails"));
        QVERIFY(details);
        QVERIFY(details->isHidden()); // one click away, not in the face
    }

    void moveAsideStartsFreshAndKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QByteArray junk(4096, 'J');
        writeJunk(dir.filePath(storage::Database::fileName()), junk);
        QList<storage::DbErrorKind> asked;
        auto database = openDatabaseInteractively(dir.path(), [&](const storage::DbError& error) {
            asked.append(error.kind);
            return DatabaseErrorDialog::MoveAside;
        });
        QVERIFY(database);
        QCOMPARE(asked, QList<storage::DbErrorKind> { storage::DbErrorKind::NotADatabase });
        const QStringList moved = QDir(dir.path()).entryList({ QStringLiteral("smsotp.sqlite.broken-*") });
        QCOMPARE(moved.size(), 1);
        QFile kept(dir.filePath(moved.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), junk);
    }

    void quitLeavesTheFileAlone()
    {
        QTemporaryDir dir;
        writeJunk(dir.filePath(storage::Database::fileName()), "junk");
        auto database
            = openDatabaseInteractively(dir.path(), [](const storage::DbError&) { return DatabaseErrorDialog::Quit; });
        QVERIFY(!database);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { storage::Database::fileName() });
    }

    void retryOpensOnceTheLockIsReleased()
    {
        QTemporaryDir dir;
        QVERIFY(storage::Database::open(dir.path()).database);
        auto locker
            = std::make_unique<DbLocker>(dir.filePath(storage::Database::fileName()), DbLocker::Mode::Exclusive);
        QVERIFY(locker->isLocked());
        int asks = 0;
        auto database = openDatabaseInteractively(dir.path(),
            [&](const storage::DbError& error) {
                if (error.kind != storage::DbErrorKind::Busy)
                    return DatabaseErrorDialog::Quit;
                if (++asks == 2)
                    locker.reset(); // the other program closes
                return DatabaseErrorDialog::Retry;
            },
            { 100 });
        QVERIFY(database);
        QCOMPARE(asks, 2);
    }
};

QTEST_MAIN(TestDatabaseErrorDialog)
#include "TestDatabaseErrorDialog.moc"
