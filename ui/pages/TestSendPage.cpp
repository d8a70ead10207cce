#include "TestSendPage.h"

#include "ConsoleContext.h"
#include "otp/BackupCodes.h"
#include "phone/PhoneNumber.h"
#include "sandbox/SandboxGateway.h"
#include "storage/BackupCodeRepository.h"
#include "widgets/FieldMessage.h"
#include "widgets/PhoneNumberMessage.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace smsotp::ui {

using providers::ProviderKind;
using send::SendReport;

namespace {

QString remaining(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

TestSendPage::TestSendPage(ConsoleContext& context, QWidget* parent)
    : Page(parent)
    , m_context(context)
    , m_session({ context.database, context.secrets, context.client, context.engine,
                    [&sandbox = context.sandbox] { return sandbox.url(); } },
          this)
    , m_country(new QComboBox(this))
    , m_number(new QLineEdit(this))
    , m_numberMessage(new FieldMessage(this))
    , m_provider(new QComboBox(this))
    , m_sendButton(new QPushButton(tr("Send &code"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_outcome(new FieldMessage(this))
    , m_code(new QLineEdit(this))
    , m_verifyButton(new QPushButton(tr("&Verify"), this))
    , m_resendButton(new QPushButton(tr("&Resend"), this))
    , m_countdown(new QLabel(this))
    , m_attempts(new QLabel(this))
    , m_inbox(new QListWidget(this))
    , m_failMode(new QComboBox(this))
    , m_clearInbox(new QPushButton(tr("Clear"), this))
    , m_ticker(new QTimer(this))
    , m_backupButton(new QPushButton(tr("&Backup codes…"), this))
    , m_acceptBackup(new QCheckBox(tr("Verify accepts a backup code of the number"), this))
{
    setObjectName(QStringLiteral("testSendPage"));
    auto* intro = new QLabel(tr("Send a real one-time code through a provider and type back the code that arrives. "
                                "The sandbox needs no account: its messages appear in the Sandbox phone."),
        this);
    intro->setWordWrap(true);

    m_country->setObjectName(QStringLiteral("countryCombo"));
    m_country->setAccessibleName(tr("Country"));
    m_number->setObjectName(QStringLiteral("numberEdit"));
    m_number->setAccessibleName(tr("Phone number"));
    m_number->setPlaceholderText(tr("Mobile number, national or with +"));
    m_numberMessage->setObjectName(QStringLiteral("numberMessage"));
    auto* numberRow = new QHBoxLayout;
    numberRow->addWidget(m_country);
    numberRow->addWidget(m_number, 1);
    auto* numberColumn = new QVBoxLayout;
    numberColumn->setSpacing(2);
    numberColumn->addLayout(numberRow);
    numberColumn->addWidget(m_numberMessage);

    m_provider->setObjectName(QStringLiteral("providerCombo"));
    m_provider->setAccessibleName(tr("Provider"));
    for (ProviderKind kind :
        { ProviderKind::Sandbox, ProviderKind::Twilio, ProviderKind::Vonage, ProviderKind::Custom })
        m_provider->addItem(providers::providerDisplayName(kind), int(kind));

    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setAccessibleName(tr("Send a code"));
    m_sendButton->setDefault(true);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel the send"));
    m_progress->setObjectName(QStringLiteral("sendProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(140);
    auto* sendRow = new QHBoxLayout;
    sendRow->addWidget(m_sendButton);
    sendRow->addWidget(m_progress);
    sendRow->addWidget(m_cancelButton);
    sendRow->addStretch();
    m_backupButton->setObjectName(QStringLiteral("backupCodesButton"));
    m_backupButton->setAccessibleName(tr("Generate backup codes for this number"));
    m_backupButton->setToolTip(tr("A new set of backup codes for this number, shown once. The earlier set stops "
                                  "working."));
    sendRow->addWidget(m_backupButton);
    m_outcome->setObjectName(QStringLiteral("outcomeMessage"));

    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setAccessibleName(tr("Code received"));
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_code->setMaxLength(64);
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_verifyButton->setAccessibleName(tr("Verify the code"));
    m_resendButton->setObjectName(QStringLiteral("resendButton"));
    m_resendButton->setAccessibleName(tr("Send a new code"));
    m_countdown->setObjectName(QStringLiteral("countdownLabel"));
    m_attempts->setObjectName(QStringLiteral("attemptsLabel"));
    auto* codeRow = new QHBoxLayout;
    codeRow->addWidget(m_code, 1);
    codeRow->addWidget(m_verifyButton);
    codeRow->addWidget(m_resendButton);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_countdown);
    statusRow->addStretch();
    statusRow->addWidget(m_attempts);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Number"), numberColumn);
    form->addRow(tr("&Provider"), m_provider);
    form->addRow(QString(), sendRow);
    form->addRow(QString(), m_outcome);
    form->addRow(tr("C&ode"), codeRow);
    form->addRow(QString(), statusRow);
    m_acceptBackup->setObjectName(QStringLiteral("acceptBackupCheck"));
    m_acceptBackup->setToolTip(tr("The backup.enabled setting, saved at once: a backup code of the number works "
                                  "instead of the SMS code, once."));
    m_acceptBackup->setChecked(storage::BackupCodeRepository(m_context.database).loadPolicy().policy.enabled);
    form->addRow(QString(), m_acceptBackup);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(intro);
    leftLayout->addLayout(form);
    leftLayout->addStretch();

    // The sandbox phone: what the built-in gateway received, and how it should misbehave.
    auto* phoneBox = new QGroupBox(tr("Sandbox phone"), this);
    m_inbox->setObjectName(QStringLiteral("sandboxInbox"));
    m_inbox->setAccessibleName(tr("Messages the sandbox received"));
    m_inbox->setWordWrap(true);
    m_failMode->setObjectName(QStringLiteral("sandboxFailModeCombo"));
    m_failMode->setAccessibleName(tr("Sandbox behaviour"));
    m_failMode->addItem(tr("Answers normally"), int(sandbox::FailMode::None));
    m_failMode->addItem(tr("Fails with HTTP 500"), int(sandbox::FailMode::Http500));
    m_failMode->addItem(tr("Answers after 3 s"), int(sandbox::FailMode::Delay));
    m_failMode->addItem(tr("Never answers"), int(sandbox::FailMode::Timeout));
    m_clearInbox->setObjectName(QStringLiteral("clearInboxButton"));
    m_clearInbox->setAccessibleName(tr("Clear the sandbox phone"));
    auto* phoneControls = new QHBoxLayout;
    phoneControls->addWidget(m_failMode, 1);
    phoneControls->addWidget(m_clearInbox);
    auto* phoneLayout = new QVBoxLayout(phoneBox);
    phoneLayout->addWidget(m_inbox, 1);
    phoneLayout->addLayout(phoneControls);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(phoneBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_number, &QLineEdit::textEdited, this, &TestSendPage::refreshNumber);
    connect(m_country, &QComboBox::currentIndexChanged, this, &TestSendPage::refreshNumber);
    connect(m_sendButton, &QPushButton::clicked, this, &TestSendPage::sendCode);
    connect(m_number, &QLineEdit::returnPressed, this, &TestSendPage::sendCode);
    connect(m_cancelButton, &QPushButton::clicked, &m_session, &send::TestSendSession::cancel);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, &m_session, &send::TestSendSession::cancel);
    connect(m_verifyButton, &QPushButton::clicked, this, &TestSendPage::verifyCode);
    connect(m_code, &QLineEdit::returnPressed, this, &TestSendPage::verifyCode);
    connect(m_code, &QLineEdit::textChanged, this, &TestSendPage::refreshButtons);
    connect(m_resendButton, &QPushButton::clicked, this, &TestSendPage::resendCode);
    connect(m_backupButton, &QPushButton::clicked, this, &TestSendPage::generateBackupCodes);
    connect(m_acceptBackup, &QCheckBox::toggled, this, [this](bool on) {
        storage::BackupCodeRepository repository(m_context.database);
        otp::BackupPolicy policy = repository.loadPolicy().policy;
        policy.enabled = on;
        const storage::DbError error = repository.savePolicy(policy);
        if (error.isError()) {
            m_outcome->setMessage(FieldMessage::Kind::Error, error.message());
            const QSignalBlocker blocker(m_acceptBackup);
            m_acceptBackup->setChecked(!on);
        }
    });
    connect(&m_session, &send::TestSendSession::sendFinished, this, &TestSendPage::showReport);
    connect(&m_session, &send::TestSendSession::sendingChanged, this, &TestSendPage::refreshButtons);
    connect(m_failMode, &QComboBox::currentIndexChanged, this,
        [this] { m_context.sandbox.setFailMode(sandbox::FailMode(m_failMode->currentData().toInt())); });
    connect(m_clearInbox, &QPushButton::clicked, &m_context.sandbox, &sandbox::SandboxGateway::clearInbox);
    connect(&m_context.sandbox, &sandbox::SandboxGateway::inboxCleared, m_inbox, &QListWidget::clear);
    connect(&m_context.sandbox, &sandbox::SandboxGateway::messageReceived, this, &TestSendPage::addInboxMessage);
    for (const sandbox::SandboxMessage& message : m_context.sandbox.inbox())
        addInboxMessage(message);

    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &TestSendPage::tick);
    refreshButtons();
}

void TestSendPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    // libphonenumber reads its metadata on first use: that happens here, when the page is first shown, not at
    // start-up.
    if (m_country->count() == 0) {
        const QSignalBlocker blocker(m_country);
        for (const QString& region : phone::supportedRegions())
            m_country->addItem(phone::regionLabel(region), region);
        m_country->model()->sort(0);
        const int local = m_country->findData(phone::regionForLocale(QLocale::system()));
        m_country->setCurrentIndex(local >= 0 ? local : m_country->findData(QStringLiteral("US")));
        refreshNumber();
    }
}

QString TestSendPage::title() const
{
    return tr("Test Send");
}

void TestSendPage::setDefaultProvider(ProviderKind kind)
{
    if (!m_session.isSending())
        m_provider->setCurrentIndex(m_provider->findData(int(kind)));
}

void TestSendPage::refreshNumber()
{
    const QString region = m_country->currentData().toString();
    const QString typed = m_number->text();
    // Format as the user types, keeping the cursor at the end where the typing happens.
    if (!typed.isEmpty() && m_number->cursorPosition() == typed.size()) {
        const QString formatted = phone::formatAsYouType(typed, region);
        if (!formatted.isEmpty() && formatted != typed)
            m_number->setText(formatted);
    }
    m_e164 = showNormalizedNumber(*m_numberMessage, m_number->text(), region, tr("The code goes to this number."));
    refreshButtons();
}

void TestSendPage::refreshButtons()
{
    const bool sending = m_session.isSending();
    m_sendButton->setEnabled(!sending && !m_e164.isEmpty());
    m_backupButton->setEnabled(!sending && !m_e164.isEmpty());
    m_progress->setVisible(sending);
    m_cancelButton->setVisible(sending);
    m_number->setReadOnly(sending);
    m_provider->setEnabled(!sending);
    const bool open = m_session.hasChallenge() && !m_closed;
    m_code->setEnabled(open);
    m_verifyButton->setEnabled(open && !sending && !m_code->text().trimmed().isEmpty());
    const qint64 wait = m_resendAllowedAt.isValid() ? QDateTime::currentDateTimeUtc().secsTo(m_resendAllowedAt) : 0;
    m_resendButton->setEnabled(open && !sending && wait <= 0);
    m_resendButton->setText(wait > 0 ? tr("&Resend (%1 s)").arg(wait) : tr("&Resend"));
}

void TestSendPage::tick()
{
    if (m_session.hasChallenge() && !m_closed) {
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(m_session.expiresAt());
        m_countdown->setText(left > 0 ? tr("Expires in %1").arg(remaining(left)) : tr("Expired"));
    }
    refreshButtons();
}

void TestSendPage::sendCode()
{
    if (m_e164.isEmpty() || m_session.isSending())
        return;
    m_code->clear();
    m_outcome->setMessage(FieldMessage::Kind::Hint, tr("Sending…"));
    Q_EMIT statusMessage(tr("Sending a test code…"));
    m_session.start(m_e164, ProviderKind(m_provider->currentData().toInt()));
}

void TestSendPage::resendCode()
{
    m_outcome->setMessage(FieldMessage::Kind::Hint, tr("Sending a new code…"));
    m_session.resend();
}

void TestSendPage::showReport(const SendReport& report)
{
    switch (report.result) {
    case SendReport::Result::Sent: {
        m_closed = false;
        m_outcome->setMessage(FieldMessage::Kind::Ok, report.sentSummary(m_session.number()));
        if (!report.isResend)
            m_attempts->setText(tr("%n attempt(s) left", nullptr, m_session.policy().maxFailedAttempts));
        m_resendAllowedAt = QDateTime::currentDateTimeUtc().addSecs(m_session.policy().minResendIntervalSeconds);
        m_ticker->start();
        m_code->setFocus();
        break;
    }
    case SendReport::Result::Blocked:
        m_outcome->setMessage(FieldMessage::Kind::Warning, report.explanation);
        if (report.waitSeconds > 0)
            m_resendAllowedAt = QDateTime::currentDateTimeUtc().addSecs(report.waitSeconds);
        break;
    case SendReport::Result::Cancelled:
        m_outcome->setMessage(FieldMessage::Kind::Warning, tr("Cancelled. %1").arg(report.explanation));
        break;
    case SendReport::Result::NotConfigured:
    case SendReport::Result::Refused:
    case SendReport::Result::Failed:
        m_outcome->setMessage(FieldMessage::Kind::Error, report.explanation);
        m_outcome->setToolTip(report.outcome.technicalDetail);
        break;
    }
    tick();
    Q_EMIT statusMessage(
        report.result == SendReport::Result::Sent ? tr("Test code sent.") : tr("The test send did not go through."));
}

void TestSendPage::verifyCode()
{
    if (!m_verifyButton->isEnabled())
        return;
    const send::VerifyReport report = m_session.verifyReport(m_code->text());
    const otp::VerifyResult& result = report.result;
    switch (result.status) {
    case otp::VerifyStatus::Verified:
        m_outcome->setMessage(FieldMessage::Kind::Ok, report.message());
        m_closed = true;
        m_ticker->stop();
        m_countdown->clear();
        break;
    case otp::VerifyStatus::Wrong:
        m_outcome->setMessage(FieldMessage::Kind::Warning, report.message());
        m_attempts->setText(tr("%n attempt(s) left", nullptr, result.attemptsLeft));
        if (result.attemptsLeft == 0)
            m_closed = true;
        break;
    case otp::VerifyStatus::Superseded:
        m_outcome->setMessage(FieldMessage::Kind::Warning, report.message());
        m_attempts->setText(tr("%n attempt(s) left", nullptr, result.attemptsLeft));
        break;
    case otp::VerifyStatus::Expired:
    case otp::VerifyStatus::Locked:
    case otp::VerifyStatus::Closed:
    case otp::VerifyStatus::NotFound:
        m_outcome->setMessage(FieldMessage::Kind::Error, report.message());
        m_closed = true;
        m_ticker->stop();
        break;
    }
    m_code->selectAll();
    refreshButtons();
}

void TestSendPage::generateBackupCodes()
{
    if (m_e164.isEmpty() || m_session.isSending())
        return;
    const QString user = m_e164;
    const auto generate = [this, user] {
        storage::BackupCodeRepository repository(m_context.database);
        const storage::BackupCodeRepository::PolicyResult policy = repository.loadPolicy();
        const otp::BackupGenerateResult generated
            = otp::BackupCodes(repository).generate(user, policy.policy.count, policy.policy.length);
        if (!generated.ok()) {
            m_outcome->setMessage(FieldMessage::Kind::Error, generated.error);
            return;
        }
        showBackupCodes(user, generated.codes, policy.policy.enabled);
    };
    storage::BackupCodeRepository repository(m_context.database);
    const otp::BackupStatus status = otp::BackupCodes(repository).status(user);
    if (status.total == 0) {
        generate();
        return;
    }
    // Replacing a set is final: ask first, without a nested event loop.
    auto* ask = new QMessageBox(QMessageBox::Question, tr("Replace the backup codes?"),
        tr("%1 has %2 of %3 backup codes left. A new set replaces them: the earlier codes stop working.")
            .arg(phone::mask(user))
            .arg(status.remaining)
            .arg(status.total),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    ask->setObjectName(QStringLiteral("replaceBackupCodesBox"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->button(QMessageBox::Yes)->setText(tr("Replace"));
    connect(ask, &QMessageBox::accepted, this, generate);
    ask->open();
}

void TestSendPage::showBackupCodes(const QString& user, const QStringList& codes, bool enabled)
{
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("backupCodesDialog"));
    dialog->setWindowTitle(tr("Backup codes"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* warning = new QLabel(tr("<b>Shown only this once.</b> Copy or write down these %n backup code(s) for %1 "
                                  "now: only their hashes are kept, so they cannot be shown again. Each works once; "
                                  "the earlier set no longer works.",
                                   nullptr, int(codes.size()))
                                   .arg(phone::mask(user).toHtmlEscaped()),
        dialog);
    warning->setWordWrap(true);
    auto* text = new QPlainTextEdit(codes.join(u'\n'), dialog);
    text->setObjectName(QStringLiteral("backupCodesText"));
    text->setAccessibleName(tr("The backup codes"));
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(warning);
    layout->addWidget(text, 1);
    if (!enabled) {
        auto* off = new QLabel(tr("Backup codes are off: tick “Verify accepts a backup code of the number” to "
                                  "use them in Verify."),
            dialog);
        off->setWordWrap(true);
        layout->addWidget(off);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton* copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyBackupCodesButton"));
    connect(copy, &QPushButton::clicked, dialog, [text, copy] {
        QGuiApplication::clipboard()->setText(text->toPlainText());
        copy->setText(tr("Copied"));
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    m_backupDialog = dialog;
    connect(dialog, &QObject::destroyed, this, [this, dialog] {
        if (m_backupDialog == dialog)
            m_backupDialog = nullptr;
    });
    dialog->resize(420, 360);
    dialog->open();
    Q_EMIT statusMessage(tr("New backup codes generated; shown once."));
}

void TestSendPage::addInboxMessage(const sandbox::SandboxMessage& message)
{
    auto* item = new QListWidgetItem(
        tr("%1  %2\n%3")
            .arg(message.receivedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")), message.to, message.text));
    item->setData(Qt::UserRole, message.text);
    m_inbox->insertItem(0, item);
}

} // namespace smsotp::ui
