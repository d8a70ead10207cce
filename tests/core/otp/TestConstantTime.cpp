#include "otp/ConstantTime.h"

#include <QTest>

using namespace smsotp;

// SECURITY.md 7: the comparison of a typed code's MAC (and of a backup code's hash) examines every byte,
// wherever the first difference is.
class TestConstantTime : public QObject
{
    Q_OBJECT

    static int examinedBytes(QByteArrayView a, QByteArrayView b, bool* equal)
    {
        int examined = 0;
        qsizetype expected = 0;
        *equal = otp::constantTimeEquals(a, b, [&](qsizetype position) {
            QCOMPARE_EQ(position, expected); // in order, none skipped
            ++expected;
            ++examined;
        });
        return examined;
    }

private slots:
    void equalValuesAreEqual()
    {
        QVERIFY(otp::constantTimeEquals("abcdef", "abcdef"));
        QVERIFY(otp::constantTimeEquals(QByteArray(), QByteArray()));
        QVERIFY(!otp::constantTimeEquals("abcdef", "abcdeg"));
        QVERIFY(!otp::constantTimeEquals("abcdef", "bbcdef"));
        QVERIFY(!otp::constantTimeEquals("abcdef", "abcde"));
        QVERIFY(!otp::constantTimeEquals("abcde", "abcdef"));
        QVERIFY(!otp::constantTimeEquals(QByteArray(), "a"));
        // a shorter value is not padded into equality
        QVERIFY(!otp::constantTimeEquals(QByteArray("ab\0", 3), "ab"));
    }

    void everyByteIsExaminedWhereverTheFirstDifferenceIs()
    {
        const QByteArray mac(32, '\x5a');
        bool equal = false;
        QCOMPARE(examinedBytes(mac, mac, &equal), 32);
        QVERIFY(equal);
        for (int position = 0; position < mac.size(); ++position) {
            QByteArray other = mac;
            other[position] = '\x5b';
            QCOMPARE(examinedBytes(mac, other, &equal), 32);
            QVERIFY2(!equal, qPrintable(QString::number(position)));
        }
        QByteArray allDifferent(32, '\xa5');
        QCOMPARE(examinedBytes(mac, allDifferent, &equal), 32);
        QVERIFY(!equal);
    }

    void aDifferentLengthStillExaminesTheLongerValue()
    {
        bool equal = true;
        QCOMPARE(examinedBytes(QByteArray(31, 'x'), QByteArray(32, 'x'), &equal), 32);
        QVERIFY(!equal);
        QCOMPARE(examinedBytes(QByteArray(32, 'x'), QByteArray(), &equal), 32);
        QVERIFY(!equal);
    }
};

QTEST_APPLESS_MAIN(TestConstantTime)
#include "TestConstantTime.moc"
