#pragma once
// The Template Preview's SMS text panel: the text the engine sends (WSO2's placeholders), its encoding, characters
// and parts counted live, the characters that force UCS-2 marked, and Save and Revert for it.

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace smsotp::storage {
class Database;
}

namespace smsotp::ui {

class FieldMessage;

class PreviewSmsTextPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PreviewSmsTextPanel(storage::Database& database, QWidget* parent = nullptr);

    bool isDirty() const { return m_dirty; }
    bool save();
    void revert();
    // The SMS text as sent: the template rendered with a sample code of the configured length.
    QString renderedText() const { return m_rendered; }
    // Counts again (after the OTP policy may have changed the code's length).
    void refresh();

Q_SIGNALS:
    void dirtyChanged(bool dirty);
    void renderedChanged(const QString& text);
    void statusMessage(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void markUcs2Characters();
    void showCheck(const QString& rendered);
    void replaceUcs2Characters();

    storage::Database& m_database;
    QPlainTextEdit* m_smsText;
    QLabel* m_smsCounter;
    QPushButton* m_replaceUcs2;
    FieldMessage* m_smsMessage;
    QPushButton* m_saveButton;
    QPushButton* m_revertButton;
    QString m_savedSmsText;
    QString m_rendered;
    bool m_dirty = false;
};

} // namespace smsotp::ui
