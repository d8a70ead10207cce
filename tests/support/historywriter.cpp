// smsotp-historywriter DIR TAG: writes history in transactions of five rows ("TAG-N") until killed.
// Prints "writing" once the first transaction is committed. For the kill -9 test (SECURITY.md 26).

#include "storage/Database.h"
#include "storage/HistoryRepository.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 64;
    const QString tag = QString::fromLocal8Bit(argv[2]);
    auto opened = smsotp::storage::Database::open(QString::fromLocal8Bit(argv[1]));
    if (!opened.database) {
        std::fprintf(stderr, "%s\n",
            qPrintable(opened.error.kind == smsotp::storage::DbErrorKind::None ? QStringLiteral("no database")
                                                                               : opened.error.detail));
        return 1;
    }
    smsotp::storage::Database& db = *opened.database;
    for (int batch = 0;; ++batch) {
        const smsotp::storage::DbError error = db.transaction([&]() -> smsotp::storage::DbError {
            for (int i = 0; i < 5; ++i) {
                QSqlQuery query(db.connection());
                query.prepare(
                    QStringLiteral("INSERT INTO history (time, provider, masked_number, number_suffix, event, "
                                   "outcome, explanation) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ','now'), "
                                   "'sandbox', '•••0123', '0123', 'send', 'sent', ?)"));
                query.addBindValue(QString(tag + QStringLiteral("-%1").arg(batch)));
                if (!query.exec())
                    return { smsotp::storage::DbErrorKind::Other, QStringLiteral("insert") };
            }
            return {};
        });
        if (error.isError()) {
            std::fprintf(stderr, "%s\n", qPrintable(error.detail));
            return 2;
        }
        if (batch == 0) {
            std::printf("writing\n");
            std::fflush(stdout);
        }
    }
}
