// smsotp settings: the OTP settings, the SMS text and the backup-code settings.

#include "Commands.h"
#include "Context.h"
#include "otp/BackupCodes.h"
#include "otp/OtpPolicy.h"
#include "storage/BackupCodeRepository.h"
#include "storage/SettingsRepository.h"
#include "template/AndroidAppHash.h"
#include "template/OriginBoundCode.h"
#include "template/SmsTextCheck.h"

namespace smsotp::cli {

namespace {

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString valueText(int value, bool isBool)
{
    return isBool ? boolText(value != 0) : QString::number(value);
}

QStringList autofillKeys()
{
    return { storage::SettingsRepository::webOtpDomainKey(), storage::SettingsRepository::androidAppHashKey() };
}

class SettingsCommand : public Command
{
public:
    explicit SettingsCommand(Context& context)
        : Command(context, QStringLiteral("settings"),
            tr("The OTP settings (as WSO2 Identity Server names them), the SMS text and the backup codes."))
    {
        addAction({ { QStringLiteral("show") }, {}, {},
            tr("Print every setting as KEY = VALUE; warnings about weak values go to standard error."), {},
            [this](Invocation& i) { return show(i); } });
        Action setAction { { QStringLiteral("set") }, QStringLiteral("KEY VALUE"), settingKeys(),
            tr("Change one setting. KEY is one of:\n%1.").arg(wrappedList(settingKeys(), 94, {})), {},
            [this](Invocation& i) { return set(i); } };
        setAction.optionsBeforeArguments = true;
        addAction(setAction);
    }

private:
    void printWarnings(const otp::OtpPolicy& policy)
    {
        for (const otp::PolicyFinding& finding : policy.findings())
            m_context.warning(QString::fromLatin1(otp::specOf(finding.field).key) + QLatin1Char(' ') + finding.message);
    }

    int show(Invocation& invocation)
    {
        if (!invocation.positional().isEmpty())
            return m_context.usage(tr("settings show takes no arguments."), name());
        services::Services* s = m_context.openServices();
        if (!s)
            return kExitFailure;
        const storage::SettingsRepository repository(s->database());
        const storage::SettingsRepository::PolicyResult loaded = repository.loadPolicy();
        if (loaded.error.isError())
            return m_context.fail(dbErrorText(loaded.error), detailOf(loaded.error));
        for (const otp::FieldSpec& spec : otp::fieldSpecs()) {
            m_context.print(QString::fromLatin1(spec.key) + QStringLiteral(" = ")
                + valueText(loaded.policy.value(spec.field), spec.isBool));
        }
        m_context.print(storage::SettingsRepository::smsTextKey() + QStringLiteral(" = ") + repository.smsText().value);
        for (const QString& key : autofillKeys())
            m_context.print(key + QStringLiteral(" = ") + repository.value(key).value.value_or(QString()));
        const storage::BackupCodeRepository::PolicyResult backup
            = storage::BackupCodeRepository(s->database()).loadPolicy();
        for (const otp::BackupFieldSpec& spec : otp::backupFieldSpecs()) {
            m_context.print(QString::fromLatin1(spec.key) + QStringLiteral(" = ")
                + valueText(backup.policy.value(spec.field), spec.isBool));
        }
        printWarnings(loaded.policy);
        return kExitOk;
    }

    int set(Invocation& invocation)
    {
        const QStringList positional = invocation.positional();
        if (positional.size() != 2)
            return m_context.usage(tr("settings set needs a KEY and a VALUE."), name());
        const QString key = positional.at(0);
        const QString value = positional.at(1);
        const std::optional<otp::PolicyField> field = otp::fieldForKey(key);
        const std::optional<otp::BackupField> backupField = otp::backupFieldForKey(key);
        const bool smsText = key == storage::SettingsRepository::smsTextKey();
        const bool autofill = autofillKeys().contains(key);
        if (!field && !backupField && !smsText && !autofill) {
            QString message = tr("Unknown setting “%1”.").arg(key);
            if (const QString guess = nearest(key, settingKeys()); !guess.isEmpty())
                message += QLatin1Char(' ') + tr("Did you mean “%1”?").arg(guess);
            return m_context.usage(message, name());
        }
        services::Services* s = m_context.openServices();
        if (!s)
            return kExitFailure;
        if (backupField)
            return setBackup(s->database(), key, *backupField, value);
        if (smsText)
            return setSmsText(s->database(), value);
        if (autofill)
            return setAutofill(s->database(), key, value.trimmed());
        return setPolicy(s->database(), key, *field, value);
    }

    int setBackup(storage::Database& database, const QString& key, otp::BackupField field, const QString& value)
    {
        const otp::BackupParsedValue parsed = otp::parseBackupFieldValue(field, value);
        if (!parsed.value)
            return m_context.fail(tr("%1: %2").arg(key, parsed.error));
        storage::BackupCodeRepository backups(database);
        storage::BackupCodeRepository::PolicyResult loaded = backups.loadPolicy();
        if (loaded.error.isError())
            return m_context.fail(dbErrorText(loaded.error), detailOf(loaded.error));
        loaded.policy.setValue(field, *parsed.value);
        if (const storage::DbError error = backups.savePolicy(loaded.policy); error.isError())
            return m_context.fail(dbErrorText(error), detailOf(error));
        m_context.print(tr("%1 = %2").arg(key, valueText(*parsed.value, otp::specOf(field).isBool)));
        return kExitOk;
    }

    int setSmsText(storage::Database& database, const QString& value)
    {
        storage::SettingsRepository repository(database);
        const storage::SettingsRepository::SmsTextContextResult context = repository.smsTextContext();
        if (context.error.isError())
            return m_context.fail(dbErrorText(context.error), detailOf(context.error));
        const tmpl::SmsTextReport report = tmpl::checkSmsText(value, context.context);
        for (const tmpl::SmsTextFinding& finding : report.findings) {
            if (finding.severity == tmpl::SmsTextSeverity::Error)
                return m_context.fail(tr("sms.text: %1").arg(finding.line()));
        }
        if (const storage::DbError error = repository.setSmsText(value); error.isError())
            return m_context.fail(dbErrorText(error), detailOf(error));
        m_context.print(tr("sms.text saved."));
        return kExitOk;
    }

    // sms.webotp_domain and sms.android_app_hash: empty turns them off.
    int setAutofill(storage::Database& database, const QString& key, const QString& value)
    {
        QString stored = value;
        if (key == storage::SettingsRepository::webOtpDomainKey() && !value.isEmpty()) {
            if (const QString problem = tmpl::checkWebOtpDomain(value); !problem.isEmpty())
                return m_context.fail(tr("%1: %2").arg(key, problem));
            stored = value.toLower();
        } else if (const QString problem = value.isEmpty() ? QString() : tmpl::checkAndroidAppHash(value);
                   !problem.isEmpty()) {
            return m_context.fail(tr("%1: %2").arg(key, problem));
        }
        if (const storage::DbError error = storage::SettingsRepository(database).setValue(key, stored); error.isError())
            return m_context.fail(dbErrorText(error), detailOf(error));
        m_context.print(tr("%1 = %2").arg(key, stored));
        return kExitOk;
    }

    int setPolicy(storage::Database& database, const QString& key, otp::PolicyField field, const QString& value)
    {
        const otp::ParsedValue parsed = otp::parseFieldValue(field, value);
        if (parsed.error)
            return m_context.fail(tr("%1: %2").arg(key, parsed.error->message));
        storage::SettingsRepository repository(database);
        const storage::SettingsRepository::PolicyResult loaded = repository.loadPolicy();
        if (loaded.error.isError())
            return m_context.fail(dbErrorText(loaded.error), detailOf(loaded.error));
        otp::OtpPolicy policy = loaded.policy;
        policy.setValue(field, *parsed.value);
        for (const otp::PolicyFinding& finding : policy.findings()) {
            if (finding.severity == otp::Severity::Error) {
                return m_context.fail(
                    tr("%1: %2").arg(QString::fromLatin1(otp::specOf(finding.field).key), finding.message));
            }
        }
        if (const storage::DbError error = repository.savePolicy(policy); error.isError())
            return m_context.fail(dbErrorText(error), detailOf(error));
        m_context.print(tr("%1 = %2").arg(key, valueText(policy.value(field), otp::specOf(field).isBool)));
        printWarnings(policy);
        return kExitOk;
    }
};

} // namespace

QStringList settingKeys()
{
    QStringList keys;
    for (const otp::FieldSpec& spec : otp::fieldSpecs())
        keys.append(QString::fromLatin1(spec.key));
    keys.append(storage::SettingsRepository::smsTextKey());
    keys += autofillKeys();
    for (const otp::BackupFieldSpec& spec : otp::backupFieldSpecs())
        keys.append(QString::fromLatin1(spec.key));
    return keys;
}

std::unique_ptr<Command> makeSettingsCommand(Context& context)
{
    return std::make_unique<SettingsCommand>(context);
}

} // namespace smsotp::cli
