#pragma once
// The connection panel of the Identity Server page: Test connection with a report per endpoint, the certificate
// to pin on request, and the line that shows what the running operation is doing (progress, Cancel, outcome).

#include "wso2/Wso2Client.h"

#include <QGroupBox>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace smsotp::ui {

class FieldMessage;
class IdentityServerEditor;
class IdentityServerSession;

class IdentityServerConnection : public QGroupBox
{
    Q_OBJECT
public:
    IdentityServerConnection(IdentityServerSession& session, IdentityServerEditor& editor, QWidget* parent = nullptr);

    // Another server is shown: its report and certificate are gone.
    void reset();
    void refresh();

private:
    void buildLayout();
    void testConnection();
    void showReport(const wso2::ConnectionReport& report);
    void offerCertificate(const wso2::CertificateInfo& info);
    void trustCertificate();

    IdentityServerSession& m_session;
    IdentityServerEditor& m_editor;
    std::optional<wso2::CertificateInfo> m_certificate;

    QPushButton* m_testButton;
    QPushButton* m_cancelButton;
    QProgressBar* m_progress;
    FieldMessage* m_message;
    QTableWidget* m_endpoints;
    QGroupBox* m_trustBox;
    QLabel* m_certificateLabel;
    QPushButton* m_trustButton;
};

} // namespace smsotp::ui
