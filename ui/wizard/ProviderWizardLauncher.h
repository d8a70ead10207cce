#pragma once
// Opens the provider setup wizard for the main window: from the menu, from the provider page, and once on the
// first start of a fresh data folder. The window brings its pages up to date after a commit (committed).

#include "providers/ProviderKind.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace smsotp::ui {

struct ConsoleContext;
class ProviderWizard;

class ProviderWizardLauncher : public QObject
{
    Q_OBJECT
public:
    // The settings key written once the wizard has been offered on a fresh data folder.
    static QString offeredKey(); // "wizard.offered"

    ProviderWizardLauncher(ConsoleContext& context, QWidget* window, QObject* parent = nullptr);

    // Opens the wizard (window-modal, without a nested event loop), or raises the one already open.
    ProviderWizard* open();
    // On a fresh data folder (never offered, no provider configured): records the offer and opens the wizard,
    // whose Cancel reads "Skip" (the sandbox stays active). Returns the wizard, or null when not offered.
    ProviderWizard* offerOnFirstStart();

    // The open wizard, or null.
    ProviderWizard* wizard() const;

Q_SIGNALS:
    // The wizard saved kind's setup and made it the active provider.
    void committed(smsotp::providers::ProviderKind kind);

private:
    ConsoleContext& m_context;
    QWidget* m_window;
    QPointer<ProviderWizard> m_wizard;
};

} // namespace smsotp::ui
