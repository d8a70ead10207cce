#include "SendVerifyPanel.h"

#include "PhoneNumberMessage.h"
#include "phone/PhoneNumber.h"
#include "send/TestSendSession.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace smsotp::ui {

using send::SendReport;

bool isEndState(ChallengeState state)
{
    switch (state) {
    case ChallengeState::Idle:
    case ChallengeState::Sending:
    case ChallengeState::Open:
        return false;
    case ChallengeState::Verified:
    case ChallengeState::Locked:
    case ChallengeState::Expired:
    case ChallengeState::Cancelled:
    case ChallengeState::Failed:
        return true;
    }
    return true;
}

namespace {

QString remaining(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// The provider's side of a failure, for the Details line: HTTP status, provider code, message id, own words.
QString technicalDetail(const providers::SendOutcome& outcome)
{
    QStringList parts;
    if (outcome.httpStatus != 0)
        parts.append(SendVerifyPanel::tr("HTTP status %1").arg(outcome.httpStatus));
    if (!outcome.providerCode.isEmpty())
        parts.append(SendVerifyPanel::tr("provider code %1").arg(outcome.providerCode));
    if (!outcome.messageId.isEmpty())
        parts.append(SendVerifyPanel::tr("message id %1").arg(outcome.messageId));
    if (!outcome.technicalDetail.isEmpty())
        parts.append(outcome.technicalDetail);
    return parts.join(QStringLiteral(" · "));
}

bool isReturn(QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const int key = static_cast<QKeyEvent*>(event)->key();
    return key == Qt::Key_Return || key == Qt::Key_Enter;
}

} // namespace

SendVerifyPanel::SendVerifyPanel(send::TestSendSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_form(new QFormLayout)
    , m_country(new QComboBox(this))
    , m_number(new QLineEdit(this))
    , m_numberMessage(new FieldMessage(this))
    , m_sendRow(new QHBoxLayout)
    , m_sendButton(new QPushButton(tr("Send &code"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_outcome(new FieldMessage(this))
    , m_delivery(new FieldMessage(this))
    , m_detailsToggle(new QToolButton(this))
    , m_details(new QLabel(this))
    , m_code(new QLineEdit(this))
    , m_verifyButton(new QPushButton(tr("&Verify"), this))
    , m_resendButton(new QPushButton(tr("&Resend"), this))
    , m_countdown(new QLabel(this))
    , m_attempts(new QLabel(this))
    , m_ticker(new QTimer(this))
{
    setObjectName(QStringLiteral("sendVerifyPanel"));
    buildLayout();
    connectSignals();
    m_ticker->setInterval(1000);
    refreshControls();
}

void SendVerifyPanel::buildLayout()
{
    m_country->setObjectName(QStringLiteral("countryCombo"));
    m_country->setAccessibleName(tr("Country of the number"));
    m_country->setToolTip(tr("For numbers typed without +: follows a number typed with +"));
    m_country->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_country->setMinimumContentsLength(18);
    m_number->setObjectName(QStringLiteral("numberEdit"));
    m_number->setAccessibleName(tr("Phone number"));
    m_number->setMinimumWidth(m_number->fontMetrics().horizontalAdvance(QStringLiteral("e.g. +44 7400 123456")) + 24);
    m_numberMessage->setObjectName(QStringLiteral("numberMessage"));

    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setAccessibleName(tr("Send a code"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel the send"));
    m_progress->setObjectName(QStringLiteral("sendProgress"));
    m_progress->setAccessibleName(tr("Sending"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_sendRow->addWidget(m_sendButton);
    m_sendRow->addWidget(m_progress);
    m_sendRow->addWidget(m_cancelButton);
    m_sendRow->addStretch();

    m_outcome->setObjectName(QStringLiteral("outcomeMessage"));
    m_delivery->setObjectName(QStringLiteral("deliveryMessage"));
    m_detailsToggle->setObjectName(QStringLiteral("detailsToggle"));
    m_detailsToggle->setAccessibleName(tr("Show the technical detail"));
    m_detailsToggle->setText(tr("Details"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setArrowType(Qt::RightArrow);
    m_details->setObjectName(QStringLiteral("detailsLabel"));
    m_details->setAccessibleName(tr("Technical detail"));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    buildCodeRows();
}

void SendVerifyPanel::buildCodeRows()
{
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setAccessibleName(tr("Code received"));
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_code->setMaxLength(64);
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_verifyButton->setAccessibleName(tr("Verify the code"));
    m_resendButton->setObjectName(QStringLiteral("resendButton"));
    m_resendButton->setAccessibleName(tr("Send a new code"));
    m_countdown->setObjectName(QStringLiteral("countdownLabel"));
    m_attempts->setObjectName(QStringLiteral("attemptsLabel"));
    auto* codeRow = new QHBoxLayout;
    codeRow->addWidget(m_code, 1);
    codeRow->addWidget(m_verifyButton);
    codeRow->addWidget(m_resendButton);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_countdown);
    statusRow->addStretch();
    statusRow->addWidget(m_attempts);

    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    // Text rows take the form's whole width (a wrapped label would otherwise keep a narrow size hint).
    for (QWidget* text : std::initializer_list<QWidget*> { m_numberMessage, m_outcome, m_delivery, m_details })
        text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    auto* countryLabel = new QLabel(tr("Co&untry"), this);
    countryLabel->setBuddy(m_country);
    auto* numberLabel = new QLabel(tr("Nu&mber"), this);
    numberLabel->setObjectName(QStringLiteral("numberLabel"));
    numberLabel->setBuddy(m_number);
    auto* codeLabel = new QLabel(tr("C&ode"), this);
    codeLabel->setObjectName(QStringLiteral("codeLabel"));
    codeLabel->setBuddy(m_code);
    m_form->addRow(countryLabel, m_country);
    m_form->addRow(numberLabel, m_number);
    m_form->addRow(QString(), m_numberMessage);
    m_form->addRow(QString(), m_sendRow);
    // Rows of their own, not a nested layout: the form then gives wrapped text the height it needs, no more.
    m_form->addRow(QString(), m_outcome);
    m_form->addRow(QString(), m_delivery);
    m_form->addRow(QString(), m_detailsToggle);
    m_form->addRow(QString(), m_details);
    m_form->addRow(codeLabel, codeRow);
    m_form->addRow(QString(), statusRow);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
}

void SendVerifyPanel::connectSignals()
{
    connect(m_number, &QLineEdit::textEdited, this, [this] {
        followTypedCountry();
        refreshNumber();
    });
    connect(m_country, &QComboBox::currentIndexChanged, this, &SendVerifyPanel::refreshNumber);
    connect(m_sendButton, &QPushButton::clicked, this, &SendVerifyPanel::send);
    connect(m_cancelButton, &QPushButton::clicked, &m_session, &send::TestSendSession::cancel);
    connect(m_verifyButton, &QPushButton::clicked, this, &SendVerifyPanel::verify);
    connect(m_resendButton, &QPushButton::clicked, this, &SendVerifyPanel::resend);
    connect(m_code, &QLineEdit::textChanged, this, &SendVerifyPanel::refreshControls);
    connect(m_detailsToggle, &QToolButton::toggled, this, [this](bool on) {
        m_detailsToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_details->setVisible(on);
    });
    // Return sends or verifies, and goes no further: in a dialog it would also press the default button.
    m_number->installEventFilter(this);
    m_code->installEventFilter(this);
    connect(&m_session, &send::TestSendSession::sendFinished, this, &SendVerifyPanel::showReport);
    connect(&m_session, &send::TestSendSession::deliveryChanged, this,
        [this](const providers::DeliveryStatus& status) { showDelivery(status); });
    connect(&m_session, &send::TestSendSession::deliveryEnded, this,
        [this](send::DeliveryTracker::End end, const providers::DeliveryStatus& last, const QString& explanation) {
            if (end == send::DeliveryTracker::End::TimedOut || end == send::DeliveryTracker::End::CannotAsk)
                showDelivery(last, explanation);
        });
    connect(&m_session, &send::TestSendSession::sendingChanged, this, &SendVerifyPanel::refreshControls);
    connect(m_ticker, &QTimer::timeout, this, &SendVerifyPanel::tick);
    showDetail({});
}

bool SendVerifyPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (isReturn(event) && (watched == m_number || watched == m_code)) {
        if (watched == m_number)
            send();
        else
            verify();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QString SendVerifyPanel::region() const
{
    return m_country->currentData().toString();
}

void SendVerifyPanel::setRegion(const QString& region)
{
    const int index = m_country->findData(region);
    if (index >= 0)
        m_country->setCurrentIndex(index);
}

void SendVerifyPanel::populateCountries(const QString& initialRegion)
{
    if (m_country->count() > 0)
        return;
    {
        const QSignalBlocker blocker(m_country);
        for (const QString& region : phone::supportedRegions())
            m_country->addItem(phone::regionLabel(region), region);
        m_country->model()->sort(0);
        const int index = m_country->findData(initialRegion);
        m_country->setCurrentIndex(index >= 0 ? index : m_country->findData(QStringLiteral("US")));
    }
    refreshNumber();
}

void SendVerifyPanel::insertFieldRow(const QString& label, QWidget* field)
{
    // After country, number and its message; a row without a label is a message under the row before.
    QLabel* title = nullptr;
    if (!label.isEmpty()) {
        title = new QLabel(label, this);
        title->setBuddy(field);
    }
    m_form->insertRow(3 + m_hostRows++, title, field);
}

void SendVerifyPanel::followTypedCountry()
{
    // A number typed with its calling code picks the country; a country with the same code stays (Canada, +1).
    const QString typedRegion = phone::regionOfTyped(m_number->text());
    if (typedRegion.isEmpty() || typedRegion == region())
        return;
    const phone::NormalizeResult complete = phone::normalize(m_number->text(), QString());
    if (!complete.ok() && phone::callingCode(region()) == phone::callingCode(typedRegion))
        return;
    setRegion(typedRegion);
}

void SendVerifyPanel::refreshNumber()
{
    const QString typed = m_number->text();
    const QString example = phone::exampleMobileNumber(region());
    m_number->setPlaceholderText(
        example.isEmpty() ? tr("Mobile number") : tr("e.g. %1").arg(phone::formatAsYouType(example, region())));
    // Format as the user types, keeping the cursor at the end where the typing happens.
    if (!typed.isEmpty() && m_number->cursorPosition() == typed.size()) {
        const QString formatted = phone::formatAsYouType(typed, region());
        if (!formatted.isEmpty() && formatted != typed)
            m_number->setText(formatted);
    }
    const QString before = m_e164;
    m_e164 = showNormalizedNumber(*m_numberMessage, m_number->text(), region(),
        tr("A mobile number, national or with + and the country code: the code goes there."));
    refreshControls();
    if (m_e164 != before)
        Q_EMIT numberChanged(m_e164);
}

bool SendVerifyPanel::isBusy() const
{
    return m_state == ChallengeState::Sending || m_session.isSending();
}

void SendVerifyPanel::refreshControls()
{
    const bool busy = isBusy();
    m_sendButton->setEnabled(!busy && !m_e164.isEmpty());
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(m_session.isSending());
    m_number->setReadOnly(busy);
    m_country->setEnabled(!busy);
    const bool open = m_state == ChallengeState::Open;
    m_code->setEnabled(open);
    m_verifyButton->setEnabled(open && !m_code->text().trimmed().isEmpty());
    const qint64 wait
        = open && m_resendAllowedAt.isValid() ? QDateTime::currentDateTimeUtc().secsTo(m_resendAllowedAt) : 0;
    m_resendButton->setEnabled(open && wait <= 0);
    m_resendButton->setText(wait > 0 ? tr("&Resend (%1 s)").arg(wait) : tr("&Resend"));
    if (open) {
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(m_session.expiresAt());
        m_countdown->setText(tr("Expires in %1").arg(remaining(qMax<qint64>(left, 0))));
        // Filed under the Test Send page, where the English plural forms ("1 attempt left") were translated.
        m_attempts->setText(
            QCoreApplication::translate("smsotp::ui::TestSendPage", "%n attempt(s) left", nullptr, m_attemptsLeft));
    } else if (m_state != ChallengeState::Sending || !m_resending) {
        m_countdown->clear();
        m_attempts->clear();
    }
}

void SendVerifyPanel::setState(ChallengeState state)
{
    if (isEndState(state) || state == ChallengeState::Idle) {
        m_ticker->stop();
        m_resendAllowedAt = QDateTime();
    } else if (state == ChallengeState::Open) {
        m_ticker->start();
    }
    const bool changed = state != m_state;
    m_state = state;
    refreshControls();
    if (changed)
        Q_EMIT stateChanged(state);
}

void SendVerifyPanel::tick()
{
    checkExpiry(QDateTime::currentDateTimeUtc());
    refreshControls();
}

void SendVerifyPanel::checkExpiry(const QDateTime& now)
{
    if (m_state == ChallengeState::Open && now >= m_session.expiresAt()) {
        m_outcome->setMessage(FieldMessage::Kind::Warning, tr("The code expired: send a new one."));
        setState(ChallengeState::Expired);
    }
}

void SendVerifyPanel::send()
{
    if (m_e164.isEmpty() || isBusy())
        return;
    m_resending = false;
    m_code->clear();
    m_outcome->setMessage(FieldMessage::Kind::Hint, tr("Sending…"));
    m_delivery->clear();
    showDetail({});
    setState(ChallengeState::Sending);
    Q_EMIT sendRequested(m_e164);
}

void SendVerifyPanel::resend()
{
    if (m_state != ChallengeState::Open || !m_resendButton->isEnabled())
        return;
    m_resending = true;
    m_outcome->setMessage(FieldMessage::Kind::Hint, tr("Sending a new code…"));
    m_delivery->clear();
    showDetail({});
    setState(ChallengeState::Sending);
    Q_EMIT resendRequested();
}

void SendVerifyPanel::showSendProblem(const QString& explanation)
{
    m_outcome->setMessage(FieldMessage::Kind::Error, explanation);
    setState(ChallengeState::Failed);
}

void SendVerifyPanel::showMessage(FieldMessage::Kind kind, const QString& text)
{
    m_outcome->setMessage(kind, text);
}

void SendVerifyPanel::showDelivery(const providers::DeliveryStatus& status, const QString& note)
{
    using providers::DeliveryState;
    QString text = tr("Delivery: %1").arg(providers::deliveryStateText(status.state));
    if (status.errorCode != 0)
        text = tr("Delivery: %1 (error %2). %3")
                   .arg(providers::deliveryStateText(status.state))
                   .arg(status.errorCode)
                   .arg(status.explanation);
    if (!note.isEmpty())
        text += QLatin1Char(' ') + note;
    const FieldMessage::Kind kind = status.state == DeliveryState::Delivered ? FieldMessage::Kind::Ok
        : status.state == DeliveryState::Undelivered || status.state == DeliveryState::Failed
        ? FieldMessage::Kind::Error
        : !note.isEmpty() ? FieldMessage::Kind::Warning
                          : FieldMessage::Kind::Hint;
    m_delivery->setMessage(kind, text);
}

void SendVerifyPanel::reset()
{
    m_code->clear();
    m_outcome->clear();
    m_delivery->clear();
    showDetail({});
    setState(ChallengeState::Idle);
}

void SendVerifyPanel::showDetail(const QString& detail)
{
    m_details->setText(detail);
    m_detailsToggle->setVisible(!detail.isEmpty());
    m_detailsToggle->setChecked(false);
    m_details->setVisible(false);
}

void SendVerifyPanel::showReport(const SendReport& report)
{
    if (m_state != ChallengeState::Sending)
        return; // not this panel's send (or already settled)
    switch (report.result) {
    case SendReport::Result::Sent: {
        m_outcome->setMessage(FieldMessage::Kind::Ok, report.sentSummary(m_session.number()));
        const QString unavailable = providers::deliveryUnavailableReason(m_session.provider());
        if (unavailable.isEmpty())
            m_delivery->setMessage(
                FieldMessage::Kind::Hint, tr("Delivery: accepted; asking the provider what became of it…"));
        else
            m_delivery->setMessage(FieldMessage::Kind::Hint, unavailable);
        if (!report.isResend)
            m_attemptsLeft = m_session.policy().maxFailedAttempts;
        m_resendAllowedAt = QDateTime::currentDateTimeUtc().addSecs(m_session.policy().minResendIntervalSeconds);
        setState(ChallengeState::Open);
        m_code->setFocus(Qt::OtherFocusReason);
        return;
    }
    case SendReport::Result::Blocked:
        m_outcome->setMessage(FieldMessage::Kind::Warning, report.explanation);
        if (m_resending && m_session.hasChallenge()) {
            // The code sent before still works.
            setState(ChallengeState::Open);
            if (report.waitSeconds > 0)
                m_resendAllowedAt = QDateTime::currentDateTimeUtc().addSecs(report.waitSeconds);
            refreshControls();
            return;
        }
        setState(ChallengeState::Failed);
        return;
    case SendReport::Result::Cancelled:
        m_outcome->setMessage(FieldMessage::Kind::Warning, tr("Cancelled. %1").arg(report.explanation));
        setState(ChallengeState::Cancelled);
        return;
    case SendReport::Result::NotConfigured:
    case SendReport::Result::Refused:
    case SendReport::Result::Failed:
        m_outcome->setMessage(FieldMessage::Kind::Error, report.explanation);
        showDetail(technicalDetail(report.outcome));
        setState(ChallengeState::Failed);
        return;
    }
}

void SendVerifyPanel::verify()
{
    if (!m_verifyButton->isEnabled())
        return;
    const send::VerifyReport report = m_session.verifyReport(m_code->text());
    const otp::VerifyResult& result = report.result;
    m_attemptsLeft = result.attemptsLeft;
    ChallengeState next = ChallengeState::Open;
    FieldMessage::Kind kind = FieldMessage::Kind::Warning;
    switch (result.status) {
    case otp::VerifyStatus::Verified:
        next = ChallengeState::Verified;
        kind = FieldMessage::Kind::Ok;
        break;
    case otp::VerifyStatus::Wrong:
    case otp::VerifyStatus::Superseded:
        next = result.attemptsLeft > 0 ? ChallengeState::Open : ChallengeState::Locked;
        kind = result.attemptsLeft > 0 ? FieldMessage::Kind::Warning : FieldMessage::Kind::Error;
        break;
    case otp::VerifyStatus::Expired:
        next = ChallengeState::Expired;
        kind = FieldMessage::Kind::Error;
        break;
    case otp::VerifyStatus::Locked:
        next = ChallengeState::Locked;
        kind = FieldMessage::Kind::Error;
        break;
    case otp::VerifyStatus::Closed:
    case otp::VerifyStatus::NotFound:
        next = ChallengeState::Failed;
        kind = FieldMessage::Kind::Error;
        break;
    }
    m_outcome->setMessage(kind, report.message());
    setState(next);
    if (next == ChallengeState::Open)
        m_code->selectAll();
    Q_EMIT verifyFinished(report);
}

} // namespace smsotp::ui
