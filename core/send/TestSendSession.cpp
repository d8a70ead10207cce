#include "TestSendSession.h"

#include "ProviderSetupLoader.h"
#include "otp/BackupCodes.h"
#include "phone/PhoneNumber.h"
#include "storage/BackupCodeRepository.h"
#include "storage/Database.h"
#include "storage/ProviderRepository.h"
#include "storage/SettingsRepository.h"
#include "template/SmsTextCheck.h"

#include <QCoreApplication>
#include <QPointer>

namespace smsotp::send {

using providers::ProviderKind;
using storage::HistoryEvent;
using storage::HistoryOutcome;

namespace {

HistoryOutcome historyOutcomeOf(SendReport::Result result)
{
    switch (result) {
    case SendReport::Result::Sent:
        return HistoryOutcome::Sent;
    case SendReport::Result::Blocked:
        return HistoryOutcome::Blocked;
    case SendReport::Result::Refused:
        return HistoryOutcome::Refused;
    case SendReport::Result::Cancelled:
        return HistoryOutcome::Cancelled;
    case SendReport::Result::NotConfigured:
    case SendReport::Result::Failed:
        return HistoryOutcome::Failed;
    }
    return HistoryOutcome::Failed;
}

HistoryOutcome historyOutcomeOf(otp::VerifyStatus status)
{
    switch (status) {
    case otp::VerifyStatus::Verified:
        return HistoryOutcome::Verified;
    case otp::VerifyStatus::Wrong:
        return HistoryOutcome::Wrong;
    case otp::VerifyStatus::Expired:
        return HistoryOutcome::Expired;
    case otp::VerifyStatus::Locked:
        return HistoryOutcome::Locked;
    case otp::VerifyStatus::Superseded:
        return HistoryOutcome::Superseded;
    case otp::VerifyStatus::Closed:
    case otp::VerifyStatus::NotFound:
        return HistoryOutcome::Closed;
    }
    return HistoryOutcome::Closed;
}

} // namespace

QString SendReport::sentSummary(const QString& number) const
{
    QString text = isResend
        ? QCoreApplication::translate("smsotp::send", "New code sent to %1; the earlier one no longer works.")
              .arg(number)
        : QCoreApplication::translate("smsotp::send", "Code sent to %1.").arg(number);
    if (!outcome.messageId.isEmpty())
        text += QLatin1Char(' ') + QCoreApplication::translate("smsotp::send", "Message id %1.").arg(outcome.messageId);
    text += QLatin1Char(' ')
        + QCoreApplication::translate("smsotp::send", "Accepted in %1 ms.").arg(outcome.latency.count());
    return text;
}

TestSendSession::TestSendSession(Services services, QObject* parent)
    : QObject(parent)
    , m_services(std::move(services))
    , m_delivery(m_services.client)
{
    connect(&m_delivery, &DeliveryTracker::changed, this, [this](const providers::DeliveryStatus& status) {
        // A failed history write must not stop the following; the state is still shown.
        storage::HistoryRepository(m_services.database)
            .recordDelivery(QString(providers::providerKindName(m_kind)), m_delivery.messageId(),
                providers::deliveryStateName(status.state), status.errorCode, status.explanation);
        Q_EMIT deliveryChanged(status);
    });
    connect(&m_delivery, &DeliveryTracker::ended, this, &TestSendSession::deliveryEnded);
}

void TestSendSession::start(const QString& e164, ProviderKind kind)
{
    if (isSending())
        return;
    m_policy = m_draft ? m_draft->policy : storage::SettingsRepository(m_services.database).loadPolicy().policy;
    m_services.engine.setPolicy(m_policy);
    m_number = e164;
    m_kind = kind;
    m_closedByBackup = false;
    // The hourly cap counts the sends of earlier runs too (the CLI is a new process each time).
    if (!m_primedNumbers.contains(e164)) {
        m_primedNumbers.insert(e164);
        const auto earlier = storage::HistoryRepository(m_services.database)
                                 .sendTimesSince(e164, QDateTime::currentDateTimeUtc().addSecs(-3600));
        for (const QDateTime& time : earlier.times)
            m_services.engine.recordEarlierSend(e164, time);
    }
    otp::IssueResult issue = m_services.engine.issue(e164);
    if (issue.status == otp::IssueStatus::Issued)
        m_challenge = issue.challengeId;
    dispatch(std::move(issue), false);
}

void TestSendSession::resend()
{
    if (isSending() || m_challenge.isNull())
        return;
    dispatch(m_services.engine.resend(m_challenge), true);
}

void TestSendSession::dispatch(otp::IssueResult issue, bool isResend)
{
    SendReport report;
    report.isResend = isResend;
    report.issueStatus = issue.status;
    m_sentLocale.clear(); // until a text is chosen: a blocked send has none
    if (issue.status != otp::IssueStatus::Issued) {
        report.result = SendReport::Result::Blocked;
        report.waitSeconds = issue.waitSeconds;
        report.explanation = issue.message();
        finish(report);
        return;
    }
    m_expiresAt = issue.expiresAt;

    // The code lives in this text and the request built from it, nowhere else (SECURITY.md 9).
    tmpl::SmsTextValues values = tmpl::sampleValues(m_policy);
    values.confirmationCode = std::exchange(issue.code, QString());
    const storage::SettingsRepository::MessageTemplateResult message
        = storage::SettingsRepository(m_services.database).messageTemplate(m_locale);
    if (message.error.isError()) {
        // Never a message without its code: nothing is sent.
        report.result = SendReport::Result::Failed;
        report.explanation = tr("The SMS text could not be read, so nothing was sent: %1").arg(message.error.message());
        finish(report);
        return;
    }
    m_sentLocale = message.locale;
    report.locale = message.locale;
    const QString text = tmpl::SmsText(message.text).render(values).text;

    m_loading = true;
    m_cancelled = false;
    Q_EMIT sendingChanged(true);
    QPointer<TestSendSession> self(this);
    auto proceed = [self, report, text](const SetupResult& loaded) mutable {
        if (!self)
            return;
        self->m_loading = false;
        if (self->m_cancelled) {
            report.result = SendReport::Result::Cancelled;
            report.explanation = tr("Cancelled before anything was sent.");
            self->finish(report);
            return;
        }
        if (!loaded.setup) {
            report.result = SendReport::Result::NotConfigured;
            report.explanation = loaded.message();
            self->finish(report);
            return;
        }
        self->m_requestId = self->m_services.client.send(*loaded.setup, self->m_number, text,
            [self, report, setup = *loaded.setup](const providers::SendOutcome& outcome) mutable {
                if (!self)
                    return;
                self->m_requestId = 0;
                report.outcome = outcome;
                report.explanation = outcome.explanation;
                if (outcome.accepted)
                    report.result = SendReport::Result::Sent;
                else if (outcome.failure == providers::FailureKind::Cancelled)
                    report.result = SendReport::Result::Cancelled;
                else if (outcome.httpStatus != 0)
                    report.result = SendReport::Result::Refused;
                else if (outcome.failure == providers::FailureKind::Configuration)
                    report.result = SendReport::Result::NotConfigured;
                else
                    report.result = SendReport::Result::Failed;
                if (outcome.accepted && report.explanation.isEmpty())
                    report.explanation = tr("Accepted by the provider in %1 ms.").arg(outcome.latency.count());
                self->finish(report);
                if (outcome.accepted)
                    self->m_delivery.follow(self->m_kind, setup, outcome.messageId);
            });
    };
    if (m_draft) {
        SetupResult draft;
        draft.setup = m_draft->setup;
        proceed(draft);
        return;
    }
    const storage::ProviderRepository::LoadResult settings = storage::ProviderRepository(m_services.database).load();
    const QUrl sandbox = m_services.sandboxEndpoint ? m_services.sandboxEndpoint() : QUrl();
    loadProviderSetup(m_kind, settings.settings, m_services.secrets, sandbox, std::move(proceed));
}

void TestSendSession::finish(SendReport report)
{
    record(report.isResend ? HistoryEvent::Resend : HistoryEvent::Send, historyOutcomeOf(report.result),
        report.outcome.httpStatus != 0 || report.outcome.latency.count() > 0 ? &report.outcome : nullptr,
        report.explanation);
    Q_EMIT sendingChanged(false);
    Q_EMIT sendFinished(report);
}

QString VerifyReport::message() const
{
    QString text;
    switch (backup) {
    case Backup::Used:
        text = TestSendSession::tr(
            "Verified with a backup code instead of the SMS code; %n backup code(s) left.", nullptr, backupCodesLeft);
        break;
    case Backup::AlreadyUsed:
        text = TestSendSession::tr(
            "That backup code was already used: each works once (%n left). %1", nullptr, backupCodesLeft)
                   .arg(result.message());
        break;
    case Backup::NotUsed:
        text = result.message();
        break;
    }
    if (!backupError.isEmpty())
        text += QLatin1Char(' ') + TestSendSession::tr("The backup codes could not be checked: %1").arg(backupError);
    return text;
}

VerifyReport TestSendSession::verifyReport(const QString& typed)
{
    VerifyReport report;
    if (m_closedByBackup) {
        report.result.status = otp::VerifyStatus::Closed;
        record(HistoryEvent::Verify, historyOutcomeOf(report.result.status), nullptr, report.message());
        return report;
    }
    report.result = m_services.engine.verify(m_challenge, m_number, typed);
    // A backup code stands in for the SMS code only while the challenge is open: a wrong SMS code (counted by the
    // engine as one attempt, so backup codes get no extra guesses) may be a backup code of the number. Never for a
    // draft (the setup wizard proves that SMS arrive).
    const bool open
        = report.result.status == otp::VerifyStatus::Wrong || report.result.status == otp::VerifyStatus::Superseded;
    if (open && !m_draft && !m_number.isEmpty()) {
        storage::BackupCodeRepository repository(m_services.database);
        if (repository.loadPolicy().policy.enabled) {
            const otp::BackupVerifyResult backup = otp::BackupCodes(repository).verify(m_number, typed);
            report.backupError = backup.error;
            if (backup.status == otp::BackupVerifyStatus::Verified) {
                report.backup = VerifyReport::Backup::Used;
                report.backupCodesLeft = backup.remaining;
                report.result.status = otp::VerifyStatus::Verified;
                m_closedByBackup = true;
            } else if (backup.status == otp::BackupVerifyStatus::AlreadyUsed) {
                report.backup = VerifyReport::Backup::AlreadyUsed;
                report.backupCodesLeft = backup.remaining;
            }
        }
    }
    record(HistoryEvent::Verify, historyOutcomeOf(report.result.status), nullptr, report.message());
    return report;
}

void TestSendSession::cancel()
{
    if (m_requestId != 0)
        m_services.client.cancel(m_requestId);
    else if (m_loading)
        m_cancelled = true;
}

void TestSendSession::record(
    HistoryEvent event, HistoryOutcome outcome, const providers::SendOutcome* response, const QString& explanation)
{
    storage::HistoryEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.provider = QString(providers::providerKindName(m_kind));
    entry.maskedNumber = phone::mask(m_number);
    entry.numberSuffix = m_number.right(4);
    entry.event = event;
    entry.outcome = outcome;
    entry.explanation = explanation;
    if (event != HistoryEvent::Verify)
        entry.locale = m_sentLocale;
    if (response) {
        entry.messageId = response->messageId;
        entry.httpStatus = response->httpStatus;
        entry.providerCode = response->providerCode;
        entry.latencyMs = response->latency.count();
        // What a status request may learn later replaces it (deliveryChanged).
        if (response->accepted)
            entry.delivery = providers::deliveryStateName(providers::DeliveryState::Accepted);
    }
    // A failed history write must not break the send; the send's own result is what the user sees.
    storage::HistoryRepository(m_services.database).record(entry);
}

} // namespace smsotp::send
