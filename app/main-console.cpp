// smsotp-console: the GUI entry point. Wiring only.

#include "ConsoleContext.h"
#include "DatabaseErrorDialog.h"
#include "Language.h"
#include "MainWindow.h"
#include "perf/FirstPaintReporter.h"
#include "services/Services.h"
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
    QApplication::setDesktopFileName(QStringLiteral("org.example.smsotp_console"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main",
        "SMS OTP Console: configure, preview and "
        "prove SMS one-time-password authentication."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(smsotp::storage::dataDirOption());
    parser.process(app);

    const QString optionValue = parser.value(smsotp::storage::dataDirOption());
    const QString dataDir = smsotp::storage::resolveDataDir(optionValue);
    const bool isDefault = optionValue.isEmpty();
    // The interface language (Language menu, "ui/language" in the profile's settings), before the first window.
    smsotp::ui::installTranslations(app,
        smsotp::ui::chosenLanguage(isDefault
                ? QSettings()
                : QSettings(QDir(dataDir).filePath(QStringLiteral("console.ini")), QSettings::IniFormat)));

    std::unique_ptr<smsotp::storage::Database> database = smsotp::ui::openDatabaseInteractively(dataDir);
    if (!database)
        return 1;

    // UI state (geometry, last page) belongs to the profile when a data folder is chosen explicitly.
    std::unique_ptr<QSettings> settings = isDefault
        ? std::make_unique<QSettings>()
        : std::make_unique<QSettings>(QDir(dataDir).filePath(QStringLiteral("console.ini")), QSettings::IniFormat);

    smsotp::services::Services services(std::move(database));
    smsotp::ui::ConsoleContext context { services.database(), services.secrets(), services.http(), services.client(),
        services.engine(), services.sandbox() };

    smsotp::ui::MainWindow window(context, *settings, isDefault);
    smsotp::perf::reportFirstPaintIfAsked(&window); // SMSOTP_REPORT_FIRST_PAINT: for tests/bench
    window.show();
    // Nothing slow sits between start and the first paint: a fresh data folder is offered the setup wizard
    // (skippable, the sandbox stays active) once the window is on screen. The sandbox gateway starts on first use.
    smsotp::perf::afterFirstPaint(&window, [&window] { window.offerSetupWizard(); });
    return app.exec();
}
