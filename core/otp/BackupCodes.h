#pragma once
// Backup codes of a test user (WSO2's backup-code-authenticator, in the console's engine): a set of N codes of L
// digits drawn like OTP codes, shown once, kept only as slow salted hashes, each usable once.

#include "otp/OtpGenerator.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace smsotp::storage {
class BackupCodeRepository;
}

namespace smsotp::otp {

// The rules, one a line:
// - Codes come from the same CSPRNG generator as OTP codes (rejection sampling; SECURITY.md 1), digits only.
// - A code is returned once, to the caller of generate(); only PBKDF2-HMAC-SHA256 of it with a per-code random salt
//   is stored (NIST SP 800-63B 3.1.2: look-up secrets are stored salted and hashed with a cost function).
// - Verification derives the hash of what was typed for every stored code of the user and compares every byte of
//   every candidate, with no early exit (SECURITY.md 7; OWASP ASVS 5.0 11.2).
// - A code is accepted once: its used_at is set in the same transaction that found it.
// - Generating replaces the whole set of the user: the earlier codes stop working.

// The backup-code settings, stored in the settings table like the OTP policy.
enum class BackupField
{
    Enabled, // backup.enabled: the verify step of a test send accepts a backup code
    Count, // backup.count: codes per set (WSO2 default 10)
    Length, // backup.length: digits per code (WSO2 default 6)
};

struct BackupFieldSpec
{
    BackupField field;
    const char* key;
    bool isBool;
    int minimum;
    int maximum;
    int defaultValue;
};

const QList<BackupFieldSpec>& backupFieldSpecs();
const BackupFieldSpec& specOf(BackupField field);
std::optional<BackupField> backupFieldForKey(QStringView key);

struct BackupPolicy
{
    bool enabled = false;
    int count = 10;
    int length = 6;

    int value(BackupField field) const;
    void setValue(BackupField field, int value);
    bool operator==(const BackupPolicy&) const = default;
};

// Parses a typed value of a field (CLI, import): the value, or a sentence saying why not.
struct BackupParsedValue
{
    std::optional<int> value;
    QString error;
};
BackupParsedValue parseBackupFieldValue(BackupField field, QStringView text);

// One stored code: its salt, its PBKDF2 hash and the iteration count it was made with.
struct HashedBackupCode
{
    QByteArray salt;
    QByteArray hash;
    int iterations = 0;
};

// Slow enough to make an offline guess of a 6-digit code cost ~10^6 derivations, fast enough for a test suite.
inline constexpr int kBackupIterations = 10000;
inline constexpr int kBackupSaltBytes = 16;
inline constexpr int kBackupHashBytes = 32;

// PBKDF2-HMAC-SHA256 (QPasswordDigestor) of the code's UTF-8.
QByteArray hashBackupCode(QStringView code, const QByteArray& salt, int iterations);

// What a user typed, made comparable: spaces and dashes removed ("123 456", "123-456").
QString normalizeBackupCode(QStringView typed);

struct BackupMatch
{
    int index = -1; // the candidate that matched, -1: none
    int derivations = 0; // how many candidates were hashed and compared: always all of them
};
// Hashes the typed code with each candidate's salt and compares all of them, whatever matches first.
BackupMatch matchBackupCode(QStringView typed, const QList<HashedBackupCode>& candidates);

struct GeneratedBackupSet
{
    QStringList codes; // shown once, then dropped by the caller
    QList<HashedBackupCode> hashed; // what is stored, in the same order
};
// count codes of length digits from the random source, and their hashes with fresh salts from the same source.
GeneratedBackupSet generateBackupSet(int count, int length, RandomSource& random, int iterations = kBackupIterations);

enum class BackupVerifyStatus
{
    Verified, // a backup code of the user, unused: now used
    Wrong, // not one of the user's codes
    AlreadyUsed, // one of the user's codes, used before
    NoSet, // the user has no backup codes
};

struct BackupVerifyResult
{
    BackupVerifyStatus status = BackupVerifyStatus::NoSet;
    int remaining = 0; // unused codes left after this attempt
    QString error; // a database error, when the check could not be made (status is then Wrong)

    bool isVerified() const { return status == BackupVerifyStatus::Verified; }
    QString message() const;
};

struct BackupGenerateResult
{
    QStringList codes; // empty on error
    QString error;
    bool ok() const { return error.isEmpty(); }
};

struct BackupStatus
{
    int total = 0;
    int remaining = 0;
    QString generatedAt; // ISO 8601 UTC, empty without a set
    QString error;
};

// The backup codes of test users, on a repository (the database). Not thread-safe.
class BackupCodes
{
public:
    // The random source must outlive this object.
    BackupCodes(storage::BackupCodeRepository& repository, RandomSource& random, int iterations = kBackupIterations);
    // The product's wiring: QRandomGenerator::system().
    explicit BackupCodes(storage::BackupCodeRepository& repository);
    ~BackupCodes();

    // A new set for the user, replacing any earlier one. The codes are in the result only.
    BackupGenerateResult generate(const QString& user, int count, int length);
    BackupVerifyResult verify(const QString& user, QStringView typed);
    BackupStatus status(const QString& user) const;

private:
    storage::BackupCodeRepository& m_repository;
    std::optional<SystemRandomSource> m_ownedRandom;
    RandomSource& m_random;
    int m_iterations;
};

} // namespace smsotp::otp
