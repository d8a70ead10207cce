#pragma once
// Follows one accepted message until it is delivered or not: asks the provider for its status with a back-off
// (1 s, 2 s, 4 s ... at most every 15 s) until a final state or 5 minutes, and can be cancelled. The Test Send page
// and the CLI's send-test both use it; so does `smsotp delivery`, for a single request.

#include "providers/DeliveryStatus.h"
#include "providers/ProviderClient.h"
#include "providers/ProviderKind.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <optional>

namespace smsotp::send {

// The status request of a message for a provider whose status can be asked (providers::canAskDelivery): Twilio's
// Message resource, or the sandbox gateway's GET /messages/{id} (its URL taken from the sandbox's setup). None
// for the others.
std::optional<providers::BuildResult> buildDeliveryRequest(
    providers::ProviderKind kind, const providers::ProviderSetup& setup, const QString& messageId);
// The sandbox words a failed status check of the sandbox (the answer is read as Twilio's, which would name Twilio).
void explainForProvider(providers::ProviderKind kind, providers::DeliveryCheck& check);

class DeliveryTracker : public QObject
{
    Q_OBJECT
public:
    struct Schedule
    {
        std::chrono::milliseconds first { 1000 }; // the first request, after the send
        std::chrono::milliseconds longest { 15000 }; // the wait doubles up to this
        std::chrono::milliseconds limit { 5 * 60 * 1000 }; // no request after this
    };

    enum class End
    {
        Final, // delivered, undelivered or failed
        TimedOut, // no final state within the limit; the last state is the last known
        Cancelled,
        CannotAsk, // the provider refused the status request (unknown message, credentials): asking again won't help
    };

    explicit DeliveryTracker(providers::ProviderClient& client, QObject* parent = nullptr);
    ~DeliveryTracker() override;

    void setSchedule(const Schedule& schedule) { m_schedule = schedule; }
    // Starts following the message (stopping any earlier one). False, with nothing started, when the provider's
    // status cannot be asked (deliveryUnavailableReason says why).
    bool follow(providers::ProviderKind kind, const providers::ProviderSetup& setup, const QString& messageId);
    // Stops at once; ended(Cancelled) follows. Nothing happens when nothing is followed.
    void cancel();
    bool isFollowing() const { return m_following; }
    const providers::DeliveryStatus& last() const { return m_last; }
    QString messageId() const { return m_messageId; }

Q_SIGNALS:
    // Each state that differs from the one before, starting from the first answer.
    void changed(const smsotp::providers::DeliveryStatus& status);
    // Once per follow: how it ended, the last known state, and for TimedOut and CannotAsk why, for people.
    void ended(smsotp::send::DeliveryTracker::End end, const smsotp::providers::DeliveryStatus& last,
        const QString& explanation);

private:
    void ask();
    void answered(const providers::DeliveryCheck& check);
    void scheduleNext();
    void finish(End end, const QString& explanation);

    providers::ProviderClient& m_client;
    Schedule m_schedule;
    providers::ProviderKind m_kind = providers::ProviderKind::Sandbox;
    providers::ProviderSetup m_setup;
    QString m_messageId;
    bool m_following = false;
    std::optional<providers::ProviderClient::RequestId> m_request;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    std::chrono::milliseconds m_wait { 0 };
    providers::DeliveryStatus m_last;
    bool m_heard = false; // an answer with a state came
};

} // namespace smsotp::send
