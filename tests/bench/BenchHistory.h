#pragma once
// Bench helper: fills a data folder's history with synthetic rows, fast (one prepared INSERT, one transaction),
// with the same columns and values HistoryRepository::record writes (record() opens a transaction per row).

#include "providers/ProviderKind.h"
#include "storage/Database.h"
#include "storage/HistoryRepository.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace bench {

// Rows spread over the last rows minutes, four providers, ten thousand numbers, all outcomes. Error text or empty.
inline QString fillHistory(smsotp::storage::Database& database, int rows)
{
    using namespace smsotp;
    const QList<storage::HistoryOutcome> outcomes = storage::allHistoryOutcomes();
    const QString providerNames[] = { QString(providers::providerKindName(providers::ProviderKind::Twilio)),
        QString(providers::providerKindName(providers::ProviderKind::Vonage)),
        QString(providers::providerKindName(providers::ProviderKind::Custom)),
        QString(providers::providerKindName(providers::ProviderKind::Sandbox)) };
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-60LL * rows);
    QString failure;
    const storage::DbError error = database.transaction([&]() -> storage::DbError {
        QSqlQuery query(database.connection());
        query.prepare(QStringLiteral("INSERT INTO history (time, provider, masked_number, number_suffix, event, "
                                     "message_id, http_status, provider_code, latency_ms, outcome, explanation) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (int i = 0; i < rows; ++i) {
            const QString suffix = QStringLiteral("%1").arg((i * 7919) % 10000, 4, 10, QLatin1Char('0'));
            const storage::HistoryOutcome outcome = outcomes.at(i % outcomes.size());
            query.bindValue(0, start.addSecs(60LL * i).toString(Qt::ISODateWithMs));
            query.bindValue(1, providerNames[(i / 7) % 4]); // not in step with the suffixes
            query.bindValue(2, QString(QStringLiteral("+44 •••• ••") + suffix));
            query.bindValue(3, suffix);
            query.bindValue(
                4, storage::historyEventName(i % 3 == 0 ? storage::HistoryEvent::Verify : storage::HistoryEvent::Send));
            query.bindValue(5, QStringLiteral("SM%1").arg(i, 32, 16, QLatin1Char('0')));
            query.bindValue(6, outcome == storage::HistoryOutcome::Refused ? 400 : 201);
            query.bindValue(
                7, outcome == storage::HistoryOutcome::Refused ? QStringLiteral("21211") : QStringLiteral(""));
            query.bindValue(8, qint64(80 + i % 400));
            query.bindValue(9, storage::historyOutcomeName(outcome));
            query.bindValue(10,
                outcome == storage::HistoryOutcome::Refused
                    ? QStringLiteral("The provider refused the number: it is not a valid mobile number.")
                    : QStringLiteral(""));
            if (!query.exec()) {
                failure = query.lastError().text();
                return storage::DbError {};
            }
        }
        return storage::DbError {};
    });
    if (error.isError())
        return error.message();
    return failure;
}

} // namespace bench
