#include "otp/OtpPolicy.h"

#include <QTest>
#include <cmath>

using namespace smsotp::otp;

class TestOtpPolicy : public QObject
{
    Q_OBJECT

    static bool hasFinding(const OtpPolicy& policy, PolicyProblem problem)
    {
        const QList<PolicyFinding> all = policy.findings();
        return std::any_of(all.begin(), all.end(), [&](const PolicyFinding& f) { return f.problem == problem; });
    }

private Q_SLOTS:
    void defaultsAreWso2Defaults()
    {
        const OtpPolicy policy;
        QCOMPARE(policy.expirySeconds, 300);
        QVERIFY(policy.numericOnly);
        QCOMPARE(policy.length, 6);
        QCOMPARE(policy.resendAttempts, 5);
        QCOMPARE(policy.resendBlockMinutes, 5);
        QCOMPARE(policy.maxFailedAttempts, 3);
        QCOMPARE(policy.sendsPerHour, 10);
        QVERIFY(policy.isValid());
        QVERIFY(policy.findings().isEmpty());
        for (const FieldSpec& spec : fieldSpecs())
            QCOMPARE(policy.value(spec.field), spec.defaultValue);
    }

    void keysRoundTrip()
    {
        for (const FieldSpec& spec : fieldSpecs()) {
            const std::optional<PolicyField> field = fieldForKey(QString::fromLatin1(spec.key));
            QVERIFY(field.has_value());
            QCOMPARE(*field, spec.field);
        }
        QVERIFY(!fieldForKey(u"otp.nonsense").has_value());
    }

    void alphabets()
    {
        OtpPolicy policy;
        QCOMPARE(policy.alphabet(), QStringLiteral("0123456789"));
        policy.numericOnly = false;
        QCOMPARE(policy.alphabet().size(), 36);
        QCOMPARE(policy.alphabet(), policy.alphabet().toUpper());
        policy.excludeLookalikes = true;
        for (QChar c : { u'0', u'O', u'1', u'I', u'L' })
            QVERIFY2(!policy.alphabet().contains(c), qPrintable(QString(c)));
        QCOMPARE(policy.alphabet().size(), 31);
    }

    void entropyFollowsTheAlphabet()
    {
        OtpPolicy policy;
        QVERIFY(qAbs(policy.entropyBits() - 6 * std::log2(10.0)) < 1e-9);
        policy.numericOnly = false;
        QVERIFY(qAbs(policy.entropyBits() - 6 * std::log2(36.0)) < 1e-9);
        policy.excludeLookalikes = true;
        QVERIFY(qAbs(policy.entropyBits() - 6 * std::log2(31.0)) < 1e-9);
    }

    void parseRefusesBadInput_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("problem");
        const auto row = [](const char* name, PolicyField f, const char* text, PolicyProblem p) {
            QTest::newRow(name) << int(f) << QString::fromUtf8(text) << int(p);
        };
        row("expiry 0", PolicyField::ExpirySeconds, "0", PolicyProblem::OutOfRange);
        row("expiry negative", PolicyField::ExpirySeconds, "-5", PolicyProblem::OutOfRange);
        row("expiry non-numeric", PolicyField::ExpirySeconds, "five", PolicyProblem::NotANumber);
        row("expiry decimal", PolicyField::ExpirySeconds, "30.5", PolicyProblem::NotANumber);
        row("expiry empty", PolicyField::ExpirySeconds, "", PolicyProblem::NotANumber);
        row("expiry absurd", PolicyField::ExpirySeconds, "99999999999999999999999", PolicyProblem::NotANumber);
        row("expiry large", PolicyField::ExpirySeconds, "31536000", PolicyProblem::OutOfRange);
        row("length 0", PolicyField::Length, "0", PolicyProblem::OutOfRange);
        row("length 1", PolicyField::Length, "1", PolicyProblem::OutOfRange);
        row("length 3", PolicyField::Length, "3", PolicyProblem::OutOfRange);
        row("length 65", PolicyField::Length, "65", PolicyProblem::OutOfRange);
        row("failed attempts 0", PolicyField::MaxFailedAttempts, "0", PolicyProblem::OutOfRange);
        row("sends per hour 0", PolicyField::SendsPerHour, "0", PolicyProblem::OutOfRange);
        row("bool garbage", PolicyField::NumericOnly, "maybe", PolicyProblem::NotANumber);
    }
    void parseRefusesBadInput()
    {
        QFETCH(int, field);
        QFETCH(QString, text);
        QFETCH(int, problem);
        const ParsedValue parsed = parseFieldValue(PolicyField(field), text);
        QVERIFY(!parsed.value.has_value());
        QVERIFY(parsed.error.has_value());
        QCOMPARE(int(parsed.error->problem), problem);
        QCOMPARE(parsed.error->severity, Severity::Error);
        QVERIFY(!parsed.error->message.isEmpty());
    }

    void parseAcceptsGoodInput()
    {
        QCOMPARE(parseFieldValue(PolicyField::ExpirySeconds, u" 120 ").value, std::optional<int>(120));
        QCOMPARE(parseFieldValue(PolicyField::Length, u"4").value, std::optional<int>(4));
        QCOMPARE(parseFieldValue(PolicyField::Length, u"64").value, std::optional<int>(64));
        QCOMPARE(parseFieldValue(PolicyField::NumericOnly, u"false").value, std::optional<int>(0));
        QCOMPARE(parseFieldValue(PolicyField::NumericOnly, u"1").value, std::optional<int>(1));
    }

    void outOfRangeValuesAreErrors()
    {
        OtpPolicy policy;
        policy.length = 3;
        QVERIFY(!policy.isValid());
        QVERIFY(hasFinding(policy, PolicyProblem::OutOfRange));
        policy.length = 6;
        policy.expirySeconds = 0;
        QVERIFY(!policy.isValid());
    }

    // SECURITY.md 10: allowed, but warned about, citing the guideline.
    void guidelineWarnings()
    {
        OtpPolicy policy;
        policy.length = 5;
        QVERIFY(policy.isValid());
        QVERIFY(hasFinding(policy, PolicyProblem::FewerThanSixDigits));
        QVERIFY(hasFinding(policy, PolicyProblem::LowEntropy)); // 16.6 bits
        for (const PolicyFinding& f : policy.findings()) {
            QCOMPARE(f.severity, Severity::Warning);
            QVERIFY(f.message.contains(u"NIST"));
        }

        // NIST counts six digits (19.93 bits) as its 20-bit minimum: the default is not flagged.
        policy.length = 6;
        QVERIFY(policy.findings().isEmpty());

        policy.length = 7;
        QVERIFY(policy.findings().isEmpty());

        // Four alphanumeric characters: 20.7 bits, no warning; with look-alikes removed: 19.8 bits.
        policy.numericOnly = false;
        policy.length = 4;
        QVERIFY(!hasFinding(policy, PolicyProblem::LowEntropy));
        QVERIFY(!hasFinding(policy, PolicyProblem::FewerThanSixDigits));
        policy.excludeLookalikes = true;
        QVERIFY(hasFinding(policy, PolicyProblem::LowEntropy));

        OtpPolicy longLived;
        longLived.expirySeconds = 600;
        QVERIFY(!hasFinding(longLived, PolicyProblem::LongExpiry));
        longLived.expirySeconds = 601;
        QVERIFY(longLived.isValid());
        QVERIFY(hasFinding(longLived, PolicyProblem::LongExpiry));
    }
};

QTEST_GUILESS_MAIN(TestOtpPolicy)
#include "TestOtpPolicy.moc"
