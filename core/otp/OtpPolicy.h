#pragma once
// The SMS OTP policy: the values of the OTP settings page, their limits, and the guideline checks.

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace smsotp::otp {

// One setting of the policy. The key is the stable name used in the database and by the CLI.
enum class PolicyField
{
    ExpirySeconds, // how long a code is valid (WSO2 SmsOTP.ExpiryTime, default 300 s)
    NumericOnly, // digits only, or upper-case letters and digits (WSO2 SmsOTP.OtpRegex.UseNumericChars)
    Length, // symbols per code (WSO2 SmsOTP.OTPLength, default 6)
    ExcludeLookalikes, // alphanumeric only: drop 0/O and 1/I/L so codes read back without mistakes
    ResendAttempts, // resends allowed per challenge before a block (WSO2 SmsOTP.ResendAttemptsCount)
    ResendBlockMinutes, // how long resends stay refused after the limit (WSO2 SmsOTP.ResendBlockDuration)
    MaxFailedAttempts, // wrong codes before the challenge locks (WSO2 maximumAllowedFailureAttempts)
    MinResendIntervalSeconds, // the least time between two sends of one challenge
    SendsPerHour, // sends per number per rolling hour: cost protection (SECURITY.md 24)
};

struct FieldSpec
{
    PolicyField field;
    const char* key; // stable, e.g. "otp.expiry_seconds"
    bool isBool;
    int minimum;
    int maximum;
    int defaultValue;
};

// Every field with its limits, in the order of the settings page.
const QList<FieldSpec>& fieldSpecs();
const FieldSpec& specOf(PolicyField field);
std::optional<PolicyField> fieldForKey(QStringView key);

enum class Severity
{
    Error,
    Warning
};

enum class PolicyProblem
{
    NotANumber, // error: the text is not a whole number (or not true/false)
    OutOfRange, // error: outside the field's limits
    FewerThanSixDigits, // warning: NIST SP 800-63B asks for at least six digits
    LowEntropy, // warning: under 20 bits, the NIST SP 800-63B minimum for an out-of-band secret
    LongExpiry, // warning: over 10 minutes, the NIST SP 800-63B limit for an out-of-band secret
};

struct PolicyFinding
{
    PolicyField field;
    PolicyProblem problem;
    Severity severity;
    QString message; // a sentence for people, naming the guideline where there is one
};

struct OtpPolicy
{
    int expirySeconds = 300;
    bool numericOnly = true;
    int length = 6;
    bool excludeLookalikes = false;
    int resendAttempts = 5;
    int resendBlockMinutes = 5;
    int maxFailedAttempts = 3;
    int minResendIntervalSeconds = 30;
    int sendsPerHour = 10;

    int value(PolicyField field) const;
    void setValue(PolicyField field, int value);

    // The symbols a code is drawn from: digits, or A-Z and 0-9 (without 0 O 1 I L when excluded).
    QString alphabet() const;
    // length * log2(alphabet size): the guessing work of one code.
    double entropyBits() const;

    // Out-of-range values as errors, and guideline warnings (SECURITY.md 10). Empty when all is well.
    QList<PolicyFinding> findings() const;
    bool isValid() const;

    bool operator==(const OtpPolicy&) const = default;
};

// Parses what a user typed for one field (settings page, CLI). The value, or the error finding.
struct ParsedValue
{
    std::optional<int> value;
    std::optional<PolicyFinding> error;
};
ParsedValue parseFieldValue(PolicyField field, QStringView text);

// The range message of a field, e.g. "Must be between 4 and 64."
QString rangeMessage(PolicyField field);

} // namespace smsotp::otp
