#include "ConsoleContext.h"
#include "ProviderWizard.h"
#include "editors/CustomEditor.h"
#include "editors/VendorEditor.h"
#include "sandbox/SandboxGateway.h"
#include "sandbox/SandboxProvider.h"
#include "template/HeaderList.h"
#include "widgets/SecretField.h"

#include <QLineEdit>

// The setup the wizard's form describes, for the test send before anything is saved.
namespace smsotp::ui {

using providers::ProviderKind;
namespace keys = storage::secretkeys;

void ProviderWizard::buildDraftSetup(std::function<void(std::optional<providers::ProviderSetup>, const QString&)> done)
{
    const ProviderKind kind = chosenKind();
    QStringList wanted; // stored secrets the form shows as •••
    if (VendorEditor* editor = vendorEditor(); editor && !editor->secretField()->hasNewValue())
        wanted.append(kind == ProviderKind::Twilio ? keys::twilioAuthToken() : keys::vonageApiSecret());
    const storage::CustomProviderSettings custom = m_custom->settings();
    const QList<tmpl::HeaderField> headers = tmpl::parseHeaderList(custom.config.headers).fields();
    QMap<QString, QString> typed; // keychain key -> value typed in the form
    if (kind == ProviderKind::Custom) {
        for (const tmpl::HeaderField& field : headers) {
            if (field.value == secretMask())
                wanted.append(keys::customHeader(field.name));
            else
                typed.insert(keys::customHeader(field.name), field.value);
        }
        for (const CustomEditor::NamedSecretRow& row : m_custom->namedSecretRows()) {
            const QString key = keys::customNamedSecret(row.name->text().trimmed());
            if (row.value->hasNewValue())
                typed.insert(key, row.value->newValue());
            else
                wanted.append(key);
        }
        if (custom.config.auth.kind != providers::custom::AuthKind::None) {
            if (m_custom->authSecretField()->hasNewValue())
                typed.insert(keys::customAuthSecret(), m_custom->authSecretField()->newValue());
            else
                wanted.append(keys::customAuthSecret());
        }
    }
    const VendorFields twilio = m_twilio->fields();
    const VendorFields vonage = m_vonage->fields();
    const QString twilioToken = m_twilio->secretField()->newValue();
    const QString vonageSecret = m_vonage->secretField()->newValue();
    const QUrl sandboxUrl = m_context.sandbox.endpoint();
    m_context.secrets.readMany(wanted,
        [kind, typed, headers, custom, twilio, vonage, twilioToken, vonageSecret, sandboxUrl, done = std::move(done)](
            const QMap<QString, QString>& read, const QString& failedKey, const storage::SecretError& error) {
            if (error.isError()) {
                done(std::nullopt,
                    error.kind == storage::SecretErrorKind::NotFound
                        ? tr("The stored secret “%1” is not in the keychain any more: type it again.").arg(failedKey)
                        : error.message());
                return;
            }
            QMap<QString, QString> values = read;
            values.insert(typed);
            switch (kind) {
            case ProviderKind::Twilio:
                done(providers::TwilioSetup { twilioConfig(twilio),
                         { twilioToken.isEmpty() ? values.value(keys::twilioAuthToken()) : twilioToken } },
                    {});
                return;
            case ProviderKind::Vonage:
                done(providers::VonageSetup { vonageConfig(vonage),
                         { vonageSecret.isEmpty() ? values.value(keys::vonageApiSecret()) : vonageSecret } },
                    {});
                return;
            case ProviderKind::Custom: {
                providers::custom::Secrets secrets;
                for (const tmpl::HeaderField& field : headers)
                    secrets.headerValues.insert(field.name, values.value(keys::customHeader(field.name)));
                for (const QString& name : custom.namedSecrets)
                    secrets.named.insert(name, values.value(keys::customNamedSecret(name)));
                secrets.authSecret = values.value(keys::customAuthSecret());
                providers::custom::Config config = custom.config;
                config.headers = storage::ProviderRepository::headerNamesOnly(config.headers);
                done(providers::CustomSetup { config, secrets }, {});
                return;
            }
            case ProviderKind::Sandbox:
                if (sandboxUrl.isEmpty()) {
                    done(std::nullopt, tr("The sandbox gateway is not running."));
                    return;
                }
                done(providers::CustomSetup { sandbox::sandboxConfig(sandboxUrl), {} }, {});
                return;
            }
        });
}

} // namespace smsotp::ui
