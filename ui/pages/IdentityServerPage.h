#pragma once
// The Identity Server page: the WSO2 servers the console knows (add, edit, remove), their secrets in the
// keychain, Test connection with certificate pinning on request, Pull with a field-by-field diff, Take from
// server, and Push after showing the exact requests.

#include "Page.h"
#include "storage/ProviderRepository.h"
#include "storage/SecretStore.h"
#include "wso2/ServerRepository.h"
#include "wso2/Wso2Client.h"

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace smsotp::ui {

struct ConsoleContext;
class FieldMessage;
class SecretField;

class IdentityServerPage : public Page
{
    Q_OBJECT
public:
    // Asked before anything that changes the console, the server or the trust store: true to go ahead.
    using Confirm = std::function<bool(const QString& title, const QString& text)>;
    // Asked for the file "Export WSO2 request bodies" writes: the chosen path, empty to cancel.
    using SavePathPrompt = std::function<QString(const QString& suggested)>;

    explicit IdentityServerPage(ConsoleContext& context, QWidget* parent = nullptr);
    ~IdentityServerPage() override;

    QString title() const override;
    bool isDirty() const override;
    // Saves the server's settings, then its secret through the keychain (asynchronously); true only when all
    // of it is saved already.
    bool save() override;
    void revert() override;

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setSavePathPrompt(SavePathPrompt prompt) { m_savePathPrompt = std::move(prompt); }
    // A network or keychain operation is running.
    bool isBusy() const { return m_busy; }
    bool isWaitingForKeychain() const { return !m_queue.isEmpty(); }

Q_SIGNALS:
    // "Take from server" wrote the console's OTP settings and provider: the pages that show them reload.
    void configurationTaken();

private:
    void reloadList(const QString& select);
    void showServer(const QString& name);
    void newServer();
    void removeServer();
    wso2::ServerConfig formConfig() const;
    void refresh();
    void checkForm();
    void runQueue();
    void reveal(SecretField* field, const QString& key);
    bool confirm(const QString& title, const QString& text);

    // The form's server with its secret (typed, or read from the keychain) and its pin; none on a failure (shown).
    void withConnection(std::function<void(const wso2::Connection&)> done);
    void startBusy(const QString& what);
    void finishBusy();
    void cancel();
    void testConnection();
    void showReport(const wso2::ConnectionReport& report);
    void offerCertificate(const wso2::CertificateInfo& info);
    void trustCertificate();
    void pull();
    void showDiff();
    void takeFromServer();
    void writeTakenSecrets(
        const QList<storage::SecretChange>& changes, quint64 generation, const QStringList& problems);
    void preparePush();
    void push();
    void exportBodies();
    // Login flow: find applications, show one's steps, set WSO2's SMS OTP flow after showing it and asking.
    void findApplications();
    void loadApplication(const QString& id, bool afterChange);
    void setLoginFlow();
    void clearApplications();
    void setError(const QString& text, const QString& detail = {});

    ConsoleContext& m_context;
    wso2::ServerRepository m_servers;
    storage::ProviderRepository m_providers;
    std::unique_ptr<wso2::Wso2Client> m_client;
    Confirm m_confirm;
    SavePathPrompt m_savePathPrompt;

    QString m_current; // the saved server shown in the form; empty for a new one
    wso2::ServerConfig m_saved;
    QList<storage::SecretChange> m_queue; // the server's secret, until the keychain has it
    std::optional<wso2::CertificateInfo> m_certificate;
    std::optional<wso2::PullResult> m_lastPull;
    std::optional<wso2::PushPlan> m_plan;
    QStringList m_secrets; // every secret the last diff or preview may hold, for redaction
    quint64 m_generation = 0;
    bool m_busy = false;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_justPushed = false; // the next diff is the read-back of a push
    std::optional<wso2::Application> m_application; // the selected application, as last read

    QListWidget* m_list;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
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

    QPushButton* m_testButton;
    QPushButton* m_pullButton;
    QPushButton* m_takeButton;
    QPushButton* m_pushButton;
    QPushButton* m_exportBodiesButton;
    QPushButton* m_cancelButton;
    QProgressBar* m_progress;
    FieldMessage* m_message;
    QTableWidget* m_endpoints;
    QGroupBox* m_trustBox;
    QLabel* m_certificateLabel;
    QPushButton* m_trustButton;
    QTableWidget* m_diff;
    QCheckBox* m_inlineSecrets;
    QGroupBox* m_pushBox;
    QPlainTextEdit* m_requests;
    FieldMessage* m_refusals;
    QPushButton* m_confirmPushButton;

    QGroupBox* m_flowBox;
    QLineEdit* m_appSearch;
    QPushButton* m_findAppsButton;
    QListWidget* m_appList;
    QLabel* m_currentFlow;
    QCheckBox* m_backupCodes;
    QPushButton* m_setFlowButton;
    QPlainTextEdit* m_flowRequest;
};

} // namespace smsotp::ui
