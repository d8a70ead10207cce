#include "LoginFlow.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace smsotp::wso2 {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("smsotp::wso2::LoginFlow", text);
}

} // namespace

bool AuthSequence::sameFlow(const AuthSequence& other) const
{
    return type == other.type && steps == other.steps && subjectStepId == other.subjectStepId
        && attributeStepId == other.attributeStepId;
}

AuthSequence sequenceFromJson(const QJsonObject& json)
{
    AuthSequence s;
    s.type = json.value(u"type").toString(QStringLiteral("DEFAULT"));
    for (const QJsonValue& v : json.value(u"steps").toArray()) {
        AuthStep step;
        step.id = v.toObject().value(u"id").toInt(1);
        for (const QJsonValue& o : v.toObject().value(u"options").toArray())
            step.options.append(
                { o.toObject().value(u"idp").toString(), o.toObject().value(u"authenticator").toString() });
        s.steps.append(step);
    }
    s.subjectStepId = json.value(u"subjectStepId").toInt(1);
    s.attributeStepId = json.value(u"attributeStepId").toInt(1);
    if (json.contains(u"script"))
        s.script = json.value(u"script").toString();
    return s;
}

ApplicationSummary applicationSummaryFromJson(const QJsonObject& json)
{
    return { json.value(u"id").toString(), json.value(u"name").toString(), json.value(u"description").toString() };
}

Application applicationFromJson(const QJsonObject& json)
{
    Application a;
    a.id = json.value(u"id").toString();
    a.name = json.value(u"name").toString();
    a.description = json.value(u"description").toString();
    a.sequence = sequenceFromJson(json.value(u"authenticationSequence").toObject());
    return a;
}

AuthSequence smsOtpSequence(bool backupCodes)
{
    AuthSequence s;
    s.type = QStringLiteral("USER_DEFINED");
    s.steps.append({ 1, { { kLocalIdp.toString(), kBasicAuthenticator.toString() } } });
    AuthStep second { 2, { { kLocalIdp.toString(), kSmsOtpAuthenticator.toString() } } };
    if (backupCodes)
        second.options.append({ kLocalIdp.toString(), kBackupCodeAuthenticator.toString() });
    s.steps.append(second);
    s.subjectStepId = 1;
    s.attributeStepId = 1;
    return s;
}

QJsonObject flowPatchJson(const AuthSequence& sequence)
{
    QJsonArray steps;
    for (const AuthStep& step : sequence.steps) {
        QJsonArray options;
        for (const AuthOption& o : step.options)
            options.append(
                QJsonObject { { QStringLiteral("idp"), o.idp }, { QStringLiteral("authenticator"), o.authenticator } });
        steps.append(QJsonObject { { QStringLiteral("id"), step.id }, { QStringLiteral("options"), options } });
    }
    // Deliberately without "script": the adaptive script is the administrator's, and an absent field is kept.
    const QJsonObject authenticationSequence { { QStringLiteral("type"), sequence.type },
        { QStringLiteral("steps"), steps }, { QStringLiteral("subjectStepId"), sequence.subjectStepId },
        { QStringLiteral("attributeStepId"), sequence.attributeStepId } };
    return QJsonObject { { QStringLiteral("authenticationSequence"), authenticationSequence } };
}

QByteArray flowPatchBody(const AuthSequence& sequence)
{
    return QJsonDocument(flowPatchJson(sequence)).toJson(QJsonDocument::Compact);
}

QString authenticatorDisplayName(const QString& authenticator)
{
    if (authenticator == kBasicAuthenticator || authenticator == u"basic")
        return tr("Username & Password");
    if (authenticator == kSmsOtpAuthenticator)
        return tr("SMS OTP");
    if (authenticator == kBackupCodeAuthenticator)
        return tr("Backup code");
    if (authenticator == u"email-otp-authenticator")
        return tr("Email OTP");
    if (authenticator == u"totp")
        return tr("TOTP");
    if (authenticator == u"FIDOAuthenticator")
        return tr("Passkey");
    if (authenticator == u"IdentifierExecutor")
        return tr("Identifier first");
    return authenticator;
}

QStringList describeSequence(const AuthSequence& sequence)
{
    QStringList lines;
    if (sequence.type == u"DEFAULT") {
        lines.append(tr("The server's default login flow (set for the whole tenant)."));
    } else if (sequence.steps.isEmpty()) {
        lines.append(tr("No authentication steps."));
    }
    if (sequence.type != u"DEFAULT" || !sequence.steps.isEmpty()) {
        for (const AuthStep& step : sequence.steps) {
            QStringList options;
            for (const AuthOption& o : step.options) {
                QString name = authenticatorDisplayName(o.authenticator);
                if (!o.idp.isEmpty() && o.idp != kLocalIdp)
                    name = tr("%1 (through %2)").arg(name, o.idp);
                options.append(name);
            }
            lines.append(tr("Step %1: %2").arg(step.id).arg(options.join(tr(" or "))));
        }
    }
    if (sequence.hasScript())
        lines.append(tr("An adaptive script decides at login which steps run; the console leaves it as it is."));
    return lines;
}

} // namespace smsotp::wso2
