#include "ConsoleFixture.h"
#include "pages/PreviewPage.h"
#include "pages/PreviewSmsTextPanel.h"
#include "pages/SmsLocaleEditor.h"
#include "storage/ProviderRepository.h"
#include "storage/SettingsRepository.h"
#include "template/TemplateLint.h"
#include "widgets/FieldMessage.h"
#include "widgets/TemplateHighlighter.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QStyleFactory>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>

using namespace smsotp;

class TestPreviewPage : public QObject
{
    Q_OBJECT

    inline static const QString kPage = QStringLiteral("previewPage");
    static constexpr auto kToken = "f00dbabe0123456789abcdef01234567";

    static ui::PreviewPage* openOn(ConsoleFixture& f, providers::ProviderKind kind)
    {
        auto* page = f.find<ui::PreviewPage>(kPage);
        f.window->showPage(int(f.window->pages().indexOf(page)));
        auto* combo = f.findIn<QComboBox>(kPage, QStringLiteral("previewProviderCombo"));
        combo->setCurrentIndex(combo->findData(int(kind)));
        return page;
    }

    static void storeTwilio(ConsoleFixture& f)
    {
        providers::twilio::Config config;
        config.accountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
        config.sender = QStringLiteral("+15005550006");
        QVERIFY(!storage::ProviderRepository(*f.database).saveTwilio(config).isError());
        bool done = false;
        f.secrets->write(storage::secretkeys::twilioAuthToken(), QString::fromLatin1(kToken),
            [&](const storage::SecretResult& r) { done = !r.error.isError(); });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
    }

    static void storeCustom(ConsoleFixture& f, const QString& payloadTemplate, const QString& headers = {})
    {
        storage::CustomProviderSettings settings;
        settings.config.url = QStringLiteral("https://sms.example.com/send");
        settings.config.payloadTemplate = payloadTemplate;
        settings.config.headers = headers;
        settings.config.success.statuses = { 200, 202 }; // what WSO2 takes, so its lint stays quiet
        QVERIFY(!storage::ProviderRepository(*f.database).saveCustom(settings).isError());
    }

    // Opens the custom provider's preview on a saved template and waits for its request.
    static QPlainTextEdit* openCustom(ConsoleFixture& f, const QString& payloadTemplate)
    {
        storeCustom(f, payloadTemplate);
        openOn(f, providers::ProviderKind::Custom);
        auto* view = f.findIn<QPlainTextEdit>(kPage, QStringLiteral("previewRequestView"));
        // A request, or the reason there is none (a broken template): either way the setup has been read.
        const auto ready = [&] {
            const QString text = view->toPlainText();
            return text.startsWith(QStringLiteral("POST"))
                || text.startsWith(QStringLiteral("No request: the problems"));
        };
        if (!QTest::qWaitFor(ready, 20000))
            qWarning("no request: %s", qPrintable(view->toPlainText()));
        return f.findIn<QPlainTextEdit>(kPage, QStringLiteral("previewTemplateEdit"));
    }

    static QStringList problemTexts(ConsoleFixture& f)
    {
        QStringList texts;
        auto* list = f.findIn<QListWidget>(kPage, QStringLiteral("previewProblemsList"));
        for (int i = 0; i < list->count(); ++i)
            texts << list->item(i)->text();
        return texts;
    }

    static QListWidgetItem* problemStartingWith(ConsoleFixture& f, const QString& prefix)
    {
        auto* list = f.findIn<QListWidget>(kPage, QStringLiteral("previewProblemsList"));
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text().startsWith(prefix))
                return list->item(i);
        }
        return nullptr;
    }

    static void putCursorAt(QPlainTextEdit* edit, int position)
    {
        QTextCursor cursor = edit->textCursor();
        cursor.setPosition(position);
        edit->setTextCursor(cursor);
    }

    // A template WSO2 would choke on in several ways: typographic quotes, a spaced and an unknown placeholder.
    static QString troubledTemplate()
    {
        return QStringLiteral("{\n  \"to\": {{ mobile }},\n  \"text\": \u201C{{body}}\u201D,\n  \"tag\": {{nope}}\n}");
    }

    // Interactive widgets of the page itself (not the parts of a combo box, a scroll area or a tab bar).
    static QList<QWidget*> controlsOf(QWidget* page)
    {
        QList<QWidget*> controls;
        for (QWidget* w : page->findChildren<QWidget*>()) {
            const bool interactive = qobject_cast<QAbstractButton*>(w) || qobject_cast<QComboBox*>(w)
                || qobject_cast<QLineEdit*>(w) || qobject_cast<QAbstractScrollArea*>(w) || qobject_cast<QTabBar*>(w);
            bool part = false;
            for (QWidget* up = w->parentWidget(); up && up != page; up = up->parentWidget()) {
                part = part || qobject_cast<QComboBox*>(up) || qobject_cast<QAbstractScrollArea*>(up)
                    || qobject_cast<QTabBar*>(up);
            }
            if (interactive && !part)
                controls.append(w);
        }
        return controls;
    }

    static QPalette darkPalette()
    {
        QPalette p;
        p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
        p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
        p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
        p.setColor(QPalette::ToolTipText, QColor(0xee, 0xee, 0xee));
        p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
        p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
        return p;
    }

private Q_SLOTS:
    void twilioRequestIsShownRedactedUntilRevealed()
    {
        ConsoleFixture f;
        storeTwilio(f);
        auto* page = openOn(f, providers::ProviderKind::Twilio);
        auto* view = f.findIn<QPlainTextEdit>(kPage, QStringLiteral("previewRequestView"));
        QVERIFY(QTest::qWaitFor([&] { return view->toPlainText().startsWith(QStringLiteral("POST")); }, 20000));
        const QString redacted = view->toPlainText();
        QVERIFY2(
            redacted.contains(QStringLiteral("/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json")),
            qPrintable(redacted));
        QVERIFY(redacted.contains(QStringLiteral("Authorization: Basic •••")));
        QVERIFY(!redacted.contains(QString::fromLatin1(kToken)));
        // A form body gets its decoded table; the number travels with %2B.
        QVERIFY(redacted.contains(QStringLiteral("To=%2B447400123456")));
        QVERIFY(f.findIn<QTableWidget>(kPage, QStringLiteral("previewFormTable"))->rowCount() >= 3);

        // Reveal is held, never latched: press shows, release hides; Space the same; a click leaves nothing shown.
        auto* reveal = f.findIn<QToolButton>(kPage, QStringLiteral("previewRevealButton"));
        QVERIFY(!reveal->isCheckable());
        const QByteArray basic = QByteArray("AC0123456789abcdef0123456789abcdef:") + kToken;
        QTest::mousePress(reveal, Qt::LeftButton);
        QVERIFY(view->toPlainText().contains(QString::fromLatin1(basic.toBase64())));
        QTest::mouseRelease(reveal, Qt::LeftButton);
        QCOMPARE(view->toPlainText(), redacted);
        reveal->setFocus();
        QTest::keyPress(reveal, Qt::Key_Space);
        QVERIFY(view->toPlainText().contains(QString::fromLatin1(basic.toBase64())));
        QTest::keyRelease(reveal, Qt::Key_Space);
        QCOMPARE(view->toPlainText(), redacted);
        reveal->click();
        QCOMPARE(view->toPlainText(), redacted);

        // Copy as curl never holds the secret, even while revealed.
        QTest::mousePress(reveal, Qt::LeftButton);
        f.findIn<QPushButton>(kPage, QStringLiteral("previewCopyCurlButton"))->click();
        const QString curl = QGuiApplication::clipboard()->text();
        QVERIFY(curl.startsWith(QStringLiteral("curl -X POST")));
        QVERIFY(!curl.contains(QString::fromLatin1(kToken)));
        QVERIFY(!curl.contains(QString::fromLatin1(basic.toBase64())));
        QCOMPARE(curl, page->curlCommand());
        QTest::mouseRelease(reveal, Qt::LeftButton);
        QCOMPARE(view->toPlainText(), redacted);
    }

    // Only secrets are masked: the content type reads in clear beside a masked Authorization.
    void onlySecretValuesAreRedacted()
    {
        ConsoleFixture f;
        storeTwilio(f);
        openOn(f, providers::ProviderKind::Twilio);
        auto* view = f.findIn<QPlainTextEdit>(kPage, QStringLiteral("previewRequestView"));
        QVERIFY(QTest::qWaitFor([&] { return view->toPlainText().startsWith(QStringLiteral("POST")); }, 20000));
        QVERIFY2(view->toPlainText().contains(QStringLiteral("Content-Type: application/x-www-form-urlencoded\n")),
            qPrintable(view->toPlainText()));
        QVERIFY(view->toPlainText().contains(QStringLiteral("Authorization: Basic •••\n")));

        // A custom provider keeps every header value in the keychain, the content type's too.
        storeCustom(f, QStringLiteral("{\"to\": {{mobile}}, \"text\": {{body}}}"),
            QStringLiteral("Content-Type:, Accept:, Authorization:"));
        for (const auto& [name, value] : { std::pair { "content-type", "application/json; charset=utf-8" },
                 std::pair { "accept", "application/json" }, std::pair { "authorization", "Bearer t0ken-f00d" } }) {
            bool done = false;
            f.secrets->write(storage::secretkeys::customHeader(QString::fromLatin1(name)), QString::fromLatin1(value),
                [&](const storage::SecretResult& r) { done = !r.error.isError(); });
            QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
        }
        openOn(f, providers::ProviderKind::Custom);
        QVERIFY(QTest::qWaitFor([&] { return view->toPlainText().contains(QStringLiteral("Bearer")); }, 20000));
        const QString text = view->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Content-Type: application/json; charset=utf-8\n")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Accept: application/json\n")));
        QVERIFY(text.contains(QStringLiteral("Authorization: Bearer •••\n")));
        QVERIFY(!text.contains(QStringLiteral("t0ken-f00d")));
    }

    // The request is the page's largest element and reads without sideways scrolling; the page fits 900x600 and
    // opening it leaves the window's size alone.
    void requestIsLargestAndPageFits()
    {
        ConsoleFixture f;
        storeTwilio(f);
        f.window->resize(980, 680);
        f.window->showPage(0);
        QTest::qWait(50);
        const QSize before = f.window->size();
        auto* page = openOn(f, providers::ProviderKind::Twilio);
        auto* view = f.findIn<QPlainTextEdit>(kPage, QStringLiteral("previewRequestView"));
        QVERIFY(QTest::qWaitFor([&] { return view->toPlainText().startsWith(QStringLiteral("POST")); }, 20000));
        QTest::qWait(50);
        QCOMPARE(f.window->size(), before);
        const QSize minimum = page->minimumSizeHint();
        QVERIFY2(minimum.width() <= 680 && minimum.height() <= 560,
            qPrintable(QStringLiteral("%1x%2").arg(minimum.width()).arg(minimum.height())));

        QCOMPARE(view->lineWrapMode(), QPlainTextEdit::WidgetWidth);
        QVERIFY(!view->horizontalScrollBar()->isVisible());
        QCOMPARE(view->verticalScrollBar()->maximum(), 0); // the whole request, body included, without scrolling
        QVERIFY(view->font().fixedPitch() || QFontInfo(view->font()).fixedPitch());
        auto* label = f.findIn<QLabel>(kPage, QStringLiteral("previewRequestLabel"));
        QCOMPARE(label->buddy(), view);
        const int area = view->width() * view->height();
        for (QAbstractScrollArea* other : page->findChildren<QAbstractScrollArea*>()) {
            if (other != view && other->isVisible())
                QVERIFY2(other->width() * other->height() < area, qPrintable(other->objectName()));
        }

        // At the default size of a custom template, too, and with a page switch in between.
        storeCustom(f, troubledTemplate());
        openOn(f, providers::ProviderKind::Custom);
        QTest::qWait(50);
        QCOMPARE(f.window->size(), before);
        const QSize custom = page->minimumSizeHint();
        QVERIFY2(custom.width() <= 680 && custom.height() <= 560,
            qPrintable(QStringLiteral("%1x%2").arg(custom.width()).arg(custom.height())));
        const auto* scroll
            = qobject_cast<QScrollArea*>(page->parentWidget() ? page->parentWidget()->parentWidget() : nullptr);
        if (scroll)
            QVERIFY(!scroll->horizontalScrollBar()->isVisible());
    }

    // Each problem is a sentence shown in full: wrapped to the list's width, never cut or run off to the side.
    void problemsWrapInFull()
    {
        ConsoleFixture f;
        f.window->resize(900, 600);
        QVERIFY(openCustom(f, troubledTemplate()));
        auto* list = f.findIn<QListWidget>(kPage, QStringLiteral("previewProblemsList"));
        QVERIFY(QTest::qWaitFor([&] { return list->count() >= 3; }, 5000));
        QTest::qWait(50);
        QVERIFY(list->wordWrap());
        QCOMPARE(list->horizontalScrollBar()->maximum(), 0);
        const int width = list->viewport()->width();
        int wrapped = 0;
        for (int i = 0; i < list->count(); ++i) {
            const QRect rect = list->visualItemRect(list->item(i));
            QVERIFY2(rect.width() <= width, qPrintable(list->item(i)->text()));
            const int textWidth = rect.width() - list->iconSize().width() - 16;
            const QRect needed = list->fontMetrics().boundingRect(
                QRect(0, 0, textWidth, 100000), Qt::TextWordWrap, list->item(i)->text());
            QVERIFY2(rect.height() >= needed.height(), qPrintable(list->item(i)->text()));
            wrapped += needed.height() > list->fontMetrics().lineSpacing() ? 1 : 0;
        }
        QVERIFY(wrapped > 0); // the long sentences take more than one line
    }

    void everyControlIsNamedAndEveryMnemonicHasABuddy()
    {
        ConsoleFixture f;
        auto* page = openOn(f, providers::ProviderKind::Sandbox);
        for (QLabel* label : page->findChildren<QLabel*>()) {
            if (label->text().contains(u'&'))
                QVERIFY2(label->buddy(), qPrintable(label->text()));
        }
        for (QWidget* control : controlsOf(page)) {
            QVERIFY2(!control->objectName().isEmpty(), control->metaObject()->className());
            QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
        }
    }

    // Not a check: pictures of the page for a person to look at (SMSOTP_SCREENSHOT_DIR=/tmp/shots).
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("SMSOTP_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set SMSOTP_SCREENSHOT_DIR to take screenshots");
        QDir().mkpath(dir);
        const QPalette light = QApplication::style()->standardPalette();
        for (const bool dark : { false, true }) {
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
            QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
            for (const QSize size : { QSize(980, 680), QSize(900, 600) }) {
                ConsoleFixture f;
                storeTwilio(f);
                f.window->resize(size);
                const QString tag
                    = QStringLiteral("%1-%2x%3").arg(dark ? u"dark" : u"light").arg(size.width()).arg(size.height());
                openOn(f, providers::ProviderKind::Twilio);
                auto* view = f.findIn<QPlainTextEdit>(kPage, QStringLiteral("previewRequestView"));
                QVERIFY(QTest::qWaitFor([&] { return view->toPlainText().startsWith(QStringLiteral("POST")); }, 20000));
                QTest::qWait(100);
                QVERIFY(f.window->grab().save(dir + QStringLiteral("/preview-twilio-%1.png").arg(tag)));
                openCustom(f, troubledTemplate());
                QTest::qWait(300);
                QVERIFY(f.window->grab().save(dir + QStringLiteral("/preview-custom-%1.png").arg(tag)));
                f.findIn<QTabWidget>(kPage, QStringLiteral("previewTabs"))->setCurrentIndex(1);
                QTest::qWait(100);
                QVERIFY(f.window->grab().save(dir + QStringLiteral("/preview-sms-%1.png").arg(tag)));
            }
        }
        QApplication::setPalette(light);
    }

    void sandboxRequestAndNoProblems()
    {
        ConsoleFixture f;
        openOn(f, providers::ProviderKind::Sandbox);
        auto* view = f.findIn<QPlainTextEdit>(kPage, QStringLiteral("previewRequestView"));
        QVERIFY(QTest::qWaitFor([&] { return view->toPlainText().startsWith(QStringLiteral("POST")); }, 20000));
        QVERIFY(view->toPlainText().contains(QStringLiteral("\"to\":")));
        QVERIFY(view->toPlainText().contains(QStringLiteral("http://127.0.0.1:")));
    }

    void smsTextCountsAndSaves()
    {
        ConsoleFixture f;
        auto* page = openOn(f, providers::ProviderKind::Sandbox);
        auto* edit = f.findIn<QPlainTextEdit>(kPage, QStringLiteral("smsTextEdit"));
        auto* counter = f.findIn<QLabel>(kPage, QStringLiteral("smsCounterLabel"));
        QVERIFY2(counter->text().startsWith(QStringLiteral("GSM-7")), qPrintable(counter->text()));
        edit->setPlainText(QStringLiteral("Code {{confirmation-code}} – valid {{otp-expiry-time}} min"));
        QVERIFY(counter->text().startsWith(QStringLiteral("UCS-2")));
        QVERIFY(page->isDirty());
        QVERIFY(page->save());
        f.restart();
        QCOMPARE(f.findIn<QPlainTextEdit>(kPage, QStringLiteral("smsTextEdit"))->toPlainText(),
            QStringLiteral("Code {{confirmation-code}} – valid {{otp-expiry-time}} min"));

        auto* again = f.findIn<QPlainTextEdit>(kPage, QStringLiteral("smsTextEdit"));
        again->setPlainText(QStringLiteral("no code here"));
        QVERIFY(!f.find<ui::PreviewPage>(kPage)->save()); // a text without the code is refused
    }
    // Texts per locale side by side: a new locale starts as the default text, a translation that costs more parts is
    // flagged, a bad locale name or domain is refused, and Save writes all of it at once (Revert brings back the rest).
    void smsTextsPerLocale()
    {
        ConsoleFixture f;
        auto* page = openOn(f, providers::ProviderKind::Sandbox);
        auto* panel = f.findIn<ui::PreviewSmsTextPanel>(kPage, QStringLiteral("previewSmsTextPanel"));
        QCOMPARE(panel->editors().size(), 1);
        QVERIFY(!panel->addLocale(QStringLiteral("xx_YY")));
        QVERIFY(f.findIn<ui::FieldMessage>(kPage, QStringLiteral("smsPanelMessage"))
                    ->text()
                    .contains(QStringLiteral("not a locale the console knows")));
        QVERIFY(!panel->addLocale(QStringLiteral("en-US"))); // there already
        QVERIFY(panel->addLocale(QStringLiteral("de-DE")));
        QCOMPARE(panel->editors().size(), 2);
        ui::SmsLocaleEditor* german = panel->editors().at(1);
        QCOMPARE(german->locale(), QStringLiteral("de_DE"));
        QCOMPARE(german->text(), tmpl::SmsText::defaultTemplate());
        QVERIFY(page->isDirty());

        // A longer German text with a character outside GSM-7: two parts, more than the default's one.
        german->setText(QStringLiteral("Ihr Bestätigungscode lautet {{confirmation-code}}. Er ist {{otp-expiry-time}} "
                                       "Minuten gültig. Bitte geben Sie ihn „jetzt“ ein."));
        auto* message = german->findChild<ui::FieldMessage*>(QStringLiteral("smsTextMessage"));
        QVERIFY2(message->kind() == ui::FieldMessage::Kind::Warning, qPrintable(message->text()));
        QVERIFY2(message->text().contains(QStringLiteral("costs 2 SMS parts")), qPrintable(message->text()));
        QVERIFY(
            german->findChild<QLabel*>(QStringLiteral("smsCounterLabel"))->text().startsWith(QStringLiteral("UCS-2")));

        // A domain that is not a host name: shown, and nothing can be saved.
        auto* domain = f.findIn<QLineEdit>(kPage, QStringLiteral("smsWebOtpDomainEdit"));
        domain->setText(QStringLiteral("https://login.example.com"));
        QVERIFY(!page->save());
        QVERIFY(storage::SettingsRepository(*f.database).smsTexts().texts.texts.size() == 1);
        domain->setText(QStringLiteral("Login.Example.com"));
        QVERIFY(panel->renderedText().endsWith(QStringLiteral("@login.example.com #888888")));
        QCOMPARE(panel->renderedLocale(), QStringLiteral("de_DE"));

        // The app hash from a certificate file; a file that is not one is refused.
        QVERIFY(panel
                    ->computeAndroidHash(QStringLiteral("com.example.myapp"),
                        QStringLiteral(SMSOTP_TEST_CERTS_DIR) + QStringLiteral("/selfsigned.key"))
                    .contains(QStringLiteral("not one X.509 certificate")));
        QCOMPARE(panel->computeAndroidHash(QStringLiteral("com.example.myapp"),
                     QStringLiteral(SMSOTP_TEST_CERTS_DIR) + QStringLiteral("/android-signing.pem")),
            QString());
        QCOMPARE(
            f.findIn<QLineEdit>(kPage, QStringLiteral("smsAndroidHashEdit"))->text(), QStringLiteral("vPh/UOObprq"));
        // Now every text must hold the hash: an error, nothing saved until it is in.
        QVERIFY(german->report().hasErrors());
        QVERIFY(!page->save());
        f.findIn<QLineEdit>(kPage, QStringLiteral("smsAndroidHashEdit"))->clear();

        german->findChild<QPushButton*>(QStringLiteral("smsMakeDefaultButton"))->click();
        QCOMPARE(panel->editors().first(), german);
        QVERIFY(page->save());
        f.restart();
        const storage::SettingsRepository settings(*f.database);
        const tmpl::SmsTexts saved = settings.smsTexts().texts;
        QCOMPARE(saved.defaultLocale, QStringLiteral("de_DE"));
        QCOMPARE(saved.locales(), (QStringList { QStringLiteral("de_DE"), QStringLiteral("en_US") }));
        QCOMPARE(settings.value(storage::SettingsRepository::webOtpDomainKey()).value,
            std::optional(QStringLiteral("login.example.com")));
        auto* reopened = f.findIn<ui::PreviewSmsTextPanel>(kPage, QStringLiteral("previewSmsTextPanel"));
        QCOMPARE(reopened->editors().size(), 2);

        // Remove, then Revert: the text is back; Remove and Save: gone.
        reopened->editors().at(1)->findChild<QPushButton*>(QStringLiteral("smsRemoveLocaleButton"))->click();
        QCOMPARE(reopened->editors().size(), 1);
        reopened->revert();
        QCOMPARE(reopened->editors().size(), 2);
        reopened->editors().at(1)->findChild<QPushButton*>(QStringLiteral("smsRemoveLocaleButton"))->click();
        QVERIFY(reopened->save());
        QCOMPARE(storage::SettingsRepository(*f.database).smsTexts().texts.locales(),
            QStringList { QStringLiteral("de_DE") });
    }

    // Typing in the template editor re-renders the request and re-lints, without a save: the preview shows the
    // unsaved template, and the saved one stays a choice away.
    void typingUpdatesRequestAndProblems()
    {
        ConsoleFixture f;
        const QString saved = QStringLiteral("{\"to\": {{mobile}}, \"text\": {{body}}}");
        auto* editor = openCustom(f, saved);
        QVERIFY(editor);
        QCOMPARE(editor->toPlainText(), saved);
        QVERIFY(!editor->isReadOnly());
        auto* view = f.findIn<QPlainTextEdit>(kPage, QStringLiteral("previewRequestView"));
        auto* source = f.findIn<QComboBox>(kPage, QStringLiteral("previewConfigCombo"));
        QCOMPARE(source->currentData().toInt(), int(ui::PreviewPage::ConfigSource::Saved));
        QVERIFY(!view->toPlainText().contains(QStringLiteral("\"ref\"")));

        putCursorAt(editor, int(saved.size() - 1)); // before the closing brace
        QTest::keyClicks(editor, QStringLiteral(", \"ref\": {{mobile}}"));
        QCOMPARE(source->currentData().toInt(), int(ui::PreviewPage::ConfigSource::Edited));
        QVERIFY2(QTest::qWaitFor(
                     [&] { return view->toPlainText().contains(QStringLiteral("\"ref\": \"+447400123456\"")); }, 5000),
            qPrintable(view->toPlainText()));
        QVERIFY(problemTexts(f).contains(QStringLiteral("No problems found.")));

        // An unknown placeholder appears in the list with its line and column.
        const QString typed = QStringLiteral(", \"bad\": {{nope}}");
        putCursorAt(editor, int(editor->toPlainText().size() - 1));
        QTest::keyClicks(editor, typed);
        const int column = int(editor->toPlainText().indexOf(QStringLiteral("{{nope}}"))) + 1;
        QVERIFY2(QTest::qWaitFor([&] { return problemStartingWith(f, QStringLiteral("1:%1  ").arg(column)); }, 5000),
            qPrintable(problemTexts(f).join(u'|')));
        QVERIFY(
            problemStartingWith(f, QStringLiteral("1:%1  ").arg(column))->text().contains(QStringLiteral("{{nope}}")));
        // Not sendable, but what the template renders to is still shown, and nothing is copied as curl.
        QVERIFY2(view->toPlainText().startsWith(QStringLiteral("No request")), qPrintable(view->toPlainText()));
        QVERIFY(view->toPlainText().contains(QStringLiteral("\"bad\": \"\"")));
        QVERIFY(!f.findIn<QPushButton>(kPage, QStringLiteral("previewCopyCurlButton"))->isEnabled());

        // The saved configuration is still there to compare, and still what the database holds.
        source->setCurrentIndex(source->findData(int(ui::PreviewPage::ConfigSource::Saved)));
        QVERIFY(!view->toPlainText().contains(QStringLiteral("\"ref\"")));
        QVERIFY(problemTexts(f).contains(QStringLiteral("No problems found.")));
        QCOMPARE(storage::ProviderRepository(*f.database).load().settings.custom.config.payloadTemplate, saved);
        source->setCurrentIndex(source->findData(int(ui::PreviewPage::ConfigSource::Edited)));
        QVERIFY2(view->toPlainText().contains(QStringLiteral("\"ref\": \"+447400123456\"")),
            qPrintable(view->toPlainText()));
        QVERIFY(!f.find<ui::PreviewPage>(kPage)->isDirty()); // the draft is the preview's, not the SMS text

        // Back to saved puts the saved text in the editor, as an edit that can be undone.
        f.findIn<QPushButton>(kPage, QStringLiteral("previewTemplateResetButton"))->click();
        QCOMPARE(editor->toPlainText(), saved);
        editor->undo();
        QVERIFY(editor->toPlainText().contains(QStringLiteral("{{nope}}")));
    }

    // Activating a problem puts the cursor on its spot; its fix is an ordinary, undoable edit.
    void problemJumpsAndFixes()
    {
        ConsoleFixture f;
        // WSO2's documentation quotes a placeholder with typographic quotes; the fix removes each quote.
        const QString original = QStringLiteral("{\"to\": {{mobile}},\n \"text\": \u201C{{body}}\u201D}");
        auto* editor = openCustom(f, original);
        QVERIFY(editor);
        auto* list = f.findIn<QListWidget>(kPage, QStringLiteral("previewProblemsList"));
        auto* fix = f.findIn<QPushButton>(kPage, QStringLiteral("previewFixButton"));
        const int quote = int(original.indexOf(QChar(0x201C)));

        QListWidgetItem* item = problemStartingWith(f, QStringLiteral("2:10  "));
        QVERIFY2(item, qPrintable(problemTexts(f).join(u'|')));
        putCursorAt(editor, 0);
        list->setCurrentItem(item);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(editor->textCursor().position(), quote);
        putCursorAt(editor, 0);
        list->scrollToItem(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
        QCOMPARE(editor->textCursor().position(), quote);

        // The selected problem's fix is offered beside the list.
        QVERIFY(fix->isEnabled());
        QVERIFY2(fix->text().contains(QStringLiteral("Remove the quote")), qPrintable(fix->text()));
        const QList<tmpl::LintFinding> findings = tmpl::lintTemplate(original, tmpl::PayloadFormat::Json);
        const auto finding = std::find_if(
            findings.cbegin(), findings.cend(), [&](const tmpl::LintFinding& l) { return l.start.offset == quote; });
        QVERIFY(finding != findings.cend() && finding->fix);
        fix->click();
        QCOMPARE(editor->toPlainText(), tmpl::applyFix(original, *finding->fix));
        QVERIFY(editor->toPlainText().contains(QStringLiteral("\"text\": {{body}}\u201D}")));
        QVERIFY(!fix->isEnabled()); // stale until the lint has run again
        QVERIFY(QTest::qWaitFor([&] { return !problemStartingWith(f, QStringLiteral("2:10  ")); }, 5000));
        QVERIFY2(problemStartingWith(f, QStringLiteral("2:18  ")),
            qPrintable(problemTexts(f).join(u'|'))); // the other quote

        QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(editor->toPlainText(), original);
        QVERIFY(QTest::qWaitFor([&] { return problemStartingWith(f, QStringLiteral("2:10  ")); }, 5000));
    }

    void formatJsonKeepsPlaceholdersOrRefuses()
    {
        ConsoleFixture f;
        const QString compact = QStringLiteral("{\"to\":{{mobile}},\"msg\":{\"text\":{{body}},\"tags\":[]}}");
        auto* editor = openCustom(f, compact);
        QVERIFY(editor);
        auto* format = f.findIn<QPushButton>(kPage, QStringLiteral("previewFormatJsonButton"));
        auto* message = f.findIn<ui::FieldMessage>(kPage, QStringLiteral("previewMessage"));
        format->click();
        QCOMPARE(editor->toPlainText(),
            QStringLiteral(
                "{\n  \"to\": {{mobile}},\n  \"msg\": {\n    \"text\": {{body}},\n    \"tags\": []\n  }\n}"));
        editor->undo();
        QCOMPARE(editor->toPlainText(), compact);

        const QString broken = QStringLiteral("{\"to\": {{mobile}} \"text\": {{body}}}");
        editor->setPlainText(broken);
        format->click();
        QCOMPARE(editor->toPlainText(), broken);
        QCOMPARE(message->kind(), ui::FieldMessage::Kind::Error);
        QVERIFY2(message->text().startsWith(QStringLiteral("Not formatted")), qPrintable(message->text()));
        QVERIFY(message->text().contains(QStringLiteral("Line 1, column")));
    }

    void templateIsHighlighted()
    {
        ConsoleFixture f;
        auto* editor = openCustom(f, QStringLiteral("{\"to\": {{mobile}}, \"n\": 12, \"x\": {{Body}}, \"k\": true}"));
        QVERIFY(editor);
        const QString text = editor->toPlainText();
        using Token = ui::TemplateHighlighter::Token;
        const auto tokenAt = [&](qsizetype offset) {
            int token = 0;
            for (const QTextLayout::FormatRange& range : editor->document()->firstBlock().layout()->formats()) {
                if (offset >= range.start && offset < range.start + range.length)
                    token = range.format.property(ui::TemplateHighlighter::TokenProperty).toInt();
            }
            return token;
        };
        QCOMPARE(tokenAt(0), int(Token::Punctuation));
        QCOMPARE(tokenAt(text.indexOf(QStringLiteral("\"to\""))), int(Token::String));
        QCOMPARE(tokenAt(text.indexOf(QStringLiteral("{{mobile}}"))), int(Token::Placeholder));
        QCOMPARE(tokenAt(text.indexOf(QStringLiteral("{{mobile}}")) + 9), int(Token::Placeholder));
        QCOMPARE(tokenAt(text.indexOf(QStringLiteral("12"))), int(Token::Number));
        QCOMPARE(tokenAt(text.indexOf(QStringLiteral("{{Body}}"))), int(Token::UnknownPlaceholder));
        QCOMPARE(tokenAt(text.indexOf(QStringLiteral("true"))), int(Token::Keyword));
    }

    void sandboxTemplateIsReadOnly()
    {
        ConsoleFixture f;
        openOn(f, providers::ProviderKind::Sandbox);
        auto* editor = f.findIn<QPlainTextEdit>(kPage, QStringLiteral("previewTemplateEdit"));
        QVERIFY(QTest::qWaitFor([&] { return !editor->toPlainText().isEmpty(); }, 20000));
        QVERIFY(editor->isReadOnly());
        QVERIFY(editor->toPlainText().contains(QStringLiteral("{{mobile}}")));
        QVERIFY(
            !f.findIn<QPushButton>(kPage, QStringLiteral("previewFormatJsonButton"))->isVisibleTo(editor->window()));
        QVERIFY(!f.findIn<QComboBox>(kPage, QStringLiteral("previewConfigCombo"))->isEnabled());
    }

    void ucs2CharactersAreMarkedAndReplaced()
    {
        ConsoleFixture f;
        openOn(f, providers::ProviderKind::Sandbox);
        auto* edit = f.findIn<QPlainTextEdit>(kPage, QStringLiteral("smsTextEdit"));
        auto* replace = f.findIn<QPushButton>(kPage, QStringLiteral("smsReplaceGsm7Button"));
        auto* counter = f.findIn<QLabel>(kPage, QStringLiteral("smsCounterLabel"));
        QCOMPARE(edit->extraSelections().size(), 0);
        QVERIFY(!replace->isEnabled());

        const QString original = QStringLiteral("Code {{confirmation-code}} \u2013 it\u2019s ok \u26A1 \u2013");
        edit->setPlainText(original);
        const QList<QTextEdit::ExtraSelection> marks = edit->extraSelections();
        QCOMPARE(marks.size(), 4);
        QCOMPARE(marks.first().cursor.selectionStart(), original.indexOf(QChar(0x2013)));
        QCOMPARE(marks.first().cursor.selectedText(), QStringLiteral("\u2013"));
        QVERIFY2(marks.first().format.toolTip().contains(QStringLiteral("Use \u201C-\u201D")),
            qPrintable(marks.first().format.toolTip()));
        QVERIFY(marks.at(2).format.toolTip().contains(QStringLiteral("no GSM-7")));
        QVERIFY(counter->text().startsWith(QStringLiteral("UCS-2")));
        QVERIFY(replace->isEnabled());

        replace->click();
        QCOMPARE(edit->toPlainText(), QStringLiteral("Code {{confirmation-code}} - it's ok \u26A1 -"));
        QCOMPARE(edit->extraSelections().size(), 1); // the lightning has no stand-in
        QVERIFY(!replace->isEnabled());
        edit->undo();
        QCOMPARE(edit->toPlainText(), original);

        edit->setPlainText(QStringLiteral("Code {{confirmation-code}} \u2019"));
        replace->click();
        QCOMPARE(edit->extraSelections().size(), 0);
        QVERIFY(counter->text().startsWith(QStringLiteral("GSM-7")));
    }
};

QTEST_MAIN(TestPreviewPage)
#include "TestPreviewPage.moc"
