#include "IdentityServerList.h"

#include "ConsoleContext.h"
#include "IdentityServerSession.h"
#include "storage/SecretStore.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace smsotp::ui {

namespace keys = storage::secretkeys;

IdentityServerList::IdentityServerList(IdentityServerSession& session, QWidget* parent)
    : QGroupBox(tr("Servers"), parent)
    , m_session(session)
    , m_list(new QListWidget(this))
    , m_addButton(new QPushButton(tr("&Add"), this))
    , m_removeButton(new QPushButton(tr("Re&move…"), this))
{
    setObjectName(QStringLiteral("serverListPanel"));
    m_list->setObjectName(QStringLiteral("serverList"));
    m_list->setAccessibleName(tr("Servers"));
    m_addButton->setObjectName(QStringLiteral("addServerButton"));
    m_addButton->setAccessibleName(tr("Add server"));
    m_removeButton->setObjectName(QStringLiteral("removeServerButton"));
    m_removeButton->setAccessibleName(tr("Remove server"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    // Narrow, but never narrower than its buttons: the editor beside it needs the width.
    m_list->setMinimumWidth(12 * fontMetrics().averageCharWidth());
    m_list->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
    setMaximumWidth(minimumSizeHint().width() + 2 * fontMetrics().averageCharWidth());

    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString& text) {
        if (!m_loading && text != m_current)
            Q_EMIT serverSelected(text);
    });
    connect(m_addButton, &QPushButton::clicked, this, &IdentityServerList::addRequested);
    connect(m_removeButton, &QPushButton::clicked, this, &IdentityServerList::remove);
}

QString IdentityServerList::reload(const QString& select)
{
    m_loading = true;
    const wso2::ServerRepository::ListResult listed = m_session.servers().list();
    m_list->clear();
    for (const wso2::StoredServer& server : listed.servers)
        m_list->addItem(server.config.name);
    m_loading = false;
    if (listed.error.isError())
        m_session.setError(tr("Could not read the saved servers. %1").arg(listed.error.message()));
    if (!select.isEmpty() && !m_list->findItems(select, Qt::MatchExactly).isEmpty()) {
        this->select(select);
        return select;
    }
    if (m_list->count() > 0 && select.isEmpty()) {
        this->select(m_list->item(0)->text());
        return m_list->item(0)->text();
    }
    this->select(QString());
    return {};
}

void IdentityServerList::select(const QString& name)
{
    m_loading = true;
    if (!name.isEmpty() && m_list->findItems(name, Qt::MatchExactly).isEmpty())
        m_list->addItem(name);
    const QList<QListWidgetItem*> found = m_list->findItems(name, Qt::MatchExactly);
    if (found.isEmpty()) {
        m_list->clearSelection();
        m_list->setCurrentRow(-1);
    } else {
        m_list->setCurrentItem(found.first());
    }
    m_loading = false;
}

void IdentityServerList::setCurrent(const QString& current, bool busy)
{
    m_current = current;
    m_removeButton->setEnabled(!current.isEmpty() && !busy);
    m_addButton->setEnabled(!busy);
    m_list->setEnabled(!busy);
}

void IdentityServerList::remove()
{
    if (m_current.isEmpty() || m_session.isBusy())
        return;
    const QString name = m_current;
    if (!m_session.confirm(tr("Remove server"),
            tr("Remove the server %1, its pinned certificate and its secrets from the keychain?").arg(name)))
        return;
    if (const storage::DbError error = m_session.servers().remove(name); error.isError()) {
        m_session.setError(tr("Not removed: %1").arg(error.message()), error.detail);
        return;
    }
    for (const QString& key : { keys::wso2Password(name), keys::wso2ClientSecret(name) }) {
        m_session.providers().setSecretStored(key, false);
        m_session.context().secrets.remove(key, [](const storage::SecretResult&) {});
    }
    m_current.clear();
    Q_EMIT removed(name);
    Q_EMIT m_session.statusMessage(tr("Server %1 removed.").arg(name));
}

} // namespace smsotp::ui
