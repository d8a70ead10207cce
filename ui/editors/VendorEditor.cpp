#include "VendorEditor.h"

#include "providers/UrlPolicy.h"
#include "widgets/FieldMessage.h"
#include "widgets/SecretField.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace smsotp::ui {

namespace {
constexpr int kMinTimeoutSeconds = 1;
constexpr int kMaxTimeoutSeconds = 120;

void showCheck(FieldMessage* message, const providers::FieldCheck& check, const QString& hint, bool edited)
{
    // An untouched empty field shows its hint, not an error: nobody has done anything wrong yet.
    if (check.ok() || (!edited && check.problem == providers::FieldProblem::Empty))
        message->setMessage(FieldMessage::Kind::Hint, hint);
    else
        message->setMessage(FieldMessage::Kind::Error, check.message);
}
} // namespace

VendorEditorSpec twilioEditorSpec()
{
    return { QStringLiteral("twilio"),
        VendorEditor::tr("Twilio Programmable Messaging. The Account SID and Auth Token are on the dashboard of the "
                         "Twilio Console; the sender is one of your Twilio numbers with SMS capability, or a "
                         "Messaging Service SID (MG…)."),
        VendorEditor::tr("Account SID"), VendorEditor::tr("AC followed by 32 hexadecimal characters."),
        [](QStringView v) { return providers::twilio::checkAccountSid(v); }, VendorEditor::tr("Auth Token"),
        VendorEditor::tr("32 hexadecimal characters. Kept in the keychain."),
        [](QStringView v) { return providers::twilio::checkAuthToken(v); },
        VendorEditor::tr("A number (+14155550100), a Messaging Service SID (MG…, sent as MessagingServiceSid), or a "
                         "sender name of up to 11 letters and digits where the country allows one."),
        [](QStringView v) { return providers::twilio::checkSender(v); }, providers::twilio::defaultApiBase() };
}

VendorEditorSpec vonageEditorSpec()
{
    return { QStringLiteral("vonage"),
        VendorEditor::tr("Vonage SMS API. The API key and API secret are on the Vonage API Dashboard; the sender is "
                         "one of your Vonage numbers, or an alphanumeric sender ID of up to 11 characters where the "
                         "country allows one."),
        VendorEditor::tr("API key"), VendorEditor::tr("The key shown on the Vonage API Dashboard."),
        [](QStringView v) { return providers::vonage::checkApiKey(v); }, VendorEditor::tr("API secret"),
        VendorEditor::tr("Kept in the keychain."), [](QStringView v) { return providers::vonage::checkApiSecret(v); },
        VendorEditor::tr("A number (+447700900123) or a sender ID of up to 11 letters and digits."),
        [](QStringView v) { return providers::vonage::checkSender(v); }, providers::vonage::defaultApiBase() };
}

providers::twilio::Config twilioConfig(const VendorFields& f)
{
    providers::twilio::Config c;
    c.accountSid = f.id;
    c.sender = f.sender;
    c.apiBase = f.apiBase;
    c.timeout = f.timeout;
    return c;
}

providers::vonage::Config vonageConfig(const VendorFields& f)
{
    providers::vonage::Config c;
    c.apiKey = f.id;
    c.sender = f.sender;
    c.apiBase = f.apiBase;
    c.timeout = f.timeout;
    return c;
}

VendorEditor::VendorEditor(VendorEditorSpec spec, QWidget* parent)
    : QWidget(parent)
    , m_spec(std::move(spec))
    , m_secret(new SecretField(m_spec.prefix + QStringLiteral("Secret"), m_spec.secretLabel, this))
    , m_secretMessage(new FieldMessage(this))
    , m_advancedToggle(new QToolButton(this))
    , m_advanced(new QWidget(this))
    , m_timeout(new QSpinBox(this))
    , m_timeoutMessage(new FieldMessage(this))
    , m_checkButton(new QPushButton(tr("&Check credentials"), this))
    , m_cancelCheckButton(new QPushButton(tr("Cancel"), this))
    , m_checkProgress(new QProgressBar(this))
    , m_checkMessage(new FieldMessage(this))
    , m_checkArea(new QWidget(this))
{
    setObjectName(m_spec.prefix + QStringLiteral("Editor"));
    m_intro = new QLabel(m_spec.intro, this);
    m_intro->setWordWrap(true);

    auto* form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_id = addLine(form, QStringLiteral("AccountId"), m_spec.idLabel, &m_idMessage);

    auto* secretColumn = new QVBoxLayout;
    secretColumn->setSpacing(2);
    secretColumn->addWidget(m_secret);
    secretColumn->addWidget(m_secretMessage);
    m_secretMessage->setObjectName(m_spec.prefix + QStringLiteral("SecretMessage"));
    auto* secretLabel = new QLabel(m_spec.secretLabel, this);
    secretLabel->setBuddy(m_secret->lineEdit());
    form->addRow(secretLabel, secretColumn);

    m_sender = addLine(form, QStringLiteral("Sender"), tr("Sender"), &m_senderMessage);

    buildAdvanced();
    buildCheckArea();
    setCheckRunning(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_advancedToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_advanced);
    layout->addWidget(m_checkArea);
    layout->addStretch();

    connect(m_secret, &SecretField::edited, this, &VendorEditor::edited);
    setFields({ {}, {}, QUrl(m_spec.defaultApiBase), std::chrono::milliseconds(15000) });
}

void VendorEditor::buildAdvanced()
{
    // Advanced, collapsed: most administrators never need another endpoint or timeout.
    m_advancedToggle->setObjectName(m_spec.prefix + QStringLiteral("AdvancedToggle"));
    m_advancedToggle->setAccessibleName(tr("Show advanced settings"));
    m_advancedToggle->setText(tr("Advanced"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);
    auto* advancedForm = new QFormLayout(m_advanced);
    advancedForm->setContentsMargins(0, 0, 0, 0);
    advancedForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_apiBase = addLine(advancedForm, QStringLiteral("ApiBase"), tr("API base URL"), &m_apiBaseMessage);
    m_apiBase->setPlaceholderText(m_spec.defaultApiBase);
    m_timeout->setObjectName(m_spec.prefix + QStringLiteral("TimeoutSpin"));
    m_timeout->setAccessibleName(tr("Request timeout in seconds"));
    m_timeout->setRange(kMinTimeoutSeconds, kMaxTimeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    m_timeoutMessage->setObjectName(m_spec.prefix + QStringLiteral("TimeoutMessage"));
    auto* timeoutColumn = new QVBoxLayout;
    timeoutColumn->setSpacing(2);
    timeoutColumn->addWidget(m_timeout, 0, Qt::AlignLeft);
    timeoutColumn->addWidget(m_timeoutMessage);
    auto* timeoutLabel = new QLabel(tr("Request timeout"), this);
    timeoutLabel->setBuddy(m_timeout);
    advancedForm->addRow(timeoutLabel, timeoutColumn);
    connect(m_timeout, &QSpinBox::valueChanged, this, &VendorEditor::edited);
    m_advanced->setVisible(false);
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool open) {
        m_advanced->setVisible(open && (m_parts & Credentials));
        m_advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
}

void VendorEditor::buildCheckArea()
{
    m_checkButton->setObjectName(m_spec.prefix + QStringLiteral("CheckButton"));
    m_checkButton->setAccessibleName(tr("Check credentials without sending an SMS"));
    m_checkButton->setToolTip(tr("Asks the provider whether these credentials work. No SMS is sent."));
    m_cancelCheckButton->setObjectName(m_spec.prefix + QStringLiteral("CancelCheckButton"));
    m_cancelCheckButton->setAccessibleName(tr("Cancel the credential check"));
    m_checkProgress->setObjectName(m_spec.prefix + QStringLiteral("CheckProgress"));
    m_checkProgress->setAccessibleName(tr("Checking the credentials"));
    m_checkProgress->setRange(0, 0);
    m_checkProgress->setMaximumWidth(120);
    m_checkMessage->setObjectName(m_spec.prefix + QStringLiteral("CheckMessage"));
    connect(m_checkButton, &QPushButton::clicked, this, &VendorEditor::checkRequested);
    connect(m_cancelCheckButton, &QPushButton::clicked, this, &VendorEditor::checkCancelled);
    auto* checkColumn = new QVBoxLayout(m_checkArea);
    checkColumn->setContentsMargins(0, 0, 0, 0);
    auto* checkRow = new QHBoxLayout;
    checkRow->addWidget(m_checkButton);
    checkRow->addWidget(m_checkProgress);
    checkRow->addWidget(m_cancelCheckButton);
    checkRow->addStretch();
    checkColumn->addLayout(checkRow);
    checkColumn->addWidget(m_checkMessage);
}

QLineEdit* VendorEditor::addLine(QFormLayout* form, const QString& name, const QString& label, FieldMessage** message)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(m_spec.prefix + name + QStringLiteral("Edit"));
    edit->setAccessibleName(label);
    *message = new FieldMessage(this);
    (*message)->setObjectName(m_spec.prefix + name + QStringLiteral("Message"));
    auto* column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(edit);
    column->addWidget(*message);
    auto* buddy = new QLabel(label, this);
    buddy->setBuddy(edit);
    form->addRow(buddy, column);
    connect(edit, &QLineEdit::textEdited, this, [this, edit] {
        edit->setProperty("smsotpEdited", true);
        edited();
    });
    return edit;
}

void VendorEditor::edited()
{
    clearCheckResult();
    refresh();
    Q_EMIT changed();
}

VendorFields VendorEditor::fields() const
{
    VendorFields f;
    f.id = m_id->text().trimmed();
    f.sender = m_sender->text().trimmed();
    const QString base = m_apiBase->text().trimmed();
    f.apiBase = QUrl(base.isEmpty() ? m_spec.defaultApiBase : base);
    f.timeout = std::chrono::seconds(m_timeout->value());
    return f;
}

void VendorEditor::setFields(const VendorFields& fields)
{
    m_id->setText(fields.id);
    m_sender->setText(fields.sender);
    m_apiBase->setText(fields.apiBase.toString() == m_spec.defaultApiBase ? QString() : fields.apiBase.toString());
    {
        const QSignalBlocker blocker(m_timeout);
        m_timeout->setValue(int(std::chrono::duration_cast<std::chrono::seconds>(fields.timeout).count()));
    }
    for (QLineEdit* edit : { m_id, m_sender, m_apiBase })
        edit->setProperty("smsotpEdited", false);
    m_showSecretProblem = false;
    // A non-default endpoint is worth seeing at once.
    m_advancedToggle->setChecked(!m_apiBase->text().isEmpty());
    clearCheckResult();
    refresh();
}

void VendorEditor::setVisibleParts(int parts)
{
    m_parts = parts;
    const bool credentials = parts & Credentials;
    m_intro->setVisible(credentials);
    m_form->setRowVisible(0, credentials); // account id
    m_form->setRowVisible(1, credentials); // secret
    m_form->setRowVisible(2, bool(parts & Sender));
    m_advancedToggle->setVisible(credentials);
    m_advanced->setVisible(credentials && m_advancedToggle->isChecked());
    m_checkArea->setVisible(parts & Check);
}

QString VendorEditor::firstProblem() const
{
    const QString credentials = credentialsProblem();
    return credentials.isEmpty() ? senderProblem() : credentials;
}

QStringList VendorEditor::problems() const
{
    QStringList all;
    if (const auto c = m_spec.idCheck(m_id->text().trimmed()); !c.ok())
        all.append(m_spec.idLabel + QStringLiteral(": ") + c.message);
    if (const QString secret = secretProblem(); !secret.isEmpty())
        all.append(secret);
    if (const auto c = providers::checkEndpointUrl(fields().apiBase); !c.ok())
        all.append(tr("API base URL: %1").arg(c.message));
    if (const QString sender = senderProblem(); !sender.isEmpty())
        all.append(sender);
    return all;
}

void VendorEditor::showProblems()
{
    for (QLineEdit* edit : { m_id, m_sender, m_apiBase })
        edit->setProperty("smsotpEdited", true);
    m_showSecretProblem = true;
    if (!providers::checkEndpointUrl(fields().apiBase).ok())
        m_advancedToggle->setChecked(true);
    refresh();
}

QString VendorEditor::secretProblem() const
{
    if (m_secret->state() == SecretField::State::Empty
        || (m_secret->state() == SecretField::State::Editing && m_secret->newValue().isEmpty())) {
        return m_spec.secretLabel + QStringLiteral(": ") + tr("Required.");
    }
    if (m_secret->hasNewValue()) {
        if (const auto c = m_spec.secretCheck(m_secret->newValue()); !c.ok())
            return m_spec.secretLabel + QStringLiteral(": ") + c.message;
    }
    return {};
}

QString VendorEditor::senderProblem() const
{
    if (const auto c = m_spec.senderCheck(m_sender->text().trimmed()); !c.ok())
        return tr("Sender: %1").arg(c.message);
    return {};
}

QString VendorEditor::credentialsProblem() const
{
    if (const auto c = m_spec.idCheck(m_id->text().trimmed()); !c.ok())
        return m_spec.idLabel + QStringLiteral(": ") + c.message;
    if (const QString secret = secretProblem(); !secret.isEmpty())
        return secret;
    if (const auto c = providers::checkEndpointUrl(fields().apiBase); !c.ok())
        return tr("API base URL: %1").arg(c.message);
    return {};
}

bool VendorEditor::isComplete() const
{
    return firstProblem().isEmpty();
}

void VendorEditor::refresh()
{
    const auto edited = [](QLineEdit* e) { return e->property("smsotpEdited").toBool(); };
    showCheck(m_idMessage, m_spec.idCheck(m_id->text().trimmed()), m_spec.idHint, edited(m_id));
    showCheck(m_senderMessage, m_spec.senderCheck(m_sender->text().trimmed()), m_spec.senderHint, edited(m_sender));

    if (m_secret->hasNewValue()) {
        showCheck(m_secretMessage, m_spec.secretCheck(m_secret->newValue()), m_spec.secretHint, true);
    } else if (m_showSecretProblem && !secretProblem().isEmpty()) {
        m_secretMessage->setMessage(FieldMessage::Kind::Error, tr("Required. %1").arg(m_spec.secretHint));
    } else if (m_secret->isStored()) {
        m_secretMessage->setMessage(
            FieldMessage::Kind::Hint, tr("Stored in the keychain. Replace it to type a new one."));
    } else {
        m_secretMessage->setMessage(FieldMessage::Kind::Hint, m_spec.secretHint);
    }

    const providers::UrlCheck url = providers::checkEndpointUrl(fields().apiBase);
    if (!url.ok())
        m_apiBaseMessage->setMessage(FieldMessage::Kind::Error, url.message);
    else if (url.plainHttpToLoopback)
        m_apiBaseMessage->setMessage(FieldMessage::Kind::Warning, url.warning);
    else
        m_apiBaseMessage->setMessage(
            FieldMessage::Kind::Hint, tr("Leave empty for %1. Regional endpoints go here.").arg(m_spec.defaultApiBase));

    m_timeoutMessage->setMessage(FieldMessage::Kind::Hint,
        tr("How long to wait for the provider's answer, %1 to %2 seconds.")
            .arg(kMinTimeoutSeconds)
            .arg(kMaxTimeoutSeconds));
}

void VendorEditor::setCheckRunning(bool running)
{
    m_checkRunning = running;
    m_checkButton->setEnabled(!running);
    m_checkProgress->setVisible(running);
    m_cancelCheckButton->setVisible(running);
    if (running)
        m_checkMessage->setMessage(FieldMessage::Kind::Hint, tr("Asking the provider…"));
}

void VendorEditor::showCheckResult(bool ok, const QString& text, const QString& detail)
{
    setCheckRunning(false);
    m_checkMessage->setMessage(ok ? FieldMessage::Kind::Ok : FieldMessage::Kind::Error, text);
    m_checkMessage->setToolTip(detail);
    m_checkPassed = ok;
    Q_EMIT checkFinished(ok);
}

void VendorEditor::clearCheckResult()
{
    m_checkPassed = false;
    if (!m_checkRunning) {
        m_checkMessage->clear();
        m_checkMessage->setToolTip(QString());
    }
}

bool VendorEditor::isCheckRunning() const
{
    return m_checkRunning;
}

} // namespace smsotp::ui
