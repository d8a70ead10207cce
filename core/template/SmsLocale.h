#pragma once
// The locales SMS texts are written for: WSO2's form language_COUNTRY (en_US, de_DE, pt_BR), one of them the default.

#include <QList>
#include <QString>
#include <QStringView>

namespace smsotp::tmpl {

// The locale of WSO2's own SMS OTP template, and the console's default until another is chosen.
inline constexpr QStringView kDefaultSmsLocale = u"en_US";

struct SmsLocaleName
{
    QString name; // normalized: en_US (en-US and en_us are taken too)
    QString error; // for people; empty when the name is a known locale
    bool ok() const { return error.isEmpty(); }
};

// A language and a country that exist together (CLDR, through QLocale): "de_DE", "pt_BR", "en_IN". Anything else,
// a language alone, or a country the language is not written in (de_XX) is refused with the reason.
SmsLocaleName parseSmsLocale(const QString& input);

struct LocalizedSmsText
{
    QString locale;
    QString text;
    bool operator==(const LocalizedSmsText&) const = default;
};

// Every SMS text the console has: the default locale's first, then the others by name. The default locale always has
// a text (WSO2's default wording until one is written).
struct SmsTexts
{
    QString defaultLocale = kDefaultSmsLocale.toString();
    QList<LocalizedSmsText> texts;

    // The text of a locale; none when the console has no text for it.
    const LocalizedSmsText* find(const QString& locale) const;
    const QString& defaultText() const;
    QStringList locales() const;
    bool operator==(const SmsTexts&) const = default;
};

} // namespace smsotp::tmpl
