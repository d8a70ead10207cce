#include "PluginLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QPluginLoader>

namespace smsotp::plugins {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("smsotp::plugins", text);
}

bool isInside(const QString& path, const QString& folder)
{
    const QString root = QDir::cleanPath(folder);
    return path == root || path.startsWith(root + u'/');
}

// The running program's folder; without an application object (a libFuzzer target's main), the executable the
// system names.
QString programDir()
{
    if (QCoreApplication::instance())
        return QCoreApplication::applicationDirPath();
    const QFileInfo self(QStringLiteral("/proc/self/exe"));
    return self.exists() ? QFileInfo(self.canonicalFilePath()).absolutePath() : QString();
}

} // namespace

QStringList searchPaths(const QString& programDir)
{
    const QString dir = QDir::cleanPath(programDir);
    if (isInside(dir, QStringLiteral(SMSOTP_BUILD_DIR)))
        return { QStringLiteral(SMSOTP_PLUGIN_BUILD_DIR) };
    return { QDir::cleanPath(dir + u'/' + QStringLiteral(SMSOTP_PLUGIN_DIR_FROM_BIN)),
        QStringLiteral(SMSOTP_PLUGIN_INSTALL_DIR) };
}

LoadResult load(const QString& baseName, const char* iid)
{
    const QStringList paths = searchPaths(programDir());
    QString file;
    for (const QString& path : paths) {
        for (const QString& suffix : { QStringLiteral(".so"), QStringLiteral(".dll"), QStringLiteral(".dylib") }) {
            const QString candidate = QDir(path).filePath(baseName + suffix);
            if (QFileInfo::exists(candidate) && QLibrary::isLibrary(candidate)) {
                file = candidate;
                break;
            }
        }
        if (!file.isEmpty())
            break;
    }
    if (file.isEmpty())
        return { nullptr,
            tr("The plugin %1 is not installed (looked in %2).").arg(baseName, paths.join(QStringLiteral(", "))) };

    QPluginLoader loader(file);
    if (loader.metaData().value(QStringLiteral("IID")).toString() != QLatin1String(iid))
        return { nullptr, tr("%1 is not the plugin this program expects (another version?).").arg(file) };
    QObject* instance = loader.instance();
    if (!instance)
        return { nullptr, tr("The plugin %1 could not be loaded: %2").arg(file, loader.errorString()) };
    return { instance, {} };
}

} // namespace smsotp::plugins
