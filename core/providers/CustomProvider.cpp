#include "CustomProvider.h"

#include "BuildSupport.h"
#include "ErrorExplanations.h"
#include "FieldCheck.h"
#include "JsonPointer.h"
#include "SenderRules.h"
#include "template/HeaderList.h"
#include "template/PlaceholderToken.h"
#include "template/UrlTemplate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QUrlQuery>
#include <algorithm>
#include <cmath>
#include <optional>

namespace smsotp::providers::custom {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("smsotp::providers::Custom", text);
}

const QString kSecretPrefix = QStringLiteral("secret:");

bool hasLineBreakOrNul(QStringView value)
{
    return value.contains(u'\r') || value.contains(u'\n') || value.contains(QChar(0));
}

// Fills {{secret:NAME}} in a header value. Other placeholders are refused: WSO2 fills none in headers, and
// a {{body}} there would put the code into a header that proxies log.
QString expandHeaderValue(
    const tmpl::ParsedHeader& header, const Secrets& secrets, QStringList& usedSecrets, QList<BuildProblem>& errors)
{
    const QString& value = header.field.value;
    QString out;
    qsizetype literalStart = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) != u'{')
            continue;
        const tmpl::PlaceholderToken token = tmpl::PlaceholderToken::readAt(value, i);
        if (token.shape != tmpl::PlaceholderToken::Shape::Placeholder)
            continue;
        out += QStringView(value).mid(literalStart, i - literalStart);
        const QString name = token.name.startsWith(kSecretPrefix) ? token.name.mid(kSecretPrefix.size()) : QString();
        const auto found = name.isEmpty() ? secrets.named.cend() : secrets.named.constFind(name);
        if (name.isEmpty()) {
            errors.append(detail::problem(ConfigField::Headers, BuildErrorKind::Malformed,
                tr("The header %1 holds {{%2}}; header values take only {{secret:NAME}} "
                   "placeholders.")
                    .arg(header.field.name, token.name),
                header.valuePosition));
        } else if (found == secrets.named.cend()) {
            errors.append(detail::problem(ConfigField::NamedSecret, BuildErrorKind::Missing,
                tr("The header %1 uses the secret “%2”, which has no stored value.").arg(header.field.name, name),
                header.valuePosition));
        } else {
            out += *found;
            if (!usedSecrets.contains(*found))
                usedSecrets.append(*found);
        }
        i += token.length - 1;
        literalStart = i + 1;
    }
    out += QStringView(value).mid(literalStart);
    return out;
}

QString idFrom(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        // Only whole numbers a double holds exactly (|n| <= 2^53) are ids; casting anything larger to an
        // integer is undefined behaviour, and such a number has lost its digits anyway.
        constexpr double kLargestExact = 9007199254740992.0;
        const double number = value.toDouble();
        if (std::abs(number) <= kLargestExact && std::trunc(number) == number)
            return jsonValueText(value);
    }
    return {};
}

QString idIn(const QJsonObject& object)
{
    for (const QStringView key : { QStringView(u"id"), QStringView(u"messageId"), QStringView(u"message_id"),
             QStringView(u"message-id"), QStringView(u"sid"), QStringView(u"messageSid") }) {
        const QString id = idFrom(object.value(key));
        if (!id.isEmpty())
            return id;
    }
    return {};
}

QString statusList(const QList<int>& statuses)
{
    QStringList parts;
    for (const int status : statuses)
        parts.append(QString::number(status));
    return parts.join(u", ");
}

} // namespace

QString exampleTemplate(tmpl::PayloadFormat format)
{
    switch (format) {
    case tmpl::PayloadFormat::Json:
        return QStringLiteral("{\"to\": {{mobile}}, \"text\": {{body}}}");
    case tmpl::PayloadFormat::Form:
        return QStringLiteral("to={{mobile}}&text={{body}}");
    case tmpl::PayloadFormat::Text:
        return QStringLiteral("{{mobile}}\n{{body}}");
    case tmpl::PayloadFormat::Xml:
        return QStringLiteral("<message>\n  <to>{{mobile}}</to>\n  <text>{{body}}</text>\n</message>");
    case tmpl::PayloadFormat::None:
        break;
    }
    return {};
}

QString authKindName(AuthKind kind)
{
    switch (kind) {
    case AuthKind::None:
        break;
    case AuthKind::Basic:
        return QStringLiteral("basic");
    case AuthKind::Bearer:
        return QStringLiteral("bearer");
    case AuthKind::ApiKey:
        return QStringLiteral("api-key");
    }
    return QStringLiteral("none");
}

std::optional<AuthKind> authKindFromName(QStringView name)
{
    for (const AuthKind kind : { AuthKind::None, AuthKind::Basic, AuthKind::Bearer, AuthKind::ApiKey }) {
        if (name.compare(authKindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString apiKeyPlaceName(ApiKeyPlace place)
{
    return place == ApiKeyPlace::Query ? QStringLiteral("query") : QStringLiteral("header");
}

UrlCheck checkUrl(const QString& url)
{
    // The template filled in with sample values: what is checked is a URL as it will be sent.
    tmpl::PayloadValues sample { QStringLiteral("Your code is 123456"), QStringLiteral("+447700900123"), {},
        QStringLiteral("Sender"), tmpl::newMessageUuid() };
    const tmpl::UrlRenderResult rendered = tmpl::renderUrlTemplate(url, sample);
    for (const tmpl::TemplateError& error : rendered.errors) {
        if (error.kind == tmpl::TemplateErrorKind::MissingSecret)
            continue; // a secret's value is the keychain's business, not the address's
        UrlCheck check;
        check.problem = UrlProblem::Malformed;
        check.message = error.message;
        return check;
    }
    return checkEndpointUrl(QStringView(rendered.url));
}

QList<BuildProblem> checkSuccessCriterion(const SuccessCriterion& criterion)
{
    QList<BuildProblem> problems;
    for (const int status : criterion.statuses) {
        if (status < 100 || status > 599) {
            problems.append(detail::problem(ConfigField::SuccessCriterion, BuildErrorKind::Malformed,
                tr("%1 is not an HTTP status; statuses run from 100 to 599.").arg(status)));
        }
    }
    const bool patternMatch
        = criterion.bodyMatch == BodyMatch::Substring || criterion.bodyMatch == BodyMatch::RegularExpression;
    if (patternMatch && criterion.bodyPattern.isEmpty()) {
        problems.append(detail::problem(ConfigField::SuccessCriterion, BuildErrorKind::Missing,
            tr("Enter the text the answer must contain, or choose to check the status only.")));
    }
    const auto checkExpression = [&problems](const QString& pattern) {
        const QRegularExpression expression(pattern);
        if (!expression.isValid()) {
            problems.append(detail::problem(ConfigField::SuccessCriterion, BuildErrorKind::Malformed,
                tr("The regular expression “%1” is not valid at character %2: %3.")
                    .arg(pattern)
                    .arg(expression.patternErrorOffset() + 1)
                    .arg(expression.errorString())));
        }
    };
    const auto checkPointer = [&problems](const QString& pointer) {
        if (!isJsonPointer(pointer)) {
            problems.append(detail::problem(ConfigField::SuccessCriterion, BuildErrorKind::Malformed,
                tr("“%1” is not a JSON pointer: a pointer starts with “/” and names each step, as in "
                   "/messages/0/status (write “~1” for a “/” and “~0” for a “~” inside a name).")
                    .arg(pointer)));
        }
    };
    if (criterion.bodyMatch == BodyMatch::RegularExpression && !criterion.bodyPattern.isEmpty())
        checkExpression(criterion.bodyPattern);
    if (criterion.bodyMatch == BodyMatch::JsonValue) {
        if (criterion.jsonPointer.isEmpty()) {
            problems.append(detail::problem(ConfigField::SuccessCriterion, BuildErrorKind::Missing,
                tr("Enter the JSON pointer of the value that means success, as in /messages/0/status.")));
        } else {
            checkPointer(criterion.jsonPointer);
        }
    }
    if (!criterion.messageIdPointer.isEmpty() && !criterion.messageIdRegex.isEmpty()) {
        problems.append(detail::problem(ConfigField::SuccessCriterion, BuildErrorKind::Malformed,
            tr("The message id is taken either from a JSON pointer or from a regular expression, not both.")));
    }
    if (!criterion.messageIdPointer.isEmpty())
        checkPointer(criterion.messageIdPointer);
    if (!criterion.messageIdRegex.isEmpty())
        checkExpression(criterion.messageIdRegex);
    if (!criterion.errorPointer.isEmpty())
        checkPointer(criterion.errorPointer);
    return problems;
}

QList<BuildProblem> checkAuthentication(const Authentication& auth, bool secretStored)
{
    QList<BuildProblem> problems;
    const auto add = [&problems](BuildErrorKind kind, const QString& message) {
        problems.append(detail::problem(ConfigField::Authentication, kind, message));
    };
    switch (auth.kind) {
    case AuthKind::None:
        return problems;
    case AuthKind::Basic:
        if (auth.user.isEmpty())
            add(BuildErrorKind::Missing, tr("Enter the user name for HTTP Basic authentication."));
        else if (auth.user.contains(u':') || hasLineBreakOrNul(auth.user))
            add(BuildErrorKind::Malformed, tr("An HTTP Basic user name cannot hold “:” or a line break."));
        break;
    case AuthKind::Bearer:
        break;
    case AuthKind::ApiKey: {
        const bool header = auth.place == ApiKeyPlace::Header;
        if (auth.keyName.isEmpty()) {
            add(BuildErrorKind::Missing,
                header ? tr("Enter the name of the header that carries the API key, as in X-API-Key.")
                       : tr("Enter the name of the query parameter that carries the API key, as in api_key."));
        } else if (header && !tmpl::isHeaderToken(auth.keyName)) {
            add(BuildErrorKind::Malformed,
                tr("An HTTP header name is made of letters, digits and ! # $ % & ' * + - . ^ _ ` | ~ only; the API "
                   "key's header name has other characters."));
        } else if (!header && hasLineBreakOrNul(auth.keyName)) {
            add(BuildErrorKind::Malformed, tr("The API key's query parameter name cannot hold a line break."));
        }
        break;
    }
    }
    if (!secretStored) {
        add(BuildErrorKind::Missing,
            auth.kind == AuthKind::Basic        ? tr("Enter the password for HTTP Basic authentication.")
                : auth.kind == AuthKind::Bearer ? tr("Enter the bearer token.")
                                                : tr("Enter the API key."));
    }
    return problems;
}

namespace {

// The checks of everything but the templates and the headers: method, recipient, text, success criterion,
// authentication. The URL is checked once rendered (checkRenderedUrl).
void checkBasics(
    const Config& config, const Secrets& secrets, const QString& to, const QString& text, BuildResult& result)
{
    if (config.method != HttpMethod::Get && config.method != HttpMethod::Post && config.method != HttpMethod::Put) {
        result.errors.append(detail::problem(
            ConfigField::Method, BuildErrorKind::Malformed, tr("A custom provider sends with GET, POST or PUT.")));
    }
    if (config.method == HttpMethod::Get && config.format != tmpl::PayloadFormat::None) {
        result.errors.append(detail::problem(ConfigField::Method, BuildErrorKind::Malformed,
            tr("A GET request has no body: choose the content type “none” and put the values in the URL, or send "
               "with POST.")));
    }
    // A sender with a letter is a sender name, under the rule every provider follows; a number or short code is the
    // gateway's business.
    if (isAlphanumericSender(config.sender))
        detail::addFieldProblem(result, ConfigField::Sender, checkAlphanumericSender(config.sender));
    const FieldCheck recipient = checkE164(to);
    if (!recipient.ok())
        result.errors.append(detail::problem(ConfigField::Recipient, BuildErrorKind::Malformed, recipient.message));
    if (text.isEmpty())
        result.errors.append(
            detail::problem(ConfigField::Text, BuildErrorKind::Missing, tr("The message text is empty.")));
    result.errors.append(checkSuccessCriterion(config.success));
    result.errors.append(checkAuthentication(config.auth, !secrets.authSecret.isEmpty()));
    if (config.format != tmpl::PayloadFormat::None && config.payloadTemplate.trimmed().isEmpty()) {
        result.errors.append(detail::problem(ConfigField::PayloadTemplate, BuildErrorKind::Missing,
            tr("The payload template is empty. Start from %1.").arg(exampleTemplate(config.format))));
    }
}

void checkRenderedUrl(const QString& url, BuildResult& result)
{
    // Already rendered (placeholders filled and encoded): checked as it is.
    const UrlCheck check = checkEndpointUrl(QStringView(url));
    if (!check.ok()) {
        result.errors.append(detail::problem(ConfigField::Url,
            check.problem == UrlProblem::Empty              ? BuildErrorKind::Missing
                : check.problem == UrlProblem::InsecureHttp ? BuildErrorKind::Insecure
                                                            : BuildErrorKind::Malformed,
            check.message));
    } else if (check.plainHttpToLoopback) {
        result.warnings.append(detail::problem(ConfigField::Url, BuildErrorKind::Insecure, check.warning));
    }
}

// The authentication's header or query parameter; the secret is added to usedSecrets (with the Basic token).
void addAuthentication(
    const Authentication& auth, const QString& secret, HttpRequestSpec& request, QStringList& usedSecrets)
{
    if (auth.kind == AuthKind::None || secret.isEmpty())
        return;
    usedSecrets.append(secret);
    switch (auth.kind) {
    case AuthKind::None:
        break;
    case AuthKind::Basic:
        request.headers.append({ QByteArrayLiteral("Authorization"),
            "Basic " + QString(auth.user + u':' + secret).toUtf8().toBase64(), true });
        break;
    case AuthKind::Bearer:
        request.headers.append({ QByteArrayLiteral("Authorization"), "Bearer " + secret.toUtf8(), true });
        break;
    case AuthKind::ApiKey:
        if (auth.place == ApiKeyPlace::Header) {
            request.headers.append({ auth.keyName.toUtf8(), secret.toUtf8(), true });
        } else {
            QString query = request.url.query(QUrl::FullyEncoded);
            if (!query.isEmpty())
                query += u'&';
            query += QLatin1StringView(tmpl::percentEncodeComponent(auth.keyName)) + u'='
                + QLatin1StringView(tmpl::percentEncodeComponent(secret));
            request.url.setQuery(query, QUrl::StrictMode);
        }
        break;
    }
}

// The request's headers: a stored value per header name (case-insensitive), else the value as written with its
// {{secret:NAME}} expanded; stored values of headers the list no longer names are sent too. usedSecrets gets each
// secret value sent, for redaction.
void addHeaders(const QString& headerText, const Secrets& secrets, HttpRequestSpec& request, QStringList& usedSecrets,
    QList<BuildProblem>& errors)
{
    const tmpl::HeaderListResult parsed = tmpl::parseHeaderList(headerText);
    for (const tmpl::HeaderError& error : parsed.errors)
        errors.append(detail::problem(ConfigField::Headers, BuildErrorKind::Malformed, error.message, error.position));

    QStringList headerSecretNamesSeen;
    for (const tmpl::ParsedHeader& header : parsed.headers) {
        HttpHeader out;
        out.name = header.field.name.toUtf8();
        QString value;
        bool fromSecret = false;
        for (auto it = secrets.headerValues.cbegin(); it != secrets.headerValues.cend(); ++it) {
            if (it.key().compare(header.field.name, Qt::CaseInsensitive) == 0) {
                value = it.value();
                fromSecret = true;
                headerSecretNamesSeen.append(it.key());
                break;
            }
        }
        const qsizetype usedBefore = usedSecrets.size();
        if (!fromSecret)
            value = expandHeaderValue(header, secrets, usedSecrets, errors);
        if (fromSecret && !value.isEmpty() && !usedSecrets.contains(value))
            usedSecrets.append(value);
        if (hasLineBreakOrNul(value)) {
            errors.append(detail::problem(ConfigField::Headers, BuildErrorKind::Malformed,
                tr("The stored value of the header %1 holds a line break or NUL, which "
                   "would split the header on the wire. Store it again without one.")
                    .arg(header.field.name),
                header.valuePosition));
        }
        out.value = value.toUtf8();
        out.isSecret = fromSecret || usedSecrets.size() > usedBefore;
        request.headers.append(out);
    }
    for (auto it = secrets.headerValues.cbegin(); it != secrets.headerValues.cend(); ++it) {
        if (headerSecretNamesSeen.contains(it.key()))
            continue;
        const tmpl::HeaderListResult single = tmpl::parseHeaderList(QString(it.key() + u": \"\""));
        if (!single.ok() || hasLineBreakOrNul(it.value())) {
            errors.append(detail::problem(ConfigField::Headers, BuildErrorKind::Malformed,
                tr("The stored header “%1” is not a valid header name and value; store it "
                   "again.")
                    .arg(QString(it.key()).simplified())));
            continue;
        }
        request.headers.append({ it.key().toUtf8(), it.value().toUtf8(), true });
        if (!it.value().isEmpty() && !usedSecrets.contains(it.value()))
            usedSecrets.append(it.value());
    }
}

} // namespace

QList<tmpl::LintFinding> lintConfig(const Config& config, const QString& sampleBody, bool wso2)
{
    tmpl::LintOptions options;
    options.sampleBody = sampleBody;
    options.wso2 = wso2;
    const QList<tmpl::Placeholder> inUrl = tmpl::renderUrlTemplate(config.url, {}).placeholders;
    for (const tmpl::Placeholder& placeholder : inUrl)
        options.placeholdersElsewhere.append(placeholder.kind);
    QList<tmpl::LintFinding> findings = tmpl::lintTemplate(config.payloadTemplate, config.format, options);
    if (!wso2)
        return findings;
    findings += tmpl::lintHeadersForWso2(config.headers);
    findings += tmpl::lintSuccessCriterionForWso2(config.success.statuses, config.success.bodyMatch != BodyMatch::None);
    const auto add = [&findings](tmpl::LintKind kind, const QString& message) {
        tmpl::LintFinding finding;
        finding.kind = kind;
        finding.severity = tmpl::LintSeverity::Warning;
        finding.source = tmpl::LintSource::Request;
        finding.message = message;
        findings.append(finding);
    };
    if (config.method == HttpMethod::Get)
        add(tmpl::LintKind::Wso2UnsupportedMethod,
            tr("WSO2 Identity Server's custom provider sends POST or PUT, not GET."));
    if (!inUrl.isEmpty()) {
        add(tmpl::LintKind::Wso2UrlPlaceholder,
            tr("WSO2 Identity Server sends its provider URL as written: the placeholders in the URL stay unfilled."));
    }
    if (config.auth.kind == AuthKind::ApiKey && config.auth.place == ApiKeyPlace::Query) {
        add(tmpl::LintKind::Wso2Authentication,
            tr("WSO2 Identity Server sends an API key in a header only; a push refuses a key in the query string."));
    } else if (config.auth.kind != AuthKind::None) {
        add(tmpl::LintKind::Wso2Authentication,
            tr("WSO2 Identity Server takes %1 authentication from version 7.2 on (its notification-sender v2 API); a "
               "push to an older server refuses it.")
                .arg(authKindName(config.auth.kind)));
    }
    return findings;
}

BuildResult buildSendRequest(const Config& config, const Secrets& secrets, const QString& to, const QString& text)
{
    BuildResult result;
    checkBasics(config, secrets, to, text, result);
    const tmpl::PayloadValues values { text, to, secrets.named, config.sender, tmpl::newMessageUuid() };
    const tmpl::UrlRenderResult url = tmpl::renderUrlTemplate(config.url, values);
    for (const tmpl::TemplateError& error : url.errors) {
        result.errors.append(detail::problem(
            error.kind == tmpl::TemplateErrorKind::MissingSecret ? ConfigField::NamedSecret : ConfigField::Url,
            error.kind == tmpl::TemplateErrorKind::MissingSecret ? BuildErrorKind::Missing : BuildErrorKind::Malformed,
            error.message, error.position));
    }
    checkRenderedUrl(url.url, result);
    const tmpl::RenderResult rendered = tmpl::renderPayload(config.payloadTemplate, config.format, values);
    for (const tmpl::TemplateError& error : rendered.errors) {
        result.errors.append(detail::problem(error.kind == tmpl::TemplateErrorKind::MissingSecret
                ? ConfigField::NamedSecret
                : ConfigField::PayloadTemplate,
            error.kind == tmpl::TemplateErrorKind::MissingSecret ? BuildErrorKind::Missing : BuildErrorKind::Malformed,
            error.message, error.position));
    }

    HttpRequestSpec& request = result.request;
    QStringList usedSecrets;
    addHeaders(config.headers, secrets, request, usedSecrets, result.errors);
    for (const QList<tmpl::Placeholder>* list : { &url.placeholders, &rendered.placeholders }) {
        for (const tmpl::Placeholder& placeholder : *list) {
            if (placeholder.kind != tmpl::PlaceholderKind::Secret)
                continue;
            const auto found = secrets.named.constFind(placeholder.secretName);
            if (found != secrets.named.cend() && !found->isEmpty() && !usedSecrets.contains(*found))
                usedSecrets.append(*found);
        }
    }

    if (!result.ok()) {
        result.request = {};
        return result;
    }
    if (config.format != tmpl::PayloadFormat::None && !request.hasHeader("Content-Type"))
        request.headers.append({ QByteArrayLiteral("Content-Type"), tmpl::contentTypeOf(config.format) });
    request.method = config.method;
    request.url = QUrl(url.url, QUrl::StrictMode);
    addAuthentication(config.auth, secrets.authSecret, request, usedSecrets);
    request.body = rendered.bytes;
    request.secrets = usedSecrets;
    request.transferTimeout = config.timeout;
    return result;
}

namespace {

QString messageIdFrom(const SuccessCriterion& criterion, const QJsonDocument& json, QByteArrayView body)
{
    if (!criterion.messageIdPointer.isEmpty()) {
        const std::optional<QJsonValue> value = resolveJsonPointer(json, criterion.messageIdPointer);
        return value && !value->isObject() && !value->isArray() && !value->isNull() ? jsonValueText(*value) : QString();
    }
    if (!criterion.messageIdRegex.isEmpty()) {
        const QRegularExpressionMatch match
            = QRegularExpression(criterion.messageIdRegex).match(QString::fromUtf8(body));
        if (!match.hasMatch())
            return {};
        return match.lastCapturedIndex() >= 1 ? match.captured(1) : match.captured(0);
    }
    return findMessageId(body);
}

QString errorTextFrom(const SuccessCriterion& criterion, const QJsonDocument& json)
{
    if (criterion.errorPointer.isEmpty())
        return {};
    const std::optional<QJsonValue> value = resolveJsonPointer(json, criterion.errorPointer);
    // Only a short line of the gateway's words; the technical detail keeps the whole answer.
    return value && !value->isNull() ? jsonValueText(*value).simplified().left(300) : QString();
}

} // namespace

SendOutcome parseSendResponse(const SuccessCriterion& criterion, int httpStatus, QByteArrayView body)
{
    SendOutcome outcome;
    outcome.httpStatus = httpStatus;
    outcome.technicalDetail = detail::shortDetail(body);
    const QJsonDocument json = QJsonDocument::fromJson(body.toByteArray());
    outcome.messageId = messageIdFrom(criterion, json, body);
    // The gateway's own words, when the criterion says where they are: they lead any explanation of a failure.
    const QString gatewaySays = errorTextFrom(criterion, json);
    const auto withGatewayWords = [&gatewaySays](const QString& explanation) {
        return gatewaySays.isEmpty() ? explanation : tr("The gateway says: “%1”. %2").arg(gatewaySays, explanation);
    };

    const bool statusOk = criterion.statuses.isEmpty() ? (httpStatus >= 200 && httpStatus < 300)
                                                       : criterion.statuses.contains(httpStatus);
    if (!statusOk) {
        if (httpStatus >= 200 && httpStatus < 300) {
            outcome.failure = FailureKind::UnexpectedResponse;
            outcome.explanation
                = withGatewayWords(tr("The provider answered %1, but the success criterion accepts only %2. If the "
                                      "provider does send the message, add %1 to the accepted statuses.")
                                       .arg(httpStatus)
                                       .arg(statusList(criterion.statuses)));
        } else {
            outcome.failure = failureForHttpStatus(httpStatus);
            outcome.explanation = withGatewayWords(explainHttpStatus(httpStatus, tr("The provider")));
            outcome.retryLater = httpStatus == 429 || httpStatus >= 500;
        }
        return outcome;
    }

    const QString text = QString::fromUtf8(body);
    switch (criterion.bodyMatch) {
    case BodyMatch::None:
        break;
    case BodyMatch::Substring:
        if (!text.contains(criterion.bodyPattern)) {
            outcome.failure = FailureKind::UnexpectedResponse;
            outcome.explanation
                = withGatewayWords(tr("The provider answered %1, but the answer does not contain “%2”, which the "
                                      "success criterion requires. The technical detail shows what it said.")
                                       .arg(httpStatus)
                                       .arg(criterion.bodyPattern));
            return outcome;
        }
        break;
    case BodyMatch::RegularExpression: {
        const QRegularExpression expression(criterion.bodyPattern);
        if (!expression.isValid()) {
            outcome.failure = FailureKind::Configuration;
            outcome.explanation = tr("The success criterion's regular expression is not valid (%1), so the answer "
                                     "cannot be checked. Correct it in the provider settings.")
                                      .arg(expression.errorString());
            return outcome;
        }
        if (!expression.match(text).hasMatch()) {
            outcome.failure = FailureKind::UnexpectedResponse;
            outcome.explanation
                = withGatewayWords(tr("The provider answered %1, but the answer does not match the success "
                                      "criterion's expression “%2”. The technical detail shows what it said.")
                                       .arg(httpStatus)
                                       .arg(criterion.bodyPattern));
            return outcome;
        }
        break;
    }
    case BodyMatch::JsonValue: {
        const std::optional<QJsonValue> value = resolveJsonPointer(json, criterion.jsonPointer);
        if (!value || jsonValueText(*value) != criterion.jsonValue) {
            outcome.failure = FailureKind::UnexpectedResponse;
            outcome.explanation = withGatewayWords(!value
                    ? tr("The provider answered %1, but its answer has no value at %2, where the success criterion "
                         "expects “%3”. The technical detail shows what it said.")
                          .arg(httpStatus)
                          .arg(criterion.jsonPointer, criterion.jsonValue)
                    : tr("The provider answered %1, but the value at %2 is “%3”, not “%4”, which the success "
                         "criterion requires. The technical detail shows what it said.")
                          .arg(httpStatus)
                          .arg(criterion.jsonPointer, jsonValueText(*value), criterion.jsonValue));
            return outcome;
        }
        break;
    }
    }

    outcome.accepted = true;
    outcome.explanation = outcome.messageId.isEmpty()
        ? tr("The provider answered %1, which the success criterion counts as sent.").arg(httpStatus)
        : tr("The provider answered %1, which the success criterion counts as sent (message id %2).")
              .arg(httpStatus)
              .arg(outcome.messageId);
    return outcome;
}

QString findMessageId(QByteArrayView body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body.toByteArray());
    if (!document.isObject())
        return {};
    const QJsonObject root = document.object();
    if (const QString id = idIn(root); !id.isEmpty())
        return id;
    for (const QStringView key :
        { QStringView(u"data"), QStringView(u"message"), QStringView(u"result"), QStringView(u"messages") }) {
        const QJsonValue nested = root.value(key);
        const QJsonArray array = nested.toArray();
        const QJsonObject object
            = nested.isArray() ? (array.isEmpty() ? QJsonObject() : array.first().toObject()) : nested.toObject();
        if (const QString id = idIn(object); !id.isEmpty())
            return id;
    }
    return {};
}

} // namespace smsotp::providers::custom
