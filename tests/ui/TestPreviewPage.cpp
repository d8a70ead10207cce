#include "ConsoleFixture.h"
#include "pages/PreviewPage.h"
#include "storage/ProviderRepository.h"
#include "template/TemplateLint.h"
#include "widgets/FieldMessage.h"
#include "widgets/TemplateHighlighter.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
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

    static void storeCustom(ConsoleFixture& f, const QString& payloadTemplate)
    {
        storage::CustomProviderSettings settings;
        settings.config.url = QStringLiteral("https://sms.example.com/send");
        settings.config.payloadTemplate = payloadTemplate;
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
