#include "WizardPages.h"
#include "editors/CustomEditor.h"
#include "editors/VendorEditor.h"
#include "widgets/SecretField.h"

#include <QLabel>
#include <QVBoxLayout>

namespace smsotp::ui {

using providers::ProviderKind;

SummaryStep::SummaryStep(ProviderWizard& wizard)
    : WizardStep(wizard, ProviderWizard::SummaryPage, QStringLiteral("wizardSummaryPage"))
    , m_summary(wrappedLabel(QString(), this))
{
    setTitle(tr("Summary"));
    setExplanation(tr("What will be stored when you save; the provider becomes the active one."));
    m_summary->setObjectName(QStringLiteral("wizardSummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QVBoxLayout* layout = body();
    layout->addWidget(m_summary);
    layout->addStretch();
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Save and activate"));
}

void SummaryStep::initializePage()
{
    setExplanation(m_wizard.chosenKind() == ProviderKind::Sandbox
            ? tr("What will be stored in the database when you save; the Sandbox has no secrets, so nothing goes to "
                 "the keychain. The Sandbox becomes the active provider.")
            : tr("What will be stored when you save: secrets in the keychain, the rest in the database; the provider "
                 "becomes the active one."));
    m_summary->setText(summaryText());
}

QString SummaryStep::summaryText() const
{
    const ProviderKind kind = m_wizard.chosenKind();
    QStringList lines;
    lines.append(tr("Provider: %1").arg(providers::providerDisplayName(kind)));
    if (VendorEditor* editor = m_wizard.vendorEditor()) {
        const VendorFields f = editor->fields();
        lines.append(tr("%1: %2").arg(editor->spec().idLabel, f.id));
        lines.append(tr("%1: %2").arg(editor->spec().secretLabel,
            editor->secretField()->hasNewValue() ? tr("••• (new, goes to the keychain)")
                                                 : tr("••• (kept in the keychain)")));
        lines.append(tr("Sender: %1").arg(f.sender));
        lines.append(tr("API base URL: %1").arg(f.apiBase.toString()));
    } else if (kind == ProviderKind::Custom) {
        const storage::CustomProviderSettings s = m_wizard.custom()->settings();
        lines.append(tr("Provider URL: %1").arg(s.config.url));
        lines.append(tr("Request: %1, body %2")
                         .arg(QString::fromLatin1(providers::httpMethodName(s.config.method)),
                             tmpl::payloadFormatName(s.config.format)));
        lines.append(tr("Headers: %1").arg(storage::ProviderRepository::headerNamesOnly(s.config.headers)));
        if (s.config.auth.kind != providers::custom::AuthKind::None) {
            lines.append(
                tr("Authentication: %1, %2")
                    .arg(providers::custom::authKindName(s.config.auth.kind),
                        m_wizard.custom()->authSecretField()->hasNewValue() ? tr("••• (new, goes to the keychain)")
                                                                            : tr("••• (kept in the keychain)")));
        }
        if (!s.namedSecrets.isEmpty())
            lines.append(tr("Named secrets: %1").arg(s.namedSecrets.join(QStringLiteral(", "))));
    } else {
        lines.append(tr("Account and secrets: none (the built-in gateway on this computer)"));
    }
    if (const std::optional<otp::OtpPolicy> policy = m_wizard.draftPolicy()) {
        lines.append(tr("Codes: %1 %2, valid %3 s%4")
                         .arg(policy->length)
                         .arg(policy->numericOnly ? tr("digits") : tr("letters and digits"))
                         .arg(policy->expirySeconds)
                         .arg(*policy == m_wizard.savedPolicy() ? tr(" (unchanged)") : QString()));
    }
    lines.append(tr("Test: a code sent to %1 was verified.").arg(m_wizard.session().number()));
    return lines.join(QLatin1Char('\n'));
}

} // namespace smsotp::ui
