#pragma once
// The Template Preview's template panel: the payload template (editable for the custom provider, highlighted),
// and the problems of the request and the template, each sentence wrapped in full, with Fix and jump-to-place.

#include "template/PayloadTemplate.h"
#include "template/TemplateLint.h"

#include <QTextEdit>
#include <QWidget>

class QGroupBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;

namespace smsotp::providers::custom {
struct Config;
}

namespace smsotp::ui {

class FieldMessage;
class TemplateHighlighter;

class PreviewTemplatePanel : public QWidget
{
    Q_OBJECT
public:
    explicit PreviewTemplatePanel(QWidget* parent = nullptr);

    // Puts text in the editor (without counting it as an edit); saved is what Back to saved restores.
    void showTemplate(const QString& text, const QString& saved, bool editable);
    // Hides the editor for providers without a payload template (Twilio, Vonage); the problems stay.
    void setTemplateShown(bool shown);
    void setPayloadFormat(tmpl::PayloadFormat format);
    QString editorText() const;

    // Lists the request's problems, then the template's findings (of linted, for the custom provider's config;
    // none when config is null) with "line:column" and their marks in the editor when it shows linted.
    void showProblems(const QStringList& requestProblems, const QString& linted,
        const providers::custom::Config* config, const QString& sampleBody);
    FieldMessage* message() const { return m_message; }

Q_SIGNALS:
    // The user changed the template (typing, Fix, Format JSON, Back to saved); not emitted by showTemplate.
    void edited();
    void statusMessage(const QString& text);

private:
    QWidget* buildTemplateBox();
    QWidget* buildProblems();
    void onTextChanged();
    bool editorShowsLinted() const;
    void addFinding(qsizetype index, QList<QTextEdit::ExtraSelection>& marks);
    void updateFixButton();
    void jumpToFinding(QListWidgetItem* item);
    void applySelectedFix();
    void formatJson();

    QGroupBox* m_templateBox;
    QPlainTextEdit* m_template;
    TemplateHighlighter* m_highlighter;
    QLabel* m_templateState;
    QPushButton* m_formatJson;
    QPushButton* m_resetTemplate;
    QListWidget* m_problems;
    QPushButton* m_fix;
    FieldMessage* m_message;

    QString m_savedTemplate;
    QList<tmpl::LintFinding> m_findings; // of the problem list's items, by index
    QString m_lintedTemplate; // the text m_findings' positions point into
    bool m_settingTemplate = false;
    bool m_stale = false; // edited since the last lint: positions and fixes wait for the next one
};

} // namespace smsotp::ui
