#include "ProviderWizard.h"

#include "ConsoleContext.h"
#include "WizardPages.h"
#include "editors/CustomEditor.h"
#include "editors/VendorCredentialCheck.h"
#include "editors/VendorEditor.h"
#include "sandbox/SandboxGateway.h"
#include "storage/SettingsRepository.h"
#include "widgets/SecretField.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace smsotp::ui {

using providers::ProviderKind;
namespace keys = storage::secretkeys;

ProviderWizard::ProviderWizard(ConsoleContext& context, QWidget* parent)
    : QWizard(parent)
    , m_context(context)
    , m_repository(context.database)
    , m_session({ context.database, context.secrets, context.client, context.engine,
                    [&sandbox = context.sandbox] { return sandbox.endpoint(); } },
          this)
    , m_kindGroup(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("providerWizard"));
    setWindowTitle(tr("Provider setup"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    button(QWizard::NextButton)->setObjectName(QStringLiteral("wizardNextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("wizardBackButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("wizardCancelButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("wizardFinishButton"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("wizardCommitButton"));

    // The pages, in the order of the work; nextAfter() skips those the chosen provider does not need.
    setPage(ChoosePage, new ChooseStep(*this));
    setPage(TwilioCredentialsPage, new VendorCredentialsStep(*this, TwilioCredentialsPage));
    setPage(VonageCredentialsPage, new VendorCredentialsStep(*this, VonageCredentialsPage));
    setPage(CustomCredentialsPage, new CustomCredentialsStep(*this));
    setPage(CheckPage, new CheckStep(*this));
    setPage(SenderPage, new SenderStep(*this));
    m_otpStep = new OtpStep(*this);
    setPage(OtpPage, m_otpStep);
    setPage(TestSendPage, new SendVerifyStep(*this));
    setPage(SummaryPage, new SummaryStep(*this));
    setPage(CommitPage, new CommitStep(*this));
    loadSaved();

    connect(this, &QWizard::currentIdChanged, this, &ProviderWizard::placeEditor);
}

ProviderWizard::~ProviderWizard() = default;

ProviderKind ProviderWizard::chosenKind() const
{
    const int id = m_kindGroup->checkedId();
    return id < 0 ? ProviderKind::Sandbox : ProviderKind(id);
}

VendorEditor* ProviderWizard::twilio()
{
    if (!m_twilio)
        m_twilio = makeVendorEditor(ProviderKind::Twilio);
    return m_twilio;
}

VendorEditor* ProviderWizard::vonage()
{
    if (!m_vonage)
        m_vonage = makeVendorEditor(ProviderKind::Vonage);
    return m_vonage;
}

VendorEditor* ProviderWizard::makeVendorEditor(ProviderKind kind)
{
    const bool isTwilio = kind == ProviderKind::Twilio;
    auto* editor = new VendorEditor(isTwilio ? twilioEditorSpec() : vonageEditorSpec(), this);
    editor->hide(); // placeEditor() shows it on the pages that are about it
    if (m_saved.configured.contains(kind))
        editor->setFields(isTwilio ? vendorFields(m_saved.twilio, m_saved.twilio.accountSid)
                                   : vendorFields(m_saved.vonage, m_saved.vonage.apiKey));
    editor->secretField()->setStored(
        m_storedSecrets.contains(isTwilio ? keys::twilioAuthToken() : keys::vonageApiSecret()));
    new VendorCredentialCheck(editor, kind, m_context.client, m_context.secrets, this);
    connect(editor, &VendorEditor::changed, this, &ProviderWizard::editorChanged);
    connect(editor, &VendorEditor::checkFinished, this, &ProviderWizard::editorChanged);
    return editor;
}

CustomEditor* ProviderWizard::custom()
{
    if (!m_custom) {
        m_custom = new CustomEditor(this);
        m_custom->hide(); // until the custom page takes it
        if (m_saved.configured.contains(ProviderKind::Custom)) {
            m_custom->setSettings(m_saved.custom);
            m_custom->setStoredKeys(m_storedSecrets);
        }
        connect(m_custom, &CustomEditor::changed, this, &ProviderWizard::editorChanged);
    }
    return m_custom;
}

VendorEditor* ProviderWizard::vendorEditor()
{
    switch (chosenKind()) {
    case ProviderKind::Twilio:
        return twilio();
    case ProviderKind::Vonage:
        return vonage();
    case ProviderKind::Custom:
    case ProviderKind::Sandbox:
        return nullptr;
    }
    return nullptr;
}

int ProviderWizard::nextAfter(PageId id) const
{
    const ProviderKind kind = chosenKind();
    switch (id) {
    case ChoosePage:
        switch (kind) {
        case ProviderKind::Twilio:
            return TwilioCredentialsPage;
        case ProviderKind::Vonage:
            return VonageCredentialsPage;
        case ProviderKind::Custom:
            return CustomCredentialsPage;
        case ProviderKind::Sandbox:
            return OtpPage;
        }
        return OtpPage;
    case TwilioCredentialsPage:
    case VonageCredentialsPage:
    case CustomCredentialsPage:
        return CheckPage;
    case CheckPage:
        return kind == ProviderKind::Custom ? OtpPage : SenderPage;
    case SenderPage:
        return OtpPage;
    case OtpPage:
        return TestSendPage;
    case TestSendPage:
        return SummaryPage;
    case SummaryPage:
        return CommitPage;
    case CommitPage:
        return -1;
    }
    return -1;
}

std::optional<otp::OtpPolicy> ProviderWizard::draftPolicy() const
{
    return m_otpStep ? m_otpStep->policy() : std::nullopt;
}

void ProviderWizard::markCommitted(ProviderKind kind)
{
    m_committed = true;
    // Nothing is left to skip or cancel: Finish closes the wizard.
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    button(QWizard::CancelButton)->hide();
    Q_EMIT committed(kind);
}

void ProviderWizard::loadSaved()
{
    const storage::ProviderRepository::LoadResult loaded = m_repository.load();
    const storage::ProviderRepository::StoredResult stored = m_repository.storedSecrets();
    m_saved = loaded.settings;
    m_storedSecrets = QSet<QString>(stored.keys.begin(), stored.keys.end());
    m_savedPolicy = storage::SettingsRepository(m_context.database).loadPolicy().policy;

    if (QAbstractButton* active = m_kindGroup->button(int(m_saved.active)))
        active->setChecked(true);
}

void ProviderWizard::placeEditor(int pageId)
{
    int parts = 0;
    switch (pageId) {
    case TwilioCredentialsPage:
    case VonageCredentialsPage:
        parts = VendorEditor::Credentials;
        break;
    case CheckPage:
        parts = VendorEditor::Check;
        break;
    case SenderPage:
        parts = VendorEditor::Sender;
        break;
    default:
        break;
    }
    // Only a page about the vendor builds its editor; the others hide whichever exists.
    VendorEditor* editor = parts != 0 && m_editorSlots.contains(pageId) ? vendorEditor() : nullptr;
    for (VendorEditor* other : { m_twilio, m_vonage }) {
        if (other && other != editor)
            other->hide();
    }
    if (!editor)
        return;
    for (QVBoxLayout* slot : std::as_const(m_editorSlots))
        slot->removeWidget(editor);
    m_editorSlots.value(pageId)->addWidget(editor);
    editor->setVisibleParts(parts);
    editor->show();
}

void ProviderWizard::reject()
{
    // Nothing is stored before the commit page; stop what runs so no late answer lands in a closed wizard.
    m_session.cancel();
    m_session.setDraft(std::nullopt);
    for (VendorEditor* editor : { m_twilio, m_vonage }) {
        if (editor && editor->isCheckRunning())
            Q_EMIT editor->checkCancelled();
    }
    QWizard::reject();
}

} // namespace smsotp::ui
