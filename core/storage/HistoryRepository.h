#pragma once
// The history of test sends, resends and verifications in SQLite: never a code, never a secret, numbers masked.

#include "DatabaseError.h"

#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <optional>

namespace smsotp::storage {

class Database;

enum class HistoryEvent
{
    Send,
    Resend,
    Verify
};

// What came of it, in words a filter can use.
enum class HistoryOutcome
{
    Sent, // the provider accepted the message
    Refused, // the provider answered and refused it
    Failed, // no usable answer: network, TLS, timeout, configuration
    Cancelled,
    Blocked, // the engine refused to send: resend interval, resend block, hourly cap
    Verified,
    Wrong,
    Expired,
    Locked,
    Superseded,
    Closed,
};

QString historyEventName(HistoryEvent event); // "send", "resend", "verify"
QString historyOutcomeName(HistoryOutcome outcome); // "sent", "refused", ...
std::optional<HistoryOutcome> historyOutcomeFromName(QStringView name);
QList<HistoryOutcome> allHistoryOutcomes();

struct HistoryEntry
{
    QDateTime time; // UTC
    QString provider; // providerKindName
    QString maskedNumber; // only the last 4 digits visible
    QString numberSuffix; // the last 4 digits, for the filter
    HistoryEvent event = HistoryEvent::Send;
    QString messageId;
    int httpStatus = 0;
    QString providerCode;
    qint64 latencyMs = -1; // -1 when there was no request
    HistoryOutcome outcome = HistoryOutcome::Sent;
    QString explanation;
    // For a sent message: the last delivery state known (providers::deliveryStateName; empty: never asked), the
    // provider's code for undelivered or failed (0: none) and what it means.
    QString delivery;
    int deliveryCode = 0;
    QString deliveryExplanation;
    QString locale; // the SMS text's locale of a send or resend (en_US); empty for a verify, or before schema 7
};

struct HistoryFilter
{
    QString provider; // empty: all
    std::optional<HistoryOutcome> outcome;
    QDateTime from; // invalid: open
    QDateTime to; // invalid: open; exclusive
    QString numberSuffix; // digits the number ends with; empty: all
    QStringList deliveries; // delivery states (providers::deliveryStateName); empty: all
    int limit = -1; // -1: all
};

class HistoryRepository
{
public:
    explicit HistoryRepository(Database& database);

    DbError record(const HistoryEntry& entry);
    // The delivery state of the send or resend rows of that provider and message id (what a status request
    // learnt later). A message with no row (purged meanwhile, or no id) changes nothing.
    DbError recordDelivery(const QString& provider, const QString& messageId, const QString& delivery, int code,
        const QString& explanation);

    // The SELECT of a filter, newest first, prepared and bound: for a QSqlQueryModel or for export.
    // Columns: id, time (ISO 8601 UTC), provider, masked_number, event, message_id, http_status, provider_code,
    // latency_ms, outcome, explanation, delivery, delivery_code, delivery_explanation.
    struct QueryResult
    {
        QSqlQuery query;
        DbError error;
    };
    // forwardOnly suits a single pass (export, list); a QSqlQueryModel needs a scrollable query.
    QueryResult select(const HistoryFilter& filter, bool forwardOnly = true) const;
    struct ListResult
    {
        QList<HistoryEntry> entries;
        DbError error;
    };
    ListResult list(const HistoryFilter& filter) const;

    // Deletes the rows of the filter with secure_delete on, then truncates the WAL, so the purged rows are gone
    // from every database file (SECURITY.md 27). Returns how many rows went.
    struct PurgeResult
    {
        int removed = 0;
        DbError error;
    };
    PurgeResult purge(const HistoryFilter& filter);

    // A value that changes whenever the history may have changed: a write through this connection
    // (total_changes()) or a commit by any other, in this process or another (PRAGMA data_version). Reads no
    // table, so a view can ask it on every show and re-query only when it moved. None on a database error.
    struct ChangeStamp
    {
        qint64 ownChanges = -1;
        qint64 otherCommits = -1;
        friend bool operator==(const ChangeStamp&, const ChangeStamp&) = default;
    };
    std::optional<ChangeStamp> changeStamp() const;

    // Sends per number in a window, for the engine's hourly cap across runs.
    struct TimesResult
    {
        QList<QDateTime> times;
        DbError error;
    };
    TimesResult sendTimesSince(const QString& numberSuffix, const QDateTime& since) const;

private:
    Database& m_database;
};

// CSV of entries (RFC 4180, a header row), for export.
QByteArray historyToCsv(const QList<HistoryEntry>& entries);

} // namespace smsotp::storage
