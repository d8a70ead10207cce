#include "JsonString.h"

namespace smsotp::tmpl {

namespace {

void appendUnicodeEscape(QString& out, char16_t unit)
{
    static constexpr char16_t hex[] = u"0123456789abcdef";
    out += u"\\u";
    out += QChar(hex[(unit >> 12) & 0xf]);
    out += QChar(hex[(unit >> 8) & 0xf]);
    out += QChar(hex[(unit >> 4) & 0xf]);
    out += QChar(hex[unit & 0xf]);
}

} // namespace

QString jsonEscaped(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8 + 2);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        switch (u) {
        case u'"':
            out += u"\\\"";
            continue;
        case u'\\':
            out += u"\\\\";
            continue;
        case u'\b':
            out += u"\\b";
            continue;
        case u'\f':
            out += u"\\f";
            continue;
        case u'\n':
            out += u"\\n";
            continue;
        case u'\r':
            out += u"\\r";
            continue;
        case u'\t':
            out += u"\\t";
            continue;
        default:
            break;
        }
        if (u < 0x20 || u == 0x7f || u == 0x2028 || u == 0x2029 || u == 0xfeff) {
            appendUnicodeEscape(out, u);
        } else if (QChar::isHighSurrogate(u) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += text.at(i);
            out += text.at(i + 1);
            ++i;
        } else if (QChar::isSurrogate(u)) {
            appendUnicodeEscape(out, u);
        } else {
            out += QChar(u);
        }
    }
    return out;
}

QString jsonQuoted(QStringView text)
{
    return u'"' + jsonEscaped(text) + u'"';
}

} // namespace smsotp::tmpl
