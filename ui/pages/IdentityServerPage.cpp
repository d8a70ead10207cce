#include "IdentityServerPage.h"

#include "ConsoleContext.h"
#include "providers/HttpSender.h"
#include "providers/ProviderKind.h"
#include "sandbox/SandboxGateway.h"
#include "send/ProviderSetupLoader.h"
#include "storage/SecretStore.h"
#include "storage/SettingsRepository.h"
#include "widgets/FieldMessage.h"
#include "widgets/SecretField.h"
#include "wso2/Wso2Requests.h"
#include "wso2/Wso2Take.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace smsotp::ui {

using namespace smsotp::wso2;
namespace keys = storage::secretkeys;

namespace {

QTableWidgetItem* item(const QString& text)
{
    auto* i = new QTableWidgetItem(text);
    i->setFlags(i->flags() & ~Qt::ItemIsEditable);
    return i;
}

} // namespace

IdentityServerPage::IdentityServerPage(ConsoleContext& context, QWidget* parent)
    : Page(parent)
    , m_context(context)
    , m_servers(context.database)
    , m_providers(context.database)
    , m_client(std::make_unique<Wso2Client>(context.http))
    , m_list(new QListWidget(this))
    , m_addButton(new QPushButton(tr("&Add server"), this))
    , m_removeButton(new QPushButton(tr("Re&move…"), this))
    , m_name(new QLineEdit(this))
    , m_baseUrl(new QLineEdit(this))
    , m_baseUrlMessage(new FieldMessage(this))
    , m_auth(new QComboBox(this))
    , m_username(new QLineEdit(this))
    , m_password(new SecretField(QStringLiteral("password"), tr("Password"), this))
    , m_clientId(new QLineEdit(this))
    , m_clientSecret(new SecretField(QStringLiteral("clientSecret"), tr("Client secret"), this))
    , m_tokenUrl(new QLineEdit(this))
    , m_tokenUrlMessage(new FieldMessage(this))
    , m_scopes(new QLineEdit(this))
    , m_formMessage(new FieldMessage(this))
    , m_retryButton(new QPushButton(tr("Try &again"), this))
    , m_saveButton(new QPushButton(tr("&Save server"), this))
    , m_revertButton(new QPushButton(tr("&Revert"), this))
    , m_testButton(new QPushButton(tr("&Test connection"), this))
    , m_pullButton(new QPushButton(tr("&Pull"), this))
    , m_takeButton(new QPushButton(tr("Ta&ke from server…"), this))
    , m_pushButton(new QPushButton(tr("Pus&h…"), this))
    , m_exportBodiesButton(new QPushButton(tr("&Export WSO2 request bodies…"), this))
    , m_cancelButton(new QPushButton(tr("&Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_message(new FieldMessage(this))
    , m_endpoints(new QTableWidget(0, 4, this))
    , m_trustBox(new QGroupBox(tr("Certificate not trusted"), this))
    , m_certificateLabel(new QLabel(m_trustBox))
    , m_trustButton(new QPushButton(tr("Trust this certificate for this &server…"), m_trustBox))
    , m_diff(new QTableWidget(0, 4, this))
    , m_inlineSecrets(new QCheckBox(tr("Write named secrets {{secret:NAME}} into WSO2's configuration in clear"), this))
    , m_pushBox(new QGroupBox(tr("Push to the server"), this))
    , m_requests(new QPlainTextEdit(m_pushBox))
    , m_refusals(new FieldMessage(m_pushBox))
    , m_confirmPushButton(new QPushButton(tr("Push &now…"), m_pushBox))
    , m_flowBox(new QGroupBox(tr("Login flow"), this))
    , m_appSearch(new QLineEdit(m_flowBox))
    , m_findAppsButton(new QPushButton(tr("&Find applications"), m_flowBox))
    , m_appList(new QListWidget(m_flowBox))
    , m_currentFlow(new QLabel(m_flowBox))
    , m_backupCodes(new QCheckBox(tr("Enable &backup codes"), m_flowBox))
    , m_setFlowButton(new QPushButton(tr("Set SMS OTP &login flow…"), m_flowBox))
    , m_flowRequest(new QPlainTextEdit(m_flowBox))
{
    setObjectName(QStringLiteral("identityServerPage"));
    const auto name = [](QWidget* w, const char* n, const QString& accessible = {}) {
        w->setObjectName(QLatin1String(n));
        if (!accessible.isEmpty())
            w->setAccessibleName(accessible);
    };
    name(m_list, "serverList", tr("Servers"));
    name(m_addButton, "addServerButton");
    name(m_removeButton, "removeServerButton", tr("Remove server"));
    name(m_name, "serverNameEdit", tr("Name"));
    name(m_baseUrl, "baseUrlEdit", tr("Base URL"));
    name(m_baseUrlMessage, "baseUrlMessage");
    name(m_auth, "authCombo", tr("Authentication"));
    name(m_username, "usernameEdit", tr("User name"));
    name(m_clientId, "clientIdEdit", tr("Client ID"));
    name(m_tokenUrl, "tokenUrlEdit", tr("Token URL"));
    name(m_tokenUrlMessage, "tokenUrlMessage");
    name(m_scopes, "scopesEdit", tr("Scopes"));
    name(m_formMessage, "serverFormMessage");
    name(m_retryButton, "retryButton", tr("Try saving the secret again"));
    name(m_saveButton, "saveButton", tr("Save server"));
    name(m_revertButton, "revertButton", tr("Revert server"));
    name(m_testButton, "testConnectionButton");
    name(m_pullButton, "pullButton");
    name(m_takeButton, "takeFromServerButton", tr("Take from server"));
    name(m_pushButton, "pushButton", tr("Push"));
    name(m_exportBodiesButton, "exportBodiesButton", tr("Export WSO2 request bodies"));
    name(m_cancelButton, "cancelButton", tr("Cancel the running operation"));
    name(m_progress, "progressBar");
    name(m_message, "connectionMessage");
    name(m_endpoints, "endpointTable", tr("Endpoints"));
    name(m_trustBox, "trustBox");
    name(m_certificateLabel, "certificateLabel");
    name(m_trustButton, "trustCertificateButton", tr("Trust this certificate for this server"));
    name(m_diff, "diffTable", tr("Differences"));
    name(m_inlineSecrets, "inlineSecretsCheck");
    name(m_pushBox, "pushBox");
    name(m_requests, "pushRequestsView", tr("The requests the push sends"));
    name(m_refusals, "refusalMessage");
    name(m_confirmPushButton, "confirmPushButton", tr("Push now"));
    name(m_flowBox, "loginFlowBox");
    name(m_appSearch, "appSearchEdit", tr("Application name"));
    name(m_findAppsButton, "findAppsButton");
    name(m_appList, "appList", tr("Applications"));
    name(m_currentFlow, "currentFlowLabel", tr("The application's login flow"));
    name(m_backupCodes, "backupCodesCheck");
    name(m_setFlowButton, "setFlowButton", tr("Set SMS OTP login flow"));
    name(m_flowRequest, "flowRequestView", tr("The login flow change and its request"));

    m_auth->addItem(tr("Admin user (HTTP Basic)"), int(AuthKind::Basic));
    m_auth->addItem(tr("OAuth2 client credentials"), int(AuthKind::ClientCredentials));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://host:9443/t/carbon.super"));
    m_tokenUrl->setPlaceholderText(tr("Default: https://host:9443/oauth2/token"));
    m_scopes->setToolTip(tr("Separated by spaces"));
    m_retryButton->setVisible(false);
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);
    m_cancelButton->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelButton->setToolTip(tr("Esc"));
    m_endpoints->setHorizontalHeaderLabels({ tr("Endpoint"), tr("Path"), tr("Result"), tr("Scope") });
    m_diff->setHorizontalHeaderLabels({ tr("Field"), tr("Console"), tr("Server"), tr("Same?") });
    for (QTableWidget* t : { m_endpoints, m_diff }) {
        t->horizontalHeader()->setStretchLastSection(true);
        t->verticalHeader()->setVisible(false);
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
    }
    m_endpoints->setVisible(false);
    m_certificateLabel->setWordWrap(true);
    m_certificateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* trustLayout = new QVBoxLayout(m_trustBox);
    trustLayout->addWidget(m_certificateLabel);
    trustLayout->addWidget(m_trustButton, 0, Qt::AlignLeft);
    m_trustBox->setVisible(false);
    m_requests->setReadOnly(true);
    m_requests->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* pushLayout = new QVBoxLayout(m_pushBox);
    pushLayout->addWidget(m_requests, 1);
    pushLayout->addWidget(m_refusals);
    pushLayout->addWidget(m_confirmPushButton, 0, Qt::AlignRight);
    m_pushBox->setVisible(false);
    m_appSearch->setPlaceholderText(tr("Part of the name; empty for all"));
    m_appSearch->setClearButtonEnabled(true);
    m_currentFlow->setWordWrap(true);
    m_currentFlow->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_currentFlow->setText(tr("Select an application to see its login flow."));
    m_backupCodes->setToolTip(tr("Adds Backup code as an alternative to SMS OTP in step 2"));
    m_flowRequest->setReadOnly(true);
    m_flowRequest->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_flowRequest->setVisible(false);
    auto* flowLayout = new QVBoxLayout(m_flowBox);
    auto* searchRow = new QHBoxLayout;
    auto* searchLabel = new QLabel(tr("Appl&ication:"), m_flowBox);
    searchLabel->setBuddy(m_appSearch);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_appSearch, 1);
    searchRow->addWidget(m_findAppsButton);
    flowLayout->addLayout(searchRow);
    flowLayout->addWidget(m_appList);
    flowLayout->addWidget(m_currentFlow);
    auto* flowButtons = new QHBoxLayout;
    flowButtons->addWidget(m_backupCodes);
    flowButtons->addStretch();
    flowButtons->addWidget(m_setFlowButton);
    flowLayout->addLayout(flowButtons);
    flowLayout->addWidget(m_flowRequest, 1);

    // The list of servers.
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    leftLayout->addLayout(listButtons);

    // The form.
    auto* form = new QFormLayout;
    const auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    form->addRow(label(tr("&Name:"), m_name), m_name);
    form->addRow(label(tr("&Base URL:"), m_baseUrl), m_baseUrl);
    form->addRow(QString(), m_baseUrlMessage);
    form->addRow(label(tr("A&uthentication:"), m_auth), m_auth);
    auto* userLabel = label(tr("&User name:"), m_username);
    auto* passwordLabel = label(tr("Pass&word:"), m_password->lineEdit());
    form->addRow(userLabel, m_username);
    form->addRow(passwordLabel, m_password);
    auto* clientIdLabel = label(tr("Client &ID:"), m_clientId);
    auto* clientSecretLabel = label(tr("Client s&ecret:"), m_clientSecret->lineEdit());
    auto* tokenLabel = label(tr("T&oken URL:"), m_tokenUrl);
    auto* scopesLabel = label(tr("Sco&pes:"), m_scopes);
    form->addRow(clientIdLabel, m_clientId);
    form->addRow(clientSecretLabel, m_clientSecret);
    form->addRow(tokenLabel, m_tokenUrl);
    form->addRow(QString(), m_tokenUrlMessage);
    form->addRow(scopesLabel, m_scopes);
    m_basicRows = { userLabel, m_username, passwordLabel, m_password };
    m_oauthRows = { clientIdLabel, m_clientId, clientSecretLabel, m_clientSecret, tokenLabel, m_tokenUrl,
        m_tokenUrlMessage, scopesLabel, m_scopes };

    auto* formButtons = new QHBoxLayout;
    formButtons->addWidget(m_retryButton);
    formButtons->addStretch();
    formButtons->addWidget(m_revertButton);
    formButtons->addWidget(m_saveButton);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_testButton);
    actions->addWidget(m_pullButton);
    actions->addWidget(m_takeButton);
    actions->addWidget(m_pushButton);
    actions->addWidget(m_exportBodiesButton);
    actions->addStretch();
    actions->addWidget(m_progress);
    actions->addWidget(m_cancelButton);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(form);
    rightLayout->addWidget(m_formMessage);
    rightLayout->addLayout(formButtons);
    rightLayout->addLayout(actions);
    rightLayout->addWidget(m_message);
    rightLayout->addWidget(m_endpoints);
    rightLayout->addWidget(m_trustBox);
    rightLayout->addWidget(m_diff, 1);
    rightLayout->addWidget(m_inlineSecrets);
    rightLayout->addWidget(m_pushBox, 1);
    rightLayout->addWidget(m_flowBox, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(right);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString& text) {
        if (m_loading || text == m_current)
            return;
        if (m_dirty && !confirm(tr("Unsaved server"), tr("Discard the changes to the server shown?"))) {
            reloadList(m_current);
            return;
        }
        showServer(text);
    });
    connect(m_addButton, &QPushButton::clicked, this, &IdentityServerPage::newServer);
    connect(m_removeButton, &QPushButton::clicked, this, &IdentityServerPage::removeServer);
    for (QLineEdit* edit : { m_name, m_baseUrl, m_username, m_clientId, m_tokenUrl, m_scopes })
        connect(edit, &QLineEdit::textChanged, this, &IdentityServerPage::refresh);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &IdentityServerPage::refresh);
    connect(m_password, &SecretField::edited, this, &IdentityServerPage::refresh);
    connect(m_clientSecret, &SecretField::edited, this, &IdentityServerPage::refresh);
    connect(
        m_password, &SecretField::revealRequested, this, [this] { reveal(m_password, keys::wso2Password(m_current)); });
    connect(m_clientSecret, &SecretField::revealRequested, this,
        [this] { reveal(m_clientSecret, keys::wso2ClientSecret(m_current)); });
    connect(m_saveButton, &QPushButton::clicked, this, &IdentityServerPage::save);
    connect(m_revertButton, &QPushButton::clicked, this, &IdentityServerPage::revert);
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        m_retryButton->setVisible(false);
        runQueue();
    });
    connect(m_testButton, &QPushButton::clicked, this, &IdentityServerPage::testConnection);
    connect(m_cancelButton, &QPushButton::clicked, this, &IdentityServerPage::cancel);
    connect(m_trustButton, &QPushButton::clicked, this, &IdentityServerPage::trustCertificate);
    connect(m_pullButton, &QPushButton::clicked, this, [this] { pull(); });
    connect(m_takeButton, &QPushButton::clicked, this, &IdentityServerPage::takeFromServer);
    connect(m_pushButton, &QPushButton::clicked, this, &IdentityServerPage::preparePush);
    connect(m_exportBodiesButton, &QPushButton::clicked, this, &IdentityServerPage::exportBodies);
    connect(m_confirmPushButton, &QPushButton::clicked, this, &IdentityServerPage::push);
    connect(m_findAppsButton, &QPushButton::clicked, this, &IdentityServerPage::findApplications);
    connect(m_appSearch, &QLineEdit::returnPressed, this, &IdentityServerPage::findApplications);
    connect(m_appList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* current) {
        if (m_loading || !current)
            return;
        loadApplication(current->data(Qt::UserRole).toString(), false);
    });
    connect(m_backupCodes, &QCheckBox::toggled, this, [this] { m_flowRequest->setVisible(false); });
    connect(m_setFlowButton, &QPushButton::clicked, this, &IdentityServerPage::setLoginFlow);
    connect(m_inlineSecrets, &QCheckBox::toggled, this, [this] {
        if (m_lastPull)
            showDiff();
        m_pushBox->setVisible(false);
    });

    reloadList(QString());
}

IdentityServerPage::~IdentityServerPage() = default;

QString IdentityServerPage::title() const
{
    return tr("Identity Server");
}

bool IdentityServerPage::confirm(const QString& title, const QString& text)
{
    if (m_confirm)
        return m_confirm(title, text);
    return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

void IdentityServerPage::setError(const QString& text, const QString& detail)
{
    m_message->setMessage(FieldMessage::Kind::Error, text);
    m_message->setToolTip(detail);
}

void IdentityServerPage::reloadList(const QString& select)
{
    m_loading = true;
    const ServerRepository::ListResult listed = m_servers.list();
    m_list->clear();
    for (const StoredServer& server : listed.servers)
        m_list->addItem(server.config.name);
    if (listed.error.isError())
        m_formMessage->setMessage(
            FieldMessage::Kind::Error, tr("Could not read the saved servers. %1").arg(listed.error.message()));
    const QList<QListWidgetItem*> found
        = select.isEmpty() ? QList<QListWidgetItem*>() : m_list->findItems(select, Qt::MatchExactly);
    m_loading = false;
    if (!found.isEmpty()) {
        m_loading = true;
        m_list->setCurrentItem(found.first());
        m_loading = false;
        showServer(select);
    } else if (m_list->count() > 0 && select.isEmpty() && m_current.isEmpty()) {
        m_loading = true;
        m_list->setCurrentRow(0);
        m_loading = false;
        showServer(m_list->item(0)->text());
    } else if (m_list->count() == 0) {
        newServer();
    }
}

void IdentityServerPage::showServer(const QString& name)
{
    const ServerRepository::FindResult found = m_servers.find(name);
    ServerConfig config;
    if (found.server) {
        config = found.server->config;
        m_current = name;
    } else {
        config.name = QString();
        m_current.clear();
    }
    m_saved = config;
    m_loading = true;
    m_name->setText(config.name);
    m_name->setReadOnly(!m_current.isEmpty()); // the name keys the keychain entries and the pin
    m_baseUrl->setText(config.baseUrl.toString());
    m_auth->setCurrentIndex(m_auth->findData(int(config.auth)));
    m_username->setText(config.username);
    m_clientId->setText(config.clientId);
    m_tokenUrl->setText(config.tokenUrl.toString());
    m_scopes->setText(config.scopes.join(QLatin1Char(' ')));
    const QStringList stored = m_providers.storedSecrets().keys;
    m_password->setStored(!m_current.isEmpty() && stored.contains(keys::wso2Password(m_current)));
    m_clientSecret->setStored(!m_current.isEmpty() && stored.contains(keys::wso2ClientSecret(m_current)));
    m_loading = false;
    m_formMessage->clear();
    m_message->clear();
    m_endpoints->setRowCount(0);
    m_endpoints->setVisible(false);
    m_trustBox->setVisible(false);
    m_diff->setRowCount(0);
    m_pushBox->setVisible(false);
    m_certificate.reset();
    m_lastPull.reset();
    m_plan.reset();
    clearApplications();
    refresh();
}

void IdentityServerPage::newServer()
{
    m_loading = true;
    m_list->clearSelection();
    m_list->setCurrentRow(-1);
    m_loading = false;
    showServer(QString());
    m_name->setFocus();
}

void IdentityServerPage::removeServer()
{
    if (m_current.isEmpty() || m_busy)
        return;
    const QString name = m_current;
    if (!confirm(tr("Remove server"),
            tr("Remove the server %1, its pinned certificate and its secrets from the keychain?").arg(name)))
        return;
    if (const storage::DbError error = m_servers.remove(name); error.isError()) {
        m_formMessage->setMessage(FieldMessage::Kind::Error, tr("Not removed: %1").arg(error.message()));
        return;
    }
    for (const QString& key : { keys::wso2Password(name), keys::wso2ClientSecret(name) }) {
        m_providers.setSecretStored(key, false);
        m_context.secrets.remove(key, [](const storage::SecretResult&) {});
    }
    m_current.clear();
    m_dirty = false;
    reloadList(QString());
    Q_EMIT statusMessage(tr("Server %1 removed.").arg(name));
}

ServerConfig IdentityServerPage::formConfig() const
{
    ServerConfig config;
    config.name = m_name->text().trimmed();
    config.baseUrl = QUrl(m_baseUrl->text().trimmed());
    config.auth = AuthKind(m_auth->currentData().toInt());
    config.username = m_username->text().trimmed();
    config.clientId = m_clientId->text().trimmed();
    config.tokenUrl = QUrl(m_tokenUrl->text().trimmed());
    config.scopes = m_scopes->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    config.timeout = m_saved.timeout;
    return config;
}

void IdentityServerPage::checkForm()
{
    const auto checkUrl = [](const QString& text, FieldMessage* message, bool optional) {
        const QUrl url(text.trimmed());
        if (text.trimmed().isEmpty()) {
            if (optional)
                message->clear();
            else
                message->setMessage(FieldMessage::Kind::Hint, tr("With the tenant: https://host:9443/t/carbon.super"));
        } else if (!url.isValid() || url.host().isEmpty()) {
            message->setMessage(FieldMessage::Kind::Error, tr("This is not a URL."));
        } else if (url.scheme() != u"https") {
            message->setMessage(FieldMessage::Kind::Error,
                tr("Only https:// is accepted: the password or client secret must not travel in clear."));
        } else {
            message->clear();
        }
    };
    checkUrl(m_baseUrl->text(), m_baseUrlMessage, false);
    checkUrl(m_tokenUrl->text(), m_tokenUrlMessage, true);
}

void IdentityServerPage::refresh()
{
    if (m_loading)
        return;
    const bool oauth = AuthKind(m_auth->currentData().toInt()) == AuthKind::ClientCredentials;
    for (QWidget* w : std::as_const(m_basicRows))
        w->setVisible(!oauth);
    for (QWidget* w : std::as_const(m_oauthRows))
        w->setVisible(oauth);
    checkForm();

    const ServerConfig config = formConfig();
    const bool waiting = !m_queue.isEmpty();
    const bool secretTyped
        = m_password->state() == SecretField::State::Editing || m_clientSecret->state() == SecretField::State::Editing;
    bool dirty = waiting || secretTyped;
    if (m_current.isEmpty())
        dirty = dirty || !config.name.isEmpty() || !config.baseUrl.isEmpty();
    else
        dirty = dirty || !(config == m_saved);
    const bool usable = !config.name.isEmpty() && checkServerConfig(config).isEmpty()
        && m_baseUrlMessage->kind() != FieldMessage::Kind::Error
        && m_tokenUrlMessage->kind() != FieldMessage::Kind::Error;

    m_saveButton->setEnabled(dirty && !waiting);
    m_revertButton->setEnabled(dirty && !waiting);
    m_removeButton->setEnabled(!m_current.isEmpty() && !m_busy && !waiting);
    m_addButton->setEnabled(!m_busy && !waiting);
    m_list->setEnabled(!m_busy && !waiting);
    const bool canCall = usable && !m_busy && !waiting;
    m_testButton->setEnabled(canCall);
    m_pullButton->setEnabled(canCall);
    m_takeButton->setEnabled(canCall && m_lastPull && m_lastPull->ok);
    m_pushButton->setEnabled(canCall && m_lastPull && m_lastPull->ok && m_plan);
    m_trustButton->setEnabled(!m_busy && m_certificate.has_value());
    m_exportBodiesButton->setEnabled(!m_busy); // needs no server: for administrators who cannot connect
    m_confirmPushButton->setEnabled(!m_busy && m_plan && !m_plan->refused() && m_pushBox->isVisible());
    m_appSearch->setEnabled(usable && !waiting);
    m_findAppsButton->setEnabled(canCall);
    m_appList->setEnabled(canCall);
    m_backupCodes->setEnabled(!m_busy);
    m_setFlowButton->setEnabled(canCall && m_application.has_value());
    m_progress->setVisible(m_busy);
    m_cancelButton->setVisible(m_busy);
    if (dirty != m_dirty) {
        m_dirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
}

bool IdentityServerPage::isDirty() const
{
    return m_dirty;
}

bool IdentityServerPage::save()
{
    if (!m_queue.isEmpty())
        return false;
    const ServerConfig config = formConfig();
    QStringList problems;
    if (config.name.isEmpty())
        problems.append(tr("The server needs a name."));
    else if (m_current.isEmpty() && m_servers.find(config.name).server)
        problems.append(tr("A server named %1 exists already.").arg(config.name));
    if (m_baseUrlMessage->kind() == FieldMessage::Kind::Error)
        problems.append(m_baseUrlMessage->text());
    if (m_tokenUrlMessage->kind() == FieldMessage::Kind::Error)
        problems.append(m_tokenUrlMessage->text());
    problems.append(checkServerConfig(config));
    if (!problems.isEmpty()) {
        m_formMessage->setMessage(FieldMessage::Kind::Error, tr("Not saved: %1").arg(problems.first()));
        return false;
    }
    if (const storage::DbError error = m_servers.save(config); error.isError()) {
        m_formMessage->setMessage(FieldMessage::Kind::Error, tr("Not saved: %1").arg(error.message()));
        m_formMessage->setToolTip(error.detail);
        return false;
    }
    if (m_password->hasNewValue())
        m_queue.append(storage::SecretChange::write(keys::wso2Password(config.name), m_password->newValue()));
    if (m_clientSecret->hasNewValue())
        m_queue.append(storage::SecretChange::write(keys::wso2ClientSecret(config.name), m_clientSecret->newValue()));
    m_current = config.name;
    m_saved = config;
    m_name->setReadOnly(true);
    m_loading = true;
    if (m_list->findItems(config.name, Qt::MatchExactly).isEmpty())
        m_list->addItem(config.name);
    m_list->setCurrentItem(m_list->findItems(config.name, Qt::MatchExactly).first());
    m_loading = false;
    const bool keychainNeeded = !m_queue.isEmpty();
    runQueue();
    return !keychainNeeded;
}

void IdentityServerPage::runQueue()
{
    if (m_queue.isEmpty()) {
        m_formMessage->clear();
        refresh();
        Q_EMIT statusMessage(tr("Server %1 saved.").arg(m_current));
        return;
    }
    m_formMessage->setMessage(FieldMessage::Kind::Hint, tr("Waiting for the keychain…"));
    Q_EMIT statusMessage(tr("Waiting for the keychain…"));
    refresh();
    // One chain for the queue; a failure leaves what is not written in the queue, for Try again.
    m_context.secrets.applyChanges(
        m_queue, this,
        [this](const storage::SecretChange& change) {
            m_queue.removeOne(change);
            m_providers.setSecretStored(change.key, !change.isRemoval());
            if (change.key == keys::wso2Password(m_current))
                m_password->setStored(!change.isRemoval());
            if (change.key == keys::wso2ClientSecret(m_current))
                m_clientSecret->setStored(!change.isRemoval());
        },
        [this](const storage::SecretChangesResult& result) {
            if (!result.ok()) {
                m_queue = result.remaining;
                m_formMessage->setMessage(FieldMessage::Kind::Error,
                    tr("The server was saved, but its secret was not: %1").arg(result.error.message()));
                m_formMessage->setToolTip(result.error.detail);
                m_retryButton->setVisible(true);
                refresh();
                return;
            }
            m_queue.clear();
            runQueue();
        });
}

void IdentityServerPage::revert()
{
    if (!m_queue.isEmpty())
        return;
    m_retryButton->setVisible(false);
    m_dirty = false;
    showServer(m_current);
    Q_EMIT dirtyChanged(false);
}

void IdentityServerPage::reveal(SecretField* field, const QString& key)
{
    QPointer<SecretField> guard(field);
    m_context.secrets.read(key, [this, guard](const storage::SecretResult& result) {
        if (!guard)
            return;
        if (result.error.isError()) {
            guard->setStored(guard->isStored());
            m_formMessage->setMessage(FieldMessage::Kind::Error, result.error.message());
            return;
        }
        guard->showRevealed(result.value);
    });
}

void IdentityServerPage::startBusy(const QString& what)
{
    m_busy = true;
    m_message->setMessage(FieldMessage::Kind::Hint, what);
    m_message->setToolTip(QString());
    Q_EMIT statusMessage(what);
    refresh();
    m_cancelButton->setFocus();
}

void IdentityServerPage::finishBusy()
{
    m_busy = false;
    refresh();
}

void IdentityServerPage::cancel()
{
    if (!m_busy)
        return;
    ++m_generation;
    // Destroying the client aborts its requests; none of its callbacks runs afterwards.
    m_client = std::make_unique<Wso2Client>(m_context.http);
    m_message->setMessage(FieldMessage::Kind::Warning, tr("Cancelled."));
    finishBusy();
}

void IdentityServerPage::withConnection(std::function<void(const Connection&)> done)
{
    Connection connection;
    connection.config = formConfig();
    const QString name = m_current.isEmpty() ? connection.config.name : m_current;
    if (const ServerRepository::FindResult found = m_servers.find(name); found.server)
        connection.pinnedCertificate = found.server->pinnedCertificate;
    const bool oauth = connection.config.auth == AuthKind::ClientCredentials;
    SecretField* field = oauth ? m_clientSecret : m_password;
    const QString key = oauth ? keys::wso2ClientSecret(name) : keys::wso2Password(name);
    const auto withSecret = [connection, oauth, done](const QString& secret) {
        Connection c = connection;
        (oauth ? c.credentials.clientSecret : c.credentials.password) = secret;
        done(c);
    };
    if (field->hasNewValue()) {
        withSecret(field->newValue());
        return;
    }
    if (!field->isStored()) {
        setError(oauth ? tr("Enter the client secret first.") : tr("Enter the password first."));
        finishBusy();
        return;
    }
    const quint64 generation = m_generation;
    QPointer<IdentityServerPage> self(this);
    m_context.secrets.read(key, [self, generation, withSecret](const storage::SecretResult& result) {
        if (!self || generation != self->m_generation)
            return;
        if (result.error.isError()) {
            self->setError(result.error.message(), result.error.detail);
            self->finishBusy();
            return;
        }
        withSecret(result.value);
    });
}

void IdentityServerPage::testConnection()
{
    if (m_busy)
        return;
    m_trustBox->setVisible(false);
    m_certificate.reset();
    startBusy(tr("Testing the connection…"));
    const quint64 generation = ++m_generation;
    withConnection([this, generation](const Connection& connection) {
        m_client->testConnection(connection, [this, generation](const ConnectionReport& report) {
            if (generation != m_generation)
                return;
            showReport(report);
        });
    });
}

void IdentityServerPage::showReport(const ConnectionReport& report)
{
    m_endpoints->setRowCount(0);
    for (const EndpointCheck& check : report.checks) {
        const int row = m_endpoints->rowCount();
        m_endpoints->insertRow(row);
        m_endpoints->setItem(row, 0, item(check.what));
        m_endpoints->setItem(row, 1, item(check.path));
        m_endpoints->setItem(row, 2, item(check.ok ? tr("Works") : check.explanation));
        m_endpoints->setItem(row, 3, item(check.scope));
    }
    m_endpoints->setVisible(!report.checks.isEmpty());
    if (report.ok) {
        m_message->setMessage(FieldMessage::Kind::Ok, tr("Connected: every endpoint the console uses answered."));
        Q_EMIT statusMessage(tr("Connection works."));
        finishBusy();
        return;
    }
    if (!report.error.isError()) {
        m_message->setMessage(FieldMessage::Kind::Warning,
            report.missingScopes.isEmpty() ? tr("Some endpoints did not answer; see the table.")
                                           : tr("Connected, but the user or client lacks the scope(s): %1.")
                                                 .arg(report.missingScopes.join(QStringLiteral(", "))));
        finishBusy();
        return;
    }
    setError(report.error.explanation, report.error.technicalDetail);
    const QUrl url = formConfig().baseUrl;
    if (report.error.httpStatus != 0 || url.scheme() != u"https") {
        finishBusy();
        return;
    }
    // No answer over TLS: look at the certificate, in case it is one the user may want to pin.
    const quint64 generation = m_generation;
    m_client->fetchCertificate(url, [this, generation](const CertificateInfo& info) {
        if (generation != m_generation)
            return;
        if (info.ok && !info.trustedBySystem)
            offerCertificate(info);
        finishBusy();
    });
}

void IdentityServerPage::offerCertificate(const CertificateInfo& info)
{
    m_certificate = info;
    const ServerRepository::FindResult found = m_servers.find(m_current);
    const bool otherPinned = found.server && !found.server->pinnedCertificate.isEmpty();
    QString text = tr("The server presents a certificate this computer does not trust.") + QLatin1Char('\n')
        + tr("Subject: %1").arg(info.subject) + QLatin1Char('\n') + tr("Issuer: %1").arg(info.issuer)
        + QLatin1Char('\n') + tr("Expires: %1").arg(QLocale().toString(info.expires.toLocalTime(), QLocale::LongFormat))
        + QLatin1Char('\n') + tr("SHA-256 fingerprint: %1").arg(info.sha256);
    if (!info.tlsErrors.isEmpty())
        text += QLatin1Char('\n') + tr("Why: %1").arg(info.tlsErrors.join(QStringLiteral("; ")));
    if (otherPinned)
        text += QLatin1Char('\n')
            + tr("This is not the certificate pinned for this server: it may have been "
                 "replaced, or someone is in between.");
    text += QLatin1Char('\n')
        + tr("Compare the fingerprint with the one on the server (its keystore) before trusting it. It will be "
             "trusted for this server only; TLS stays verified.");
    m_certificateLabel->setText(text);
    m_trustBox->setVisible(true);
    refresh();
    m_trustButton->setFocus();
}

void IdentityServerPage::trustCertificate()
{
    if (!m_certificate)
        return;
    if (m_current.isEmpty() || m_dirty) {
        setError(tr("Save the server first: the certificate is pinned for a saved server."));
        return;
    }
    if (!confirm(tr("Trust certificate"),
            tr("Trust this certificate for %1 only?\n\nSubject: %2\nSHA-256 fingerprint: %3")
                .arg(m_current, m_certificate->subject, m_certificate->sha256)))
        return;
    if (const storage::DbError error = m_servers.setPinnedCertificate(m_current, m_certificate->pem); error.isError()) {
        setError(tr("The certificate was not pinned: %1").arg(error.message()), error.detail);
        return;
    }
    m_trustBox->setVisible(false);
    m_certificate.reset();
    m_message->setMessage(
        FieldMessage::Kind::Ok, tr("The certificate is pinned for %1. Test the connection again.").arg(m_current));
    Q_EMIT statusMessage(tr("Certificate pinned."));
    refresh();
    m_testButton->setFocus();
}

void IdentityServerPage::pull()
{
    if (m_busy)
        return;
    startBusy(tr("Reading the server's SMS sender and SMS OTP settings…"));
    m_pushBox->setVisible(false);
    const quint64 generation = ++m_generation;
    withConnection([this, generation](const Connection& connection) {
        m_client->pull(connection, [this, generation](const PullResult& result) {
            if (generation != m_generation)
                return;
            if (!result.ok) {
                setError(result.error.explanation, result.error.technicalDetail);
                finishBusy();
                return;
            }
            m_lastPull = result;
            finishBusy();
            showDiff();
        });
    });
}

void IdentityServerPage::showDiff()
{
    const storage::ProviderRepository::LoadResult loaded = m_providers.load();
    const otp::OtpPolicy policy = storage::SettingsRepository(m_context.database).loadPolicy().policy;
    const providers::ProviderKind kind = loaded.settings.active;
    const quint64 generation = m_generation;
    QPointer<IdentityServerPage> self(this);
    m_busy = true;
    refresh();
    send::loadProviderSetup(kind, loaded.settings, m_context.secrets, m_context.sandbox.url(),
        [self, generation, kind, policy](const send::SetupResult& setup) {
            if (!self || generation != self->m_generation || !self->m_lastPull)
                return;
            IdentityServerPage& page = *self;
            page.m_busy = false;
            const PullResult& pulled = *page.m_lastPull;
            QList<DiffRow> rows;
            if (setup.setup) {
                MappingOptions options;
                options.inlineNamedSecrets = page.m_inlineSecrets->isChecked();
                page.m_plan = planPush(kind, *setup.setup, policy, options, pulled);
                page.m_secrets = page.m_plan->sender.secrets + providers::secretsOf(*setup.setup);
                rows = diffSender(page.m_plan->sender.sender, pulled.sender, page.m_plan->sender.secrets);
                rows += diffConnector(page.m_plan->connector, pulled.connector);
            } else {
                page.m_plan.reset();
                page.m_secrets.clear();
                page.setError(setup.message());
                rows = diffConnector(
                    connectorProperties(policy, pulled.hasProperty(QStringLiteral("SmsOTP.ResendBlockDuration"))),
                    pulled.connector);
            }
            if (pulled.sender && !pulled.sender->secret.isEmpty())
                page.m_secrets.append(pulled.sender->secret);
            page.m_diff->setRowCount(0);
            for (const DiffRow& r : std::as_const(rows)) {
                const QString console = shownDiffValue(r, r.consoleValue, page.m_secrets);
                const QString server = shownDiffValue(r, r.serverValue, page.m_secrets);
                const int row = page.m_diff->rowCount();
                page.m_diff->insertRow(row);
                auto* field = item(r.field);
                field->setToolTip(r.section == u"sender" ? tr("SMS sender") : tr("SMS OTP connector"));
                page.m_diff->setItem(row, 0, field);
                page.m_diff->setItem(row, 1, item(console));
                page.m_diff->setItem(row, 2, item(server));
                page.m_diff->setItem(row, 3,
                    item(r.comparison == Comparison::Equal          ? tr("same")
                            : r.comparison == Comparison::Different ? tr("different")
                                                                    : tr("cannot tell")));
            }
            page.m_diff->resizeColumnsToContents();
            if (setup.setup) {
                const bool differs = hasDifferences(rows);
                const bool pushed = std::exchange(page.m_justPushed, false);
                page.m_message->setMessage(differs ? FieldMessage::Kind::Warning : FieldMessage::Kind::Ok,
                    pushed ? (differs ? tr("Pushed, but the server still differs; see the table.")
                                      : tr("Pushed. Read back from the server: no difference."))
                           : (differs ? tr("The server differs from the console; see the table.")
                                      : tr("No difference between the console and the server.")));
                page.m_message->setToolTip(QString());
            }
            page.refresh();
        });
}

void IdentityServerPage::takeFromServer()
{
    if (m_busy || !m_lastPull || !m_lastPull->ok)
        return;
    storage::SettingsRepository settings(m_context.database);
    const ServerTake take = planTake(*m_lastPull, settings.loadPolicy().policy);
    if (!take.ok()) {
        setError(take.message);
        return;
    }
    if (!confirm(tr("Take from server"),
            tr("Replace the console's OTP settings%1 with the server's? Secrets go into the keychain.")
                .arg(take.sender ? tr(" and its %1 provider").arg(providers::providerDisplayName(take.sender->kind))
                                 : QString())))
        return;
    if (const storage::DbError error = saveTake(m_context.database, take); error.isError()) {
        setError(tr("Not taken: %1").arg(error.message()), error.detail);
        return;
    }
    startBusy(tr("Writing the provider's secrets to the keychain…"));
    writeTakenSecrets(take.secretChanges, ++m_generation, take.problems);
}

void IdentityServerPage::writeTakenSecrets(
    const QList<storage::SecretChange>& changes, quint64 generation, const QStringList& problems)
{
    m_context.secrets.applyChanges(
        changes, this,
        [this](const storage::SecretChange& change) { m_providers.setSecretStored(change.key, !change.isRemoval()); },
        [this, generation, problems](const storage::SecretChangesResult& result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                setError(tr("The settings were taken, but a secret was not: %1").arg(result.error.message()),
                    result.error.detail);
                finishBusy();
                Q_EMIT configurationTaken();
                return;
            }
            finishBusy();
            m_message->setMessage(problems.isEmpty() ? FieldMessage::Kind::Ok : FieldMessage::Kind::Warning,
                problems.isEmpty() ? tr("Taken from the server.")
                                   : tr("Taken from the server, except: %1").arg(problems.join(QLatin1Char(' '))));
            Q_EMIT configurationTaken();
            showDiff();
        });
}

void IdentityServerPage::preparePush()
{
    if (m_busy || !m_plan || !m_lastPull)
        return;
    const PushPlan& plan = *m_plan;
    // The exact bytes Wso2Client::push sends (pushRequests), with ••• for the secrets; the password or client
    // secret is not read for a preview.
    Connection preview;
    preview.config = formConfig();
    QStringList texts;
    for (const ApiRequest& request : pushRequests(plan))
        texts.append(previewText(preview, request, m_secrets));
    m_requests->setPlainText(
        plan.refused() ? tr("(no request: the push is refused)") : texts.join(QStringLiteral("\n\n")));

    if (plan.refused()) {
        QStringList reasons;
        for (const Refusal& r : plan.sender.refusals)
            reasons.append(r.field.isEmpty() ? r.message : tr("%1: %2").arg(r.field, r.message));
        m_refusals->setMessage(FieldMessage::Kind::Error,
            tr("The console cannot push this: %1 Nothing will be sent.").arg(reasons.join(QLatin1Char(' '))));
    } else if (!plan.sender.inlinedSecretNames.isEmpty()) {
        m_refusals->setMessage(FieldMessage::Kind::Warning,
            tr("The named secrets %1 are written into WSO2's configuration in clear.")
                .arg(plan.sender.inlinedSecretNames.join(QStringLiteral(", "))));
    } else {
        m_refusals->clear();
    }
    m_pushBox->setVisible(true);
    refresh();
    (plan.refused() ? static_cast<QWidget*>(m_requests) : m_confirmPushButton)->setFocus();
}

void IdentityServerPage::push()
{
    if (m_busy || !m_plan || m_plan->refused() || !m_pushBox->isVisible())
        return;
    if (!confirm(tr("Push to the server"),
            tr("Write the console's SMS OTP settings and SMS provider to %1, as shown?").arg(m_current)))
        return;
    const PushPlan plan = *m_plan;
    startBusy(tr("Pushing to the server…"));
    const quint64 generation = ++m_generation;
    withConnection([this, generation, plan](const Connection& connection) {
        m_client->push(connection, plan, [this, generation](const PushResult& result) {
            if (generation != m_generation)
                return;
            finishBusy();
            if (!result.ok) {
                setError(
                    result.refused ? tr("The push was refused before anything was sent.") : result.error.explanation,
                    result.error.technicalDetail);
                return;
            }
            m_pushBox->setVisible(false);
            Q_EMIT statusMessage(tr("Pushed; reading the server back…"));
            m_justPushed = true;
            pull();
        });
    });
}

void IdentityServerPage::exportBodies()
{
    if (m_busy)
        return;
    const storage::ProviderRepository::LoadResult loaded = m_providers.load();
    const storage::SettingsRepository::PolicyResult policy
        = storage::SettingsRepository(m_context.database).loadPolicy();
    if (loaded.error.isError() || policy.error.isError()) {
        const storage::DbError& error = loaded.error.isError() ? loaded.error : policy.error;
        setError(tr("Nothing exported: %1").arg(error.message()), error.detail);
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
    const RequestBodiesExport exported = exportRequestBodies(kind, setup, policy.policy);
    if (!exported.ok()) {
        QStringList reasons;
        for (const Refusal& r : exported.refusals)
            reasons.append(r.field.isEmpty() ? r.message : tr("%1: %2").arg(r.field, r.message));
        m_message->setMessage(FieldMessage::Kind::Error,
            tr("Nothing exported: WSO2 cannot express this. %1").arg(reasons.join(QLatin1Char(' '))));
        m_message->setToolTip(QString());
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
        setError(tr("The file %1 was not written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    m_message->setMessage(exported.placeholders.isEmpty() ? FieldMessage::Kind::Ok : FieldMessage::Kind::Warning,
        exported.placeholders.isEmpty()
            ? tr("Exported the WSO2 requests to %1.").arg(QDir::toNativeSeparators(path))
            : tr("Exported the WSO2 requests to %1. No secret is in it: replace %2 with the real values before "
                 "sending.")
                  .arg(QDir::toNativeSeparators(path), exported.placeholders.join(QStringLiteral(", "))));
    m_message->setToolTip(QString());
    Q_EMIT statusMessage(tr("WSO2 request bodies exported"));
}

void IdentityServerPage::clearApplications()
{
    m_loading = true;
    m_appList->clear();
    m_loading = false;
    m_application.reset();
    m_currentFlow->setText(tr("Select an application to see its login flow."));
    m_flowRequest->clear();
    m_flowRequest->setVisible(false);
}

void IdentityServerPage::findApplications()
{
    if (m_busy || !m_findAppsButton->isEnabled())
        return;
    clearApplications();
    const QString search = m_appSearch->text().trimmed();
    startBusy(tr("Reading the server's applications…"));
    const quint64 generation = ++m_generation;
    withConnection([this, generation, search](const Connection& connection) {
        m_client->listApplications(connection, search, false, [this, generation](const ApplicationListResult& r) {
            if (generation != m_generation)
                return;
            finishBusy();
            if (!r.ok) {
                setError(r.error.explanation, r.error.technicalDetail);
                return;
            }
            m_loading = true;
            for (const ApplicationSummary& app : r.applications) {
                auto* entry = new QListWidgetItem(app.name, m_appList);
                entry->setData(Qt::UserRole, app.id);
                entry->setToolTip(app.description);
            }
            m_loading = false;
            m_message->setMessage(r.applications.isEmpty() ? FieldMessage::Kind::Warning : FieldMessage::Kind::Ok,
                r.applications.isEmpty() ? tr("No application matches.")
                                         : tr("%n application(s) found; select one to see its login flow.", nullptr,
                                             int(r.applications.size())));
            m_message->setToolTip(QString());
            refresh();
        });
    });
}

void IdentityServerPage::loadApplication(const QString& id, bool afterChange)
{
    if (m_busy || id.isEmpty())
        return;
    m_application.reset();
    m_flowRequest->setVisible(false);
    m_currentFlow->setText(tr("Reading the application…"));
    startBusy(afterChange ? tr("Reading the application back…") : tr("Reading the application's login flow…"));
    const quint64 generation = ++m_generation;
    withConnection([this, generation, id, afterChange](const Connection& connection) {
        m_client->application(connection, id, [this, generation, afterChange](const ApplicationResult& r) {
            if (generation != m_generation)
                return;
            finishBusy();
            if (!r.ok) {
                m_currentFlow->setText(tr("The login flow could not be read."));
                setError(r.error.explanation, r.error.technicalDetail);
                return;
            }
            m_application = r.application;
            m_currentFlow->setText(describeSequence(r.application.sequence).join(QLatin1Char('\n')));
            if (afterChange) {
                m_message->setMessage(FieldMessage::Kind::Ok,
                    tr("The login flow of %1 is set. Read back from the server: %2")
                        .arg(r.application.name, describeSequence(r.application.sequence).join(QLatin1Char(' '))));
                Q_EMIT statusMessage(tr("Login flow set."));
            } else {
                m_message->clear();
            }
            m_message->setToolTip(QString());
            refresh();
        });
    });
}

void IdentityServerPage::setLoginFlow()
{
    if (m_busy || !m_application || !m_setFlowButton->isEnabled())
        return;
    const Application app = *m_application;
    const AuthSequence sequence = smsOtpSequence(m_backupCodes->isChecked());
    Connection preview;
    preview.config = formConfig();
    const QString requestText = previewText(preview, loginFlowRequest(app.id, sequence), {});
    const QString current = describeSequence(app.sequence).join(QLatin1Char('\n'));
    const QString next = describeSequence(sequence).join(QLatin1Char('\n'));
    const QString scriptNote = app.sequence.hasScript()
        ? tr("The application's adaptive script is not sent and stays as it is.")
        : QString();
    QString text = tr("Current login flow of %1:").arg(app.name) + QLatin1Char('\n') + current + QStringLiteral("\n\n")
        + tr("New login flow:") + QLatin1Char('\n') + next;
    if (!scriptNote.isEmpty())
        text += QStringLiteral("\n\n") + scriptNote;
    m_flowRequest->setPlainText(text + QStringLiteral("\n\n") + tr("The request:") + QLatin1Char('\n') + requestText);
    m_flowRequest->setVisible(true);
    if (!confirm(tr("Set login flow"),
            text + QStringLiteral("\n\n") + tr("Send this request to %1?").arg(m_current) + QStringLiteral("\n\n")
                + requestText))
        return;
    startBusy(tr("Setting the login flow of %1…").arg(app.name));
    const quint64 generation = ++m_generation;
    withConnection([this, generation, app, sequence](const Connection& connection) {
        m_client->setLoginFlow(connection, app.id, sequence, [this, generation, app](const FlowChangeResult& r) {
            if (generation != m_generation)
                return;
            finishBusy();
            if (!r.ok) {
                setError(tr("The login flow was not changed: %1").arg(r.error.explanation), r.error.technicalDetail);
                return;
            }
            m_flowRequest->setVisible(false);
            loadApplication(app.id, true);
        });
    });
}

} // namespace smsotp::ui
