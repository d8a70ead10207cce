#pragma once
// Issues SMS one-time codes for phone numbers and verifies what users type back, enforcing the OTP policy.

#include "otp/Clock.h"
#include "otp/OtpGenerator.h"
#include "otp/OtpPolicy.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMessageAuthenticationCode>
#include <QObject>
#include <QString>
#include <QStringView>
#include <QUuid>
#include <memory>
#include <optional>

class TestOtpEngine; // reads macOf to show that each engine has a key of its own

namespace smsotp::otp {

// The rules, one a line, with the guideline each follows (SECURITY.md 1-10 and 24 are their testable form):
// - Codes come from the OS CSPRNG, every symbol equally likely (NIST SP 800-63B 3.1.3; how: OtpGenerator.h).
// - Length and symbols follow the policy (WSO2 SmsOTP.OTPLength, SmsOTP.OtpRegex.UseNumericChars: A-Z and 0-9).
// - No code is kept, only its HMAC-SHA256 under a per-engine random key (NIST SP 800-63B 3.1.3; SECURITY.md 9).
// - The number is in the HMAC input, so a code issued for one number fails for another (SECURITY.md 6).
// - A code is valid for policy.expirySeconds to the millisecond (WSO2 SmsOTP.ExpiryTime; NIST: at most 10 min).
// - A code is accepted once: success closes the challenge (NIST SP 800-63B 3.1.3; OWASP ASVS 5.0 6.6).
// - policy.maxFailedAttempts failures lock it, even for the right code (WSO2 maximumAllowedFailureAttempts).
// - A resend issues a new code and the earlier ones stop working (WSO2: "a resend always issues a new code").
// - An earlier code of the challenge is a failure, reported as Superseded so a late SMS is recognised.
// - A resend keeps the failure count: resending buys no extra guesses (NIST SP 800-63B 3.2.2 rate limiting).
// - Sends of one challenge are policy.minResendIntervalSeconds apart at least (OWASP MFA cheat sheet: throttle).
// - policy.resendAttempts resends, then a block of policy.resendBlockMinutes from the last send (WSO2 SmsOTP.Resend*).
// - After the block the resend count starts again (WSO2 SmsOTP.ResendAttemptsCount, SmsOTP.ResendBlockDuration).
// - At most policy.sendsPerHour sends per number in any 60 minutes, issues and resends (SECURITY.md 24: cost).
// - When several limits refuse a send, the longest wait is the one reported, in whole seconds rounded up.
// - Typed codes are trimmed; alphanumeric ones are upper-cased (WSO2 codes are upper case; SECURITY.md 7).
// - Typed codes are compared as HMACs, every byte and every earlier code, no early exit (OWASP ASVS 5.0 11.2).
// - Events say what happened and never carry a code (SECURITY.md 9; OWASP ASVS 5.0 16.2 on what logs hold).
// - A challenge keeps the policy it was issued under; a new policy applies to new challenges.
// - Finished challenges (closed, locked, expired) are forgotten past kRememberedChallenges; open ones never are.

enum class IssueStatus
{
    Issued, // a new code: send it
    TooSoon, // the least interval between two sends of this challenge has not passed
    ResendBlocked, // the resend limit is reached and its block has not passed
    HourlyCapReached, // the number had policy.sendsPerHour sends in the last 60 minutes
    Locked, // too many failed attempts: only a new challenge helps
    Closed, // the challenge was verified; nothing to resend
    NotFound, // no such challenge, or forgotten
};

struct IssueResult
{
    IssueStatus status = IssueStatus::NotFound;
    QUuid challengeId;
    QString code; // only when Issued: the code to put in the SMS. The engine does not keep it; drop it once sent.
    QDateTime expiresAt; // when Issued: the first instant the code is refused
    int validSeconds = 0; // when Issued: the lifetime of the code
    bool isResend = false; // when Issued: the code replaced the earlier codes of the challenge
    int resendsLeft = 0; // resends allowed before the block
    int waitSeconds = 0; // when refused by a limit: whole seconds until a send is allowed (rounded up)

    bool isIssued() const { return status == IssueStatus::Issued; }
    // For people, in the current language; made when asked, from the fields above.
    QString message() const;
};

enum class VerifyStatus
{
    Verified, // the right code, in time: the challenge is now closed
    Wrong, // not the code; attemptsLeft says how many failures remain (0: this attempt locked it)
    Expired, // the current code expired; a resend gives a new one
    Locked, // too many failures earlier: refused whatever was typed
    Superseded, // an earlier code of this challenge, replaced by a resend; counts as a failure
    Closed, // the challenge was already verified
    NotFound, // no such challenge, or forgotten
};

struct VerifyResult
{
    VerifyStatus status = VerifyStatus::NotFound;
    int attemptsLeft = 0; // failures still allowed before the challenge locks

    bool isVerified() const { return status == VerifyStatus::Verified; }
    // For people, in the current language; made when asked, from the fields above.
    QString message() const;
};

// What happened, for the UI and the history. Never holds a code. A gadget, so recorders can read every
// field by name.
struct OtpEvent
{
    Q_GADGET
    Q_PROPERTY(Kind kind MEMBER kind)
    Q_PROPERTY(QUuid challengeId MEMBER challengeId)
    Q_PROPERTY(QString number MEMBER number)
    Q_PROPERTY(int attemptsLeft MEMBER attemptsLeft)
    Q_PROPERTY(int waitSeconds MEMBER waitSeconds)
    Q_PROPERTY(QDateTime time MEMBER time)

public:
    enum class Kind
    {
        Issued, // a new challenge and its first code
        Resent, // a new code for an existing challenge
        SendRefused, // an issue or resend refused by a limit (waitSeconds says how long)
        Verified, // the right code: the challenge closed
        Failed, // a wrong code (attemptsLeft after it)
        Superseded, // an earlier code of the challenge, counted as a failure
        Expired, // an attempt after the code expired
        Locked, // the challenge locked, or an attempt was refused because it is locked
        Rejected, // an attempt on a closed or unknown challenge
    };
    Q_ENUM(Kind)

    Kind kind = Kind::Issued;
    QUuid challengeId;
    QString number; // E.164 as given; mask it before it is stored (core/phone)
    int attemptsLeft = 0;
    int waitSeconds = 0;
    QDateTime time; // UTC, from the engine's clock
};

// Not thread-safe: use from one thread (the UI thread, or the CLI's).
class OtpEngine : public QObject
{
    Q_OBJECT

public:
    // At most this many challenges are remembered; beyond it, finished ones are forgotten (see the rules).
    static constexpr qsizetype kRememberedChallenges = 4096;

    // The clock and the random source must outlive the engine. The policy must be valid (OtpPolicy::isValid).
    OtpEngine(const OtpPolicy& policy, const Clock& clock, RandomSource& random, QObject* parent = nullptr);
    // The product's wiring: the system clock and QRandomGenerator::system().
    explicit OtpEngine(const OtpPolicy& policy, QObject* parent = nullptr);
    ~OtpEngine() override;

    const OtpPolicy& policy() const { return m_policy; }
    // For challenges issued from now on; open challenges keep the policy they were issued under.
    void setPolicy(const OtpPolicy& policy);

    // A new challenge for the number (E.164, as core/phone formats it; the engine compares it as given).
    IssueResult issue(const QString& number);
    // A new code for the challenge; the earlier codes stop working.
    IssueResult resend(const QUuid& challengeId);
    // Checks what a user typed against the challenge, which must have been issued for that number.
    VerifyResult verify(const QUuid& challengeId, const QString& number, QStringView typed);

    // Counts a send made before this engine existed (read back from the history), so the hourly cap holds across
    // restarts and across CLI runs, each of which has its own engine. Sends over an hour old change nothing.
    void recordEarlierSend(const QString& number, const QDateTime& sentAt);

    qsizetype challengeCount() const { return m_challenges.size(); }

    // Everything the engine remembers except its key, serialised: lets tests (and a diagnostic dump) show
    // that no code is kept. Not a format to store or parse.
    QByteArray serializedState() const;

Q_SIGNALS:
    void otpEvent(const smsotp::otp::OtpEvent& event);

private:
    friend class ::TestOtpEngine;

    enum class State
    {
        Open,
        Closed,
        Locked
    };

    struct Challenge
    {
        QString number;
        OtpPolicy policy; // the rules it was issued under
        QByteArray currentMac; // HMAC of the code that works now; cleared when the challenge ends
        QList<QByteArray> earlierMacs; // HMACs of the codes a resend replaced, to recognise them; cleared too
        qint64 expiresAtMs = 0;
        qint64 lastSendMs = 0;
        int failures = 0;
        int resendsInRound = 0; // resends counted towards the limit since the last block
        State state = State::Open;
    };

    struct Refusal
    {
        IssueStatus status;
        qint64 waitMs;
    };

    void initialise();
    QByteArray macOf(const QUuid& challengeId, const QString& number, QStringView code);
    // The limits that refuse a send of this number now (and of this challenge, when given); the longest wait.
    std::optional<Refusal> sendRefusal(const QString& number, const Challenge* challenge, qint64 nowMs);
    IssueResult issueCode(const QUuid& challengeId, Challenge& challenge, qint64 nowMs, bool isResend);
    // Closes or locks the challenge for good.
    void endChallenge(Challenge& challenge, State state);
    IssueResult refuseSend(
        const QUuid& challengeId, const QString& number, IssueStatus status, qint64 waitMs, qint64 nowMs);
    VerifyResult finishVerify(
        const QUuid& challengeId, const QString& number, VerifyStatus status, int attemptsLeft, qint64 nowMs);
    void emitEvent(OtpEvent::Kind kind, const QUuid& challengeId, const QString& number, int attemptsLeft,
        int waitSeconds, qint64 nowMs);
    void forgetFinished(qint64 nowMs);

    std::unique_ptr<Clock> m_ownedClock;
    std::unique_ptr<RandomSource> m_ownedRandom;
    const Clock& m_clock;
    RandomSource& m_random;
    OtpPolicy m_policy;
    QMessageAuthenticationCode m_mac; // holds the per-engine key; nothing else does
    QHash<QUuid, Challenge> m_challenges;
    QHash<QString, QList<qint64>> m_sendsByNumber; // send times in the last hour, oldest first
    qsizetype m_forgetAbove = kRememberedChallenges;
};

} // namespace smsotp::otp
