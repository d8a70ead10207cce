#include "CustomEditor.h"

#include "providers/CustomPresets.h"
#include "template/HeaderList.h"
#include "template/PayloadTemplate.h"
#include "widgets/FieldMessage.h"
#include "widgets/SecretField.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace smsotp::ui {

using providers::custom::ApiKeyPlace;
using providers::custom::AuthKind;
using providers::custom::BodyMatch;

namespace {
constexpr int kMinTimeoutSeconds = 1;
constexpr int kMaxTimeoutSeconds = 120;

// Where the message id comes from: the combo's data.
enum class IdSource
{
    Automatic,
    JsonPointer,
    RegularExpression,
};

// The sample values every check of the form renders with.
tmpl::PayloadValues sampleValues(const QString& sender)
{
    return { QCoreApplication::translate("smsotp::ui::CustomEditor", "Your code is 123456"),
        QStringLiteral("+447700900123"), {}, sender, QStringLiteral("00000000-0000-4000-8000-000000000000") };
}

QList<int> parseStatuses(const QString& text, bool* ok)
{
    QList<int> statuses;
    *ok = true;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool number = false;
        const int status = part.trimmed().toInt(&number);
        if (!number) {
            *ok = false;
            return {};
        }
        statuses.append(status);
    }
    return statuses;
}
} // namespace

CustomEditor::CustomEditor(QWidget* parent)
    : QWidget(parent)
    , m_contentType(new QComboBox(this))
    , m_method(new QComboBox(this))
    , m_template(new QPlainTextEdit(this))
    , m_templateMessage(new FieldMessage(this))
    , m_revealHeaders(new RevealButton(this))
    , m_bodyMatch(new QComboBox(this))
    , m_secretRows(new QVBoxLayout)
    , m_addSecret(new QPushButton(tr("Add named secret"), this))
    , m_secretsMessage(new FieldMessage(this))
    , m_timeout(new QSpinBox(this))
    , m_timeoutMessage(new FieldMessage(this))
{
    setObjectName(QStringLiteral("customEditor"));
    auto* intro = new QLabel(tr("Any HTTP SMS gateway: where to send (the URL may hold placeholders too), how to shape "
                                "the body with {{body}} (the SMS text) and {{mobile}} (the number), how to "
                                "authenticate, and how to read the answer. Start from a preset for a documented "
                                "gateway. Secrets are kept in the keychain."),
        this);
    intro->setWordWrap(true);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addPresetRow(m_form);
    addRequestRows(m_form);
    addAuthenticationRows(m_form);
    addResponseRows(m_form);
    addAnswerRows(m_form);
    addSecretRows(m_form);
    addTimeoutRow(m_form);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_form);
    layout->addStretch();

    for (QComboBox* combo : { m_contentType, m_method, m_bodyMatch, m_authKind, m_keyPlace, m_idSource }) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (m_loading)
                return;
            refresh();
            Q_EMIT changed();
        });
    }
    connect(m_template, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        refresh();
        Q_EMIT changed();
    });

    storage::CustomProviderSettings defaults;
    defaults.config.payloadTemplate = providers::custom::exampleTemplate(tmpl::PayloadFormat::Json);
    setSettings(defaults);
}

void CustomEditor::addPresetRow(QFormLayout* form)
{
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("customPresetCombo"));
    m_preset->setAccessibleName(tr("Start from a preset"));
    m_preset->addItem(tr("Choose a documented gateway…"), QString());
    for (const providers::custom::Preset& preset : providers::custom::presets())
        m_preset->addItem(preset.title, preset.name);
    m_presetMessage = new FieldMessage(this);
    m_presetMessage->setObjectName(QStringLiteral("customPresetMessage"));
    auto* column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(m_preset);
    column->addWidget(m_presetMessage);
    form->addRow(buddyLabel(tr("Start from a pr&eset"), m_preset), column);
    connect(m_preset, &QComboBox::activated, this, [this](int index) {
        const QString name = m_preset->itemData(index).toString();
        if (name.isEmpty())
            return;
        applyPreset(name);
        m_preset->setCurrentIndex(0);
    });
}

QComboBox* CustomEditor::addCombo(
    QFormLayout* form, const QString& name, const QString& label, const QList<std::pair<QString, int>>& items)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(name + QStringLiteral("Combo"));
    combo->setAccessibleName(QString(label).remove(u'&'));
    for (const auto& [text, value] : items)
        combo->addItem(text, value);
    form->addRow(buddyLabel(label, combo), combo);
    return combo;
}

void CustomEditor::addRequestRows(QFormLayout* form)
{
    m_url = addLine(form, QStringLiteral("customUrl"), tr("Provider URL"), &m_urlMessage);
    m_url->setPlaceholderText(QStringLiteral("https://sms.example.com/api/send"));

    m_method->setObjectName(QStringLiteral("customMethodCombo"));
    m_method->setAccessibleName(tr("HTTP method"));
    m_method->addItem(QStringLiteral("POST"), int(providers::HttpMethod::Post));
    m_method->addItem(QStringLiteral("PUT"), int(providers::HttpMethod::Put));
    m_method->addItem(QStringLiteral("GET"), int(providers::HttpMethod::Get));
    form->addRow(buddyLabel(tr("HTTP &method"), m_method), m_method);
    m_contentType->setObjectName(QStringLiteral("customContentTypeCombo"));
    m_contentType->setAccessibleName(tr("Content type"));
    m_contentType->addItem(QStringLiteral("JSON"), int(tmpl::PayloadFormat::Json));
    m_contentType->addItem(QStringLiteral("FORM"), int(tmpl::PayloadFormat::Form));
    m_contentType->addItem(tr("Plain text"), int(tmpl::PayloadFormat::Text));
    m_contentType->addItem(QStringLiteral("XML"), int(tmpl::PayloadFormat::Xml));
    m_contentType->addItem(tr("None (everything in the URL)"), int(tmpl::PayloadFormat::None));
    form->addRow(buddyLabel(tr("Content &type"), m_contentType), m_contentType);

    m_template->setObjectName(QStringLiteral("customTemplateEdit"));
    m_template->setAccessibleName(tr("Payload template"));
    m_template->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_template->setTabChangesFocus(true);
    m_template->setMinimumHeight(5 * m_template->fontMetrics().lineSpacing());
    // Room for a typical body; a longer one scrolls inside, and the fields below stay in view.
    m_template->setMaximumHeight(12 * m_template->fontMetrics().lineSpacing());
    m_templateMessage->setObjectName(QStringLiteral("customTemplateMessage"));
    auto* templateColumn = new QVBoxLayout;
    templateColumn->setSpacing(2);
    templateColumn->addWidget(m_template);
    templateColumn->addWidget(m_templateMessage);
    form->addRow(buddyLabel(tr("&Payload template"), m_template), templateColumn);

    m_headers = addLine(form, QStringLiteral("customHeaders"), tr("Headers"), &m_headersMessage);
    m_headers->setPlaceholderText(QStringLiteral("X-Api-Key: value, Accept: application/json"));
    m_revealHeaders->setObjectName(QStringLiteral("customRevealHeadersButton"));
    m_revealHeaders->setText(tr("Reveal"));
    m_revealHeaders->setAccessibleName(tr("Reveal stored header values"));
    m_revealHeaders->setToolTip(tr("Read the stored header values from the keychain and show them while pressed."));
    if (auto* row = qobject_cast<QVBoxLayout*>(form->itemAt(form->rowCount() - 1, QFormLayout::FieldRole)->layout())) {
        auto* line = new QHBoxLayout;
        row->removeWidget(m_headers);
        line->addWidget(m_headers, 1);
        line->addWidget(m_revealHeaders);
        row->insertLayout(0, line);
    }
    connect(m_revealHeaders, &RevealButton::heldChanged, this, &CustomEditor::revealHeadersRequested);

    m_sender = addLine(form, QStringLiteral("customSender"), tr("Sender"), &m_senderMessage);
    m_sender->setPlaceholderText(tr("for {{sender}}"));
}

void CustomEditor::addAuthenticationRows(QFormLayout* form)
{
    m_authKind = addCombo(form, QStringLiteral("customAuth"), tr("&Authentication"),
        { { tr("None (or a header above)"), int(AuthKind::None) }, { tr("HTTP Basic"), int(AuthKind::Basic) },
            { tr("Bearer token"), int(AuthKind::Bearer) }, { tr("API key"), int(AuthKind::ApiKey) } });
    m_authUser = addLine(form, QStringLiteral("customAuthUser"), tr("User"), &m_authUserMessage);
    m_keyName = addLine(form, QStringLiteral("customApiKeyName"), tr("API key name"), &m_keyNameMessage);
    m_keyName->setPlaceholderText(QStringLiteral("X-API-Key"));
    m_keyPlace = addCombo(form, QStringLiteral("customApiKeyIn"), tr("API key goes in"),
        { { tr("a header"), int(ApiKeyPlace::Header) }, { tr("the query"), int(ApiKeyPlace::Query) } });

    m_authSecret = new SecretField(QStringLiteral("customAuthSecret"), tr("Authentication secret"), this);
    m_authMessage = new FieldMessage(this);
    m_authMessage->setObjectName(QStringLiteral("customAuthMessage"));
    auto* column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(m_authSecret);
    column->addWidget(m_authMessage);
    m_authSecretLabel = buddyLabel(tr("Password"), m_authSecret);
    form->addRow(m_authSecretLabel, column);
    connect(m_authSecret, &SecretField::edited, this, [this] {
        refresh();
        Q_EMIT changed();
    });
}

void CustomEditor::addResponseRows(QFormLayout* form)
{
    m_statuses = addLine(form, QStringLiteral("customSuccessStatuses"), tr("Success statuses"), &m_statusesMessage);
    m_statuses->setPlaceholderText(tr("any 2xx"));
    m_bodyMatch->setObjectName(QStringLiteral("customBodyMatchCombo"));
    m_bodyMatch->setAccessibleName(tr("Response body must"));
    m_bodyMatch->addItem(tr("(not checked)"), int(BodyMatch::None));
    m_bodyMatch->addItem(tr("contain the text"), int(BodyMatch::Substring));
    m_bodyMatch->addItem(tr("match the regular expression"), int(BodyMatch::RegularExpression));
    m_bodyMatch->addItem(tr("hold a JSON value"), int(BodyMatch::JsonValue));
    form->addRow(buddyLabel(tr("Response bod&y must"), m_bodyMatch), m_bodyMatch);
    m_bodyPattern = addLine(form, QStringLiteral("customBodyPattern"), tr("Pattern"), &m_bodyPatternMessage);
    m_jsonPointer = addLine(form, QStringLiteral("customSuccessPointer"), tr("At JSON pointer"), &m_jsonPointerMessage);
    m_jsonPointer->setPlaceholderText(QStringLiteral("/messages/0/status"));
    m_jsonValue = addLine(form, QStringLiteral("customSuccessValue"), tr("The value"), &m_jsonValueMessage);
    m_jsonValue->setPlaceholderText(QStringLiteral("0"));
}

void CustomEditor::addAnswerRows(QFormLayout* form)
{
    m_idSource = addCombo(form, QStringLiteral("customMessageId"), tr("Message &id"),
        { { tr("found by its usual names"), int(IdSource::Automatic) },
            { tr("at a JSON pointer"), int(IdSource::JsonPointer) },
            { tr("from a regular expression"), int(IdSource::RegularExpression) } });
    m_idExpression = addLine(form, QStringLiteral("customMessageIdRule"), tr("Id rule"), &m_idExpressionMessage);
    m_errorPointer = addLine(form, QStringLiteral("customErrorPointer"), tr("Error text at"), &m_errorPointerMessage);
    m_errorPointer->setPlaceholderText(QStringLiteral("/error"));
}

void CustomEditor::addSecretRows(QFormLayout* form)
{
    m_addSecret->setObjectName(QStringLiteral("customAddSecretButton"));
    m_addSecret->setAccessibleName(tr("Add a named secret"));
    m_secretsMessage->setObjectName(QStringLiteral("customSecretsMessage"));
    auto* secretsColumn = new QVBoxLayout;
    secretsColumn->addLayout(m_secretRows);
    secretsColumn->addWidget(m_addSecret, 0, Qt::AlignLeft);
    secretsColumn->addWidget(m_secretsMessage);
    form->addRow(buddyLabel(tr("Named secrets"), nullptr), secretsColumn);
    connect(m_addSecret, &QPushButton::clicked, this, [this] {
        NamedSecretRow row = addSecretRow(QString(), false);
        row.name->setFocus();
        refresh();
        Q_EMIT changed();
    });
}

QLabel* CustomEditor::buddyLabel(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text, this);
    if (buddy)
        label->setBuddy(buddy);
    return label;
}

void CustomEditor::addTimeoutRow(QFormLayout* form)
{
    m_timeout->setObjectName(QStringLiteral("customTimeoutSpin"));
    m_timeout->setAccessibleName(tr("Request timeout in seconds"));
    m_timeout->setRange(kMinTimeoutSeconds, kMaxTimeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    m_timeoutMessage->setObjectName(QStringLiteral("customTimeoutMessage"));
    auto* column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(m_timeout, 0, Qt::AlignLeft);
    column->addWidget(m_timeoutMessage);
    form->addRow(buddyLabel(tr("Request time&out"), m_timeout), column);
    connect(m_timeout, &QSpinBox::valueChanged, this, [this] {
        if (m_loading)
            return;
        refresh();
        Q_EMIT changed();
    });
}

QLineEdit* CustomEditor::addLine(QFormLayout* form, const QString& name, const QString& label, FieldMessage** message)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(name + QStringLiteral("Edit"));
    edit->setAccessibleName(label);
    *message = new FieldMessage(this);
    (*message)->setObjectName(name + QStringLiteral("Message"));
    auto* column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(edit);
    column->addWidget(*message);
    auto* buddy = new QLabel(label, this);
    buddy->setBuddy(edit);
    form->addRow(buddy, column);
    connect(edit, &QLineEdit::textEdited, this, [this] {
        refresh();
        Q_EMIT changed();
    });
    return edit;
}

CustomEditor::NamedSecretRow CustomEditor::addSecretRow(const QString& name, bool stored)
{
    const int n = ++m_rowCounter;
    auto* row = new QWidget(this);
    auto* line = new QHBoxLayout(row);
    line->setContentsMargins(0, 0, 0, 0);
    auto* nameEdit = new QLineEdit(name, row);
    nameEdit->setObjectName(QStringLiteral("customSecretName%1Edit").arg(n));
    nameEdit->setAccessibleName(tr("Secret name"));
    nameEdit->setPlaceholderText(tr("NAME"));
    nameEdit->setMaximumWidth(12 * fontMetrics().averageCharWidth());
    nameEdit->setReadOnly(stored); // a stored secret is renamed by removing it and adding another
    auto* value = new SecretField(QStringLiteral("customSecret%1").arg(n), tr("Secret value"), row);
    value->setStored(stored);
    auto* remove = new QToolButton(row);
    remove->setObjectName(QStringLiteral("customSecret%1RemoveButton").arg(n));
    remove->setText(tr("Remove"));
    remove->setAccessibleName(tr("Remove this secret"));
    line->addWidget(nameEdit);
    line->addWidget(value, 1);
    line->addWidget(remove);
    m_secretRows->addWidget(row);
    const NamedSecretRow entry { row, nameEdit, value };
    m_rows.append(entry);
    connect(nameEdit, &QLineEdit::textEdited, this, [this] {
        refresh();
        Q_EMIT changed();
    });
    connect(value, &SecretField::edited, this, [this] {
        refresh();
        Q_EMIT changed();
    });
    connect(remove, &QToolButton::clicked, this, [this, row] {
        removeSecretRow(row);
        refresh();
        Q_EMIT changed();
    });
    return entry;
}

void CustomEditor::removeSecretRow(QWidget* row)
{
    m_rows.removeIf([row](const NamedSecretRow& r) { return r.row == row; });
    row->deleteLater();
}

storage::CustomProviderSettings CustomEditor::settings() const
{
    storage::CustomProviderSettings s;
    providers::custom::Config& c = s.config;
    c.url = m_url->text().trimmed();
    c.format = tmpl::PayloadFormat(m_contentType->currentData().toInt());
    c.method = providers::HttpMethod(m_method->currentData().toInt());
    // With no body the editor keeps its text for a switch back, but there is no template.
    c.payloadTemplate = c.format == tmpl::PayloadFormat::None ? QString() : m_template->toPlainText();
    c.headers = m_headers->text();
    c.sender = m_sender->text().trimmed();
    c.auth.kind = AuthKind(m_authKind->currentData().toInt());
    if (c.auth.kind == AuthKind::Basic)
        c.auth.user = m_authUser->text();
    if (c.auth.kind == AuthKind::ApiKey) {
        c.auth.keyName = m_keyName->text().trimmed();
        c.auth.place = ApiKeyPlace(m_keyPlace->currentData().toInt());
    }
    bool ok = false;
    c.success.statuses = parseStatuses(m_statuses->text(), &ok);
    c.success.bodyMatch = BodyMatch(m_bodyMatch->currentData().toInt());
    const bool pattern
        = c.success.bodyMatch == BodyMatch::Substring || c.success.bodyMatch == BodyMatch::RegularExpression;
    c.success.bodyPattern = pattern ? m_bodyPattern->text() : QString();
    if (c.success.bodyMatch == BodyMatch::JsonValue) {
        c.success.jsonPointer = m_jsonPointer->text().trimmed();
        c.success.jsonValue = m_jsonValue->text();
    }
    const IdSource idSource = IdSource(m_idSource->currentData().toInt());
    if (idSource == IdSource::JsonPointer)
        c.success.messageIdPointer = m_idExpression->text().trimmed();
    if (idSource == IdSource::RegularExpression)
        c.success.messageIdRegex = m_idExpression->text();
    c.success.errorPointer = m_errorPointer->text().trimmed();
    c.timeout = std::chrono::seconds(m_timeout->value());
    for (const NamedSecretRow& row : m_rows)
        s.namedSecrets.append(row.name->text().trimmed());
    return s;
}

QString CustomEditor::headerText() const
{
    return m_headers->text();
}

storage::CustomSecretsForm CustomEditor::secretsForm() const
{
    storage::CustomSecretsForm form;
    form.headers = tmpl::parseHeaderList(headerText()).fields();
    for (const NamedSecretRow& row : m_rows) {
        form.named.append({ row.name->text().trimmed(),
            row.value->hasNewValue() ? std::optional(row.value->newValue()) : std::nullopt });
    }
    form.authentication = AuthKind(m_authKind->currentData().toInt()) != AuthKind::None;
    if (m_authSecret->hasNewValue())
        form.newAuthSecret = m_authSecret->newValue();
    return form;
}

void CustomEditor::markNamedSecretStored(const QString& key)
{
    if (key == storage::secretkeys::customAuthSecret())
        m_authSecret->setStored(true);
    for (const NamedSecretRow& row : std::as_const(m_rows)) {
        if (storage::secretkeys::customNamedSecret(row.name->text().trimmed()) == key)
            row.value->setStored(true);
    }
}

void CustomEditor::setStoredKeys(const QSet<QString>& storedKeys)
{
    m_authSecret->setStored(storedKeys.contains(storage::secretkeys::customAuthSecret()));
    for (const NamedSecretRow& row : std::as_const(m_rows))
        row.value->setStored(storedKeys.contains(storage::secretkeys::customNamedSecret(row.name->text().trimmed())));
    refresh();
}

void CustomEditor::setHeaderText(const QString& text, bool readOnly)
{
    m_headers->setText(text);
    m_headers->setReadOnly(readOnly);
    refresh();
}

void CustomEditor::setSettings(const storage::CustomProviderSettings& s)
{
    m_loading = true;
    setConfig(s.config);
    m_authSecret->setStored(s.config.auth.kind != AuthKind::None);
    const QList<NamedSecretRow> old = m_rows;
    for (const NamedSecretRow& row : old)
        removeSecretRow(row.row);
    for (const QString& name : s.namedSecrets)
        addSecretRow(name, true);
    m_presetMessage->clear();
    m_loading = false;
    refresh();
}

void CustomEditor::setConfig(const providers::custom::Config& c)
{
    const QSignalBlocker blockTemplate(m_template);
    m_url->setText(c.url);
    m_contentType->setCurrentIndex(m_contentType->findData(int(c.format)));
    m_method->setCurrentIndex(m_method->findData(int(c.method)));
    m_template->setPlainText(c.payloadTemplate);
    // Stored header values are in the keychain: the text shows each as the mask.
    QList<tmpl::HeaderField> fields = tmpl::parseHeaderList(c.headers).fields();
    for (tmpl::HeaderField& field : fields)
        field.value = secretMask();
    m_headers->setText(tmpl::serializeHeaderList(fields));
    m_headers->setReadOnly(false);
    m_sender->setText(c.sender);
    m_authKind->setCurrentIndex(m_authKind->findData(int(c.auth.kind)));
    m_authUser->setText(c.auth.user);
    m_keyName->setText(c.auth.keyName);
    m_keyPlace->setCurrentIndex(m_keyPlace->findData(int(c.auth.place)));
    QStringList statuses;
    for (int status : c.success.statuses)
        statuses.append(QString::number(status));
    m_statuses->setText(statuses.join(QStringLiteral(", ")));
    m_bodyMatch->setCurrentIndex(m_bodyMatch->findData(int(c.success.bodyMatch)));
    m_bodyPattern->setText(c.success.bodyPattern);
    m_jsonPointer->setText(c.success.jsonPointer);
    m_jsonValue->setText(c.success.jsonValue);
    const IdSource idSource = !c.success.messageIdPointer.isEmpty() ? IdSource::JsonPointer
        : !c.success.messageIdRegex.isEmpty()                       ? IdSource::RegularExpression
                                                                    : IdSource::Automatic;
    m_idSource->setCurrentIndex(m_idSource->findData(int(idSource)));
    m_idExpression->setText(idSource == IdSource::JsonPointer ? c.success.messageIdPointer : c.success.messageIdRegex);
    m_errorPointer->setText(c.success.errorPointer);
    m_timeout->setValue(int(std::chrono::duration_cast<std::chrono::seconds>(c.timeout).count()));
}

void CustomEditor::applyPreset(const QString& name)
{
    const std::optional<providers::custom::Preset> preset = providers::custom::findPreset(name);
    if (!preset)
        return;
    m_loading = true;
    setConfig(preset->config);
    m_loading = false;
    refresh();
    m_presetMessage->setMessage(FieldMessage::Kind::Hint,
        tr("Filled in from %1 (%2). %3").arg(preset->title, preset->documentation, preset->fillIn));
    m_url->setFocus();
    m_url->setCursorPosition(0); // the address, which is what to change first, in view
    Q_EMIT changed();
}

void CustomEditor::setRowShown(QWidget* field, bool shown)
{
    for (int row = 0; row < m_form->rowCount(); ++row) {
        QLayoutItem* label = m_form->itemAt(row, QFormLayout::LabelRole);
        const auto* buddy = label ? qobject_cast<QLabel*>(label->widget()) : nullptr;
        if (buddy && buddy->buddy() == field) {
            m_form->setRowVisible(row, shown);
            return;
        }
    }
}

void CustomEditor::updateRows()
{
    const AuthKind auth = AuthKind(m_authKind->currentData().toInt());
    setRowShown(m_authUser, auth == AuthKind::Basic);
    setRowShown(m_keyName, auth == AuthKind::ApiKey);
    setRowShown(m_keyPlace, auth == AuthKind::ApiKey);
    setRowShown(m_authSecret, auth != AuthKind::None);
    m_authSecretLabel->setText(auth == AuthKind::Basic ? tr("Pass&word")
            : auth == AuthKind::Bearer                 ? tr("Bearer to&ken")
                                                       : tr("API &key"));
    const BodyMatch match = BodyMatch(m_bodyMatch->currentData().toInt());
    setRowShown(m_bodyPattern, match == BodyMatch::Substring || match == BodyMatch::RegularExpression);
    setRowShown(m_jsonPointer, match == BodyMatch::JsonValue);
    setRowShown(m_jsonValue, match == BodyMatch::JsonValue);
    const IdSource idSource = IdSource(m_idSource->currentData().toInt());
    setRowShown(m_idExpression, idSource != IdSource::Automatic);
    m_idExpression->setPlaceholderText(
        idSource == IdSource::JsonPointer ? QStringLiteral("/message_uuid/0") : QStringLiteral("id=(\\w+)"));
    // With no body the template row goes; its text stays for a switch back.
    const bool body = tmpl::PayloadFormat(m_contentType->currentData().toInt()) != tmpl::PayloadFormat::None;
    setRowShown(m_template, body);
}

CustomEditor::Findings CustomEditor::findings() const
{
    Findings f;
    const storage::CustomProviderSettings s = settings();
    const providers::UrlCheck url = providers::custom::checkUrl(s.config.url);
    f.url = url.ok() ? QString() : url.message;
    f.urlWarning = url.plainHttpToLoopback ? url.warning : QString();

    tmpl::PayloadValues sample = sampleValues(s.config.sender);
    for (const NamedSecretRow& row : m_rows)
        sample.secrets.insert(row.name->text().trimmed(), QStringLiteral("x"));
    if (s.config.method == providers::HttpMethod::Get && s.config.format != tmpl::PayloadFormat::None) {
        f.payloadTemplate = tr("A GET request has no body: choose the content type “None” and put the values in the "
                               "URL, or send with POST.");
    } else if (s.config.format != tmpl::PayloadFormat::None) {
        const tmpl::RenderResult rendered = tmpl::renderPayload(s.config.payloadTemplate, s.config.format, sample);
        if (!rendered.ok()) {
            f.payloadTemplate = rendered.errors.first().message;
            if (rendered.errors.size() > 1)
                f.payloadTemplate += QLatin1Char(' ') + tr("(and %n more)", nullptr, int(rendered.errors.size() - 1));
        }
    }
    const QList<providers::BuildProblem> auth = providers::custom::checkAuthentication(
        s.config.auth, m_authSecret->isStored() || m_authSecret->hasNewValue());
    f.authentication = auth.isEmpty() ? QString() : auth.first().message;

    const tmpl::HeaderListResult headers = tmpl::parseHeaderList(s.config.headers);
    f.headers = headers.ok() ? QString() : headers.errors.first().message;

    bool statusesOk = false;
    parseStatuses(m_statuses->text(), &statusesOk);
    f.statuses = statusesOk ? QString() : tr("A comma-separated list of HTTP statuses, e.g. 200, 202.");
    const QList<providers::BuildProblem> criterion = providers::custom::checkSuccessCriterion(s.config.success);
    f.criterion = criterion.isEmpty() ? QString() : criterion.first().message;

    QSet<QString> names;
    for (const NamedSecretRow& row : m_rows) {
        const QString name = row.name->text().trimmed();
        if (!tmpl::isSecretName(name))
            f.secrets.append(tr("Named secret “%1”: use letters, digits, '_', '.' or '-' (up to 64).").arg(name));
        else if (names.contains(name))
            f.secrets.append(tr("Named secret “%1” is listed twice.").arg(name));
        else if (!row.value->isStored() && !row.value->hasNewValue())
            f.secrets.append(tr("Named secret “%1” has no value.").arg(name));
        names.insert(name);
    }
    return f;
}

QStringList CustomEditor::problems() const
{
    const Findings f = findings();
    const QList<std::pair<QString, QString>> ordered
        = { { tr("Provider URL"), f.url }, { tr("Payload template"), f.payloadTemplate }, { tr("Headers"), f.headers },
              { tr("Authentication"), f.authentication }, { tr("Success statuses"), f.statuses },
              { tr("Reading the answer"), f.criterion } };
    QStringList all;
    for (const auto& [field, problem] : ordered) {
        if (!problem.isEmpty())
            all.append(field + QStringLiteral(": ") + problem);
    }
    for (const QString& secret : f.secrets)
        all.append(tr("Named secrets") + QStringLiteral(": ") + secret);
    return all;
}

QString CustomEditor::firstProblem() const
{
    return problems().value(0);
}

bool CustomEditor::isComplete() const
{
    return firstProblem().isEmpty();
}

void CustomEditor::refresh()
{
    const Findings f = findings();
    using Kind = FieldMessage::Kind;
    const auto show = [](FieldMessage* message, const QString& error, const QString& hint) {
        if (!error.isEmpty())
            message->setMessage(Kind::Error, error);
        else
            message->setMessage(hint.isEmpty() ? Kind::None : Kind::Hint, hint);
    };
    if (m_url->text().trimmed().isEmpty())
        m_urlMessage->setMessage(Kind::Hint, tr("https://… (http:// only for this computer)."));
    else if (!f.urlWarning.isEmpty() && f.url.isEmpty())
        m_urlMessage->setMessage(Kind::Warning, f.urlWarning);
    else
        show(m_urlMessage, f.url,
            tr("Where the console sends each SMS. Placeholders in the path and the query are percent-encoded."));
    const tmpl::PayloadFormat format = tmpl::PayloadFormat(m_contentType->currentData().toInt());
    show(m_templateMessage, f.payloadTemplate,
        format == tmpl::PayloadFormat::None
            ? tr("No body is sent: the URL carries the values.")
            : tr("{{body}} is the SMS text and {{mobile}} the number ({{mobile.digits}} without “+”); {{sender}}, "
                 "{{uuid}} (new per message) and {{secret:NAME}} too. Values are escaped for you, so write "
                 "placeholders without quotes around them."));
    show(m_senderMessage, QString(), tr("What {{sender}} stands for: a number or a name the gateway accepts."));
    const AuthKind auth = AuthKind(m_authKind->currentData().toInt());
    show(m_authMessage, f.authentication,
        auth == AuthKind::Basic        ? tr("Sent as Authorization: Basic, kept in the keychain.")
            : auth == AuthKind::Bearer ? tr("Sent as Authorization: Bearer, kept in the keychain.")
                                       : tr("Kept in the keychain; shown only as •••."));
    show(m_authUserMessage, QString(), QString());
    show(m_keyNameMessage, QString(), tr("The header or query parameter the gateway reads the key from."));
    const bool jsonValue = BodyMatch(m_bodyMatch->currentData().toInt()) == BodyMatch::JsonValue;
    show(m_jsonPointerMessage, jsonValue ? f.criterion : QString(),
        tr("RFC 6901: “/” then each name or index, as /messages/0/status."));
    show(m_jsonValueMessage, QString(), tr("Compared as text: 0, true, \"sent\" are written 0, true, sent."));
    show(m_idExpressionMessage, QString(),
        IdSource(m_idSource->currentData().toInt()) == IdSource::JsonPointer
            ? tr("The JSON pointer of the id in the answer.")
            : tr("The first group of the expression is the id (the whole match without one)."));
    show(m_errorPointerMessage, QString(),
        tr("Optional: the JSON pointer of the gateway's error text, quoted in the explanation of a failure."));
    show(m_headersMessage, f.headers,
        tr("Name: value, separated by commas. Put a value holding ',' in double quotes (\"a, b\"); inside "
           "quotes write \\\" for a quote and \\\\ for a backslash. Values go to the keychain; ••• keeps the "
           "stored one."));
    show(m_statusesMessage, f.statuses,
        tr("Empty means any 2xx. WSO2 Identity Server itself treats only 200 and 202 as sent."));
    const bool matching = BodyMatch(m_bodyMatch->currentData().toInt()) != BodyMatch::None;
    m_bodyPattern->setEnabled(matching);
    show(m_bodyPatternMessage, matching && !jsonValue ? f.criterion : QString(), QString());
    show(m_secretsMessage, f.secrets.join(QLatin1Char('\n')),
        tr("Values the template or headers use as {{secret:NAME}}, kept in the keychain."));
    show(m_timeoutMessage, QString(),
        tr("How long to wait for the gateway's answer, %1 to %2 seconds.")
            .arg(kMinTimeoutSeconds)
            .arg(kMaxTimeoutSeconds));
    updateRows();
}

} // namespace smsotp::ui
