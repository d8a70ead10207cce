#include "FileScan.h"
#include "storage/SecretStore.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace smsotp::storage;

// Runs against the real Secret Service that tests/run.sh starts (a private bus with gnome-keyring).
// The same binary also runs with no bus and with a bus but no Secret Service (SMSOTP_KEYCHAIN_EXPECT), see
// tests/core/storage/CMakeLists.txt.
class TestSecretStore : public QObject
{
    Q_OBJECT

    struct Answer
    {
        int calls = 0;
        SecretResult result;
    };

    static SecretResult wait(const std::function<void(SecretStore::Callback)>& start, int timeoutMs = 20000)
    {
        auto answer = std::make_shared<Answer>();
        start([answer](const SecretResult& r) {
            ++answer->calls;
            answer->result = r;
        });
        const bool answered = QTest::qWaitFor([&] { return answer->calls > 0; }, timeoutMs);
        Q_UNUSED(answered) // no answer is reported as an error below
        return answer->calls == 1 ? answer->result
                                  : SecretResult { {}, { SecretErrorKind::Other, QStringLiteral("no answer") } };
    }

    static QString randomSecret()
    {
        return QStringLiteral("s3cr3t-") + QString::number(QRandomGenerator::system()->generate64(), 36);
    }

    static QString expectation() { return qEnvironmentVariable("SMSOTP_KEYCHAIN_EXPECT"); }

    static QStringList foldersOfTheUser()
    {
        return { QStandardPaths::writableLocation(QStandardPaths::HomeLocation),
            QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
            QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) };
    }

private Q_SLOTS:
    void init()
    {
        const QString function = QString::fromLatin1(QTest::currentTestFunction());
        if (!expectation().isEmpty() && function != u"failuresSayWhichAndLeaveNothingOnDisk")
            QSKIP("this run checks the failure path only");
        if (expectation().isEmpty() && function == u"failuresSayWhichAndLeaveNothingOnDisk")
            QSKIP("runs in the no-bus and no-service runs");
        if (expectation().isEmpty() && qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("no session bus: run the suite through tests/run.sh, which starts a private keyring");
    }

    void writeReadReplaceRemove()
    {
        SecretStore store(QUuid::createUuid().toString(QUuid::WithoutBraces));
        const QString key = QStringLiteral("twilio.auth_token");
        const QString first = randomSecret();
        QCOMPARE(wait([&](auto cb) { store.read(key, cb); }).error.kind, SecretErrorKind::NotFound);

        QVERIFY(!wait([&](auto cb) { store.write(key, first, cb); }).error.isError());
        SecretResult read = wait([&](auto cb) { store.read(key, cb); });
        QVERIFY2(!read.error.isError(), qPrintable(read.error.detail));
        QCOMPARE(read.value, first);

        const QString second = QStringLiteral("ünïcødé ✓ ") + randomSecret();
        QVERIFY(!wait([&](auto cb) { store.write(key, second, cb); }).error.isError());
        QCOMPARE(wait([&](auto cb) { store.read(key, cb); }).value, second);

        QVERIFY(!wait([&](auto cb) { store.remove(key, cb); }).error.isError());
        QCOMPARE(wait([&](auto cb) { store.read(key, cb); }).error.kind, SecretErrorKind::NotFound);
        QCOMPARE(store.pending(), 0);
    }

    void theEntryIsInTheSecretService()
    {
        SecretStore store(QUuid::createUuid().toString(QUuid::WithoutBraces));
        const QString secret = randomSecret();
        QVERIFY(!wait([&](auto cb) { store.write(QStringLiteral("vonage.api_secret"), secret, cb); }).error.isError());
        // Another client of the same Secret Service sees it: it is in the keychain, not in a fallback file.
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
            { QStringLiteral("lookup"), QStringLiteral("server"), store.serviceName(), QStringLiteral("user"),
                QStringLiteral("vonage.api_secret") });
        QVERIFY(tool.waitForFinished(10000));
        QCOMPARE(QString::fromUtf8(tool.readAllStandardOutput()).trimmed(), secret);
        wait([&](auto cb) { store.remove(QStringLiteral("vonage.api_secret"), cb); });
    }

    void readManyGivesAllOrTheFirstMissing()
    {
        SecretStore store(QUuid::createUuid().toString(QUuid::WithoutBraces));
        const QString a = randomSecret(), b = randomSecret();
        QVERIFY(!wait([&](auto cb) { store.write(QStringLiteral("a"), a, cb); }).error.isError());
        QVERIFY(!wait([&](auto cb) { store.write(QStringLiteral("b"), b, cb); }).error.isError());
        int calls = 0;
        QMap<QString, QString> values;
        QString failedKey;
        SecretError error;
        const auto collect = [&](const QMap<QString, QString>& v, const QString& k, const SecretError& e) {
            ++calls;
            values = v;
            failedKey = k;
            error = e;
        };
        store.readMany({ QStringLiteral("a"), QStringLiteral("b") }, collect);
        QVERIFY(QTest::qWaitFor([&] { return calls == 1; }, 20000));
        QVERIFY(!error.isError());
        QCOMPARE(values.value(QStringLiteral("a")), a);
        QCOMPARE(values.value(QStringLiteral("b")), b);

        store.readMany({ QStringLiteral("a"), QStringLiteral("missing"), QStringLiteral("b") }, collect);
        QVERIFY(QTest::qWaitFor([&] { return calls == 2; }, 20000));
        QCOMPARE(error.kind, SecretErrorKind::NotFound);
        QCOMPARE(failedKey, QStringLiteral("missing"));
        QTest::qWait(100);
        QCOMPARE(calls, 2);
        wait([&](auto cb) { store.remove(QStringLiteral("a"), cb); });
        wait([&](auto cb) { store.remove(QStringLiteral("b"), cb); });
    }

    // The one runner every save uses: in order, a removal of an entry that is not there counts as done.
    void applyChangesInOrderAndRemovingNothingIsDone()
    {
        SecretStore store(QUuid::createUuid().toString(QUuid::WithoutBraces));
        const QString a = randomSecret(), b = randomSecret();
        QVERIFY(!wait([&](auto cb) { store.write(QStringLiteral("old"), randomSecret(), cb); }).error.isError());
        QObject context;
        QStringList seen;
        int done = 0;
        SecretChangesResult result;
        store.applyChanges(
            { SecretChange::write(QStringLiteral("a"), a), SecretChange::remove(QStringLiteral("never-stored")),
                SecretChange::remove(QStringLiteral("old")), SecretChange::write(QStringLiteral("b"), b) },
            &context, [&](const SecretChange& change) { seen.append(change.key); },
            [&](const SecretChangesResult& r) {
                ++done;
                result = r;
            });
        QVERIFY(QTest::qWaitFor([&] { return done > 0; }, 20000));
        QVERIFY2(result.ok(), qPrintable(result.error.detail));
        const QStringList order { QStringLiteral("a"), QStringLiteral("never-stored"), QStringLiteral("old"),
            QStringLiteral("b") };
        QCOMPARE(result.applied, order);
        QCOMPARE(seen, order);
        QVERIFY(result.remaining.isEmpty());
        QCOMPARE(wait([&](auto cb) { store.read(QStringLiteral("a"), cb); }).value, a);
        QCOMPARE(wait([&](auto cb) { store.read(QStringLiteral("b"), cb); }).value, b);
        QCOMPARE(wait([&](auto cb) { store.read(QStringLiteral("old"), cb); }).error.kind, SecretErrorKind::NotFound);
        QTest::qWait(100);
        QCOMPARE(done, 1);
        wait([&](auto cb) { store.remove(QStringLiteral("a"), cb); });
        wait([&](auto cb) { store.remove(QStringLiteral("b"), cb); });
    }

    // At the first error nothing more is tried; what is left, the failed change first, is what Retry hands back.
    void applyChangesStopsAtTheFirstErrorAndKeepsTheRest()
    {
        SecretStore store(QUuid::createUuid().toString(QUuid::WithoutBraces));
        store.setDeadline(0); // every job misses its deadline
        QObject context;
        int applied = 0, done = 0;
        SecretChangesResult result;
        const QList<SecretChange> changes { SecretChange::write(QStringLiteral("a"), QStringLiteral("1")),
            SecretChange::remove(QStringLiteral("b")) };
        store.applyChanges(
            changes, &context, [&](const SecretChange&) { ++applied; },
            [&](const SecretChangesResult& r) {
                ++done;
                result = r;
            });
        QVERIFY(QTest::qWaitFor([&] { return done > 0; }, 5000));
        QCOMPARE(result.error.kind, SecretErrorKind::Timeout);
        QCOMPARE(result.failedKey, QStringLiteral("a"));
        QVERIFY(result.applied.isEmpty());
        QCOMPARE(result.remaining, changes);
        QTest::qWait(500);
        QCOMPARE(applied, 0);
        QCOMPARE(done, 1);

        // Retry with the rest, once the keychain answers again.
        store.setDeadline(SecretStore::kDefaultDeadlineMs);
        store.applyChanges(result.remaining, &context, {}, [&](const SecretChangesResult& r) {
            ++done;
            result = r;
        });
        QVERIFY(QTest::qWaitFor([&] { return done > 1; }, 20000));
        QVERIFY2(result.ok(), qPrintable(result.error.detail));
        QCOMPARE(wait([&](auto cb) { store.read(QStringLiteral("a"), cb); }).value, QStringLiteral("1"));
        wait([&](auto cb) { store.remove(QStringLiteral("a"), cb); });
    }

    void applyChangesAnswersNoOneWhoIsGone()
    {
        SecretStore store(QUuid::createUuid().toString(QUuid::WithoutBraces));
        int calls = 0;
        {
            QObject context;
            store.applyChanges(
                { SecretChange::write(QStringLiteral("gone"), QStringLiteral("1")) }, &context,
                [&](const SecretChange&) { ++calls; }, [&](const SecretChangesResult&) { ++calls; });
            QObject empty;
            store.applyChanges({}, &empty, {}, [&](const SecretChangesResult&) { ++calls; });
        }
        QTest::qWait(1000);
        QCOMPARE(calls, 0);
        // Nothing to change still answers, later.
        QObject context;
        bool answered = false;
        store.applyChanges({}, &context, {}, [&](const SecretChangesResult& r) { answered = r.ok(); });
        QVERIFY(!answered);
        QVERIFY(QTest::qWaitFor([&] { return answered; }, 5000));
        wait([&](auto cb) { store.remove(QStringLiteral("gone"), cb); });
    }

    void profilesDoNotShareEntries()
    {
        SecretStore one(QUuid::createUuid().toString(QUuid::WithoutBraces));
        SecretStore two(QUuid::createUuid().toString(QUuid::WithoutBraces));
        QVERIFY(one.serviceName() != two.serviceName());
        QVERIFY(!wait([&](auto cb) { one.write(QStringLiteral("k"), randomSecret(), cb); }).error.isError());
        QCOMPARE(wait([&](auto cb) { two.read(QStringLiteral("k"), cb); }).error.kind, SecretErrorKind::NotFound);
        wait([&](auto cb) { one.remove(QStringLiteral("k"), cb); });
    }

    void noSecretBytesOnDisk()
    {
        SecretStore store(QUuid::createUuid().toString(QUuid::WithoutBraces));
        const QString secret = randomSecret();
        QVERIFY(!wait([&](auto cb) { store.write(QStringLiteral("custom.header.1"), secret, cb); }).error.isError());
        // gnome-keyring keeps its file under the data folder too: encrypted, so the bytes must not appear.
        QCOMPARE(filesContaining(foldersOfTheUser(), { secret.toUtf8() }), QStringList {});
        wait([&](auto cb) { store.remove(QStringLiteral("custom.header.1"), cb); });
    }

    // Without a session bus the store answers NoSessionBus at once and starts no bus of its own (libdbus would
    // autolaunch one through dbus-launch when an X11 DISPLAY is set).
    void noSessionBusIsAnsweredWithoutStartingOne()
    {
        const QByteArray address = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
        const QByteArray display = qgetenv("DISPLAY");
        const auto restore = qScopeGuard([&] {
            qputenv("DBUS_SESSION_BUS_ADDRESS", address);
            qputenv("XDG_RUNTIME_DIR", runtime);
            display.isNull() ? qunsetenv("DISPLAY") : qputenv("DISPLAY", display);
        });
        QTemporaryDir emptyRuntime;
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("XDG_RUNTIME_DIR", emptyRuntime.path().toLocal8Bit());
        qputenv("DISPLAY", ":97");
        SecretStore store(QUuid::createUuid().toString(QUuid::WithoutBraces));
        const SecretResult written = wait([&](SecretStore::Callback done) {
            store.write(QStringLiteral("twilio.auth_token"), QStringLiteral("secret"), std::move(done));
        });
        QCOMPARE(written.error.kind, SecretErrorKind::NoSessionBus);
        QVERIFY(written.error.message().contains(QStringLiteral("no D-Bus session")));
        QCOMPARE(store.pending(), 0);
        QVERIFY(QDir(emptyRuntime.path()).isEmpty());
    }

    void deadlineAnswersOnceAndTheLateAnswerIsDropped()
    {
        SecretStore store(QUuid::createUuid().toString(QUuid::WithoutBraces));
        store.setDeadline(0);
        int calls = 0;
        SecretResult result;
        store.read(QStringLiteral("slow"), [&](const SecretResult& r) {
            ++calls;
            result = r;
        });
        QVERIFY(QTest::qWaitFor([&] { return calls > 0; }, 5000));
        QCOMPARE(result.error.kind, SecretErrorKind::Timeout);
        QTest::qWait(500); // the job's own answer arrives and must be ignored
        QCOMPARE(calls, 1);
        QCOMPARE(store.pending(), 0);

        store.setDeadline(SecretStore::kDefaultDeadlineMs);
        QCOMPARE(wait([&](auto cb) { store.read(QStringLiteral("slow"), cb); }).error.kind, SecretErrorKind::NotFound);
    }

    void destroyingTheStoreWhileAJobRunsIsSafe()
    {
        bool called = false;
        {
            SecretStore store(QUuid::createUuid().toString(QUuid::WithoutBraces));
            store.read(QStringLiteral("x"), [&](const SecretResult&) { called = true; });
        }
        QTest::qWait(500);
        QVERIFY(!called);
    }

    // SECURITY.md 12: without a working keychain the write fails with the reason, and nothing lands on disk.
    void failuresSayWhichAndLeaveNothingOnDisk()
    {
        SecretStore store(QUuid::createUuid().toString(QUuid::WithoutBraces));
        const QString secret = randomSecret();
        const SecretResult written
            = wait([&](auto cb) { store.write(QStringLiteral("twilio.auth_token"), secret, cb); });
        const SecretErrorKind expected = expectation() == u"nobus" ? SecretErrorKind::NoSessionBus
            : expectation() == u"locked"                           ? SecretErrorKind::AccessDenied
                                                                   : SecretErrorKind::NoSecretService;
        QVERIFY2(written.error.kind == expected, qPrintable(written.error.detail));
        QVERIFY(written.error.message().contains(QStringLiteral("Nothing secret was saved")));
        // A read says the same, not "not found": the caller must not take it for an empty keychain.
        if (expectation() == u"locked")
            QEXPECT_FAIL("",
                "gnome-keyring answers a search of a locked collection with no items: QtKeychain "
                "reports 'not found' (a known gap; the console then asks for the secret again)",
                Continue);
        QCOMPARE(wait([&](auto cb) { store.read(QStringLiteral("twilio.auth_token"), cb); }).error.kind, expected);
        QCOMPARE(filesContaining(foldersOfTheUser(), { secret.toUtf8() }), QStringList {});
    }

    void errorKindsFromQtKeychain()
    {
        QCOMPARE(secretErrorKind(0, {}), SecretErrorKind::None);
        QCOMPARE(secretErrorKind(1, {}), SecretErrorKind::NotFound);
        QCOMPARE(secretErrorKind(7, QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY")),
            SecretErrorKind::NoSessionBus);
        QCOMPARE(secretErrorKind(
                     7, QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files")),
            SecretErrorKind::NoSecretService);
        QCOMPARE(secretErrorKind(7, QStringLiteral("something else")), SecretErrorKind::Other);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "TestSecretStore.moc"
