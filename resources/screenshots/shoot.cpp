// smsotp-screenshots: every page of the console, and each step of the setup wizard, as PNG files, in the light
// Fusion palette and a dark one, at the default window size and at 900x600. A fresh data folder with a few
// history rows, so the pages show what a new administrator sees after a first test. Run by take.sh.
// usage: smsotp-screenshots OUTPUT_DIR

#include "ConsoleContext.h"
#include "MainWindow.h"
#include "editors/CustomEditor.h"
#include "pages/Page.h"
#include "phone/PhoneNumber.h"
#include "providers/TwilioProvider.h"
#include "services/Services.h"
#include "storage/Database.h"
#include "storage/HistoryRepository.h"
#include "storage/SettingsRepository.h"
#include "widgets/Contrast.h"
#include "widgets/FieldMessage.h"
#include "widgets/SendVerifyPanel.h"
#include "wizard/ProviderWizardLauncher.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QWizard>

using namespace smsotp;

namespace {

// A morning of test sends: accepted, refused, a timeout, a cancel, verifications.
void addHistory(storage::Database& database)
{
    storage::HistoryRepository history(database);
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3 * 3600);
    struct Row
    {
        int minutes;
        const char* provider;
        storage::HistoryEvent event;
        storage::HistoryOutcome outcome;
        int status;
        int latency;
        const char* explanation;
        const char* delivery = "";
        int deliveryCode = 0;
    };
    const Row rows[] = {
        { 0, "sandbox", storage::HistoryEvent::Send, storage::HistoryOutcome::Sent, 200, 38, "", "delivered" },
        { 1, "sandbox", storage::HistoryEvent::Verify, storage::HistoryOutcome::Verified, 0, -1, "Verified." },
        { 20, "twilio", storage::HistoryEvent::Send, storage::HistoryOutcome::Sent, 201, 412, "", "delivered" },
        { 22, "twilio", storage::HistoryEvent::Verify, storage::HistoryOutcome::Wrong, 0, -1,
            "Wrong code. 2 attempts left." },
        { 23, "twilio", storage::HistoryEvent::Verify, storage::HistoryOutcome::Verified, 0, -1, "Verified." },
        { 60, "vonage", storage::HistoryEvent::Send, storage::HistoryOutcome::Refused, 200, 287,
            "Vonage refused the message: the number is not a valid mobile number (status 3)." },
        { 75, "custom", storage::HistoryEvent::Send, storage::HistoryOutcome::Failed, 0, 15003,
            "The provider did not answer within 15 seconds. Check the URL and the network." },
        { 90, "sandbox", storage::HistoryEvent::Send, storage::HistoryOutcome::Cancelled, 0, 812, "Cancelled." },
        { 120, "twilio", storage::HistoryEvent::Send, storage::HistoryOutcome::Sent, 201, 398, "", "undelivered",
            30003 },
    };
    for (const Row& r : rows) {
        storage::HistoryEntry e;
        e.time = start.addSecs(r.minutes * 60);
        e.provider = QString::fromLatin1(r.provider);
        e.maskedNumber = phone::mask(u"+447400123456");
        e.numberSuffix = QStringLiteral("3456");
        e.event = r.event;
        e.outcome = r.outcome;
        e.httpStatus = r.status;
        e.latencyMs = r.latency;
        e.messageId = r.outcome == storage::HistoryOutcome::Sent && r.event == storage::HistoryEvent::Send
            ? QStringLiteral("SM%1").arg(r.minutes * 7919, 32, 16, QLatin1Char('0'))
            : QString();
        e.explanation = QString::fromLatin1(r.explanation);
        e.delivery = QString::fromLatin1(r.delivery);
        e.deliveryCode = r.deliveryCode;
        e.deliveryExplanation = providers::twilio::explainErrorCode(r.deliveryCode);
        history.record(e);
    }
}

// The SMS text in English and German, the German one longer (two parts, flagged), and a WebOTP domain.
void addSmsTexts(storage::Database& database)
{
    storage::SettingsRepository settings(database);
    settings.setSmsText(QStringLiteral("de_DE"),
        QStringLiteral("Ihr Bestätigungscode für {{application-name}} lautet {{confirmation-code}}. Er ist "
                       "{{otp-expiry-time}} Minuten gültig."),
        false);
    settings.setSmsText(QStringLiteral("pt_BR"), QStringLiteral("Seu código é {{confirmation-code}}."), false);
    settings.setValue(storage::SettingsRepository::webOtpDomainKey(), QStringLiteral("login.example.com"));
}

// Lays out what changed before a grab: only the pending layout requests, no nested event loop.
void settle()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

void save(QWidget& widget, const QDir& out, const QString& name)
{
    settle();
    widget.grab().save(out.filePath(name + QStringLiteral(".png")));
}

void shootPages(ui::MainWindow& window, const QDir& out, const QString& suffix)
{
    for (int i = 0; i < window.pages().size(); ++i) {
        window.showPage(i);
        settle();
        save(window, out, window.pages().at(i)->objectName() + suffix);
    }
    window.showPage(0);
}

// The custom provider's tab, filled from the Kannel preset: GET with a URL template and an API key in the query.
void shootCustomProvider(ui::MainWindow& window, const QDir& out, const QString& suffix)
{
    auto* page = window.findChild<QWidget*>(QStringLiteral("providerPage"));
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("providerTabs"));
    auto* editor = window.findChild<ui::CustomEditor*>();
    if (!page || !tabs || !editor)
        return;
    window.showPage(int(window.pages().indexOf(page)));
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i)->isAncestorOf(editor))
            tabs->setCurrentIndex(i);
    }
    const storage::CustomProviderSettings saved = editor->settings();
    editor->applyPreset(QStringLiteral("kannel"));
    save(window, out, QStringLiteral("providerPage-custom") + suffix);
    editor->setSettings(saved); // nothing unsaved: leaving the page asks nothing
    tabs->setCurrentIndex(0);
    window.showPage(0);
}

// The Template Preview's SMS text tab: the texts per locale side by side.
void shootSmsTexts(ui::MainWindow& window, const QDir& out, const QString& suffix)
{
    auto* page = window.findChild<QWidget*>(QStringLiteral("previewPage"));
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("previewTabs"));
    if (!page || !tabs)
        return;
    window.showPage(int(window.pages().indexOf(page)));
    tabs->setCurrentIndex(1);
    save(window, out, QStringLiteral("previewPage-smstexts") + suffix);
    tabs->setCurrentIndex(0);
    window.showPage(0);
}

// Test Send after a sandbox send: the outcome and the delivery followed to "delivered".
void shootDelivery(ui::MainWindow& window, const QDir& out, const QString& suffix)
{
    auto* page = window.findChild<QWidget*>(QStringLiteral("testSendPage"));
    if (!page)
        return;
    window.showPage(int(window.pages().indexOf(page)));
    auto* number = page->findChild<QLineEdit*>(QStringLiteral("numberEdit"));
    auto* send = page->findChild<QPushButton*>(QStringLiteral("sendButton"));
    auto* delivery = page->findChild<ui::FieldMessage*>(QStringLiteral("deliveryMessage"));
    auto* panel = page->findChild<ui::SendVerifyPanel*>();
    if (!number || !send || !delivery || !panel)
        return;
    number->setText(QStringLiteral("+447400123456"));
    Q_EMIT number->textEdited(number->text());
    send->click();
    QEventLoop wait;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &wait, [&] {
        if (delivery->kind() == ui::FieldMessage::Kind::Ok)
            wait.quit();
    });
    poll.start(50);
    QTimer::singleShot(10000, &wait, &QEventLoop::quit);
    wait.exec();
    save(window, out, QStringLiteral("testSendPage-delivered") + suffix);
    panel->reset();
    number->clear();
    window.showPage(0);
}

void shootWizard(ui::MainWindow& window, const QDir& out, const QString& suffix)
{
    window.wizardLauncher().open();
    settle();
    auto* wizard = window.findChild<QWizard*>();
    if (!wizard)
        return;
    for (int step = 1; step <= 3; ++step) {
        save(*wizard, out, QStringLiteral("wizard-%1%2").arg(step).arg(suffix));
        wizard->next();
    }
    wizard->reject();
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // Fusion unless SMSOTP_SCREENSHOT_STYLE names another (e.g. Adwaita), to look at the console in a desktop style.
    QApplication::setStyle(qEnvironmentVariable("SMSOTP_SCREENSHOT_STYLE", QStringLiteral("Fusion")));
    if (argc < 2) {
        qWarning("usage: smsotp-screenshots OUTPUT_DIR");
        return 64;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QTemporaryDir data;
    auto opened = storage::Database::open(data.path());
    if (!opened.database)
        return 1;
    addHistory(*opened.database);
    addSmsTexts(*opened.database);
    services::Services services(std::move(opened.database));
    services.sandbox().start();
    ui::ConsoleContext context { services.database(), services.secrets(), services.http(), services.client(),
        services.engine(), services.sandbox() };
    QSettings settings(QDir(data.path()).filePath(QStringLiteral("console.ini")), QSettings::IniFormat);

    const QPalette light = QApplication::style()->standardPalette();
    for (const bool dark : { false, true }) {
        QApplication::setPalette(dark ? ui::darkPalette() : light);
        ui::MainWindow window(context, settings, true);
        window.show();
        for (const QSize size : { QSize(980, 680), QSize(900, 600) }) {
            window.resize(size);
            const QString suffix = QStringLiteral("-%1%2").arg(dark ? QStringLiteral("dark") : QStringLiteral("light"),
                size.width() == 980 ? QString() : QStringLiteral("-900x600"));
            shootPages(window, out, suffix);
            shootCustomProvider(window, out, suffix);
            shootSmsTexts(window, out, suffix);
            shootDelivery(window, out, suffix);
            if (size.width() == 980)
                shootWizard(window, out, suffix);
        }
    }
    return 0;
}
