#pragma once
// Turns a provider's configuration and secrets into a send or a credential check over HTTP, asynchronously.

#include "CustomProvider.h"
#include "HttpSender.h"
#include "ProviderKind.h"
#include "SendOutcome.h"
#include "TwilioProvider.h"
#include "VonageProvider.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <variant>

namespace smsotp::providers {

// A configuration with the secrets fetched for it from the keychain just before the request is built.
struct TwilioSetup
{
    twilio::Config config;
    twilio::Secrets secrets;
};

struct VonageSetup
{
    vonage::Config config;
    vonage::Secrets secrets;
};

// The sandbox is one of these too: sandbox::sandboxConfig() points a custom provider at the loopback gateway.
struct CustomSetup
{
    custom::Config config;
    custom::Secrets secrets;
};

using ProviderSetup = std::variant<TwilioSetup, VonageSetup, CustomSetup>;

// Every secret a setup holds, with the user:password pairs that travel Base64-encoded in an Authorization
// header (Base64 of "key:secret" does not contain Base64 of "secret", so the pair is searched for as a whole).
QStringList secretsOf(const ProviderSetup& setup);

// The warning before a send from the setup's sender to the number (SenderRules.h): a sender name to a country
// whose carriers refuse names; empty for a number, a Messaging Service, or a country that takes names.
QString senderWarning(const ProviderSetup& setup, const QString& toE164);
QString senderWarning(ProviderKind kind, const QString& sender, const QString& toE164);

// The request a send would make, without sending it: what the preview shows is exactly what goes on the wire.
BuildResult buildSendRequest(const ProviderSetup& setup, const QString& to, const QString& text);

// The glue between the pure builders and parsers and the HttpSender: build, send, parse, and explain.
// What the callbacks receive never holds a secret of the setup: explanations and technical details pass
// through redaction (SECURITY.md 13), since answers can echo credentials (Twilio's account answer carries
// the auth token). Every callback is called exactly once, later, on this thread, and never after the client
// is destroyed. The sender must outlive the client.
class ProviderClient : public QObject
{
    Q_OBJECT
public:
    using RequestId = quint64;
    using SendCallback = std::function<void(const SendOutcome&)>;
    using AccountCheckCallback = std::function<void(const twilio::AccountCheck&)>;
    using BalanceCheckCallback = std::function<void(const vonage::BalanceCheck&)>;
    using DeliveryCallback = std::function<void(const DeliveryCheck&)>;

    explicit ProviderClient(HttpSender& sender, QObject* parent = nullptr);
    ~ProviderClient() override;

    // to is E.164. A configuration that cannot build a request never reaches the network: the outcome is
    // FailureKind::Configuration with the problems' messages. outcome.latency is the HTTP round trip.
    RequestId send(const ProviderSetup& setup, const QString& to, const QString& text, SendCallback done);

    // The credential checks that send no SMS; a failure to reach the vendor is explained in the check itself.
    RequestId checkTwilio(const twilio::Config& config, const twilio::Secrets& secrets, AccountCheckCallback done);
    RequestId checkVonage(const vonage::Config& config, const vonage::Secrets& secrets, BalanceCheckCallback done);
    // A message's delivery status. The request comes from twilio::buildMessageStatusRequest, or from the sandbox's
    // status request; both answers are read as Twilio's Message resource. secrets are redacted from the result.
    RequestId checkDelivery(const BuildResult& request, const QStringList& secrets, DeliveryCallback done);

    // The callback then reports FailureKind::Cancelled: for a request on the wire possibly before cancel()
    // returns (the sender aborts the reply at once), for one that was never built on the next event loop turn.
    // Unknown or finished ids are ignored.
    void cancel(RequestId id);
    void cancelAll();
    int running() const { return int(m_pending.size()); }

Q_SIGNALS:
    void runningChanged(int running);

private:
    struct Pending
    {
        std::optional<HttpSender::RequestId> httpId; // none when the request could not be built
        bool cancelled = false;
        // Reads the HTTP result (an answer or a transport failure) and reports it to the caller.
        std::function<void(const HttpResult&)> answered;
        // Reports the build problems; set only when there was nothing to send.
        std::function<void()> refused;
    };

    // A credential check: build, send, parse (or explain the transport failure), redact, answer.
    template<typename Check>
    RequestId runCheck(const BuildResult& build, const QStringList& hidden, Check (*parse)(int, QByteArrayView),
        std::function<void(const Check&)> done);
    RequestId start(
        const BuildResult& build, std::function<void(const HttpResult&)> answered, std::function<void()> refused);
    void finish(RequestId id, const HttpResult& result);
    void deliverRefusal(RequestId id);

    HttpSender& m_sender;
    QHash<RequestId, Pending> m_pending;
    RequestId m_nextId = 1;
};

} // namespace smsotp::providers
