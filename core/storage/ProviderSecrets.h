#pragma once
// Which keychain entries a save of the custom provider writes and removes: one pure rule for the provider page,
// the wizard and the CLI.

#include "SecretStore.h"
#include "template/HeaderList.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace smsotp::storage {

struct CustomSecretsForm
{
    // The headers as the form has them; a value that is the redaction mark (•••) keeps what is stored.
    QList<tmpl::HeaderField> headers;
    struct Named
    {
        QString name;
        std::optional<QString> newValue; // none: keep the stored value
    };
    QList<Named> named; // the {{secret:NAME}} secrets the form lists
    // The authentication's secret: none keeps what is stored; with authentication kind none it is removed.
    bool authentication = false; // an authentication kind other than none
    std::optional<QString> newAuthSecret;
};

// Writes every header value that is new (or not stored yet), every named secret with a new value, and removes the
// stored header values and named secrets the form no longer lists. storedKeys: the keys marked as stored.
QList<SecretChange> customSecretChanges(const CustomSecretsForm& form, const QStringList& storedKeys);

} // namespace smsotp::storage
