#include "ProviderClient.h"

#include "ErrorExplanations.h"
#include "Redaction.h"
#include "SenderRules.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <type_traits>

namespace smsotp::providers {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("smsotp::providers::ProviderClient", text);
}

void appendSecret(QStringList& list, const QString& secret)
{
    if (!secret.isEmpty() && !list.contains(secret))
        list.append(secret);
}

// What the user sees when the settings cannot make a request: every problem, one per line.
QString refusalExplanation(const QList<BuildProblem>& problems)
{
    QString text = tr("Nothing was sent: the provider settings need attention first.");
    for (const BuildProblem& problem : problems)
        text += u'\n' + problem.message;
    return text;
}

QString refusalDetail(const QList<BuildProblem>& problems)
{
    return tr("The request was not built (%1 configuration problem(s)); no connection was made.").arg(problems.size());
}

template<typename Result> void redactResult(Result& result, const QStringList& secrets)
{
    result.explanation = redactText(result.explanation, secrets);
    result.technicalDetail = redactText(result.technicalDetail, secrets);
}

// A check that never got an HTTP answer takes the transport's explanation.
template<typename Check> Check checkFromTransport(const HttpResult& result, const QString& host)
{
    const SendOutcome transport = transportOutcome(*result.failure, host, result.failureDetail);
    Check check;
    check.failure = transport.failure;
    check.explanation = transport.explanation;
    check.technicalDetail = transport.technicalDetail;
    return check;
}

template<typename Check> Check checkFromRefusal(const QList<BuildProblem>& problems)
{
    Check check;
    check.failure = FailureKind::Configuration;
    check.explanation = refusalExplanation(problems);
    check.technicalDetail = refusalDetail(problems);
    return check;
}

// The host a transport explanation names; a request that was never built has none.
QString hostOf(const BuildResult& build)
{
    const QString host = build.request.url.host();
    return host.isEmpty() ? tr("the provider") : host;
}

HttpResult cancelledResult()
{
    HttpResult result;
    result.failure = TransportFailure::Cancelled;
    return result;
}

} // namespace

QStringList secretsOf(const ProviderSetup& setup)
{
    QStringList secrets;
    std::visit(
        [&secrets](const auto& s) {
            using T = std::decay_t<decltype(s)>;
            if constexpr (std::is_same_v<T, TwilioSetup>) {
                appendSecret(secrets, s.secrets.authToken);
                if (!s.secrets.authToken.isEmpty())
                    appendSecret(secrets, s.config.accountSid + u':' + s.secrets.authToken);
            } else if constexpr (std::is_same_v<T, VonageSetup>) {
                appendSecret(secrets, s.secrets.apiSecret);
                if (!s.secrets.apiSecret.isEmpty())
                    appendSecret(secrets, s.config.apiKey + u':' + s.secrets.apiSecret);
            } else {
                for (const QString& value : s.secrets.headerValues)
                    appendSecret(secrets, value);
                for (const QString& value : s.secrets.named)
                    appendSecret(secrets, value);
                appendSecret(secrets, s.secrets.authSecret);
                if (s.config.auth.kind == custom::AuthKind::Basic && !s.secrets.authSecret.isEmpty())
                    appendSecret(secrets, s.config.auth.user + u':' + s.secrets.authSecret);
            }
        },
        setup);
    return secrets;
}

ProviderClient::ProviderClient(HttpSender& sender, QObject* parent)
    : QObject(parent)
    , m_sender(sender)
{ }

ProviderClient::~ProviderClient()
{
    // Emptied first, so the sender's cancellation callbacks find nothing to report to a half-destroyed client.
    const auto pending = std::exchange(m_pending, {});
    for (const Pending& p : pending) {
        if (p.httpId)
            m_sender.cancel(*p.httpId);
    }
}

QString senderWarning(ProviderKind kind, const QString& sender, const QString& toE164)
{
    if (kind == ProviderKind::Twilio && twilio::isMessagingServiceSid(sender))
        return {}; // the service picks a sender the country takes
    return alphanumericSenderWarning(sender, toE164);
}

QString senderWarning(const ProviderSetup& setup, const QString& toE164)
{
    const QString sender = std::visit([](const auto& s) { return s.config.sender; }, setup);
    return senderWarning(
        std::holds_alternative<TwilioSetup>(setup) ? ProviderKind::Twilio : ProviderKind::Custom, sender, toE164);
}

BuildResult buildSendRequest(const ProviderSetup& setup, const QString& to, const QString& text)
{
    return std::visit(
        [&](const auto& s) {
            using T = std::decay_t<decltype(s)>;
            if constexpr (std::is_same_v<T, TwilioSetup>)
                return twilio::buildSendRequest(s.config, s.secrets, to, text);
            else if constexpr (std::is_same_v<T, VonageSetup>)
                return vonage::buildSendRequest(s.config, s.secrets, to, text);
            else
                return custom::buildSendRequest(s.config, s.secrets, to, text);
        },
        setup);
}

ProviderClient::RequestId ProviderClient::send(
    const ProviderSetup& setup, const QString& to, const QString& text, SendCallback done)
{
    QStringList secrets = secretsOf(setup);
    const BuildResult build = buildSendRequest(setup, to, text);
    std::function<SendOutcome(int, QByteArrayView)> parse;
    std::visit(
        [&](const auto& s) {
            using T = std::decay_t<decltype(s)>;
            if constexpr (std::is_same_v<T, TwilioSetup>) {
                parse = &twilio::parseSendResponse;
            } else if constexpr (std::is_same_v<T, VonageSetup>) {
                parse = &vonage::parseSendResponse;
            } else {
                parse = [criterion = s.config.success](int status, QByteArrayView body) {
                    return custom::parseSendResponse(criterion, status, body);
                };
            }
        },
        setup);
    for (const QString& secret : std::as_const(build.request.secrets))
        appendSecret(secrets, secret);

    const QString host = hostOf(build);
    auto answered = [done, parse, secrets, host](const HttpResult& result) {
        SendOutcome outcome = result.hasAnswer() ? parse(result.httpStatus, result.body)
                                                 : transportOutcome(*result.failure, host, result.failureDetail);
        outcome.latency = result.latency;
        redactResult(outcome, secrets);
        done(outcome);
    };
    auto refused = [done, secrets, problems = build.errors] {
        SendOutcome outcome;
        outcome.failure = FailureKind::Configuration;
        outcome.explanation = refusalExplanation(problems);
        outcome.technicalDetail = refusalDetail(problems);
        redactResult(outcome, secrets);
        done(outcome);
    };
    return start(build, std::move(answered), std::move(refused));
}

template<typename Check>
ProviderClient::RequestId ProviderClient::runCheck(const BuildResult& build, const QStringList& hidden,
    Check (*parse)(int, QByteArrayView), std::function<void(const Check&)> done)
{
    const QString host = hostOf(build);
    auto answered = [done, hidden, host, parse](const HttpResult& result) {
        Check check
            = result.hasAnswer() ? parse(result.httpStatus, result.body) : checkFromTransport<Check>(result, host);
        redactResult(check, hidden);
        done(check);
    };
    auto refused = [done, hidden, problems = build.errors] {
        auto check = checkFromRefusal<Check>(problems);
        redactResult(check, hidden);
        done(check);
    };
    return start(build, std::move(answered), std::move(refused));
}

ProviderClient::RequestId ProviderClient::checkTwilio(
    const twilio::Config& config, const twilio::Secrets& secrets, AccountCheckCallback done)
{
    return runCheck<twilio::AccountCheck>(twilio::buildAccountCheckRequest(config, secrets),
        secretsOf(TwilioSetup { config, secrets }), &twilio::parseAccountCheckResponse, std::move(done));
}

ProviderClient::RequestId ProviderClient::checkVonage(
    const vonage::Config& config, const vonage::Secrets& secrets, BalanceCheckCallback done)
{
    return runCheck<vonage::BalanceCheck>(vonage::buildBalanceRequest(config, secrets),
        secretsOf(VonageSetup { config, secrets }), &vonage::parseBalanceResponse, std::move(done));
}

ProviderClient::RequestId ProviderClient::checkDelivery(
    const BuildResult& request, const QStringList& secrets, DeliveryCallback done)
{
    // The state's explanation may quote the provider's own words (error_message): redacted like the rest.
    return runCheck<DeliveryCheck>(
        request, secrets, &twilio::parseMessageStatusResponse, [secrets, done](DeliveryCheck check) {
            check.status.explanation = redactText(check.status.explanation, secrets);
            done(check);
        });
}

ProviderClient::RequestId ProviderClient::start(
    const BuildResult& build, std::function<void(const HttpResult&)> answered, std::function<void()> refused)
{
    const RequestId id = m_nextId++;
    Pending pending;
    pending.answered = std::move(answered);
    if (!build.ok()) {
        // Nothing goes out, but the caller still hears back later, like every other outcome.
        pending.refused = std::move(refused);
        m_pending.insert(id, std::move(pending));
        QTimer::singleShot(0, this, [this, id] { deliverRefusal(id); });
    } else {
        m_pending.insert(id, std::move(pending));
        const HttpSender::RequestId httpId = m_sender.send(
            build.request, [this, guard = QPointer<ProviderClient>(this), id](const HttpResult& result) {
                if (guard)
                    finish(id, result);
            });
        const auto it = m_pending.find(id);
        if (it != m_pending.end())
            it->httpId = httpId;
    }
    Q_EMIT runningChanged(running());
    return id;
}

void ProviderClient::finish(RequestId id, const HttpResult& result)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const Pending pending = std::move(*it);
    m_pending.erase(it);
    Q_EMIT runningChanged(running());
    pending.answered(result);
}

void ProviderClient::deliverRefusal(RequestId id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const Pending pending = std::move(*it);
    m_pending.erase(it);
    Q_EMIT runningChanged(running());
    if (pending.cancelled)
        pending.answered(cancelledResult());
    else
        pending.refused();
}

void ProviderClient::cancel(RequestId id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    if (it->httpId)
        m_sender.cancel(*it->httpId); // the sender reports the cancellation through finish()
    else
        it->cancelled = true; // reported by the queued delivery instead of the build problems
}

void ProviderClient::cancelAll()
{
    const QList<RequestId> ids = m_pending.keys();
    for (const RequestId id : ids)
        cancel(id);
}

} // namespace smsotp::providers
