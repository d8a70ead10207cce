#pragma once
// Test helper: finds files under folders whose bytes contain a given byte sequence (SECURITY.md 11).

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <QUrl>

inline QStringList filesContaining(const QStringList& roots, const QList<QByteArray>& needles)
{
    QStringList hits;
    for (const QString& root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            for (const QByteArray& needle : needles) {
                if (!needle.isEmpty() && bytes.contains(needle))
                    hits.append(file.fileName());
            }
        }
    }
    return hits;
}

// The ways a secret could be spelt in bytes where it leaked: raw UTF-8, base64 (also URL-safe), percent-encoded,
// UTF-16 (both byte orders) and JSON-escaped. Secrets sent in pairs (HTTP Basic) are passed as the pair too.
inline QList<QByteArray> spellingsOf(const QString& secret)
{
    QList<QByteArray> out;
    const QByteArray utf8 = secret.toUtf8();
    out.append(utf8);
    out.append(utf8.toBase64());
    out.append(utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    out.append(QUrl::toPercentEncoding(secret));
    QByteArray little;
    QByteArray big;
    for (QChar c : secret) {
        const char high = char(c.unicode() >> 8);
        const char low = char(c.unicode() & 0xff);
        little.append(low).append(high);
        big.append(high).append(low);
    }
    out.append(little);
    out.append(big);
    const QByteArray json = QJsonDocument(QJsonArray { secret }).toJson(QJsonDocument::Compact); // ["..."]
    out.append(json.mid(2, json.size() - 4));
    return out;
}
