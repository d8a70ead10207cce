#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

namespace smsotp::i18n {

namespace {

const QString kFilePrefix = QStringLiteral("smsotp");

QString translationsDir()
{
    return QString::fromLatin1(kTranslationsDir);
}

} // namespace

// The context names of a .qm file: the context tags (7) of its messages block (0x69). Sections are a tag byte
// and a big-endian 32-bit length; in a message, tags 2..4 and 6..8 carry a length and data, 1 ends it.
QList<QByteArray> contextsOfQm(const QByteArray& qm)
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
bool ConsoleTranslator::loadFor(const QLocale& locale)
{
    if (!load(locale, kFilePrefix, QStringLiteral("_"), translationsDir()))
        return false;
    readContexts();
    return true;
}

bool ConsoleTranslator::loadLanguage(const QString& language)
{
    if (!load(kFilePrefix + QLatin1Char('_') + language, translationsDir()))
        return false;
    readContexts();
    return true;
}

void ConsoleTranslator::readContexts()
{
    QFile file(filePath());
    if (file.open(QIODevice::ReadOnly))
        m_contexts = contextsOfQm(file.readAll());
}

QString ConsoleTranslator::translate(
    const char* context, const char* sourceText, const char* disambiguation, int n) const
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

bool installEnglishPluralForms(QCoreApplication& app)
{
    auto* plurals = new ConsoleTranslator(&app);
    if (!plurals->loadLanguage(QStringLiteral("en"))) {
        delete plurals;
        return false;
    }
    QCoreApplication::installTranslator(plurals);
    return true;
}

} // namespace smsotp::i18n
