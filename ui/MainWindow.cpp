#include "MainWindow.h"

#include "AboutDialog.h"
#include "AppIcon.h"
#include "ConsoleContext.h"
#include "HelpDialogs.h"
#include "Language.h"
#include "pages/HistoryPage.h"
#include "pages/IdentityServerPage.h"
#include "pages/OtpSettingsPage.h"
#include "pages/PreviewPage.h"
#include "pages/ProviderPage.h"
#include "pages/TestSendPage.h"
#include "perf/FirstPaintReporter.h"
#include "storage/Database.h"
#include "storage/ProviderRepository.h"
#include "storage/SettingsRepository.h"
#include "wizard/ProviderWizardLauncher.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>
#include <algorithm>

namespace smsotp::ui {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kPageKey = QStringLiteral("window/page");
const QString kSplitterKey = QStringLiteral("window/splitter");
constexpr int kStatusTimeoutMs = 5000;
constexpr int kWizardSavedTimeoutMs = 10000;
} // namespace

MainWindow::MainWindow(ConsoleContext& context, QSettings& settings, bool isDefaultDataDir, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_settings(settings)
    , m_settingsRepository(std::make_unique<storage::SettingsRepository>(context.database))
    , m_splitter(new QSplitter(this))
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_profileLabel(new QLabel(this))
    , m_providerLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(
        isDefaultDataDir ? tr("SMS OTP Console") : tr("SMS OTP Console — %1").arg(context.database.dataDir()));
    // Decoding the icon's PNGs waits until the window is painted.
    perf::afterFirstPaint(this, [this] { setWindowIcon(appIcon()); });

    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stack->setObjectName(QStringLiteral("pageStack"));

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    // Focus that moves to a field out of sight (Add server, a problem's place, Alt+letter, Tab) brings it into view.
    m_focusConnection
        = connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) { revealFocused(now); });

    m_profileLabel->setObjectName(QStringLiteral("profileLabel"));
    m_profileLabel->setText(tr("Data: %1").arg(context.database.dataDir()));
    m_providerLabel->setObjectName(QStringLiteral("activeProviderLabel"));
    statusBar()->addPermanentWidget(m_providerLabel);
    statusBar()->addPermanentWidget(m_profileLabel);

    m_wizardLauncher = new ProviderWizardLauncher(m_context, this, this);
    connect(m_wizardLauncher, &ProviderWizardLauncher::committed, this, &MainWindow::showWizardCommit);
    // What the status bar names before the SMS Provider page is built; a load error shows on that page.
    setActiveProvider(storage::ProviderRepository(m_context.database).load().settings.active);
    createPages();

    // The list drives the stack; a refused change (Cancel in the unsaved prompt) puts the selection back.
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row == m_stack->currentIndex())
            return;
        if (!showPage(row)) {
            const QSignalBlocker blocker(m_navigation);
            m_navigation->setCurrentRow(m_stack->currentIndex());
        }
    });

    createMenus();

    const int lastPage = m_settings.value(kPageKey, 0).toInt();
    const int start = (lastPage >= 0 && lastPage < pageCount()) ? lastPage : 0;
    placePage(start);
    m_stack->setCurrentIndex(start);
    {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(start);
    }
    if (!restoreGeometry(m_settings.value(kGeometryKey).toByteArray()))
        resize(980, 680);
    restoreState(m_settings.value(kStateKey).toByteArray());
    if (!m_splitter->restoreState(m_settings.value(kSplitterKey).toByteArray())) {
        const int navigationWidth = m_navigation->sizeHintForColumn(0) + 6 * fontMetrics().averageCharWidth();
        m_splitter->setSizes({ navigationWidth, width() - navigationWidth });
    }
    statusBar()->showMessage(tr("Ready."), kStatusTimeoutMs);
}

MainWindow::~MainWindow()
{
    // The application outlives the window: its focus changes while the children go must not reach revealFocused.
    disconnect(m_focusConnection);
}

// The pages in the order of the work, each built when first shown, and what ties them together.
void MainWindow::createPages()
{
    addPage(OtpSettingsPage::pageTitle(), [this] {
        m_otpSettingsPage = new OtpSettingsPage(*m_settingsRepository, this);
        return m_otpSettingsPage;
    });
    addPage(ProviderPage::pageTitle(), [this] {
        m_providerPage = new ProviderPage(m_context, this);
        connect(m_providerPage, &ProviderPage::activeProviderChanged, this, &MainWindow::setActiveProvider);
        connect(m_providerPage, &ProviderPage::wizardRequested, m_wizardLauncher, &ProviderWizardLauncher::open);
        return m_providerPage;
    });
    addPage(PreviewPage::pageTitle(), [this] {
        m_previewPage = new PreviewPage(m_context, this);
        return m_previewPage;
    });
    addPage(TestSendPage::pageTitle(), [this] {
        m_testSendPage = new TestSendPage(m_context, this);
        m_testSendPage->setDefaultProvider(m_activeProvider);
        // New rows appear as sends finish; the History page queries only while it is shown.
        connect(&m_testSendPage->session(), &send::TestSendSession::sendFinished, this, [this] {
            if (m_historyPage && m_historyPage->isVisible())
                m_historyPage->reload();
        });
        return m_testSendPage;
    });
    addPage(HistoryPage::pageTitle(), [this] {
        m_historyPage = new HistoryPage(m_context, this);
        return m_historyPage;
    });
    addPage(IdentityServerPage::pageTitle(), [this] {
        auto* page = new IdentityServerPage(m_context, this);
        connect(page, &IdentityServerPage::configurationTaken, this, &MainWindow::reloadTakenConfiguration);
        return page;
    });
}

void MainWindow::addPage(const QString& title, std::function<Page*()> build)
{
    m_entries.append({ title, std::move(build), nullptr });
    // The stack holds a slot per page: a scroll area that scrolls only vertically, so a long page scrolls and never
    // widens or heightens the window. The page is built and put in its slot when first shown (placePage): building
    // every page, and laying out their wrapped text, before the first paint was most of the start-up time.
    auto* slot = new QScrollArea(m_stack);
    slot->setObjectName(QStringLiteral("pageScrollArea%1").arg(m_entries.size()));
    slot->setWidgetResizable(true);
    slot->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    slot->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(slot);
    auto* item = new QListWidgetItem(title, m_navigation);
    item->setData(Qt::AccessibleTextRole, title);
}

Page* MainWindow::page(int index)
{
    PageEntry& entry = m_entries[index];
    if (!entry.page) {
        entry.page = entry.build();
        adopt(entry.page);
    }
    return entry.page;
}

QList<Page*> MainWindow::pages()
{
    QList<Page*> all;
    for (int i = 0; i < pageCount(); ++i)
        all.append(page(i));
    return all;
}

void MainWindow::adopt(Page* page)
{
    page->setParent(this);
    page->hide();
    connect(page, &Page::dirtyChanged, this, [this, page] { updateNavigationItem(page); });
    connect(page, &Page::statusMessage, this,
        [this](const QString& text) { statusBar()->showMessage(text, kStatusTimeoutMs); });
}

void MainWindow::updateNavigationItem(Page* page)
{
    const auto built = std::find_if(
        m_entries.cbegin(), m_entries.cend(), [page](const PageEntry& entry) { return entry.page == page; });
    QListWidgetItem* item = m_navigation->item(int(built - m_entries.cbegin()));
    if (!item)
        return;
    // The mark of unsaved edits, as editors show it in a tab.
    item->setText(page->isDirty() ? page->title() + QStringLiteral(" •") : page->title());
    item->setData(
        Qt::AccessibleTextRole, page->isDirty() ? tr("%1, unsaved changes").arg(page->title()) : page->title());
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* save = file->addAction(tr("&Save"), this, [this] {
        if (Page* page = currentPage())
            page->save();
    });
    save->setObjectName(QStringLiteral("saveAction"));
    save->setShortcut(QKeySequence::Save);
    QAction* revert = file->addAction(tr("&Revert"), this, [this] {
        if (Page* page = currentPage())
            page->revert();
    });
    revert->setObjectName(QStringLiteral("revertAction"));
    file->addAction(tr("Provider setup &wizard…"), m_wizardLauncher, &ProviderWizardLauncher::open)
        ->setObjectName(QStringLiteral("providerWizardAction"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < pageCount(); ++i) {
        QAction* action = go->addAction(m_entries.at(i).title, this, [this, i] { showPage(i); });
        action->setObjectName(QStringLiteral("goToPage%1Action").arg(i + 1));
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    addLanguageMenu(*menuBar(), m_settings, this); // applies at the next start

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User Guide"), this, [this] { UserGuideDialog(this).exec(); });
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Keyboard Shortcuts"), this, [this] { KeyboardShortcutsDialog(*this).exec(); })
        ->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    help->addSeparator();
    QAction* about = help->addAction(tr("&About SMS OTP Console"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

Page* MainWindow::currentPage() const
{
    const int index = m_stack->currentIndex();
    return index >= 0 && index < pageCount() ? m_entries.at(index).page : nullptr;
}

void MainWindow::revealFocused(QWidget* focused)
{
    auto* slot = qobject_cast<QScrollArea*>(m_stack->currentWidget());
    if (focused && slot && slot->widget() && slot->widget()->isAncestorOf(focused))
        slot->ensureWidgetVisible(focused);
}

void MainWindow::placePage(int index)
{
    Page* page = this->page(index);
    auto* slot = static_cast<QScrollArea*>(m_stack->widget(index));
    if (slot->widget() != page)
        slot->setWidget(page);
    page->show();
}

bool MainWindow::showPage(int index)
{
    if (index < 0 || index >= pageCount())
        return false;
    if (index == m_stack->currentIndex())
        return true;
    Page* previous = currentPage();
    if (previous && !resolveUnsaved(previous))
        return false;
    placePage(index);
    m_stack->setCurrentIndex(index);
    if (m_navigation->currentRow() != index) {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(index);
    }
    // A page left is hidden itself, not only its slot: a layout skips hidden widgets, so the stack sizes itself
    // from the page shown alone instead of laying out every page shown before (tens of ms per switch).
    if (previous)
        previous->hide();
    m_settings.setValue(kPageKey, index);
    return true;
}

bool MainWindow::resolveUnsaved(Page* page)
{
    if (!page->isDirty())
        return true;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    if (m_prompt) {
        answer = m_prompt(page);
    } else {
        answer = QMessageBox::question(this, tr("Unsaved changes"),
            tr("The page “%1” has changes that are not saved. Save them?").arg(page->title()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    }
    switch (answer) {
    case QMessageBox::Save:
        return page->save();
    case QMessageBox::Discard:
        page->revert();
        return true;
    default:
        return false;
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    for (const PageEntry& entry : std::as_const(m_entries)) {
        if (entry.page && !resolveUnsaved(entry.page)) {
            event->ignore();
            return;
        }
    }
    m_settings.setValue(kGeometryKey, saveGeometry());
    m_settings.setValue(kStateKey, saveState());
    m_settings.setValue(kSplitterKey, m_splitter->saveState());
    m_settings.setValue(kPageKey, m_stack->currentIndex());
    m_settings.sync();
    event->accept();
}

void MainWindow::offerSetupWizard()
{
    m_wizardLauncher->offerOnFirstStart();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_context.database.dataDir(), this);
    dialog.exec();
}

void MainWindow::setActiveProvider(providers::ProviderKind kind)
{
    m_activeProvider = kind;
    m_providerLabel->setText(tr("Provider: %1").arg(providers::providerDisplayName(kind)));
    m_providerLabel->setAccessibleName(tr("Active provider: %1").arg(providers::providerDisplayName(kind)));
    if (m_testSendPage)
        m_testSendPage->setDefaultProvider(kind);
}

void MainWindow::reloadTakenConfiguration()
{
    if (m_otpSettingsPage)
        m_otpSettingsPage->reload();
    if (m_previewPage)
        m_previewPage->reloadSmsTexts();
    if (m_providerPage)
        m_providerPage->reload();
    setActiveProvider(storage::ProviderRepository(m_context.database).load().settings.active);
}

void MainWindow::showWizardCommit(providers::ProviderKind kind)
{
    // The provider page shows what is saved now; an edit in progress there is kept (Revert shows the rest).
    if (m_providerPage)
        m_providerPage->reload();
    setActiveProvider(kind);
    if (m_otpSettingsPage && !m_otpSettingsPage->isDirty())
        m_otpSettingsPage->reload();
    // Last, so it is the line the status bar keeps; the status bar's own label names the active provider.
    statusBar()->showMessage(tr("Provider setup saved."), kWizardSavedTimeoutMs);
}

} // namespace smsotp::ui
