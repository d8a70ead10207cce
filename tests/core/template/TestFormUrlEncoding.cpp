#include "ReferenceFormDecoder.h"
#include "template/FormUrlEncoding.h"

#include <QTest>
#include <QUrlQuery>

using namespace smsotp::tmpl;

class TestFormUrlEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("E.164") << QStringLiteral("+447700900123") << QByteArray("%2B447700900123");
        QTest::newRow("separators") << QStringLiteral("a&b=c") << QByteArray("a%26b%3Dc");
        QTest::newRow("space") << QStringLiteral("a b") << QByteArray("a+b");
        QTest::newRow("kept") << QStringLiteral("AZaz09*-._") << QByteArray("AZaz09*-._");
        QTest::newRow("tilde and percent") << QStringLiteral("~%") << QByteArray("%7E%25");
        QTest::newRow("utf-8") << QStringLiteral("é€😀") << QByteArray("%C3%A9%E2%82%AC%F0%9F%98%80");
        QTest::newRow("controls") << QStringLiteral("\r\n") << QByteArray("%0D%0A");
        QTest::newRow("braces") << QStringLiteral("{{body}}") << QByteArray("%7B%7Bbody%7D%7D");
    }

    void encodes()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, encoded);
        QCOMPARE(formUrlEncode(text), encoded);
        QCOMPARE(formUrlDecodeComponent(encoded), text);
        QCOMPARE(smsotp::testing::referencePercentDecode(encoded), text);
    }

    void fieldsRoundTripThroughStandardDecoders()
    {
        const QList<FormField> fields = { { QStringLiteral("To"), QStringLiteral("+447700900123") },
            { QStringLiteral("Body"), QStringLiteral("a&b=c") }, { QStringLiteral("x=y"), QStringLiteral("100%") } };
        const QByteArray body = formUrlEncodeFields(fields);
        QCOMPARE(body, QByteArray("To=%2B447700900123&Body=a%26b%3Dc&x%3Dy=100%25"));
        QCOMPARE(formUrlDecode(body), fields);
        QCOMPARE(smsotp::testing::referenceFormDecode(body), fields);
        const QUrlQuery query(QString::fromLatin1(body));
        QCOMPARE(query.queryItemValue(QStringLiteral("To"), QUrl::FullyDecoded), QStringLiteral("+447700900123"));
        QCOMPARE(query.queryItemValue(QStringLiteral("Body"), QUrl::FullyDecoded), QStringLiteral("a&b=c"));
    }

    void decoderFollowsWhatwg()
    {
        const QList<FormField> fields = formUrlDecode("a+b=c+d%20e&&novalue&=empty&bad=%zz%4&eq=a=b&bom=%EF%BB%BFx");
        const QList<FormField> expected = { { QStringLiteral("a b"), QStringLiteral("c d e") },
            { QStringLiteral("novalue"), QString() }, { QString(), QStringLiteral("empty") },
            { QStringLiteral("bad"), QStringLiteral("%zz%4") }, { QStringLiteral("eq"), QStringLiteral("a=b") },
            { QStringLiteral("bom"), QString(QChar(0xfeff)) + u'x' } };
        QCOMPARE(fields, expected);
        QVERIFY(formUrlDecode("").isEmpty());
        // Invalid UTF-8 becomes U+FFFD rather than disappearing.
        QCOMPARE(formUrlDecodeComponent("%FF"), QString(QChar(0xfffd)));
    }
};

QTEST_GUILESS_MAIN(TestFormUrlEncoding)
#include "TestFormUrlEncoding.moc"
