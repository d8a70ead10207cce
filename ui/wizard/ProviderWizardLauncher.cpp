#include "ProviderWizardLauncher.h"

#include "ConsoleContext.h"
#include "ProviderWizard.h"
#include "pages/OtpSettingsPage.h"
#include "pages/ProviderPage.h"
#include "pages/TestSendPage.h"
#include "storage/ProviderRepository.h"
#include "storage/SettingsRepository.h"

#include <QAbstractButton>
#include <QMainWindow>
#include <QStatusBar>

namespace smsotp::ui {

namespace {
constexpr int kStatusTimeoutMs = 10000;
} // namespace

QString ProviderWizardLauncher::offeredKey()
{
    return QStringLiteral("wizard.offered");
}

ProviderWizardLauncher::ProviderWizardLauncher(
    ConsoleContext& context, QWidget* window, ProviderPage* providerPage, TestSendPage* testSendPage, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_window(window)
    , m_providerPage(providerPage)
    , m_testSendPage(testSendPage)
{
    if (providerPage)
        connect(providerPage, &ProviderPage::wizardRequested, this, &ProviderWizardLauncher::open);
}

ProviderWizard* ProviderWizardLauncher::wizard() const
{
    return m_wizard;
}

ProviderWizard* ProviderWizardLauncher::open()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    m_wizard = new ProviderWizard(m_context, m_window);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &ProviderWizard::committed, this, [this](providers::ProviderKind kind) {
        // The provider page shows what is saved now (and says which provider is active); an edit in progress there
        // is kept (Revert shows the rest).
        if (m_providerPage)
            m_providerPage->reload();
        if (m_testSendPage)
            m_testSendPage->setDefaultProvider(kind);
        if (auto* otpPage = m_window->findChild<OtpSettingsPage*>(); otpPage && !otpPage->isDirty())
            otpPage->reload();
        // Last, so it is the line the status bar keeps; the status bar's own label names the active provider.
        if (auto* main = qobject_cast<QMainWindow*>(m_window))
            main->statusBar()->showMessage(tr("Provider setup saved."), kStatusTimeoutMs);
    });
    m_wizard->open();
    return m_wizard;
}

ProviderWizard* ProviderWizardLauncher::offerOnFirstStart()
{
    storage::SettingsRepository settings(m_context.database);
    const storage::SettingsRepository::ValueResult offered = settings.value(offeredKey());
    if (offered.error.isError() || offered.value)
        return nullptr;
    // Written first: the offer is made once, whatever the user does with it.
    if (settings.setValue(offeredKey(), QStringLiteral("1")).isError())
        return nullptr;
    const storage::ProviderRepository::LoadResult providers = storage::ProviderRepository(m_context.database).load();
    if (providers.error.isError() || !providers.settings.configured.isEmpty())
        return nullptr; // an existing profile from before the wizard: not a first start
    ProviderWizard* wizard = open();
    wizard->setButtonText(QWizard::CancelButton, tr("&Skip for now"));
    wizard->button(QWizard::CancelButton)
        ->setToolTip(
            tr("The built-in sandbox stays active; the wizard is in the File menu and on the SMS Provider page."));
    return wizard;
}

} // namespace smsotp::ui
