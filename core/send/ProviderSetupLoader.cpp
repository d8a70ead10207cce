#include "ProviderSetupLoader.h"

#include "sandbox/SandboxProvider.h"
#include "template/HeaderList.h"

#include <QCoreApplication>
#include <QTimer>

namespace smsotp::send {

namespace keys = storage::secretkeys;
using providers::ProviderKind;

QString SetupResult::message() const
{
    if (!error.isError())
        return {};
    if (interrupted)
        return interruptedSecretMessage(failedKey);
    if (error.kind == storage::SecretErrorKind::NotFound) {
        return QCoreApplication::translate("smsotp::send",
            "The secret “%1” is not in the keychain. Enter it on the SMS "
            "Provider page and save.")
            .arg(failedKey);
    }
    return error.message();
}

QString interruptedSecretMessage(const QString& key)
{
    return QCoreApplication::translate("smsotp::send",
        "Saving the secret “%1” did not finish, so the keychain may hold an older value that does not belong "
        "with these settings. Enter it again on the SMS Provider page and save.")
        .arg(key);
}

QStringList secretKeysFor(ProviderKind kind, const storage::ProviderSettings& settings)
{
    switch (kind) {
    case ProviderKind::Twilio:
        return { keys::twilioAuthToken() };
    case ProviderKind::Vonage:
        return { keys::vonageApiSecret() };
    case ProviderKind::Custom: {
        QStringList wanted;
        for (const tmpl::HeaderField& field : tmpl::parseHeaderList(settings.custom.config.headers).fields())
            wanted.append(keys::customHeader(field.name));
        for (const QString& name : settings.custom.namedSecrets)
            wanted.append(keys::customNamedSecret(name));
        if (settings.custom.config.auth.kind != providers::custom::AuthKind::None)
            wanted.append(keys::customAuthSecret());
        return wanted;
    }
    case ProviderKind::Sandbox:
        return {};
    }
    return {};
}

void loadProviderSetup(ProviderKind kind, const storage::ProviderSettings& settings, storage::SecretStore& secrets,
    const QUrl& sandboxEndpoint, std::function<void(const SetupResult&)> done)
{
    const QStringList wanted = secretKeysFor(kind, settings);
    for (const QString& key : wanted) {
        if (!settings.interruptedSecrets.contains(key))
            continue;
        SetupResult result;
        result.failedKey = key;
        result.interrupted = true;
        result.error
            = { storage::SecretErrorKind::NotFound, QStringLiteral("the save of %1 was interrupted").arg(key) };
        QTimer::singleShot(0, &secrets, [done = std::move(done), result] { done(result); });
        return;
    }
    secrets.readMany(wanted,
        [kind, settings, sandboxEndpoint, done = std::move(done)](
            const QMap<QString, QString>& values, const QString& failedKey, const storage::SecretError& error) {
            SetupResult result;
            if (error.isError()) {
                result.failedKey = failedKey;
                result.error = error;
                done(result);
                return;
            }
            switch (kind) {
            case ProviderKind::Twilio:
                result.setup = providers::TwilioSetup { settings.twilio, { values.value(keys::twilioAuthToken()) } };
                break;
            case ProviderKind::Vonage:
                result.setup = providers::VonageSetup { settings.vonage, { values.value(keys::vonageApiSecret()) } };
                break;
            case ProviderKind::Custom: {
                providers::custom::Secrets s;
                for (const tmpl::HeaderField& field : tmpl::parseHeaderList(settings.custom.config.headers).fields())
                    s.headerValues.insert(field.name, values.value(keys::customHeader(field.name)));
                for (const QString& name : settings.custom.namedSecrets)
                    s.named.insert(name, values.value(keys::customNamedSecret(name)));
                s.authSecret = values.value(keys::customAuthSecret());
                result.setup = providers::CustomSetup { settings.custom.config, s };
                break;
            }
            case ProviderKind::Sandbox:
                result.setup = providers::CustomSetup { sandbox::sandboxConfig(sandboxEndpoint), {} };
                break;
            }
            done(result);
        });
}

} // namespace smsotp::send
