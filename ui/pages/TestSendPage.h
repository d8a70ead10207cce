#pragma once
// The Test Send page: send a real code through a provider, verify the code typed back, and the sandbox phone.

#include "Page.h"
#include "send/TestSendSession.h"

class QCheckBox;
class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTimer;

namespace smsotp::sandbox {
struct SandboxMessage;
}

namespace smsotp::ui {

struct ConsoleContext;
class FieldMessage;

class TestSendPage : public Page
{
    Q_OBJECT
public:
    explicit TestSendPage(ConsoleContext& context, QWidget* parent = nullptr);

    QString title() const override;
    send::TestSendSession& session() { return m_session; }
    // The dialog that shows a new set of backup codes, while it is open (for tests).
    QDialog* backupCodesDialog() const { return m_backupDialog; }
    // The provider the page sends with unless the user picks another (the active one).
    void setDefaultProvider(providers::ProviderKind kind);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void sendCode();
    void resendCode();
    void verifyCode();
    void showReport(const send::SendReport& report);
    void addInboxMessage(const sandbox::SandboxMessage& message);
    void tick();
    void refreshNumber();
    void refreshButtons();
    // Backup codes for the current number: asks before replacing a set, then shows the new codes once.
    void generateBackupCodes();
    void showBackupCodes(const QString& user, const QStringList& codes, bool enabled);

    ConsoleContext& m_context;
    send::TestSendSession m_session;
    QComboBox* m_country;
    QLineEdit* m_number;
    FieldMessage* m_numberMessage;
    QComboBox* m_provider;
    QPushButton* m_sendButton;
    QPushButton* m_cancelButton;
    QProgressBar* m_progress;
    FieldMessage* m_outcome;
    QLineEdit* m_code;
    QPushButton* m_verifyButton;
    QPushButton* m_resendButton;
    QLabel* m_countdown;
    QLabel* m_attempts;
    QListWidget* m_inbox;
    QComboBox* m_failMode;
    QPushButton* m_clearInbox;
    QTimer* m_ticker;
    QPushButton* m_backupButton;
    QCheckBox* m_acceptBackup;
    QDialog* m_backupDialog = nullptr;
    QString m_e164; // the normalised number, empty while the input is not a valid mobile number
    QDateTime m_resendAllowedAt; // the minimum interval or a block; invalid when nothing holds resends back
    bool m_closed = true; // no challenge open for verification
};

} // namespace smsotp::ui
