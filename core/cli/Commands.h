#pragma once
// The command families of smsotp, one file each; Cli lists them in this order.

#include "Command.h"
#include "Context.h"
#include "providers/DeliveryStatus.h"
#include "providers/ProviderKind.h"

#include <memory>
#include <vector>

namespace smsotp::cli {

class Context;

std::unique_ptr<Command> makeSettingsCommand(Context& context);
std::unique_ptr<Command> makeSmsTextCommand(Context& context);
std::unique_ptr<Command> makeProviderCommand(Context& context);
std::unique_ptr<Command> makePreviewCommand(Context& context);
std::unique_ptr<Command> makeSendTestCommand(Context& context);
std::unique_ptr<Command> makeDeliveryCommand(Context& context);
std::unique_ptr<Command> makeHistoryCommand(Context& context);
std::unique_ptr<Command> makeBackupCodesCommand(Context& context);
std::unique_ptr<Command> makeConfigCommand(Context& context);
std::unique_ptr<Command> makeServerCommand(Context& context);
// `completion bash|zsh`: the shell completion of every command in commands.
std::unique_ptr<Command> makeCompletionCommand(Context& context, const std::vector<std::unique_ptr<Command>>& commands);

// The keys of `settings set`: the OTP settings, sms.text and the backup-code settings.
QStringList settingKeys();
// The provider names commands take.
QStringList providerNames();
// A provider named on the command line (none: not named), or the usage error's exit code.
OrExit<std::optional<providers::ProviderKind>> readProviderName(
    Context& context, const std::optional<QString>& name, const QString& command);
// "Twilio is not configured: use “provider set twilio”."
QString notConfigured(providers::ProviderKind kind);
// The number and code a preview or a build check uses when none is given: a valid UK mobile, so every provider
// builds a request.
inline QString sampleNumber()
{
    return QStringLiteral("+447400123456");
}
inline QString sampleCode()
{
    return QStringLiteral("123456");
}
// "Delivery: delivered", "Delivery: undelivered (30003: ...)": send-test's and delivery's line.
QString deliveryLine(const providers::DeliveryStatus& status);
// The completion scripts built from the declarations.
QString bashCompletion(const std::vector<std::unique_ptr<Command>>& commands);
QString zshCompletion(const std::vector<std::unique_ptr<Command>>& commands);

} // namespace smsotp::cli
