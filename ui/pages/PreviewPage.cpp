#include "PreviewPage.h"

#include "ConsoleContext.h"
#include "PreviewRequestPanel.h"
#include "PreviewSmsTextPanel.h"
#include "PreviewTemplatePanel.h"
#include "providers/Redaction.h"
#include "sandbox/SandboxGateway.h"
#include "sandbox/SandboxProvider.h"
#include "send/ProviderSetupLoader.h"
#include "storage/ProviderRepository.h"
#include "template/FormUrlEncoding.h"
#include "widgets/FieldMessage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
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

} // namespace

PreviewPage::PreviewPage(ConsoleContext& context, QWidget* parent)
    : Page(parent)
    , m_context(context)
    , m_provider(new QComboBox(this))
    , m_configSource(new QComboBox(this))
    , m_number(new QLineEdit(QStringLiteral("+447400123456"), this))
    , m_text(new QLineEdit(this))
    , m_renderTimer(new QTimer(this))
    , m_request(new PreviewRequestPanel(this))
    , m_template(new PreviewTemplatePanel(this))
    , m_sms(new PreviewSmsTextPanel(context.database, this))
    , m_tabs(new QTabWidget(this))
    , m_split(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("previewPage"));
    // The request is the point of the page: it gets the most room, the template and the SMS text share the rest.
    m_split->setObjectName(QStringLiteral("previewSplitter"));
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(m_request);
    m_split->addWidget(buildTabs());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildSampleControls());
    layout->addWidget(m_split, 1);

    connectPanels();
    m_template->setTemplateShown(false);
    m_configSource->setEnabled(false);
    followSmsText(m_sms->renderedText());
}

// Which provider, which configuration, and the number and text the request is rendered with: two rows.
QWidget* PreviewPage::buildSampleControls()
{
    auto* box = new QWidget(this);
    m_provider->setObjectName(QStringLiteral("previewProviderCombo"));
    m_provider->setAccessibleName(tr("Provider to preview"));
    for (ProviderKind kind :
        { ProviderKind::Sandbox, ProviderKind::Twilio, ProviderKind::Vonage, ProviderKind::Custom })
        m_provider->addItem(providers::providerDisplayName(kind), int(kind));
    m_configSource->setObjectName(QStringLiteral("previewConfigCombo"));
    m_configSource->setAccessibleName(tr("Configuration to preview"));
    m_configSource->addItem(tr("Saved configuration"), int(ConfigSource::Saved));
    m_configSource->addItem(tr("Template as edited here (not saved)"), int(ConfigSource::Edited));
    // Narrow enough for 900x600 beside the provider; the list that opens shows the whole text.
    m_configSource->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_configSource->setMinimumContentsLength(16);
    for (QComboBox* combo : { m_provider, m_configSource }) {
        combo->view()->setObjectName(combo->objectName() + QStringLiteral("List"));
        combo->view()->setAccessibleName(combo->accessibleName());
    }
    m_number->setObjectName(QStringLiteral("previewNumberEdit"));
    m_number->setAccessibleName(tr("Sample number"));
    m_text->setObjectName(QStringLiteral("previewTextEdit"));
    m_text->setAccessibleName(tr("Sample SMS text"));

    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    const auto addRow = [&](int row, int column, const QString& label, QWidget* field) {
        auto* name = new QLabel(label, box);
        name->setBuddy(field);
        grid->addWidget(name, row, column);
        grid->addWidget(field, row, column + 1);
    };
    addRow(0, 0, tr("&Provider"), m_provider);
    addRow(0, 2, tr("C&onfiguration"), m_configSource);
    addRow(1, 0, tr("Sample &number"), m_number);
    addRow(1, 2, tr("Sample &text"), m_text);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(3, 3);
    return box;
}

// The template with its problems, and the SMS text: what shapes the request, one tab each.
QTabWidget* PreviewPage::buildTabs()
{
    m_tabs->setObjectName(QStringLiteral("previewTabs"));
    m_tabs->setAccessibleName(tr("Template and SMS text"));
    m_tabs->tabBar()->setObjectName(QStringLiteral("previewTabBar"));
    m_tabs->tabBar()->setAccessibleName(tr("Template and problems, or SMS text"));
    m_tabs->addTab(m_template, tr("Template and problems"));
    m_tabs->addTab(m_sms, tr("SMS text"));
    return m_tabs;
}

void PreviewPage::connectPanels()
{
    m_renderTimer->setSingleShot(true);
    m_renderTimer->setInterval(kRenderDelayMs);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &PreviewPage::loadSetup);
    connect(m_configSource, &QComboBox::currentIndexChanged, this, &PreviewPage::render);
    connect(m_number, &QLineEdit::textChanged, this, &PreviewPage::render);
    connect(m_text, &QLineEdit::textChanged, this, &PreviewPage::render);
    connect(m_text, &QLineEdit::textEdited, this, [this](const QString& text) { m_textFollowsSms = text.isEmpty(); });
    connect(m_renderTimer, &QTimer::timeout, this, &PreviewPage::render);
    connect(m_request, &PreviewRequestPanel::revealHeldChanged, this, &PreviewPage::showRequest);
    connect(m_request, &PreviewRequestPanel::copyCurlRequested, this, [this] {
        QApplication::clipboard()->setText(curlCommand());
        Q_EMIT statusMessage(tr("curl command copied; secrets are shown as •••."));
    });
    connect(m_template, &PreviewTemplatePanel::edited, this, &PreviewPage::onTemplateEdited);
    connect(m_template, &PreviewTemplatePanel::statusMessage, this, &PreviewPage::statusMessage);
    connect(m_sms, &PreviewSmsTextPanel::renderedChanged, this, &PreviewPage::followSmsText);
    connect(m_sms, &PreviewSmsTextPanel::dirtyChanged, this, &PreviewPage::dirtyChanged);
    connect(m_sms, &PreviewSmsTextPanel::statusMessage, this, &PreviewPage::statusMessage);
}

QString PreviewPage::pageTitle()
{
    return tr("Template Preview");
}

void PreviewPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    m_sms->refresh(); // the code's length may have changed on OTP Settings
    loadSetup();
}

void PreviewPage::loadSetup()
{
    const auto kind = ProviderKind(m_provider->currentData().toInt());
    const storage::ProviderRepository::LoadResult settings = storage::ProviderRepository(m_context.database).load();
    m_loadedKind = kind;
    // The template is no secret: it is shown at once, while the keychain is read for the request.
    showSavedTemplate(kind, settings.settings);
    m_configSource->setEnabled(kind == ProviderKind::Custom);
    if (kind != ProviderKind::Custom) {
        const QSignalBlocker blocker(m_configSource);
        m_configSource->setCurrentIndex(m_configSource->findData(int(ConfigSource::Saved)));
    }

    const quint64 generation = ++m_loadGeneration;
    m_template->message()->setMessage(
        FieldMessage::Kind::Hint, tr("Reading the provider's secrets from the keychain…"));
    QPointer<PreviewPage> self(this);
    send::loadProviderSetup(kind, settings.settings, m_context.secrets, m_context.sandbox.endpoint(),
        [self, generation](const send::SetupResult& result) {
            if (!self || generation != self->m_loadGeneration)
                return; // another provider was picked meanwhile
            self->m_setup = result.setup;
            self->m_setupPending = false;
            if (result.error.isError())
                self->m_template->message()->setMessage(FieldMessage::Kind::Warning, result.message());
            else
                self->m_template->message()->clear();
            self->render();
        });
}

void PreviewPage::showSavedTemplate(ProviderKind kind, const storage::ProviderSettings& settings)
{
    if (kind == ProviderKind::Custom) {
        m_savedTemplate = settings.custom.config.payloadTemplate;
        if (m_customDraft && *m_customDraft == m_savedTemplate)
            m_customDraft.reset();
        m_template->setPayloadFormat(settings.custom.config.format);
        m_template->showTemplate(m_customDraft.value_or(m_savedTemplate), m_savedTemplate, true);
    } else if (kind == ProviderKind::Sandbox) {
        const providers::custom::Config sandbox = sandbox::sandboxConfig(m_context.sandbox.endpoint());
        m_savedTemplate = sandbox.payloadTemplate;
        m_template->setPayloadFormat(sandbox.format);
        m_template->showTemplate(m_savedTemplate, m_savedTemplate, false);
    } else {
        m_savedTemplate.clear();
    }
    const bool hasTemplate = kind == ProviderKind::Custom || kind == ProviderKind::Sandbox;
    m_template->setTemplateShown(hasTemplate);
    m_tabs->setTabText(0, hasTemplate ? tr("Template and problems") : tr("Problems"));
    // The request keeps the larger share; without a template to edit, the problems need less.
    const int request = hasTemplate ? 1 : 2;
    m_split->setStretchFactor(0, request);
    m_split->setStretchFactor(1, 1);
    const int total = m_split->sizes().value(0) + m_split->sizes().value(1);
    if (total > 0)
        m_split->setSizes({ total * request / (request + 1), total / (request + 1) });
}

PreviewPage::ConfigSource PreviewPage::configSource() const
{
    return ConfigSource(m_configSource->currentData().toInt());
}

QString PreviewPage::previewedTemplate() const
{
    if (m_loadedKind == ProviderKind::Custom && configSource() == ConfigSource::Edited)
        return m_template->editorText();
    return m_savedTemplate;
}

void PreviewPage::onTemplateEdited()
{
    if (m_loadedKind != ProviderKind::Custom)
        return;
    const QString text = m_template->editorText();
    if (text == m_savedTemplate)
        m_customDraft.reset();
    else
        m_customDraft = text;
    // Typing in the editor means the user wants to see what the edit gives.
    if (configSource() != ConfigSource::Edited) {
        const QSignalBlocker blocker(m_configSource);
        m_configSource->setCurrentIndex(m_configSource->findData(int(ConfigSource::Edited)));
    }
    m_renderTimer->start();
}

void PreviewPage::render()
{
    m_renderTimer->stop();
    std::optional<providers::ProviderSetup> setup = m_setup;
    auto* custom = setup ? std::get_if<providers::CustomSetup>(&*setup) : nullptr;
    if (custom && m_loadedKind == ProviderKind::Custom)
        custom->config.payloadTemplate = previewedTemplate();
    const QStringList requestProblems = buildRequest(setup);
    m_request->setCopyEnabled(m_build && m_build->ok());
    m_template->showProblems(requestProblems, custom ? custom->config.payloadTemplate : QString(),
        custom ? &custom->config : nullptr, m_text->text());
    showRequest();
}

// Builds the request of setup into m_build; returns its problems other than the template's own (those come from
// the lint, with their place and a fix).
QStringList PreviewPage::buildRequest(const std::optional<providers::ProviderSetup>& setup)
{
    m_unsendableBody.clear();
    if (!setup) {
        m_build.reset();
        return {};
    }
    QStringList problems;
    m_build = providers::buildSendRequest(*setup, m_number->text().trimmed(), m_text->text());
    const auto* custom = std::get_if<providers::CustomSetup>(&*setup);
    for (const providers::BuildProblem& problem : m_build->errors) {
        if (!(custom && problem.field == providers::ConfigField::PayloadTemplate))
            problems.append(tr("Error: %1").arg(problem.message));
    }
    for (const providers::BuildProblem& problem : m_build->warnings)
        problems.append(tr("Warning: %1").arg(problem.message));
    // A template being typed is often broken for a moment: still show what it renders to, secrets hidden.
    if (custom && !m_build->ok()) {
        tmpl::PayloadValues values { m_text->text(), m_number->text().trimmed(), {}, custom->config.sender, {} };
        for (auto it = custom->secrets.named.cbegin(); it != custom->secrets.named.cend(); ++it)
            values.secrets.insert(it.key(), providers::kRedactionMark.toString());
        m_unsendableBody = QString::fromUtf8(
            tmpl::renderPayload(custom->config.payloadTemplate, custom->config.format, values).bytes);
    }
    return problems;
}

// The request, redacted unless Reveal is held; a form body also decoded, one field per row.
void PreviewPage::showRequest()
{
    QList<tmpl::FormField> fields;
    if (m_build && m_build->ok()
        && m_build->request.headerValue("Content-Type").startsWith("application/x-www-form-urlencoded")) {
        const QByteArray body = revealed() ? m_build->request.body : providers::redactRequest(m_build->request).body;
        fields = tmpl::formUrlDecode(body);
    }
    m_request->showRequest(requestText(), fields);
}

bool PreviewPage::revealed() const
{
    return m_request->isRevealHeld();
}

QString PreviewPage::requestText() const
{
    if (!m_setup && m_setupPending)
        return tr("Reading the provider's secrets from the keychain…");
    if (!m_setup)
        return tr("No request: the provider's secrets could not be read.");
    if (!m_build)
        return {};
    if (!m_build->ok()) {
        QString text = tr("No request: the problems listed below stop it.");
        if (!m_unsendableBody.isEmpty())
            text += QStringLiteral("\n\n") + tr("The template renders to:") + QLatin1Char('\n') + m_unsendableBody;
        return text;
    }
    if (!revealed())
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
    return toCurl(r.method, r.wireUrl, r.headers, r.body);
}

void PreviewPage::followSmsText(const QString& rendered)
{
    if (!m_textFollowsSms && !m_text->text().isEmpty())
        return;
    m_textFollowsSms = true;
    m_text->setText(rendered); // renders the request again
    m_text->setCursorPosition(0); // the start of the text in view, not its end
    m_text->setToolTip(
        tr("The %1 SMS text below, with a sample code, until you type another.").arg(m_sms->renderedLocale()));
}

bool PreviewPage::isDirty() const
{
    return m_sms->isDirty();
}

bool PreviewPage::save()
{
    return m_sms->save();
}

void PreviewPage::revert()
{
    m_sms->revert();
}

void PreviewPage::reloadSmsTexts()
{
    m_sms->reload();
}

} // namespace smsotp::ui
