#include "providers/FieldCheck.h"

#include <QTest>

using namespace smsotp::providers;

class TestFieldCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void e164_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<int>("minDigits");
        QTest::addColumn<int>("problem");
        QTest::newRow("uk") << QStringLiteral("+447700900123") << 7 << int(FieldProblem::None);
        QTest::newRow("7 digits") << QStringLiteral("+2901234") << 7 << int(FieldProblem::None);
        QTest::newRow("6 digits") << QStringLiteral("+290123") << 7 << int(FieldProblem::WrongLength);
        QTest::newRow("7 digits, 8 needed") << QStringLiteral("+2901234") << 8 << int(FieldProblem::WrongLength);
        QTest::newRow("15 digits") << QStringLiteral("+123456789012345") << 7 << int(FieldProblem::None);
        QTest::newRow("16 digits") << QStringLiteral("+1234567890123456") << 7 << int(FieldProblem::WrongLength);
        QTest::newRow("no plus") << QStringLiteral("447700900123") << 7 << int(FieldProblem::WrongPrefix);
        QTest::newRow("00 prefix") << QStringLiteral("00447700900123") << 7 << int(FieldProblem::WrongPrefix);
        QTest::newRow("leading zero") << QStringLiteral("+07700900123") << 7 << int(FieldProblem::LeadingZero);
        QTest::newRow("dash") << QStringLiteral("+44-7700-900123") << 7 << int(FieldProblem::InvalidCharacters);
        QTest::newRow("arabic digits") << QStringLiteral("+٤٤٧٧٠٠٩٠٠١٢٣") << 7 << int(FieldProblem::InvalidCharacters);
        QTest::newRow("empty") << QString() << 7 << int(FieldProblem::Empty);
        QTest::newRow("plus only") << QStringLiteral("+") << 7 << int(FieldProblem::WrongLength);
    }

    void e164()
    {
        QFETCH(QString, number);
        QFETCH(int, minDigits);
        QFETCH(int, problem);
        const FieldCheck check = checkE164(number, minDigits);
        QCOMPARE(int(check.problem), problem);
        QCOMPARE(check.ok(), problem == int(FieldProblem::None));
        QCOMPARE(check.message.isEmpty(), check.ok());
    }

    void prefixedHex()
    {
        QVERIFY(isPrefixedHex(u"AC0123456789abcdefABCDEF0123456789", u"AC", 32));
        QVERIFY(!isPrefixedHex(u"AC0123456789abcdefABCDEF012345678", u"AC", 32));
        QVERIFY(!isPrefixedHex(u"ac0123456789abcdefABCDEF0123456789", u"AC", 32));
        QVERIFY(!isPrefixedHex(u"AC0123456789abcdefABCDEF012345678g", u"AC", 32));
        QVERIFY(isPrefixedHex(u"00ff", u"", 4));
    }
};

QTEST_GUILESS_MAIN(TestFieldCheck)
#include "TestFieldCheck.moc"
