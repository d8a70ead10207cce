#include "Cli.h"

#include "Commands.h"
#include "storage/DataLocation.h"

namespace smsotp::cli {

Cli::Cli(QTextStream& out, QTextStream& err, QIODevice& in, Options options, QObject* parent)
    : QObject(parent)
    , m_context(std::make_unique<Context>(out, err, in,
          Context::Options { services::Services::Options { options.keychainDeadlineMs, options.sandboxFailMode } }))
{
    Context& c = *m_context;
    m_commands.push_back(makeSettingsCommand(c));
    m_commands.push_back(makeSmsTextCommand(c));
    m_commands.push_back(makeProviderCommand(c));
    m_commands.push_back(makePreviewCommand(c));
    m_commands.push_back(makeSendTestCommand(c));
    m_commands.push_back(makeDeliveryCommand(c));
    m_commands.push_back(makeHistoryCommand(c));
    m_commands.push_back(makeBackupCodesCommand(c));
    m_commands.push_back(makeConfigCommand(c));
    m_commands.push_back(makeServerCommand(c));
    m_commands.push_back(makeCompletionCommand(c, m_commands));
    connect(m_context.get(), &Context::finished, this, &Cli::finished);
}

Cli::Cli(QTextStream& out, QTextStream& err, QIODevice& in, QObject* parent)
    : Cli(out, err, in, Options {}, parent)
{ }

// The commands go first: their pending work holds the context's services, never the other way round.
Cli::~Cli()
{
    m_commands.clear();
}

QString Cli::usageText() const
{
    QString text = tr("Usage: smsotp [--data-dir DIR] [--verbose] COMMAND [OPTIONS]") + QStringLiteral("\n\n")
        + tr("SMS OTP Console on the command line: the same data folder, keychain and history as the GUI.")
        + QStringLiteral("\n\n") + tr("Commands:") + QLatin1Char('\n');
    for (const auto& command : m_commands) {
        for (const Action& action : command->actions()) {
            if (!action.hidden)
                text += command->synopsisLines(action, 2);
        }
    }
    text += QLatin1Char('\n') + tr("Run “smsotp COMMAND --help” for what a command does and its options.")
        + QStringLiteral("\n\n") + tr("KEY of settings set:") + QStringLiteral("\n  ")
        + wrappedList(settingKeys(), 100, QStringLiteral("  ")) + QStringLiteral("\n\n") + tr("Options:")
        + QLatin1Char('\n')
        + tr("  --data-dir DIR  The data folder (default: the platform's app-data folder, as the GUI).")
        + QLatin1Char('\n')
        + tr("  --verbose       The technical detail of every error, and the console's log on standard error.")
        + QLatin1Char('\n') + tr("  -v, --version   The version.") + QLatin1Char('\n')
        + tr("  -h, --help      This text; with a command, that command's usage.") + QStringLiteral("\n\n")
        + tr("Secrets are read from standard input, never from arguments.") + QStringLiteral("\n\n")
        + tr("Exit codes:\n"
             "  0   success (send-test: the code was verified)\n"
             "  1   failure, explained in one line on standard error (send-test: verification ended without\n"
             "      success: a wrong code after the last attempt, expired, locked, or the end of the input;\n"
             "      server: you declined, the push was refused before sending, pull --diff found a difference,\n"
             "      test found an endpoint the credentials may not read, no such server or application;\n"
             "      delivery: undelivered or failed)\n"
             "  2   send-test: the send failed; server: the server could not be reached (network, TLS) or\n"
             "      answered with an error (401, 403, 404, NSM-...); delivery: the status could not be asked\n"
             "  3   delivery: no final state yet\n"
             "  64  usage error (unknown command or option, missing argument, invalid number)\n"
             "An unexpected database or keychain error adds its technical detail on a second line\n"
             "(\"Detail: ...\"); with --verbose every error does.\n")
        + QLatin1Char('\n')
        + tr("Environment (a testing aid):\n"
             "  SMSOTP_SANDBOX_FAIL=500|delay|timeout|undelivered  the CLI's sandbox gateway fails that way.\n");
    return text;
}

Command* Cli::command(const QString& name) const
{
    for (const auto& command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

void Cli::start(const QStringList& args)
{
    QCommandLineParser parser;
    // Everything after the command belongs to the command's own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    for (const QCommandLineOption& option : commonOptions())
        parser.addOption(option);
    parser.addOption(QCommandLineOption(QStringList { QStringLiteral("v"), QStringLiteral("version") }));
    int code = kExitPending;
    if (!parser.parse(args)) {
        code = m_context->usage(parser.errorText());
    } else if (parser.isSet(QStringLiteral("version"))) {
        m_context->out() << "smsotp " << QStringLiteral(SMSOTP_VERSION) << '\n';
        code = kExitOk;
    } else if (parser.isSet(QStringLiteral("help"))) {
        m_context->out() << usageText();
        code = kExitOk;
    } else {
        m_context->setDataDir(parser.value(storage::dataDirOption()));
        m_context->setVerbose(parser.isSet(QStringLiteral("verbose")));
        code = dispatch(parser.positionalArguments());
    }
    if (code != kExitPending)
        m_context->finish(code);
}

int Cli::dispatch(const QStringList& positional)
{
    if (positional.isEmpty())
        return m_context->usage(tr("No command given."));
    const QString name = positional.first();
    if (name == u"help") {
        const Command* asked = command(positional.value(1));
        m_context->out() << (asked ? asked->help() : usageText());
        return kExitOk;
    }
    if (Command* found = command(name))
        return found->run(positional.mid(1));
    QStringList names;
    for (const auto& c : m_commands)
        names.append(c->name());
    QString message = tr("Unknown command “%1”.").arg(name);
    if (const QString guess = nearest(name, names); !guess.isEmpty())
        message += QLatin1Char(' ') + tr("Did you mean “%1”?").arg(guess);
    return m_context->usage(message);
}

} // namespace smsotp::cli
