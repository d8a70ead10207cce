// smsotp-console: the GUI entry point. Wiring only.

#include "ConsoleContext.h"
#include "DatabaseErrorDialog.h"
#include "MainWindow.h"
#include "providers/HttpSender.h"
#include "storage/DataLocation.h"
#include "storage/Database.h"
#include "storage/SecretStore.h"

#include <QApplication>
#include <QNetworkAccessManager>
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

    QNetworkAccessManager network;
    smsotp::storage::SecretStore secrets(database->profileId());
    smsotp::providers::HttpSender http(network);
    smsotp::ui::ConsoleContext context { *database, secrets, http };

    smsotp::ui::MainWindow window(context, *settings, isDefault);
    window.show();
    return app.exec();
}
