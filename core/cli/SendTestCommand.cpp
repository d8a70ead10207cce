// smsotp send-test: send a real test code, then verify the code typed on standard input.

#include "Commands.h"
#include "Context.h"
#include "phone/PhoneNumber.h"
#include "send/TestSendSession.h"
#include "storage/SettingsRepository.h"
#include "template/SmsLocale.h"

#include <QLocale>
#include <QTimer>

namespace smsotp::cli {

namespace {

class SendTestCommand : public Command
{
public:
    explicit SendTestCommand(Context& context)
        : Command(context, QStringLiteral("send-test"), tr("A real test code, sent and then verified."))
    {
        addAction({ {}, {}, {},
            tr("Send a code, print the outcome, then read lines from standard input: a code to verify, or\n"
               "“resend”. With the sandbox provider the received SMS text is printed to standard error. A number\n"
               "without + or 00 is read as a national number of the system locale's country. With backup.enabled\n"
               "true, a backup code of the number is accepted instead of the SMS code, once."),
            { { QCommandLineOption(QStringLiteral("to"), tr("The mobile number to send to."), QStringLiteral("NUMBER")),
                  true, {}, false },
                { QCommandLineOption(QStringLiteral("provider"), tr("The provider (default: the active one)."),
                      QStringLiteral("NAME")),
                    false, providerNames(), false, false },
                { QCommandLineOption(QStringLiteral("locale"),
                      tr("The locale of the SMS text to send (default: the default locale's; see sms-text list)."),
                      QStringLiteral("LOCALE")),
                    false, {}, false } },
            [this](Invocation& i) { return sendTest(i); } });
    }

private:
    int sendTest(Invocation& invocation)
    {
        if (!invocation.positional().isEmpty())
            return m_context.usage(tr("Unexpected argument “%1”.").arg(invocation.positional().first()), name());
        if (!invocation.isSet(QStringLiteral("to")))
            return m_context.usage(tr("send-test needs --to NUMBER."), name());
        const OrExit<std::optional<providers::ProviderKind>> named
            = readProviderName(m_context, invocation.optionalValue(QStringLiteral("provider")), name());
        if (!named.ok())
            return named.code();
        const phone::NormalizeResult number
            = phone::normalize(invocation.value(QStringLiteral("to")), phone::regionForLocale(QLocale::system()));
        if (!number.ok())
            return m_context.usage(tr("--to: %1").arg(number.message), name());
        if (!number.message.isEmpty())
            m_context.warning(number.message);
        const OrExit<storage::ProviderSettings> settings = m_context.loadProviders(kExitSendFailed);
        if (!settings.ok())
            return settings.code();
        const providers::ProviderKind chosen = named->value_or(settings->active);
        const OrExit<QString> locale = readLocale(invocation.optionalValue(QStringLiteral("locale")));
        if (!locale.ok())
            return locale.code();
        // Said before the send, which still goes: the administrator may be testing exactly that.
        const QString senderWarning = providers::senderWarning(chosen, settings->senderOf(chosen), number.e164);
        if (!senderWarning.isEmpty())
            m_context.warning(senderWarning);
        if (chosen == providers::ProviderKind::Sandbox) {
            if (!m_context.startSandbox())
                return kExitSendFailed;
            // The sandbox phone of the CLI: the message it received, for a person or a script to read the code.
            QObject::connect(&m_context.services().sandbox(), &sandbox::SandboxGateway::messageReceived, &m_context,
                [this](const sandbox::SandboxMessage& message) {
                    m_context.warn(tr("Sandbox phone %1: %2").arg(message.to, oneLine(message.text)));
                });
        }
        send::TestSendSession& session = m_context.session();
        session.setLocale(*locale);
        QObject::connect(&session, &send::TestSendSession::sendFinished, &m_context,
            [this](const send::SendReport& report) { sent(report); });
        // While the code is awaited: each delivery state as it is learnt, on standard output.
        QObject::connect(&session, &send::TestSendSession::deliveryChanged, &m_context,
            [this](const providers::DeliveryStatus& status) { m_context.print(deliveryLine(status)); });
        QObject::connect(&session, &send::TestSendSession::deliveryEnded, &m_context,
            [this](send::DeliveryTracker::End, const providers::DeliveryStatus&, const QString& explanation) {
                if (!explanation.isEmpty())
                    m_context.warn(oneLine(explanation));
            });
        session.start(number.e164, chosen);
        return kExitPending;
    }

    // The locale of --locale when it has a text; empty without the option.
    OrExit<QString> readLocale(const std::optional<QString>& option)
    {
        if (!option)
            return QString();
        const tmpl::SmsLocaleName parsed = tmpl::parseSmsLocale(*option);
        if (!parsed.ok())
            return OrExit<QString>::exit(m_context.usage(tr("--locale: %1").arg(parsed.error), name()));
        const storage::SettingsRepository::SmsTextsResult texts
            = storage::SettingsRepository(m_context.services().database()).smsTexts();
        if (texts.error.isError())
            return OrExit<QString>::exit(
                m_context.fail(dbErrorText(texts.error), detailOf(texts.error), kExitSendFailed));
        if (!texts.texts.find(parsed.name)) {
            return OrExit<QString>::exit(
                m_context.usage(tr("--locale: there is no SMS text for %1 (the texts: %2).")
                                    .arg(parsed.name, texts.texts.locales().join(QStringLiteral(", "))),
                    name()));
        }
        return parsed.name;
    }

    void sent(const send::SendReport& report)
    {
        if (report.result == send::SendReport::Result::Sent) {
            m_context.print(report.sentSummary(m_context.session().number()));
            const QString unavailable = providers::deliveryUnavailableReason(m_context.session().provider());
            if (!unavailable.isEmpty())
                m_context.warn(unavailable);
            m_context.warn(tr("Type the code (or “resend”):"));
        } else if (!report.isResend) {
            m_context.finish(m_context.fail(report.explanation, kExitSendFailed));
            return;
        } else {
            m_context.warn(oneLine(report.explanation));
        }
        readCode();
    }

    // One line of input, read while the event loop runs (the delivery is followed meanwhile).
    void readCode()
    {
        if (m_context.isFinished())
            return;
        m_context.readLineLater([this](const std::optional<QString>& read) {
            if (m_context.isFinished())
                return;
            if (!read) {
                m_context.session().delivery().cancel();
                m_context.finish(m_context.fail(tr("The input ended before a code was verified.")));
                return;
            }
            const QString typed = read->trimmed();
            if (typed.compare(u"resend", Qt::CaseInsensitive) == 0) {
                m_context.session().resend();
                return; // sendFinished comes back to sent()
            }
            if (!typed.isEmpty())
                verify(typed);
            readCode();
        });
    }

    void verify(const QString& typed)
    {
        const send::VerifyReport report = m_context.session().verifyReport(typed);
        const otp::VerifyResult& result = report.result;
        switch (result.status) {
        case otp::VerifyStatus::Verified:
            m_context.print(oneLine(report.message()));
            m_context.finish(kExitOk);
            return;
        case otp::VerifyStatus::Wrong:
            if (result.attemptsLeft == 0)
                m_context.finish(m_context.fail(report.message()));
            else
                m_context.warn(oneLine(report.message()));
            return;
        case otp::VerifyStatus::Superseded:
            m_context.warn(oneLine(report.message()));
            return;
        case otp::VerifyStatus::Expired:
        case otp::VerifyStatus::Locked:
        case otp::VerifyStatus::Closed:
        case otp::VerifyStatus::NotFound:
            m_context.finish(m_context.fail(report.message()));
            return;
        }
    }
};

} // namespace

QString deliveryLine(const providers::DeliveryStatus& status)
{
    return QStringLiteral("Delivery: ") + oneLine(status.line());
}

std::unique_ptr<Command> makeSendTestCommand(Context& context)
{
    return std::make_unique<SendTestCommand>(context);
}

} // namespace smsotp::cli
