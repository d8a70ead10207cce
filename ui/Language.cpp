#include "Language.h"

#include "i18n/Translations.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

namespace smsotp::ui {

namespace {

QString settingsKey()
{
    return QString::fromLatin1(kLanguageKey);
}

// The language's own name for itself, as language menus show it.
QString nativeName(const QString& code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name.isEmpty() ? code : name;
}

} // namespace

QStringList availableLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("de") };
}

QString chosenLanguage(const QSettings& settings)
{
    const QString value = settings.value(settingsKey()).toString().trimmed().toLower();
    return availableLanguages().contains(value) ? value : QString();
}

QString installTranslations(QCoreApplication& app, const QString& language)
{
    // English is the source text but for its plural forms; installed first, so a language's own forms win.
    i18n::installEnglishPluralForms(app);
    // The system's preferred languages in order, or the chosen one alone.
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // A system that prefers English (LANGUAGE=en:de) gets English, not its second choice.
    if (language == u"en" || (language.isEmpty() && locale.uiLanguages().value(0).startsWith(u"en")))
        return QStringLiteral("en");
    auto* own = new i18n::ConsoleTranslator(&app);
    // No translation for the language: the source text, English, stays.
    if (!own->loadFor(locale)) {
        delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);

    // Qt's own texts (standard buttons, the About Qt box): from qt6-translations-l10n where installed.
    auto* qt = new QTranslator(&app);
    if (qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return own->language().isEmpty() ? locale.name() : own->language();
}

QMenu* addLanguageMenu(QMenuBar& bar, QSettings& settings, QWidget* dialogParent)
{
    QMenu* menu = bar.addMenu(QCoreApplication::translate("smsotp::ui::Language", "&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(menu);
    group->setExclusive(true);

    const QString chosen = chosenLanguage(settings);
    QStringList codes { QString() };
    codes += availableLanguages();
    for (const QString& code : std::as_const(codes)) {
        const QString text = code.isEmpty() ? QCoreApplication::translate("smsotp::ui::Language", "System language")
                                            : nativeName(code);
        QAction* action = menu->addAction(text);
        action->setObjectName(
            code.isEmpty() ? QStringLiteral("languageSystemAction") : QStringLiteral("language_%1_Action").arg(code));
        action->setCheckable(true);
        action->setChecked(code == chosen);
        action->setData(code);
        group->addAction(action);
        if (code.isEmpty())
            menu->addSeparator();
    }
    menu->addSeparator();
    QAction* note = menu->addAction(QCoreApplication::translate("smsotp::ui::Language", "Applies after a restart"));
    note->setObjectName(QStringLiteral("languageRestartNote"));
    note->setEnabled(false);

    QObject::connect(group, &QActionGroup::triggered, menu, [&settings, dialogParent](QAction* action) {
        const QString code = action->data().toString();
        if (code == chosenLanguage(settings) && settings.contains(settingsKey()))
            return;
        settings.setValue(settingsKey(), code);
        settings.sync();
        // Window-modal and not waited on: the event loop goes on.
        auto* box
            = new QMessageBox(QMessageBox::Information, QCoreApplication::translate("smsotp::ui::Language", "Language"),
                QCoreApplication::translate(
                    "smsotp::ui::Language", "The language changes when SMS OTP Console starts again."),
                QMessageBox::Ok, dialogParent);
        box->setObjectName(QStringLiteral("languageRestartMessage"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    return menu;
}

} // namespace smsotp::ui
