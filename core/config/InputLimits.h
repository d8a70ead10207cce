#pragma once
// The most the console reads of an input it takes whole (SECURITY.md 31). A larger input is refused with a
// sentence that names the limit, before it is parsed: a file by its size before a byte is read, a stream after
// one byte over the limit.

#include <QByteArray>
#include <QString>

class QIODevice;

namespace smsotp::limits {

inline constexpr qint64 kTemplateBytes = 64 * 1024; // a payload template, from a file or the editor
inline constexpr qint64 kHeaderListBytes = 16 * 1024; // the header list of --headers-stdin
inline constexpr qint64 kInputLineBytes = 8 * 1024; // one line of standard input: a secret or a code
inline constexpr qint64 kConfigFileBytes = 1024 * 1024; // a configuration file to import
inline constexpr qint64 kCertificateFileBytes = 64 * 1024; // an app signing certificate (PEM or DER)
inline constexpr int kSmsTextCharacters = 1600; // the SMS text: ten GSM-7 parts is already far too long

// "WHAT is larger than LIMIT, the most the console reads." with the limit in bytes, KiB or MiB.
QString tooLarge(const QString& what, qint64 limit);

struct LimitedRead
{
    QByteArray data;
    QString error; // empty when data is the whole input
    bool ok() const { return error.isEmpty(); }
};

// The whole file, when it is no larger than limit; what names it in the sentences ("The template file x").
LimitedRead readFile(const QString& path, qint64 limit, const QString& what);
// The device up to its end, when that is no more than limit bytes (a pipe has no size to look at first).
LimitedRead readAll(QIODevice& device, qint64 limit, const QString& what);

} // namespace smsotp::limits
