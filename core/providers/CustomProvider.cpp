#include "CustomProvider.h"

#include "BuildSupport.h"
#include "ErrorExplanations.h"
#include "FieldCheck.h"
#include "template/HeaderList.h"
#include "template/PlaceholderToken.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
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
            return QString::number(static_cast<qint64>(number));
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
    return format == tmpl::PayloadFormat::Json ? QStringLiteral("{\"to\": {{mobile}}, \"text\": {{body}}}")
                                               : QStringLiteral("to={{mobile}}&text={{body}}");
}

UrlCheck checkUrl(const QString& url)
{
    return checkEndpointUrl(QStringView(url));
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
    if (criterion.bodyMatch != BodyMatch::None && criterion.bodyPattern.isEmpty()) {
        problems.append(detail::problem(ConfigField::SuccessCriterion, BuildErrorKind::Missing,
            tr("Enter the text the answer must contain, or choose to check the status only.")));
    }
    if (criterion.bodyMatch == BodyMatch::RegularExpression && !criterion.bodyPattern.isEmpty()) {
        const QRegularExpression expression(criterion.bodyPattern);
        if (!expression.isValid()) {
            problems.append(detail::problem(ConfigField::SuccessCriterion, BuildErrorKind::Malformed,
                tr("The regular expression is not valid at character %1: %2.")
                    .arg(expression.patternErrorOffset() + 1)
                    .arg(expression.errorString())));
        }
    }
    return problems;
}

namespace {

// The checks of everything but the template and the headers: URL, method, recipient, text, success criterion.
void checkBasics(const Config& config, const QString& to, const QString& text, BuildResult& result)
{
    const UrlCheck url = checkUrl(config.url);
    if (!url.ok()) {
        result.errors.append(detail::problem(ConfigField::Url,
            url.problem == UrlProblem::Empty              ? BuildErrorKind::Missing
                : url.problem == UrlProblem::InsecureHttp ? BuildErrorKind::Insecure
                                                          : BuildErrorKind::Malformed,
            url.message));
    } else if (url.plainHttpToLoopback) {
        result.warnings.append(detail::problem(ConfigField::Url, BuildErrorKind::Insecure, url.warning));
    }
    if (config.method != HttpMethod::Post && config.method != HttpMethod::Put) {
        result.errors.append(detail::problem(
            ConfigField::Method, BuildErrorKind::Malformed, tr("A custom provider sends with POST or PUT.")));
    }
    const FieldCheck recipient = checkE164(to);
    if (!recipient.ok())
        result.errors.append(detail::problem(ConfigField::Recipient, BuildErrorKind::Malformed, recipient.message));
    if (text.isEmpty())
        result.errors.append(
            detail::problem(ConfigField::Text, BuildErrorKind::Missing, tr("The message text is empty.")));
    result.errors.append(checkSuccessCriterion(config.success));
    if (config.payloadTemplate.trimmed().isEmpty()) {
        result.errors.append(detail::problem(ConfigField::PayloadTemplate, BuildErrorKind::Missing,
            tr("The payload template is empty. Start from %1.").arg(exampleTemplate(config.format))));
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

BuildResult buildSendRequest(const Config& config, const Secrets& secrets, const QString& to, const QString& text)
{
    BuildResult result;
    checkBasics(config, to, text, result);
    const tmpl::RenderResult rendered
        = tmpl::renderPayload(config.payloadTemplate, config.format, { text, to, secrets.named });
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
    for (const tmpl::Placeholder& placeholder : rendered.placeholders) {
        if (placeholder.kind != tmpl::PlaceholderKind::Secret)
            continue;
        const auto found = secrets.named.constFind(placeholder.secretName);
        if (found != secrets.named.cend() && !found->isEmpty() && !usedSecrets.contains(*found))
            usedSecrets.append(*found);
    }

    if (!result.ok()) {
        result.request = {};
        return result;
    }
    if (!request.hasHeader("Content-Type"))
        request.headers.append({ QByteArrayLiteral("Content-Type"), tmpl::contentTypeOf(config.format) });
    request.method = config.method;
    request.url = QUrl(config.url.trimmed(), QUrl::StrictMode);
    request.body = rendered.bytes;
    request.secrets = usedSecrets;
    request.transferTimeout = config.timeout;
    return result;
}

SendOutcome parseSendResponse(const SuccessCriterion& criterion, int httpStatus, QByteArrayView body)
{
    SendOutcome outcome;
    outcome.httpStatus = httpStatus;
    outcome.technicalDetail = detail::shortDetail(body);
    outcome.messageId = findMessageId(body);

    const bool statusOk = criterion.statuses.isEmpty() ? (httpStatus >= 200 && httpStatus < 300)
                                                       : criterion.statuses.contains(httpStatus);
    if (!statusOk) {
        if (httpStatus >= 200 && httpStatus < 300) {
            outcome.failure = FailureKind::UnexpectedResponse;
            outcome.explanation = tr("The provider answered %1, but the success criterion accepts only %2. If the "
                                     "provider does send the message, add %1 to the accepted statuses.")
                                      .arg(httpStatus)
                                      .arg(statusList(criterion.statuses));
        } else {
            outcome.failure = failureForHttpStatus(httpStatus);
            outcome.explanation = explainHttpStatus(httpStatus, tr("The provider"));
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
            outcome.explanation = tr("The provider answered %1, but the answer does not contain “%2”, which the "
                                     "success criterion requires. The technical detail shows what it said.")
                                      .arg(httpStatus)
                                      .arg(criterion.bodyPattern);
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
            outcome.explanation = tr("The provider answered %1, but the answer does not match the success "
                                     "criterion's expression “%2”. The technical detail shows what it said.")
                                      .arg(httpStatus)
                                      .arg(criterion.bodyPattern);
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
