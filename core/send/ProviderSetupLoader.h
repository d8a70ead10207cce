#pragma once
// Builds a ready-to-send provider setup: the saved configuration plus its secrets, read from the keychain just
// before a request (DESIGN.md: secrets live only in the request).

#include "providers/ProviderClient.h"
#include "storage/ProviderRepository.h"
#include "storage/SecretStore.h"

#include <QUrl>
#include <functional>
#include <optional>

namespace smsotp::send {

struct SetupResult
{
    std::optional<providers::ProviderSetup> setup;
    QString failedKey; // the keychain entry that could not be read
    storage::SecretError error;
    bool interrupted = false; // failedKey's save never finished: its value may not belong with the settings
    // For people: which secret is missing and why.
    QString message() const;
};

// Says that saving the secret `key` did not finish, and what to do.
QString interruptedSecretMessage(const QString& key);

// The keychain entries a provider's send needs.
QStringList secretKeysFor(providers::ProviderKind kind, const storage::ProviderSettings& settings);

// Reads the secrets of kind and calls done once with the setup (or the keychain's reason). The sandbox needs no
// secret and answers at once (still asynchronously); sandboxEndpoint is the running gateway's URL.
void loadProviderSetup(providers::ProviderKind kind, const storage::ProviderSettings& settings,
    storage::SecretStore& secrets, const QUrl& sandboxEndpoint, std::function<void(const SetupResult&)> done);

} // namespace smsotp::send
