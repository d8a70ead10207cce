#pragma once
// Where the console keeps its data: the platform's app-data folder, or the folder given by --data-dir.

#include <QCommandLineOption>
#include <QString>

namespace smsotp::storage {

// Sets the application and organisation names both programs share, so the GUI and the CLI resolve the
// same default data folder and keychain.
void applyApplicationIdentity();

// The --data-dir option, shared by the console and the CLI so both read the same folder.
QCommandLineOption dataDirOption();

// The platform's app-data folder for this application (needs the application name set).
QString defaultDataDir();

// The folder to use: the option's value made absolute, or the default.
QString resolveDataDir(const QString& optionValue);

} // namespace smsotp::storage
