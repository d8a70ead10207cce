#pragma once
// The server list panel of the Identity Server page: the WSO2 servers the console knows, Add and Remove.

#include <QGroupBox>

class QListWidget;
class QPushButton;

namespace smsotp::ui {

class IdentityServerSession;

class IdentityServerList : public QGroupBox
{
    Q_OBJECT
public:
    explicit IdentityServerList(IdentityServerSession& session, QWidget* parent = nullptr);

    // Reads the list again and selects that server (none when empty); returns the server to show: select, or the
    // first one when select is empty, or an empty name for a new server.
    QString reload(const QString& select);
    // Selects the server without asking to show it (after a save, or when the user kept unsaved edits).
    void select(const QString& name);
    void setCurrent(const QString& current, bool busy);

Q_SIGNALS:
    // The user selected another server (the page asks about unsaved edits first).
    void serverSelected(const QString& name);
    void addRequested();
    void removed(const QString& name);

private:
    void remove();

    IdentityServerSession& m_session;
    QString m_current;
    bool m_loading = false;
    QListWidget* m_list;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
};

} // namespace smsotp::ui
