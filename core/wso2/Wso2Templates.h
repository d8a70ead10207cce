#pragma once
// The console's SMS texts as WSO2 Identity Server's SMS OTP notification templates, one per locale (the notification
// templates API, IS 7.1 on: template type "SMSOTP", id U01TT1RQ, org templates below
// /notification/sms/template-types/U01TT1RQ/org-templates/{locale}), and back. Pure.

#include "Wso2Client.h"
#include "Wso2Diff.h"
#include "Wso2Mapping.h"
#include "storage/DatabaseError.h"
#include "template/SmsLocale.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace smsotp::storage {
class Database;
}

namespace smsotp::wso2 {

// base64url of the display name "SMSOTP", as the API derives template type ids.
inline constexpr QStringView kSmsOtpTemplateTypeId = u"U01TT1RQ";

struct TemplateMapping
{
    QList<SmsTemplate> templates; // the default locale's first
    QList<Refusal> refusals; // nothing may be sent while this is not empty
    bool ok() const { return refusals.isEmpty(); }
};

// Each text as WSO2's template body: the text as sent (with the WebOTP line of webOtpDomain, tmpl::messageTemplate).
// WSO2 fills {{name}} only when written without spaces (its pattern \{\{([a-zA-Z0-9\-\.]+?)\}\}): a spaced
// placeholder, which the console reads, is refused with the reason.
TemplateMapping mapSmsTemplates(const tmpl::SmsTexts& texts, const QString& webOtpDomain);

// Below /api/server/v1: the org templates of the SMS OTP type, and one locale's.
QString smsTemplatesPath();
QString smsTemplatePath(const QString& locale);
// PUT {"body"} to the locale's path when the server has the template, else POST {"body", "locale"} to the list.
ApiRequest smsTemplateRequest(const SmsTemplate& smsTemplate, bool exists);
// The locales of GET .../org-templates ([{"locale", "self"}...]), and one template of GET .../org-templates/{locale}.
QStringList templateLocalesFromJson(const QByteArray& body);
std::optional<SmsTemplate> templateFromJson(const QByteArray& body, const QString& locale);

// One row per locale (section "templates", field the locale): the console's body against the server's. A locale
// only the server has is listed as Unknown with an empty console side: a push leaves it on the server.
QList<DiffRow> diffTemplates(const QList<SmsTemplate>& console, const QList<SmsTemplate>& server);

// The server's templates taken into the console's texts: each locale the server has replaces the console's text of
// that locale; the console's other locales and its default stay. The WebOTP line of webOtpDomain is taken off (the
// console adds it again), {{otpToken}} becomes {{confirmation-code}} (both are the code in WSO2), and a template with
// a placeholder the console does not fill is left out and named in problems.
struct TakenTexts
{
    tmpl::SmsTexts texts;
    QStringList taken; // the locales that came from the server
    QStringList problems;
};
TakenTexts takeSmsTexts(const QList<SmsTemplate>& server, const tmpl::SmsTexts& current, const QString& webOtpDomain);

// planTemplates with the texts and the WebOTP domain the settings hold (what every front end pushes).
storage::DbError planSavedTemplates(
    PushPlan& plan, storage::Database& database, const std::optional<PullResult>& lastPull = std::nullopt);

} // namespace smsotp::wso2
