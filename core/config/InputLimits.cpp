#include "InputLimits.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace smsotp::limits {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("smsotp::limits", text);
}

QString sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return tr("%1 MiB").arg(bytes / (1024 * 1024));
    if (bytes >= 1024 && bytes % 1024 == 0)
        return tr("%1 KiB").arg(bytes / 1024);
    return tr("%1 bytes").arg(bytes);
}

} // namespace

QString tooLarge(const QString& what, qint64 limit)
{
    return tr("%1 is larger than %2, the most the console reads.").arg(what, sizeText(limit));
}

LimitedRead readFile(const QString& path, qint64 limit, const QString& what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return { {}, tr("Cannot read %1: %2").arg(path, file.errorString()) };
    // A regular file says its size; anything else (a FIFO, /dev/stdin) is read up to the limit.
    if (QFileInfo(file).isFile() && file.size() > limit)
        return { {}, tooLarge(what, limit) };
    return readAll(file, limit, what);
}

LimitedRead readAll(QIODevice& device, qint64 limit, const QString& what)
{
    QByteArray data = device.read(limit + 1);
    if (data.size() > limit)
        return { {}, tooLarge(what, limit) };
    return { std::move(data), {} };
}

} // namespace smsotp::limits
