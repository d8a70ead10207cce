#include "WizardPages.h"
#include "widgets/FieldMessage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace smsotp::ui {

namespace {

QSpinBox* spinFor(otp::PolicyField field, const QString& name, const QString& suffix, QWidget* parent)
{
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(otp::specOf(field).minimum, otp::specOf(field).maximum);
    spin->setSuffix(suffix);
    return spin;
}

} // namespace

OtpStep::OtpStep(ProviderWizard& wizard)
    : WizardStep(wizard, ProviderWizard::OtpPage, QStringLiteral("wizardOtpPage"))
    , m_expiry(spinFor(otp::PolicyField::ExpirySeconds, QStringLiteral("wizardExpirySpin"), tr(" s"), this))
    , m_length(spinFor(otp::PolicyField::Length, QStringLiteral("wizardLengthSpin"), tr(" characters"), this))
    , m_numeric(new QCheckBox(tr("Use only &numeric characters"), this))
    , m_message(new FieldMessage(this))
{
    setTitle(tr("OTP settings at a glance"));
    setSubTitle(tr("How the codes look and how long they live; the defaults follow WSO2 Identity Server, and the "
                   "OTP Settings page has every other limit."));
    m_expiry->setAccessibleName(tr("Expiry time in seconds"));
    m_length->setAccessibleName(tr("Code length in characters"));
    m_numeric->setObjectName(QStringLiteral("wizardNumericCheck"));
    m_numeric->setAccessibleName(tr("Use only numeric characters"));
    m_message->setObjectName(QStringLiteral("wizardOtpMessage"));
    auto* expiryLabel = new QLabel(tr("&Expiry time"), this);
    expiryLabel->setBuddy(m_expiry);
    auto* lengthLabel = new QLabel(tr("Code &length"), this);
    lengthLabel->setBuddy(m_length);
    auto* form = new QFormLayout(this);
    // Numbers keep the width of their values; the message below takes the line.
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_message->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    form->addRow(expiryLabel, m_expiry);
    form->addRow(lengthLabel, m_length);
    form->addRow(QString(), m_numeric);
    form->addRow(QString(), m_message);
    connect(m_expiry, &QSpinBox::valueChanged, this, &OtpStep::refresh);
    connect(m_length, &QSpinBox::valueChanged, this, &OtpStep::refresh);
    connect(m_numeric, &QCheckBox::toggled, this, &OtpStep::refresh);
}

void OtpStep::setPolicy(const otp::OtpPolicy& policy)
{
    m_expiry->setValue(policy.expirySeconds);
    m_length->setValue(policy.length);
    m_numeric->setChecked(policy.numericOnly);
    refresh();
}

std::optional<otp::OtpPolicy> OtpStep::policy() const
{
    otp::OtpPolicy policy = m_wizard.savedPolicy();
    policy.expirySeconds = m_expiry->value();
    policy.length = m_length->value();
    policy.numericOnly = m_numeric->isChecked();
    if (!policy.isValid())
        return std::nullopt;
    return policy;
}

void OtpStep::refresh()
{
    otp::OtpPolicy draft = m_wizard.savedPolicy();
    draft.expirySeconds = m_expiry->value();
    draft.length = m_length->value();
    draft.numericOnly = m_numeric->isChecked();
    QStringList errors;
    QStringList warnings;
    for (const otp::PolicyFinding& finding : draft.findings())
        (finding.severity == otp::Severity::Error ? errors : warnings).append(finding.message);
    if (errors.isEmpty()) {
        warnings.prepend(tr("%1 bits per code; a code lives %2 seconds.")
                             .arg(draft.entropyBits(), 0, 'f', 1)
                             .arg(draft.expirySeconds));
    }
    if (!errors.isEmpty())
        m_message->setMessage(FieldMessage::Kind::Error, errors.join(QLatin1Char('\n')));
    else if (warnings.size() > 1)
        m_message->setMessage(FieldMessage::Kind::Warning, warnings.join(QLatin1Char('\n')));
    else
        m_message->setMessage(FieldMessage::Kind::Hint, warnings.value(0));
    changed();
}

} // namespace smsotp::ui
