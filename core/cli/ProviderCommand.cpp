// smsotp provider: configure Twilio, Vonage or a custom HTTP provider, choose the active one, show and check them.

#include "Commands.h"
#include "Context.h"
#include "providers/ProviderClient.h"
#include "providers/ProviderKind.h"
#include "providers/Redaction.h"
#include "providers/UrlPolicy.h"
#include "send/ProviderSetupLoader.h"
#include "storage/ProviderSecrets.h"
#include "storage/SecretStore.h"
#include "template/HeaderList.h"

#include <QFile>

namespace smsotp::cli {

using providers::ProviderKind;
namespace keys = storage::secretkeys;

namespace {

QString contentTypeName(tmpl::PayloadFormat format)
{
    return format == tmpl::PayloadFormat::Json ? QStringLiteral("json") : QStringLiteral("form");
}

OptionSpec option(const QString& name, const QString& description, const QString& valueName = {}, bool required = false)
{
    return { QCommandLineOption(name, description, valueName), required, {}, false };
}

class ProviderCommand : public Command
{
public:
    explicit ProviderCommand(Context& context)
        : Command(context, QStringLiteral("provider"),
            tr("The SMS providers: Twilio, Vonage, a custom HTTP provider and the built-in sandbox."))
    {
        addVendorAction(ProviderKind::Twilio);
        addVendorAction(ProviderKind::Vonage);
        addCustomAction();
        Action sandbox { { QStringLiteral("set"), QStringLiteral("sandbox") }, {}, {}, {}, {}, [this](Invocation&) {
                            return m_context.usage(
                                tr("The sandbox needs no settings: use “provider use sandbox”."), name());
                        } };
        sandbox.hidden = true;
        addAction(sandbox);
        addAction({ { QStringLiteral("use") }, providerNames().join(QLatin1Char('|')), providerNames(),
            tr("Choose the provider for sends."), {}, [this](Invocation& i) { return use(i); } });
        addAction({ { QStringLiteral("show") }, {}, {},
            tr("Print the provider configuration; secrets are shown only as stored (•••) or not."), {},
            [this](Invocation& i) { return show(i); } });
        addAction({ { QStringLiteral("check") }, QStringLiteral("[NAME]"), providerNames(),
            tr("Ask Twilio (account fetch) or Vonage (balance) whether the credentials work, without sending an\n"
               "SMS; for a custom provider, check that its settings build a request."),
            {}, [this](Invocation& i) { return check(i); } });
    }

private:
    void addVendorAction(ProviderKind kind);
    void addCustomAction();
    int setVendor(ProviderKind kind, Invocation& invocation);
    int setCustom(Invocation& invocation);
    OrExit<providers::custom::Config> customConfig(Invocation& invocation);
    void applySecrets(const QList<storage::SecretChange>& changes, const QString& doneMessage);
    int use(Invocation& invocation);
    int show(Invocation& invocation);
    void showCustom(const providers::custom::Config& c, const std::function<QString(const QString&)>& secretText);
    int check(Invocation& invocation);
    void checkSetup(const providers::ProviderSetup& setup);
};

// ---- provider set twilio / vonage ----

struct VendorNames
{
    QString id, idValue, secretOption, secretName;
};

VendorNames vendorNames(ProviderKind kind)
{
    if (kind == ProviderKind::Twilio) {
        return { QStringLiteral("account-sid"), QStringLiteral("SID"), QStringLiteral("auth-token-stdin"),
            tr("auth token") };
    }
    return { QStringLiteral("api-key"), QStringLiteral("KEY"), QStringLiteral("api-secret-stdin"), tr("API secret") };
}

void ProviderCommand::addVendorAction(ProviderKind kind)
{
    const VendorNames n = vendorNames(kind);
    const bool twilio = kind == ProviderKind::Twilio;
    addAction({ { QStringLiteral("set"), QString(providers::providerKindName(kind)) }, {}, {},
        twilio ? tr("Configure Twilio; the Auth Token is the first line of standard input.")
               : tr("Configure Vonage; the API secret is the first line of standard input."),
        { option(n.id, twilio ? tr("The Account SID (AC and 32 hex digits).") : tr("The API key."), n.idValue, true),
            option(QStringLiteral("sender"),
                twilio ? tr("The From number (E.164) or alphanumeric sender ID.") : tr("The sender (from)."),
                QStringLiteral("FROM"), true),
            option(QStringLiteral("api-base"), tr("The API base URL (a regional endpoint)."), QStringLiteral("URL")),
            option(
                n.secretOption, tr("Read the %1 from the first line of standard input.").arg(n.secretName), {}, true) },
        [this, kind](Invocation& i) { return setVendor(kind, i); } });
}

int ProviderCommand::setVendor(ProviderKind kind, Invocation& invocation)
{
    const VendorNames n = vendorNames(kind);
    const bool twilio = kind == ProviderKind::Twilio;
    const QString command = QStringLiteral("provider set ") + QString(providers::providerKindName(kind));
    if (!invocation.positional().isEmpty())
        return m_context.usage(tr("Unexpected argument “%1”.").arg(invocation.positional().first()), name());
    for (const QString& required : { n.id, QStringLiteral("sender") }) {
        if (!invocation.isSet(required))
            return m_context.usage(tr("%1 needs --%2.").arg(command, required), name());
    }
    if (!invocation.isSet(n.secretOption)) {
        return m_context.usage(
            tr("%1 needs --%2: the secret is read from standard input.").arg(command, n.secretOption), name());
    }
    const QString id = invocation.value(n.id).trimmed();
    const QString sender = invocation.value(QStringLiteral("sender")).trimmed();
    const providers::FieldCheck idCheck
        = twilio ? providers::twilio::checkAccountSid(id) : providers::vonage::checkApiKey(id);
    if (!idCheck.ok())
        return m_context.fail(tr("--%1: %2").arg(n.id, idCheck.message));
    const providers::FieldCheck senderCheck
        = twilio ? providers::twilio::checkSender(sender) : providers::vonage::checkSender(sender);
    if (!senderCheck.ok())
        return m_context.fail(tr("--sender: %1").arg(senderCheck.message));
    QUrl apiBase(twilio ? providers::twilio::defaultApiBase() : providers::vonage::defaultApiBase());
    if (const std::optional<QString> base = invocation.optionalValue(QStringLiteral("api-base"))) {
        const QString text = base->trimmed();
        const providers::UrlCheck urlCheck = providers::checkEndpointUrl(QStringView(text));
        if (!urlCheck.ok())
            return m_context.fail(tr("--api-base: %1").arg(urlCheck.message));
        if (!urlCheck.warning.isEmpty())
            m_context.warning(urlCheck.warning);
        apiBase = QUrl(text);
    }

    const QString secret = m_context.readLine().value_or(QString()).trimmed();
    if (secret.isEmpty())
        return m_context.fail(tr("No %1 on standard input.").arg(n.secretName));
    const providers::FieldCheck secretCheck
        = twilio ? providers::twilio::checkAuthToken(secret) : providers::vonage::checkApiSecret(secret);
    if (!secretCheck.ok())
        return m_context.fail(tr("%1: %2").arg(twilio ? tr("Auth token") : tr("API secret"), secretCheck.message));

    services::Services* s = m_context.openServices();
    if (!s)
        return kExitFailure;
    storage::ProviderRepository repository(s->database());
    const QList<storage::SecretChange> changes { storage::SecretChange::write(
        twilio ? keys::twilioAuthToken() : keys::vonageApiSecret(), secret) };
    storage::DbError error = repository.markSecretsPending(storage::SecretChange::keysOf(changes));
    if (!error.isError())
        error = twilio ? repository.saveTwilio(providers::twilio::Config { id, sender, apiBase })
                       : repository.saveVonage(providers::vonage::Config { id, sender, apiBase });
    if (error.isError())
        return m_context.fail(tr("Not saved: %1").arg(dbErrorText(error)), detailOf(error));
    applySecrets(
        changes, tr("%1 settings saved; the secret is in the keychain.").arg(providers::providerDisplayName(kind)));
    return kExitPending;
}

// ---- provider set custom ----

void ProviderCommand::addCustomAction()
{
    OptionSpec contentType
        = option(QStringLiteral("content-type"), tr("The body's format."), QStringLiteral("TYPE"), true);
    contentType.choices = { QStringLiteral("json"), QStringLiteral("form") };
    OptionSpec method = option(QStringLiteral("method"), tr("The HTTP method."), QStringLiteral("METHOD"), true);
    method.choices = { QStringLiteral("post"), QStringLiteral("put") };
    OptionSpec templateFile = option(QStringLiteral("template-file"),
        tr("The payload template, with {{mobile}} and {{body}} as WSO2 writes them."), QStringLiteral("FILE"), true);
    templateFile.completesFiles = true;
    addAction({ { QStringLiteral("set"), QStringLiteral("custom") }, {}, {},
        tr("Configure a custom HTTP provider. With --headers-stdin, all of standard input is the header list,\n"
           "written “Name: value, Name2: value2”; the values go to the keychain."),
        { option(QStringLiteral("url"), tr("The provider's endpoint (https)."), QStringLiteral("URL"), true),
            contentType, method, templateFile,
            option(QStringLiteral("headers-stdin"), tr("Read the header list from standard input.")),
            option(QStringLiteral("success-status"),
                tr("The HTTP statuses that mean success, separated by commas (default: 200-299)."),
                QStringLiteral("LIST")),
            option(QStringLiteral("success-body"), tr("A regular expression the body of a success must match."),
                QStringLiteral("REGEX")) },
        [this](Invocation& i) { return setCustom(i); } });
}

OrExit<providers::custom::Config> ProviderCommand::customConfig(Invocation& invocation)
{
    using Exit = OrExit<providers::custom::Config>;
    providers::custom::Config config;
    config.url = invocation.value(QStringLiteral("url")).trimmed();
    const QString contentType = invocation.value(QStringLiteral("content-type")).toLower();
    if (contentType != u"json" && contentType != u"form")
        return Exit::exit(m_context.usage(tr("--content-type must be json or form."), name()));
    config.format = contentType == u"json" ? tmpl::PayloadFormat::Json : tmpl::PayloadFormat::Form;
    const QString method = invocation.value(QStringLiteral("method")).toLower();
    if (method != u"post" && method != u"put")
        return Exit::exit(m_context.usage(tr("--method must be post or put."), name()));
    config.method = method == u"post" ? providers::HttpMethod::Post : providers::HttpMethod::Put;
    for (const QString& part :
        invocation.value(QStringLiteral("success-status")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int status = part.trimmed().toInt(&ok);
        if (!ok) {
            return Exit::exit(
                m_context.usage(tr("--success-status takes HTTP statuses separated by commas, e.g. 200,202."), name()));
        }
        config.success.statuses.append(status);
    }
    if (const std::optional<QString> pattern = invocation.optionalValue(QStringLiteral("success-body"))) {
        config.success.bodyMatch = providers::custom::BodyMatch::RegularExpression;
        config.success.bodyPattern = *pattern;
    }
    const QString templatePath = invocation.value(QStringLiteral("template-file"));
    const limits::LimitedRead read
        = limits::readFile(templatePath, limits::kTemplateBytes, tr("The template file %1").arg(templatePath));
    if (!read.ok())
        return Exit::exit(m_context.fail(read.error));
    config.payloadTemplate = QString::fromUtf8(read.data);
    while (config.payloadTemplate.endsWith(u'\n') || config.payloadTemplate.endsWith(u'\r'))
        config.payloadTemplate.chop(1);
    const providers::UrlCheck urlCheck = providers::custom::checkUrl(config.url);
    if (!urlCheck.ok())
        return Exit::exit(m_context.fail(tr("--url: %1").arg(urlCheck.message)));
    if (!urlCheck.warning.isEmpty())
        m_context.warning(urlCheck.warning);
    const QList<providers::BuildProblem> criterionProblems = providers::custom::checkSuccessCriterion(config.success);
    if (!criterionProblems.isEmpty())
        return Exit::exit(m_context.fail(criterionProblems.first().message));
    return config;
}

int ProviderCommand::setCustom(Invocation& invocation)
{
    if (!invocation.positional().isEmpty())
        return m_context.usage(tr("Unexpected argument “%1”.").arg(invocation.positional().first()), name());
    for (const char* required : { "url", "content-type", "method", "template-file" }) {
        if (!invocation.isSet(QString::fromLatin1(required)))
            return m_context.usage(tr("provider set custom needs --%1.").arg(QString::fromLatin1(required)), name());
    }
    OrExit<providers::custom::Config> configured = customConfig(invocation);
    if (!configured.ok())
        return configured.code();
    providers::custom::Config config = *configured;

    storage::CustomSecretsForm form;
    if (invocation.isSet(QStringLiteral("headers-stdin"))) {
        const limits::LimitedRead read
            = m_context.readAll(limits::kHeaderListBytes, tr("The header list on standard input"));
        if (!read.ok())
            return m_context.fail(read.error);
        const tmpl::HeaderListResult headers = tmpl::parseHeaderList(QString::fromUtf8(read.data).trimmed());
        if (!headers.ok())
            return m_context.fail(tr("Headers: %1").arg(headers.errors.first().message));
        form.headers = headers.fields();
        config.headers = tmpl::serializeHeaderList(form.headers);
    }
    const OrExit<storage::ProviderSettings> loaded = m_context.loadProviders();
    if (!loaded.ok())
        return loaded.code();
    // Named secrets are managed in the GUI: the CLI keeps them, and stand-ins let the build check the rest.
    providers::custom::Secrets secrets;
    for (const tmpl::HeaderField& field : std::as_const(form.headers))
        secrets.headerValues.insert(field.name, field.value);
    for (const QString& name : loaded->custom.namedSecrets) {
        secrets.named.insert(name, QStringLiteral("x"));
        form.named.append({ name, std::nullopt });
    }
    const providers::BuildResult build
        = providers::custom::buildSendRequest(config, secrets, sampleNumber(), sampleCode());
    if (!build.ok())
        return m_context.fail(build.errors.first().message);
    for (const providers::BuildProblem& warning : build.warnings)
        m_context.warning(warning.message);

    storage::ProviderRepository repository(m_context.services().database());
    const QList<storage::SecretChange> changes = storage::customSecretChanges(form, repository.storedSecrets().keys);
    storage::DbError error = repository.markSecretsPending(storage::SecretChange::keysOf(changes));
    if (!error.isError())
        error = repository.saveCustom({ config, loaded->custom.namedSecrets });
    if (error.isError())
        return m_context.fail(tr("Not saved: %1").arg(dbErrorText(error)), detailOf(error));
    applySecrets(changes, tr("Custom HTTP provider settings saved."));
    return kExitPending;
}

void ProviderCommand::applySecrets(const QList<storage::SecretChange>& changes, const QString& doneMessage)
{
    services::Services& s = m_context.services();
    s.secrets().applyChanges(
        changes, &m_context,
        [&s](const storage::SecretChange& change) {
            // The mark only lets "provider show" print ••• without reading the keychain.
            storage::ProviderRepository(s.database()).setSecretStored(change.key, !change.isRemoval());
        },
        [this, doneMessage](const storage::SecretChangesResult& result) {
            if (!result.ok()) {
                m_context.finish(m_context.fail(
                    tr("The settings were saved, but the secrets were not: %1").arg(result.error.message()),
                    detailOf(result.error)));
                return;
            }
            m_context.print(doneMessage);
            m_context.finish(kExitOk);
        });
}

// ---- provider use / show ----

int ProviderCommand::use(Invocation& invocation)
{
    const QStringList positional = invocation.positional();
    if (positional.size() != 1)
        return m_context.usage(
            tr("provider use needs one of %1.").arg(providerNames().join(QStringLiteral(", "))), name());
    const OrExit<std::optional<ProviderKind>> named = readProviderName(m_context, positional.first(), name());
    if (!named.ok())
        return named.code();
    const std::optional<ProviderKind> kind = *named;
    const OrExit<storage::ProviderSettings> loaded = m_context.loadProviders();
    if (!loaded.ok())
        return loaded.code();
    if (const storage::DbError error = storage::ProviderRepository(m_context.services().database()).setActive(*kind);
        error.isError())
        return m_context.fail(dbErrorText(error), detailOf(error));
    if (*kind != ProviderKind::Sandbox && !loaded->configured.contains(*kind)) {
        m_context.warning(tr("%1 is not configured yet: use “provider set %2”.")
                              .arg(providers::providerDisplayName(*kind), QString(providers::providerKindName(*kind))));
    }
    m_context.print(tr("Active provider: %1.").arg(providers::providerDisplayName(*kind)));
    return kExitOk;
}

int ProviderCommand::show(Invocation& invocation)
{
    if (!invocation.positional().isEmpty())
        return m_context.usage(tr("provider show takes no arguments."), name());
    const OrExit<storage::ProviderSettings> loaded = m_context.loadProviders();
    if (!loaded.ok())
        return loaded.code();
    const storage::ProviderSettings& s = *loaded;
    const QStringList stored = storage::ProviderRepository(m_context.services().database()).storedSecrets().keys;
    const auto secretText = [&](const QString& key) {
        return stored.contains(key) ? providers::kRedactionMark.toString() : tr("(not stored)");
    };
    const auto field = [&](const QString& name, const QString& value) {
        m_context.print(QStringLiteral("  %1 %2").arg(QString(name + QLatin1Char(':')), -16).arg(value));
    };
    const auto header = [&](ProviderKind kind) {
        const bool configured = kind == ProviderKind::Sandbox || s.configured.contains(kind);
        m_context.print(QStringLiteral("%1%2 (%3)%4")
                            .arg(s.active == kind ? QStringLiteral("* ") : QStringLiteral("  "),
                                QString(providers::providerKindName(kind)), providers::providerDisplayName(kind),
                                configured ? QString() : tr(": not configured")));
        return kind != ProviderKind::Sandbox && configured;
    };
    m_context.print(tr("Active provider: %1").arg(QString(providers::providerKindName(s.active))));
    if (header(ProviderKind::Twilio)) {
        field(QStringLiteral("account-sid"), s.twilio.accountSid);
        field(QStringLiteral("sender"), s.twilio.sender);
        field(QStringLiteral("api-base"), s.twilio.apiBase.toString());
        field(QStringLiteral("auth-token"), secretText(keys::twilioAuthToken()));
    }
    if (header(ProviderKind::Vonage)) {
        field(QStringLiteral("api-key"), s.vonage.apiKey);
        field(QStringLiteral("sender"), s.vonage.sender);
        field(QStringLiteral("api-base"), s.vonage.apiBase.toString());
        field(QStringLiteral("api-secret"), secretText(keys::vonageApiSecret()));
    }
    if (header(ProviderKind::Custom))
        showCustom(s.custom.config, secretText);
    header(ProviderKind::Sandbox);
    return kExitOk;
}

void ProviderCommand::showCustom(
    const providers::custom::Config& c, const std::function<QString(const QString&)>& secretText)
{
    const auto field = [&](const QString& name, const QString& value) {
        m_context.print(QStringLiteral("  %1 %2").arg(QString(name + QLatin1Char(':')), -16).arg(value));
    };
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
    field(QStringLiteral("template"), QString(c.payloadTemplate).replace(QLatin1Char('\n'), QStringLiteral("\n    ")));
}

// ---- provider check ----

int ProviderCommand::check(Invocation& invocation)
{
    const QStringList positional = invocation.positional();
    if (positional.size() > 1)
        return m_context.usage(tr("provider check takes at most one provider name."), name());
    const OrExit<std::optional<ProviderKind>> named
        = readProviderName(m_context, positional.isEmpty() ? std::nullopt : std::optional(positional.first()), name());
    if (!named.ok())
        return named.code();
    const OrExit<storage::ProviderSettings> settings = m_context.loadProviders();
    if (!settings.ok())
        return settings.code();
    const ProviderKind chosen = named->value_or(settings->active);
    if (chosen == ProviderKind::Sandbox) {
        if (!m_context.startSandbox())
            return kExitFailure;
        m_context.print(tr("The sandbox needs no credentials; it answers on %1.")
                            .arg(m_context.services().sandbox().url().toString()));
        return kExitOk;
    }
    if (!settings->configured.contains(chosen))
        return m_context.fail(notConfigured(chosen));
    send::loadProviderSetup(
        chosen, *settings, m_context.services().secrets(), QUrl(), [this](const send::SetupResult& result) {
            if (!result.setup) {
                m_context.finish(m_context.fail(result.message()));
                return;
            }
            checkSetup(*result.setup);
        });
    return kExitPending;
}

void ProviderCommand::checkSetup(const providers::ProviderSetup& setup)
{
    const auto report = [this](bool ok, const QString& summary) {
        if (!ok) {
            m_context.finish(m_context.fail(summary));
            return;
        }
        m_context.print(oneLine(summary));
        m_context.finish(kExitOk);
    };
    providers::ProviderClient& client = m_context.services().client();
    if (const auto* twilio = std::get_if<providers::TwilioSetup>(&setup)) {
        client.checkTwilio(twilio->config, twilio->secrets,
            [report](const providers::twilio::AccountCheck& check) { report(check.ok, check.summary()); });
    } else if (const auto* vonage = std::get_if<providers::VonageSetup>(&setup)) {
        client.checkVonage(vonage->config, vonage->secrets,
            [report](const providers::vonage::BalanceCheck& check) { report(check.ok, check.summary()); });
    } else {
        // A custom provider has no request that proves credentials without sending an SMS: check the build.
        const providers::BuildResult build = providers::buildSendRequest(setup, sampleNumber(), sampleCode());
        for (const providers::BuildProblem& warning : build.warnings)
            m_context.warning(warning.message);
        report(build.ok(),
            build.ok() ? tr("The configuration builds a request; a custom provider has no check that sends no SMS: "
                            "use send-test to prove it.")
                       : build.errors.first().message);
    }
}

} // namespace

QStringList providerNames()
{
    QStringList names;
    for (ProviderKind kind :
        { ProviderKind::Twilio, ProviderKind::Vonage, ProviderKind::Custom, ProviderKind::Sandbox })
        names.append(QString(providers::providerKindName(kind)));
    return names;
}

QString notConfigured(ProviderKind kind)
{
    return tr("%1 is not configured: use “provider set %2”.")
        .arg(providers::providerDisplayName(kind), QString(providers::providerKindName(kind)));
}

OrExit<std::optional<ProviderKind>> readProviderName(
    Context& context, const std::optional<QString>& name, const QString& command)
{
    if (!name)
        return std::optional<ProviderKind>();
    const std::optional<ProviderKind> kind = providers::providerKindFromName(*name);
    if (!kind) {
        QString message = tr("Unknown provider “%1”.").arg(*name);
        if (const QString guess = nearest(*name, providerNames()); !guess.isEmpty())
            message += QLatin1Char(' ') + tr("Did you mean “%1”?").arg(guess);
        return OrExit<std::optional<ProviderKind>>::exit(context.usage(message, command));
    }
    return kind;
}

std::unique_ptr<Command> makeProviderCommand(Context& context)
{
    return std::make_unique<ProviderCommand>(context);
}

} // namespace smsotp::cli
