#pragma once
// The pages of the provider setup wizard, on a small base; each is implemented in a file of its own.

#include "ProviderWizard.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace smsotp::ui {

class FieldMessage;
class OtpPolicyEditor;
class SendVerifyPanel;
enum class ChallengeState;

// A page that knows its wizard: where Next goes is the wizard's business (ProviderWizard::nextAfter).
class WizardStep : public QWizardPage
{
    Q_OBJECT
public:
    WizardStep(ProviderWizard& wizard, ProviderWizard::PageId id, const QString& name);

    int nextId() const override { return m_wizard.nextAfter(m_id); }
    // Re-evaluates isComplete() (Next follows it).
    void changed() { Q_EMIT completeChanged(); }

protected:
    // What the page is for, at its top. Not QWizardPage's subtitle: the wizard's header gives a subtitle the
    // height of about two lines whatever its length, and cuts the rest (a longer or a translated one).
    void setExplanation(const QString& text);
    // Where the page puts its widgets, under the explanation.
    QVBoxLayout* body() const { return m_body; }

    ProviderWizard& m_wizard;
    const ProviderWizard::PageId m_id;

private:
    QLabel* m_explanation;
    QVBoxLayout* m_body;
};

// A label that wraps, for the explanations of the pages.
QLabel* wrappedLabel(const QString& text, QWidget* parent);

// ChoosePage.cpp
class ChooseStep : public WizardStep
{
    Q_OBJECT
public:
    explicit ChooseStep(ProviderWizard& wizard);
    bool isComplete() const override;
};

// CredentialsPages.cpp: a vendor's account and secret (the provider page's editor, placed by the wizard).
class VendorCredentialsStep : public WizardStep
{
    Q_OBJECT
public:
    VendorCredentialsStep(ProviderWizard& wizard, ProviderWizard::PageId id);
    void initializePage() override;
    // Back keeps what was typed (QWizardPage's default would reset the fields to their first values).
    void cleanupPage() override { }
    bool isComplete() const override;

private:
    VendorEditor* m_editor = nullptr; // from the first visit on
};

// CredentialsPages.cpp: the custom gateway, described as WSO2 does.
class CustomCredentialsStep : public WizardStep
{
    Q_OBJECT
public:
    explicit CustomCredentialsStep(ProviderWizard& wizard);
    void initializePage() override;
    // Back keeps what was typed (QWizardPage's default would reset the fields to their first values).
    void cleanupPage() override { }
    bool isComplete() const override;

private:
    QScrollArea* m_scroll; // holds the editor from the first visit on
};

// CheckPage.cpp: asks the vendor whether the credentials work; a custom gateway skips explicitly.
class CheckStep : public WizardStep
{
    Q_OBJECT
public:
    explicit CheckStep(ProviderWizard& wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    QLabel* m_intro;
    QCheckBox* m_skip;
};

// SenderPage.cpp: who the SMS comes from.
class SenderStep : public WizardStep
{
    Q_OBJECT
public:
    explicit SenderStep(ProviderWizard& wizard);
    bool isComplete() const override;
};

// OtpPage.cpp: code length, alphabet and lifetime.
class OtpStep : public WizardStep
{
    Q_OBJECT
public:
    explicit OtpStep(ProviderWizard& wizard);
    void initializePage() override;
    bool isComplete() const override { return policy().has_value(); }
    std::optional<otp::OtpPolicy> policy() const;

private:
    OtpPolicyEditor* m_editor = nullptr; // from the first visit on
};

// SendVerifyPage.cpp: the Test Send page's panel, with where the code arrives and a visible "verified".
class SendVerifyStep : public WizardStep
{
    Q_OBJECT
public:
    explicit SendVerifyStep(ProviderWizard& wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void build(); // on the first visit
    void send(const QString& e164);
    void showStateOf(ChallengeState state);

    SendVerifyPanel* m_panel = nullptr;
    QLabel* m_where = nullptr; // where the code arrives: the Sandbox SMS itself, or the phone
    QLabel* m_verified = nullptr;
    bool m_preparing = false; // reading stored secrets for the draft setup
};

// SummaryPage.cpp: what will be stored (the commit page).
class SummaryStep : public WizardStep
{
    Q_OBJECT
public:
    explicit SummaryStep(ProviderWizard& wizard);
    void initializePage() override;

private:
    QString summaryText() const;

    QLabel* m_summary;
};

// CommitPage.cpp: secrets first (the keychain may refuse), then the rest in SQLite and the active provider.
class CommitStep : public WizardStep
{
    Q_OBJECT
public:
    explicit CommitStep(ProviderWizard& wizard);
    void initializePage() override;
    bool isComplete() const override { return m_committed; }

private:
    QList<storage::SecretChange> secretWrites() const;
    void runQueue();
    void finish();
    // What was written, one line each, for the page: exactly what the commit did.
    QStringList savedLines(providers::ProviderKind kind, bool policySaved) const;

    FieldMessage* m_message;
    QLabel* m_saved;
    QPushButton* m_retry;
    QProgressBar* m_progress;
    QList<storage::SecretChange> m_queue;
    QStringList m_secretsWritten; // display names of the secrets the keychain took
    bool m_committing = false;
    bool m_committed = false;
};

} // namespace smsotp::ui
