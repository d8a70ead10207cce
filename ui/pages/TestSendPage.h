#pragma once
// The Test Send page: send a one-time code through a provider, verify the code typed back, and the sandbox phone.

#include "Page.h"
#include "send/TestSendSession.h"

class QCheckBox;
class QComboBox;
class QDialog;
class QPushButton;

namespace smsotp::ui {

class FieldMessage;

struct ConsoleContext;
class SandboxPhoneBox;
class SendVerifyPanel;

class TestSendPage : public Page
{
    Q_OBJECT
public:
    explicit TestSendPage(ConsoleContext& context, QWidget* parent = nullptr);

    static QString pageTitle();
    QString title() const override { return pageTitle(); }
    send::TestSendSession& session() { return m_session; }
    SendVerifyPanel* panel() const { return m_panel; }
    // The dialog that shows a new set of backup codes, while it is open (for tests).
    QDialog* backupCodesDialog() const { return m_backupDialog; }
    // The provider the page sends with unless the user picks another (the active one).
    void setDefaultProvider(providers::ProviderKind kind);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildBackupRow();
    void connectPanel();
    void refreshButtons();
    // A sender name to a country whose carriers refuse names: said before the send (which still goes).
    void refreshSenderWarning();
    // Backup codes for the current number: asks before replacing a set, then shows the new codes once.
    void generateBackupCodes();
    void showBackupCodes(const QString& user, const QStringList& codes, bool enabled);
    void saveAcceptBackup(bool on);

    ConsoleContext& m_context;
    send::TestSendSession m_session;
    SendVerifyPanel* m_panel;
    QComboBox* m_provider;
    QComboBox* m_locale; // the SMS text's locale
    void fillLocales();
    FieldMessage* m_senderWarning;
    QPushButton* m_backupButton;
    QCheckBox* m_acceptBackup;
    SandboxPhoneBox* m_phone;
    QDialog* m_backupDialog = nullptr;
};

} // namespace smsotp::ui
