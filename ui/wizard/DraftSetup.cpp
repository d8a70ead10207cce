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
    QMap<QString, QString> typed; // keychain key -> value typed in the form
    // Only the chosen provider's editor is read: the others may never have been built.
    VendorFields vendor;
    QString vendorSecret;
    if (VendorEditor* editor = vendorEditor()) {
        vendor = editor->fields();
        vendorSecret = editor->secretField()->newValue();
        if (!editor->secretField()->hasNewValue())
            wanted.append(kind == ProviderKind::Twilio ? keys::twilioAuthToken() : keys::vonageApiSecret());
    }
    storage::CustomProviderSettings custom;
    QList<tmpl::HeaderField> headers;
    if (kind == ProviderKind::Custom) {
        CustomEditor* editor = this->custom();
        custom = editor->settings();
        headers = tmpl::parseHeaderList(custom.config.headers).fields();
        for (const tmpl::HeaderField& field : headers) {
            if (field.value == secretMask())
                wanted.append(keys::customHeader(field.name));
            else
                typed.insert(keys::customHeader(field.name), field.value);
        }
        for (const CustomEditor::NamedSecretRow& row : editor->namedSecretRows()) {
            const QString key = keys::customNamedSecret(row.name->text().trimmed());
            if (row.value->hasNewValue())
                typed.insert(key, row.value->newValue());
            else
                wanted.append(key);
        }
        if (custom.config.auth.kind != providers::custom::AuthKind::None) {
            if (editor->authSecretField()->hasNewValue())
                typed.insert(keys::customAuthSecret(), editor->authSecretField()->newValue());
            else
                wanted.append(keys::customAuthSecret());
        }
    }
    const QUrl sandboxUrl = kind == ProviderKind::Sandbox ? m_context.sandbox.endpoint() : QUrl();
    m_context.secrets.readMany(wanted,
        [kind, typed, headers, custom, vendor, vendorSecret, sandboxUrl, done = std::move(done)](
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
                done(providers::TwilioSetup { twilioConfig(vendor),
                         { vendorSecret.isEmpty() ? values.value(keys::twilioAuthToken()) : vendorSecret } },
                    {});
                return;
            case ProviderKind::Vonage:
                done(providers::VonageSetup { vonageConfig(vendor),
                         { vendorSecret.isEmpty() ? values.value(keys::vonageApiSecret()) : vendorSecret } },
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
