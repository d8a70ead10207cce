#include "SecretField.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace smsotp::ui {

QString secretMask()
{
    return QStringLiteral("•••");
}

RevealButton::RevealButton(QWidget* parent)
    : QToolButton(parent)
{
    // QAbstractButton reports pressed/released for the mouse and for Space, and releases on drag-off, on losing
    // focus and on being disabled: exactly the moments a held reveal must end.
    connect(this, &QAbstractButton::pressed, this, [this] { setHeld(true); });
    connect(this, &QAbstractButton::released, this, [this] { setHeld(false); });
}

void RevealButton::setHeld(bool held)
{
    if (held == m_held)
        return;
    m_held = held;
    Q_EMIT heldChanged(held);
}

SecretField::SecretField(const QString& name, const QString& accessibleName, QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_replace(new QToolButton(this))
    , m_reveal(new RevealButton(this))
{
    setObjectName(name + QStringLiteral("Field"));
    m_edit->setObjectName(name + QStringLiteral("Edit"));
    m_edit->setAccessibleName(accessibleName);
    m_edit->setEchoMode(QLineEdit::Password);
    m_replace->setObjectName(name + QStringLiteral("ReplaceButton"));
    m_replace->setText(tr("Replace"));
    m_replace->setAccessibleName(tr("Replace %1").arg(accessibleName));
    m_replace->setToolTip(tr("Type a new value; the stored one stays until you save."));
    m_reveal->setObjectName(name + QStringLiteral("RevealButton"));
    m_reveal->setText(tr("Reveal"));
    m_reveal->setAccessibleName(tr("Reveal %1 while pressed").arg(accessibleName));
    m_reveal->setToolTip(tr("Hold to read the stored value from the keychain and show it; it hides when you let go."));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_replace);
    layout->addWidget(m_reveal);

    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        if (m_state == State::Empty)
            setState(State::Editing);
        Q_EMIT edited();
    });
    connect(m_replace, &QToolButton::clicked, this, [this] {
        if (m_state == State::Editing) {
            setState(m_stored ? State::Stored : State::Empty); // a second click cancels the replacement
        } else {
            m_edit->clear();
            setState(State::Editing);
            m_edit->setFocus();
        }
        Q_EMIT edited();
    });
    connect(m_reveal, &RevealButton::heldChanged, this, [this](bool on) {
        if (on)
            Q_EMIT revealRequested();
        else if (m_state == State::Revealed)
            setState(State::Stored);
    });
    setState(State::Empty);
}

QString SecretField::newValue() const
{
    return m_state == State::Editing ? m_edit->text() : QString();
}

void SecretField::setStored(bool stored)
{
    m_stored = stored;
    setState(stored ? State::Stored : State::Empty);
}

void SecretField::showRevealed(const QString& value)
{
    if (!m_reveal->isHeld())
        return; // released before the keychain answered
    setState(State::Revealed);
    m_edit->setText(value);
}

void SecretField::setPlaceholderText(const QString& text)
{
    m_edit->setPlaceholderText(text);
}

void SecretField::setState(State state)
{
    m_state = state;
    switch (state) {
    case State::Empty:
        m_edit->clear();
        m_edit->setReadOnly(false);
        m_edit->setEchoMode(QLineEdit::Password);
        break;
    case State::Stored:
        m_edit->setText(secretMask());
        m_edit->setReadOnly(true);
        m_edit->setEchoMode(QLineEdit::Normal);
        break;
    case State::Editing:
        m_edit->setReadOnly(false);
        m_edit->setEchoMode(QLineEdit::Password);
        break;
    case State::Revealed:
        m_edit->setReadOnly(true);
        m_edit->setEchoMode(QLineEdit::Normal);
        break;
    }
    m_replace->setEnabled(m_stored);
    m_replace->setText(state == State::Editing && m_stored ? tr("Keep") : tr("Replace"));
    m_reveal->setEnabled(m_stored && state != State::Editing);
}

} // namespace smsotp::ui
