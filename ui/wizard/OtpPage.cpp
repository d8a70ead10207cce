#include "WizardPages.h"
#include "widgets/OtpPolicyEditor.h"

#include <QVBoxLayout>

namespace smsotp::ui {

OtpStep::OtpStep(ProviderWizard& wizard)
    : WizardStep(wizard, ProviderWizard::OtpPage, QStringLiteral("wizardOtpPage"))
    // The fields that shape a code, in the OTP Settings page's own editor.
    , m_editor(new OtpPolicyEditor({ otp::PolicyField::ExpirySeconds, otp::PolicyField::NumericOnly,
                                       otp::PolicyField::Length, otp::PolicyField::ExcludeLookalikes },
          this))
{
    setTitle(tr("OTP settings at a glance"));
    setSubTitle(tr("How the codes look and how long they live; the defaults follow WSO2 Identity Server, and the "
                   "OTP Settings page has every other limit."));
    m_editor->setObjectName(QStringLiteral("wizardOtpEditor"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_editor);
    layout->addStretch();
    connect(m_editor, &OtpPolicyEditor::changed, this, &WizardStep::changed);
}

void OtpStep::setPolicy(const otp::OtpPolicy& policy)
{
    m_editor->setPolicy(policy);
}

std::optional<otp::OtpPolicy> OtpStep::policy() const
{
    return m_editor->policy();
}

} // namespace smsotp::ui
