#include "Wso2Requests.h"

#include "Wso2Templates.h"
#include "providers/Redaction.h"

#include <QJsonDocument>

namespace smsotp::wso2 {

using providers::HttpMethod;

ApiRequest senderRequest(const SmsSender& sender, bool put)
{
    const QString name = sender.name.isEmpty() ? kSenderName.toString() : sender.name;
    return ApiRequest { put ? HttpMethod::Put : HttpMethod::Post,
        put ? Wso2Client::senderPath() + QLatin1Char('/') + name : Wso2Client::senderPath(),
        QJsonDocument(senderToJson(sender, put)).toJson(QJsonDocument::Compact), sender.apiVersion() };
}

ApiRequest connectorRequest(const QList<ConnectorProperty>& properties)
{
    return ApiRequest { HttpMethod::Patch, Wso2Client::connectorPath(),
        QJsonDocument(connectorPatchBody(properties)).toJson(QJsonDocument::Compact) };
}

QList<ApiRequest> pushRequests(const PushPlan& plan)
{
    QList<ApiRequest> requests;
    if (!plan.refused())
        requests.append(senderRequest(plan.sender.sender, plan.senderExists.value_or(false)));
    requests.append(connectorRequest(plan.connector));
    if (!plan.refused() && plan.templatesUnavailable.isEmpty()) {
        for (const SmsTemplate& t : plan.templates)
            requests.append(
                smsTemplateRequest(t, plan.serverTemplateLocales.value_or(QStringList()).contains(t.locale)));
    }
    return requests;
}

ApiRequest loginFlowRequest(const QString& applicationId, const AuthSequence& sequence)
{
    return ApiRequest { HttpMethod::Patch, Wso2Client::applicationPath(applicationId), flowPatchBody(sequence) };
}

QString previewText(const Connection& connection, const ApiRequest& request, const QStringList& secrets)
{
    const QString mark = providers::kRedactionMark.toString();
    // The request is built with ••• for the password, client secret and token; the real ones are still searched
    // for, in case the body or the URL holds one.
    Connection shown = connection;
    shown.credentials.password = mark;
    shown.credentials.clientSecret = mark;
    providers::HttpRequestSpec spec = Wso2Client::buildApiRequest(shown, request, mark.toUtf8());
    spec.secrets += secrets;
    spec.secrets << connection.credentials.password << connection.credentials.clientSecret;
    spec.secrets.removeAll(QString());
    spec.secrets.removeDuplicates();
    return providers::redactRequest(spec).toText();
}

QByteArray previewBody(const QString& previewText)
{
    const qsizetype blank = previewText.indexOf(QStringLiteral("\n\n"));
    return blank < 0 ? QByteArray() : previewText.mid(blank + 2).toUtf8();
}

} // namespace smsotp::wso2
