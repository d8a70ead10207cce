// smsotp provider: configure Twilio, Vonage or a custom HTTP provider, choose the active one, show and check them.

#include "Commands.h"
#include "Context.h"
#include "providers/CustomPresets.h"
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
using providers::custom::AuthKind;
namespace keys = storage::secretkeys;

namespace {

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
        addPresetAndSecretActions();
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
    void addPresetAndSecretActions();
    int listPresets(Invocation& invocation);
    int showPreset(Invocation& invocation);
    int setNamedSecret(Invocation& invocation);
    int removeNamedSecret(Invocation& invocation);
    int listNamedSecrets(Invocation& invocation);
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
    QList<OptionSpec> options { option(
        n.id, twilio ? tr("The Account SID (AC and 32 hex digits).") : tr("The API key."), n.idValue, true) };
    if (twilio) {
        OptionSpec sender = option(QStringLiteral("sender"), tr("The From number (E.164) or alphanumeric sender ID."),
            QStringLiteral("FROM"), true);
        sender.orNext = true; // one of the two is required
        options += { sender,
            option(QStringLiteral("messaging-service-sid"),
                tr("A Messaging Service (MG and 32 hex digits) instead of a From number."), QStringLiteral("MGSID")) };
    } else {
        options += option(QStringLiteral("sender"), tr("The sender (from)."), QStringLiteral("FROM"), true);
    }
    options += { option(
                     QStringLiteral("api-base"), tr("The API base URL (a regional endpoint)."), QStringLiteral("URL")),
        option(n.secretOption, tr("Read the %1 from the first line of standard input.").arg(n.secretName), {}, true) };
    addAction({ { QStringLiteral("set"), QString(providers::providerKindName(kind)) }, {}, {},
        twilio ? tr("Configure Twilio with a From number or a Messaging Service; the Auth Token is the first line of "
                    "standard input.")
               : tr("Configure Vonage; the API secret is the first line of standard input."),
        options, [this, kind](Invocation& i) { return setVendor(kind, i); } });
}

int ProviderCommand::setVendor(ProviderKind kind, Invocation& invocation)
{
    const VendorNames n = vendorNames(kind);
    const bool twilio = kind == ProviderKind::Twilio;
    const QString command = QStringLiteral("provider set ") + QString(providers::providerKindName(kind));
    if (!invocation.positional().isEmpty())
        return m_context.usage(tr("Unexpected argument “%1”.").arg(invocation.positional().first()), name());
    if (!invocation.isSet(n.id))
        return m_context.usage(tr("%1 needs --%2.").arg(command, n.id), name());
    const bool service = twilio && invocation.isSet(QStringLiteral("messaging-service-sid"));
    if (service && invocation.isSet(QStringLiteral("sender")))
        return m_context.usage(tr("Use --sender or --messaging-service-sid, not both."), name());
    if (!service && !invocation.isSet(QStringLiteral("sender"))) {
        return m_context.usage(twilio ? tr("%1 needs --sender or --messaging-service-sid.").arg(command)
                                      : tr("%1 needs --sender.").arg(command),
            name());
    }
    if (!invocation.isSet(n.secretOption)) {
        return m_context.usage(
            tr("%1 needs --%2: the secret is read from standard input.").arg(command, n.secretOption), name());
    }
    const QString id = invocation.value(n.id).trimmed();
    const QString sender
        = invocation.value(service ? QStringLiteral("messaging-service-sid") : QStringLiteral("sender")).trimmed();
    if (service && !providers::twilio::isMessagingServiceSid(sender))
        return m_context.fail(tr("--messaging-service-sid: a Messaging Service SID is MG followed by 32 hexadecimal "
                                 "characters."));
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
    const auto choice = [](const QString& name, const QString& description, const QString& valueName,
                            const QStringList& choices, bool required = false) {
        OptionSpec spec = option(name, description, valueName, required);
        spec.choices = choices;
        return spec;
    };
    QStringList formats;
    for (const tmpl::PayloadFormat format : { tmpl::PayloadFormat::Json, tmpl::PayloadFormat::Form,
             tmpl::PayloadFormat::Text, tmpl::PayloadFormat::Xml, tmpl::PayloadFormat::None })
        formats.append(tmpl::payloadFormatName(format));
    QStringList authKinds;
    for (const AuthKind kind : { AuthKind::None, AuthKind::Basic, AuthKind::Bearer, AuthKind::ApiKey })
        authKinds.append(providers::custom::authKindName(kind));
    OptionSpec templateFile = option(QStringLiteral("template-file"),
        tr("The payload template (required for json, form, text and xml; refused for none)."), QStringLiteral("FILE"));
    templateFile.completesFiles = true;
    addAction({ { QStringLiteral("set"), QStringLiteral("custom") }, {}, {},
        tr("Configure a custom HTTP provider. The URL is a template too: {{mobile}}, {{mobile.digits}}, {{body}},\n"
           "{{sender}}, {{uuid}} and {{secret:NAME}} in its path and query are percent-encoded. With\n"
           "--headers-stdin, all of standard input is the header list, written “Name: value, Name2: value2”;\n"
           "the values go to the keychain. At most one option reads standard input."),
        { option(QStringLiteral("url"), tr("The gateway's URL (https), a template."), QStringLiteral("URL"), true),
            choice(QStringLiteral("method"), tr("The HTTP method."), QStringLiteral("METHOD"),
                { QStringLiteral("get"), QStringLiteral("post"), QStringLiteral("put") }, true),
            choice(QStringLiteral("content-type"), tr("The body's format (none: no body)."), QStringLiteral("TYPE"),
                formats, true),
            templateFile, option(QStringLiteral("sender"), tr("The sender, for {{sender}}."), QStringLiteral("FROM")),
            option(QStringLiteral("headers-stdin"), tr("Read the header list from standard input.")),
            choice(
                QStringLiteral("auth"), tr("The authentication (default: none)."), QStringLiteral("KIND"), authKinds),
            option(QStringLiteral("auth-user"), tr("The user of HTTP Basic authentication."), QStringLiteral("USER")),
            option(QStringLiteral("api-key-name"), tr("The header or query parameter that carries the API key."),
                QStringLiteral("NAME")),
            choice(QStringLiteral("api-key-in"), tr("Where the API key goes (default: header)."),
                QStringLiteral("PLACE"), { QStringLiteral("header"), QStringLiteral("query") }),
            option(QStringLiteral("auth-secret-stdin"),
                tr("Read the password, token or API key from the first line of standard input.")),
            option(QStringLiteral("success-status"),
                tr("The HTTP statuses that mean success, separated by commas (default: 200-299)."),
                QStringLiteral("LIST")),
            option(QStringLiteral("success-body"), tr("A regular expression the body of a success must match."),
                QStringLiteral("REGEX")),
            option(QStringLiteral("success-json"),
                tr("A JSON pointer and the value it must hold on success, as /messages/0/status=0."),
                QStringLiteral("POINTER=VALUE")),
            option(QStringLiteral("message-id-json"), tr("The JSON pointer of the message id in the answer."),
                QStringLiteral("POINTER")),
            option(QStringLiteral("message-id-regex"),
                tr("A regular expression whose first group (or whole match) is the message id."),
                QStringLiteral("REGEX")) },
        [this](Invocation& i) { return setCustom(i); } });
}

// The usage errors of set custom that need no file, no database and no keychain; an empty text when there are none.
QString customUsageError(const Invocation& invocation, const QString& command)
{
    const auto isSet = [&invocation](const char* name) { return invocation.isSet(QString::fromLatin1(name)); };
    if (!invocation.positional().isEmpty())
        return tr("Unexpected argument “%1”.").arg(invocation.positional().first());
    for (const char* required : { "url", "method", "content-type" }) {
        if (!isSet(required))
            return tr("%1 needs --%2.").arg(command, QString::fromLatin1(required));
    }
    if (isSet("headers-stdin") && isSet("auth-secret-stdin"))
        return tr("Only one option can read standard input: --headers-stdin or --auth-secret-stdin.");
    if (isSet("success-body") && isSet("success-json"))
        return tr("The answer is checked by --success-body or by --success-json, not both.");
    if (isSet("message-id-json") && isSet("message-id-regex"))
        return tr("The message id comes from --message-id-json or from --message-id-regex, not both.");
    const std::optional<tmpl::PayloadFormat> format
        = tmpl::payloadFormatFromName(invocation.value(QStringLiteral("content-type")));
    if (!format)
        return tr("--content-type must be json, form, text, xml or none.");
    if (*format == tmpl::PayloadFormat::None && isSet("template-file"))
        return tr("--content-type none sends no body: leave out --template-file.");
    if (*format != tmpl::PayloadFormat::None && !isSet("template-file"))
        return tr("%1 needs --template-file for --content-type %2.").arg(command, tmpl::payloadFormatName(*format));
    const QString method = invocation.value(QStringLiteral("method")).toLower();
    if (method != u"get" && method != u"post" && method != u"put")
        return tr("--method must be get, post or put.");
    const std::optional<AuthKind> auth = isSet("auth")
        ? providers::custom::authKindFromName(invocation.value(QStringLiteral("auth")))
        : std::optional(AuthKind::None);
    if (!auth)
        return tr("--auth must be none, basic, bearer or api-key.");
    if (isSet("auth-user") && *auth != AuthKind::Basic)
        return tr("--auth-user belongs to --auth basic.");
    if ((isSet("api-key-name") || isSet("api-key-in")) && *auth != AuthKind::ApiKey)
        return tr("--api-key-name and --api-key-in belong to --auth api-key.");
    if (isSet("auth-secret-stdin") && *auth == AuthKind::None)
        return tr("--auth-secret-stdin needs an --auth other than none.");
    const QString place = invocation.value(QStringLiteral("api-key-in"));
    if (isSet("api-key-in") && place != u"header" && place != u"query")
        return tr("--api-key-in must be header or query.");
    return {};
}

OrExit<providers::custom::Config> ProviderCommand::customConfig(Invocation& invocation)
{
    using Exit = OrExit<providers::custom::Config>;
    providers::custom::Config config;
    config.url = invocation.value(QStringLiteral("url")).trimmed();
    config.format = *tmpl::payloadFormatFromName(invocation.value(QStringLiteral("content-type")));
    const QString method = invocation.value(QStringLiteral("method")).toLower();
    config.method = method == u"get" ? providers::HttpMethod::Get
        : method == u"put"           ? providers::HttpMethod::Put
                                     : providers::HttpMethod::Post;
    config.sender = invocation.value(QStringLiteral("sender")).trimmed();
    config.auth.kind
        = providers::custom::authKindFromName(invocation.value(QStringLiteral("auth"))).value_or(AuthKind::None);
    config.auth.user = invocation.value(QStringLiteral("auth-user"));
    config.auth.keyName = invocation.value(QStringLiteral("api-key-name")).trimmed();
    config.auth.place = invocation.value(QStringLiteral("api-key-in")) == u"query"
        ? providers::custom::ApiKeyPlace::Query
        : providers::custom::ApiKeyPlace::Header;
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
    if (const std::optional<QString> rule = invocation.optionalValue(QStringLiteral("success-json"))) {
        const qsizetype equals = rule->indexOf(u'=');
        if (equals < 0)
            return Exit::exit(
                m_context.usage(tr("--success-json takes POINTER=VALUE, as /messages/0/status=0."), name()));
        config.success.bodyMatch = providers::custom::BodyMatch::JsonValue;
        config.success.jsonPointer = rule->left(equals);
        config.success.jsonValue = rule->mid(equals + 1);
    }
    config.success.messageIdPointer = invocation.value(QStringLiteral("message-id-json"));
    config.success.messageIdRegex = invocation.value(QStringLiteral("message-id-regex"));
    if (config.format != tmpl::PayloadFormat::None) {
        const QString templatePath = invocation.value(QStringLiteral("template-file"));
        const limits::LimitedRead read
            = limits::readFile(templatePath, limits::kTemplateBytes, tr("The template file %1").arg(templatePath));
        if (!read.ok())
            return Exit::exit(m_context.fail(read.error));
        config.payloadTemplate = QString::fromUtf8(read.data);
        while (config.payloadTemplate.endsWith(u'\n') || config.payloadTemplate.endsWith(u'\r'))
            config.payloadTemplate.chop(1);
    } else {
        config.payloadTemplate.clear();
    }
    const QList<providers::BuildProblem> criterionProblems = providers::custom::checkSuccessCriterion(config.success);
    if (!criterionProblems.isEmpty())
        return Exit::exit(m_context.fail(criterionProblems.first().message));
    const QList<providers::BuildProblem> authProblems = providers::custom::checkAuthentication(config.auth, true);
    if (!authProblems.isEmpty())
        return Exit::exit(m_context.fail(tr("--auth: %1").arg(authProblems.first().message)));
    return config;
}

int ProviderCommand::setCustom(Invocation& invocation)
{
    if (const QString error = customUsageError(invocation, QStringLiteral("provider set custom")); !error.isEmpty())
        return m_context.usage(error, name());
    OrExit<providers::custom::Config> configured = customConfig(invocation);
    if (!configured.ok())
        return configured.code();
    providers::custom::Config config = *configured;

    storage::CustomSecretsForm form;
    form.authentication = config.auth.kind != AuthKind::None;
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
    if (invocation.isSet(QStringLiteral("auth-secret-stdin"))) {
        const QString secret = m_context.readLine().value_or(QString()).trimmed();
        if (secret.isEmpty())
            return m_context.fail(tr("No password, token or API key on standard input."));
        form.newAuthSecret = secret;
    }
    const OrExit<storage::ProviderSettings> loaded = m_context.loadProviders();
    if (!loaded.ok())
        return loaded.code();
    storage::ProviderRepository repository(m_context.services().database());
    const QStringList stored = repository.storedSecrets().keys;
    if (form.authentication && !form.newAuthSecret && !stored.contains(keys::customAuthSecret())) {
        return m_context.usage(tr("--auth %1 needs its secret: give --auth-secret-stdin.")
                                   .arg(providers::custom::authKindName(config.auth.kind)),
            name());
    }
    // Stand-ins for the secrets that stay as stored let the build check the rest.
    providers::custom::Secrets secrets;
    for (const tmpl::HeaderField& field : std::as_const(form.headers))
        secrets.headerValues.insert(field.name, field.value);
    for (const QString& secretName : loaded->custom.namedSecrets) {
        secrets.named.insert(secretName, QStringLiteral("x"));
        form.named.append({ secretName, std::nullopt });
    }
    secrets.authSecret = form.newAuthSecret.value_or(QStringLiteral("x"));
    const providers::BuildResult build
        = providers::custom::buildSendRequest(config, secrets, sampleNumber(), sampleCode());
    if (!build.ok())
        return m_context.fail(build.errors.first().message);
    for (const providers::BuildProblem& warning : build.warnings)
        m_context.warning(warning.message);

    const QList<storage::SecretChange> changes = storage::customSecretChanges(form, stored);
    storage::DbError error = repository.markSecretsPending(storage::SecretChange::keysOf(changes));
    if (!error.isError())
        error = repository.saveCustom({ config, loaded->custom.namedSecrets });
    if (error.isError())
        return m_context.fail(tr("Not saved: %1").arg(dbErrorText(error)), detailOf(error));
    applySecrets(changes, tr("Custom HTTP provider settings saved."));
    return kExitPending;
}

// ---- provider preset / secret ----

void ProviderCommand::addPresetAndSecretActions()
{
    QStringList presetNames;
    for (const providers::custom::Preset& preset : providers::custom::presets())
        presetNames.append(preset.name);
    addAction({ { QStringLiteral("preset"), QStringLiteral("list") }, {}, {},
        tr("List the custom provider presets for documented gateways."), {},
        [this](Invocation& i) { return listPresets(i); } });
    addAction({ { QStringLiteral("preset"), QStringLiteral("show") }, QStringLiteral("NAME"), presetNames,
        tr("Print a preset's settings, the documentation it follows, and how to use it."), {},
        [this](Invocation& i) { return showPreset(i); } });
    addAction({ { QStringLiteral("secret"), QStringLiteral("set") }, QStringLiteral("NAME"), {},
        tr("Store a named secret for {{secret:NAME}}, from the first line of standard input."),
        { option(QStringLiteral("stdin"), tr("Read the value from the first line of standard input."), {}, true) },
        [this](Invocation& i) { return setNamedSecret(i); } });
    addAction({ { QStringLiteral("secret"), QStringLiteral("remove") }, QStringLiteral("NAME"), {},
        tr("Remove a named secret from the keychain."), {}, [this](Invocation& i) { return removeNamedSecret(i); } });
    addAction({ { QStringLiteral("secret"), QStringLiteral("list") }, {}, {},
        tr("List the named secrets (names only, never values)."), {},
        [this](Invocation& i) { return listNamedSecrets(i); } });
}

int ProviderCommand::listPresets(Invocation& invocation)
{
    if (!invocation.positional().isEmpty())
        return m_context.usage(tr("provider preset list takes no arguments."), name());
    for (const providers::custom::Preset& preset : providers::custom::presets())
        m_context.print(QStringLiteral("%1 %2").arg(preset.name, -10).arg(preset.title));
    return kExitOk;
}

int ProviderCommand::showPreset(Invocation& invocation)
{
    const QStringList positional = invocation.positional();
    if (positional.size() != 1)
        return m_context.usage(tr("provider preset show needs the name of one preset."), name());
    const std::optional<providers::custom::Preset> preset = providers::custom::findPreset(positional.first());
    if (!preset) {
        QStringList names;
        for (const providers::custom::Preset& p : providers::custom::presets())
            names.append(p.name);
        return m_context.usage(
            tr("No preset “%1”; the presets are %2.").arg(positional.first(), alternatives(names)), name());
    }
    m_context.print(preset->title);
    m_context.print(tr("  Follows: %1").arg(preset->documentation));
    m_context.print(tr("  To fill in: %1").arg(preset->fillIn));
    showCustom(preset->config, [](const QString&) { return tr("(set with the command below)"); });
    const providers::custom::Config& c = preset->config;
    QStringList command { QStringLiteral("smsotp provider set custom"), QStringLiteral("--url '%1'").arg(c.url),
        QStringLiteral("--method %1").arg(QString::fromLatin1(providers::httpMethodName(c.method)).toLower()),
        QStringLiteral("--content-type %1").arg(tmpl::payloadFormatName(c.format)) };
    if (c.format != tmpl::PayloadFormat::None)
        command.append(QStringLiteral("--template-file TEMPLATE_FILE"));
    if (c.url.contains(u"{{sender}}") || c.payloadTemplate.contains(u"{{sender}}"))
        command.append(QStringLiteral("--sender FROM"));
    if (c.auth.kind != AuthKind::None) {
        command.append(QStringLiteral("--auth %1").arg(providers::custom::authKindName(c.auth.kind)));
        if (c.auth.kind == AuthKind::Basic)
            command.append(QStringLiteral("--auth-user %1").arg(c.auth.user));
        if (c.auth.kind == AuthKind::ApiKey) {
            command.append(QStringLiteral("--api-key-name %1 --api-key-in %2")
                               .arg(c.auth.keyName, providers::custom::apiKeyPlaceName(c.auth.place)));
        }
        command.append(QStringLiteral("--auth-secret-stdin"));
    }
    QStringList statuses;
    for (const int status : c.success.statuses)
        statuses.append(QString::number(status));
    if (!statuses.isEmpty())
        command.append(QStringLiteral("--success-status %1").arg(statuses.join(u',')));
    if (c.success.bodyMatch == providers::custom::BodyMatch::RegularExpression)
        command.append(QStringLiteral("--success-body '%1'").arg(c.success.bodyPattern));
    if (c.success.bodyMatch == providers::custom::BodyMatch::JsonValue)
        command.append(QStringLiteral("--success-json '%1=%2'").arg(c.success.jsonPointer, c.success.jsonValue));
    if (!c.success.messageIdPointer.isEmpty())
        command.append(QStringLiteral("--message-id-json %1").arg(c.success.messageIdPointer));
    m_context.print(c.format == tmpl::PayloadFormat::None
            ? tr("To use it (the secret on standard input):")
            : tr("To use it (the template in TEMPLATE_FILE; the secret on standard input):"));
    m_context.print(QStringLiteral("  ") + command.join(QStringLiteral(" \\\n      ")));
    return kExitOk;
}
int ProviderCommand::setNamedSecret(Invocation& invocation)
{
    const QStringList positional = invocation.positional();
    if (positional.size() != 1)
        return m_context.usage(tr("provider secret set needs the secret's NAME."), name());
    const QString secretName = positional.first();
    if (!tmpl::isSecretName(secretName)) {
        return m_context.usage(
            tr("“%1” is not a secret name: 1 to 64 ASCII letters, digits, “_”, “.” or “-”.").arg(secretName), name());
    }
    const QString value = m_context.readLine().value_or(QString()).trimmed();
    if (value.isEmpty())
        return m_context.fail(tr("No value for the secret %1 on standard input.").arg(secretName));
    const OrExit<storage::ProviderSettings> loaded = m_context.loadProviders();
    if (!loaded.ok())
        return loaded.code();
    storage::CustomProviderSettings settings = loaded->custom;
    if (!settings.namedSecrets.contains(secretName))
        settings.namedSecrets.append(secretName);
    storage::ProviderRepository repository(m_context.services().database());
    const QList<storage::SecretChange> changes { storage::SecretChange::write(
        keys::customNamedSecret(secretName), value) };
    storage::DbError error = repository.markSecretsPending(storage::SecretChange::keysOf(changes));
    if (!error.isError())
        error = repository.saveCustom(settings);
    if (error.isError())
        return m_context.fail(tr("Not saved: %1").arg(dbErrorText(error)), detailOf(error));
    applySecrets(changes, tr("The secret %1 is in the keychain; use it as {{secret:%1}}.").arg(secretName));
    return kExitPending;
}

int ProviderCommand::removeNamedSecret(Invocation& invocation)
{
    const QStringList positional = invocation.positional();
    if (positional.size() != 1)
        return m_context.usage(tr("provider secret remove needs the secret's NAME."), name());
    const QString secretName = positional.first();
    const OrExit<storage::ProviderSettings> loaded = m_context.loadProviders();
    if (!loaded.ok())
        return loaded.code();
    QStringList names = loaded->custom.namedSecrets;
    if (!names.contains(secretName))
        return m_context.fail(tr("There is no secret %1; “provider secret list” shows the names.").arg(secretName));
    names.removeAll(secretName);
    storage::ProviderRepository repository(m_context.services().database());
    const QList<storage::SecretChange> changes { storage::SecretChange::remove(keys::customNamedSecret(secretName)) };
    storage::DbError error = repository.markSecretsPending(storage::SecretChange::keysOf(changes));
    if (!error.isError())
        error = repository.saveCustom({ loaded->custom.config, names });
    if (error.isError())
        return m_context.fail(tr("Not removed: %1").arg(dbErrorText(error)), detailOf(error));
    applySecrets(changes, tr("The secret %1 is removed.").arg(secretName));
    return kExitPending;
}

int ProviderCommand::listNamedSecrets(Invocation& invocation)
{
    if (!invocation.positional().isEmpty())
        return m_context.usage(tr("provider secret list takes no arguments."), name());
    const OrExit<storage::ProviderSettings> loaded = m_context.loadProviders();
    if (!loaded.ok())
        return loaded.code();
    const QStringList stored = storage::ProviderRepository(m_context.services().database()).storedSecrets().keys;
    for (const QString& secretName : loaded->custom.namedSecrets) {
        m_context.print(
            stored.contains(keys::customNamedSecret(secretName)) ? secretName : tr("%1 (not stored)").arg(secretName));
    }
    return kExitOk;
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
        field(providers::twilio::isMessagingServiceSid(s.twilio.sender) ? QStringLiteral("messaging-service-sid")
                                                                        : QStringLiteral("sender"),
            s.twilio.sender);
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
    field(QStringLiteral("content-type"), tmpl::payloadFormatName(c.format));
    field(QStringLiteral("method"), QString::fromLatin1(providers::httpMethodName(c.method)).toLower());
    if (!c.sender.isEmpty())
        field(QStringLiteral("sender"), c.sender);
    field(QStringLiteral("auth"), providers::custom::authKindName(c.auth.kind));
    if (c.auth.kind == AuthKind::Basic)
        field(QStringLiteral("auth-user"), c.auth.user);
    if (c.auth.kind == AuthKind::ApiKey) {
        field(QStringLiteral("api-key-name"), c.auth.keyName);
        field(QStringLiteral("api-key-in"), providers::custom::apiKeyPlaceName(c.auth.place));
    }
    if (c.auth.kind != AuthKind::None)
        field(QStringLiteral("auth-secret"), secretText(keys::customAuthSecret()));
    QStringList headers;
    for (const tmpl::HeaderField& h : tmpl::parseHeaderList(c.headers).fields())
        headers.append(h.name + QStringLiteral(": ") + secretText(keys::customHeader(h.name)));
    field(QStringLiteral("headers"), headers.isEmpty() ? tr("(none)") : headers.join(QStringLiteral(", ")));
    QStringList statuses;
    for (int status : c.success.statuses)
        statuses.append(QString::number(status));
    field(QStringLiteral("success-status"),
        statuses.isEmpty() ? QStringLiteral("200-299") : statuses.join(QLatin1Char(',')));
    if (c.success.bodyMatch == providers::custom::BodyMatch::JsonValue)
        field(QStringLiteral("success-json"), c.success.jsonPointer + u'=' + c.success.jsonValue);
    else if (c.success.bodyMatch != providers::custom::BodyMatch::None)
        field(QStringLiteral("success-body"), c.success.bodyPattern);
    if (!c.success.messageIdPointer.isEmpty())
        field(QStringLiteral("message-id-json"), c.success.messageIdPointer);
    if (!c.success.messageIdRegex.isEmpty())
        field(QStringLiteral("message-id-regex"), c.success.messageIdRegex);
    if (!c.success.errorPointer.isEmpty())
        field(QStringLiteral("error-json"), c.success.errorPointer);
    if (c.format != tmpl::PayloadFormat::None)
        field(QStringLiteral("template"),
            QString(c.payloadTemplate).replace(QLatin1Char('\n'), QStringLiteral("\n    ")));
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
