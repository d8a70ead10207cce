#include "ProviderRepository.h"

#include "Database.h"
#include "template/HeaderList.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace smsotp::storage {

using providers::ProviderKind;

namespace secretkeys {
QString twilioAuthToken()
{
    return QStringLiteral("twilio.auth_token");
}
QString vonageApiSecret()
{
    return QStringLiteral("vonage.api_secret");
}
QString customHeader(const QString& headerName)
{
    return QStringLiteral("custom.header.") + headerName.toLower();
}
QString customNamedSecret(const QString& name)
{
    return QStringLiteral("custom.secret.") + name;
}

QString customAuthSecret()
{
    return QStringLiteral("custom.auth");
}
} // namespace secretkeys

namespace {

const QString kActiveKey = QStringLiteral("provider.active");
const QString kStoredPrefix = QStringLiteral("secret.stored.");
const QString kPendingPrefix = QStringLiteral("secret.pending.");

// The keys of the settings rows named PREFIX<key>, without the prefix.
DbError keysWithPrefix(Database& database, const QString& prefix, QStringList& keys)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT key FROM settings WHERE substr(key, 1, ?) = ? ORDER BY key"));
    query.addBindValue(prefix.size());
    query.addBindValue(prefix);
    if (!query.exec())
        return errorFromSql(query.lastError());
    while (query.next())
        keys.append(query.value(0).toString().mid(prefix.size()));
    return {};
}

qint64 timeoutMs(std::chrono::milliseconds timeout)
{
    return timeout.count();
}

std::chrono::milliseconds timeoutFrom(const QJsonObject& o)
{
    const qint64 ms = o.value(u"timeoutMs").toInteger(providers::kDefaultTransferTimeout.count());
    return std::chrono::milliseconds(ms > 0 ? ms : providers::kDefaultTransferTimeout.count());
}

QUrl apiBaseFrom(const QJsonObject& o, const QString& fallback)
{
    const QUrl url(o.value(u"apiBase").toString());
    return url.isValid() && !url.isEmpty() ? url : QUrl(fallback);
}

QJsonObject toJson(const providers::twilio::Config& c)
{
    return { { QStringLiteral("accountSid"), c.accountSid }, { QStringLiteral("sender"), c.sender },
        { QStringLiteral("apiBase"), c.apiBase.toString() }, { QStringLiteral("timeoutMs"), timeoutMs(c.timeout) } };
}

QJsonObject toJson(const providers::vonage::Config& c)
{
    return { { QStringLiteral("apiKey"), c.apiKey }, { QStringLiteral("sender"), c.sender },
        { QStringLiteral("apiBase"), c.apiBase.toString() }, { QStringLiteral("timeoutMs"), timeoutMs(c.timeout) } };
}

QString bodyMatchName(providers::custom::BodyMatch match)
{
    switch (match) {
    case providers::custom::BodyMatch::None:
        return QStringLiteral("none");
    case providers::custom::BodyMatch::Substring:
        return QStringLiteral("substring");
    case providers::custom::BodyMatch::RegularExpression:
        return QStringLiteral("regex");
    case providers::custom::BodyMatch::JsonValue:
        return QStringLiteral("json");
    }
    return QStringLiteral("none");
}

QString methodName(providers::HttpMethod method)
{
    return QString::fromLatin1(providers::httpMethodName(method)).toLower();
}

QJsonObject toJson(const CustomProviderSettings& s)
{
    const providers::custom::Config& c = s.config;
    QJsonArray statuses;
    for (int status : c.success.statuses)
        statuses.append(status);
    return { { QStringLiteral("url"), c.url }, { QStringLiteral("format"), tmpl::payloadFormatName(c.format) },
        { QStringLiteral("method"), methodName(c.method) }, { QStringLiteral("template"), c.payloadTemplate },
        { QStringLiteral("headers"), ProviderRepository::headerNamesOnly(c.headers) },
        { QStringLiteral("sender"), c.sender },
        { QStringLiteral("auth"),
            QJsonObject { { QStringLiteral("kind"), providers::custom::authKindName(c.auth.kind) },
                { QStringLiteral("user"), c.auth.user }, { QStringLiteral("keyName"), c.auth.keyName },
                { QStringLiteral("keyIn"), providers::custom::apiKeyPlaceName(c.auth.place) } } },
        { QStringLiteral("successStatuses"), statuses },
        { QStringLiteral("bodyMatch"), bodyMatchName(c.success.bodyMatch) },
        { QStringLiteral("bodyPattern"), c.success.bodyPattern },
        { QStringLiteral("successJsonPointer"), c.success.jsonPointer },
        { QStringLiteral("successJsonValue"), c.success.jsonValue },
        { QStringLiteral("messageIdPointer"), c.success.messageIdPointer },
        { QStringLiteral("messageIdRegex"), c.success.messageIdRegex },
        { QStringLiteral("errorPointer"), c.success.errorPointer },
        { QStringLiteral("timeoutMs"), timeoutMs(c.timeout) },
        { QStringLiteral("namedSecrets"), QJsonArray::fromStringList(s.namedSecrets) } };
}

void fromJson(const QJsonObject& o, providers::twilio::Config& c)
{
    c.accountSid = o.value(u"accountSid").toString();
    c.sender = o.value(u"sender").toString();
    c.apiBase = apiBaseFrom(o, providers::twilio::defaultApiBase());
    c.timeout = timeoutFrom(o);
}

void fromJson(const QJsonObject& o, providers::vonage::Config& c)
{
    c.apiKey = o.value(u"apiKey").toString();
    c.sender = o.value(u"sender").toString();
    c.apiBase = apiBaseFrom(o, providers::vonage::defaultApiBase());
    c.timeout = timeoutFrom(o);
}

void fromJson(const QJsonObject& o, CustomProviderSettings& s)
{
    providers::custom::Config& c = s.config;
    c.url = o.value(u"url").toString();
    c.format = tmpl::payloadFormatFromName(o.value(u"format").toString()).value_or(tmpl::PayloadFormat::Json);
    const QString method = o.value(u"method").toString();
    c.method = method == u"put" ? providers::HttpMethod::Put
        : method == u"get"      ? providers::HttpMethod::Get
                                : providers::HttpMethod::Post;
    c.payloadTemplate = o.value(u"template").toString(providers::custom::exampleTemplate(c.format));
    c.headers = o.value(u"headers").toString();
    c.sender = o.value(u"sender").toString();
    const QJsonObject auth = o.value(u"auth").toObject();
    c.auth.kind = providers::custom::authKindFromName(auth.value(u"kind").toString())
                      .value_or(providers::custom::AuthKind::None);
    c.auth.user = auth.value(u"user").toString();
    c.auth.keyName = auth.value(u"keyName").toString();
    c.auth.place = auth.value(u"keyIn").toString() == u"query" ? providers::custom::ApiKeyPlace::Query
                                                               : providers::custom::ApiKeyPlace::Header;
    c.success.statuses.clear();
    for (const QJsonValue& v : o.value(u"successStatuses").toArray())
        c.success.statuses.append(v.toInt());
    const QString match = o.value(u"bodyMatch").toString();
    c.success.bodyMatch = match == u"substring" ? providers::custom::BodyMatch::Substring
        : match == u"regex"                     ? providers::custom::BodyMatch::RegularExpression
        : match == u"json"                      ? providers::custom::BodyMatch::JsonValue
                                                : providers::custom::BodyMatch::None;
    c.success.bodyPattern = o.value(u"bodyPattern").toString();
    c.success.jsonPointer = o.value(u"successJsonPointer").toString();
    c.success.jsonValue = o.value(u"successJsonValue").toString();
    c.success.messageIdPointer = o.value(u"messageIdPointer").toString();
    c.success.messageIdRegex = o.value(u"messageIdRegex").toString();
    c.success.errorPointer = o.value(u"errorPointer").toString();
    c.timeout = timeoutFrom(o);
    s.namedSecrets.clear();
    for (const QJsonValue& v : o.value(u"namedSecrets").toArray())
        s.namedSecrets.append(v.toString());
}

} // namespace

QString ProviderSettings::senderOf(providers::ProviderKind kind) const
{
    switch (kind) {
    case providers::ProviderKind::Twilio:
        return twilio.sender;
    case providers::ProviderKind::Vonage:
        return vonage.sender;
    case providers::ProviderKind::Custom:
        return custom.config.sender;
    case providers::ProviderKind::Sandbox:
        break;
    }
    return {};
}

ProviderRepository::ProviderRepository(Database& database)
    : m_database(database)
{ }

QString ProviderRepository::headerNamesOnly(const QString& headerText)
{
    QList<tmpl::HeaderField> fields = tmpl::parseHeaderList(headerText).fields();
    for (tmpl::HeaderField& field : fields)
        field.value.clear();
    return tmpl::serializeHeaderList(fields);
}

ProviderRepository::LoadResult ProviderRepository::load() const
{
    LoadResult result;
    result.settings.custom.config.payloadTemplate = providers::custom::exampleTemplate(tmpl::PayloadFormat::Json);
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT kind, config FROM providers"))) {
        result.error = errorFromSql(query.lastError());
        return result;
    }
    while (query.next()) {
        const std::optional<ProviderKind> kind = providers::providerKindFromName(query.value(0).toString());
        const QJsonObject json = QJsonDocument::fromJson(query.value(1).toByteArray()).object();
        if (!kind)
            continue;
        switch (*kind) {
        case ProviderKind::Twilio:
            fromJson(json, result.settings.twilio);
            break;
        case ProviderKind::Vonage:
            fromJson(json, result.settings.vonage);
            break;
        case ProviderKind::Custom:
            fromJson(json, result.settings.custom);
            break;
        case ProviderKind::Sandbox:
            break;
        }
        result.settings.configured.append(*kind);
    }
    QSqlQuery active(m_database.connection());
    active.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    active.addBindValue(kActiveKey);
    if (!active.exec()) {
        result.error = errorFromSql(active.lastError());
        return result;
    }
    if (active.next()) {
        if (const auto kind = providers::providerKindFromName(active.value(0).toString()))
            result.settings.active = *kind;
    }
    result.error = keysWithPrefix(m_database, kPendingPrefix, result.settings.interruptedSecrets);
    return result;
}

DbError ProviderRepository::save(ProviderKind kind, const QByteArray& json)
{
    return m_database.transaction([&]() -> DbError {
        QSqlQuery query(m_database.connection());
        query.prepare(
            QStringLiteral("INSERT INTO providers (kind, config, updated_at) VALUES (?, ?, strftime('%s','now')) "
                           "ON CONFLICT (kind) DO UPDATE SET config = excluded.config, "
                           "updated_at = excluded.updated_at"));
        query.addBindValue(QString(providers::providerKindName(kind)));
        query.addBindValue(QString::fromUtf8(json));
        if (!query.exec())
            return errorFromSql(query.lastError());
        return {};
    });
}

DbError ProviderRepository::saveTwilio(const providers::twilio::Config& config)
{
    return save(ProviderKind::Twilio, QJsonDocument(toJson(config)).toJson(QJsonDocument::Compact));
}

DbError ProviderRepository::saveVonage(const providers::vonage::Config& config)
{
    return save(ProviderKind::Vonage, QJsonDocument(toJson(config)).toJson(QJsonDocument::Compact));
}

DbError ProviderRepository::saveCustom(const CustomProviderSettings& settings)
{
    return save(ProviderKind::Custom, QJsonDocument(toJson(settings)).toJson(QJsonDocument::Compact));
}

DbError ProviderRepository::setActive(ProviderKind kind)
{
    return m_database.transaction([&]() -> DbError {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        query.addBindValue(kActiveKey);
        query.addBindValue(QString(providers::providerKindName(kind)));
        if (!query.exec())
            return errorFromSql(query.lastError());
        return {};
    });
}

ProviderRepository::StoredResult ProviderRepository::storedSecrets() const
{
    StoredResult result;
    QStringList interrupted;
    result.error = keysWithPrefix(m_database, kStoredPrefix, result.keys);
    if (!result.error.isError())
        result.error = keysWithPrefix(m_database, kPendingPrefix, interrupted);
    for (const QString& key : std::as_const(interrupted))
        result.keys.removeAll(key); // what the keychain holds for it may not belong here: asked for again
    return result;
}

DbError ProviderRepository::markSecretsPending(const QStringList& keys)
{
    if (keys.isEmpty())
        return {};
    return m_database.transaction([&]() -> DbError {
        for (const QString& key : keys) {
            QSqlQuery query(m_database.connection());
            query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, '1') "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
            query.addBindValue(QString(kPendingPrefix + key));
            if (!query.exec())
                return errorFromSql(query.lastError());
        }
        return {};
    });
}

DbError ProviderRepository::setSecretStored(const QString& key, bool stored)
{
    return m_database.transaction([&]() -> DbError {
        QSqlQuery query(m_database.connection());
        if (stored) {
            query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, '1') "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        } else {
            query.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
        }
        query.addBindValue(QString(kStoredPrefix + key));
        if (!query.exec())
            return errorFromSql(query.lastError());
        QSqlQuery done(m_database.connection());
        done.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
        done.addBindValue(QString(kPendingPrefix + key));
        if (!done.exec())
            return errorFromSql(done.lastError());
        return {};
    });
}

} // namespace smsotp::storage
