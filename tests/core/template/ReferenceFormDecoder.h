#pragma once
// An independent application/x-www-form-urlencoded parser for tests, written from the WHATWG URL standard
// (section 5.1) and sharing no code with core, so an encoder bug cannot hide behind a matching decoder bug.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringDecoder>

namespace smsotp::testing {

inline QString referencePercentDecode(QByteArray bytes)
{
    bytes.replace('+', ' ');
    QByteArray out;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto isHex
            = [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); };
        if (bytes[i] == '%' && i + 2 < bytes.size() && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
            out += static_cast<char>(bytes.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else {
            out += bytes[i];
        }
    }
    // Not QString::fromUtf8, which drops a leading byte order mark that is part of the value.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(out);
}

inline QList<QPair<QString, QString>> referenceFormDecode(const QByteArray& body)
{
    QList<QPair<QString, QString>> out;
    for (const QByteArray& piece : body.split('&')) {
        if (piece.isEmpty())
            continue;
        const qsizetype eq = piece.indexOf('=');
        const QByteArray name = eq < 0 ? piece : piece.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : piece.mid(eq + 1);
        out.append({ referencePercentDecode(name), referencePercentDecode(value) });
    }
    return out;
}

// The value of the first field with that name, or a null string.
inline QString referenceFormValue(const QByteArray& body, const QString& name)
{
    for (const auto& field : referenceFormDecode(body)) {
        if (field.first == name)
            return field.second;
    }
    return {};
}

} // namespace smsotp::testing
