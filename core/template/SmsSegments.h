#pragma once
// How many SMS a text costs: GSM-7 or UCS-2, units, parts, and the characters that force UCS-2.

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace smsotp::tmpl {

enum class SmsEncoding
{
    Gsm7,
    Ucs2
};

// GSM 03.38: one SMS carries 160 septets; a concatenated part loses 7 to its header and carries 153.
// UCS-2 carries 70 UTF-16 units, 67 per concatenated part.
inline constexpr int kGsm7SingleUnits = 160;
inline constexpr int kGsm7PartUnits = 153;
inline constexpr int kUcs2SingleUnits = 70;
inline constexpr int kUcs2PartUnits = 67;

// A character that is not in GSM-7 (basic or extension table) and so makes the whole message UCS-2.
struct Ucs2Character
{
    QString character; // one code point: two UTF-16 units outside the BMP
    qsizetype firstOffset = 0; // UTF-16 offset of its first occurrence
    int occurrences = 0;
    // The GSM-7 text that can stand in for it (’ -> ', “ -> ", – -> -, … -> ..., a no-break space -> space;
    // may be empty: a zero-width space is simply dropped). No value when nothing fits.
    std::optional<QString> replacement;
};

struct SmsSegments
{
    SmsEncoding encoding = SmsEncoding::Gsm7;
    qsizetype characters = 0; // code points, as people count them
    qsizetype units = 0; // septets for GSM-7 (extension characters take two), UTF-16 units for UCS-2
    int parts = 0; // SMS billed; 0 for an empty text
    int unitsPerPart = kGsm7SingleUnits; // the limit in use: 160, 153, 70 or 67
    int remainingInLastPart = kGsm7SingleUnits; // units that still fit before another part is needed
    QList<Ucs2Character> ucs2Characters; // in order of first occurrence; empty for GSM-7

    bool isConcatenated() const { return parts > 1; }
};

// Counts like a handset: when a text needs several parts, a character that takes two units (a GSM-7
// extension character's escape pair, a UTF-16 surrogate pair) is never split across two parts, so a
// part may carry one unit less than the limit.
SmsSegments countSmsSegments(QStringView text);

// Septets a code point takes in GSM-7: 1 for the basic table, 2 for the extension table
// (form feed ^ { } \ [ ~ ] | €), 0 when GSM-7 cannot carry it.
int gsm7Septets(char32_t codePoint);

bool isGsm7(QStringView text);

// The suggested stand-in for a character outside GSM-7 (see Ucs2Character::replacement).
std::optional<QString> gsm7Replacement(char32_t codePoint);

// The text with every suggested replacement applied; characters with no stand-in are kept.
QString withGsm7Replacements(QStringView text);

} // namespace smsotp::tmpl
