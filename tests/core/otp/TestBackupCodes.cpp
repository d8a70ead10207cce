#include "FileScan.h"
#include "otp/BackupCodes.h"
#include "storage/BackupCodeRepository.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace smsotp;
using otp::BackupVerifyStatus;

namespace {

// Words in order, then zeros: makes the drawn codes known.
class ScriptedSource final : public otp::RandomSource
{
public:
    explicit ScriptedSource(QList<quint32> words)
        : m_words(std::move(words))
    { }
    quint32 next() override { return m_index < m_words.size() ? m_words.at(m_index++) : 0x12345678u + m_index++; }

private:
    QList<quint32> m_words;
    qsizetype m_index = 0;
};

} // namespace

// Backup codes (issue 10, item 5): single use, hashes only, regeneration invalidates, constant-time matching.
class TestBackupCodes : public QObject
{
    Q_OBJECT

    const QString kUser = QStringLiteral("+447700900123");

    struct Rig
    {
        QTemporaryDir dir;
        std::unique_ptr<storage::Database> database;
        std::unique_ptr<storage::BackupCodeRepository> repository;
        std::unique_ptr<otp::BackupCodes> codes;
        Rig()
        {
            database = std::move(storage::Database::open(dir.path()).database);
            repository = std::make_unique<storage::BackupCodeRepository>(*database);
            codes = std::make_unique<otp::BackupCodes>(*repository);
        }
    };

private Q_SLOTS:
    void defaultsAndSettings()
    {
        const otp::BackupPolicy policy;
        QCOMPARE(policy.enabled, false);
        QCOMPARE(policy.count, 10);
        QCOMPARE(policy.length, 6);
        QCOMPARE(otp::backupFieldForKey(u"backup.count"), otp::BackupField::Count);
        QCOMPARE(otp::backupFieldForKey(u"backup.length"), otp::BackupField::Length);
        QCOMPARE(otp::backupFieldForKey(u"backup.enabled"), otp::BackupField::Enabled);
        QVERIFY(!otp::backupFieldForKey(u"backup.nope"));
        QCOMPARE(otp::parseBackupFieldValue(otp::BackupField::Enabled, u"true").value, 1);
        QVERIFY(!otp::parseBackupFieldValue(otp::BackupField::Enabled, u"maybe").error.isEmpty());
        QVERIFY(!otp::parseBackupFieldValue(otp::BackupField::Count, u"0").error.isEmpty());
        QVERIFY(!otp::parseBackupFieldValue(otp::BackupField::Length, u"5").error.isEmpty());
        QVERIFY(!otp::parseBackupFieldValue(otp::BackupField::Length, u"x").error.isEmpty());
        QCOMPARE(otp::parseBackupFieldValue(otp::BackupField::Length, u" 8 ").value, 8);

        Rig rig;
        QCOMPARE(rig.repository->loadPolicy().policy, otp::BackupPolicy {});
        otp::BackupPolicy changed { true, 12, 8 };
        QVERIFY(!rig.repository->savePolicy(changed).isError());
        QCOMPARE(rig.repository->loadPolicy().policy, changed);
    }

    void generatedFromTheGeneratorWithRejectionSampling()
    {
        // Chunks of 4 bits, least significant first; 10..15 are dropped: 0xA..0xF never become digits.
        ScriptedSource source({ 0x543210FAu, 0x00009876u });
        const otp::GeneratedBackupSet set = otp::generateBackupSet(1, 6, source, 10);
        QCOMPARE(set.codes, QStringList { QStringLiteral("012345") });
        QCOMPARE(set.hashed.size(), 1);
        QCOMPARE(set.hashed.first().salt.size(), otp::kBackupSaltBytes);
        QCOMPARE(set.hashed.first().hash, otp::hashBackupCode(u"012345", set.hashed.first().salt, 10));
    }

    void aSetOfDistinctCodesOfTheLength()
    {
        Rig rig;
        const otp::BackupGenerateResult generated = rig.codes->generate(kUser, 10, 6);
        QVERIFY2(generated.ok(), qPrintable(generated.error));
        QCOMPARE(generated.codes.size(), 10);
        QCOMPARE(QSet<QString>(generated.codes.begin(), generated.codes.end()).size(), 10);
        for (const QString& code : generated.codes) {
            QCOMPARE(code.size(), 6);
            for (QChar c : code)
                QVERIFY(c.isDigit());
        }
        const otp::BackupStatus status = rig.codes->status(kUser);
        QCOMPARE(status.total, 10);
        QCOMPARE(status.remaining, 10);
        QVERIFY(!status.generatedAt.isEmpty());

        const otp::BackupGenerateResult longer = rig.codes->generate(QStringLiteral("test-user"), 3, 12);
        QCOMPARE(longer.codes.size(), 3);
        QCOMPARE(longer.codes.first().size(), 12);
        QVERIFY(!rig.codes->generate(kUser, 0, 6).ok());
        QVERIFY(!rig.codes->generate(kUser, 10, 5).ok());
        QVERIFY(!rig.codes->generate(QString(), 10, 6).ok());
    }

    void eachCodeWorksOnce()
    {
        Rig rig;
        const QStringList codes = rig.codes->generate(kUser, 10, 6).codes;
        otp::BackupVerifyResult first = rig.codes->verify(kUser, codes.at(3));
        QCOMPARE(first.status, BackupVerifyStatus::Verified);
        QCOMPARE(first.remaining, 9);
        QVERIFY(first.message().contains(QStringLiteral("9")));
        QCOMPARE(rig.codes->verify(kUser, codes.at(3)).status, BackupVerifyStatus::AlreadyUsed);
        QCOMPARE(rig.codes->verify(kUser, codes.at(3)).remaining, 9);
        // Typed with a space or a dash, as people copy them.
        const QString spaced = codes.at(0).left(3) + QStringLiteral(" ") + codes.at(0).mid(3);
        QCOMPARE(rig.codes->verify(kUser, spaced).status, BackupVerifyStatus::Verified);
        QCOMPARE(rig.codes->status(kUser).remaining, 8);
        // Another user's codes are not this user's.
        QCOMPARE(rig.codes->verify(QStringLiteral("someone-else"), codes.at(1)).status, BackupVerifyStatus::NoSet);
        QString wrong = QStringLiteral("000000");
        while (codes.contains(wrong))
            wrong = QString::number(wrong.toInt() + 1).rightJustified(6, QLatin1Char('0'));
        QCOMPARE(rig.codes->verify(kUser, wrong).status, BackupVerifyStatus::Wrong);

        // used_at is set in the database, so a second process (another CLI run) sees it too.
        QSqlQuery query(rig.database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM backup_codes WHERE used_at IS NOT NULL")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 2);
        storage::BackupCodeRepository again(*rig.database);
        QCOMPARE(otp::BackupCodes(again).verify(kUser, codes.at(3)).status, BackupVerifyStatus::AlreadyUsed);
    }

    void regenerationInvalidatesTheOldSet()
    {
        Rig rig;
        const QStringList old = rig.codes->generate(kUser, 10, 6).codes;
        QCOMPARE(rig.codes->verify(kUser, old.at(0)).status, BackupVerifyStatus::Verified);
        const QStringList fresh = rig.codes->generate(kUser, 5, 6).codes;
        QCOMPARE(rig.codes->status(kUser).total, 5);
        QCOMPARE(rig.codes->status(kUser).remaining, 5);
        for (const QString& code : old) {
            if (!fresh.contains(code))
                QCOMPARE(rig.codes->verify(kUser, code).status, BackupVerifyStatus::Wrong);
        }
        QCOMPARE(rig.codes->verify(kUser, fresh.at(4)).status, BackupVerifyStatus::Verified);
        QCOMPARE(rig.codes->status(kUser).remaining, 4);
    }

    void onlyHashesAreStored()
    {
        Rig rig;
        QStringList all;
        all += rig.codes->generate(kUser, 10, 6).codes;
        all += rig.codes->generate(QStringLiteral("test-user"), 10, 8).codes;
        QCOMPARE(rig.codes->verify(kUser, all.at(0)).status, BackupVerifyStatus::Verified);
        // Each hash is PBKDF2 of its code with its own salt and the slow iteration count.
        QSqlQuery query(rig.database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT salt, hash, iterations FROM backup_codes")));
        QSet<QByteArray> salts;
        int rows = 0;
        while (query.next()) {
            ++rows;
            salts.insert(query.value(0).toByteArray());
            QCOMPARE(query.value(1).toByteArray().size(), otp::kBackupHashBytes);
            QCOMPARE(query.value(2).toInt(), otp::kBackupIterations);
            QVERIFY(otp::kBackupIterations >= 10000);
        }
        QCOMPARE(rows, 20);
        QCOMPARE(salts.size(), 20);

        QList<QByteArray> needles;
        for (const QString& code : std::as_const(all)) {
            needles.append(code.toUtf8());
            needles.append(QByteArray(reinterpret_cast<const char*>(code.utf16()), code.size() * 2));
        }
        rig.codes.reset();
        rig.repository.reset();
        rig.database.reset();
        QCOMPARE(filesContaining({ rig.dir.path() }, needles), QStringList {});
    }

    void theScanWouldFindACode()
    {
        // The scan above can fail: a code written as text is found.
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("leak.bin")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("xx482913yy");
        file.close();
        QCOMPARE(filesContaining({ dir.path() }, { QByteArray("482913") }).size(), 1);
    }

    void everyCandidateIsHashedAndCompared()
    {
        ScriptedSource source({});
        const otp::GeneratedBackupSet set = otp::generateBackupSet(8, 6, source, 50);
        for (int i = 0; i < set.codes.size(); ++i) {
            const otp::BackupMatch match = otp::matchBackupCode(set.codes.at(i), set.hashed);
            QCOMPARE(match.index, i);
            QCOMPARE(match.derivations, int(set.hashed.size())); // no early exit on a match
        }
        const otp::BackupMatch none = otp::matchBackupCode(u"not-a-code", set.hashed);
        QCOMPARE(none.index, -1);
        QCOMPARE(none.derivations, int(set.hashed.size()));
    }

    void verificationTimeDoesNotDependOnWhereTheMatchIs()
    {
        // Constant-time-ish: a match in first place costs about what no match costs (all candidates derived).
        ScriptedSource source({});
        const otp::GeneratedBackupSet set = otp::generateBackupSet(10, 6, source, 2000);
        const auto timeOf = [&](const QString& typed) {
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < 3; ++i)
                otp::matchBackupCode(typed, set.hashed);
            return timer.nsecsElapsed();
        };
        const qint64 first = timeOf(set.codes.first());
        const qint64 none = timeOf(QStringLiteral("999999x"));
        QVERIFY2(first * 3 > none, qPrintable(QStringLiteral("first %1 ns, none %2 ns").arg(first).arg(none)));
    }
};

QTEST_GUILESS_MAIN(TestBackupCodes)
#include "TestBackupCodes.moc"
