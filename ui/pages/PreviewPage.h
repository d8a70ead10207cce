#pragma once
// The Template Preview page: the exact request a provider will receive, the template's problems, and the SMS
// text with its encoding and parts. A list of panels; the page picks the provider and renders the request.

#include "Page.h"
#include "providers/ProviderClient.h"
#include "providers/ProviderKind.h"

#include <optional>

class QComboBox;
class QLineEdit;
class QSplitter;
class QTabWidget;
class QTimer;
class QWidget;

namespace smsotp::storage {
struct ProviderSettings;
}

namespace smsotp::ui {

struct ConsoleContext;
class PreviewRequestPanel;
class PreviewSmsTextPanel;
class PreviewTemplatePanel;

class PreviewPage : public Page
{
    Q_OBJECT
public:
    explicit PreviewPage(ConsoleContext& context, QWidget* parent = nullptr);

    static QString pageTitle();
    QString title() const override { return pageTitle(); }
    bool isDirty() const override;
    bool save() override; // the SMS text template
    void revert() override;
    // Reads the saved SMS texts again (a take from WSO2 wrote them), unless they have unsaved edits.
    void reloadSmsTexts();

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

private:
    QWidget* buildSampleControls();
    QTabWidget* buildTabs();
    void connectPanels();
    void loadSetup();
    void showSavedTemplate(providers::ProviderKind kind, const storage::ProviderSettings& settings);
    void render();
    QStringList buildRequest(const std::optional<providers::ProviderSetup>& setup);
    void showRequest();
    ConfigSource configSource() const;
    // The template the preview renders and lints now: the saved one, or the editor's text.
    QString previewedTemplate() const;
    void onTemplateEdited();
    void followSmsText(const QString& rendered);
    bool revealed() const;

    ConsoleContext& m_context;
    std::optional<providers::ProviderSetup> m_setup; // secrets included: kept only while the page needs them
    std::optional<providers::BuildResult> m_build;
    providers::ProviderKind m_loadedKind = providers::ProviderKind::Sandbox;
    QString m_savedTemplate; // the payload template of the provider shown, as saved
    std::optional<QString> m_customDraft; // the custom template as edited here, while it differs from the saved one
    QString m_unsendableBody; // when the build fails: what the custom template renders to, secrets hidden
    quint64 m_loadGeneration = 0;
    bool m_setupPending = true; // no keychain answer yet for the provider shown
    bool m_textFollowsSms = true; // the sample text is the SMS text until the user types another

    QComboBox* m_provider;
    QComboBox* m_configSource;
    QLineEdit* m_number;
    QLineEdit* m_text;
    QTimer* m_renderTimer;
    PreviewRequestPanel* m_request;
    PreviewTemplatePanel* m_template;
    PreviewSmsTextPanel* m_sms;
    QTabWidget* m_tabs;
    QSplitter* m_split;
};

} // namespace smsotp::ui
