#include "SandboxProvider.h"

namespace smsotp::sandbox {

QString sandboxTemplate()
{
    // Its own text rather than the custom provider's example, which may change for other reasons.
    return QStringLiteral("{\"to\": {{mobile}}, \"text\": {{body}}}");
}

providers::custom::Config sandboxConfig(const QUrl& endpoint)
{
    providers::custom::Config config;
    config.url = endpoint.toString(QUrl::FullyEncoded);
    config.format = tmpl::PayloadFormat::Json;
    config.method = providers::HttpMethod::Post;
    config.payloadTemplate = sandboxTemplate();
    config.headers = QStringLiteral("Accept: application/json");
    // The gateway answers 201 Created; anything else (its 500 fail mode, a 400 for a broken body) is a failure.
    config.success.statuses = { 201 };
    return config;
}

} // namespace smsotp::sandbox
