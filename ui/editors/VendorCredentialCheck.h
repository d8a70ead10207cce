#pragma once
// The credential check of a vendor editor (Twilio account fetch, Vonage balance), which sends no SMS. It uses what
// the form holds: a typed secret, or else the stored one read from the keychain. The provider page and the setup
// wizard both attach one to their editor.

#include "providers/ProviderKind.h"

#include <QObject>
#include <QPointer>

namespace smsotp::providers {
class ProviderClient;
}
namespace smsotp::storage {
class SecretStore;
}

namespace smsotp::ui {

class VendorEditor;

class VendorCredentialCheck : public QObject
{
    Q_OBJECT
public:
    // Answers the editor's checkRequested and checkCancelled; the editor shows progress and the result.
    VendorCredentialCheck(VendorEditor* editor, providers::ProviderKind kind, providers::ProviderClient& client,
        storage::SecretStore& secrets, QObject* parent = nullptr);
    ~VendorCredentialCheck() override;

    void run();
    void cancel();

private:
    void check(const QString& secret);

    QPointer<VendorEditor> m_editor;
    providers::ProviderKind m_kind;
    providers::ProviderClient& m_client;
    storage::SecretStore& m_secrets;
    quint64 m_checkId = 0; // the ProviderClient request of a running check
    quint64 m_generation = 0; // a keychain answer for an earlier run is dropped
};

} // namespace smsotp::ui
