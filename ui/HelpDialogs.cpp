#include "HelpDialogs.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace smsotp::ui {

namespace {

// Every action of a menu and its submenus that has a shortcut, as "shortcut\ttext".
void collect(const QMenu* menu, QStringList& lines)
{
    for (const QAction* action : menu->actions()) {
        if (action->menu())
            collect(action->menu(), lines);
        else if (!action->shortcut().isEmpty())
            lines.append(action->shortcut().toString(QKeySequence::NativeText) + QLatin1Char('\t')
                + QString(action->text()).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    }
}

QDialogButtonBox* closeButtons(QDialog* dialog)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

QStringList KeyboardShortcutsDialog::shortcutLines(QMainWindow& window)
{
    QStringList lines;
    for (const QAction* action : window.menuBar()->actions()) {
        if (action->menu())
            collect(action->menu(), lines);
    }
    lines += {
        tr("Alt+underlined letter\tGo to the field of that label"),
        tr("Esc\tCancel a running send or check"),
        tr("Enter\tVerify the code (Test Send), go to a problem's place (Template Preview)"),
        tr("Space on Reveal\tShow a secret while held"),
        tr("Ctrl+Z\tUndo an edit, a Fix or a replacement in a text field"),
    };
    return lines;
}

KeyboardShortcutsDialog::KeyboardShortcutsDialog(QMainWindow& window)
    : QDialog(&window)
{
    setObjectName(QStringLiteral("keyboardShortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    const QStringList lines = shortcutLines(window);
    auto* table = new QTableWidget(int(lines.size()), 2, this);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({ tr("Keys"), tr("Does") });
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < lines.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(lines.at(row).section(QLatin1Char('\t'), 0, 0)));
        table->setItem(row, 1, new QTableWidgetItem(lines.at(row).section(QLatin1Char('\t'), 1)));
    }
    table->resizeColumnToContents(0);
    table->horizontalHeader()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(closeButtons(this));
    resize(560, 420);
}

QString UserGuideDialog::guidePath()
{
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .filePath(QStringLiteral("../share/doc/smsotp-console/README.md"));
    if (QFileInfo::exists(installed))
        return QFileInfo(installed).canonicalFilePath();
    const QString source = QStringLiteral(SMSOTP_SOURCE_DIR "/README.md");
    return QFileInfo::exists(source) ? source : QString();
}

UserGuideDialog::UserGuideDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("userGuideDialog"));
    setWindowTitle(tr("SMS OTP Console User Guide"));
    auto* browser = new QTextBrowser(this);
    browser->setObjectName(QStringLiteral("userGuideBrowser"));
    browser->setAccessibleName(tr("User guide"));
    browser->setOpenExternalLinks(true);
    const QString path = guidePath();
    QFile file(path);
    if (!path.isEmpty() && file.open(QIODevice::ReadOnly)) {
        // Pictures and links in the guide are relative to its folder.
        browser->setSearchPaths({ QFileInfo(path).absolutePath() });
        browser->setMarkdown(QString::fromUtf8(file.readAll()));
    } else {
        browser->setPlainText(tr("The user guide (README.md) is not installed. It is in share/doc/smsotp-console "
                                 "of the package, and at the top of the source tree."));
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(browser);
    layout->addWidget(closeButtons(this));
    resize(820, 620);
}

} // namespace smsotp::ui
