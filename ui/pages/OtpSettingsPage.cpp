#include "OtpSettingsPage.h"

#include "storage/SettingsRepository.h"
#include "widgets/FieldMessage.h"
#include "widgets/OtpPolicyEditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace smsotp::ui {

OtpSettingsPage::OtpSettingsPage(storage::SettingsRepository& repository, QWidget* parent)
    : Page(parent)
    , m_repository(repository)
    , m_editor(new OtpPolicyEditor(OtpPolicyEditor::everyField(), this))
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

    m_editor->setObjectName(QStringLiteral("otpPolicyEditor"));
    connect(m_editor, &OtpPolicyEditor::changed, this, &OtpSettingsPage::refresh);

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
    layout->addWidget(m_editor);
    layout->addWidget(m_pageMessage);
    layout->addStretch();
    layout->addLayout(buttons);

    const storage::SettingsRepository::PolicyResult loaded = m_repository.loadPolicy();
    if (loaded.error.isError()) {
        m_pageMessage->setMessage(FieldMessage::Kind::Error,
            tr("Could not read the saved settings; showing the defaults. %1").arg(loaded.error.message()));
    }
    m_saved = loaded.policy;
    m_editor->setPolicy(m_saved);
}

QString OtpSettingsPage::pageTitle()
{
    return tr("OTP Settings");
}

void OtpSettingsPage::refresh()
{
    const std::optional<otp::OtpPolicy> draft = m_editor->draft();
    const bool dirty = !draft || *draft != m_saved;
    m_saveButton->setEnabled(dirty && m_editor->policy().has_value());
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
    const std::optional<otp::OtpPolicy> policy = m_editor->policy();
    if (!policy) {
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
    m_editor->setPolicy(m_saved);
}

void OtpSettingsPage::revert()
{
    m_pageMessage->clear();
    m_editor->setPolicy(m_saved);
    Q_EMIT statusMessage(tr("OTP settings reverted to the saved values."));
}

} // namespace smsotp::ui
