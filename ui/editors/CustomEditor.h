#pragma once
// The form of the custom HTTP provider, as WSO2 has it (URL, content type, method, payload template, headers)
// plus the console's success criterion and named secrets. The provider page and the wizard both use it.

#include "storage/ProviderRepository.h"
#include "storage/ProviderSecrets.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QToolButton;
class QVBoxLayout;

namespace smsotp::ui {

class FieldMessage;
class RevealButton;
class SecretField;

class CustomEditor : public QWidget
{
    Q_OBJECT
public:
    struct NamedSecretRow
    {
        QWidget* row;
        QLineEdit* name;
        SecretField* value;
    };

    explicit CustomEditor(QWidget* parent = nullptr);

    // The form's values. The header text may hold "•••" for a value kept in the keychain.
    storage::CustomProviderSettings settings() const;
    // Shows saved settings: header values as "•••" (they are in the keychain), named secrets as stored.
    void setSettings(const storage::CustomProviderSettings& settings);
    QString headerText() const;
    void setHeaderText(const QString& text, bool readOnly);
    const QList<NamedSecretRow>& namedSecretRows() const { return m_rows; }
    // The secrets as the form has them, for storage::customSecretChanges.
    storage::CustomSecretsForm secretsForm() const;
    // Shows the named secret stored under key as stored ("•••"), after the keychain took it.
    void markNamedSecretStored(const QString& key);

    bool isComplete() const;
    QString firstProblem() const;
    // Every problem of the form, each naming its field, in the order of the form.
    QStringList problems() const;

Q_SIGNALS:
    void changed();
    void revealHeadersRequested(bool reveal);

private:
    QLineEdit* addLine(QFormLayout* form, const QString& name, const QString& label, FieldMessage** message);
    NamedSecretRow addSecretRow(const QString& name, bool stored);
    void removeSecretRow(QWidget* row);
    // Every field's problem (empty when fine), computed once for both the messages and isComplete.
    struct Findings
    {
        QString url, urlWarning, payloadTemplate, headers, statuses, criterion;
        QStringList secrets;
    };
    Findings findings() const;
    void refresh();
    void addRequestRows(QFormLayout* form);
    void addResponseRows(QFormLayout* form);
    void addTimeoutRow(QFormLayout* form);
    QLabel* buddyLabel(const QString& text, QWidget* buddy);

    QLineEdit* m_url;
    FieldMessage* m_urlMessage = nullptr;
    QComboBox* m_contentType;
    QComboBox* m_method;
    QPlainTextEdit* m_template;
    FieldMessage* m_templateMessage;
    QLineEdit* m_headers;
    FieldMessage* m_headersMessage = nullptr;
    RevealButton* m_revealHeaders;
    QLineEdit* m_statuses;
    FieldMessage* m_statusesMessage = nullptr;
    QComboBox* m_bodyMatch;
    QLineEdit* m_bodyPattern;
    FieldMessage* m_bodyPatternMessage = nullptr;
    QVBoxLayout* m_secretRows;
    QPushButton* m_addSecret;
    FieldMessage* m_secretsMessage;
    QSpinBox* m_timeout;
    FieldMessage* m_timeoutMessage;
    QList<NamedSecretRow> m_rows;
    int m_rowCounter = 0;
    bool m_loading = false;
};

} // namespace smsotp::ui
