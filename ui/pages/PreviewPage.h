#pragma once
// The Template Preview page: the exact request a provider will receive, the template's problems, and the SMS
// text with its encoding and parts.

#include "Page.h"
#include "providers/ProviderClient.h"
#include "providers/ProviderKind.h"
#include "template/TemplateLint.h"

#include <QList>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimer;
class QToolButton;
class QWidget;

namespace smsotp::ui {

struct ConsoleContext;
class FieldMessage;
class TemplateHighlighter;

class PreviewPage : public Page
{
    Q_OBJECT
public:
    explicit PreviewPage(ConsoleContext& context, QWidget* parent = nullptr);

    QString title() const override;
    bool isDirty() const override;
    bool save() override; // the SMS text template
    void revert() override;

    // The request as shown now (redacted unless Reveal is held), and the curl command Copy as curl gives.
    QString requestText() const;
    QString curlCommand() const;

    // Which configuration the preview shows: what is saved, or the saved one with the payload template as edited
    // on this page (the custom provider's template can be tried out here before it is saved on the provider page).
    enum class ConfigSource
    {
        Saved,
        Edited,
    };

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void loadSetup();
    void render();
    void refreshSmsText();
    ConfigSource configSource() const;
    // The template the preview renders and lints now (saved or edited), and whether the editor shows exactly it.
    QString previewedTemplate() const;
    bool editorShowsPreviewed() const;
    void showTemplate(const QString& text, bool editable);
    void onTemplateEdited();
    void showFindings(const QString& linted);
    void updateFixButton();
    void jumpToFinding(int index);
    void applySelectedFix();
    void formatJson();
    void replaceUcs2Characters();

    ConsoleContext& m_context;
    std::optional<providers::ProviderSetup> m_setup; // secrets included: kept only while the page needs them
    std::optional<providers::BuildResult> m_build;
    providers::ProviderKind m_loadedKind = providers::ProviderKind::Sandbox;
    QString m_savedTemplate; // the payload template of the provider shown, as saved
    std::optional<QString> m_customDraft; // the custom template as edited here, while it differs from the saved one
    QList<tmpl::LintFinding> m_findings; // of the template shown in the problem list, by item
    QString m_lintedTemplate; // the text m_findings' positions point into
    QString m_unsendableBody; // when the build fails: what the custom template renders to, secrets hidden
    bool m_settingTemplate = false;
    QString m_savedSmsText;
    quint64 m_loadGeneration = 0;

    QComboBox* m_provider;
    QLineEdit* m_number;
    QLineEdit* m_text;
    QComboBox* m_configSource;
    QToolButton* m_reveal;
    QPushButton* m_copyCurl;
    QPlainTextEdit* m_request;
    QTableWidget* m_formTable;
    QWidget* m_templateBox;
    QPlainTextEdit* m_template;
    TemplateHighlighter* m_highlighter;
    QLabel* m_templateState;
    QPushButton* m_formatJson;
    QPushButton* m_resetTemplate;
    QTimer* m_renderTimer;
    QListWidget* m_problems;
    QPushButton* m_fix;
    FieldMessage* m_message;
    QPlainTextEdit* m_smsText;
    QLabel* m_smsCounter;
    QPushButton* m_replaceUcs2;
    FieldMessage* m_smsMessage;
    QPushButton* m_saveButton;
    QPushButton* m_revertButton;
    bool m_dirty = false;
};

} // namespace smsotp::ui
