#pragma once
// One test send and its verification, end to end: OTP engine -> SMS text -> provider -> history. The GUI's Test
// Send page and the CLI's send-test both drive this.

#include "DeliveryTracker.h"
#include "otp/OtpEngine.h"
#include "providers/ProviderClient.h"
#include "providers/ProviderKind.h"
#include "storage/HistoryRepository.h"

#include <QObject>
#include <QSet>
#include <QUrl>
#include <QUuid>
#include <functional>
#include <optional>

namespace smsotp::storage {
class Database;
class SecretStore;
} // namespace smsotp::storage

namespace smsotp::send {

// What came of a send or resend. Never holds the code.
struct SendReport
{
    enum class Result
    {
        Sent, // the provider accepted the message
        Blocked, // the engine refused: resend interval, block, hourly cap, lock (issue.waitSeconds)
        NotConfigured, // the provider's settings or secrets are missing or unreadable
        Refused, // the provider answered and refused
        Failed, // no usable answer (network, TLS, timeout)
        Cancelled,
    };
    Result result = Result::Failed;
    bool isResend = false;
    otp::IssueStatus issueStatus = otp::IssueStatus::Issued;
    int waitSeconds = 0; // when blocked
    providers::SendOutcome outcome; // when a request was made
    QString explanation; // one sentence for people: the same in the GUI, the CLI and the history
    QString locale; // the locale of the SMS text chosen for the send (en_US); empty when it was blocked first

    // What every front end says when a code went out: "Code sent to NUMBER. Message id ID. Accepted in N ms."
    // (or "New code sent to NUMBER; the earlier one no longer works. …" for a resend). Only for Result::Sent.
    QString sentSummary(const QString& number) const;
};

// What came of a verify step: the engine's verdict, or a backup code of the number when backup codes are enabled
// (backup.enabled). Never holds a code.
struct VerifyReport
{
    enum class Backup
    {
        NotUsed, // the typed text was checked as the SMS code only (or matched no backup code)
        Used, // a backup code of the number was accepted instead of the SMS code: result is Verified
        AlreadyUsed, // a backup code of the number that was used before: counted as a wrong code
    };
    otp::VerifyResult result;
    Backup backup = Backup::NotUsed;
    int backupCodesLeft = 0; // when a backup code was recognised: unused codes left
    QString backupError; // when the backup codes could not be checked (database)

    bool isVerified() const { return result.isVerified(); }
    // For people, in the current language: says which code was used and how many backup codes are left.
    QString message() const;
};

class TestSendSession : public QObject
{
    Q_OBJECT
public:
    struct Services
    {
        storage::Database& database;
        storage::SecretStore& secrets;
        providers::ProviderClient& client;
        otp::OtpEngine& engine;
        std::function<QUrl()> sandboxEndpoint; // the running gateway's URL
    };

    explicit TestSendSession(Services services, QObject* parent = nullptr);

    // A setup that is not saved (the setup wizard's): while set, sends use it and its policy instead of the
    // saved configuration and settings, so nothing has to be written before the setup is proven.
    struct Draft
    {
        providers::ProviderSetup setup;
        otp::OtpPolicy policy;
    };
    void setDraft(std::optional<Draft> draft) { m_draft = std::move(draft); }
    // The locale of the SMS text the next sends use (en_US); empty, or one without a text: the default locale's.
    void setLocale(const QString& locale) { m_locale = locale; }
    const QString& locale() const { return m_locale; }

    // Issues a code for the E.164 number and sends it through the provider. sendFinished follows.
    void start(const QString& e164, providers::ProviderKind kind);
    // A new code for the current challenge; the earlier one stops working. sendFinished follows.
    void resend();
    // Checks a typed code against the current challenge, records it, and returns the verdict. With backup codes
    // enabled (and no draft), a backup code of the number is accepted instead of the SMS code, once.
    VerifyReport verifyReport(const QString& typed);
    // The same, the verdict only.
    otp::VerifyResult verify(const QString& typed) { return verifyReport(typed).result; }
    // Stops the send in progress; sendFinished reports Cancelled.
    void cancel();

    bool isSending() const { return m_requestId != 0 || m_loading; }
    bool hasChallenge() const { return !m_challenge.isNull(); }
    QUuid challenge() const { return m_challenge; }
    QString number() const { return m_number; }
    providers::ProviderKind provider() const { return m_kind; }
    QDateTime expiresAt() const { return m_expiresAt; }
    // The policy of the current challenge, as loaded from the settings at start().
    const otp::OtpPolicy& policy() const { return m_policy; }

    // After an accepted send, the message's delivery is followed where the provider can be asked
    // (providers::canAskDelivery): each state is recorded in the history row of the send and signalled. A new send
    // or resend follows its own message instead.
    DeliveryTracker& delivery() { return m_delivery; }

Q_SIGNALS:
    void sendFinished(const smsotp::send::SendReport& report);
    void sendingChanged(bool sending);
    void deliveryChanged(const smsotp::providers::DeliveryStatus& status);
    void deliveryEnded(smsotp::send::DeliveryTracker::End end, const smsotp::providers::DeliveryStatus& last,
        const QString& explanation);

private:
    void dispatch(otp::IssueResult issue, bool isResend);
    void finish(SendReport report);
    // One history row; response is the provider's answer when a request was made.
    void record(storage::HistoryEvent event, storage::HistoryOutcome outcome, const providers::SendOutcome* response,
        const QString& explanation);

    Services m_services;
    DeliveryTracker m_delivery;
    std::optional<Draft> m_draft;
    otp::OtpPolicy m_policy;
    QString m_locale; // asked for
    QString m_sentLocale; // of the last send or resend
    QUuid m_challenge;
    QString m_number;
    providers::ProviderKind m_kind = providers::ProviderKind::Sandbox;
    QDateTime m_expiresAt;
    providers::ProviderClient::RequestId m_requestId = 0;
    bool m_loading = false;
    bool m_cancelled = false;
    bool m_closedByBackup = false; // the challenge was verified with a backup code: it is closed
    QSet<QString> m_primedNumbers; // numbers whose earlier sends (from the history) the engine already knows
};

} // namespace smsotp::send

Q_DECLARE_METATYPE(smsotp::send::SendReport)
