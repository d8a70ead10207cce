#pragma once
// The main window: the navigation list of pages, the page on the right, menus, status bar.

#include "providers/ProviderKind.h"

#include <QMainWindow>
#include <QMessageBox>
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
class Page;
class ProviderWizardLauncher;

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
    QList<Page*> pages() const { return m_pages; }
    // Shows the page at index, asking first if the current page has unsaved edits. False when cancelled.
    bool showPage(int index);
    // The provider setup wizard; offerSetupWizard() is the entry point's call (once per fresh data folder).
    ProviderWizardLauncher& wizardLauncher() const { return *m_wizardLauncher; }
    void offerSetupWizard();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createPages();
    void addPage(Page* page);
    // Moves the page into its slot of the stack the first time it is shown.
    void placePage(int index);
    // Scrolls the current page so that the focused widget, when it is on the page, is in sight.
    void revealFocused(QWidget* focused);
    void createMenus();
    void updateNavigationItem(Page* page);
    // Save, discard or keep the page's edits. False when the user chose to stay.
    bool resolveUnsaved(Page* page);
    void showAbout();
    // The permanent status-bar label: the provider sends go through, named on every page.
    void showActiveProvider(providers::ProviderKind kind);

    ConsoleContext& m_context;
    QSettings& m_settings;
    std::unique_ptr<storage::SettingsRepository> m_settingsRepository;
    QSplitter* m_splitter;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    QLabel* m_profileLabel;
    QLabel* m_providerLabel;
    QList<Page*> m_pages;
    UnsavedPrompt m_prompt;
    ProviderWizardLauncher* m_wizardLauncher = nullptr;
    QMetaObject::Connection m_focusConnection;
};

} // namespace smsotp::ui
