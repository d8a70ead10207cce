#pragma once
// What a provider's request builder returns: the request, or the configuration problems that stop it.

#include "HttpRequestSpec.h"
#include "template/TextPosition.h"

#include <QList>
#include <QString>
#include <optional>

namespace smsotp::providers {

// The configuration field a problem is about, so the UI can put the message next to it.
enum class ConfigField
{
    AccountSid,
    AuthToken,
    ApiKey,
    ApiSecret,
    Sender,
    Recipient,
    Text,
    ApiBase,
    Url,
    Method,
    PayloadTemplate,
    Headers,
    NamedSecret,
    SuccessCriterion,
    Authentication,
    MessageId, // a delivery status request's message id
};

enum class BuildErrorKind
{
    Missing, // required and empty
    Malformed, // present but not in the right form
    Insecure, // would send secrets or codes in clear (http:// to a host that is not this machine)
};

struct BuildProblem
{
    ConfigField field = ConfigField::Url;
    BuildErrorKind kind = BuildErrorKind::Malformed;
    QString message; // for people
    std::optional<tmpl::TextPosition> position; // inside the template or header text, when it points at a spot
};

struct BuildResult
{
    HttpRequestSpec request; // meaningful only when ok()
    QList<BuildProblem> errors;
    QList<BuildProblem> warnings; // the request can go, but the user should know (http:// to localhost)

    bool ok() const { return errors.isEmpty(); }
};

} // namespace smsotp::providers
