#include "ProviderPage.h"

#include "AboutDialog.h"
#include "ConsoleContext.h"
#include "editors/CustomEditor.h"
#include "editors/VendorCredentialCheck.h"
#include "editors/VendorEditor.h"
#include "providers/ProviderClient.h"
#include "sandbox/SandboxGateway.h"
#include "send/ProviderSetupLoader.h"
#include "template/HeaderList.h"
#include "widgets/FieldMessage.h"
#include "widgets/SecretField.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <iterator>

namespace smsotp::ui {

using providers::ProviderKind;
namespace keys = storage::secretkeys;

namespace {
constexpr ProviderKind kTabKinds[]
    = { ProviderKind::Twilio, ProviderKind::Vonage, ProviderKind::Custom, ProviderKind::Sandbox };

// A tab's page: the editor in a scroll area that scrolls only vertically, so a long form (Custom) scrolls inside
// its tab and its wrapped hints never overlap the fields below them.
QScrollArea* scrolled(QWidget* editor, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    area->setObjectName(editor->objectName() + QStringLiteral("Scroll"));
    area->setWidgetResizable(true);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(editor);
    return area;
}
} // namespace

ProviderPage::ProviderPage(ConsoleContext& context, QWidget* parent)
    : Page(parent)
    , m_context(context)
    , m_repository(context.database)
    , m_tabs(new QTabWidget(this))
    , m_twilio(new VendorEditor(twilioEditorSpec(), this))
    , m_vonage(new VendorEditor(vonageEditorSpec(), this))
    , m_custom(new CustomEditor(this))
    , m_sandbox(new QWidget(this))
    , m_activeLabel(new QLabel(this))
    , m_useButton(new QPushButton(this))
    , m_pageMessage(new FieldMessage(this))
    , m_retryButton(new QPushButton(tr("Try &again"), this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
    , m_revertButton(new QPushButton(tr("&Revert"), this))
{
    setObjectName(QStringLiteral("providerPage"));
    buildTabs();
    buildLayout();
    connectEditors();
    load();
}

void ProviderPage::buildTabs()
{
    m_sandbox->setObjectName(QStringLiteral("sandboxTab"));
    auto* sandboxText = new QLabel(
        tr("The console's own SMS gateway on this computer. Messages sent to it never leave the machine; they "
           "appear in the Sandbox phone on the Test Send page. It needs no account, so a new profile can try the "
           "whole send-and-verify flow at once. It goes through the same path as a custom provider: template, "
           "HTTP and response check."),
        m_sandbox);
    sandboxText->setWordWrap(true);
    m_sandboxUrl = new QLabel(m_sandbox);
    m_sandboxUrl->setObjectName(QStringLiteral("sandboxUrlLabel"));
    m_sandboxUrl->setWordWrap(true);
    m_sandboxUrl->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* sandboxLayout = new QVBoxLayout(m_sandbox);
    sandboxLayout->addWidget(sandboxText);
    sandboxLayout->addWidget(m_sandboxUrl);
    sandboxLayout->addStretch();

    m_tabs->setObjectName(QStringLiteral("providerTabs"));
    m_tabs->setAccessibleName(tr("Providers"));
    m_tabs->tabBar()->setObjectName(QStringLiteral("providerTabBar"));
    m_tabs->tabBar()->setAccessibleName(tr("Providers"));
    m_tabs->setDocumentMode(true);
    for (QWidget* editor : { static_cast<QWidget*>(m_twilio), static_cast<QWidget*>(m_vonage),
             static_cast<QWidget*>(m_custom), m_sandbox })
        m_tabs->addTab(scrolled(editor, m_tabs), QString());
}

void ProviderPage::buildLayout()
{
    auto* notice = new FieldMessage(this);
    notice->setObjectName(QStringLiteral("nistNotice"));
    notice->setMessage(FieldMessage::Kind::Warning,
        tr("SMS is a restricted authenticator in NIST SP 800-63B: codes can be intercepted or redirected (SIM "
           "swap, number porting, SS7). Offer your users a stronger authenticator as well."));

    m_activeLabel->setObjectName(QStringLiteral("activeProviderLabel"));
    m_activeLabel->setWordWrap(true);
    m_useButton->setObjectName(QStringLiteral("useProviderButton"));
    m_pageMessage->setObjectName(QStringLiteral("pageMessage"));
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_retryButton->setAccessibleName(tr("Try saving the secrets again"));
    m_retryButton->setVisible(false);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setAccessibleName(tr("Save provider settings"));
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_revertButton->setAccessibleName(tr("Revert provider settings"));
    auto* wizardButton = new QPushButton(tr("Set up with &wizard…"), this);
    wizardButton->setObjectName(QStringLiteral("providerWizardButton"));
    wizardButton->setAccessibleName(tr("Set up a provider with the wizard"));
    connect(wizardButton, &QPushButton::clicked, this, &ProviderPage::wizardRequested);

    auto* activeRow = new QHBoxLayout;
    activeRow->addWidget(m_activeLabel, 1);
    activeRow->addWidget(m_useButton);
    activeRow->addWidget(wizardButton);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_retryButton);
    buttons->addStretch();
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(notice);
    layout->addLayout(activeRow);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_pageMessage);
    layout->addLayout(buttons);
}

void ProviderPage::connectEditors()
{
    connect(m_tabs, &QTabWidget::currentChanged, this, &ProviderPage::refresh);
    connect(m_twilio, &VendorEditor::changed, this, &ProviderPage::refresh);
    connect(m_vonage, &VendorEditor::changed, this, &ProviderPage::refresh);
    connect(m_custom, &CustomEditor::changed, this, &ProviderPage::refresh);
    connect(m_useButton, &QPushButton::clicked, this, [this] {
        m_active = currentTabKind();
        refresh();
    });
    connect(m_saveButton, &QPushButton::clicked, this, &ProviderPage::save);
    connect(m_revertButton, &QPushButton::clicked, this, &ProviderPage::revert);
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        m_retryButton->setVisible(false);
        runQueue();
    });
    connect(m_twilio->secretField(), &SecretField::revealRequested, this,
        [this] { reveal(m_twilio->secretField(), keys::twilioAuthToken()); });
    connect(m_vonage->secretField(), &SecretField::revealRequested, this,
        [this] { reveal(m_vonage->secretField(), keys::vonageApiSecret()); });
    connect(m_custom->authSecretField(), &SecretField::revealRequested, this,
        [this] { reveal(m_custom->authSecretField(), keys::customAuthSecret()); });
    connect(m_custom, &CustomEditor::revealHeadersRequested, this, &ProviderPage::revealHeaders);
    new VendorCredentialCheck(m_twilio, ProviderKind::Twilio, m_context.client, m_context.secrets, this);
    new VendorCredentialCheck(m_vonage, ProviderKind::Vonage, m_context.client, m_context.secrets, this);
}

ProviderPage::~ProviderPage() = default;

QString ProviderPage::pageTitle()
{
    return tr("SMS Provider");
}

void ProviderPage::load()
{
    m_loading = true;
    const storage::ProviderRepository::LoadResult loaded = m_repository.load();
    const storage::ProviderRepository::StoredResult stored = m_repository.storedSecrets();
    if (loaded.error.isError() || stored.error.isError()) {
        const storage::DbError& error = loaded.error.isError() ? loaded.error : stored.error;
        m_pageMessage->setMessage(
            FieldMessage::Kind::Error, tr("Could not read the saved providers. %1").arg(error.message()));
    } else {
        m_pageMessage->clear();
    }
    m_problemTabs.clear();
    m_showingProblems = false;
    m_saved = loaded.settings;
    m_storedSecrets = QSet<QString>(stored.keys.begin(), stored.keys.end());
    // A secret whose save did not finish is not among the stored ones: it is asked for again, and this says why.
    if (!loaded.error.isError() && !stored.error.isError() && !m_saved.interruptedSecrets.isEmpty()) {
        m_pageMessage->setMessage(
            FieldMessage::Kind::Warning, send::interruptedSecretMessage(m_saved.interruptedSecrets.first()));
    }
    m_active = m_saved.active;
    m_twilio->setFields(vendorFields(m_saved.twilio, m_saved.twilio.accountSid));
    m_twilio->secretField()->setStored(m_storedSecrets.contains(keys::twilioAuthToken()));
    m_vonage->setFields(vendorFields(m_saved.vonage, m_saved.vonage.apiKey));
    m_vonage->secretField()->setStored(m_storedSecrets.contains(keys::vonageApiSecret()));
    showSavedCustom();
    m_loading = false;
    refresh();
}

void ProviderPage::showSavedCustom()
{
    m_custom->setSettings(m_saved.custom);
    m_custom->setStoredKeys(m_storedSecrets);
    for (const CustomEditor::NamedSecretRow& row : m_custom->namedSecretRows()) {
        const QString key = keys::customNamedSecret(row.name->text());
        connect(row.value, &SecretField::revealRequested, this, [this, field = row.value, key] { reveal(field, key); });
    }
}

ProviderKind ProviderPage::currentTabKind() const
{
    const int index = m_tabs->currentIndex();
    return index >= 0 && index < int(std::size(kTabKinds)) ? kTabKinds[index] : ProviderKind::Sandbox;
}

int ProviderPage::tabIndex(ProviderKind kind)
{
    return int(std::find(std::begin(kTabKinds), std::end(kTabKinds), kind) - std::begin(kTabKinds));
}

QString ProviderPage::tabName(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Twilio:
        return QStringLiteral("Twilio");
    case ProviderKind::Vonage:
        return QStringLiteral("Vonage");
    case ProviderKind::Custom:
        return tr("Custom");
    case ProviderKind::Sandbox:
        return tr("Sandbox");
    }
    return {};
}

QStringList ProviderPage::problemsOf(ProviderKind kind) const
{
    switch (kind) {
    case ProviderKind::Twilio:
        return m_twilio->problems();
    case ProviderKind::Vonage:
        return m_vonage->problems();
    case ProviderKind::Custom:
        return m_custom->problems();
    case ProviderKind::Sandbox:
        return {};
    }
    return {};
}

void ProviderPage::updateTabs()
{
    // A tab keeps its problem mark from a refused Save until its problems are fixed.
    m_problemTabs.removeIf([this](ProviderKind kind) { return problemsOf(kind).isEmpty(); });
    QStringList listed;
    for (ProviderKind kind : kTabKinds) {
        const int index = tabIndex(kind);
        const bool marked = m_problemTabs.contains(kind);
        const QStringList problems = marked ? problemsOf(kind) : QStringList();
        QString text = kind == m_active ? tr("%1 (active)").arg(tabName(kind)) : tabName(kind);
        if (marked)
            text = QStringLiteral("\u2022 ") + text;
        m_tabs->setTabText(index, text);
        m_tabs->setTabIcon(index, marked ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
        m_tabs->setTabToolTip(index, problems.join(QLatin1Char('\n')));
        // One line per tab naming its fields at fault; the full sentences are under the fields and in the tab's
        // tooltip, so the list stays short enough to leave the form visible at 900x600.
        QStringList fields;
        for (const QString& problem : problems)
            fields.append(problem.section(QStringLiteral(": "), 0, 0));
        fields.removeDuplicates();
        if (!fields.isEmpty())
            listed.append(QStringLiteral("\u2022 %1: %2").arg(tabName(kind), fields.join(QStringLiteral(", "))));
    }
    if (!listed.isEmpty())
        m_pageMessage->setMessage(FieldMessage::Kind::Error,
            tr("Not saved. Fix the marked tabs first:") + QLatin1Char('\n') + listed.join(QLatin1Char('\n')));
    else if (m_showingProblems)
        m_pageMessage->clear();
    m_showingProblems = !listed.isEmpty();
}

QString ProviderPage::problemOf(ProviderKind kind) const
{
    switch (kind) {
    case ProviderKind::Twilio:
        return m_twilio->firstProblem();
    case ProviderKind::Vonage:
        return m_vonage->firstProblem();
    case ProviderKind::Custom:
        return m_custom->firstProblem();
    case ProviderKind::Sandbox:
        return {};
    }
    return {};
}

bool ProviderPage::isComplete(ProviderKind kind) const
{
    return problemOf(kind).isEmpty();
}

bool ProviderPage::tabChanged(ProviderKind kind) const
{
    switch (kind) {
    case ProviderKind::Twilio:
        return m_twilio->fields() != vendorFields(m_saved.twilio, m_saved.twilio.accountSid)
            || m_twilio->secretField()->state() == SecretField::State::Editing;
    case ProviderKind::Vonage:
        return m_vonage->fields() != vendorFields(m_saved.vonage, m_saved.vonage.apiKey)
            || m_vonage->secretField()->state() == SecretField::State::Editing;
    case ProviderKind::Custom: {
        storage::CustomProviderSettings now = m_custom->settings();
        storage::CustomProviderSettings saved = m_saved.custom;
        // Compare the header names; a typed value (anything but the mask) is a change of its own.
        const QList<tmpl::HeaderField> headers = tmpl::parseHeaderList(now.config.headers).fields();
        const bool valuesTyped = m_headersBeforeReveal.isNull()
            && std::any_of(
                headers.cbegin(), headers.cend(), [](const tmpl::HeaderField& f) { return f.value != secretMask(); });
        now.config.headers = storage::ProviderRepository::headerNamesOnly(now.config.headers);
        saved.config.headers = storage::ProviderRepository::headerNamesOnly(saved.config.headers);
        const bool secretsTyped = std::any_of(m_custom->namedSecretRows().cbegin(), m_custom->namedSecretRows().cend(),
            [](const CustomEditor::NamedSecretRow& r) { return r.value->state() == SecretField::State::Editing; });
        const bool authTyped = m_custom->authSecretField()->state() == SecretField::State::Editing;
        const bool same = now.config == saved.config && now.namedSecrets == saved.namedSecrets;
        return !same || valuesTyped || secretsTyped || authTyped;
    }
    case ProviderKind::Sandbox:
        return false;
    }
    return false;
}

void ProviderPage::refresh()
{
    if (m_loading)
        return;
    // The gateway starts on first use (this may be it), so its address is read each time, not once.
    const QUrl sandboxUrl = m_context.sandbox.endpoint();
    m_sandboxUrl->setText(!sandboxUrl.isEmpty()
            ? tr("Listening on %1 (this computer only).").arg(sandboxUrl.toString())
            : tr("The sandbox gateway is not running: %1").arg(m_context.sandbox.startError()));
    const ProviderKind tab = currentTabKind();
    const QString activeName = providers::providerDisplayName(m_active);
    m_activeLabel->setText(m_active == m_saved.active ? tr("Active provider: %1").arg(activeName)
                                                      : tr("Active provider: %1 (not saved yet)").arg(activeName));
    updateTabs();
    m_useButton->setText(tr("&Use %1 for sends").arg(tabName(tab)));
    m_useButton->setAccessibleName(m_useButton->text().remove(QLatin1Char('&')));
    m_useButton->setEnabled(tab != m_active && isComplete(tab) && m_queue.isEmpty());
    m_useButton->setToolTip(isComplete(tab) ? QString() : problemOf(tab));

    const bool waiting = !m_queue.isEmpty();
    m_tabs->setEnabled(!waiting);
    const bool dirty = waiting || m_active != m_saved.active || tabChanged(ProviderKind::Twilio)
        || tabChanged(ProviderKind::Vonage) || tabChanged(ProviderKind::Custom);
    m_saveButton->setEnabled(dirty && !waiting);
    m_revertButton->setEnabled(dirty && !waiting);
    if (dirty != m_dirty) {
        m_dirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
}

bool ProviderPage::isDirty() const
{
    return m_dirty;
}

void ProviderPage::markStored(const QString& key, bool stored)
{
    if (stored)
        m_storedSecrets.insert(key);
    else
        m_storedSecrets.remove(key);
    // The mark is a convenience; the keychain stays the truth, so a failure here only costs a "•••".
    m_repository.setSecretStored(key, stored);
}

QList<storage::SecretChange> ProviderPage::secretChanges() const
{
    QList<storage::SecretChange> changes;
    const auto vendor = [&](VendorEditor* editor, const QString& key) {
        if (SecretField* field = editor->secretField(); field->hasNewValue())
            changes.append(storage::SecretChange::write(key, field->newValue()));
    };
    if (tabChanged(ProviderKind::Twilio))
        vendor(m_twilio, keys::twilioAuthToken());
    if (tabChanged(ProviderKind::Vonage))
        vendor(m_vonage, keys::vonageApiSecret());
    if (tabChanged(ProviderKind::Custom))
        changes += storage::customSecretChanges(m_custom->secretsForm(), m_storedSecrets.values());
    return changes;
}

void ProviderPage::secretApplied(const storage::SecretChange& change)
{
    m_queue.removeFirst();
    markStored(change.key, !change.isRemoval());
    if (change.key == keys::twilioAuthToken())
        m_twilio->secretField()->setStored(true);
    else if (change.key == keys::vonageApiSecret())
        m_vonage->secretField()->setStored(true);
    else if (!change.isRemoval())
        m_custom->markNamedSecretStored(change.key);
}

bool ProviderPage::refuseProblems()
{
    m_problemTabs.clear();
    for (ProviderKind kind : { ProviderKind::Twilio, ProviderKind::Vonage, ProviderKind::Custom }) {
        if (tabChanged(kind) && !isComplete(kind))
            m_problemTabs.append(kind);
    }
    if (m_problemTabs.isEmpty())
        return true;
    // Only the tabs at fault show their errors: an untouched tab keeps its hints.
    if (m_problemTabs.contains(ProviderKind::Twilio))
        m_twilio->showProblems();
    if (m_problemTabs.contains(ProviderKind::Vonage))
        m_vonage->showProblems();
    for (ProviderKind kind : kTabKinds) {
        if (m_problemTabs.contains(kind)) {
            m_tabs->setCurrentIndex(tabIndex(kind)); // refreshes, which marks the tabs and lists the problems
            break;
        }
    }
    refresh();
    Q_EMIT statusMessage(tr("Provider settings not saved: fix the marked tabs."));
    return false;
}

bool ProviderPage::save()
{
    if (!m_queue.isEmpty())
        return false;
    if (!refuseProblems())
        return false;

    // The secrets to write are taken before the non-secret save reloads anything.
    const QList<storage::SecretChange> changes = secretChanges();
    storage::DbError error = m_repository.markSecretsPending(storage::SecretChange::keysOf(changes));
    if (!error.isError() && tabChanged(ProviderKind::Twilio))
        error = m_repository.saveTwilio(twilioConfig(m_twilio->fields()));
    if (!error.isError() && tabChanged(ProviderKind::Vonage))
        error = m_repository.saveVonage(vonageConfig(m_vonage->fields()));
    if (!error.isError() && tabChanged(ProviderKind::Custom))
        error = m_repository.saveCustom(m_custom->settings());
    if (!error.isError() && m_active != m_saved.active)
        error = m_repository.setActive(m_active);
    if (error.isError()) {
        m_pageMessage->setMessage(
            FieldMessage::Kind::Error, tr("Not saved: %1 %2").arg(error.title() + QLatin1Char('.'), error.message()));
        m_pageMessage->setToolTip(error.detail);
        return false;
    }
    const ProviderKind previousActive = m_saved.active;
    const storage::ProviderRepository::LoadResult reloaded = m_repository.load();
    m_saved = reloaded.settings;
    if (m_saved.active != previousActive)
        Q_EMIT activeProviderChanged(m_saved.active);

    m_queue = changes;
    const bool keychainNeeded = !m_queue.isEmpty();
    runQueue();
    return !keychainNeeded;
}

void ProviderPage::runQueue()
{
    if (m_queue.isEmpty()) {
        // Everything is in the keychain: show the custom provider as stored (header values as •••). A check's
        // result was about the values before the save: it goes.
        showSavedCustom();
        m_twilio->clearCheckResult();
        m_vonage->clearCheckResult();
        m_pageMessage->clear();
        refresh();
        Q_EMIT statusMessage(tr("Provider settings saved."));
        return;
    }
    m_pageMessage->setMessage(FieldMessage::Kind::Hint, tr("Waiting for the keychain…"));
    Q_EMIT statusMessage(tr("Waiting for the keychain…"));
    refresh();
    m_context.secrets.applyChanges(
        m_queue, this, [this](const storage::SecretChange& change) { secretApplied(change); },
        [this](const storage::SecretChangesResult& result) {
            if (result.ok()) {
                runQueue();
                return;
            }
            // The rest was saved; the typed values stay in the form, and Retry picks up where this stopped.
            m_pageMessage->setMessage(FieldMessage::Kind::Error,
                tr("The settings were saved, but the secrets were not: %1").arg(result.error.message()));
            m_pageMessage->setToolTip(result.error.detail);
            m_retryButton->setVisible(true);
            Q_EMIT statusMessage(tr("The keychain did not take the secrets."));
            refresh();
        });
}

void ProviderPage::revert()
{
    if (!m_queue.isEmpty())
        return;
    m_retryButton->setVisible(false);
    load();
    Q_EMIT statusMessage(tr("Provider settings reverted to the saved values."));
}

void ProviderPage::reload()
{
    // Never discard the user's unsaved edits silently: a dirty page keeps them (Save or Revert decides), and only
    // a clean page is refreshed from the database.
    if (m_dirty || !m_queue.isEmpty() || !m_headersBeforeReveal.isNull())
        return;
    const ProviderKind before = m_saved.active;
    load();
    if (m_saved.active != before)
        Q_EMIT activeProviderChanged(m_saved.active);
}

void ProviderPage::reveal(SecretField* field, const QString& key)
{
    QPointer<SecretField> guard(field);
    m_context.secrets.read(key, [this, guard, key](const storage::SecretResult& result) {
        if (!guard)
            return;
        if (result.error.isError()) {
            if (result.error.kind == storage::SecretErrorKind::NotFound)
                markStored(key, false);
            guard->setStored(m_storedSecrets.contains(key));
            m_pageMessage->setMessage(FieldMessage::Kind::Error, result.error.message());
            return;
        }
        guard->showRevealed(result.value);
    });
}

void ProviderPage::revealHeaders(bool reveal)
{
    if (!reveal) {
        if (!m_headersBeforeReveal.isNull())
            m_custom->setHeaderText(std::exchange(m_headersBeforeReveal, QString()), false);
        return;
    }
    m_headersBeforeReveal = m_custom->headerText();
    QList<tmpl::HeaderField> fields = tmpl::parseHeaderList(m_custom->headerText()).fields();
    QStringList wanted;
    for (const tmpl::HeaderField& field : fields) {
        if (field.value == secretMask())
            wanted.append(keys::customHeader(field.name));
    }
    m_context.secrets.readMany(wanted,
        [this, fields](
            const QMap<QString, QString>& values, const QString&, const storage::SecretError& error) mutable {
            if (error.isError() || m_headersBeforeReveal.isNull()) {
                if (error.isError())
                    m_pageMessage->setMessage(FieldMessage::Kind::Error, error.message());
                return;
            }
            for (tmpl::HeaderField& field : fields) {
                const QString key = keys::customHeader(field.name);
                if (values.contains(key))
                    field.value = values.value(key);
            }
            m_custom->setHeaderText(tmpl::serializeHeaderList(fields), true);
        });
}

} // namespace smsotp::ui
