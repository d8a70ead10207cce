#include "IdentityServerLoginFlow.h"

#include "IdentityServerEditor.h"
#include "IdentityServerSession.h"
#include "widgets/FieldMessage.h"
#include "wso2/Wso2Requests.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace smsotp::ui {

using namespace smsotp::wso2;

IdentityServerLoginFlow::IdentityServerLoginFlow(
    IdentityServerSession& session, IdentityServerEditor& editor, QWidget* parent)
    : QGroupBox(tr("Login flow"), parent)
    , m_session(session)
    , m_editor(editor)
    , m_appSearch(new QLineEdit(this))
    , m_findAppsButton(new QPushButton(tr("Find applications"), this))
    , m_appList(new QListWidget(this))
    , m_currentFlow(new QLabel(this))
    , m_backupCodes(new QCheckBox(tr("Enable backup codes"), this))
    , m_setFlowButton(new QPushButton(tr("Set SMS OTP login flow…"), this))
    , m_flowRequest(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("loginFlowBox"));
    buildLayout();
    connect(m_findAppsButton, &QPushButton::clicked, this, &IdentityServerLoginFlow::findApplications);
    connect(m_appSearch, &QLineEdit::returnPressed, this, &IdentityServerLoginFlow::findApplications);
    connect(m_appList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* current) {
        if (!m_loading && current)
            loadApplication(current->data(Qt::UserRole).toString(), false);
    });
    connect(m_backupCodes, &QCheckBox::toggled, this, [this] { m_flowRequest->clear(); });
    connect(m_setFlowButton, &QPushButton::clicked, this, &IdentityServerLoginFlow::setLoginFlow);
}

void IdentityServerLoginFlow::buildLayout()
{
    const auto name = [](QWidget* w, const char* n, const QString& accessible) {
        w->setObjectName(QLatin1String(n));
        w->setAccessibleName(accessible);
    };
    name(m_appSearch, "appSearchEdit", tr("Application name"));
    name(m_findAppsButton, "findAppsButton", tr("Find applications"));
    name(m_appList, "appList", tr("Applications"));
    name(m_currentFlow, "currentFlowLabel", tr("The application's login flow"));
    name(m_backupCodes, "backupCodesCheck", tr("Enable backup codes"));
    name(m_setFlowButton, "setFlowButton", tr("Set SMS OTP login flow"));
    name(m_flowRequest, "flowRequestView", tr("The login flow change and its request"));
    m_appSearch->setPlaceholderText(tr("Part of the name; empty for all"));
    m_appSearch->setClearButtonEnabled(true);
    m_appList->setMinimumHeight(5 * fontMetrics().lineSpacing());
    m_appList->setMaximumHeight(10 * fontMetrics().lineSpacing());
    m_currentFlow->setWordWrap(true);
    m_currentFlow->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_currentFlow->setText(tr("Select an application to see its login flow."));
    m_backupCodes->setToolTip(tr("Adds Backup code as an alternative to SMS OTP in step 2"));
    m_flowRequest->setReadOnly(true);
    m_flowRequest->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_flowRequest->setPlaceholderText(tr("The change and its request are shown here before anything is sent."));
    m_flowRequest->setMinimumHeight(8 * fontMetrics().lineSpacing());

    auto* searchRow = new QHBoxLayout;
    auto* searchLabel = new QLabel(tr("Appl&ication"), this);
    searchLabel->setBuddy(m_appSearch);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_appSearch, 1);
    searchRow->addWidget(m_findAppsButton);
    auto* flowButtons = new QHBoxLayout;
    flowButtons->addWidget(m_backupCodes);
    flowButtons->addStretch();
    flowButtons->addWidget(m_setFlowButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_appList);
    layout->addWidget(m_currentFlow);
    layout->addLayout(flowButtons);
    layout->addWidget(m_flowRequest, 1);
}

void IdentityServerLoginFlow::reset()
{
    m_loading = true;
    m_appList->clear();
    m_loading = false;
    m_application.reset();
    m_currentFlow->setText(tr("Select an application to see its login flow."));
    m_flowRequest->clear();
}

void IdentityServerLoginFlow::refresh()
{
    const bool busy = m_session.isBusy();
    const bool waiting = m_editor.isWaitingForKeychain();
    const bool canCall = m_editor.isUsable() && !busy && !waiting;
    m_appSearch->setEnabled(m_editor.isUsable() && !waiting);
    m_findAppsButton->setEnabled(canCall);
    m_appList->setEnabled(canCall);
    m_backupCodes->setEnabled(!busy);
    m_setFlowButton->setEnabled(canCall && m_application.has_value());
}

void IdentityServerLoginFlow::findApplications()
{
    if (m_session.isBusy() || !m_findAppsButton->isEnabled())
        return;
    reset();
    const QString search = m_appSearch->text().trimmed();
    const quint64 generation = m_session.start(tr("Reading the server's applications…"));
    m_editor.withConnection([this, generation, search](const Connection& connection) {
        m_session.client().listApplications(
            connection, search, false, [this, generation](const ApplicationListResult& r) {
                if (generation != m_session.current())
                    return;
                if (!r.ok) {
                    m_session.setError(r.error.explanation, r.error.technicalDetail);
                    m_session.finish(tr("The applications could not be read."));
                    return;
                }
                m_loading = true;
                for (const ApplicationSummary& app : r.applications) {
                    auto* entry = new QListWidgetItem(app.name, m_appList);
                    entry->setData(Qt::UserRole, app.id);
                    entry->setToolTip(app.description);
                }
                m_loading = false;
                const QString found = r.applications.isEmpty()
                    ? tr("No application matches.")
                    : tr("%n application(s) found; select one to see its login flow.", nullptr,
                        int(r.applications.size()));
                m_session.setMessage(
                    r.applications.isEmpty() ? FieldMessage::Kind::Warning : FieldMessage::Kind::Ok, found);
                m_session.finish(found);
            });
    });
}

void IdentityServerLoginFlow::loadApplication(const QString& id, bool afterChange)
{
    if (m_session.isBusy() || id.isEmpty())
        return;
    m_application.reset();
    m_flowRequest->clear();
    m_currentFlow->setText(tr("Reading the application…"));
    const quint64 generation = m_session.start(
        afterChange ? tr("Reading the application back…") : tr("Reading the application's login flow…"));
    m_editor.withConnection([this, generation, id, afterChange](const Connection& connection) {
        m_session.client().application(connection, id, [this, generation, afterChange](const ApplicationResult& r) {
            if (generation == m_session.current())
                showApplication(r, afterChange);
        });
    });
}

void IdentityServerLoginFlow::showApplication(const ApplicationResult& r, bool afterChange)
{
    if (!r.ok) {
        m_currentFlow->setText(tr("The login flow could not be read."));
        m_session.setError(r.error.explanation, r.error.technicalDetail);
        m_session.finish(tr("The login flow could not be read."));
        return;
    }
    m_application = r.application;
    m_currentFlow->setText(describeSequence(r.application.sequence).join(QLatin1Char('\n')));
    if (afterChange) {
        m_session.setMessage(FieldMessage::Kind::Ok,
            tr("The login flow of %1 is set. Read back from the server: %2")
                .arg(r.application.name, describeSequence(r.application.sequence).join(QLatin1Char(' '))));
        m_session.finish(tr("Login flow set."));
    } else {
        m_session.clearMessage();
        m_session.finish();
    }
}

void IdentityServerLoginFlow::setLoginFlow()
{
    if (m_session.isBusy() || !m_application || !m_setFlowButton->isEnabled())
        return;
    const Application app = *m_application;
    const AuthSequence sequence = smsOtpSequence(m_backupCodes->isChecked());
    Connection preview;
    preview.config = m_editor.formConfig();
    const QString requestText = previewText(preview, loginFlowRequest(app.id, sequence), {});
    QString text = tr("Current login flow of %1:").arg(app.name) + QLatin1Char('\n')
        + describeSequence(app.sequence).join(QLatin1Char('\n')) + QStringLiteral("\n\n") + tr("New login flow:")
        + QLatin1Char('\n') + describeSequence(sequence).join(QLatin1Char('\n'));
    if (app.sequence.hasScript())
        text += QStringLiteral("\n\n") + tr("The application's adaptive script is not sent and stays as it is.");
    m_flowRequest->setPlainText(text + QStringLiteral("\n\n") + tr("The request:") + QLatin1Char('\n') + requestText);
    if (!m_session.confirm(tr("Set login flow"),
            text + QStringLiteral("\n\n") + tr("Send this request to %1?").arg(m_editor.current())
                + QStringLiteral("\n\n") + requestText))
        return;
    const quint64 generation = m_session.start(tr("Setting the login flow of %1…").arg(app.name));
    m_editor.withConnection([this, generation, app, sequence](const Connection& connection) {
        m_session.client().setLoginFlow(
            connection, app.id, sequence, [this, generation, app](const FlowChangeResult& r) {
                if (generation != m_session.current())
                    return;
                if (!r.ok) {
                    m_session.setError(
                        tr("The login flow was not changed: %1").arg(r.error.explanation), r.error.technicalDetail);
                    m_session.finish(tr("The login flow was not changed."));
                    return;
                }
                m_session.finish();
                m_flowRequest->clear();
                loadApplication(app.id, true);
            });
    });
}

} // namespace smsotp::ui
