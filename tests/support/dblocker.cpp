// smsotp-dblocker FILE MODE: opens an SQLite file and holds a lock until standard input closes.
// MODE "write" holds a write transaction (other programs can read, not write);
// MODE "exclusive" also takes the file in exclusive locking mode (other programs can do neither).
// Prints "locked" once the lock is held.

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <cstdio>
#include <iostream>
#include <string>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: smsotp-dblocker FILE write|exclusive\n");
        return 64;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(QString::fromLocal8Bit(argv[1]));
    if (!db.open()) {
        std::fprintf(stderr, "open failed\n");
        return 1;
    }
    QSqlQuery query(db);
    const bool exclusive = std::string(argv[2]) == "exclusive";
    if (exclusive && !query.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")))
        return 2;
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))
        || !query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS dblocker_probe (x)"))
        || !query.exec(QStringLiteral("INSERT INTO dblocker_probe VALUES (1)"))) {
        std::fprintf(stderr, "lock failed: %s\n", qPrintable(query.lastError().text()));
        return 3;
    }
    std::printf("locked\n");
    std::fflush(stdout);
    std::string line;
    while (std::getline(std::cin, line)) { }
    query.exec(QStringLiteral("ROLLBACK"));
    return 0;
}
