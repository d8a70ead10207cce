#pragma once
// The Identity Server page: the WSO2 servers the console knows (add, edit, remove), their secrets in the
// keychain, Test connection with certificate pinning on request, Pull with a field-by-field diff, Take from
// server, Push after showing the exact requests, and the login flow of an application. Each of these is a panel of
// its own; the page puts them in a column that fits a narrow window and wires them together.

#include "Page.h"

#include <functional>

namespace smsotp::ui {

struct ConsoleContext;
class IdentityServerConnection;
class IdentityServerEditor;
class IdentityServerList;
class IdentityServerLoginFlow;
class IdentityServerSession;
class IdentityServerSync;

class IdentityServerPage : public Page
{
    Q_OBJECT
public:
    // Asked before anything that changes the console, the server or the trust store: true to go ahead.
    using Confirm = std::function<bool(const QString& title, const QString& text)>;
    // Asked for the file "Export WSO2 request bodies" writes: the chosen path, empty to cancel.
    using SavePathPrompt = std::function<QString(const QString& suggested)>;

    explicit IdentityServerPage(ConsoleContext& context, QWidget* parent = nullptr);
    ~IdentityServerPage() override;

    static QString pageTitle();
    QString title() const override { return pageTitle(); }
    bool isDirty() const override;
    // Saves the server's settings, then its secret through the keychain (asynchronously); true only when all
    // of it is saved already.
    bool save() override;
    void revert() override;

    void setConfirm(Confirm confirm);
    void setSavePathPrompt(SavePathPrompt prompt);
    // A network or keychain operation is running.
    bool isBusy() const;
    bool isWaitingForKeychain() const;

Q_SIGNALS:
    // "Take from server" wrote the console's OTP settings and provider: the pages that show them reload.
    void configurationTaken();

private:
    void showServer(const QString& name);
    void selectServer(const QString& name);
    void newServer();
    void refresh();

    IdentityServerSession* m_session;
    IdentityServerList* m_list;
    IdentityServerEditor* m_editor;
    IdentityServerConnection* m_connection;
    IdentityServerSync* m_sync;
    IdentityServerLoginFlow* m_loginFlow;
};

} // namespace smsotp::ui
