// smsotp sms-text: the SMS texts per locale, their check, and the Android app hash.

#include "Commands.h"
#include "Context.h"
#include "config/InputLimits.h"
#include "storage/SettingsRepository.h"
#include "template/AndroidAppHash.h"
#include "template/SmsTextCheck.h"

namespace smsotp::cli {

namespace {

OptionSpec option(const QString& name, const QString& description, const QString& valueName, bool required = false)
{
    return { QCommandLineOption(name, description, valueName), required, {}, false };
}

// "GSM-7 1 58": the encoding, the parts and the units of a text as sent.
QString countLine(const tmpl::SmsSegments& segments)
{
    return QStringLiteral("%1 %2 %3")
        .arg(tmpl::encodingName(segments.encoding))
        .arg(segments.parts)
        .arg(segments.units);
}

class SmsTextCommand : public Command
{
public:
    explicit SmsTextCommand(Context& context)
        : Command(context, QStringLiteral("sms-text"),
            tr("The SMS text in each locale, its check, and the Android app hash."))
    {
        addAction({ { QStringLiteral("list") }, {}, {},
            tr("Print each locale's text, the default first: LOCALE, “default” or “-”, ENCODING PARTS UNITS as\n"
               "sent, then the text (a newline shown as \\n)."),
            {}, [this](Invocation& i) { return list(i); } });
        addAction({ { QStringLiteral("set") }, QStringLiteral("LOCALE TEXT"), {},
            tr("Write the text of a locale (en_US, de_DE, pt_BR, as WSO2 names them). A text with errors is\n"
               "refused with the check's findings and nothing is saved; warnings are printed to standard error."),
            { { QCommandLineOption(QStringLiteral("default"), tr("Make this locale the default.")), false, {},
                false } },
            [this](Invocation& i) { return set(i); } });
        addAction({ { QStringLiteral("remove") }, QStringLiteral("LOCALE"), {},
            tr("Remove a locale's text. The default locale's text cannot be removed."), {},
            [this](Invocation& i) { return remove(i); } });
        OptionSpec locale
            = option(QStringLiteral("locale"), tr("The saved text of this locale."), QStringLiteral("LOCALE"));
        locale.orNext = true;
        addAction({ { QStringLiteral("check") }, {}, {},
            tr("Check a text as it would be sent (default: the default locale's): one line ENCODING PARTS UNITS,\n"
               "then one line per problem, LINE:COLUMN: error|warning: message. Exit 0 with no errors, 1 with\n"
               "errors."),
            { locale, option(QStringLiteral("text"), tr("This text instead of a saved one."), QStringLiteral("TEXT")) },
            [this](Invocation& i) { return checkText(i); } });
        OptionSpec certificate = option(QStringLiteral("certificate"),
            tr("The app's signing certificate, PEM or DER (keytool -exportcert)."), QStringLiteral("FILE"), true);
        certificate.completesFiles = true;
        addAction({ { QStringLiteral("android-hash") }, {}, {},
            tr("Print the 11-character hash Android's SMS Retriever needs in the text, computed from the app's\n"
               "package name and signing certificate as Google documents it."),
            { option(QStringLiteral("package"), tr("The app's package name (com.example.app)."), QStringLiteral("NAME"),
                  true),
                certificate },
            [this](Invocation& i) { return androidHash(i); } });
    }

private:
    std::optional<QString> locale(const QString& input)
    {
        const tmpl::SmsLocaleName parsed = tmpl::parseSmsLocale(input);
        if (!parsed.ok()) {
            m_context.fail(parsed.error);
            return std::nullopt;
        }
        return parsed.name;
    }

    int list(Invocation& invocation)
    {
        if (!invocation.positional().isEmpty())
            return m_context.usage(tr("sms-text list takes no arguments."), name());
        services::Services* s = m_context.openServices();
        if (!s)
            return kExitFailure;
        const storage::SettingsRepository repository(s->database());
        const storage::SettingsRepository::SmsTextsResult texts = repository.smsTexts();
        if (texts.error.isError())
            return m_context.fail(dbErrorText(texts.error), detailOf(texts.error));
        for (const tmpl::LocalizedSmsText& text : texts.texts.texts) {
            const storage::SettingsRepository::SmsTextContextResult context = repository.smsTextContext(text.locale);
            if (context.error.isError())
                return m_context.fail(dbErrorText(context.error), detailOf(context.error));
            const tmpl::SmsTextReport report = tmpl::checkSmsText(text.text, context.context);
            QString shown = text.text;
            shown.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
            m_context.print(
                QStringLiteral("%1 %2 %3 %4")
                    .arg(text.locale,
                        text.locale == texts.texts.defaultLocale ? QStringLiteral("default") : QStringLiteral("-"),
                        countLine(report.segments), shown));
        }
        return kExitOk;
    }

    // Prints the findings (errors and warnings) to standard error; the number of errors.
    int printFindings(const tmpl::SmsTextReport& report, bool toOut)
    {
        int errors = 0;
        for (const tmpl::SmsTextFinding& finding : report.findings) {
            if (toOut)
                m_context.print(finding.line());
            else
                m_context.warn(finding.line());
            errors += finding.severity == tmpl::SmsTextSeverity::Error ? 1 : 0;
        }
        return errors;
    }

    int set(Invocation& invocation)
    {
        const QStringList positional = invocation.positional();
        if (positional.size() != 2)
            return m_context.usage(tr("sms-text set needs a LOCALE and a TEXT."), name());
        const std::optional<QString> name = locale(positional.at(0));
        if (!name)
            return kExitFailure;
        services::Services* s = m_context.openServices();
        if (!s)
            return kExitFailure;
        storage::SettingsRepository repository(s->database());
        const bool makeDefault = invocation.isSet(QStringLiteral("default"));
        storage::SettingsRepository::SmsTextContextResult context
            = repository.smsTextContext(makeDefault ? QString() : *name);
        if (context.error.isError())
            return m_context.fail(dbErrorText(context.error), detailOf(context.error));
        if (makeDefault)
            context.context.defaultText.reset();
        const tmpl::SmsTextReport report = tmpl::checkSmsText(positional.at(1), context.context);
        if (printFindings(report, false) > 0)
            return m_context.fail(tr("%1: the text has errors; nothing was saved.").arg(*name));
        if (const storage::DbError error = repository.setSmsText(*name, positional.at(1), makeDefault); error.isError())
            return m_context.fail(dbErrorText(error), detailOf(error));
        m_context.print(
            makeDefault ? tr("%1 saved; it is the default locale.").arg(*name) : tr("%1 saved.").arg(*name));
        return kExitOk;
    }

    int remove(Invocation& invocation)
    {
        const QStringList positional = invocation.positional();
        if (positional.size() != 1)
            return m_context.usage(tr("sms-text remove needs one LOCALE."), name());
        const std::optional<QString> name = locale(positional.first());
        if (!name)
            return kExitFailure;
        services::Services* s = m_context.openServices();
        if (!s)
            return kExitFailure;
        storage::SettingsRepository repository(s->database());
        const storage::SettingsRepository::SmsTextsResult texts = repository.smsTexts();
        if (texts.error.isError())
            return m_context.fail(dbErrorText(texts.error), detailOf(texts.error));
        if (*name == texts.texts.defaultLocale)
            return m_context.fail(tr("%1 is the default locale; make another the default first (sms-text set "
                                     "LOCALE TEXT --default).")
                                      .arg(*name));
        if (!texts.texts.find(*name))
            return m_context.fail(tr("There is no text for %1.").arg(*name));
        if (const storage::DbError error = repository.removeSmsText(*name); error.isError())
            return m_context.fail(dbErrorText(error), detailOf(error));
        m_context.print(tr("%1 removed.").arg(*name));
        return kExitOk;
    }

    int checkText(Invocation& invocation)
    {
        if (!invocation.positional().isEmpty())
            return m_context.usage(tr("sms-text check takes no arguments; give the text with --text."), name());
        const std::optional<QString> text = invocation.optionalValue(QStringLiteral("text"));
        const std::optional<QString> localeOption = invocation.optionalValue(QStringLiteral("locale"));
        if (text && localeOption)
            return m_context.usage(tr("Give --locale or --text, not both."), name());
        std::optional<QString> wanted;
        if (localeOption) {
            wanted = locale(*localeOption);
            if (!wanted)
                return kExitFailure;
        }
        services::Services* s = m_context.openServices();
        if (!s)
            return kExitFailure;
        const storage::SettingsRepository repository(s->database());
        const storage::SettingsRepository::SmsTextContextResult context
            = repository.smsTextContext(wanted.value_or(QString()));
        const storage::SettingsRepository::SmsTextResult saved = repository.smsText(wanted.value_or(QString()));
        for (const storage::DbError& error : { context.error, saved.error }) {
            if (error.isError())
                return m_context.fail(dbErrorText(error), detailOf(error));
        }
        if (!text && saved.value.isEmpty())
            return m_context.fail(
                tr("There is no text for %1.").arg(wanted.value_or(QStringLiteral("the default locale"))));
        const tmpl::SmsTextReport report = tmpl::checkSmsText(text.value_or(saved.value), context.context);
        m_context.print(countLine(report.segments));
        return printFindings(report, true) > 0 ? kExitFailure : kExitOk;
    }

    int androidHash(Invocation& invocation)
    {
        if (!invocation.positional().isEmpty())
            return m_context.usage(tr("sms-text android-hash takes no arguments."), name());
        const QString package = invocation.value(QStringLiteral("package"));
        const QString path = invocation.value(QStringLiteral("certificate"));
        if (package.isEmpty() || path.isEmpty())
            return m_context.usage(tr("sms-text android-hash needs --package and --certificate."), name());
        if (const QString problem = tmpl::checkAndroidPackageName(package); !problem.isEmpty())
            return m_context.fail(problem);
        const limits::LimitedRead file
            = limits::readFile(path, limits::kCertificateFileBytes, tr("The certificate file %1").arg(path));
        if (!file.ok())
            return m_context.fail(file.error);
        const tmpl::AndroidAppHash hash = tmpl::androidAppHash(package, file.data);
        if (!hash.ok())
            return m_context.fail(tr("%1: %2").arg(path, hash.error));
        m_context.print(hash.hash);
        return kExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeSmsTextCommand(Context& context)
{
    return std::make_unique<SmsTextCommand>(context);
}

} // namespace smsotp::cli
