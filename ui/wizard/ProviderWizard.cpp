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
    , m_twilio(new VendorEditor(twilioEditorSpec(), this))
    , m_vonage(new VendorEditor(vonageEditorSpec(), this))
    , m_custom(new CustomEditor(this))
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

    new VendorCredentialCheck(m_twilio, ProviderKind::Twilio, context.client, context.secrets, this);
    new VendorCredentialCheck(m_vonage, ProviderKind::Vonage, context.client, context.secrets, this);

    // The pages, in the order of the work; nextAfter() skips those the chosen provider does not need.
    setPage(ChoosePage, new ChooseStep(*this));
    setPage(TwilioCredentialsPage, new VendorCredentialsStep(*this, TwilioCredentialsPage, m_twilio));
    setPage(VonageCredentialsPage, new VendorCredentialsStep(*this, VonageCredentialsPage, m_vonage));
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

VendorEditor* ProviderWizard::vendorEditor() const
{
    switch (chosenKind()) {
    case ProviderKind::Twilio:
        return m_twilio;
    case ProviderKind::Vonage:
        return m_vonage;
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

    if (m_saved.configured.contains(ProviderKind::Twilio))
        m_twilio->setFields(vendorFields(m_saved.twilio, m_saved.twilio.accountSid));
    m_twilio->secretField()->setStored(m_storedSecrets.contains(keys::twilioAuthToken()));
    if (m_saved.configured.contains(ProviderKind::Vonage))
        m_vonage->setFields(vendorFields(m_saved.vonage, m_saved.vonage.apiKey));
    m_vonage->secretField()->setStored(m_storedSecrets.contains(keys::vonageApiSecret()));
    if (m_saved.configured.contains(ProviderKind::Custom)) {
        m_custom->setSettings(m_saved.custom);
        m_custom->setStoredKeys(m_storedSecrets);
    }
    for (VendorEditor* editor : { m_twilio, m_vonage })
        editor->hide();

    m_otpStep->setPolicy(m_savedPolicy);

    if (QAbstractButton* active = m_kindGroup->button(int(m_saved.active)))
        active->setChecked(true);
}

void ProviderWizard::placeEditor(int pageId)
{
    VendorEditor* editor = vendorEditor();
    for (VendorEditor* other : { m_twilio, m_vonage }) {
        if (other != editor)
            other->hide();
    }
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
    if (!editor || parts == 0 || !m_editorSlots.contains(pageId)) {
        if (editor)
            editor->hide();
        return;
    }
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
        if (editor->isCheckRunning())
            Q_EMIT editor->checkCancelled();
    }
    QWizard::reject();
}

} // namespace smsotp::ui
