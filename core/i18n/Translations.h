#pragma once
// The console's own translations (Qt Linguist, compiled into the programs under :/i18n by resources/) and the
// English plural forms: the source texts say "%n attempt(s)", and smsotp_en.qm turns that into "1 attempt" and
// "2 attempts". QtCore only, so the CLI and the GUI load them the same way.

#include <QTranslator>

class QCoreApplication;
class QLocale;

namespace smsotp::i18n {

// Where the compiled translations are: smsotp_<language>.qm.
inline constexpr char kTranslationsDir[] = ":/i18n";

// A translator for one of the console's .qm files. Some of core's sources translate through a file-local tr()
// with a context of its own, which lupdate cannot see: it files those strings under the enclosing namespace or
// class. A miss in the asked context is therefore looked up in the file's other contexts, so such a string is
// translated wherever lupdate filed it.
class ConsoleTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    // The best file for the locale's UI languages (smsotp_de.qm for de_AT); false when there is none.
    bool loadFor(const QLocale& locale);
    // One language's file; false when there is none.
    bool loadLanguage(const QString& language);

    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override;

private:
    void readContexts();

    QList<QByteArray> m_contexts;
};

// Installs the English plural forms into app (the translator is app's child). Install it before any other
// translation: Qt asks the translator installed last first, so a language's own forms win and this one only
// answers what the language leaves to English. Returns false when the file is missing.
bool installEnglishPluralForms(QCoreApplication& app);

// The context names of a compiled .qm file (exposed for tests).
QList<QByteArray> contextsOfQm(const QByteArray& qm);

} // namespace smsotp::i18n
