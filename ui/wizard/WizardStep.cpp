#include "WizardPages.h"

#include <QLabel>

namespace smsotp::ui {

WizardStep::WizardStep(ProviderWizard& wizard, ProviderWizard::PageId id, const QString& name)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
    , m_id(id)
{
    setObjectName(name);
}

QLabel* wrappedLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace smsotp::ui
