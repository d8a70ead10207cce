// smsotp delivery: a sent message's delivery status, asked once.

#include "Commands.h"
#include "Context.h"
#include "send/DeliveryTracker.h"
#include "send/ProviderSetupLoader.h"

namespace smsotp::cli {

namespace {

constexpr int kExitNotFinal = 3;
constexpr int kExitCannotAsk = 2;

class DeliveryCommand : public Command
{
public:
    explicit DeliveryCommand(Context& context)
        : Command(context, QStringLiteral("delivery"), tr("A sent message's delivery status, asked once."))
    {
        addAction({ {}, QStringLiteral("MESSAGE_ID"), {},
            tr("Ask the provider once what became of a message it accepted (its id as send-test and the history\n"
               "show it) and print “Delivery: STATUS”, with “(CODE: explanation)” when there is a code. Exit 0\n"
               "delivered, 1 undelivered or failed, 3 not final yet, 2 when it could not ask. Only Twilio can be\n"
               "asked: Vonage reports delivery to a callback URL only."),
            { { QCommandLineOption(
                    QStringLiteral("provider"), tr("The provider (default: the active one)."), QStringLiteral("NAME")),
                false, providerNames(), false, false } },
            [this](Invocation& i) { return ask(i); } });
    }

private:
    int ask(Invocation& invocation)
    {
        const QStringList positional = invocation.positional();
        if (positional.size() != 1)
            return m_context.usage(tr("delivery needs one MESSAGE_ID."), name());
        const OrExit<std::optional<providers::ProviderKind>> named
            = readProviderName(m_context, invocation.optionalValue(QStringLiteral("provider")), name());
        if (!named.ok())
            return named.code();
        const OrExit<storage::ProviderSettings> settings = m_context.loadProviders(kExitCannotAsk);
        if (!settings.ok())
            return settings.code();
        const providers::ProviderKind chosen = named->value_or(settings->active);
        if (chosen != providers::ProviderKind::Twilio) {
            const QString reason = providers::deliveryUnavailableReason(chosen);
            return m_context.fail(reason.isEmpty()
                    ? tr("The sandbox keeps its messages only while the program that sent them runs: send-test "
                         "prints their delivery as it happens.")
                    : reason,
                kExitCannotAsk);
        }
        if (!settings->configured.contains(chosen))
            return m_context.fail(notConfigured(chosen), kExitCannotAsk);
        const QString id = positional.first().trimmed();
        send::loadProviderSetup(chosen, *settings, m_context.services().secrets(), QUrl(),
            [this, chosen, id](const send::SetupResult& loaded) {
                if (!loaded.setup) {
                    m_context.finish(m_context.fail(loaded.message(), kExitCannotAsk));
                    return;
                }
                const std::optional<providers::BuildResult> request
                    = send::buildDeliveryRequest(chosen, *loaded.setup, id);
                m_context.services().client().checkDelivery(
                    *request, providers::secretsOf(*loaded.setup), [this, chosen](providers::DeliveryCheck check) {
                        send::explainForProvider(chosen, check);
                        if (!check.ok) {
                            m_context.finish(m_context.fail(check.explanation, kExitCannotAsk));
                            return;
                        }
                        m_context.print(deliveryLine(check.status));
                        const providers::DeliveryState state = check.status.state;
                        m_context.finish(state == providers::DeliveryState::Delivered ? kExitOk
                                : check.status.isFinal()                              ? kExitFailure
                                                                                      : kExitNotFinal);
                    });
            });
        return kExitPending;
    }
};

} // namespace

std::unique_ptr<Command> makeDeliveryCommand(Context& context)
{
    return std::make_unique<DeliveryCommand>(context);
}

} // namespace smsotp::cli
