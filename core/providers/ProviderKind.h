#pragma once
// Which SMS provider a configuration is for, with the stable names the database and the CLI use.

#include <QLatin1StringView>
#include <QString>
#include <QStringView>
#include <optional>

namespace smsotp::providers {

enum class ProviderKind
{
    Twilio,
    Vonage,
    Custom, // any HTTP endpoint, as WSO2's custom provider
    Sandbox, // the console's own loopback gateway: a custom provider the console configures itself
};

// "twilio", "vonage", "custom", "sandbox": stored in the database and typed on the command line; never translated.
QLatin1StringView providerKindName(ProviderKind kind);
std::optional<ProviderKind> providerKindFromName(QStringView name);

// "Twilio", "Vonage", "Custom HTTP provider", "Sandbox (built-in test gateway)": for people.
QString providerDisplayName(ProviderKind kind);

} // namespace smsotp::providers
