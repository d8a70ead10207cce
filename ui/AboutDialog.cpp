#include "AboutDialog.h"

#include "AppIcon.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace smsotp::ui {

AboutDialog::AboutDialog(const QString& dataDir, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About SMS OTP Console"));

    auto* icon = new QLabel(this);
    icon->setPixmap(appIcon().pixmap(64, 64));

    auto* heading = new QLabel(tr("<b>SMS OTP Console</b> %1").arg(QStringLiteral(SMSOTP_VERSION)), this);
    heading->setObjectName(QStringLiteral("aboutVersionLabel"));

    auto* summary = new QLabel(tr("Configure, preview and prove SMS one-time-password multi-factor "
                                  "authentication, as WSO2 Identity Server has it."),
        this);
    summary->setWordWrap(true);

    auto* notice = new QLabel(restrictedAuthenticatorNotice(), this);
    notice->setObjectName(QStringLiteral("aboutNistLabel"));
    notice->setWordWrap(true);
    notice->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* facts
        = new QLabel(tr("Licence: MIT (see LICENSE)<br>Qt %1 (built with %2)<br>Data folder: %3")
                         .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR), dataDir.toHtmlEscaped()),
            this);
    facts->setObjectName(QStringLiteral("aboutFactsLabel"));
    facts->setTextFormat(Qt::RichText);
    facts->setWordWrap(true);
    facts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("aboutButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(heading);
    layout->addWidget(summary);
    layout->addWidget(facts);
    layout->addWidget(notice);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString AboutDialog::restrictedAuthenticatorNotice()
{
    return tr("SMS is a restricted authenticator in NIST SP 800-63B: a code sent over the phone network can be "
              "intercepted or redirected (SIM swap, number porting, SS7 attacks), so the phone number does not "
              "prove possession of a device the way an app or a security key does. Offer users a stronger "
              "authenticator as well, tell them of the risk, and have a plan to move away from SMS.");
}

} // namespace smsotp::ui
