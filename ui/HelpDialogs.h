#pragma once
// The Help menu's windows: every keyboard shortcut (read from the window's own actions, so the list cannot drift
// from them) and the user guide (the README, installed with the package).

#include <QDialog>

class QMainWindow;

namespace smsotp::ui {

class KeyboardShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit KeyboardShortcutsDialog(QMainWindow& window);
    // "Ctrl+S\tSave" lines: the menus' shortcuts, then the keys pages and fields take.
    static QStringList shortcutLines(QMainWindow& window);
};

class UserGuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget* parent = nullptr);
    // The README: installed next to the program (share/doc/smsotp-console), or in the source tree of a build.
    static QString guidePath();
};

} // namespace smsotp::ui
