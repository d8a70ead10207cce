#include "IdentityServerPage.h"

#include "IdentityServerConnection.h"
#include "IdentityServerEditor.h"
#include "IdentityServerList.h"
#include "IdentityServerLoginFlow.h"
#include "IdentityServerSession.h"
#include "IdentityServerSync.h"

#include <QHBoxLayout>
#include <QVBoxLayout>

namespace smsotp::ui {

IdentityServerPage::IdentityServerPage(ConsoleContext& context, QWidget* parent)
    : Page(parent)
    , m_session(new IdentityServerSession(context, this))
    , m_list(new IdentityServerList(*m_session, this))
    , m_editor(new IdentityServerEditor(*m_session, this))
    , m_connection(new IdentityServerConnection(*m_session, *m_editor, this))
    , m_sync(new IdentityServerSync(*m_session, *m_editor, this))
    , m_loginFlow(new IdentityServerLoginFlow(*m_session, *m_editor, this))
{
    setObjectName(QStringLiteral("identityServerPage"));
    // One column: the list beside the server it shows, then what can be done with that server, in order.
    auto* top = new QHBoxLayout;
    top->addWidget(m_list);
    top->addWidget(m_editor, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_connection);
    layout->addWidget(m_sync, 1);
    layout->addWidget(m_loginFlow, 1);

    connect(m_list, &IdentityServerList::serverSelected, this, &IdentityServerPage::selectServer);
    connect(m_list, &IdentityServerList::addRequested, this, &IdentityServerPage::newServer);
    connect(m_list, &IdentityServerList::removed, this, [this] { showServer(m_list->reload(QString())); });
    connect(m_editor, &IdentityServerEditor::changed, this, &IdentityServerPage::refresh);
    connect(m_editor, &IdentityServerEditor::dirtyChanged, this, &Page::dirtyChanged);
    connect(m_editor, &IdentityServerEditor::saved, m_list, &IdentityServerList::select);
    connect(m_session, &IdentityServerSession::busyChanged, this, &IdentityServerPage::refresh);
    connect(m_session, &IdentityServerSession::statusMessage, this, &Page::statusMessage);
    connect(m_sync, &IdentityServerSync::configurationTaken, this, &IdentityServerPage::configurationTaken);

    showServer(m_list->reload(QString()));
}

IdentityServerPage::~IdentityServerPage() = default;

QString IdentityServerPage::pageTitle()
{
    return tr("Identity Server");
}

void IdentityServerPage::setConfirm(Confirm confirm)
{
    m_session->setConfirm(std::move(confirm));
}

void IdentityServerPage::setSavePathPrompt(SavePathPrompt prompt)
{
    m_sync->setSavePathPrompt(std::move(prompt));
}

bool IdentityServerPage::isBusy() const
{
    return m_session->isBusy();
}

bool IdentityServerPage::isWaitingForKeychain() const
{
    return m_editor->isWaitingForKeychain();
}

bool IdentityServerPage::isDirty() const
{
    return m_editor->isDirty();
}

bool IdentityServerPage::save()
{
    return m_editor->save();
}

void IdentityServerPage::revert()
{
    m_editor->revert();
}

void IdentityServerPage::selectServer(const QString& name)
{
    if (m_editor->isDirty()
        && !m_session->confirm(tr("Unsaved server"), tr("Discard the changes to the server shown?"))) {
        m_list->select(m_editor->current());
        return;
    }
    showServer(name);
}

void IdentityServerPage::showServer(const QString& name)
{
    m_editor->showServer(name);
    m_connection->reset();
    m_sync->reset();
    m_loginFlow->reset();
    refresh();
}

void IdentityServerPage::newServer()
{
    m_list->select(QString());
    showServer(QString());
    m_editor->focusName();
}

void IdentityServerPage::refresh()
{
    m_list->setCurrent(m_editor->current(), m_session->isBusy() || m_editor->isWaitingForKeychain());
    m_connection->refresh();
    m_sync->refresh();
    m_loginFlow->refresh();
}

} // namespace smsotp::ui
