// smsotp config: the whole non-secret configuration as one JSON file, out and in.

#include "Commands.h"
#include "Context.h"
#include "ServerSupport.h"
#include "config/ConfigExport.h"

#include <QFile>

namespace smsotp::cli {

namespace {

class ConfigCommand : public Command
{
public:
    explicit ConfigCommand(Context& context)
        : Command(context, QStringLiteral("config"),
            tr("The whole non-secret configuration (settings, SMS text, providers, the active provider, WSO2\n"
               "servers) as one JSON file. Secrets are never exported."))
    {
        addAction({ { QStringLiteral("export") }, QStringLiteral("FILE"), {}, tr("Write the configuration to FILE."),
            {}, [this](Invocation& i) { return run(i, true); } });
        addAction({ { QStringLiteral("import") }, QStringLiteral("FILE"), {},
            tr("Check all of FILE first and write nothing when any part is invalid; then list the secrets to\n"
               "enter afterwards. A file that pins a server's certificate (new, or other than the pinned one)\n"
               "shows each certificate and imports only with --trust-certificates."),
            { { QCommandLineOption(QStringLiteral("trust-certificates"),
                    tr("Trust the certificates the file pins, as shown (compare their SHA-256 first).")),
                false, {}, false, true } },
            [this](Invocation& i) { return run(i, false); } });
    }

private:
    int run(Invocation& invocation, bool exporting)
    {
        const QStringList positional = invocation.positional();
        if (positional.size() != 1) {
            return m_context.usage(
                tr("config %1 needs one FILE.").arg(exporting ? QStringLiteral("export") : QStringLiteral("import")),
                name());
        }
        services::Services* s = m_context.openServices();
        if (!s)
            return kExitFailure;
        return exporting
            ? exportTo(s->database(), positional.first())
            : importFrom(s->database(), positional.first(), invocation.isSet(QStringLiteral("trust-certificates")));
    }

    int exportTo(storage::Database& database, const QString& path)
    {
        const config::ExportResult exported = config::exportConfig(database);
        if (!exported.ok())
            return m_context.fail(exported.error);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(exported.json) != exported.json.size()
            || !file.flush())
            return m_context.fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
        m_context.print(tr("Configuration exported to %1 (no secrets).").arg(path));
        return kExitOk;
    }

    int importFrom(storage::Database& database, const QString& path, bool trustCertificates)
    {
        const limits::LimitedRead read
            = limits::readFile(path, limits::kConfigFileBytes, tr("The configuration file %1").arg(path));
        if (!read.ok())
            return m_context.fail(tr("%1: nothing imported. %2").arg(path, read.error));
        const config::ImportResult imported = config::importConfig(database, read.data, { trustCertificates });
        for (const config::NewPin& pin : imported.newPins)
            printCertificate(
                m_context, tr("Certificate the file pins for server “%1”:").arg(pin.server), pin.certificate);
        if (imported.pinsNeedConsent) {
            return m_context.fail(tr("%1: nothing imported. The file pins the certificate(s) above: compare each "
                                     "SHA-256 fingerprint with its server's, then run again with --trust-certificates.")
                                      .arg(path));
        }
        if (!imported.ok()) {
            QString text = tr("%1: nothing imported. %2").arg(path, imported.errors.first().text());
            if (imported.errors.size() > 1)
                text += QLatin1Char(' ') + tr("(and %n more problem(s))", nullptr, int(imported.errors.size() - 1));
            return m_context.fail(text);
        }
        m_context.print(tr("Configuration imported from %1.").arg(path));
        for (const QString& secret : imported.secretsToEnter)
            m_context.print(tr("Enter the secret afterwards: %1").arg(secret));
        return kExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeConfigCommand(Context& context)
{
    return std::make_unique<ConfigCommand>(context);
}

} // namespace smsotp::cli
