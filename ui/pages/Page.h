#pragma once
// One page of the main window: an editor with Save and Revert, or a view.

#include <QWidget>

namespace smsotp::ui {

class Page : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Each page class also has a static pageTitle() that this returns: the main window names a page in its
    // navigation before building it (a page is built when first shown).
    virtual QString title() const = 0;
    // True while the page holds edits that are not saved.
    virtual bool isDirty() const { return false; }
    // Saves the edits; false (with the reason shown on the page) when they could not be saved.
    virtual bool save() { return true; }
    // Throws the edits away and shows what is saved.
    virtual void revert() { }

Q_SIGNALS:
    void dirtyChanged(bool dirty);
    // A short line for the status bar ("Saved", "Could not save: ...").
    void statusMessage(const QString& text);
};

} // namespace smsotp::ui
