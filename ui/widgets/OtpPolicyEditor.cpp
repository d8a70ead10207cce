#include "OtpPolicyEditor.h"

#include "FieldMessage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace smsotp::ui {

using otp::PolicyField;

OtpPolicyEditor::OtpPolicyEditor(const QList<PolicyField>& fields, QWidget* parent)
    : QWidget(parent)
    , m_entropyLabel(new QLabel(this))
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins({});
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const otp::FieldSpec& spec : otp::fieldSpecs()) {
        if (fields.contains(spec.field))
            addRow(form, spec.field);
    }
    m_entropyLabel->setObjectName(QStringLiteral("entropyLabel"));
    form->addRow(tr("Entropy"), m_entropyLabel);
    setPolicy(otp::OtpPolicy {});
}

QList<PolicyField> OtpPolicyEditor::everyField()
{
    QList<PolicyField> fields;
    for (const otp::FieldSpec& spec : otp::fieldSpecs())
        fields.append(spec.field);
    return fields;
}

OtpPolicyEditor::Presentation OtpPolicyEditor::presentationOf(PolicyField field)
{
    Presentation shown;
    switch (field) {
    case PolicyField::ExpirySeconds:
        shown.objectName = "expirySpin";
        shown.label = tr("SMS OTP &expiry time");
        shown.unit = tr(" s");
        shown.hint = tr("How long a code stays valid after it is sent (WSO2: SmsOTP.ExpiryTime).");
        break;
    case PolicyField::NumericOnly:
        shown.objectName = "numericCheck";
        shown.label = tr("Use only n&umeric characters for OTP");
        shown.hint = tr("Otherwise codes use upper-case letters and digits, as WSO2 does.");
        break;
    case PolicyField::Length:
        shown.objectName = "lengthSpin";
        shown.label = tr("O&TP length");
        shown.unit = tr(" characters");
        shown.hint = tr("Number of characters in a code (WSO2: SmsOTP.OTPLength).");
        break;
    case PolicyField::ExcludeLookalikes:
        shown.objectName = "excludeLookalikesCheck";
        shown.label = tr("Lea&ve out look-alike characters");
        shown.hint = tr("Alphanumeric codes only: no 0/O or 1/I/L, so codes are read back without mistakes.");
        break;
    case PolicyField::ResendAttempts:
        shown.objectName = "resendAttemptsSpin";
        shown.label = tr("Resend &attempts allowed");
        shown.hint = tr("Resends of one code before further resends are blocked (WSO2: SmsOTP.ResendAttemptsCount).");
        break;
    case PolicyField::ResendBlockMinutes:
        shown.objectName = "resendBlockSpin";
        shown.label = tr("Resend &block duration");
        shown.unit = tr(" min");
        shown.hint = tr("How long resends stay blocked once the limit is reached (WSO2: SmsOTP.ResendBlockDuration).");
        break;
    case PolicyField::MaxFailedAttempts:
        shown.objectName = "maxFailedAttemptsSpin";
        shown.label = tr("Ma&ximum failed attempts");
        shown.hint = tr("Wrong codes before the challenge locks, even for the right code.");
        break;
    case PolicyField::MinResendIntervalSeconds:
        shown.objectName = "minResendIntervalSpin";
        shown.label = tr("Minimum &interval between resends");
        shown.unit = tr(" s");
        shown.hint = tr("Stops a user (or a script) from sending codes in a burst.");
        break;
    case PolicyField::SendsPerHour:
        shown.objectName = "sendsPerHourSpin";
        shown.label = tr("Sends &per number per hour");
        shown.hint = tr("Cost protection: further sends to the same number wait until the hour has passed.");
        break;
    }
    return shown;
}

void OtpPolicyEditor::addRow(QFormLayout* form, PolicyField field)
{
    const Presentation shown = presentationOf(field);
    const otp::FieldSpec& spec = otp::specOf(field);
    Row row { field, nullptr, nullptr, new FieldMessage(this), shown.hint };
    row.message->setObjectName(QLatin1StringView(shown.objectName) + QStringLiteral("Message"));
    QWidget* editor = nullptr;
    if (spec.isBool) {
        row.check = new QCheckBox(shown.label, this);
        connect(row.check, &QAbstractButton::toggled, this, &OtpPolicyEditor::refresh);
        editor = row.check;
    } else {
        row.spin = new QSpinBox(this);
        row.spin->setRange(spec.minimum, spec.maximum);
        row.spin->setSuffix(shown.unit);
        // Every keystroke counts, including text that is not a value yet (empty, or under the minimum), which
        // only the spin box's editor signals; values (arrows, wheel) and the last good value put back when the
        // field is left are signalled by the spin box alone.
        connect(row.spin->findChild<QLineEdit*>(), &QLineEdit::textChanged, this, &OtpPolicyEditor::refresh);
        connect(row.spin, &QSpinBox::textChanged, this, &OtpPolicyEditor::refresh);
        connect(row.spin, &QSpinBox::editingFinished, this, &OtpPolicyEditor::refresh);
        editor = row.spin;
    }
    editor->setObjectName(QLatin1StringView(shown.objectName));
    editor->setAccessibleName(QString(shown.label).remove(QLatin1Char('&')));
    auto* column = new QVBoxLayout;
    column->setSpacing(2);
    if (row.spin) // a number keeps the width of its values; the message below takes the line
        column->addWidget(editor, 0, Qt::AlignLeft);
    else
        column->addWidget(editor);
    column->addWidget(row.message);
    if (row.check) {
        // A check box carries its own label; the form's label column stays empty for it.
        form->addRow(new QWidget(this), column);
    } else {
        auto* buddy = new QLabel(shown.label, this);
        buddy->setBuddy(editor);
        form->addRow(buddy, column);
    }
    m_rows.append(row);
}

void OtpPolicyEditor::setPolicy(const otp::OtpPolicy& policy)
{
    m_base = policy;
    m_loading = true;
    for (const Row& row : std::as_const(m_rows)) {
        if (row.check)
            row.check->setChecked(policy.value(row.field) != 0);
        else
            row.spin->setValue(policy.value(row.field));
    }
    m_loading = false;
    refresh();
}

std::optional<otp::OtpPolicy> OtpPolicyEditor::draft() const
{
    otp::OtpPolicy policy = m_base;
    for (const Row& row : m_rows) {
        if (row.check) {
            policy.setValue(row.field, row.check->isChecked() ? 1 : 0);
            continue;
        }
        const otp::ParsedValue parsed = otp::parseFieldValue(row.field, row.spin->cleanText());
        if (!parsed.value)
            return std::nullopt;
        policy.setValue(row.field, *parsed.value);
    }
    return policy;
}

std::optional<otp::OtpPolicy> OtpPolicyEditor::policy() const
{
    return m_valid ? draft() : std::nullopt;
}

void OtpPolicyEditor::refresh()
{
    if (m_loading)
        return;

    // Text that is no value yet first: it is the reason nothing can be saved.
    QHash<PolicyField, QStringList> errors;
    for (const Row& row : std::as_const(m_rows)) {
        if (!row.spin)
            continue;
        if (const otp::ParsedValue parsed = otp::parseFieldValue(row.field, row.spin->cleanText()); parsed.error)
            errors[row.field].append(parsed.error->message);
    }
    const std::optional<otp::OtpPolicy> typed = draft();
    QHash<PolicyField, QStringList> warnings;
    if (typed) {
        for (const otp::PolicyFinding& finding : typed->findings())
            (finding.severity == otp::Severity::Error ? errors : warnings)[finding.field].append(finding.message);
    }
    for (const Row& row : std::as_const(m_rows)) {
        if (errors.contains(row.field))
            row.message->setMessage(FieldMessage::Kind::Error, errors.value(row.field).join(QLatin1Char('\n')));
        else if (warnings.contains(row.field))
            row.message->setMessage(FieldMessage::Kind::Warning, warnings.value(row.field).join(QLatin1Char('\n')));
        else
            row.message->setMessage(FieldMessage::Kind::Hint, row.hint);
        (row.spin ? static_cast<QWidget*>(row.spin) : row.check)->setAccessibleDescription(row.message->text());
        // Look-alike characters only exist in alphanumeric codes.
        if (row.field == PolicyField::ExcludeLookalikes)
            row.check->setEnabled(typed ? !typed->numericOnly : true);
    }

    m_valid = typed && errors.isEmpty();
    if (m_valid) {
        m_entropyLabel->setText(tr("%1 bits per code (%2 possible characters, %3 positions)")
                                    .arg(typed->entropyBits(), 0, 'f', 1)
                                    .arg(typed->alphabet().size())
                                    .arg(typed->length));
    } else {
        m_entropyLabel->setText(tr("Fix the values above to see the entropy."));
    }
    Q_EMIT changed();
}

} // namespace smsotp::ui
