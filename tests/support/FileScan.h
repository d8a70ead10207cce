#pragma once
// Test helper: finds files under folders whose bytes contain a given byte sequence (SECURITY.md 11).

#include <QDirIterator>
#include <QFile>
#include <QStringList>

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
