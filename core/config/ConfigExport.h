#pragma once
// The whole non-secret configuration as one versioned JSON file, for backups and for moving a setup to another
// computer: the settings (OTP policy, SMS text, backup codes), each configured provider's non-secret settings and
// the active provider, and the WSO2 servers (connection settings and pinned certificate; never the password or
// client secret). Secrets (keychain) and backup codes are never in it.
//
// {"format": "smsotp-console-config", "version": 1, "exportedAt": "...",
//  "settings": {"otp.length": 6, "otp.numeric_only": true, ..., "sms.text": "...", "sms.default_locale": "en_US",
//               "sms.texts": {"de_DE": "...", ...}, "sms.webotp_domain": "", "sms.android_app_hash": "",
//               "backup.enabled": false, ...},
//  "providers": {"twilio": {...}, "vonage": {...}, "custom": {...}}, "activeProvider": "sandbox",
//  "wso2Servers": {"prod": {"baseUrl": "...", "auth": "basic", "username": "admin", ..., "pinnedCertificate": "PEM",
//                 "pinAcceptedHostMismatch": "host"}}}
//
// Import checks all of it first (format, version, every setting through the settings' own validation, every
// provider configuration) and writes nothing on any error; otherwise it writes everything in one transaction.
// Keys absent from the file leave the current value as it is: "sms.text" alone (as files before per-locale texts
// have it) sets the default locale's text and keeps the others; with "sms.texts" the file's texts replace them all.
// Every section is optional, so new sections (such as wso2Servers) keep version 1: files without them read as before.

#include "wso2/Wso2Client.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace smsotp::storage {
class Database;
}

namespace smsotp::config {

inline constexpr auto kFormat = "smsotp-console-config";
inline constexpr int kVersion = 1;

struct ExportResult
{
    QByteArray json; // indented, UTF-8
    QString error;
    bool ok() const { return error.isEmpty(); }
};
// The document as an object (exportedAt included) and as the file's bytes.
QJsonObject exportObject(storage::Database& database, QString* error = nullptr);
ExportResult exportConfig(storage::Database& database);

struct ImportError
{
    QString path; // a JSON path: "$.settings[\"otp.length\"]", "$.providers.custom.url"
    QString message;
    QString text() const { return path + QStringLiteral(": ") + message; }
};

// A certificate the file would pin for a server, where that server has another pin or none.
struct NewPin
{
    QString server;
    wso2::CertificateInfo certificate; // hostNotNamed: the host the file trusts it for although it does not name it
};

struct ImportOptions
{
    // The user saw the new pins and agreed (config import --trust-certificates); without it a file that would
    // add or replace a pin imports nothing (SECURITY.md 15: a pin only with consent).
    bool trustCertificates = false;
};

struct ImportResult
{
    QList<ImportError> errors; // empty when imported
    QStringList secretsToEnter; // "Twilio Auth Token (twilio.auth_token)": the keychain entries the user must fill in
    QList<NewPin> newPins; // what the file pins: to show before asking, and after an import
    bool pinsNeedConsent = false; // nothing was imported only because of newPins
    bool ok() const { return errors.isEmpty(); }
};

// Checks the file without writing anything: every problem, each with its path.
QList<ImportError> validateConfig(const QByteArray& json);
// Checks, then writes it all in one transaction, or nothing.
// A file that adds or replaces a pinned certificate imports only with options.trustCertificates.
ImportResult importConfig(storage::Database& database, const QByteArray& json, const ImportOptions& options = {});

} // namespace smsotp::config
