#include "SandboxProvider.h"

#include "providers/BuildSupport.h"

#include <QCoreApplication>
#include <QUuid>

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

providers::BuildResult buildStatusRequest(const QUrl& endpoint, const QString& messageId)
{
    providers::BuildResult result;
    if (QUuid::fromString(messageId).isNull()) {
        result.errors.append(
            providers::detail::problem(providers::ConfigField::MessageId, providers::BuildErrorKind::Malformed,
                QCoreApplication::translate("smsotp::sandbox::Sandbox", "A sandbox message id is a UUID.")));
        return result;
    }
    result.request.method = providers::HttpMethod::Get;
    result.request.url = endpoint;
    result.request.url.setPath(endpoint.path() + QLatin1Char('/') + messageId);
    result.request.headers.append({ QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json") });
    return result;
}

} // namespace smsotp::sandbox
