#pragma once
// Reads and writes the console's settings (the OTP policy first) in the settings table.

#include "DatabaseError.h"
#include "otp/OtpPolicy.h"
#include "template/SmsLocale.h"
#include "template/SmsTextCheck.h"

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

    // The SMS texts, one per locale (the sms_texts table), and which locale is the default ("sms.default_locale").
    // "sms.text", the name the CLI and the configuration export have always used, is the default locale's text;
    // WSO2's default wording (tmpl::SmsText::defaultTemplate) when none is stored.
    static QString smsTextKey();
    static QString defaultLocaleKey();
    // The domain of the origin-bound (WebOTP) line "@DOMAIN #CODE" the console adds; empty: none.
    static QString webOtpDomainKey();
    // The Android app hash SMS Retriever needs in the text ("smsotp sms-text android-hash"); empty: not checked.
    static QString androidAppHashKey();
    struct SmsTextResult
    {
        QString value;
        bool isDefault = true; // WSO2's default wording (or no text at all)
        DbError error;
    };
    // The text of locale (the default locale's when empty); empty for a locale the console has no text for.
    SmsTextResult smsText(const QString& locale = {}) const;
    DbError setSmsText(const QString& text); // the default locale's
    struct SmsTextsResult
    {
        tmpl::SmsTexts texts;
        DbError error;
    };
    SmsTextsResult smsTexts() const;
    // Writes one locale's text, and makes it the default when asked. A default locale that had no text stored
    // keeps the wording it showed, so making another the default loses nothing.
    DbError setSmsText(const QString& locale, const QString& text, bool makeDefault);
    DbError removeSmsText(const QString& locale);
    // Replaces every text and the default locale in one transaction (config import, take from WSO2, the editor).
    DbError saveSmsTexts(const tmpl::SmsTexts& texts);
    // The texts, the WebOTP domain and the Android app hash in one transaction (the Template Preview's Save).
    DbError saveSmsTextSettings(
        const tmpl::SmsTexts& texts, const QString& webOtpDomain, const QString& androidAppHash);
    // The same two writes inside a transaction the caller holds (the configuration import's).
    static DbError writeSmsTexts(Database& database, const tmpl::SmsTexts& texts);
    static DbError writeDefaultSmsText(Database& database, const QString& text);
    // What checkSmsText needs for locale's text (the default's when empty): the OTP policy, the WebOTP domain, the
    // Android app hash, and the default text when locale is another.
    struct SmsTextContextResult
    {
        tmpl::SmsTextContext context;
        DbError error;
    };
    SmsTextContextResult smsTextContext(const QString& locale = {}) const;
    // The template a send of locale uses (the default locale's when empty or when locale has no text): its text with
    // the WebOTP line the domain setting adds (tmpl::messageTemplate), and the locale it is in.
    struct MessageTemplateResult
    {
        QString locale;
        QString text;
        DbError error;
    };
    MessageTemplateResult messageTemplate(const QString& locale = {}) const;

private:
    Database& m_database;
};

} // namespace smsotp::storage
