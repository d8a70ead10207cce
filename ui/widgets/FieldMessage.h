#pragma once
// The line under a form field: a hint, a warning or the reason the value is refused.

#include <QWidget>

class QLabel;

namespace smsotp::ui {

class FieldMessage : public QWidget
{
    Q_OBJECT
public:
    enum class Kind
    {
        None,
        Hint,
        Ok,
        Warning,
        Error
    };

    explicit FieldMessage(QWidget* parent = nullptr);

    void setMessage(Kind kind, const QString& text);
    void clear() { setMessage(Kind::None, {}); }
    Kind kind() const { return m_kind; }
    QString text() const;

private:
    Kind m_kind = Kind::None;
    QLabel* m_icon;
    QLabel* m_text;
};

} // namespace smsotp::ui
