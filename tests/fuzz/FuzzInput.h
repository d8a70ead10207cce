#pragma once
// What the fuzz targets share: reading one fuzzer input as several arguments, and a check that NDEBUG keeps.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <cstdio>
#include <cstdlib>

// A broken invariant must crash the target so libFuzzer keeps the input; assert() is gone in release builds.
#define SMSOTP_FUZZ_CHECK(condition)                                                                                   \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);                   \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

namespace smsotp::fuzz {

// Arguments are separated by the byte 0xFF, which UTF-8 never uses, so any text survives as it is and a seed
// can be written with printf. The last argument takes the rest (0xFF included); missing ones are empty.
inline QList<QByteArrayView> splitArguments(QByteArrayView data, qsizetype count)
{
    QList<QByteArrayView> arguments;
    while (arguments.size() + 1 < count) {
        const qsizetype separator = data.indexOf('\xff');
        if (separator < 0)
            break;
        arguments.append(data.first(separator));
        data = data.sliced(separator + 1);
    }
    arguments.append(data);
    while (arguments.size() < count)
        arguments.append(QByteArrayView());
    return arguments;
}

// UTF-8 reaches every text a user can type; raw UTF-16 also reaches lone surrogates, which a paste can hold.
inline QString textOf(QByteArrayView bytes, bool utf16)
{
    if (!utf16)
        return QString::fromUtf8(bytes);
    QString text;
    text.reserve(bytes.size() / 2);
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
        text += QChar(static_cast<char16_t>(
            static_cast<unsigned char>(bytes.at(i)) | (static_cast<unsigned char>(bytes.at(i + 1)) << 8)));
    return text;
}

// "<status>\n<rest>": a provider's answer as a seed file shows it. A first line that is not a number gives 0,
// the status of "no HTTP answer".
struct StatusLine
{
    int status = 0;
    QByteArrayView rest;
};

inline StatusLine readStatusLine(QByteArrayView data)
{
    StatusLine line;
    const qsizetype end = data.indexOf('\n');
    const QByteArrayView first = end < 0 ? data : data.first(end);
    line.rest = end < 0 ? QByteArrayView() : data.sliced(end + 1);
    int status = 0;
    for (const char c : first) {
        if (c < '0' || c > '9' || status > 99999)
            break;
        status = status * 10 + (c - '0');
    }
    line.status = status;
    return line;
}

// Cuts a view at the first line break: the rest of the input holds the next argument.
inline QByteArrayView takeLine(QByteArrayView& data)
{
    const qsizetype end = data.indexOf('\n');
    if (end < 0) {
        const QByteArrayView all = data;
        data = QByteArrayView();
        return all;
    }
    const QByteArrayView line = data.first(end);
    data = data.sliced(end + 1);
    return line;
}

} // namespace smsotp::fuzz
