// smsotp history: the sends and verifications, as a table, CSV or JSON; never a code or a secret.

#include "Commands.h"
#include "Context.h"
#include "storage/HistoryRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace smsotp::cli {

namespace {

class HistoryCommand : public Command
{
public:
    explicit HistoryCommand(Context& context)
        : Command(context, QStringLiteral("history"), tr("The history of test sends and verifications."))
    {
        OptionSpec format { QCommandLineOption(QStringLiteral("format"), tr("The output format (default: table)."),
                                QStringLiteral("FORMAT"), QStringLiteral("table")),
            false, { QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json") }, false };
        addAction({ {}, {}, {}, tr("Print the history, newest first; never a code or a secret."),
            { { QCommandLineOption(QStringLiteral("limit"), tr("At most N rows."), QStringLiteral("N")), false, {},
                  false },
                format },
            [this](Invocation& i) { return history(i); } });
    }

private:
    int history(Invocation& invocation)
    {
        if (!invocation.positional().isEmpty())
            return m_context.usage(tr("Unexpected argument “%1”.").arg(invocation.positional().first()), name());
        storage::HistoryFilter filter;
        if (const std::optional<QString> limit = invocation.optionalValue(QStringLiteral("limit"))) {
            bool ok = false;
            filter.limit = limit->toInt(&ok);
            if (!ok || filter.limit < 1)
                return m_context.usage(tr("--limit takes a whole number of at least 1."), name());
        }
        const QString format = invocation.value(QStringLiteral("format"));
        if (format != u"table" && format != u"csv" && format != u"json")
            return m_context.usage(tr("--format must be table, csv or json."), name());
        services::Services* s = m_context.openServices();
        if (!s)
            return kExitFailure;
        const storage::HistoryRepository::ListResult listed = storage::HistoryRepository(s->database()).list(filter);
        if (listed.error.isError())
            return m_context.fail(dbErrorText(listed.error), detailOf(listed.error));
        if (format == u"csv")
            m_context.out() << QString::fromUtf8(storage::historyToCsv(listed.entries));
        else if (format == u"json")
            m_context.out() << QString::fromUtf8(QJsonDocument(json(listed.entries)).toJson(QJsonDocument::Indented));
        else
            table(listed.entries);
        m_context.out().flush();
        return kExitOk;
    }

    static QJsonArray json(const QList<storage::HistoryEntry>& entries)
    {
        QJsonArray rows;
        for (const storage::HistoryEntry& e : entries) {
            rows.append(QJsonObject {
                { QStringLiteral("time"), e.time.toUTC().toString(Qt::ISODate) },
                { QStringLiteral("provider"), e.provider },
                { QStringLiteral("number"), e.maskedNumber },
                { QStringLiteral("event"), storage::historyEventName(e.event) },
                { QStringLiteral("message_id"), e.messageId },
                { QStringLiteral("http_status"), e.httpStatus },
                { QStringLiteral("provider_code"), e.providerCode },
                { QStringLiteral("latency_ms"), e.latencyMs },
                { QStringLiteral("outcome"), storage::historyOutcomeName(e.outcome) },
                { QStringLiteral("explanation"), e.explanation },
                { QStringLiteral("delivery"), e.delivery },
                { QStringLiteral("delivery_code"), e.deliveryCode },
                { QStringLiteral("delivery_explanation"), e.deliveryExplanation },
                { QStringLiteral("locale"), e.locale },
            });
        }
        return rows;
    }

    void table(const QList<storage::HistoryEntry>& entries)
    {
        if (entries.isEmpty()) {
            m_context.print(tr("No history yet."));
            return;
        }
        const QString columns = QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9");
        m_context.print(columns.arg(tr("Time (UTC)"), -20)
                            .arg(tr("Provider"), -8)
                            .arg(tr("Number"), -16)
                            .arg(tr("Event"), -6)
                            .arg(tr("Outcome"), -10)
                            .arg(tr("Delivery"), -11)
                            .arg(tr("HTTP"), 4)
                            .arg(tr("ms"), 6)
                            .arg(tr("Message id / explanation")));
        for (const storage::HistoryEntry& e : entries) {
            m_context.print(columns.arg(e.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), -20)
                                .arg(e.provider, -8)
                                .arg(e.maskedNumber, -16)
                                .arg(storage::historyEventName(e.event), -6)
                                .arg(storage::historyOutcomeName(e.outcome), -10)
                                .arg(e.delivery.isEmpty() ? QStringLiteral("-") : e.delivery, -11)
                                .arg(e.httpStatus > 0 ? QString::number(e.httpStatus) : QStringLiteral("-"), 4)
                                .arg(e.latencyMs >= 0 ? QString::number(e.latencyMs) : QStringLiteral("-"), 6)
                                .arg(e.messageId.isEmpty() ? oneLine(e.explanation) : e.messageId));
        }
    }
};

} // namespace

std::unique_ptr<Command> makeHistoryCommand(Context& context)
{
    return std::make_unique<HistoryCommand>(context);
}

} // namespace smsotp::cli
