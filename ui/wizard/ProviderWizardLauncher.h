#pragma once
// Opens the provider setup wizard for the main window: from the menu, from the provider page, and once on the
// first start of a fresh data folder. After a commit it brings the pages up to date.

#include <QObject>
#include <QPointer>

class QWidget;

namespace smsotp::ui {

struct ConsoleContext;
class ProviderPage;
class ProviderWizard;
class TestSendPage;

class ProviderWizardLauncher : public QObject
{
    Q_OBJECT
public:
    // The settings key written once the wizard has been offered on a fresh data folder.
    static QString offeredKey(); // "wizard.offered"

    ProviderWizardLauncher(ConsoleContext& context, QWidget* window, ProviderPage* providerPage,
        TestSendPage* testSendPage, QObject* parent = nullptr);

    // Opens the wizard (window-modal, without a nested event loop), or raises the one already open.
    ProviderWizard* open();
    // On a fresh data folder (never offered, no provider configured): records the offer and opens the wizard,
    // whose Cancel reads "Skip" (the sandbox stays active). Returns the wizard, or null when not offered.
    ProviderWizard* offerOnFirstStart();

    // The open wizard, or null.
    ProviderWizard* wizard() const;

private:
    ConsoleContext& m_context;
    QWidget* m_window;
    QPointer<ProviderPage> m_providerPage;
    QPointer<TestSendPage> m_testSendPage;
    QPointer<ProviderWizard> m_wizard;
};

} // namespace smsotp::ui
