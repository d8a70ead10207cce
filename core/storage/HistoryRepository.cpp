#include "HistoryRepository.h"

#include "Database.h"

#include <QSqlError>
#include <QVariant>

namespace smsotp::storage {

namespace {

struct OutcomeName
{
    HistoryOutcome outcome;
    const char* name;
};

constexpr OutcomeName kOutcomes[] = {
    { HistoryOutcome::Sent, "sent" },
    { HistoryOutcome::Refused, "refused" },
    { HistoryOutcome::Failed, "failed" },
    { HistoryOutcome::Cancelled, "cancelled" },
    { HistoryOutcome::Blocked, "blocked" },
    { HistoryOutcome::Verified, "verified" },
    { HistoryOutcome::Wrong, "wrong" },
    { HistoryOutcome::Expired, "expired" },
    { HistoryOutcome::Locked, "locked" },
    { HistoryOutcome::Superseded, "superseded" },
    { HistoryOutcome::Closed, "closed" },
};

const QString kColumns = QStringLiteral("id, time, provider, masked_number, event, message_id, http_status, "
                                        "provider_code, latency_ms, outcome, explanation, delivery, delivery_code, "
                                        "delivery_explanation, locale");

// The WHERE clause of a filter and its values, in order.
QString whereClause(const HistoryFilter& filter, QVariantList& values)
{
    QStringList conditions;
    if (!filter.provider.isEmpty()) {
        conditions.append(QStringLiteral("provider = ?"));
        values.append(filter.provider);
    }
    if (filter.outcome) {
        conditions.append(QStringLiteral("outcome = ?"));
        values.append(historyOutcomeName(*filter.outcome));
    }
    if (filter.from.isValid()) {
        conditions.append(QStringLiteral("time >= ?"));
        values.append(filter.from.toUTC().toString(Qt::ISODateWithMs));
    }
    if (filter.to.isValid()) {
        conditions.append(QStringLiteral("time < ?"));
        values.append(filter.to.toUTC().toString(Qt::ISODateWithMs));
    }
    if (!filter.numberSuffix.isEmpty()) {
        // number_suffix holds the last 4 digits; a shorter filter matches their end.
        conditions.append(QStringLiteral("substr(number_suffix, -length(?)) = ?"));
        values.append(filter.numberSuffix);
        values.append(filter.numberSuffix);
    }
    if (!filter.deliveries.isEmpty()) {
        conditions.append(QStringLiteral("delivery IN (")
            + QStringList(filter.deliveries.size(), QStringLiteral("?")).join(u',') + QLatin1Char(')'));
        for (const QString& delivery : filter.deliveries)
            values.append(delivery);
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace

QString historyEventName(HistoryEvent event)
{
    switch (event) {
    case HistoryEvent::Send:
        return QStringLiteral("send");
    case HistoryEvent::Resend:
        return QStringLiteral("resend");
    case HistoryEvent::Verify:
        return QStringLiteral("verify");
    }
    return {};
}

QString historyOutcomeName(HistoryOutcome outcome)
{
    for (const OutcomeName& entry : kOutcomes) {
        if (entry.outcome == outcome)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<HistoryOutcome> historyOutcomeFromName(QStringView name)
{
    for (const OutcomeName& entry : kOutcomes) {
        if (name == QLatin1StringView(entry.name))
            return entry.outcome;
    }
    return std::nullopt;
}

QList<HistoryOutcome> allHistoryOutcomes()
{
    QList<HistoryOutcome> all;
    for (const OutcomeName& entry : kOutcomes)
        all.append(entry.outcome);
    return all;
}

HistoryRepository::HistoryRepository(Database& database)
    : m_database(database)
{ }

DbError HistoryRepository::record(const HistoryEntry& e)
{
    return m_database.transaction([&]() -> DbError {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("INSERT INTO history (time, provider, masked_number, number_suffix, event, "
                                     "message_id, http_status, provider_code, latency_ms, outcome, explanation, "
                                     "delivery, delivery_code, delivery_explanation, locale) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(
            (e.time.isValid() ? e.time : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODateWithMs));
        query.addBindValue(notNull(e.provider));
        query.addBindValue(notNull(e.maskedNumber));
        query.addBindValue(notNull(e.numberSuffix.right(4)));
        query.addBindValue(historyEventName(e.event));
        query.addBindValue(notNull(e.messageId));
        query.addBindValue(e.httpStatus);
        query.addBindValue(notNull(e.providerCode));
        query.addBindValue(e.latencyMs);
        query.addBindValue(historyOutcomeName(e.outcome));
        query.addBindValue(notNull(e.explanation));
        query.addBindValue(notNull(e.delivery));
        query.addBindValue(e.deliveryCode);
        query.addBindValue(notNull(e.deliveryExplanation));
        query.addBindValue(notNull(e.locale));
        if (!query.exec())
            return errorFromSql(query.lastError(), QStringLiteral("history insert"));
        return {};
    });
}

DbError HistoryRepository::recordDelivery(
    const QString& provider, const QString& messageId, const QString& delivery, int code, const QString& explanation)
{
    if (messageId.isEmpty())
        return {};
    return m_database.transaction([&]() -> DbError {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("UPDATE history SET delivery = ?, delivery_code = ?, delivery_explanation = ? "
                                     "WHERE provider = ? AND message_id = ? AND event IN ('send', 'resend')"));
        query.addBindValue(delivery);
        query.addBindValue(code);
        query.addBindValue(notNull(explanation));
        query.addBindValue(provider);
        query.addBindValue(messageId);
        if (!query.exec())
            return errorFromSql(query.lastError(), QStringLiteral("history delivery"));
        return {};
    });
}

HistoryRepository::QueryResult HistoryRepository::select(const HistoryFilter& filter, bool forwardOnly) const
{
    QVariantList values;
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM history") + whereClause(filter, values)
        + QStringLiteral(" ORDER BY time DESC, id DESC");
    if (filter.limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    QueryResult result { QSqlQuery(m_database.connection()), {} };
    result.query.setForwardOnly(forwardOnly);
    result.query.prepare(sql);
    for (const QVariant& value : std::as_const(values))
        result.query.addBindValue(value);
    if (!result.query.exec())
        result.error = errorFromSql(result.query.lastError(), QStringLiteral("history select"));
    return result;
}

HistoryRepository::ListResult HistoryRepository::list(const HistoryFilter& filter) const
{
    ListResult result;
    QueryResult selected = select(filter);
    if (selected.error.isError()) {
        result.error = selected.error;
        return result;
    }
    QSqlQuery& q = selected.query;
    while (q.next()) {
        HistoryEntry e;
        e.time = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.provider = q.value(2).toString();
        e.maskedNumber = q.value(3).toString();
        const QString event = q.value(4).toString();
        e.event = event == u"resend" ? HistoryEvent::Resend
            : event == u"verify"     ? HistoryEvent::Verify
                                     : HistoryEvent::Send;
        e.messageId = q.value(5).toString();
        e.httpStatus = q.value(6).toInt();
        e.providerCode = q.value(7).toString();
        e.latencyMs = q.value(8).toLongLong();
        e.outcome = historyOutcomeFromName(q.value(9).toString()).value_or(HistoryOutcome::Failed);
        e.explanation = q.value(10).toString();
        e.delivery = q.value(11).toString();
        e.deliveryCode = q.value(12).toInt();
        e.deliveryExplanation = q.value(13).toString();
        e.locale = q.value(14).toString();
        result.entries.append(e);
    }
    return result;
}

HistoryRepository::PurgeResult HistoryRepository::purge(const HistoryFilter& filter)
{
    PurgeResult result;
    QSqlQuery pragma(m_database.connection());
    // Deleted content is overwritten with zeros in the file, not just unlinked from the b-tree.
    if (!pragma.exec(QStringLiteral("PRAGMA secure_delete = ON"))) {
        result.error = errorFromSql(pragma.lastError());
        return result;
    }
    result.error = m_database.transaction([&]() -> DbError {
        QVariantList values;
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("DELETE FROM history") + whereClause(filter, values));
        for (const QVariant& value : std::as_const(values))
            query.addBindValue(value);
        if (!query.exec())
            return errorFromSql(query.lastError(), QStringLiteral("history purge"));
        result.removed = query.numRowsAffected();
        return {};
    });
    if (result.error.isError())
        return result;
    // The WAL still holds the pages as they were before; copying them back and truncating it removes them.
    QSqlQuery checkpoint(m_database.connection());
    if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        result.error = errorFromSql(checkpoint.lastError());
    else if (checkpoint.next() && checkpoint.value(0).toInt() != 0)
        result.error = { DbErrorKind::Busy,
            QStringLiteral("wal_checkpoint(TRUNCATE) could not complete: another "
                           "program is reading the database") };
    return result;
}

std::optional<HistoryRepository::ChangeStamp> HistoryRepository::changeStamp() const
{
    QSqlQuery query(m_database.connection());
    ChangeStamp stamp;
    if (!query.exec(QStringLiteral("SELECT total_changes()")) || !query.next())
        return std::nullopt;
    stamp.ownChanges = query.value(0).toLongLong();
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return std::nullopt;
    stamp.otherCommits = query.value(0).toLongLong();
    return stamp;
}

HistoryRepository::TimesResult HistoryRepository::sendTimesSince(
    const QString& numberSuffix, const QDateTime& since) const
{
    TimesResult result;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT time FROM history WHERE number_suffix = ? AND time >= ? "
                                 "AND event IN ('send', 'resend') AND outcome = 'sent' ORDER BY time"));
    query.addBindValue(numberSuffix.right(4));
    query.addBindValue(since.toUTC().toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        result.error = errorFromSql(query.lastError());
        return result;
    }
    while (query.next())
        result.times.append(QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs));
    return result;
}

QByteArray historyToCsv(const QList<HistoryEntry>& entries)
{
    const auto field = [](const QString& value) {
        QString v = value;
        // Spreadsheets run a cell that starts with = + - @ as a formula; a leading quote keeps it text.
        if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.front()) && v != u"-")
            v.prepend(QLatin1Char('\''));
        if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
            || v.contains(QLatin1Char('\r'))) {
            v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            v = QLatin1Char('"') + v + QLatin1Char('"');
        }
        return v;
    };
    QStringList lines { QStringLiteral("time,provider,number,event,message_id,http_status,provider_code,latency_ms,"
                                       "outcome,explanation,delivery,delivery_code,delivery_explanation,locale") };
    for (const HistoryEntry& e : entries) {
        lines.append(QStringList { field(e.time.toUTC().toString(Qt::ISODateWithMs)), field(e.provider),
            field(e.maskedNumber), field(historyEventName(e.event)), field(e.messageId),
            e.httpStatus ? QString::number(e.httpStatus) : QString(), field(e.providerCode),
            e.latencyMs >= 0 ? QString::number(e.latencyMs) : QString(), field(historyOutcomeName(e.outcome)),
            field(e.explanation), field(e.delivery), e.deliveryCode ? QString::number(e.deliveryCode) : QString(),
            field(e.deliveryExplanation), field(e.locale) }
                         .join(QLatin1Char(',')));
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

} // namespace smsotp::storage
