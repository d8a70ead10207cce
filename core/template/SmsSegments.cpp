#include "SmsSegments.h"

#include <QHash>

namespace smsotp::tmpl {

namespace {

// GSM 03.38 basic character set, in table order, without the escape (0x1B). Only code points above
// U+007F are listed; printable ASCII is handled below (all of it except ` and the extension characters).
constexpr char16_t kBasicNonAscii[] = {
    0x00A3, 0x00A5, 0x00E8, 0x00E9, 0x00F9, 0x00EC, // £ ¥ è é ù ì
    0x00F2, 0x00C7, 0x00D8, 0x00F8, 0x00C5, 0x00E5, // ò Ç Ø ø Å å
    0x0394, 0x03A6, 0x0393, 0x039B, 0x03A9, 0x03A0, 0x03A8, 0x03A3, 0x0398, 0x039E, // Δ Φ Γ Λ Ω Π Ψ Σ Θ Ξ
    0x00C6, 0x00E6, 0x00DF, 0x00C9, 0x00A4, 0x00A1, 0x00C4, 0x00D6, 0x00D1, 0x00DC, // Æ æ ß É ¤ ¡ Ä Ö Ñ Ü
    0x00A7, 0x00BF, 0x00E4, 0x00F6, 0x00F1, 0x00FC, 0x00E0, // § ¿ ä ö ñ ü à
};

constexpr char16_t kExtension[] = { 0x000C, u'^', u'{', u'}', u'\\', u'[', u'~', u']', u'|', 0x20AC };

struct Replacement
{
    char32_t codePoint;
    const char16_t* text;
};

// Look-alikes that keep the meaning; accents fall back to the bare letter where GSM-7 lacks the accented one.
constexpr Replacement kReplacements[] = {
    { 0x0060, u"'" },
    { 0x00B4, u"'" },
    { 0x2018, u"'" },
    { 0x2019, u"'" },
    { 0x201A, u"'" },
    { 0x201B, u"'" },
    { 0x2032, u"'" },
    { 0x2039, u"'" },
    { 0x203A, u"'" },
    { 0x201C, u"\"" },
    { 0x201D, u"\"" },
    { 0x201E, u"\"" },
    { 0x201F, u"\"" },
    { 0x2033, u"\"" },
    { 0x00AB, u"\"" },
    { 0x00BB, u"\"" },
    { 0x2010, u"-" },
    { 0x2011, u"-" },
    { 0x2012, u"-" },
    { 0x2013, u"-" },
    { 0x2014, u"-" },
    { 0x2015, u"-" },
    { 0x2212, u"-" },
    { 0x00AD, u"" },
    { 0x2026, u"..." },
    { 0x2022, u"-" },
    { 0x00B7, u"." },
    { 0x0009, u" " },
    { 0x00A0, u" " },
    { 0x2000, u" " },
    { 0x2001, u" " },
    { 0x2002, u" " },
    { 0x2003, u" " },
    { 0x2004, u" " },
    { 0x2005, u" " },
    { 0x2006, u" " },
    { 0x2007, u" " },
    { 0x2008, u" " },
    { 0x2009, u" " },
    { 0x200A, u" " },
    { 0x202F, u" " },
    { 0x205F, u" " },
    { 0x3000, u" " },
    { 0x200B, u"" },
    { 0x200C, u"" },
    { 0x200D, u"" },
    { 0x2060, u"" },
    { 0xFEFF, u"" },
    { 0x00E1, u"a" },
    { 0x00E2, u"a" },
    { 0x00E3, u"a" },
    { 0x00C0, u"A" },
    { 0x00C1, u"A" },
    { 0x00C2, u"A" },
    { 0x00C3, u"A" },
    { 0x00E7, u"\u00C7" },
    { 0x00EA, u"e" },
    { 0x00EB, u"e" },
    { 0x00C8, u"E" },
    { 0x00CA, u"E" },
    { 0x00CB, u"E" },
    { 0x00ED, u"i" },
    { 0x00EE, u"i" },
    { 0x00EF, u"i" },
    { 0x00CC, u"I" },
    { 0x00CD, u"I" },
    { 0x00CE, u"I" },
    { 0x00CF, u"I" },
    { 0x00F3, u"o" },
    { 0x00F4, u"o" },
    { 0x00F5, u"o" },
    { 0x00D2, u"O" },
    { 0x00D3, u"O" },
    { 0x00D4, u"O" },
    { 0x00D5, u"O" },
    { 0x00FA, u"u" },
    { 0x00FB, u"u" },
    { 0x00D9, u"U" },
    { 0x00DA, u"U" },
    { 0x00DB, u"U" },
    { 0x00FD, u"y" },
    { 0x00FF, u"y" },
    { 0x00DD, u"Y" },
    { 0x0153, u"oe" },
    { 0x0152, u"OE" },
};

struct CodePoint
{
    char32_t value;
    qsizetype offset;
    int utf16Units;
};

// Walks text by code point; a lone surrogate is a code point of its own (one unit).
template<typename Fn> void forEachCodePoint(QStringView text, Fn&& fn)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            fn(CodePoint { QChar::surrogateToUcs4(c, text.at(i + 1)), i, 2 });
            ++i;
        } else {
            fn(CodePoint { c.unicode(), i, 1 });
        }
    }
}

} // namespace

int gsm7Septets(char32_t codePoint)
{
    for (const char16_t extension : kExtension) {
        if (codePoint == extension)
            return 2;
    }
    if (codePoint == u'\n' || codePoint == u'\r')
        return 1;
    if (codePoint >= 0x20 && codePoint < 0x7f)
        return codePoint == u'`' ? 0 : 1;
    for (const char16_t basic : kBasicNonAscii) {
        if (codePoint == basic)
            return 1;
    }
    return 0;
}

bool isGsm7(QStringView text)
{
    bool all = true;
    forEachCodePoint(text, [&all](const CodePoint& cp) { all = all && gsm7Septets(cp.value) > 0; });
    return all;
}

std::optional<QString> gsm7Replacement(char32_t codePoint)
{
    for (const Replacement& replacement : kReplacements) {
        if (replacement.codePoint == codePoint)
            return QString::fromUtf16(replacement.text);
    }
    return std::nullopt;
}

QString withGsm7Replacements(QStringView text)
{
    QString out;
    out.reserve(text.size());
    forEachCodePoint(text, [&](const CodePoint& cp) {
        const std::optional<QString> replacement = gsm7Septets(cp.value) > 0 ? std::nullopt : gsm7Replacement(cp.value);
        if (replacement)
            out += *replacement;
        else
            out += text.mid(cp.offset, cp.utf16Units);
    });
    return out;
}

SmsSegments countSmsSegments(QStringView text)
{
    SmsSegments result;
    QList<int> widths; // units of each code point in the chosen encoding
    widths.reserve(text.size());
    QHash<char32_t, qsizetype> ucs2Index;
    qsizetype septets = 0;
    forEachCodePoint(text, [&](const CodePoint& cp) {
        ++result.characters;
        const int septetsHere = gsm7Septets(cp.value);
        septets += septetsHere;
        if (septetsHere == 0) {
            const auto found = ucs2Index.constFind(cp.value);
            if (found == ucs2Index.cend()) {
                ucs2Index.insert(cp.value, result.ucs2Characters.size());
                result.ucs2Characters.append(
                    { text.mid(cp.offset, cp.utf16Units).toString(), cp.offset, 1, gsm7Replacement(cp.value) });
            } else {
                ++result.ucs2Characters[*found].occurrences;
            }
        }
        widths.append(septetsHere);
    });

    int single = kGsm7SingleUnits;
    int perPart = kGsm7PartUnits;
    if (!result.ucs2Characters.isEmpty()) {
        result.encoding = SmsEncoding::Ucs2;
        single = kUcs2SingleUnits;
        perPart = kUcs2PartUnits;
        widths.clear();
        forEachCodePoint(text, [&widths](const CodePoint& cp) { widths.append(cp.utf16Units); });
        result.units = text.size();
    } else {
        result.units = septets;
    }

    if (result.units <= single) {
        result.parts = result.units > 0 ? 1 : 0;
        result.unitsPerPart = single;
        result.remainingInLastPart = single - static_cast<int>(result.units);
        return result;
    }
    int parts = 1;
    int used = 0;
    for (const int width : widths) {
        if (used + width > perPart) {
            ++parts;
            used = 0;
        }
        used += width;
    }
    result.parts = parts;
    result.unitsPerPart = perPart;
    result.remainingInLastPart = perPart - used;
    return result;
}

} // namespace smsotp::tmpl
