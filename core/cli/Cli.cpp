#include "Cli.h"

#include "config/ConfigExport.h"
#include "otp/BackupCodes.h"
#include "otp/Clock.h"
#include "otp/OtpEngine.h"
#include "otp/OtpPolicy.h"
#include "phone/PhoneNumber.h"
#include "providers/HttpSender.h"
#include "providers/ProviderClient.h"
#include "providers/ProviderKind.h"
#include "providers/Redaction.h"
#include "providers/UrlPolicy.h"
#include "sandbox/SandboxProvider.h"
#include "send/ProviderSetupLoader.h"
#include "send/TestSendSession.h"
#include "storage/BackupCodeRepository.h"
#include "storage/DataLocation.h"
#include "storage/Database.h"
#include "storage/HistoryRepository.h"
#include "storage/ProviderRepository.h"
#include "storage/SecretStore.h"
#include "storage/SettingsRepository.h"
#include "template/HeaderList.h"
#include "template/SmsText.h"
#include "wso2/LoginFlow.h"
#include "wso2/ServerRepository.h"
#include "wso2/Wso2Client.h"
#include "wso2/Wso2Diff.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>
#include <variant>

namespace smsotp::cli {

using providers::ProviderKind;
namespace keys = storage::secretkeys;

namespace {

// An option's value; none when the option was not given (an empty value is a value).
std::optional<QString> optionValue(const QCommandLineParser& parser, const QString& name)
{
    return parser.isSet(name) ? std::optional(parser.value(name)) : std::nullopt;
}

// The number preview uses when none is given: a valid UK mobile, so every provider builds a request.
const QString kSampleNumber = QStringLiteral("+447400123456");
const QString kSampleCode = QStringLiteral("123456");

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("smsotp::cli", text, disambiguation, n);
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString policyValueText(const otp::OtpPolicy& policy, const otp::FieldSpec& spec)
{
    const int value = policy.value(spec.field);
    return spec.isBool ? yesNo(value != 0) : QString::number(value);
}

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.simplified();
}

QString dbErrorText(const storage::DbError& error)
{
    return oneLine(error.title() + QStringLiteral(". ") + error.message());
}

QString stripLineEnd(QString text)
{
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

QString contentTypeName(tmpl::PayloadFormat format)
{
    return format == tmpl::PayloadFormat::Json ? QStringLiteral("json") : QStringLiteral("form");
}

QString sampleText(storage::Database& database, const otp::OtpPolicy& policy)
{
    const auto stored = storage::SettingsRepository(database).value(QStringLiteral("sms.text"));
    tmpl::SmsTextValues values;
    values.confirmationCode = kSampleCode;
    values.expiryMinutes = tmpl::SmsText::expiryMinutesFor(policy.expirySeconds);
    values.applicationName = tr("SMS OTP Console");
    return tmpl::SmsText(stored.value.value_or(tmpl::SmsText::defaultTemplate())).render(values).text;
}

providers::BuildResult buildRequest(const providers::ProviderSetup& setup, const QString& to, const QString& text)
{
    return std::visit(
        [&](const auto& s) -> providers::BuildResult {
            using T = std::decay_t<decltype(s)>;
            if constexpr (std::is_same_v<T, providers::TwilioSetup>)
                return providers::twilio::buildSendRequest(s.config, s.secrets, to, text);
            else if constexpr (std::is_same_v<T, providers::VonageSetup>)
                return providers::vonage::buildSendRequest(s.config, s.secrets, to, text);
            else
                return providers::custom::buildSendRequest(s.config, s.secrets, to, text);
        },
        setup);
}

} // namespace

QString usageText()
{
    QStringList keys;
    for (const otp::FieldSpec& spec : otp::fieldSpecs())
        keys.append(QString::fromLatin1(spec.key));
    keys.append(QStringLiteral("sms.text"));
    for (const otp::BackupFieldSpec& spec : otp::backupFieldSpecs())
        keys.append(QString::fromLatin1(spec.key));
    // The keys wrapped to the width of the rest of the text.
    QString keyLines;
    qsizetype width = 0;
    for (const QString& key : std::as_const(keys)) {
        if (width > 0 && width + key.size() > 90) {
            keyLines += QStringLiteral(",\n           ");
            width = 0;
        } else if (width > 0) {
            keyLines += QStringLiteral(", ");
        }
        keyLines += key;
        width += key.size() + 2;
    }
    return QStringLiteral(
        "Usage: smsotp [--data-dir DIR] COMMAND [OPTIONS]\n"
        "\n"
        "SMS OTP Console on the command line: the same data folder, keychain and history as the GUI.\n"
        "\n"
        "Commands:\n"
        "  settings show\n"
        "  settings set KEY VALUE\n"
        "      KEY: %1\n"
        "  provider set twilio --account-sid SID --sender FROM [--api-base URL] --auth-token-stdin\n"
        "  provider set vonage --api-key KEY --sender FROM [--api-base URL] --api-secret-stdin\n"
        "  provider set custom --url URL --content-type json|form --method post|put --template-file FILE\n"
        "                      [--headers-stdin] [--success-status LIST] [--success-body REGEX]\n"
        "  provider use twilio|vonage|custom|sandbox\n"
        "  provider show\n"
        "  provider check [NAME]\n"
        "  preview [--provider NAME] [--to NUMBER] [--text TEXT]\n"
        "  send-test --to NUMBER [--provider NAME]\n"
        "  history [--limit N] [--format table|csv|json]\n"
        "  backup-codes generate --user NAME\n"
        "  backup-codes status --user NAME\n"
        "  config export FILE\n"
        "  config import FILE\n"
        "  server add NAME --url URL (--user USER --password-stdin |\n"
        "                  --client-id ID --token-url URL [--scopes LIST] --client-secret-stdin)\n"
        "                 [--pin-certificate] [--yes]\n"
        "  server list\n"
        "  server test NAME\n"
        "  server pull NAME [--diff]\n"
        "  server push NAME [--yes]\n"
        "  server flow NAME --app APP [--backup-codes] [--yes]\n"
        "\n"
        "Options:\n"
        "  --data-dir DIR  The data folder (default: the platform's app-data folder, as the GUI).\n"
        "  -v, --version   The version.\n"
        "  -h, --help      This text.\n"
        "\n"
        "Secrets are read from standard input, never from arguments: the first line for --auth-token-stdin\n"
        "and --api-secret-stdin; all of it, as \"Name: value, Name: value\", for --headers-stdin.\n"
        "\n"
        "send-test sends a code, prints the outcome, then reads lines from standard input: a code to verify,\n"
        "or \"resend\". With the sandbox provider the received SMS text is printed to standard error.\n"
        "A number without + or 00 is read as a national number of the system locale's country.\n"
        "\n"
        "backup-codes generate prints a new set of backup codes for the user (a name, or the number a test is sent\n"
        "to) once: only their hashes are kept, and the earlier set stops working. backup.count and backup.length\n"
        "set its size; with backup.enabled true, send-test accepts a backup code of the number instead of the\n"
        "SMS code, once. backup-codes status prints how many are left.\n"
        "\n"
        "config export writes the whole non-secret configuration (settings, SMS text, providers, the active\n"
        "provider) to one JSON file; config import checks all of it first and writes nothing when any part is\n"
        "invalid. Secrets are never exported: import lists the ones to enter afterwards.\n"
        "\n"
        "server add stores a WSO2 Identity Server (URL with the tenant: https://host:9443/t/carbon.super); the\n"
        "password or client secret is the first line of standard input and goes to the keychain.\n"
        "--pin-certificate fetches the server's certificate, prints its SHA-256 fingerprint and subject, and pins\n"
        "it for that server only after you answer y on the next line of standard input (or with --yes).\n"
        "server test reads harmless endpoints and names missing scopes. server pull prints the server's SMS\n"
        "sender and SMS OTP settings (secrets as •••); --diff compares them with the console's, field by field.\n"
        "server push prints the exact requests (secrets as •••) and the differences, then asks y/N on standard\n"
        "input (--yes: no question); what WSO2 cannot express is refused before anything is sent.\n"
        "server flow shows the application's current and new login flow (Username + Password, then SMS OTP;\n"
        "--backup-codes adds backup codes as an alternative to SMS OTP), then asks; the adaptive script is\n"
        "never changed.\n"
        "\n"
        "Exit codes:\n"
        "  0   success (send-test: the code was verified)\n"
        "  1   failure, explained in one line on standard error (send-test: verification ended without\n"
        "      success: a wrong code after the last attempt, expired, locked, or the end of the input;\n"
        "      server: you declined, the push was refused before sending, pull --diff found a difference,\n"
        "      test found an endpoint the credentials may not read, no such server or application)\n"
        "  2   send-test: the send failed; server: the server could not be reached (network, TLS) or\n"
        "      answered with an error (401, 403, 404, NSM-...)\n"
        "  64  usage error (unknown command or option, missing argument, invalid number)\n"
        "\n"
        "Environment (a testing aid):\n"
        "  SMSOTP_SANDBOX_FAIL=500|delay|timeout  the CLI's sandbox gateway fails that way.\n")
        .arg(keyLines);
}

// Everything a command may need, built once the database is open. Declared in the order of destruction's
// reverse: the session goes first, the database last.
struct Cli::Services
{
    std::unique_ptr<storage::Database> database;
    QNetworkAccessManager network;
    std::unique_ptr<storage::SecretStore> secrets;
    std::unique_ptr<providers::HttpSender> http;
    std::unique_ptr<providers::ProviderClient> client;
    std::unique_ptr<wso2::Wso2Client> wso2;
    otp::SystemClock clock;
    std::unique_ptr<otp::OtpEngine> engine;
    std::unique_ptr<sandbox::SandboxGateway> sandbox;
    std::unique_ptr<send::TestSendSession> session;
};

Cli::Cli(QTextStream& out, QTextStream& err, QIODevice& in, Options options, QObject* parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
    , m_in(in)
    , m_options(options)
{ }

Cli::Cli(QTextStream& out, QTextStream& err, QIODevice& in, QObject* parent)
    : Cli(out, err, in, Options {}, parent)
{ }

Cli::~Cli() = default;

void Cli::start(const QStringList& args)
{
    QCommandLineParser parser;
    // Everything after the command belongs to the command's own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addOption(storage::dataDirOption());
    parser.addOption(QCommandLineOption(QStringList { QStringLiteral("h"), QStringLiteral("help") }));
    parser.addOption(QCommandLineOption(QStringList { QStringLiteral("v"), QStringLiteral("version") }));
    int code = kExitPending;
    if (!parser.parse(args)) {
        code = usage(parser.errorText());
    } else if (parser.isSet(QStringLiteral("version"))) {
        m_out << "smsotp " << QStringLiteral(SMSOTP_VERSION) << '\n';
        code = kExitOk;
    } else if (parser.isSet(QStringLiteral("help"))) {
        m_out << usageText();
        code = kExitOk;
    } else {
        m_dataDir = parser.value(storage::dataDirOption());
        const QStringList positional = parser.positionalArguments();
        if (positional.isEmpty())
            code = usage(tr("No command given."));
        else
            code = dispatch(positional.first(), positional.mid(1));
    }
    if (code != kExitPending)
        finish(code);
}

int Cli::dispatch(const QString& command, const QStringList& args)
{
    if (command == u"help") {
        m_out << usageText();
        return kExitOk;
    }
    if (command == u"settings")
        return settingsCommand(args);
    if (command == u"provider")
        return providerCommand(args);
    if (command == u"preview")
        return previewCommand(args);
    if (command == u"send-test")
        return sendTestCommand(args);
    if (command == u"history")
        return historyCommand(args);
    if (command == u"backup-codes")
        return backupCodesCommand(args);
    if (command == u"config")
        return configCommand(args);
    if (command == u"server")
        return serverCommand(args);
    return usage(tr("Unknown command “%1”.").arg(command));
}

std::optional<int> Cli::parse(QCommandLineParser& parser, const QString& name, const QStringList& args)
{
    parser.addOption(storage::dataDirOption());
    parser.addOption(QCommandLineOption(QStringList { QStringLiteral("h"), QStringLiteral("help") }));
    for (const QString& arg : args) {
        // A secret typed as an argument would be in the shell history and in every process listing.
        static const QRegularExpression secretOption(QStringLiteral("^--(auth-token|api-secret|headers|password|client-secret)(=|$)"));
        if (secretOption.match(arg).hasMatch()) {
            return usage(tr("Secrets are read from standard input only: use %1-stdin and type or pipe the value.")
                             .arg(arg.section(QLatin1Char('='), 0, 0)));
        }
    }
    if (!parser.parse(QStringList { name } + args))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << usageText();
        return kExitOk;
    }
    if (parser.isSet(storage::dataDirOption()))
        m_dataDir = parser.value(storage::dataDirOption());
    return std::nullopt;
}

bool Cli::openServices()
{
    if (m_services)
        return true;
    const QString dataDir = storage::resolveDataDir(m_dataDir);
    storage::Database::OpenResult opened = storage::Database::open(dataDir);
    if (!opened.database) {
        fail(dbErrorText(opened.error));
        return false;
    }
    auto services = std::make_unique<Services>();
    services->database = std::move(opened.database);
    services->secrets = std::make_unique<storage::SecretStore>(services->database->profileId());
    if (m_options.keychainDeadlineMs > 0)
        services->secrets->setDeadline(m_options.keychainDeadlineMs);
    services->http = std::make_unique<providers::HttpSender>(services->network);
    services->client = std::make_unique<providers::ProviderClient>(*services->http);
    services->wso2 = std::make_unique<wso2::Wso2Client>(*services->http);
    services->engine
        = std::make_unique<otp::OtpEngine>(storage::SettingsRepository(*services->database).loadPolicy().policy);
    services->sandbox = std::make_unique<sandbox::SandboxGateway>(services->clock);
    services->sandbox->setFailMode(m_options.sandboxFailMode);
    sandbox::SandboxGateway* gateway = services->sandbox.get();
    services->session = std::make_unique<send::TestSendSession>(send::TestSendSession::Services { *services->database,
        *services->secrets, *services->client, *services->engine, [gateway] { return gateway->url(); } });
    m_services = std::move(services);
    return true;
}

std::optional<int> Cli::readProviderName(const std::optional<QString>& name, std::optional<ProviderKind>& kind)
{
    if (!name)
        return std::nullopt;
    kind = providers::providerKindFromName(*name);
    if (!kind)
        return usage(tr("Unknown provider “%1”.").arg(*name));
    return std::nullopt;
}

std::optional<int> Cli::loadProviders(storage::ProviderSettings& settings, int failureCode)
{
    if (!openServices())
        return failureCode;
    const storage::ProviderRepository::LoadResult loaded = storage::ProviderRepository(*m_services->database).load();
    if (loaded.error.isError())
        return fail(dbErrorText(loaded.error), failureCode);
    settings = loaded.settings;
    return std::nullopt;
}

bool Cli::startSandbox()
{
    if (m_services->sandbox->isListening())
        return true;
    const sandbox::StartResult started = m_services->sandbox->start();
    if (!started.ok()) {
        fail(started.message);
        return false;
    }
    return true;
}

// ---- settings ----

int Cli::settingsCommand(const QStringList& args)
{
    QCommandLineParser parser;
    // A VALUE such as -1 is a value, not an option: options go before the action.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (auto code = parse(parser, QStringLiteral("settings"), args))
        return *code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == u"show") {
        if (positional.size() != 1)
            return usage(tr("settings show takes no arguments."));
        if (!openServices())
            return kExitFailure;
        const storage::SettingsRepository repository(*m_services->database);
        const storage::SettingsRepository::PolicyResult loaded = repository.loadPolicy();
        if (loaded.error.isError())
            return fail(dbErrorText(loaded.error));
        for (const otp::FieldSpec& spec : otp::fieldSpecs())
            line(m_out, QString::fromLatin1(spec.key) + QStringLiteral(" = ") + policyValueText(loaded.policy, spec));
        const auto text = repository.value(QStringLiteral("sms.text"));
        line(m_out, QStringLiteral("sms.text = ") + text.value.value_or(tmpl::SmsText::defaultTemplate()));
        const storage::BackupCodeRepository::PolicyResult backup
            = storage::BackupCodeRepository(*m_services->database).loadPolicy();
        for (const otp::BackupFieldSpec& spec : otp::backupFieldSpecs()) {
            const int value = backup.policy.value(spec.field);
            line(m_out,
                QString::fromLatin1(spec.key) + QStringLiteral(" = ")
                    + (spec.isBool ? yesNo(value != 0) : QString::number(value)));
        }
        for (const otp::PolicyFinding& finding : loaded.policy.findings())
            line(m_err, tr("Warning: %1 %2").arg(QString::fromLatin1(otp::specOf(finding.field).key), finding.message));
        return kExitOk;
    }
    if (action == u"set") {
        if (positional.size() != 3)
            return usage(tr("settings set needs a KEY and a VALUE."));
        const QString key = positional.at(1);
        const QString value = positional.at(2);
        const std::optional<otp::PolicyField> field = otp::fieldForKey(key);
        const std::optional<otp::BackupField> backupField = otp::backupFieldForKey(key);
        if (!field && !backupField && key != u"sms.text")
            return usage(tr("Unknown setting “%1”.").arg(key));
        if (!openServices())
            return kExitFailure;
        if (backupField) {
            const otp::BackupParsedValue parsed = otp::parseBackupFieldValue(*backupField, value);
            if (!parsed.value)
                return fail(tr("%1: %2").arg(key, parsed.error));
            storage::BackupCodeRepository backups(*m_services->database);
            storage::BackupCodeRepository::PolicyResult loaded = backups.loadPolicy();
            if (loaded.error.isError())
                return fail(dbErrorText(loaded.error));
            loaded.policy.setValue(*backupField, *parsed.value);
            if (const storage::DbError error = backups.savePolicy(loaded.policy); error.isError())
                return fail(dbErrorText(error));
            line(m_out,
                tr("%1 = %2").arg(key,
                    otp::specOf(*backupField).isBool ? yesNo(*parsed.value != 0) : QString::number(*parsed.value)));
            return kExitOk;
        }
        storage::SettingsRepository repository(*m_services->database);
        if (!field) {
            const QList<tmpl::SmsTextError> errors = tmpl::SmsText(value).check();
            if (!errors.isEmpty())
                return fail(tr("sms.text: %1").arg(errors.first().message));
            const storage::DbError error = repository.setValue(key, value);
            if (error.isError())
                return fail(dbErrorText(error));
            line(m_out, tr("sms.text saved."));
            return kExitOk;
        }
        const otp::ParsedValue parsed = otp::parseFieldValue(*field, value);
        if (parsed.error)
            return fail(tr("%1: %2").arg(key, parsed.error->message));
        storage::SettingsRepository::PolicyResult loaded = repository.loadPolicy();
        if (loaded.error.isError())
            return fail(dbErrorText(loaded.error));
        otp::OtpPolicy policy = loaded.policy;
        policy.setValue(*field, *parsed.value);
        for (const otp::PolicyFinding& finding : policy.findings()) {
            if (finding.severity == otp::Severity::Error)
                return fail(tr("%1: %2").arg(QString::fromLatin1(otp::specOf(finding.field).key), finding.message));
        }
        const storage::DbError error = repository.savePolicy(policy);
        if (error.isError())
            return fail(dbErrorText(error));
        line(m_out, tr("%1 = %2").arg(key, policyValueText(policy, otp::specOf(*field))));
        for (const otp::PolicyFinding& finding : policy.findings())
            line(m_err, tr("Warning: %1 %2").arg(QString::fromLatin1(otp::specOf(finding.field).key), finding.message));
        return kExitOk;
    }
    return usage(
        action.isEmpty() ? tr("settings needs show or set.") : tr("Unknown settings action “%1”.").arg(action));
}

// ---- provider ----

int Cli::providerCommand(const QStringList& args)
{
    const QString action = args.value(0);
    if (action == u"set")
        return providerSet(args.mid(1));
    if (action == u"use")
        return providerUse(args.mid(1));
    if (action == u"check")
        return providerCheck(args.mid(1));
    if (action == u"show") {
        QCommandLineParser parser;
        if (auto code = parse(parser, QStringLiteral("provider show"), args.mid(1)))
            return *code;
        if (!parser.positionalArguments().isEmpty())
            return usage(tr("provider show takes no arguments."));
        return providerShow();
    }
    if (action == u"--help" || action == u"-h") {
        m_out << usageText();
        return kExitOk;
    }
    return usage(action.isEmpty() ? tr("provider needs set, use, show or check.")
                                  : tr("Unknown provider action “%1”.").arg(action));
}

int Cli::providerSet(const QStringList& args)
{
    const QString name = args.value(0);
    if (name == u"twilio" || name == u"vonage")
        return providerSetVendor(name, args.mid(1));
    if (name == u"custom")
        return providerSetCustom(args.mid(1));
    if (name == u"sandbox")
        return usage(tr("The sandbox needs no settings: use “provider use sandbox”."));
    return usage(
        name.isEmpty() ? tr("provider set needs twilio, vonage or custom.") : tr("Unknown provider “%1”.").arg(name));
}

int Cli::providerSetVendor(const QString& name, const QStringList& args)
{
    const bool twilio = name == u"twilio";
    const QString idOption = twilio ? QStringLiteral("account-sid") : QStringLiteral("api-key");
    const QString secretOption = twilio ? QStringLiteral("auth-token-stdin") : QStringLiteral("api-secret-stdin");
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(idOption, QString(), QStringLiteral("ID")));
    parser.addOption(QCommandLineOption(QStringLiteral("sender"), QString(), QStringLiteral("FROM")));
    parser.addOption(QCommandLineOption(QStringLiteral("api-base"), QString(), QStringLiteral("URL")));
    parser.addOption(QCommandLineOption(secretOption));
    if (auto code = parse(parser, QStringLiteral("provider set ") + name, args))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("Unexpected argument “%1”.").arg(parser.positionalArguments().first()));
    for (const QString& required : { idOption, QStringLiteral("sender") }) {
        if (!parser.isSet(required))
            return usage(tr("provider set %1 needs --%2.").arg(name, required));
    }
    if (!parser.isSet(secretOption))
        return usage(tr("provider set %1 needs --%2: the secret is read from standard input.").arg(name, secretOption));

    const QString id = parser.value(idOption).trimmed();
    const QString sender = parser.value(QStringLiteral("sender")).trimmed();
    const providers::FieldCheck idCheck
        = twilio ? providers::twilio::checkAccountSid(id) : providers::vonage::checkApiKey(id);
    if (!idCheck.ok())
        return fail(tr("--%1: %2").arg(idOption, idCheck.message));
    const providers::FieldCheck senderCheck
        = twilio ? providers::twilio::checkSender(sender) : providers::vonage::checkSender(sender);
    if (!senderCheck.ok())
        return fail(tr("--sender: %1").arg(senderCheck.message));
    QUrl apiBase(twilio ? providers::twilio::defaultApiBase() : providers::vonage::defaultApiBase());
    if (parser.isSet(QStringLiteral("api-base"))) {
        const QString text = parser.value(QStringLiteral("api-base")).trimmed();
        const providers::UrlCheck check = providers::checkEndpointUrl(QStringView(text));
        if (!check.ok())
            return fail(tr("--api-base: %1").arg(check.message));
        if (!check.warning.isEmpty())
            line(m_err, tr("Warning: %1").arg(check.warning));
        apiBase = QUrl(text);
    }

    const std::optional<QString> secretLine = readLine();
    const QString secret = secretLine ? secretLine->trimmed() : QString();
    if (secret.isEmpty())
        return fail(tr("No %1 on standard input.").arg(twilio ? tr("auth token") : tr("API secret")));
    const providers::FieldCheck secretCheck
        = twilio ? providers::twilio::checkAuthToken(secret) : providers::vonage::checkApiSecret(secret);
    if (!secretCheck.ok())
        return fail(tr("%1: %2").arg(twilio ? tr("Auth token") : tr("API secret"), secretCheck.message));

    if (!openServices())
        return kExitFailure;
    storage::ProviderRepository repository(*m_services->database);
    storage::DbError error;
    if (twilio)
        error = repository.saveTwilio(providers::twilio::Config { id, sender, apiBase });
    else
        error = repository.saveVonage(providers::vonage::Config { id, sender, apiBase });
    if (error.isError())
        return fail(tr("Not saved: %1").arg(dbErrorText(error)));
    const ProviderKind kind = twilio ? ProviderKind::Twilio : ProviderKind::Vonage;
    writeSecrets({ { twilio ? keys::twilioAuthToken() : keys::vonageApiSecret(), secret } },
        tr("%1 settings saved; the secret is in the keychain.").arg(providers::providerDisplayName(kind)));
    return kExitPending;
}

int Cli::providerSetCustom(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("url"), QString(), QStringLiteral("URL")));
    parser.addOption(QCommandLineOption(QStringLiteral("content-type"), QString(), QStringLiteral("TYPE")));
    parser.addOption(QCommandLineOption(QStringLiteral("method"), QString(), QStringLiteral("METHOD")));
    parser.addOption(QCommandLineOption(QStringLiteral("template-file"), QString(), QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("headers-stdin")));
    parser.addOption(QCommandLineOption(QStringLiteral("success-status"), QString(), QStringLiteral("LIST")));
    parser.addOption(QCommandLineOption(QStringLiteral("success-body"), QString(), QStringLiteral("REGEX")));
    if (auto code = parse(parser, QStringLiteral("provider set custom"), args))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("Unexpected argument “%1”.").arg(parser.positionalArguments().first()));
    for (const char* required : { "url", "content-type", "method", "template-file" }) {
        if (!parser.isSet(QString::fromLatin1(required)))
            return usage(tr("provider set custom needs --%1.").arg(QString::fromLatin1(required)));
    }

    providers::custom::Config config;
    config.url = parser.value(QStringLiteral("url")).trimmed();
    const QString contentType = parser.value(QStringLiteral("content-type")).toLower();
    if (contentType == u"json")
        config.format = tmpl::PayloadFormat::Json;
    else if (contentType == u"form")
        config.format = tmpl::PayloadFormat::Form;
    else
        return usage(tr("--content-type must be json or form."));
    const QString method = parser.value(QStringLiteral("method")).toLower();
    if (method == u"post")
        config.method = providers::HttpMethod::Post;
    else if (method == u"put")
        config.method = providers::HttpMethod::Put;
    else
        return usage(tr("--method must be post or put."));
    if (parser.isSet(QStringLiteral("success-status"))) {
        for (const QString& part :
            parser.value(QStringLiteral("success-status")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const int status = part.trimmed().toInt(&ok);
            if (!ok)
                return usage(tr("--success-status takes HTTP statuses separated by commas, e.g. 200,202."));
            config.success.statuses.append(status);
        }
    }
    if (parser.isSet(QStringLiteral("success-body"))) {
        config.success.bodyMatch = providers::custom::BodyMatch::RegularExpression;
        config.success.bodyPattern = parser.value(QStringLiteral("success-body"));
    }

    const QString templatePath = parser.value(QStringLiteral("template-file"));
    QFile templateFile(templatePath);
    if (!templateFile.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the template file %1: %2").arg(templatePath, templateFile.errorString()));
    config.payloadTemplate = stripLineEnd(QString::fromUtf8(templateFile.readAll()));

    const providers::UrlCheck urlCheck = providers::custom::checkUrl(config.url);
    if (!urlCheck.ok())
        return fail(tr("--url: %1").arg(urlCheck.message));
    if (!urlCheck.warning.isEmpty())
        line(m_err, tr("Warning: %1").arg(urlCheck.warning));
    const QList<providers::BuildProblem> criterionProblems = providers::custom::checkSuccessCriterion(config.success);
    if (!criterionProblems.isEmpty())
        return fail(criterionProblems.first().message);

    providers::custom::Secrets secrets;
    QList<tmpl::HeaderField> headerFields;
    if (parser.isSet(QStringLiteral("headers-stdin"))) {
        const QString text = QString::fromUtf8(m_in.readAll()).trimmed();
        const tmpl::HeaderListResult headers = tmpl::parseHeaderList(text);
        if (!headers.ok())
            return fail(tr("Headers: %1").arg(headers.errors.first().message));
        headerFields = headers.fields();
        config.headers = tmpl::serializeHeaderList(headerFields);
        for (const tmpl::HeaderField& field : std::as_const(headerFields))
            secrets.headerValues.insert(field.name, field.value);
    }

    if (!openServices())
        return kExitFailure;
    storage::ProviderRepository repository(*m_services->database);
    const storage::ProviderRepository::LoadResult loaded = repository.load();
    if (loaded.error.isError())
        return fail(dbErrorText(loaded.error));
    // Named secrets are managed in the GUI; stand-ins let the build below check everything else.
    for (const QString& name : loaded.settings.custom.namedSecrets)
        secrets.named.insert(name, QStringLiteral("x"));
    const providers::BuildResult build
        = providers::custom::buildSendRequest(config, secrets, kSampleNumber, kSampleCode);
    if (!build.ok())
        return fail(build.errors.first().message);
    for (const providers::BuildProblem& warning : build.warnings)
        line(m_err, tr("Warning: %1").arg(warning.message));

    storage::CustomProviderSettings settings;
    settings.config = config;
    settings.namedSecrets = loaded.settings.custom.namedSecrets;
    const storage::DbError error = repository.saveCustom(settings);
    if (error.isError())
        return fail(tr("Not saved: %1").arg(dbErrorText(error)));

    // Header values go to the keychain; the values of headers no longer in the list leave it.
    QList<SecretWrite> writes;
    QSet<QString> keep;
    for (const tmpl::HeaderField& field : std::as_const(headerFields)) {
        writes.append({ keys::customHeader(field.name), field.value });
        keep.insert(keys::customHeader(field.name));
    }
    const storage::ProviderRepository::StoredResult stored = repository.storedSecrets();
    for (const QString& key : stored.keys) {
        if (key.startsWith(keys::customHeader(QString())) && !keep.contains(key))
            writes.append({ key, std::nullopt });
    }
    writeSecrets(writes, tr("Custom HTTP provider settings saved."));
    return kExitPending;
}

void Cli::writeSecrets(QList<SecretWrite> writes, QString doneMessage)
{
    if (writes.isEmpty()) {
        line(m_out, doneMessage);
        finish(kExitOk);
        return;
    }
    const SecretWrite write = writes.takeFirst();
    QPointer<Cli> self(this);
    auto done = [self, write, writes, doneMessage](const storage::SecretResult& result) {
        if (!self)
            return;
        const bool removing = !write.value.has_value();
        if (result.error.isError() && !(removing && result.error.kind == storage::SecretErrorKind::NotFound)) {
            self->finish(
                self->fail(tr("The settings were saved, but the secrets were not: %1").arg(result.error.message())));
            return;
        }
        // The mark only lets "provider show" print ••• without reading the keychain.
        storage::ProviderRepository(*self->m_services->database).setSecretStored(write.key, !removing);
        self->writeSecrets(writes, doneMessage);
    };
    if (write.value)
        m_services->secrets->write(write.key, *write.value, done);
    else
        m_services->secrets->remove(write.key, done);
}

int Cli::providerUse(const QStringList& args)
{
    QCommandLineParser parser;
    if (auto code = parse(parser, QStringLiteral("provider use"), args))
        return *code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(tr("provider use needs one of twilio, vonage, custom, sandbox."));
    const std::optional<ProviderKind> kind = providers::providerKindFromName(positional.first());
    if (!kind)
        return usage(tr("Unknown provider “%1”.").arg(positional.first()));
    if (!openServices())
        return kExitFailure;
    storage::ProviderRepository repository(*m_services->database);
    const storage::DbError error = repository.setActive(*kind);
    if (error.isError())
        return fail(dbErrorText(error));
    const storage::ProviderRepository::LoadResult loaded = repository.load();
    if (*kind != ProviderKind::Sandbox && !loaded.settings.configured.contains(*kind))
        line(m_err,
            tr("Warning: %1 is not configured yet: use “provider set %2”.")
                .arg(providers::providerDisplayName(*kind), QString(providers::providerKindName(*kind))));
    line(m_out, tr("Active provider: %1.").arg(providers::providerDisplayName(*kind)));
    return kExitOk;
}

int Cli::providerShow()
{
    if (!openServices())
        return kExitFailure;
    const storage::ProviderRepository repository(*m_services->database);
    const storage::ProviderRepository::LoadResult loaded = repository.load();
    if (loaded.error.isError())
        return fail(dbErrorText(loaded.error));
    const storage::ProviderRepository::StoredResult stored = repository.storedSecrets();
    const storage::ProviderSettings& s = loaded.settings;
    const auto secretText = [&](const QString& key) {
        return stored.keys.contains(key) ? providers::kRedactionMark.toString() : tr("(not stored)");
    };
    const auto field = [&](const QString& name, const QString& value) {
        line(m_out, QStringLiteral("  %1 %2").arg(QString(name + QLatin1Char(':')), -16).arg(value));
    };
    const auto header = [&](ProviderKind kind) {
        const bool configured = kind == ProviderKind::Sandbox || s.configured.contains(kind);
        line(m_out,
            QStringLiteral("%1%2 (%3)%4")
                .arg(s.active == kind ? QStringLiteral("* ") : QStringLiteral("  "),
                    QString(providers::providerKindName(kind)), providers::providerDisplayName(kind),
                    configured ? QString() : tr(": not configured")));
    };
    line(m_out, tr("Active provider: %1").arg(QString(providers::providerKindName(s.active))));
    header(ProviderKind::Twilio);
    if (s.configured.contains(ProviderKind::Twilio)) {
        field(QStringLiteral("account-sid"), s.twilio.accountSid);
        field(QStringLiteral("sender"), s.twilio.sender);
        field(QStringLiteral("api-base"), s.twilio.apiBase.toString());
        field(QStringLiteral("auth-token"), secretText(keys::twilioAuthToken()));
    }
    header(ProviderKind::Vonage);
    if (s.configured.contains(ProviderKind::Vonage)) {
        field(QStringLiteral("api-key"), s.vonage.apiKey);
        field(QStringLiteral("sender"), s.vonage.sender);
        field(QStringLiteral("api-base"), s.vonage.apiBase.toString());
        field(QStringLiteral("api-secret"), secretText(keys::vonageApiSecret()));
    }
    header(ProviderKind::Custom);
    if (s.configured.contains(ProviderKind::Custom)) {
        const providers::custom::Config& c = s.custom.config;
        field(QStringLiteral("url"), c.url);
        field(QStringLiteral("content-type"), contentTypeName(c.format));
        field(QStringLiteral("method"), QString::fromLatin1(providers::httpMethodName(c.method)).toLower());
        QStringList headers;
        for (const tmpl::HeaderField& h : tmpl::parseHeaderList(c.headers).fields())
            headers.append(h.name + QStringLiteral(": ") + secretText(keys::customHeader(h.name)));
        field(QStringLiteral("headers"), headers.isEmpty() ? tr("(none)") : headers.join(QStringLiteral(", ")));
        QStringList statuses;
        for (int status : c.success.statuses)
            statuses.append(QString::number(status));
        field(QStringLiteral("success-status"),
            statuses.isEmpty() ? QStringLiteral("200-299") : statuses.join(QLatin1Char(',')));
        if (c.success.bodyMatch != providers::custom::BodyMatch::None)
            field(QStringLiteral("success-body"), c.success.bodyPattern);
        field(QStringLiteral("template"),
            QString(c.payloadTemplate).replace(QLatin1Char('\n'), QStringLiteral("\n    ")));
    }
    header(ProviderKind::Sandbox);
    return kExitOk;
}

int Cli::providerCheck(const QStringList& args)
{
    QCommandLineParser parser;
    if (auto code = parse(parser, QStringLiteral("provider check"), args))
        return *code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usage(tr("provider check takes at most one provider name."));
    std::optional<ProviderKind> kind;
    if (auto code = readProviderName(positional.isEmpty() ? std::nullopt : std::optional(positional.first()), kind))
        return *code;
    storage::ProviderSettings settings;
    if (auto code = loadProviders(settings))
        return *code;
    const ProviderKind chosen = kind.value_or(settings.active);
    if (chosen == ProviderKind::Sandbox) {
        if (!startSandbox())
            return kExitFailure;
        line(m_out,
            tr("The sandbox needs no credentials; it answers on %1.").arg(m_services->sandbox->url().toString()));
        return kExitOk;
    }
    if (!settings.configured.contains(chosen))
        return fail(tr("%1 is not configured: use “provider set %2”.")
                        .arg(providers::providerDisplayName(chosen), QString(providers::providerKindName(chosen))));
    QPointer<Cli> self(this);
    send::loadProviderSetup(
        chosen, settings, *m_services->secrets, QUrl(), [self](const send::SetupResult& result) {
            if (!self)
                return;
            if (!result.setup) {
                self->finish(self->fail(oneLine(result.message())));
                return;
            }
            const providers::ProviderSetup& setup = *result.setup;
            if (const auto* twilio = std::get_if<providers::TwilioSetup>(&setup)) {
                self->m_services->client->checkTwilio(
                    twilio->config, twilio->secrets, [self](const providers::twilio::AccountCheck& check) {
                        if (!self)
                            return;
                        if (!check.ok) {
                            self->finish(self->fail(oneLine(check.explanation)));
                            return;
                        }
                        self->line(self->m_out,
                            oneLine(tr("The credentials work: %1 (%2 account, %3). %4")
                                        .arg(check.friendlyName, check.type, check.status, check.explanation)));
                        self->finish(kExitOk);
                    });
            } else if (const auto* vonage = std::get_if<providers::VonageSetup>(&setup)) {
                self->m_services->client->checkVonage(
                    vonage->config, vonage->secrets, [self](const providers::vonage::BalanceCheck& check) {
                        if (!self)
                            return;
                        if (!check.ok) {
                            self->finish(self->fail(oneLine(check.explanation)));
                            return;
                        }
                        self->line(self->m_out,
                            oneLine(tr("The credentials work: the balance is %1 €. %2")
                                        .arg(QLocale().toString(check.balance, 'f', 2), check.explanation)));
                        self->finish(kExitOk);
                    });
            } else {
                // A custom provider has no request that proves credentials without sending an SMS: check the build.
                const providers::BuildResult build = buildRequest(setup, kSampleNumber, kSampleCode);
                if (!build.ok()) {
                    self->finish(self->fail(build.errors.first().message));
                    return;
                }
                for (const providers::BuildProblem& warning : build.warnings)
                    self->line(self->m_err, tr("Warning: %1").arg(warning.message));
                self->line(self->m_out,
                    tr("The configuration builds a request; a custom provider has no check that sends "
                       "no SMS: use send-test to prove it."));
                self->finish(kExitOk);
            }
        });
    return kExitPending;
}

// ---- preview ----

int Cli::previewCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("provider"), QString(), QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("to"), QString(), QStringLiteral("NUMBER")));
    parser.addOption(QCommandLineOption(QStringLiteral("text"), QString(), QStringLiteral("TEXT")));
    if (auto code = parse(parser, QStringLiteral("preview"), args))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("Unexpected argument “%1”.").arg(parser.positionalArguments().first()));
    std::optional<ProviderKind> kind;
    if (auto code = readProviderName(optionValue(parser, QStringLiteral("provider")), kind))
        return *code;
    QString to = kSampleNumber;
    if (parser.isSet(QStringLiteral("to"))) {
        const phone::NormalizeResult number
            = phone::normalize(parser.value(QStringLiteral("to")), phone::regionForLocale(QLocale::system()));
        if (!number.ok())
            return usage(tr("--to: %1").arg(number.message));
        to = number.e164;
    }
    storage::ProviderSettings settings;
    if (auto code = loadProviders(settings))
        return *code;
    const ProviderKind chosen = kind.value_or(settings.active);
    if (chosen != ProviderKind::Sandbox && !settings.configured.contains(chosen))
        return fail(tr("%1 is not configured: use “provider set %2”.")
                        .arg(providers::providerDisplayName(chosen), QString(providers::providerKindName(chosen))));
    if (chosen == ProviderKind::Sandbox && !startSandbox())
        return kExitFailure;
    const QString text = parser.isSet(QStringLiteral("text"))
        ? parser.value(QStringLiteral("text"))
        : sampleText(*m_services->database, storage::SettingsRepository(*m_services->database).loadPolicy().policy);
    QPointer<Cli> self(this);
    send::loadProviderSetup(chosen, settings, *m_services->secrets, m_services->sandbox->url(),
        [self, to, text](const send::SetupResult& result) {
            if (!self)
                return;
            if (!result.setup) {
                self->finish(self->fail(oneLine(result.message())));
                return;
            }
            const providers::BuildResult build = buildRequest(*result.setup, to, text);
            for (const providers::BuildProblem& warning : build.warnings)
                self->line(self->m_err, tr("Warning: %1").arg(warning.message));
            if (!build.ok()) {
                for (qsizetype i = 1; i < build.errors.size(); ++i)
                    self->line(self->m_err, build.errors.at(i).message);
                self->finish(self->fail(build.errors.first().message));
                return;
            }
            const QString request = providers::redactRequest(build.request).toText();
            self->m_out << request;
            if (!request.endsWith(QLatin1Char('\n')))
                self->m_out << '\n';
            self->m_out.flush();
            self->finish(kExitOk);
        });
    return kExitPending;
}

// ---- send-test ----

int Cli::sendTestCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("provider"), QString(), QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("to"), QString(), QStringLiteral("NUMBER")));
    if (auto code = parse(parser, QStringLiteral("send-test"), args))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("Unexpected argument “%1”.").arg(parser.positionalArguments().first()));
    if (!parser.isSet(QStringLiteral("to")))
        return usage(tr("send-test needs --to NUMBER."));
    std::optional<ProviderKind> kind;
    if (auto code = readProviderName(optionValue(parser, QStringLiteral("provider")), kind))
        return *code;
    const phone::NormalizeResult number
        = phone::normalize(parser.value(QStringLiteral("to")), phone::regionForLocale(QLocale::system()));
    if (!number.ok())
        return usage(tr("--to: %1").arg(number.message));
    if (!number.message.isEmpty())
        line(m_err, tr("Warning: %1").arg(number.message));
    storage::ProviderSettings settings;
    if (auto code = loadProviders(settings, kExitSendFailed))
        return *code;
    const ProviderKind chosen = kind.value_or(settings.active);
    if (chosen == ProviderKind::Sandbox) {
        if (!startSandbox())
            return kExitSendFailed;
        // The sandbox phone of the CLI: the message it received, for a person or a script to read the code from.
        connect(m_services->sandbox.get(), &sandbox::SandboxGateway::messageReceived, this,
            [this](const sandbox::SandboxMessage& message) {
                line(m_err, tr("Sandbox phone %1: %2").arg(message.to, oneLine(message.text)));
            });
    }
    connect(
        m_services->session.get(), &send::TestSendSession::sendFinished, this, [this](const send::SendReport& report) {
            if (report.result == send::SendReport::Result::Sent) {
                QString text = report.isResend
                    ? tr("New code sent to %1; the earlier one no longer works.").arg(m_services->session->number())
                    : tr("Code sent to %1.").arg(m_services->session->number());
                if (!report.outcome.messageId.isEmpty())
                    text += QLatin1Char(' ') + tr("Message id %1.").arg(report.outcome.messageId);
                text += QLatin1Char(' ') + tr("Accepted in %1 ms.").arg(report.outcome.latency.count());
                line(m_out, text);
                line(m_err, tr("Type the code (or “resend”):"));
            } else if (!report.isResend) {
                finish(fail(oneLine(report.explanation), kExitSendFailed));
                return;
            } else {
                line(m_err, oneLine(report.explanation));
            }
            // Back to the event loop first: the session finishes its bookkeeping before stdin blocks.
            QTimer::singleShot(0, this, &Cli::readCodes);
        });
    m_services->session->start(number.e164, chosen);
    return kExitPending;
}

void Cli::readCodes()
{
    if (m_finished)
        return;
    for (;;) {
        const std::optional<QString> read = readLine();
        if (!read) {
            finish(fail(tr("The input ended before a code was verified.")));
            return;
        }
        const QString typed = read->trimmed();
        if (typed.isEmpty())
            continue;
        if (typed.compare(u"resend", Qt::CaseInsensitive) == 0) {
            m_services->session->resend();
            return; // sendFinished comes back here
        }
        const send::VerifyReport report = m_services->session->verifyReport(typed);
        const otp::VerifyResult& result = report.result;
        switch (result.status) {
        case otp::VerifyStatus::Verified:
            line(m_out, oneLine(report.message()));
            finish(kExitOk);
            return;
        case otp::VerifyStatus::Wrong:
            if (result.attemptsLeft == 0) {
                finish(fail(oneLine(report.message())));
                return;
            }
            line(m_err, oneLine(report.message()));
            continue;
        case otp::VerifyStatus::Superseded:
            line(m_err, oneLine(report.message()));
            continue;
        case otp::VerifyStatus::Expired:
        case otp::VerifyStatus::Locked:
        case otp::VerifyStatus::Closed:
        case otp::VerifyStatus::NotFound:
            finish(fail(oneLine(report.message())));
            return;
        }
    }
}

// ---- history ----

int Cli::historyCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("limit"), QString(), QStringLiteral("N")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("format"), QString(), QStringLiteral("FORMAT"), QStringLiteral("table")));
    if (auto code = parse(parser, QStringLiteral("history"), args))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("Unexpected argument “%1”.").arg(parser.positionalArguments().first()));
    storage::HistoryFilter filter;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        filter.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || filter.limit < 1)
            return usage(tr("--limit takes a whole number of at least 1."));
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != u"table" && format != u"csv" && format != u"json")
        return usage(tr("--format must be table, csv or json."));
    if (!openServices())
        return kExitFailure;
    const storage::HistoryRepository::ListResult listed
        = storage::HistoryRepository(*m_services->database).list(filter);
    if (listed.error.isError())
        return fail(dbErrorText(listed.error));

    if (format == u"csv") {
        m_out << QString::fromUtf8(storage::historyToCsv(listed.entries));
        m_out.flush();
        return kExitOk;
    }
    if (format == u"json") {
        QJsonArray rows;
        for (const storage::HistoryEntry& e : listed.entries) {
            rows.append(QJsonObject {
                { QStringLiteral("time"), e.time.toUTC().toString(Qt::ISODate) },
                { QStringLiteral("provider"), e.provider },
                { QStringLiteral("number"), e.maskedNumber },
                { QStringLiteral("event"), storage::historyEventName(e.event) },
                { QStringLiteral("message_id"), e.messageId },
                { QStringLiteral("http_status"), e.httpStatus },
                { QStringLiteral("provider_code"), e.providerCode },
                { QStringLiteral("latency_ms"), e.latencyMs },
                { QStringLiteral("outcome"), storage::historyOutcomeName(e.outcome) },
                { QStringLiteral("explanation"), e.explanation },
            });
        }
        m_out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        m_out.flush();
        return kExitOk;
    }
    if (listed.entries.isEmpty()) {
        line(m_out, tr("No history yet."));
        return kExitOk;
    }
    line(m_out,
        QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
            .arg(tr("Time (UTC)"), -20)
            .arg(tr("Provider"), -8)
            .arg(tr("Number"), -16)
            .arg(tr("Event"), -6)
            .arg(tr("Outcome"), -10)
            .arg(tr("HTTP"), 4)
            .arg(tr("ms"), 6)
            .arg(tr("Message id / explanation")));
    for (const storage::HistoryEntry& e : listed.entries) {
        const QString detail = e.messageId.isEmpty() ? oneLine(e.explanation) : e.messageId;
        line(m_out,
            QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                .arg(e.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), -20)
                .arg(e.provider, -8)
                .arg(e.maskedNumber, -16)
                .arg(storage::historyEventName(e.event), -6)
                .arg(storage::historyOutcomeName(e.outcome), -10)
                .arg(e.httpStatus > 0 ? QString::number(e.httpStatus) : QStringLiteral("-"), 4)
                .arg(e.latencyMs >= 0 ? QString::number(e.latencyMs) : QStringLiteral("-"), 6)
                .arg(detail));
    }
    return kExitOk;
}

// ---- backup-codes ----

int Cli::backupCodesCommand(const QStringList& args)
{
    const QString action = args.value(0);
    if (action == u"--help" || action == u"-h") {
        m_out << usageText();
        return kExitOk;
    }
    if (action != u"generate" && action != u"status") {
        return usage(action.isEmpty() ? tr("backup-codes needs generate or status.")
                                      : tr("Unknown backup-codes action “%1”.").arg(action));
    }
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("user"), QString(), QStringLiteral("NAME")));
    if (auto code = parse(parser, QStringLiteral("backup-codes ") + action, args.mid(1)))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("Unexpected argument “%1”.").arg(parser.positionalArguments().first()));
    QString user = parser.value(QStringLiteral("user")).trimmed();
    if (user.isEmpty())
        return usage(tr("backup-codes %1 needs --user NAME.").arg(action));
    // A user written as a phone number is the number send-test sends to: the same E.164 form.
    static const QRegularExpression numberLike(QStringLiteral("^\\+?[0-9][0-9 ()-]*$"));
    if (numberLike.match(user).hasMatch()) {
        const phone::NormalizeResult number = phone::normalize(user, phone::regionForLocale(QLocale::system()));
        if (!number.ok())
            return usage(tr("--user: %1").arg(number.message));
        user = number.e164;
    }
    if (!openServices())
        return kExitFailure;
    storage::BackupCodeRepository repository(*m_services->database);
    otp::BackupCodes codes(repository);
    if (action == u"status") {
        const otp::BackupStatus status = codes.status(user);
        if (!status.error.isEmpty())
            return fail(status.error);
        if (status.total == 0) {
            line(m_out, tr("No backup codes for %1.").arg(user));
            return kExitOk;
        }
        line(m_out,
            tr("%1 of %2 backup codes left for %3 (generated %4).")
                .arg(status.remaining)
                .arg(status.total)
                .arg(user, status.generatedAt));
        return kExitOk;
    }
    const storage::BackupCodeRepository::PolicyResult policy = repository.loadPolicy();
    if (policy.error.isError())
        return fail(dbErrorText(policy.error));
    const otp::BackupGenerateResult generated = codes.generate(user, policy.policy.count, policy.policy.length);
    if (!generated.ok())
        return fail(generated.error);
    line(m_err,
        tr("New backup codes for %1, shown only this once: keep them now. The earlier set no longer works.")
            .arg(user));
    for (const QString& code : generated.codes)
        line(m_out, code);
    if (!policy.policy.enabled)
        line(m_err, tr("Backup codes are off: “settings set backup.enabled true” lets send-test accept them."));
    return kExitOk;
}

// ---- config ----

int Cli::configCommand(const QStringList& args)
{
    const QString action = args.value(0);
    if (action == u"--help" || action == u"-h") {
        m_out << usageText();
        return kExitOk;
    }
    if (action != u"export" && action != u"import") {
        return usage(action.isEmpty() ? tr("config needs export or import.")
                                      : tr("Unknown config action “%1”.").arg(action));
    }
    QCommandLineParser parser;
    if (auto code = parse(parser, QStringLiteral("config ") + action, args.mid(1)))
        return *code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(tr("config %1 needs one FILE.").arg(action));
    const QString path = positional.first();
    if (!openServices())
        return kExitFailure;
    if (action == u"export") {
        const config::ExportResult exported = config::exportConfig(*m_services->database);
        if (!exported.ok())
            return fail(exported.error);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
        if (file.write(exported.json) != exported.json.size() || !file.flush())
            return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
        file.close();
        line(m_out, tr("Configuration exported to %1 (no secrets).").arg(path));
        return kExitOk;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(path, file.errorString()));
    const config::ImportResult imported = config::importConfig(*m_services->database, file.readAll());
    if (!imported.ok()) {
        QString text = tr("%1: nothing imported. %2").arg(path, imported.errors.first().text());
        if (imported.errors.size() > 1)
            text += QLatin1Char(' ') + tr("(and %n more problem(s))", nullptr, int(imported.errors.size() - 1));
        return fail(text);
    }
    line(m_out, tr("Configuration imported from %1.").arg(path));
    for (const QString& secret : imported.secretsToEnter)
        line(m_out, tr("Enter the secret afterwards: %1").arg(secret));
    return kExitOk;
}

// ---- server (WSO2 Identity Server) ----

namespace {

QString authName(const wso2::ServerConfig& c)
{
    return c.auth == wso2::AuthKind::Basic ? QStringLiteral("basic") : QStringLiteral("client-credentials");
}

QString comparisonMark(wso2::Comparison c)
{
    switch (c) {
    case wso2::Comparison::Equal:
        return QStringLiteral("=");
    case wso2::Comparison::Different:
        return QStringLiteral("≠");
    case wso2::Comparison::Unknown:
        break;
    }
    return QStringLiteral("?");
}

QString shown(const QString& value)
{
    return value.isEmpty() ? tr("(none)") : QString(value).replace(QLatin1Char('\n'), QStringLiteral("\\n"));
}

} // namespace

int Cli::serverCommand(const QStringList& args)
{
    const QString action = args.value(0);
    if (action == u"--help" || action == u"-h") {
        m_out << usageText();
        return kExitOk;
    }
    if (action == u"add")
        return serverAdd(args.mid(1));
    if (action == u"list")
        return serverList(args.mid(1));
    if (action == u"test")
        return serverTest(args.mid(1));
    if (action == u"pull")
        return serverPull(args.mid(1));
    if (action == u"push")
        return serverPush(args.mid(1));
    if (action == u"flow")
        return serverFlow(args.mid(1));
    return usage(action.isEmpty() ? tr("server needs add, list, test, pull, push or flow.")
                                  : tr("Unknown server command “%1”.").arg(action));
}

bool Cli::confirm(const QString& question)
{
    m_out << question << ' ';
    m_out.flush();
    const std::optional<QString> answer = readLine();
    if (!answer)
        return false;
    const QString a = answer->trimmed().toLower();
    return a == u"y" || a == u"yes";
}

void Cli::withServerConnection(const QString& name, std::function<void(const wso2::Connection&)> next)
{
    const wso2::ServerRepository::FindResult found = wso2::ServerRepository(*m_services->database).find(name);
    if (found.error.isError()) {
        finish(fail(dbErrorText(found.error)));
        return;
    }
    if (!found.server) {
        finish(fail(tr("No server named “%1”: add it with “server add”.").arg(name)));
        return;
    }
    wso2::Connection connection;
    connection.config = found.server->config;
    connection.pinnedCertificate = found.server->pinnedCertificate;
    const bool basic = connection.config.auth == wso2::AuthKind::Basic;
    const QString key = basic ? keys::wso2Password(name) : keys::wso2ClientSecret(name);
    QPointer<Cli> self(this);
    m_services->secrets->read(key, [self, connection, basic, next](const storage::SecretResult& result) mutable {
        if (!self)
            return;
        if (result.error.isError()) {
            self->finish(self->fail(tr("The %1 of the server could not be read from the keychain: %2")
                                        .arg(basic ? tr("password") : tr("client secret"), result.error.message())));
            return;
        }
        if (basic)
            connection.credentials.password = result.value;
        else
            connection.credentials.clientSecret = result.value;
        next(connection);
    });
}

int Cli::serverAdd(const QStringList& args)
{
    QCommandLineParser parser;
    const QString url = QStringLiteral("url"), user = QStringLiteral("user"),
                  passwordStdin = QStringLiteral("password-stdin"), clientId = QStringLiteral("client-id"),
                  tokenUrl = QStringLiteral("token-url"), scopesOption = QStringLiteral("scopes"),
                  secretStdin = QStringLiteral("client-secret-stdin"), pin = QStringLiteral("pin-certificate"),
                  yes = QStringLiteral("yes");
    parser.addOption(QCommandLineOption(url, QString(), QStringLiteral("URL")));
    parser.addOption(QCommandLineOption(user, QString(), QStringLiteral("USER")));
    parser.addOption(QCommandLineOption(passwordStdin));
    parser.addOption(QCommandLineOption(clientId, QString(), QStringLiteral("ID")));
    parser.addOption(QCommandLineOption(tokenUrl, QString(), QStringLiteral("URL")));
    parser.addOption(QCommandLineOption(scopesOption, QString(), QStringLiteral("LIST")));
    parser.addOption(QCommandLineOption(secretStdin));
    parser.addOption(QCommandLineOption(pin));
    parser.addOption(QCommandLineOption(yes));
    if (auto code = parse(parser, QStringLiteral("server add"), args))
        return *code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(tr("server add needs one server name."));
    if (!parser.isSet(url))
        return usage(tr("server add needs --url."));
    const bool basic = parser.isSet(user) || parser.isSet(passwordStdin);
    const bool oauth = parser.isSet(clientId) || parser.isSet(tokenUrl) || parser.isSet(scopesOption)
        || parser.isSet(secretStdin);
    if (basic == oauth)
        return usage(tr("server add needs either --user with --password-stdin, or --client-id, --token-url and "
                        "--client-secret-stdin."));
    wso2::ServerConfig config;
    config.name = positional.first();
    config.baseUrl = QUrl(parser.value(url));
    if (basic) {
        if (!parser.isSet(user) || !parser.isSet(passwordStdin))
            return usage(tr("An admin user needs --user and --password-stdin."));
        config.auth = wso2::AuthKind::Basic;
        config.username = parser.value(user);
    } else {
        if (!parser.isSet(clientId) || !parser.isSet(tokenUrl) || !parser.isSet(secretStdin))
            return usage(tr("Client credentials need --client-id, --token-url and --client-secret-stdin."));
        config.auth = wso2::AuthKind::ClientCredentials;
        config.clientId = parser.value(clientId);
        config.tokenUrl = QUrl(parser.value(tokenUrl));
        if (parser.isSet(scopesOption)) {
            static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
            config.scopes = parser.value(scopesOption).split(separators, Qt::SkipEmptyParts);
        }
    }
    const QStringList problems = wso2::checkServerConfig(config);
    if (!problems.isEmpty())
        return usage(problems.first());
    const std::optional<QString> secret = readLine();
    if (!secret || secret->isEmpty())
        return usage(basic ? tr("No password on standard input.") : tr("No client secret on standard input."));
    if (!openServices())
        return kExitFailure;

    const bool assumeYes = parser.isSet(yes);
    const QString secretKey = basic ? keys::wso2Password(config.name) : keys::wso2ClientSecret(config.name);
    QPointer<Cli> self(this);
    // Saves the configuration (and the pin), then the secret.
    auto save = [self, config, secretKey, secret](const QByteArray& pinPem) {
        wso2::ServerRepository repository(*self->m_services->database);
        storage::DbError error = repository.save(config);
        if (!error.isError() && !pinPem.isEmpty())
            error = repository.setPinnedCertificate(config.name, pinPem);
        if (error.isError()) {
            self->finish(self->fail(tr("Not saved: %1").arg(dbErrorText(error))));
            return;
        }
        self->m_services->secrets->write(secretKey, *secret, [self, config](const storage::SecretResult& result) {
            if (!self)
                return;
            if (result.error.isError()) {
                self->finish(self->fail(
                    tr("The server was saved, but its secret was not: %1").arg(result.error.message())));
                return;
            }
            self->line(self->m_out, tr("Server “%1” saved (%2).").arg(config.name, config.baseUrl.toString()));
            self->finish(kExitOk);
        });
    };
    if (!parser.isSet(pin)) {
        QTimer::singleShot(0, this, [save] { save({}); });
        return kExitPending;
    }
    m_services->wso2->fetchCertificate(config.baseUrl,
        [self, config, save, assumeYes](const wso2::CertificateInfo& info) {
            if (!self)
                return;
            if (!info.ok) {
                self->finish(self->fail(
                    tr("Could not read the certificate of %1: %2").arg(config.baseUrl.host(), info.explanation),
                    kExitServerFailure));
                return;
            }
            self->line(self->m_out,
                tr("Certificate of %1:%2").arg(config.baseUrl.host()).arg(config.baseUrl.port(443)));
            self->line(self->m_out, tr("  SHA-256: %1").arg(info.sha256));
            self->line(self->m_out, tr("  Subject: %1").arg(info.subject));
            self->line(self->m_out, tr("  Issuer:  %1").arg(info.issuer));
            self->line(self->m_out, tr("  Expires: %1").arg(info.expires.toUTC().toString(Qt::ISODate)));
            if (info.trustedBySystem)
                self->line(self->m_out, tr("The system already trusts this certificate."));
            if (!assumeYes
                && !self->confirm(tr("Compare the fingerprint with the server's. Pin this certificate for “%1”? "
                                     "[y/N]")
                                      .arg(config.name))) {
                self->finish(self->fail(tr("Declined: nothing was saved.")));
                return;
            }
            save(info.pem);
        });
    return kExitPending;
}

int Cli::serverList(const QStringList& args)
{
    QCommandLineParser parser;
    if (auto code = parse(parser, QStringLiteral("server list"), args))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("server list takes no arguments."));
    if (!openServices())
        return kExitFailure;
    const wso2::ServerRepository::ListResult listed = wso2::ServerRepository(*m_services->database).list();
    if (listed.error.isError())
        return fail(dbErrorText(listed.error));
    if (listed.servers.isEmpty()) {
        line(m_out, tr("No servers: add one with “server add”."));
        return kExitOk;
    }
    for (const wso2::StoredServer& s : listed.servers) {
        const wso2::ServerConfig& c = s.config;
        const QString who = c.auth == wso2::AuthKind::Basic
            ? tr("user %1").arg(c.username)
            : tr("client %1, token URL %2").arg(c.clientId, wso2::effectiveTokenUrl(c).toString());
        QString pinText = tr("no pinned certificate");
        if (!s.pinnedCertificate.isEmpty()) {
            const QList<QSslCertificate> certs = QSslCertificate::fromData(s.pinnedCertificate);
            if (!certs.isEmpty())
                pinText = tr("pinned SHA-256 %1").arg(wso2::sha256Fingerprint(certs.first()));
        }
        line(m_out, QStringLiteral("%1  %2  %3 (%4)  %5").arg(c.name, c.baseUrl.toString(), authName(c), who, pinText));
    }
    return kExitOk;
}

int Cli::serverTest(const QStringList& args)
{
    QCommandLineParser parser;
    if (auto code = parse(parser, QStringLiteral("server test"), args))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("server test needs one server name."));
    if (!openServices())
        return kExitFailure;
    QPointer<Cli> self(this);
    withServerConnection(parser.positionalArguments().first(), [self](const wso2::Connection& connection) {
        self->m_services->wso2->testConnection(connection, [self](const wso2::ConnectionReport& report) {
            if (!self)
                return;
            for (const wso2::EndpointCheck& check : report.checks) {
                self->line(self->m_out,
                    check.ok ? tr("  ok    %1 (%2)").arg(check.what, check.path)
                             : tr("  fails %1 (%2): %3").arg(check.what, check.path, oneLine(check.explanation)));
            }
            if (report.error.isError()) {
                self->finish(self->fail(oneLine(report.error.explanation), kExitServerFailure));
                return;
            }
            if (!report.missingScopes.isEmpty()) {
                self->finish(
                    self->fail(tr("Missing scopes: %1.").arg(report.missingScopes.join(QStringLiteral(", ")))));
                return;
            }
            if (!report.ok) {
                self->finish(self->fail(tr("Not every endpoint answered."), kExitServerFailure));
                return;
            }
            self->line(self->m_out, tr("The connection works."));
            self->finish(kExitOk);
        });
    });
    return kExitPending;
}

std::optional<int> Cli::readServerCommand(
    QCommandLineParser& parser, const QString& command, const QStringList& args, ServerCommandInput& input)
{
    if (auto code = parse(parser, command, args))
        return code;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("%1 needs one server name.").arg(command));
    if (auto code = loadProviders(input.settings))
        return code;
    input.name = parser.positionalArguments().first();
    input.policy = storage::SettingsRepository(*m_services->database).loadPolicy().policy;
    return std::nullopt;
}

int Cli::serverPull(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("diff")));
    ServerCommandInput input;
    if (auto code = readServerCommand(parser, QStringLiteral("server pull"), args, input))
        return *code;
    const bool diff = parser.isSet(QStringLiteral("diff"));
    const storage::ProviderSettings settings = input.settings;
    const otp::OtpPolicy policy = input.policy;
    QPointer<Cli> self(this);
    withServerConnection(input.name, [self, diff, settings, policy](const wso2::Connection& connection) {
        self->m_services->wso2->pull(connection, [self, diff, settings, policy](const wso2::PullResult& pulled) {
            if (!self)
                return;
            if (!pulled.ok) {
                self->finish(self->fail(oneLine(pulled.error.explanation), kExitServerFailure));
                return;
            }
            auto report = [self, diff, pulled](const std::optional<wso2::SmsSender>& consoleSender,
                              const QStringList& consoleSecrets, const QList<wso2::ConnectorProperty>& connector) {
                const QList<wso2::DiffRow> rows = wso2::diffSender(consoleSender, pulled.sender, consoleSecrets)
                    + wso2::diffConnector(connector, pulled.connector);
                QString section;
                for (const wso2::DiffRow& row : rows) {
                    if (row.section != section) {
                        section = row.section;
                        self->line(self->m_out,
                            section == u"sender" ? tr("SMS sender:") : tr("SMS OTP settings (connector):"));
                    }
                    if (diff)
                        self->line(self->m_out,
                            tr("  %1 %2: console %3, server %4")
                                .arg(comparisonMark(row.comparison), row.field, shown(row.consoleValue),
                                    shown(row.serverValue)));
                    else
                        self->line(self->m_out, QStringLiteral("  %1: %2").arg(row.field, shown(row.serverValue)));
                }
                if (!diff) {
                    self->finish(kExitOk);
                } else if (wso2::hasDifferences(rows)) {
                    self->finish(self->fail(tr("The server's settings differ from the console's (≠ above).")));
                } else {
                    self->line(self->m_out, tr("No difference."));
                    self->finish(kExitOk);
                }
            };
            const QList<wso2::ConnectorProperty> connector
                = wso2::planPush(ProviderKind::Sandbox, providers::ProviderSetup {}, policy, {}, pulled).connector;
            if (!diff || settings.active == ProviderKind::Sandbox) {
                report(std::nullopt, {}, connector);
                return;
            }
            send::loadProviderSetup(settings.active, settings, *self->m_services->secrets, QUrl(),
                [self, settings, policy, pulled, report](const send::SetupResult& setup) {
                    if (!self)
                        return;
                    if (!setup.setup) {
                        self->finish(self->fail(oneLine(setup.message())));
                        return;
                    }
                    const wso2::PushPlan plan = wso2::planPush(settings.active, *setup.setup, policy, {}, pulled);
                    report(plan.sender.sender, plan.sender.secrets, plan.connector);
                });
        });
    });
    return kExitPending;
}

int Cli::serverPush(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("yes")));
    ServerCommandInput input;
    if (auto code = readServerCommand(parser, QStringLiteral("server push"), args, input))
        return *code;
    const bool assumeYes = parser.isSet(QStringLiteral("yes"));
    const storage::ProviderSettings settings = input.settings;
    const otp::OtpPolicy policy = input.policy;
    QPointer<Cli> self(this);
    withServerConnection(input.name, [self, settings, policy, assumeYes](const wso2::Connection& connection) {
        send::loadProviderSetup(settings.active, settings, *self->m_services->secrets, QUrl(),
            [self, settings, policy, assumeYes, connection](const send::SetupResult& setup) {
                if (!self)
                    return;
                if (!setup.setup) {
                    self->finish(self->fail(oneLine(setup.message())));
                    return;
                }
                const providers::ProviderSetup providerSetup = *setup.setup;
                // What WSO2 cannot express is refused before a single request.
                const wso2::PushPlan first = wso2::planPush(settings.active, providerSetup, policy, {});
                if (first.refused()) {
                    for (const wso2::Refusal& r : first.sender.refusals)
                        self->line(self->m_err, tr("Refused (%1): %2").arg(r.field, oneLine(r.message)));
                    self->finish(self->fail(tr("Nothing was sent: WSO2 cannot take the provider settings as they "
                                               "are.")));
                    return;
                }
                self->m_services->wso2->pull(connection, [self, settings, policy, assumeYes, connection,
                                                             providerSetup](const wso2::PullResult& pulled) {
                    if (!self)
                        return;
                    if (!pulled.ok) {
                        self->finish(self->fail(oneLine(pulled.error.explanation), kExitServerFailure));
                        return;
                    }
                    const wso2::PushPlan plan = wso2::planPush(settings.active, providerSetup, policy, {}, pulled);
                    const bool put = plan.senderExists.value_or(false);
                    const QString senderPath = put
                        ? wso2::Wso2Client::senderPath() + QLatin1Char('/') + wso2::kSenderName.toString()
                        : wso2::Wso2Client::senderPath();
                    auto show = [&](providers::HttpMethod method, const QString& path, const QByteArray& body) {
                        providers::HttpRequestSpec spec = wso2::Wso2Client::buildApiRequest(
                            connection, method, path, body, QByteArrayLiteral("token"));
                        spec.secrets += plan.sender.secrets;
                        self->m_out << providers::redactRequest(spec).toText() << "\n\n";
                    };
                    self->line(self->m_out, tr("The requests:"));
                    show(put ? providers::HttpMethod::Put : providers::HttpMethod::Post, senderPath,
                        QJsonDocument(wso2::senderToJson(plan.sender.sender, put)).toJson(QJsonDocument::Indented));
                    show(providers::HttpMethod::Patch, wso2::Wso2Client::connectorPath(),
                        QJsonDocument(wso2::connectorPatchBody(plan.connector)).toJson(QJsonDocument::Indented));
                    const QList<wso2::DiffRow> rows
                        = wso2::diffSender(plan.sender.sender, pulled.sender, plan.sender.secrets)
                        + wso2::diffConnector(plan.connector, pulled.connector);
                    self->line(self->m_out, tr("What changes on the server:"));
                    bool any = false;
                    for (const wso2::DiffRow& row : rows) {
                        if (row.comparison == wso2::Comparison::Equal)
                            continue;
                        any = true;
                        self->line(self->m_out,
                            tr("  %1 %2: %3 → %4")
                                .arg(comparisonMark(row.comparison), row.field, shown(row.serverValue),
                                    shown(row.consoleValue)));
                    }
                    if (!any)
                        self->line(self->m_out, tr("  nothing: the server has these settings already."));
                    if (!assumeYes && !self->confirm(tr("Send these requests? [y/N]"))) {
                        self->finish(self->fail(tr("Declined: nothing was sent.")));
                        return;
                    }
                    self->m_services->wso2->push(connection, plan, [self](const wso2::PushResult& result) {
                        if (!self)
                            return;
                        if (!result.ok) {
                            self->finish(self->fail(oneLine(result.error.explanation),
                                result.refused ? kExitFailure : kExitServerFailure));
                            return;
                        }
                        self->line(self->m_out,
                            tr("Pushed: the SMS sender (%1) and the SMS OTP settings.")
                                .arg(QString::fromLatin1(result.senderMethod)));
                        self->finish(kExitOk);
                    });
                });
            });
    });
    return kExitPending;
}

int Cli::serverFlow(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("app"), QString(), QStringLiteral("APP")));
    parser.addOption(QCommandLineOption(QStringLiteral("backup-codes")));
    parser.addOption(QCommandLineOption(QStringLiteral("yes")));
    if (auto code = parse(parser, QStringLiteral("server flow"), args))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("server flow needs one server name."));
    const QString app = parser.value(QStringLiteral("app"));
    if (app.isEmpty())
        return usage(tr("server flow needs --app APP, the application's name."));
    if (!openServices())
        return kExitFailure;
    const bool assumeYes = parser.isSet(QStringLiteral("yes"));
    const wso2::AuthSequence wanted = wso2::smsOtpSequence(parser.isSet(QStringLiteral("backup-codes")));
    QPointer<Cli> self(this);
    withServerConnection(parser.positionalArguments().first(), [self, app, assumeYes, wanted](
                                                                   const wso2::Connection& connection) {
        self->m_services->wso2->listApplications(connection, app, true,
            [self, app, assumeYes, wanted, connection](const wso2::ApplicationListResult& listed) {
                if (!self)
                    return;
                if (!listed.ok) {
                    self->finish(self->fail(oneLine(listed.error.explanation), kExitServerFailure));
                    return;
                }
                QString id;
                for (const wso2::ApplicationSummary& a : listed.applications) {
                    if (a.name == app)
                        id = a.id;
                }
                if (id.isEmpty()) {
                    self->finish(self->fail(tr("The server has no application named “%1”.").arg(app)));
                    return;
                }
                self->m_services->wso2->application(connection, id,
                    [self, assumeYes, wanted, connection](const wso2::ApplicationResult& got) {
                        if (!self)
                            return;
                        if (!got.ok) {
                            self->finish(self->fail(oneLine(got.error.explanation), kExitServerFailure));
                            return;
                        }
                        const wso2::Application& a = got.application;
                        self->line(self->m_out, tr("Application: %1 (%2)").arg(a.name, a.id));
                        self->line(self->m_out, tr("Current login flow:"));
                        for (const QString& l : wso2::describeSequence(a.sequence))
                            self->line(self->m_out, QStringLiteral("  ") + l);
                        self->line(self->m_out, tr("New login flow:"));
                        for (const QString& l : wso2::describeSequence(wanted))
                            self->line(self->m_out, QStringLiteral("  ") + l);
                        if (a.sequence.hasScript())
                            self->line(self->m_out,
                                tr("The application's adaptive script is kept as it is (the request does not "
                                   "carry it)."));
                        if (a.sequence.sameFlow(wanted)) {
                            self->line(self->m_out, tr("The application has this login flow already."));
                            self->finish(kExitOk);
                            return;
                        }
                        providers::HttpRequestSpec spec = wso2::Wso2Client::buildApiRequest(connection,
                            providers::HttpMethod::Patch, wso2::Wso2Client::applicationPath(a.id),
                            wso2::flowPatchBody(wanted), QByteArrayLiteral("token"));
                        self->line(self->m_out, tr("The request:"));
                        self->m_out << providers::redactRequest(spec).toText() << "\n\n";
                        if (!assumeYes && !self->confirm(tr("Change the login flow? [y/N]"))) {
                            self->finish(self->fail(tr("Declined: the login flow was not changed.")));
                            return;
                        }
                        const QString name = a.name;
                        self->m_services->wso2->setLoginFlow(connection, a.id, wanted,
                            [self, name](const wso2::FlowChangeResult& changed) {
                                if (!self)
                                    return;
                                if (!changed.ok) {
                                    self->finish(
                                        self->fail(oneLine(changed.error.explanation), kExitServerFailure));
                                    return;
                                }
                                self->line(self->m_out, tr("The login flow of %1 is changed.").arg(name));
                                self->finish(kExitOk);
                            });
                    });
            });
    });
    return kExitPending;
}

// ---- plumbing ----

int Cli::usage(const QString& message)
{
    line(m_err, tr("smsotp: %1").arg(oneLine(message)));
    line(m_err, tr("Run “smsotp --help” for the usage."));
    return kExitUsage;
}

int Cli::fail(const QString& message, int code)
{
    line(m_err, oneLine(message));
    return code;
}

void Cli::line(QTextStream& stream, const QString& text)
{
    // Flushed at once: a script reads the sandbox's text from standard error while the CLI waits for the code.
    stream << text << '\n';
    stream.flush();
}

std::optional<QString> Cli::readLine()
{
    // Blocks until a whole line or the end of the input (main-cli opens stdin as a blocking stdio stream).
    const QByteArray data = m_in.readLine();
    if (data.isEmpty())
        return std::nullopt;
    return stripLineEnd(QString::fromUtf8(data));
}

void Cli::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = code;
    m_out.flush();
    m_err.flush();
    // Always after start() has returned, so a caller can connect after starting and exit() finds a running loop.
    QMetaObject::invokeMethod(
        this, [this, code] { Q_EMIT finished(code); }, Qt::QueuedConnection);
}

} // namespace smsotp::cli
