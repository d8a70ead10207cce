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

SettingsRepository::SmsTextResult SettingsRepository::smsText() const
{
    const ValueResult stored = value(smsTextKey());
    return { stored.value.value_or(tmpl::SmsText::defaultTemplate()), !stored.value.has_value(), stored.error };
}

DbError SettingsRepository::setSmsText(const QString& text)
{
    return setValue(smsTextKey(), text);
}

} // namespace smsotp::storage
