#pragma once
// The sandbox as a provider: a custom HTTP provider configuration aimed at the console's own loopback gateway.

#include "providers/BuildResult.h"
#include "providers/CustomProvider.h"

#include <QString>
#include <QUrl>

namespace smsotp::sandbox {

// {"to": {{mobile}}, "text": {{body}}}: the shape SandboxGateway reads.
QString sandboxTemplate();

// POST of sandboxTemplate() as JSON to endpoint (SandboxGateway::url()), sent when the answer is 201. A sandbox
// send so takes the real custom-provider path (template, HTTP, parser) and shows what a custom provider does.
providers::custom::Config sandboxConfig(const QUrl& endpoint);

// GET {endpoint}/{id}: the status of a message the gateway took (its id is a UUID). The answer has the shape of
// Twilio's Message resource, read by twilio::parseMessageStatusResponse.
providers::BuildResult buildStatusRequest(const QUrl& endpoint, const QString& messageId);

} // namespace smsotp::sandbox
