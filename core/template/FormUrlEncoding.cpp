#include "FormUrlEncoding.h"

#include <QStringDecoder>

namespace smsotp::tmpl {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

namespace {

// The UTF-8 bytes with the characters keep() accepts as they are and every other byte as %XX; form: a space as '+'.
template<typename Keep> QByteArray percentEncoded(QStringView text, bool form, Keep keep)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char ch : utf8) {
        const auto byte = static_cast<unsigned char>(ch);
        if ((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || (byte >= '0' && byte <= '9')
            || keep(byte)) {
            out += ch;
        } else if (form && byte == ' ') {
            out += '+';
        } else {
            out += '%';
            out += hex[byte >> 4];
            out += hex[byte & 0xF];
        }
    }
    return out;
}

} // namespace

QByteArray formUrlEncode(QStringView text)
{
    return percentEncoded(text, true, [](unsigned char c) { return c == '*' || c == '-' || c == '.' || c == '_'; });
}

QByteArray percentEncodeComponent(QStringView value)
{
    return percentEncoded(value, false, [](unsigned char c) { return c == '-' || c == '.' || c == '_' || c == '~'; });
}

QByteArray formUrlEncodeFields(const QList<FormField>& fields)
{
    QByteArray out;
    for (const FormField& field : fields) {
        if (!out.isEmpty())
            out += '&';
        out += formUrlEncode(field.first);
        out += '=';
        out += formUrlEncode(field.second);
    }
    return out;
}

QString formUrlDecodeComponent(QByteArrayView component)
{
    QByteArray bytes;
    bytes.reserve(component.size());
    for (qsizetype i = 0; i < component.size(); ++i) {
        const char c = component.at(i);
        if (c == '+') {
            bytes += ' ';
        } else if (c == '%' && i + 2 < component.size() && hexValue(component.at(i + 1)) >= 0
            && hexValue(component.at(i + 2)) >= 0) {
            bytes += static_cast<char>(hexValue(component.at(i + 1)) * 16 + hexValue(component.at(i + 2)));
            i += 2;
        } else {
            bytes += c;
        }
    }
    // WHATWG's "UTF-8 decode without BOM": a leading U+FEFF is content; QString::fromUtf8 would drop it.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}

QList<FormField> formUrlDecode(QByteArrayView body)
{
    QList<FormField> fields;
    qsizetype pos = 0;
    while (pos <= body.size()) {
        qsizetype end = body.indexOf('&', pos);
        if (end < 0)
            end = body.size();
        const QByteArrayView piece = body.sliced(pos, end - pos);
        if (!piece.isEmpty()) {
            const qsizetype eq = piece.indexOf('=');
            if (eq < 0)
                fields.append({ formUrlDecodeComponent(piece), QString() });
            else
                fields.append(
                    { formUrlDecodeComponent(piece.first(eq)), formUrlDecodeComponent(piece.sliced(eq + 1)) });
        }
        pos = end + 1;
    }
    return fields;
}

} // namespace smsotp::tmpl
