#pragma once
// The OTP policy form: a spin box with its unit or a check box per field, the reason under each field as
// you type, and the entropy of a code. The OTP Settings page shows every field; the setup wizard shows the
// ones that shape a code. One editor, so the two cannot drift apart.

#include "otp/OtpPolicy.h"

#include <QList>
#include <QWidget>
#include <optional>

class QAbstractButton;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace smsotp::ui {

class FieldMessage;

class OtpPolicyEditor : public QWidget
{
    Q_OBJECT
public:
    // Shows the given fields, in the order of otp::fieldSpecs(); the others keep the values of setPolicy().
    explicit OtpPolicyEditor(const QList<otp::PolicyField>& fields, QWidget* parent = nullptr);
    static QList<otp::PolicyField> everyField();

    void setPolicy(const otp::OtpPolicy& policy);
    // The values as typed, or nothing while a field holds no whole number in its range.
    std::optional<otp::OtpPolicy> draft() const;
    // The draft when it has no error; guideline warnings do not count.
    std::optional<otp::OtpPolicy> policy() const;

Q_SIGNALS:
    void changed();

private:
    struct Row
    {
        otp::PolicyField field;
        QSpinBox* spin = nullptr; // whole-number fields
        QAbstractButton* check = nullptr; // true/false fields
        FieldMessage* message = nullptr;
        QString hint;
    };

    struct Presentation
    {
        const char* objectName = nullptr;
        QString label; // with its mnemonic
        QString unit; // the spin box's suffix, with its leading space; none for counts
        QString hint;
    };
    static Presentation presentationOf(otp::PolicyField field);
    void addRow(QFormLayout* form, otp::PolicyField field);
    void refresh();

    otp::OtpPolicy m_base;
    QList<Row> m_rows;
    QLabel* m_entropyLabel;
    bool m_valid = true;
    bool m_loading = false;
};

} // namespace smsotp::ui
