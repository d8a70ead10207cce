// server push as a job: each step a function, each network answer going on to the next step or ending the run.

#include "ServerSupport.h"
#include "providers/Redaction.h"
#include "send/ProviderSetupLoader.h"
#include "storage/SettingsRepository.h"
#include "wso2/Wso2Requests.h"
#include "wso2/Wso2Take.h"
#include "wso2/Wso2Templates.h"

#include <memory>

namespace smsotp::cli {

namespace {

class PushJob : public std::enable_shared_from_this<PushJob>
{
public:
    PushJob(Context& context, bool assumeYes)
        : m_context(context)
        , m_assumeYes(assumeYes)
    { }

    // Step 1: the provider's settings and secrets, and the OTP settings.
    void readSetup(const QString& server)
    {
        const OrExit<storage::ProviderSettings> settings = m_context.loadProviders();
        if (!settings.ok()) {
            m_context.finish(settings.code());
            return;
        }
        m_kind = settings->active;
        m_policy = storage::SettingsRepository(m_context.services().database()).loadPolicy().policy;
        auto self = shared_from_this();
        withServerConnection(m_context, server, [self, settings = *settings](const wso2::Connection& connection) {
            self->m_connection = connection;
            send::loadProviderSetup(self->m_kind, settings, self->m_context.services().secrets(), QUrl(),
                [self](const send::SetupResult& setup) {
                    if (!setup.setup) {
                        self->m_context.finish(self->m_context.fail(setup.message()));
                        return;
                    }
                    self->m_setup = *setup.setup;
                    self->refuseWhatWso2CannotExpress();
                });
        });
    }

private:
    // Step 2: nothing is sent, not even a pull, when WSO2 cannot take the provider as it is.
    void refuseWhatWso2CannotExpress()
    {
        wso2::PushPlan plan = wso2::planPush(m_kind, m_setup, m_policy, {});
        if (const storage::DbError error = wso2::planSavedTemplates(plan, m_context.services().database());
            error.isError()) {
            m_context.finish(m_context.fail(dbErrorText(error), detailOf(error)));
            return;
        }
        if (plan.refused())
            refuse(plan);
        else
            pull();
    }

    void refuse(const wso2::PushPlan& plan)
    {
        for (const wso2::Refusal& r : plan.refusals())
            m_context.warn(tr("Refused (%1): %2").arg(r.field, oneLine(r.message)));
        m_context.finish(m_context.fail(plan.sender.ok()
                ? tr("Nothing was sent: WSO2 cannot take the SMS texts as they are.")
                : tr("Nothing was sent: WSO2 cannot take the provider settings as they are.")));
    }

    // Step 3: what the server has, so the plan knows POST or PUT and which connector properties exist.
    void pull()
    {
        auto self = shared_from_this();
        m_context.services().wso2().pull(m_connection, [self](const wso2::PullResult& pulled) {
            if (!pulled.ok) {
                self->m_context.finish(self->m_context.fail(pulled.error.explanation, kExitServerFailure));
                return;
            }
            self->showAndAsk(pulled);
        });
    }

    // Steps 4 and 5: the exact requests and what changes, then the question.
    void showAndAsk(const wso2::PullResult& pulled)
    {
        m_plan = wso2::planPush(m_kind, m_setup, m_policy, {}, pulled);
        if (const storage::DbError error = wso2::planSavedTemplates(m_plan, m_context.services().database(), pulled);
            error.isError()) {
            m_context.finish(m_context.fail(dbErrorText(error), detailOf(error)));
            return;
        }
        if (!m_plan.templatesUnavailable.isEmpty())
            m_context.warning(m_plan.templatesUnavailable);
        if (m_plan.refused()) { // what only the server could tell: it has no v2 API for an authentication
            refuse(m_plan);
            return;
        }
        m_context.print(tr("The requests:"));
        for (const wso2::ApiRequest& request : wso2::pushRequests(m_plan))
            m_context.out() << wso2::previewText(m_connection, request, m_plan.sender.secrets) << "\n\n";
        m_context.print(tr("What changes on the server:"));
        bool any = false;
        QList<wso2::DiffRow> rows = wso2::diffSender(m_plan.sender.sender, pulled.sender, m_plan.sender.secrets)
            + wso2::diffConnector(m_plan.connector, pulled.connector);
        if (pulled.templates)
            rows += wso2::diffTemplates(m_plan.templates, *pulled.templates);
        for (const wso2::DiffRow& row : rows) {
            if (row.comparison == wso2::Comparison::Equal
                || (row.section == u"templates" && row.consoleValue.isEmpty()))
                continue; // a template only the server has stays as it is
            any = true;
            m_context.print(tr("  %1 %2: %3 → %4")
                                .arg(comparisonMark(row.comparison), row.field,
                                    shownValue(wso2::shownDiffValue(row, row.serverValue, m_plan.sender.secrets)),
                                    shownValue(wso2::shownDiffValue(row, row.consoleValue, m_plan.sender.secrets))));
        }
        if (!any)
            m_context.print(tr("  nothing: the server has these settings already."));
        if (!m_assumeYes && !m_context.confirm(tr("Send these requests? [y/N]"))) {
            m_context.finish(m_context.fail(tr("Declined: nothing was sent.")));
            return;
        }
        push();
    }

    // Step 6: the push itself, and the report.
    void push()
    {
        auto self = shared_from_this();
        m_context.services().wso2().push(m_connection, m_plan, [self](const wso2::PushResult& result) {
            if (!result.ok) {
                const QString partial = wso2::partialPushText(result);
                self->m_context.finish(self->m_context.fail(partial.isEmpty() ? result.error.explanation : partial,
                    result.refused ? kExitFailure : kExitServerFailure));
                return;
            }
            if (result.templatesWritten.isEmpty()) {
                self->m_context.print(tr("Pushed: the SMS sender (%1) and the SMS OTP settings.")
                                          .arg(QString::fromLatin1(result.senderMethod)));
            } else {
                self->m_context.print(tr("Pushed: the SMS sender (%1), the SMS OTP settings and the SMS texts (%2).")
                                          .arg(QString::fromLatin1(result.senderMethod),
                                              result.templatesWritten.join(QStringLiteral(", "))));
            }
            if (!result.templatesSkipped.isEmpty())
                self->m_context.warning(result.templatesSkipped);
            self->m_context.finish(kExitOk);
        });
    }

    Context& m_context;
    const bool m_assumeYes;
    providers::ProviderKind m_kind = providers::ProviderKind::Sandbox;
    otp::OtpPolicy m_policy;
    wso2::Connection m_connection;
    providers::ProviderSetup m_setup;
    wso2::PushPlan m_plan;
};

} // namespace

void startPushJob(Context& context, const QString& server, bool assumeYes)
{
    // The job lives as long as a step's callback holds it.
    std::make_shared<PushJob>(context, assumeYes)->readSetup(server);
}

} // namespace smsotp::cli
