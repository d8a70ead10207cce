#pragma once
// The main window: the navigation list of pages, the page on the right, menus, status bar.

#include "providers/ProviderKind.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <functional>
#include <memory>

class QListWidget;
class QSettings;
class QSplitter;
class QStackedWidget;
class QLabel;

namespace smsotp::storage {
class SettingsRepository;
}

namespace smsotp::ui {

struct ConsoleContext;
class HistoryPage;
class OtpSettingsPage;
class Page;
class PreviewPage;
class ProviderPage;
class ProviderWizardLauncher;
class TestSendPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Asked when a page with unsaved edits would be left: Save, Discard or Cancel.
    using UnsavedPrompt = std::function<QMessageBox::StandardButton(Page* page)>;

    MainWindow(ConsoleContext& context, QSettings& settings, bool isDefaultDataDir, QWidget* parent = nullptr);
    ~MainWindow() override;

    void setUnsavedPrompt(UnsavedPrompt prompt) { m_prompt = std::move(prompt); }

    Page* currentPage() const;
    int pageCount() const { return int(m_entries.size()); }
    // A page is built the first time it is shown (start-up builds only the page it opens on). page() builds it
    // now if it is not yet built; pages() builds every page.
    Page* page(int index);
    QList<Page*> pages();
    // Shows the page at index, asking first if the current page has unsaved edits. False when cancelled.
    bool showPage(int index);
    // The provider setup wizard; offerSetupWizard() is the entry point's call (once per fresh data folder).
    ProviderWizardLauncher& wizardLauncher() const { return *m_wizardLauncher; }
    void offerSetupWizard();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    struct PageEntry
    {
        QString title;
        std::function<Page*()> build;
        Page* page = nullptr;
    };

    void createPages();
    void addPage(const QString& title, std::function<Page*()> build);
    // Ties a page just built into the window (title mark, status line).
    void adopt(Page* page);
    // Moves the page into its slot of the stack the first time it is shown.
    void placePage(int index);
    // Scrolls the current page so that the focused widget, when it is on the page, is in sight.
    void revealFocused(QWidget* focused);
    void createMenus();
    void updateNavigationItem(Page* page);
    // Save, discard or keep the page's edits. False when the user chose to stay.
    bool resolveUnsaved(Page* page);
    void showAbout();
    // The provider sends go through: the permanent status-bar label names it on every page, and Test Send
    // (when built) preselects it.
    void setActiveProvider(providers::ProviderKind kind);
    // After Take from server wrote the settings, the provider and the SMS texts: the built pages show them.
    void reloadTakenConfiguration();
    // After the setup wizard saved a provider.
    void showWizardCommit(providers::ProviderKind kind);

    ConsoleContext& m_context;
    QSettings& m_settings;
    std::unique_ptr<storage::SettingsRepository> m_settingsRepository;
    QSplitter* m_splitter;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    QLabel* m_profileLabel;
    QLabel* m_providerLabel;
    QList<PageEntry> m_entries;
    // The pages that others talk to, once built.
    QPointer<OtpSettingsPage> m_otpSettingsPage;
    QPointer<ProviderPage> m_providerPage;
    QPointer<PreviewPage> m_previewPage;
    QPointer<TestSendPage> m_testSendPage;
    QPointer<HistoryPage> m_historyPage;
    providers::ProviderKind m_activeProvider = providers::ProviderKind::Sandbox;
    UnsavedPrompt m_prompt;
    ProviderWizardLauncher* m_wizardLauncher = nullptr;
    QMetaObject::Connection m_focusConnection;
};

} // namespace smsotp::ui
