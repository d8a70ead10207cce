#include "IdentityServerSync.h"

#include "ConsoleContext.h"
#include "IdentityServerEditor.h"
#include "IdentityServerSession.h"
#include "sandbox/SandboxGateway.h"
#include "storage/SettingsRepository.h"
#include "widgets/FieldMessage.h"
#include "wso2/Wso2Requests.h"
#include "wso2/Wso2Take.h"
#include "wso2/Wso2Templates.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace smsotp::ui {

using namespace smsotp::wso2;

namespace {
QTableWidgetItem* item(const QString& text)
{
    auto* i = new QTableWidgetItem(text);
    i->setFlags(i->flags() & ~Qt::ItemIsEditable);
    return i;
}

QString refusalText(const QList<Refusal>& refusals)
{
    QStringList reasons;
    for (const Refusal& r : refusals)
        reasons.append(r.field.isEmpty() ? r.message : IdentityServerSync::tr("%1: %2").arg(r.field, r.message));
    return reasons.join(QLatin1Char(' '));
}
} // namespace

IdentityServerSync::IdentityServerSync(IdentityServerSession& session, IdentityServerEditor& editor, QWidget* parent)
    : QGroupBox(tr("Compare and push"), parent)
    , m_session(session)
    , m_editor(editor)
    , m_pullButton(new QPushButton(tr("&Pull"), this))
    , m_takeButton(new QPushButton(tr("Ta&ke from server…"), this))
    , m_pushButton(new QPushButton(tr("Pu&sh…"), this))
    , m_exportBodiesButton(new QPushButton(tr("E&xport WSO2 request bodies…"), this))
    , m_diff(new QTableWidget(0, 4, this))
    , m_inlineSecrets(new QCheckBox(tr("Write named secrets {{secret:NAME}} into WSO2's configuration in clear"), this))
    , m_pushBox(new QGroupBox(tr("Push to the server"), this))
    , m_requests(new QPlainTextEdit(m_pushBox))
    , m_refusals(new FieldMessage(m_pushBox))
    , m_confirmPushButton(new QPushButton(tr("Push now…"), m_pushBox))
{
    setObjectName(QStringLiteral("syncPanel"));
    buildLayout();
    connect(m_pullButton, &QPushButton::clicked, this, [this] { pull(); });
    connect(m_takeButton, &QPushButton::clicked, this, &IdentityServerSync::takeFromServer);
    connect(m_pushButton, &QPushButton::clicked, this, &IdentityServerSync::preparePush);
    connect(m_exportBodiesButton, &QPushButton::clicked, this, &IdentityServerSync::exportBodies);
    connect(m_confirmPushButton, &QPushButton::clicked, this, &IdentityServerSync::push);
    connect(m_inlineSecrets, &QCheckBox::toggled, this, [this] {
        if (m_lastPull)
            showDiff();
        showPushBox(false);
    });
}

void IdentityServerSync::buildLayout()
{
    const auto name = [](QWidget* w, const char* n, const QString& accessible) {
        w->setObjectName(QLatin1String(n));
        w->setAccessibleName(accessible);
    };
    name(m_pullButton, "pullButton", tr("Pull the server's settings and compare"));
    name(m_takeButton, "takeFromServerButton", tr("Take from server"));
    name(m_pushButton, "pushButton", tr("Push"));
    name(m_exportBodiesButton, "exportBodiesButton", tr("Export WSO2 request bodies"));
    name(m_diff, "diffTable", tr("Differences"));
    name(m_inlineSecrets, "inlineSecretsCheck", tr("Write named secrets into WSO2's configuration in clear"));
    name(m_pushBox, "pushBox", tr("Push to the server"));
    name(m_requests, "pushRequestsView", tr("The requests the push sends"));
    name(m_confirmPushButton, "confirmPushButton", tr("Push now"));
    m_refusals->setObjectName(QStringLiteral("refusalMessage"));
    m_exportBodiesButton->setToolTip(tr("Needs no server: writes the requests a push would send to a file."));
    m_diff->setHorizontalHeaderLabels({ tr("Field"), tr("Console"), tr("Server"), tr("Same?") });
    m_diff->horizontalHeader()->setStretchLastSection(true);
    m_diff->verticalHeader()->setVisible(false);
    m_diff->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diff->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_diff->setWordWrap(false);
    m_diff->setMinimumHeight(16 * fontMetrics().lineSpacing());
    m_requests->setReadOnly(true);
    m_requests->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_requests->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_requests->setMinimumHeight(12 * fontMetrics().lineSpacing());
    auto* pushLayout = new QVBoxLayout(m_pushBox);
    pushLayout->addWidget(m_requests, 1);
    pushLayout->addWidget(m_refusals);
    pushLayout->addWidget(m_confirmPushButton, 0, Qt::AlignRight);
    m_pushBox->setVisible(false);

    // Two rows of buttons: one row of four does not fit 900x600 with the taller desktop styles.
    auto* actions = new QGridLayout;
    actions->addWidget(m_pullButton, 0, 0);
    actions->addWidget(m_takeButton, 0, 1);
    actions->addWidget(m_pushButton, 0, 2);
    actions->addWidget(m_exportBodiesButton, 1, 0, 1, 3, Qt::AlignLeft);
    actions->setColumnStretch(3, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addWidget(m_diff, 1);
    layout->addWidget(m_inlineSecrets);
    layout->addWidget(m_pushBox, 1);
}

void IdentityServerSync::reset()
{
    m_diff->setRowCount(0);
    showPushBox(false);
    m_lastPull.reset();
    m_plan.reset();
}

void IdentityServerSync::showPushBox(bool show)
{
    m_pushBox->setVisible(show);
    refresh();
}

void IdentityServerSync::refresh()
{
    const bool busy = m_session.isBusy();
    const bool canCall = m_editor.isUsable() && !busy && !m_editor.isWaitingForKeychain();
    const bool pulled = m_lastPull && m_lastPull->ok;
    m_pullButton->setEnabled(canCall);
    m_takeButton->setEnabled(canCall && pulled);
    m_pushButton->setEnabled(canCall && pulled && m_plan);
    m_exportBodiesButton->setEnabled(!busy); // needs no server: for administrators who cannot connect
    m_confirmPushButton->setEnabled(!busy && m_plan && !m_plan->refused() && m_pushBox->isVisibleTo(this));
}

void IdentityServerSync::pull()
{
    if (m_session.isBusy())
        return;
    showPushBox(false);
    const quint64 generation = m_session.start(tr("Reading the server's SMS sender and SMS OTP settings…"));
    m_editor.withConnection([this, generation](const Connection& connection) {
        m_session.client().pull(connection, [this, generation](const PullResult& result) {
            if (generation != m_session.current())
                return;
            if (!result.ok) {
                m_session.setError(result.error.explanation, result.error.technicalDetail);
                m_session.finish(tr("The server's settings could not be read."));
                return;
            }
            m_lastPull = result;
            m_session.finish(tr("Read the server's settings."));
            showDiff();
        });
    });
}

void IdentityServerSync::showDiff()
{
    const storage::ProviderRepository::LoadResult loaded = m_session.providers().load();
    const otp::OtpPolicy policy = storage::SettingsRepository(m_session.context().database).loadPolicy().policy;
    const providers::ProviderKind kind = loaded.settings.active;
    const quint64 generation = m_session.current();
    QPointer<IdentityServerSync> self(this);
    m_session.setBusy(true);
    send::loadProviderSetup(kind, loaded.settings, m_session.context().secrets, m_session.context().sandbox.endpoint(),
        [self, generation, kind, policy](const send::SetupResult& setup) {
            if (!self || generation != self->m_session.current() || !self->m_lastPull)
                return;
            self->m_session.setBusy(false);
            self->diffLoaded(kind, policy, setup);
        });
}

void IdentityServerSync::diffLoaded(
    providers::ProviderKind kind, const otp::OtpPolicy& policy, const send::SetupResult& setup)
{
    const PullResult& pulled = *m_lastPull;
    QList<DiffRow> rows;
    if (setup.setup) {
        MappingOptions options;
        options.inlineNamedSecrets = m_inlineSecrets->isChecked();
        m_plan = planPush(kind, *setup.setup, policy, options, pulled);
        if (const storage::DbError error = planSavedTemplates(*m_plan, m_session.context().database, pulled);
            error.isError())
            m_session.setError(error.message(), error.detail);
        m_secrets = m_plan->sender.secrets + providers::secretsOf(*setup.setup);
        rows = diffSender(m_plan->sender.sender, pulled.sender, m_plan->sender.secrets);
        rows += diffConnector(m_plan->connector, pulled.connector);
        if (pulled.templates)
            rows += diffTemplates(m_plan->templates, *pulled.templates);
    } else {
        m_plan.reset();
        m_secrets.clear();
        m_session.setError(setup.message());
        rows = diffConnector(
            connectorProperties(policy, pulled.hasProperty(QStringLiteral("SmsOTP.ResendBlockDuration"))),
            pulled.connector);
    }
    if (pulled.sender && !pulled.sender->secret.isEmpty())
        m_secrets.append(pulled.sender->secret);
    fillDiff(rows);
    if (setup.setup) {
        const bool differs = hasDifferences(rows);
        const bool pushed = std::exchange(m_justPushed, false);
        const QString summary = pushed ? (differs ? tr("Pushed, but the server still differs; see the table.")
                                                  : tr("Pushed. Read back from the server: no difference."))
                                       : (differs ? tr("The server differs from the console; see the table.")
                                                  : tr("No difference between the console and the server."));
        m_session.setMessage(
            differs || !pulled.templatesUnavailable.isEmpty() ? FieldMessage::Kind::Warning : FieldMessage::Kind::Ok,
            pulled.templatesUnavailable.isEmpty() ? summary : summary + QLatin1Char(' ') + pulled.templatesUnavailable);
        Q_EMIT m_session.statusMessage(pushed ? tr("Pushed and read back.") : tr("Compared with the server."));
    }
    refresh();
}

void IdentityServerSync::fillDiff(const QList<DiffRow>& rows)
{
    m_diff->setRowCount(0);
    for (const DiffRow& r : rows) {
        const QString console = shownDiffValue(r, r.consoleValue, m_secrets);
        const QString server = shownDiffValue(r, r.serverValue, m_secrets);
        const int row = m_diff->rowCount();
        m_diff->insertRow(row);
        auto* field = item(r.field);
        field->setToolTip(r.section == u"sender" ? tr("SMS sender")
                : r.section == u"connector"      ? tr("SMS OTP connector")
                                                 : tr("SMS text of this locale (SMS OTP template)"));
        m_diff->setItem(row, 0, field);
        m_diff->setItem(row, 1, item(console));
        m_diff->item(row, 1)->setToolTip(console);
        m_diff->setItem(row, 2, item(server));
        m_diff->item(row, 2)->setToolTip(server);
        m_diff->setItem(row, 3,
            item(r.comparison == Comparison::Equal          ? tr("same")
                    : r.comparison == Comparison::Different ? tr("different")
                                                            : tr("cannot tell")));
    }
    m_diff->resizeColumnsToContents();
}

void IdentityServerSync::takeFromServer()
{
    if (m_session.isBusy() || !m_lastPull || !m_lastPull->ok)
        return;
    storage::SettingsRepository settings(m_session.context().database);
    const storage::SettingsRepository::SmsTextsResult texts = settings.smsTexts();
    if (texts.error.isError()) {
        // The take merges the server's texts into the console's: without them it would drop the others.
        m_session.setError(tr("Not taken: %1").arg(texts.error.message()), texts.error.detail);
        return;
    }
    const ServerTake take = planTake(*m_lastPull, settings.loadPolicy().policy, texts.texts,
        settings.value(storage::SettingsRepository::webOtpDomainKey()).value.value_or(QString()));
    if (!take.ok()) {
        m_session.setError(take.message);
        return;
    }
    if (!m_session.confirm(tr("Take from server"),
            tr("Replace the console's OTP settings%1%2 with the server's? Secrets go into the keychain.")
                .arg(take.sender
                        ? tr(" and its SMS provider (%1)").arg(providers::providerDisplayName(take.sender->kind))
                        : QString(),
                    take.takenLocales.isEmpty()
                        ? QString()
                        : tr(", and the SMS texts of %1,").arg(take.takenLocales.join(QStringLiteral(", "))))))
        return;
    if (const storage::DbError error = saveTake(m_session.context().database, take); error.isError()) {
        m_session.setError(tr("Not taken: %1").arg(error.message()), error.detail);
        return;
    }
    const quint64 generation = m_session.start(tr("Writing the provider's secrets to the keychain…"));
    writeTakenSecrets(take.secretChanges, generation, take.problems);
}

void IdentityServerSync::writeTakenSecrets(
    const QList<storage::SecretChange>& changes, quint64 generation, const QStringList& problems)
{
    m_session.context().secrets.applyChanges(
        changes, this,
        [this](const storage::SecretChange& change) {
            m_session.providers().setSecretStored(change.key, !change.isRemoval());
        },
        [this, generation, problems](const storage::SecretChangesResult& result) {
            if (generation != m_session.current())
                return;
            if (!result.ok()) {
                m_session.setError(tr("The settings were taken, but a secret was not: %1").arg(result.error.message()),
                    result.error.detail);
                m_session.finish(tr("Taken from the server, except a secret."));
                Q_EMIT configurationTaken();
                return;
            }
            m_session.finish(tr("Taken from the server."));
            m_session.setMessage(problems.isEmpty() ? FieldMessage::Kind::Ok : FieldMessage::Kind::Warning,
                problems.isEmpty() ? tr("Taken from the server.")
                                   : tr("Taken from the server, except: %1").arg(problems.join(QLatin1Char(' '))));
            Q_EMIT configurationTaken();
            showDiff();
        });
}

void IdentityServerSync::preparePush()
{
    if (m_session.isBusy() || !m_plan || !m_lastPull)
        return;
    const PushPlan& plan = *m_plan;
    // The exact bytes Wso2Client::push sends (pushRequests), with ••• for the secrets; the password or client
    // secret is not read for a preview.
    Connection preview;
    preview.config = m_editor.formConfig();
    QStringList texts;
    for (const ApiRequest& request : pushRequests(plan))
        texts.append(previewText(preview, request, m_secrets));
    m_requests->setPlainText(
        plan.refused() ? tr("(no request: the push is refused)") : texts.join(QStringLiteral("\n\n")));
    if (plan.refused()) {
        m_refusals->setMessage(FieldMessage::Kind::Error,
            tr("The console cannot push this: %1 Nothing will be sent.").arg(refusalText(plan.refusals())));
    } else if (!plan.sender.inlinedSecretNames.isEmpty()) {
        m_refusals->setMessage(FieldMessage::Kind::Warning,
            tr("The named secrets %1 are written into WSO2's configuration in clear.")
                .arg(plan.sender.inlinedSecretNames.join(QStringLiteral(", "))));
    } else {
        m_refusals->clear();
    }
    showPushBox(true);
    (plan.refused() ? static_cast<QWidget*>(m_requests) : m_confirmPushButton)->setFocus();
}

void IdentityServerSync::push()
{
    if (m_session.isBusy() || !m_plan || m_plan->refused() || !m_pushBox->isVisibleTo(this))
        return;
    if (!m_session.confirm(tr("Push to the server"),
            tr("Write the console's SMS OTP settings, SMS provider and SMS texts to %1, as shown?")
                .arg(m_editor.current())))
        return;
    const PushPlan plan = *m_plan;
    const quint64 generation = m_session.start(tr("Pushing to the server…"));
    m_editor.withConnection([this, generation, plan](const Connection& connection) {
        m_session.client().push(connection, plan, [this, generation](const PushResult& result) {
            if (generation != m_session.current())
                return;
            if (!result.ok) {
                const QString partial = partialPushText(result);
                m_session.setError(result.refused
                        ? tr("The push was refused before anything was sent: %1").arg(refusalText(result.refusals))
                        : (partial.isEmpty() ? result.error.explanation : partial),
                    result.error.technicalDetail);
                m_session.finish(partial.isEmpty() ? tr("Not pushed.") : tr("Partly pushed."));
                return;
            }
            m_session.finish(tr("Pushed; reading the server back…"));
            showPushBox(false);
            m_justPushed = true;
            pull();
        });
    });
}

void IdentityServerSync::exportBodies()
{
    if (m_session.isBusy())
        return;
    const storage::ProviderRepository::LoadResult loaded = m_session.providers().load();
    const storage::SettingsRepository::PolicyResult policy
        = storage::SettingsRepository(m_session.context().database).loadPolicy();
    if (loaded.error.isError() || policy.error.isError()) {
        const storage::DbError& error = loaded.error.isError() ? loaded.error : policy.error;
        m_session.setError(tr("Nothing exported: %1").arg(error.message()), error.detail);
        return;
    }
    // The saved settings only: the secrets are not read, the file holds placeholders in their place.
    const providers::ProviderKind kind = loaded.settings.active;
    providers::ProviderSetup setup = providers::CustomSetup {};
    if (kind == providers::ProviderKind::Twilio) {
        setup = providers::TwilioSetup { loaded.settings.twilio, {} };
    } else if (kind == providers::ProviderKind::Vonage) {
        setup = providers::VonageSetup { loaded.settings.vonage, {} };
    } else if (kind == providers::ProviderKind::Custom) {
        providers::CustomSetup custom { loaded.settings.custom.config, {} };
        for (const QString& name : loaded.settings.custom.namedSecrets)
            custom.secrets.named.insert(name, QString());
        setup = custom;
    }
    PushPlan texts;
    if (const storage::DbError error = planSavedTemplates(texts, m_session.context().database); error.isError()) {
        m_session.setError(error.message(), error.detail);
        return;
    }
    const RequestBodiesExport exported = exportRequestBodies(kind, setup, policy.policy, texts.templates);
    if (!exported.ok() || !texts.templateRefusals.isEmpty()) {
        m_session.setError(tr("Nothing exported: WSO2 cannot express this. %1")
                               .arg(refusalText(exported.refusals + texts.templateRefusals)));
        return;
    }
    const QString suggested = QDir::home().filePath(QStringLiteral("wso2-sms-otp-requests.json"));
    const QString path = m_savePathPrompt
        ? m_savePathPrompt(suggested)
        : QFileDialog::getSaveFileName(this, tr("Export WSO2 request bodies"), suggested, tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(exported.document.toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        m_session.setError(
            tr("The file %1 was not written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    m_session.setMessage(exported.placeholders.isEmpty() ? FieldMessage::Kind::Ok : FieldMessage::Kind::Warning,
        exported.placeholders.isEmpty()
            ? tr("Exported the WSO2 requests to %1.").arg(QDir::toNativeSeparators(path))
            : tr("Exported the WSO2 requests to %1. No secret is in it: replace %2 with the real values before "
                 "sending.")
                  .arg(QDir::toNativeSeparators(path), exported.placeholders.join(QStringLiteral(", "))));
    Q_EMIT m_session.statusMessage(tr("WSO2 request bodies exported"));
}

} // namespace smsotp::ui
