#include "HistoryModel.h"

#include "providers/DeliveryStatus.h"
#include "providers/ProviderKind.h"

#include <QLocale>

namespace smsotp::ui {

using storage::HistoryEvent;
using storage::HistoryOutcome;

namespace {

storage::HistoryEvent eventFromName(QStringView name)
{
    if (name == u"resend")
        return HistoryEvent::Resend;
    if (name == u"verify")
        return HistoryEvent::Verify;
    return HistoryEvent::Send;
}

// Long explanations wrap in a rich-text tooltip; a plain one would run across the screen.
QString wrappedToolTip(const QString& text)
{
    return text.isEmpty() ? QString() : QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

} // namespace

HistoryTableModel::HistoryTableModel(QObject* parent)
    : QSqlQueryModel(parent)
{ }

void HistoryTableModel::setStatusIcons(const QIcon& ok, const QIcon& warning, const QIcon& error)
{
    m_icons[int(Status::Ok)] = ok;
    m_icons[int(Status::Warning)] = warning;
    m_icons[int(Status::Error)] = error;
}

storage::HistoryEntry HistoryTableModel::entry(int row) const
{
    const auto raw = [this, row](int column) { return QSqlQueryModel::data(index(row, column)); };
    storage::HistoryEntry e;
    e.time = QDateTime::fromString(raw(Time).toString(), Qt::ISODateWithMs);
    e.provider = raw(Provider).toString();
    e.maskedNumber = raw(Number).toString();
    e.event = eventFromName(raw(Event).toString());
    e.messageId = raw(MessageId).toString();
    e.httpStatus = raw(HttpStatus).toInt();
    e.providerCode = raw(ProviderCode).toString();
    e.latencyMs = raw(Latency).isNull() ? -1 : raw(Latency).toLongLong();
    e.outcome = storage::historyOutcomeFromName(raw(Outcome).toString()).value_or(HistoryOutcome::Failed);
    e.explanation = raw(Explanation).toString();
    e.delivery = raw(Delivery).toString();
    e.deliveryCode = raw(DeliveryCode).toInt();
    e.deliveryExplanation = raw(DeliveryExplanation).toString();
    e.locale = raw(Locale).toString();
    return e;
}

QVariant HistoryTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() == Id || role == Qt::EditRole)
        return QSqlQueryModel::data(index, role); // the stored value, for code that wants it
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Delivery)
            return deliveryText(QSqlQueryModel::data(index).toString(),
                QSqlQueryModel::data(index.siblingAtColumn(DeliveryCode)).toInt());
        return display(index.column(), QSqlQueryModel::data(index));
    case Qt::ToolTipRole:
        if (index.column() == Delivery) {
            const QString explanation = QSqlQueryModel::data(index.siblingAtColumn(DeliveryExplanation)).toString();
            return explanation.isEmpty() ? data(index, Qt::DisplayRole) : QVariant(wrappedToolTip(explanation));
        }
        return toolTip(index.column(), QSqlQueryModel::data(index));
    case Qt::DecorationRole:
        if (index.column() != Outcome)
            return {};
        return m_icons[int(outcomeStatus(
            storage::historyOutcomeFromName(QSqlQueryModel::data(index).toString()).value_or(HistoryOutcome::Failed)))];
    case Qt::TextAlignmentRole:
        if (index.column() == HttpStatus || index.column() == Latency)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QString HistoryTableModel::display(int column, const QVariant& stored)
{
    const QString text = stored.toString();
    switch (column) {
    case Time:
        return localTimeText(QDateTime::fromString(text, Qt::ISODateWithMs));
    case Provider:
        return providerText(text);
    case Number:
        return numberText(text);
    case Event:
        return eventText(eventFromName(text));
    case HttpStatus:
        return stored.toInt() > 0 ? text : QString();
    case Latency:
        return latencyText(stored.isNull() ? -1 : stored.toLongLong());
    case Outcome: {
        const std::optional<HistoryOutcome> outcome = storage::historyOutcomeFromName(text);
        return outcome ? outcomeText(*outcome) : text;
    }
    case Explanation:
        // One line in the table; the whole text is in the tooltip and the detail pane.
        return QString(text).replace(QLatin1Char('\n'), QLatin1Char(' '));
    default: // message id, provider code: as stored
        return text;
    }
}

QString HistoryTableModel::toolTip(int column, const QVariant& stored)
{
    switch (column) {
    case Time:
        return utcTimeText(QDateTime::fromString(stored.toString(), Qt::ISODateWithMs));
    case Number:
        return tr("Number ending in %1, stored masked as %2")
            .arg(numberText(stored.toString()).mid(1), stored.toString());
    case Explanation:
        return wrappedToolTip(stored.toString());
    default:
        return display(column, stored);
    }
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QSqlQueryModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("#");
    case Time:
        return tr("Time");
    case Provider:
        return tr("Provider");
    case Number:
        return tr("Number");
    case Event:
        return tr("Event");
    case MessageId:
        return tr("Message id");
    case HttpStatus:
        return tr("HTTP");
    case ProviderCode:
        return tr("Provider code");
    case Latency:
        return tr("Latency");
    case Outcome:
        return tr("Outcome");
    case Explanation:
        return tr("Explanation");
    case Delivery:
        return tr("Delivery");
    case Locale:
        return tr("SMS text");
    default:
        return {};
    }
}

QString HistoryTableModel::deliveryText(const QString& deliveryName, int code)
{
    const std::optional<providers::DeliveryState> state = providers::deliveryStateFromName(deliveryName);
    if (!state)
        return deliveryName;
    const QString text = providers::deliveryStateText(*state);
    return code != 0 ? tr("%1 (%2)").arg(text).arg(code) : text;
}

QString HistoryTableModel::outcomeText(HistoryOutcome outcome)
{
    switch (outcome) {
    case HistoryOutcome::Sent:
        return tr("Sent");
    case HistoryOutcome::Refused:
        return tr("Refused");
    case HistoryOutcome::Failed:
        return tr("Failed");
    case HistoryOutcome::Cancelled:
        return tr("Cancelled");
    case HistoryOutcome::Blocked:
        return tr("Blocked");
    case HistoryOutcome::Verified:
        return tr("Verified");
    case HistoryOutcome::Wrong:
        return tr("Wrong code");
    case HistoryOutcome::Expired:
        return tr("Expired");
    case HistoryOutcome::Locked:
        return tr("Locked");
    case HistoryOutcome::Superseded:
        return tr("Superseded");
    case HistoryOutcome::Closed:
        return tr("Closed");
    }
    return {};
}

HistoryTableModel::Status HistoryTableModel::outcomeStatus(HistoryOutcome outcome)
{
    switch (outcome) {
    case HistoryOutcome::Sent:
    case HistoryOutcome::Verified:
        return Status::Ok;
    case HistoryOutcome::Refused:
    case HistoryOutcome::Failed:
    case HistoryOutcome::Locked:
        return Status::Error;
    case HistoryOutcome::Cancelled:
    case HistoryOutcome::Blocked:
    case HistoryOutcome::Wrong:
    case HistoryOutcome::Expired:
    case HistoryOutcome::Superseded:
    case HistoryOutcome::Closed:
        break;
    }
    return Status::Warning;
}

QString HistoryTableModel::eventText(HistoryEvent event)
{
    switch (event) {
    case HistoryEvent::Send:
        return tr("Send");
    case HistoryEvent::Resend:
        return tr("Resend");
    case HistoryEvent::Verify:
        return tr("Verification");
    }
    return {};
}

QString HistoryTableModel::providerText(const QString& kindName)
{
    const std::optional<providers::ProviderKind> kind = providers::providerKindFromName(kindName);
    return kind ? providers::providerDisplayName(*kind) : kindName;
}

QString HistoryTableModel::numberText(const QString& maskedNumber)
{
    // The stored mask keeps the last four digits; take what trails (a fragment masked whole shows only dots).
    QString tail;
    for (qsizetype i = maskedNumber.size() - 1; i >= 0 && tail.size() < 4; --i) {
        const QChar c = maskedNumber.at(i);
        if (c.isSpace())
            continue;
        if (c == u'+')
            break;
        tail.prepend(c);
    }
    return tail.isEmpty() ? QString() : QStringLiteral("…") + tail;
}

QString HistoryTableModel::localTimeText(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    const QLocale locale;
    // Sends come seconds apart: the locale's short format, with the seconds it leaves out.
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1Char('s')))
        format.replace(QStringLiteral("mm"), QStringLiteral("mm:ss"));
    return locale.toString(time.toLocalTime(), format);
}

QString HistoryTableModel::utcTimeText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC")
                          : QString();
}

QString HistoryTableModel::latencyText(qint64 latencyMs)
{
    return latencyMs >= 0 ? tr("%1 ms").arg(QLocale().toString(latencyMs)) : QString();
}

} // namespace smsotp::ui
