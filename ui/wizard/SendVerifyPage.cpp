#include "ConsoleContext.h"
#include "WizardPages.h"
#include "phone/PhoneNumber.h"
#include "sandbox/SandboxGateway.h"
#include "widgets/SendVerifyPanel.h"

#include <QAbstractButton>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QVBoxLayout>

namespace smsotp::ui {

using providers::ProviderKind;

SendVerifyStep::SendVerifyStep(ProviderWizard& wizard)
    : WizardStep(wizard, ProviderWizard::TestSendPage, QStringLiteral("wizardTestSendPage"))
{
    setTitle(tr("Send and verify a test code"));
    setExplanation(tr("Sends a one-time code with the setup as entered (nothing is saved yet); type back the code that "
                      "arrives."));
}

void SendVerifyStep::build()
{
    m_panel = new SendVerifyPanel(m_wizard.session(), this);
    m_where = wrappedLabel(QString(), this);
    m_verified = wrappedLabel(QString(), this);
    m_where->setObjectName(QStringLiteral("wizardCodeSourceLabel"));
    m_where->setAccessibleName(tr("Where the code arrives"));
    m_where->setFrameShape(QFrame::StyledPanel);
    m_where->setMargin(6);
    m_where->setTextFormat(Qt::PlainText);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verified->setObjectName(QStringLiteral("wizardVerifiedLabel"));
    m_verified->setAccessibleName(tr("Verification result"));
    QFont bold = m_verified->font();
    bold.setBold(true);
    m_verified->setFont(bold);
    m_verified->hide();
    QVBoxLayout* layout = body();
    layout->addWidget(m_panel);
    layout->addWidget(m_where);
    layout->addWidget(m_verified);
    layout->addStretch();

    connect(m_panel, &SendVerifyPanel::sendRequested, this, &SendVerifyStep::send);
    connect(m_panel, &SendVerifyPanel::resendRequested, &m_wizard.session(), &send::TestSendSession::resend);
    connect(m_panel, &SendVerifyPanel::stateChanged, this, &SendVerifyStep::showStateOf);
    connect(&m_wizard.context().sandbox, &sandbox::SandboxGateway::messageReceived, this,
        [this](const sandbox::SandboxMessage& message) {
            if (m_wizard.chosenKind() != ProviderKind::Sandbox || message.to != m_wizard.session().number())
                return;
            m_where->setText(
                tr("The Sandbox phone received at %1:\n%2")
                    .arg(message.receivedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")), message.text));
        });
}

void SendVerifyStep::initializePage()
{
    // The panel (with its country list) is built on the first visit.
    if (!m_panel)
        build();
    m_panel->populateCountries(phone::regionForLocale(QLocale::system()));
    // Whatever was sent before was sent with a setup that may have changed since: send again.
    m_wizard.session().setDraft(std::nullopt);
    m_panel->reset();
    const bool sandbox = m_wizard.chosenKind() == ProviderKind::Sandbox;
    setExplanation(sandbox
            ? tr("Sends a one-time code through the Sandbox, with the setup as entered (nothing is saved "
                 "yet). The SMS appears below; type its code back.")
            : tr("Sends a real SMS with a one-time code to a phone you have at hand, with the setup as "
                 "entered (nothing is saved yet). Type back the code that arrives."));
    showStateOf(ChallengeState::Idle);
}

void SendVerifyStep::cleanupPage()
{
    // Back: a send still running belongs to a setup that may change.
    m_wizard.session().cancel();
    m_panel->reset();
    QWizardPage::cleanupPage();
}

bool SendVerifyStep::isComplete() const
{
    return m_panel && m_panel->state() == ChallengeState::Verified && !m_preparing;
}

void SendVerifyStep::send(const QString& e164)
{
    const std::optional<otp::OtpPolicy> policy = m_wizard.draftPolicy();
    if (!policy) {
        m_panel->showSendProblem(tr("The OTP settings are not valid: go Back and correct them."));
        return;
    }
    m_preparing = true;
    const ProviderKind kind = m_wizard.chosenKind();
    QPointer<SendVerifyStep> self(this);
    m_wizard.buildDraftSetup(
        [self, policy, e164, kind](std::optional<providers::ProviderSetup> setup, const QString& problem) {
            if (!self)
                return;
            self->m_preparing = false;
            // Back (or a reset) while the secrets were read: that send is no longer wanted.
            if (self->m_panel->state() != ChallengeState::Sending)
                return;
            if (!setup) {
                self->m_panel->showSendProblem(problem);
                return;
            }
            send::TestSendSession& session = self->m_wizard.session();
            session.setDraft(send::TestSendSession::Draft { *setup, *policy });
            session.start(e164, kind);
        });
}

void SendVerifyStep::showStateOf(ChallengeState state)
{
    const bool sandbox = m_wizard.chosenKind() == ProviderKind::Sandbox;
    const QString number = m_wizard.session().number();
    if (state == ChallengeState::Idle) {
        m_where->setText(sandbox
                ? tr("The code goes to the Sandbox phone on this computer; its SMS appears here when it arrives.")
                : tr("The code goes by SMS to the number above: read it on that phone and type it under Code."));
    } else if (state == ChallengeState::Open && !sandbox) {
        m_where->setText(tr("The SMS went to %1: read the code on that phone and type it under Code.").arg(number));
    }
    if (state == ChallengeState::Verified) {
        m_verified->setText(tr("✓ Verified: the code went through %1 to %2 and was typed back here. The setup works; "
                               "Next shows what will be saved.")
                                .arg(providers::providerDisplayName(m_wizard.chosenKind()), number));
        m_verified->show();
    } else {
        m_verified->hide();
    }
    changed();
    // Enter verified; the next Enter goes on, never to a button of the panel (Send would send again).
    if (state == ChallengeState::Verified)
        m_wizard.button(QWizard::NextButton)->setFocus(Qt::OtherFocusReason);
}

} // namespace smsotp::ui
