#include "CustomEditor.h"

#include "template/HeaderList.h"
#include "template/PayloadTemplate.h"
#include "widgets/FieldMessage.h"
#include "widgets/SecretField.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace smsotp::ui {

using providers::custom::BodyMatch;

namespace {
constexpr int kMinTimeoutSeconds = 1;
constexpr int kMaxTimeoutSeconds = 120;

bool isSecretName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    return pattern.match(name).hasMatch();
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
    auto* intro = new QLabel(tr("Any HTTP SMS gateway, described as WSO2 Identity Server describes it: where to send, "
                                "how to shape the body with {{body}} (the SMS text) and {{mobile}} (the number), "
                                "and which headers to add. Header values and named secrets are kept in the keychain."),
        this);
    intro->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addRequestRows(form);
    addResponseRows(form);

    addTimeoutRow(form);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch();

    for (QComboBox* combo : { m_contentType, m_method, m_bodyMatch }) {
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

void CustomEditor::addRequestRows(QFormLayout* form)
{
    m_url = addLine(form, QStringLiteral("customUrl"), tr("Provider URL"), &m_urlMessage);
    m_url->setPlaceholderText(QStringLiteral("https://sms.example.com/api/send"));

    m_contentType->setObjectName(QStringLiteral("customContentTypeCombo"));
    m_contentType->setAccessibleName(tr("Content type"));
    m_contentType->addItem(QStringLiteral("JSON"), int(tmpl::PayloadFormat::Json));
    m_contentType->addItem(QStringLiteral("FORM"), int(tmpl::PayloadFormat::Form));
    form->addRow(buddyLabel(tr("Content &type"), m_contentType), m_contentType);
    m_method->setObjectName(QStringLiteral("customMethodCombo"));
    m_method->setAccessibleName(tr("HTTP method"));
    m_method->addItem(QStringLiteral("POST"), int(providers::HttpMethod::Post));
    m_method->addItem(QStringLiteral("PUT"), int(providers::HttpMethod::Put));
    form->addRow(buddyLabel(tr("HTTP &method"), m_method), m_method);

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
    form->addRow(buddyLabel(tr("Response bod&y must"), m_bodyMatch), m_bodyMatch);
    m_bodyPattern = addLine(form, QStringLiteral("customBodyPattern"), tr("Pattern"), &m_bodyPatternMessage);

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
    c.payloadTemplate = m_template->toPlainText();
    c.headers = m_headers->text();
    bool ok = false;
    c.success.statuses = parseStatuses(m_statuses->text(), &ok);
    c.success.bodyMatch = BodyMatch(m_bodyMatch->currentData().toInt());
    c.success.bodyPattern = c.success.bodyMatch == BodyMatch::None ? QString() : m_bodyPattern->text();
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
    return form;
}

void CustomEditor::markNamedSecretStored(const QString& key)
{
    for (const NamedSecretRow& row : std::as_const(m_rows)) {
        if (storage::secretkeys::customNamedSecret(row.name->text().trimmed()) == key)
            row.value->setStored(true);
    }
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
    const providers::custom::Config& c = s.config;
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
    QStringList statuses;
    for (int status : c.success.statuses)
        statuses.append(QString::number(status));
    m_statuses->setText(statuses.join(QStringLiteral(", ")));
    m_bodyMatch->setCurrentIndex(m_bodyMatch->findData(int(c.success.bodyMatch)));
    m_bodyPattern->setText(c.success.bodyPattern);
    m_timeout->setValue(int(std::chrono::duration_cast<std::chrono::seconds>(c.timeout).count()));
    const QList<NamedSecretRow> old = m_rows;
    for (const NamedSecretRow& row : old)
        removeSecretRow(row.row);
    for (const QString& name : s.namedSecrets)
        addSecretRow(name, true);
    m_loading = false;
    refresh();
}

CustomEditor::Findings CustomEditor::findings() const
{
    Findings f;
    const storage::CustomProviderSettings s = settings();
    const providers::UrlCheck url = providers::custom::checkUrl(s.config.url);
    f.url = url.ok() ? QString() : url.message;
    f.urlWarning = url.plainHttpToLoopback ? url.warning : QString();

    tmpl::PayloadValues sample { tr("Your code is 123456"), QStringLiteral("+447700900123"), {}, {}, {} };
    for (const NamedSecretRow& row : m_rows)
        sample.secrets.insert(row.name->text().trimmed(), QStringLiteral("x"));
    const tmpl::RenderResult rendered = tmpl::renderPayload(s.config.payloadTemplate, s.config.format, sample);
    if (!rendered.ok()) {
        f.payloadTemplate = rendered.errors.first().message;
        if (rendered.errors.size() > 1)
            f.payloadTemplate += QLatin1Char(' ') + tr("(and %n more)", nullptr, int(rendered.errors.size() - 1));
    }

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
        if (!isSecretName(name))
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
              { tr("Success statuses"), f.statuses }, { tr("Response body"), f.criterion } };
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
        show(m_urlMessage, f.url, tr("Where the console sends each SMS."));
    show(m_templateMessage, f.payloadTemplate,
        tr("{{body}} is the SMS text and {{mobile}} the number; {{secret:NAME}} takes a named secret. Values "
           "are escaped for you, so write placeholders without quotes around them."));
    show(m_headersMessage, f.headers,
        tr("Name: value, separated by commas. Put a value holding ',' in double quotes (\"a, b\"); inside "
           "quotes write \\\" for a quote and \\\\ for a backslash. Values go to the keychain; ••• keeps the "
           "stored one."));
    show(m_statusesMessage, f.statuses,
        tr("Empty means any 2xx. WSO2 Identity Server itself treats only 200 and 202 as sent."));
    const bool matching = BodyMatch(m_bodyMatch->currentData().toInt()) != BodyMatch::None;
    m_bodyPattern->setEnabled(matching);
    show(m_bodyPatternMessage, matching ? f.criterion : QString(), QString());
    show(m_secretsMessage, f.secrets.join(QLatin1Char('\n')),
        tr("Values the template or headers use as {{secret:NAME}}, kept in the keychain."));
    show(m_timeoutMessage, QString(),
        tr("How long to wait for the gateway's answer, %1 to %2 seconds.")
            .arg(kMinTimeoutSeconds)
            .arg(kMaxTimeoutSeconds));
}

} // namespace smsotp::ui
