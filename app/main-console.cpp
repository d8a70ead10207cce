// smsotp-console: the GUI entry point. Wiring only.

#include "MainWindow.h"
#include "DatabaseErrorDialog.h"
#include "storage/DataLocation.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QSettings>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    smsotp::storage::applyApplicationIdentity();
    QApplication::setApplicationDisplayName(QApplication::translate("main", "SMS OTP Console"));
    QApplication::setDesktopFileName(QStringLiteral("smsotp-console"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "SMS OTP Console: configure, preview and "
                                                                     "prove SMS one-time-password authentication."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(smsotp::storage::dataDirOption());
    parser.process(app);

    const QString optionValue = parser.value(smsotp::storage::dataDirOption());
    const QString dataDir = smsotp::storage::resolveDataDir(optionValue);
    const bool isDefault = optionValue.isEmpty();

    std::unique_ptr<smsotp::storage::Database> database = smsotp::ui::openDatabaseInteractively(dataDir);
    if (!database)
        return 1;

    // UI state (geometry, last page) belongs to the profile when a data folder is chosen explicitly.
    std::unique_ptr<QSettings> settings = isDefault
        ? std::make_unique<QSettings>()
        : std::make_unique<QSettings>(QDir(dataDir).filePath(QStringLiteral("console.ini")), QSettings::IniFormat);

    smsotp::ui::MainWindow window(*database, *settings, isDefault);
    window.show();
    return app.exec();
}
