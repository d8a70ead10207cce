#pragma once
// Send a code to a number and verify the code typed back: the panel of the Test Send page and of the setup wizard.

#include "FieldMessage.h"

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;
class QToolButton;

namespace smsotp::providers {
struct DeliveryStatus;
}

namespace smsotp::send {
class TestSendSession;
struct SendReport;
struct VerifyReport;
} // namespace smsotp::send

namespace smsotp::ui {

// One challenge, from the send to its end. Every end state clears the countdown, the attempts and Resend.
enum class ChallengeState
{
    Idle, // nothing sent yet
    Sending, // a send or a resend is on its way (or the host prepares it)
    Open, // a code went out and can be verified
    Verified, // end: the right code
    Locked, // end: too many wrong codes
    Expired, // end: the code's time ran out
    Cancelled, // end: the send was stopped
    Failed, // end: the send did not go through (provider refused, HTTP 500, no answer, blocked)
};

bool isEndState(ChallengeState state);

class SendVerifyPanel : public QWidget
{
    Q_OBJECT
public:
    // The panel drives the session's verify and cancel, and follows its sends; the host starts the sends
    // (sendRequested, resendRequested), since only it knows the provider and the setup.
    explicit SendVerifyPanel(send::TestSendSession& session, QWidget* parent = nullptr);

    ChallengeState state() const { return m_state; }
    // The normalised number, empty while the input is not a number a code can be sent to.
    QString e164() const { return m_e164; }
    // The country of national numbers (ISO 3166, "GB").
    QString region() const;
    void setRegion(const QString& region);
    // Fills the country selector (libphonenumber's metadata is read here: call it when first shown).
    void populateCountries(const QString& initialRegion);

    // A row of the host's between the number and the send button (the Test Send page's provider); an empty label
    // makes a row of the field alone (a message).
    void insertFieldRow(const QString& label, QWidget* field);
    // The row of the send button, for the host's own buttons.
    QHBoxLayout* sendRow() const { return m_sendRow; }
    // The host could not start the send (e.g. a secret unreadable): an end state with the reason.
    void showSendProblem(const QString& explanation);
    // Back to Idle: the outcome cleared, the code and the challenge forgotten (a changed setup).
    void reset();
    // A message in the outcome line without changing the state (e.g. a setting that could not be saved).
    void showMessage(FieldMessage::Kind kind, const QString& text);
    // Ends an open challenge whose code has expired by now (the ticker calls it every second; tests with a time).
    void checkExpiry(const QDateTime& now);
    // While true (a send running on the host's side too), the number cannot be changed.
    bool isBusy() const;

Q_SIGNALS:
    void sendRequested(const QString& e164);
    void resendRequested();
    void stateChanged(smsotp::ui::ChallengeState state);
    void numberChanged(const QString& e164);
    void verifyFinished(const smsotp::send::VerifyReport& report);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildLayout();
    // The code, Verify and Resend, the countdown and the attempts; then the form of the whole panel.
    void buildCodeRows();
    void connectSignals();
    void setState(ChallengeState state);
    void refreshNumber();
    void followTypedCountry();
    void refreshControls();
    void tick();
    void send();
    void resend();
    void verify();
    void showReport(const send::SendReport& report);
    void showDetail(const QString& detail);
    void showDelivery(const providers::DeliveryStatus& status, const QString& note = {});

    send::TestSendSession& m_session;
    ChallengeState m_state = ChallengeState::Idle;
    bool m_resending = false;
    int m_attemptsLeft = 0;
    QString m_e164;
    QDateTime m_resendAllowedAt; // the minimum interval or a block; invalid when nothing holds resends back

    QFormLayout* m_form;
    int m_hostRows = 0;
    QComboBox* m_country;
    QLineEdit* m_number;
    FieldMessage* m_numberMessage;
    QHBoxLayout* m_sendRow;
    QPushButton* m_sendButton;
    QPushButton* m_cancelButton;
    QProgressBar* m_progress;
    FieldMessage* m_outcome;
    FieldMessage* m_delivery; // what became of the sent message: states as the provider reports them
    QToolButton* m_detailsToggle;
    QLabel* m_details;
    QLineEdit* m_code;
    QPushButton* m_verifyButton;
    QPushButton* m_resendButton;
    QLabel* m_countdown;
    QLabel* m_attempts;
    QTimer* m_ticker;
};

} // namespace smsotp::ui
