#pragma once
// The SMS Provider page: Twilio, Vonage, Custom and Sandbox tabs, the active provider, secrets in the keychain.

#include "Page.h"
#include "storage/ProviderRepository.h"
#include "storage/SecretStore.h"

#include <QSet>
#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;

namespace smsotp::ui {

struct ConsoleContext;
class CustomEditor;
class FieldMessage;
class SecretField;
class VendorEditor;

class ProviderPage : public Page
{
    Q_OBJECT
public:
    explicit ProviderPage(ConsoleContext& context, QWidget* parent = nullptr);
    ~ProviderPage() override;

    static QString pageTitle();
    QString title() const override { return pageTitle(); }
    bool isDirty() const override;
    // Saves the non-secret settings at once, then the secrets through the keychain, asynchronously. Returns true
    // only when everything is saved; false while the keychain works or after a failure (shown on the page).
    bool save() override;
    void revert() override;
    // Shows what is saved now, after another page saved it (Take from server on the Identity Server page).
    // Unsaved edits win: while the page is dirty (or busy with the keychain) nothing is replaced.
    void reload();

    providers::ProviderKind activeProvider() const { return m_saved.active; }
    bool isWaitingForKeychain() const { return !m_queue.isEmpty(); }

Q_SIGNALS:
    void activeProviderChanged(providers::ProviderKind kind);
    // The user asked for the guided setup (the main window opens it).
    void wizardRequested();

private:
    void buildTabs();
    void buildLayout();
    void connectEditors();
    static int tabIndex(providers::ProviderKind kind);
    static QString tabName(providers::ProviderKind kind);
    QStringList problemsOf(providers::ProviderKind kind) const;
    // The tab texts: the active provider and the problem marks of a refused Save, with the list of the problems.
    void updateTabs();
    // False (tabs marked, the first selected, every problem listed) when a changed tab has problems.
    bool refuseProblems();
    void load();
    void showSavedCustom();
    void refresh();
    void runQueue();
    void reveal(SecretField* field, const QString& key);
    void revealHeaders(bool reveal);
    QList<storage::SecretChange> secretChanges() const;
    void secretApplied(const storage::SecretChange& change);
    providers::ProviderKind currentTabKind() const;
    bool isComplete(providers::ProviderKind kind) const;
    QString problemOf(providers::ProviderKind kind) const;
    bool tabChanged(providers::ProviderKind kind) const;
    void markStored(const QString& key, bool stored);

    ConsoleContext& m_context;
    storage::ProviderRepository m_repository;
    storage::ProviderSettings m_saved;
    QSet<QString> m_storedSecrets;
    QList<providers::ProviderKind> m_problemTabs; // marked by a refused Save until fixed
    bool m_showingProblems = false;
    providers::ProviderKind m_active = providers::ProviderKind::Sandbox;
    QList<storage::SecretChange> m_queue; // the keychain changes of a save not done yet

    QTabWidget* m_tabs;
    VendorEditor* m_twilio;
    VendorEditor* m_vonage;
    CustomEditor* m_custom;
    QWidget* m_sandbox;
    QLabel* m_sandboxUrl = nullptr;
    QLabel* m_activeLabel;
    QPushButton* m_useButton;
    FieldMessage* m_pageMessage;
    QPushButton* m_retryButton;
    QPushButton* m_saveButton;
    QPushButton* m_revertButton;
    QString m_headersBeforeReveal; // not null while the stored header values are shown
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace smsotp::ui
