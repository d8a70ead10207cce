#include "WizardPages.h"
#include "editors/VendorEditor.h"

#include <QVBoxLayout>

namespace smsotp::ui {

SenderStep::SenderStep(ProviderWizard& wizard)
    : WizardStep(wizard, ProviderWizard::SenderPage, QStringLiteral("wizardSenderPage"))
{
    setTitle(tr("Sender"));
    setExplanation(tr("Who the SMS comes from. Twilio takes one of your Twilio numbers with SMS capability "
                      "(+14155550100) or a Messaging Service SID (MG…); Vonage takes a Vonage number or, where the "
                      "country allows, a sender ID of up to 11 letters and digits."));
    m_wizard.addEditorSlot(ProviderWizard::SenderPage, body());
    connect(&m_wizard, &ProviderWizard::editorChanged, this, &WizardStep::changed);
}

bool SenderStep::isComplete() const
{
    VendorEditor* editor = m_wizard.vendorEditor();
    return editor && editor->senderProblem().isEmpty();
}

} // namespace smsotp::ui
