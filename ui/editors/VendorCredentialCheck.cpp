#include "VendorCredentialCheck.h"

#include "VendorEditor.h"
#include "providers/ProviderClient.h"
#include "storage/ProviderRepository.h"
#include "storage/SecretStore.h"
#include "widgets/SecretField.h"

namespace smsotp::ui {

using providers::ProviderKind;

VendorCredentialCheck::VendorCredentialCheck(VendorEditor* editor, ProviderKind kind, providers::ProviderClient& client,
    storage::SecretStore& secrets, QObject* parent)
    : QObject(parent)
    , m_editor(editor)
    , m_kind(kind)
    , m_client(client)
    , m_secrets(secrets)
{
    connect(editor, &VendorEditor::checkRequested, this, &VendorCredentialCheck::run);
    connect(editor, &VendorEditor::checkCancelled, this, &VendorCredentialCheck::cancel);
}

VendorCredentialCheck::~VendorCredentialCheck()
{
    // A cancelled request may answer at once: with no editor, that answer goes nowhere.
    m_editor = nullptr;
    cancel();
}

void VendorCredentialCheck::cancel()
{
    ++m_generation;
    if (m_checkId != 0)
        m_client.cancel(std::exchange(m_checkId, 0));
    else if (m_editor && m_editor->isCheckRunning())
        m_editor->showCheckResult(false, tr("Cancelled."), QString());
}

void VendorCredentialCheck::run()
{
    if (!m_editor || m_checkId != 0)
        return;
    // The typed values first: a bad Account SID or a missing token is named here, not by the provider or the
    // keychain.
    if (const QString problem = m_editor->credentialsProblem(); !problem.isEmpty()) {
        m_editor->showProblems();
        m_editor->showCheckResult(false, tr("Not checked. %1").arg(problem), QString());
        return;
    }
    m_editor->setCheckRunning(true);
    if (m_editor->secretField()->hasNewValue()) {
        check(m_editor->secretField()->newValue());
        return;
    }
    const QString key = m_kind == ProviderKind::Twilio ? storage::secretkeys::twilioAuthToken()
                                                       : storage::secretkeys::vonageApiSecret();
    QPointer<VendorCredentialCheck> self(this);
    const quint64 generation = ++m_generation;
    m_secrets.read(key, [self, generation](const storage::SecretResult& result) {
        if (!self || !self->m_editor || generation != self->m_generation)
            return;
        if (result.error.kind == storage::SecretErrorKind::NotFound) {
            self->m_editor->showCheckResult(false,
                tr("Not checked. %1: nothing is stored in the keychain; use Replace to type it.")
                    .arg(self->m_editor->spec().secretLabel),
                result.error.detail);
            return;
        }
        if (result.error.isError()) {
            self->m_editor->showCheckResult(false, result.error.message(), result.error.detail);
            return;
        }
        self->check(result.value);
    });
}

void VendorCredentialCheck::check(const QString& secret)
{
    const VendorFields fields = m_editor->fields();
    QPointer<VendorCredentialCheck> self(this);
    if (m_kind == ProviderKind::Twilio) {
        m_checkId = m_client.checkTwilio(
            twilioConfig(fields), { secret }, [self](const providers::twilio::AccountCheck& result) {
                if (!self)
                    return;
                self->m_checkId = 0;
                if (!self->m_editor)
                    return;
                self->m_editor->showCheckResult(result.ok, result.summary(), result.technicalDetail);
            });
    } else {
        m_checkId = m_client.checkVonage(
            vonageConfig(fields), { secret }, [self](const providers::vonage::BalanceCheck& result) {
                if (!self)
                    return;
                self->m_checkId = 0;
                if (!self->m_editor)
                    return;
                self->m_editor->showCheckResult(result.ok, result.summary(), result.technicalDetail);
            });
    }
}

} // namespace smsotp::ui
