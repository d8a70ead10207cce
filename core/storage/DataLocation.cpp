#include "DataLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace smsotp::storage {

void applyApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("smsotp"));
    QCoreApplication::setApplicationName(QStringLiteral("smsotp-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMSOTP_VERSION));
}

QCommandLineOption dataDirOption()
{
    return QCommandLineOption(QStringLiteral("data-dir"),
        QCoreApplication::translate("smsotp::storage", "Keep the database in DIR instead of the default folder."),
        QStringLiteral("DIR"));
}

QString defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString resolveDataDir(const QString& optionValue)
{
    if (optionValue.isEmpty())
        return defaultDataDir();
    return QDir::cleanPath(QDir::current().absoluteFilePath(optionValue));
}

} // namespace smsotp::storage
