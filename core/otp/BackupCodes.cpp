#include "BackupCodes.h"

#include "ConstantTime.h"
#include "storage/BackupCodeRepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QPasswordDigestor>

namespace smsotp::otp {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("smsotp::otp::BackupCodes", text, disambiguation, n);
}

} // namespace

const QList<BackupFieldSpec>& backupFieldSpecs()
{
    static const QList<BackupFieldSpec> specs = {
        { BackupField::Enabled, "backup.enabled", true, 0, 1, 0 },
        { BackupField::Count, "backup.count", false, 1, 100, 10 },
        { BackupField::Length, "backup.length", false, 6, 20, 6 },
    };
    return specs;
}

const BackupFieldSpec& specOf(BackupField field)
{
    for (const BackupFieldSpec& spec : backupFieldSpecs()) {
        if (spec.field == field)
            return spec;
    }
    Q_UNREACHABLE();
}

std::optional<BackupField> backupFieldForKey(QStringView key)
{
    for (const BackupFieldSpec& spec : backupFieldSpecs()) {
        if (key == QLatin1StringView(spec.key))
            return spec.field;
    }
    return std::nullopt;
}

int BackupPolicy::value(BackupField field) const
{
    switch (field) {
    case BackupField::Enabled:
        return enabled ? 1 : 0;
    case BackupField::Count:
        return count;
    case BackupField::Length:
        return length;
    }
    Q_UNREACHABLE();
}

void BackupPolicy::setValue(BackupField field, int value)
{
    switch (field) {
    case BackupField::Enabled:
        enabled = value != 0;
        return;
    case BackupField::Count:
        count = value;
        return;
    case BackupField::Length:
        length = value;
        return;
    }
}

BackupParsedValue parseBackupFieldValue(BackupField field, QStringView text)
{
    const BackupFieldSpec& spec = specOf(field);
    const QString trimmed = text.trimmed().toString().toLower();
    if (spec.isBool) {
        if (trimmed == u"1" || trimmed == u"true" || trimmed == u"yes" || trimmed == u"on")
            return { 1, {} };
        if (trimmed == u"0" || trimmed == u"false" || trimmed == u"no" || trimmed == u"off")
            return { 0, {} };
        return { std::nullopt, tr("Must be true or false.") };
    }
    bool ok = false;
    const qlonglong number = trimmed.toLongLong(&ok);
    if (!ok)
        return { std::nullopt,
            trimmed.isEmpty() ? tr("Required: enter a whole number.") : tr("Not a whole number: enter digits only.") };
    if (number < spec.minimum || number > spec.maximum)
        return { std::nullopt, tr("Must be a whole number from %1 to %2.").arg(spec.minimum).arg(spec.maximum) };
    return { int(number), {} };
}

QByteArray hashBackupCode(QStringView code, const QByteArray& salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, code.toUtf8(), salt, qMax(iterations, 1), kBackupHashBytes);
}

QString normalizeBackupCode(QStringView typed)
{
    QString out;
    out.reserve(typed.size());
    for (QChar c : typed) {
        if (!c.isSpace() && c != u'-')
            out.append(c);
    }
    return out;
}

BackupMatch matchBackupCode(QStringView typed, const QList<HashedBackupCode>& candidates)
{
    const QString code = normalizeBackupCode(typed);
    BackupMatch match;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const HashedBackupCode& candidate = candidates.at(i);
        const bool equal
            = constantTimeEquals(hashBackupCode(code, candidate.salt, candidate.iterations), candidate.hash);
        // No break: every candidate costs the same derivation and comparison whichever one matches.
        const int mask = -int(equal && match.index < 0);
        match.index = (mask & int(i)) | (~mask & match.index);
        ++match.derivations;
    }
    return match;
}

GeneratedBackupSet generateBackupSet(int count, int length, RandomSource& random, int iterations)
{
    OtpPolicy digits;
    digits.numericOnly = true;
    digits.length = length;
    OtpGenerator generator(digits, random);
    GeneratedBackupSet set;
    while (set.codes.size() < count) {
        QString code = generator.generate();
        if (set.codes.contains(code))
            continue; // a set of distinct codes: two equal codes would be one code usable twice
        QByteArray salt(kBackupSaltBytes, Qt::Uninitialized);
        for (qsizetype i = 0; i < salt.size(); i += 4) {
            const quint32 word = random.next();
            for (qsizetype j = 0; j < 4 && i + j < salt.size(); ++j)
                salt[i + j] = char((word >> (8 * j)) & 0xff);
        }
        set.hashed.append({ salt, hashBackupCode(code, salt, iterations), iterations });
        set.codes.append(std::move(code));
    }
    return set;
}

QString BackupVerifyResult::message() const
{
    if (!error.isEmpty())
        return tr("The backup codes could not be checked: %1").arg(error);
    switch (status) {
    case BackupVerifyStatus::Verified:
        return tr("Verified with a backup code; %n backup code(s) left.", nullptr, remaining);
    case BackupVerifyStatus::Wrong:
        return tr("Not one of the backup codes.");
    case BackupVerifyStatus::AlreadyUsed:
        return tr("That backup code was already used: each works once.");
    case BackupVerifyStatus::NoSet:
        return tr("There are no backup codes for this user.");
    }
    return {};
}

BackupCodes::BackupCodes(storage::BackupCodeRepository& repository, RandomSource& random, int iterations)
    : m_repository(repository)
    , m_random(random)
    , m_iterations(iterations)
{ }

BackupCodes::BackupCodes(storage::BackupCodeRepository& repository)
    : m_repository(repository)
    , m_ownedRandom(std::in_place)
    , m_random(*m_ownedRandom)
    , m_iterations(kBackupIterations)
{ }

BackupCodes::~BackupCodes() = default;

BackupGenerateResult BackupCodes::generate(const QString& user, int count, int length)
{
    const BackupFieldSpec& countSpec = specOf(BackupField::Count);
    const BackupFieldSpec& lengthSpec = specOf(BackupField::Length);
    if (user.trimmed().isEmpty())
        return { {}, tr("A user name is required.") };
    if (count < countSpec.minimum || count > countSpec.maximum)
        return { {}, tr("backup.count must be from %1 to %2.").arg(countSpec.minimum).arg(countSpec.maximum) };
    if (length < lengthSpec.minimum || length > lengthSpec.maximum)
        return { {}, tr("backup.length must be from %1 to %2.").arg(lengthSpec.minimum).arg(lengthSpec.maximum) };
    GeneratedBackupSet set = generateBackupSet(count, length, m_random, m_iterations);
    const storage::DbError error = m_repository.replaceSet(user, set.hashed, QDateTime::currentDateTimeUtc());
    if (error.isError())
        return { {}, error.title() + QStringLiteral(". ") + error.message() };
    return { std::move(set.codes), {} };
}

BackupVerifyResult BackupCodes::verify(const QString& user, QStringView typed)
{
    return m_repository.consume(user, typed, QDateTime::currentDateTimeUtc());
}

BackupStatus BackupCodes::status(const QString& user) const
{
    const storage::BackupCodeRepository::StatusResult read = m_repository.status(user);
    BackupStatus out;
    if (read.error.isError()) {
        out.error = read.error.title() + QStringLiteral(". ") + read.error.message();
        return out;
    }
    out.total = read.total;
    out.remaining = read.remaining;
    if (read.generatedAt.isValid())
        out.generatedAt = read.generatedAt.toUTC().toString(Qt::ISODate);
    return out;
}

} // namespace smsotp::otp
