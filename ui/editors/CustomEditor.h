#pragma once
// The form of the custom HTTP provider: what WSO2 has (URL, content type, method, payload template, headers), what
// other gateways need (GET with a URL template, text, XML or no body, a sender, an authentication kind), how the
// answer is read (success, message id, error text), named secrets, and presets that fill it for documented
// gateways. The provider page and the wizard both use it.

#include "storage/ProviderRepository.h"
#include "storage/ProviderSecrets.h"

#include <QList>
#include <QSet>
#include <QWidget>
#include <utility>

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
    // Shows the named secret or the authentication secret stored under key as stored ("•••"), after the keychain
    // took it.
    void markNamedSecretStored(const QString& key);
    // Which of the form's secrets the keychain holds (keys of storage::secretkeys), after setSettings.
    void setStoredKeys(const QSet<QString>& storedKeys);
    SecretField* authSecretField() const { return m_authSecret; }
    // Fills the form with the preset of that name (providers::custom::presets); the named secrets stay.
    void applyPreset(const QString& name);

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
        QString url, urlWarning, payloadTemplate, headers, statuses, criterion, authentication;
        QStringList secrets;
    };
    Findings findings() const;
    void refresh();
    void addPresetRow(QFormLayout* form);
    void addRequestRows(QFormLayout* form);
    void addAuthenticationRows(QFormLayout* form);
    void addResponseRows(QFormLayout* form);
    void addAnswerRows(QFormLayout* form);
    void addSecretRows(QFormLayout* form);
    QComboBox* addCombo(
        QFormLayout* form, const QString& name, const QString& label, const QList<std::pair<QString, int>>& items);
    // Shows or hides the form row whose label is the buddy of field.
    void setRowShown(QWidget* field, bool shown);
    void setConfig(const providers::custom::Config& config);
    void updateRows();
    void addTimeoutRow(QFormLayout* form);
    QLabel* buddyLabel(const QString& text, QWidget* buddy);

    QFormLayout* m_form = nullptr;
    QComboBox* m_preset = nullptr;
    FieldMessage* m_presetMessage = nullptr;
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
    QLineEdit* m_sender = nullptr;
    FieldMessage* m_senderMessage = nullptr;
    QComboBox* m_authKind = nullptr;
    QLineEdit* m_authUser = nullptr;
    FieldMessage* m_authUserMessage = nullptr;
    QLineEdit* m_keyName = nullptr;
    FieldMessage* m_keyNameMessage = nullptr;
    QComboBox* m_keyPlace = nullptr;
    SecretField* m_authSecret = nullptr;
    QLabel* m_authSecretLabel = nullptr;
    FieldMessage* m_authMessage = nullptr;
    QComboBox* m_bodyMatch;
    QLineEdit* m_bodyPattern;
    FieldMessage* m_bodyPatternMessage = nullptr;
    QLineEdit* m_jsonPointer = nullptr;
    FieldMessage* m_jsonPointerMessage = nullptr;
    QLineEdit* m_jsonValue = nullptr;
    FieldMessage* m_jsonValueMessage = nullptr;
    QComboBox* m_idSource = nullptr;
    QLineEdit* m_idExpression = nullptr;
    FieldMessage* m_idExpressionMessage = nullptr;
    QLineEdit* m_errorPointer = nullptr;
    FieldMessage* m_errorPointerMessage = nullptr;
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
