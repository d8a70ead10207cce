#include "TestSendPage.h"

#include "ConsoleContext.h"
#include "otp/BackupCodes.h"
#include "phone/PhoneNumber.h"
#include "sandbox/SandboxGateway.h"
#include "storage/BackupCodeRepository.h"
#include "storage/ProviderRepository.h"
#include "storage/SettingsRepository.h"
#include "widgets/FieldMessage.h"
#include "widgets/SandboxPhoneBox.h"
#include "widgets/SendVerifyPanel.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace smsotp::ui {

using providers::ProviderKind;

TestSendPage::TestSendPage(ConsoleContext& context, QWidget* parent)
    : Page(parent)
    , m_context(context)
    , m_session({ context.database, context.secrets, context.client, context.engine,
                    [&sandbox = context.sandbox] { return sandbox.endpoint(); } },
          this)
    , m_panel(new SendVerifyPanel(m_session, this))
    , m_provider(new QComboBox(this))
    , m_locale(new QComboBox(this))
    , m_senderWarning(new FieldMessage(this))
    , m_backupButton(new QPushButton(tr("&Backup codes…"), this))
    , m_acceptBackup(new QCheckBox(tr("Verify accepts a backup code of the number"), this))
    , m_phone(new SandboxPhoneBox(context.sandbox, this))
{
    setObjectName(QStringLiteral("testSendPage"));
    auto* intro = new QLabel(tr("Send a one-time code through a provider and type back the code that arrives. The "
                                "Sandbox needs no account: its messages appear in the Sandbox phone."),
        this);
    intro->setWordWrap(true);

    m_provider->setObjectName(QStringLiteral("providerCombo"));
    m_provider->setAccessibleName(tr("Provider that sends the code"));
    for (ProviderKind kind :
        { ProviderKind::Sandbox, ProviderKind::Twilio, ProviderKind::Vonage, ProviderKind::Custom })
        m_provider->addItem(providers::providerDisplayName(kind), int(kind));
    m_panel->insertFieldRow(tr("&Provider"), m_provider);
    m_locale->setObjectName(QStringLiteral("localeCombo"));
    m_locale->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_locale->setAccessibleName(tr("Language of the SMS text"));
    m_locale->setToolTip(tr("Which of the SMS texts (Template Preview) the code is sent in."));
    m_panel->insertFieldRow(tr("SMS te&xt"), m_locale);
    m_senderWarning->setObjectName(QStringLiteral("senderWarning"));
    m_senderWarning->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_panel->insertFieldRow(QString(), m_senderWarning);
    m_panel->sendRow()->addWidget(buildBackupRow());

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(intro);
    leftLayout->addWidget(m_panel);
    leftLayout->addWidget(m_acceptBackup);
    leftLayout->addStretch();

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("testSendSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_phone);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connectPanel();
}

QWidget* TestSendPage::buildBackupRow()
{
    m_backupButton->setObjectName(QStringLiteral("backupCodesButton"));
    m_backupButton->setAccessibleName(tr("Generate backup codes for this number"));
    m_backupButton->setToolTip(tr("A new set of backup codes for this number, shown once. The earlier set stops "
                                  "working."));
    m_acceptBackup->setObjectName(QStringLiteral("acceptBackupCheck"));
    m_acceptBackup->setAccessibleName(tr("Verify accepts a backup code of the number"));
    m_acceptBackup->setToolTip(tr("The backup.enabled setting, saved at once: a backup code of the number works "
                                  "instead of the SMS code, once."));
    m_acceptBackup->setChecked(storage::BackupCodeRepository(m_context.database).loadPolicy().policy.enabled);
    return m_backupButton;
}

void TestSendPage::connectPanel()
{
    connect(m_panel, &SendVerifyPanel::sendRequested, this, [this](const QString& e164) {
        Q_EMIT statusMessage(tr("Sending a test code…"));
        m_session.setLocale(m_locale->currentData().toString());
        m_session.start(e164, ProviderKind(m_provider->currentData().toInt()));
    });
    connect(m_panel, &SendVerifyPanel::resendRequested, this, [this] {
        Q_EMIT statusMessage(tr("Sending a new test code…"));
        m_session.resend();
    });
    connect(m_panel, &SendVerifyPanel::numberChanged, this, &TestSendPage::refreshButtons);
    connect(m_panel, &SendVerifyPanel::numberChanged, this, &TestSendPage::refreshSenderWarning);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &TestSendPage::refreshSenderWarning);
    connect(&m_session, &send::TestSendSession::sendingChanged, this, &TestSendPage::refreshButtons);
    connect(&m_session, &send::TestSendSession::sendFinished, this, [this](const send::SendReport& report) {
        using Result = send::SendReport::Result;
        Q_EMIT statusMessage(report.result == Result::Sent ? tr("Test code sent (SMS text: %1).").arg(report.locale)
                : report.result == Result::Cancelled       ? tr("Test send cancelled.")
                                                           : tr("The test send did not go through."));
    });
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, &m_session, &send::TestSendSession::cancel);
    connect(m_backupButton, &QPushButton::clicked, this, &TestSendPage::generateBackupCodes);
    connect(m_acceptBackup, &QCheckBox::toggled, this, &TestSendPage::saveAcceptBackup);
    refreshButtons();
}

void TestSendPage::saveAcceptBackup(bool on)
{
    storage::BackupCodeRepository repository(m_context.database);
    otp::BackupPolicy policy = repository.loadPolicy().policy;
    policy.enabled = on;
    const storage::DbError error = repository.savePolicy(policy);
    if (error.isError()) {
        m_panel->showMessage(FieldMessage::Kind::Error, error.message());
        const QSignalBlocker blocker(m_acceptBackup);
        m_acceptBackup->setChecked(!on);
    }
}

void TestSendPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    // libphonenumber reads its metadata on first use: that happens here, when the page is first shown, not at
    // start-up.
    m_panel->populateCountries(phone::regionForLocale(QLocale::system()));
    fillLocales();
}

// The locales with an SMS text, the default first and chosen unless another still has a text.
void TestSendPage::fillLocales()
{
    const QString chosen = m_locale->currentData().toString();
    const tmpl::SmsTexts texts = storage::SettingsRepository(m_context.database).smsTexts().texts;
    const QSignalBlocker block(m_locale);
    m_locale->clear();
    for (const tmpl::LocalizedSmsText& text : texts.texts) {
        m_locale->addItem(
            text.locale == texts.defaultLocale ? tr("%1 (default)").arg(text.locale) : text.locale, text.locale);
    }
    const int index = m_locale->findData(chosen);
    m_locale->setCurrentIndex(index >= 0 ? index : 0);
}

QString TestSendPage::pageTitle()
{
    return tr("Test Send");
}

void TestSendPage::setDefaultProvider(ProviderKind kind)
{
    if (!m_session.isSending())
        m_provider->setCurrentIndex(m_provider->findData(int(kind)));
}

void TestSendPage::refreshSenderWarning()
{
    const auto kind = ProviderKind(m_provider->currentData().toInt());
    QString warning;
    if (!m_panel->e164().isEmpty() && kind != ProviderKind::Sandbox) {
        const storage::ProviderRepository::LoadResult loaded = storage::ProviderRepository(m_context.database).load();
        warning = providers::senderWarning(kind, loaded.settings.senderOf(kind), m_panel->e164());
    }
    if (warning.isEmpty())
        m_senderWarning->clear();
    else
        m_senderWarning->setMessage(FieldMessage::Kind::Warning, warning);
}

void TestSendPage::refreshButtons()
{
    const bool sending = m_session.isSending();
    m_backupButton->setEnabled(!sending && !m_panel->e164().isEmpty());
    m_provider->setEnabled(!sending);
    m_locale->setEnabled(!sending);
}

void TestSendPage::generateBackupCodes()
{
    if (m_panel->e164().isEmpty() || m_session.isSending())
        return;
    const QString user = m_panel->e164();
    const auto generate = [this, user] {
        storage::BackupCodeRepository repository(m_context.database);
        const storage::BackupCodeRepository::PolicyResult policy = repository.loadPolicy();
        const otp::BackupGenerateResult generated
            = otp::BackupCodes(repository).generate(user, policy.policy.count, policy.policy.length);
        if (!generated.ok()) {
            m_panel->showMessage(FieldMessage::Kind::Error, generated.error);
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
    QPushButton* copy = buttons->addButton(tr("Cop&y"), QDialogButtonBox::ActionRole);
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

} // namespace smsotp::ui
