#include "template/SmsSegments.h"

#include <QTest>

using namespace smsotp::tmpl;

namespace {

QString repeat(const QString& piece, int times)
{
    return piece.repeated(times);
}

const QString kGrinning = QStringLiteral("\U0001F600"); // outside the BMP: two UTF-16 units
const QString kCyrillic = QStringLiteral("\u044F"); // я: UCS-2, one unit

} // namespace

class TestSmsSegments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void boundaries_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<qsizetype>("characters");
        QTest::addColumn<qsizetype>("units");
        QTest::addColumn<int>("parts");
        QTest::addColumn<int>("remaining");

        const int gsm = int(SmsEncoding::Gsm7);
        const int ucs2 = int(SmsEncoding::Ucs2);
        const QString a = QStringLiteral("a");
        QTest::newRow("empty") << QString() << gsm << qsizetype(0) << qsizetype(0) << 0 << 160;
        QTest::newRow("gsm 1") << a << gsm << qsizetype(1) << qsizetype(1) << 1 << 159;
        QTest::newRow("gsm 160") << repeat(a, 160) << gsm << qsizetype(160) << qsizetype(160) << 1 << 0;
        QTest::newRow("gsm 161") << repeat(a, 161) << gsm << qsizetype(161) << qsizetype(161) << 2 << 153 - 8;
        QTest::newRow("gsm 306") << repeat(a, 306) << gsm << qsizetype(306) << qsizetype(306) << 2 << 0;
        QTest::newRow("gsm 307") << repeat(a, 307) << gsm << qsizetype(307) << qsizetype(307) << 3 << 152;
        QTest::newRow("gsm 459") << repeat(a, 459) << gsm << qsizetype(459) << qsizetype(459) << 3 << 0;
        QTest::newRow("gsm 460") << repeat(a, 460) << gsm << qsizetype(460) << qsizetype(460) << 4 << 152;

        // Extension characters take two septets.
        QTest::newRow("158 + euro = 160")
            << QString(repeat(a, 158) + u'€') << gsm << qsizetype(159) << qsizetype(160) << 1 << 0;
        QTest::newRow("159 + euro = 161")
            << QString(repeat(a, 159) + u'€') << gsm << qsizetype(160) << qsizetype(161) << 2 << 153 - 8;
        QTest::newRow("80 braces = 160") << repeat(QStringLiteral("{"), 80) << gsm << qsizetype(80) << qsizetype(160)
                                         << 1 << 0;
        QTest::newRow("81 braces = 162") << repeat(QStringLiteral("}"), 81) << gsm << qsizetype(81) << qsizetype(162)
                                         << 2 << 153 - 10;
        // An escape pair never straddles two parts: 152 + [ does not fit in 153, the [ opens part 2.
        QTest::newRow("152 + [ + 151 = 305")
            << QString(repeat(a, 152) + u'[' + repeat(a, 151)) << gsm << qsizetype(304) << qsizetype(305) << 2 << 0;
        QTest::newRow("152 + [ + 152 = 306")
            << QString(repeat(a, 152) + u'[' + repeat(a, 152)) << gsm << qsizetype(305) << qsizetype(306) << 3 << 152;
        QTest::newRow("153 + ~ + 151 = 306")
            << QString(repeat(a, 153) + u'~' + repeat(a, 151)) << gsm << qsizetype(305) << qsizetype(306) << 2 << 0;
        QTest::newRow("form feed counts two")
            << QString(repeat(a, 159) + QChar(0x0c)) << gsm << qsizetype(160) << qsizetype(161) << 2 << 153 - 8;
        QTest::newRow("all extension chars")
            << QString(QStringLiteral("^{}\\[~]|€") + QChar(0x0c)) << gsm << qsizetype(10) << qsizetype(20) << 1 << 140;

        QTest::newRow("ucs2 70") << repeat(kCyrillic, 70) << ucs2 << qsizetype(70) << qsizetype(70) << 1 << 0;
        QTest::newRow("ucs2 71") << repeat(kCyrillic, 71) << ucs2 << qsizetype(71) << qsizetype(71) << 2 << 67 - 4;
        QTest::newRow("ucs2 134") << repeat(kCyrillic, 134) << ucs2 << qsizetype(134) << qsizetype(134) << 2 << 0;
        QTest::newRow("ucs2 135") << repeat(kCyrillic, 135) << ucs2 << qsizetype(135) << qsizetype(135) << 3 << 66;
        QTest::newRow("one non-GSM char makes all UCS-2")
            << QString(repeat(a, 69) + kCyrillic) << ucs2 << qsizetype(70) << qsizetype(70) << 1 << 0;
        QTest::newRow("gsm text of 71 + one ucs2")
            << QString(repeat(a, 70) + kCyrillic) << ucs2 << qsizetype(71) << qsizetype(71) << 2 << 63;
        // Extension characters are single units in UCS-2.
        QTest::newRow("euro in ucs2") << QString(repeat(QStringLiteral("€"), 69) + kCyrillic) << ucs2 << qsizetype(70)
                                      << qsizetype(70) << 1 << 0;

        // Characters outside the BMP count two units.
        QTest::newRow("35 emoji = 70") << repeat(kGrinning, 35) << ucs2 << qsizetype(35) << qsizetype(70) << 1 << 0;
        QTest::newRow("36 emoji = 72") << repeat(kGrinning, 36) << ucs2 << qsizetype(36) << qsizetype(72) << 2
                                       << 67 - 6;
        QTest::newRow("69 + emoji = 71") << QString(repeat(kCyrillic, 69) + kGrinning) << ucs2 << qsizetype(70)
                                         << qsizetype(71) << 2 << 67 - 4;
        // A surrogate pair never straddles two parts either.
        QTest::newRow("66 + emoji + 66 = 134") << QString(repeat(kCyrillic, 66) + kGrinning + repeat(kCyrillic, 66))
                                               << ucs2 << qsizetype(133) << qsizetype(134) << 3 << 66;
        QTest::newRow("67 + emoji + 65 = 134") << QString(repeat(kCyrillic, 67) + kGrinning + repeat(kCyrillic, 65))
                                               << ucs2 << qsizetype(133) << qsizetype(134) << 2 << 0;
    }

    void boundaries()
    {
        QFETCH(QString, text);
        QFETCH(int, encoding);
        QFETCH(qsizetype, characters);
        QFETCH(qsizetype, units);
        QFETCH(int, parts);
        QFETCH(int, remaining);
        const SmsSegments segments = countSmsSegments(text);
        QCOMPARE(int(segments.encoding), encoding);
        QCOMPARE(segments.characters, characters);
        QCOMPARE(segments.units, units);
        QCOMPARE(segments.parts, parts);
        QCOMPARE(segments.remainingInLastPart, remaining);
        const bool single = parts <= 1;
        const int expectedLimit = encoding == int(SmsEncoding::Gsm7) ? (single ? 160 : 153) : (single ? 70 : 67);
        QCOMPARE(segments.unitsPerPart, expectedLimit);
        QCOMPARE(segments.isConcatenated(), parts > 1);
        QCOMPARE(isGsm7(text), encoding == int(SmsEncoding::Gsm7));
    }

    void wholeBasicTableIsGsm7()
    {
        const QString basic = QStringLiteral("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                                             "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà");
        QCOMPARE(basic.size(), 127); // 128 positions, less the escape
        const SmsSegments segments = countSmsSegments(basic);
        QCOMPARE(segments.encoding, SmsEncoding::Gsm7);
        QCOMPARE(segments.units, qsizetype(127));
        QVERIFY(segments.ucs2Characters.isEmpty());
        for (QChar c : basic)
            QCOMPARE(gsm7Septets(c.unicode()), 1);
        for (QChar c : QStringLiteral("^{}\\[~]|€\f"))
            QCOMPARE(gsm7Septets(c.unicode()), 2);
        for (const char32_t c : { U'`', U'\t', U'ç', U'á', U'’', U'\U0001F600', char32_t(0) })
            QCOMPARE(gsm7Septets(c), 0);
    }

    void charactersForcingUcs2AreListedWithReplacements()
    {
        const QString text = QStringLiteral("It’s “done” – wait… ’ok’ 漢 😀\u00a0end");
        const SmsSegments segments = countSmsSegments(text);
        QCOMPARE(segments.encoding, SmsEncoding::Ucs2);
        QStringList listed;
        for (const Ucs2Character& c : segments.ucs2Characters)
            listed.append(c.character);
        QCOMPARE(listed,
            (QStringList { QStringLiteral("’"), QStringLiteral("“"), QStringLiteral("”"), QStringLiteral("–"),
                QStringLiteral("…"), QStringLiteral("漢"), kGrinning, QStringLiteral("\u00a0") }));
        const Ucs2Character& apostrophe = segments.ucs2Characters.at(0);
        QCOMPARE(apostrophe.occurrences, 3);
        QCOMPARE(apostrophe.firstOffset, text.indexOf(u'’'));
        QCOMPARE(apostrophe.replacement, std::optional<QString>(QStringLiteral("'")));
        QCOMPARE(segments.ucs2Characters.at(1).replacement, std::optional<QString>(QStringLiteral("\"")));
        QCOMPARE(segments.ucs2Characters.at(3).replacement, std::optional<QString>(QStringLiteral("-")));
        QCOMPARE(segments.ucs2Characters.at(4).replacement, std::optional<QString>(QStringLiteral("...")));
        QVERIFY(!segments.ucs2Characters.at(5).replacement.has_value()); // 漢 has no stand-in
        QVERIFY(!segments.ucs2Characters.at(6).replacement.has_value());
        QCOMPARE(segments.ucs2Characters.at(6).firstOffset, text.indexOf(kGrinning));
        QCOMPARE(segments.ucs2Characters.at(7).replacement, std::optional<QString>(QStringLiteral(" ")));
    }

    void replacementsMakeTextGsm7()
    {
        const QString text = QStringLiteral("It’s “done” – wait… café\u200b `x`");
        QVERIFY(!isGsm7(text));
        const QString replaced = withGsm7Replacements(text);
        QCOMPARE(replaced, QStringLiteral("It's \"done\" - wait... café 'x'"));
        QVERIFY(isGsm7(replaced));
        QCOMPARE(countSmsSegments(replaced).encoding, SmsEncoding::Gsm7);
        // Characters without a stand-in stay, so the text remains UCS-2 and nothing is lost silently.
        QCOMPARE(withGsm7Replacements(u"漢 ’"), QStringLiteral("漢 '"));
    }

    void defaultMessageIsOneGsmSms()
    {
        const SmsSegments segments = countSmsSegments(u"Your verification code is 123456. It expires in 5 minutes.");
        QCOMPARE(segments.encoding, SmsEncoding::Gsm7);
        QCOMPARE(segments.parts, 1);
    }

    void loneSurrogateIsAUcs2Character()
    {
        const QString text = QString(QChar(0xd83d)) + u'a';
        const SmsSegments segments = countSmsSegments(text);
        QCOMPARE(segments.encoding, SmsEncoding::Ucs2);
        QCOMPARE(segments.characters, qsizetype(2));
        QCOMPARE(segments.units, qsizetype(2));
    }
};

QTEST_GUILESS_MAIN(TestSmsSegments)
#include "TestSmsSegments.moc"
