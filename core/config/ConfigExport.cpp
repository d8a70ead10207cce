#include "ConfigExport.h"

#include "ConfigCheck.h"
#include "otp/BackupCodes.h"
#include "otp/OtpPolicy.h"
#include "providers/CustomProvider.h"
#include "providers/ProviderKind.h"
#include "providers/UrlPolicy.h"
#include "send/ProviderSetupLoader.h"
#include "storage/BackupCodeRepository.h"
#include "storage/Database.h"
#include "storage/ProviderRepository.h"
#include "storage/SettingsRepository.h"
#include "template/HeaderList.h"
#include "template/SmsText.h"
#include "wso2/ServerConfig.h"
#include "wso2/ServerRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCertificate>
#include <cmath>
#include <optional>

namespace smsotp::config {

using providers::ProviderKind;

namespace {

QString tr(const char* text)
{
    return configTr(text);
}

storage::DbError upsertSetting(storage::Database& database, const QString& key, const QString& value)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return storage::errorFromSql(query.lastError(), key);
    return {};
}

QString dbText(const storage::DbError& error)
{
    return error.title() + QStringLiteral(". ") + error.message();
}

storage::DbError write(storage::Database& database, const Plan& plan)
{
    for (const auto& [key, value] : plan.settings) {
        if (storage::DbError e = upsertSetting(database, key, value); e.isError())
            return e;
    }
    if (plan.smsTexts) {
        if (storage::DbError e = storage::SettingsRepository::writeSmsTexts(database, *plan.smsTexts); e.isError())
            return e;
    }
    if (plan.defaultSmsText) {
        if (storage::DbError e = storage::SettingsRepository::writeDefaultSmsText(database, *plan.defaultSmsText);
            e.isError())
            return e;
    }
    for (const auto& [kind, config] : plan.providers) {
        QSqlQuery query(database.connection());
        query.prepare(QStringLiteral("INSERT INTO providers (kind, config, updated_at) VALUES (?, ?, "
                                     "strftime('%s','now')) ON CONFLICT (kind) DO UPDATE SET config = "
                                     "excluded.config, updated_at = excluded.updated_at"));
        query.addBindValue(QString(providers::providerKindName(kind)));
        query.addBindValue(QString::fromUtf8(config));
        if (!query.exec())
            return storage::errorFromSql(query.lastError());
    }
    if (plan.active) {
        const QString name(providers::providerKindName(*plan.active));
        if (storage::DbError e = upsertSetting(database, activeProviderKey(), name); e.isError())
            return e;
    }
    for (const auto& [server, pin] : plan.servers) {
        QSqlQuery query(database.connection());
        query.prepare(QStringLiteral("INSERT INTO wso2_servers (name, config, updated_at) VALUES (?, ?, "
                                     "strftime('%s','now')) ON CONFLICT (name) DO UPDATE SET config = "
                                     "excluded.config, updated_at = excluded.updated_at"));
        query.addBindValue(server.name);
        query.addBindValue(QString::fromUtf8(QJsonDocument(wso2::toJson(server)).toJson(QJsonDocument::Compact)));
        if (!query.exec())
            return storage::errorFromSql(query.lastError(), server.name);
        if (pin) {
            QSqlQuery pinQuery(database.connection());
            pinQuery.prepare(QStringLiteral(
                "UPDATE wso2_servers SET pinned_certificate = ?, pin_accepted_host_mismatch = ? WHERE name = ?"));
            pinQuery.addBindValue(QString::fromUtf8(pin->pem));
            pinQuery.addBindValue(storage::notNull(pin->acceptedHostMismatch));
            pinQuery.addBindValue(server.name);
            if (!pinQuery.exec())
                return storage::errorFromSql(pinQuery.lastError(), server.name);
        }
    }
    return {};
}

// The secrets the imported providers and servers need that this profile's keychain does not hold yet.
QStringList secretsToEnter(storage::Database& database, const Plan& plan)
{
    QStringList toEnter;
    storage::ProviderRepository repository(database);
    const storage::ProviderRepository::LoadResult loaded = repository.load();
    const QStringList stored = repository.storedSecrets().keys;
    for (const auto& [kind, config] : plan.providers) {
        Q_UNUSED(config);
        for (const QString& key : send::secretKeysFor(kind, loaded.settings)) {
            if (!stored.contains(key))
                toEnter.append(tr("%1: %2 (on the SMS Provider page, or provider set on the command line)")
                                   .arg(providers::providerDisplayName(kind), key));
        }
    }
    for (const auto& [server, pin] : plan.servers) {
        Q_UNUSED(pin);
        const QString key = server.auth == wso2::AuthKind::Basic ? storage::secretkeys::wso2Password(server.name)
                                                                 : storage::secretkeys::wso2ClientSecret(server.name);
        if (!stored.contains(key))
            toEnter.append(tr("WSO2 server %1: %2 (on the Identity Server page, or server add on the command line)")
                               .arg(server.name, key));
    }
    return toEnter;
}

} // namespace

QJsonObject exportObject(storage::Database& database, QString* error)
{
    const auto failed = [error](const storage::DbError& e) {
        if (error)
            *error = dbText(e);
        return QJsonObject {};
    };
    QJsonObject settings;
    const storage::SettingsRepository settingsRepository(database);
    const storage::SettingsRepository::PolicyResult policy = settingsRepository.loadPolicy();
    if (policy.error.isError())
        return failed(policy.error);
    for (const otp::FieldSpec& spec : otp::fieldSpecs()) {
        const int value = policy.policy.value(spec.field);
        settings.insert(QString::fromLatin1(spec.key), spec.isBool ? QJsonValue(value != 0) : QJsonValue(value));
    }
    const storage::SettingsRepository::SmsTextsResult texts = settingsRepository.smsTexts();
    if (texts.error.isError())
        return failed(texts.error);
    settings.insert(storage::SettingsRepository::smsTextKey(), texts.texts.defaultText());
    settings.insert(storage::SettingsRepository::defaultLocaleKey(), texts.texts.defaultLocale);
    QJsonObject translations;
    for (const tmpl::LocalizedSmsText& text : texts.texts.texts.mid(1))
        translations.insert(text.locale, text.text);
    settings.insert(QStringLiteral("sms.texts"), translations);
    for (const QString& key :
        { storage::SettingsRepository::webOtpDomainKey(), storage::SettingsRepository::androidAppHashKey() }) {
        const storage::SettingsRepository::ValueResult value = settingsRepository.value(key);
        if (value.error.isError())
            return failed(value.error);
        settings.insert(key, value.value.value_or(QString()));
    }
    const storage::BackupCodeRepository::PolicyResult backup = storage::BackupCodeRepository(database).loadPolicy();
    if (backup.error.isError())
        return failed(backup.error);
    for (const otp::BackupFieldSpec& spec : otp::backupFieldSpecs()) {
        const int value = backup.policy.value(spec.field);
        settings.insert(QString::fromLatin1(spec.key), spec.isBool ? QJsonValue(value != 0) : QJsonValue(value));
    }

    // The providers as stored: non-secret by construction (header values and secrets are in the keychain).
    QJsonObject providerObjects;
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT kind, config FROM providers ORDER BY kind")))
        return failed(storage::errorFromSql(query.lastError()));
    while (query.next()) {
        const std::optional<ProviderKind> kind = providers::providerKindFromName(query.value(0).toString());
        if (!kind || *kind == ProviderKind::Sandbox)
            continue;
        QJsonObject config = QJsonDocument::fromJson(query.value(1).toByteArray()).object();
        if (*kind == ProviderKind::Custom && config.contains(u"headers")) {
            // Stored without values already; emptied again so no value can ever leave through a file.
            config.insert(QStringLiteral("headers"),
                storage::ProviderRepository::headerNamesOnly(config.value(u"headers").toString()));
        }
        providerObjects.insert(QString(providers::providerKindName(*kind)), config);
    }
    const storage::ProviderRepository::LoadResult loaded = storage::ProviderRepository(database).load();
    if (loaded.error.isError())
        return failed(loaded.error);

    // The WSO2 servers: connection settings without secrets, and the pinned certificate (public).
    const wso2::ServerRepository::ListResult servers = wso2::ServerRepository(database).list();
    if (servers.error.isError())
        return failed(servers.error);
    QJsonObject serverObjects;
    for (const wso2::StoredServer& server : servers.servers) {
        QJsonObject o = wso2::toJson(server.config);
        if (!server.pin.isEmpty())
            o.insert(QStringLiteral("pinnedCertificate"), QString::fromUtf8(server.pin.pem));
        if (!server.pin.isEmpty() && !server.pin.acceptedHostMismatch.isEmpty())
            o.insert(QStringLiteral("pinAcceptedHostMismatch"), server.pin.acceptedHostMismatch);
        serverObjects.insert(server.config.name, o);
    }

    QJsonObject root;
    root.insert(QStringLiteral("format"), QLatin1StringView(kFormat).toString());
    root.insert(QStringLiteral("version"), kVersion);
    root.insert(QStringLiteral("exportedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    root.insert(QStringLiteral("settings"), settings);
    root.insert(QStringLiteral("providers"), providerObjects);
    root.insert(QStringLiteral("activeProvider"), QString(providers::providerKindName(loaded.settings.active)));
    if (!serverObjects.isEmpty())
        root.insert(QStringLiteral("wso2Servers"), serverObjects);
    return root;
}

ExportResult exportConfig(storage::Database& database)
{
    ExportResult result;
    const QJsonObject root = exportObject(database, &result.error);
    if (result.error.isEmpty())
        result.json = QJsonDocument(root).toJson(QJsonDocument::Indented);
    return result;
}

QList<ImportError> validateConfig(const QByteArray& json)
{
    return checkConfig(json).errors;
}

// The pins of the plan that differ from what is pinned now for that server.
QList<NewPin> newPins(storage::Database& database, const Plan& plan, QList<ImportError>& errors)
{
    QList<NewPin> pins;
    const wso2::ServerRepository servers(database);
    for (const auto& [config, pin] : plan.servers) {
        if (!pin || pin->isEmpty())
            continue;
        const wso2::ServerRepository::FindResult found = servers.find(config.name);
        if (found.error.isError()) {
            errors.append({ QStringLiteral("$"), tr("nothing was imported: %1").arg(dbText(found.error)) });
            continue;
        }
        if (found.server && found.server->pin == *pin)
            continue;
        const QList<QSslCertificate> certificates = QSslCertificate::fromData(pin->pem, QSsl::Pem);
        if (certificates.size() != 1)
            continue;
        wso2::CertificateInfo described = wso2::describeCertificate(certificates.first());
        described.hostNotNamed = pin->acceptedHostMismatch;
        pins.append({ config.name, described });
    }
    return pins;
}

ImportResult importConfig(storage::Database& database, const QByteArray& json, const ImportOptions& options)
{
    ImportResult result;
    const CheckResult checked = checkConfig(json);
    if (!checked.errors.isEmpty()) {
        result.errors = checked.errors;
        return result;
    }
    const Plan& plan = checked.plan;
    result.newPins = newPins(database, plan, result.errors);
    if (!result.errors.isEmpty())
        return result;
    if (!result.newPins.isEmpty() && !options.trustCertificates) {
        result.pinsNeedConsent = true;
        result.errors.append({ QStringLiteral("$.wso2Servers"),
            QCoreApplication::translate("smsotp::config",
                "nothing was imported: the file pins %n certificate(s) that are not pinned now, and a pin is added "
                "only with consent",
                nullptr, int(result.newPins.size())) });
        return result;
    }
    const storage::DbError error = database.transaction([&] { return write(database, plan); });
    if (error.isError()) {
        result.errors.append({ QStringLiteral("$"), tr("nothing was imported: %1").arg(dbText(error)) });
        return result;
    }

    result.secretsToEnter = secretsToEnter(database, plan);
    return result;
}

} // namespace smsotp::config
