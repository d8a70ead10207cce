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
    QString explanation;
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

VendorCredentialsStep::VendorCredentialsStep(ProviderWizard& wizard, ProviderWizard::PageId id)
    : WizardStep(wizard, id, textsFor(id).name)
{
    const VendorTexts texts = textsFor(id);
    setTitle(texts.title);
    setExplanation(texts.explanation);
    m_wizard.addEditorSlot(id, body());
    connect(&m_wizard, &ProviderWizard::editorChanged, this, &WizardStep::changed);
}

void VendorCredentialsStep::initializePage()
{
    if (m_editor)
        return;
    // The editor is built on the first visit (the wizard places it on this page once it is shown).
    m_editor = m_id == ProviderWizard::TwilioCredentialsPage ? m_wizard.twilio() : m_wizard.vonage();
    const QString stem = textsFor(m_id).fieldStem;
    const QString prefix = m_editor->spec().prefix;
    // Required: the account id and the secret (a stored secret shows "•••", so it counts as filled).
    registerField(
        stem + QStringLiteral("Id*"), m_editor->findChild<QLineEdit*>(prefix + QStringLiteral("AccountIdEdit")));
    registerField(
        stem + QStringLiteral("Secret*"), m_editor->findChild<QLineEdit*>(prefix + QStringLiteral("SecretEdit")));
}

bool VendorCredentialsStep::isComplete() const
{
    // Asked of every page when an editor changes: a page not visited yet has no editor and is not complete.
    return m_editor && QWizardPage::isComplete() && m_editor->credentialsProblem().isEmpty();
}

CustomCredentialsStep::CustomCredentialsStep(ProviderWizard& wizard)
    : WizardStep(wizard, ProviderWizard::CustomCredentialsPage, QStringLiteral("wizardCustomPage"))
    , m_scroll(new QScrollArea(this))
{
    setTitle(tr("Custom provider"));
    setExplanation(tr("Describe the gateway as WSO2 Identity Server does; the gateway's documentation gives its URL, "
                      "body and headers. Header values go to the keychain only when you finish."));
    // The editor is taller than a small wizard: it scrolls, vertically only, rather than squeeze its hints.
    m_scroll->setObjectName(QStringLiteral("wizardCustomScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    body()->addWidget(m_scroll);
    connect(&m_wizard, &ProviderWizard::editorChanged, this, &WizardStep::changed);
}

void CustomCredentialsStep::initializePage()
{
    if (m_scroll->widget())
        return;
    // The editor is built on the first visit to this page.
    CustomEditor* editor = m_wizard.custom();
    m_scroll->setWidget(editor);
    editor->show();
    registerField(QStringLiteral("customUrl*"), editor->findChild<QLineEdit*>(QStringLiteral("customUrlEdit")));
}

bool CustomCredentialsStep::isComplete() const
{
    const auto* editor = qobject_cast<CustomEditor*>(m_scroll->widget());
    return editor && QWizardPage::isComplete() && editor->isComplete();
}

} // namespace smsotp::ui
