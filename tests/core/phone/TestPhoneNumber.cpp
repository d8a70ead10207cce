#include "phone/PhoneNumber.h"

#include <QFile>
#include <QTest>

using namespace smsotp::phone;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(smsotp::phone::NormalizeError)
Q_DECLARE_METATYPE(smsotp::phone::NumberType)

namespace {

const char* errorName(NormalizeError error)
{
    switch (error) {
    case NormalizeError::None:
        return "None";
    case NormalizeError::Empty:
        return "Empty";
    case NormalizeError::NotANumber:
        return "NotANumber";
    case NormalizeError::InvalidCountryCode:
        return "InvalidCountryCode";
    case NormalizeError::TooShort:
        return "TooShort";
    case NormalizeError::TooLong:
        return "TooLong";
    case NormalizeError::InvalidNumber:
        return "InvalidNumber";
    case NormalizeError::NotMobile:
        return "NotMobile";
    case NormalizeError::Unavailable:
        return "Unavailable";
    }
    return "?";
}

} // namespace

class TestPhoneNumber : public QObject
{
    Q_OBJECT

    static bool libphonenumberIsMapped()
    {
        QFile maps(QStringLiteral("/proc/self/maps"));
        return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libphonenumber");
    }

private Q_SLOTS:
    // First, before anything else here reads a number: libphonenumber (with protobuf and abseil) is in a plugin
    // that the first number read loads, so a program that reads none never maps it.
    void libphonenumberIsLoadedOnFirstUse()
    {
        if (!QFile::exists(QStringLiteral("/proc/self/maps")))
            QSKIP("needs /proc/self/maps");
        QCOMPARE(mask(u"+447400123456"), QStringLiteral("+••••••••3456")); // no libphonenumber needed
        QVERIFY(!libphonenumberIsMapped());
        QVERIFY(normalize(u"+447400123456", u"").ok());
        QVERIFY(libphonenumberIsMapped());
        QVERIFY(unavailableReason().isEmpty());
    }

    void normalizesToE164_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<NumberType>("type");

        const QString gbMobile = QStringLiteral("+447400123456");
        QTest::newRow("GB national") << u"07400 123456"_s << u"GB"_s << gbMobile << NumberType::Mobile;
        QTest::newRow("GB no spaces") << u"07400123456"_s << u"GB"_s << gbMobile << NumberType::Mobile;
        QTest::newRow("GB dashes") << u"07400-123-456"_s << u"GB"_s << gbMobile << NumberType::Mobile;
        QTest::newRow("GB dots and parentheses") << u"(07400) 123.456"_s << u"GB"_s << gbMobile << NumberType::Mobile;
        QTest::newRow("GB padded") << u"  07400 123456\t"_s << u"GB"_s << gbMobile << NumberType::Mobile;
        QTest::newRow("GB lower-case region") << u"07400 123456"_s << u"gb"_s << gbMobile << NumberType::Mobile;
        QTest::newRow("GB plus") << u"+44 7400 123456"_s << u"GB"_s << gbMobile << NumberType::Mobile;
        QTest::newRow("GB plus, other region") << u"+44 7400 123456"_s << u"DE"_s << gbMobile << NumberType::Mobile;
        QTest::newRow("GB plus, no region") << u"+447400123456"_s << QString() << gbMobile << NumberType::Mobile;
        QTest::newRow("GB full-width plus") << u"\uFF0B447400123456"_s << QString() << gbMobile << NumberType::Mobile;
        QTest::newRow("GB leading 00") << u"0044 7400 123456"_s << u"GB"_s << gbMobile << NumberType::Mobile;
        QTest::newRow("GB leading 00, no region") << u"00447400123456"_s << QString() << gbMobile << NumberType::Mobile;
        QTest::newRow("GB leading 00 from the US")
            << u"0044 7400 123456"_s << u"US"_s << gbMobile << NumberType::Mobile;
        QTest::newRow("GB US prefix 011") << u"011 44 7400 123456"_s << u"US"_s << gbMobile << NumberType::Mobile;
        QTest::newRow("GB en dashes") << u"07400\u2013123\u2013456"_s << u"GB"_s << gbMobile << NumberType::Mobile;
        QTest::newRow("GB unknown region, plus") << u"+44 7400 123456"_s << u"XX"_s << gbMobile << NumberType::Mobile;

        const QString usNumber = QStringLiteral("+16502530000");
        QTest::newRow("US parentheses and dash")
            << u"(650) 253-0000"_s << u"US"_s << usNumber << NumberType::FixedLineOrMobile;
        QTest::newRow("US dots") << u"650.253.0000"_s << u"US"_s << usNumber << NumberType::FixedLineOrMobile;
        QTest::newRow("US trunk 1") << u"1 650 253 0000"_s << u"US"_s << usNumber << NumberType::FixedLineOrMobile;
        QTest::newRow("US plus") << u"+1 (650) 253-0000"_s << u"GB"_s << usNumber << NumberType::FixedLineOrMobile;

        const QString deMobile = QStringLiteral("+4915123456789");
        QTest::newRow("DE national") << u"0151 23456789"_s << u"DE"_s << deMobile << NumberType::Mobile;
        QTest::newRow("DE slash") << u"0151/23456789"_s << u"DE"_s << deMobile << NumberType::Mobile;
        QTest::newRow("DE plus") << u"+49 151 2345 6789"_s << u"DE"_s << deMobile << NumberType::Mobile;
        QTest::newRow("DE leading 00") << u"0049 151 23456789"_s << u"DE"_s << deMobile << NumberType::Mobile;

        const QString inMobile = QStringLiteral("+919876543210");
        QTest::newRow("IN national with 0") << u"098765 43210"_s << u"IN"_s << inMobile << NumberType::Mobile;
        QTest::newRow("IN national") << u"98765-43210"_s << u"IN"_s << inMobile << NumberType::Mobile;
        QTest::newRow("IN plus") << u"+91 98765 43210"_s << u"IN"_s << inMobile << NumberType::Mobile;
        QTest::newRow("IN Devanagari digits") << u"\u096F\u096E\u096D\u096C\u096B \u096A\u0969\u0968\u0967\u0966"_s
                                              << u"IN"_s << inMobile << NumberType::Mobile;
    }

    void normalizesToE164()
    {
        QFETCH(QString, input);
        QFETCH(QString, region);
        QFETCH(QString, e164);
        QFETCH(NumberType, type);
        const NormalizeResult result = normalize(input, region);
        QVERIFY2(result.ok(), qPrintable(QString::fromLatin1(errorName(result.error)) + u": " + result.message));
        QCOMPARE(result.e164, e164);
        QCOMPARE(result.type, type);
        // Whatever was typed, an accepted number reads back as itself.
        QCOMPARE(normalize(result.e164, u"DE").e164, e164);
    }

    void refusesWithAReason_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("region");
        QTest::addColumn<NormalizeError>("error");

        QTest::newRow("empty") << QString() << u"GB"_s << NormalizeError::Empty;
        QTest::newRow("spaces") << u"   \t"_s << u"GB"_s << NormalizeError::Empty;
        QTest::newRow("letters") << u"abc"_s << u"GB"_s << NormalizeError::NotANumber;
        QTest::newRow("a letter in a number") << u"07400 12345a"_s << u"GB"_s << NormalizeError::NotANumber;
        QTest::newRow("vanity number") << u"1-800-FLOWERS"_s << u"US"_s << NormalizeError::NotANumber;
        QTest::newRow("extension") << u"020 7946 0018 ext. 12"_s << u"GB"_s << NormalizeError::NotANumber;
        QTest::newRow("plus inside") << u"07400+123456"_s << u"GB"_s << NormalizeError::NotANumber;
        QTest::newRow("punctuation only") << u"+()-"_s << u"GB"_s << NormalizeError::NotANumber;
        QTest::newRow("a semicolon") << u"07400;123456"_s << u"GB"_s << NormalizeError::NotANumber;
        QTest::newRow("national, no region") << u"07400 123456"_s << QString() << NormalizeError::InvalidCountryCode;
        QTest::newRow("unknown country code") << u"+999 123456789"_s << u"GB"_s << NormalizeError::InvalidCountryCode;
        QTest::newRow("00 and unknown country code")
            << u"00999 123456789"_s << QString() << NormalizeError::InvalidCountryCode;
        QTest::newRow("too short") << u"+44 7400"_s << u"GB"_s << NormalizeError::TooShort;
        QTest::newRow("national too short") << u"0740"_s << u"GB"_s << NormalizeError::TooShort;
        QTest::newRow("16 digits with plus") << u"+4474001234567890"_s << u"GB"_s << NormalizeError::TooLong;
        QTest::newRow("GB one digit too many") << u"07400 1234567"_s << u"GB"_s << NormalizeError::TooLong;
        QTest::newRow("national far too long") << u"0740012345678901234567"_s << u"GB"_s << NormalizeError::TooLong;
        QTest::newRow("00 and 16 digits") << u"00 4474001234567890"_s << QString() << NormalizeError::TooLong;
        QTest::newRow("pasted junk") << QString(200, u'1') << u"GB"_s << NormalizeError::TooLong;
        QTest::newRow("drama range") << u"+447700900123"_s << u"GB"_s << NormalizeError::InvalidNumber;
        QTest::newRow("GB fixed line") << u"020 7946 0018"_s << u"GB"_s << NormalizeError::NotMobile;
        QTest::newRow("GB fixed line, plus") << u"+44 20 7946 0018"_s << u"US"_s << NormalizeError::NotMobile;
        QTest::newRow("DE fixed line") << u"030 123456"_s << u"DE"_s << NormalizeError::NotMobile;
        QTest::newRow("GB toll-free") << u"0800 890 567"_s << u"GB"_s << NormalizeError::NotMobile;
    }

    void refusesWithAReason()
    {
        QFETCH(QString, input);
        QFETCH(QString, region);
        QFETCH(NormalizeError, error);
        const NormalizeResult result = normalize(input, region);
        QVERIFY2(result.error == error,
            qPrintable(QStringLiteral("expected %1, got %2 (%3) %4")
                           .arg(QString::fromLatin1(errorName(error)), QString::fromLatin1(errorName(result.error)),
                               result.e164, result.message)));
        QVERIFY(!result.ok());
        QVERIFY(result.e164.isEmpty());
        QVERIFY(!result.message.isEmpty());
    }

    void messagesSayWhatIsWrong()
    {
        QVERIFY(normalize(u"07400 12345x", u"GB").message.contains(u"“x”"));
        QVERIFY(normalize(u"020 7946 0018", u"GB").message.contains(u"fixed-line"));
        QVERIFY(normalize(u"020 7946 0018", u"GB").message.contains(u"United Kingdom"));
        QVERIFY(normalize(u"+4474001234567890", u"GB").message.contains(u"15"));
        const NormalizeResult us = normalize(u"(650) 253-0000", u"US");
        QVERIFY(us.ok());
        QVERIFY2(us.message.contains(u"landline"), qPrintable(us.message)); // accepted, and says so
        QCOMPARE(us.region, u"US"_s);
        const NormalizeResult gb = normalize(u"07400 123456", u"GB");
        QVERIFY(gb.message.isEmpty());
        QCOMPARE(gb.region, u"GB"_s);
    }

    void masksAllButTheLastFourDigits_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("masked");
        QTest::newRow("GB") << u"+447400123456"_s << u"+••••••••3456"_s;
        QTest::newRow("US") << u"+16502530000"_s << u"+•••••••0000"_s;
        QTest::newRow("no plus") << u"447400123456"_s << u"••••••••3456"_s;
        QTest::newRow("formatted") << u"+44 7400 123456"_s << u"+••••••••3456"_s;
        QTest::newRow("seven digits") << u"+2904123"_s << u"+•••4123"_s;
        QTest::newRow("six digits: all") << u"+123456"_s << u"+••••••"_s;
        QTest::newRow("four digits: all") << u"1234"_s << u"••••"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("no digits") << u"abc"_s << QString();
        QTest::newRow("letters dropped") << u"+44740012345x6"_s << u"+••••••••3456"_s;
    }

    void masksAllButTheLastFourDigits()
    {
        QFETCH(QString, input);
        QFETCH(QString, masked);
        QCOMPARE(mask(input), masked);
    }

    void formatsAsYouType_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("formatted");
        QTest::newRow("GB whole") << u"07400123456"_s << u"GB"_s << u"07400 123456"_s;
        QTest::newRow("GB partial") << u"0740012"_s << u"GB"_s << u"07400 12"_s;
        QTest::newRow("GB retyped spacing") << u"07400-12 3456"_s << u"GB"_s << u"07400 123456"_s;
        QTest::newRow("GB international") << u"+447400123456"_s << u"GB"_s << u"+44 7400 123456"_s;
        QTest::newRow("US") << u"6502530000"_s << u"US"_s << u"(650) 253-0000"_s;
        QTest::newRow("US partial") << u"650253"_s << u"US"_s << u"650-253"_s;
        QTest::newRow("US parentheses typed") << u"(650) 2530000"_s << u"US"_s << u"(650) 253-0000"_s;
        QTest::newRow("DE") << u"015123456789"_s << u"DE"_s << u"01512 3456789"_s;
        QTest::newRow("international, no region") << u"+16502530000"_s << QString() << u"+1 650-253-0000"_s;
        QTest::newRow("empty") << QString() << u"GB"_s << QString();
        QTest::newRow("no digits") << u"abc"_s << u"GB"_s << QString();
    }

    void formatsAsYouType()
    {
        QFETCH(QString, input);
        QFETCH(QString, region);
        QFETCH(QString, formatted);
        QCOMPARE(formatAsYouType(input, region), formatted);
    }

    void regionsForTheSelector()
    {
        QCOMPARE(regionForLocale(QLocale(QLocale::English, QLocale::UnitedKingdom)), u"GB"_s);
        QCOMPARE(regionForLocale(QLocale(QLocale::German, QLocale::Germany)), u"DE"_s);
        QCOMPARE(regionForLocale(QLocale(QLocale::Hindi, QLocale::India)), u"IN"_s);
        QCOMPARE(regionForLocale(QLocale::c()), QString());

        const QStringList regions = supportedRegions();
        QVERIFY2(regions.size() > 200, qPrintable(QString::number(regions.size())));
        QVERIFY(regions.contains(u"GB"_s));
        QVERIFY(regions.contains(u"US"_s));
        QVERIFY(!regions.contains(u"ZZ"_s));
        QStringList sorted = regions;
        sorted.sort();
        QCOMPARE(regions, sorted);

        QCOMPARE(callingCode(u"GB"), 44);
        QCOMPARE(callingCode(u"us"), 1);
        QCOMPARE(callingCode(u"IN"), 91);
        QCOMPARE(callingCode(u"XX"), 0);
        QCOMPARE(callingCode(u""), 0);
        QCOMPARE(callingCode(u"GBR"), 0);
        QCOMPARE(displayCountry(u"DE"), u"Germany"_s);
        QCOMPARE(regionLabel(u"GB"), u"United Kingdom (+44)"_s);
        QCOMPARE(regionLabel(u"XX"), u"XX"_s);
        for (const QString& region : regions) {
            QVERIFY2(callingCode(region) > 0, qPrintable(region));
            QVERIFY2(!displayCountry(region).isEmpty(), qPrintable(region));
        }
    }

    void regionFollowsTheTypedNumber()
    {
        QCOMPARE(regionOfTyped(u"+44"), u"GB"_s);
        QCOMPARE(regionOfTyped(u"+44 7400"), u"GB"_s);
        QCOMPARE(regionOfTyped(u"+49 151"), u"DE"_s);
        QCOMPARE(regionOfTyped(u"0049 151"), u"DE"_s);
        QCOMPARE(regionOfTyped(u"+1"), u"US"_s);
        QCOMPARE(regionOfTyped(u"+1 202 555"), u"US"_s);
        QCOMPARE(regionOfTyped(u"+1 416 555 0123"), u"CA"_s); // complete: the number's own region
        QCOMPARE(regionOfTyped(u"+"), QString());
        QCOMPARE(regionOfTyped(u"+2"), QString()); // no calling code "2" yet
        QCOMPARE(regionOfTyped(u"07400 123456"), QString()); // national form: the selector decides
        QCOMPARE(regionOfTyped(u"+44abc"), QString());
    }

    void exampleMobileNumbersAreValid()
    {
        QCOMPARE(exampleMobileNumber(u"GB"), u"+447400123456"_s);
        QCOMPARE(exampleMobileNumber(u"XX"), QString());
        for (const QString& region : { u"GB"_s, u"DE"_s, u"US"_s, u"FR"_s, u"IN"_s, u"JP"_s, u"BR"_s }) {
            const QString example = exampleMobileNumber(region);
            const NormalizeResult result = normalize(example, QString());
            QVERIFY2(result.ok(), qPrintable(region + u' ' + example + u' ' + result.message));
            QCOMPARE(result.e164, example);
        }
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "TestPhoneNumber.moc"
