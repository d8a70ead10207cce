#pragma once
// Random text for the template renderers' round-trip tests: made of the pieces that have broken JSON, form, XML
// and URL encodings somewhere, with control characters (NUL included) mixed in.

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace smsotp::testing {

inline QString randomValue(QRandomGenerator& rng)
{
    static const QStringList pieces = {
        QStringLiteral("\""),
        QStringLiteral("\\"),
        QStringLiteral("\\\""),
        QStringLiteral("\\u0041"),
        QStringLiteral("{{"),
        QStringLiteral("}}"),
        QStringLiteral("{{body}}"),
        QStringLiteral("{{mobile}}"),
        QStringLiteral("{{secret:apiKey}}"),
        QStringLiteral(" "),
        QStringLiteral("+"),
        QStringLiteral("&"),
        QStringLiteral("="),
        QStringLiteral("%"),
        QStringLiteral("%2B"),
        QStringLiteral("'"),
        QStringLiteral("/"),
        QStringLiteral("é"),
        QStringLiteral("Код"),
        QStringLiteral("漢字"),
        QString(QChar(0x2028)),
        QString(QChar(0x2029)),
        QString(QChar(0x7f)),
        QString(QChar(0xfeff)),
        QStringLiteral("\U0001F600"), // 😀: a surrogate pair
        QStringLiteral("\U0001F1EC\U0001F1E7"), // a flag: two pairs
        QStringLiteral("abc"),
        QStringLiteral("123456"),
        QStringLiteral("</script>"),
        QStringLiteral("<"),
        QStringLiteral(">"),
        QStringLiteral("]]>"),
        QStringLiteral("&amp;"),
        QStringLiteral("\r\n"),
        QStringLiteral("#"),
        QStringLiteral("?"),
    };
    QString value;
    const int count = rng.bounded(0, 12);
    for (int i = 0; i < count; ++i) {
        if (rng.bounded(0, 4) == 0)
            value += QChar(static_cast<char16_t>(rng.bounded(0, 0x20))); // a control character, NUL included
        else
            value += pieces.at(rng.bounded(0, static_cast<int>(pieces.size())));
    }
    return value;
}

} // namespace smsotp::testing

namespace smsotp::testing {

// The same without the characters XML 1.0 cannot carry in any form (controls other than tab, LF and CR).
inline QString randomXmlValue(QRandomGenerator& rng)
{
    QString value = randomValue(rng);
    value.removeIf([](QChar c) { return c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r'; });
    return value;
}

} // namespace smsotp::testing
