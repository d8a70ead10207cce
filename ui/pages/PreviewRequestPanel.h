#pragma once
// The Template Preview's main panel: the request a provider receives (method, URL, headers, body) as text that
// wraps, the decoded fields of a FORM body, and the buttons to reveal secrets while held and to copy it as curl.

#include "template/FormUrlEncoding.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace smsotp::ui {

class RevealButton;

class PreviewRequestPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PreviewRequestPanel(QWidget* parent = nullptr);

    // The request as text; fields, when not empty, also in the decoded table beside it.
    void showRequest(const QString& text, const QList<tmpl::FormField>& fields = {});
    QString text() const;
    void setCopyEnabled(bool enabled);
    // Whether Reveal is held down now: secrets are shown only then.
    bool isRevealHeld() const;

Q_SIGNALS:
    void revealHeldChanged(bool held);
    void copyCurlRequested();

private:
    RevealButton* m_reveal;
    QPushButton* m_copyCurl;
    QPlainTextEdit* m_request;
    QTableWidget* m_formTable;
};

} // namespace smsotp::ui
