#include "ProviderSecrets.h"

#include "ProviderRepository.h"
#include "providers/Redaction.h"

#include <QSet>

namespace smsotp::storage {

QList<SecretChange> customSecretChanges(const CustomSecretsForm& form, const QStringList& storedKeys)
{
    QList<SecretChange> changes;
    QSet<QString> keep;
    for (const tmpl::HeaderField& field : form.headers) {
        const QString key = secretkeys::customHeader(field.name);
        keep.insert(key);
        if (field.value != providers::kRedactionMark || !storedKeys.contains(key))
            changes.append(SecretChange::write(key, field.value));
    }
    for (const CustomSecretsForm::Named& named : form.named) {
        const QString key = secretkeys::customNamedSecret(named.name.trimmed());
        keep.insert(key);
        if (named.newValue)
            changes.append(SecretChange::write(key, *named.newValue));
    }
    const QString auth = secretkeys::customAuthSecret();
    if (form.authentication) {
        keep.insert(auth);
        if (form.newAuthSecret)
            changes.append(SecretChange::write(auth, *form.newAuthSecret));
    }
    if (!form.authentication && storedKeys.contains(auth))
        changes.append(SecretChange::remove(auth));
    const QString headerPrefix = secretkeys::customHeader(QString());
    const QString namedPrefix = secretkeys::customNamedSecret(QString());
    for (const QString& key : storedKeys) {
        const bool custom = key.startsWith(headerPrefix) || key.startsWith(namedPrefix);
        if (custom && !keep.contains(key))
            changes.append(SecretChange::remove(key));
    }
    return changes;
}

} // namespace smsotp::storage
