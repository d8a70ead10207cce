// Which keychain entries a save of the custom provider writes and removes: the one rule of the provider page,
// the wizard and the CLI.

#include "storage/ProviderRepository.h"
#include "storage/ProviderSecrets.h"

#include <QTest>

using namespace smsotp;
using storage::SecretChange;
namespace keys = storage::secretkeys;

class TestProviderSecrets : public QObject
{
    Q_OBJECT

    static tmpl::HeaderField header(const char* name, const QString& value)
    {
        tmpl::HeaderField field;
        field.name = QString::fromLatin1(name);
        field.value = value;
        return field;
    }

    static const QString mask() { return QStringLiteral("•••"); }

private Q_SLOTS:
    void newHeadersAreWrittenAndAKeptOneIsNot()
    {
        storage::CustomSecretsForm form;
        form.headers = { header("Authorization", QStringLiteral("Bearer t0k3n")), header("X-Tag", mask()) };
        const QList<SecretChange> changes
            = storage::customSecretChanges(form, { keys::customHeader(QStringLiteral("X-Tag")) });
        QCOMPARE(changes,
            (QList<SecretChange> { SecretChange::write(
                keys::customHeader(QStringLiteral("Authorization")), QStringLiteral("Bearer t0k3n")) }));
    }

    // "•••" is only a stand-in for a stored value: when nothing is stored it is what the user typed.
    void theMaskIsWrittenWhenNothingIsStored()
    {
        storage::CustomSecretsForm form;
        form.headers = { header("X-Tag", mask()) };
        QCOMPARE(storage::customSecretChanges(form, {}),
            (QList<SecretChange> { SecretChange::write(keys::customHeader(QStringLiteral("X-Tag")), mask()) }));
    }

    void namedSecretsWrittenOnlyWithANewValue()
    {
        storage::CustomSecretsForm form;
        form.named = { { QStringLiteral("API_KEY"), QStringLiteral("k") }, { QStringLiteral(" KEEP "), std::nullopt } };
        const QStringList stored { keys::customNamedSecret(QStringLiteral("KEEP")) };
        QCOMPARE(storage::customSecretChanges(form, stored),
            (QList<SecretChange> {
                SecretChange::write(keys::customNamedSecret(QStringLiteral("API_KEY")), QStringLiteral("k")) }));
    }

    // Entries of headers and named secrets the form no longer lists leave the keychain; others' entries stay.
    void whatTheFormDropsIsRemoved()
    {
        storage::CustomSecretsForm form;
        form.headers = { header("X-Keep", mask()) };
        form.named = { { QStringLiteral("KEEP"), std::nullopt } };
        const QStringList stored { keys::customHeader(QStringLiteral("X-Keep")),
            keys::customHeader(QStringLiteral("X-Old")), keys::customNamedSecret(QStringLiteral("KEEP")),
            keys::customNamedSecret(QStringLiteral("OLD")), keys::twilioAuthToken(),
            keys::wso2Password(QStringLiteral("prod")) };
        QCOMPARE(storage::customSecretChanges(form, stored),
            (QList<SecretChange> { SecretChange::remove(keys::customHeader(QStringLiteral("X-Old"))),
                SecretChange::remove(keys::customNamedSecret(QStringLiteral("OLD"))) }));
    }

    // Header names are case-insensitive: "x-tag" in the form keeps the stored "X-Tag".
    void headerNamesMatchWithoutCase()
    {
        storage::CustomSecretsForm form;
        form.headers = { header("x-tag", mask()) };
        QCOMPARE(storage::customSecretChanges(form, { keys::customHeader(QStringLiteral("X-Tag")) }),
            QList<SecretChange> {});
    }

    void anEmptyFormRemovesEveryCustomEntry()
    {
        const QStringList stored { keys::customHeader(QStringLiteral("A")),
            keys::customNamedSecret(QStringLiteral("B")) };
        QCOMPARE(storage::customSecretChanges({}, stored),
            (QList<SecretChange> { SecretChange::remove(stored.at(0)), SecretChange::remove(stored.at(1)) }));
    }
};

QTEST_GUILESS_MAIN(TestProviderSecrets)
#include "TestProviderSecrets.moc"
