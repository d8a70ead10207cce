#include "WizardPages.h"
#include "widgets/OtpPolicyEditor.h"

#include <QVBoxLayout>

namespace smsotp::ui {

OtpStep::OtpStep(ProviderWizard& wizard)
    : WizardStep(wizard, ProviderWizard::OtpPage, QStringLiteral("wizardOtpPage"))
{
    setTitle(tr("OTP settings at a glance"));
    setExplanation(tr("How the codes look and how long they live; the defaults follow WSO2 Identity Server, and the "
                      "OTP Settings page has every other limit."));
}

void OtpStep::initializePage()
{
    if (m_editor)
        return;
    // Built on the first visit, with the saved settings. The fields that shape a code, in the OTP Settings page's
    // own editor.
    m_editor = new OtpPolicyEditor({ otp::PolicyField::ExpirySeconds, otp::PolicyField::NumericOnly,
                                       otp::PolicyField::Length, otp::PolicyField::ExcludeLookalikes },
        this);
    m_editor->setObjectName(QStringLiteral("wizardOtpEditor"));
    m_editor->setPolicy(m_wizard.savedPolicy());
    QVBoxLayout* box = body();
    box->addWidget(m_editor);
    box->addStretch();
    connect(m_editor, &OtpPolicyEditor::changed, this, &WizardStep::changed);
}

std::optional<otp::OtpPolicy> OtpStep::policy() const
{
    // Not visited yet: the saved settings, unchanged.
    return m_editor ? m_editor->policy() : std::optional(m_wizard.savedPolicy());
}

} // namespace smsotp::ui
