#include "ConsoleFixture.h"
#include "FakeTwilioServer.h"
#include "FileScan.h"
#include "pages/ProviderPage.h"
#include "storage/ProviderRepository.h"
#include "widgets/FieldMessage.h"
#include "widgets/SecretField.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>

using namespace smsotp;
using smsotp::ui::FieldMessage;
using smsotp::ui::SecretField;

// Every control a user reaches has an objectName (tests find it) and an accessible name (screen readers say what it
// is for); every label with a mnemonic has a buddy. Qt's own parts of a control (a spin box's line edit, a tab
// bar's scroll buttons, a line edit's clear button) are left out.
inline QStringList unnamedControls(QWidget* root)
{
    QStringList unnamed;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        const bool control = qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w)
            || qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractItemView*>(w) || qobject_cast<QPlainTextEdit*>(w)
            || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QTabBar*>(w);
        QWidget* parent = w->parentWidget();
        const bool part = qobject_cast<QAbstractSpinBox*>(parent) || qobject_cast<QTabBar*>(parent)
            || qobject_cast<QLineEdit*>(parent) || qobject_cast<QComboBox*>(parent)
            || (parent && qobject_cast<QAbstractItemView*>(parent->parentWidget()))
            || qobject_cast<QAbstractItemView*>(parent) || w->objectName().startsWith(QLatin1String("qt_"));
        if (control && !part && (w->objectName().isEmpty() || w->accessibleName().isEmpty()))
            unnamed.append(
                QStringLiteral("%1 \"%2\" (%3)")
                    .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), w->accessibleName()));
    }
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (label->text().contains(QLatin1Char('&')) && !label->text().contains(QLatin1String("&&")) && !label->buddy())
            unnamed.append(QStringLiteral("label without buddy: ") + label->text());
    }
    return unnamed;
}

// The provider page against the real Secret Service that tests/run.sh starts.
class TestProviderPage : public QObject
{
    Q_OBJECT

    static constexpr auto kSid = "AC0123456789abcdef0123456789abcdef";
    static constexpr auto kToken = "f00dbabe0123456789abcdef01234567";

    static void type(QLineEdit* edit, const QString& text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    template<typename T> static T* inPage(ConsoleFixture& f, const QString& name)
    {
        return f.findIn<T>(QStringLiteral("providerPage"), name);
    }

    static ui::ProviderPage* openPage(ConsoleFixture& f)
    {
        auto* page = f.find<ui::ProviderPage>(QStringLiteral("providerPage"));
        f.window->showPage(int(f.window->pages().indexOf(page)));
        return page;
    }

    static void selectTab(ConsoleFixture& f, const QString& editorName)
    {
        // Each editor sits in a scroll area of its own: the tab is the one that holds it.
        auto* tabs = f.find<QTabWidget>(QStringLiteral("providerTabs"));
        QWidget* editor = f.find<QWidget>(editorName);
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i)->isAncestorOf(editor))
                tabs->setCurrentIndex(i);
        }
    }

    static bool saveAndWait(ConsoleFixture& f, ui::ProviderPage* page)
    {
        inPage<QPushButton>(f, QStringLiteral("saveButton"))->click();
        const bool saved = QTest::qWaitFor([&] { return !page->isWaitingForKeychain(); }, 20000) && !page->isDirty();
        if (!saved)
            qWarning("not saved: %s", qPrintable(inPage<FieldMessage>(f, QStringLiteral("pageMessage"))->text()));
        return saved;
    }

    // The Twilio tab filled in for the fake server: its Account SID, Auth Token and API base.
    static void fillTwilio(ConsoleFixture& f, const FakeTwilioServer& twilio)
    {
        selectTab(f, QStringLiteral("twilioEditor"));
        type(f.find<QLineEdit>(QStringLiteral("twilioAccountIdEdit")), twilio.accountSid());
        type(f.find<QLineEdit>(QStringLiteral("twilioSecretEdit")), twilio.authToken());
        type(f.find<QLineEdit>(QStringLiteral("twilioApiBaseEdit")), twilio.baseUrl().toString());
    }

    static QString readSecret(ConsoleFixture& f, const QString& key)
    {
        QString value;
        bool done = false;
        f.secrets->read(key, [&](const storage::SecretResult& r) {
            value = r.error.isError() ? QStringLiteral("<error %1>").arg(int(r.error.kind)) : r.value;
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, 20000) ? value : QStringLiteral("<no answer>");
    }

    static void fillTwilio(ConsoleFixture& f)
    {
        selectTab(f, QStringLiteral("twilioEditor"));
        type(f.find<QLineEdit>(QStringLiteral("twilioAccountIdEdit")), QString::fromLatin1(kSid));
        type(f.find<QLineEdit>(QStringLiteral("twilioSecretEdit")), QString::fromLatin1(kToken));
        type(f.find<QLineEdit>(QStringLiteral("twilioSenderEdit")), QStringLiteral("+15005550006"));
    }

private Q_SLOTS:
    void aFreshProfileUsesTheSandbox()
    {
        ConsoleFixture f;
        auto* page = openPage(f);
        QCOMPARE(page->activeProvider(), providers::ProviderKind::Sandbox);
        QVERIFY(f.find<QLabel>(QStringLiteral("activeProviderLabel"))->text().contains(QStringLiteral("Sandbox")));
        QVERIFY(!page->isDirty());
        QVERIFY(f.find<FieldMessage>(QStringLiteral("nistNotice"))
                    ->text()
                    .contains(QStringLiteral("restricted authenticator")));
        selectTab(f, QStringLiteral("sandboxTab"));
        QVERIFY2(f.find<QLabel>(QStringLiteral("sandboxUrlLabel"))->text().contains(f.sandbox->url().toString()),
            qPrintable(f.find<QLabel>(QStringLiteral("sandboxUrlLabel"))->text()));
    }

    void twilioIsSavedWithTheTokenInTheKeychain()
    {
        ConsoleFixture f;
        auto* page = openPage(f);
        fillTwilio(f);
        QVERIFY(page->isDirty());
        QVERIFY(saveAndWait(f, page));
        QCOMPARE(readSecret(f, storage::secretkeys::twilioAuthToken()), QString::fromLatin1(kToken));

        f.restart();
        openPage(f);
        QCOMPARE(f.find<QLineEdit>(QStringLiteral("twilioAccountIdEdit"))->text(), QString::fromLatin1(kSid));
        QCOMPARE(f.find<QLineEdit>(QStringLiteral("twilioSenderEdit"))->text(), QStringLiteral("+15005550006"));
        auto* token = f.find<SecretField>(QStringLiteral("twilioSecretField"));
        QCOMPARE(token->state(), SecretField::State::Stored);
        QCOMPARE(token->lineEdit()->text(), ui::secretMask());
        QVERIFY(token->lineEdit()->isReadOnly());

        // SECURITY.md 11: the token's bytes are in no file of the data or config folders.
        f.window.reset();
        f.database.reset();
        QCOMPARE(filesContaining({ f.dir.path(), qEnvironmentVariable("XDG_CONFIG_HOME") }, { QByteArray(kToken) }),
            QStringList {});
    }

    void revealShowsTheStoredValueWhilePressed()
    {
        ConsoleFixture f;
        auto* page = openPage(f);
        fillTwilio(f);
        QVERIFY(saveAndWait(f, page));
        auto* token = f.find<SecretField>(QStringLiteral("twilioSecretField"));
        auto* reveal = f.find<QToolButton>(QStringLiteral("twilioSecretRevealButton"));
        QTest::mousePress(reveal, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return token->state() == SecretField::State::Revealed; }, 20000));
        QCOMPARE(token->lineEdit()->text(), QString::fromLatin1(kToken));
        QTest::mouseRelease(reveal, Qt::LeftButton);
        QCOMPARE(token->state(), SecretField::State::Stored);
        QCOMPARE(token->lineEdit()->text(), ui::secretMask());
    }

    void replaceWritesTheNewValue()
    {
        ConsoleFixture f;
        auto* page = openPage(f);
        fillTwilio(f);
        QVERIFY(saveAndWait(f, page));
        f.find<QToolButton>(QStringLiteral("twilioSecretReplaceButton"))->click();
        QVERIFY(page->isDirty());
        const QString replacement = QStringLiteral("0123456789abcdef0123456789abcdef");
        QTest::keyClicks(f.find<QLineEdit>(QStringLiteral("twilioSecretEdit")), replacement);
        QVERIFY(saveAndWait(f, page));
        QCOMPARE(readSecret(f, storage::secretkeys::twilioAuthToken()), replacement);
    }

    void badValuesAreRefusedWithTheReason()
    {
        ConsoleFixture f;
        auto* page = openPage(f);
        selectTab(f, QStringLiteral("twilioEditor"));
        type(f.find<QLineEdit>(QStringLiteral("twilioAccountIdEdit")), QStringLiteral("AB123"));
        QCOMPARE(f.find<FieldMessage>(QStringLiteral("twilioAccountIdMessage"))->kind(), FieldMessage::Kind::Error);
        QVERIFY(!page->save());
        QVERIFY(inPage<FieldMessage>(f, QStringLiteral("pageMessage"))->text().contains(QStringLiteral("Twilio")));
        QVERIFY(!f.find<QPushButton>(QStringLiteral("useProviderButton"))->isEnabled());

        f.window->setUnsavedPrompt([](ui::Page*) { return QMessageBox::Discard; });
        f.restart();
        const auto loaded = storage::ProviderRepository(*f.database).load();
        QVERIFY(loaded.settings.configured.isEmpty());
    }

    void vonageAndActiveProviderSurviveARestart()
    {
        ConsoleFixture f;
        auto* page = openPage(f);
        selectTab(f, QStringLiteral("vonageEditor"));
        type(f.find<QLineEdit>(QStringLiteral("vonageAccountIdEdit")), QStringLiteral("a1b2c3d4"));
        type(f.find<QLineEdit>(QStringLiteral("vonageSecretEdit")), QStringLiteral("Secret123456"));
        type(f.find<QLineEdit>(QStringLiteral("vonageSenderEdit")), QStringLiteral("ACME"));
        auto* use = f.find<QPushButton>(QStringLiteral("useProviderButton"));
        QVERIFY(use->isEnabled());
        use->click();
        QVERIFY(f.find<QLabel>(QStringLiteral("activeProviderLabel"))->text().contains(QStringLiteral("not saved")));
        QVERIFY(saveAndWait(f, page));
        QCOMPARE(page->activeProvider(), providers::ProviderKind::Vonage);
        QCOMPARE(readSecret(f, storage::secretkeys::vonageApiSecret()), QStringLiteral("Secret123456"));

        f.restart();
        page = openPage(f);
        QCOMPARE(page->activeProvider(), providers::ProviderKind::Vonage);
        QCOMPARE(f.find<QLineEdit>(QStringLiteral("vonageSenderEdit"))->text(), QStringLiteral("ACME"));
        QCOMPARE(f.find<SecretField>(QStringLiteral("vonageSecretField"))->state(), SecretField::State::Stored);
    }

    void reloadShowsSavedValuesButKeepsUnsavedEdits()
    {
        ConsoleFixture f;
        auto* page = openPage(f);
        auto* url = f.find<QLineEdit>(QStringLiteral("customUrlEdit"));
        storage::ProviderRepository repo(*f.database);
        storage::CustomProviderSettings custom;
        custom.config.url = QStringLiteral("https://one.example.com/send");
        QVERIFY(!repo.saveCustom(custom).isError());
        // Clean: another page saved, the page shows it.
        QVERIFY(!page->isDirty());
        page->reload();
        QCOMPARE(url->text(), custom.config.url);
        // Dirty: the user's edit stays, nothing is replaced silently.
        selectTab(f, QStringLiteral("customEditor"));
        type(url, QStringLiteral("https://mine.example.com/send"));
        QVERIFY(page->isDirty());
        custom.config.url = QStringLiteral("https://two.example.com/send");
        QVERIFY(!repo.saveCustom(custom).isError());
        page->reload();
        QCOMPARE(url->text(), QStringLiteral("https://mine.example.com/send"));
        QVERIFY(page->isDirty());
    }

    void customHeaderValuesAndNamedSecretsGoToTheKeychain()
    {
        ConsoleFixture f;
        auto* page = openPage(f);
        selectTab(f, QStringLiteral("customEditor"));
        type(f.find<QLineEdit>(QStringLiteral("customUrlEdit")), QStringLiteral("https://sms.example.com/send"));
        auto* templ = f.find<QPlainTextEdit>(QStringLiteral("customTemplateEdit"));
        templ->setPlainText(QStringLiteral("{\"to\": {{mobile}}, \"text\": {{body}}, \"key\": \"{{secret:APIKEY}}\"}"));
        type(f.find<QLineEdit>(QStringLiteral("customHeadersEdit")),
            QStringLiteral("X-Api-Key: hdr-s3cret-1, X-Tag: \"a, b: c\""));
        f.find<QPushButton>(QStringLiteral("customAddSecretButton"))->click();
        QTest::keyClicks(f.find<QLineEdit>(QStringLiteral("customSecretName1Edit")), QStringLiteral("APIKEY"));
        QTest::keyClicks(f.find<QLineEdit>(QStringLiteral("customSecret1Edit")), QStringLiteral("named-s3cret-2"));
        QVERIFY2(page->save() || page->isWaitingForKeychain(),
            qPrintable(inPage<FieldMessage>(f, QStringLiteral("pageMessage"))->text()));
        QVERIFY(QTest::qWaitFor([&] { return !page->isWaitingForKeychain(); }, 20000));
        QVERIFY(!page->isDirty());
        QCOMPARE(readSecret(f, storage::secretkeys::customHeader(QStringLiteral("X-Api-Key"))),
            QStringLiteral("hdr-s3cret-1"));
        QCOMPARE(readSecret(f, storage::secretkeys::customHeader(QStringLiteral("X-Tag"))), QStringLiteral("a, b: c"));
        QCOMPARE(readSecret(f, storage::secretkeys::customNamedSecret(QStringLiteral("APIKEY"))),
            QStringLiteral("named-s3cret-2"));

        f.restart();
        openPage(f);
        const QString headers = f.find<QLineEdit>(QStringLiteral("customHeadersEdit"))->text();
        QVERIFY2(headers.contains(QStringLiteral("X-Api-Key: •••")), qPrintable(headers));
        QVERIFY(!headers.contains(QStringLiteral("hdr-s3cret-1")));
        QCOMPARE(f.find<SecretField>(QStringLiteral("customSecret1Field"))->state(), SecretField::State::Stored);
        f.window.reset();
        f.database.reset();
        QCOMPARE(filesContaining({ f.dir.path(), qEnvironmentVariable("XDG_CONFIG_HOME") },
                     { QByteArray("hdr-s3cret-1"), QByteArray("named-s3cret-2") }),
            QStringList {});
    }

    // A preset fills the form for a documented gateway; the authentication's secret goes to the keychain, and
    // switching authentication off removes it.
    void aPresetFillsTheFormAndItsSecretGoesToTheKeychain()
    {
        ConsoleFixture f;
        auto* page = openPage(f);
        selectTab(f, QStringLiteral("customEditor"));
        auto* preset = f.find<QComboBox>(QStringLiteral("customPresetCombo"));
        const int plivo = preset->findData(QStringLiteral("plivo"));
        QVERIFY(plivo > 0);
        preset->setCurrentIndex(plivo);
        Q_EMIT preset->activated(plivo); // as a click on the item does
        auto* url = f.find<QLineEdit>(QStringLiteral("customUrlEdit"));
        QCOMPARE(url->text(), QStringLiteral("https://api.plivo.com/v1/Account/YOUR_AUTH_ID/Message/"));
        QVERIFY(f.find<FieldMessage>(QStringLiteral("customPresetMessage"))->text().contains(u"plivo.com/docs"));
        QCOMPARE(f.find<QComboBox>(QStringLiteral("customAuthCombo"))->currentData().toInt(),
            int(providers::custom::AuthKind::Basic));
        auto* user = f.find<QLineEdit>(QStringLiteral("customAuthUserEdit"));
        QVERIFY(user->isVisibleTo(page));
        QVERIFY(!f.find<QLineEdit>(QStringLiteral("customApiKeyNameEdit"))->isVisibleTo(page));
        QVERIFY(page->isDirty());
        // Without its password the form says what is missing, and nothing is saved.
        QVERIFY(!page->save());
        QVERIFY(f.find<FieldMessage>(QStringLiteral("customAuthMessage"))->text().contains(u"password"));

        type(url, QStringLiteral("https://api.plivo.com/v1/Account/MA123/Message/"));
        type(user, QStringLiteral("MA123"));
        type(f.find<QLineEdit>(QStringLiteral("customSenderEdit")), QStringLiteral("+14155550100"));
        QTest::keyClicks(f.find<QLineEdit>(QStringLiteral("customAuthSecretEdit")), QStringLiteral("pl1vo-t0ken"));
        QVERIFY(saveAndWait(f, page));
        QCOMPARE(readSecret(f, storage::secretkeys::customAuthSecret()), QStringLiteral("pl1vo-t0ken"));

        f.restart();
        openPage(f);
        QCOMPARE(f.find<SecretField>(QStringLiteral("customAuthSecretField"))->state(), SecretField::State::Stored);
        QCOMPARE(
            f.find<QLineEdit>(QStringLiteral("customMessageIdRuleEdit"))->text(), QStringLiteral("/message_uuid/0"));
        auto* auth = f.find<QComboBox>(QStringLiteral("customAuthCombo"));
        auth->setCurrentIndex(auth->findData(int(providers::custom::AuthKind::None)));
        QVERIFY(!f.find<SecretField>(QStringLiteral("customAuthSecretField"))->isVisibleTo(page));
        auto* reloaded = f.find<ui::ProviderPage>(QStringLiteral("providerPage"));
        QVERIFY(saveAndWait(f, reloaded));
        QVERIFY(readSecret(f, storage::secretkeys::customAuthSecret()).startsWith(u"<error"));
        f.window.reset();
        f.database.reset();
        QCOMPARE(filesContaining({ f.dir.path(), qEnvironmentVariable("XDG_CONFIG_HOME") }, { QByteArray("pl1vo") }),
            QStringList {});
    }

    // GET takes no body: the form says so until the content type is None, which leaves the template aside.
    void getWithABodyIsRefusedUntilTheContentTypeIsNone()
    {
        ConsoleFixture f;
        auto* page = openPage(f);
        selectTab(f, QStringLiteral("customEditor"));
        type(f.find<QLineEdit>(QStringLiteral("customUrlEdit")),
            QStringLiteral("https://gw.example.org/send?to={{mobile}}&text={{body}}"));
        auto* method = f.find<QComboBox>(QStringLiteral("customMethodCombo"));
        method->setCurrentIndex(method->findData(int(providers::HttpMethod::Get)));
        QVERIFY(!page->save());
        QVERIFY(f.find<FieldMessage>(QStringLiteral("customTemplateMessage"))->text().contains(u"GET"));
        auto* contentType = f.find<QComboBox>(QStringLiteral("customContentTypeCombo"));
        contentType->setCurrentIndex(contentType->findData(int(tmpl::PayloadFormat::None)));
        QVERIFY(!f.find<QPlainTextEdit>(QStringLiteral("customTemplateEdit"))->isVisibleTo(page));
        QVERIFY(saveAndWait(f, page));
        QCOMPARE(
            storage::ProviderRepository(*f.database).load().settings.custom.config.method, providers::HttpMethod::Get);
    }

    // A save that was killed before the keychain confirmed the token: the page asks for it again, and says why.
    void anInterruptedSecretIsAskedForAgain()
    {
        ConsoleFixture f;
        storage::ProviderRepository repository(*f.database);
        QVERIFY(!repository
                     .saveTwilio(
                         { QStringLiteral("AC0123456789abcdef0123456789abcdef"), QStringLiteral("+14155550100"), {} })
                     .isError());
        QVERIFY(!repository.setSecretStored(storage::secretkeys::twilioAuthToken(), true).isError());
        f.restart();
        openPage(f);
        QCOMPARE(f.find<SecretField>(QStringLiteral("twilioSecretField"))->state(), SecretField::State::Stored);
        QVERIFY(!storage::ProviderRepository(*f.database)
                     .markSecretsPending({ storage::secretkeys::twilioAuthToken() })
                     .isError());
        f.restart();
        openPage(f);
        QCOMPARE(f.find<SecretField>(QStringLiteral("twilioSecretField"))->state(), SecretField::State::Empty);
        const QString shown = inPage<FieldMessage>(f, QStringLiteral("pageMessage"))->text();
        QVERIFY2(shown.contains(QStringLiteral("“twilio.auth_token” did not finish")), qPrintable(shown));
    }

    // SECURITY.md 20: a CR or NUL pasted into the header list is refused at the field, with the reason, and
    // nothing reaches the database or the keychain.
    void headerInjectionIsRefusedWhenSaving()
    {
        ConsoleFixture f;
        auto* page = openPage(f);
        selectTab(f, QStringLiteral("customEditor"));
        type(f.find<QLineEdit>(QStringLiteral("customUrlEdit")), QStringLiteral("https://sms.example.com/send"));
        f.find<QPlainTextEdit>(QStringLiteral("customTemplateEdit"))
            ->setPlainText(QStringLiteral("{\"to\": {{mobile}}, \"text\": {{body}}}"));
        const storage::ProviderRepository::LoadResult before = storage::ProviderRepository(*f.database).load();
        const QStringList pastes { QStringLiteral("X-Api-Key: hdr-s3cret-1\rX-Injected: yes"),
            QStringLiteral("X-Api-Key: hdr-s3cret-1") + QChar(u'\0') + QStringLiteral("X-Injected: yes") };
        for (const QString& pasted : pastes) {
            f.find<QLineEdit>(QStringLiteral("customHeadersEdit"))->setText(pasted); // as a paste sets it
            QVERIFY(!page->save());
            QVERIFY(!page->isWaitingForKeychain());
            const QString shown = inPage<FieldMessage>(f, QStringLiteral("pageMessage"))->text()
                + f.find<QLineEdit>(QStringLiteral("customHeadersEdit"))->toolTip();
            QVERIFY(page->isDirty()); // the typed text is kept to be mended
            QCOMPARE(f.find<QLineEdit>(QStringLiteral("customHeadersEdit"))->text(), pasted);
            QVERIFY2(!shown.isEmpty(), qPrintable(shown));
        }
        QVERIFY(!before.settings.configured.contains(providers::ProviderKind::Custom));
        QVERIFY(!storage::ProviderRepository(*f.database)
                     .load()
                     .settings.configured.contains(providers::ProviderKind::Custom)); // nothing saved
        QCOMPARE(readSecret(f, storage::secretkeys::customHeader(QStringLiteral("X-Api-Key"))),
            QStringLiteral("<error %1>").arg(int(storage::SecretErrorKind::NotFound)));
    }

    // The check needs no SMS and no save: it uses what the form holds, against the vendor's protocol.
    void checkCredentialsWithoutSending()
    {
        FakeTwilioServer twilio;
        QVERIFY(twilio.listen());
        twilio.setAccount(QStringLiteral("Acme Test"), QStringLiteral("active"), QStringLiteral("Trial"));
        ConsoleFixture f;
        openPage(f);
        fillTwilio(f, twilio);
        auto* message = f.find<FieldMessage>(QStringLiteral("twilioCheckMessage"));
        f.find<QPushButton>(QStringLiteral("twilioCheckButton"))->click();
        QVERIFY(QTest::qWaitFor([&] { return message->kind() == FieldMessage::Kind::Ok; }, 10000));
        QVERIFY2(message->text().contains(QStringLiteral("Acme Test")), qPrintable(message->text()));
        QVERIFY(message->text().contains(QStringLiteral("Trial")));
        QCOMPARE(twilio.requests().size(), 1);
        QCOMPARE(twilio.requests().first().method, QByteArray("GET"));

        type(f.find<QLineEdit>(QStringLiteral("twilioSecretEdit")), QStringLiteral("0123456789abcdef0123456789abcdef"));
        f.find<QPushButton>(QStringLiteral("twilioCheckButton"))->click();
        QVERIFY(QTest::qWaitFor([&] { return message->kind() == FieldMessage::Kind::Error; }, 10000));
        QVERIFY2(message->text().contains(QStringLiteral("Auth Token"), Qt::CaseInsensitive)
                || message->text().contains(QStringLiteral("credentials"), Qt::CaseInsensitive),
            qPrintable(message->text()));
        QVERIFY(!message->text().contains(QStringLiteral("0123456789abcdef0123456789abcdef")));
    }

    // SECURITY.md 18: a check against a server that never answers can be cancelled from the page at once; the
    // button comes back and a later check works.
    void aSilentCredentialCheckCanBeCancelled()
    {
        FakeTwilioServer twilio;
        QVERIFY(twilio.listen());
        twilio.setNeverAnswer(true);
        ConsoleFixture f;
        openPage(f);
        fillTwilio(f, twilio);
        auto* message = f.find<FieldMessage>(QStringLiteral("twilioCheckMessage"));
        auto* check = f.find<QPushButton>(QStringLiteral("twilioCheckButton"));
        auto* cancel = f.find<QPushButton>(QStringLiteral("twilioCancelCheckButton"));
        check->click();
        QVERIFY(QTest::qWaitFor([&] { return !twilio.requests().isEmpty(); }, 10000)); // it is waiting on Twilio
        QVERIFY(cancel->isVisible());
        QCOMPARE(message->kind(), FieldMessage::Kind::Hint);
        cancel->click();
        // Well before the 15 s transfer timeout could answer instead.
        QVERIFY(QTest::qWaitFor([&] { return message->kind() == FieldMessage::Kind::Error; }, 2000));
        QVERIFY2(message->text().contains(QStringLiteral("Cancel"), Qt::CaseInsensitive), qPrintable(message->text()));
        QVERIFY(!cancel->isVisible());
        QVERIFY(check->isEnabled());

        twilio.setNeverAnswer(false);
        check->click();
        QVERIFY(QTest::qWaitFor([&] { return message->kind() == FieldMessage::Kind::Ok; }, 10000));
    }

    // Issue 15: the typed values are checked first, and the field at fault is named (not the keychain).
    void checkCredentialsNamesTheFieldAtFault()
    {
        ConsoleFixture f;
        openPage(f);
        selectTab(f, QStringLiteral("twilioEditor"));
        type(f.find<QLineEdit>(QStringLiteral("twilioAccountIdEdit")), QStringLiteral("AB123"));
        auto* message = f.find<FieldMessage>(QStringLiteral("twilioCheckMessage"));
        f.find<QPushButton>(QStringLiteral("twilioCheckButton"))->click();
        QCOMPARE(message->kind(), FieldMessage::Kind::Error); // at once: nothing asked of the keychain
        QVERIFY2(message->text().contains(QStringLiteral("Account SID")), qPrintable(message->text()));
        QVERIFY(!message->text().contains(QStringLiteral("keychain")));
        QCOMPARE(f.find<FieldMessage>(QStringLiteral("twilioAccountIdMessage"))->kind(), FieldMessage::Kind::Error);

        // A valid SID and no token: the token is named.
        type(f.find<QLineEdit>(QStringLiteral("twilioAccountIdEdit")), QString::fromLatin1(kSid));
        QCOMPARE(message->kind(), FieldMessage::Kind::None); // the edit cleared the stale result
        f.find<QPushButton>(QStringLiteral("twilioCheckButton"))->click();
        QCOMPARE(message->kind(), FieldMessage::Kind::Error);
        QVERIFY2(message->text().contains(QStringLiteral("Auth Token")), qPrintable(message->text()));
        QVERIFY(!message->text().contains(QStringLiteral("keychain")));
    }

    // Issue 15: a refused Save selects the first tab at fault, marks every tab with a problem and lists them all.
    void saveWithProblemsOnTwoTabsMarksBoth()
    {
        ConsoleFixture f;
        auto* page = openPage(f);
        selectTab(f, QStringLiteral("twilioEditor"));
        type(f.find<QLineEdit>(QStringLiteral("twilioAccountIdEdit")), QStringLiteral("AB123"));
        selectTab(f, QStringLiteral("customEditor"));
        type(f.find<QLineEdit>(QStringLiteral("customUrlEdit")), QStringLiteral("ftp://sms.example.com/send"));
        selectTab(f, QStringLiteral("sandboxTab"));
        QVERIFY(!page->save());
        auto* tabs = f.find<QTabWidget>(QStringLiteral("providerTabs"));
        QVERIFY(tabs->widget(tabs->currentIndex())->isAncestorOf(f.find<QWidget>(QStringLiteral("twilioEditor"))));
        QVERIFY2(tabs->tabText(0).startsWith(QStringLiteral("\u2022")), qPrintable(tabs->tabText(0)));
        QVERIFY(!tabs->tabIcon(0).isNull());
        QVERIFY2(tabs->tabText(2).startsWith(QStringLiteral("\u2022")), qPrintable(tabs->tabText(2)));
        QVERIFY(!tabs->tabIcon(2).isNull());
        QVERIFY(!tabs->tabText(1).startsWith(QStringLiteral("\u2022")));
        QVERIFY(tabs->tabIcon(1).isNull());
        // The untouched tab keeps its hints: no error where nobody typed anything.
        QCOMPARE(f.find<FieldMessage>(QStringLiteral("vonageAccountIdMessage"))->kind(), FieldMessage::Kind::Hint);
        const QString listed = inPage<FieldMessage>(f, QStringLiteral("pageMessage"))->text();
        QVERIFY2(listed.contains(QStringLiteral("Twilio")) && listed.contains(QStringLiteral("Account SID"))
                && listed.contains(QStringLiteral("Custom")) && listed.contains(QStringLiteral("Provider URL")),
            qPrintable(listed));

        // Fixing a tab drops its mark and its line; the other stays.
        type(f.find<QLineEdit>(QStringLiteral("twilioAccountIdEdit")), QString::fromLatin1(kSid));
        type(f.find<QLineEdit>(QStringLiteral("twilioSecretEdit")), QString::fromLatin1(kToken));
        type(f.find<QLineEdit>(QStringLiteral("twilioSenderEdit")), QStringLiteral("+15005550006"));
        QVERIFY(!tabs->tabText(0).startsWith(QStringLiteral("\u2022")));
        QVERIFY(tabs->tabText(2).startsWith(QStringLiteral("\u2022")));
        const QString left = inPage<FieldMessage>(f, QStringLiteral("pageMessage"))->text();
        QVERIFY2(!left.contains(QStringLiteral("Account SID")) && left.contains(QStringLiteral("Provider URL")),
            qPrintable(left));
    }

    void theActiveProviderIsMarkedOnItsTab()
    {
        ConsoleFixture f;
        auto* page = openPage(f);
        auto* tabs = f.find<QTabWidget>(QStringLiteral("providerTabs"));
        QVERIFY2(tabs->tabText(3).contains(QStringLiteral("active")), qPrintable(tabs->tabText(3)));
        for (int i = 0; i < 3; ++i)
            QVERIFY2(!tabs->tabText(i).contains(QStringLiteral("active")), qPrintable(tabs->tabText(i)));
        fillTwilio(f);
        f.find<QPushButton>(QStringLiteral("useProviderButton"))->click();
        QVERIFY(saveAndWait(f, page));
        QVERIFY2(tabs->tabText(0).contains(QStringLiteral("active")), qPrintable(tabs->tabText(0)));
        QVERIFY(!tabs->tabText(3).contains(QStringLiteral("active")));
    }

    // A check's result is about the values it checked: a Save drops it.
    void aStaleCheckResultIsClearedAfterSave()
    {
        FakeTwilioServer twilio;
        QVERIFY(twilio.listen());
        ConsoleFixture f;
        auto* page = openPage(f);
        selectTab(f, QStringLiteral("twilioEditor"));
        type(f.find<QLineEdit>(QStringLiteral("twilioAccountIdEdit")), twilio.accountSid());
        type(f.find<QLineEdit>(QStringLiteral("twilioSecretEdit")), twilio.authToken());
        type(f.find<QLineEdit>(QStringLiteral("twilioSenderEdit")), QStringLiteral("+15005550006"));
        type(f.find<QLineEdit>(QStringLiteral("twilioApiBaseEdit")), twilio.baseUrl().toString());
        auto* message = f.find<FieldMessage>(QStringLiteral("twilioCheckMessage"));
        f.find<QPushButton>(QStringLiteral("twilioCheckButton"))->click();
        QVERIFY(QTest::qWaitFor([&] { return message->kind() == FieldMessage::Kind::Ok; }, 10000));
        QVERIFY(saveAndWait(f, page));
        QCOMPARE(message->kind(), FieldMessage::Kind::None);
    }

    // Issue 15, finding 6: on the Custom tab the hints never overlap the template editor or any other field.
    void customTabHintsDoNotOverlapTheFields()
    {
        ConsoleFixture f;
        openPage(f);
        selectTab(f, QStringLiteral("customEditor"));
        for (const QSize size : { QSize(900, 600), QSize(980, 680) }) {
            f.window->resize(size);
            QTest::qWait(50);
            QWidget* editor = f.find<QWidget>(QStringLiteral("customEditor"));
            QList<QWidget*> shown;
            for (QWidget* w : editor->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
                if (w->isVisible() && w->objectName() != QLatin1String("qt_scrollarea_viewport"))
                    shown.append(w);
            }
            QVERIFY(shown.size() > 10);
            for (int i = 0; i < shown.size(); ++i) {
                QVERIFY2(shown[i]->geometry().right() < editor->width(), qPrintable(shown[i]->objectName()));
                for (int j = i + 1; j < shown.size(); ++j) {
                    QVERIFY2(!shown[i]->geometry().intersects(shown[j]->geometry()),
                        qPrintable(shown[i]->objectName() + QStringLiteral(" overlaps ") + shown[j]->objectName()));
                }
            }
        }
        QVERIFY(f.find<QAbstractSpinBox>(QStringLiteral("customTimeoutSpin")));
    }

    void everyControlIsNamed()
    {
        ConsoleFixture f;
        auto* page = openPage(f);
        f.find<QPushButton>(QStringLiteral("customAddSecretButton"))->click();
        for (const QString& editor : { QStringLiteral("twilioAdvancedToggle"), QStringLiteral("vonageAdvancedToggle") })
            f.find<QAbstractButton>(editor)->click();
        QCOMPARE(unnamedControls(page), QStringList());
    }

    // SECURITY.md 12: the keychain fails; the rest is saved, the typed value stays, and Retry finishes the job.
    void aKeychainFailureKeepsTheTypedSecretAndOffersRetry()
    {
        ConsoleFixture f;
        auto* page = openPage(f);
        fillTwilio(f);
        f.secrets->setDeadline(0); // every keychain answer comes too late
        inPage<QPushButton>(f, QStringLiteral("saveButton"))->click();
        auto* retry = inPage<QPushButton>(f, QStringLiteral("retryButton"));
        QVERIFY(QTest::qWaitFor([&] { return retry->isVisible(); }, 10000));
        QVERIFY(inPage<FieldMessage>(f, QStringLiteral("pageMessage"))
                    ->text()
                    .contains(QStringLiteral("did not answer in time")));
        auto* token = f.find<SecretField>(QStringLiteral("twilioSecretField"));
        QCOMPARE(token->newValue(), QString::fromLatin1(kToken));
        QVERIFY(page->isDirty());
        // The non-secret part is saved already.
        QCOMPARE(storage::ProviderRepository(*f.database).load().settings.twilio.accountSid, QString::fromLatin1(kSid));

        f.secrets->setDeadline(storage::SecretStore::kDefaultDeadlineMs);
        retry->click();
        QVERIFY(QTest::qWaitFor([&] { return !page->isWaitingForKeychain(); }, 20000));
        QVERIFY(!page->isDirty());
        QCOMPARE(token->state(), SecretField::State::Stored);
        QCOMPARE(readSecret(f, storage::secretkeys::twilioAuthToken()), QString::fromLatin1(kToken));
    }
};

QTEST_MAIN(TestProviderPage)
#include "TestProviderPage.moc"
