#include "AboutDialog.h"
#include "ConsoleFixture.h"
#include "HelpDialogs.h"
#include "pages/Page.h"
#include "pages/ProviderPage.h"
#include "storage/ProviderRepository.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextEdit>
#include <algorithm>

using namespace smsotp;

class TestMainWindow : public QObject
{
    Q_OBJECT

    static void makeDirty(ConsoleFixture& f)
    {
        auto* length = f.find<QSpinBox>(QStringLiteral("lengthSpin"));
        length->setFocus();
        length->selectAll();
        QTest::keyClicks(length, QStringLiteral("8"));
        QVERIFY(f.window->currentPage()->isDirty());
    }

    static bool isMapped(const char* library)
    {
        QFile maps(QStringLiteral("/proc/self/maps"));
        return maps.open(QIODevice::ReadOnly) && maps.readAll().contains(library);
    }

    static bool isInteractive(QWidget* w)
    {
        return qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w)
            || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QTextEdit*>(w) || qobject_cast<QPlainTextEdit*>(w)
            || qobject_cast<QAbstractItemView*>(w);
    }

private Q_SLOTS:
    // Start-up builds only the page the window opens on; the navigation and the Go menu name every page, and a
    // page is built when first chosen. (f.find builds every page, so this test looks with findChildren.) It comes
    // first: Qt Charts, which the History page's chart plugin brings, is not loaded before the chart is shown.
    void startBuildsOnlyThePageItOpensOn()
    {
        ConsoleFixture f;
        QCOMPARE(f.window->findChildren<ui::Page*>().size(), 1);
        QCOMPARE(f.window->findChildren<ui::Page*>().constFirst()->objectName(), QStringLiteral("otpSettingsPage"));
        auto* navigation = f.window->findChild<QListWidget*>(QStringLiteral("navigationList"));
        QCOMPARE(navigation->count(), 6);
        QCOMPARE(navigation->item(4)->text(), QStringLiteral("History"));
        QCOMPARE(f.window->findChild<QAction*>(QStringLiteral("goToPage6Action"))->text(),
            QStringLiteral("Identity Server"));

        QVERIFY(!isMapped("libQt6Charts"));
        navigation->setCurrentRow(4);
        QCOMPARE(f.window->currentPage()->objectName(), QStringLiteral("historyPage"));
        QVERIFY(!isMapped("libQt6Charts")); // the table shows first; the chart's plugin loads with its tab
        f.window->findChild<QTabWidget*>(QStringLiteral("historyTabs"))->setCurrentIndex(1);
        QVERIFY(isMapped("libQt6Charts"));
        QCOMPARE(f.window->findChildren<ui::Page*>().size(), 2);
        QVERIFY(f.window->showPage(0));
        QVERIFY(f.window->showPage(4)); // built once
        QCOMPARE(f.window->findChildren<ui::Page*>().size(), 2);
        QCOMPARE(f.window->pages().size(), 6);
        QCOMPARE(f.window->findChildren<ui::Page*>().size(), 6);
    }

    void titleNamesANonDefaultDataFolder()
    {
        ConsoleFixture f;
        QVERIFY(f.window->windowTitle().contains(f.dir.path()));
        QVERIFY(f.find<QLabel>(QStringLiteral("profileLabel"))->text().contains(f.dir.path()));
    }

    // The window icon comes once the window has been painted, in the sizes rendered from its SVG at build time
    // (a desktop picks the one it shows; no SVG engine is loaded for it).
    void theWindowHasItsIconOnceShown()
    {
        ConsoleFixture f;
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        QTRY_VERIFY(!f.window->windowIcon().isNull());
        const QList<QSize> sizes = f.window->windowIcon().availableSizes();
        for (int side : { 16, 32, 48, 64 })
            QVERIFY2(sizes.contains(QSize(side, side)), qPrintable(QString::number(side)));
        const QImage small = f.window->windowIcon().pixmap(16, 16).toImage();
        QCOMPARE(small.size(), QSize(16, 16));
        QVERIFY(small.pixelColor(8, 8).alpha() > 0); // drawn, not an empty square
    }

    void navigationListsThePages()
    {
        ConsoleFixture f;
        auto* navigation = f.find<QListWidget>(QStringLiteral("navigationList"));
        QCOMPARE(navigation->count(), f.window->pages().size());
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("OTP Settings"));
        QCOMPARE(f.window->currentPage()->objectName(), QStringLiteral("otpSettingsPage"));
    }

    // Which provider is active is known before the SMS Provider page is built: the status bar names it, and Test
    // Send, built first, preselects it; a change the SMS Provider page reads reaches a Test Send built before it.
    void theActiveProviderReachesPagesBuiltInAnyOrder()
    {
        ConsoleFixture f;
        {
            storage::ProviderRepository providers(*f.database);
            QVERIFY(!providers.saveVonage({ QStringLiteral("key123"), QStringLiteral("ACME") }).isError());
            QVERIFY(!providers.setActive(providers::ProviderKind::Vonage).isError());
        }
        f.restart();
        QCOMPARE(f.window->findChildren<ui::Page*>().size(), 1);
        auto* label = f.window->statusBar()->findChild<QLabel*>(QStringLiteral("activeProviderLabel"));
        QCOMPARE(label->text(), QStringLiteral("Provider: Vonage"));

        QVERIFY(f.window->showPage(3));
        auto* combo = f.window->findChild<QComboBox*>(QStringLiteral("providerCombo"));
        QVERIFY(combo);
        QCOMPARE(providers::ProviderKind(combo->currentData().toInt()), providers::ProviderKind::Vonage);

        // What the SMS Provider page says, once it has read a change (a Take from server does this).
        QVERIFY(f.window->showPage(1));
        QVERIFY(!storage::ProviderRepository(*f.database).setActive(providers::ProviderKind::Sandbox).isError());
        static_cast<ui::ProviderPage*>(f.window->currentPage())->reload();
        QCOMPARE(label->text(), QStringLiteral("Provider: Sandbox (built-in test gateway)"));
        QCOMPARE(providers::ProviderKind(combo->currentData().toInt()), providers::ProviderKind::Sandbox);
    }

    // Pages are put into the window when first shown (start-up lays out only the first): each page, once
    // chosen, fills the width of its vertical-only scroll area and at least its height; the others are never
    // visible, not even over the window's corner.
    void eachPageFillsThePageAreaWhenChosen()
    {
        ConsoleFixture f;
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        auto* navigation = f.find<QListWidget>(QStringLiteral("navigationList"));
        auto* stack = f.find<QStackedWidget>(QStringLiteral("pageStack"));
        const QList<ui::Page*> pages = f.window->pages();
        for (int chosen = 0; chosen < pages.size(); ++chosen) {
            navigation->setCurrentRow(chosen);
            QCOMPARE(f.window->currentPage(), pages.at(chosen));
            for (int i = 0; i < pages.size(); ++i)
                QCOMPARE(pages.at(i)->isVisible(), i == chosen);
            ui::Page* page = pages.at(chosen);
            auto* area = qobject_cast<QScrollArea*>(stack->currentWidget());
            QVERIFY(area);
            QCOMPARE(area->widget(), page);
            QCOMPARE(area->horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
            QTRY_COMPARE(page->width(), area->viewport()->width());
            QVERIFY(page->height() >= area->viewport()->height());
            QCOMPARE(area->mapTo(f.window.get(), QPoint(0, 0)), stack->mapTo(f.window.get(), QPoint(0, 0)));
        }
        navigation->setCurrentRow(0); // back to a page shown before: still there, still filling the area
        QVERIFY(pages.at(0)->isVisible());
        QCOMPARE(pages.at(0)->width(), qobject_cast<QScrollArea*>(stack->currentWidget())->viewport()->width());
    }

    // The active provider is named in the status bar whatever page is shown, and follows a change.
    void statusBarNamesTheActiveProvider()
    {
        ConsoleFixture f;
        auto* label = f.find<QLabel>(QStringLiteral("activeProviderLabel"));
        QCOMPARE(label->text(), QStringLiteral("Provider: Sandbox (built-in test gateway)"));
        auto* navigation = f.find<QListWidget>(QStringLiteral("navigationList"));
        for (int i = 0; i < f.window->pages().size(); ++i) {
            QVERIFY(f.window->showPage(i));
            QVERIFY(label->isVisibleTo(f.window.get()));
            QCOMPARE(navigation->currentRow(), i); // the list follows a page shown from a menu or a shortcut
        }
    }

    // Help lists every shortcut the menus have (read from the actions, so it cannot drift) and opens the guide.
    void helpListsTheShortcutsAndOpensTheGuide()
    {
        ConsoleFixture f;
        const QStringList lines = ui::KeyboardShortcutsDialog::shortcutLines(*f.window);
        for (QAction* action : f.window->findChildren<QAction*>()) {
            if (action->shortcut().isEmpty())
                continue;
            const QString keys = action->shortcut().toString(QKeySequence::NativeText);
            QVERIFY2(std::any_of(lines.cbegin(), lines.cend(), [&](const QString& l) { return l.startsWith(keys); }),
                qPrintable(keys));
        }
        QVERIFY(f.find<QAction>(QStringLiteral("keyboardShortcutsAction")));
        QVERIFY(f.find<QAction>(QStringLiteral("userGuideAction")));
        QVERIFY2(!ui::UserGuideDialog::guidePath().isEmpty(), "the README is not found");
        ui::UserGuideDialog guide(f.window.get());
        auto* browser = guide.findChild<QTextBrowser*>(QStringLiteral("userGuideBrowser"));
        QVERIFY(browser->toPlainText().contains(QStringLiteral("Quick start")));
    }

    void shortcuts()
    {
        ConsoleFixture f;
        QCOMPARE(f.find<QAction>(QStringLiteral("saveAction"))->shortcut(), QKeySequence(QKeySequence::Save));
        QCOMPARE(f.find<QAction>(QStringLiteral("goToPage1Action"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));

        makeDirty(f);
        f.find<QAction>(QStringLiteral("saveAction"))->trigger();
        QVERIFY(!f.window->currentPage()->isDirty());
    }

    void unsavedEditsAreMarkedInTheNavigation()
    {
        ConsoleFixture f;
        auto* item = f.find<QListWidget>(QStringLiteral("navigationList"))->item(0);
        QCOMPARE(item->text(), QStringLiteral("OTP Settings"));
        makeDirty(f);
        QVERIFY(item->text().endsWith(QStringLiteral("•")));
        QVERIFY(item->data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("unsaved")));
        f.window->currentPage()->revert();
        QCOMPARE(item->text(), QStringLiteral("OTP Settings"));
    }

    void closingWithUnsavedEditsAsks()
    {
        ConsoleFixture f;
        makeDirty(f);
        int asked = 0;
        QMessageBox::StandardButton answer = QMessageBox::Cancel;
        f.window->setUnsavedPrompt([&](ui::Page*) {
            ++asked;
            return answer;
        });
        QVERIFY(!f.window->close()); // Cancel: stays open, edits kept
        QCOMPARE(asked, 1);
        QVERIFY(f.window->isVisible());
        QVERIFY(f.window->currentPage()->isDirty());

        answer = QMessageBox::Save;
        QVERIFY(f.window->close());
        f.restart();
        QCOMPARE(f.find<QSpinBox>(QStringLiteral("lengthSpin"))->value(), 8);
    }

    // A field that takes the focus out of sight is scrolled into view: on the Identity Server page at 900x600,
    // scrolled to the bottom, Add puts the focus on the new server's name, at the top.
    void focusOnAFieldOutOfSightScrollsItIntoView()
    {
        ConsoleFixture f;
        f.window->resize(900, 600);
        f.window->show();
        f.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        auto* page = f.find<ui::Page>(QStringLiteral("identityServerPage"));
        QVERIFY(f.window->showPage(int(f.window->pages().indexOf(page))));
        auto* slot = qobject_cast<QScrollArea*>(f.find<QStackedWidget>(QStringLiteral("pageStack"))->currentWidget());
        QVERIFY(slot);
        QTRY_VERIFY(slot->verticalScrollBar()->maximum() > 0); // the page is taller than the window here
        slot->verticalScrollBar()->setValue(slot->verticalScrollBar()->maximum());
        auto* name = f.find<QLineEdit>(QStringLiteral("serverNameEdit"));
        const auto inSight = [slot](QWidget* w) {
            const QRect shown(w->mapTo(slot->viewport(), QPoint(0, 0)), w->size());
            return slot->viewport()->rect().contains(shown);
        };
        QVERIFY(!inSight(name));
        f.find<QPushButton>(QStringLiteral("addServerButton"))->click();
        QTRY_VERIFY(name->hasFocus());
        QTRY_VERIFY(inSight(name));
    }

    void discardOnCloseLosesOnlyTheEdits()
    {
        ConsoleFixture f;
        makeDirty(f);
        f.window->setUnsavedPrompt([](ui::Page*) { return QMessageBox::Discard; });
        QVERIFY(f.window->close());
        f.restart();
        QCOMPARE(f.find<QSpinBox>(QStringLiteral("lengthSpin"))->value(), 6);
    }

    void geometryIsRestored()
    {
        ConsoleFixture f;
        f.window->resize(900, 640);
        QVERIFY(f.window->close());
        f.restart();
        QCOMPARE(f.window->size(), QSize(900, 640));
    }

    void everyInteractiveWidgetIsNamed()
    {
        ConsoleFixture f;
        const QList<QWidget*> widgets = f.window->findChildren<QWidget*>();
        int checked = 0;
        for (QWidget* w : widgets) {
            if (!isInteractive(w) || w->objectName().startsWith(QStringLiteral("qt_")))
                continue;
            if (qobject_cast<QAbstractSpinBox*>(w->parentWidget()) || qobject_cast<QComboBox*>(w->parentWidget())
                || qobject_cast<QAbstractItemView*>(w->parentWidget()) || qobject_cast<QLineEdit*>(w->parentWidget())
                || (w->parentWidget() && qobject_cast<QComboBox*>(w->parentWidget()->parentWidget())))
                continue; // the inner part of a compound widget (an editor, a table's header, a combo's popup list)
            ++checked;
            QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(w);
            QVERIFY2(accessible && !accessible->text(QAccessible::Name).isEmpty(), qPrintable(w->objectName()));
        }
        QVERIFY(checked >= 12);
    }

    // The console follows the system palette: nothing sets its own colours through style sheets.
    void noHardCodedColours()
    {
        ConsoleFixture f;
        for (QWidget* w : f.window->findChildren<QWidget*>())
            QVERIFY2(w->styleSheet().isEmpty(), qPrintable(w->objectName()));
    }

    void aboutNamesTheVersionAndTheNistRestriction()
    {
        ui::AboutDialog about(QStringLiteral("/data/of/this/profile"));
        const QString facts = about.findChild<QLabel*>(QStringLiteral("aboutFactsLabel"))->text();
        QVERIFY(facts.contains(QStringLiteral("MIT")));
        QVERIFY(facts.contains(QString::fromLatin1(qVersion())));
        QVERIFY(facts.contains(QStringLiteral("/data/of/this/profile")));
        const QString version = about.findChild<QLabel*>(QStringLiteral("aboutVersionLabel"))->text();
        QVERIFY(version.contains(QStringLiteral(SMSOTP_VERSION)));
        const QString notice = about.findChild<QLabel*>(QStringLiteral("aboutNistLabel"))->text();
        QVERIFY(notice.contains(QStringLiteral("restricted authenticator")));
        QVERIFY(notice.contains(QStringLiteral("NIST SP 800-63B")));
        QVERIFY(notice.contains(QStringLiteral("SIM swap"))); // the why, not only the label
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
