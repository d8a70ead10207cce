#include "ConsoleFixture.h"
#include "FakeTwilioServer.h"
#include "FakeVonageServer.h"
#include "Language.h"
#include "Mnemonics.h"
#include "editors/CustomEditor.h"
#include "editors/VendorEditor.h"
#include "pages/ProviderPage.h"
#include "phone/PhoneNumber.h"
#include "storage/ProviderRepository.h"
#include "storage/SettingsRepository.h"
#include "widgets/FieldMessage.h"
#include "widgets/OtpPolicyEditor.h"
#include "widgets/SecretField.h"
#include "widgets/SendVerifyPanel.h"
#include "wizard/ProviderWizard.h"
#include "wizard/ProviderWizardLauncher.h"

#include <QAction>
#include <QCheckBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStatusBar>
#include <QToolButton>
#include <functional>

using namespace smsotp;
using smsotp::ui::FieldMessage;
using smsotp::ui::ProviderWizard;
using smsotp::ui::SecretField;

// The provider setup wizard, driven by object names offscreen, against the vendor-protocol test servers, the
// sandbox, and the real Secret Service that tests/run.sh (or /tmp/runk.sh) starts.
class TestProviderWizard : public QObject
{
    Q_OBJECT

    static constexpr auto kNumber = "+447400123456";

    enum class Vendor
    {
        Twilio,
        Vonage,
        Sandbox
    };

    static void type(QLineEdit* edit, const QString& text)
    {
        QVERIFY(edit);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    template<typename T> static T* in(ProviderWizard* w, const QString& name)
    {
        T* child = w->findChild<T*>(name);
        if (!child)
            qWarning("no child %s in the wizard", qPrintable(name));
        return child;
    }

    static ProviderWizard* openFromMenu(ConsoleFixture& f)
    {
        auto* action = f.window->findChild<QAction*>(QStringLiteral("providerWizardAction"));
        if (!action)
            return nullptr;
        action->trigger();
        auto* wizard = f.window->findChild<ProviderWizard*>();
        return wizard && QTest::qWaitFor([&] { return wizard->isVisible(); }, 5000) ? wizard : nullptr;
    }

    static bool next(ProviderWizard* w)
    {
        auto* button = in<QPushButton>(w, QStringLiteral("wizardNextButton"));
        if (!button->isEnabled() || !button->isVisible()) {
            qWarning("Next is not available on page %d", w->currentId());
            return false;
        }
        const int before = w->currentId();
        button->click();
        return w->currentId() != before;
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

    // What a page says it is for, at its top.
    static QString explanation(QWizardPage* page)
    {
        auto* label = page->findChild<QLabel*>(QStringLiteral("wizardExplanation"));
        return label ? label->text() : QString();
    }

    static QString notFound() { return QStringLiteral("<error %1>").arg(int(storage::SecretErrorKind::NotFound)); }

    // Everything the wizard may write: the settings and providers tables, and the keychain entries.
    static QStringList snapshot(ConsoleFixture& f)
    {
        QStringList rows = databaseRows(f);
        for (const QString& key : { storage::secretkeys::twilioAuthToken(), storage::secretkeys::vonageApiSecret() })
            rows.append(key + QLatin1Char('=') + readSecret(f, key));
        return rows;
    }

    static QStringList databaseRows(ConsoleFixture& f)
    {
        QStringList rows;
        for (const QString& table : { QStringLiteral("settings"), QStringLiteral("providers") }) {
            QSqlQuery query(f.database->connection());
            if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table)))
                rows.append(QStringLiteral("query failed on ") + table);
            while (query.next()) {
                QStringList values;
                for (int i = 0; i < query.record().count(); ++i)
                    values.append(query.value(i).toString());
                rows.append(table + QLatin1Char(':') + values.join(QLatin1Char('|')));
            }
        }
        return rows;
    }

    struct Servers
    {
        FakeTwilioServer twilio;
        FakeVonageServer vonage;
        Servers()
        {
            twilio.listen();
            vonage.listen();
        }
    };

    // Choose -> credentials -> check -> sender, for a vendor; the sandbox goes straight to the OTP page.
    static bool toOtpPage(ProviderWizard* w, Servers& s, Vendor vendor, const QString& secret = {})
    {
        const QString radio = vendor == Vendor::Twilio ? QStringLiteral("wizardTwilioRadio")
            : vendor == Vendor::Vonage                 ? QStringLiteral("wizardVonageRadio")
                                                       : QStringLiteral("wizardSandboxRadio");
        in<QRadioButton>(w, radio)->setChecked(true);
        if (!next(w))
            return false;
        if (vendor == Vendor::Sandbox)
            return w->currentId() == ProviderWizard::OtpPage;
        if (!fillCredentials(w, s, vendor, secret) || !next(w))
            return false;
        const QString prefix = vendor == Vendor::Twilio ? QStringLiteral("twilio") : QStringLiteral("vonage");
        auto* message = in<FieldMessage>(w, prefix + QStringLiteral("CheckMessage"));
        if (!QTest::qWaitFor([&] { return message->kind() == FieldMessage::Kind::Ok; }, 10000)) {
            qWarning("check: %s", qPrintable(message->text()));
            return false;
        }
        if (!next(w) || w->currentId() != ProviderWizard::SenderPage)
            return false;
        type(in<QLineEdit>(w, prefix + QStringLiteral("SenderEdit")),
            vendor == Vendor::Twilio ? QStringLiteral("+15005550006") : QStringLiteral("ACME"));
        return next(w) && w->currentId() == ProviderWizard::OtpPage;
    }

    static bool fillCredentials(ProviderWizard* w, Servers& s, Vendor vendor, const QString& secret)
    {
        const bool twilio = vendor == Vendor::Twilio;
        const QString prefix = twilio ? QStringLiteral("twilio") : QStringLiteral("vonage");
        if (w->currentId() != (twilio ? ProviderWizard::TwilioCredentialsPage : ProviderWizard::VonageCredentialsPage))
            return false;
        auto* nextButton = in<QPushButton>(w, QStringLiteral("wizardNextButton"));
        if (nextButton->isEnabled()) {
            qWarning("Next enabled on empty credentials");
            return false;
        }
        type(in<QLineEdit>(w, prefix + QStringLiteral("AccountIdEdit")),
            twilio ? s.twilio.accountSid() : s.vonage.apiKey());
        const QString value = !secret.isEmpty() ? secret : twilio ? s.twilio.authToken() : s.vonage.apiSecret();
        type(in<QLineEdit>(w, prefix + QStringLiteral("SecretEdit")), value);
        auto* toggle = in<QToolButton>(w, prefix + QStringLiteral("AdvancedToggle"));
        if (!toggle->isChecked())
            toggle->click();
        type(in<QLineEdit>(w, prefix + QStringLiteral("ApiBaseEdit")),
            (twilio ? s.twilio.baseUrl() : s.vonage.baseUrl()).toString());
        return nextButton->isEnabled();
    }

    // OTP page -> send and verify, with the code the provider received typed back; Return verifies and stays.
    static bool sendAndVerify(ConsoleFixture& f, ProviderWizard* w, Servers& s, Vendor vendor)
    {
        if (!next(w) || w->currentId() != ProviderWizard::TestSendPage)
            return false;
        auto* panel = in<ui::SendVerifyPanel>(w, QStringLiteral("sendVerifyPanel"));
        type(in<QLineEdit>(w, QStringLiteral("numberEdit")), QString::fromLatin1(kNumber));
        in<QPushButton>(w, QStringLiteral("sendButton"))->click();
        if (!QTest::qWaitFor([&] { return panel->state() != ui::ChallengeState::Sending; }, 10000)
            || panel->state() != ui::ChallengeState::Open) {
            qWarning("send: %s", qPrintable(in<FieldMessage>(w, QStringLiteral("outcomeMessage"))->text()));
            return false;
        }
        QString text;
        if (vendor == Vendor::Twilio) {
            const RecordedRequest& request = s.twilio.requests().last();
            text = FakeTwilioServer::formField(request.body, QStringLiteral("Body"));
        } else if (vendor == Vendor::Vonage) {
            text = FakeVonageServer::fields(s.vonage.requests().last()).value(QStringLiteral("text")).toString();
        } else {
            text = f.sandbox->inbox().isEmpty() ? QString() : f.sandbox->inbox().last().text;
        }
        const QString code = QRegularExpression(QStringLiteral("code is ([0-9A-Z]+)")).match(text).captured(1);
        if (code.isEmpty()) {
            qWarning("no code in %s", qPrintable(text));
            return false;
        }
        if (in<QPushButton>(w, QStringLiteral("wizardNextButton"))->isEnabled())
            return false; // not before the code is verified
        auto* codeEdit = in<QLineEdit>(w, QStringLiteral("codeEdit"));
        type(codeEdit, code);
        QTest::keyClick(codeEdit, Qt::Key_Return);
        // Return verified and stayed: the "verified" step is shown, Next is the way on.
        return w->currentId() == ProviderWizard::TestSendPage && panel->state() == ui::ChallengeState::Verified
            && in<QLabel>(w, QStringLiteral("wizardVerifiedLabel"))->isVisible()
            && in<QPushButton>(w, QStringLiteral("wizardNextButton"))->isEnabled();
    }

    static bool commit(ProviderWizard* w)
    {
        auto* commitButton = in<QPushButton>(w, QStringLiteral("wizardCommitButton"));
        if (w->currentId() != ProviderWizard::SummaryPage || !commitButton->isVisible() || !commitButton->isEnabled())
            return false;
        commitButton->click();
        return w->currentId() == ProviderWizard::CommitPage;
    }

    void happyPath(Vendor vendor)
    {
        Servers s;
        ConsoleFixture f;
        const QStringList before = snapshot(f);
        ProviderWizard* w = openFromMenu(f);
        QVERIFY(w);
        QVERIFY(toOtpPage(w, s, vendor));
        if (vendor == Vendor::Sandbox)
            in<QSpinBox>(w, QStringLiteral("lengthSpin"))->setValue(8);
        QVERIFY(sendAndVerify(f, w, s, vendor));
        QVERIFY(next(w));
        QCOMPARE(w->currentId(), int(ProviderWizard::SummaryPage));
        QVERIFY(!in<QLabel>(w, QStringLiteral("wizardSummaryLabel"))->text().contains(s.twilio.authToken()));
        // Up to the commit, nothing is stored: not in the database, not in the keychain.
        QCOMPARE(snapshot(f), before);

        QVERIFY(commit(w));
        QVERIFY(QTest::qWaitFor([&] { return w->isCommitted(); }, 20000));
        in<QPushButton>(w, QStringLiteral("wizardFinishButton"))->click();
        QVERIFY(QTest::qWaitFor([&] { return !f.window->findChild<ProviderWizard*>(); }, 5000));

        const storage::ProviderSettings saved = storage::ProviderRepository(*f.database).load().settings;
        switch (vendor) {
        case Vendor::Twilio:
            QCOMPARE(saved.active, providers::ProviderKind::Twilio);
            QCOMPARE(saved.twilio.accountSid, s.twilio.accountSid());
            QCOMPARE(saved.twilio.sender, QStringLiteral("+15005550006"));
            QCOMPARE(saved.twilio.apiBase, s.twilio.baseUrl());
            QCOMPARE(readSecret(f, storage::secretkeys::twilioAuthToken()), s.twilio.authToken());
            break;
        case Vendor::Vonage:
            QCOMPARE(saved.active, providers::ProviderKind::Vonage);
            QCOMPARE(saved.vonage.apiKey, s.vonage.apiKey());
            QCOMPARE(saved.vonage.sender, QStringLiteral("ACME"));
            QCOMPARE(readSecret(f, storage::secretkeys::vonageApiSecret()), s.vonage.apiSecret());
            break;
        case Vendor::Sandbox:
            QCOMPARE(saved.active, providers::ProviderKind::Sandbox);
            QCOMPARE(storage::SettingsRepository(*f.database).loadPolicy().policy.length, 8);
            QCOMPARE(f.findIn<QSpinBox>(QStringLiteral("otpSettingsPage"), QStringLiteral("lengthSpin"))->value(), 8);
            QCOMPARE(f.sandbox->inbox().size(), 1);
            break;
        }
        // The provider page and the status bar show what the wizard saved.
        for (QLabel* label : f.window->findChildren<QLabel*>(QStringLiteral("activeProviderLabel")))
            QVERIFY2(label->text().contains(providers::providerDisplayName(saved.active)), qPrintable(label->text()));
    }

    // Shows each page as the user sees it, with each provider chosen in turn (a page builds its widgets on its first
    // visit, and a vendor's editor is placed on the pages about it), and calls visit(page id, shown). The commit
    // page is not shown (showing it stores everything): visit gets it as it is, with shown false.
    static void forEachPageOfEachProvider(ProviderWizard* w, const std::function<void(int, bool)>& visit)
    {
        for (const char* radio :
            { "wizardTwilioRadio", "wizardVonageRadio", "wizardCustomRadio", "wizardSandboxRadio" }) {
            in<QRadioButton>(w, QString::fromLatin1(radio))->setChecked(true);
            for (const int id : w->pageIds()) {
                const bool shown = id != ProviderWizard::CommitPage;
                if (shown) {
                    w->setStartId(id);
                    w->restart();
                    QCoreApplication::processEvents();
                }
                visit(id, shown);
            }
        }
    }

private Q_SLOTS:
    // Alt+letter reaches one control on each step: its fields and the wizard's buttons, in English and German.
    void mnemonicsAreUniqueOnEachStep_data() { addLanguageRows(); }
    void mnemonicsAreUniqueOnEachStep()
    {
        QFETCH(QString, language);
        const auto english = qScopeGuard(removeTranslations);
        if (!language.isEmpty())
            QVERIFY(ui::installTranslations(*qApp, language).startsWith(language));
        ConsoleFixture f;
        ProviderWizard* w = openFromMenu(f);
        QVERIFY(w);
        QStringList clashes;
        forEachPageOfEachProvider(w, [&](int id, bool shown) {
            Mnemonics mnemonics;
            for (const QWizard::WizardButton button : { QWizard::BackButton, QWizard::NextButton, QWizard::CancelButton,
                     QWizard::FinishButton, QWizard::CommitButton }) {
                if (shown ? w->button(button)->isVisible()
                          : button != QWizard::CommitButton || w->page(id)->isCommitPage())
                    mnemonics.add(w->button(button)->text());
            }
            mnemonics.addControls(*w->page(id), shown);
            for (const QString& clash : mnemonics.clashes())
                clashes.append(w->page(id)->objectName() + QStringLiteral(": ") + clash);
        });
        clashes.removeDuplicates();
        w->reject();
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    // Each page's explanation is shown whole (none is cut after two lines, as the wizard's own header does), in
    // English and German, for every provider.
    void everyExplanationIsShownWhole_data() { addLanguageRows(); }
    void everyExplanationIsShownWhole()
    {
        QFETCH(QString, language);
        const auto english = qScopeGuard(removeTranslations);
        if (!language.isEmpty())
            QVERIFY(ui::installTranslations(*qApp, language).startsWith(language));
        ConsoleFixture f;
        ProviderWizard* w = openFromMenu(f);
        QVERIFY(w);
        QStringList clipped;
        forEachPageOfEachProvider(w, [&](int id, bool shown) {
            if (!shown)
                return;
            const QString where = w->page(id)->objectName() + QStringLiteral(" (")
                + providers::providerDisplayName(w->chosenKind()) + QStringLiteral("): ");
            auto* label = w->page(id)->findChild<QLabel*>(QStringLiteral("wizardExplanation"));
            if (!label || !label->isVisible() || label->text().isEmpty()) {
                clipped.append(where + QStringLiteral("no explanation"));
                return;
            }
            const int needed = label->heightForWidth(label->width());
            if (label->height() < needed)
                clipped.append(where
                    + QStringLiteral("%1 of %2 px at %3 px wide").arg(label->height()).arg(needed).arg(label->width()));
        });
        w->reject();
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
    }

    void twilioFromNothingToAVerifiedCode() { happyPath(Vendor::Twilio); }
    void vonageFromNothingToAVerifiedCode() { happyPath(Vendor::Vonage); }
    void sandboxWithEditedOtpSettings() { happyPath(Vendor::Sandbox); }

    // The first start's Sandbox path from the offer to the commit: where the code is, a valid example number, a
    // visible "verified", and a commit page and a status bar that say exactly what was saved.
    void sandboxPathFromTheFirstStartToTheCommit()
    {
        Servers s;
        ConsoleFixture f;
        f.window->offerSetupWizard();
        ProviderWizard* w = f.window->wizardLauncher().wizard();
        QVERIFY(w);
        QVERIFY(QTest::qWaitFor([&] { return w->isVisible(); }, 5000));
        auto* cancel = in<QPushButton>(w, QStringLiteral("wizardCancelButton"));
        QVERIFY(cancel->text().contains(QStringLiteral("Skip")));
        QVERIFY(in<QRadioButton>(w, QStringLiteral("wizardSandboxRadio"))->isChecked());
        QVERIFY(next(w));
        QCOMPARE(w->currentId(), int(ProviderWizard::OtpPage));
        QVERIFY(next(w));
        QCOMPARE(w->currentId(), int(ProviderWizard::TestSendPage));
        const QRegularExpression real(QStringLiteral("\\breal\\b"), QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(!explanation(w->currentPage()).contains(real), qPrintable(explanation(w->currentPage())));
        auto* where = in<QLabel>(w, QStringLiteral("wizardCodeSourceLabel"));
        QVERIFY2(where->text().contains(QStringLiteral("Sandbox phone")), qPrintable(where->text()));

        // The placeholder is an example number that is accepted.
        const QString placeholder = in<QLineEdit>(w, QStringLiteral("numberEdit"))->placeholderText();
        QVERIFY2(placeholder.startsWith(QStringLiteral("e.g. +")), qPrintable(placeholder));
        const phone::NormalizeResult example = phone::normalize(placeholder.mid(5), QString());
        QVERIFY2(example.ok(), qPrintable(placeholder + QLatin1Char(' ') + example.message));

        // Back to the OTP page and forward again, to send through this page's own Next.
        in<QPushButton>(w, QStringLiteral("wizardBackButton"))->click();
        QVERIFY(sendAndVerify(f, w, s, Vendor::Sandbox));
        // The code page shows the Sandbox SMS itself.
        QVERIFY2(where->text().contains(f.sandbox->inbox().last().text), qPrintable(where->text()));
        QVERIFY(next(w));
        QCOMPARE(w->currentId(), int(ProviderWizard::SummaryPage));
        QVERIFY(commit(w));
        QVERIFY(QTest::qWaitFor([&] { return w->isCommitted(); }, 20000));

        const QString sandboxName = providers::providerDisplayName(providers::ProviderKind::Sandbox);
        auto* message = in<FieldMessage>(w, QStringLiteral("wizardCommitMessage"));
        QCOMPARE(message->kind(), FieldMessage::Kind::Ok);
        QCOMPARE(message->text(), QStringLiteral("Saved: %1 is set up and is the active provider.").arg(sandboxName));
        const QString saved = in<QLabel>(w, QStringLiteral("wizardSavedLabel"))->text();
        QVERIFY2(saved.contains(QStringLiteral("Nothing went to the keychain: the Sandbox has no secrets.")),
            qPrintable(saved));
        QVERIFY2(saved.contains(QStringLiteral("The OTP settings were not changed.")), qPrintable(saved));
        QVERIFY2(saved.contains(QStringLiteral("Active provider: %1.").arg(sandboxName)), qPrintable(saved));
        QVERIFY(!saved.contains(QStringLiteral("secrets are in the keychain")));
        // No Skip (nor Cancel) once saved; the status bar says saved, not "reverted".
        QVERIFY(!cancel->isVisible());
        QCOMPARE(f.window->statusBar()->currentMessage(), QStringLiteral("Provider setup saved."));
        for (QLabel* label : f.window->findChildren<QLabel*>(QStringLiteral("activeProviderLabel")))
            QVERIFY2(label->text().contains(sandboxName), qPrintable(label->text()));
        in<QPushButton>(w, QStringLiteral("wizardFinishButton"))->click();
        QVERIFY(QTest::qWaitFor([&] { return !f.window->findChild<ProviderWizard*>(); }, 5000));
        QCOMPARE(storage::ProviderRepository(*f.database).load().settings.active, providers::ProviderKind::Sandbox);
    }

    void wrongCredentialsStopAtTheCheck()
    {
        Servers s;
        ConsoleFixture f;
        ProviderWizard* w = openFromMenu(f);
        QVERIFY(w);
        in<QRadioButton>(w, QStringLiteral("wizardTwilioRadio"))->setChecked(true);
        QVERIFY(next(w));
        QVERIFY(fillCredentials(w, s, Vendor::Twilio, QStringLiteral("0123456789abcdef0123456789abcdef")));
        QVERIFY(next(w));
        QCOMPARE(w->currentId(), int(ProviderWizard::CheckPage));
        auto* message = in<FieldMessage>(w, QStringLiteral("twilioCheckMessage"));
        QVERIFY(QTest::qWaitFor([&] { return message->kind() == FieldMessage::Kind::Error; }, 10000));
        QVERIFY2(message->text().contains(QStringLiteral("Auth Token"), Qt::CaseInsensitive)
                || message->text().contains(QStringLiteral("credentials"), Qt::CaseInsensitive),
            qPrintable(message->text()));
        QVERIFY(message->isVisible());
        QVERIFY(!in<QPushButton>(w, QStringLiteral("wizardNextButton"))->isEnabled());
        QVERIFY(!next(w));
        QCOMPARE(w->currentId(), int(ProviderWizard::CheckPage));
        // No SMS: the only request was the account fetch.
        for (const RecordedRequest& request : s.twilio.requests())
            QCOMPARE(request.method, QByteArray("GET"));

        // Back, fix the token, and the check passes.
        in<QPushButton>(w, QStringLiteral("wizardBackButton"))->click();
        type(in<QLineEdit>(w, QStringLiteral("twilioSecretEdit")), s.twilio.authToken());
        QVERIFY(next(w));
        QVERIFY(QTest::qWaitFor([&] { return message->kind() == FieldMessage::Kind::Ok; }, 10000));
        QVERIFY(in<QPushButton>(w, QStringLiteral("wizardNextButton"))->isEnabled());
    }

    // A custom provider (here aimed at the sandbox gateway): no vendor check, so an explicit Skip; the typed header
    // value is sent, then stored in the keychain, and only the header's name reaches the database.
    void customProviderWithAnExplicitSkip()
    {
        Servers s;
        ConsoleFixture f;
        ProviderWizard* w = openFromMenu(f);
        QVERIFY(w);
        in<QRadioButton>(w, QStringLiteral("wizardCustomRadio"))->setChecked(true);
        QVERIFY(next(w));
        QCOMPARE(w->currentId(), int(ProviderWizard::CustomCredentialsPage));
        QVERIFY(!in<QPushButton>(w, QStringLiteral("wizardNextButton"))->isEnabled());
        type(in<QLineEdit>(w, QStringLiteral("customUrlEdit")), f.sandbox->url().toString());
        in<QPlainTextEdit>(w, QStringLiteral("customTemplateEdit"))
            ->setPlainText(QStringLiteral("{\"to\": {{mobile}}, \"text\": {{body}}}"));
        type(in<QLineEdit>(w, QStringLiteral("customHeadersEdit")), QStringLiteral("X-Api-Key: hdr-s3cret-9"));
        QVERIFY(next(w));
        QCOMPARE(w->currentId(), int(ProviderWizard::CheckPage));
        auto* skip = in<QCheckBox>(w, QStringLiteral("wizardSkipCheckBox"));
        QVERIFY(skip->isVisible());
        QVERIFY(!in<QPushButton>(w, QStringLiteral("wizardNextButton"))->isEnabled());
        skip->setChecked(true);
        QVERIFY(next(w));
        QCOMPARE(w->currentId(), int(ProviderWizard::OtpPage));
        QVERIFY(sendAndVerify(f, w, s, Vendor::Sandbox));
        QVERIFY(next(w));
        QVERIFY(commit(w));
        QVERIFY(QTest::qWaitFor([&] { return w->isCommitted(); }, 20000));
        const storage::ProviderSettings saved = storage::ProviderRepository(*f.database).load().settings;
        QCOMPARE(saved.active, providers::ProviderKind::Custom);
        QCOMPARE(saved.custom.config.url, f.sandbox->url().toString());
        QVERIFY(!saved.custom.config.headers.contains(QStringLiteral("hdr-s3cret-9")));
        QCOMPARE(readSecret(f, storage::secretkeys::customHeader(QStringLiteral("X-Api-Key"))),
            QStringLiteral("hdr-s3cret-9"));
    }

    // Cancel on each page before the commit leaves the database and the keychain as they were, including an
    // existing provider's saved configuration and secret.
    void cancelAtEveryPageLeavesEverythingAsItWas()
    {
        Servers s;
        ConsoleFixture f;
        storage::ProviderRepository repository(*f.database);
        providers::vonage::Config existing;
        existing.apiKey = QStringLiteral("old12345");
        existing.sender = QStringLiteral("OLD");
        QVERIFY(!repository.saveVonage(existing).isError());
        QVERIFY(!repository.setActive(providers::ProviderKind::Vonage).isError());
        bool written = false;
        f.secrets->write(storage::secretkeys::vonageApiSecret(), QStringLiteral("old-secret"),
            [&](const storage::SecretResult& r) { written = !r.error.isError(); });
        QVERIFY(QTest::qWaitFor([&] { return written; }, 20000));
        QVERIFY(!repository.setSecretStored(storage::secretkeys::vonageApiSecret(), true).isError());
        const QStringList before = snapshot(f);
        QVERIFY(before.contains(storage::secretkeys::vonageApiSecret() + QStringLiteral("=old-secret")));
        QVERIFY(before.contains(storage::secretkeys::twilioAuthToken() + QLatin1Char('=') + notFound()));

        const QList<int> stops = { ProviderWizard::ChoosePage, ProviderWizard::TwilioCredentialsPage,
            ProviderWizard::CheckPage, ProviderWizard::SenderPage, ProviderWizard::OtpPage,
            ProviderWizard::TestSendPage, ProviderWizard::SummaryPage };
        for (int stop : stops) {
            ProviderWizard* w = openFromMenu(f);
            QVERIFY(w);
            // Editing pre-fills the active provider (Vonage, its secret as •••); then back to the choice.
            QVERIFY(in<QRadioButton>(w, QStringLiteral("wizardVonageRadio"))->isChecked());
            QVERIFY(next(w));
            QCOMPARE(w->currentId(), int(ProviderWizard::VonageCredentialsPage));
            QCOMPARE(in<QLineEdit>(w, QStringLiteral("vonageAccountIdEdit"))->text(), QStringLiteral("old12345"));
            QCOMPARE(in<SecretField>(w, QStringLiteral("vonageSecretField"))->state(), SecretField::State::Stored);
            QCOMPARE(in<QLineEdit>(w, QStringLiteral("vonageSecretEdit"))->text(), ui::secretMask());
            in<QPushButton>(w, QStringLiteral("wizardBackButton"))->click();
            QCOMPARE(w->currentId(), int(ProviderWizard::ChoosePage));

            if (stop != ProviderWizard::ChoosePage) {
                in<QRadioButton>(w, QStringLiteral("wizardTwilioRadio"))->setChecked(true);
                QVERIFY(next(w));
                QVERIFY(fillCredentials(w, s, Vendor::Twilio, {}));
            }
            if (stop >= ProviderWizard::CheckPage) {
                QVERIFY(next(w));
                auto* message = in<FieldMessage>(w, QStringLiteral("twilioCheckMessage"));
                QVERIFY(QTest::qWaitFor([&] { return message->kind() == FieldMessage::Kind::Ok; }, 10000));
            }
            if (stop >= ProviderWizard::SenderPage) {
                QVERIFY(next(w));
                type(in<QLineEdit>(w, QStringLiteral("twilioSenderEdit")), QStringLiteral("+15005550006"));
            }
            if (stop >= ProviderWizard::OtpPage) {
                QVERIFY(next(w));
                in<QSpinBox>(w, QStringLiteral("expirySpin"))->setValue(120);
            }
            if (stop >= ProviderWizard::SummaryPage)
                QVERIFY(sendAndVerify(f, w, s, Vendor::Twilio));
            else if (stop == ProviderWizard::TestSendPage)
                QVERIFY(next(w));
            if (stop == ProviderWizard::SummaryPage)
                QVERIFY(next(w));
            QCOMPARE(w->currentId(), stop);

            in<QPushButton>(w, QStringLiteral("wizardCancelButton"))->click();
            QVERIFY(QTest::qWaitFor([&] { return !f.window->findChild<ProviderWizard*>(); }, 5000));
            QCOMPARE(snapshot(f), before);
        }
    }

    // The keychain fails at the commit: the wizard stays on its page with the reason and Retry, nothing is
    // saved, nothing typed is lost, and Retry finishes the job.
    void aKeychainFailureAtTheCommitKeepsTheWizardOpen()
    {
        Servers s;
        ConsoleFixture f;
        const QStringList before = databaseRows(f);
        ProviderWizard* w = openFromMenu(f);
        QVERIFY(w);
        QVERIFY(toOtpPage(w, s, Vendor::Twilio));
        QVERIFY(sendAndVerify(f, w, s, Vendor::Twilio));
        QVERIFY(next(w));

        f.secrets->setDeadline(0); // every keychain answer comes too late
        QVERIFY(commit(w));
        auto* retry = in<QPushButton>(w, QStringLiteral("wizardCommitRetryButton"));
        QVERIFY(QTest::qWaitFor([&] { return retry->isVisible(); }, 10000));
        auto* message = in<FieldMessage>(w, QStringLiteral("wizardCommitMessage"));
        QCOMPARE(message->kind(), FieldMessage::Kind::Error);
        QVERIFY2(message->text().contains(QStringLiteral("did not answer in time")), qPrintable(message->text()));
        QVERIFY(w->isVisible());
        QCOMPARE(w->currentId(), int(ProviderWizard::CommitPage));
        QVERIFY(!w->isCommitted());
        QVERIFY(!in<QPushButton>(w, QStringLiteral("wizardFinishButton"))->isEnabled());
        QCOMPARE(in<SecretField>(w, QStringLiteral("twilioSecretField"))->newValue(), s.twilio.authToken());
        QCOMPARE(in<QLineEdit>(w, QStringLiteral("twilioAccountIdEdit"))->text(), s.twilio.accountSid());
        f.secrets->setDeadline(storage::SecretStore::kDefaultDeadlineMs);
        // No setting is saved. Only the mark that the token's save began is kept: a timed-out keychain job may still
        // land later, and then the keychain would hold a token the saved settings do not know of.
        QCOMPARE(
            databaseRows(f), before + QStringList { QStringLiteral("settings:secret.pending.twilio.auth_token|1") });
        QCOMPARE(storage::ProviderRepository(*f.database).load().settings.interruptedSecrets,
            QStringList { storage::secretkeys::twilioAuthToken() });

        retry->click();
        QVERIFY(QTest::qWaitFor([&] { return w->isCommitted(); }, 20000));
        QVERIFY(in<QPushButton>(w, QStringLiteral("wizardFinishButton"))->isEnabled());
        QCOMPARE(storage::ProviderRepository(*f.database).load().settings.active, providers::ProviderKind::Twilio);
        QCOMPARE(readSecret(f, storage::secretkeys::twilioAuthToken()), s.twilio.authToken());
        QVERIFY(storage::ProviderRepository(*f.database).load().settings.interruptedSecrets.isEmpty());
    }

    // Offered once on a fresh data folder (Skip keeps the sandbox), and from the provider page at any time.
    void offeredOnFirstStartAndFromTheProviderPage()
    {
        ConsoleFixture f;
        f.window->offerSetupWizard();
        ProviderWizard* w = f.window->wizardLauncher().wizard();
        QVERIFY(w);
        QVERIFY(QTest::qWaitFor([&] { return w->isVisible(); }, 5000));
        auto* skip = in<QPushButton>(w, QStringLiteral("wizardCancelButton"));
        QVERIFY2(skip->text().contains(QStringLiteral("Skip")), qPrintable(skip->text()));
        QVERIFY(!explanation(w->page(ProviderWizard::ChoosePage)).isEmpty());
        skip->click();
        QVERIFY(QTest::qWaitFor([&] { return !f.window->findChild<ProviderWizard*>(); }, 5000));
        QCOMPARE(storage::ProviderRepository(*f.database).load().settings.active, providers::ProviderKind::Sandbox);
        QCOMPARE(storage::SettingsRepository(*f.database)
                     .value(ui::ProviderWizardLauncher::offeredKey())
                     .value.value_or(QString()),
            QStringLiteral("1"));

        f.window->offerSetupWizard();
        QVERIFY(!f.window->wizardLauncher().wizard());
        f.restart();
        f.window->offerSetupWizard();
        QVERIFY(!f.window->wizardLauncher().wizard());

        f.findIn<QPushButton>(QStringLiteral("providerPage"), QStringLiteral("providerWizardButton"))->click();
        QVERIFY(f.window->wizardLauncher().wizard());
    }

    // The wizard opens right after the first start's first paint: a provider's editor (and the OTP and test send
    // pages' widgets) is built when its page is first shown, not with the wizard (start-up memory), and going back
    // and forth keeps what was typed.
    void aProvidersEditorIsBuiltWhenItsPageIsFirstShown()
    {
        Servers s;
        ConsoleFixture f;
        f.window->offerSetupWizard();
        ProviderWizard* w = f.window->wizardLauncher().wizard();
        QVERIFY(w);
        QVERIFY(QTest::qWaitFor([&] { return w->isVisible(); }, 5000));
        QVERIFY(w->findChildren<ui::VendorEditor*>().isEmpty());
        QVERIFY(!w->findChild<ui::CustomEditor*>());
        QVERIFY(!w->findChild<ui::OtpPolicyEditor*>());
        QVERIFY(!w->findChild<ui::SendVerifyPanel*>());

        in<QRadioButton>(w, QStringLiteral("wizardTwilioRadio"))->setChecked(true);
        QVERIFY(next(w));
        QCOMPARE(w->findChildren<ui::VendorEditor*>().size(), 1);
        QVERIFY(!w->findChild<ui::CustomEditor*>());
        auto* id = in<QLineEdit>(w, QStringLiteral("twilioAccountIdEdit"));
        QVERIFY(id && id->isVisible());
        type(id, s.twilio.accountSid());

        in<QPushButton>(w, QStringLiteral("wizardBackButton"))->click();
        in<QRadioButton>(w, QStringLiteral("wizardCustomRadio"))->setChecked(true);
        QVERIFY(next(w));
        auto* url = in<QLineEdit>(w, QStringLiteral("customUrlEdit"));
        QVERIFY(url && url->isVisible());
        QVERIFY(!next(w)); // the custom page's required URL is enforced on the lazily built editor too
        type(url, QStringLiteral("https://gateway.example/sms"));

        in<QPushButton>(w, QStringLiteral("wizardBackButton"))->click();
        in<QRadioButton>(w, QStringLiteral("wizardTwilioRadio"))->setChecked(true);
        QVERIFY(next(w));
        QCOMPARE(in<QLineEdit>(w, QStringLiteral("twilioAccountIdEdit"))->text(), s.twilio.accountSid());
        QVERIFY(!in<QLineEdit>(w, QStringLiteral("customUrlEdit"))->isVisible());
        QVERIFY(!next(w)); // the Auth Token is still required
        QCOMPARE(w->findChildren<ui::VendorEditor*>().size(), 1); // Vonage was never chosen
    }

    // An existing profile from before the wizard (a provider configured, no offer recorded) is not a first start.
    void notOfferedWhenAProviderIsConfigured()
    {
        ConsoleFixture f;
        QVERIFY(!storage::ProviderRepository(*f.database).saveVonage({}).isError());
        f.window->offerSetupWizard();
        QVERIFY(!f.window->wizardLauncher().wizard());
    }

    // Each page says what it is for; the help names where the vendor's values are found.
    void everyPageExplainsItself()
    {
        ConsoleFixture f;
        ProviderWizard* w = openFromMenu(f);
        QVERIFY(w);
        for (int id : w->pageIds())
            QVERIFY2(!explanation(w->page(id)).isEmpty(), qPrintable(w->page(id)->objectName()));
        const QString twilio = explanation(w->page(ProviderWizard::TwilioCredentialsPage));
        QVERIFY(twilio.contains(QStringLiteral("Account SID")) && twilio.contains(QStringLiteral("dashboard")));
        QVERIFY(w->page(ProviderWizard::ChoosePage)->findChildren<QLabel*>().size() >= 4);
        const QString vonage = explanation(w->page(ProviderWizard::VonageCredentialsPage));
        QVERIFY(vonage.contains(QStringLiteral("API key")) && vonage.contains(QStringLiteral("Dashboard")));
    }
};

QTEST_MAIN(TestProviderWizard)
#include "TestProviderWizard.moc"
