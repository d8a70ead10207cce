#include "ConsoleContext.h"
#include "WizardPages.h"
#include "editors/CustomEditor.h"
#include "editors/VendorEditor.h"
#include "storage/SettingsRepository.h"
#include "widgets/FieldMessage.h"
#include "widgets/SecretField.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace smsotp::ui {

using providers::ProviderKind;
namespace keys = storage::secretkeys;

CommitStep::CommitStep(ProviderWizard& wizard)
    : WizardStep(wizard, ProviderWizard::CommitPage, QStringLiteral("wizardCommitPage"))
    , m_message(new FieldMessage(this))
    , m_saved(wrappedLabel(QString(), this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_progress(new QProgressBar(this))
{
    setTitle(tr("Saving"));
    setExplanation(tr("Stores the setup, then makes the provider active."));
    m_progress->setObjectName(QStringLiteral("wizardCommitProgress"));
    m_progress->setAccessibleName(tr("Saving"));
    m_progress->setRange(0, 0);
    m_message->setObjectName(QStringLiteral("wizardCommitMessage"));
    m_saved->setObjectName(QStringLiteral("wizardSavedLabel"));
    m_saved->setAccessibleName(tr("What was saved"));
    m_saved->setTextFormat(Qt::PlainText);
    m_saved->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("wizardCommitRetryButton"));
    m_retry->setAccessibleName(tr("Try storing the secrets again"));
    m_retry->setVisible(false);
    QVBoxLayout* layout = body();
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(m_saved);
    layout->addWidget(m_retry, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_retry->setVisible(false);
        runQueue();
    });
}

void CommitStep::initializePage()
{
    if (m_committing || m_committed)
        return;
    m_committing = true;
    m_queue = secretWrites();
    runQueue();
}

QList<storage::SecretChange> CommitStep::secretWrites() const
{
    QList<storage::SecretChange> writes;
    switch (m_wizard.chosenKind()) {
    case ProviderKind::Twilio:
    case ProviderKind::Vonage:
        if (VendorEditor* editor = m_wizard.vendorEditor(); editor->secretField()->hasNewValue()) {
            const QString key
                = m_wizard.chosenKind() == ProviderKind::Twilio ? keys::twilioAuthToken() : keys::vonageApiSecret();
            writes.append(storage::SecretChange::write(key, editor->secretField()->newValue()));
        }
        break;
    case ProviderKind::Custom:
        writes += storage::customSecretChanges(m_wizard.custom()->secretsForm(), m_wizard.storedSecrets().values());
        break;
    case ProviderKind::Sandbox:
        break;
    }
    return writes;
}

void CommitStep::runQueue()
{
    // Before anything is written (and again on Retry): the secrets about to change are marked as unfinished.
    if (const storage::DbError error = m_wizard.repository().markSecretsPending(storage::SecretChange::keysOf(m_queue));
        error.isError()) {
        m_message->setMessage(
            FieldMessage::Kind::Error, tr("Not saved: %1 %2").arg(error.title() + QLatin1Char('.'), error.message()));
        m_message->setToolTip(error.detail);
        m_retry->setVisible(true);
        return;
    }
    m_progress->setVisible(true);
    if (m_queue.isEmpty()) {
        finish();
        return;
    }
    m_message->setMessage(FieldMessage::Kind::Hint, tr("Waiting for the keychain…"));
    const auto applied = [this](const storage::SecretChange& change) {
        m_queue.removeFirst();
        if (change.isRemoval()) {
            m_wizard.storedSecrets().remove(change.key);
            m_secretsWritten.append(tr("removed %1").arg(change.key));
        } else {
            m_wizard.storedSecrets().insert(change.key);
            m_secretsWritten.append(change.key);
        }
        m_wizard.repository().setSecretStored(change.key, !change.isRemoval());
    };
    m_wizard.context().secrets.applyChanges(m_queue, this, applied, [this](const storage::SecretChangesResult& result) {
        if (result.ok()) {
            finish();
            return;
        }
        // Nothing else is written yet, and the form keeps every typed value: Retry goes on from here.
        m_progress->setVisible(false);
        m_message->setMessage(FieldMessage::Kind::Error,
            tr("The provider is not saved yet: the keychain did not confirm the secrets. %1")
                .arg(result.error.message()));
        m_message->setToolTip(result.error.detail);
        m_retry->setVisible(true);
    });
}

void CommitStep::finish()
{
    const ProviderKind kind = m_wizard.chosenKind();
    storage::ProviderRepository& repository = m_wizard.repository();
    storage::DbError error;
    if (kind == ProviderKind::Twilio)
        error = repository.saveTwilio(twilioConfig(m_wizard.twilio()->fields()));
    else if (kind == ProviderKind::Vonage)
        error = repository.saveVonage(vonageConfig(m_wizard.vonage()->fields()));
    else if (kind == ProviderKind::Custom)
        error = repository.saveCustom(m_wizard.custom()->settings());
    const std::optional<otp::OtpPolicy> policy = m_wizard.draftPolicy();
    const bool policyChanged = policy && *policy != m_wizard.savedPolicy();
    if (!error.isError() && policyChanged)
        error = storage::SettingsRepository(m_wizard.context().database).savePolicy(*policy);
    if (!error.isError())
        error = repository.setActive(kind);
    m_progress->setVisible(false);
    if (error.isError()) {
        m_message->setMessage(
            FieldMessage::Kind::Error, tr("Not saved: %1 %2").arg(error.title() + QLatin1Char('.'), error.message()));
        m_message->setToolTip(error.detail);
        m_retry->setVisible(true);
        return;
    }
    if (policyChanged)
        m_wizard.setSavedPolicy(*policy);
    m_committing = false;
    m_committed = true;
    setTitle(tr("Saved"));
    m_message->setMessage(FieldMessage::Kind::Ok,
        tr("Saved: %1 is set up and is the active provider.").arg(providers::providerDisplayName(kind)));
    m_message->setToolTip(QString());
    m_saved->setText(savedLines(kind, policyChanged).join(QLatin1Char('\n')));
    changed();
    m_wizard.markCommitted(kind);
}

QStringList CommitStep::savedLines(ProviderKind kind, bool policySaved) const
{
    QStringList lines;
    if (VendorEditor* editor = m_wizard.vendorEditor()) {
        const VendorFields f = editor->fields();
        lines.append(tr("In the database: the %1 settings (%2 %3, sender %4, API base URL %5).")
                         .arg(providers::providerDisplayName(kind), editor->spec().idLabel, f.id, f.sender,
                             f.apiBase.toString()));
    } else if (kind == ProviderKind::Custom) {
        lines.append(tr("In the database: the custom provider's URL %1, its body and its header names.")
                         .arg(m_wizard.custom()->settings().config.url));
    }
    if (policySaved) {
        const otp::OtpPolicy policy = m_wizard.savedPolicy();
        lines.append(tr("In the database: the OTP settings (%1 %2, valid %3 s).")
                         .arg(policy.length)
                         .arg(policy.numericOnly ? tr("digits") : tr("letters and digits"))
                         .arg(policy.expirySeconds));
    } else {
        lines.append(tr("The OTP settings were not changed."));
    }
    if (kind == ProviderKind::Sandbox)
        lines.append(tr("Nothing went to the keychain: the Sandbox has no secrets."));
    else if (m_secretsWritten.isEmpty())
        lines.append(tr("The keychain was not changed: the secrets stored before are kept."));
    else
        lines.append(tr("In the keychain: %1.").arg(m_secretsWritten.join(QStringLiteral(", "))));
    lines.append(tr("Active provider: %1.").arg(providers::providerDisplayName(kind)));
    return lines;
}

} // namespace smsotp::ui
