#pragma once
// Phone numbers as a provider needs them: typed input to E.164, masking for history, formatting as you type.

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace smsotp::phone {

enum class NormalizeError
{
    None,
    Empty, // nothing but spaces
    NotANumber, // letters or other characters a phone number does not hold, or no digit at all
    InvalidCountryCode, // "+" or "00" followed by no country calling code in use, or no "+" and no country chosen
    TooShort, // fewer digits than any number of that country
    TooLong, // more digits than any number of that country, or more than the 15 of E.164
    InvalidNumber, // the right length perhaps, but not a number in use (unallocated, reserved for drama)
    NotMobile, // a number that cannot take an SMS: fixed line, toll-free, premium rate, shared cost, UAN, voicemail
    Unavailable, // the libphonenumber plugin is missing or did not load (unavailableReason() says why)
};

// How libphonenumber classifies a valid number. In the US, Canada and some other countries a number cannot be
// told to be a mobile from its digits, so FixedLineOrMobile is accepted: the provider refuses it if it is a
// landline (Twilio 21614).
enum class NumberType
{
    Unknown,
    Mobile,
    FixedLineOrMobile,
    FixedLine,
    TollFree,
    PremiumRate,
    SharedCost,
    Voip,
    PersonalNumber,
    Pager,
    Uan,
    Voicemail,
};

struct NormalizeResult
{
    QString e164; // "+447400123456": '+', country code, subscriber number, at most 15 digits; empty unless ok()
    NormalizeError error = NormalizeError::None;
    NumberType type = NumberType::Unknown;
    QString region; // the number's own region ("GB"), which may differ from the default region; empty unless ok()
    // For people: why the number was refused; for an accepted FixedLineOrMobile number, that it may be a
    // landline; empty otherwise.
    QString message;

    bool ok() const { return error == NormalizeError::None; }
};

// Typed text to E.164. Takes national formats ("07400 123456" with region GB), spaces, dashes, dots, slashes,
// parentheses, and a leading "+" or "00" international prefix (the region's own prefix, "011" for US, works
// too). Letters are refused, vanity numbers and extensions included: an OTP goes to a mobile. defaultRegion is
// an ISO 3166 code ("GB"); when empty, only numbers written with "+" or "00" are accepted.
// Accepted types: Mobile, FixedLineOrMobile, Voip, PersonalNumber, Pager (they may take an SMS);
// refused with NotMobile: FixedLine, TollFree, PremiumRate, SharedCost, Uan, Voicemail.
// Only numbers libphonenumber knows to be valid pass, so fictional ranges (Ofcom's 07700 900xxx) are refused.
NormalizeResult normalize(QStringView input, QStringView defaultRegion);

// For history and logs: the '+' kept, every digit but the last four replaced by '•', nothing else kept:
// "+447400123456" -> "+••••••••3456". The length stays visible (it helps tell numbers apart, and E.164 makes
// it public knowledge per country). A text with fewer than 7 digits, shorter than any E.164 number, is masked
// whole, so a mistyped fragment is never shown in full.
QString mask(QStringView e164);

// The number as the user types it, formatted the way that region writes numbers: "0740012" -> "07400 12".
// Only digits and a leading '+' are read; everything else the user typed is dropped and put back by the
// formatter. region decides national formats; an empty or unknown one formats only "+" numbers.
QString formatAsYouType(QStringView input, QStringView region);

// The region code of a locale ("en_GB" -> "GB") when libphonenumber knows it, else empty (the C locale,
// or a locale without a territory).
QString regionForLocale(const QLocale& locale);

// Every region libphonenumber has metadata for, as ISO 3166 codes sorted alphabetically.
QStringList supportedRegions();

// The country calling code of a region (44 for GB, 1 for US), 0 when the region is unknown.
int callingCode(QStringView region);

// The region's name in English as Qt knows it ("United Kingdom"), or the code itself when Qt does not.
QString displayCountry(QStringView region);

// For a country selector: "United Kingdom (+44)".
QString regionLabel(QStringView region);

// The region a number typed in international form belongs to, as far as its digits tell: the number's own region
// once it is complete and valid ("+1 416 555 0123" -> "CA"), before that the main region of its country calling
// code ("+44" -> "GB", "+49 1" -> "DE", "+1" -> "US"). Empty while no calling code can be read (no leading "+" or
// "00", or not enough digits yet). For a country selector that follows the number.
QString regionOfTyped(QStringView input);

// libphonenumber's example mobile number of a region, in E.164 ("GB" -> "+447400123456"): a valid number, for
// placeholders. Empty for an unknown region or one without mobile numbers.
QString exampleMobileNumber(QStringView region);

// Short words for people, for messages and the UI ("mobile", "fixed line").
QString typeName(NumberType type);

// Everything above that needs libphonenumber's metadata comes from a plugin loaded on first use (PhoneNumber.cpp).
// This loads it too if it is not loaded yet: empty when it is there, otherwise why it is missing. Without it,
// normalize() refuses every number with that reason (Unavailable), formatAsYouType() gives the input back, and the
// region functions know no region.
QString unavailableReason();

} // namespace smsotp::phone
