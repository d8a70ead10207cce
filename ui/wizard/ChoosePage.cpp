#include "WizardPages.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace smsotp::ui {

using providers::ProviderKind;

ChooseStep::ChooseStep(ProviderWizard& wizard)
    : WizardStep(wizard, ProviderWizard::ChoosePage, QStringLiteral("wizardChoosePage"))
{
    setTitle(tr("Choose the provider"));
    setExplanation(tr("Pick the service that will deliver the one-time codes; the next pages collect what it needs."));
    QVBoxLayout* layout = body();
    const struct
    {
        ProviderKind kind;
        QString name;
        QString needs;
    } choices[] = {
        { ProviderKind::Twilio, QStringLiteral("wizardTwilioRadio"),
            tr("Needs the Account SID and Auth Token from the Twilio Console dashboard, and a Twilio phone number "
               "with SMS capability.") },
        { ProviderKind::Vonage, QStringLiteral("wizardVonageRadio"),
            tr("Needs the API key and API secret from the Vonage API Dashboard, and a Vonage number or a sender ID.") },
        { ProviderKind::Custom, QStringLiteral("wizardCustomRadio"),
            tr("Needs the gateway's URL, the body it expects ({{body}} and {{mobile}}) and any headers, as in WSO2 "
               "Identity Server.") },
        { ProviderKind::Sandbox, QStringLiteral("wizardSandboxRadio"),
            tr("Needs nothing: the console's own gateway on this computer. Codes never leave the machine; they "
               "appear in the Sandbox phone.") },
    };
    QButtonGroup* group = m_wizard.kindGroup();
    for (const auto& choice : choices) {
        auto* radio = new QRadioButton(providers::providerDisplayName(choice.kind), this);
        radio->setObjectName(choice.name);
        radio->setAccessibleDescription(choice.needs);
        group->addButton(radio, int(choice.kind));
        auto* needs = wrappedLabel(choice.needs, this);
        needs->setIndent(2 * fontMetrics().averageCharWidth() + radio->iconSize().width());
        layout->addWidget(radio);
        layout->addWidget(needs);
    }
    layout->addStretch();
    connect(group, &QButtonGroup::idToggled, this, &WizardStep::changed);
}

bool ChooseStep::isComplete() const
{
    return m_wizard.kindGroup()->checkedId() >= 0;
}

} // namespace smsotp::ui
