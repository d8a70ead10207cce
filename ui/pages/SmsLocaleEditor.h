#pragma once
// One locale's SMS text on the Template Preview page: its editor, what it costs as sent (encoding, characters,
// parts) and the check's findings, counted live, the characters that force UCS-2 marked, and its own actions.

#include "template/SmsTextCheck.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace smsotp::ui {

class FieldMessage;

class SmsLocaleEditor : public QWidget
{
    Q_OBJECT
public:
    SmsLocaleEditor(const QString& locale, const QString& text, QWidget* parent = nullptr);

    const QString& locale() const { return m_locale; }
    QString text() const;
    void setText(const QString& text);
    QPlainTextEdit* editor() const { return m_edit; }
    // Whether this is the default locale's text: its header says so, it cannot be removed or made the default.
    void setDefault(bool isDefault);
    bool isDefault() const { return m_default; }
    // Checks again with what the check needs (the OTP policy, the WebOTP domain, the default text to compare with).
    void check(const tmpl::SmsTextContext& context);
    const tmpl::SmsTextReport& report() const { return m_report; }

Q_SIGNALS:
    void edited();
    void makeDefaultRequested();
    void removeRequested();
    void statusMessage(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void markUcs2Characters();
    void replaceUcs2Characters();

    QString m_locale;
    bool m_default = false;
    tmpl::SmsTextContext m_context;
    tmpl::SmsTextReport m_report;
    QLabel* m_title;
    QLabel* m_counter;
    QPushButton* m_replaceUcs2;
    QPushButton* m_makeDefault;
    QPushButton* m_remove;
    QPlainTextEdit* m_edit;
    FieldMessage* m_message;
};

} // namespace smsotp::ui
