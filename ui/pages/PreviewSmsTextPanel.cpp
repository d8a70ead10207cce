#include "PreviewSmsTextPanel.h"

#include "SmsLocaleEditor.h"
#include "config/InputLimits.h"
#include "storage/SettingsRepository.h"
#include "template/AndroidAppHash.h"
#include "template/OriginBoundCode.h"
#include "widgets/FieldMessage.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>

namespace smsotp::ui {

namespace {

// What the "Add a language" list offers first; any other language_COUNTRY can be typed.
const QStringList& commonLocales()
{
    static const QStringList locales { QStringLiteral("en_US"), QStringLiteral("en_GB"), QStringLiteral("de_DE"),
        QStringLiteral("fr_FR"), QStringLiteral("es_ES"), QStringLiteral("pt_BR"), QStringLiteral("pt_PT"),
        QStringLiteral("it_IT"), QStringLiteral("nl_NL"), QStringLiteral("sv_SE"), QStringLiteral("pl_PL"),
        QStringLiteral("tr_TR"), QStringLiteral("ja_JP"), QStringLiteral("zh_CN") };
    return locales;
}

// The texts as the repository keeps them, the default first and the others by locale: two sets that differ only in
// the order of their editors are the same.
tmpl::SmsTexts inOrder(tmpl::SmsTexts texts)
{
    const QString defaultLocale = texts.defaultLocale;
    std::sort(
        texts.texts.begin(), texts.texts.end(), [&](const tmpl::LocalizedSmsText& a, const tmpl::LocalizedSmsText& b) {
            const bool aDefault = a.locale == defaultLocale;
            const bool bDefault = b.locale == defaultLocale;
            return aDefault != bDefault ? aDefault : a.locale < b.locale;
        });
    return texts;
}

} // namespace

PreviewSmsTextPanel::PreviewSmsTextPanel(storage::Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_scroll(new QScrollArea(this))
    , m_list(new QWidget(m_scroll))
    , m_listLayout(new QVBoxLayout(m_list))
    , m_addLocale(new QComboBox(this))
    , m_addButton(new QPushButton(tr("A&dd"), this))
    , m_domain(new QLineEdit(this))
    , m_hash(new QLineEdit(this))
    , m_computeHash(new QPushButton(tr("Compute…"), this))
    , m_message(new FieldMessage(this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
    , m_revertButton(new QPushButton(tr("&Revert"), this))
{
    setObjectName(QStringLiteral("previewSmsTextPanel"));
    m_scroll->setObjectName(QStringLiteral("smsLocalesScroll"));
    m_scroll->setAccessibleName(tr("SMS texts by locale"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_list);
    m_listLayout->setContentsMargins(0, 0, 0, 0);
    m_listLayout->addStretch(1);
    m_message->setObjectName(QStringLiteral("smsPanelMessage"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setAccessibleName(tr("Save the SMS texts"));
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_revertButton->setAccessibleName(tr("Revert the SMS texts"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(buildAutofill());
    layout->addWidget(m_message);

    connect(m_saveButton, &QPushButton::clicked, this, &PreviewSmsTextPanel::save);
    connect(m_revertButton, &QPushButton::clicked, this, &PreviewSmsTextPanel::revert);
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        if (addLocale(m_addLocale->currentText()))
            m_addLocale->clearEditText();
    });
    connect(m_domain, &QLineEdit::textChanged, this, &PreviewSmsTextPanel::refresh);
    connect(m_hash, &QLineEdit::textChanged, this, &PreviewSmsTextPanel::refresh);
    connect(m_computeHash, &QPushButton::clicked, this, &PreviewSmsTextPanel::askForAndroidHash);
    load();
}

// Adding a locale, and the two autofill settings: one row each.
QWidget* PreviewSmsTextPanel::buildAutofill()
{
    auto* box = new QWidget(this);
    m_addLocale->setObjectName(QStringLiteral("smsAddLocaleCombo"));
    m_addLocale->setAccessibleName(tr("Locale to add"));
    m_addLocale->setEditable(true);
    m_addLocale->setInsertPolicy(QComboBox::NoInsert);
    m_addLocale->lineEdit()->setPlaceholderText(tr("language_COUNTRY, e.g. de_DE"));
    m_addButton->setObjectName(QStringLiteral("smsAddLocaleButton"));
    m_addButton->setAccessibleName(tr("Add a text for this locale"));
    m_domain->setObjectName(QStringLiteral("smsWebOtpDomainEdit"));
    m_domain->setAccessibleName(tr("WebOTP domain"));
    m_domain->setPlaceholderText(tr("login.example.com (empty: off)"));
    m_domain->setToolTip(tr("Adds the line “@DOMAIN #CODE” at the end of every text, so browsers (WebOTP) and iOS "
                            "offer the code on that site only."));
    m_hash->setObjectName(QStringLiteral("smsAndroidHashEdit"));
    m_hash->setAccessibleName(tr("Android app hash"));
    m_hash->setPlaceholderText(tr("11 characters (empty: off)"));
    m_hash->setMaxLength(tmpl::kAndroidAppHashLength);
    m_hash->setToolTip(tr("Android's SMS Retriever hands a message to the app whose hash it holds: the check then "
                          "wants it in every text, and every text in one SMS (140 bytes)."));
    m_computeHash->setObjectName(QStringLiteral("smsComputeHashButton"));
    m_computeHash->setAccessibleName(tr("Compute the Android app hash from the app's signing certificate"));

    // Two rows: adding a locale beside Save and Revert, then the two autofill settings.
    auto* addLabel = new QLabel(tr("Add a languag&e"), box);
    addLabel->setBuddy(m_addLocale);
    auto* domainLabel = new QLabel(tr("WebOTP do&main"), box);
    domainLabel->setBuddy(m_domain);
    auto* hashLabel = new QLabel(tr("Android app hash"), box);
    hashLabel->setBuddy(m_hash);
    m_addLocale->setMinimumContentsLength(14);
    m_addLocale->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_hash->setMinimumWidth(m_hash->fontMetrics().horizontalAdvance(QLatin1Char('W')) * 12);
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(addLabel, 0, 0);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_addLocale);
    addRow->addWidget(m_addButton);
    addRow->addStretch(1);
    addRow->addWidget(m_revertButton);
    addRow->addWidget(m_saveButton);
    grid->addLayout(addRow, 0, 1, 1, 4);
    grid->addWidget(domainLabel, 1, 0);
    grid->addWidget(m_domain, 1, 1);
    grid->addWidget(hashLabel, 1, 2);
    auto* hashRow = new QHBoxLayout;
    hashRow->addWidget(m_hash, 1);
    hashRow->addWidget(m_computeHash);
    grid->addLayout(hashRow, 1, 3, 1, 2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    return box;
}

void PreviewSmsTextPanel::load()
{
    const storage::SettingsRepository settings(m_database);
    const storage::SettingsRepository::SmsTextsResult texts = settings.smsTexts();
    const storage::SettingsRepository::ValueResult domain
        = settings.value(storage::SettingsRepository::webOtpDomainKey());
    const storage::SettingsRepository::ValueResult hash
        = settings.value(storage::SettingsRepository::androidAppHashKey());
    m_savedTexts = texts.texts;
    m_savedDomain = domain.value.value_or(QString());
    m_savedHash = hash.value.value_or(QString());
    // What could not be read must not be saved over: Save writes the whole set.
    m_loadError.clear();
    for (const storage::DbError& error : { texts.error, domain.error, hash.error }) {
        if (error.isError() && m_loadError.isEmpty())
            m_loadError = tr("The SMS texts were not read, so they cannot be saved here: %1").arg(error.message());
    }
    revert();
}

void PreviewSmsTextPanel::revert()
{
    for (SmsLocaleEditor* editor : std::as_const(m_editors))
        editor->deleteLater();
    m_editors.clear();
    m_lastEdited = nullptr;
    for (const tmpl::LocalizedSmsText& text : m_savedTexts.texts)
        addEditor(text.locale, text.text)->setDefault(text.locale == m_savedTexts.defaultLocale);
    const QSignalBlocker blockDomain(m_domain);
    const QSignalBlocker blockHash(m_hash);
    m_domain->setText(m_savedDomain);
    m_hash->setText(m_savedHash);
    m_message->clear();
    fillLocaleChoices();
    refresh();
}

void PreviewSmsTextPanel::reload()
{
    if (!m_dirty)
        load();
}

SmsLocaleEditor* PreviewSmsTextPanel::addEditor(const QString& locale, const QString& text)
{
    auto* editor = new SmsLocaleEditor(locale, text, m_list);
    m_listLayout->insertWidget(m_listLayout->count() - 1, editor);
    m_editors.append(editor);
    editor->setDefault(false);
    connect(editor, &SmsLocaleEditor::edited, this, [this, editor] {
        m_lastEdited = editor;
        refresh();
    });
    connect(editor, &SmsLocaleEditor::makeDefaultRequested, this, [this, editor] { makeDefault(editor); });
    connect(editor, &SmsLocaleEditor::removeRequested, this, [this, editor] { removeEditor(editor); });
    connect(editor, &SmsLocaleEditor::statusMessage, this, &PreviewSmsTextPanel::statusMessage);
    return editor;
}

bool PreviewSmsTextPanel::addLocale(const QString& name)
{
    const tmpl::SmsLocaleName locale = tmpl::parseSmsLocale(name);
    if (!locale.ok()) {
        m_message->setMessage(FieldMessage::Kind::Error, locale.error);
        return false;
    }
    for (const SmsLocaleEditor* editor : std::as_const(m_editors)) {
        if (editor->locale() == locale.name) {
            m_message->setMessage(FieldMessage::Kind::Error, tr("%1 has a text already.").arg(locale.name));
            return false;
        }
    }
    // Starts as the default text, so the translator replaces words and keeps the placeholders.
    SmsLocaleEditor* editor = addEditor(locale.name, m_editors.isEmpty() ? QString() : m_editors.first()->text());
    m_message->clear();
    fillLocaleChoices();
    m_lastEdited = editor;
    refresh();
    m_scroll->ensureWidgetVisible(editor);
    editor->editor()->setFocus();
    editor->editor()->selectAll();
    Q_EMIT statusMessage(tr("%1 added; translate its text, then save.").arg(locale.name));
    return true;
}

void PreviewSmsTextPanel::removeEditor(SmsLocaleEditor* editor)
{
    if (editor->isDefault())
        return;
    m_editors.removeOne(editor);
    if (m_lastEdited == editor)
        m_lastEdited = nullptr;
    editor->deleteLater();
    fillLocaleChoices();
    refresh();
    Q_EMIT statusMessage(tr("%1 removed; Revert brings it back until you save.").arg(editor->locale()));
}

void PreviewSmsTextPanel::makeDefault(SmsLocaleEditor* editor)
{
    for (SmsLocaleEditor* e : std::as_const(m_editors))
        e->setDefault(e == editor);
    // The default first, as everywhere else.
    m_editors.removeOne(editor);
    m_editors.prepend(editor);
    m_listLayout->removeWidget(editor);
    m_listLayout->insertWidget(0, editor);
    refresh();
}

void PreviewSmsTextPanel::fillLocaleChoices()
{
    const QString typed = m_addLocale->currentText();
    m_addLocale->clear();
    for (const QString& locale : commonLocales()) {
        const bool present = std::any_of(
            m_editors.cbegin(), m_editors.cend(), [&](const SmsLocaleEditor* e) { return e->locale() == locale; });
        if (!present)
            m_addLocale->addItem(locale);
    }
    m_addLocale->setEditText(typed);
}

tmpl::SmsTexts PreviewSmsTextPanel::currentTexts() const
{
    tmpl::SmsTexts texts;
    texts.texts.clear();
    for (const SmsLocaleEditor* editor : m_editors) {
        texts.texts.append({ editor->locale(), editor->text() });
        if (editor->isDefault())
            texts.defaultLocale = editor->locale();
    }
    return texts;
}

void PreviewSmsTextPanel::refresh()
{
    const storage::SettingsRepository settings(m_database);
    tmpl::SmsTextContext context;
    context.policy = settings.loadPolicy().policy;
    const QString domain = m_domain->text().trimmed();
    const QString hash = m_hash->text().trimmed();
    const QString domainProblem = domain.isEmpty() ? QString() : tmpl::checkWebOtpDomain(domain);
    const bool hashOk = hash.isEmpty() || tmpl::isAndroidAppHash(hash);
    context.webOtpDomain = domainProblem.isEmpty() ? domain.toLower() : QString();
    context.androidAppHash = hashOk ? hash : QString();
    bool errors = !domainProblem.isEmpty() || !hashOk;
    const QString defaultText = m_editors.isEmpty() ? QString() : m_editors.first()->text();
    for (SmsLocaleEditor* editor : std::as_const(m_editors)) {
        tmpl::SmsTextContext own = context;
        if (!editor->isDefault())
            own.defaultText = defaultText;
        editor->check(own);
        errors = errors || editor->report().hasErrors();
    }
    const QString settingsProblem
        = !domainProblem.isEmpty() ? domainProblem : (hashOk ? QString() : tmpl::checkAndroidAppHash(hash));
    if (!settingsProblem.isEmpty())
        m_message->setMessage(FieldMessage::Kind::Error, settingsProblem);
    else if (m_showsSettingsProblem)
        m_message->clear();
    m_showsSettingsProblem = !settingsProblem.isEmpty();

    const bool dirty
        = inOrder(currentTexts()) != inOrder(m_savedTexts) || domain != m_savedDomain || hash != m_savedHash;
    m_saveButton->setEnabled(dirty && !errors && m_loadError.isEmpty());
    if (!m_loadError.isEmpty())
        m_message->setMessage(FieldMessage::Kind::Error, m_loadError);
    m_revertButton->setEnabled(dirty);
    if (dirty != m_dirty) {
        m_dirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
    const SmsLocaleEditor* shown = m_lastEdited ? m_lastEdited : (m_editors.isEmpty() ? nullptr : m_editors.first());
    const QString rendered = shown ? shown->report().rendered : QString();
    m_renderedLocale = shown ? shown->locale() : QString();
    if (rendered != m_rendered) {
        m_rendered = rendered;
        Q_EMIT renderedChanged(rendered);
    }
}

bool PreviewSmsTextPanel::save()
{
    refresh();
    if (!m_saveButton->isEnabled())
        return false;
    const tmpl::SmsTexts texts = inOrder(currentTexts());
    const QString domain = m_domain->text().trimmed().toLower();
    const QString hash = m_hash->text().trimmed();
    const storage::DbError error = storage::SettingsRepository(m_database).saveSmsTextSettings(texts, domain, hash);
    if (error.isError()) {
        m_message->setMessage(FieldMessage::Kind::Error, tr("Not saved: %1").arg(error.message()));
        return false;
    }
    m_savedTexts = texts;
    m_savedDomain = domain;
    m_savedHash = hash;
    {
        const QSignalBlocker block(m_domain);
        m_domain->setText(domain);
    }
    refresh();
    Q_EMIT statusMessage(tr("SMS texts saved."));
    return true;
}

QString PreviewSmsTextPanel::computeAndroidHash(const QString& packageName, const QString& certificatePath)
{
    const limits::LimitedRead file = limits::readFile(
        certificatePath, limits::kCertificateFileBytes, tr("The certificate file %1").arg(certificatePath));
    if (!file.ok())
        return file.error;
    const tmpl::AndroidAppHash hash = tmpl::androidAppHash(packageName.trimmed(), file.data);
    if (!hash.ok())
        return hash.error;
    m_hash->setText(hash.hash);
    Q_EMIT statusMessage(tr("Android app hash %1 computed for %2; put it in the texts, then save.")
                             .arg(hash.hash, packageName.trimmed()));
    return {};
}

// A small dialog: the package name and the certificate file, computed on OK; a mistake is shown there.
void PreviewSmsTextPanel::askForAndroidHash()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("androidHashDialog"));
    dialog.setWindowTitle(tr("Android app hash"));
    auto* package = new QLineEdit(&dialog);
    package->setObjectName(QStringLiteral("androidPackageEdit"));
    package->setPlaceholderText(QStringLiteral("com.example.app"));
    auto* certificate = new QLineEdit(&dialog);
    certificate->setObjectName(QStringLiteral("androidCertificateEdit"));
    auto* browse = new QPushButton(tr("&Browse…"), &dialog);
    auto* message = new FieldMessage(&dialog);
    message->setMessage(FieldMessage::Kind::Hint,
        tr("The certificate the app is signed with, PEM or DER: keytool -exportcert -alias KEY -keystore KEYSTORE "
           "writes it."));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(certificate, 1);
    fileRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("&Package name"), package);
    form->addRow(tr("&Certificate file"), fileRow);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(message);
    layout->addWidget(buttons);
    connect(browse, &QPushButton::clicked, &dialog, [&] {
        const QString path = QFileDialog::getOpenFileName(
            &dialog, tr("Signing certificate"), QString(), tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
        if (!path.isEmpty())
            certificate->setText(path);
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const QString error = computeAndroidHash(package->text(), certificate->text());
        if (error.isEmpty())
            dialog.accept();
        else
            message->setMessage(FieldMessage::Kind::Error, error);
    });
    dialog.exec();
}

} // namespace smsotp::ui
