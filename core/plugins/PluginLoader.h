#pragma once
// The console's own plugins: code with heavy libraries behind it (libphonenumber with protobuf, Qt Charts) that a
// session may never need, loaded with QPluginLoader the first time it is needed instead of at start.
//
// Where they are: a program in the build tree loads the build tree's (build/<preset>/plugins); an installed one
// the installed ones, found from its own folder (bin/../<libdir>/smsotp, so a moved installation still works) or,
// failing that, at the installation's absolute path. Never both: an installed program does not pick up a build.

#include <QObject>
#include <QString>
#include <QStringList>

namespace smsotp::plugins {

struct LoadResult
{
    QObject* instance = nullptr; // the plugin's root object, alive until the program ends; null on failure
    QString error; // for people: which file, and why it did not load
};

// The folders searched for a plugin, in order, for the running program (programDir: its folder).
QStringList searchPaths(const QString& programDir);

// Loads the plugin file named baseName ("smsotp_phonenumber") from the first search path that has it, and checks
// that it provides iid.
LoadResult load(const QString& baseName, const char* iid);

} // namespace smsotp::plugins
