// smsotp server: the WSO2 Identity Servers the console talks to: add, list, test, pull, push and the login flow.

#include "Commands.h"
#include "ServerSupport.h"
#include "providers/Redaction.h"
#include "send/ProviderSetupLoader.h"
#include "storage/SecretStore.h"
#include "storage/SettingsRepository.h"
#include "wso2/ServerRepository.h"
#include "wso2/Wso2Requests.h"
#include "wso2/Wso2Take.h"
#include "wso2/Wso2Templates.h"

#include <QRegularExpression>
#include <QTimer>

namespace smsotp::cli {

namespace keys = storage::secretkeys;

namespace {

OptionSpec flag(const QString& name, const QString& description)
{
    return { QCommandLineOption(name, description), false, {}, false };
}

OptionSpec valued(const QString& name, const QString& description, const QString& valueName, bool required = false)
{
    return { QCommandLineOption(name, description, valueName), required, {}, false };
}

class ServerCommand : public Command
{
public:
    explicit ServerCommand(Context& context)
        : Command(context, QStringLiteral("server"),
            tr("The WSO2 Identity Servers the console talks to (7.x), with the tenant in the URL:\n"
               "https://host:9443/t/carbon.super. TLS is always verified."))
    {
        addAction({ { QStringLiteral("add") }, QStringLiteral("NAME"), {},
            tr("Store a server: an admin user (--user, --password-stdin) or an OAuth2 client (--client-id,\n"
               "--token-url, --client-secret-stdin). The password or client secret is the first line of standard\n"
               "input and goes to the keychain."),
            { valued(QStringLiteral("url"), tr("The base URL with the tenant."), QStringLiteral("URL"), true),
                valued(QStringLiteral("user"), tr("The admin user (HTTP Basic)."), QStringLiteral("USER")),
                flag(QStringLiteral("password-stdin"), tr("Read the password from standard input.")),
                valued(QStringLiteral("client-id"), tr("The OAuth2 client id."), QStringLiteral("ID")),
                valued(QStringLiteral("token-url"), tr("The OAuth2 token URL."), QStringLiteral("URL")),
                valued(QStringLiteral("scopes"), tr("The scopes to ask for, separated by commas or spaces."),
                    QStringLiteral("LIST")),
                flag(QStringLiteral("client-secret-stdin"), tr("Read the client secret from standard input.")),
                flag(QStringLiteral("pin-certificate"),
                    tr("Fetch the server's certificate, print its SHA-256 fingerprint and subject, and pin it for\n"
                       "this server after you answer y on the next line of standard input.")),
                flag(QStringLiteral("yes"), tr("Do not ask: pin without the question.")) },
            [this](Invocation& i) { return add(i); } });
        addAction({ { QStringLiteral("list") }, {}, {}, tr("Print the stored servers."), {},
            [this](Invocation& i) { return list(i); } });
        addAction({ { QStringLiteral("test") }, QStringLiteral("NAME"), {},
            tr("Read harmless endpoints and name the missing scopes."), {},
            [this](Invocation& i) { return test(i); } });
        addAction({ { QStringLiteral("pull") }, QStringLiteral("NAME"), {},
            tr("Print the server's SMS sender and SMS OTP settings (secrets as •••)."),
            { flag(QStringLiteral("diff"), tr("Compare them with the console's, field by field.")) },
            [this](Invocation& i) { return pull(i); } });
        addAction({ { QStringLiteral("push") }, QStringLiteral("NAME"), {},
            tr("Print the exact requests (secrets as •••) and the differences, then ask y/N on standard input;\n"
               "what WSO2 cannot express is refused before anything is sent."),
            { flag(QStringLiteral("yes"), tr("Do not ask: send the requests.")) },
            [this](Invocation& i) { return push(i); } });
        addAction({ { QStringLiteral("flow") }, QStringLiteral("NAME"), {},
            tr("Show the application's current and new login flow (Username + Password, then SMS OTP), then ask;\n"
               "the adaptive script is never changed."),
            { valued(QStringLiteral("app"), tr("The application's name."), QStringLiteral("APP"), true),
                flag(QStringLiteral("backup-codes"), tr("Add backup codes as an alternative to SMS OTP.")),
                flag(QStringLiteral("yes"), tr("Do not ask: change the login flow.")) },
            [this](Invocation& i) { return flow(i); } });
    }

private:
    // The one server NAME of a command; empty after the usage error.
    std::optional<QString> serverName(Invocation& invocation, const QString& action)
    {
        if (invocation.positional().size() == 1)
            return invocation.positional().first();
        m_context.usage(tr("server %1 needs one server name.").arg(action), name());
        return std::nullopt;
    }

    int add(Invocation& invocation);
    OrExit<wso2::ServerConfig> serverConfig(Invocation& invocation);
    void saveServer(const wso2::ServerConfig& config, const QString& secret, const providers::CertificatePin& pin);
    void askToPin(const wso2::ServerConfig& config, const QString& secret, bool assumeYes);
    int list(Invocation& invocation);
    int test(Invocation& invocation);
    int pull(Invocation& invocation);
    void report(const wso2::PullResult& pulled, bool diff, const std::optional<wso2::SmsSender>& consoleSender,
        const QStringList& consoleSecrets, const wso2::PushPlan& plan);
    int push(Invocation& invocation);
    int flow(Invocation& invocation);
    void showFlow(const wso2::Connection& connection, const wso2::Application& app, const wso2::AuthSequence& wanted,
        bool assumeYes);
};

// ---- server add ----

OrExit<wso2::ServerConfig> ServerCommand::serverConfig(Invocation& invocation)
{
    using Exit = OrExit<wso2::ServerConfig>;
    const auto set = [&](const char* option) { return invocation.isSet(QString::fromLatin1(option)); };
    const std::optional<QString> server = serverName(invocation, QStringLiteral("add"));
    if (!server)
        return Exit::exit(kExitUsage);
    if (!set("url"))
        return Exit::exit(m_context.usage(tr("server add needs --url."), name()));
    const bool basic = set("user") || set("password-stdin");
    const bool oauth = set("client-id") || set("token-url") || set("scopes") || set("client-secret-stdin");
    if (basic == oauth) {
        return Exit::exit(m_context.usage(tr("server add needs either --user with --password-stdin, or --client-id, "
                                             "--token-url and --client-secret-stdin."),
            name()));
    }
    wso2::ServerConfig config;
    config.name = *server;
    config.baseUrl = QUrl(invocation.value(QStringLiteral("url")));
    if (basic) {
        if (!set("user") || !set("password-stdin"))
            return Exit::exit(m_context.usage(tr("An admin user needs --user and --password-stdin."), name()));
        config.auth = wso2::AuthKind::Basic;
        config.username = invocation.value(QStringLiteral("user"));
    } else {
        if (!set("client-id") || !set("token-url") || !set("client-secret-stdin")) {
            return Exit::exit(m_context.usage(
                tr("Client credentials need --client-id, --token-url and --client-secret-stdin."), name()));
        }
        config.auth = wso2::AuthKind::ClientCredentials;
        config.clientId = invocation.value(QStringLiteral("client-id"));
        config.tokenUrl = QUrl(invocation.value(QStringLiteral("token-url")));
        static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
        if (const std::optional<QString> scopes = invocation.optionalValue(QStringLiteral("scopes")))
            config.scopes = scopes->split(separators, Qt::SkipEmptyParts); // else WSO2's scopes of the console
    }
    if (const QStringList problems = wso2::checkServerConfig(config); !problems.isEmpty())
        return Exit::exit(m_context.usage(problems.first(), name()));
    return config;
}

int ServerCommand::add(Invocation& invocation)
{
    const OrExit<wso2::ServerConfig> config = serverConfig(invocation);
    if (!config.ok())
        return config.code();
    const bool basic = config->auth == wso2::AuthKind::Basic;
    const std::optional<QString> secret = m_context.readLine();
    if (!secret || secret->isEmpty()) {
        return m_context.usage(
            basic ? tr("No password on standard input.") : tr("No client secret on standard input."), name());
    }
    if (!m_context.openServices())
        return kExitFailure;
    if (!invocation.isSet(QStringLiteral("pin-certificate"))) {
        QTimer::singleShot(
            0, &m_context, [this, config = *config, secret = *secret] { saveServer(config, secret, {}); });
        return kExitPending;
    }
    askToPin(*config, *secret, invocation.isSet(QStringLiteral("yes")));
    return kExitPending;
}

void ServerCommand::askToPin(const wso2::ServerConfig& config, const QString& secret, bool assumeYes)
{
    m_context.services().wso2().fetchCertificate(
        config.baseUrl, [this, config, secret, assumeYes](const wso2::CertificateInfo& info) {
            if (!info.ok) {
                m_context.finish(m_context.fail(
                    tr("Could not read the certificate of %1: %2").arg(config.baseUrl.host(), info.explanation),
                    kExitServerFailure));
                return;
            }
            printCertificate(
                m_context, tr("Certificate of %1:%2").arg(config.baseUrl.host()).arg(config.baseUrl.port(443)), info);
            if (info.trustedBySystem)
                m_context.print(tr("The system already trusts this certificate."));
            if (!assumeYes
                && !m_context.confirm(
                    tr("Compare the fingerprint with the server's. Pin this certificate for “%1”? [y/N]")
                        .arg(config.name))) {
                m_context.finish(m_context.fail(tr("Declined: nothing was saved.")));
                return;
            }
            saveServer(config, secret, info.pin());
        });
}

// Saves the configuration (and the pin), then the secret.
void ServerCommand::saveServer(
    const wso2::ServerConfig& config, const QString& secret, const providers::CertificatePin& pin)
{
    wso2::ServerRepository repository(m_context.services().database());
    storage::DbError error = repository.save(config);
    if (!error.isError() && !pin.isEmpty())
        error = repository.setPin(config.name, pin);
    if (error.isError()) {
        m_context.finish(m_context.fail(tr("Not saved: %1").arg(dbErrorText(error)), detailOf(error)));
        return;
    }
    const QString key
        = config.auth == wso2::AuthKind::Basic ? keys::wso2Password(config.name) : keys::wso2ClientSecret(config.name);
    m_context.services().secrets().applyChanges({ storage::SecretChange::write(key, secret) }, &m_context, {},
        [this, config](const storage::SecretChangesResult& result) {
            if (!result.ok()) {
                m_context.finish(
                    m_context.fail(tr("The server was saved, but its secret was not: %1").arg(result.error.message()),
                        detailOf(result.error)));
                return;
            }
            m_context.print(tr("Server “%1” saved (%2).").arg(config.name, config.baseUrl.toString()));
            m_context.finish(kExitOk);
        });
}

// ---- server list / test ----

int ServerCommand::list(Invocation& invocation)
{
    if (!invocation.positional().isEmpty())
        return m_context.usage(tr("server list takes no arguments."), name());
    services::Services* s = m_context.openServices();
    if (!s)
        return kExitFailure;
    const wso2::ServerRepository::ListResult listed = wso2::ServerRepository(s->database()).list();
    if (listed.error.isError())
        return m_context.fail(dbErrorText(listed.error), detailOf(listed.error));
    if (listed.servers.isEmpty()) {
        m_context.print(tr("No servers: add one with “server add”."));
        return kExitOk;
    }
    for (const wso2::StoredServer& server : listed.servers) {
        const wso2::ServerConfig& c = server.config;
        const bool basic = c.auth == wso2::AuthKind::Basic;
        const QString who = basic
            ? tr("user %1").arg(c.username)
            : tr("client %1, token URL %2").arg(c.clientId, wso2::effectiveTokenUrl(c).toString());
        QString pinText = tr("no pinned certificate");
        if (const QList<QSslCertificate> certs = QSslCertificate::fromData(server.pin.pem); !certs.isEmpty())
            pinText = tr("pinned SHA-256 %1").arg(wso2::sha256Fingerprint(certs.first()));
        m_context.print(QStringLiteral("%1  %2  %3 (%4)  %5")
                            .arg(c.name, c.baseUrl.toString(),
                                basic ? QStringLiteral("basic") : QStringLiteral("client-credentials"), who, pinText));
    }
    return kExitOk;
}

int ServerCommand::test(Invocation& invocation)
{
    const std::optional<QString> server = serverName(invocation, QStringLiteral("test"));
    if (!server)
        return kExitUsage;
    if (!m_context.openServices())
        return kExitFailure;
    withServerConnection(m_context, *server, [this](const wso2::Connection& connection) {
        m_context.services().wso2().testConnection(connection, [this](const wso2::ConnectionReport& report) {
            for (const wso2::EndpointCheck& check : report.checks) {
                m_context.print(check.ok
                        ? tr("  ok    %1 (%2)").arg(check.what, check.path)
                        : tr("  fails %1 (%2): %3").arg(check.what, check.path, oneLine(check.explanation)));
            }
            if (report.error.isError())
                m_context.finish(m_context.fail(report.error.explanation, kExitServerFailure));
            else if (!report.missingScopes.isEmpty())
                m_context.finish(
                    m_context.fail(tr("Missing scopes: %1.").arg(report.missingScopes.join(QStringLiteral(", ")))));
            else if (!report.ok)
                m_context.finish(m_context.fail(tr("Not every endpoint answered."), kExitServerFailure));
            else {
                m_context.print(tr("The connection works."));
                m_context.finish(kExitOk);
            }
        });
    });
    return kExitPending;
}

// ---- server pull ----

int ServerCommand::pull(Invocation& invocation)
{
    const std::optional<QString> server = serverName(invocation, QStringLiteral("pull"));
    if (!server)
        return kExitUsage;
    const OrExit<storage::ProviderSettings> settings = m_context.loadProviders();
    if (!settings.ok())
        return settings.code();
    const bool diff = invocation.isSet(QStringLiteral("diff"));
    const otp::OtpPolicy policy = storage::SettingsRepository(m_context.services().database()).loadPolicy().policy;
    withServerConnection(m_context, *server, [this, diff, settings = *settings, policy](const wso2::Connection& c) {
        m_context.services().wso2().pull(c, [this, diff, settings, policy](const wso2::PullResult& pulled) {
            if (!pulled.ok) {
                m_context.finish(m_context.fail(pulled.error.explanation, kExitServerFailure));
                return;
            }
            wso2::PushPlan plain
                = wso2::planPush(providers::ProviderKind::Sandbox, providers::ProviderSetup {}, policy, {}, pulled);
            if (const storage::DbError error = wso2::planSavedTemplates(plain, m_context.services().database(), pulled);
                error.isError()) {
                m_context.finish(m_context.fail(dbErrorText(error), detailOf(error)));
                return;
            }
            if (!diff || settings.active == providers::ProviderKind::Sandbox) {
                report(pulled, diff, std::nullopt, {}, plain);
                return;
            }
            send::loadProviderSetup(settings.active, settings, m_context.services().secrets(), QUrl(),
                [this, settings, policy, pulled, plain](const send::SetupResult& setup) {
                    if (!setup.setup) {
                        m_context.finish(m_context.fail(setup.message()));
                        return;
                    }
                    wso2::PushPlan plan = wso2::planPush(settings.active, *setup.setup, policy, {}, pulled);
                    plan.templates = plain.templates;
                    report(pulled, true, plan.sender.sender, plan.sender.secrets, plan);
                });
        });
    });
    return kExitPending;
}

void ServerCommand::report(const wso2::PullResult& pulled, bool diff,
    const std::optional<wso2::SmsSender>& consoleSender, const QStringList& consoleSecrets, const wso2::PushPlan& plan)
{
    QList<wso2::DiffRow> rows = wso2::diffSender(consoleSender, pulled.sender, consoleSecrets)
        + wso2::diffConnector(plan.connector, pulled.connector);
    if (pulled.templates)
        rows += wso2::diffTemplates(diff ? plan.templates : QList<wso2::SmsTemplate> {}, *pulled.templates);
    QString section;
    for (const wso2::DiffRow& row : rows) {
        if (row.section != section) {
            section = row.section;
            m_context.print(section == u"sender" ? tr("SMS sender:")
                    : section == u"connector"    ? tr("SMS OTP settings (connector):")
                                                 : tr("SMS texts (SMS OTP templates per locale):"));
        }
        if (diff) {
            m_context.print(tr("  %1 %2: console %3, server %4")
                                .arg(comparisonMark(row.comparison), row.field,
                                    shownValue(wso2::shownDiffValue(row, row.consoleValue, consoleSecrets)),
                                    shownValue(wso2::shownDiffValue(row, row.serverValue, consoleSecrets))));
        } else {
            m_context.print(
                QStringLiteral("  %1: %2")
                    .arg(row.field, shownValue(wso2::shownDiffValue(row, row.serverValue, consoleSecrets))));
        }
    }
    if (!pulled.templatesUnavailable.isEmpty())
        m_context.warning(pulled.templatesUnavailable);
    if (!diff) {
        m_context.finish(kExitOk);
    } else if (wso2::hasDifferences(rows)) {
        m_context.finish(m_context.fail(tr("The server's settings differ from the console's (≠ above).")));
    } else {
        m_context.print(tr("No difference."));
        m_context.finish(kExitOk);
    }
}

// ---- server push / flow ----

int ServerCommand::push(Invocation& invocation)
{
    const std::optional<QString> server = serverName(invocation, QStringLiteral("push"));
    if (!server)
        return kExitUsage;
    startPushJob(m_context, *server, invocation.isSet(QStringLiteral("yes")));
    return kExitPending;
}

int ServerCommand::flow(Invocation& invocation)
{
    const std::optional<QString> server = serverName(invocation, QStringLiteral("flow"));
    if (!server)
        return kExitUsage;
    const QString app = invocation.value(QStringLiteral("app"));
    if (app.isEmpty())
        return m_context.usage(tr("server flow needs --app APP, the application's name."), name());
    if (!m_context.openServices())
        return kExitFailure;
    const bool assumeYes = invocation.isSet(QStringLiteral("yes"));
    const wso2::AuthSequence wanted = wso2::smsOtpSequence(invocation.isSet(QStringLiteral("backup-codes")));
    withServerConnection(m_context, *server, [this, app, assumeYes, wanted](const wso2::Connection& connection) {
        wso2::Wso2Client& client = m_context.services().wso2();
        client.listApplications(connection, app, true,
            [this, &client, app, assumeYes, wanted, connection](const wso2::ApplicationListResult& listed) {
                if (!listed.ok) {
                    m_context.finish(m_context.fail(listed.error.explanation, kExitServerFailure));
                    return;
                }
                QString id;
                for (const wso2::ApplicationSummary& a : listed.applications) {
                    if (a.name == app)
                        id = a.id;
                }
                if (id.isEmpty()) {
                    m_context.finish(m_context.fail(tr("The server has no application named “%1”.").arg(app)));
                    return;
                }
                client.application(
                    connection, id, [this, assumeYes, wanted, connection](const wso2::ApplicationResult& got) {
                        if (!got.ok) {
                            m_context.finish(m_context.fail(got.error.explanation, kExitServerFailure));
                            return;
                        }
                        showFlow(connection, got.application, wanted, assumeYes);
                    });
            });
    });
    return kExitPending;
}

void ServerCommand::showFlow(
    const wso2::Connection& connection, const wso2::Application& app, const wso2::AuthSequence& wanted, bool assumeYes)
{
    m_context.print(tr("Application: %1 (%2)").arg(app.name, app.id));
    m_context.print(tr("Current login flow:"));
    for (const QString& l : wso2::describeSequence(app.sequence))
        m_context.print(QStringLiteral("  ") + l);
    m_context.print(tr("New login flow:"));
    for (const QString& l : wso2::describeSequence(wanted))
        m_context.print(QStringLiteral("  ") + l);
    if (app.sequence.hasScript())
        m_context.print(tr("The application's adaptive script is kept as it is (the request does not carry it)."));
    if (app.sequence.sameFlow(wanted)) {
        m_context.print(tr("The application has this login flow already."));
        m_context.finish(kExitOk);
        return;
    }
    m_context.print(tr("The request:"));
    m_context.out() << wso2::previewText(connection, wso2::loginFlowRequest(app.id, wanted), {}) << "\n\n";
    if (!assumeYes && !m_context.confirm(tr("Change the login flow? [y/N]"))) {
        m_context.finish(m_context.fail(tr("Declined: the login flow was not changed.")));
        return;
    }
    m_context.services().wso2().setLoginFlow(
        connection, app.id, wanted, [this, name = app.name](const wso2::FlowChangeResult& changed) {
            if (!changed.ok) {
                m_context.finish(m_context.fail(changed.error.explanation, kExitServerFailure));
                return;
            }
            m_context.print(tr("The login flow of %1 is changed.").arg(name));
            m_context.finish(kExitOk);
        });
}

} // namespace

void withServerConnection(Context& context, const QString& name, std::function<void(const wso2::Connection&)> next)
{
    const wso2::ServerRepository::FindResult found = wso2::ServerRepository(context.services().database()).find(name);
    if (found.error.isError()) {
        context.finish(context.fail(dbErrorText(found.error), detailOf(found.error)));
        return;
    }
    if (!found.server) {
        context.finish(context.fail(tr("No server named “%1”: add it with “server add”.").arg(name)));
        return;
    }
    wso2::Connection connection;
    connection.config = found.server->config;
    connection.pin = found.server->pin;
    const bool basic = connection.config.auth == wso2::AuthKind::Basic;
    const QString key = basic ? keys::wso2Password(name) : keys::wso2ClientSecret(name);
    context.services().secrets().read(
        key, [&context, connection, basic, next = std::move(next)](const storage::SecretResult& result) mutable {
            if (result.error.isError()) {
                context.finish(
                    context.fail(tr("The %1 of the server could not be read from the keychain: %2")
                                     .arg(basic ? tr("password") : tr("client secret"), result.error.message()),
                        detailOf(result.error)));
                return;
            }
            (basic ? connection.credentials.password : connection.credentials.clientSecret) = result.value;
            next(connection);
        });
}

QString comparisonMark(wso2::Comparison comparison)
{
    switch (comparison) {
    case wso2::Comparison::Equal:
        return QStringLiteral("=");
    case wso2::Comparison::Different:
        return QStringLiteral("≠");
    case wso2::Comparison::Unknown:
        break;
    }
    return QStringLiteral("?");
}

void printCertificate(Context& context, const QString& heading, const wso2::CertificateInfo& info)
{
    context.print(heading);
    context.print(tr("  SHA-256: %1").arg(info.sha256));
    context.print(tr("  Subject: %1").arg(info.subject));
    context.print(tr("  Issuer:  %1").arg(info.issuer));
    context.print(tr("  Expires: %1").arg(info.expires.toUTC().toString(Qt::ISODate)));
    for (const QString& error : info.tlsErrors)
        context.print(tr("  Not trusted: %1").arg(error));
    if (!info.hostNotNamed.isEmpty())
        context.print(QStringLiteral("  ") + info.hostNotNamedWarning());
}

QString shownValue(const QString& value)
{
    return value.isEmpty() ? tr("(none)") : QString(value).replace(QLatin1Char('\n'), QStringLiteral("\\n"));
}

std::unique_ptr<Command> makeServerCommand(Context& context)
{
    return std::make_unique<ServerCommand>(context);
}

} // namespace smsotp::cli
