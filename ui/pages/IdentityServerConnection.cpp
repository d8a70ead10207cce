#include "IdentityServerConnection.h"

#include "IdentityServerEditor.h"
#include "IdentityServerSession.h"
#include "widgets/FieldMessage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace smsotp::ui {

using namespace smsotp::wso2;

namespace {
QTableWidgetItem* item(const QString& text)
{
    auto* i = new QTableWidgetItem(text);
    i->setFlags(i->flags() & ~Qt::ItemIsEditable);
    i->setToolTip(text);
    return i;
}
} // namespace

IdentityServerConnection::IdentityServerConnection(
    IdentityServerSession& session, IdentityServerEditor& editor, QWidget* parent)
    : QGroupBox(tr("Connection"), parent)
    , m_session(session)
    , m_editor(editor)
    , m_testButton(new QPushButton(tr("&Test connection"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_message(new FieldMessage(this))
    , m_endpoints(new QTableWidget(0, 4, this))
    , m_trustBox(new QGroupBox(tr("Certificate not trusted"), this))
    , m_certificateLabel(new QLabel(m_trustBox))
    , m_trustButton(new QPushButton(tr("Trust this certificate for this server…"), m_trustBox))
{
    buildLayout();
    connect(m_testButton, &QPushButton::clicked, this, &IdentityServerConnection::testConnection);
    connect(m_cancelButton, &QPushButton::clicked, &m_session, &IdentityServerSession::cancel);
    connect(m_trustButton, &QPushButton::clicked, this, &IdentityServerConnection::trustCertificate);
    connect(&m_session, &IdentityServerSession::messageChanged, this,
        [this](FieldMessage::Kind kind, const QString& text, const QString& detail) {
            m_message->setMessage(kind, text);
            m_message->setToolTip(detail);
        });
}

void IdentityServerConnection::buildLayout()
{
    setObjectName(QStringLiteral("connectionPanel"));
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testButton->setAccessibleName(tr("Test connection"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel the running operation"));
    m_cancelButton->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelButton->setToolTip(tr("Esc"));
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setAccessibleName(tr("Working"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(8 * fontMetrics().averageCharWidth());
    for (QWidget* w : { static_cast<QWidget*>(m_progress), static_cast<QWidget*>(m_cancelButton) }) {
        QSizePolicy policy = w->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        w->setSizePolicy(policy);
        w->setVisible(false);
    }
    m_message->setObjectName(QStringLiteral("connectionMessage"));
    m_endpoints->setObjectName(QStringLiteral("endpointTable"));
    m_endpoints->setAccessibleName(tr("Endpoints"));
    // The result is what matters: it comes second and takes the room; the long path comes last (full in its
    // tooltip).
    m_endpoints->setHorizontalHeaderLabels({ tr("Endpoint"), tr("Result"), tr("Scope"), tr("Path") });
    m_endpoints->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_endpoints->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_endpoints->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_endpoints->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Interactive);
    m_endpoints->horizontalHeader()->setDefaultSectionSize(16 * fontMetrics().averageCharWidth());
    m_endpoints->verticalHeader()->setVisible(false);
    m_endpoints->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_endpoints->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_endpoints->setWordWrap(false);
    m_endpoints->setVisible(false);
    m_trustBox->setObjectName(QStringLiteral("trustBox"));
    m_certificateLabel->setObjectName(QStringLiteral("certificateLabel"));
    m_certificateLabel->setWordWrap(true);
    m_certificateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trustButton->setObjectName(QStringLiteral("trustCertificateButton"));
    m_trustButton->setAccessibleName(tr("Trust this certificate for this server"));
    auto* trustLayout = new QVBoxLayout(m_trustBox);
    trustLayout->addWidget(m_certificateLabel);
    trustLayout->addWidget(m_trustButton, 0, Qt::AlignLeft);
    m_trustBox->setVisible(false);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_testButton);
    actions->addStretch();
    actions->addWidget(m_progress);
    actions->addWidget(m_cancelButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(m_endpoints);
    layout->addWidget(m_trustBox);
}

void IdentityServerConnection::reset()
{
    m_session.clearMessage();
    m_endpoints->setRowCount(0);
    m_endpoints->setVisible(false);
    m_trustBox->setVisible(false);
    m_certificate.reset();
}

void IdentityServerConnection::refresh()
{
    const bool busy = m_session.isBusy();
    m_testButton->setEnabled(m_editor.isUsable() && !busy && !m_editor.isWaitingForKeychain());
    m_trustButton->setEnabled(!busy && m_certificate.has_value());
    // Progress and Cancel keep their place while hidden: the row does not jump when an operation starts.
    const bool shown = m_cancelButton->isVisibleTo(this);
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    if (busy && !shown)
        m_cancelButton->setFocus();
}

void IdentityServerConnection::testConnection()
{
    if (m_session.isBusy())
        return;
    m_trustBox->setVisible(false);
    m_certificate.reset();
    const quint64 generation = m_session.start(tr("Testing the connection…"));
    m_editor.withConnection([this, generation](const Connection& connection) {
        m_session.client().testConnection(connection, [this, generation](const ConnectionReport& report) {
            if (generation == m_session.current())
                showReport(report);
        });
    });
}

void IdentityServerConnection::showReport(const ConnectionReport& report)
{
    m_endpoints->setRowCount(0);
    for (const EndpointCheck& check : report.checks) {
        const int row = m_endpoints->rowCount();
        m_endpoints->insertRow(row);
        m_endpoints->setItem(row, 0, item(check.what));
        m_endpoints->setItem(row, 1, item(check.ok ? tr("Works") : check.explanation));
        m_endpoints->setItem(row, 2, item(check.scope));
        m_endpoints->setItem(row, 3, item(check.path));
    }
    // As tall as its rows: a few endpoints, no empty box below them.
    int height = m_endpoints->horizontalHeader()->sizeHint().height() + 2 * m_endpoints->frameWidth();
    for (int row = 0; row < m_endpoints->rowCount(); ++row)
        height += m_endpoints->verticalHeader()->sectionSize(row);
    m_endpoints->setFixedHeight(height + m_endpoints->horizontalScrollBar()->sizeHint().height());
    m_endpoints->setVisible(!report.checks.isEmpty());
    if (report.ok) {
        m_session.setMessage(FieldMessage::Kind::Ok, tr("Connected: every endpoint the console uses answered."));
        m_session.finish(tr("Connection works."));
        return;
    }
    if (!report.error.isError()) {
        m_session.setMessage(FieldMessage::Kind::Warning,
            report.missingScopes.isEmpty() ? tr("Some endpoints did not answer; see the table.")
                                           : tr("Connected, but the user or client lacks the scope(s): %1.")
                                                 .arg(report.missingScopes.join(QStringLiteral(", "))));
        m_session.finish(tr("Connected, with problems; see the Identity Server page."));
        return;
    }
    m_session.setError(report.error.explanation, report.error.technicalDetail);
    const QUrl url = m_editor.formConfig().baseUrl;
    if (report.error.httpStatus != 0 || url.scheme() != u"https") {
        m_session.finish(tr("The connection failed."));
        return;
    }
    // No answer over TLS: look at the certificate, in case it is one the user may want to pin.
    const quint64 generation = m_session.current();
    m_session.client().fetchCertificate(url, [this, generation](const CertificateInfo& info) {
        if (generation != m_session.current())
            return;
        if (info.ok && !info.trustedBySystem)
            offerCertificate(info);
        m_session.finish(tr("The connection failed."));
        if (m_certificate)
            m_trustButton->setFocus();
    });
}

void IdentityServerConnection::offerCertificate(const CertificateInfo& info)
{
    m_certificate = info;
    const ServerRepository::FindResult found = m_session.servers().find(m_editor.current());
    const bool otherPinned = found.server && !found.server->pin.isEmpty();
    QString text = tr("The server presents a certificate this computer does not trust.") + QLatin1Char('\n')
        + tr("Subject: %1").arg(info.subject) + QLatin1Char('\n') + tr("Issuer: %1").arg(info.issuer)
        + QLatin1Char('\n') + tr("Expires: %1").arg(QLocale().toString(info.expires.toLocalTime(), QLocale::LongFormat))
        + QLatin1Char('\n') + tr("SHA-256 fingerprint: %1").arg(info.sha256);
    if (!info.tlsErrors.isEmpty())
        text += QLatin1Char('\n') + tr("Why: %1").arg(info.tlsErrors.join(QStringLiteral("; ")));
    if (!info.hostNotNamed.isEmpty())
        text += QLatin1Char('\n') + info.hostNotNamedWarning();
    if (otherPinned)
        text += QLatin1Char('\n')
            + tr("This is not the certificate pinned for this server: it may have been "
                 "replaced, or someone is in between.");
    text += QLatin1Char('\n')
        + tr("Compare the fingerprint with the one on the server (its keystore) before trusting it. It will be "
             "trusted for this server only; TLS stays verified.");
    m_certificateLabel->setText(text);
    m_trustBox->setVisible(true);
}

void IdentityServerConnection::trustCertificate()
{
    if (!m_certificate)
        return;
    const QString current = m_editor.current();
    if (current.isEmpty() || m_editor.isDirty()) {
        m_session.setError(tr("Save the server first: the certificate is pinned for a saved server."));
        return;
    }
    QString question = tr("Trust this certificate for %1 only?\n\nSubject: %2\nSHA-256 fingerprint: %3")
                           .arg(current, m_certificate->subject, m_certificate->sha256);
    if (!m_certificate->hostNotNamed.isEmpty())
        question += QLatin1Char('\n') + m_certificate->hostNotNamedWarning();
    if (!m_session.confirm(tr("Trust certificate"), question))
        return;
    if (const storage::DbError error = m_session.servers().setPin(current, m_certificate->pin()); error.isError()) {
        m_session.setError(tr("The certificate was not pinned: %1").arg(error.message()), error.detail);
        return;
    }
    m_trustBox->setVisible(false);
    m_certificate.reset();
    m_session.setMessage(
        FieldMessage::Kind::Ok, tr("The certificate is pinned for %1. Test the connection again.").arg(current));
    Q_EMIT m_session.statusMessage(tr("Certificate pinned."));
    refresh();
    m_testButton->setFocus();
}

} // namespace smsotp::ui
