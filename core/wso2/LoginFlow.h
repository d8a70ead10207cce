#pragma once
// The login flow (authentication sequence) of a WSO2 application: read from the application model, put in
// words, and WSO2's predefined "Username + Password -> SMS OTP" flow as a PATCH body. Pure functions.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace smsotp::wso2 {

inline constexpr QStringView kBasicAuthenticator = u"BasicAuthenticator";
inline constexpr QStringView kSmsOtpAuthenticator = u"sms-otp-authenticator";
inline constexpr QStringView kBackupCodeAuthenticator = u"backup-code-authenticator";
inline constexpr QStringView kLocalIdp = u"LOCAL";

struct AuthOption
{
    QString idp;
    QString authenticator;
    bool operator==(const AuthOption&) const = default;
};

struct AuthStep
{
    int id = 1;
    QList<AuthOption> options;
    bool operator==(const AuthStep&) const = default;
};

struct AuthSequence
{
    QString type = QStringLiteral("DEFAULT"); // DEFAULT or USER_DEFINED
    QList<AuthStep> steps;
    int subjectStepId = 1;
    int attributeStepId = 1;
    std::optional<QString> script; // the adaptive script, as the server has it; never written by the console

    bool hasScript() const { return script && !script->trimmed().isEmpty(); }
    // Same type, steps and step ids (the script is not compared: the console never changes it).
    bool sameFlow(const AuthSequence& other) const;
};

struct ApplicationSummary
{
    QString id;
    QString name;
    QString description;
};

struct Application
{
    QString id;
    QString name;
    QString description;
    AuthSequence sequence;
};

AuthSequence sequenceFromJson(const QJsonObject& json);
ApplicationSummary applicationSummaryFromJson(const QJsonObject& json);
Application applicationFromJson(const QJsonObject& json);

// WSO2's predefined flow: step 1 BasicAuthenticator, step 2 sms-otp-authenticator, and with backupCodes
// backup-code-authenticator as an alternative in step 2. No script.
AuthSequence smsOtpSequence(bool backupCodes);

// {"authenticationSequence":{type, steps, subjectStepId, attributeStepId}}: nothing else. The script field is
// never part of it: PATCH (WSO2's "partially update") leaves fields it does not carry as they are.
QJsonObject flowPatchJson(const AuthSequence& sequence);
QByteArray flowPatchBody(const AuthSequence& sequence);

// A people's name for an authenticator id ("sms-otp-authenticator" -> "SMS OTP"); the id when unknown.
QString authenticatorDisplayName(const QString& authenticator);
// The flow in words, one line a step ("Step 1: Username & Password", "Step 2: SMS OTP or Backup code"),
// plus a line for the default flow and one for an adaptive script.
QStringList describeSequence(const AuthSequence& sequence);

} // namespace smsotp::wso2
