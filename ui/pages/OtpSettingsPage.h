#pragma once
// The OTP settings page: WSO2's SMS OTP settings plus the limits around them, validated as you type.

#include "Page.h"
#include "otp/OtpPolicy.h"

class QPushButton;

namespace smsotp::storage {
class SettingsRepository;
}

namespace smsotp::ui {

class FieldMessage;
class OtpPolicyEditor;

class OtpSettingsPage : public Page
{
    Q_OBJECT
public:
    explicit OtpSettingsPage(storage::SettingsRepository& repository, QWidget* parent = nullptr);

    static QString pageTitle();
    QString title() const override { return pageTitle(); }
    bool isDirty() const override;
    bool save() override;
    void revert() override;

    otp::OtpPolicy savedPolicy() const { return m_saved; }
    // Shows what is saved now, after another part of the console (the setup wizard) saved the policy.
    void reload();

private:
    void refresh();

    storage::SettingsRepository& m_repository;
    otp::OtpPolicy m_saved;
    OtpPolicyEditor* m_editor;
    FieldMessage* m_pageMessage;
    QPushButton* m_saveButton;
    QPushButton* m_revertButton;
    bool m_dirty = false;
};

} // namespace smsotp::ui
