#include "SecretStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "smsotp.core.keychain")

namespace smsotp::storage {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("smsotp::storage::SecretStore", text);
}
} // namespace

SecretErrorKind secretErrorKind(int keychainError, const QString& text)
{
    switch (QKeychain::Error(keychainError)) {
    case QKeychain::NoError:
        return SecretErrorKind::None;
    case QKeychain::EntryNotFound:
        return SecretErrorKind::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretErrorKind::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretErrorKind::NoKeychain;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // QtKeychain reports a missing bus or service as OtherError; its D-Bus text tells which.
    if (text.contains(u"org.freedesktop.secrets") || text.contains(u"ServiceUnknown"))
        return SecretErrorKind::NoSecretService;
    if (text.contains(u"D-Bus", Qt::CaseInsensitive) || text.contains(u"DBus", Qt::CaseInsensitive))
        return SecretErrorKind::NoSessionBus;
    return SecretErrorKind::Other;
}

QString SecretError::message() const
{
    switch (kind) {
    case SecretErrorKind::None:
        return {};
    case SecretErrorKind::NotFound:
        return tr("Nothing is stored in the keychain for this entry.");
    case SecretErrorKind::NoSessionBus:
        return tr("No keychain can be reached: there is no D-Bus session. Run the console inside a desktop "
                  "session (or start one with dbus-run-session) and try again. Nothing secret was saved.");
    case SecretErrorKind::NoSecretService:
        return tr("No keychain is running: there is no Secret Service (such as GNOME Keyring or KWallet) on the "
                  "session bus. Start one and try again. Nothing secret was saved.");
    case SecretErrorKind::NoKeychain:
        return tr("No keychain is available on this system. Install and start one (such as GNOME Keyring) and try "
                  "again. Nothing secret was saved.");
    case SecretErrorKind::AccessDenied:
        return tr("The keychain refused access; it is probably locked. Unlock it and try again. Nothing secret was "
                  "saved.");
    case SecretErrorKind::Timeout:
        return tr("The keychain did not answer in time. It may be waiting for a password prompt: check your "
                  "desktop, then try again.");
    case SecretErrorKind::Other:
        return tr("The keychain reported an error. The technical detail says more.");
    }
    return {};
}

SecretStore::SecretStore(const QString& profileId, QObject* parent)
    : QObject(parent)
    , m_service(QStringLiteral("smsotp-console/") + profileId)
{ }

void SecretStore::read(const QString& key, Callback done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    run(job, std::move(done));
}

void SecretStore::write(const QString& key, const QString& value, Callback done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(value);
    run(job, std::move(done));
}

void SecretStore::remove(const QString& key, Callback done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    run(job, std::move(done));
}

void SecretStore::readMany(const QStringList& keys, ManyCallback done)
{
    if (keys.isEmpty()) {
        // Nothing to read, but the answer still comes later, as every answer of the store does.
        QTimer::singleShot(0, this, [done = std::move(done)] { done({}, {}, {}); });
        return;
    }
    struct Progress
    {
        QStringList remaining;
        QMap<QString, QString> values;
        ManyCallback done;
    };
    auto progress = std::make_shared<Progress>(Progress { keys, {}, std::move(done) });
    auto step = std::make_shared<std::function<void()>>();
    // The step holds itself only through a weak reference, so the chain frees itself when it ends.
    *step = [this, progress, weakStep = std::weak_ptr<std::function<void()>>(step)] {
        if (progress->remaining.isEmpty()) {
            progress->done(progress->values, {}, {});
            return;
        }
        const QString key = progress->remaining.takeFirst();
        read(key, [progress, key, next = weakStep.lock()](const SecretResult& result) {
            if (result.error.isError()) {
                progress->done(progress->values, key, result.error);
                return;
            }
            progress->values.insert(key, result.value);
            (*next)();
        });
    };
    (*step)();
}

void SecretStore::applyChanges(
    QList<SecretChange> changes, const QObject* context, ChangeCallback applied, ChangesCallback done)
{
    struct Progress
    {
        QPointer<const QObject> context;
        SecretChangesResult result;
        ChangeCallback applied;
        ChangesCallback done;
    };
    Q_ASSERT(context);
    auto progress = std::make_shared<Progress>(Progress { context, {}, std::move(applied), std::move(done) });
    progress->result.remaining = std::move(changes);
    auto step = std::make_shared<std::function<void()>>();
    // As in readMany: the step holds itself only weakly, so the chain frees itself when it ends.
    *step = [this, progress, weakStep = std::weak_ptr<std::function<void()>>(step)] {
        if (progress->result.remaining.isEmpty()) {
            progress->done(progress->result);
            return;
        }
        const SecretChange change = progress->result.remaining.first();
        auto answered = [progress, change, next = weakStep.lock()](const SecretResult& answer) {
            if (!progress->context)
                return;
            const bool absent = change.isRemoval() && answer.error.kind == SecretErrorKind::NotFound;
            if (answer.error.isError() && !absent) {
                progress->result.failedKey = change.key;
                progress->result.error = answer.error;
                progress->done(progress->result);
                return;
            }
            progress->result.remaining.removeFirst();
            progress->result.applied.append(change.key);
            if (progress->applied)
                progress->applied(change);
            if (progress->context)
                (*next)();
        };
        if (change.value)
            write(change.key, *change.value, std::move(answered));
        else
            remove(change.key, std::move(answered));
    };
    if (progress->result.remaining.isEmpty()) {
        // Nothing to change, but the answer still comes later, as every answer of the store does.
        QTimer::singleShot(0, this, [progress] {
            if (progress->context)
                progress->done(progress->result);
        });
        return;
    }
    (*step)();
}

void SecretStore::run(QKeychain::Job* job, Callback done)
{
    // Never the plaintext fallback (SECURITY.md 11/12): without a keychain, saving a secret fails.
    job->setInsecureFallback(false);
    // The job deletes itself when it finishes, even after the deadline; it is never deleted while running.
    job->setAutoDelete(true);

    // The deadline timer is a child of the store (not of the state) so that no reference cycle keeps the state
    // alive: the job's connection and the timer's connection are the only owners of the state.
    struct State
    {
        bool answered = false;
        Callback done;
        QPointer<QTimer> deadline;
    };
    auto state = std::make_shared<State>();
    state->done = std::move(done);
    state->deadline = new QTimer(this);
    const QString key = job->key();

    ++m_pending;
    Q_EMIT pendingChanged(m_pending);
    auto answer = [this, state](const SecretResult& result) {
        if (state->answered)
            return;
        state->answered = true;
        if (state->deadline) {
            state->deadline->stop();
            state->deadline->deleteLater();
        }
        --m_pending;
        Q_EMIT pendingChanged(m_pending);
        state->done(result);
    };

    connect(job, &QKeychain::Job::finished, this, [answer, key](QKeychain::Job* finished) {
        SecretResult result;
        result.error = { secretErrorKind(finished->error(), finished->errorString()), finished->errorString() };
        if (auto* reader = qobject_cast<QKeychain::ReadPasswordJob*>(finished); reader && !result.error.isError())
            result.value = reader->textData();
        if (result.error.isError() && result.error.kind != SecretErrorKind::NotFound)
            qCWarning(lcKeychain) << "keychain job for" << key << "failed:" << finished->errorString();
        answer(result);
    });

    state->deadline->setSingleShot(true);
    connect(state->deadline, &QTimer::timeout, this, [answer, key, deadline = m_deadlineMs] {
        qCWarning(lcKeychain) << "keychain job for" << key << "passed its deadline of" << deadline << "ms";
        answer({ {}, { SecretErrorKind::Timeout, tr("no answer after %1 ms").arg(deadline) } });
    });
    state->deadline->start(m_deadlineMs);
    if (!hasSessionBus()) {
        // libdbus would start a bus of its own (dbus-launch, with an X11 DISPLAY) that outlives the program and
        // asks for a new keyring's password: never. Without a session, no keychain is reachable.
        job->deleteLater();
        QTimer::singleShot(0, this, [answer] {
            answer({ {},
                { SecretErrorKind::NoSessionBus,
                    QStringLiteral("no D-Bus session bus: DBUS_SESSION_BUS_ADDRESS is not set and there is no "
                                   "$XDG_RUNTIME_DIR/bus") } });
        });
        return;
    }
    job->start();
}

bool SecretStore::hasSessionBus()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // Where libdbus looks before it would autolaunch: the address in the environment, then the user's bus socket.
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(runtime + QStringLiteral("/bus"));
#else
    return true; // the keychain of macOS and Windows needs no D-Bus
#endif
}

} // namespace smsotp::storage
