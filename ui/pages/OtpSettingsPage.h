#pragma once
// The OTP settings page: WSO2's SMS OTP settings plus the limits around them, validated as you type.

#include "Page.h"
#include "otp/OtpPolicy.h"

#include <QList>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace smsotp::storage {
class SettingsRepository;
}

namespace smsotp::ui {

class FieldMessage;

class OtpSettingsPage : public Page
{
    Q_OBJECT
public:
    explicit OtpSettingsPage(storage::SettingsRepository& repository, QWidget* parent = nullptr);

    QString title() const override;
    bool isDirty() const override;
    bool save() override;
    void revert() override;

    otp::OtpPolicy savedPolicy() const { return m_saved; }
    // Shows what is saved now, after another part of the console (the setup wizard) saved the policy.
    void reload();

private:
    struct Row
    {
        otp::PolicyField field;
        QLineEdit* edit = nullptr; // whole-number fields
        QCheckBox* check = nullptr; // true/false fields
        FieldMessage* message = nullptr;
        QString hint;
    };

    void addRow(
        QFormLayout* form, otp::PolicyField field, const QString& name, const QString& label, const QString& hint);
    void showPolicy(const otp::OtpPolicy& policy);
    void refresh();
    // The policy the form shows, or nothing while a field does not parse.
    std::optional<otp::OtpPolicy> candidate() const;

    storage::SettingsRepository& m_repository;
    otp::OtpPolicy m_saved;
    QList<Row> m_rows;
    QLabel* m_entropyLabel;
    FieldMessage* m_pageMessage;
    QPushButton* m_saveButton;
    QPushButton* m_revertButton;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace smsotp::ui
