// Every page fits the window at the default size (980x680) and at 900x600, with Fusion, with a style whose
// widgets are taller, and with Adwaita and Adwaita-Dark: every visible control lies inside the window, or inside a
// page's scroll area that scrolls only vertically; no line edit is too narrow for its placeholder; the window can be
// made 900x600 and a page switch never resizes it. Also: every label with a mnemonic has a buddy.

#include "ConsoleFixture.h"
#include "Language.h"
#include "Mnemonics.h"
#include "pages/Page.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProxyStyle>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTextDocument>
#include <QTextEdit>

using namespace smsotp;

namespace {

// Fusion with the taller controls of a desktop style such as Adwaita (about 36 px line edits and buttons).
class TallStyle : public QProxyStyle
{
public:
    TallStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    { }

    QSize sizeFromContents(
        ContentsType type, const QStyleOption* option, const QSize& size, const QWidget* widget) const override
    {
        QSize s = QProxyStyle::sizeFromContents(type, option, size, widget);
        switch (type) {
        case CT_LineEdit:
        case CT_ComboBox:
        case CT_PushButton:
        case CT_SpinBox:
        case CT_ToolButton:
            s.setHeight(std::max(s.height(), 36));
            s.rwidth() += 8;
            break;
        default:
            break;
        }
        return s;
    }
};

bool isInteractive(const QWidget* w)
{
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w)
        || qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w)
        || qobject_cast<const QTextEdit*>(w) || qobject_cast<const QPlainTextEdit*>(w)
        || qobject_cast<const QAbstractItemView*>(w);
}

// The part of a compound widget (a spin box's line edit, a combo's view, a scroll bar) is checked with its owner.
bool isInner(const QWidget* w)
{
    const QWidget* p = w->parentWidget();
    return w->objectName().startsWith(QStringLiteral("qt_")) || qobject_cast<const QAbstractSpinBox*>(p)
        || qobject_cast<const QComboBox*>(p) || qobject_cast<const QAbstractItemView*>(p)
        || qobject_cast<const QLineEdit*>(p) || qobject_cast<const QScrollBar*>(w);
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

    // The problems of the page shown in f's window at its current size; empty when it fits.
    static QStringList problemsOfShownPage(ConsoleFixture& f)
    {
        QStringList problems;
        ui::Page* page = f.window->currentPage();
        auto* area = qobject_cast<QScrollArea*>(page->parentWidget() ? page->parentWidget()->parentWidget() : nullptr);
        if (!area)
            return { QStringLiteral("%1 is not in a scroll area").arg(page->objectName()) };
        if (area->horizontalScrollBar()->maximum() > 0 || page->width() > area->viewport()->width())
            problems.append(QStringLiteral("%1 scrolls sideways").arg(page->objectName()));
        const QRect viewport(area->viewport()->mapTo(f.window.get(), QPoint(0, 0)), area->viewport()->size());
        for (QWidget* w : page->findChildren<QWidget*>()) {
            if (!w->isVisibleTo(page) || !isInteractive(w) || isInner(w))
                continue;
            const QRect r(w->mapTo(f.window.get(), QPoint(0, 0)), w->size());
            const QString name = page->objectName() + QLatin1Char('/') + w->objectName();
            // Below the fold is fine (the page scrolls); beyond the right edge is not.
            if (r.left() < viewport.left() || r.right() > viewport.right())
                problems.append(QStringLiteral("%1 %2,%3 %4x%5 is outside the page's width %6")
                                    .arg(name)
                                    .arg(r.x())
                                    .arg(r.y())
                                    .arg(r.width())
                                    .arg(r.height())
                                    .arg(viewport.width()));
            if (auto* edit = qobject_cast<QLineEdit*>(w); edit && !edit->placeholderText().isEmpty()) {
                const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 12;
                if (edit->width() < needed)
                    problems.append(QStringLiteral("%1 is %2 px, its placeholder needs %3")
                                        .arg(name)
                                        .arg(edit->width())
                                        .arg(needed));
            }
        }
        return problems;
    }

    static QStringList mnemonicClashes(QMainWindow& window)
    {
        Mnemonics mnemonics;
        for (QAction* menu : window.menuBar()->actions())
            mnemonics.add(menu->text());
        mnemonics.addControls(window, true);
        return mnemonics.clashes();
    }

    void checkAllPages(const QSize& size)
    {
        ConsoleFixture f;
        f.window->resize(size);
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        const QSize minimum = f.window->minimumSizeHint();
        QVERIFY2(minimum.width() <= 900 && minimum.height() <= 600,
            qPrintable(QStringLiteral("minimum size hint %1x%2").arg(minimum.width()).arg(minimum.height())));
        QStringList problems;
        for (int i = 0; i < f.window->pages().size(); ++i) {
            QVERIFY(f.window->showPage(i));
            QCoreApplication::processEvents();
            QTRY_COMPARE(f.window->size(), size); // a page switch never resizes the window
            problems += problemsOfShownPage(f);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

private Q_SLOTS:
    void pagesFit_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("style");
        for (const QString& style : { QStringLiteral("Fusion"), QStringLiteral("tall"), QStringLiteral("Adwaita"),
                 QStringLiteral("Adwaita-Dark") }) {
            for (const QSize& size : { QSize(980, 680), QSize(900, 600) }) {
                QTest::addRow("%dx%d %s", size.width(), size.height(), qPrintable(style)) << size << style;
            }
        }
    }

    // Fusion; Fusion with taller controls; and the real desktop style of GNOME (adwaita-qt6, installed by
    // installer/install-deps.sh test), light and dark, with the palette it brings.
    void pagesFit()
    {
        QFETCH(QSize, size);
        QFETCH(QString, style);
        const QPalette before = QApplication::palette();
        const auto restore = qScopeGuard([&before] { QApplication::setPalette(before); });
        if (style == u"tall") {
            QApplication::setStyle(new TallStyle);
        } else {
            QStyle* chosen = QStyleFactory::create(style);
            QVERIFY2(chosen, qPrintable(style + QStringLiteral(" style missing: run installer/install-deps.sh test")));
            QApplication::setStyle(chosen);
            QApplication::setPalette(chosen->standardPalette());
        }
        checkAllPages(size);
    }

    // Alt+letter reaches one control: on every page (and every tab of it) no two visible labels, buttons, group
    // boxes, tabs or menus share a mnemonic, in English and in German.
    void mnemonicsAreUniqueOnEachPage_data() { addLanguageRows(); }
    void mnemonicsAreUniqueOnEachPage()
    {
        QFETCH(QString, language);
        const auto english = qScopeGuard(removeTranslations);
        if (!language.isEmpty())
            QVERIFY(ui::installTranslations(*qApp, language).startsWith(language));
        ConsoleFixture f;
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        QStringList clashes;
        for (int i = 0; i < f.window->pages().size(); ++i) {
            QVERIFY(f.window->showPage(i));
            const QList<QTabWidget*> tabs = f.window->currentPage()->findChildren<QTabWidget*>();
            clashes += mnemonicClashes(*f.window);
            for (QTabWidget* tab : tabs) {
                for (int t = 0; tab->isVisible() && t < tab->count(); ++t) {
                    tab->setCurrentIndex(t);
                    clashes += mnemonicClashes(*f.window);
                }
            }
        }
        clashes.removeDuplicates();
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    // Alt+letter works only through a buddy; a label showing a literal "&" is a mistake too.
    void everyMnemonicHasABuddy()
    {
        ConsoleFixture f;
        for (int i = 0; i < f.window->pages().size(); ++i)
            QVERIFY(f.window->showPage(i));
        QStringList missing;
        for (QLabel* label : f.window->findChildren<QLabel*>()) {
            const QString text = QString(label->text()).remove(QStringLiteral("&&"));
            if (!Qt::mightBeRichText(label->text()) && text.contains(QLatin1Char('&')) && !label->buddy())
                missing.append(label->text());
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestLayout)
#include "TestLayout.moc"
