#include "ConfigCheck.h"

#include "InputLimits.h"
#include "otp/BackupCodes.h"
#include "otp/OtpPolicy.h"
#include "providers/CustomProvider.h"
#include "providers/JsonPointer.h"
#include "providers/ProviderKind.h"
#include "providers/UrlPolicy.h"
#include "send/ProviderSetupLoader.h"
#include "storage/BackupCodeRepository.h"
#include "storage/Database.h"
#include "storage/ProviderRepository.h"
#include "storage/SettingsRepository.h"
#include "template/AndroidAppHash.h"
#include "template/HeaderList.h"
#include "template/OriginBoundCode.h"
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

const QString kSmsTextKey = storage::SettingsRepository::smsTextKey();
const QString kActiveKey = QStringLiteral("provider.active");
constexpr qint64 kMaxTimeoutMs = 600000;

QString keyPath(const QString& parent, const QString& key)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (identifier.match(key).hasMatch())
        return parent + QLatin1Char('.') + key;
    QString quoted = key;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return parent + QStringLiteral("[\"") + quoted + QStringLiteral("\"]");
}

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("true/false");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("text");
    case QJsonValue::Array:
        return tr("a list");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

std::optional<qint64> wholeNumber(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > 9.0e15)
        return std::nullopt;
    return qint64(d);
}

class Checker
{
public:
    QList<ImportError> errors;
    Plan plan;

    void check(const QByteArray& json)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            const QByteArray before = json.left(parseError.offset);
            const qsizetype line = before.count('\n') + 1;
            const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
            add(QStringLiteral("$"),
                tr("not valid JSON at line %1, column %2: %3").arg(line).arg(column).arg(parseError.errorString()));
            return;
        }
        if (!document.isObject()) {
            add(QStringLiteral("$"), tr("expected an object, found a list"));
            return;
        }
        const QJsonObject root = document.object();
        const QString format = root.value(u"format").toString();
        if (format != QLatin1StringView(kFormat)) {
            add(QStringLiteral("$.format"),
                tr("not an SMS OTP Console configuration file (expected \"%1\")").arg(QLatin1StringView(kFormat)));
            return;
        }
        const std::optional<qint64> version = wholeNumber(root.value(u"version"));
        if (!version || *version < 1) {
            add(QStringLiteral("$.version"),
                tr("expected a whole number from 1, found %1").arg(typeName(root.value(u"version"))));
            return;
        }
        if (*version > kVersion) {
            add(QStringLiteral("$.version"),
                tr("version %1 was written by a newer SMS OTP Console; this one reads version %2")
                    .arg(*version)
                    .arg(kVersion));
            return;
        }
        static const QSet<QString> known { QStringLiteral("format"), QStringLiteral("version"),
            QStringLiteral("exportedAt"), QStringLiteral("settings"), QStringLiteral("providers"),
            QStringLiteral("activeProvider"), QStringLiteral("wso2Servers") };
        for (auto it = root.begin(); it != root.end(); ++it) {
            if (!known.contains(it.key()))
                add(keyPath(QStringLiteral("$"), it.key()), tr("unknown key"));
        }
        if (root.contains(u"exportedAt") && !root.value(u"exportedAt").isString())
            add(QStringLiteral("$.exportedAt"), tr("expected text, found %1").arg(typeName(root.value(u"exportedAt"))));
        if (root.contains(u"settings")) {
            checkSettings(root.value(u"settings"));
            completeSmsTexts();
        }
        QSet<ProviderKind> inFile;
        if (root.contains(u"providers"))
            inFile = checkProviders(root.value(u"providers"));
        if (root.contains(u"activeProvider"))
            checkActive(root.value(u"activeProvider"), inFile);
        if (root.contains(u"wso2Servers"))
            checkServers(root.value(u"wso2Servers"));
    }

private:
    void add(const QString& path, const QString& message) { errors.append({ path, message }); }

    // The value as an object; otherwise the error at path, and none.
    std::optional<QJsonObject> object(const QString& path, const QJsonValue& value)
    {
        if (value.isObject())
            return value.toObject();
        add(path, tr("expected an object, found %1").arg(typeName(value)));
        return std::nullopt;
    }

    void checkSettings(const QJsonValue& value)
    {
        const QString path = QStringLiteral("$.settings");
        const std::optional<QJsonObject> settingsObject = object(path, value);
        if (!settingsObject)
            return;
        const QJsonObject& settings = *settingsObject;
        for (auto it = settings.begin(); it != settings.end(); ++it) {
            const QString key = it.key();
            const QString at = keyPath(path, key);
            const QJsonValue v = it.value();
            if (key == kSmsTextKey) {
                if (const std::optional<QString> text = smsText(at, v))
                    plan.defaultSmsText = *text;
                continue;
            }
            if (key == storage::SettingsRepository::defaultLocaleKey()) {
                const tmpl::SmsLocaleName locale = tmpl::parseSmsLocale(v.toString());
                if (!v.isString() || !locale.ok())
                    add(at, v.isString() ? locale.error : tr("expected text, found %1").arg(typeName(v)));
                else
                    defaultLocale = locale.name;
                continue;
            }
            if (key == u"sms.texts") {
                checkSmsTexts(at, v);
                continue;
            }
            if (key == storage::SettingsRepository::webOtpDomainKey()
                || key == storage::SettingsRepository::androidAppHashKey()) {
                checkAutofill(at, key, v);
                continue;
            }
            bool isBool = false;
            if (const auto field = otp::fieldForKey(key))
                isBool = otp::specOf(*field).isBool;
            else if (const auto backupField = otp::backupFieldForKey(key))
                isBool = otp::specOf(*backupField).isBool;
            else {
                add(at, tr("unknown setting"));
                continue;
            }
            QString text;
            if (isBool) {
                if (!v.isBool()) {
                    add(at, tr("expected true or false, found %1").arg(typeName(v)));
                    continue;
                }
                text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            } else {
                const std::optional<qint64> number = wholeNumber(v);
                if (!number) {
                    add(at, tr("expected a whole number, found %1").arg(typeName(v)));
                    continue;
                }
                text = QString::number(*number);
            }
            // The settings' own validation: the same limits and messages as the settings page and the CLI.
            if (const auto field = otp::fieldForKey(key)) {
                const otp::ParsedValue parsed = otp::parseFieldValue(*field, text);
                if (parsed.error)
                    add(at, parsed.error->message);
                else
                    plan.settings.append({ key, QString::number(*parsed.value) });
            } else {
                const otp::BackupParsedValue parsed = otp::parseBackupFieldValue(*otp::backupFieldForKey(key), text);
                if (!parsed.value)
                    add(at, parsed.error);
                else
                    plan.settings.append({ key, QString::number(*parsed.value) });
            }
        }
    }

    // An SMS text: a string without the template's errors.
    std::optional<QString> smsText(const QString& at, const QJsonValue& v)
    {
        if (!v.isString()) {
            add(at, tr("expected text, found %1").arg(typeName(v)));
            return std::nullopt;
        }
        const QList<tmpl::SmsTextError> problems = tmpl::SmsText(v.toString()).check();
        for (const tmpl::SmsTextError& problem : problems)
            add(at, problem.message);
        return problems.isEmpty() ? std::optional(v.toString()) : std::nullopt;
    }

    void checkSmsTexts(const QString& at, const QJsonValue& v)
    {
        const std::optional<QJsonObject> texts = object(at, v);
        if (!texts)
            return;
        tmpl::SmsTexts all;
        for (auto it = texts->begin(); it != texts->end(); ++it) {
            const tmpl::SmsLocaleName locale = tmpl::parseSmsLocale(it.key());
            if (!locale.ok()) {
                add(keyPath(at, it.key()), locale.error);
                continue;
            }
            if (all.find(locale.name)) {
                add(keyPath(at, it.key()), tr("%1 is in the file twice, under two spellings").arg(locale.name));
                continue;
            }
            if (const std::optional<QString> text = smsText(keyPath(at, it.key()), it.value()))
                all.texts.append({ locale.name, *text });
        }
        plan.smsTexts = all;
    }

    void checkAutofill(const QString& at, const QString& key, const QJsonValue& v)
    {
        if (!v.isString()) {
            add(at, tr("expected text, found %1").arg(typeName(v)));
            return;
        }
        const QString value = v.toString().trimmed();
        if (value.isEmpty()) {
            plan.settings.append({ key, value });
        } else if (key == storage::SettingsRepository::webOtpDomainKey()) {
            if (const QString problem = tmpl::checkWebOtpDomain(value); !problem.isEmpty())
                add(at, problem);
            else
                plan.settings.append({ key, value.toLower() });
        } else if (const QString problem = tmpl::checkAndroidAppHash(value); !problem.isEmpty()) {
            add(at, problem);
        } else {
            plan.settings.append({ key, value });
        }
    }

    // After the settings were read. With "sms.texts": the whole set, the default locale's text from "sms.text" (or
    // from the set, or WSO2's wording). Without it, the default locale is a setting like any other and "sms.text"
    // its text; the other locales stay as they are.
    void completeSmsTexts()
    {
        if (!plan.smsTexts) {
            if (defaultLocale)
                plan.settings.append({ storage::SettingsRepository::defaultLocaleKey(), *defaultLocale });
            return;
        }
        tmpl::SmsTexts& texts = *plan.smsTexts;
        texts.defaultLocale = defaultLocale.value_or(tmpl::kDefaultSmsLocale.toString());
        const tmpl::LocalizedSmsText* inSet = texts.find(texts.defaultLocale);
        const QString defaultText
            = plan.defaultSmsText.value_or(inSet ? inSet->text : tmpl::SmsText::defaultTemplate());
        texts.texts.removeIf([&](const tmpl::LocalizedSmsText& t) { return t.locale == texts.defaultLocale; });
        texts.texts.prepend({ texts.defaultLocale, defaultText });
        plan.defaultSmsText.reset();
    }

    std::optional<QString> defaultLocale;

    bool checkString(const QJsonObject& o, const QString& path, const char* key)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isString())
            return true;
        add(keyPath(path, QString::fromLatin1(key)), tr("expected text, found %1").arg(typeName(v)));
        return false;
    }

    void checkKeys(const QJsonObject& o, const QString& path, const QStringList& allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key()))
                add(keyPath(path, it.key()), tr("unknown key"));
        }
    }

    void checkTimeout(const QJsonObject& o, const QString& path)
    {
        if (!o.contains(u"timeoutMs"))
            return;
        const std::optional<qint64> ms = wholeNumber(o.value(u"timeoutMs"));
        if (!ms || *ms < 1 || *ms > kMaxTimeoutMs)
            add(path + QStringLiteral(".timeoutMs"),
                tr("expected a whole number of milliseconds from 1 to %1").arg(kMaxTimeoutMs));
    }

    void checkApiBase(const QJsonObject& o, const QString& path)
    {
        if (!checkString(o, path, "apiBase"))
            return;
        const QString text = o.value(u"apiBase").toString();
        if (text.isEmpty())
            return;
        const providers::UrlCheck check = providers::checkEndpointUrl(QStringView(text));
        if (!check.ok())
            add(path + QStringLiteral(".apiBase"), check.message);
    }

    void checkVendor(const QJsonObject& o, const QString& path, const char* idKey)
    {
        checkKeys(o, path,
            { QString::fromLatin1(idKey), QStringLiteral("sender"), QStringLiteral("apiBase"),
                QStringLiteral("timeoutMs") });
        checkString(o, path, idKey);
        checkString(o, path, "sender");
        checkApiBase(o, path);
        checkTimeout(o, path);
    }

    void checkAuth(const QJsonValue& value, const QString& path)
    {
        if (value.isUndefined())
            return;
        const std::optional<QJsonObject> auth = object(path, value);
        if (!auth)
            return;
        checkKeys(*auth, path,
            { QStringLiteral("kind"), QStringLiteral("user"), QStringLiteral("keyName"), QStringLiteral("keyIn") });
        for (const char* key : { "kind", "user", "keyName", "keyIn" })
            checkString(*auth, path, key);
        const QJsonValue kind = auth->value(u"kind");
        if (!kind.isUndefined() && !providers::custom::authKindFromName(kind.toString()))
            add(path + QStringLiteral(".kind"), tr("expected one of none, basic, bearer, api-key"));
        const QJsonValue keyIn = auth->value(u"keyIn");
        if (!keyIn.isUndefined() && keyIn.toString() != u"header" && keyIn.toString() != u"query")
            add(path + QStringLiteral(".keyIn"), tr("expected one of header, query"));
    }

    void checkCustom(const QJsonObject& o, const QString& path)
    {
        checkKeys(o, path,
            { QStringLiteral("url"), QStringLiteral("format"), QStringLiteral("method"), QStringLiteral("template"),
                QStringLiteral("headers"), QStringLiteral("successStatuses"), QStringLiteral("bodyMatch"),
                QStringLiteral("bodyPattern"), QStringLiteral("timeoutMs"), QStringLiteral("namedSecrets"),
                QStringLiteral("sender"), QStringLiteral("auth"), QStringLiteral("successJsonPointer"),
                QStringLiteral("successJsonValue"), QStringLiteral("messageIdPointer"),
                QStringLiteral("messageIdRegex"), QStringLiteral("errorPointer") });
        if (checkString(o, path, "url")) {
            const QString url = o.value(u"url").toString();
            if (!url.isEmpty()) {
                const providers::UrlCheck check = providers::custom::checkUrl(url);
                if (!check.ok())
                    add(path + QStringLiteral(".url"), check.message);
            }
        }
        const auto oneOf = [&](const char* key, const QStringList& values) {
            const QJsonValue v = o.value(QLatin1StringView(key));
            if (!v.isUndefined() && !values.contains(v.toString()))
                add(keyPath(path, QString::fromLatin1(key)),
                    tr("expected one of %1").arg(values.join(QStringLiteral(", "))));
        };
        oneOf("format",
            { QStringLiteral("json"), QStringLiteral("form"), QStringLiteral("text"), QStringLiteral("xml"),
                QStringLiteral("none") });
        oneOf("method", { QStringLiteral("get"), QStringLiteral("post"), QStringLiteral("put") });
        oneOf("bodyMatch",
            { QStringLiteral("none"), QStringLiteral("substring"), QStringLiteral("regex"), QStringLiteral("json") });
        for (const char* key : { "sender", "successJsonValue" })
            checkString(o, path, key);
        for (const char* key : { "successJsonPointer", "messageIdPointer", "errorPointer" }) {
            if (checkString(o, path, key) && !providers::isJsonPointer(o.value(QLatin1StringView(key)).toString()))
                add(keyPath(path, QString::fromLatin1(key)), tr("not a JSON pointer (it starts with “/”)"));
        }
        if (checkString(o, path, "messageIdRegex")) {
            const QRegularExpression pattern(o.value(u"messageIdRegex").toString());
            if (!pattern.isValid())
                add(path + QStringLiteral(".messageIdRegex"),
                    tr("not a valid regular expression: %1").arg(pattern.errorString()));
        }
        checkAuth(o.value(u"auth"), path + QStringLiteral(".auth"));
        if (checkString(o, path, "template") && o.value(u"template").toString().size() > limits::kTemplateBytes)
            add(keyPath(path, QStringLiteral("template")),
                limits::tooLarge(tr("the template"), limits::kTemplateBytes));
        if (checkString(o, path, "bodyPattern") && o.value(u"bodyMatch").toString() == u"regex") {
            const QRegularExpression pattern(o.value(u"bodyPattern").toString());
            if (!pattern.isValid())
                add(path + QStringLiteral(".bodyPattern"),
                    tr("not a valid regular expression: %1").arg(pattern.errorString()));
        }
        if (checkString(o, path, "headers")) {
            const tmpl::HeaderListResult headers = tmpl::parseHeaderList(o.value(u"headers").toString());
            for (const tmpl::HeaderError& error : headers.errors)
                add(path + QStringLiteral(".headers"), error.message);
            for (const tmpl::HeaderField& field : headers.fields()) {
                if (!field.value.isEmpty()) {
                    add(path + QStringLiteral(".headers"),
                        tr("the value of header “%1” is in the file: header values are secrets, kept only in the "
                           "keychain; leave them empty (“%1: ”) and enter them on the SMS Provider page")
                            .arg(field.name));
                }
            }
        }
        if (o.contains(u"successStatuses")) {
            const QJsonValue v = o.value(u"successStatuses");
            if (!v.isArray()) {
                add(path + QStringLiteral(".successStatuses"), tr("expected a list, found %1").arg(typeName(v)));
            } else {
                const QJsonArray statuses = v.toArray();
                for (qsizetype i = 0; i < statuses.size(); ++i) {
                    const std::optional<qint64> status = wholeNumber(statuses.at(i));
                    if (!status || *status < 100 || *status > 599)
                        add(path + QStringLiteral(".successStatuses[%1]").arg(i),
                            tr("expected an HTTP status from 100 to 599"));
                }
            }
        }
        if (o.contains(u"namedSecrets")) {
            const QJsonValue v = o.value(u"namedSecrets");
            if (!v.isArray()) {
                add(path + QStringLiteral(".namedSecrets"), tr("expected a list, found %1").arg(typeName(v)));
            } else {
                const QJsonArray names = v.toArray();
                for (qsizetype i = 0; i < names.size(); ++i) {
                    if (!names.at(i).isString() || names.at(i).toString().trimmed().isEmpty())
                        add(path + QStringLiteral(".namedSecrets[%1]").arg(i),
                            tr("expected the name of a secret (text)"));
                }
            }
        }
        checkTimeout(o, path);
    }

    QSet<ProviderKind> checkProviders(const QJsonValue& value)
    {
        QSet<ProviderKind> kinds;
        const QString path = QStringLiteral("$.providers");
        const std::optional<QJsonObject> allObject = object(path, value);
        if (!allObject)
            return kinds;
        const QJsonObject& all = *allObject;
        for (auto it = all.begin(); it != all.end(); ++it) {
            const QString at = keyPath(path, it.key());
            const std::optional<ProviderKind> kind = providers::providerKindFromName(it.key());
            if (!kind || *kind == ProviderKind::Sandbox) {
                add(at, tr("unknown provider (expected twilio, vonage or custom)"));
                continue;
            }
            const std::optional<QJsonObject> entry = object(at, it.value());
            if (!entry)
                continue;
            const QJsonObject& o = *entry;
            const qsizetype before = errors.size();
            switch (*kind) {
            case ProviderKind::Twilio:
                checkVendor(o, at, "accountSid");
                break;
            case ProviderKind::Vonage:
                checkVendor(o, at, "apiKey");
                break;
            case ProviderKind::Custom:
                checkCustom(o, at);
                break;
            case ProviderKind::Sandbox:
                break;
            }
            if (errors.size() == before) {
                plan.providers.append({ *kind, QJsonDocument(o).toJson(QJsonDocument::Compact) });
                kinds.insert(*kind);
            }
        }
        return kinds;
    }

    // WSO2 servers: the non-secret connection settings (ServerConfig's JSON) and the pinned certificate (PEM,
    // public). The password and client secret are never in the file.
    void checkServers(const QJsonValue& value)
    {
        const QString path = QStringLiteral("$.wso2Servers");
        const std::optional<QJsonObject> allObject = object(path, value);
        if (!allObject)
            return;
        const QJsonObject& all = *allObject;
        for (auto it = all.begin(); it != all.end(); ++it) {
            const QString at = keyPath(path, it.key());
            if (it.key().trimmed().isEmpty() || it.key().trimmed() != it.key()) {
                add(at, tr("expected the server's name (not empty, no spaces around it)"));
                continue;
            }
            const std::optional<QJsonObject> entry = object(at, it.value());
            if (!entry)
                continue;
            const QJsonObject& o = *entry;
            const qsizetype before = errors.size();
            for (const QString& secret : { QStringLiteral("password"), QStringLiteral("clientSecret") }) {
                if (o.contains(secret))
                    add(keyPath(at, secret),
                        tr("secrets are never in the file: remove it and enter it in the keychain on the Identity "
                           "Server page (or with server add)"));
            }
            QStringList allowed { QStringLiteral("baseUrl"), QStringLiteral("auth"), QStringLiteral("username"),
                QStringLiteral("clientId"), QStringLiteral("tokenUrl"), QStringLiteral("scopes"),
                QStringLiteral("timeoutMs"), QStringLiteral("pinnedCertificate"),
                QStringLiteral("pinAcceptedHostMismatch"), QStringLiteral("password"), QStringLiteral("clientSecret") };
            checkKeys(o, at, allowed);
            if (!o.contains(u"baseUrl"))
                add(at + QStringLiteral(".baseUrl"), tr("missing: the base URL with the tenant"));
            for (const char* key :
                { "baseUrl", "username", "clientId", "tokenUrl", "pinnedCertificate", "pinAcceptedHostMismatch" })
                checkString(o, at, key);
            if (o.contains(u"auth") && o.value(u"auth").toString() != u"basic"
                && o.value(u"auth").toString() != u"client_credentials")
                add(at + QStringLiteral(".auth"), tr("expected one of basic, client_credentials"));
            if (o.contains(u"scopes")) {
                const QJsonValue v = o.value(u"scopes");
                if (!v.isArray()) {
                    add(at + QStringLiteral(".scopes"), tr("expected a list, found %1").arg(typeName(v)));
                } else {
                    const QJsonArray scopes = v.toArray();
                    for (qsizetype i = 0; i < scopes.size(); ++i) {
                        if (!scopes.at(i).isString() || scopes.at(i).toString().trimmed().isEmpty())
                            add(at + QStringLiteral(".scopes[%1]").arg(i), tr("expected a scope (text)"));
                    }
                }
            }
            checkTimeout(o, at);
            std::optional<providers::CertificatePin> pin;
            if (o.value(u"pinnedCertificate").isString()) {
                pin = providers::CertificatePin { o.value(u"pinnedCertificate").toString().toUtf8(),
                    o.value(u"pinAcceptedHostMismatch").toString() };
                if (!pin->isEmpty() && QSslCertificate::fromData(pin->pem, QSsl::Pem).size() != 1)
                    add(at + QStringLiteral(".pinnedCertificate"),
                        tr("expected one certificate in PEM (-----BEGIN CERTIFICATE-----), or empty for no pin"));
            }
            if (errors.size() != before)
                continue;
            const wso2::ServerConfig config = wso2::serverConfigFromJson(it.key(), o);
            if (o.contains(u"pinAcceptedHostMismatch")
                && (!pin || pin->isEmpty()
                    || pin->acceptedHostMismatch.compare(config.baseUrl.host(), Qt::CaseInsensitive) != 0)) {
                add(at + QStringLiteral(".pinAcceptedHostMismatch"),
                    tr("expected the host of baseUrl (%1), and only beside a pinnedCertificate")
                        .arg(config.baseUrl.host()));
                continue;
            }
            const QStringList problems = wso2::checkServerConfig(config);
            for (const QString& problem : problems)
                add(at, problem);
            if (problems.isEmpty())
                plan.servers.append({ config, pin });
        }
    }

    void checkActive(const QJsonValue& value, const QSet<ProviderKind>& inFile)
    {
        const QString path = QStringLiteral("$.activeProvider");
        const std::optional<ProviderKind> kind
            = value.isString() ? providers::providerKindFromName(value.toString()) : std::nullopt;
        if (!kind) {
            add(path, tr("expected one of twilio, vonage, custom, sandbox"));
            return;
        }
        if (*kind != ProviderKind::Sandbox && !inFile.contains(*kind)) {
            add(path,
                tr("%1 is active but the file has no valid configuration for it under $.providers")
                    .arg(QString(providers::providerKindName(*kind))));
            return;
        }
        plan.active = *kind;
    }
};

} // namespace

QString configTr(const char* text)
{
    return QCoreApplication::translate("smsotp::config", text);
}

QString activeProviderKey()
{
    return kActiveKey;
}

CheckResult checkConfig(const QByteArray& json)
{
    Checker checker;
    checker.check(json);
    return { checker.errors, checker.plan };
}

} // namespace smsotp::config
