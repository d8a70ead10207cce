#include "ConsoleFixture.h"
#include "pages/PreviewPage.h"
#include "storage/ProviderRepository.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
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

private Q_SLOTS:
    void twilioRequestIsShownRedactedUntilRevealed()
    {
        ConsoleFixture f;
        storeTwilio(f);
        auto* page = openOn(f, providers::ProviderKind::Twilio);
        auto* view = f.findIn<QPlainTextEdit>(kPage, QStringLiteral("previewRequestView"));
        QVERIFY(QTest::qWaitFor([&] { return view->toPlainText().startsWith(QStringLiteral("POST")); }, 20000));
        const QString redacted = view->toPlainText();
        QVERIFY2(redacted.contains(QStringLiteral("/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json")),
            qPrintable(redacted));
        QVERIFY(redacted.contains(QStringLiteral("Authorization: Basic •••")));
        QVERIFY(!redacted.contains(QString::fromLatin1(kToken)));
        // A form body gets its decoded table; the number travels with %2B.
        QVERIFY(redacted.contains(QStringLiteral("To=%2B447400123456")));
        QVERIFY(f.findIn<QTableWidget>(kPage, QStringLiteral("previewFormTable"))->rowCount() >= 3);

        auto* reveal = f.findIn<QToolButton>(kPage, QStringLiteral("previewRevealButton"));
        reveal->click();
        const QByteArray basic = QByteArray("AC0123456789abcdef0123456789abcdef:") + kToken;
        QVERIFY(view->toPlainText().contains(QString::fromLatin1(basic.toBase64())));
        reveal->click();
        QCOMPARE(view->toPlainText(), redacted);

        // Copy as curl never holds the secret, even while revealed.
        reveal->click();
        f.findIn<QPushButton>(kPage, QStringLiteral("previewCopyCurlButton"))->click();
        const QString curl = QGuiApplication::clipboard()->text();
        QVERIFY(curl.startsWith(QStringLiteral("curl -X POST")));
        QVERIFY(!curl.contains(QString::fromLatin1(kToken)));
        QVERIFY(!curl.contains(QString::fromLatin1(basic.toBase64())));
        QCOMPARE(curl, page->curlCommand());
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
};

QTEST_MAIN(TestPreviewPage)
#include "TestPreviewPage.moc"
