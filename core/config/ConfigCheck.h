#pragma once
// The checks of a configuration import, all of them before anything is written: the file's format and version,
// each setting with the limits of `settings set`, each provider's and server's fields; and what the import writes
// once everything checked out. Internal to core/config.

#include "ConfigExport.h"
#include "providers/ProviderKind.h"
#include "template/SmsLocale.h"
#include "wso2/ServerConfig.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace smsotp::config {

// What an import writes, once everything checked out.
struct Plan
{
    QList<QPair<QString, QString>> settings; // key, stored text
    std::optional<QString> defaultSmsText; // "sms.text" without "sms.texts": the default locale's text only
    std::optional<tmpl::SmsTexts> smsTexts; // "sms.texts": every text and the default locale, replacing them all
    QList<QPair<providers::ProviderKind, QByteArray>> providers; // kind, compact JSON as ProviderRepository stores it
    std::optional<providers::ProviderKind> active;
    QList<QPair<wso2::ServerConfig, std::optional<providers::CertificatePin>>> servers; // none: the pin stays as it is
};

struct CheckResult
{
    QList<ImportError> errors; // empty: plan is what to write
    Plan plan;
};
CheckResult checkConfig(const QByteArray& json);

// The settings key of the active provider.
QString activeProviderKey();
QString configTr(const char* text);

} // namespace smsotp::config
