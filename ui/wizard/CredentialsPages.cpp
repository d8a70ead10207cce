#include "WizardPages.h"
#include "editors/CustomEditor.h"
#include "editors/VendorEditor.h"

#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace smsotp::ui {

namespace {

struct VendorTexts
{
    QString name;
    QString title;
    QString subtitle;
    QString fieldStem;
};

VendorTexts textsFor(ProviderWizard::PageId id)
{
    if (id == ProviderWizard::TwilioCredentialsPage) {
        return { QStringLiteral("wizardTwilioPage"), VendorCredentialsStep::tr("Twilio credentials"),
            VendorCredentialsStep::tr("Enter the Account SID and Auth Token shown on the dashboard of the Twilio "
                                      "Console (console.twilio.com); the token goes to the keychain only when you "
                                      "finish."),
            QStringLiteral("twilio") };
    }
    return { QStringLiteral("wizardVonagePage"), VendorCredentialsStep::tr("Vonage credentials"),
        VendorCredentialsStep::tr("Enter the API key and API secret shown on the Vonage API Dashboard "
                                  "(dashboard.nexmo.com); the secret goes to the keychain only when you finish."),
        QStringLiteral("vonage") };
}

} // namespace

VendorCredentialsStep::VendorCredentialsStep(ProviderWizard& wizard, ProviderWizard::PageId id, VendorEditor* editor)
    : WizardStep(wizard, id, textsFor(id).name)
    , m_editor(editor)
{
    const VendorTexts texts = textsFor(id);
    setTitle(texts.title);
    setSubTitle(texts.subtitle);
    auto* slot = new QVBoxLayout(this);
    slot->setContentsMargins(0, 0, 0, 0);
    m_wizard.addEditorSlot(id, slot);
    const QString prefix = editor->spec().prefix;
    // Required: the account id and the secret (a stored secret shows "•••", so it counts as filled).
    registerField(texts.fieldStem + QStringLiteral("Id*"),
        editor->findChild<QLineEdit*>(prefix + QStringLiteral("AccountIdEdit")));
    registerField(texts.fieldStem + QStringLiteral("Secret*"),
        editor->findChild<QLineEdit*>(prefix + QStringLiteral("SecretEdit")));
    connect(editor, &VendorEditor::changed, this, &WizardStep::changed);
}

bool VendorCredentialsStep::isComplete() const
{
    return QWizardPage::isComplete() && m_editor->credentialsProblem().isEmpty();
}

CustomCredentialsStep::CustomCredentialsStep(ProviderWizard& wizard)
    : WizardStep(wizard, ProviderWizard::CustomCredentialsPage, QStringLiteral("wizardCustomPage"))
{
    setTitle(tr("Custom provider"));
    setSubTitle(tr("Describe the gateway as WSO2 Identity Server does; the gateway's documentation gives its URL, "
                   "body and headers. Header values go to the keychain only when you finish."));
    CustomEditor* editor = m_wizard.custom();
    // The editor is taller than a small wizard: it scrolls, vertically only, rather than squeeze its hints.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("wizardCustomScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(editor);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    registerField(QStringLiteral("customUrl*"), editor->findChild<QLineEdit*>(QStringLiteral("customUrlEdit")));
    connect(editor, &CustomEditor::changed, this, &WizardStep::changed);
}

bool CustomCredentialsStep::isComplete() const
{
    return QWizardPage::isComplete() && m_wizard.custom()->isComplete();
}

} // namespace smsotp::ui
