#include "PreviewPage.h"

#include "ConsoleContext.h"
#include "providers/Redaction.h"
#include "sandbox/SandboxGateway.h"
#include "sandbox/SandboxProvider.h"
#include "send/ProviderSetupLoader.h"
#include "storage/ProviderRepository.h"
#include "storage/SettingsRepository.h"
#include "template/FormUrlEncoding.h"
#include "template/JsonTemplateFormat.h"
#include "template/SmsSegments.h"
#include "template/SmsText.h"
#include "template/TemplateLint.h"
#include "widgets/FieldMessage.h"
#include "widgets/TemplateHighlighter.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace smsotp::ui {

using providers::ProviderKind;

namespace {

QString shellQuoted(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// The request a send would make, as curl arguments; the body goes verbatim.
QString toCurl(
    const QByteArray& method, const QString& url, const QList<providers::HttpHeader>& headers, const QByteArray& body)
{
    QStringList lines { QStringLiteral("curl -X ") + QString::fromLatin1(method) + QLatin1Char(' ')
        + shellQuoted(url) };
    for (const providers::HttpHeader& h : headers)
        lines << QStringLiteral("-H ") + shellQuoted(QString::fromUtf8(h.name + ": " + h.value));
    if (!body.isEmpty())
        lines << QStringLiteral("--data-binary ") + shellQuoted(QString::fromUtf8(body));
    return lines.join(QStringLiteral(" \\\n  "));
}

// Re-render and lint once typing pauses: a render of even a large template takes well under a millisecond, so
// this only spares the list and the request view from flickering on every key.
constexpr int kRenderDelayMs = 150;

// The lint's messages start with "Line L, column C: "; the list shows "L:C" in front instead.
QString withoutLocation(const QString& message, const tmpl::TextPosition& at)
{
    for (const char* context : { "smsotp::tmpl::TemplateLint", "smsotp::tmpl::PayloadTemplate" }) {
        const QString prefix
            = QCoreApplication::translate(context, "Line %1, column %2: %3").arg(at.line).arg(at.column).arg(QString());
        if (!prefix.isEmpty() && message.startsWith(prefix))
            return message.mid(prefix.size());
    }
    return message;
}

bool pointsAtSpot(const tmpl::LintFinding& finding)
{
    return finding.source == tmpl::LintSource::Template && finding.kind != tmpl::LintKind::MissingMobile
        && finding.kind != tmpl::LintKind::MissingBody;
}

struct CodePointAt
{
    qsizetype offset;
    qsizetype length;
    char32_t value;
};

// The characters of an SMS text that GSM-7 cannot carry, each occurrence with its place.
QList<CodePointAt> ucs2Occurrences(QStringView text)
{
    QList<CodePointAt> found;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        CodePointAt cp { i, 1, c.unicode() };
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            cp = { i, 2, QChar::surrogateToUcs4(c, text.at(i + 1)) };
        if (tmpl::gsm7Septets(cp.value) == 0)
            found.append(cp);
        i += cp.length - 1;
    }
    return found;
}

constexpr int kFindingRole = Qt::UserRole + 1; // index into m_findings, -1 for a problem of the request itself

} // namespace

PreviewPage::PreviewPage(ConsoleContext& context, QWidget* parent)
    : Page(parent)
    , m_context(context)
    , m_provider(new QComboBox(this))
    , m_number(new QLineEdit(QStringLiteral("+447400123456"), this))
    , m_text(new QLineEdit(this))
    , m_configSource(new QComboBox(this))
    , m_reveal(new QToolButton(this))
    , m_copyCurl(new QPushButton(tr("Copy as &curl"), this))
    , m_request(new QPlainTextEdit(this))
    , m_formTable(new QTableWidget(0, 2, this))
    , m_templateBox(new QGroupBox(tr("Payload template"), this))
    , m_template(new QPlainTextEdit(this))
    , m_highlighter(new TemplateHighlighter(m_template->document()))
    , m_templateState(new QLabel(this))
    , m_formatJson(new QPushButton(tr("Format &JSON"), this))
    , m_resetTemplate(new QPushButton(tr("Back to sa&ved"), this))
    , m_renderTimer(new QTimer(this))
    , m_problems(new QListWidget(this))
    , m_fix(new QPushButton(tr("F&ix"), this))
    , m_message(new FieldMessage(this))
    , m_smsText(new QPlainTextEdit(this))
    , m_smsCounter(new QLabel(this))
    , m_replaceUcs2(new QPushButton(tr("Replace with &GSM-7"), this))
    , m_smsMessage(new FieldMessage(this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
    , m_revertButton(new QPushButton(tr("&Revert"), this))
{
    setObjectName(QStringLiteral("previewPage"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    m_provider->setObjectName(QStringLiteral("previewProviderCombo"));
    m_provider->setAccessibleName(tr("Provider to preview"));
    for (ProviderKind kind :
        { ProviderKind::Sandbox, ProviderKind::Twilio, ProviderKind::Vonage, ProviderKind::Custom })
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
    m_problems->setAccessibleName(tr("Problems found; activate one to go to its place in the template"));
    m_fix->setObjectName(QStringLiteral("previewFixButton"));
    m_fix->setAccessibleName(tr("Apply the fix of the selected problem"));
    m_fix->setEnabled(false);
    m_message->setObjectName(QStringLiteral("previewMessage"));

    m_configSource->setObjectName(QStringLiteral("previewConfigCombo"));
    m_configSource->setAccessibleName(tr("Configuration to preview"));
    m_configSource->addItem(tr("Saved configuration"), int(ConfigSource::Saved));
    m_configSource->addItem(tr("With the template as edited here (not saved)"), int(ConfigSource::Edited));

    // The payload template of the custom provider, editable here to try changes before saving them on the
    // provider page; the sandbox's built-in template is shown read-only.
    m_template->setObjectName(QStringLiteral("previewTemplateEdit"));
    m_template->setAccessibleName(tr("Payload template"));
    m_template->setFont(mono);
    m_template->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_template->setTabChangesFocus(true);
    m_templateState->setObjectName(QStringLiteral("previewTemplateStateLabel"));
    m_templateState->setWordWrap(true);
    m_formatJson->setObjectName(QStringLiteral("previewFormatJsonButton"));
    m_formatJson->setAccessibleName(tr("Format the template's JSON, keeping the placeholders"));
    m_resetTemplate->setObjectName(QStringLiteral("previewTemplateResetButton"));
    m_resetTemplate->setAccessibleName(tr("Put the saved template back in the editor"));
    m_renderTimer->setSingleShot(true);
    m_renderTimer->setInterval(kRenderDelayMs);
    auto* templateButtons = new QHBoxLayout;
    templateButtons->addWidget(m_templateState, 1);
    templateButtons->addWidget(m_resetTemplate);
    templateButtons->addWidget(m_formatJson);
    auto* templateLayout = new QVBoxLayout(m_templateBox);
    templateLayout->addWidget(m_template);
    templateLayout->addLayout(templateButtons);

    auto* controls = new QFormLayout;
    controls->addRow(tr("&Provider"), m_provider);
    controls->addRow(tr("Con&figuration"), m_configSource);
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

    auto* problemsBox = new QWidget(this);
    auto* problemButtons = new QVBoxLayout;
    problemButtons->addWidget(m_fix);
    problemButtons->addStretch();
    auto* problemRow = new QHBoxLayout;
    problemRow->addWidget(m_problems, 1);
    problemRow->addLayout(problemButtons);
    auto* problemsLayout = new QVBoxLayout(problemsBox);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    auto* problemsLabel = new QLabel(tr("Pro&blems"), problemsBox);
    problemsLabel->setBuddy(m_problems);
    problemsLayout->addWidget(problemsLabel);
    problemsLayout->addLayout(problemRow);
    problemsLayout->addWidget(m_message);

    auto* mainSplit = new QSplitter(Qt::Vertical, this);
    mainSplit->setObjectName(QStringLiteral("previewSplitter"));
    mainSplit->setChildrenCollapsible(false);
    mainSplit->addWidget(m_templateBox);
    mainSplit->addWidget(requestSplit);
    mainSplit->addWidget(problemsBox);
    mainSplit->setStretchFactor(0, 2);
    mainSplit->setStretchFactor(1, 3);
    mainSplit->setStretchFactor(2, 1);

    // The SMS text the engine sends, with WSO2's placeholders, and what it costs in parts.
    auto* smsBox = new QGroupBox(tr("SMS text"), this);
    m_smsText->setObjectName(QStringLiteral("smsTextEdit"));
    m_smsText->setAccessibleName(tr("SMS text template"));
    m_smsText->setFont(mono);
    m_smsText->setTabChangesFocus(true);
    m_smsText->setMaximumHeight(5 * m_smsText->fontMetrics().lineSpacing());
    m_smsText->viewport()->installEventFilter(this);
    m_smsCounter->setObjectName(QStringLiteral("smsCounterLabel"));
    m_smsMessage->setObjectName(QStringLiteral("smsTextMessage"));
    m_replaceUcs2->setObjectName(QStringLiteral("smsReplaceGsm7Button"));
    m_replaceUcs2->setAccessibleName(tr("Replace the characters that force UCS-2 with their GSM-7 look-alikes"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setAccessibleName(tr("Save the SMS text"));
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_revertButton->setAccessibleName(tr("Revert the SMS text"));
    auto* smsButtons = new QHBoxLayout;
    smsButtons->addWidget(m_smsCounter, 1);
    smsButtons->addWidget(m_replaceUcs2);
    smsButtons->addWidget(m_revertButton);
    smsButtons->addWidget(m_saveButton);
    auto* smsLayout = new QVBoxLayout(smsBox);
    smsLayout->addWidget(m_smsText);
    smsLayout->addWidget(m_smsMessage);
    smsLayout->addLayout(smsButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(mainSplit, 1);
    layout->addWidget(smsBox);

    connect(m_provider, &QComboBox::currentIndexChanged, this, &PreviewPage::loadSetup);
    connect(m_configSource, &QComboBox::currentIndexChanged, this, &PreviewPage::render);
    connect(m_number, &QLineEdit::textChanged, this, &PreviewPage::render);
    connect(m_text, &QLineEdit::textChanged, this, &PreviewPage::render);
    connect(m_reveal, &QToolButton::toggled, this, &PreviewPage::render);
    connect(m_copyCurl, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(curlCommand());
        Q_EMIT statusMessage(tr("curl command copied; secrets are shown as •••."));
    });
    connect(m_template, &QPlainTextEdit::textChanged, this, &PreviewPage::onTemplateEdited);
    connect(m_renderTimer, &QTimer::timeout, this, &PreviewPage::render);
    connect(m_formatJson, &QPushButton::clicked, this, &PreviewPage::formatJson);
    connect(m_resetTemplate, &QPushButton::clicked, this, [this] {
        // As an edit, so Ctrl+Z brings the draft back.
        QTextCursor cursor(m_template->document());
        cursor.select(QTextCursor::Document);
        cursor.insertText(m_savedTemplate);
    });
    connect(m_problems, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { jumpToFinding(item->data(kFindingRole).toInt()); });
    connect(m_problems, &QListWidget::itemClicked, this,
        [this](QListWidgetItem* item) { jumpToFinding(item->data(kFindingRole).toInt()); });
    connect(m_problems, &QListWidget::currentRowChanged, this, &PreviewPage::updateFixButton);
    connect(m_fix, &QPushButton::clicked, this, &PreviewPage::applySelectedFix);
    connect(m_smsText, &QPlainTextEdit::textChanged, this, &PreviewPage::refreshSmsText);
    connect(m_replaceUcs2, &QPushButton::clicked, this, &PreviewPage::replaceUcs2Characters);
    connect(m_saveButton, &QPushButton::clicked, this, &PreviewPage::save);
    connect(m_revertButton, &QPushButton::clicked, this, &PreviewPage::revert);

    m_templateBox->setVisible(false);
    m_configSource->setEnabled(false);
    m_savedSmsText = storage::SettingsRepository(context.database).smsText().value;
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
    m_loadedKind = kind;
    // The template is no secret: it is shown at once, while the keychain is read for the request.
    if (kind == ProviderKind::Custom) {
        m_savedTemplate = settings.settings.custom.config.payloadTemplate;
        if (m_customDraft && *m_customDraft == m_savedTemplate)
            m_customDraft.reset();
        m_highlighter->setPayloadFormat(settings.settings.custom.config.format);
        showTemplate(m_customDraft.value_or(m_savedTemplate), true);
        const bool json = settings.settings.custom.config.format == tmpl::PayloadFormat::Json;
        m_formatJson->setEnabled(json);
        m_formatJson->setToolTip(json ? QString() : tr("The custom provider sends a FORM body, not JSON."));
    } else if (kind == ProviderKind::Sandbox) {
        const providers::custom::Config sandbox = sandbox::sandboxConfig(m_context.sandbox.url());
        m_savedTemplate = sandbox.payloadTemplate;
        m_highlighter->setPayloadFormat(sandbox.format);
        showTemplate(m_savedTemplate, false);
    } else {
        m_savedTemplate.clear();
    }
    m_templateBox->setVisible(kind == ProviderKind::Custom || kind == ProviderKind::Sandbox);
    m_configSource->setEnabled(kind == ProviderKind::Custom);
    if (kind != ProviderKind::Custom) {
        const QSignalBlocker blocker(m_configSource);
        m_configSource->setCurrentIndex(m_configSource->findData(int(ConfigSource::Saved)));
    }

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

PreviewPage::ConfigSource PreviewPage::configSource() const
{
    return ConfigSource(m_configSource->currentData().toInt());
}

QString PreviewPage::previewedTemplate() const
{
    if (m_loadedKind == ProviderKind::Custom && configSource() == ConfigSource::Edited)
        return m_template->toPlainText();
    return m_savedTemplate;
}

bool PreviewPage::editorShowsPreviewed() const
{
    return m_templateBox->isVisibleTo(this) && m_template->toPlainText() == m_lintedTemplate;
}

void PreviewPage::showTemplate(const QString& text, bool editable)
{
    m_template->setReadOnly(!editable);
    m_formatJson->setVisible(editable);
    m_resetTemplate->setVisible(editable);
    if (m_template->toPlainText() != text) {
        m_settingTemplate = true;
        m_template->setPlainText(text);
        m_settingTemplate = false;
    }
    m_templateState->setText(editable
            ? tr("Edits here are for the preview: they are not saved. Make them on the SMS Provider page to keep them.")
            : tr("The sandbox's built-in template."));
    m_resetTemplate->setEnabled(editable && text != m_savedTemplate);
}

void PreviewPage::onTemplateEdited()
{
    if (m_settingTemplate || m_loadedKind != ProviderKind::Custom)
        return;
    const QString text = m_template->toPlainText();
    if (text == m_savedTemplate)
        m_customDraft.reset();
    else
        m_customDraft = text;
    m_resetTemplate->setEnabled(m_customDraft.has_value());
    // Typing in the editor means the user wants to see what the edit gives.
    if (configSource() != ConfigSource::Edited) {
        const QSignalBlocker blocker(m_configSource);
        m_configSource->setCurrentIndex(m_configSource->findData(int(ConfigSource::Edited)));
    }
    m_fix->setEnabled(false); // the positions are stale until the next lint
    m_renderTimer->start();
}

void PreviewPage::render()
{
    m_renderTimer->stop();
    m_formTable->setRowCount(0);
    QList<QString> requestProblems;
    std::optional<providers::ProviderSetup> setup = m_setup;
    if (auto* custom = setup ? std::get_if<providers::CustomSetup>(&*setup) : nullptr;
        custom && m_loadedKind == ProviderKind::Custom)
        custom->config.payloadTemplate = previewedTemplate();

    m_unsendableBody.clear();
    if (!setup) {
        m_request->setPlainText(tr("No request: the provider's secrets could not be read."));
        m_build.reset();
    } else {
        m_build = providers::buildSendRequest(*setup, m_number->text().trimmed(), m_text->text());
        const bool custom = std::holds_alternative<providers::CustomSetup>(*setup);
        for (const providers::BuildProblem& problem : m_build->errors) {
            // The template's own problems come from the lint, with their place and a fix.
            if (!(custom && problem.field == providers::ConfigField::PayloadTemplate))
                requestProblems.append(tr("Error: %1").arg(problem.message));
        }
        for (const providers::BuildProblem& problem : m_build->warnings)
            requestProblems.append(tr("Warning: %1").arg(problem.message));
        // A template being typed is often broken for a moment: still show what it renders to.
        if (const auto* c = std::get_if<providers::CustomSetup>(&*setup); c && !m_build->ok()) {
            tmpl::PayloadValues values { m_text->text(), m_number->text().trimmed(), {} };
            for (auto it = c->secrets.named.cbegin(); it != c->secrets.named.cend(); ++it)
                values.secrets.insert(it.key(), m_reveal->isChecked() ? it.value() : QStringLiteral("•••"));
            m_unsendableBody
                = QString::fromUtf8(tmpl::renderPayload(c->config.payloadTemplate, c->config.format, values).bytes);
        }
    }
    m_copyCurl->setEnabled(m_build && m_build->ok());

    m_problems->clear();
    for (const QString& problem : std::as_const(requestProblems)) {
        auto* item = new QListWidgetItem(problem, m_problems);
        item->setData(kFindingRole, -1);
    }
    const auto* custom = setup ? std::get_if<providers::CustomSetup>(&*setup) : nullptr;
    showFindings(custom ? custom->config.payloadTemplate : QString());
    if (custom) {
        for (const tmpl::LintFinding& finding : tmpl::lintHeadersForWso2(custom->config.headers))
            m_findings.append(finding);
        for (const tmpl::LintFinding& finding : tmpl::lintSuccessCriterionForWso2(custom->config.success.statuses,
                 custom->config.success.bodyMatch != providers::custom::BodyMatch::None))
            m_findings.append(finding);
        for (qsizetype i = 0; i < m_findings.size(); ++i) {
            const tmpl::LintFinding& finding = m_findings.at(i);
            if (finding.source == tmpl::LintSource::Template)
                continue;
            auto* item = new QListWidgetItem(finding.message, m_problems);
            item->setData(kFindingRole, int(i));
        }
    }
    if (m_problems->count() == 0)
        m_problems->addItem(tr("No problems found."));
    updateFixButton();
    if (!m_build)
        return;

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

// Lists the template's findings ("line:column  message", errors first by position as the lint orders them) and
// marks their places in the editor when it shows the linted text.
void PreviewPage::showFindings(const QString& linted)
{
    m_findings.clear();
    m_lintedTemplate = linted;
    QList<QTextEdit::ExtraSelection> marks;
    const auto* custom = m_setup ? std::get_if<providers::CustomSetup>(&*m_setup) : nullptr;
    if (custom) {
        tmpl::LintOptions options;
        options.sampleBody = m_text->text();
        m_findings = tmpl::lintTemplate(linted, custom->config.format, options);
    }
    const bool marksFit = editorShowsPreviewed();
    for (qsizetype i = 0; i < m_findings.size(); ++i) {
        const tmpl::LintFinding& finding = m_findings.at(i);
        const bool error = finding.severity == tmpl::LintSeverity::Error;
        QString text = pointsAtSpot(finding) ? QStringLiteral("%1:%2  %3")
                                                   .arg(finding.start.line)
                                                   .arg(finding.start.column)
                                                   .arg(withoutLocation(finding.message, finding.start))
                                             : finding.message;
        auto* item = new QListWidgetItem(text, m_problems);
        item->setData(kFindingRole, int(i));
        item->setIcon(style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
        if (finding.fix)
            item->setToolTip(tr("Fix: %1").arg(finding.fix->label));
        if (marksFit && pointsAtSpot(finding)) {
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(m_template->document());
            const qsizetype length = std::max<qsizetype>(finding.length, 1);
            mark.cursor.setPosition(int(std::min<qsizetype>(finding.start.offset, linted.size())));
            mark.cursor.setPosition(
                int(std::min<qsizetype>(finding.start.offset + length, linted.size())), QTextCursor::KeepAnchor);
            mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            mark.format.setUnderlineColor(error ? QColor(Qt::red) : QColor(0xd0, 0x80, 0x00));
            mark.format.setToolTip(finding.message);
            marks.append(mark);
        }
    }
    m_template->setExtraSelections(marks);
}

void PreviewPage::updateFixButton()
{
    const QListWidgetItem* item = m_problems->currentItem();
    const int index = item ? item->data(kFindingRole).toInt() : -1;
    const tmpl::LintFinding* finding = index >= 0 && index < m_findings.size() ? &m_findings.at(index) : nullptr;
    const bool canFix = finding && finding->fix && finding->source == tmpl::LintSource::Template
        && !m_template->isReadOnly() && editorShowsPreviewed() && !m_renderTimer->isActive();
    m_fix->setEnabled(canFix);
    m_fix->setText(canFix ? tr("F&ix: %1").arg(finding->fix->label) : tr("F&ix"));
    m_fix->setToolTip(canFix ? finding->fix->label
                             : tr("Select a problem that has a fix; the fix changes the template in the editor."));
}

void PreviewPage::jumpToFinding(int index)
{
    if (index < 0 || index >= m_findings.size())
        return;
    const tmpl::LintFinding& finding = m_findings.at(index);
    if (finding.source != tmpl::LintSource::Template || !editorShowsPreviewed())
        return; // a header or status finding: its place is on the provider page
    QTextCursor cursor = m_template->textCursor();
    cursor.setPosition(int(std::min<qsizetype>(finding.start.offset, m_template->document()->characterCount() - 1)));
    m_template->setTextCursor(cursor);
    m_template->ensureCursorVisible();
    m_template->setFocus(Qt::OtherFocusReason);
}

void PreviewPage::applySelectedFix()
{
    const QListWidgetItem* item = m_problems->currentItem();
    const int index = item ? item->data(kFindingRole).toInt() : -1;
    if (index < 0 || index >= m_findings.size() || !m_findings.at(index).fix || !editorShowsPreviewed()
        || m_template->isReadOnly())
        return;
    const tmpl::LintFix fix = *m_findings.at(index).fix;
    // One edit block, last edit first so the earlier offsets still hold: one Ctrl+Z undoes the whole fix.
    QTextCursor cursor(m_template->document());
    cursor.beginEditBlock();
    for (auto edit = fix.edits.crbegin(); edit != fix.edits.crend(); ++edit) {
        if (edit->offset < 0 || edit->offset + edit->length > m_lintedTemplate.size())
            continue;
        cursor.setPosition(int(edit->offset));
        cursor.setPosition(int(edit->offset + edit->length), QTextCursor::KeepAnchor);
        cursor.insertText(edit->replacement);
    }
    cursor.endEditBlock();
    if (!fix.edits.isEmpty()) {
        QTextCursor at = m_template->textCursor();
        at.setPosition(
            int(std::min<qsizetype>(fix.edits.first().offset, m_template->document()->characterCount() - 1)));
        m_template->setTextCursor(at);
    }
    m_template->setFocus(Qt::OtherFocusReason);
    Q_EMIT statusMessage(tr("Fixed: %1. Ctrl+Z undoes it.").arg(fix.label));
}

void PreviewPage::formatJson()
{
    const tmpl::JsonFormatResult result = tmpl::formatJsonTemplate(m_template->toPlainText());
    if (!result.ok()) {
        m_message->setMessage(FieldMessage::Kind::Error,
            tr("Not formatted: the template is not JSON even with its placeholders filled in. %1")
                .arg(result.error->message));
        return;
    }
    if (result.text == m_template->toPlainText()) {
        Q_EMIT statusMessage(tr("The template is already formatted."));
        return;
    }
    QTextCursor cursor(m_template->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(result.text);
    m_message->clear();
    Q_EMIT statusMessage(tr("JSON formatted; the placeholders are kept as written."));
}

QString PreviewPage::requestText() const
{
    if (!m_build)
        return {};
    if (!m_build->ok()) {
        QString text = tr("No request: the problems listed below stop it.");
        if (!m_unsendableBody.isEmpty())
            text += QStringLiteral("\n\n") + tr("The template renders to:") + QLatin1Char('\n') + m_unsendableBody;
        return text;
    }
    if (!m_reveal->isChecked())
        return providers::redactRequest(m_build->request).toText();
    // Revealed: the same layout, nothing hidden.
    const providers::HttpRequestSpec& r = m_build->request;
    QString text = QString::fromLatin1(providers::httpMethodName(r.method)) + QLatin1Char(' ') + r.url.toString()
        + QLatin1Char('\n');
    for (const providers::HttpHeader& h : r.headers)
        text += QString::fromUtf8(h.name + ": " + h.value) + QLatin1Char('\n');
    return text + QLatin1Char('\n') + QString::fromUtf8(r.body);
}

QString PreviewPage::curlCommand() const
{
    if (!m_build || !m_build->ok())
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

    // Each character that forces UCS-2 is marked, with its GSM-7 stand-in in the tooltip when there is one.
    QList<QTextEdit::ExtraSelection> marks;
    bool anyReplaceable = false;
    const QString templateText = m_smsText->toPlainText();
    for (const CodePointAt& cp : ucs2Occurrences(templateText)) {
        const std::optional<QString> replacement = tmpl::gsm7Replacement(cp.value);
        anyReplaceable = anyReplaceable || replacement.has_value();
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_smsText->document());
        mark.cursor.setPosition(int(cp.offset));
        mark.cursor.setPosition(int(cp.offset + cp.length), QTextCursor::KeepAnchor);
        mark.format.setBackground(QColor(0xff, 0xd8, 0x66));
        mark.format.setForeground(QColor(Qt::black));
        const QString character = templateText.mid(cp.offset, cp.length);
        if (!replacement)
            mark.format.setToolTip(tr("“%1” is not in GSM-7: the whole message goes as UCS-2 (70 characters per part). "
                                      "There is no GSM-7 look-alike for it.")
                                       .arg(character));
        else if (replacement->isEmpty())
            mark.format.setToolTip(tr("“%1” (U+%2) is not in GSM-7 and makes the whole message UCS-2. It can simply be "
                                      "removed.")
                                       .arg(character)
                                       .arg(uint(cp.value), 4, 16, QLatin1Char('0')));
        else
            mark.format.setToolTip(
                tr("“%1” is not in GSM-7 and makes the whole message UCS-2 (70 characters per part). "
                   "Use “%2” instead.")
                    .arg(character, *replacement));
        marks.append(mark);
    }
    m_smsText->setExtraSelections(marks);
    m_replaceUcs2->setEnabled(anyReplaceable);
    m_smsCounter->setText(
        tr("%1, %2 characters, %n part(s)", nullptr, segments.parts)
            .arg(segments.encoding == tmpl::SmsEncoding::Gsm7 ? QStringLiteral("GSM-7") : QStringLiteral("UCS-2"))
            .arg(segments.characters));
    if (!errors.isEmpty()) {
        m_smsMessage->setMessage(FieldMessage::Kind::Error, errors.first().message);
    } else if (!segments.ucs2Characters.isEmpty()) {
        QStringList which;
        for (const tmpl::Ucs2Character& c : segments.ucs2Characters)
            which.append(c.replacement ? tr("%1 (use “%2”)").arg(c.character, *c.replacement) : c.character);
        m_smsMessage->setMessage(FieldMessage::Kind::Warning,
            tr("These characters make the whole message UCS-2 (70 per part instead of 160): %1")
                .arg(which.join(QStringLiteral(", "))));
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
    const storage::DbError error = storage::SettingsRepository(m_context.database).setSmsText(m_smsText->toPlainText());
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

void PreviewPage::replaceUcs2Characters()
{
    const QString text = m_smsText->toPlainText();
    const QList<CodePointAt> found = ucs2Occurrences(text);
    // One edit block, from the end so the earlier offsets hold: Ctrl+Z puts every character back at once.
    QTextCursor cursor(m_smsText->document());
    cursor.beginEditBlock();
    int replaced = 0;
    for (auto cp = found.crbegin(); cp != found.crend(); ++cp) {
        const std::optional<QString> replacement = tmpl::gsm7Replacement(cp->value);
        if (!replacement)
            continue;
        cursor.setPosition(int(cp->offset));
        cursor.setPosition(int(cp->offset + cp->length), QTextCursor::KeepAnchor);
        cursor.insertText(*replacement);
        ++replaced;
    }
    cursor.endEditBlock();
    Q_EMIT statusMessage(tr("%n character(s) replaced with GSM-7.", nullptr, replaced));
}

bool PreviewPage::eventFilter(QObject* watched, QEvent* event)
{
    // A plain text edit shows no tooltips of its own: the marks on UCS-2 characters are explained here.
    if (watched == m_smsText->viewport() && event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const int position = m_smsText->cursorForPosition(help->pos()).position();
        for (const QTextEdit::ExtraSelection& mark : m_smsText->extraSelections()) {
            // The cursor lands before or after the character under the mouse, depending on which half it is on.
            if (position >= mark.cursor.selectionStart() && position <= mark.cursor.selectionEnd()) {
                QToolTip::showText(help->globalPos(), mark.format.toolTip(), m_smsText->viewport());
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return Page::eventFilter(watched, event);
}

} // namespace smsotp::ui
