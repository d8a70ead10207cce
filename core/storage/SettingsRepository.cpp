#include "SettingsRepository.h"

#include "Database.h"
#include "template/SmsText.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace smsotp::storage {

namespace {

DbError upsert(QSqlDatabase db, const QString& key, const QString& value)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return errorFromSql(query.lastError(), key);
    return {};
}

DbError writeText(QSqlDatabase db, const QString& locale, const QString& text)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO sms_texts (locale, body) VALUES (?, ?) ON CONFLICT (locale) DO UPDATE SET body = excluded.body"));
    query.addBindValue(locale);
    query.addBindValue(text);
    if (!query.exec())
        return errorFromSql(query.lastError(), locale);
    return {};
}

} // namespace

SettingsRepository::SettingsRepository(Database& database)
    : m_database(database)
{ }

SettingsRepository::PolicyResult SettingsRepository::loadPolicy() const
{
    PolicyResult result;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'otp.%'"))) {
        result.error = errorFromSql(query.lastError());
        return result;
    }
    while (query.next()) {
        const QString key = query.value(0).toString();
        const std::optional<otp::PolicyField> field = otp::fieldForKey(key);
        if (!field)
            continue;
        const otp::ParsedValue parsed = otp::parseFieldValue(*field, query.value(1).toString());
        if (parsed.value)
            result.policy.setValue(*field, *parsed.value);
        else
            qCWarning(lcStorage) << "ignoring stored value of" << key << "outside its limits; using the default";
    }
    return result;
}

DbError SettingsRepository::savePolicy(const otp::OtpPolicy& policy)
{
    return m_database.transaction([&]() -> DbError {
        for (const otp::FieldSpec& spec : otp::fieldSpecs()) {
            const QString key = QString::fromLatin1(spec.key);
            if (DbError error = upsert(m_database.connection(), key, QString::number(policy.value(spec.field)));
                error.isError())
                return error;
        }
        return {};
    });
}

SettingsRepository::ValueResult SettingsRepository::value(const QString& key) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return { std::nullopt, errorFromSql(query.lastError(), key) };
    if (!query.next())
        return { std::nullopt, {} };
    return { query.value(0).toString(), {} };
}

DbError SettingsRepository::setValue(const QString& key, const QString& value)
{
    return m_database.transaction([&] { return upsert(m_database.connection(), key, value); });
}

QString SettingsRepository::smsTextKey()
{
    return QStringLiteral("sms.text");
}

QString SettingsRepository::defaultLocaleKey()
{
    return QStringLiteral("sms.default_locale");
}

QString SettingsRepository::webOtpDomainKey()
{
    return QStringLiteral("sms.webotp_domain");
}

QString SettingsRepository::androidAppHashKey()
{
    return QStringLiteral("sms.android_app_hash");
}

SettingsRepository::SmsTextContextResult SettingsRepository::smsTextContext(const QString& locale) const
{
    SmsTextContextResult result;
    const PolicyResult policy = loadPolicy();
    const SmsTextsResult texts = smsTexts();
    const ValueResult domain = value(webOtpDomainKey());
    const ValueResult hash = value(androidAppHashKey());
    for (const DbError& error : { policy.error, texts.error, domain.error, hash.error }) {
        if (error.isError()) {
            result.error = error;
            return result;
        }
    }
    result.context.policy = policy.policy;
    result.context.webOtpDomain = domain.value.value_or(QString());
    result.context.androidAppHash = hash.value.value_or(QString());
    if (!locale.isEmpty() && locale != texts.texts.defaultLocale)
        result.context.defaultText = texts.texts.defaultText();
    return result;
}

SettingsRepository::MessageTemplateResult SettingsRepository::messageTemplate(const QString& locale) const
{
    const SmsTextsResult all = smsTexts();
    const ValueResult domain = value(webOtpDomainKey());
    if (all.error.isError() || domain.error.isError())
        return { {}, {}, all.error.isError() ? all.error : domain.error };
    const tmpl::LocalizedSmsText* chosen = all.texts.find(locale);
    if (!chosen)
        chosen = all.texts.find(all.texts.defaultLocale);
    return { chosen->locale, tmpl::messageTemplate(chosen->text, domain.value.value_or(QString())), {} };
}

SettingsRepository::SmsTextsResult SettingsRepository::smsTexts() const
{
    SmsTextsResult result;
    const ValueResult locale = value(defaultLocaleKey());
    if (locale.error.isError())
        return { {}, locale.error };
    result.texts.defaultLocale = locale.value.value_or(tmpl::kDefaultSmsLocale.toString());
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT locale, body FROM sms_texts ORDER BY locale"))) {
        result.error = errorFromSql(query.lastError());
        return result;
    }
    tmpl::LocalizedSmsText defaultText { result.texts.defaultLocale, tmpl::SmsText::defaultTemplate() };
    while (query.next()) {
        const tmpl::LocalizedSmsText text { query.value(0).toString(), query.value(1).toString() };
        if (text.locale == defaultText.locale)
            defaultText = text;
        else
            result.texts.texts.append(text);
    }
    result.texts.texts.prepend(defaultText);
    return result;
}

SettingsRepository::SmsTextResult SettingsRepository::smsText(const QString& locale) const
{
    const SmsTextsResult all = smsTexts();
    if (all.error.isError())
        return { {}, true, all.error };
    const tmpl::LocalizedSmsText* found = all.texts.find(locale.isEmpty() ? all.texts.defaultLocale : locale);
    if (!found)
        return { {}, true, {} };
    return { found->text, found->text == tmpl::SmsText::defaultTemplate(), {} };
}

DbError SettingsRepository::setSmsText(const QString& text)
{
    return m_database.transaction([&] { return writeDefaultSmsText(m_database, text); });
}

DbError SettingsRepository::setSmsText(const QString& locale, const QString& text, bool makeDefault)
{
    const SmsTextsResult all = smsTexts();
    if (all.error.isError())
        return all.error;
    return m_database.transaction([&]() -> DbError {
        const QSqlDatabase db = m_database.connection();
        if (makeDefault && locale != all.texts.defaultLocale) {
            // The old default keeps the text it showed, even WSO2's wording that was never stored.
            if (DbError error = writeText(db, all.texts.defaultLocale, all.texts.defaultText()); error.isError())
                return error;
            if (DbError error = upsert(db, defaultLocaleKey(), locale); error.isError())
                return error;
        }
        return writeText(db, locale, text);
    });
}

DbError SettingsRepository::removeSmsText(const QString& locale)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM sms_texts WHERE locale = ?"));
    query.addBindValue(locale);
    if (!query.exec())
        return errorFromSql(query.lastError(), locale);
    return {};
}

DbError SettingsRepository::saveSmsTexts(const tmpl::SmsTexts& texts)
{
    return m_database.transaction([&] { return writeSmsTexts(m_database, texts); });
}

DbError SettingsRepository::saveSmsTextSettings(
    const tmpl::SmsTexts& texts, const QString& webOtpDomain, const QString& androidAppHash)
{
    return m_database.transaction([&]() -> DbError {
        if (DbError error = writeSmsTexts(m_database, texts); error.isError())
            return error;
        if (DbError error = upsert(m_database.connection(), webOtpDomainKey(), webOtpDomain); error.isError())
            return error;
        return upsert(m_database.connection(), androidAppHashKey(), androidAppHash);
    });
}

DbError SettingsRepository::writeSmsTexts(Database& database, const tmpl::SmsTexts& texts)
{
    const QSqlDatabase db = database.connection();
    QSqlQuery clear(db);
    if (!clear.exec(QStringLiteral("DELETE FROM sms_texts")))
        return errorFromSql(clear.lastError());
    for (const tmpl::LocalizedSmsText& text : texts.texts) {
        if (DbError error = writeText(db, text.locale, text.text); error.isError())
            return error;
    }
    return upsert(db, defaultLocaleKey(), texts.defaultLocale);
}

DbError SettingsRepository::writeDefaultSmsText(Database& database, const QString& text)
{
    const ValueResult locale = SettingsRepository(database).value(defaultLocaleKey());
    if (locale.error.isError())
        return locale.error;
    return writeText(database.connection(), locale.value.value_or(tmpl::kDefaultSmsLocale.toString()), text);
}

} // namespace smsotp::storage
