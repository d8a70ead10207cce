// smsotp preview: the request a provider would receive, redacted.

#include "Commands.h"
#include "Context.h"
#include "phone/PhoneNumber.h"
#include "providers/ProviderClient.h"
#include "providers/Redaction.h"
#include "send/ProviderSetupLoader.h"
#include "storage/SettingsRepository.h"
#include "template/SmsTextCheck.h"

#include <QLocale>

namespace smsotp::cli {

namespace {

class PreviewCommand : public Command
{
public:
    explicit PreviewCommand(Context& context)
        : Command(
            context, QStringLiteral("preview"), tr("What a provider would receive, exactly, with secrets as •••."))
    {
        OptionSpec provider { QCommandLineOption(QStringLiteral("provider"),
                                  tr("The provider (default: the active one)."), QStringLiteral("NAME")),
            false, providerNames(), false, false };
        addAction({ {}, {}, {},
            tr("Print the request (method, URL, headers with the authorization the provider adds, body), redacted."),
            { provider,
                { QCommandLineOption(QStringLiteral("to"), tr("The number to send to (default: a sample UK mobile)."),
                      QStringLiteral("NUMBER")),
                    false, {}, false },
                { QCommandLineOption(QStringLiteral("text"),
                      tr("The SMS text (default: the saved text with a sample code)."), QStringLiteral("TEXT")),
                    false, {}, false } },
            [this](Invocation& i) { return preview(i); } });
    }

private:
    int preview(Invocation& invocation)
    {
        if (!invocation.positional().isEmpty())
            return m_context.usage(tr("Unexpected argument “%1”.").arg(invocation.positional().first()), name());
        const OrExit<std::optional<providers::ProviderKind>> named
            = readProviderName(m_context, invocation.optionalValue(QStringLiteral("provider")), name());
        if (!named.ok())
            return named.code();
        QString to = sampleNumber();
        if (const std::optional<QString> given = invocation.optionalValue(QStringLiteral("to"))) {
            const phone::NormalizeResult number = phone::normalize(*given, phone::regionForLocale(QLocale::system()));
            if (!number.ok())
                return m_context.usage(tr("--to: %1").arg(number.message), name());
            to = number.e164;
        }
        const OrExit<storage::ProviderSettings> settings = m_context.loadProviders();
        if (!settings.ok())
            return settings.code();
        const providers::ProviderKind chosen = named->value_or(settings->active);
        if (chosen != providers::ProviderKind::Sandbox && !settings->configured.contains(chosen))
            return m_context.fail(notConfigured(chosen));
        if (chosen == providers::ProviderKind::Sandbox && !m_context.startSandbox())
            return kExitFailure;
        const QString text = invocation.optionalValue(QStringLiteral("text")).value_or(sampleText());
        services::Services& s = m_context.services();
        send::loadProviderSetup(
            chosen, *settings, s.secrets(), s.sandbox().url(), [this, to, text](const send::SetupResult& result) {
                if (!result.setup) {
                    m_context.finish(m_context.fail(result.message()));
                    return;
                }
                print(providers::buildSendRequest(*result.setup, to, text));
            });
        return kExitPending;
    }

    QString sampleText()
    {
        const storage::SettingsRepository settings(m_context.services().database());
        tmpl::SmsTextValues values = tmpl::sampleValues(settings.loadPolicy().policy);
        values.confirmationCode = sampleCode();
        return tmpl::SmsText(settings.messageTemplate().text).render(values).text;
    }

    void print(const providers::BuildResult& build)
    {
        for (const providers::BuildProblem& warning : build.warnings)
            m_context.warning(warning.message);
        if (!build.ok()) {
            for (qsizetype i = 1; i < build.errors.size(); ++i)
                m_context.warn(build.errors.at(i).message);
            m_context.finish(m_context.fail(build.errors.first().message));
            return;
        }
        QString request = providers::redactRequest(build.request).toText();
        if (!request.endsWith(QLatin1Char('\n')))
            request += QLatin1Char('\n');
        m_context.out() << request;
        m_context.out().flush();
        m_context.finish(kExitOk);
    }
};

} // namespace

std::unique_ptr<Command> makePreviewCommand(Context& context)
{
    return std::make_unique<PreviewCommand>(context);
}

} // namespace smsotp::cli
