#pragma once
// The custom HTTP provider: WSO2's (a URL, a JSON or FORM payload template, static headers) and what any documented
// HTTP SMS gateway needs besides: GET with a URL template, text, XML or no body, an authentication kind, a sender,
// and success, message id and error read from the answer.

#include "BuildResult.h"
#include "SendOutcome.h"
#include "UrlPolicy.h"
#include "template/PayloadTemplate.h"
#include "template/TemplateLint.h"

#include <QByteArrayView>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringView>
#include <chrono>
#include <optional>

namespace smsotp::providers::custom {

enum class BodyMatch
{
    None, // the status alone decides
    Substring, // the body must contain the pattern (case-sensitive)
    RegularExpression, // the body (as UTF-8 text) must match the pattern somewhere
    JsonValue, // the JSON body's value at jsonPointer must read as jsonValue (jsonValueText)
};

// What counts as "sent", and what else the answer says. WSO2 itself takes only 200 and 202; the console's
// default is any 2xx, and a list lets the user match WSO2 exactly or follow an API that answers 201.
struct SuccessCriterion
{
    QList<int> statuses; // empty: 200-299
    BodyMatch bodyMatch = BodyMatch::None;
    QString bodyPattern; // Substring and RegularExpression
    QString jsonPointer; // JsonValue: e.g. /messages/0/status
    QString jsonValue; // JsonValue: e.g. 0
    // The message id: from this JSON pointer, else from this regular expression's first group (or whole match),
    // else from the usual keys (findMessageId). At most one of the two is set.
    QString messageIdPointer;
    QString messageIdRegex;
    // On a failure, the gateway's own words for the explanation: the text at this JSON pointer.
    QString errorPointer;

    bool operator==(const SuccessCriterion&) const = default;
};

enum class AuthKind
{
    None,
    Basic, // Authorization: Basic base64(user:secret)
    Bearer, // Authorization: Bearer secret
    ApiKey, // the secret in the header or query parameter named keyName
};

enum class ApiKeyPlace
{
    Header,
    Query,
};

// The authentication; its secret (password, token or key) is in the keychain (Secrets::authSecret).
struct Authentication
{
    AuthKind kind = AuthKind::None;
    QString user; // Basic
    QString keyName; // ApiKey: the header or query parameter name
    ApiKeyPlace place = ApiKeyPlace::Header; // ApiKey

    bool operator==(const Authentication&) const = default;
};

// "none", "basic", "bearer", "api-key"; "header", "query": the CLI's and the stored names.
QString authKindName(AuthKind kind);
std::optional<AuthKind> authKindFromName(QStringView name);
QString apiKeyPlaceName(ApiKeyPlace place);

struct Config
{
    QString url; // a template: placeholders in the path and the query (tmpl::renderUrlTemplate)
    tmpl::PayloadFormat format = tmpl::PayloadFormat::Json;
    HttpMethod method = HttpMethod::Post; // GET, POST or PUT; WSO2 sends POST or PUT only
    QString payloadTemplate; // empty for PayloadFormat::None
    QString headers; // the text form of tmpl::parseHeaderList
    QString sender; // {{sender}}
    Authentication auth;
    SuccessCriterion success;
    std::chrono::milliseconds timeout = kDefaultTransferTimeout;

    bool operator==(const Config&) const = default;
};

// Kept in the keychain. A header named in headerValues (compared without regard to case) takes that value,
// whatever the header text says for it (the text may leave it empty), and is appended if the text lacks it.
// Named secrets fill {{secret:NAME}} in the payload template, the URL and header values.
struct Secrets
{
    QMap<QString, QString> headerValues;
    QMap<QString, QString> named;
    QString authSecret; // the Basic password, the Bearer token or the API key
};

// The payload's starting point in each format, with WSO2's two placeholders.
QString exampleTemplate(tmpl::PayloadFormat format);

// The URL template filled in with sample values, against the endpoint policy; a misplaced or unclosed placeholder
// is Malformed. A {{secret:NAME}} with no value is not the URL's problem.
UrlCheck checkUrl(const QString& url);

// Problems of the criterion: statuses outside 100-599, an empty pattern, an invalid regular expression, a JSON
// pointer that is not one, both message id rules at once.
QList<BuildProblem> checkSuccessCriterion(const SuccessCriterion& criterion);

// Problems of the authentication: a Basic user with ":" or a line break, an API key name a header (or a query)
// cannot hold; with stored false, the missing secret.
QList<BuildProblem> checkAuthentication(const Authentication& auth, bool secretStored);

// Every lint finding of a configuration, as the Template Preview lists them: the template's (with the URL's
// placeholders counted for {{mobile}} and {{body}}), and, when wso2, what WSO2 Identity Server would send
// differently or cannot send at all (headers, statuses, GET, URL placeholders, authentication).
QList<tmpl::LintFinding> lintConfig(const Config& config, const QString& sampleBody, bool wso2 = true);

// Renders the URL and the payload template with the SMS text, the number (E.164, with its "+"), the sender and a
// new {{uuid}} (the same in both), parses the headers, adds the authentication, and adds Content-Type
// (tmpl::contentTypeOf) unless the headers already name one or there is no body. GET takes no body.
// Template and header errors come back as problems with their position in the text.
BuildResult buildSendRequest(const Config& config, const Secrets& secrets, const QString& to, const QString& text);

// Applies the success criterion; the message id is taken by its rule, else from a JSON body when one of the usual
// keys holds it (see findMessageId), and is never required. On a failure the text at errorPointer, when there is
// one, leads the explanation.
SendOutcome parseSendResponse(const SuccessCriterion& criterion, int httpStatus, QByteArrayView body);

// The first of id, messageId, message_id, message-id, sid, messageSid (at the top level, then inside data,
// message, result, or the first element of messages or data) that holds a string or a whole number.
QString findMessageId(QByteArrayView body);

} // namespace smsotp::providers::custom
