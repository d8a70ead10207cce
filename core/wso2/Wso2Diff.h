#pragma once
// The console's settings beside the server's, field by field; secrets are compared without being shown.

#include "Wso2Mapping.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace smsotp::wso2 {

enum class Comparison
{
    Equal,
    Different,
    Unknown, // a secret one side does not reveal (not fetched from the keychain, or masked by the server)
};

struct DiffRow
{
    QString section; // "sender" or "connector"
    QString field; // WSO2's name: provider, providerURL, key, secret, sender, contentType, body, http.headers,
                   // http.method, authentication.type, authentication.username, SmsOTP.ExpiryTime, ...
    QString consoleValue; // as shown: a secret is ••• (empty when there is none)
    QString serverValue;
    bool secret = false;
    Comparison comparison = Comparison::Equal;
};

// The sender fields and properties, in the order of WSO2's body. No sender on one side: its values are empty.
// consoleSecrets: the secret values of the console's side (SenderMapping::secrets); any field holding one is
// shown as •••, on both sides.
QList<DiffRow> diffSender(
    const std::optional<SmsSender>& console, const std::optional<SmsSender>& server, const QStringList& consoleSecrets);
// The console's connector properties against the server's (booleans compared without regard to case).
QList<DiffRow> diffConnector(const QList<ConnectorProperty>& console, const QList<ConnectorProperty>& server);

// True when a row is Different (Unknown is not counted: it cannot be told).
bool hasDifferences(const QList<DiffRow>& rows);

} // namespace smsotp::wso2
