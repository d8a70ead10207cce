#include "Language.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

namespace smsotp::ui {

namespace {

const QString kTranslationsDir = QStringLiteral(":/i18n");
const QString kFilePrefix = QStringLiteral("smsotp");

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

// The context names of a .qm file: the context tags (7) of its messages block (0x69). Sections are a tag byte
// and a big-endian 32-bit length; in a message, tags 2..4 and 6..8 carry a length and data, 1 ends it.
QList<QByteArray> contextsOf(const QByteArray& qm)
{
    QList<QByteArray> contexts;
    const auto read32 = [&qm](qsizetype at) {
        return (quint32(uchar(qm.at(at))) << 24) | (quint32(uchar(qm.at(at + 1))) << 16)
            | (quint32(uchar(qm.at(at + 2))) << 8) | quint32(uchar(qm.at(at + 3)));
    };
    qsizetype pos = 16; // the magic number
    while (pos + 5 <= qm.size()) {
        const uchar section = uchar(qm.at(pos));
        const qsizetype length = read32(pos + 1);
        const qsizetype start = pos + 5;
        const qsizetype end = start + length;
        if (end > qm.size())
            break;
        if (section == 0x69) {
            qsizetype at = start;
            while (at < end) {
                const uchar tag = uchar(qm.at(at++));
                if (tag == 1)
                    continue;
                if (tag < 2 || tag > 8 || tag == 5 || at + 4 > end)
                    break;
                const qsizetype size = read32(at);
                at += 4;
                if (at + size > end)
                    break;
                if (tag == 7) {
                    const QByteArray context = qm.mid(at, size);
                    if (!contexts.contains(context))
                        contexts.append(context);
                }
                at += size;
            }
        }
        pos = end;
    }
    return contexts;
}

// Some of core's sources translate through a file-local tr() with a context of its own, which lupdate cannot
// see: it files those strings under the enclosing namespace or class. A miss in the asked context is therefore
// looked up in the file's other contexts, so such a string is translated wherever lupdate filed it.
class ConsoleTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    bool loadFor(const QLocale& locale)
    {
        if (!load(locale, kFilePrefix, QStringLiteral("_"), kTranslationsDir))
            return false;
        QFile file(filePath());
        if (file.open(QIODevice::ReadOnly))
            m_contexts = contextsOf(file.readAll());
        return true;
    }

    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override
    {
        QString found = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!found.isEmpty())
            return found;
        for (const QByteArray& other : m_contexts) {
            if (context && other == context)
                continue;
            found = QTranslator::translate(other.constData(), sourceText, disambiguation, n);
            if (!found.isEmpty())
                return found;
        }
        return {};
    }

private:
    QList<QByteArray> m_contexts;
};

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
    // The system's preferred languages in order, or the chosen one alone.
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // A system that prefers English (LANGUAGE=en:de) gets English, not its second choice.
    if (language == u"en" || (language.isEmpty() && locale.uiLanguages().value(0).startsWith(u"en")))
        return QStringLiteral("en");
    auto* own = new ConsoleTranslator(&app);
    // No translation for the language: the source text, English, stays.
    if (!own->loadFor(locale)) {
        delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);

    // Qt's own texts (standard buttons, the About Qt box): from qt6-translations-l10n where installed.
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
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
        const QString text = code.isEmpty()
            ? QCoreApplication::translate("smsotp::ui::Language", "System language")
            : nativeName(code);
        QAction* action = menu->addAction(text);
        action->setObjectName(code.isEmpty() ? QStringLiteral("languageSystemAction")
                                             : QStringLiteral("language_%1_Action").arg(code));
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
        auto* box = new QMessageBox(QMessageBox::Information,
            QCoreApplication::translate("smsotp::ui::Language", "Language"),
            QCoreApplication::translate("smsotp::ui::Language",
                "The language changes when SMS OTP Console starts again."),
            QMessageBox::Ok, dialogParent);
        box->setObjectName(QStringLiteral("languageRestartMessage"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    return menu;
}

} // namespace smsotp::ui
