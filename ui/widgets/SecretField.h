#pragma once
// A secret's field: empty, or "•••" once stored, with Replace and Reveal; a typed value stays until saved.
// Reveal is held, never latched: the value shows while the button is pressed (mouse or Space) and hides after.

#include <QToolButton>
#include <QWidget>

class QLineEdit;

namespace smsotp::ui {

// A Reveal button that holds instead of latching: held while the mouse or Space presses it; let go, dragged off,
// disabled or losing focus, it is released. Used wherever the console shows a secret on demand.
class RevealButton : public QToolButton
{
    Q_OBJECT
public:
    explicit RevealButton(QWidget* parent = nullptr);

    bool isHeld() const { return m_held; }

Q_SIGNALS:
    void heldChanged(bool held);

private:
    void setHeld(bool held);

    bool m_held = false;
};

class SecretField : public QWidget
{
    Q_OBJECT
public:
    enum class State
    {
        Empty, // nothing stored: the field takes a value
        Stored, // a value is in the keychain: shown as •••, read-only until Replace
        Editing, // the user is typing a new value (pending Save)
        Revealed, // the stored value is shown, read-only, until Reveal is released
    };

    // name is the objectName stem: "<name>Edit", "<name>ReplaceButton", "<name>RevealButton".
    SecretField(const QString& name, const QString& accessibleName, QWidget* parent = nullptr);

    State state() const { return m_state; }
    // Whether a stored value exists (whatever the field shows now).
    bool isStored() const { return m_stored; }
    // The typed value to save; empty unless Editing.
    QString newValue() const;
    bool hasNewValue() const { return m_state == State::Editing && !newValue().isEmpty(); }

    // After load or a successful save: whether the keychain holds a value. Drops any typed value.
    void setStored(bool stored);
    // Shows the stored value (after a keychain read asked for by revealRequested).
    void showRevealed(const QString& value);
    void setPlaceholderText(const QString& text);
    QLineEdit* lineEdit() const { return m_edit; }

Q_SIGNALS:
    // Emitted when Reveal is pressed; answer with showRevealed (ignored once Reveal is let go) or setStored.
    void revealRequested();
    void edited();

private:
    void setState(State state);

    QLineEdit* m_edit;
    QToolButton* m_replace;
    RevealButton* m_reveal;
    State m_state = State::Empty;
    bool m_stored = false;
};

// The mask shown for a stored secret (SECURITY.md 13).
QString secretMask();

} // namespace smsotp::ui
