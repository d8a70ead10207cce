#include "ProviderKind.h"

#include <QCoreApplication>

namespace smsotp::providers {

QLatin1StringView providerKindName(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Twilio:
        return QLatin1StringView("twilio");
    case ProviderKind::Vonage:
        return QLatin1StringView("vonage");
    case ProviderKind::Custom:
        return QLatin1StringView("custom");
    case ProviderKind::Sandbox:
        return QLatin1StringView("sandbox");
    }
    Q_UNREACHABLE();
}

std::optional<ProviderKind> providerKindFromName(QStringView name)
{
    for (const ProviderKind kind :
        { ProviderKind::Twilio, ProviderKind::Vonage, ProviderKind::Custom, ProviderKind::Sandbox }) {
        if (name == providerKindName(kind))
            return kind;
    }
    return std::nullopt;
}

QString providerDisplayName(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Twilio:
        return QCoreApplication::translate("smsotp::providers::ProviderKind", "Twilio");
    case ProviderKind::Vonage:
        return QCoreApplication::translate("smsotp::providers::ProviderKind", "Vonage");
    case ProviderKind::Custom:
        return QCoreApplication::translate("smsotp::providers::ProviderKind", "Custom HTTP provider");
    case ProviderKind::Sandbox:
        return QCoreApplication::translate("smsotp::providers::ProviderKind", "Sandbox (built-in test gateway)");
    }
    Q_UNREACHABLE();
}

} // namespace smsotp::providers
