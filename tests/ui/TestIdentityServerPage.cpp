// The Identity Server page against FakeWso2Server (HTTPS, self-signed) and the real Secret Service that
// tests/run.sh starts: add a server, trust its certificate on request, test, pull, push, refusals, no secret shown.

#include "ConsoleFixture.h"
#include "FakeWso2Server.h"
#include "pages/IdentityServerPage.h"
#include "providers/Redaction.h"
#include "storage/ProviderRepository.h"
#include "storage/SettingsRepository.h"
#include "widgets/FieldMessage.h"
#include "widgets/SecretField.h"
#include "wso2/ServerRepository.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSslCertificate>
#include <QStatusBar>
#include <QTabBar>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QToolButton>

using namespace smsotp;
using smsotp::ui::FieldMessage;
using smsotp::ui::IdentityServerPage;
using smsotp::ui::SecretField;

namespace {
const QString kHeaderSecret = QStringLiteral("Bearer t0ken-s3cret-9876");
const QString kPage = QStringLiteral("identityServerPage");
} // namespace

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

class TestIdentityServerPage : public QObject
{
    Q_OBJECT

    struct Asked
    {
        QStringList titles;
        QStringList texts;
        bool answer = true;
    };

    static void type(QLineEdit* edit, const QString& text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    template<typename T> static T* in(ConsoleFixture& f, const QString& name) { return f.findIn<T>(kPage, name); }

    static IdentityServerPage* openPage(ConsoleFixture& f, Asked& asked)
    {
        auto* page = f.find<IdentityServerPage>(kPage);
        if (!page)
            return nullptr;
        f.window->showPage(int(f.window->pages().indexOf(page)));
        page->setConfirm([&asked](const QString& title, const QString& text) {
            asked.titles.append(title);
            asked.texts.append(text);
            return asked.answer;
        });
        return page;
    }

    static bool waitIdle(IdentityServerPage* page)
    {
        return QTest::qWaitFor([&] { return !page->isBusy() && !page->isWaitingForKeychain(); }, 30000);
    }

    static bool writeSecret(ConsoleFixture& f, const QString& key, const QString& value)
    {
        bool ok = false;
        bool done = false;
        f.secrets->write(key, value, [&](const storage::SecretResult& r) {
            ok = !r.error.isError();
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, 20000) && ok;
    }

    // Adds the server through the form, with HTTP Basic; true when saved with the password in the keychain.
    static bool addServer(ConsoleFixture& f, IdentityServerPage* page, const FakeWso2Server& server)
    {
        in<QPushButton>(f, QStringLiteral("addServerButton"))->click();
        type(in<QLineEdit>(f, QStringLiteral("serverNameEdit")), QStringLiteral("local"));
        type(in<QLineEdit>(f, QStringLiteral("baseUrlEdit")), server.baseUrl().toString());
        auto* auth = in<QComboBox>(f, QStringLiteral("authCombo"));
        auth->setCurrentIndex(auth->findData(int(wso2::AuthKind::Basic)));
        type(in<QLineEdit>(f, QStringLiteral("usernameEdit")), FakeWso2Server::kUser);
        type(in<QLineEdit>(f, QStringLiteral("passwordEdit")), FakeWso2Server::kPassword);
        in<QPushButton>(f, QStringLiteral("saveButton"))->click();
        if (!waitIdle(page) || page->isDirty()) {
            qWarning("not saved: %s", qPrintable(in<FieldMessage>(f, QStringLiteral("serverFormMessage"))->text()));
            return false;
        }
        return true;
    }

    static void pin(ConsoleFixture& f)
    {
        wso2::ServerRepository(*f.database).setPin(QStringLiteral("local"), { FakeWso2Server::certificatePem(), {} });
    }

    // The console's active provider: a custom one whose header value is a secret in the keychain.
    static bool useCustomProvider(
        ConsoleFixture& f, const QString& headers, const QString& headerName, const QString& headerValue)
    {
        storage::ProviderRepository repo(*f.database);
        storage::CustomProviderSettings custom;
        custom.config.url = QStringLiteral("https://sms.example.com/send");
        custom.config.payloadTemplate = QStringLiteral("{\"to\": {{mobile}}, \"text\": {{body}}}");
        custom.config.headers = headers;
        if (repo.saveCustom(custom).isError() || repo.setActive(providers::ProviderKind::Custom).isError())
            return false;
        const QString key = storage::secretkeys::customHeader(headerName);
        repo.setSecretStored(key, true);
        return writeSecret(f, key, headerValue);
    }

    // Adds and pins the server, pulls, forgets those requests, then presses Push… (which shows the plan).
    static bool pullThenPush(ConsoleFixture& f, IdentityServerPage* page, FakeWso2Server& server)
    {
        if (!addServer(f, page, server))
            return false;
        pin(f);
        in<QPushButton>(f, QStringLiteral("pullButton"))->click();
        if (!waitIdle(page))
            return false;
        server.server().clearRequests();
        in<QPushButton>(f, QStringLiteral("pushButton"))->click();
        return true;
    }

    static QStringList rowsOf(QTableWidget* table, int column)
    {
        QStringList out;
        for (int r = 0; r < table->rowCount(); ++r)
            out.append(table->item(r, column) ? table->item(r, column)->text() : QString());
        return out;
    }

    // Every text the page shows: no secret may be among them.
    static QStringList shownTexts(QWidget* root)
    {
        QStringList texts;
        for (QWidget* w : root->findChildren<QWidget*>()) {
            texts.append(w->toolTip());
            texts.append(w->accessibleName());
            if (auto* e = qobject_cast<QLineEdit*>(w))
                texts.append(e->text());
            else if (auto* l = qobject_cast<QLabel*>(w))
                texts.append(l->text());
            else if (auto* p = qobject_cast<QPlainTextEdit*>(w))
                texts.append(p->toPlainText());
            else if (auto* b = qobject_cast<QAbstractButton*>(w))
                texts.append(b->text());
            else if (auto* t = qobject_cast<QTableWidget*>(w)) {
                for (int r = 0; r < t->rowCount(); ++r)
                    for (int c = 0; c < t->columnCount(); ++c)
                        if (t->item(r, c))
                            texts.append(t->item(r, c)->text() + QLatin1Char(' ') + t->item(r, c)->toolTip());
            }
        }
        return texts;
    }

    static QString leakedSecret(QWidget* root, const QStringList& secrets)
    {
        const QString all = shownTexts(root).join(QLatin1Char('\n'));
        for (const QString& s : secrets) {
            if (all.contains(s) || all.contains(QString::fromLatin1(s.toUtf8().toBase64())))
                return s;
        }
        const QByteArray basic
            = (FakeWso2Server::kUser + QLatin1Char(':') + FakeWso2Server::kPassword).toUtf8().toBase64();
        if (all.contains(QString::fromLatin1(basic)))
            return QStringLiteral("<basic credentials>");
        return {};
    }

    static QList<QWidget*> interactiveWidgets(QWidget* root)
    {
        QList<QWidget*> out;
        for (QWidget* w : root->findChildren<QWidget*>()) {
            if (!w->isVisible())
                continue;
            if (qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w)
                || qobject_cast<QAbstractItemView*>(w) || qobject_cast<QPlainTextEdit*>(w)
                || qobject_cast<QAbstractSpinBox*>(w))
                out.append(w);
        }
        return out;
    }

private Q_SLOTS:
    void exportBodiesWritesTheRequestsWithoutSecrets()
    {
        ConsoleFixture f;
        Asked asked;
        IdentityServerPage* page = openPage(f, asked);
        QVERIFY(page);
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("bodies.json"));
        int prompted = 0;
        page->setSavePathPrompt([&](const QString&) {
            ++prompted;
            return path;
        });
        auto* button = in<QPushButton>(f, QStringLiteral("exportBodiesButton"));
        auto* message = in<FieldMessage>(f, QStringLiteral("connectionMessage"));
        // No server is needed; the sandbox (a fresh console's provider) is refused with the reason, nothing written.
        QVERIFY(button->isEnabled());
        button->click();
        QCOMPARE(message->kind(), FieldMessage::Kind::Error);
        QVERIFY2(message->text().contains(QStringLiteral("sandbox")), qPrintable(message->text()));
        QCOMPARE(prompted, 0);
        QVERIFY(!QFile::exists(path));

        QVERIFY(useCustomProvider(f, QStringLiteral("X-Api-Key: "), QStringLiteral("X-Api-Key"), kHeaderSecret));
        otp::OtpPolicy policy;
        policy.length = 9;
        QVERIFY(!storage::SettingsRepository(*f.database).savePolicy(policy).isError());
        button->click();
        QCOMPARE(prompted, 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QStringList methods;
        QJsonObject connector;
        for (const QJsonValue& v : document.object().value(u"requests").toArray()) {
            const QJsonObject request = v.toObject();
            methods.append(request.value(u"method").toString() + QLatin1Char(' ') + request.value(u"path").toString());
            if (request.value(u"method").toString() == u"PATCH")
                connector = request.value(u"body").toObject();
        }
        QVERIFY2(methods.contains(QStringLiteral("POST /v1/notification-senders/sms")), qPrintable(methods.join(u'|')));
        QVERIFY(methods.filter(QStringLiteral("PATCH /v1/identity-governance/")).size() == 1);
        QVERIFY(QJsonDocument(connector)
                    .toJson(QJsonDocument::Compact)
                    .contains("{\"name\":\"SmsOTP.OTPLength\",\"value\":\"9\"}"));
        QVERIFY(!bytes.contains(kHeaderSecret.toUtf8()));
        QVERIFY(!bytes.contains("s3cret"));
        QVERIFY(bytes.contains("<value of header X-Api-Key>"));
        QVERIFY2(message->text().contains(QStringLiteral("<value of header X-Api-Key>")), qPrintable(message->text()));
        QCOMPARE(leakedSecret(page, { kHeaderSecret }), QString());
    }

    void onlyHttpsIsAccepted()
    {
        ConsoleFixture f;
        Asked asked;
        IdentityServerPage* page = openPage(f, asked);
        QVERIFY(page);
        in<QPushButton>(f, QStringLiteral("addServerButton"))->click();
        type(in<QLineEdit>(f, QStringLiteral("serverNameEdit")), QStringLiteral("plain"));
        type(in<QLineEdit>(f, QStringLiteral("baseUrlEdit")), QStringLiteral("http://idp.example.com/t/carbon.super"));
        auto* message = in<FieldMessage>(f, QStringLiteral("baseUrlMessage"));
        QCOMPARE(message->kind(), FieldMessage::Kind::Error);
        QVERIFY2(message->text().contains(QStringLiteral("https")), qPrintable(message->text()));
        QVERIFY(!in<QPushButton>(f, QStringLiteral("testConnectionButton"))->isEnabled());
        QVERIFY(!page->save());
        QVERIFY(!wso2::ServerRepository(*f.database).find(QStringLiteral("plain")).server);
        type(in<QLineEdit>(f, QStringLiteral("baseUrlEdit")), QStringLiteral("https://idp.example.com/t/carbon.super"));
        QCOMPARE(message->kind(), FieldMessage::Kind::Hint); // the hint keeps the line: the form does not jump
    }

    void untrustedCertificateIsPinnedOnlyAfterConfirmation()
    {
        FakeWso2Server server;
        QVERIFY(server.listen());
        ConsoleFixture f;
        Asked asked;
        IdentityServerPage* page = openPage(f, asked);
        QVERIFY(page);
        QVERIFY(addServer(f, page, server));
        QCOMPARE(in<QListWidget>(f, QStringLiteral("serverList"))->count(), 1);
        QCOMPARE(in<SecretField>(f, QStringLiteral("passwordField"))->state(), SecretField::State::Stored);

        auto* test = in<QPushButton>(f, QStringLiteral("testConnectionButton"));
        test->click();
        QVERIFY(page->isBusy());
        QVERIFY(waitIdle(page));
        auto* message = in<FieldMessage>(f, QStringLiteral("connectionMessage"));
        QCOMPARE(message->kind(), FieldMessage::Kind::Error);
        QVERIFY(server.requests().isEmpty()); // the password never went out
        auto* trustBox = in<QGroupBox>(f, QStringLiteral("trustBox"));
        QVERIFY(trustBox->isVisible());
        const QSslCertificate cert = QSslCertificate::fromData(FakeWso2Server::certificatePem()).first();
        const QString fingerprint = QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
        const QString shown = in<QLabel>(f, QStringLiteral("certificateLabel"))->text();
        QVERIFY2(shown.contains(fingerprint), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("localhost")));

        // Declined: nothing pinned.
        asked.answer = false;
        in<QPushButton>(f, QStringLiteral("trustCertificateButton"))->click();
        QCOMPARE(asked.titles.size(), 1);
        QVERIFY(asked.texts.first().contains(fingerprint));
        QVERIFY(wso2::ServerRepository(*f.database).find(QStringLiteral("local")).server->pin.pem.isEmpty());

        asked.answer = true;
        in<QPushButton>(f, QStringLiteral("trustCertificateButton"))->click();
        QCOMPARE(asked.titles.size(), 2);
        const QByteArray pinned = wso2::ServerRepository(*f.database).find(QStringLiteral("local")).server->pin.pem;
        QCOMPARE(QSslCertificate::fromData(pinned).value(0), cert);
        QVERIFY(!trustBox->isVisible());

        test->click();
        QVERIFY(waitIdle(page));
        QVERIFY2(message->kind() == FieldMessage::Kind::Ok, qPrintable(message->text()));
        auto* endpoints = in<QTableWidget>(f, QStringLiteral("endpointTable"));
        QVERIFY(endpoints->rowCount() >= 2);
        QVERIFY(!rowsOf(endpoints, 1).contains(QString()));
        QCOMPARE(rowsOf(endpoints, 1).count(QStringLiteral("Works")), endpoints->rowCount());
        QCOMPARE(leakedSecret(page, { FakeWso2Server::kPassword }), QString());
    }

    // A certificate that does not name the server's host: the mismatch is shown, and confirming the pin accepts
    // it for that host (the pin records it); the connection then works.
    void aHostNameMismatchIsShownAndPinnedWithTheCertificate()
    {
        FakeWso2Server server(TestHttpServer::Tls::OtherName);
        QVERIFY(server.listen());
        ConsoleFixture f;
        Asked asked;
        IdentityServerPage* page = openPage(f, asked);
        QVERIFY(page);
        QVERIFY(addServer(f, page, server));
        auto* test = in<QPushButton>(f, QStringLiteral("testConnectionButton"));
        test->click();
        QVERIFY(waitIdle(page));
        const QString shown = in<QLabel>(f, QStringLiteral("certificateLabel"))->text();
        QVERIFY2(shown.contains(QStringLiteral("does not name the host 127.0.0.1")), qPrintable(shown));
        asked.answer = true;
        in<QPushButton>(f, QStringLiteral("trustCertificateButton"))->click();
        QCOMPARE(asked.texts.size(), 1);
        QVERIFY2(asked.texts.first().contains(QStringLiteral("does not name the host 127.0.0.1")),
            qPrintable(asked.texts.first()));
        const providers::CertificatePin pin
            = wso2::ServerRepository(*f.database).find(QStringLiteral("local")).server->pin;
        QCOMPARE(pin.pem, TestHttpServer::certificatePem(TestHttpServer::Tls::OtherName));
        QCOMPARE(pin.acceptedHostMismatch, QStringLiteral("127.0.0.1"));
        test->click();
        QVERIFY(waitIdle(page));
        auto* message = in<FieldMessage>(f, QStringLiteral("connectionMessage"));
        QVERIFY2(message->kind() == FieldMessage::Kind::Ok, qPrintable(message->text()));
    }

    void aMissingScopeIsNamed()
    {
        FakeWso2Server server;
        QVERIFY(server.listen());
        QStringList scopes = FakeWso2Server::allScopes();
        scopes.removeIf([](const QString& s) { return s.startsWith(QStringLiteral("internal_governance")); });
        server.setUserScopes(scopes);
        ConsoleFixture f;
        Asked asked;
        IdentityServerPage* page = openPage(f, asked);
        QVERIFY(addServer(f, page, server));
        pin(f);
        in<QPushButton>(f, QStringLiteral("testConnectionButton"))->click();
        QVERIFY(waitIdle(page));
        auto* message = in<FieldMessage>(f, QStringLiteral("connectionMessage"));
        QCOMPARE(message->kind(), FieldMessage::Kind::Warning);
        QVERIFY2(message->text().contains(QStringLiteral("internal_governance_view")), qPrintable(message->text()));
    }

    void pullShowsDifferencesAndPushRemovesThem()
    {
        FakeWso2Server server;
        QVERIFY(server.listen());
        ConsoleFixture f;
        QVERIFY(
            useCustomProvider(f, QStringLiteral("Authorization: "), QStringLiteral("Authorization"), kHeaderSecret));
        Asked asked;
        IdentityServerPage* page = openPage(f, asked);
        QVERIFY(addServer(f, page, server));
        pin(f);

        in<QPushButton>(f, QStringLiteral("pullButton"))->click();
        QVERIFY(waitIdle(page));
        auto* diff = in<QTableWidget>(f, QStringLiteral("diffTable"));
        QVERIFY2(diff->rowCount() > 5, qPrintable(in<FieldMessage>(f, QStringLiteral("connectionMessage"))->text()));
        QVERIFY(rowsOf(diff, 3).contains(QStringLiteral("different")));
        QVERIFY(rowsOf(diff, 0).contains(QStringLiteral("providerURL")));
        QCOMPARE(leakedSecret(page, { FakeWso2Server::kPassword, kHeaderSecret }), QString());

        in<QPushButton>(f, QStringLiteral("pushButton"))->click();
        auto* requests = in<QPlainTextEdit>(f, QStringLiteral("pushRequestsView"));
        QVERIFY(requests->isVisible());
        const QString preview = requests->toPlainText();
        QVERIFY2(
            preview.contains(QStringLiteral("POST")) && preview.contains(QStringLiteral("PATCH")), qPrintable(preview));
        QVERIFY(preview.contains(QStringLiteral("sms.example.com")));
        QVERIFY(preview.contains(QStringLiteral("\u2022\u2022\u2022")));
        QCOMPARE(leakedSecret(page, { FakeWso2Server::kPassword, kHeaderSecret }), QString());
        auto* confirmPush = in<QPushButton>(f, QStringLiteral("confirmPushButton"));
        QVERIFY(confirmPush->isEnabled());

        // Declined: nothing is written.
        server.server().clearRequests();
        asked.answer = false;
        confirmPush->click();
        QVERIFY(!page->isBusy());
        QVERIFY(server.requests().isEmpty());
        QVERIFY(!server.sender());

        asked.answer = true;
        confirmPush->click();
        QVERIFY(waitIdle(page));
        QVERIFY(server.sender().has_value());
        // The preview showed the exact bytes the server received: the sender POST (its header secret as •••),
        // the connector PATCH and the POST of the one SMS text (en_US), which the server did not have.
        QStringList writes;
        for (const RecordedRequest& r : server.requests()) {
            if (r.method == "GET")
                continue;
            writes.append(QString::fromLatin1(r.method));
            const QString shown = QString::fromUtf8(providers::redactBytes(r.body, { kHeaderSecret }));
            QVERIFY2(preview.contains(QLatin1Char('\n') + shown), qPrintable(shown + QStringLiteral("\n") + preview));
        }
        QCOMPARE(writes, (QStringList { QStringLiteral("POST"), QStringLiteral("PATCH"), QStringLiteral("POST") }));
        QCOMPARE(server.smsTemplates().value(QStringLiteral("en_US")), tmpl::SmsText::defaultTemplate());
        QVERIFY(server.apiCalls().contains(QStringLiteral("GET /v2/notification-senders/sms"))); // read back
        auto* message = in<FieldMessage>(f, QStringLiteral("connectionMessage"));
        QVERIFY2(message->kind() == FieldMessage::Kind::Ok, qPrintable(message->text()));
        QVERIFY(!rowsOf(diff, 3).contains(QStringLiteral("different")));
        QVERIFY(rowsOf(diff, 3).contains(QStringLiteral("same")));
        QCOMPARE(leakedSecret(page, { FakeWso2Server::kPassword, kHeaderSecret }), QString());

        // Reveal is the one way to see the password.
        auto* reveal = in<QToolButton>(f, QStringLiteral("passwordRevealButton"));
        QVERIFY(reveal);
        QTest::mousePress(reveal, Qt::LeftButton);
        auto* passwordEdit = in<QLineEdit>(f, QStringLiteral("passwordEdit"));
        QVERIFY(QTest::qWaitFor([&] { return passwordEdit->text() == FakeWso2Server::kPassword; }, 20000));
        QTest::mouseRelease(reveal, Qt::LeftButton);
        QCOMPARE(passwordEdit->text(), ui::secretMask());
    }

    void aRefusedPushSendsNothingAndSaysWhy()
    {
        FakeWso2Server server;
        QVERIFY(server.listen());
        ConsoleFixture f;
        QVERIFY(useCustomProvider(f, QStringLiteral("X-Tag: "), QStringLiteral("X-Tag"), QStringLiteral("a, b")));
        Asked asked;
        IdentityServerPage* page = openPage(f, asked);
        QVERIFY(pullThenPush(f, page, server));
        auto* refusal = in<FieldMessage>(f, QStringLiteral("refusalMessage"));
        QCOMPARE(refusal->kind(), FieldMessage::Kind::Error);
        QVERIFY2(refusal->text().contains(QStringLiteral("http.headers")), qPrintable(refusal->text()));
        auto* confirmPush = in<QPushButton>(f, QStringLiteral("confirmPushButton"));
        QVERIFY(!confirmPush->isEnabled());
        confirmPush->click(); // disabled: nothing happens
        QTest::qWait(200);
        QVERIFY(asked.titles.isEmpty());
        QVERIFY2(server.requests().isEmpty(), qPrintable(server.apiCalls().join(u'|')));
        QVERIFY(!server.sender());
        QCOMPARE(leakedSecret(page, { FakeWso2Server::kPassword, QStringLiteral("a, b") }), QString());
    }
    // A custom provider with Bearer authentication: a server before 7.2 (no notification-sender v2 API) cannot take
    // it; after the pull the page says so, the push stays disabled and the token shows nowhere.
    void anOldServerRefusesAuthenticationAfterThePull()
    {
        FakeWso2Server server;
        server.setOldServer(true);
        QVERIFY(server.listen());
        ConsoleFixture f;
        {
            storage::ProviderRepository repo(*f.database);
            storage::CustomProviderSettings custom;
            custom.config.url = QStringLiteral("https://sms.example.com/send");
            custom.config.payloadTemplate = QStringLiteral("{\"to\": {{mobile}}, \"text\": {{body}}}");
            custom.config.auth.kind = providers::custom::AuthKind::Bearer;
            QVERIFY(!repo.saveCustom(custom).isError());
            QVERIFY(!repo.setActive(providers::ProviderKind::Custom).isError());
            const QString key = storage::secretkeys::customAuthSecret();
            repo.setSecretStored(key, true);
            QVERIFY(writeSecret(f, key, QStringLiteral("gw-bearer-T0ken")));
        }
        Asked asked;
        IdentityServerPage* page = openPage(f, asked);
        QVERIFY(pullThenPush(f, page, server));
        auto* refusal = in<FieldMessage>(f, QStringLiteral("refusalMessage"));
        QCOMPARE(refusal->kind(), FieldMessage::Kind::Error);
        QVERIFY2(refusal->text().contains(QStringLiteral("7.2")), qPrintable(refusal->text()));
        QVERIFY(!in<QPushButton>(f, QStringLiteral("confirmPushButton"))->isEnabled());
        QVERIFY2(server.requests().isEmpty(), qPrintable(server.apiCalls().join(u'|')));
        QCOMPARE(leakedSecret(page, { FakeWso2Server::kPassword, QStringLiteral("gw-bearer-T0ken") }), QString());
    }

    void takeFromServerCopiesSettingsAndSecrets()
    {
        FakeWso2Server server;
        QVERIFY(server.listen());
        const QString serverSecret = QStringLiteral("Bearer s3rver-t0ken");
        server.setSender(QJsonObject { { QStringLiteral("name"), QStringLiteral("SMSPublisher") },
            { QStringLiteral("provider"), QStringLiteral("Custom") },
            { QStringLiteral("providerURL"), QStringLiteral("https://gateway.example.org/sms") },
            { QStringLiteral("contentType"), QStringLiteral("JSON") },
            { QStringLiteral("properties"),
                QJsonArray {
                    QJsonObject { { QStringLiteral("key"), QStringLiteral("body") },
                        { QStringLiteral("value"), QStringLiteral("{\"to\": {{mobile}}, \"text\": {{body}}}") } },
                    QJsonObject { { QStringLiteral("key"), QStringLiteral("http.headers") },
                        { QStringLiteral("value"), QString(QStringLiteral("Authorization: ") + serverSecret) } },
                    QJsonObject { { QStringLiteral("key"), QStringLiteral("http.method") },
                        { QStringLiteral("value"), QStringLiteral("POST") } } } } });
        server.setSmsTemplates({ { QStringLiteral("en_US"), QStringLiteral("Your code: {{confirmation-code}}") },
            { QStringLiteral("de_DE"), QStringLiteral("Ihr Code: {{otpToken}}") } });
        ConsoleFixture f;
        otp::OtpPolicy policy;
        policy.expirySeconds = 120;
        policy.length = 8;
        QVERIFY(!storage::SettingsRepository(*f.database).savePolicy(policy).isError());
        f.restart(); // the pages show the console's values before the take
        auto* length = f.findIn<QSpinBox>(QStringLiteral("otpSettingsPage"), QStringLiteral("lengthSpin"));
        QCOMPARE(length->value(), 8);
        auto* url = f.findIn<QLineEdit>(QStringLiteral("providerPage"), QStringLiteral("customUrlEdit"));
        QVERIFY(url);
        QVERIFY(url->text().isEmpty());
        Asked asked;
        IdentityServerPage* page = openPage(f, asked);
        QVERIFY(addServer(f, page, server));
        pin(f);
        in<QPushButton>(f, QStringLiteral("pullButton"))->click();
        QVERIFY(waitIdle(page));
        QCOMPARE(leakedSecret(page, { FakeWso2Server::kPassword, serverSecret }), QString());
        auto* take = in<QPushButton>(f, QStringLiteral("takeFromServerButton"));
        QVERIFY(take->isEnabled());

        asked.answer = false;
        take->click();
        QCOMPARE(asked.titles.size(), 1);
        QCOMPARE(storage::SettingsRepository(*f.database).loadPolicy().policy.expirySeconds, 120);

        QVERIFY2(asked.texts.constLast().contains(QStringLiteral("the SMS texts of de_DE, en_US")),
            qPrintable(asked.texts.constLast()));
        asked.answer = true;
        take->click();
        QVERIFY(waitIdle(page));
        QCOMPARE(storage::SettingsRepository(*f.database).loadPolicy().policy.expirySeconds, 300);
        // The SMS texts per locale came too; WSO2's {{otpToken}} is the console's {{confirmation-code}}.
        const tmpl::SmsTexts texts = storage::SettingsRepository(*f.database).smsTexts().texts;
        QCOMPARE(texts.defaultText(), QStringLiteral("Your code: {{confirmation-code}}"));
        QCOMPARE(texts.find(QStringLiteral("de_DE"))->text, QStringLiteral("Ihr Code: {{confirmation-code}}"));
        // The other pages show the taken values at once, without a restart.
        QCOMPARE(length->value(), 6);
        QCOMPARE(url->text(), QStringLiteral("https://gateway.example.org/sms"));
        const storage::ProviderSettings saved = storage::ProviderRepository(*f.database).load().settings;
        QCOMPARE(saved.active, providers::ProviderKind::Custom);
        QCOMPARE(saved.custom.config.url, QStringLiteral("https://gateway.example.org/sms"));
        QVERIFY(!saved.custom.config.headers.contains(serverSecret)); // the value went to the keychain
        QString stored;
        bool done = false;
        f.secrets->read(
            storage::secretkeys::customHeader(QStringLiteral("Authorization")), [&](const storage::SecretResult& r) {
                stored = r.value;
                done = true;
            });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
        QCOMPARE(stored, serverSecret);
        // The diff, read again with the console's new side, shows no difference but the one spelling the console
        // changed (de_DE's {{otpToken}} is written back as {{confirmation-code}}), and still no secret.
        auto* diff = in<QTableWidget>(f, QStringLiteral("diffTable"));
        QVERIFY(QTest::qWaitFor([&] { return !page->isBusy(); }, 20000));
        QStringList different;
        for (int r = 0; r < diff->rowCount(); ++r) {
            if (diff->item(r, 3)->text() == u"different")
                different.append(diff->item(r, 0)->text());
        }
        QCOMPARE(different, QStringList { QStringLiteral("de_DE") });
        QCOMPARE(leakedSecret(page, { FakeWso2Server::kPassword, serverSecret }), QString());
    }
    void loginFlowIsShownAndSetOnlyAfterConfirmation()
    {
        FakeWso2Server server;
        QVERIFY(server.listen());
        ConsoleFixture f;
        Asked asked;
        IdentityServerPage* page = openPage(f, asked);
        QVERIFY(page);
        QVERIFY(addServer(f, page, server));
        pin(f);
        const QJsonObject before = server.applicationNamed(QStringLiteral("Pickup")).value();

        type(in<QLineEdit>(f, QStringLiteral("appSearchEdit")), QStringLiteral("Pickup"));
        in<QPushButton>(f, QStringLiteral("findAppsButton"))->click();
        QVERIFY(page->isBusy()); // asynchronous
        QVERIFY(waitIdle(page));
        auto* apps = in<QListWidget>(f, QStringLiteral("appList"));
        auto* message = in<FieldMessage>(f, QStringLiteral("connectionMessage"));
        QVERIFY2(apps->count() == 2, qPrintable(message->text()));
        const QList<QListWidgetItem*> pickup = apps->findItems(QStringLiteral("Pickup"), Qt::MatchExactly);
        QCOMPARE(pickup.size(), 1);
        auto* setFlow = in<QPushButton>(f, QStringLiteral("setFlowButton"));
        QVERIFY(!setFlow->isEnabled()); // nothing selected yet
        apps->setCurrentItem(pickup.first());
        QVERIFY(waitIdle(page));
        auto* flow = in<QLabel>(f, QStringLiteral("currentFlowLabel"));
        QVERIFY2(flow->text().contains(QStringLiteral("Step 1")), qPrintable(flow->text() + message->text()));
        QVERIFY(!flow->text().contains(QStringLiteral("SMS OTP")));
        QVERIFY(flow->text().contains(QStringLiteral("adaptive script")));
        QVERIFY(setFlow->isEnabled());

        // Declined: the flows and the exact request are shown, nothing is sent.
        server.server().clearRequests();
        asked.answer = false;
        in<QCheckBox>(f, QStringLiteral("backupCodesCheck"))->setChecked(true);
        setFlow->click();
        QCOMPARE(asked.titles.size(), 1);
        const QString text = asked.texts.first();
        QVERIFY2(text.contains(QStringLiteral("PATCH")) && text.contains(QStringLiteral("/applications/"))
                && text.contains(QStringLiteral("Step 2: SMS OTP or Backup code")),
            qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("\"script\"")));
        QVERIFY(in<QPlainTextEdit>(f, QStringLiteral("flowRequestView"))
                    ->toPlainText()
                    .contains(QStringLiteral("sms-otp-authenticator")));
        QVERIFY(!page->isBusy());
        QVERIFY2(server.requests().isEmpty(), qPrintable(server.apiCalls().join(u'|')));
        QCOMPARE(server.applicationNamed(QStringLiteral("Pickup")).value(), before);
        QCOMPARE(leakedSecret(page, { FakeWso2Server::kPassword }), QString());

        asked.answer = true;
        setFlow->click();
        QVERIFY(page->isBusy());
        QVERIFY(waitIdle(page));
        QVERIFY2(message->kind() == FieldMessage::Kind::Ok, qPrintable(message->text()));
        QCOMPARE(server.apiCalls().filter(QStringLiteral("PATCH /applications/")).size(), 1);
        // What was shown and asked is the body the server received, byte for byte.
        for (const RecordedRequest& r : server.requests()) {
            if (r.method == "PATCH")
                QVERIFY2(asked.texts.last().endsWith(QLatin1Char('\n') + QString::fromUtf8(r.body)),
                    qPrintable(asked.texts.last()));
        }
        const QJsonObject after = server.applicationNamed(QStringLiteral("Pickup")).value();
        const QJsonObject sequence = after.value(u"authenticationSequence").toObject();
        const QJsonArray steps = sequence.value(u"steps").toArray();
        QCOMPARE(steps.size(), 2);
        QStringList step2;
        for (const QJsonValue& o : steps.at(1).toObject().value(u"options").toArray())
            step2.append(o.toObject().value(u"authenticator").toString());
        QVERIFY2(step2.contains(QStringLiteral("sms-otp-authenticator"))
                && step2.contains(QStringLiteral("backup-code-authenticator")),
            qPrintable(step2.join(u',')));
        QCOMPARE(sequence.value(u"script").toString(), FakeWso2Server::pickupScript());
        QCOMPARE(sequence.value(u"script").toString(),
            before.value(u"authenticationSequence").toObject().value(u"script").toString());
        QCOMPARE(after.value(u"claimConfiguration"), before.value(u"claimConfiguration"));
        // Read back and shown.
        QVERIFY(server.apiCalls().last().startsWith(QStringLiteral("GET /applications/")));
        QVERIFY2(flow->text().contains(QStringLiteral("Step 2: SMS OTP or Backup code")), qPrintable(flow->text()));
        QCOMPARE(leakedSecret(page, { FakeWso2Server::kPassword }), QString());
    }

    void aLoginFlowChangeWithoutTheScopeIsExplained()
    {
        FakeWso2Server server;
        QVERIFY(server.listen());
        QStringList scopes = FakeWso2Server::allScopes();
        scopes.removeAll(QStringLiteral("internal_application_mgt_update"));
        server.setUserScopes(scopes);
        ConsoleFixture f;
        Asked asked;
        IdentityServerPage* page = openPage(f, asked);
        QVERIFY(addServer(f, page, server));
        pin(f);
        type(in<QLineEdit>(f, QStringLiteral("appSearchEdit")), QStringLiteral("Pickup Manager"));
        in<QPushButton>(f, QStringLiteral("findAppsButton"))->click();
        QVERIFY(waitIdle(page));
        auto* apps = in<QListWidget>(f, QStringLiteral("appList"));
        QCOMPARE(apps->count(), 1);
        apps->setCurrentRow(0);
        QVERIFY(waitIdle(page));
        const QJsonObject before = server.applicationNamed(QStringLiteral("Pickup Manager")).value();
        in<QPushButton>(f, QStringLiteral("setFlowButton"))->click();
        QVERIFY(waitIdle(page));
        auto* message = in<FieldMessage>(f, QStringLiteral("connectionMessage"));
        QCOMPARE(message->kind(), FieldMessage::Kind::Error);
        QVERIFY2(
            message->text().contains(QStringLiteral("internal_application_mgt_update")), qPrintable(message->text()));
        QCOMPARE(server.applicationNamed(QStringLiteral("Pickup Manager")).value(), before);

        // An application removed meanwhile: 404, explained.
        server.setApplications({});
        apps->setCurrentRow(-1);
        apps->setCurrentRow(0);
        QVERIFY(waitIdle(page));
        QCOMPARE(message->kind(), FieldMessage::Kind::Error);
        QVERIFY2(message->text().contains(QStringLiteral("404")), qPrintable(message->text()));
        QVERIFY(!in<QPushButton>(f, QStringLiteral("setFlowButton"))->isEnabled());
    }
    // Issue 15, finding 2: the page fits 900x600 and 980x680 with no horizontal scrolling.
    void fitsANarrowWindow()
    {
        FakeWso2Server server;
        QVERIFY(server.listen());
        ConsoleFixture f;
        Asked asked;
        IdentityServerPage* page = openPage(f, asked);
        QVERIFY(addServer(f, page, server));
        QVERIFY2(page->minimumSizeHint().width() <= 680, qPrintable(QString::number(page->minimumSizeHint().width())));
        for (const QSize size : { QSize(900, 600), QSize(980, 680) }) {
            f.window->resize(size);
            QTest::qWait(50);
            QVERIFY(f.window->width() <= size.width());
            auto* scroll
                = qobject_cast<QScrollArea*>(page->parentWidget() ? page->parentWidget()->parentWidget() : nullptr);
            QVERIFY(scroll);
            QVERIFY2(page->width() <= scroll->viewport()->width(),
                qPrintable(QStringLiteral("%1 > %2").arg(page->width()).arg(scroll->viewport()->width())));
            const QList<QWidget*> widgets = interactiveWidgets(page);
            QVERIFY(widgets.size() > 15);
            for (QWidget* w : widgets) {
                const QRect r(w->mapTo(page, QPoint(0, 0)), w->size());
                QVERIFY2(r.left() >= 0 && r.right() < page->width(),
                    qPrintable(w->objectName()
                        + QStringLiteral(" at x %1..%2 of %3").arg(r.left()).arg(r.right()).arg(page->width())));
            }
        }
        // At the page width a 900 px window leaves beside the navigation, still nothing sticks out.
        page->resize(900 - 180, page->height());
        QVERIFY(page->minimumSizeHint().width() <= 900 - 180);
    }

    // Rows that do not apply are disabled, not hidden: the form does not jump while a URL is typed.
    void rowsAreDisabledNotHidden()
    {
        ConsoleFixture f;
        Asked asked;
        IdentityServerPage* page = openPage(f, asked);
        QVERIFY(page);
        in<QPushButton>(f, QStringLiteral("addServerButton"))->click();
        auto* auth = in<QComboBox>(f, QStringLiteral("authCombo"));
        auto* user = in<QLineEdit>(f, QStringLiteral("usernameEdit"));
        auto* clientId = in<QLineEdit>(f, QStringLiteral("clientIdEdit"));
        auto* tokenUrl = in<QLineEdit>(f, QStringLiteral("tokenUrlEdit"));
        auth->setCurrentIndex(auth->findData(int(wso2::AuthKind::Basic)));
        QVERIFY(user->isVisible() && user->isEnabled());
        QVERIFY(clientId->isVisible() && !clientId->isEnabled());
        QVERIFY(tokenUrl->isVisible() && !tokenUrl->isEnabled());
        auth->setCurrentIndex(auth->findData(int(wso2::AuthKind::ClientCredentials)));
        QVERIFY(user->isVisible() && !user->isEnabled());
        QVERIFY(clientId->isVisible() && clientId->isEnabled());

        auto* baseUrl = in<QLineEdit>(f, QStringLiteral("baseUrlEdit"));
        const QPoint authAt = auth->mapTo(page, QPoint(0, 0));
        const QPoint scopesAt = in<QLineEdit>(f, QStringLiteral("scopesEdit"))->mapTo(page, QPoint(0, 0));
        baseUrl->setFocus();
        for (const QChar c : QStringLiteral("https://idp.example.com:9443/t/carbon.super")) {
            QTest::keyClicks(baseUrl, QString(c));
            QCOMPARE(auth->mapTo(page, QPoint(0, 0)), authAt);
            QCOMPARE(in<QLineEdit>(f, QStringLiteral("scopesEdit"))->mapTo(page, QPoint(0, 0)), scopesAt);
        }
    }

    // The status bar's "Testing the connection…" ends when the test ends.
    void theStatusBarIsClearedAfterTestConnection()
    {
        FakeWso2Server server;
        QVERIFY(server.listen());
        ConsoleFixture f;
        Asked asked;
        IdentityServerPage* page = openPage(f, asked);
        QVERIFY(addServer(f, page, server));
        QSignalSpy status(page, &ui::Page::statusMessage);
        // Unpinned first (it fails), then pinned (it works): either way the status line ends with the outcome.
        for (bool pinned : { false, true }) {
            if (pinned)
                pin(f);
            status.clear();
            in<QPushButton>(f, QStringLiteral("testConnectionButton"))->click();
            QVERIFY(waitIdle(page));
            QVERIFY(!status.isEmpty());
            QVERIFY(status.first().first().toString().contains(QStringLiteral("Testing")));
            const QString last = status.last().first().toString();
            QVERIFY2(!last.contains(QStringLiteral("Testing")), qPrintable(last));
            const QString shown = f.window->statusBar()->currentMessage();
            QVERIFY2(!shown.contains(QStringLiteral("Testing")), qPrintable(shown));
        }
        QVERIFY(f.window->statusBar()->currentMessage().contains(QStringLiteral("works")));
    }

    void everyControlIsNamed()
    {
        ConsoleFixture f;
        Asked asked;
        IdentityServerPage* page = openPage(f, asked);
        QVERIFY(page);
        QCOMPARE(unnamedControls(page), QStringList());
    }

    void aSilentServerCanBeCancelled()
    {
        QTcpServer silent; // accepts, never answers the TLS handshake
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        ConsoleFixture f;
        Asked asked;
        IdentityServerPage* page = openPage(f, asked);
        FakeWso2Server unused;
        QVERIFY(unused.listen());
        QVERIFY(addServer(f, page, unused));
        type(in<QLineEdit>(f, QStringLiteral("baseUrlEdit")),
            QStringLiteral("https://127.0.0.1:%1/t/carbon.super").arg(silent.serverPort()));
        in<QPushButton>(f, QStringLiteral("testConnectionButton"))->click();
        QVERIFY(page->isBusy());
        auto* cancel = in<QPushButton>(f, QStringLiteral("cancelButton"));
        QVERIFY(cancel->isVisible());
        QVERIFY(!in<QPushButton>(f, QStringLiteral("pullButton"))->isEnabled());
        QTest::qWait(300);
        QVERIFY(page->isBusy());
        cancel->click();
        QVERIFY(!page->isBusy());
        QCOMPARE(in<FieldMessage>(f, QStringLiteral("connectionMessage"))->kind(), FieldMessage::Kind::Warning);
        QVERIFY(in<QPushButton>(f, QStringLiteral("testConnectionButton"))->isEnabled());
        QTest::qWait(200); // nothing arrives late
        QCOMPARE(in<FieldMessage>(f, QStringLiteral("connectionMessage"))->kind(), FieldMessage::Kind::Warning);
    }
};

QTEST_MAIN(TestIdentityServerPage)
#include "TestIdentityServerPage.moc"
