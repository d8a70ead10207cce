#include "ProviderWizardLauncher.h"

#include "ConsoleContext.h"
#include "ProviderWizard.h"
#include "storage/ProviderRepository.h"
#include "storage/SettingsRepository.h"

#include <QAbstractButton>

namespace smsotp::ui {

QString ProviderWizardLauncher::offeredKey()
{
    return QStringLiteral("wizard.offered");
}

ProviderWizardLauncher::ProviderWizardLauncher(ConsoleContext& context, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_window(window)
{ }

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
    connect(m_wizard, &ProviderWizard::committed, this, &ProviderWizardLauncher::committed);
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
