#pragma once
// Reads and writes the console's settings (the OTP policy first) in the settings table.

#include "DatabaseError.h"
#include "otp/OtpPolicy.h"

#include <optional>

namespace smsotp::storage {

class Database;

class SettingsRepository
{
public:
    explicit SettingsRepository(Database& database);

    struct PolicyResult
    {
        otp::OtpPolicy policy; // defaults for anything not stored yet
        DbError error;
    };
    PolicyResult loadPolicy() const;
    // Writes every field in one transaction: all of it is saved, or none of it.
    DbError savePolicy(const otp::OtpPolicy& policy);

    struct ValueResult
    {
        std::optional<QString> value;
        DbError error;
    };
    ValueResult value(const QString& key) const;
    DbError setValue(const QString& key, const QString& value);

    // The SMS text template ("sms.text": the name the CLI and the configuration export use), or WSO2's default
    // wording (tmpl::SmsText::defaultTemplate) when none is stored.
    static QString smsTextKey();
    struct SmsTextResult
    {
        QString value;
        bool isDefault = true; // nothing stored
        DbError error;
    };
    SmsTextResult smsText() const;
    DbError setSmsText(const QString& text);

private:
    Database& m_database;
};

} // namespace smsotp::storage
