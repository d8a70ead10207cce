#include "SmsLocale.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace smsotp::tmpl {

SmsLocaleName parseSmsLocale(const QString& input)
{
    static const QRegularExpression shape(QStringLiteral("^([A-Za-z]{2,3})[_-]([A-Za-z]{2})$"));
    const QRegularExpressionMatch match = shape.match(input.trimmed());
    SmsLocaleName result;
    if (match.hasMatch()) {
        result.name = match.captured(1).toLower() + QLatin1Char('_') + match.captured(2).toUpper();
        if (QLocale(result.name).name() == result.name)
            return result;
    }
    result.error = QCoreApplication::translate("smsotp::tmpl::SmsLocale",
        "“%1” is not a locale the console knows. Write a language and a country where it is spoken, as WSO2 "
        "does: en_US, de_DE, fr_FR, pt_BR.")
                       .arg(input);
    return result;
}

const LocalizedSmsText* SmsTexts::find(const QString& locale) const
{
    for (const LocalizedSmsText& t : texts) {
        if (t.locale == locale)
            return &t;
    }
    return nullptr;
}

const QString& SmsTexts::defaultText() const
{
    static const QString none;
    const LocalizedSmsText* found = find(defaultLocale);
    return found ? found->text : none;
}

QStringList SmsTexts::locales() const
{
    QStringList names;
    for (const LocalizedSmsText& t : texts)
        names.append(t.locale);
    return names;
}

} // namespace smsotp::tmpl
