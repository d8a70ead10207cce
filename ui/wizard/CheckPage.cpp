#include "WizardPages.h"
#include "editors/VendorEditor.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace smsotp::ui {

CheckStep::CheckStep(ProviderWizard& wizard)
    : WizardStep(wizard, ProviderWizard::CheckPage, QStringLiteral("wizardCheckPage"))
    , m_intro(wrappedLabel(QString(), this))
    , m_skip(new QCheckBox(tr("&Skip the check: the test send will prove the setup"), this))
{
    setTitle(tr("Check the credentials"));
    setExplanation(
        tr("Asks the provider whether the credentials work, without sending an SMS and without saving anything."));
    m_intro->setObjectName(QStringLiteral("wizardCheckIntro"));
    m_skip->setObjectName(QStringLiteral("wizardSkipCheckBox"));
    QVBoxLayout* layout = body();
    layout->addWidget(m_intro);
    auto* slot = new QVBoxLayout;
    layout->addLayout(slot);
    m_wizard.addEditorSlot(ProviderWizard::CheckPage, slot);
    layout->addWidget(m_skip);
    layout->addStretch();
    connect(m_skip, &QCheckBox::toggled, this, &WizardStep::changed);
    connect(&m_wizard, &ProviderWizard::editorChanged, this, &WizardStep::changed);
}

void CheckStep::initializePage()
{
    VendorEditor* editor = m_wizard.vendorEditor();
    m_skip->setVisible(!editor);
    m_skip->setChecked(false);
    if (!editor) {
        m_intro->setText(tr("A custom gateway offers no standard way to test credentials without sending. Skip "
                            "this check; the test send on a later page proves the setup."));
        return;
    }
    m_intro->setText(tr("%1 is asked with the %2 %3 at %4.")
                         .arg(providers::providerDisplayName(m_wizard.chosenKind()), editor->spec().idLabel,
                             editor->fields().id, editor->fields().apiBase.toString()));
    // The check starts by itself; Check credentials runs it again.
    if (!editor->checkPassed() && !editor->isCheckRunning())
        Q_EMIT editor->checkRequested();
}

bool CheckStep::isComplete() const
{
    VendorEditor* editor = m_wizard.vendorEditor();
    return editor ? editor->checkPassed() && !editor->isCheckRunning() : m_skip->isChecked();
}

} // namespace smsotp::ui
