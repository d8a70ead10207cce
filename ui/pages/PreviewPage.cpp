#include "PreviewPage.h"

#include "ConsoleContext.h"
#include "providers/Redaction.h"
#include "sandbox/SandboxGateway.h"
#include "send/ProviderSetupLoader.h"
#include "storage/ProviderRepository.h"
#include "storage/SettingsRepository.h"
#include "template/FormUrlEncoding.h"
#include "template/SmsSegments.h"
#include "template/SmsText.h"
#include "template/TemplateLint.h"
#include "widgets/FieldMessage.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace smsotp::ui {

using providers::ProviderKind;

namespace {

const QString kSmsTextKey = QStringLiteral("sms.text");

QString shellQuoted(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// The request a send would make, as curl arguments; the body goes verbatim.
QString toCurl(const QByteArray& method, const QString& url, const QList<providers::HttpHeader>& headers, const QByteArray& body)
{
    QStringList lines { QStringLiteral("curl -X ") + QString::fromLatin1(method) + QLatin1Char(' ') + shellQuoted(url) };
    for (const providers::HttpHeader& h : headers)
        lines << QStringLiteral("-H ") + shellQuoted(QString::fromUtf8(h.name + ": " + h.value));
    if (!body.isEmpty())
        lines << QStringLiteral("--data-binary ") + shellQuoted(QString::fromUtf8(body));
    return lines.join(QStringLiteral(" \\\n  "));
}

} // namespace

PreviewPage::PreviewPage(ConsoleContext& context, QWidget* parent)
    : Page(parent)
    , m_context(context)
    , m_provider(new QComboBox(this))
    , m_number(new QLineEdit(QStringLiteral("+447400123456"), this))
    , m_text(new QLineEdit(this))
    , m_reveal(new QToolButton(this))
    , m_copyCurl(new QPushButton(tr("Copy as &curl"), this))
    , m_request(new QPlainTextEdit(this))
    , m_formTable(new QTableWidget(0, 2, this))
    , m_problems(new QListWidget(this))
    , m_message(new FieldMessage(this))
    , m_smsText(new QPlainTextEdit(this))
    , m_smsCounter(new QLabel(this))
    , m_smsMessage(new FieldMessage(this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
    , m_revertButton(new QPushButton(tr("&Revert"), this))
{
    setObjectName(QStringLiteral("previewPage"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    m_provider->setObjectName(QStringLiteral("previewProviderCombo"));
    m_provider->setAccessibleName(tr("Provider to preview"));
    for (ProviderKind kind : { ProviderKind::Sandbox, ProviderKind::Twilio, ProviderKind::Vonage, ProviderKind::Custom })
        m_provider->addItem(providers::providerDisplayName(kind), int(kind));
    m_number->setObjectName(QStringLiteral("previewNumberEdit"));
    m_number->setAccessibleName(tr("Sample number"));
    m_text->setObjectName(QStringLiteral("previewTextEdit"));
    m_text->setAccessibleName(tr("Sample SMS text"));
    m_reveal->setObjectName(QStringLiteral("previewRevealButton"));
    m_reveal->setText(tr("Reveal secrets"));
    m_reveal->setAccessibleName(tr("Reveal secrets while pressed"));
    m_reveal->setCheckable(true);
    m_copyCurl->setObjectName(QStringLiteral("previewCopyCurlButton"));
    m_copyCurl->setAccessibleName(tr("Copy the request as a curl command, secrets hidden"));

    m_request->setObjectName(QStringLiteral("previewRequestView"));
    m_request->setAccessibleName(tr("The request as sent"));
    m_request->setReadOnly(true);
    m_request->setFont(mono);
    m_request->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_formTable->setObjectName(QStringLiteral("previewFormTable"));
    m_formTable->setAccessibleName(tr("Form fields, decoded"));
    m_formTable->setHorizontalHeaderLabels({ tr("Field"), tr("Value") });
    m_formTable->horizontalHeader()->setStretchLastSection(true);
    m_formTable->verticalHeader()->hide();
    m_formTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setObjectName(QStringLiteral("previewProblemsList"));
    m_problems->setAccessibleName(tr("Problems found"));
    m_message->setObjectName(QStringLiteral("previewMessage"));

    auto* controls = new QFormLayout;
    controls->addRow(tr("&Provider"), m_provider);
    controls->addRow(tr("Sample &number"), m_number);
    controls->addRow(tr("Sample &text"), m_text);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_reveal);
    buttons->addWidget(m_copyCurl);
    buttons->addStretch();
    controls->addRow(QString(), buttons);

    auto* requestSplit = new QSplitter(this);
    requestSplit->addWidget(m_request);
    requestSplit->addWidget(m_formTable);
    requestSplit->setStretchFactor(0, 3);

    // The SMS text the engine sends, with WSO2's placeholders, and what it costs in parts.
    auto* smsBox = new QGroupBox(tr("SMS text"), this);
    m_smsText->setObjectName(QStringLiteral("smsTextEdit"));
    m_smsText->setAccessibleName(tr("SMS text template"));
    m_smsText->setFont(mono);
    m_smsText->setTabChangesFocus(true);
    m_smsText->setMaximumHeight(5 * m_smsText->fontMetrics().lineSpacing());
    m_smsCounter->setObjectName(QStringLiteral("smsCounterLabel"));
    m_smsMessage->setObjectName(QStringLiteral("smsTextMessage"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setAccessibleName(tr("Save the SMS text"));
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_revertButton->setAccessibleName(tr("Revert the SMS text"));
    auto* smsButtons = new QHBoxLayout;
    smsButtons->addWidget(m_smsCounter, 1);
    smsButtons->addWidget(m_revertButton);
    smsButtons->addWidget(m_saveButton);
    auto* smsLayout = new QVBoxLayout(smsBox);
    smsLayout->addWidget(m_smsText);
    smsLayout->addWidget(m_smsMessage);
    smsLayout->addLayout(smsButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(requestSplit, 3);
    layout->addWidget(new QLabel(tr("Problems"), this));
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_message);
    layout->addWidget(smsBox);

    connect(m_provider, &QComboBox::currentIndexChanged, this, &PreviewPage::loadSetup);
    connect(m_number, &QLineEdit::textChanged, this, &PreviewPage::render);
    connect(m_text, &QLineEdit::textChanged, this, &PreviewPage::render);
    connect(m_reveal, &QToolButton::toggled, this, &PreviewPage::render);
    connect(m_copyCurl, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(curlCommand());
        Q_EMIT statusMessage(tr("curl command copied; secrets are shown as •••."));
    });
    connect(m_smsText, &QPlainTextEdit::textChanged, this, &PreviewPage::refreshSmsText);
    connect(m_saveButton, &QPushButton::clicked, this, &PreviewPage::save);
    connect(m_revertButton, &QPushButton::clicked, this, &PreviewPage::revert);

    m_savedSmsText = storage::SettingsRepository(context.database).value(kSmsTextKey).value.value_or(tmpl::SmsText::defaultTemplate());
    m_smsText->setPlainText(m_savedSmsText);
}

QString PreviewPage::title() const
{
    return tr("Template Preview");
}

void PreviewPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    loadSetup();
}

void PreviewPage::loadSetup()
{
    const auto kind = ProviderKind(m_provider->currentData().toInt());
    const storage::ProviderRepository::LoadResult settings = storage::ProviderRepository(m_context.database).load();
    const quint64 generation = ++m_loadGeneration;
    m_message->setMessage(FieldMessage::Kind::Hint, tr("Reading the provider's secrets from the keychain…"));
    QPointer<PreviewPage> self(this);
    send::loadProviderSetup(kind, settings.settings, m_context.secrets, m_context.sandbox.url(),
        [self, generation](const send::SetupResult& result) {
            if (!self || generation != self->m_loadGeneration)
                return; // another provider was picked meanwhile
            self->m_setup = result.setup;
            if (result.error.isError())
                self->m_message->setMessage(FieldMessage::Kind::Warning, result.message());
            else
                self->m_message->clear();
            self->render();
        });
}

void PreviewPage::render()
{
    m_problems->clear();
    m_formTable->setRowCount(0);
    if (!m_setup) {
        m_request->setPlainText(tr("No request: the provider's secrets could not be read."));
        m_build.reset();
        return;
    }
    m_build = providers::buildSendRequest(*m_setup, m_number->text().trimmed(), m_text->text());
    for (const providers::BuildProblem& problem : m_build->errors)
        m_problems->addItem(tr("Error: %1").arg(problem.message));
    for (const providers::BuildProblem& problem : m_build->warnings)
        m_problems->addItem(tr("Warning: %1").arg(problem.message));
    if (const auto* custom = std::get_if<providers::CustomSetup>(&*m_setup)) {
        tmpl::LintOptions options;
        options.sampleBody = m_text->text();
        for (const tmpl::LintFinding& finding : tmpl::lintTemplate(custom->config.payloadTemplate, custom->config.format, options))
            m_problems->addItem(finding.message);
        for (const tmpl::LintFinding& finding : tmpl::lintHeadersForWso2(custom->config.headers))
            m_problems->addItem(finding.message);
        for (const tmpl::LintFinding& finding : tmpl::lintSuccessCriterionForWso2(custom->config.success.statuses,
                 custom->config.success.bodyMatch != providers::custom::BodyMatch::None))
            m_problems->addItem(finding.message);
    }
    if (m_problems->count() == 0)
        m_problems->addItem(tr("No problems found."));

    m_request->setPlainText(requestText());
    // A form body is easier to read decoded, one field per row.
    const QByteArray contentType = m_build->request.headerValue("Content-Type");
    if (contentType.startsWith("application/x-www-form-urlencoded")) {
        const bool reveal = m_reveal->isChecked();
        const QByteArray body = reveal ? m_build->request.body : providers::redactRequest(m_build->request).body;
        for (const tmpl::FormField& field : tmpl::formUrlDecode(body)) {
            const int row = m_formTable->rowCount();
            m_formTable->insertRow(row);
            m_formTable->setItem(row, 0, new QTableWidgetItem(field.first));
            m_formTable->setItem(row, 1, new QTableWidgetItem(field.second));
        }
    }
    m_formTable->setVisible(m_formTable->rowCount() > 0);
}

QString PreviewPage::requestText() const
{
    if (!m_build)
        return {};
    if (!m_reveal->isChecked())
        return providers::redactRequest(m_build->request).toText();
    // Revealed: the same layout, nothing hidden.
    const providers::HttpRequestSpec& r = m_build->request;
    QString text = QString::fromLatin1(providers::httpMethodName(r.method)) + QLatin1Char(' ') + r.url.toString() + QLatin1Char('\n');
    for (const providers::HttpHeader& h : r.headers)
        text += QString::fromUtf8(h.name + ": " + h.value) + QLatin1Char('\n');
    return text + QLatin1Char('\n') + QString::fromUtf8(r.body);
}

QString PreviewPage::curlCommand() const
{
    if (!m_build)
        return {};
    // Always redacted, whatever the Reveal button says: a clipboard travels further than a screen.
    const providers::RedactedRequest r = providers::redactRequest(m_build->request);
    return toCurl(r.method, r.url, r.headers, r.body);
}

void PreviewPage::refreshSmsText()
{
    const tmpl::SmsText text(m_smsText->toPlainText());
    const QList<tmpl::SmsTextError> errors = text.check();
    const auto policy = storage::SettingsRepository(m_context.database).loadPolicy().policy;
    tmpl::SmsTextValues values;
    values.confirmationCode = QString(policy.length, policy.numericOnly ? QLatin1Char('8') : QLatin1Char('W'));
    values.expiryMinutes = tmpl::SmsText::expiryMinutesFor(policy.expirySeconds);
    values.applicationName = tr("SMS OTP Console");
    const QString rendered = text.render(values).text;
    const tmpl::SmsSegments segments = tmpl::countSmsSegments(rendered);
    m_smsCounter->setText(tr("%1, %2 characters, %n part(s)", nullptr, segments.parts)
                              .arg(segments.encoding == tmpl::SmsEncoding::Gsm7 ? QStringLiteral("GSM-7") : QStringLiteral("UCS-2"))
                              .arg(segments.characters));
    if (!errors.isEmpty()) {
        m_smsMessage->setMessage(FieldMessage::Kind::Error, errors.first().message);
    } else if (!segments.ucs2Characters.isEmpty()) {
        QStringList which;
        for (const tmpl::Ucs2Character& c : segments.ucs2Characters)
            which.append(c.replacement ? tr("%1 (use “%2”)").arg(c.character, *c.replacement) : c.character);
        m_smsMessage->setMessage(FieldMessage::Kind::Warning,
            tr("These characters make the whole message UCS-2 (70 per part instead of 160): %1").arg(which.join(QStringLiteral(", "))));
    } else {
        m_smsMessage->setMessage(FieldMessage::Kind::Hint,
            tr("{{confirmation-code}} is the code, {{otp-expiry-time}} its lifetime in minutes, {{application-name}} "
               "the application. Counted with a code of the configured length."));
    }
    if (m_text->text().isEmpty() || m_text->property("smsotpFollows").toBool()) {
        m_text->setProperty("smsotpFollows", true);
        const QSignalBlocker blocker(m_text);
        m_text->setText(rendered);
        render();
    }
    const bool dirty = m_smsText->toPlainText() != m_savedSmsText;
    m_saveButton->setEnabled(dirty && errors.isEmpty());
    m_revertButton->setEnabled(dirty);
    if (dirty != m_dirty) {
        m_dirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
}

bool PreviewPage::isDirty() const
{
    return m_dirty;
}

bool PreviewPage::save()
{
    if (!tmpl::SmsText(m_smsText->toPlainText()).check().isEmpty())
        return false;
    const storage::DbError error = storage::SettingsRepository(m_context.database).setValue(kSmsTextKey, m_smsText->toPlainText());
    if (error.isError()) {
        m_smsMessage->setMessage(FieldMessage::Kind::Error, tr("Not saved: %1").arg(error.message()));
        return false;
    }
    m_savedSmsText = m_smsText->toPlainText();
    refreshSmsText();
    Q_EMIT statusMessage(tr("SMS text saved."));
    return true;
}

void PreviewPage::revert()
{
    m_smsText->setPlainText(m_savedSmsText);
}

} // namespace smsotp::ui
