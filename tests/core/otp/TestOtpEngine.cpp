#include "MockClock.h"
#include "otp/OtpEngine.h"

#include <QMetaEnum>
#include <QMetaMethod>
#include <QMetaProperty>
#include <QSignalSpy>
#include <QTest>
#include <memory>
#include <vector>

using namespace smsotp::otp;
using namespace smsotp::test;
using namespace Qt::StringLiterals;

namespace {

const QString kAlice = u"+447700900123"_s;
const QString kBob = u"+447700900456"_s;

// Words queued to make chosen codes (OtpGenerator.h says how words become symbols); once they run out,
// the system CSPRNG, so unscripted codes stay random.
class ScriptedSource final : public RandomSource
{
public:
    void queueCode(const OtpPolicy& policy, QStringView code)
    {
        const QString alphabet = policy.alphabet();
        const int bits = OtpGenerator(policy, *this).bitsPerChunk();
        const int chunksPerWord = 32 / bits;
        quint32 word = 0;
        int used = 0;
        for (QChar c : code) {
            const qsizetype index = alphabet.indexOf(c);
            Q_ASSERT(index >= 0);
            word |= quint32(index) << (used * bits);
            if (++used == chunksPerWord) {
                m_words.append(word);
                word = 0;
                used = 0;
            }
        }
        if (used > 0)
            m_words.append(word);
    }

    quint32 next() override { return m_words.isEmpty() ? m_system.next() : m_words.takeFirst(); }

private:
    QList<quint32> m_words;
    SystemRandomSource m_system;
};

// An engine on a mock clock and a scriptable source, with every event it emits.
struct Rig
{
    explicit Rig(const OtpPolicy& policy = OtpPolicy())
        : engine(policy, clock, random)
    {
        QObject::connect(&engine, &OtpEngine::otpEvent, &engine, [this](const OtpEvent& e) { events.append(e); });
    }

    QList<OtpEvent::Kind> kinds() const
    {
        QList<OtpEvent::Kind> out;
        for (const OtpEvent& e : events)
            out.append(e.kind);
        return out;
    }

    VerifyStatus verify(const IssueResult& issued, const QString& number, QStringView typed)
    {
        return engine.verify(issued.challengeId, number, typed).status;
    }

    MockClock clock;
    ScriptedSource random;
    OtpEngine engine;
    QList<OtpEvent> events;
};

// A code of the same shape that is certainly not the given one.
QString wrongCode(const QString& code)
{
    QString wrong = code;
    wrong.back() = code.back() == u'0' ? u'1' : u'0';
    return wrong;
}

QByteArray utf16(const QString& text, bool bigEndian)
{
    QByteArray out;
    for (QChar c : text) {
        const char high = char(c.unicode() >> 8);
        const char low = char(c.unicode() & 0xff);
        out.append(bigEndian ? high : low).append(bigEndian ? low : high);
    }
    return out;
}

// The ways a stored or emitted code could be spelt in bytes.
QList<QByteArray> encodingsOf(const QString& code)
{
    QList<QByteArray> out;
    for (const QString& spelling : { code, code.toLower() }) {
        out.append(spelling.toUtf8());
        out.append(utf16(spelling, true));
        out.append(utf16(spelling, false));
    }
    return out;
}

QString textOf(const QVariant& value)
{
    if (value.metaType() == QMetaType::fromType<QDateTime>())
        return value.toDateTime().toString(Qt::ISODateWithMs);
    QString text = value.toString();
    if (text.isEmpty()) {
        QDebug debug(&text);
        debug << value;
    }
    return text;
}

// Every argument of every emission, as bytes; an OtpEvent by each of its properties, so a field added later
// is checked too.
QByteArray serialise(const QList<QList<QVariant>>& emissions)
{
    QString text;
    for (const QList<QVariant>& arguments : emissions) {
        for (const QVariant& argument : arguments) {
            if (argument.metaType() == QMetaType::fromType<OtpEvent>()) {
                const auto* event = static_cast<const OtpEvent*>(argument.constData());
                const QMetaObject& meta = OtpEvent::staticMetaObject;
                for (int i = meta.propertyOffset(); i < meta.propertyCount(); ++i) {
                    const QMetaProperty property = meta.property(i);
                    text += QLatin1StringView(property.name()) + u'=' + textOf(property.readOnGadget(event)) + u';';
                }
            } else {
                text += textOf(argument) + u';';
            }
        }
        text += u'\n';
    }
    return text.toUtf8() + utf16(text, true);
}

} // namespace

class TestOtpEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void issueGivesACodeOfThePolicy()
    {
        Rig rig;
        const IssueResult issued = rig.engine.issue(kAlice);
        QCOMPARE(issued.status, IssueStatus::Issued);
        QVERIFY(issued.isIssued());
        QVERIFY(!issued.challengeId.isNull());
        QCOMPARE(issued.code.size(), 6);
        for (QChar c : issued.code)
            QVERIFY(c.isDigit());
        QCOMPARE(issued.expiresAt, rig.clock.now().addSecs(300));
        QCOMPARE(issued.validSeconds, 300);
        QVERIFY(!issued.isResend);
        QCOMPARE(issued.resendsLeft, 5);
        QVERIFY(!issued.message().isEmpty());

        QCOMPARE(rig.events.size(), 1);
        const OtpEvent& event = rig.events.constFirst();
        QCOMPARE(event.kind, OtpEvent::Kind::Issued);
        QCOMPARE(event.challengeId, issued.challengeId);
        QCOMPARE(event.number, kAlice);
        QCOMPARE(event.attemptsLeft, 3);
        QCOMPARE(event.time, rig.clock.now());

        rig.clock.advanceSeconds(1);
        QVERIFY(rig.engine.issue(kAlice).challengeId != issued.challengeId);
        QCOMPARE(rig.engine.challengeCount(), 2);
    }

    // The constructor the product uses: the system clock and the system CSPRNG.
    void productWiring()
    {
        OtpEngine engine { OtpPolicy() };
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const IssueResult issued = engine.issue(kAlice);
        QVERIFY(issued.isIssued());
        QVERIFY(issued.expiresAt.toMSecsSinceEpoch() >= before + 300 * 1000);
        QVERIFY(engine.verify(issued.challengeId, kAlice, issued.code).isVerified());
    }

    // SECURITY.md 9: each engine (each run of the console or the CLI) keys its HMACs with a key of its own, so a
    // MAC from one run says nothing in another.
    void eachEngineHasAKeyOfItsOwn()
    {
        OtpEngine first { OtpPolicy() };
        OtpEngine second { OtpPolicy() };
        const QUuid challenge = QUuid::createUuid();
        const QByteArray mac = first.macOf(challenge, kAlice, u"123456");
        QCOMPARE(mac.size(), 32);
        QCOMPARE(first.macOf(challenge, kAlice, u"123456"), mac); // the same key, the same MAC
        QVERIFY(first.macOf(challenge, kAlice, u"123457") != mac);
        QVERIFY(second.macOf(challenge, kAlice, u"123456") != mac);
        // A scripted code source does not make the key scripted either.
        Rig scripted;
        Rig alsoScripted;
        QVERIFY(scripted.engine.macOf(challenge, kAlice, u"123456")
            != alsoScripted.engine.macOf(challenge, kAlice, u"123456"));
    }

    // SECURITY.md 3: a code is accepted once; after success the challenge is closed.
    void codeIsAcceptedOnce()
    {
        Rig rig;
        const IssueResult issued = rig.engine.issue(kAlice);
        const VerifyResult first = rig.engine.verify(issued.challengeId, kAlice, issued.code);
        QCOMPARE(first.status, VerifyStatus::Verified);
        QVERIFY(first.isVerified());
        QCOMPARE(first.attemptsLeft, 3);
        QVERIFY(!first.message().isEmpty());

        const VerifyResult again = rig.engine.verify(issued.challengeId, kAlice, issued.code);
        QCOMPARE(again.status, VerifyStatus::Closed);
        QVERIFY(!again.message().isEmpty());
        QCOMPARE(rig.verify(issued, kAlice, wrongCode(issued.code)), VerifyStatus::Closed);
        rig.clock.advanceSeconds(60);
        QCOMPARE(rig.engine.resend(issued.challengeId).status, IssueStatus::Closed);

        using K = OtpEvent::Kind;
        QCOMPARE(rig.kinds(), (QList<K> { K::Issued, K::Verified, K::Rejected, K::Rejected, K::Rejected }));
    }

    // SECURITY.md 7: surrounding white space is trimmed, alphanumeric codes are compared in upper case, and
    // nothing else is forgiven.
    void typedCodeNormalisation_data()
    {
        QTest::addColumn<bool>("numericOnly");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<VerifyStatus>("expected");
        QTest::newRow("numeric, exact") << true << u"123456"_s << u"123456"_s << VerifyStatus::Verified;
        QTest::newRow("numeric, spaces around") << true << u"123456"_s << u"  123456 "_s << VerifyStatus::Verified;
        QTest::newRow("numeric, tab and newline") << true << u"123456"_s << u"\t123456\r\n"_s << VerifyStatus::Verified;
        QTest::newRow("numeric, space inside") << true << u"123456"_s << u"123 456"_s << VerifyStatus::Wrong;
        QTest::newRow("numeric, leading zero dropped") << true << u"012345"_s << u"12345"_s << VerifyStatus::Wrong;
        QTest::newRow("numeric, leading zero kept") << true << u"012345"_s << u"012345"_s << VerifyStatus::Verified;
        QTest::newRow("alphanumeric, lower case") << false << u"AB12CD"_s << u"ab12cd"_s << VerifyStatus::Verified;
        QTest::newRow("alphanumeric, mixed case and spaces")
            << false << u"AB12CD"_s << u" aB12Cd "_s << VerifyStatus::Verified;
        QTest::newRow("alphanumeric, one symbol short") << false << u"AB12CD"_s << u"AB12C"_s << VerifyStatus::Wrong;
    }

    void typedCodeNormalisation()
    {
        QFETCH(bool, numericOnly);
        QFETCH(QString, code);
        QFETCH(QString, typed);
        QFETCH(VerifyStatus, expected);
        OtpPolicy policy;
        policy.numericOnly = numericOnly;
        Rig rig(policy);
        rig.random.queueCode(policy, code);
        const IssueResult issued = rig.engine.issue(kAlice);
        QCOMPARE(issued.code, code);
        QCOMPARE(rig.verify(issued, kAlice, typed), expected);
    }

    // SECURITY.md 7: no input takes a short cut: empty, too long, too short or foreign digits are each a
    // counted failure, like any other wrong code.
    void everyMalformedAttemptIsACountedFailure()
    {
        OtpPolicy policy;
        policy.maxFailedAttempts = 10;
        Rig rig(policy);
        rig.random.queueCode(policy, u"987654");
        const IssueResult issued = rig.engine.issue(kAlice);
        const QStringList attempts = { QString(), u"   "_s, u"9876543"_s, u"98765"_s, u"ABCDEF"_s,
            u"\u0669\u0668\u0667\u0666\u0665\u0664"_s, u"987654\0"_s, QString(1000, u'9') };
        int left = 10;
        for (const QString& typed : attempts) {
            const VerifyResult result = rig.engine.verify(issued.challengeId, kAlice, typed);
            QCOMPARE(result.status, VerifyStatus::Wrong);
            QCOMPARE(result.attemptsLeft, --left);
        }
        QCOMPARE(rig.verify(issued, kAlice, u"987654"), VerifyStatus::Verified);
    }

    // SECURITY.md 5: after the configured number of failures even the right code is refused until a new challenge.
    void lockAfterTheLimitEvenForTheRightCode_data()
    {
        QTest::addColumn<int>("maxFailures");
        QTest::newRow("1") << 1;
        QTest::newRow("3 (default)") << 3;
        QTest::newRow("5") << 5;
    }

    void lockAfterTheLimitEvenForTheRightCode()
    {
        QFETCH(int, maxFailures);
        OtpPolicy policy;
        policy.maxFailedAttempts = maxFailures;
        Rig rig(policy);
        const IssueResult issued = rig.engine.issue(kAlice);
        for (int i = 1; i <= maxFailures; ++i) {
            const VerifyResult result = rig.engine.verify(issued.challengeId, kAlice, wrongCode(issued.code));
            QCOMPARE(result.status, VerifyStatus::Wrong);
            QCOMPARE(result.attemptsLeft, maxFailures - i);
        }
        using K = OtpEvent::Kind;
        QCOMPARE(rig.kinds().constLast(), K::Locked);
        QCOMPARE(rig.kinds().count(K::Failed), maxFailures);

        const VerifyResult right = rig.engine.verify(issued.challengeId, kAlice, issued.code);
        QCOMPARE(right.status, VerifyStatus::Locked);
        QCOMPARE(right.attemptsLeft, 0);
        QVERIFY(!right.message().isEmpty());
        rig.clock.advanceSeconds(60);
        QCOMPARE(rig.engine.resend(issued.challengeId).status, IssueStatus::Locked);
        QCOMPARE(rig.verify(issued, kAlice, issued.code), VerifyStatus::Locked);

        // A new challenge is the way out.
        const IssueResult fresh = rig.engine.issue(kAlice);
        QVERIFY(fresh.isIssued());
        QCOMPARE(rig.verify(fresh, kAlice, fresh.code), VerifyStatus::Verified);
    }

    // SECURITY.md 4: a resend issues a new code and the previous one fails; the failure count is kept.
    void resendSupersedesAndKeepsTheFailureCount()
    {
        Rig rig;
        const OtpPolicy& policy = rig.engine.policy();
        rig.random.queueCode(policy, u"111111");
        rig.random.queueCode(policy, u"222222");
        const IssueResult issued = rig.engine.issue(kAlice);
        QCOMPARE(issued.code, u"111111"_s);
        QCOMPARE(rig.engine.verify(issued.challengeId, kAlice, u"999999").attemptsLeft, 2);

        rig.clock.advanceSeconds(30);
        const IssueResult resent = rig.engine.resend(issued.challengeId);
        QCOMPARE(resent.status, IssueStatus::Issued);
        QCOMPARE(resent.challengeId, issued.challengeId);
        QCOMPARE(resent.code, u"222222"_s);
        QVERIFY(resent.isResend);
        QVERIFY(resent.message() != issued.message()); // says the earlier code no longer works
        QCOMPARE(resent.expiresAt, rig.clock.now().addSecs(300));
        QCOMPARE(resent.resendsLeft, 4);

        const VerifyResult old = rig.engine.verify(issued.challengeId, kAlice, u"111111");
        QCOMPARE(old.status, VerifyStatus::Superseded);
        QCOMPARE(old.attemptsLeft, 1); // the failure before the resend, and this one
        QVERIFY(!old.message().isEmpty());
        const VerifyResult latest = rig.engine.verify(issued.challengeId, kAlice, u"222222");
        QCOMPARE(latest.status, VerifyStatus::Verified);
        QCOMPARE(latest.attemptsLeft, 1);

        using K = OtpEvent::Kind;
        QCOMPARE(rig.kinds(), (QList<K> { K::Issued, K::Failed, K::Resent, K::Superseded, K::Verified }));
        QCOMPARE(rig.events.at(2).attemptsLeft, 2); // the resend did not give the failure back
    }

    void resendCannotBuyMoreGuesses()
    {
        Rig rig;
        const IssueResult issued = rig.engine.issue(kAlice);
        QCOMPARE(rig.verify(issued, kAlice, wrongCode(issued.code)), VerifyStatus::Wrong);
        QCOMPARE(rig.verify(issued, kAlice, wrongCode(issued.code)), VerifyStatus::Wrong);
        rig.clock.advanceSeconds(30);
        const IssueResult resent = rig.engine.resend(issued.challengeId);
        QVERIFY(resent.isIssued());
        const VerifyResult third = rig.engine.verify(issued.challengeId, kAlice, wrongCode(resent.code));
        QCOMPARE(third.status, VerifyStatus::Wrong);
        QCOMPARE(third.attemptsLeft, 0);
        QCOMPARE(rig.verify(resent, kAlice, resent.code), VerifyStatus::Locked);
    }

    void everyEarlierCodeIsSuperseded()
    {
        OtpPolicy policy;
        policy.maxFailedAttempts = 10;
        Rig rig(policy);
        const QStringList codes = { u"100000"_s, u"200000"_s, u"300000"_s, u"400000"_s };
        for (const QString& code : codes)
            rig.random.queueCode(policy, code);
        const IssueResult issued = rig.engine.issue(kAlice);
        for (int i = 1; i < codes.size(); ++i) {
            rig.clock.advanceSeconds(30);
            QCOMPARE(rig.engine.resend(issued.challengeId).code, codes.at(i));
        }
        for (int i = 0; i + 1 < codes.size(); ++i)
            QCOMPARE(rig.verify(issued, kAlice, codes.at(i)), VerifyStatus::Superseded);
        QCOMPARE(rig.verify(issued, kAlice, codes.constLast()), VerifyStatus::Verified);
    }

    // SECURITY.md 6: the same code, issued to two numbers, works only for the number it was issued for.
    void codeForOneNumberFailsForAnother()
    {
        Rig rig;
        rig.random.queueCode(rig.engine.policy(), u"123456");
        rig.random.queueCode(rig.engine.policy(), u"123456");
        const IssueResult alice = rig.engine.issue(kAlice);
        const IssueResult bob = rig.engine.issue(kBob);
        QCOMPARE(alice.code, bob.code);

        QCOMPARE(rig.verify(alice, kBob, alice.code), VerifyStatus::Wrong);
        QCOMPARE(rig.verify(bob, kAlice, bob.code), VerifyStatus::Wrong);
        QCOMPARE(rig.verify(alice, kAlice, alice.code), VerifyStatus::Verified);
        QCOMPARE(rig.verify(bob, kBob, bob.code), VerifyStatus::Verified);
    }

    // SECURITY.md 8: valid at expiry - 1 s (and - 1 ms), refused at expiry.
    void expiryIsExact_data()
    {
        QTest::addColumn<int>("expirySeconds");
        QTest::addColumn<qint64>("afterMs");
        QTest::addColumn<VerifyStatus>("expected");
        for (int expiry : { 5, 300, 600, 3600 }) {
            const qint64 ms = expiry * 1000LL;
            QTest::addRow("%d s, at issue", expiry) << expiry << qint64(0) << VerifyStatus::Verified;
            QTest::addRow("%d s, expiry - 1 s", expiry) << expiry << ms - 1000 << VerifyStatus::Verified;
            QTest::addRow("%d s, expiry - 1 ms", expiry) << expiry << ms - 1 << VerifyStatus::Verified;
            QTest::addRow("%d s, at expiry", expiry) << expiry << ms << VerifyStatus::Expired;
            QTest::addRow("%d s, expiry + 1 s", expiry) << expiry << ms + 1000 << VerifyStatus::Expired;
        }
    }

    void expiryIsExact()
    {
        QFETCH(int, expirySeconds);
        QFETCH(qint64, afterMs);
        QFETCH(VerifyStatus, expected);
        OtpPolicy policy;
        policy.expirySeconds = expirySeconds;
        Rig rig(policy);
        const IssueResult issued = rig.engine.issue(kAlice);
        QCOMPARE(issued.expiresAt, rig.clock.now().addSecs(expirySeconds));
        rig.clock.advanceMSecs(afterMs);
        const VerifyResult result = rig.engine.verify(issued.challengeId, kAlice, issued.code);
        QCOMPARE(result.status, expected);
        if (expected == VerifyStatus::Expired) {
            QCOMPARE(result.attemptsLeft, 3); // an expired code is not a guess
            QCOMPARE(rig.kinds().constLast(), OtpEvent::Kind::Expired);
        }
    }

    void resendAfterExpiryGivesAFreshCode()
    {
        Rig rig;
        const IssueResult issued = rig.engine.issue(kAlice);
        rig.clock.advanceSeconds(300);
        QCOMPARE(rig.verify(issued, kAlice, issued.code), VerifyStatus::Expired);
        const IssueResult resent = rig.engine.resend(issued.challengeId);
        QVERIFY(resent.isIssued());
        QCOMPARE(resent.expiresAt, rig.clock.now().addSecs(300));
        rig.clock.advanceSeconds(300);
        QCOMPARE(rig.verify(resent, kAlice, resent.code), VerifyStatus::Expired); // counted from the resend
        rig.clock.advanceSeconds(-1);
        QCOMPARE(rig.verify(resent, kAlice, resent.code), VerifyStatus::Verified);
    }

    void resendWaitsTheMinimumInterval()
    {
        Rig rig; // 30 s
        const qint64 start = rig.clock.msecsSinceEpoch();
        const IssueResult issued = rig.engine.issue(kAlice);
        rig.clock.advanceSeconds(29);
        IssueResult refused = rig.engine.resend(issued.challengeId);
        QCOMPARE(refused.status, IssueStatus::TooSoon);
        QCOMPARE(refused.waitSeconds, 1);
        QVERIFY(refused.code.isEmpty());
        QVERIFY(!refused.message().isEmpty());
        QCOMPARE(rig.events.constLast().kind, OtpEvent::Kind::SendRefused);
        QCOMPARE(rig.events.constLast().waitSeconds, 1);

        rig.clock.setMSecsSinceEpoch(start + 29500); // half a second left is still "wait 1 second"
        QCOMPARE(rig.engine.resend(issued.challengeId).waitSeconds, 1);
        rig.clock.setMSecsSinceEpoch(start + 30000);
        const IssueResult resent = rig.engine.resend(issued.challengeId);
        QVERIFY(resent.isIssued());
        QCOMPARE(resent.resendsLeft, 4); // refusals do not use up resends
        rig.clock.advanceSeconds(10);
        refused = rig.engine.resend(issued.challengeId);
        QCOMPARE(refused.status, IssueStatus::TooSoon);
        QCOMPARE(refused.waitSeconds, 20);
        QCOMPARE(rig.verify(resent, kAlice, resent.code), VerifyStatus::Verified); // a refusal changes no code
    }

    // WSO2 SmsOTP.ResendAttemptsCount and SmsOTP.ResendBlockDuration: after the limit, a block counted from the
    // last send; after it, resends are allowed again.
    void resendLimitThenBlockThenAllowedAgain()
    {
        OtpPolicy policy;
        policy.resendAttempts = 2;
        policy.resendBlockMinutes = 5;
        policy.sendsPerHour = 100;
        Rig rig(policy);
        const qint64 start = rig.clock.msecsSinceEpoch();
        const auto at = [&](qint64 ms) { rig.clock.setMSecsSinceEpoch(start + ms); };
        const IssueResult issued = rig.engine.issue(kAlice);
        QCOMPARE(issued.resendsLeft, 2);
        const QUuid id = issued.challengeId;

        at(30000);
        QCOMPARE(rig.engine.resend(id).resendsLeft, 1);
        at(60000);
        const IssueResult last = rig.engine.resend(id);
        QCOMPARE(last.resendsLeft, 0);

        at(61000); // too soon (29 s) and blocked (299 s): the longer wait is the true one
        IssueResult refused = rig.engine.resend(id);
        QCOMPARE(refused.status, IssueStatus::ResendBlocked);
        QCOMPARE(refused.waitSeconds, 299);
        QVERIFY(!refused.message().isEmpty());
        at(90000);
        QCOMPARE(rig.engine.resend(id).waitSeconds, 270);
        at(60000 + 300000 - 1);
        refused = rig.engine.resend(id);
        QCOMPARE(refused.status, IssueStatus::ResendBlocked);
        QCOMPARE(refused.waitSeconds, 1);

        at(60000 + 300000); // the block is over: resends are allowed again, and counted afresh
        const IssueResult again = rig.engine.resend(id);
        QCOMPARE(again.status, IssueStatus::Issued);
        QCOMPARE(again.resendsLeft, 1);
        QCOMPARE(rig.verify(last, kAlice, last.code), VerifyStatus::Superseded);
        at(60000 + 300000 + 30000);
        const IssueResult latest = rig.engine.resend(id);
        QCOMPARE(latest.resendsLeft, 0);
        at(60000 + 300000 + 60000);
        refused = rig.engine.resend(id);
        QCOMPARE(refused.status, IssueStatus::ResendBlocked);
        QCOMPARE(refused.waitSeconds, 270);
        QCOMPARE(rig.verify(latest, kAlice, latest.code), VerifyStatus::Verified); // a block does not stop a code
    }

    void noResendsAllowedMeansBlockedFromTheIssue()
    {
        OtpPolicy policy;
        policy.resendAttempts = 0;
        policy.resendBlockMinutes = 5;
        Rig rig(policy);
        const IssueResult issued = rig.engine.issue(kAlice);
        QCOMPARE(issued.resendsLeft, 0);
        rig.clock.advanceSeconds(30);
        const IssueResult refused = rig.engine.resend(issued.challengeId);
        QCOMPARE(refused.status, IssueStatus::ResendBlocked);
        QCOMPARE(refused.waitSeconds, 270);
        rig.clock.advanceSeconds(270);
        const IssueResult resent = rig.engine.resend(issued.challengeId);
        QVERIFY(resent.isIssued());
        QCOMPARE(resent.resendsLeft, 0);
        rig.clock.advanceSeconds(30);
        QCOMPARE(rig.engine.resend(issued.challengeId).waitSeconds, 270);
    }

    // SECURITY.md 24: at most sendsPerHour sends per number in any 60 minutes, issues and resends together.
    void hourlyCapPerNumber()
    {
        OtpPolicy policy;
        policy.sendsPerHour = 3;
        Rig rig(policy);
        const qint64 start = rig.clock.msecsSinceEpoch();
        const auto at = [&](qint64 seconds) { rig.clock.setMSecsSinceEpoch(start + seconds * 1000); };

        const IssueResult first = rig.engine.issue(kAlice);
        at(30);
        QVERIFY(rig.engine.resend(first.challengeId).isIssued());
        at(60);
        QVERIFY(rig.engine.issue(kAlice).isIssued());

        at(90);
        IssueResult refused = rig.engine.issue(kAlice);
        QCOMPARE(refused.status, IssueStatus::HourlyCapReached);
        QCOMPARE(refused.waitSeconds, 3600 - 90);
        QVERIFY(refused.challengeId.isNull());
        QVERIFY(refused.code.isEmpty());
        QVERIFY(!refused.message().isEmpty());
        const OtpEvent& event = rig.events.constLast();
        QCOMPARE(event.kind, OtpEvent::Kind::SendRefused);
        QCOMPARE(event.number, kAlice);
        QCOMPARE(event.waitSeconds, 3600 - 90);

        at(100);
        refused = rig.engine.resend(first.challengeId); // resends count against the same cap
        QCOMPARE(refused.status, IssueStatus::HourlyCapReached);
        QCOMPARE(refused.waitSeconds, 3500);
        QVERIFY(rig.engine.issue(kBob).isIssued()); // per number

        rig.clock.setMSecsSinceEpoch(start + 3600 * 1000 - 1);
        QCOMPARE(rig.engine.issue(kAlice).waitSeconds, 1);
        at(3600); // the first send leaves the rolling window: refusals were not counted as sends
        QVERIFY(rig.engine.issue(kAlice).isIssued());
        at(3601);
        refused = rig.engine.issue(kAlice);
        QCOMPARE(refused.status, IssueStatus::HourlyCapReached);
        QCOMPARE(refused.waitSeconds, 29); // until the resend at 30 s leaves the window
    }

    void loweringTheCapCountsSendsAlreadyMade()
    {
        OtpPolicy policy;
        policy.sendsPerHour = 5;
        Rig rig(policy);
        for (int i = 0; i < 4; ++i) {
            QVERIFY(rig.engine.issue(kAlice).isIssued());
            rig.clock.advanceSeconds(60);
        }
        policy.sendsPerHour = 2;
        rig.engine.setPolicy(policy);
        const IssueResult refused = rig.engine.issue(kAlice); // sends at 0, 60, 120, 180 s; now 240 s
        QCOMPARE(refused.status, IssueStatus::HourlyCapReached);
        QCOMPARE(refused.waitSeconds, 3600 + 120 - 240); // until only one send is left in the window
    }

    // The history of earlier runs feeds the cap, so a restart (or a new CLI process) does not reset it.
    void earlierSendsCountTowardsTheCap()
    {
        OtpPolicy policy;
        policy.sendsPerHour = 3;
        Rig rig(policy);
        const QDateTime now = rig.clock.now();
        rig.engine.recordEarlierSend(kAlice, now.addSecs(-600));
        rig.engine.recordEarlierSend(kAlice, now.addSecs(-3600)); // over an hour ago: ignored
        rig.engine.recordEarlierSend(kAlice, now.addSecs(-1200)); // out of order on purpose
        rig.engine.recordEarlierSend(kBob, now.addSecs(-60));
        QVERIFY(rig.engine.issue(kAlice).isIssued());
        const IssueResult refused = rig.engine.issue(kAlice);
        QCOMPARE(refused.status, IssueStatus::HourlyCapReached);
        QCOMPARE(refused.waitSeconds, 3600 - 1200); // until the oldest counted send leaves the window
        QVERIFY(rig.engine.issue(kBob).isIssued());
    }

    void unknownChallenge()
    {
        Rig rig;
        QCOMPARE(rig.engine.verify(QUuid::createUuid(), kAlice, u"123456").status, VerifyStatus::NotFound);
        QCOMPARE(rig.engine.verify(QUuid(), kAlice, u"123456").status, VerifyStatus::NotFound);
        const IssueResult resent = rig.engine.resend(QUuid::createUuid());
        QCOMPARE(resent.status, IssueStatus::NotFound);
        QVERIFY(!resent.message().isEmpty());
        using K = OtpEvent::Kind;
        QCOMPARE(rig.kinds(), (QList<K> { K::Rejected, K::Rejected, K::Rejected }));
    }

    void policyChangeAppliesToNewChallenges()
    {
        Rig rig;
        const IssueResult before = rig.engine.issue(kAlice);
        OtpPolicy longer;
        longer.length = 8;
        longer.maxFailedAttempts = 5;
        rig.engine.setPolicy(longer);
        QCOMPARE(rig.engine.policy(), longer);

        rig.clock.advanceSeconds(30);
        const IssueResult resent = rig.engine.resend(before.challengeId);
        QCOMPARE(resent.code.size(), 6);
        QCOMPARE(rig.engine.verify(before.challengeId, kAlice, wrongCode(resent.code)).attemptsLeft, 2);
        const IssueResult after = rig.engine.issue(kBob);
        QCOMPARE(after.code.size(), 8);
        QCOMPARE(rig.events.constLast().attemptsLeft, 5);
    }

    // SECURITY.md 10: settings under the guidelines are warned about, not refused: the engine works with them.
    void guidelineWarningsAreAllowed()
    {
        OtpPolicy weak;
        weak.length = 4;
        weak.expirySeconds = 1200;
        QVERIFY(weak.isValid());
        QVERIFY(!weak.findings().isEmpty());
        Rig rig(weak);
        const IssueResult issued = rig.engine.issue(kAlice);
        QCOMPARE(issued.code.size(), 4);
        QCOMPARE(issued.expiresAt, rig.clock.now().addSecs(1200));
        rig.clock.advanceSeconds(1199);
        QCOMPARE(rig.verify(issued, kAlice, issued.code), VerifyStatus::Verified);
    }

    // SECURITY.md 9: nothing the engine emits carries a code. Every signal of the engine is captured, whatever
    // it is; every kind of event is provoked.
    void emittedEventsNeverCarryACode()
    {
        OtpPolicy policy;
        policy.numericOnly = false;
        policy.length = 12; // long codes: a chance match in other bytes is out of the question
        policy.maxFailedAttempts = 2;
        Rig rig(policy);
        std::vector<std::unique_ptr<QSignalSpy>> spies;
        const QMetaObject& meta = OtpEngine::staticMetaObject;
        for (int i = meta.methodOffset(); i < meta.methodCount(); ++i) {
            if (meta.method(i).methodType() == QMetaMethod::Signal)
                spies.push_back(std::make_unique<QSignalSpy>(&rig.engine, meta.method(i)));
        }
        QVERIFY(!spies.empty());
        for (const auto& spy : spies)
            QVERIFY(spy->isValid());

        QStringList codes;
        QStringList messages;
        const auto keep = [&](const IssueResult& r) {
            codes.append(r.code);
            messages.append(r.message());
            return r;
        };
        const auto check = [&](const VerifyResult& r) { messages.append(r.message()); };

        const IssueResult a = keep(rig.engine.issue(kAlice));
        check(rig.engine.verify(a.challengeId, kAlice, wrongCode(a.code))); // Failed
        messages.append(rig.engine.resend(a.challengeId).message()); // SendRefused: too soon
        rig.clock.advanceSeconds(30);
        const IssueResult aResent = keep(rig.engine.resend(a.challengeId)); // Resent
        check(rig.engine.verify(a.challengeId, kAlice, a.code.toLower())); // Superseded, then Locked
        check(rig.engine.verify(a.challengeId, kAlice, aResent.code)); // Locked
        const IssueResult b = keep(rig.engine.issue(kAlice));
        check(rig.engine.verify(b.challengeId, kAlice, QString(u' ' + b.code + u' '))); // Verified
        check(rig.engine.verify(b.challengeId, kAlice, b.code)); // Rejected: closed
        const IssueResult c = keep(rig.engine.issue(kBob));
        rig.clock.advanceSeconds(300);
        check(rig.engine.verify(c.challengeId, kBob, c.code)); // Expired
        check(rig.engine.verify(QUuid::createUuid(), kBob, c.code)); // Rejected: unknown

        QList<QList<QVariant>> emissions;
        for (const auto& spy : spies)
            emissions += *spy;
        QVERIFY(emissions.size() >= 12);
        const QByteArray bytes = serialise(emissions);

        // The serialisation really holds what was emitted, so a code in it would be found.
        QVERIFY(bytes.contains(kAlice.toUtf8()));
        QVERIFY(bytes.contains(a.challengeId.toString().toUtf8()));
        QVERIFY(bytes.contains(QByteArrayLiteral("Superseded")));
        const QMetaEnum kinds = QMetaEnum::fromType<OtpEvent::Kind>();
        for (int i = 0; i < kinds.keyCount(); ++i) {
            QVERIFY2(rig.kinds().contains(OtpEvent::Kind(kinds.value(i))),
                qPrintable(u"no %1 event provoked"_s.arg(QLatin1StringView(kinds.key(i)))));
        }

        QCOMPARE(codes.size(), 4);
        for (const QString& code : std::as_const(codes)) {
            QCOMPARE(code.size(), 12);
            for (const QByteArray& spelling : encodingsOf(code))
                QVERIFY2(!bytes.contains(spelling), "a code is in an emitted signal");
            for (const QString& message : std::as_const(messages))
                QVERIFY2(!message.contains(code, Qt::CaseInsensitive), "a code is in a result message");
        }
    }

    // SECURITY.md 9: the engine keeps no code, only HMACs. Its whole state is serialised and searched.
    void storedStateHoldsNoCode_data()
    {
        QTest::addColumn<bool>("numericOnly");
        QTest::addColumn<int>("length");
        QTest::newRow("6 digits") << true << 6;
        QTest::newRow("12 letters and digits") << false << 12;
    }

    void storedStateHoldsNoCode()
    {
        QFETCH(bool, numericOnly);
        QFETCH(int, length);
        OtpPolicy policy;
        policy.numericOnly = numericOnly;
        policy.length = length;
        Rig rig(policy);

        QStringList codes;
        const IssueResult a = rig.engine.issue(kAlice);
        codes.append(a.code);
        const QByteArray afterIssue = rig.engine.serializedState();
        rig.clock.advanceSeconds(30);
        codes.append(rig.engine.resend(a.challengeId).code);
        const QByteArray afterResend = rig.engine.serializedState();
        const IssueResult b = rig.engine.issue(kBob);
        codes.append(b.code);
        QVERIFY(rig.engine.verify(b.challengeId, kBob, b.code).isVerified());
        const QByteArray afterVerify = rig.engine.serializedState();

        for (const QByteArray& state : { afterIssue, afterResend, afterVerify }) {
            // The state holds strings in the encodings searched below: the number is there, a code would be too.
            QVERIFY(state.contains(utf16(kAlice, true)));
            for (const QString& code : std::as_const(codes)) {
                for (const QByteArray& spelling : encodingsOf(code))
                    QVERIFY2(!state.contains(spelling), "a code is in the engine's state");
            }
        }
        // The earlier code's HMAC is kept after a resend (to recognise it), so the state grew by one HMAC.
        QVERIFY(afterResend.size() >= afterIssue.size() + 32);
    }

    // Memory stays bounded: finished challenges (closed or expired) are forgotten past kRememberedChallenges,
    // open ones never.
    void finishedChallengesAreForgottenOpenOnesKept()
    {
        Rig rig;
        const qsizetype limit = OtpEngine::kRememberedChallenges;
        const auto numberOf = [](qsizetype i) { return u"+4477009%1"_s.arg(qlonglong(i), 5, 10, QChar(u'0')); };
        QList<IssueResult> finished;
        for (qsizetype i = 0; i < limit; ++i) {
            finished.append(rig.engine.issue(numberOf(i)));
            if (i % 2 == 0)
                QVERIFY(rig.verify(finished.last(), numberOf(i), finished.last().code) == VerifyStatus::Verified);
        }
        rig.clock.advanceSeconds(300); // the odd ones expire
        QCOMPARE(rig.engine.challengeCount(), limit);
        QCOMPARE(rig.verify(finished.at(0), numberOf(0), finished.at(0).code), VerifyStatus::Closed);
        QCOMPARE(rig.verify(finished.at(1), numberOf(1), finished.at(1).code), VerifyStatus::Expired);

        const IssueResult first = rig.engine.issue(kAlice);
        QCOMPARE(rig.engine.challengeCount(), qsizetype(1));
        QCOMPARE(rig.verify(finished.at(0), numberOf(0), finished.at(0).code), VerifyStatus::NotFound);
        QCOMPARE(rig.verify(finished.at(1), numberOf(1), finished.at(1).code), VerifyStatus::NotFound);

        QList<std::pair<QString, IssueResult>> open { { kAlice, first } };
        for (qsizetype i = limit; i < 2 * limit; ++i)
            open.append(std::make_pair(numberOf(i), rig.engine.issue(numberOf(i))));
        QCOMPARE(rig.engine.challengeCount(), limit + 1); // all open: none forgotten
        for (const auto& [number, issued] : std::as_const(open))
            QVERIFY(rig.verify(issued, number, issued.code) == VerifyStatus::Verified);
    }
};

QTEST_GUILESS_MAIN(TestOtpEngine)
#include "TestOtpEngine.moc"
