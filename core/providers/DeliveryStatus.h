#pragma once
// What became of a message after the provider accepted it: delivered to the handset or not, and why. The one
// vocabulary of the console, the CLI and the history; Twilio's status words are the model.

#include "ProviderKind.h"
#include "SendOutcome.h"

#include <QString>
#include <QStringView>
#include <optional>

namespace smsotp::providers {

enum class DeliveryState
{
    Accepted, // taken by the provider; nothing more known (the last known state where no status can be asked)
    Queued,
    Sending,
    Sent, // handed to the carrier
    Delivered, // final: the handset has it
    Undelivered, // final: the carrier could not deliver it
    Failed, // final: it never left the provider
};

// "accepted", "queued", "sending", "sent", "delivered", "undelivered", "failed": printed by the CLI, stored in the
// history; never translated.
QString deliveryStateName(DeliveryState state);
std::optional<DeliveryState> deliveryStateFromName(QStringView name);
// The state in words, in the current language ("delivered", "not delivered" ...).
QString deliveryStateText(DeliveryState state);
bool isFinal(DeliveryState state);

struct DeliveryStatus
{
    DeliveryState state = DeliveryState::Accepted;
    int errorCode = 0; // the provider's code for undelivered or failed (Twilio's 30003 ...); 0 when none
    QString explanation; // what the code means and what to do; empty when there is no code

    bool isFinal() const { return providers::isFinal(state); }
    // "delivered", or "undelivered (30003: Twilio could not reach the handset ...)": what the CLI prints after
    // "Delivery: " and what the console shows.
    QString line() const;
    bool operator==(const DeliveryStatus&) const = default;
};

// One request for a message's status: the status, or why it could not be asked.
struct DeliveryCheck
{
    bool ok = false; // the provider answered with a status
    DeliveryStatus status;
    int httpStatus = 0;
    QString providerCode;
    FailureKind failure = FailureKind::None;
    QString explanation; // why there is no status (unknown message, credentials, network); for people
    QString technicalDetail;
};

// How the console learns of delivery for a provider: it asks (Twilio, the sandbox), or it cannot (Vonage reports
// only to a public callback URL; a custom gateway has no status API the console knows).
bool canAskDelivery(ProviderKind kind);
// Why there is no delivery status for a provider that cannot be asked; empty for one that can.
QString deliveryUnavailableReason(ProviderKind kind);

} // namespace smsotp::providers
