// BackupCodeRepository on a real SQLite file: the backup-code settings read back as saved (defaults otherwise),
// a new set replaces the old one whole, each code is consumed once, users are kept apart and not stored in clear,
// and a database failure is reported instead of passing for a wrong code.

#include "otp/BackupCodes.h"
#include "storage/BackupCodeRepository.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace smsotp;
using namespace smsotp::storage;
using otp::BackupVerifyStatus;

namespace {

// Few iterations: the repository stores whatever count a code was made with, and the suite stays fast.
constexpr int kIterations = 3;

otp::HashedBackupCode hashed(const QString& code, char saltByte)
{
    const QByteArray salt(otp::kBackupSaltBytes, saltByte);
    return { salt, otp::hashBackupCode(code, salt, kIterations), kIterations };
}

QList<otp::HashedBackupCode> hashedSet(const QStringList& codes)
{
    QList<otp::HashedBackupCode> set;
    char salt = 'a';
    for (const QString& code : codes)
        set.append(hashed(code, salt++));
    return set;
}

} // namespace

class TestBackupCodeRepository : public QObject
{
    Q_OBJECT

    const QString kUser = QStringLiteral("+447700900123");
    const QStringList kCodes { QStringLiteral("123456"), QStringLiteral("234567"), QStringLiteral("345678") };
    const QDateTime kGenerated { QDate(2024, 5, 6), QTime(7, 8, 9, 123), Qt::UTC };

    struct Rig
    {
        QTemporaryDir dir;
        std::unique_ptr<Database> database;
        std::unique_ptr<BackupCodeRepository> repository;
        Rig() { open(); }
        void open()
        {
            repository.reset();
            database.reset();
            auto opened = Database::open(dir.path());
            QVERIFY2(opened.database, qPrintable(opened.error.detail));
            database = std::move(opened.database);
            repository = std::make_unique<BackupCodeRepository>(*database);
        }
        int rows(const QString& where = QStringLiteral("1"))
        {
            QSqlQuery query(database->connection());
            if (!query.exec(QStringLiteral("SELECT count(*) FROM backup_codes WHERE ") + where) || !query.next())
                return -1;
            return query.value(0).toInt();
        }
    };

private Q_SLOTS:
    void aFreshDatabaseHasTheDefaultPolicy()
    {
        Rig rig;
        const BackupCodeRepository::PolicyResult loaded = rig.repository->loadPolicy();
        QVERIFY(!loaded.error.isError());
        QCOMPARE(loaded.policy.enabled, false);
        QCOMPARE(loaded.policy.count, 10); // WSO2's defaults
        QCOMPARE(loaded.policy.length, 6);
    }

    void thePolicySurvivesReopening()
    {
        Rig rig;
        const otp::BackupPolicy changed { true, 12, 8 };
        QVERIFY(!rig.repository->savePolicy(changed).isError());
        rig.open();
        BackupCodeRepository::PolicyResult loaded = rig.repository->loadPolicy();
        QVERIFY(!loaded.error.isError());
        QCOMPARE(loaded.policy, changed);

        // Saving again overwrites, including turning the feature off.
        const otp::BackupPolicy off { false, 20, 10 };
        QVERIFY(!rig.repository->savePolicy(off).isError());
        rig.open();
        QCOMPARE(rig.repository->loadPolicy().policy, off);
    }

    void storedValuesOutOfRangeFallBackToDefaults()
    {
        Rig rig;
        QSqlQuery query(rig.database->connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('backup.count', '0'), "
                                          "('backup.length', 'twelve'), ('backup.enabled', 'yes'), "
                                          "('backup.unknown', '5'), ('otp.length', '8')")));
        const BackupCodeRepository::PolicyResult loaded = rig.repository->loadPolicy();
        QVERIFY(!loaded.error.isError());
        QCOMPARE(loaded.policy.count, 10); // 0 codes is not a set: the default stays
        QCOMPARE(loaded.policy.length, 6); // not a number: the default stays
        QCOMPARE(loaded.policy.enabled, true); // what is valid is still read
    }

    void savingThePolicyLeavesOtherSettingsAlone()
    {
        Rig rig;
        QSqlQuery query(rig.database->connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('otp.length', '8')")));
        QVERIFY(!rig.repository->savePolicy({ true, 15, 7 }).isError());
        QVERIFY(query.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'otp.length'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("8"));
    }

    void noSetForAnUnknownUser()
    {
        Rig rig;
        const BackupCodeRepository::StatusResult status = rig.repository->status(kUser);
        QVERIFY(!status.error.isError());
        QCOMPARE(status.total, 0);
        QCOMPARE(status.remaining, 0);
        QVERIFY(!status.generatedAt.isValid());
        const otp::BackupVerifyResult result
            = rig.repository->consume(kUser, u"123456", QDateTime::currentDateTimeUtc());
        QCOMPARE(result.status, BackupVerifyStatus::NoSet);
        QCOMPARE(result.remaining, 0);
        QVERIFY(result.error.isEmpty());
    }

    void aSetIsStoredWithItsTime()
    {
        Rig rig;
        // An instant given in another zone is the same instant read back.
        const QDateTime inParis(QDate(2024, 5, 6), QTime(9, 8, 9, 123), QTimeZone(2 * 3600));
        QVERIFY(!rig.repository->replaceSet(kUser, hashedSet(kCodes), inParis).isError());
        rig.open();
        const BackupCodeRepository::StatusResult status = rig.repository->status(kUser);
        QVERIFY(!status.error.isError());
        QCOMPARE(status.total, 3);
        QCOMPARE(status.remaining, 3);
        QCOMPARE(status.generatedAt, kGenerated);
        QCOMPARE(status.generatedAt.toMSecsSinceEpoch(), inParis.toMSecsSinceEpoch());
    }

    void eachCodeIsConsumedOnce()
    {
        Rig rig;
        QVERIFY(!rig.repository->replaceSet(kUser, hashedSet(kCodes), kGenerated).isError());
        const QDateTime usedAt = kGenerated.addSecs(60);

        otp::BackupVerifyResult first = rig.repository->consume(kUser, kCodes.at(1), usedAt);
        QCOMPARE(first.status, BackupVerifyStatus::Verified);
        QCOMPARE(first.remaining, 2);
        QVERIFY(first.error.isEmpty());
        QCOMPARE(rig.rows(QStringLiteral("used_at IS NOT NULL")), 1);

        otp::BackupVerifyResult again = rig.repository->consume(kUser, kCodes.at(1), usedAt);
        QCOMPARE(again.status, BackupVerifyStatus::AlreadyUsed);
        QCOMPARE(again.remaining, 2); // nothing more was used
        QCOMPARE(rig.rows(QStringLiteral("used_at IS NOT NULL")), 1);

        // As people type them: with a space or a dash.
        QCOMPARE(rig.repository->consume(kUser, u"345-678", usedAt).status, BackupVerifyStatus::Verified);
        QCOMPARE(rig.repository->consume(kUser, u" 123 456 ", usedAt).remaining, 0);
        QCOMPARE(rig.repository->status(kUser).remaining, 0);
        QCOMPARE(rig.repository->status(kUser).total, 3);

        // Used stays used for the next program that opens the file.
        rig.open();
        QCOMPARE(rig.repository->consume(kUser, kCodes.at(0), usedAt).status, BackupVerifyStatus::AlreadyUsed);
    }

    void wrongCodesUseNothing()
    {
        Rig rig;
        QVERIFY(!rig.repository->replaceSet(kUser, hashedSet(kCodes), kGenerated).isError());
        for (const QStringView typed : { u"999999", u"", u"12345", u"1234567", u"abcdef", u"123456 7" }) {
            const otp::BackupVerifyResult result = rig.repository->consume(kUser, typed, kGenerated);
            QVERIFY2(result.status == BackupVerifyStatus::Wrong, qPrintable(typed.toString()));
            QCOMPARE(result.remaining, 3);
            QVERIFY(result.error.isEmpty()); // a wrong code is not a database error
        }
        QCOMPARE(rig.rows(QStringLiteral("used_at IS NOT NULL")), 0);
    }

    void replacingASetDropsTheOldCodes()
    {
        Rig rig;
        QVERIFY(!rig.repository->replaceSet(kUser, hashedSet(kCodes), kGenerated).isError());
        QCOMPARE(rig.repository->consume(kUser, kCodes.at(0), kGenerated).status, BackupVerifyStatus::Verified);

        const QStringList fresh { QStringLiteral("111111"), QStringLiteral("222222") };
        const QDateTime later = kGenerated.addDays(1);
        QVERIFY(!rig.repository->replaceSet(kUser, hashedSet(fresh), later).isError());
        const BackupCodeRepository::StatusResult status = rig.repository->status(kUser);
        QCOMPARE(status.total, 2);
        QCOMPARE(status.remaining, 2); // the used mark of the old set went with it
        QCOMPARE(status.generatedAt, later);
        for (const QString& old : kCodes)
            QCOMPARE(rig.repository->consume(kUser, old, later).status, BackupVerifyStatus::Wrong);
        QCOMPARE(rig.repository->consume(kUser, fresh.at(1), later).status, BackupVerifyStatus::Verified);

        // An empty set removes the user's codes.
        QVERIFY(!rig.repository->replaceSet(kUser, {}, later).isError());
        QCOMPARE(rig.repository->status(kUser).total, 0);
        QCOMPARE(rig.repository->consume(kUser, fresh.at(0), later).status, BackupVerifyStatus::NoSet);
        QCOMPARE(rig.rows(), 0);
    }

    void aFailedReplaceKeepsTheOldSet()
    {
        Rig rig;
        QVERIFY(!rig.repository->replaceSet(kUser, hashedSet(kCodes), kGenerated).isError());
        QList<otp::HashedBackupCode> broken = hashedSet({ QStringLiteral("111111"), QStringLiteral("222222") });
        broken[1].salt = QByteArray(); // NULL: the table refuses it, after the delete and the first insert
        const DbError error = rig.repository->replaceSet(kUser, broken, kGenerated.addDays(1));
        QVERIFY(error.isError());
        // One transaction: the old codes are all still there and still work, nothing of the new set is.
        QCOMPARE(rig.repository->status(kUser).total, 3);
        QCOMPARE(rig.repository->status(kUser).generatedAt, kGenerated);
        QCOMPARE(rig.repository->consume(kUser, u"111111", kGenerated).status, BackupVerifyStatus::Wrong);
        QCOMPARE(rig.repository->consume(kUser, kCodes.at(2), kGenerated).status, BackupVerifyStatus::Verified);
    }

    void usersAreKeptApart()
    {
        Rig rig;
        const QString other = QStringLiteral("test-user");
        QVERIFY(!rig.repository->replaceSet(kUser, hashedSet(kCodes), kGenerated).isError());
        QVERIFY(!rig.repository->replaceSet(other, hashedSet({ QStringLiteral("555555") }), kGenerated).isError());
        QCOMPARE(rig.repository->consume(other, kCodes.at(0), kGenerated).status, BackupVerifyStatus::Wrong);
        QCOMPARE(rig.repository->consume(kUser, u"555555", kGenerated).status, BackupVerifyStatus::Wrong);
        QCOMPARE(rig.repository->status(kUser).total, 3);
        QCOMPARE(rig.repository->status(other).total, 1);
        // Replacing one user's set leaves the other's alone.
        QVERIFY(!rig.repository->replaceSet(other, {}, kGenerated).isError());
        QCOMPARE(rig.repository->status(kUser).remaining, 3);
        // The user is matched without its surrounding spaces.
        QCOMPARE(rig.repository->status(QStringLiteral("  +447700900123 ")).total, 3);
    }

    void theUserIsNotStoredInClear()
    {
        Rig rig;
        QVERIFY(!rig.repository->replaceSet(kUser, hashedSet(kCodes), kGenerated).isError());
        QSqlQuery query(rig.database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT DISTINCT user FROM backup_codes")));
        QVERIFY(query.next());
        const QString stored = query.value(0).toString();
        QVERIFY(!stored.contains(QStringLiteral("447700900123")));
        QVERIFY(!stored.contains(QStringLiteral("900123")));
        QVERIFY(!query.next());

        // Keyed by the profile: another data folder stores the same user under another name.
        Rig second;
        QVERIFY(!second.repository->replaceSet(kUser, hashedSet(kCodes), kGenerated).isError());
        QSqlQuery secondQuery(second.database->connection());
        QVERIFY(secondQuery.exec(QStringLiteral("SELECT DISTINCT user FROM backup_codes")));
        QVERIFY(secondQuery.next());
        QVERIFY(secondQuery.value(0).toString() != stored);
    }

    void aDatabaseFailureIsNotAWrongCode()
    {
        Rig rig;
        QVERIFY(!rig.repository->replaceSet(kUser, hashedSet(kCodes), kGenerated).isError());
        QSqlQuery query(rig.database->connection());
        QVERIFY(query.exec(QStringLiteral("DROP TABLE backup_codes")));

        const otp::BackupVerifyResult result = rig.repository->consume(kUser, kCodes.at(0), kGenerated);
        QVERIFY(!result.isVerified());
        QVERIFY(!result.error.isEmpty());
        QVERIFY(result.message().contains(result.error)); // said as "could not be checked", not "not one of them"
        otp::BackupVerifyResult plainWrong;
        plainWrong.status = BackupVerifyStatus::Wrong;
        QVERIFY(result.message() != plainWrong.message());
        QVERIFY(rig.repository->status(kUser).error.isError());
        QVERIFY(rig.repository->replaceSet(kUser, hashedSet(kCodes), kGenerated).isError());

        QVERIFY(query.exec(QStringLiteral("DROP TABLE settings")));
        QVERIFY(rig.repository->loadPolicy().error.isError());
        QVERIFY(rig.repository->savePolicy({}).isError());
    }
};

QTEST_GUILESS_MAIN(TestBackupCodeRepository)
#include "TestBackupCodeRepository.moc"
