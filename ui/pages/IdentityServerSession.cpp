#include "IdentityServerSession.h"

#include "ConsoleContext.h"

#include <QMessageBox>

namespace smsotp::ui {

IdentityServerSession::IdentityServerSession(ConsoleContext& context, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_context(context)
    , m_dialogParent(dialogParent)
    , m_servers(context.database)
    , m_providers(context.database)
    , m_client(std::make_unique<wso2::Wso2Client>(context.http))
{ }

IdentityServerSession::~IdentityServerSession() = default;

quint64 IdentityServerSession::start(const QString& what)
{
    setMessage(FieldMessage::Kind::Hint, what);
    Q_EMIT statusMessage(what);
    setBusy(true);
    return ++m_generation;
}

void IdentityServerSession::finish(const QString& status)
{
    Q_EMIT statusMessage(status);
    setBusy(false);
}

void IdentityServerSession::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void IdentityServerSession::cancel()
{
    if (!m_busy)
        return;
    ++m_generation;
    // Destroying the client aborts its requests; none of its callbacks runs afterwards.
    m_client = std::make_unique<wso2::Wso2Client>(m_context.http);
    setMessage(FieldMessage::Kind::Warning, tr("Cancelled."));
    finish(tr("Cancelled."));
}

void IdentityServerSession::setMessage(FieldMessage::Kind kind, const QString& text, const QString& detail)
{
    Q_EMIT messageChanged(kind, text, detail);
}

bool IdentityServerSession::confirm(const QString& title, const QString& text)
{
    if (m_confirm)
        return m_confirm(title, text);
    return QMessageBox::question(
               m_dialogParent, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

} // namespace smsotp::ui
