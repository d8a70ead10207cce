// libphonenumber behind the PhoneNumberBackend interface, as the plugin smsotp_phonenumber: the console loads it
// (and with it libphonenumber, protobuf and abseil) the first time a phone number is read, not at start.
// libphonenumber stays in this file: nothing else needs its include path, protobuf or ICU.

#include "PhoneNumber.h"
#include "PhoneNumberBackend.h"

#include <QCoreApplication>
#include <QObject>
#include <QtPlugin>
#include <memory>
#include <optional>
#include <phonenumbers/asyoutypeformatter.h>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <set>
#include <string>

namespace smsotp::phone {

namespace {

using i18n::phonenumbers::AsYouTypeFormatter;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("smsotp::phone", text, nullptr, n);
}

// Nobody types a phone number this long; the cap keeps pasted junk away from the parser.
constexpr qsizetype kMaxInputLength = 64;
// E.164: country code and subscriber number together.
constexpr qsizetype kMaxE164Digits = 15;

// libphonenumber keeps its metadata in a process-wide instance of its own; it is immutable and thread-safe
// after creation, so reaching for it here does not make a global of ours.
const PhoneNumberUtil& util()
{
    return *PhoneNumberUtil::GetInstance();
}

// "gb" and "GB" alike; anything that is not two ASCII letters libphonenumber knows becomes "ZZ", its
// "unknown region", which accepts only numbers with a '+'.
std::string regionCodeOf(QStringView region)
{
    if (region.size() != 2)
        return "ZZ";
    std::string code;
    for (const QChar c : region) {
        const char16_t u = c.unicode();
        if (u >= u'a' && u <= u'z')
            code += static_cast<char>(u - u'a' + 'A');
        else if (u >= u'A' && u <= u'Z')
            code += static_cast<char>(u);
        else
            return "ZZ";
    }
    return util().GetCountryCodeForRegion(code) != 0 ? code : std::string("ZZ");
}

NumberType typeOf(PhoneNumberUtil::PhoneNumberType type)
{
    switch (type) {
    case PhoneNumberUtil::FIXED_LINE:
        return NumberType::FixedLine;
    case PhoneNumberUtil::MOBILE:
        return NumberType::Mobile;
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
        return NumberType::FixedLineOrMobile;
    case PhoneNumberUtil::TOLL_FREE:
        return NumberType::TollFree;
    case PhoneNumberUtil::PREMIUM_RATE:
        return NumberType::PremiumRate;
    case PhoneNumberUtil::SHARED_COST:
        return NumberType::SharedCost;
    case PhoneNumberUtil::VOIP:
        return NumberType::Voip;
    case PhoneNumberUtil::PERSONAL_NUMBER:
        return NumberType::PersonalNumber;
    case PhoneNumberUtil::PAGER:
        return NumberType::Pager;
    case PhoneNumberUtil::UAN:
        return NumberType::Uan;
    case PhoneNumberUtil::VOICEMAIL:
        return NumberType::Voicemail;
    case PhoneNumberUtil::UNKNOWN:
        break;
    }
    return NumberType::Unknown;
}

bool canTakeSms(NumberType type)
{
    switch (type) {
    case NumberType::Mobile:
    case NumberType::FixedLineOrMobile:
    case NumberType::Voip:
    case NumberType::PersonalNumber:
    case NumberType::Pager:
        return true;
    case NumberType::Unknown:
    case NumberType::FixedLine:
    case NumberType::TollFree:
    case NumberType::PremiumRate:
    case NumberType::SharedCost:
    case NumberType::Uan:
    case NumberType::Voicemail:
        break;
    }
    return false;
}

NormalizeResult failure(NormalizeError error, const QString& message)
{
    NormalizeResult result;
    result.error = error;
    result.message = message;
    return result;
}

// The spacing and punctuation people put in numbers; everything else but digits and a leading '+' is refused.
bool isFormattingCharacter(QChar c)
{
    if (c.isSpace())
        return true;
    switch (c.unicode()) {
    case u'-':
    case u'.':
    case u'/':
    case u'(':
    case u')':
    case u'[':
    case u']':
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
    case 0x2012: // figure dash
    case 0x2013: // en dash
    case 0x2014: // em dash
    case 0x2212: // minus sign
    case 0x30FC: // Japanese prolonged sound mark, used as a dash in Japanese numbers
        return true;
    default:
        return false;
    }
}

bool isPlus(QChar c)
{
    return c == u'+' || c.unicode() == 0xFF0B; // the full-width plus of East Asian input methods
}

// The typed text reduced to what libphonenumber needs: an optional '+' and ASCII digits (digits of other scripts,
// such as Arabic-Indic ones, are read by their value).
struct Digits
{
    bool plus = false;
    std::string digits;
};

std::optional<NormalizeResult> readDigits(QStringView input, Digits& out)
{
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input.at(i);
        if (isPlus(c) && i == 0) {
            out.plus = true;
        } else if (c.isDigit() && c.digitValue() >= 0 && c.digitValue() <= 9) {
            out.digits += static_cast<char>('0' + c.digitValue());
        } else if (isFormattingCharacter(c)) {
            continue;
        } else if (isPlus(c)) {
            return failure(NormalizeError::NotANumber,
                tr("A “+” belongs only at the start of a number, before the country calling code."));
        } else if (c.isLetter()) {
            return failure(NormalizeError::NotANumber,
                tr("“%1” is a letter: a phone number for SMS holds only digits (spaces, dashes, dots and "
                   "parentheses are fine, and a leading + or 00).")
                    .arg(c));
        } else {
            const QString shown
                = c.isPrint() ? QString(c) : QStringLiteral("U+%1").arg(uint(c.unicode()), 4, 16, QChar(u'0'));
            return failure(NormalizeError::NotANumber,
                tr("“%1” does not belong in a phone number: use only digits, spaces, dashes, dots, parentheses, "
                   "and a leading + or 00.")
                    .arg(shown));
        }
    }
    if (out.digits.empty())
        return failure(NormalizeError::NotANumber, tr("There is no digit in this phone number."));
    return std::nullopt;
}

QString countryOfCode(int countryCode)
{
    std::string region;
    util().GetRegionCodeForCountryCode(countryCode, &region);
    if (region.empty() || region == "ZZ" || region == "001")
        return tr("+%1").arg(countryCode);
    return displayCountry(QString::fromStdString(region));
}

QString tooLongMessage()
{
    return tr("This number has too many digits. A number in international form has at most 15 digits, "
              "country calling code included.");
}

// Why a parsed number cannot be one of its country (too short, too long, a local number); none when it can be.
std::optional<NormalizeResult> lengthProblem(const PhoneNumber& number, const QString& country)
{
    std::string nationalNumber;
    util().GetNationalSignificantNumber(number, &nationalNumber);
    switch (util().IsPossibleNumberWithReason(number)) {
    case PhoneNumberUtil::IS_POSSIBLE:
        break;
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        return failure(NormalizeError::TooShort,
            tr("This number is too short for %1: it looks like a local number. Add the area code.").arg(country));
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return failure(NormalizeError::InvalidCountryCode,
            tr("+%1 is not a country calling code in use.").arg(number.country_code()));
    case PhoneNumberUtil::TOO_SHORT:
        return failure(NormalizeError::TooShort,
            tr("This number is too short for %1: it has %n digit(s) after the country code.",
                static_cast<int>(nationalNumber.size()))
                .arg(country));
    case PhoneNumberUtil::TOO_LONG:
        return failure(NormalizeError::TooLong,
            tr("This number is too long for %1: it has %n digit(s) after the country code.",
                static_cast<int>(nationalNumber.size()))
                .arg(country));
    case PhoneNumberUtil::INVALID_LENGTH:
        return failure(NormalizeError::InvalidNumber,
            tr("No number in %1 has %n digit(s) after the country code. Check for a missing or extra digit.",
                static_cast<int>(nationalNumber.size()))
                .arg(country));
    }
    return std::nullopt;
}

NormalizeResult parseAndCheck(const std::string& text, const std::string& regionCode)
{
    PhoneNumber number;
    switch (util().Parse(text, regionCode, &number)) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        if (regionCode == "ZZ" && text.front() != '+') {
            return failure(NormalizeError::InvalidCountryCode,
                tr("Choose the country of this number, or write it in international form, with + and the "
                   "country calling code (+44 for the United Kingdom, +1 for the US)."));
        }
        return failure(NormalizeError::InvalidCountryCode,
            tr("The number does not start with a country calling code in use. After + or 00 comes the "
               "country calling code: +44 for the United Kingdom, +1 for the US, +91 for India."));
    case PhoneNumberUtil::NOT_A_NUMBER:
        return failure(NormalizeError::NotANumber, tr("This does not read as a phone number."));
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return failure(NormalizeError::TooShort, tr("This number is too short to be a phone number."));
    case PhoneNumberUtil::TOO_LONG_NSN:
        return failure(NormalizeError::TooLong, tooLongMessage());
    }

    const QString country = countryOfCode(number.country_code());
    if (const std::optional<NormalizeResult> problem = lengthProblem(number, country))
        return *problem;

    if (!util().IsValidNumber(number)) {
        return failure(NormalizeError::InvalidNumber,
            tr("This is not a number in use in %1: its digits are of a range that is not allocated (or kept for "
               "films and examples). Check the number.")
                .arg(country));
    }

    NormalizeResult result;
    result.type = typeOf(util().GetNumberType(number));
    if (!canTakeSms(result.type)) {
        return failure(NormalizeError::NotMobile,
            tr("This is a %1 number in %2, which cannot receive an SMS. Use a mobile number.")
                .arg(typeName(result.type), country));
    }

    std::string e164;
    util().Format(number, PhoneNumberUtil::E164, &e164);
    // libphonenumber's own limit on a national number is 17 digits; E.164's is 15 in all.
    if (e164.size() < 2 || e164.size() - 1 > static_cast<size_t>(kMaxE164Digits))
        return failure(NormalizeError::TooLong, tooLongMessage());
    result.e164 = QString::fromStdString(e164);
    std::string region;
    util().GetRegionCodeForNumber(number, &region);
    result.region = QString::fromStdString(region);
    if (result.type == NumberType::FixedLineOrMobile) {
        result.message = tr("In %1 a mobile number cannot be told from a landline by its digits. The number is "
                            "accepted; the provider refuses it if it is a landline.")
                             .arg(country);
    }
    return result;
}

// The normaliser itself (a free function: tr here is this file's, with the context the translations have).
NormalizeResult normalizeNumber(QStringView input, QStringView defaultRegion)
{
    const QStringView text = input.trimmed();
    if (text.isEmpty())
        return failure(NormalizeError::Empty, tr("Enter a phone number."));
    if (text.size() > kMaxInputLength)
        return failure(NormalizeError::TooLong, tooLongMessage());

    Digits typed;
    if (auto refused = readDigits(text, typed))
        return *refused;

    const std::string regionCode = regionCodeOf(defaultRegion);
    if (typed.plus) {
        if (typed.digits.size() > static_cast<size_t>(kMaxE164Digits))
            return failure(NormalizeError::TooLong, tooLongMessage());
        return parseAndCheck('+' + typed.digits, regionCode);
    }
    // Leave room for a national prefix and an international one ("011" + 15) before calling it too long.
    if (typed.digits.size() > static_cast<size_t>(kMaxE164Digits) + 3)
        return failure(NormalizeError::TooLong, tooLongMessage());

    // The region's own rules come first: libphonenumber knows its international prefixes (00 in most of the
    // world, 011 in the US, carrier codes in Brazil). "00" is so common a way to write "+" that it is taken
    // as one when the national reading fails.
    NormalizeResult national = parseAndCheck(typed.digits, regionCode);
    if (national.ok() || typed.digits.rfind("00", 0) != 0)
        return national;
    const std::string international = typed.digits.substr(2);
    if (international.size() > static_cast<size_t>(kMaxE164Digits))
        return failure(NormalizeError::TooLong, tooLongMessage());
    if (international.empty() || international.front() == '0')
        return national;
    return parseAndCheck('+' + international, regionCode);
}

} // namespace

class LibPhoneNumberPlugin : public QObject, public PhoneNumberBackend
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SMSOTP_PHONE_NUMBER_BACKEND_IID)
    Q_INTERFACES(smsotp::phone::PhoneNumberBackend)

public:
    NormalizeResult normalize(QStringView input, QStringView defaultRegion) const override
    {
        return normalizeNumber(input, defaultRegion);
    }

    QString formatAsYouType(QStringView input, QStringView region) const override
    {
        const std::unique_ptr<AsYouTypeFormatter> formatter(util().GetAsYouTypeFormatter(regionCodeOf(region)));
        std::string formatted;
        bool anything = false;
        qsizetype digits = 0;
        for (const QChar c : input) {
            if (isPlus(c) && !anything) {
                formatter->InputDigit('+', &formatted);
                anything = true;
            } else if (c.isDigit() && c.digitValue() >= 0 && c.digitValue() <= 9) {
                // Past any real number's length the formatter only echoes the digits; stop feeding it.
                if (++digits > kMaxInputLength)
                    break;
                formatter->InputDigit(static_cast<char32_t>('0' + c.digitValue()), &formatted);
                anything = true;
            }
        }
        return anything ? QString::fromStdString(formatted) : QString();
    }

    QStringList supportedRegions() const override
    {
        std::set<std::string> regions;
        util().GetSupportedRegions(&regions);
        QStringList list;
        list.reserve(static_cast<qsizetype>(regions.size()));
        for (const std::string& region : regions)
            list.append(QString::fromStdString(region));
        return list; // std::set keeps them sorted
    }

    int callingCode(QStringView region) const override
    {
        const std::string code = regionCodeOf(region);
        return code == "ZZ" ? 0 : util().GetCountryCodeForRegion(code);
    }

    QString regionOfTyped(QStringView input) const override
    {
        Digits read;
        if (input.size() > kMaxInputLength || readDigits(input.trimmed(), read))
            return {};
        std::string national = read.digits;
        if (!read.plus) {
            if (national.rfind("00", 0) != 0)
                return {};
            national.erase(0, 2);
        }
        // Country calling codes are prefix-free and one to three digits long: the first prefix that is one is it.
        for (std::size_t length = 1; length <= 3 && length <= national.size(); ++length) {
            const int code = std::stoi(national.substr(0, length));
            std::string region;
            util().GetRegionCodeForCountryCode(code, &region);
            if (region.empty() || region == "ZZ")
                continue;
            if (region == "001") // non-geographic (satellite, international networks): no country to select
                return {};
            PhoneNumber number;
            if (util().Parse("+" + national, "ZZ", &number) == PhoneNumberUtil::NO_PARSING_ERROR
                && util().IsValidNumber(number)) {
                std::string own;
                util().GetRegionCodeForNumber(number, &own);
                if (!own.empty() && own != "ZZ" && own != "001")
                    region = own;
            }
            return QString::fromStdString(region);
        }
        return {};
    }

    QString exampleMobileNumber(QStringView region) const override
    {
        const std::string code = regionCodeOf(region);
        PhoneNumber number;
        if (code == "ZZ" || !util().GetExampleNumberForType(code, PhoneNumberUtil::MOBILE, &number))
            return {};
        std::string e164;
        util().Format(number, PhoneNumberUtil::E164, &e164);
        return QString::fromStdString(e164);
    }
};

} // namespace smsotp::phone

#include "LibPhoneNumberPlugin.moc"
