#include "FieldMessage.h"

#include "Contrast.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace smsotp::ui {

FieldMessage::FieldMessage(QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    m_text->setWordWrap(true);
    // A row given more height than its lines need keeps the text under its field, not centred away from it.
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
}

void FieldMessage::setMessage(Kind kind, const QString& text)
{
    m_kind = kind;
    m_text->setText(text);
    QStyle::StandardPixmap icon = QStyle::SP_CustomBase;
    switch (kind) {
    case Kind::Ok:
        icon = QStyle::SP_DialogApplyButton;
        break;
    case Kind::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Kind::Error:
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case Kind::Hint:
    case Kind::None:
        break;
    }
    if (icon != QStyle::SP_CustomBase) {
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
        m_icon->show();
    } else {
        m_icon->clear();
        m_icon->hide();
    }
    // Hints are secondary text: the palette's placeholder colour, made darker (or lighter) where it would not keep
    // 4.5:1 against the window.
    QPalette palette = m_text->palette();
    palette.setColor(QPalette::WindowText,
        kind == Kind::Hint ? hintColour(this->palette()) : this->palette().color(QPalette::WindowText));
    m_text->setPalette(palette);
    setAccessibleDescription(text);
    setVisible(kind != Kind::None && !text.isEmpty());
}

QString FieldMessage::text() const
{
    return m_text->text();
}

} // namespace smsotp::ui
