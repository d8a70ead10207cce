#include "Wso2Take.h"

#include "Wso2Templates.h"
#include "providers/Redaction.h"
#include "storage/ProviderRepository.h"
#include "storage/SettingsRepository.h"

#include <QCoreApplication>
#include <QUrl>

namespace smsotp::wso2 {

namespace keys = storage::secretkeys;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("smsotp::wso2::Take", text);
}

// A property's value for a setting, when the console can take it: a whole number within the setting's limits,
// or true/false (1/0) for a yes-or-no setting.
std::optional<int> settingValue(const otp::FieldSpec& spec, const QString& text)
{
    const QString value = text.trimmed();
    if (spec.isBool) {
        if (value.compare(u"true", Qt::CaseInsensitive) == 0)
            return 1;
        if (value.compare(u"false", Qt::CaseInsensitive) == 0)
            return 0;
        return std::nullopt;
    }
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < spec.minimum || n > spec.maximum)
        return std::nullopt;
    return n;
}

QString settingText(const otp::FieldSpec& spec, int value)
{
    return spec.isBool ? (value != 0 ? QStringLiteral("true") : QStringLiteral("false")) : QString::number(value);
}

// policyFromConnector, with a sentence in problems (when given) for each value it could not take.
otp::OtpPolicy takeConnector(otp::OtpPolicy policy, const QList<ConnectorProperty>& properties, QStringList* problems)
{
    for (const ConnectorProperty& p : properties) {
        for (const ConnectorField& f : connectorFields()) {
            if (f.name != p.name)
                continue;
            const otp::FieldSpec& spec = otp::specOf(f.field);
            if (const std::optional<int> value = settingValue(spec, p.value)) {
                policy.setValue(f.field, *value);
            } else if (problems) {
                problems->append(tr("The server's %1 is \"%2\", which the console cannot take; it keeps %3.")
                                     .arg(p.name, p.value, settingText(spec, policy.value(f.field))));
            }
        }
    }
    return policy;
}

QList<storage::SecretChange> senderSecretChanges(const TakenSender& sender)
{
    QList<storage::SecretChange> changes;
    if (const auto* t = std::get_if<providers::TwilioSetup>(&sender.setup)) {
        if (!t->secrets.authToken.isEmpty())
            changes.append(storage::SecretChange::write(keys::twilioAuthToken(), t->secrets.authToken));
    } else if (const auto* v = std::get_if<providers::VonageSetup>(&sender.setup)) {
        if (!v->secrets.apiSecret.isEmpty())
            changes.append(storage::SecretChange::write(keys::vonageApiSecret(), v->secrets.apiSecret));
    } else if (const auto* c = std::get_if<providers::CustomSetup>(&sender.setup)) {
        for (auto it = c->secrets.headerValues.cbegin(); it != c->secrets.headerValues.cend(); ++it)
            changes.append(storage::SecretChange::write(keys::customHeader(it.key()), it.value()));
        if (!c->secrets.authSecret.isEmpty())
            changes.append(storage::SecretChange::write(keys::customAuthSecret(), c->secrets.authSecret));
    }
    return changes;
}

// The v2 authentication object back as the custom provider's: BASIC, BEARER, API_KEY (in a header). The secret
// only when the server returned it (servers usually do not): else the administrator enters it.
void takeAuthentication(const SenderAuthentication& from, providers::CustomSetup& to, QStringList& problems)
{
    using providers::custom::AuthKind;
    if (!from.isSet())
        return;
    QString secretKey;
    if (from.type == u"BASIC") {
        to.config.auth.kind = AuthKind::Basic;
        to.config.auth.user = from.property(QStringLiteral("username")).value_or(QString());
        secretKey = QStringLiteral("password");
    } else if (from.type == u"BEARER") {
        to.config.auth.kind = AuthKind::Bearer;
        secretKey = QStringLiteral("token");
    } else if (from.type == u"API_KEY") {
        to.config.auth.kind = AuthKind::ApiKey;
        to.config.auth.keyName = from.property(QStringLiteral("header")).value_or(QString());
        to.config.auth.place = providers::custom::ApiKeyPlace::Header;
        secretKey = QStringLiteral("value");
    } else {
        problems.append(tr("The server's sender uses %1 authentication, which the console does not have; it was not "
                           "taken.")
                            .arg(from.type));
        return;
    }
    const QString secret = from.property(secretKey).value_or(QString());
    if (secret.isEmpty() || secret.contains(QStringLiteral("**"))) {
        problems.append(tr("The server did not return the %1 authentication's secret; enter it on the SMS Provider "
                           "page.")
                            .arg(providers::custom::authKindName(to.config.auth.kind)));
        return;
    }
    to.secrets.authSecret = secret;
}

} // namespace

std::optional<TakenSender> takeSender(const SmsSender& sender)
{
    TakenSender taken;
    const QString provider = sender.provider.toLower();
    if (provider == u"twilio") {
        providers::TwilioSetup t;
        t.config.accountSid = sender.key;
        t.config.sender = sender.sender;
        t.secrets.authToken = sender.secret;
        const qsizetype api = sender.providerUrl.indexOf(QStringLiteral("/2010-04-01/"));
        if (api > 0)
            t.config.apiBase = QUrl(sender.providerUrl.left(api));
        taken.kind = providers::ProviderKind::Twilio;
        taken.setup = t;
        return taken;
    }
    if (provider == u"vonage" || provider == u"nexmo") {
        providers::VonageSetup v;
        v.config.apiKey = sender.key;
        v.config.sender = sender.sender;
        v.secrets.apiSecret = sender.secret;
        if (sender.providerUrl.endsWith(QStringLiteral("/sms/json")))
            v.config.apiBase = QUrl(sender.providerUrl.chopped(QStringLiteral("/sms/json").size()));
        taken.kind = providers::ProviderKind::Vonage;
        taken.setup = v;
        return taken;
    }
    if (provider != u"custom")
        return std::nullopt;
    providers::CustomSetup c;
    c.config.url = sender.providerUrl;
    c.config.format = sender.contentType.compare(u"FORM", Qt::CaseInsensitive) == 0 ? tmpl::PayloadFormat::Form
                                                                                    : tmpl::PayloadFormat::Json;
    c.config.method
        = sender.property(QStringLiteral("http.method")).value_or(QString()).compare(u"PUT", Qt::CaseInsensitive) == 0
        ? providers::HttpMethod::Put
        : providers::HttpMethod::Post;
    c.config.payloadTemplate = sender.property(QStringLiteral("body")).value_or(QString());
    // As WSO2 reads them: split on ',' and then on ':'.
    QStringList names;
    const QString headers = sender.property(QStringLiteral("http.headers")).value_or(QString());
    for (const QString& entry : headers.split(u',', Qt::SkipEmptyParts)) {
        const QStringList parts = entry.split(u':');
        if (parts.size() != 2 || parts.first().trimmed().isEmpty()) {
            if (!entry.trimmed().isEmpty())
                taken.problems.append(tr("WSO2 drops the header entry %1 (it holds ':' or no value), so it was not "
                                         "taken.")
                                          .arg(parts.first().trimmed()));
            continue;
        }
        const QString name = parts.first().trimmed();
        names.append(name + QStringLiteral(": "));
        c.secrets.headerValues.insert(name, parts.at(1).trimmed());
    }
    c.config.headers = names.join(QStringLiteral(", "));
    takeAuthentication(sender.authentication, c, taken.problems);
    taken.kind = providers::ProviderKind::Custom;
    taken.setup = c;
    return taken;
}

otp::OtpPolicy policyFromConnector(otp::OtpPolicy current, const QList<ConnectorProperty>& properties)
{
    return takeConnector(current, properties, nullptr);
}

ServerTake planTake(const PullResult& pulled, const otp::OtpPolicy& current, const tmpl::SmsTexts& currentTexts,
    const QString& webOtpDomain)
{
    ServerTake take;
    take.policy = current;
    if (pulled.sender) {
        take.sender = takeSender(*pulled.sender);
        if (!take.sender) {
            take.error = TakeError::UnknownProvider;
            take.message = tr("The server's SMS provider %1 is not one the console knows (Twilio, Vonage, Custom).")
                               .arg(pulled.sender->provider);
            return take;
        }
        take.secretChanges = senderSecretChanges(*take.sender);
    }
    take.policy = takeConnector(current, pulled.connector, &take.problems);
    if (take.sender)
        take.problems += take.sender->problems;
    if (pulled.templates && !pulled.templates->isEmpty()) {
        const TakenTexts texts = takeSmsTexts(*pulled.templates, currentTexts, webOtpDomain);
        take.problems += texts.problems;
        if (!texts.taken.isEmpty()) {
            take.smsTexts = texts.texts;
            take.takenLocales = texts.taken;
        }
    } else if (!pulled.templatesUnavailable.isEmpty()) {
        take.problems.append(pulled.templatesUnavailable);
    }
    return take;
}

storage::DbError saveTake(storage::Database& database, const ServerTake& take)
{
    Q_ASSERT(take.ok());
    storage::ProviderRepository providers(database);
    if (storage::DbError error = providers.markSecretsPending(storage::SecretChange::keysOf(take.secretChanges));
        error.isError())
        return error;
    if (storage::DbError error = storage::SettingsRepository(database).savePolicy(take.policy); error.isError())
        return error;
    if (take.smsTexts) {
        if (storage::DbError error = storage::SettingsRepository(database).saveSmsTexts(*take.smsTexts);
            error.isError())
            return error;
    }
    if (!take.sender)
        return {};
    storage::DbError error;
    if (const auto* t = std::get_if<providers::TwilioSetup>(&take.sender->setup)) {
        error = providers.saveTwilio(t->config);
    } else if (const auto* v = std::get_if<providers::VonageSetup>(&take.sender->setup)) {
        error = providers.saveVonage(v->config);
    } else if (const auto* c = std::get_if<providers::CustomSetup>(&take.sender->setup)) {
        storage::CustomProviderSettings custom;
        custom.config = c->config;
        error = providers.saveCustom(custom);
    }
    return error.isError() ? error : providers.setActive(take.sender->kind);
}

QString maskHeaderValues(const QString& headers)
{
    QStringList parts = headers.split(QLatin1Char(','));
    for (QString& part : parts) {
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        if (colon >= 0 && !part.mid(colon + 1).trimmed().isEmpty())
            part = part.left(colon + 1) + QLatin1Char(' ') + providers::kRedactionMark.toString();
    }
    return parts.join(QLatin1Char(','));
}

QString shownDiffValue(const DiffRow& row, const QString& value, const QStringList& secrets)
{
    QString shown = row.secret && !value.isEmpty() ? providers::kRedactionMark.toString() : value;
    if (row.field == u"http.headers")
        shown = maskHeaderValues(shown);
    return providers::redactText(shown, secrets);
}

} // namespace smsotp::wso2
