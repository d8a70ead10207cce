// The SMS texts per locale as WSO2's SMS OTP notification templates: the mapping and its refusal, then the round trip
// against the fake WSO2 server (pull, diff, push, read back unchanged, take), a server before 7.1 without the
// templates API (the rest is pushed and the console says why the texts were not), and the request-body export.

#include "FakeWso2Server.h"
#include "Wso2TestHelpers.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "wso2/Wso2Requests.h"
#include "wso2/Wso2Take.h"
#include "wso2/Wso2Templates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

using namespace smsotp;
using namespace smsotp::wso2;
using providers::ProviderKind;
using wso2test::customSetup;
using wso2test::waitFor;

class TestWso2Templates : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;

    static tmpl::SmsTexts texts()
    {
        tmpl::SmsTexts t;
        t.defaultLocale = QStringLiteral("en_US");
        t.texts = { { QStringLiteral("en_US"), QStringLiteral("Your code is {{confirmation-code}}.") },
            { QStringLiteral("de_DE"), QStringLiteral("Ihr Code lautet {{confirmation-code}}.") },
            { QStringLiteral("pt_BR"), QStringLiteral("Seu código é {{confirmation-code}}.") } };
        return t;
    }

    PullResult pull(Wso2Client& client, const Connection& c)
    {
        return waitFor<PullResult>([&](auto done) { client.pull(c, done); });
    }
    PushResult push(Wso2Client& client, const Connection& c, const PushPlan& plan)
    {
        return waitFor<PushResult>([&](auto done) { client.push(c, plan, done); });
    }

private Q_SLOTS:
    void eachLocaleIsATemplateWithTheWebOtpLine()
    {
        const TemplateMapping mapping = mapSmsTemplates(texts(), QStringLiteral("login.example.com"));
        QVERIFY(mapping.ok());
        QCOMPARE(mapping.templates.size(), 3);
        QCOMPARE(mapping.templates.at(1),
            (SmsTemplate { QStringLiteral("de_DE"),
                QStringLiteral(
                    "Ihr Code lautet {{confirmation-code}}.\n\n@login.example.com #{{confirmation-code}}") }));
        const ApiRequest put = smsTemplateRequest(mapping.templates.at(1), true);
        QCOMPARE(put.method, providers::HttpMethod::Put);
        QCOMPARE(put.path, QStringLiteral("/notification/sms/template-types/U01TT1RQ/org-templates/de_DE"));
        QCOMPARE(QJsonDocument::fromJson(put.body).object().keys(), QStringList { QStringLiteral("body") });
        const ApiRequest post = smsTemplateRequest(mapping.templates.at(1), false);
        QCOMPARE(post.method, providers::HttpMethod::Post);
        QCOMPARE(post.path, QStringLiteral("/notification/sms/template-types/U01TT1RQ/org-templates"));
        QCOMPARE(QJsonDocument::fromJson(post.body).object().value(u"locale").toString(), QStringLiteral("de_DE"));
    }

    // WSO2's pattern has no spaces inside the braces: the console reads {{ confirmation-code }}, WSO2 would not.
    void aSpacedPlaceholderIsRefused()
    {
        tmpl::SmsTexts spaced = texts();
        spaced.texts[1].text = QStringLiteral("Ihr Code lautet {{ confirmation-code }}.");
        const TemplateMapping mapping = mapSmsTemplates(spaced, {});
        QCOMPARE(mapping.refusals.size(), 1);
        QCOMPARE(mapping.refusals.first().kind, RefusalKind::SpacedTemplatePlaceholder);
        QCOMPARE(mapping.refusals.first().field, QStringLiteral("de_DE"));
        PushPlan plan = planPush(ProviderKind::Custom, customSetup(), {}, {});
        planTemplates(plan, spaced, {});
        QVERIFY(plan.refused());

        FakeWso2Server server;
        QVERIFY(server.listen());
        providers::HttpSender sender(m_network);
        Wso2Client client(sender);
        const PushResult pushed = push(client, wso2test::basicConnection(server), plan);
        QVERIFY(!pushed.ok);
        QVERIFY(pushed.refused);
        QVERIFY(server.apiCalls().isEmpty()); // nothing at all was sent
    }

    void pushThenReadBackUnchanged()
    {
        FakeWso2Server server;
        QVERIFY(server.listen());
        // The server has WSO2's own en_US template and a French one the console does not have.
        server.setSmsTemplates({ { QStringLiteral("en_US"),
                                     QStringLiteral("Your one-time password for the {{application-name}} is "
                                                    "{{confirmation-code}}. This expires in {{otp-expiry-time}} "
                                                    "minutes.") },
            { QStringLiteral("fr_FR"), QStringLiteral("Votre code : {{confirmation-code}}") } });
        providers::HttpSender sender(m_network);
        Wso2Client client(sender);
        const Connection c = wso2test::basicConnection(server);
        const PullResult before = pull(client, c);
        QVERIFY2(before.ok, qPrintable(before.error.explanation));
        QVERIFY(before.templates);
        QCOMPARE(before.templates->size(), 2);

        PushPlan plan = planPush(ProviderKind::Custom, customSetup(), {}, {}, before);
        planTemplates(plan, texts(), QStringLiteral("login.example.com"), before);
        QVERIFY(!plan.refused());
        const QList<DiffRow> rows = diffTemplates(plan.templates, *before.templates);
        QVERIFY(hasDifferences(rows));
        QCOMPARE(rows.size(), 4); // en_US, de_DE, pt_BR, and fr_FR that only the server has
        QCOMPARE(rows.last().field, QStringLiteral("fr_FR"));
        QCOMPARE(rows.last().comparison, Comparison::Unknown);

        // The requests a preview shows are the ones the server receives: PUT where it has the locale, POST elsewhere.
        QStringList planned;
        for (const ApiRequest& r : pushRequests(plan))
            planned.append(QString::fromLatin1(providers::httpMethodName(r.method)) + QLatin1Char(' ') + r.path);
        server.server().clearRequests();
        const PushResult pushed = push(client, c, plan);
        QVERIFY2(pushed.ok, qPrintable(pushed.error.explanation));
        QCOMPARE(pushed.templatesWritten,
            (QStringList { QStringLiteral("en_US"), QStringLiteral("de_DE"), QStringLiteral("pt_BR") }));
        QCOMPARE(server.apiCalls(), planned);
        QVERIFY(planned.contains(QStringLiteral("PUT /notification/sms/template-types/U01TT1RQ/org-templates/en_US")));
        QVERIFY(planned.contains(QStringLiteral("POST /notification/sms/template-types/U01TT1RQ/org-templates")));
        QCOMPARE(server.smsTemplates().value(QStringLiteral("pt_BR")),
            QStringLiteral("Seu código é {{confirmation-code}}.\n\n@login.example.com #{{confirmation-code}}"));
        QCOMPARE(
            server.smsTemplates().value(QStringLiteral("fr_FR")), QStringLiteral("Votre code : {{confirmation-code}}"));

        // Read back: no difference.
        const PullResult after = pull(client, c);
        QVERIFY(after.ok && after.templates);
        QVERIFY(!hasDifferences(diffTemplates(plan.templates, *after.templates)));

        // Taken back into a console that has only en_US: every text comes back as it was written, the WebOTP line
        // (which the console adds itself) taken off; fr_FR comes too.
        tmpl::SmsTexts fresh;
        fresh.texts = { { QStringLiteral("en_US"), tmpl::SmsText::defaultTemplate() } };
        const ServerTake take = planTake(after, {}, fresh, QStringLiteral("login.example.com"));
        QVERIFY(take.smsTexts);
        QCOMPARE(take.smsTexts->defaultLocale, QStringLiteral("en_US"));
        for (const tmpl::LocalizedSmsText& t : texts().texts)
            QCOMPARE(take.smsTexts->find(t.locale)->text, t.text);
        QCOMPARE(
            take.smsTexts->find(QStringLiteral("fr_FR"))->text, QStringLiteral("Votre code : {{confirmation-code}}"));

        QTemporaryDir dir;
        auto opened = storage::Database::open(dir.path());
        QVERIFY(opened.database);
        QVERIFY(!saveTake(*opened.database, take).isError());
        QCOMPARE(storage::SettingsRepository(*opened.database).smsTexts().texts, *take.smsTexts);
    }

    void takeMapsWso2sOwnPlaceholders()
    {
        const QList<SmsTemplate> server { { QStringLiteral("en_US"), QStringLiteral("Code {{otpToken}}") },
            { QStringLiteral("de_DE"), QStringLiteral("Code {{confirmation-code}} im Jahr {{current-year}}") },
            { QStringLiteral("xx_YY"), QStringLiteral("{{confirmation-code}}") } };
        const TakenTexts taken = takeSmsTexts(server, {}, {});
        QCOMPARE(taken.taken, QStringList { QStringLiteral("en_US") });
        QCOMPARE(taken.texts.find(QStringLiteral("en_US"))->text, QStringLiteral("Code {{confirmation-code}}"));
        QCOMPARE(taken.problems.size(), 2);
        QVERIFY(taken.problems.join(u' ').contains(QStringLiteral("{{current-year}}")));
        QVERIFY(taken.problems.join(u' ').contains(QStringLiteral("xx_YY")));
    }

    // IS 7.0 has no notification templates API: the pull says so, the push writes the rest and says why not the texts.
    void aServerBefore71GetsTheRest()
    {
        FakeWso2Server server;
        server.setTemplatesApi(false);
        QVERIFY(server.listen());
        providers::HttpSender sender(m_network);
        Wso2Client client(sender);
        const Connection c = wso2test::basicConnection(server);
        const PullResult pulled = pull(client, c);
        QVERIFY2(pulled.ok, qPrintable(pulled.error.explanation));
        QVERIFY(!pulled.templates);
        QVERIFY(pulled.templatesUnavailable.contains(QStringLiteral("7.1")));

        PushPlan plan = planPush(ProviderKind::Custom, customSetup(), {}, {}, pulled);
        planTemplates(plan, texts(), {}, pulled);
        for (const ApiRequest& r : pushRequests(plan))
            QVERIFY(!r.path.startsWith(u"/notification/sms"));
        const PushResult pushed = push(client, c, plan);
        QVERIFY2(pushed.ok, qPrintable(pushed.error.explanation));
        QVERIFY(pushed.templatesWritten.isEmpty());
        QVERIFY(pushed.templatesSkipped.contains(QStringLiteral("7.1")));
        QVERIFY(server.sender());

        // Without a pull the client asks, and learns the same.
        PushPlan blind = planPush(ProviderKind::Custom, customSetup(), {}, {});
        planTemplates(blind, texts(), {});
        const PushResult asked = push(client, c, blind);
        QVERIFY2(asked.ok, qPrintable(asked.error.explanation));
        QVERIFY(asked.templatesSkipped.contains(QStringLiteral("7.1")));
    }

    // Credentials that may not read templates: the sender and the connector are still read, and the reason is named.
    void aMissingTemplateScopeIsNamedNotFatal()
    {
        FakeWso2Server server;
        QStringList scopes = FakeWso2Server::allScopes();
        scopes.removeAll(QStringLiteral("internal_template_mgt_view"));
        server.setUserScopes(scopes);
        QVERIFY(server.listen());
        providers::HttpSender sender(m_network);
        Wso2Client client(sender);
        const PullResult pulled = pull(client, wso2test::basicConnection(server));
        QVERIFY2(pulled.ok, qPrintable(pulled.error.explanation));
        QVERIFY(!pulled.templates);
        QVERIFY2(pulled.templatesUnavailable.contains(QStringLiteral("internal_template_mgt_view")),
            qPrintable(pulled.templatesUnavailable));
    }

    // A template the credentials may not create: the sender and the connector are written, and what stopped the
    // push part way is said with what was written.
    void aPushStoppedPartWaySaysWhatWasWritten()
    {
        FakeWso2Server server;
        QStringList scopes = FakeWso2Server::allScopes();
        scopes.removeAll(QStringLiteral("internal_template_mgt_create"));
        server.setUserScopes(scopes);
        server.setSmsTemplates({ { QStringLiteral("en_US"), QStringLiteral("Old {{confirmation-code}}") } });
        QVERIFY(server.listen());
        providers::HttpSender sender(m_network);
        Wso2Client client(sender);
        const Connection c = wso2test::basicConnection(server);
        const PullResult pulled = pull(client, c);
        QVERIFY(pulled.ok);
        PushPlan plan = planPush(ProviderKind::Custom, customSetup(), {}, {}, pulled);
        planTemplates(plan, texts(), {}, pulled);
        const PushResult pushed = push(client, c, plan);
        QVERIFY(!pushed.ok);
        QVERIFY(pushed.connectorWritten);
        QCOMPARE(pushed.templatesWritten, QStringList { QStringLiteral("en_US") }); // a PUT: allowed
        QVERIFY(server.sender());
        const QString said = partialPushText(pushed);
        QVERIFY2(
            said.contains(QStringLiteral("the SMS texts of en_US were written, but not the others")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("internal_template_mgt_create")), qPrintable(said));
        QCOMPARE(partialPushText(PushResult {}), QString()); // nothing written: nothing to say
    }

    void exportHasTheTemplates()
    {
        const TemplateMapping mapping = mapSmsTemplates(texts(), {});
        const RequestBodiesExport exported
            = exportRequestBodies(ProviderKind::Custom, customSetup(), {}, mapping.templates);
        QVERIFY(exported.ok());
        QStringList paths;
        for (const QJsonValue& r : exported.document.object().value(u"requests").toArray())
            paths.append(
                r.toObject().value(u"method").toString() + QLatin1Char(' ') + r.toObject().value(u"path").toString());
        QVERIFY(paths.contains(QStringLiteral("POST /v1/notification/sms/template-types/U01TT1RQ/org-templates")));
        QVERIFY(paths.contains(QStringLiteral("PUT /v1/notification/sms/template-types/U01TT1RQ/org-templates/pt_BR")));
        QCOMPARE(paths.filter(QStringLiteral("org-templates")).size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestWso2Templates)
#include "TestWso2Templates.moc"
