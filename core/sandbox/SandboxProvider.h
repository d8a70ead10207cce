#pragma once
// The sandbox as a provider: a custom HTTP provider configuration aimed at the console's own loopback gateway.

#include "providers/CustomProvider.h"

#include <QString>
#include <QUrl>

namespace smsotp::sandbox {

// {"to": {{mobile}}, "text": {{body}}}: the shape SandboxGateway reads.
QString sandboxTemplate();

// POST of sandboxTemplate() as JSON to endpoint (SandboxGateway::url()), sent when the answer is 201. A sandbox
// send so takes the real custom-provider path (template, HTTP, parser) and shows what a custom provider does.
providers::custom::Config sandboxConfig(const QUrl& endpoint);

} // namespace smsotp::sandbox
