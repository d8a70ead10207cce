#include "DeliveryTracker.h"

#include "sandbox/SandboxProvider.h"

#include <QCoreApplication>
#include <QPointer>
#include <algorithm>

namespace smsotp::send {

using providers::DeliveryCheck;
using providers::DeliveryStatus;
using providers::FailureKind;
using providers::ProviderKind;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("smsotp::send::DeliveryTracker", text);
}

// A status request that failed for a reason that may pass: ask again at the next turn.
bool isPassing(const DeliveryCheck& check)
{
    return check.failure == FailureKind::Transport || check.failure == FailureKind::ProviderError
        || check.failure == FailureKind::RateLimited;
}

} // namespace

std::optional<providers::BuildResult> buildDeliveryRequest(
    ProviderKind kind, const providers::ProviderSetup& setup, const QString& messageId)
{
    if (kind == ProviderKind::Twilio) {
        if (const auto* t = std::get_if<providers::TwilioSetup>(&setup))
            return providers::twilio::buildMessageStatusRequest(t->config, t->secrets, messageId);
    }
    if (kind == ProviderKind::Sandbox) {
        if (const auto* c = std::get_if<providers::CustomSetup>(&setup))
            return sandbox::buildStatusRequest(QUrl(c->config.url), messageId);
    }
    return std::nullopt;
}

void explainForProvider(ProviderKind kind, DeliveryCheck& check)
{
    if (kind != ProviderKind::Sandbox || check.ok)
        return;
    if (check.httpStatus == 404)
        check.explanation = tr("The sandbox has no message with this id: it keeps only the messages it took since "
                               "the console started.");
}

DeliveryTracker::DeliveryTracker(providers::ProviderClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DeliveryTracker::ask);
}

DeliveryTracker::~DeliveryTracker()
{
    if (m_request)
        m_client.cancel(*m_request);
}

bool DeliveryTracker::follow(ProviderKind kind, const providers::ProviderSetup& setup, const QString& messageId)
{
    if (m_following)
        cancel();
    if (!providers::canAskDelivery(kind) || messageId.isEmpty())
        return false;
    m_kind = kind;
    m_setup = setup;
    m_messageId = messageId;
    m_last = DeliveryStatus {};
    m_heard = false;
    m_following = true;
    m_wait = m_schedule.first;
    m_elapsed.start();
    m_timer.start(m_wait);
    return true;
}

void DeliveryTracker::cancel()
{
    if (!m_following)
        return;
    if (m_request)
        m_client.cancel(*std::exchange(m_request, std::nullopt));
    finish(End::Cancelled, {});
}

void DeliveryTracker::ask()
{
    const std::optional<providers::BuildResult> request = buildDeliveryRequest(m_kind, m_setup, m_messageId);
    if (!request) {
        finish(End::CannotAsk, providers::deliveryUnavailableReason(m_kind));
        return;
    }
    QPointer<DeliveryTracker> self(this);
    m_request = m_client.checkDelivery(*request, providers::secretsOf(m_setup), [self](const DeliveryCheck& check) {
        if (self)
            self->answered(check);
    });
}

void DeliveryTracker::answered(const DeliveryCheck& answer)
{
    m_request.reset();
    if (!m_following)
        return;
    DeliveryCheck check = answer;
    explainForProvider(m_kind, check);
    if (check.failure == FailureKind::Cancelled)
        return; // cancel() reported it
    if (!check.ok) {
        if (isPassing(check)) {
            scheduleNext();
            return;
        }
        finish(End::CannotAsk, check.explanation);
        return;
    }
    if (!m_heard || check.status != m_last) {
        m_heard = true;
        m_last = check.status;
        Q_EMIT changed(m_last);
    }
    if (m_last.isFinal()) {
        finish(End::Final, {});
        return;
    }
    scheduleNext();
}

void DeliveryTracker::scheduleNext()
{
    m_wait = std::min(m_wait * 2, m_schedule.longest);
    const auto elapsed = std::chrono::milliseconds(m_elapsed.elapsed());
    if (elapsed + m_wait > m_schedule.limit) {
        const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(m_schedule.limit).count();
        finish(End::TimedOut,
            minutes >= 1 ? QCoreApplication::translate("smsotp::send::DeliveryTracker",
                "No final delivery state within %n minute(s); the last one known is shown.", nullptr, int(minutes))
                         : tr("No final delivery state in time; the last one known is shown."));
        return;
    }
    m_timer.start(m_wait);
}

void DeliveryTracker::finish(End end, const QString& explanation)
{
    m_timer.stop();
    m_following = false;
    Q_EMIT ended(end, m_last, explanation);
}

} // namespace smsotp::send
