#include "ProviderWizard.h"

#include "ConsoleContext.h"
#include "editors/CustomEditor.h"
#include "editors/VendorCredentialCheck.h"
#include "editors/VendorEditor.h"
#include "phone/PhoneNumber.h"
#include "sandbox/SandboxGateway.h"
#include "sandbox/SandboxProvider.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "template/HeaderList.h"
#include "widgets/FieldMessage.h"
#include "widgets/PhoneNumberMessage.h"
#include "widgets/SecretField.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace smsotp::ui {

using providers::ProviderKind;
namespace keys = storage::secretkeys;

// One page: what makes it complete, what happens on entering it, and where Next goes are the wizard's business.
class ProviderWizard::Step : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    using QWizardPage::registerField;

    std::function<bool()> complete;
    std::function<void()> enter;
    std::function<int()> next;

    bool isComplete() const override { return QWizardPage::isComplete() && (!complete || complete()); }
    void initializePage() override
    {
        if (enter)
            enter();
    }
    int nextId() const override { return next ? next() : QWizardPage::nextId(); }
    void changed() { Q_EMIT completeChanged(); }
};

namespace {

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

ProviderWizard::ProviderWizard(ConsoleContext& context, QWidget* parent)
    : QWizard(parent)
    , m_context(context)
    , m_repository(context.database)
    , m_session({ context.database, context.secrets, context.client, context.engine,
                    [&sandbox = context.sandbox] { return sandbox.url(); } },
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

    buildChoosePage();
    buildCredentialPages();
    buildCheckPage();
    buildSenderPage();
    buildOtpPage();
    buildTestSendPage();
    buildCodePage();
    buildSummaryPage();
    buildCommitPage();
    loadSaved();

    connect(this, &QWizard::currentIdChanged, this, &ProviderWizard::placeEditor);
    connect(&m_session, &send::TestSendSession::sendFinished, this, &ProviderWizard::showSendReport);
}

ProviderWizard::~ProviderWizard() = default;

ProviderWizard::Step* ProviderWizard::addStep(
    PageId id, const QString& name, const QString& title, const QString& subtitle)
{
    auto* step = new Step(this);
    step->setObjectName(name);
    step->setTitle(title);
    step->setSubTitle(subtitle);
    setPage(id, step);
    return step;
}

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
        return CodePage;
    case CodePage:
        return SummaryPage;
    case SummaryPage:
        return CommitPage;
    case CommitPage:
        return -1;
    }
    return -1;
}

void ProviderWizard::buildChoosePage()
{
    Step* step = addStep(ChoosePage, QStringLiteral("wizardChoosePage"), tr("Choose the provider"),
        tr("Pick the service that will deliver the one-time codes; the next pages collect what it needs."));
    auto* layout = new QVBoxLayout(step);
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
            tr("Needs nothing: the console's own gateway on this computer. Codes never leave the machine.") },
    };
    for (const auto& choice : choices) {
        auto* radio = new QRadioButton(providers::providerDisplayName(choice.kind), step);
        radio->setObjectName(choice.name);
        m_kindGroup->addButton(radio, int(choice.kind));
        auto* needs = wrapped(choice.needs, step);
        needs->setIndent(2 * fontMetrics().averageCharWidth() + radio->iconSize().width());
        radio->setAccessibleDescription(choice.needs);
        layout->addWidget(radio);
        layout->addWidget(needs);
    }
    layout->addStretch();
    step->complete = [this] { return m_kindGroup->checkedId() >= 0; };
    step->next = [this] { return nextAfter(ChoosePage); };
    connect(m_kindGroup, &QButtonGroup::idToggled, step, &Step::changed);
}

void ProviderWizard::buildCredentialPages()
{
    const auto vendorPage = [this](PageId id, VendorEditor* editor, const QString& name, const QString& title,
                                const QString& subtitle, const QString& fieldStem) {
        Step* step = addStep(id, name, title, subtitle);
        auto* slot = new QVBoxLayout(step);
        slot->setContentsMargins(0, 0, 0, 0);
        m_editorSlots.insert(id, slot);
        const QString prefix = editor->spec().prefix;
        // Required: the account id and the secret (a stored secret shows "•••", so it counts as filled).
        step->registerField(
            fieldStem + QStringLiteral("Id*"), editor->findChild<QLineEdit*>(prefix + QStringLiteral("AccountIdEdit")));
        step->registerField(fieldStem + QStringLiteral("Secret*"),
            editor->findChild<QLineEdit*>(prefix + QStringLiteral("SecretEdit")));
        step->complete = [editor] { return editor->credentialsProblem().isEmpty(); };
        step->next = [this, id] { return nextAfter(id); };
        connect(editor, &VendorEditor::changed, step, &Step::changed);
    };
    vendorPage(TwilioCredentialsPage, m_twilio, QStringLiteral("wizardTwilioPage"), tr("Twilio credentials"),
        tr("Enter the Account SID and Auth Token shown on the dashboard of the Twilio Console (console.twilio.com); "
           "the token goes to the keychain only when you finish."),
        QStringLiteral("twilio"));
    vendorPage(VonageCredentialsPage, m_vonage, QStringLiteral("wizardVonagePage"), tr("Vonage credentials"),
        tr("Enter the API key and API secret shown on the Vonage API Dashboard (dashboard.nexmo.com); the secret "
           "goes to the keychain only when you finish."),
        QStringLiteral("vonage"));

    Step* custom = addStep(CustomCredentialsPage, QStringLiteral("wizardCustomPage"), tr("Custom provider"),
        tr("Describe the gateway as WSO2 Identity Server does; the gateway's documentation gives its URL, body "
           "and headers. Header values go to the keychain only when you finish."));
    auto* layout = new QVBoxLayout(custom);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_custom);
    custom->registerField(
        QStringLiteral("customUrl*"), m_custom->findChild<QLineEdit*>(QStringLiteral("customUrlEdit")));
    custom->complete = [this] { return m_custom->isComplete(); };
    custom->next = [this] { return nextAfter(CustomCredentialsPage); };
    connect(m_custom, &CustomEditor::changed, custom, &Step::changed);
}

void ProviderWizard::buildCheckPage()
{
    Step* step = addStep(CheckPage, QStringLiteral("wizardCheckPage"), tr("Check the credentials"),
        tr("Asks the provider whether the credentials work, without sending an SMS and without saving anything."));
    auto* layout = new QVBoxLayout(step);
    m_checkIntro = wrapped(QString(), step);
    m_checkIntro->setObjectName(QStringLiteral("wizardCheckIntro"));
    layout->addWidget(m_checkIntro);
    auto* slot = new QVBoxLayout;
    layout->addLayout(slot);
    m_editorSlots.insert(CheckPage, slot);
    m_skipCheck = new QCheckBox(tr("&Skip the check: the test send will prove the setup"), step);
    m_skipCheck->setObjectName(QStringLiteral("wizardSkipCheckBox"));
    layout->addWidget(m_skipCheck);
    layout->addStretch();

    step->enter = [this] {
        VendorEditor* editor = vendorEditor();
        m_skipCheck->setVisible(!editor);
        m_skipCheck->setChecked(false);
        if (!editor) {
            m_checkIntro->setText(tr("A custom gateway offers no standard way to test credentials without sending. "
                                     "Skip this check; the test send on a later page proves the setup."));
            return;
        }
        m_checkIntro->setText(tr("%1 is asked with the %2 %3 at %4.")
                                  .arg(providers::providerDisplayName(chosenKind()), editor->spec().idLabel,
                                      editor->fields().id, editor->fields().apiBase.toString()));
        // The check starts by itself; Check credentials runs it again.
        if (!editor->checkPassed() && !editor->isCheckRunning())
            Q_EMIT editor->checkRequested();
    };
    step->complete = [this] {
        VendorEditor* editor = vendorEditor();
        return editor ? editor->checkPassed() && !editor->isCheckRunning() : m_skipCheck->isChecked();
    };
    step->next = [this] { return nextAfter(CheckPage); };
    connect(m_skipCheck, &QCheckBox::toggled, step, &Step::changed);
    for (VendorEditor* editor : { m_twilio, m_vonage }) {
        connect(editor, &VendorEditor::checkFinished, step, &Step::changed);
        connect(editor, &VendorEditor::changed, step, &Step::changed);
    }
}

void ProviderWizard::buildSenderPage()
{
    Step* step = addStep(SenderPage, QStringLiteral("wizardSenderPage"), tr("Sender"),
        tr("Who the SMS comes from. Twilio takes one of your Twilio numbers with SMS capability (+14155550100) or a "
           "Messaging Service SID (MG…); Vonage takes a Vonage number or, where the country allows, a sender ID of "
           "up to 11 letters and digits."));
    auto* slot = new QVBoxLayout(step);
    m_editorSlots.insert(SenderPage, slot);
    step->complete = [this] {
        VendorEditor* editor = vendorEditor();
        return editor && editor->senderProblem().isEmpty();
    };
    step->next = [this] { return nextAfter(SenderPage); };
    for (VendorEditor* editor : { m_twilio, m_vonage })
        connect(editor, &VendorEditor::changed, step, &Step::changed);
}

void ProviderWizard::buildOtpPage()
{
    Step* step = addStep(OtpPage, QStringLiteral("wizardOtpPage"), tr("OTP settings at a glance"),
        tr("How the codes look and how long they live; the defaults follow WSO2 Identity Server, and the OTP "
           "Settings page has every other limit."));
    auto* form = new QFormLayout(step);
    m_expiry = new QLineEdit(step);
    m_expiry->setObjectName(QStringLiteral("wizardExpiryEdit"));
    m_expiry->setAccessibleName(tr("Expiry time in seconds"));
    m_length = new QLineEdit(step);
    m_length->setObjectName(QStringLiteral("wizardLengthEdit"));
    m_length->setAccessibleName(tr("Code length"));
    m_numeric = new QCheckBox(tr("Use only &numeric characters"), step);
    m_numeric->setObjectName(QStringLiteral("wizardNumericCheck"));
    m_otpMessage = new FieldMessage(step);
    m_otpMessage->setObjectName(QStringLiteral("wizardOtpMessage"));
    form->addRow(tr("&Expiry time (seconds)"), m_expiry);
    form->addRow(tr("Code &length"), m_length);
    form->addRow(QString(), m_numeric);
    form->addRow(QString(), m_otpMessage);
    connect(m_expiry, &QLineEdit::textEdited, this, &ProviderWizard::refreshOtp);
    connect(m_length, &QLineEdit::textEdited, this, &ProviderWizard::refreshOtp);
    connect(m_numeric, &QCheckBox::toggled, this, &ProviderWizard::refreshOtp);
    step->complete = [this] { return draftPolicy().has_value(); };
    step->next = [this] { return nextAfter(OtpPage); };
}

std::optional<otp::OtpPolicy> ProviderWizard::draftPolicy() const
{
    if (!m_expiry)
        return std::nullopt;
    otp::OtpPolicy policy = m_savedPolicy;
    const otp::ParsedValue expiry = otp::parseFieldValue(otp::PolicyField::ExpirySeconds, m_expiry->text());
    const otp::ParsedValue length = otp::parseFieldValue(otp::PolicyField::Length, m_length->text());
    if (!expiry.value || !length.value)
        return std::nullopt;
    policy.expirySeconds = *expiry.value;
    policy.length = *length.value;
    policy.numericOnly = m_numeric->isChecked();
    if (!policy.isValid())
        return std::nullopt;
    return policy;
}

void ProviderWizard::refreshOtp()
{
    QStringList errors;
    QStringList warnings;
    for (auto [field, edit] :
        { std::pair { otp::PolicyField::ExpirySeconds, m_expiry }, std::pair { otp::PolicyField::Length, m_length } }) {
        if (const otp::ParsedValue parsed = otp::parseFieldValue(field, edit->text()); parsed.error)
            errors.append(parsed.error->message);
    }
    if (const std::optional<otp::OtpPolicy> policy = draftPolicy()) {
        for (const otp::PolicyFinding& finding : policy->findings())
            (finding.severity == otp::Severity::Error ? errors : warnings).append(finding.message);
        if (errors.isEmpty()) {
            warnings.prepend(tr("%1 bits per code; a code lives %2 seconds.")
                                 .arg(policy->entropyBits(), 0, 'f', 1)
                                 .arg(policy->expirySeconds));
        }
    }
    if (!errors.isEmpty())
        m_otpMessage->setMessage(FieldMessage::Kind::Error, errors.join(QLatin1Char('\n')));
    else if (warnings.size() > 1)
        m_otpMessage->setMessage(FieldMessage::Kind::Warning, warnings.join(QLatin1Char('\n')));
    else
        m_otpMessage->setMessage(FieldMessage::Kind::Hint, warnings.value(0));
    if (auto* step = static_cast<Step*>(page(OtpPage)))
        step->changed();
}

void ProviderWizard::buildTestSendPage()
{
    Step* step = addStep(TestSendPage, QStringLiteral("wizardTestSendPage"), tr("Send a test code"),
        tr("Sends a real one-time code to a phone you have at hand, with the setup as entered (nothing is saved "
           "yet)."));
    m_number = new QLineEdit(step);
    m_number->setObjectName(QStringLiteral("wizardNumberEdit"));
    m_number->setAccessibleName(tr("Phone number"));
    m_number->setPlaceholderText(QStringLiteral("+447700900123"));
    m_numberMessage = new FieldMessage(step);
    m_numberMessage->setObjectName(QStringLiteral("wizardNumberMessage"));
    m_sendButton = new QPushButton(tr("Send &code"), step);
    m_sendButton->setObjectName(QStringLiteral("wizardSendButton"));
    m_sendButton->setAccessibleName(tr("Send a test code"));
    m_cancelSendButton = new QPushButton(tr("Cancel the send"), step);
    m_cancelSendButton->setObjectName(QStringLiteral("wizardCancelSendButton"));
    m_sendProgress = new QProgressBar(step);
    m_sendProgress->setObjectName(QStringLiteral("wizardSendProgress"));
    m_sendProgress->setRange(0, 0);
    m_sendProgress->setMaximumWidth(140);
    m_sendOutcome = new FieldMessage(step);
    m_sendOutcome->setObjectName(QStringLiteral("wizardSendOutcome"));
    m_sandboxPhone = wrapped(QString(), step);
    m_sandboxPhone->setObjectName(QStringLiteral("wizardSandboxPhoneLabel"));
    m_sandboxPhone->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* sendRow = new QHBoxLayout;
    sendRow->addWidget(m_sendButton);
    sendRow->addWidget(m_sendProgress);
    sendRow->addWidget(m_cancelSendButton);
    sendRow->addStretch();
    auto* form = new QFormLayout(step);
    form->addRow(tr("&Number"), m_number);
    form->addRow(QString(), m_numberMessage);
    form->addRow(QString(), sendRow);
    form->addRow(QString(), m_sendOutcome);
    form->addRow(QString(), m_sandboxPhone);

    connect(m_number, &QLineEdit::textEdited, this, &ProviderWizard::refreshNumber);
    connect(m_number, &QLineEdit::returnPressed, this, &ProviderWizard::sendCode);
    connect(m_sendButton, &QPushButton::clicked, this, &ProviderWizard::sendCode);
    connect(m_cancelSendButton, &QPushButton::clicked, &m_session, &send::TestSendSession::cancel);
    connect(&m_session, &send::TestSendSession::sendingChanged, this, &ProviderWizard::refreshNumber);
    connect(&m_context.sandbox, &sandbox::SandboxGateway::messageReceived, this,
        [this](const sandbox::SandboxMessage& message) {
            if (chosenKind() == ProviderKind::Sandbox && message.to == m_e164)
                m_sandboxPhone->setText(tr("The sandbox phone received: “%1”").arg(message.text));
        });

    step->enter = [this] {
        // Whatever was sent before was sent with a setup that may have changed since: send again.
        m_sent = false;
        m_session.setDraft(std::nullopt);
        m_sendOutcome->clear();
        m_sandboxPhone->clear();
        refreshNumber();
    };
    step->complete = [this] { return m_sent && !m_session.isSending(); };
    step->next = [this] { return nextAfter(TestSendPage); };
}

void ProviderWizard::refreshNumber()
{
    const QString region = phone::regionForLocale(QLocale::system());
    m_e164 = showNormalizedNumber(*m_numberMessage, m_number->text(), region.isEmpty() ? QStringLiteral("US") : region,
        tr("A mobile number in international form (+…): the code goes there."));
    const bool sending = m_session.isSending() || m_preparing;
    m_sendButton->setEnabled(!sending && !m_e164.isEmpty());
    m_sendProgress->setVisible(sending);
    m_cancelSendButton->setVisible(sending && !m_preparing);
    m_number->setReadOnly(sending);
    if (auto* step = static_cast<Step*>(page(TestSendPage)))
        step->changed();
}

void ProviderWizard::sendCode()
{
    const std::optional<otp::OtpPolicy> policy = draftPolicy();
    if (m_e164.isEmpty() || m_session.isSending() || m_preparing || !policy)
        return;
    m_sent = false;
    m_preparing = true;
    m_sendOutcome->setMessage(FieldMessage::Kind::Hint, tr("Sending…"));
    refreshNumber();
    QPointer<ProviderWizard> self(this);
    buildDraftSetup([self, policy](std::optional<providers::ProviderSetup> setup, const QString& problem) {
        if (!self)
            return;
        self->m_preparing = false;
        if (!setup) {
            self->m_sendOutcome->setMessage(FieldMessage::Kind::Error, problem);
            self->refreshNumber();
            return;
        }
        self->m_session.setDraft(send::TestSendSession::Draft { *setup, *policy });
        self->m_session.start(self->m_e164, self->chosenKind());
        self->refreshNumber();
    });
}

void ProviderWizard::showSendReport(const send::SendReport& report)
{
    using Result = send::SendReport::Result;
    switch (report.result) {
    case Result::Sent: {
        m_sent = true;
        const QString text = report.sentSummary(m_session.number()) + QLatin1Char(' ')
            + tr("Press Next and type the code that arrives.");
        m_sendOutcome->setMessage(FieldMessage::Kind::Ok, text);
        break;
    }
    case Result::Blocked:
    case Result::Cancelled:
        m_sendOutcome->setMessage(FieldMessage::Kind::Warning, report.explanation);
        break;
    case Result::NotConfigured:
    case Result::Refused:
    case Result::Failed:
        m_sendOutcome->setMessage(FieldMessage::Kind::Error, report.explanation);
        m_sendOutcome->setToolTip(report.outcome.technicalDetail);
        break;
    }
    refreshNumber();
}

void ProviderWizard::buildCodePage()
{
    Step* step = addStep(CodePage, QStringLiteral("wizardCodePage"), tr("Enter the code"),
        tr("Type the code the phone received: a verified code proves the whole path from the console to the phone."));
    m_code = new QLineEdit(step);
    m_code->setObjectName(QStringLiteral("wizardCodeEdit"));
    m_code->setAccessibleName(tr("Code received"));
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_code->setMaxLength(64);
    m_verifyButton = new QPushButton(tr("&Verify"), step);
    m_verifyButton->setObjectName(QStringLiteral("wizardVerifyButton"));
    m_verifyButton->setAccessibleName(tr("Verify the code"));
    m_verifyMessage = new FieldMessage(step);
    m_verifyMessage->setObjectName(QStringLiteral("wizardVerifyMessage"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_code, 1);
    row->addWidget(m_verifyButton);
    auto* form = new QFormLayout(step);
    form->addRow(tr("C&ode"), row);
    form->addRow(QString(), m_verifyMessage);
    connect(m_verifyButton, &QPushButton::clicked, this, &ProviderWizard::verifyCode);
    connect(m_code, &QLineEdit::returnPressed, this, &ProviderWizard::verifyCode);
    step->enter = [this] {
        m_verified = false;
        m_code->clear();
        m_code->setEnabled(true);
        m_verifyButton->setEnabled(true);
        m_verifyMessage->setMessage(FieldMessage::Kind::Hint,
            tr("%n attempt(s) allowed; Back sends a new code.", nullptr, m_session.policy().maxFailedAttempts));
    };
    step->complete = [this] { return m_verified; };
    step->next = [this] { return nextAfter(CodePage); };
}

void ProviderWizard::verifyCode()
{
    if (m_verified || m_code->text().trimmed().isEmpty())
        return;
    const otp::VerifyResult result = m_session.verify(m_code->text());
    switch (result.status) {
    case otp::VerifyStatus::Verified:
        m_verified = true;
        m_verifyMessage->setMessage(FieldMessage::Kind::Ok, result.message());
        m_code->setEnabled(false);
        m_verifyButton->setEnabled(false);
        break;
    case otp::VerifyStatus::Wrong:
    case otp::VerifyStatus::Superseded:
        m_verifyMessage->setMessage(FieldMessage::Kind::Warning,
            result.message() + QLatin1Char(' ') + tr("%n attempt(s) left.", nullptr, result.attemptsLeft));
        if (result.attemptsLeft > 0)
            break;
        [[fallthrough]];
    case otp::VerifyStatus::Expired:
    case otp::VerifyStatus::Locked:
    case otp::VerifyStatus::Closed:
    case otp::VerifyStatus::NotFound:
        m_verifyMessage->setMessage(
            FieldMessage::Kind::Error, result.message() + QLatin1Char(' ') + tr("Go Back to send a new code."));
        m_code->setEnabled(false);
        m_verifyButton->setEnabled(false);
        break;
    }
    m_code->selectAll();
    static_cast<Step*>(page(CodePage))->changed();
}

void ProviderWizard::buildSummaryPage()
{
    Step* step = addStep(SummaryPage, QStringLiteral("wizardSummaryPage"), tr("Summary"),
        tr("What will be stored: secrets in the keychain, the rest in the database; the provider becomes active."));
    auto* layout = new QVBoxLayout(step);
    m_summary = wrapped(QString(), step);
    m_summary->setObjectName(QStringLiteral("wizardSummaryLabel"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    layout->addStretch();
    step->setCommitPage(true);
    step->setButtonText(QWizard::CommitButton, tr("&Save and activate"));
    step->enter = [this] { m_summary->setText(summaryText()); };
    step->next = [this] { return nextAfter(SummaryPage); };
}

QString ProviderWizard::summaryText() const
{
    const ProviderKind kind = chosenKind();
    QStringList lines;
    lines.append(tr("Provider: %1").arg(providers::providerDisplayName(kind)));
    if (VendorEditor* editor = vendorEditor()) {
        const VendorFields f = editor->fields();
        lines.append(tr("%1: %2").arg(editor->spec().idLabel, f.id));
        lines.append(tr("%1: %2").arg(editor->spec().secretLabel,
            editor->secretField()->hasNewValue() ? tr("••• (new, goes to the keychain)")
                                                 : tr("••• (kept in the keychain)")));
        lines.append(tr("Sender: %1").arg(f.sender));
        lines.append(tr("API base URL: %1").arg(f.apiBase.toString()));
    } else if (kind == ProviderKind::Custom) {
        const storage::CustomProviderSettings s = m_custom->settings();
        lines.append(tr("Provider URL: %1").arg(s.config.url));
        lines.append(tr("Headers: %1").arg(storage::ProviderRepository::headerNamesOnly(s.config.headers)));
        if (!s.namedSecrets.isEmpty())
            lines.append(tr("Named secrets: %1").arg(s.namedSecrets.join(QStringLiteral(", "))));
    }
    if (const std::optional<otp::OtpPolicy> policy = draftPolicy()) {
        lines.append(tr("Codes: %1 %2, valid %3 s")
                         .arg(policy->length)
                         .arg(policy->numericOnly ? tr("digits") : tr("letters and digits"))
                         .arg(policy->expirySeconds));
    }
    lines.append(tr("Test: a code sent to %1 was verified.").arg(m_session.number()));
    return lines.join(QLatin1Char('\n'));
}

void ProviderWizard::buildCommitPage()
{
    Step* step = addStep(CommitPage, QStringLiteral("wizardCommitPage"), tr("Saving"),
        tr("Stores the secrets in the keychain and the rest in the database, then makes the provider active."));
    m_commitProgress = new QProgressBar(step);
    m_commitProgress->setObjectName(QStringLiteral("wizardCommitProgress"));
    m_commitProgress->setRange(0, 0);
    m_commitMessage = new FieldMessage(step);
    m_commitMessage->setObjectName(QStringLiteral("wizardCommitMessage"));
    m_commitRetry = new QPushButton(tr("&Retry"), step);
    m_commitRetry->setObjectName(QStringLiteral("wizardCommitRetryButton"));
    m_commitRetry->setAccessibleName(tr("Try storing the secrets again"));
    m_commitRetry->setVisible(false);
    auto* layout = new QVBoxLayout(step);
    layout->addWidget(m_commitProgress);
    layout->addWidget(m_commitMessage);
    layout->addWidget(m_commitRetry, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(m_commitRetry, &QPushButton::clicked, this, [this] {
        m_commitRetry->setVisible(false);
        runCommitQueue();
    });
    step->enter = [this] { startCommit(); };
    step->complete = [this] { return m_committed; };
    step->next = [] { return -1; };
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
        for (const CustomEditor::NamedSecretRow& row : m_custom->namedSecretRows())
            row.value->setStored(m_storedSecrets.contains(keys::customNamedSecret(row.name->text())));
    }
    for (VendorEditor* editor : { m_twilio, m_vonage })
        editor->hide();

    m_expiry->setText(QString::number(m_savedPolicy.expirySeconds));
    m_length->setText(QString::number(m_savedPolicy.length));
    m_numeric->setChecked(m_savedPolicy.numericOnly);
    refreshOtp();

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

void ProviderWizard::buildDraftSetup(std::function<void(std::optional<providers::ProviderSetup>, const QString&)> done)
{
    const ProviderKind kind = chosenKind();
    QStringList wanted; // stored secrets the form shows as •••
    if (VendorEditor* editor = vendorEditor(); editor && !editor->secretField()->hasNewValue())
        wanted.append(kind == ProviderKind::Twilio ? keys::twilioAuthToken() : keys::vonageApiSecret());
    const storage::CustomProviderSettings custom = m_custom->settings();
    const QList<tmpl::HeaderField> headers = tmpl::parseHeaderList(custom.config.headers).fields();
    QMap<QString, QString> typed; // keychain key -> value typed in the form
    if (kind == ProviderKind::Custom) {
        for (const tmpl::HeaderField& field : headers) {
            if (field.value == secretMask())
                wanted.append(keys::customHeader(field.name));
            else
                typed.insert(keys::customHeader(field.name), field.value);
        }
        for (const CustomEditor::NamedSecretRow& row : m_custom->namedSecretRows()) {
            const QString key = keys::customNamedSecret(row.name->text().trimmed());
            if (row.value->hasNewValue())
                typed.insert(key, row.value->newValue());
            else
                wanted.append(key);
        }
    }
    const VendorFields twilio = m_twilio->fields();
    const VendorFields vonage = m_vonage->fields();
    const QString twilioToken = m_twilio->secretField()->newValue();
    const QString vonageSecret = m_vonage->secretField()->newValue();
    const QUrl sandboxUrl = m_context.sandbox.url();
    m_context.secrets.readMany(wanted,
        [kind, typed, headers, custom, twilio, vonage, twilioToken, vonageSecret, sandboxUrl, done = std::move(done)](
            const QMap<QString, QString>& read, const QString& failedKey, const storage::SecretError& error) {
            if (error.isError()) {
                done(std::nullopt,
                    error.kind == storage::SecretErrorKind::NotFound
                        ? tr("The stored secret “%1” is not in the keychain any more: type it again.").arg(failedKey)
                        : error.message());
                return;
            }
            QMap<QString, QString> values = read;
            values.insert(typed);
            switch (kind) {
            case ProviderKind::Twilio:
                done(providers::TwilioSetup { twilioConfig(twilio),
                         { twilioToken.isEmpty() ? values.value(keys::twilioAuthToken()) : twilioToken } },
                    {});
                return;
            case ProviderKind::Vonage:
                done(providers::VonageSetup { vonageConfig(vonage),
                         { vonageSecret.isEmpty() ? values.value(keys::vonageApiSecret()) : vonageSecret } },
                    {});
                return;
            case ProviderKind::Custom: {
                providers::custom::Secrets secrets;
                for (const tmpl::HeaderField& field : headers)
                    secrets.headerValues.insert(field.name, values.value(keys::customHeader(field.name)));
                for (const QString& name : custom.namedSecrets)
                    secrets.named.insert(name, values.value(keys::customNamedSecret(name)));
                providers::custom::Config config = custom.config;
                config.headers = storage::ProviderRepository::headerNamesOnly(config.headers);
                done(providers::CustomSetup { config, secrets }, {});
                return;
            }
            case ProviderKind::Sandbox:
                if (sandboxUrl.isEmpty()) {
                    done(std::nullopt, tr("The sandbox gateway is not running."));
                    return;
                }
                done(providers::CustomSetup { sandbox::sandboxConfig(sandboxUrl), {} }, {});
                return;
            }
        });
}

QList<storage::SecretChange> ProviderWizard::secretWrites() const
{
    QList<storage::SecretChange> writes;
    switch (chosenKind()) {
    case ProviderKind::Twilio:
        if (m_twilio->secretField()->hasNewValue())
            writes.append(storage::SecretChange::write(keys::twilioAuthToken(), m_twilio->secretField()->newValue()));
        break;
    case ProviderKind::Vonage:
        if (m_vonage->secretField()->hasNewValue())
            writes.append(storage::SecretChange::write(keys::vonageApiSecret(), m_vonage->secretField()->newValue()));
        break;
    case ProviderKind::Custom:
        writes += storage::customSecretChanges(m_custom->secretsForm(), m_storedSecrets.values());
        break;
    case ProviderKind::Sandbox:
        break;
    }
    return writes;
}

void ProviderWizard::startCommit()
{
    if (m_committing || m_committed)
        return;
    m_committing = true;
    m_commitQueue = secretWrites();
    runCommitQueue();
}

void ProviderWizard::runCommitQueue()
{
    m_commitProgress->setVisible(true);
    if (m_commitQueue.isEmpty()) {
        finishCommit();
        return;
    }
    m_commitMessage->setMessage(FieldMessage::Kind::Hint, tr("Waiting for the keychain…"));
    const auto applied = [this](const storage::SecretChange& change) {
        m_commitQueue.removeFirst();
        if (change.isRemoval())
            m_storedSecrets.remove(change.key);
        else
            m_storedSecrets.insert(change.key);
        m_repository.setSecretStored(change.key, !change.isRemoval());
    };
    m_context.secrets.applyChanges(m_commitQueue, this, applied, [this](const storage::SecretChangesResult& result) {
        if (result.ok()) {
            finishCommit();
            return;
        }
        // Nothing else is written yet, and the form keeps every typed value: Retry goes on from here.
        m_commitProgress->setVisible(false);
        m_commitMessage->setMessage(FieldMessage::Kind::Error,
            tr("The provider is not saved yet: the keychain did not confirm the secrets. %1")
                .arg(result.error.message()));
        m_commitMessage->setToolTip(result.error.detail);
        m_commitRetry->setVisible(true);
    });
}

void ProviderWizard::finishCommit()
{
    const ProviderKind kind = chosenKind();
    storage::DbError error;
    switch (kind) {
    case ProviderKind::Twilio:
        error = m_repository.saveTwilio(twilioConfig(m_twilio->fields()));
        break;
    case ProviderKind::Vonage:
        error = m_repository.saveVonage(vonageConfig(m_vonage->fields()));
        break;
    case ProviderKind::Custom:
        error = m_repository.saveCustom(m_custom->settings());
        break;
    case ProviderKind::Sandbox:
        break;
    }
    const std::optional<otp::OtpPolicy> policy = draftPolicy();
    if (!error.isError() && policy && *policy != m_savedPolicy)
        error = storage::SettingsRepository(m_context.database).savePolicy(*policy);
    if (!error.isError())
        error = m_repository.setActive(kind);
    m_commitProgress->setVisible(false);
    if (error.isError()) {
        m_commitMessage->setMessage(
            FieldMessage::Kind::Error, tr("Not saved: %1 %2").arg(error.title() + QLatin1Char('.'), error.message()));
        m_commitMessage->setToolTip(error.detail);
        m_commitRetry->setVisible(true);
        return;
    }
    if (policy)
        m_savedPolicy = *policy;
    m_committing = false;
    m_committed = true;
    m_commitMessage->setMessage(FieldMessage::Kind::Ok,
        tr("%1 is set up and active. Its secrets are in the keychain.").arg(providers::providerDisplayName(kind)));
    static_cast<Step*>(page(CommitPage))->changed();
    Q_EMIT committed(kind);
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
