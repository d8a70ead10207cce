#include "Wso2Templates.h"

#include "storage/SettingsRepository.h"
#include "template/OriginBoundCode.h"
#include "template/PlaceholderToken.h"
#include "template/SmsText.h"
#include "template/SmsTextCheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace smsotp::wso2 {

using providers::HttpMethod;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("smsotp::wso2::Templates", text);
}

// The names written with spaces inside the braces, which WSO2 leaves in the message as they are.
QStringList spacedPlaceholders(QStringView text)
{
    QStringList names;
    for (qsizetype i = text.indexOf(u"{{"); i >= 0; i = text.indexOf(u"{{", i + 1)) {
        const tmpl::PlaceholderToken token = tmpl::PlaceholderToken::readAt(text, i);
        if (token.shape == tmpl::PlaceholderToken::Shape::Placeholder && token.spaced && !names.contains(token.name))
            names.append(token.name);
    }
    return names;
}

} // namespace

TemplateMapping mapSmsTemplates(const tmpl::SmsTexts& texts, const QString& webOtpDomain)
{
    TemplateMapping mapping;
    for (const tmpl::LocalizedSmsText& text : texts.texts) {
        for (const QString& name : spacedPlaceholders(text.text)) {
            mapping.refusals.append({ RefusalKind::SpacedTemplatePlaceholder, text.locale,
                tr("The %1 SMS text writes {{ %2 }} with spaces: WSO2 fills only {{%2}} and would send the rest "
                   "as written. Remove the spaces.")
                    .arg(text.locale, name) });
        }
        mapping.templates.append({ text.locale, tmpl::messageTemplate(text.text, webOtpDomain) });
    }
    return mapping;
}

QString smsTemplatesPath()
{
    return QStringLiteral("/notification/sms/template-types/%1/org-templates").arg(kSmsOtpTemplateTypeId);
}

QString smsTemplatePath(const QString& locale)
{
    return smsTemplatesPath() + QLatin1Char('/') + locale;
}

ApiRequest smsTemplateRequest(const SmsTemplate& smsTemplate, bool exists)
{
    QJsonObject body { { QStringLiteral("body"), smsTemplate.body } };
    if (!exists)
        body.insert(QStringLiteral("locale"), smsTemplate.locale);
    return ApiRequest { exists ? HttpMethod::Put : HttpMethod::Post,
        exists ? smsTemplatePath(smsTemplate.locale) : smsTemplatesPath(),
        QJsonDocument(body).toJson(QJsonDocument::Compact) };
}

QStringList templateLocalesFromJson(const QByteArray& body)
{
    QStringList locales;
    for (const QJsonValue& v : QJsonDocument::fromJson(body).array()) {
        const QString locale = v.toObject().value(u"locale").toString();
        if (!locale.isEmpty() && !locales.contains(locale))
            locales.append(locale);
    }
    return locales;
}

std::optional<SmsTemplate> templateFromJson(const QByteArray& body, const QString& locale)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (!o.value(u"body").isString())
        return std::nullopt;
    return SmsTemplate { o.value(u"locale").toString(locale), o.value(u"body").toString() };
}

QList<DiffRow> diffTemplates(const QList<SmsTemplate>& console, const QList<SmsTemplate>& server)
{
    QList<DiffRow> rows;
    const auto find = [](const QList<SmsTemplate>& list, const QString& locale) -> const SmsTemplate* {
        for (const SmsTemplate& t : list) {
            if (t.locale == locale)
                return &t;
        }
        return nullptr;
    };
    for (const SmsTemplate& mine : console) {
        const SmsTemplate* theirs = find(server, mine.locale);
        DiffRow row;
        row.section = QStringLiteral("templates");
        row.field = mine.locale;
        row.consoleValue = mine.body;
        row.serverValue = theirs ? theirs->body : QString();
        row.comparison = theirs && theirs->body == mine.body ? Comparison::Equal : Comparison::Different;
        rows.append(row);
    }
    for (const SmsTemplate& theirs : server) {
        if (find(console, theirs.locale))
            continue;
        DiffRow row;
        row.section = QStringLiteral("templates");
        row.field = theirs.locale;
        row.serverValue = theirs.body;
        row.comparison = Comparison::Unknown; // the console has no text for it; a push leaves it alone
        rows.append(row);
    }
    return rows;
}

TakenTexts takeSmsTexts(const QList<SmsTemplate>& server, const tmpl::SmsTexts& current, const QString& webOtpDomain)
{
    TakenTexts taken;
    taken.texts = current;
    const QString webOtpLine
        = webOtpDomain.isEmpty() ? QString() : QStringLiteral("\n\n") + tmpl::originBoundLine(webOtpDomain);
    for (const SmsTemplate& t : server) {
        const tmpl::SmsLocaleName locale = tmpl::parseSmsLocale(t.locale);
        if (!locale.ok()) {
            taken.problems.append(tr("The template of %1 was not taken: %2").arg(t.locale, locale.error));
            continue;
        }
        QString text = t.body;
        text.replace(QStringLiteral("{{otpToken}}"), QStringLiteral("{{confirmation-code}}"));
        if (!webOtpLine.isEmpty() && text.endsWith(webOtpLine))
            text.chop(webOtpLine.size());
        const QList<tmpl::SmsTextError> errors = tmpl::SmsText(text).check();
        if (!errors.isEmpty()) {
            taken.problems.append(tr("The template of %1 was not taken: %2").arg(locale.name, errors.first().message));
            continue;
        }
        bool replaced = false;
        for (tmpl::LocalizedSmsText& mine : taken.texts.texts) {
            if (mine.locale == locale.name) {
                mine.text = text;
                replaced = true;
            }
        }
        if (!replaced)
            taken.texts.texts.append({ locale.name, text });
        taken.taken.append(locale.name);
    }
    return taken;
}

storage::DbError planSavedTemplates(
    PushPlan& plan, storage::Database& database, const std::optional<PullResult>& lastPull)
{
    const storage::SettingsRepository settings(database);
    const storage::SettingsRepository::SmsTextsResult texts = settings.smsTexts();
    const storage::SettingsRepository::ValueResult domain
        = settings.value(storage::SettingsRepository::webOtpDomainKey());
    if (texts.error.isError() || domain.error.isError())
        return texts.error.isError() ? texts.error : domain.error;
    planTemplates(plan, texts.texts, domain.value.value_or(QString()), lastPull);
    return {};
}

} // namespace smsotp::wso2
