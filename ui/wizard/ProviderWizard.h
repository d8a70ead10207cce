#pragma once
// The guided provider setup: from nothing to a provider that has delivered and verified a real test code. It
// embeds the provider page's editors (no second form), sends the test code with the unsaved setup held in
// memory, and writes nothing (database or keychain) before its commit page.

#include "otp/OtpPolicy.h"
#include "providers/ProviderClient.h"
#include "providers/ProviderKind.h"
#include "send/TestSendSession.h"
#include "storage/ProviderRepository.h"
#include "storage/SecretStore.h"

#include <QSet>
#include <QWizard>
#include <functional>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace smsotp::ui {

struct ConsoleContext;
class CustomEditor;
class FieldMessage;
class VendorEditor;

class ProviderWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        ChoosePage,
        TwilioCredentialsPage,
        VonageCredentialsPage,
        CustomCredentialsPage,
        CheckPage,
        SenderPage,
        OtpPage,
        TestSendPage,
        CodePage,
        SummaryPage,
        CommitPage,
    };

    // Pre-fills every editor with what is saved (secrets as •••) and starts on the active provider.
    explicit ProviderWizard(ConsoleContext& context, QWidget* parent = nullptr);
    ~ProviderWizard() override;

    providers::ProviderKind chosenKind() const;
    // True once the commit page has stored everything.
    bool isCommitted() const { return m_committed; }
    // The test session of the wizard (for tests: the codes it sent).
    send::TestSendSession& session() { return m_session; }

    void reject() override;

Q_SIGNALS:
    // Everything is stored and kind is the active provider.
    void committed(smsotp::providers::ProviderKind kind);

private:
    class Step;
    Step* addStep(PageId id, const QString& name, const QString& title, const QString& subtitle);
    void buildChoosePage();
    void buildCredentialPages();
    void buildCheckPage();
    void buildSenderPage();
    void buildOtpPage();
    void buildTestSendPage();
    void buildCodePage();
    void buildSummaryPage();
    void buildCommitPage();
    void loadSaved();
    // Puts the chosen vendor's editor on the page now shown, with the part that page is about.
    void placeEditor(int pageId);
    VendorEditor* vendorEditor() const;
    int nextAfter(PageId id) const;

    std::optional<otp::OtpPolicy> draftPolicy() const;
    void refreshOtp();
    void refreshNumber();
    void sendCode();
    void showSendReport(const send::SendReport& report);
    void verifyCode();
    QString summaryText() const;
    // The setup the form describes, with the secrets it needs: typed ones from the form, stored ones read from
    // the keychain (reading changes nothing). done gets the setup, or an explanation.
    void buildDraftSetup(std::function<void(std::optional<providers::ProviderSetup>, const QString&)> done);

    // The commit: secrets first (the keychain may refuse), then the rest in SQLite and the active provider.
    QList<storage::SecretChange> secretWrites() const;
    void startCommit();
    void runCommitQueue();
    void finishCommit();

    ConsoleContext& m_context;
    storage::ProviderRepository m_repository;
    storage::ProviderSettings m_saved;
    QSet<QString> m_storedSecrets;
    otp::OtpPolicy m_savedPolicy;
    send::TestSendSession m_session;

    VendorEditor* m_twilio;
    VendorEditor* m_vonage;
    CustomEditor* m_custom;
    QButtonGroup* m_kindGroup;
    QHash<int, QVBoxLayout*> m_editorSlots; // page id -> where the vendor editor goes on that page

    QLabel* m_checkIntro = nullptr;
    QCheckBox* m_skipCheck = nullptr;

    QLineEdit* m_expiry = nullptr;
    QLineEdit* m_length = nullptr;
    QCheckBox* m_numeric = nullptr;
    FieldMessage* m_otpMessage = nullptr;

    QLineEdit* m_number = nullptr;
    FieldMessage* m_numberMessage = nullptr;
    QPushButton* m_sendButton = nullptr;
    QPushButton* m_cancelSendButton = nullptr;
    QProgressBar* m_sendProgress = nullptr;
    FieldMessage* m_sendOutcome = nullptr;
    QLabel* m_sandboxPhone = nullptr;
    QString m_e164;
    bool m_preparing = false; // reading stored secrets for the draft setup
    bool m_sent = false;

    QLineEdit* m_code = nullptr;
    QPushButton* m_verifyButton = nullptr;
    FieldMessage* m_verifyMessage = nullptr;
    bool m_verified = false;

    QLabel* m_summary = nullptr;

    FieldMessage* m_commitMessage = nullptr;
    QPushButton* m_commitRetry = nullptr;
    QProgressBar* m_commitProgress = nullptr;
    QList<storage::SecretChange> m_commitQueue;
    bool m_committing = false;
    bool m_committed = false;
};

} // namespace smsotp::ui
