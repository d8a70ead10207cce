#pragma once
// What the panels of the Identity Server page share: the repositories, the WSO2 client, the one operation that
// runs at a time (cancellable; a generation drops the answers of a cancelled one), its outcome line and the
// confirmation prompt.

#include "storage/ProviderRepository.h"
#include "widgets/FieldMessage.h"
#include "wso2/ServerRepository.h"
#include "wso2/Wso2Client.h"

#include <QObject>
#include <functional>
#include <memory>

class QWidget;

namespace smsotp::ui {

struct ConsoleContext;

class IdentityServerSession : public QObject
{
    Q_OBJECT
public:
    // Asked before anything that changes the console, the server or the trust store: true to go ahead.
    using Confirm = std::function<bool(const QString& title, const QString& text)>;

    // dialogParent is the parent of the confirmation box when no Confirm is set.
    IdentityServerSession(ConsoleContext& context, QWidget* dialogParent);
    ~IdentityServerSession() override;

    ConsoleContext& context() const { return m_context; }
    wso2::ServerRepository& servers() { return m_servers; }
    storage::ProviderRepository& providers() { return m_providers; }
    wso2::Wso2Client& client() { return *m_client; }

    bool isBusy() const { return m_busy; }
    // Starts an operation: busy, its description on the outcome line and in the status bar. Returns its
    // generation; an answer whose generation is no longer current() belongs to a cancelled operation.
    quint64 start(const QString& what);
    quint64 current() const { return m_generation; }
    // Ends the operation; the status bar shows status, or drops the operation's "…ing" when status is empty.
    void finish(const QString& status = {});
    // Busy without a new operation (a keychain read that belongs to the one running).
    void setBusy(bool busy);
    void cancel();

    void setMessage(FieldMessage::Kind kind, const QString& text, const QString& detail = {});
    void setError(const QString& text, const QString& detail = {})
    {
        setMessage(FieldMessage::Kind::Error, text, detail);
    }
    void clearMessage() { setMessage(FieldMessage::Kind::None, {}); }

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    bool confirm(const QString& title, const QString& text);

Q_SIGNALS:
    // The busy state changed: the panels enable what may run now.
    void busyChanged(bool busy);
    void messageChanged(FieldMessage::Kind kind, const QString& text, const QString& detail);
    void statusMessage(const QString& text);

private:
    ConsoleContext& m_context;
    QWidget* m_dialogParent;
    wso2::ServerRepository m_servers;
    storage::ProviderRepository m_providers;
    std::unique_ptr<wso2::Wso2Client> m_client;
    Confirm m_confirm;
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace smsotp::ui
