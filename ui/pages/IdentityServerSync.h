#pragma once
// The pull, diff and push panel of the Identity Server page: Pull the server's SMS sender and SMS OTP settings,
// compare them field by field with the console's, Take from server, Push after showing the exact requests, and
// export the request bodies for administrators who cannot connect.

#include "send/ProviderSetupLoader.h"
#include "storage/SecretStore.h"
#include "wso2/Wso2Client.h"

#include <QGroupBox>
#include <functional>
#include <optional>

class QCheckBox;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace smsotp::ui {

class FieldMessage;
class IdentityServerEditor;
class IdentityServerSession;

class IdentityServerSync : public QGroupBox
{
    Q_OBJECT
public:
    // Asked for the file "Export WSO2 request bodies" writes: the chosen path, empty to cancel.
    using SavePathPrompt = std::function<QString(const QString& suggested)>;

    IdentityServerSync(IdentityServerSession& session, IdentityServerEditor& editor, QWidget* parent = nullptr);

    void setSavePathPrompt(SavePathPrompt prompt) { m_savePathPrompt = std::move(prompt); }
    // Another server is shown: the last pull and its plan are gone.
    void reset();
    void refresh();

Q_SIGNALS:
    // "Take from server" wrote the console's OTP settings and provider: the pages that show them reload.
    void configurationTaken();

private:
    void buildLayout();
    void pull();
    void showDiff();
    void diffLoaded(providers::ProviderKind kind, const otp::OtpPolicy& policy, const send::SetupResult& setup);
    void fillDiff(const QList<wso2::DiffRow>& rows);
    void takeFromServer();
    void writeTakenSecrets(
        const QList<storage::SecretChange>& changes, quint64 generation, const QStringList& problems);
    void preparePush();
    void push();
    void exportBodies();
    void showPushBox(bool show);

    IdentityServerSession& m_session;
    IdentityServerEditor& m_editor;
    SavePathPrompt m_savePathPrompt;
    std::optional<wso2::PullResult> m_lastPull;
    std::optional<wso2::PushPlan> m_plan;
    QStringList m_secrets; // every secret the last diff or preview may hold, for redaction
    bool m_justPushed = false; // the next diff is the read-back of a push

    QPushButton* m_pullButton;
    QPushButton* m_takeButton;
    QPushButton* m_pushButton;
    QPushButton* m_exportBodiesButton;
    QTableWidget* m_diff;
    QCheckBox* m_inlineSecrets;
    QGroupBox* m_pushBox;
    QPlainTextEdit* m_requests;
    FieldMessage* m_refusals;
    QPushButton* m_confirmPushButton;
};

} // namespace smsotp::ui
