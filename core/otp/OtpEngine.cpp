#include "OtpEngine.h"

#include "ConstantTime.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>
#include <QRandomGenerator>
#include <QtEndian>
#include <algorithm>
#include <array>

namespace smsotp::otp {

namespace {

constexpr qint64 kHourMs = 60 * 60 * 1000;
constexpr qsizetype kKeyWords = 8; // 256 bits: the HMAC-SHA256 key size that gives its full strength

// Separates these HMACs from any other use of the same function, and lets the input layout change later.
constexpr char kMacDomain[] = "smsotp.otp.v1";

// Whole seconds to wait, rounded up so a refusal never says "0 seconds".
int secondsToWait(qint64 waitMs)
{
    return waitMs <= 0 ? 0 : int((waitMs + 999) / 1000);
}

OtpEvent::Kind eventKindOf(VerifyStatus status)
{
    switch (status) {
    case VerifyStatus::Verified:
        return OtpEvent::Kind::Verified;
    case VerifyStatus::Wrong:
        return OtpEvent::Kind::Failed;
    case VerifyStatus::Superseded:
        return OtpEvent::Kind::Superseded;
    case VerifyStatus::Expired:
        return OtpEvent::Kind::Expired;
    case VerifyStatus::Locked:
        return OtpEvent::Kind::Locked;
    case VerifyStatus::Closed:
    case VerifyStatus::NotFound:
        return OtpEvent::Kind::Rejected;
    }
    Q_UNREACHABLE();
}

OtpEvent::Kind eventKindOf(IssueStatus status)
{
    switch (status) {
    case IssueStatus::Issued:
        return OtpEvent::Kind::Issued;
    case IssueStatus::TooSoon:
    case IssueStatus::ResendBlocked:
    case IssueStatus::HourlyCapReached:
        return OtpEvent::Kind::SendRefused;
    case IssueStatus::Locked:
        return OtpEvent::Kind::Locked;
    case IssueStatus::Closed:
    case IssueStatus::NotFound:
        return OtpEvent::Kind::Rejected;
    }
    Q_UNREACHABLE();
}

} // namespace

// Each call names its context in full: lupdate finds only literal contexts.
QString IssueResult::message() const
{
    switch (status) {
    case IssueStatus::Issued:
        return isResend ? QCoreApplication::translate("smsotp::otp::OtpEngine",
                   "A new code was issued; the earlier one no longer works. It is valid for %n second(s).", nullptr,
                   validSeconds)
                        : QCoreApplication::translate("smsotp::otp::OtpEngine",
                            "A code was issued. It is valid for %n second(s).", nullptr, validSeconds);
    case IssueStatus::TooSoon:
        return QCoreApplication::translate(
            "smsotp::otp::OtpEngine", "Too soon: wait %n second(s) before sending another code.", nullptr, waitSeconds);
    case IssueStatus::ResendBlocked:
        return QCoreApplication::translate("smsotp::otp::OtpEngine",
            "The resend limit is reached: resending is blocked for %n more second(s).", nullptr, waitSeconds);
    case IssueStatus::HourlyCapReached:
        return QCoreApplication::translate("smsotp::otp::OtpEngine",
            "This number has had as many codes in the last hour as the settings allow (a cap that keeps SMS "
            "costs down). The next code can be sent in %n second(s).",
            nullptr, waitSeconds);
    case IssueStatus::Locked:
        return QCoreApplication::translate(
            "smsotp::otp::OtpEngine", "Too many wrong codes: this challenge is locked. Start a new one.");
    case IssueStatus::Closed:
        return QCoreApplication::translate(
            "smsotp::otp::OtpEngine", "This challenge was already verified: start a new one to test again.");
    case IssueStatus::NotFound:
        return QCoreApplication::translate("smsotp::otp::OtpEngine",
            "No such challenge: it was never issued, or it finished and was forgotten. Start a new one.");
    }
    Q_UNREACHABLE();
}

QString VerifyResult::message() const
{
    switch (status) {
    case VerifyStatus::Verified:
        return QCoreApplication::translate("smsotp::otp::OtpEngine", "Code verified.");
    case VerifyStatus::Wrong:
        return attemptsLeft > 0 ? QCoreApplication::translate(
                   "smsotp::otp::OtpEngine", "Wrong code. %n attempt(s) left.", nullptr, attemptsLeft)
                                : QCoreApplication::translate("smsotp::otp::OtpEngine",
                                    "Wrong code. No attempts left: the challenge is locked. Start a new one.");
    case VerifyStatus::Superseded:
        return attemptsLeft > 0
            ? QCoreApplication::translate("smsotp::otp::OtpEngine",
                "That is an earlier code, replaced by a resend: type the latest one. %n attempt(s) left.", nullptr,
                attemptsLeft)
            : QCoreApplication::translate("smsotp::otp::OtpEngine",
                "That is an earlier code, replaced by a resend. No attempts left: the challenge is locked. "
                "Start a new one.");
    case VerifyStatus::Expired:
        return QCoreApplication::translate("smsotp::otp::OtpEngine", "The code has expired. Resend to get a new one.");
    case VerifyStatus::Locked:
        return QCoreApplication::translate("smsotp::otp::OtpEngine",
            "Too many wrong codes: this challenge is locked, even for the right code. Start a new one.");
    case VerifyStatus::Closed:
        return QCoreApplication::translate(
            "smsotp::otp::OtpEngine", "This challenge was already verified; a code is accepted only once.");
    case VerifyStatus::NotFound:
        return QCoreApplication::translate("smsotp::otp::OtpEngine",
            "No such challenge: it was never issued, or it finished and was forgotten. Start a new one.");
    }
    Q_UNREACHABLE();
}

OtpEngine::OtpEngine(const OtpPolicy& policy, const Clock& clock, RandomSource& random, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_random(random)
    , m_policy(policy)
    , m_mac(QCryptographicHash::Sha256)
{
    initialise();
}

OtpEngine::OtpEngine(const OtpPolicy& policy, QObject* parent)
    : QObject(parent)
    , m_ownedClock(std::make_unique<SystemClock>())
    , m_ownedRandom(std::make_unique<SystemRandomSource>())
    , m_clock(*m_ownedClock)
    , m_random(*m_ownedRandom)
    , m_policy(policy)
    , m_mac(QCryptographicHash::Sha256)
{
    initialise();
}

OtpEngine::~OtpEngine() = default;

void OtpEngine::initialise()
{
    Q_ASSERT_X(m_policy.isValid(), "OtpEngine", "the policy must be valid");
    // The key comes from the system CSPRNG whatever source the codes come from: a scripted test source
    // must never make the stored HMACs guessable.
    std::array<quint32, kKeyWords> key;
    QRandomGenerator::system()->fillRange(key.data(), qsizetype(key.size()));
    m_mac.setKey(QByteArray(reinterpret_cast<const char*>(key.data()), qsizetype(sizeof key)));
}

void OtpEngine::setPolicy(const OtpPolicy& policy)
{
    Q_ASSERT_X(policy.isValid(), "OtpEngine::setPolicy", "the policy must be valid");
    m_policy = policy;
}

QByteArray OtpEngine::macOf(const QUuid& challengeId, const QString& number, QStringView code)
{
    // Each field has a fixed size or a length prefix, so no two different inputs give the same bytes.
    const QByteArray numberBytes = number.toUtf8();
    const QByteArray codeBytes = code.toUtf8();
    const quint32 numberSize = qToBigEndian(quint32(numberBytes.size()));
    m_mac.reset();
    m_mac.addData(kMacDomain, qsizetype(sizeof kMacDomain));
    m_mac.addData(challengeId.toRfc4122());
    m_mac.addData(reinterpret_cast<const char*>(&numberSize), qsizetype(sizeof numberSize));
    m_mac.addData(numberBytes);
    m_mac.addData(codeBytes);
    return m_mac.result();
}

std::optional<OtpEngine::Refusal> OtpEngine::sendRefusal(
    const QString& number, const Challenge* challenge, qint64 nowMs)
{
    std::optional<Refusal> longest;
    const auto refuse = [&](IssueStatus status, qint64 waitMs) {
        if (waitMs > 0 && (!longest || waitMs > longest->waitMs))
            longest = Refusal { status, waitMs };
    };

    const auto sends = m_sendsByNumber.find(number);
    if (sends != m_sendsByNumber.end()) {
        QList<qint64>& times = *sends;
        while (!times.isEmpty() && times.constFirst() <= nowMs - kHourMs)
            times.removeFirst();
        const qsizetype cap = m_policy.sendsPerHour;
        // With the cap lowered since, more than cap sends may be in the window: wait for enough to leave it.
        if (times.size() >= cap)
            refuse(IssueStatus::HourlyCapReached, times.at(times.size() - cap) + kHourMs - nowMs);
    }

    if (challenge) {
        const OtpPolicy& policy = challenge->policy;
        refuse(IssueStatus::TooSoon, challenge->lastSendMs + policy.minResendIntervalSeconds * 1000LL - nowMs);
        if (challenge->resendsInRound >= policy.resendAttempts) {
            refuse(
                IssueStatus::ResendBlocked, challenge->lastSendMs + policy.resendBlockMinutes * 60LL * 1000LL - nowMs);
        }
    }
    return longest;
}

void OtpEngine::recordEarlierSend(const QString& number, const QDateTime& sentAt)
{
    const qint64 sentMs = sentAt.toMSecsSinceEpoch();
    if (!sentAt.isValid() || sentMs <= m_clock.msecsSinceEpoch() - kHourMs)
        return;
    QList<qint64>& times = m_sendsByNumber[number];
    times.insert(std::upper_bound(times.begin(), times.end(), sentMs) - times.begin(), sentMs);
}

IssueResult OtpEngine::issue(const QString& number)
{
    const qint64 nowMs = m_clock.msecsSinceEpoch();
    if (const std::optional<Refusal> refusal = sendRefusal(number, nullptr, nowMs))
        return refuseSend(QUuid(), number, refusal->status, refusal->waitMs, nowMs);

    forgetFinished(nowMs);
    const QUuid challengeId = QUuid::createUuid();
    Challenge& challenge = *m_challenges.insert(challengeId, Challenge());
    challenge.number = number;
    challenge.policy = m_policy;
    return issueCode(challengeId, challenge, nowMs, false);
}

IssueResult OtpEngine::resend(const QUuid& challengeId)
{
    const qint64 nowMs = m_clock.msecsSinceEpoch();
    const auto found = m_challenges.find(challengeId);
    if (found == m_challenges.end())
        return refuseSend(challengeId, QString(), IssueStatus::NotFound, 0, nowMs);
    Challenge& challenge = *found;
    if (challenge.state == State::Closed)
        return refuseSend(challengeId, challenge.number, IssueStatus::Closed, 0, nowMs);
    if (challenge.state == State::Locked)
        return refuseSend(challengeId, challenge.number, IssueStatus::Locked, 0, nowMs);
    if (const std::optional<Refusal> refusal = sendRefusal(challenge.number, &challenge, nowMs))
        return refuseSend(challengeId, challenge.number, refusal->status, refusal->waitMs, nowMs);

    // Reaching here with the limit used up means its block has passed: a new round of resends begins.
    if (challenge.resendsInRound >= challenge.policy.resendAttempts)
        challenge.resendsInRound = 0;
    return issueCode(challengeId, challenge, nowMs, true);
}

IssueResult OtpEngine::issueCode(const QUuid& challengeId, Challenge& challenge, qint64 nowMs, bool isResend)
{
    const QString code = OtpGenerator(challenge.policy, m_random).generate();
    if (isResend) {
        challenge.earlierMacs.append(challenge.currentMac);
        ++challenge.resendsInRound;
    }
    challenge.currentMac = macOf(challengeId, challenge.number, code);
    challenge.expiresAtMs = nowMs + challenge.policy.expirySeconds * 1000LL;
    challenge.lastSendMs = nowMs;
    m_sendsByNumber[challenge.number].append(nowMs);

    const int attemptsLeft = challenge.policy.maxFailedAttempts - challenge.failures;
    emitEvent(isResend ? OtpEvent::Kind::Resent : OtpEvent::Kind::Issued, challengeId, challenge.number, attemptsLeft,
        0, nowMs);

    IssueResult result;
    result.status = IssueStatus::Issued;
    result.challengeId = challengeId;
    result.code = code;
    result.expiresAt = QDateTime::fromMSecsSinceEpoch(challenge.expiresAtMs, Qt::UTC);
    result.validSeconds = challenge.policy.expirySeconds;
    result.isResend = isResend;
    result.resendsLeft = qMax(0, challenge.policy.resendAttempts - challenge.resendsInRound);
    return result;
}

IssueResult OtpEngine::refuseSend(
    const QUuid& challengeId, const QString& number, IssueStatus status, qint64 waitMs, qint64 nowMs)
{
    const int waitSeconds = secondsToWait(waitMs);
    emitEvent(eventKindOf(status), challengeId, number, 0, waitSeconds, nowMs);
    IssueResult result;
    result.status = status;
    result.challengeId = challengeId;
    result.waitSeconds = waitSeconds;
    return result;
}

VerifyResult OtpEngine::verify(const QUuid& challengeId, const QString& number, QStringView typed)
{
    const qint64 nowMs = m_clock.msecsSinceEpoch();
    const auto found = m_challenges.find(challengeId);
    if (found == m_challenges.end())
        return finishVerify(challengeId, number, VerifyStatus::NotFound, 0, nowMs);
    Challenge& challenge = *found;
    if (challenge.state == State::Closed)
        return finishVerify(challengeId, number, VerifyStatus::Closed, 0, nowMs);
    if (challenge.state == State::Locked)
        return finishVerify(challengeId, number, VerifyStatus::Locked, 0, nowMs);
    const int maxFailures = challenge.policy.maxFailedAttempts;
    if (nowMs >= challenge.expiresAtMs)
        return finishVerify(challengeId, number, VerifyStatus::Expired, maxFailures - challenge.failures, nowMs);

    QString normalised = typed.trimmed().toString();
    if (!challenge.policy.numericOnly)
        normalised = normalised.toUpper();
    // The number is part of the MAC input: a code typed for the wrong number cannot match.
    const QByteArray typedMac = macOf(challengeId, number, normalised);
    const bool isCurrent = constantTimeEquals(typedMac, challenge.currentMac);
    bool isEarlier = false;
    for (const QByteArray& earlier : std::as_const(challenge.earlierMacs))
        isEarlier = constantTimeEquals(typedMac, earlier) | isEarlier; // every MAC compared, no short cut

    if (isCurrent) {
        endChallenge(challenge, State::Closed);
        return finishVerify(challengeId, number, VerifyStatus::Verified, maxFailures - challenge.failures, nowMs);
    }

    ++challenge.failures;
    const int attemptsLeft = qMax(0, maxFailures - challenge.failures);
    const VerifyResult result = finishVerify(
        challengeId, number, isEarlier ? VerifyStatus::Superseded : VerifyStatus::Wrong, attemptsLeft, nowMs);
    if (attemptsLeft == 0) {
        endChallenge(challenge, State::Locked);
        emitEvent(OtpEvent::Kind::Locked, challengeId, number, 0, 0, nowMs);
    }
    return result;
}

void OtpEngine::endChallenge(Challenge& challenge, State state)
{
    // No code can succeed any more, so nothing derived from one needs to stay in memory.
    challenge.state = state;
    challenge.currentMac.clear();
    challenge.earlierMacs.clear();
}

VerifyResult OtpEngine::finishVerify(
    const QUuid& challengeId, const QString& number, VerifyStatus status, int attemptsLeft, qint64 nowMs)
{
    emitEvent(eventKindOf(status), challengeId, number, attemptsLeft, 0, nowMs);
    return VerifyResult { status, attemptsLeft };
}

void OtpEngine::emitEvent(OtpEvent::Kind kind, const QUuid& challengeId, const QString& number, int attemptsLeft,
    int waitSeconds, qint64 nowMs)
{
    Q_EMIT otpEvent(OtpEvent {
        kind, challengeId, number, attemptsLeft, waitSeconds, QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC) });
}

void OtpEngine::forgetFinished(qint64 nowMs)
{
    if (m_challenges.size() < m_forgetAbove)
        return;
    m_challenges.removeIf([nowMs](const QHash<QUuid, Challenge>::iterator& it) {
        return it->state != State::Open || nowMs >= it->expiresAtMs;
    });
    m_sendsByNumber.removeIf([nowMs](const QHash<QString, QList<qint64>>::iterator& it) {
        return it->isEmpty() || it->constLast() <= nowMs - kHourMs;
    });
    // Doubling the threshold when many challenges are still open keeps the sweeps rare: O(1) per issue.
    m_forgetAbove = qMax(kRememberedChallenges, 2 * m_challenges.size());
}

QByteArray OtpEngine::serializedState() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    const auto writePolicy = [&out](const OtpPolicy& policy) {
        for (const FieldSpec& spec : fieldSpecs())
            out << qint32(policy.value(spec.field));
    };
    writePolicy(m_policy);
    out << qint64(m_forgetAbove) << qint64(m_challenges.size());
    for (auto it = m_challenges.cbegin(); it != m_challenges.cend(); ++it) {
        const Challenge& c = it.value();
        out << it.key() << c.number;
        writePolicy(c.policy);
        out << c.currentMac << c.earlierMacs << c.expiresAtMs << c.lastSendMs << qint32(c.failures)
            << qint32(c.resendsInRound) << qint32(c.state);
    }
    out << qint64(m_sendsByNumber.size());
    for (auto it = m_sendsByNumber.cbegin(); it != m_sendsByNumber.cend(); ++it)
        out << it.key() << it.value();
    return bytes;
}

} // namespace smsotp::otp
