#pragma once
// The guided provider setup: from nothing to a provider that has delivered and verified a test code. It embeds
// the provider page's editors and the Test Send page's send-and-verify panel (no second form), sends the test code
// with the unsaved setup held in memory, and writes nothing (database or keychain) before its commit page. The
// wizard holds what its pages share; each page is a class of its own (WizardPages.h, one file per page).

#include "otp/OtpPolicy.h"
#include "providers/ProviderClient.h"
#include "providers/ProviderKind.h"
#include "send/TestSendSession.h"
#include "storage/ProviderRepository.h"
#include "storage/SecretStore.h"

#include <QHash>
#include <QSet>
#include <QWizard>
#include <functional>
#include <optional>

class QButtonGroup;
class QVBoxLayout;

namespace smsotp::ui {

struct ConsoleContext;
class CustomEditor;
class OtpStep;
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
        TestSendPage, // send a code and verify it: the Test Send page's panel
        SummaryPage,
        CommitPage,
    };

    // Starts on the active provider. A provider's editor is built when first asked for (its page is first shown),
    // pre-filled with what is saved (secrets as •••): the wizard opens on a fresh profile right after start-up.
    explicit ProviderWizard(ConsoleContext& context, QWidget* parent = nullptr);
    ~ProviderWizard() override;

    providers::ProviderKind chosenKind() const;
    // True once the commit page has stored everything.
    bool isCommitted() const { return m_committed; }
    // The test session of the wizard (for tests: the codes it sent).
    send::TestSendSession& session() { return m_session; }

    void reject() override;

    // What the pages share.
    ConsoleContext& context() const { return m_context; }
    storage::ProviderRepository& repository() { return m_repository; }
    QSet<QString>& storedSecrets() { return m_storedSecrets; }
    QButtonGroup* kindGroup() const { return m_kindGroup; }
    VendorEditor* twilio();
    VendorEditor* vonage();
    CustomEditor* custom();
    // The chosen vendor's editor; null for Custom and the Sandbox.
    VendorEditor* vendorEditor();
    int nextAfter(PageId id) const;
    // The OTP settings as the OTP page has them, when valid; and as saved.
    std::optional<otp::OtpPolicy> draftPolicy() const;
    const otp::OtpPolicy& savedPolicy() const { return m_savedPolicy; }
    void setSavedPolicy(const otp::OtpPolicy& policy) { m_savedPolicy = policy; }
    // The setup the form describes, with the secrets it needs: typed ones from the form, stored ones read from
    // the keychain (reading changes nothing). done gets the setup, or an explanation.
    void buildDraftSetup(std::function<void(std::optional<providers::ProviderSetup>, const QString&)> done);
    // Where the chosen vendor's editor goes when the page id is shown.
    void addEditorSlot(PageId id, QVBoxLayout* slot) { m_editorSlots.insert(id, slot); }
    // The commit page stored everything: the wizard can only finish now.
    void markCommitted(providers::ProviderKind kind);

Q_SIGNALS:
    // Everything is stored and kind is the active provider.
    void committed(smsotp::providers::ProviderKind kind);
    // A provider's editor changed or finished a credential check: the pages re-evaluate whether Next is possible.
    void editorChanged();

private:
    void loadSaved();
    VendorEditor* makeVendorEditor(providers::ProviderKind kind);
    // Puts the chosen vendor's editor on the page now shown, with the part that page is about.
    void placeEditor(int pageId);

    ConsoleContext& m_context;
    storage::ProviderRepository m_repository;
    storage::ProviderSettings m_saved;
    QSet<QString> m_storedSecrets;
    otp::OtpPolicy m_savedPolicy;
    send::TestSendSession m_session;

    VendorEditor* m_twilio = nullptr;
    VendorEditor* m_vonage = nullptr;
    CustomEditor* m_custom = nullptr;
    QButtonGroup* m_kindGroup;
    QHash<int, QVBoxLayout*> m_editorSlots; // page id -> where the vendor editor goes on that page
    OtpStep* m_otpStep = nullptr;
    bool m_committed = false;
};

} // namespace smsotp::ui
