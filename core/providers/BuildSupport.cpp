#include "BuildSupport.h"

#include "UrlPolicy.h"

namespace smsotp::providers::detail {

BuildProblem problem(
    ConfigField field, BuildErrorKind kind, const QString& message, std::optional<tmpl::TextPosition> position)
{
    BuildProblem p;
    p.field = field;
    p.kind = kind;
    p.message = message;
    p.position = position;
    return p;
}

void addFieldProblem(BuildResult& result, ConfigField field, const FieldCheck& check)
{
    if (!check.ok()) {
        result.errors.append(problem(field,
            check.problem == FieldProblem::Empty ? BuildErrorKind::Missing : BuildErrorKind::Malformed, check.message));
    }
}

void addEndpointProblems(BuildResult& result, ConfigField field, const QUrl& url)
{
    const UrlCheck check = checkEndpointUrl(url);
    if (!check.ok()) {
        result.errors.append(problem(field,
            check.problem == UrlProblem::InsecureHttp ? BuildErrorKind::Insecure : BuildErrorKind::Malformed,
            check.message));
    } else if (check.plainHttpToLoopback) {
        result.warnings.append(problem(field, BuildErrorKind::Insecure, check.warning));
    }
}

BuildResult prepareBasicAuth(const BasicAuthRequest& spec)
{
    BuildResult result;
    addFieldProblem(result, spec.userField, spec.userCheck);
    addFieldProblem(result, spec.secretField, spec.secretCheck);
    addEndpointProblems(result, ConfigField::ApiBase, spec.apiBase);
    if (!result.ok())
        return result;

    HttpRequestSpec& request = result.request;
    request.url = appendPath(spec.apiBase, spec.path);
    request.transferTimeout = spec.timeout;
    const QByteArray credentials = QString(spec.user + u':' + spec.secret).toUtf8();
    request.headers.append({ QByteArrayLiteral("Authorization"), "Basic " + credentials.toBase64(), true });
    request.headers.append({ QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json") });
    request.secrets.append(spec.secret);
    return result;
}

QString shortDetail(QByteArrayView body)
{
    constexpr qsizetype kMaxDetail = 500;
    QString text = QString::fromUtf8(body.first(std::min(body.size(), kMaxDetail)));
    if (body.size() > kMaxDetail)
        text += u'…';
    return text;
}

} // namespace smsotp::providers::detail
