#pragma once
// Secrets in the operating system's keychain (QtKeychain), asynchronous, with a deadline; never in a file.

#include <QMap>
#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace QKeychain {
class Job;
}

namespace smsotp::storage {

enum class SecretErrorKind
{
    None,
    NotFound, // nothing stored under this name (a locked keyring may also answer this on read)
    NoSessionBus, // no D-Bus session, so no keychain can be reached
    NoSecretService, // a session bus, but no Secret Service (gnome-keyring, KWallet) on it
    NoKeychain, // QtKeychain found no backend at all
    AccessDenied, // the keychain refused: locked, or the user said no
    Timeout, // no answer before the deadline (often a password prompt nobody sees)
    Other,
};

struct SecretError
{
    SecretErrorKind kind = SecretErrorKind::None;
    QString detail; // QtKeychain's own text

    bool isError() const { return kind != SecretErrorKind::None; }
    // What happened and what to do, for people. The same sentence in the GUI and the CLI.
    QString message() const;
};

struct SecretResult
{
    QString value; // read only
    SecretError error;
};

// One change a save asks of the keychain: write a value, or (no value) remove the entry.
struct SecretChange
{
    QString key;
    std::optional<QString> value; // none: remove

    static SecretChange write(const QString& key, const QString& value) { return { key, value }; }
    static SecretChange remove(const QString& key) { return { key, std::nullopt }; }
    bool isRemoval() const { return !value.has_value(); }
    bool operator==(const SecretChange&) const = default;

    static QStringList keysOf(const QList<SecretChange>& changes)
    {
        QStringList keys;
        for (const SecretChange& change : changes)
            keys.append(change.key);
        return keys;
    }
};

// What applyChanges did: the keys applied, in order, and, on an error, the changes left (the failed one first),
// which is what a Retry hands back to applyChanges.
struct SecretChangesResult
{
    QStringList applied;
    QList<SecretChange> remaining;
    QString failedKey;
    SecretError error;

    bool ok() const { return !error.isError(); }
};

class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const SecretResult&)>;
    static constexpr int kDefaultDeadlineMs = 15000;

    // profileId namespaces the entries (service "smsotp-console/<profileId>"), so two data folders never
    // share secrets.
    explicit SecretStore(const QString& profileId, QObject* parent = nullptr);

    QString serviceName() const { return m_service; }
    void setDeadline(int milliseconds) { m_deadlineMs = milliseconds; }

    // Each operation calls done exactly once, later, on this object's thread; never if the store is destroyed
    // first. A job that outlives its deadline finishes on its own and its late answer is dropped.
    void read(const QString& key, Callback done);
    void write(const QString& key, const QString& value, Callback done);
    void remove(const QString& key, Callback done);

    // Reads several entries one after another; done gets every value, or the first error (with its key).
    // A missing entry is an error here: whoever asks for several secrets needs all of them.
    using ManyCallback
        = std::function<void(const QMap<QString, QString>& values, const QString& failedKey, const SecretError& error)>;
    void readMany(const QStringList& keys, ManyCallback done);

    // Applies changes one after another, in order; removing an entry that is not there counts as done. Stops at
    // the first error. applied (may be empty) is called after each change that is done, before the next starts;
    // done is called once at the end. Neither is called once context is destroyed.
    using ChangeCallback = std::function<void(const SecretChange& change)>;
    using ChangesCallback = std::function<void(const SecretChangesResult& result)>;
    void applyChanges(
        QList<SecretChange> changes, const QObject* context, ChangeCallback applied, ChangesCallback done);

    // Operations started and not yet answered: the "waiting for the keychain" state.
    int pending() const { return m_pending; }

Q_SIGNALS:
    void pendingChanged(int pending);

private:
    void run(QKeychain::Job* job, Callback done);
    // Whether a session bus can be reached without starting one (see run).
    static bool hasSessionBus();

    QString m_service;
    int m_deadlineMs = kDefaultDeadlineMs;
    int m_pending = 0;
};

// Maps a QtKeychain error code and text to a kind; public for its test.
SecretErrorKind secretErrorKind(int keychainError, const QString& text);

} // namespace smsotp::storage
