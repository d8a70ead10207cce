// What WSO2's management API answers when it refuses, in sentences for people, and the scopes each operation needs.

#include "Wso2Client.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace smsotp::wso2 {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("smsotp::wso2::Wso2Client", text);
}

QJsonObject jsonObject(QByteArrayView body)
{
    return QJsonDocument::fromJson(body.toByteArray()).object();
}

} // namespace

namespace scopes {
QString senderView()
{
    return QStringLiteral("internal_notification_senders_view");
}
QString senderCreate()
{
    return QStringLiteral("internal_notification_senders_create");
}
QString senderUpdate()
{
    return QStringLiteral("internal_notification_senders_update");
}
QString governanceView()
{
    return QStringLiteral("internal_governance_view");
}
QString templateView()
{
    return QStringLiteral("internal_template_mgt_view");
}
QString templateCreate()
{
    return QStringLiteral("internal_template_mgt_create");
}
QString templateUpdate()
{
    return QStringLiteral("internal_template_mgt_update");
}
QString governanceUpdate()
{
    return QStringLiteral("internal_governance_update");
}
QString applicationView()
{
    return QStringLiteral("internal_application_mgt_view");
}
QString applicationUpdate()
{
    return QStringLiteral("internal_application_mgt_update");
}
} // namespace scopes

QString errorCodeOf(QByteArrayView body)
{
    return jsonObject(body).value(u"code").toString();
}

QString explainApiError(int status, QByteArrayView body, const QString& scope)
{
    const QJsonObject o = jsonObject(body);
    const QString code = o.value(u"code").toString();
    QString said = o.value(u"message").toString();
    const QString description = o.value(u"description").toString();
    if (!description.isEmpty() && description != said) {
        if (said.endsWith(u'.'))
            said.chop(1);
        said = said.isEmpty() ? description : said + QStringLiteral(": ") + description;
    }
    said = said.trimmed();
    if (!said.isEmpty() && !said.endsWith(u'.') && !said.endsWith(u'!') && !said.endsWith(u'?'))
        said += u'.';

    if (code == u"NSM-60002")
        return tr("The server already has an SMS sender (NSM-60002); it has to be replaced with PUT instead.");
    if (code == u"NSM-60004")
        return tr("The server needs a payload template (body) for a custom SMS provider (NSM-60004).");
    if (code == u"NSM-60005")
        return tr("The server needs a provider URL for the SMS sender (NSM-60005).");
    switch (status) {
    case 401:
        return tr("The server did not accept the credentials (HTTP 401): check the user name and password, or the "
                  "client id and secret.");
    case 403: {
        // Servers before 7.2 guard the notification senders with the configuration-management scopes.
        static const QHash<QString, QString> older {
            { scopes::senderView(), QStringLiteral("internal_config_mgt_view") },
            { scopes::senderCreate(), QStringLiteral("internal_config_mgt_add") },
            { scopes::senderUpdate(), QStringLiteral("internal_config_mgt_update") },
        };
        if (older.contains(scope))
            return tr("The server refused this request (HTTP 403): the user or token lacks the scope %1 (%2 on "
                      "servers before 7.2).")
                .arg(scope, older.value(scope));
        return tr("The server refused this request (HTTP 403): the user or token lacks the scope %1.").arg(scope);
    }
    case 404:
        return said.isEmpty() || code.isEmpty()
            ? tr("The server has no such resource (HTTP 404): check the base URL and its tenant (/t/<tenant>).")
            : tr("The server has no such resource (HTTP 404, %1): %2").arg(code, said);
    case 409:
        return tr("The server reports a conflict (HTTP 409)%1")
            .arg(said.isEmpty() ? QStringLiteral(".") : QStringLiteral(": ") + said);
    default:
        break;
    }
    if (!code.isEmpty())
        return tr("The server answered %1 with HTTP %2: %3").arg(code).arg(status).arg(said);
    return tr("The server answered HTTP %1, which the console did not expect.").arg(status);
}

} // namespace smsotp::wso2
