#pragma once
// What the providers' request builders and parsers share: problems, the endpoint check, HTTP Basic requests.

#include "BuildResult.h"
#include "FieldCheck.h"

#include <QByteArrayView>
#include <QString>
#include <QUrl>
#include <chrono>
#include <optional>

namespace smsotp::providers::detail {

BuildProblem problem(ConfigField field, BuildErrorKind kind, const QString& message,
    std::optional<tmpl::TextPosition> position = std::nullopt);

// A failed field check becomes an error: Missing when the field is empty, Malformed otherwise.
void addFieldProblem(BuildResult& result, ConfigField field, const FieldCheck& check);

// The endpoint rule (SECURITY.md 16) as problems: an error for what is refused, a warning for http to this machine.
void addEndpointProblems(BuildResult& result, ConfigField field, const QUrl& url);

// The part of a vendor request that authenticates with HTTP Basic (Twilio: SID and token, Vonage: key and
// secret): the checks of both credentials and the endpoint, then base + path, the timeout, the Authorization
// header (marked secret) and the secret itself for redaction. The rest is the caller's.
struct BasicAuthRequest
{
    ConfigField userField;
    FieldCheck userCheck;
    QString user;
    ConfigField secretField;
    FieldCheck secretCheck;
    QString secret;
    QUrl apiBase;
    QString path;
    std::chrono::milliseconds timeout;
};
BuildResult prepareBasicAuth(const BasicAuthRequest& spec);

// The start of a response body as one line of technical detail (500 characters at most).
QString shortDetail(QByteArrayView body);

} // namespace smsotp::providers::detail
