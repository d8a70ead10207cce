#include "IdentityServerEditor.h"

#include "ConsoleContext.h"
#include "IdentityServerSession.h"
#include "widgets/FieldMessage.h"
#include "widgets/SecretField.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace smsotp::ui {

using namespace smsotp::wso2;
namespace keys = storage::secretkeys;

IdentityServerEditor::IdentityServerEditor(IdentityServerSession& session, QWidget* parent)
    : QGroupBox(tr("Server"), parent)
    , m_session(session)
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
    , m_retryButton(new QPushButton(tr("Tr&y again"), this))
    , m_saveButton(new QPushButton(tr("Sa&ve server"), this))
    , m_revertButton(new QPushButton(tr("&Revert"), this))
{
    setObjectName(QStringLiteral("serverEditor"));
    buildForm();
    connectFields();
}

void IdentityServerEditor::buildForm()
{
    const auto name = [](QWidget* w, const char* n, const QString& accessible = {}) {
        w->setObjectName(QLatin1String(n));
        if (!accessible.isEmpty())
            w->setAccessibleName(accessible);
    };
    name(m_name, "serverNameEdit", tr("Server name"));
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
    m_auth->addItem(tr("Admin user (HTTP Basic)"), int(AuthKind::Basic));
    m_auth->addItem(tr("OAuth2 client credentials"), int(AuthKind::ClientCredentials));
    m_name->setPlaceholderText(tr("e.g. production"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://host:9443/t/carbon.super"));
    m_tokenUrl->setPlaceholderText(tr("Default: https://host:9443/oauth2/token"));
    m_scopes->setPlaceholderText(tr("Separated by spaces; empty for the defaults"));
    m_retryButton->setVisible(false);
    // A hint has no icon, an error has one: the line is as tall as the icon either way, so nothing moves.
    for (FieldMessage* message : { m_baseUrlMessage, m_tokenUrlMessage })
        message->setMinimumHeight(
            qMax(style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this), fontMetrics().lineSpacing()));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto row = [this, form](const QString& text, QWidget* field, QWidget* buddy, FieldMessage* message) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy ? buddy : field);
        if (!message) {
            form->addRow(label, field);
            return QList<QWidget*> { label, field };
        }
        auto* column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(field);
        column->addWidget(message);
        form->addRow(label, column);
        return QList<QWidget*> { label, field, message };
    };
    row(tr("&Name"), m_name, nullptr, nullptr);
    row(tr("&Base URL"), m_baseUrl, nullptr, m_baseUrlMessage);
    row(tr("Auth&entication"), m_auth, nullptr, nullptr);
    m_basicRows = row(tr("&User name"), m_username, nullptr, nullptr);
    m_basicRows += row(tr("Pass&word"), m_password, m_password->lineEdit(), nullptr);
    m_oauthRows = row(tr("Client I&D"), m_clientId, nullptr, nullptr);
    m_oauthRows += row(tr("Client se&cret"), m_clientSecret, m_clientSecret->lineEdit(), nullptr);
    m_oauthRows += row(tr("T&oken URL"), m_tokenUrl, nullptr, m_tokenUrlMessage);
    m_oauthRows += row(tr("Scopes"), m_scopes, nullptr, nullptr);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_retryButton);
    buttons->addStretch();
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_formMessage);
    layout->addLayout(buttons);
}

void IdentityServerEditor::connectFields()
{
    for (QLineEdit* edit : { m_name, m_baseUrl, m_username, m_clientId, m_tokenUrl, m_scopes })
        connect(edit, &QLineEdit::textChanged, this, &IdentityServerEditor::refresh);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &IdentityServerEditor::refresh);
    connect(m_password, &SecretField::edited, this, &IdentityServerEditor::refresh);
    connect(m_clientSecret, &SecretField::edited, this, &IdentityServerEditor::refresh);
    connect(
        m_password, &SecretField::revealRequested, this, [this] { reveal(m_password, keys::wso2Password(m_current)); });
    connect(m_clientSecret, &SecretField::revealRequested, this,
        [this] { reveal(m_clientSecret, keys::wso2ClientSecret(m_current)); });
    connect(m_saveButton, &QPushButton::clicked, this, &IdentityServerEditor::save);
    connect(m_revertButton, &QPushButton::clicked, this, &IdentityServerEditor::revert);
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        m_retryButton->setVisible(false);
        runQueue();
    });
}

void IdentityServerEditor::showServer(const QString& name)
{
    const ServerRepository::FindResult found = m_session.servers().find(name);
    ServerConfig config;
    m_current = found.server ? name : QString();
    if (found.server)
        config = found.server->config;
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
    for (QLineEdit* edit : { m_baseUrl, m_tokenUrl, m_scopes })
        edit->setCursorPosition(0); // the start of a long value says more than its end
    const QStringList stored = m_session.providers().storedSecrets().keys;
    m_password->setStored(!m_current.isEmpty() && stored.contains(keys::wso2Password(m_current)));
    m_clientSecret->setStored(!m_current.isEmpty() && stored.contains(keys::wso2ClientSecret(m_current)));
    m_loading = false;
    m_formMessage->clear();
    refresh();
}

void IdentityServerEditor::focusName()
{
    m_name->setFocus();
}

ServerConfig IdentityServerEditor::formConfig() const
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

void IdentityServerEditor::checkForm()
{
    // Each URL keeps a line under it (a hint when nothing is wrong), so the form does not move while typing.
    const auto checkUrl = [](const QString& text, FieldMessage* message, const QString& hint) {
        const QUrl url(text.trimmed());
        if (text.trimmed().isEmpty() || (url.isValid() && !url.host().isEmpty() && url.scheme() == u"https"))
            message->setMessage(FieldMessage::Kind::Hint, hint);
        else if (!url.isValid() || url.host().isEmpty())
            message->setMessage(FieldMessage::Kind::Error, tr("This is not a URL."));
        else
            message->setMessage(FieldMessage::Kind::Error,
                tr("Only https:// is accepted: the password or client secret must not travel in clear."));
    };
    checkUrl(m_baseUrl->text(), m_baseUrlMessage, tr("With the tenant: https://host:9443/t/carbon.super"));
    checkUrl(m_tokenUrl->text(), m_tokenUrlMessage, tr("Empty for the server's own token endpoint."));
}

bool IdentityServerEditor::isUsable() const
{
    const ServerConfig config = formConfig();
    return !config.name.isEmpty() && checkServerConfig(config).isEmpty()
        && m_baseUrlMessage->kind() != FieldMessage::Kind::Error
        && m_tokenUrlMessage->kind() != FieldMessage::Kind::Error;
}

void IdentityServerEditor::refresh()
{
    if (m_loading)
        return;
    const bool oauth = AuthKind(m_auth->currentData().toInt()) == AuthKind::ClientCredentials;
    for (QWidget* w : std::as_const(m_basicRows))
        w->setEnabled(!oauth);
    for (QWidget* w : std::as_const(m_oauthRows))
        w->setEnabled(oauth);
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
    m_saveButton->setEnabled(dirty && !waiting);
    m_revertButton->setEnabled(dirty && !waiting);
    if (dirty != m_dirty) {
        m_dirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
    Q_EMIT changed();
}

QStringList IdentityServerEditor::saveProblems(const ServerConfig& config) const
{
    QStringList problems;
    if (config.name.isEmpty())
        problems.append(tr("The server needs a name."));
    else if (m_current.isEmpty() && m_session.servers().find(config.name).server)
        problems.append(tr("A server named %1 exists already.").arg(config.name));
    if (m_baseUrlMessage->kind() == FieldMessage::Kind::Error)
        problems.append(m_baseUrlMessage->text());
    if (m_tokenUrlMessage->kind() == FieldMessage::Kind::Error)
        problems.append(m_tokenUrlMessage->text());
    problems.append(checkServerConfig(config));
    return problems;
}

bool IdentityServerEditor::save()
{
    if (!m_queue.isEmpty())
        return false;
    const ServerConfig config = formConfig();
    if (const QStringList problems = saveProblems(config); !problems.isEmpty()) {
        m_formMessage->setMessage(FieldMessage::Kind::Error, tr("Not saved: %1").arg(problems.join(QLatin1Char(' '))));
        return false;
    }
    if (const storage::DbError error = m_session.servers().save(config); error.isError()) {
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
    Q_EMIT saved(config.name);
    const bool keychainNeeded = !m_queue.isEmpty();
    runQueue();
    return !keychainNeeded;
}

void IdentityServerEditor::runQueue()
{
    if (m_queue.isEmpty()) {
        m_formMessage->clear();
        refresh();
        Q_EMIT m_session.statusMessage(tr("Server %1 saved.").arg(m_current));
        return;
    }
    m_formMessage->setMessage(FieldMessage::Kind::Hint, tr("Waiting for the keychain…"));
    Q_EMIT m_session.statusMessage(tr("Waiting for the keychain…"));
    refresh();
    // One chain for the queue; a failure leaves what is not written in the queue, for Try again.
    m_session.context().secrets.applyChanges(
        m_queue, this,
        [this](const storage::SecretChange& change) {
            m_queue.removeOne(change);
            m_session.providers().setSecretStored(change.key, !change.isRemoval());
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
                Q_EMIT m_session.statusMessage(tr("The keychain did not take the server's secret."));
                refresh();
                return;
            }
            m_queue.clear();
            runQueue();
        });
}

void IdentityServerEditor::revert()
{
    if (!m_queue.isEmpty())
        return;
    m_retryButton->setVisible(false);
    showServer(m_current);
}

void IdentityServerEditor::reveal(SecretField* field, const QString& key)
{
    QPointer<SecretField> guard(field);
    m_session.context().secrets.read(key, [this, guard](const storage::SecretResult& result) {
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

void IdentityServerEditor::withConnection(std::function<void(const Connection&)> done)
{
    Connection connection;
    connection.config = formConfig();
    const QString name = m_current.isEmpty() ? connection.config.name : m_current;
    if (const ServerRepository::FindResult found = m_session.servers().find(name); found.server)
        connection.pin = found.server->pin;
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
        m_session.setError(oauth ? tr("Enter the client secret first.") : tr("Enter the password first."));
        m_session.finish(tr("Not connected: no secret."));
        return;
    }
    const quint64 generation = m_session.current();
    QPointer<IdentityServerEditor> self(this);
    m_session.context().secrets.read(key, [self, generation, withSecret](const storage::SecretResult& result) {
        if (!self || generation != self->m_session.current())
            return;
        if (result.error.isError()) {
            self->m_session.setError(result.error.message(), result.error.detail);
            self->m_session.finish(tr("Not connected: the keychain did not give the secret."));
            return;
        }
        withSecret(result.value);
    });
}

} // namespace smsotp::ui
