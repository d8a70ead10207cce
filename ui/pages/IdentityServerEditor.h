#pragma once
// The server editor panel of the Identity Server page: a WSO2 server's name, base URL and credentials (HTTP Basic
// or OAuth2 client credentials), saved with its secret in the keychain. Rows that do not apply are disabled, not
// hidden, so the form never jumps.

#include "storage/SecretStore.h"
#include "wso2/ServerRepository.h"
#include "wso2/Wso2Client.h"

#include <QGroupBox>
#include <functional>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace smsotp::ui {

class FieldMessage;
class IdentityServerSession;
class SecretField;

class IdentityServerEditor : public QGroupBox
{
    Q_OBJECT
public:
    explicit IdentityServerEditor(IdentityServerSession& session, QWidget* parent = nullptr);

    // Shows the saved server of that name; an empty name (or an unknown one) starts a new server.
    void showServer(const QString& name);
    // The saved server the form shows; empty for a new one.
    QString current() const { return m_current; }
    wso2::ServerConfig formConfig() const;
    bool isDirty() const { return m_dirty; }
    // The form names a server that can be called (name, https URLs, the settings check).
    bool isUsable() const;
    bool isWaitingForKeychain() const { return !m_queue.isEmpty(); }
    bool save();
    void revert();
    void focusName();
    // The form's server with its secret (typed, or read from the keychain) and its pin. On a failure the error is
    // shown and the session's operation finished; done is not called.
    void withConnection(std::function<void(const wso2::Connection&)> done);

Q_SIGNALS:
    // An edit, a load or a save: dirty, usable or waiting may have changed.
    void changed();
    void dirtyChanged(bool dirty);
    // Saved under that name (a new server is now in the list).
    void saved(const QString& name);

private:
    void buildForm();
    void connectFields();
    void checkForm();
    void refresh();
    void runQueue();
    void reveal(SecretField* field, const QString& key);
    QStringList saveProblems(const wso2::ServerConfig& config) const;

    IdentityServerSession& m_session;
    QString m_current;
    wso2::ServerConfig m_saved;
    QList<storage::SecretChange> m_queue; // the server's secret, until the keychain has it
    bool m_dirty = false;
    bool m_loading = false;

    QLineEdit* m_name;
    QLineEdit* m_baseUrl;
    FieldMessage* m_baseUrlMessage;
    QComboBox* m_auth;
    QLineEdit* m_username;
    SecretField* m_password;
    QLineEdit* m_clientId;
    SecretField* m_clientSecret;
    QLineEdit* m_tokenUrl;
    FieldMessage* m_tokenUrlMessage;
    QLineEdit* m_scopes;
    QList<QWidget*> m_basicRows;
    QList<QWidget*> m_oauthRows;
    FieldMessage* m_formMessage;
    QPushButton* m_retryButton;
    QPushButton* m_saveButton;
    QPushButton* m_revertButton;
};

} // namespace smsotp::ui
