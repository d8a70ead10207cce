#pragma once
// The interface language: the setting "ui/language" ("" = the system's, "en", "de"), the translators that
// follow it, and the Language menu that changes it (applies at the next start).

#include <QString>
#include <QStringList>

class QCoreApplication;
class QMenu;
class QMenuBar;
class QSettings;
class QWidget;

namespace smsotp::ui {

// The QSettings key of the chosen language; an empty or missing value means the system's language.
inline constexpr char kLanguageKey[] = "ui/language";

// The languages the console is translated into, as codes ("en" first: the language of the source).
QStringList availableLanguages();

// The chosen language of these settings: "" (the system's) or one of availableLanguages().
QString chosenLanguage(const QSettings& settings);

// Installs into app the translators for language ("" = the system's): the English plural forms (always), the
// console's own (embedded, :/i18n/smsotp_<lang>.qm) and Qt's qtbase when installed. Returns the language in
// effect ("en" when none).
QString installTranslations(QCoreApplication& app, const QString& language);

// Adds the Language menu to bar: the system's language and each translation, the chosen one checked.
// A choice is written to settings at once and takes effect when the console starts again (it says so).
QMenu* addLanguageMenu(QMenuBar& bar, QSettings& settings, QWidget* dialogParent);

} // namespace smsotp::ui
