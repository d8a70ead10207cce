#pragma once
// JSON string escaping that any JSON parser, and a JavaScript one, decodes back to the exact input.

#include <QString>
#include <QStringView>

namespace smsotp::tmpl {

// The text as the inside of a JSON string literal, without the quotes: `"` and `\` escaped, control
// characters below U+0020 as the short escapes or \u00XX, U+2028 and U+2029 as \u2028 and \u2029 (valid JSON
// but line ends for older JavaScript), DEL as \u007f, U+FEFF as \ufeff (Qt's own JSON parser drops a raw one, and
// it is invisible in a preview), and a lone surrogate as its \uXXXX escape so it is not
// silently replaced. Everything else stays as it is.
QString jsonEscaped(QStringView text);

// The same between double quotes: a complete JSON string literal.
QString jsonQuoted(QStringView text);

} // namespace smsotp::tmpl
