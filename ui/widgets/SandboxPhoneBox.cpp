#include "SandboxPhoneBox.h"

#include "sandbox/SandboxGateway.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace smsotp::ui {

SandboxPhoneBox::SandboxPhoneBox(sandbox::SandboxGateway& gateway, QWidget* parent)
    : QGroupBox(tr("Sandbox phone"), parent)
    , m_gateway(gateway)
    , m_inbox(new QListWidget(this))
    , m_failMode(new QComboBox(this))
    , m_clear(new QPushButton(tr("Cl&ear"), this))
{
    setObjectName(QStringLiteral("sandboxPhoneBox"));
    m_inbox->setObjectName(QStringLiteral("sandboxInbox"));
    m_inbox->setAccessibleName(tr("Messages the sandbox received, newest first"));
    m_inbox->setWordWrap(true);
    m_inbox->setTextElideMode(Qt::ElideNone);
    m_failMode->setObjectName(QStringLiteral("sandboxFailModeCombo"));
    m_failMode->setAccessibleName(tr("How the sandbox gateway answers"));
    m_failMode->addItem(tr("Answers normally"), int(sandbox::FailMode::None));
    m_failMode->addItem(tr("Fails with HTTP 500"), int(sandbox::FailMode::Http500));
    m_failMode->addItem(tr("Answers after 3 s"), int(sandbox::FailMode::Delay));
    m_failMode->addItem(tr("Never answers"), int(sandbox::FailMode::Timeout));
    m_failMode->addItem(tr("Accepts, never delivers"), int(sandbox::FailMode::Undelivered));
    m_failMode->setCurrentIndex(m_failMode->findData(int(gateway.failMode())));
    m_clear->setObjectName(QStringLiteral("clearInboxButton"));
    m_clear->setAccessibleName(tr("Clear the sandbox phone"));
    auto* behaviourLabel = new QLabel(tr("Gate&way"), this);
    behaviourLabel->setBuddy(m_failMode);
    auto* controls = new QHBoxLayout;
    controls->addWidget(behaviourLabel);
    controls->addWidget(m_failMode, 1);
    controls->addWidget(m_clear);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_inbox, 1);
    layout->addLayout(controls);

    connect(m_failMode, &QComboBox::currentIndexChanged, this,
        [this] { m_gateway.setFailMode(sandbox::FailMode(m_failMode->currentData().toInt())); });
    connect(m_clear, &QPushButton::clicked, &m_gateway, &sandbox::SandboxGateway::clearInbox);
    connect(&m_gateway, &sandbox::SandboxGateway::inboxCleared, m_inbox, &QListWidget::clear);
    connect(&m_gateway, &sandbox::SandboxGateway::messageReceived, this, &SandboxPhoneBox::addMessage);
    for (const sandbox::SandboxMessage& message : m_gateway.inbox())
        addMessage(message);
}

void SandboxPhoneBox::addMessage(const sandbox::SandboxMessage& message)
{
    auto* item = new QListWidgetItem(
        tr("%1  %2\n%3")
            .arg(message.receivedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")), message.to, message.text));
    item->setData(Qt::UserRole, message.text);
    item->setToolTip(message.text);
    // Newest first, and selected: the message just received is the one to read.
    m_inbox->insertItem(0, item);
    m_inbox->setCurrentItem(item);
    m_inbox->scrollToTop();
}

} // namespace smsotp::ui
