#pragma once
// The sandbox phone: the messages the built-in gateway received, newest first, and how the gateway behaves.

#include <QGroupBox>

class QComboBox;
class QListWidget;
class QPushButton;

namespace smsotp::sandbox {
class SandboxGateway;
struct SandboxMessage;
} // namespace smsotp::sandbox

namespace smsotp::ui {

class SandboxPhoneBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit SandboxPhoneBox(sandbox::SandboxGateway& gateway, QWidget* parent = nullptr);

private:
    void addMessage(const sandbox::SandboxMessage& message);

    sandbox::SandboxGateway& m_gateway;
    QListWidget* m_inbox;
    QComboBox* m_failMode;
    QPushButton* m_clear;
};

} // namespace smsotp::ui
