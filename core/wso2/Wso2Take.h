#pragma once
// "Take from server" (WSO2's settings back into the console: the inverse of Wso2Mapping) and what the console
// shows of WSO2's values (header values and other secrets masked). Pure, except saveTake, which writes the database
// part; the keychain part is a list of changes for SecretStore::applyChanges.

#include "Wso2Client.h"
#include "Wso2Diff.h"
#include "Wso2Mapping.h"
#include "otp/OtpPolicy.h"
#include "storage/DatabaseError.h"
#include "storage/SecretStore.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace smsotp::storage {
class Database;
}

namespace smsotp::wso2 {

// The server's sender as the console's provider settings. Header values of a custom sender come back as secrets
// (secrets.headerValues, for the keychain) with only the names in the header text, as the console stores them.
// A header WSO2 itself drops (a value with ':') is left out and named in problems. A v2 authentication object
// becomes the custom provider's authentication; a secret the server did not return is named in problems.
struct TakenSender
{
    providers::ProviderKind kind = providers::ProviderKind::Custom;
    providers::ProviderSetup setup;
    QStringList problems; // sentences for people; empty when everything was taken
};
// None when the provider is not one the console knows (Twilio, Vonage, Custom).
std::optional<TakenSender> takeSender(const SmsSender& sender);

// The inverse of connectorProperties: current with the value of each SmsOTP.* property the server has. A property
// that is missing, unknown, not a whole number (not true or false for UseNumericChars) or outside the console's
// limits keeps the current value; so does every setting WSO2 does not have.
otp::OtpPolicy policyFromConnector(otp::OtpPolicy current, const QList<ConnectorProperty>& properties);

enum class TakeError
{
    None,
    UnknownProvider, // the server's sender uses a provider the console does not know: nothing may be taken
};

// Everything a take writes: the policy and the provider to the database (saveTake), then the sender's secrets
// to the keychain (secretChanges, in order, after the database).
struct ServerTake
{
    TakeError error = TakeError::None;
    QString message; // for people, when error is set
    otp::OtpPolicy policy; // the console's policy with the connector's values
    std::optional<TakenSender> sender; // none when the server has no SMS sender: the provider stays as it is
    // Twilio: the Auth Token; Vonage: the API secret (each only when the server returned one); Custom: each
    // header value, and the authentication's secret when the server returned it. Written only, never removed: entries
    // the taken settings do not name stay in the keychain.
    QList<storage::SecretChange> secretChanges;
    QStringList problems; // what was not taken, sentences for people
    // The SMS texts with the server's templates in them (takeSmsTexts); none when the server had none to give.
    std::optional<tmpl::SmsTexts> smsTexts;
    QStringList takenLocales;

    bool ok() const { return error == TakeError::None; }
};
ServerTake planTake(const PullResult& pulled, const otp::OtpPolicy& current, const tmpl::SmsTexts& currentTexts = {},
    const QString& webOtpDomain = {});

// Writes the database part of an ok() take: the policy, the SMS texts, then (with a sender) the provider's non-secret
// settings and the provider as the active one. Stops at the first error.
storage::DbError saveTake(storage::Database& database, const ServerTake& take);

// WSO2's http.headers ("Name: value, Name2: value2") with every value as •••: header values are the provider's
// secrets. Names, separators and entries without a value stay as they are.
QString maskHeaderValues(const QString& headers);
// A value of a diff row as the console shows it (consoleValue or serverValue): ••• for a secret row, header
// values masked, and each of secrets (in any encoding) replaced by •••.
QString shownDiffValue(const DiffRow& row, const QString& value, const QStringList& secrets);

} // namespace smsotp::wso2
