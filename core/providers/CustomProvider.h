#pragma once
// The custom HTTP provider, as WSO2 defines it: URL, JSON or FORM payload template, static headers.

#include "BuildResult.h"
#include "SendOutcome.h"
#include "UrlPolicy.h"
#include "template/PayloadTemplate.h"

#include <QByteArrayView>
#include <QList>
#include <QMap>
#include <QString>
#include <chrono>

namespace smsotp::providers::custom {

enum class BodyMatch
{
    None, // the status alone decides
    Substring, // the body must contain the pattern (case-sensitive)
    RegularExpression, // the body (as UTF-8 text) must match the pattern somewhere
};

// What counts as "sent". WSO2 itself takes only 200 and 202; the console's default is any 2xx, and a list
// lets the user match WSO2 exactly or follow an API that answers 201.
struct SuccessCriterion
{
    QList<int> statuses; // empty: 200-299
    BodyMatch bodyMatch = BodyMatch::None;
    QString bodyPattern;
};

struct Config
{
    QString url;
    tmpl::PayloadFormat format = tmpl::PayloadFormat::Json;
    HttpMethod method = HttpMethod::Post; // POST or PUT, as in WSO2
    QString payloadTemplate;
    QString headers; // the text form of tmpl::parseHeaderList
    SuccessCriterion success;
    std::chrono::milliseconds timeout = kDefaultTransferTimeout;
};

// Kept in the keychain. A header named in headerValues (compared without regard to case) takes that value,
// whatever the header text says for it (the text may leave it empty), and is appended if the text lacks it.
// Named secrets fill {{secret:NAME}} in the payload template and in header values.
struct Secrets
{
    QMap<QString, QString> headerValues;
    QMap<QString, QString> named;
};

// The payload's starting point in each format, with WSO2's two placeholders.
QString exampleTemplate(tmpl::PayloadFormat format);

UrlCheck checkUrl(const QString& url);

// Problems of the criterion: statuses outside 100-599, an empty pattern, an invalid regular expression.
QList<BuildProblem> checkSuccessCriterion(const SuccessCriterion& criterion);

// Renders the template with the SMS text and the number (E.164, with its "+"), parses the headers, and adds
// Content-Type (application/json or application/x-www-form-urlencoded) unless the headers already name one.
// Template and header errors come back as problems with their position in the text.
BuildResult buildSendRequest(const Config& config, const Secrets& secrets, const QString& to, const QString& text);

// Applies the success criterion; the message id is taken from a JSON body when one of the usual keys holds it
// (see findMessageId), and is never required.
SendOutcome parseSendResponse(const SuccessCriterion& criterion, int httpStatus, QByteArrayView body);

// The first of id, messageId, message_id, message-id, sid, messageSid (at the top level, then inside data,
// message, result, or the first element of messages or data) that holds a string or a whole number.
QString findMessageId(QByteArrayView body);

} // namespace smsotp::providers::custom
