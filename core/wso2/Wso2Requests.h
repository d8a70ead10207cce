#pragma once
// Every request the console writes to WSO2's management API, built in one place: a push, the login flow change,
// their previews (GUI and CLI) and the request-body export all take method, path and body bytes from here.

#include "LoginFlow.h"
#include "Wso2Client.h"
#include "Wso2Mapping.h"
#include "providers/HttpRequestSpec.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace smsotp::wso2 {

// POST /notification-senders/sms with the whole sender (SMSSenderAdd), or PUT /notification-senders/sms/{name}
// without the name (SMSSenderUpdateRequest); through v2 when the sender has an authentication.
ApiRequest senderRequest(const SmsSender& sender, bool put);
// PATCH /identity-governance/{category}/connectors/{connector}: {"operation":"UPDATE","properties":[...]}.
ApiRequest connectorRequest(const QList<ConnectorProperty>& properties);
// What a push of the plan writes, in order: the sender (PUT when plan.senderExists is true, else POST; with an
// unknown sender the push asks the server first and may write PUT instead, as it does after NSM-60002), then the
// connector, then each SMS template (PUT for a locale the last pull saw, else POST; left out when the server has no
// templates API). A refused plan lists no sender request, only the connector's; Wso2Client::push sends nothing then.
QList<ApiRequest> pushRequests(const PushPlan& plan);
// PATCH /applications/{id} with flowPatchBody(sequence): authenticationSequence only, never the script.
ApiRequest loginFlowRequest(const QString& applicationId, const AuthSequence& sequence);

// The request as every preview shows it: request line with the full URL, the headers (Authorization as
// "Basic •••" or "Bearer •••"), a blank line, then the exact body bytes, except that each of secrets and the
// connection's own credentials (in any encoding) is replaced by •••. The connection's secrets never reach the
// request it builds, so a caller may pass the real connection.
QString previewText(const Connection& connection, const ApiRequest& request, const QStringList& secrets);
// The body part of a previewText (everything after the first blank line), as bytes.
QByteArray previewBody(const QString& previewText);

} // namespace smsotp::wso2
