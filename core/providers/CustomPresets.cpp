#include "CustomPresets.h"

#include <QCoreApplication>

namespace smsotp::providers::custom {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("smsotp::providers::CustomPresets", text);
}

// Kannel's smsbox answers 202 with "0: Accepted for delivery", "3: Queued for later delivery", or "Sent." when
// immediate-sendsms-reply is on; 403 "Authorization failed for sendsms", 400 for a missing or refused receiver.
Preset kannel()
{
    Preset p;
    p.name = QStringLiteral("kannel");
    p.title = tr("Kannel sendsms (GET)");
    p.documentation = QStringLiteral("https://www.kannel.org/download/kannel-userguide-snapshot/userguide.html");
    p.fillIn = tr("Enter your smsbox's address and its sendsms user in the URL (YOUR_USER), the password as the API "
                  "key, and the sender.");
    Config& c = p.config;
    c.method = HttpMethod::Get;
    c.format = tmpl::PayloadFormat::None;
    c.url = QStringLiteral("https://kannel.example.org:13013/cgi-bin/sendsms?username=YOUR_USER&to={{mobile}}"
                           "&text={{body}}&from={{sender}}&charset=UTF-8");
    c.auth.kind = AuthKind::ApiKey;
    c.auth.keyName = QStringLiteral("password");
    c.auth.place = ApiKeyPlace::Query;
    c.success.statuses = { 202 };
    c.success.bodyMatch = BodyMatch::RegularExpression;
    c.success.bodyPattern = QStringLiteral("^(0: Accepted|3: Queued|Sent\\.)");
    return p;
}

// WSO2 Identity Server's custom SMS provider: JSON, {{body}} and {{mobile}} unquoted, success only on 200 or 202.
Preset wso2Json()
{
    Preset p;
    p.name = QStringLiteral("wso2-json");
    p.title = tr("WSO2-compatible JSON POST");
    p.documentation = QStringLiteral("https://is.docs.wso2.com/en/latest/guides/notification-channels/"
                                     "configure-sms-provider/");
    p.fillIn = tr("Enter your gateway's URL and the headers it needs.");
    Config& c = p.config;
    c.method = HttpMethod::Post;
    c.format = tmpl::PayloadFormat::Json;
    c.url = QStringLiteral("https://sms.example.org/send");
    c.payloadTemplate = QStringLiteral("{\"to\": {{mobile}}, \"text\": {{body}}}");
    c.success.statuses = { 200, 202 };
    return p;
}

// Plivo's Message API: POST /v1/Account/{auth_id}/Message/ with Basic auth_id:auth_token, JSON {src, dst, text};
// 202 {"message", "message_uuid": [...], "api_id"}; errors {"api_id", "error"}.
Preset plivo()
{
    Preset p;
    p.name = QStringLiteral("plivo");
    p.title = tr("Plivo Send Message API");
    p.documentation = QStringLiteral("https://www.plivo.com/docs/sms/detailed-reference/api/message/send-a-message/");
    p.fillIn = tr("Enter your Auth ID in the URL (YOUR_AUTH_ID) and as the user, the Auth Token as the password, and "
                  "the sender number.");
    Config& c = p.config;
    c.method = HttpMethod::Post;
    c.format = tmpl::PayloadFormat::Json;
    c.url = QStringLiteral("https://api.plivo.com/v1/Account/YOUR_AUTH_ID/Message/");
    c.payloadTemplate = QStringLiteral("{\n  \"src\": {{sender}},\n  \"dst\": {{mobile}},\n  \"text\": {{body}}\n}");
    c.auth.kind = AuthKind::Basic;
    c.auth.user = QStringLiteral("YOUR_AUTH_ID");
    c.success.statuses = { 202 };
    c.success.messageIdPointer = QStringLiteral("/message_uuid/0");
    c.success.errorPointer = QStringLiteral("/error");
    return p;
}

// Sinch's SMS REST API (XMS): POST /xms/v1/{service_plan_id}/batches with a Bearer token, JSON {from, to: [...],
// body}; 201 with the batch {"id", ...}; errors {"code", "text"}.
Preset sinch()
{
    Preset p;
    p.name = QStringLiteral("sinch");
    p.title = tr("Sinch SMS REST API (batches)");
    p.documentation = QStringLiteral("https://developers.sinch.com/docs/sms/api-reference/sms/tag/Batches/");
    p.fillIn = tr("Enter your region and service plan id in the URL (YOUR_SERVICE_PLAN_ID), the API token as the "
                  "bearer token, and the sender.");
    Config& c = p.config;
    c.method = HttpMethod::Post;
    c.format = tmpl::PayloadFormat::Json;
    c.url = QStringLiteral("https://us.sms.api.sinch.com/xms/v1/YOUR_SERVICE_PLAN_ID/batches");
    c.payloadTemplate = QStringLiteral("{\n  \"from\": {{sender}},\n  \"to\": [{{mobile}}],\n  \"body\": {{body}}\n}");
    c.auth.kind = AuthKind::Bearer;
    c.success.statuses = { 201 };
    c.success.messageIdPointer = QStringLiteral("/id");
    c.success.errorPointer = QStringLiteral("/text");
    return p;
}

} // namespace

QList<Preset> presets()
{
    return { kannel(), wso2Json(), plivo(), sinch() };
}

std::optional<Preset> findPreset(QStringView name)
{
    for (const Preset& preset : presets()) {
        if (name.compare(preset.name, Qt::CaseInsensitive) == 0)
            return preset;
    }
    return std::nullopt;
}

} // namespace smsotp::providers::custom
