#include "OtpSettingsPage.h"

#include "storage/SettingsRepository.h"
#include "widgets/FieldMessage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace smsotp::ui {

using otp::PolicyField;

OtpSettingsPage::OtpSettingsPage(storage::SettingsRepository& repository, QWidget* parent)
    : Page(parent)
    , m_repository(repository)
    , m_entropyLabel(new QLabel(this))
    , m_pageMessage(new FieldMessage(this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
    , m_revertButton(new QPushButton(tr("&Revert"), this))
{
    setObjectName(QStringLiteral("otpSettingsPage"));

    auto* intro = new QLabel(tr("How the one-time codes look, how long they live, and the limits that protect "
                                "users and your SMS budget. These are the SMS OTP settings of WSO2 Identity "
                                "Server, plus the console's own limits for test sends."),
        this);
    intro->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addRow(form, PolicyField::ExpirySeconds, QStringLiteral("expiryEdit"), tr("SMS OTP &expiry time (seconds)"),
        tr("How long a code stays valid after it is sent (WSO2: SmsOTP.ExpiryTime)."));
    addRow(form, PolicyField::NumericOnly, QStringLiteral("numericCheck"), tr("Use only &numeric characters for OTP"),
        tr("Otherwise codes use upper-case letters and digits, as WSO2 does."));
    addRow(form, PolicyField::Length, QStringLiteral("lengthEdit"), tr("OTP &length"),
        tr("Number of characters in a code (WSO2: SmsOTP.OTPLength)."));
    addRow(form, PolicyField::ExcludeLookalikes, QStringLiteral("excludeLookalikesCheck"),
        tr("Leave out &look-alike characters"),
        tr("Alphanumeric codes only: no 0/O or 1/I/L, so codes are read back without mistakes."));
    addRow(form, PolicyField::ResendAttempts, QStringLiteral("resendAttemptsEdit"), tr("Resend &attempts allowed"),
        tr("Resends of one code before further resends are blocked (WSO2: SmsOTP.ResendAttemptsCount)."));
    addRow(form, PolicyField::ResendBlockMinutes, QStringLiteral("resendBlockEdit"),
        tr("Resend &block duration (minutes)"),
        tr("How long resends stay blocked once the limit is reached (WSO2: SmsOTP.ResendBlockDuration)."));
    addRow(form, PolicyField::MaxFailedAttempts, QStringLiteral("maxFailedAttemptsEdit"),
        tr("Maximum &failed attempts"), tr("Wrong codes before the challenge locks, even for the right code."));
    addRow(form, PolicyField::MinResendIntervalSeconds, QStringLiteral("minResendIntervalEdit"),
        tr("Minimum seconds between &resends"), tr("Stops a user (or a script) from sending codes in a burst."));
    addRow(form, PolicyField::SendsPerHour, QStringLiteral("sendsPerHourEdit"), tr("Sends per number per &hour"),
        tr("Cost protection: further sends to the same number wait until the hour has passed."));

    m_entropyLabel->setObjectName(QStringLiteral("entropyLabel"));
    form->addRow(tr("Entropy"), m_entropyLabel);

    m_pageMessage->setObjectName(QStringLiteral("pageMessage"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setAccessibleName(tr("Save OTP settings"));
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_revertButton->setAccessibleName(tr("Revert OTP settings"));
    connect(m_saveButton, &QPushButton::clicked, this, &OtpSettingsPage::save);
    connect(m_revertButton, &QPushButton::clicked, this, &OtpSettingsPage::revert);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_pageMessage);
    layout->addStretch();
    layout->addLayout(buttons);

    const storage::SettingsRepository::PolicyResult loaded = m_repository.loadPolicy();
    if (loaded.error.isError()) {
        m_pageMessage->setMessage(FieldMessage::Kind::Error,
            tr("Could not read the saved settings; showing the defaults. %1").arg(loaded.error.message()));
    }
    m_saved = loaded.policy;
    showPolicy(m_saved);
}

QString OtpSettingsPage::title() const
{
    return tr("OTP Settings");
}

void OtpSettingsPage::addRow(
    QFormLayout* form, PolicyField field, const QString& name, const QString& label, const QString& hint)
{
    Row row { field, nullptr, nullptr, new FieldMessage(this), hint };
    row.message->setObjectName(name + QStringLiteral("Message"));
    auto* column = new QVBoxLayout;
    column->setSpacing(2);
    QWidget* editor = nullptr;
    if (otp::specOf(field).isBool) {
        row.check = new QCheckBox(label, this);
        connect(row.check, &QCheckBox::toggled, this, &OtpSettingsPage::refresh);
        editor = row.check;
    } else {
        row.edit = new QLineEdit(this);
        row.edit->setMaxLength(12);
        connect(row.edit, &QLineEdit::textEdited, this, &OtpSettingsPage::refresh);
        editor = row.edit;
    }
    editor->setObjectName(name);
    editor->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    editor->setAccessibleDescription(hint);
    column->addWidget(editor);
    column->addWidget(row.message);
    if (row.check) {
        // A check box carries its own label; the form's label column stays empty for it.
        form->addRow(new QWidget(this), column);
    } else {
        auto* buddy = new QLabel(label, this);
        buddy->setBuddy(editor);
        form->addRow(buddy, column);
    }
    m_rows.append(row);
}

void OtpSettingsPage::showPolicy(const otp::OtpPolicy& policy)
{
    m_loading = true;
    for (const Row& row : m_rows) {
        if (row.check)
            row.check->setChecked(policy.value(row.field) != 0);
        else
            row.edit->setText(QString::number(policy.value(row.field)));
    }
    m_loading = false;
    refresh();
}

std::optional<otp::OtpPolicy> OtpSettingsPage::candidate() const
{
    otp::OtpPolicy policy;
    for (const Row& row : m_rows) {
        if (row.check) {
            policy.setValue(row.field, row.check->isChecked() ? 1 : 0);
            continue;
        }
        const otp::ParsedValue parsed = otp::parseFieldValue(row.field, row.edit->text());
        if (!parsed.value)
            return std::nullopt;
        policy.setValue(row.field, *parsed.value);
    }
    return policy;
}

void OtpSettingsPage::refresh()
{
    if (m_loading)
        return;

    // Parse errors first: they are the reason Save stays disabled.
    QHash<PolicyField, QStringList> errors;
    for (const Row& row : m_rows) {
        if (row.edit) {
            const otp::ParsedValue parsed = otp::parseFieldValue(row.field, row.edit->text());
            if (parsed.error)
                errors[row.field].append(parsed.error->message);
        }
    }
    const std::optional<otp::OtpPolicy> policy = candidate();
    QHash<PolicyField, QStringList> warnings;
    if (policy) {
        for (const otp::PolicyFinding& finding : policy->findings()) {
            (finding.severity == otp::Severity::Error ? errors : warnings)[finding.field].append(finding.message);
        }
    }
    for (const Row& row : m_rows) {
        if (errors.contains(row.field))
            row.message->setMessage(FieldMessage::Kind::Error, errors.value(row.field).join(QLatin1Char('\n')));
        else if (warnings.contains(row.field))
            row.message->setMessage(FieldMessage::Kind::Warning, warnings.value(row.field).join(QLatin1Char('\n')));
        else
            row.message->setMessage(FieldMessage::Kind::Hint, row.hint);
        if (row.edit)
            row.edit->setAccessibleDescription(row.message->text());
    }

    // Look-alike characters only exist in alphanumeric codes.
    for (const Row& row : m_rows) {
        if (row.field == PolicyField::ExcludeLookalikes)
            row.check->setEnabled(policy ? !policy->numericOnly : true);
    }

    if (policy && errors.isEmpty()) {
        m_entropyLabel->setText(tr("%1 bits per code (%2 possible characters, %3 positions)")
                                    .arg(policy->entropyBits(), 0, 'f', 1)
                                    .arg(policy->alphabet().size())
                                    .arg(policy->length));
    } else {
        m_entropyLabel->setText(tr("Fix the values above to see the entropy."));
    }

    const bool valid = policy && errors.isEmpty();
    const bool dirty = !policy || *policy != m_saved;
    m_saveButton->setEnabled(dirty && valid);
    m_revertButton->setEnabled(dirty);
    if (dirty != m_dirty) {
        m_dirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
}

bool OtpSettingsPage::isDirty() const
{
    return m_dirty;
}

bool OtpSettingsPage::save()
{
    const std::optional<otp::OtpPolicy> policy = candidate();
    if (!policy || !policy->isValid()) {
        m_pageMessage->setMessage(FieldMessage::Kind::Error, tr("Fix the values marked above before saving."));
        return false;
    }
    if (const storage::DbError error = m_repository.savePolicy(*policy); error.isError()) {
        // The form keeps what was typed; the user can retry once the cause is fixed.
        m_pageMessage->setMessage(
            FieldMessage::Kind::Error, tr("Not saved: %1 %2").arg(error.title() + QLatin1Char('.'), error.message()));
        m_pageMessage->setToolTip(error.detail);
        Q_EMIT statusMessage(tr("Could not save the OTP settings: %1").arg(error.title()));
        return false;
    }
    m_saved = *policy;
    m_pageMessage->clear();
    refresh();
    Q_EMIT statusMessage(tr("OTP settings saved."));
    return true;
}

void OtpSettingsPage::reload()
{
    m_saved = m_repository.loadPolicy().policy;
    showPolicy(m_saved);
}

void OtpSettingsPage::revert()
{
    m_pageMessage->clear();
    showPolicy(m_saved);
    Q_EMIT statusMessage(tr("OTP settings reverted to the saved values."));
}

} // namespace smsotp::ui
