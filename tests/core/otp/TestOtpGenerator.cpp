#include "otp/OtpGenerator.h"

#include <QTest>
#include <array>

using namespace smsotp::otp;
using namespace Qt::StringLiterals;

namespace {

// Plays back the words a test wrote, so the code that must come out is known; counts what was read.
class ScriptedSource final : public RandomSource
{
public:
    explicit ScriptedSource(QList<quint32> words)
        : m_words(std::move(words))
    { }

    quint32 next() override
    {
        if (m_read >= m_words.size()) {
            m_overrun = true;
            return 0; // chunk 0 is always accepted, so an overrun ends instead of spinning
        }
        return m_words.at(m_read++);
    }

    qsizetype read() const { return m_read; }
    bool overrun() const { return m_overrun; }

private:
    QList<quint32> m_words;
    qsizetype m_read = 0;
    bool m_overrun = false;
};

// One word from chunks of `bits` bits, the first chunk in the least significant bits (OtpGenerator.h).
quint32 pack(std::initializer_list<quint32> chunks, int bits)
{
    quint32 word = 0;
    int shift = 0;
    for (quint32 chunk : chunks) {
        word |= chunk << shift;
        shift += bits;
    }
    return word;
}

OtpPolicy policyOf(bool numericOnly, bool excludeLookalikes, int length)
{
    OtpPolicy policy;
    policy.numericOnly = numericOnly;
    policy.excludeLookalikes = excludeLookalikes;
    policy.length = length;
    return policy;
}

double chiSquare(const QList<qint64>& observed, double expected)
{
    double sum = 0;
    for (qint64 count : observed) {
        const double d = double(count) - expected;
        sum += d * d / expected;
    }
    return sum;
}

} // namespace

class TestOtpGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // SECURITY.md 2: over 10^6 codes from the system CSPRNG, every position passes a chi-square test.
    void chiSquarePerPosition_data()
    {
        QTest::addColumn<bool>("numericOnly");
        QTest::addColumn<bool>("excludeLookalikes");
        QTest::addColumn<double>("critical");
        // Critical values of the chi-square distribution at an upper tail of 1e-9 (regularized incomplete gamma
        // Q(df/2, x/2) = 1e-9, solved by bisection): a uniform generator fails one position once in 10^9 runs,
        // under 2e-8 for all positions of all rows together. For scale, p = 0.05 would be 16.92 / 49.80 / 43.77.
        QTest::newRow("numeric: 10 symbols, df 9") << true << false << 60.660;
        QTest::newRow("alphanumeric: 36 symbols, df 35") << false << false << 110.309;
        QTest::newRow("alphanumeric without lookalikes: 31 symbols, df 30") << false << true << 101.697;
    }

    void chiSquarePerPosition()
    {
        QFETCH(bool, numericOnly);
        QFETCH(bool, excludeLookalikes);
        QFETCH(double, critical);
        constexpr int kCodes = 1000000;
        constexpr int kLength = 6;

        SystemRandomSource source;
        OtpGenerator generator(policyOf(numericOnly, excludeLookalikes, kLength), source);
        const QString alphabet = generator.alphabet();
        std::array<int, 128> indexOf;
        indexOf.fill(-1);
        for (qsizetype i = 0; i < alphabet.size(); ++i)
            indexOf[size_t(alphabet.at(i).unicode())] = int(i);

        QList<QList<qint64>> counts(kLength, QList<qint64>(alphabet.size(), 0));
        qint64 leadingZeros = 0;
        for (int n = 0; n < kCodes; ++n) {
            const QString code = generator.generate();
            if (code.size() != kLength)
                QFAIL(qPrintable(u"code of length %1"_s.arg(code.size())));
            for (int pos = 0; pos < kLength; ++pos) {
                const char16_t c = code.at(pos).unicode();
                const int index = c < 128 ? indexOf[c] : -1;
                if (index < 0)
                    QFAIL(qPrintable(u"symbol outside the alphabet: %1"_s.arg(code)));
                ++counts[pos][index];
            }
            leadingZeros += code.at(0) == u'0';
        }

        const double expected = double(kCodes) / double(alphabet.size());
        for (int pos = 0; pos < kLength; ++pos) {
            const double statistic = chiSquare(counts.at(pos), expected);
            QVERIFY2(statistic < critical,
                qPrintable(u"position %1: chi-square %2 >= %3"_s.arg(pos).arg(statistic).arg(critical)));
        }
        // A code is a string, not a number: a leading zero is kept, and occurs as often as any first symbol.
        if (alphabet.contains(u'0'))
            QVERIFY2(leadingZeros > 0, "no code out of a million starts with 0");
    }

    // The threshold above is not so loose that it passes a real bias: reducing a random byte modulo N (the
    // classic mistake) gives the first 256 mod N symbols one extra chance in 256, which it must catch.
    void chiSquareCatchesByteModuloBias_data()
    {
        QTest::addColumn<int>("symbols");
        QTest::addColumn<double>("critical");
        QTest::newRow("10 symbols") << 10 << 60.660;
        QTest::newRow("36 symbols") << 36 << 110.309;
        QTest::newRow("31 symbols") << 31 << 101.697;
    }

    void chiSquareCatchesByteModuloBias()
    {
        QFETCH(int, symbols);
        QFETCH(double, critical);
        constexpr double kCodes = 1e6;
        QList<qint64> observed;
        for (int s = 0; s < symbols; ++s) {
            const int chances = 256 / symbols + (s < 256 % symbols ? 1 : 0);
            observed.append(qint64(kCodes * chances / 256.0));
        }
        QVERIFY(chiSquare(observed, kCodes / symbols) > critical);
    }

    // SECURITY.md 1: a chunk in the rejection zone [N, 2^b) is dropped and the next one read; N - 1 is kept.
    void rejectionZoneCausesRedraw_data()
    {
        QTest::addColumn<bool>("numericOnly");
        QTest::addColumn<bool>("excludeLookalikes");
        QTest::addColumn<int>("length");
        QTest::addColumn<QList<quint32>>("words");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("wordsRead");

        QTest::newRow("numeric: a whole word of 15s, then 0..7")
            << true << false << 6 << QList<quint32> { 0xFFFFFFFFu, 0x76543210u } << u"012345"_s << 2;
        // Chunks, lowest first: 8 9 F E D C B A, then 0 1 2 3 0 0 0 0.
        QTest::newRow("numeric: every value from 10 to 15 is refused, 9 is kept")
            << true << false << 6 << QList<quint32> { 0xABCDEF98u, 0x00003210u } << u"890123"_s << 2;
        QTest::newRow("alphanumeric: 36 and 63 refused, 35 is Z")
            << false << false << 6
            << QList<quint32> { pack({ 36, 63, 35, 0, 10 }, 6), pack({ 36, 36, 36, 36, 36 }, 6),
                   pack({ 1, 2, 3, 40, 50 }, 6) }
            << u"Z0A123"_s << 3;
        QTest::newRow("without lookalikes: 31 refused, 30 is the last symbol")
            << false << true << 4 << QList<quint32> { pack({ 31, 30, 31, 0, 1, 2 }, 5) } << u"Z234"_s << 1;
    }

    void rejectionZoneCausesRedraw()
    {
        QFETCH(bool, numericOnly);
        QFETCH(bool, excludeLookalikes);
        QFETCH(int, length);
        QFETCH(QList<quint32>, words);
        QFETCH(QString, expected);
        QFETCH(int, wordsRead);

        ScriptedSource source(words);
        OtpGenerator generator(policyOf(numericOnly, excludeLookalikes, length), source);
        QCOMPARE(generator.generate(), expected);
        QCOMPARE(source.read(), qsizetype(wordsRead));
        QVERIFY(!source.overrun());
    }

    void chunkWidthIsTheSmallestThatNumbersTheAlphabet()
    {
        ScriptedSource source({});
        QCOMPARE(OtpGenerator(policyOf(true, false, 6), source).bitsPerChunk(), 4);
        QCOMPARE(OtpGenerator(policyOf(false, false, 6), source).bitsPerChunk(), 6);
        QCOMPARE(OtpGenerator(policyOf(false, true, 6), source).bitsPerChunk(), 5);
    }

    // Bits left in a word when a code is complete are not carried into the next code.
    void leftoverChunksAreDropped()
    {
        ScriptedSource source({ 0x76543210u, 0x00000098u });
        OtpGenerator generator(policyOf(true, false, 6), source);
        QCOMPARE(generator.generate(), u"012345"_s);
        const QString second = generator.generate();
        QCOMPARE(second.left(2), u"89"_s); // from the second word, not the 6 and 7 left in the first
        QCOMPARE(source.read(), qsizetype(2));
    }

    // The code depends on the injected words alone: no other random source is mixed in (SECURITY.md 1).
    void codesComeOnlyFromTheSource()
    {
        QList<quint32> words;
        SystemRandomSource system;
        for (int i = 0; i < 64; ++i)
            words.append(system.next());
        for (const OtpPolicy& policy : { policyOf(true, false, 8), policyOf(false, false, 8) }) {
            ScriptedSource first(words);
            ScriptedSource second(words);
            OtpGenerator a(policy, first);
            OtpGenerator b(policy, second);
            for (int i = 0; i < 3; ++i)
                QCOMPARE(a.generate(), b.generate());
            QVERIFY(!first.overrun());
        }
    }

    void everyLengthOfThePolicy()
    {
        SystemRandomSource source;
        for (int length = specOf(PolicyField::Length).minimum; length <= specOf(PolicyField::Length).maximum;
             ++length) {
            for (const OtpPolicy& policy :
                { policyOf(true, false, length), policyOf(false, false, length), policyOf(false, true, length) }) {
                const QString code = OtpGenerator(policy, source).generate();
                QCOMPARE(code.size(), qsizetype(length));
                for (QChar c : code)
                    QVERIFY(policy.alphabet().contains(c));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestOtpGenerator)
#include "TestOtpGenerator.moc"
