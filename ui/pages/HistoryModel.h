#pragma once
// The history table as people read it: local times, names and words, blanks where a value does not apply.

#include "storage/HistoryRepository.h"

#include <QIcon>
#include <QSqlQueryModel>

namespace smsotp::ui {

// Over the query of HistoryRepository::select() (filtering and sorting stay in SQL); only data() is dressed up.
class HistoryTableModel : public QSqlQueryModel
{
    Q_OBJECT
public:
    // The columns of HistoryRepository::select(), in its order.
    enum Column
    {
        Id,
        Time,
        Provider,
        Number,
        Event,
        MessageId,
        HttpStatus,
        ProviderCode,
        Latency,
        Outcome,
        Explanation,
        Delivery, // the delivery state learnt after the send (empty: never asked)
        DeliveryCode, // hidden: shown with the state
        DeliveryExplanation, // hidden: in the tooltip of the state and the detail pane
        Locale, // the SMS text's locale of a send or resend; hidden until chosen from the header's menu
    };
    // How an outcome went, for its icon and colour.
    enum class Status
    {
        Ok,
        Warning,
        Error,
    };

    explicit HistoryTableModel(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The icons of the outcome column, from the view's style (the model has no widget to ask).
    void setStatusIcons(const QIcon& ok, const QIcon& warning, const QIcon& error);
    // The row as stored, for the detail pane.
    storage::HistoryEntry entry(int row) const;

    static QString outcomeText(storage::HistoryOutcome outcome); // "Sent", "Wrong code", …
    static Status outcomeStatus(storage::HistoryOutcome outcome);
    static QString eventText(storage::HistoryEvent event); // "Send", "Resend", "Verification"
    static QString providerText(const QString& kindName); // the display name; the stored name when unknown
    // "…0123": the last four digits of a masked number ("+••••••••0123"); "…••••" when it was masked whole.
    static QString numberText(const QString& maskedNumber);
    static QString localTimeText(const QDateTime& time); // the local time, with seconds, as the locale writes it
    static QString utcTimeText(const QDateTime& time); // "2026-12-06 19:28:08 UTC"
    static QString latencyText(qint64 latencyMs); // "245 ms"; empty when no request was made
    // "delivered", "not delivered (30003)"; empty when no state is known.
    static QString deliveryText(const QString& deliveryName, int code);

private:
    // From the stored value of one cell: a view asks for every visible cell on each paint, so no whole row is read.
    static QString display(int column, const QVariant& stored);
    static QString toolTip(int column, const QVariant& stored);

    QIcon m_icons[3];
};

} // namespace smsotp::ui
