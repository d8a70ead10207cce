#pragma once
// The login flow panel of the Identity Server page: find the server's applications, show one's login steps, and
// set WSO2's SMS OTP flow after showing the change and its request and asking.

#include "wso2/Wso2Client.h"

#include <QGroupBox>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace smsotp::ui {

class IdentityServerEditor;
class IdentityServerSession;

class IdentityServerLoginFlow : public QGroupBox
{
    Q_OBJECT
public:
    IdentityServerLoginFlow(IdentityServerSession& session, IdentityServerEditor& editor, QWidget* parent = nullptr);

    // Another server is shown: its applications are gone.
    void reset();
    void refresh();

private:
    void buildLayout();
    void findApplications();
    void loadApplication(const QString& id, bool afterChange);
    void showApplication(const wso2::ApplicationResult& result, bool afterChange);
    void setLoginFlow();

    IdentityServerSession& m_session;
    IdentityServerEditor& m_editor;
    std::optional<wso2::Application> m_application; // the selected application, as last read
    bool m_loading = false;

    QLineEdit* m_appSearch;
    QPushButton* m_findAppsButton;
    QListWidget* m_appList;
    QLabel* m_currentFlow;
    QCheckBox* m_backupCodes;
    QPushButton* m_setFlowButton;
    QPlainTextEdit* m_flowRequest;
};

} // namespace smsotp::ui
