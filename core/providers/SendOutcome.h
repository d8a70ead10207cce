#pragma once
// What became of a send (or a credential check): accepted or not, and why, in words for people.

#include <QString>
#include <chrono>

namespace smsotp::providers {

// Which part of the setup a failure points at, so the UI can send the user to the right field.
enum class FailureKind
{
    None,
    Authentication, // the credentials are wrong, disabled, or do not belong together
    Recipient, // the number: invalid, not a mobile, opted out, barred, not verified for a trial account
    Sender, // the From number or sender ID: not owned, not SMS-capable, not allowed there
    Account, // the account itself: trial limits, geographic permissions, out of credit, suspended
    RateLimited, // too many requests for now
    Message, // the message was refused: too long, invalid
    Configuration, // the request did not reach the right endpoint or the provider rejected its shape
    ProviderError, // the provider failed on its side (5xx, internal error)
    UnexpectedResponse, // an answer the console cannot read
    Transport, // no HTTP answer: DNS, connection, TLS, timeout, size cap, redirect
    Cancelled, // stopped by the user
};

struct SendOutcome
{
    bool accepted = false; // the provider took the message; delivery to the phone is still ahead
    int httpStatus = 0; // 0 when there was no HTTP answer
    QString messageId; // the provider's id for the message, when it gives one
    QString providerCode; // the provider's own error code ("21211", "4"), empty when there is none
    FailureKind failure = FailureKind::None;
    QString explanation; // what it means and what to change, for people; never holds a secret
    QString technicalDetail; // the provider's own words or the transport error, one click away in the UI
    bool retryLater = false; // trying again later with no change may work (throttling, provider outage)
    std::chrono::milliseconds latency { 0 }; // request start to answer; 0 when nothing was sent (set by ProviderClient)
};

} // namespace smsotp::providers
