// smsotp backup-codes: generate a user's backup codes (shown once) and tell how many are left.

#include "Commands.h"
#include "Context.h"
#include "otp/BackupCodes.h"
#include "phone/PhoneNumber.h"
#include "storage/BackupCodeRepository.h"

#include <QLocale>
#include <QRegularExpression>

namespace smsotp::cli {

namespace {

class BackupCodesCommand : public Command
{
public:
    explicit BackupCodesCommand(Context& context)
        : Command(context, QStringLiteral("backup-codes"),
            tr("Backup codes: a set per user, each accepted once instead of the SMS code.\n"
               "backup.count and backup.length set the size of a set; with backup.enabled true, send-test\n"
               "accepts a backup code of the number instead of the SMS code, once."))
    {
        const OptionSpec user { QCommandLineOption(QStringLiteral("user"),
                                    tr("The user: a name, or the number a test is sent to."), QStringLiteral("NAME")),
            true, {}, false };
        addAction({ { QStringLiteral("generate") }, {}, {},
            tr("Print a new set of backup codes for the user, once: only their hashes are kept, and the earlier\n"
               "set stops working."),
            { user }, [this](Invocation& i) { return run(i, true); } });
        addAction({ { QStringLiteral("status") }, {}, {}, tr("Print how many of the user's backup codes are left."),
            { user }, [this](Invocation& i) { return run(i, false); } });
    }

private:
    int run(Invocation& invocation, bool generate)
    {
        const QString action = generate ? QStringLiteral("generate") : QStringLiteral("status");
        if (!invocation.positional().isEmpty())
            return m_context.usage(tr("Unexpected argument “%1”.").arg(invocation.positional().first()), name());
        QString user = invocation.value(QStringLiteral("user")).trimmed();
        if (user.isEmpty())
            return m_context.usage(tr("backup-codes %1 needs --user NAME.").arg(action), name());
        // A user written as a phone number is the number send-test sends to: the same E.164 form.
        static const QRegularExpression numberLike(QStringLiteral("^\\+?[0-9][0-9 ()-]*$"));
        if (numberLike.match(user).hasMatch()) {
            const phone::NormalizeResult number = phone::normalize(user, phone::regionForLocale(QLocale::system()));
            if (!number.ok())
                return m_context.usage(tr("--user: %1").arg(number.message), name());
            user = number.e164;
        }
        services::Services* s = m_context.openServices();
        if (!s)
            return kExitFailure;
        return generate ? generateCodes(s->database(), user) : status(s->database(), user);
    }

    int status(storage::Database& database, const QString& user)
    {
        storage::BackupCodeRepository repository(database);
        const otp::BackupStatus status = otp::BackupCodes(repository).status(user);
        if (!status.error.isEmpty())
            return m_context.fail(status.error);
        if (status.total == 0) {
            m_context.print(tr("No backup codes for %1.").arg(user));
            return kExitOk;
        }
        m_context.print(tr("%1 of %2 backup codes left for %3 (generated %4).")
                            .arg(status.remaining)
                            .arg(status.total)
                            .arg(user, status.generatedAt));
        return kExitOk;
    }

    int generateCodes(storage::Database& database, const QString& user)
    {
        storage::BackupCodeRepository repository(database);
        const storage::BackupCodeRepository::PolicyResult policy = repository.loadPolicy();
        if (policy.error.isError())
            return m_context.fail(dbErrorText(policy.error), detailOf(policy.error));
        const otp::BackupGenerateResult generated
            = otp::BackupCodes(repository).generate(user, policy.policy.count, policy.policy.length);
        if (!generated.ok())
            return m_context.fail(generated.error);
        m_context.warn(
            tr("New backup codes for %1, shown only this once: keep them now. The earlier set no longer works.")
                .arg(user));
        for (const QString& code : generated.codes)
            m_context.print(code);
        if (!policy.policy.enabled)
            m_context.warn(tr("Backup codes are off: “settings set backup.enabled true” lets send-test accept them."));
        return kExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeBackupCodesCommand(Context& context)
{
    return std::make_unique<BackupCodesCommand>(context);
}

} // namespace smsotp::cli
