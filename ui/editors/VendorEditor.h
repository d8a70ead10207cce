#pragma once
// The form of a vendor provider (Twilio, Vonage): account id, secret, sender, advanced endpoint and timeout,
// and the credential check. The provider page and the setup wizard both use it.

#include "providers/FieldCheck.h"
#include "providers/TwilioProvider.h"
#include "providers/VonageProvider.h"

#include <QUrl>
#include <QWidget>
#include <chrono>
#include <functional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QToolButton;
class QFormLayout;

namespace smsotp::ui {

class FieldMessage;
class SecretField;

struct VendorEditorSpec
{
    QString prefix; // objectName stem: "twilio" -> twilioAccountIdEdit, twilioSecretEdit, twilioSenderEdit...
    QString intro; // one sentence: what the vendor needs and where the values are found
    QString idLabel; // "Account SID"
    QString idHint;
    std::function<providers::FieldCheck(QStringView)> idCheck;
    QString secretLabel; // "Auth Token"
    QString secretHint;
    std::function<providers::FieldCheck(QStringView)> secretCheck;
    QString senderHint;
    std::function<providers::FieldCheck(QStringView)> senderCheck;
    QString defaultApiBase;
};

// The non-secret values of the form.
struct VendorFields
{
    QString id;
    QString sender;
    QUrl apiBase;
    std::chrono::milliseconds timeout { 15000 };
    bool operator==(const VendorFields&) const = default;
};

// The form's values of a saved Twilio or Vonage configuration; id is its Account SID or API key.
template<typename Config> VendorFields vendorFields(const Config& config, const QString& id)
{
    return { id, config.sender, config.apiBase, config.timeout };
}

// The specs of the two vendors, and their configurations from the form's values.
VendorEditorSpec twilioEditorSpec();
VendorEditorSpec vonageEditorSpec();
providers::twilio::Config twilioConfig(const VendorFields& fields);
providers::vonage::Config vonageConfig(const VendorFields& fields);

class VendorEditor : public QWidget
{
    Q_OBJECT
public:
    // The parts of the form, which the wizard shows one page at a time (the provider page shows all).
    enum Part
    {
        Credentials = 0x1, // intro, account id, secret, advanced endpoint and timeout
        Sender = 0x2,
        Check = 0x4, // the credential check: button, progress, result
        AllParts = Credentials | Sender | Check,
    };

    explicit VendorEditor(VendorEditorSpec spec, QWidget* parent = nullptr);

    const VendorEditorSpec& spec() const { return m_spec; }
    void setVisibleParts(int parts);

    VendorFields fields() const;
    void setFields(const VendorFields& fields);
    SecretField* secretField() const { return m_secret; }

    // Every field passes its check, and a secret is stored or typed.
    bool isComplete() const;
    // The first problem, for a message naming the tab ("Account SID: ...").
    QString firstProblem() const;
    // Every problem of the form, each naming its field, in the order of the form.
    QStringList problems() const;
    // Shows every field's problem under it, as if each had been edited (before a check or a save).
    void showProblems();
    // The first problem of the credentials part (id, secret, endpoint, timeout), and of the sender.
    QString credentialsProblem() const;
    QString senderProblem() const;

    // The credential check's area: running (progress, Cancel) or a result.
    void setCheckRunning(bool running);
    void showCheckResult(bool ok, const QString& text, const QString& detail);
    // Forgets the last check's result (after an edit or a save: it no longer says anything about the form).
    void clearCheckResult();
    // Whether the last check passed with the credentials the form holds now (an edit since clears it).
    bool checkPassed() const { return m_checkPassed; }
    bool isCheckRunning() const;

Q_SIGNALS:
    void changed();
    void checkRequested();
    void checkCancelled();
    void checkFinished(bool ok);

private:
    void buildAdvanced();
    void buildCheckArea();
    void refresh();
    void edited();
    QString secretProblem() const;
    QLineEdit* addLine(QFormLayout* form, const QString& name, const QString& label, FieldMessage** message);

    VendorEditorSpec m_spec;
    QLabel* m_intro = nullptr;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_id;
    FieldMessage* m_idMessage = nullptr;
    SecretField* m_secret;
    FieldMessage* m_secretMessage;
    QLineEdit* m_sender;
    FieldMessage* m_senderMessage = nullptr;
    QToolButton* m_advancedToggle;
    QWidget* m_advanced;
    QLineEdit* m_apiBase;
    FieldMessage* m_apiBaseMessage = nullptr;
    QSpinBox* m_timeout;
    FieldMessage* m_timeoutMessage;
    QPushButton* m_checkButton;
    QPushButton* m_cancelCheckButton;
    QProgressBar* m_checkProgress;
    FieldMessage* m_checkMessage;
    QWidget* m_checkArea;
    int m_parts = AllParts;
    bool m_checkPassed = false;
    bool m_checkRunning = false;
    bool m_showSecretProblem = false; // a check or a save asked: an empty secret is an error, not a hint
};

} // namespace smsotp::ui
