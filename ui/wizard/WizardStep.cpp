#include "WizardPages.h"

#include <QLabel>
#include <QVBoxLayout>

namespace smsotp::ui {

WizardStep::WizardStep(ProviderWizard& wizard, ProviderWizard::PageId id, const QString& name)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
    , m_id(id)
    , m_explanation(wrappedLabel(QString(), this))
    , m_body(new QVBoxLayout)
{
    setObjectName(name);
    m_explanation->setObjectName(QStringLiteral("wizardExplanation"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addLayout(m_body, 1);
}

void WizardStep::setExplanation(const QString& text)
{
    m_explanation->setText(text);
}

QLabel* wrappedLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace smsotp::ui
