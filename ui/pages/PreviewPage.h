#pragma once
// The Template Preview page: the exact request a provider will receive, the template's problems, and the SMS
// text with its encoding and parts.

#include "Page.h"
#include "providers/ProviderClient.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QToolButton;

namespace smsotp::ui {

struct ConsoleContext;
class FieldMessage;

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

protected:
    void showEvent(QShowEvent* event) override;

private:
    void loadSetup();
    void render();
    void refreshSmsText();

    ConsoleContext& m_context;
    std::optional<providers::ProviderSetup> m_setup; // secrets included: kept only while the page needs them
    std::optional<providers::BuildResult> m_build;
    QString m_savedSmsText;
    quint64 m_loadGeneration = 0;

    QComboBox* m_provider;
    QLineEdit* m_number;
    QLineEdit* m_text;
    QToolButton* m_reveal;
    QPushButton* m_copyCurl;
    QPlainTextEdit* m_request;
    QTableWidget* m_formTable;
    QListWidget* m_problems;
    FieldMessage* m_message;
    QPlainTextEdit* m_smsText;
    QLabel* m_smsCounter;
    FieldMessage* m_smsMessage;
    QPushButton* m_saveButton;
    QPushButton* m_revertButton;
    bool m_dirty = false;
};

} // namespace smsotp::ui
