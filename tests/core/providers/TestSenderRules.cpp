// The alphanumeric sender rule, the same for Twilio, Vonage and the custom provider, and the countries that refuse
// such senders.

#include "providers/CustomProvider.h"
#include "providers/ProviderClient.h"
#include "providers/SenderRules.h"
#include "providers/TwilioProvider.h"
#include "providers/VonageProvider.h"

#include <QtTest>

using namespace smsotp::providers;

class TestSenderRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theRule_data()
    {
        QTest::addColumn<QString>("sender");
        QTest::addColumn<int>("problem");
        QTest::newRow("one letter") << QStringLiteral("A") << int(FieldProblem::None);
        QTest::newRow("name") << QStringLiteral("AcmeBank") << int(FieldProblem::None);
        QTest::newRow("11 with spaces and digits") << QStringLiteral("Acme Bank 1") << int(FieldProblem::None);
        QTest::newRow("12") << QStringLiteral("Acme Bank 12") << int(FieldProblem::WrongLength);
        QTest::newRow("symbol") << QStringLiteral("Acme&Co") << int(FieldProblem::InvalidCharacters);
        QTest::newRow("dash") << QStringLiteral("Acme-Co") << int(FieldProblem::InvalidCharacters);
        QTest::newRow("accent") << QStringLiteral("Caf\u00e9") << int(FieldProblem::InvalidCharacters);
        QTest::newRow("tab") << QStringLiteral("Acme\tCo") << int(FieldProblem::InvalidCharacters);
        QTest::newRow("digits only") << QStringLiteral("12345") << int(FieldProblem::InvalidCharacters);
        QTest::newRow("spaces only") << QStringLiteral("   ") << int(FieldProblem::InvalidCharacters);
        QTest::newRow("empty") << QString() << int(FieldProblem::Empty);
    }

    void theRule()
    {
        QFETCH(QString, sender);
        QFETCH(int, problem);
        const FieldCheck check = checkAlphanumericSender(sender);
        QCOMPARE(int(check.problem), problem);
        QCOMPARE(check.message.isEmpty(), problem == int(FieldProblem::None));
        if (!check.ok() && problem != int(FieldProblem::Empty))
            QVERIFY2(check.message.contains(u"11") || check.message.contains(u"letter"), qPrintable(check.message));
    }

    // Each provider's sender field follows the same rule for a name, and keeps its own for numbers and SIDs.
    void everyProviderFollowsIt()
    {
        QVERIFY(twilio::checkSender(QStringLiteral("AcmeBank")).ok());
        QCOMPARE(twilio::checkSender(QStringLiteral("Acme&Co")).problem, FieldProblem::InvalidCharacters);
        QCOMPARE(twilio::checkSender(QStringLiteral("Acme Bank 12")).problem, FieldProblem::WrongLength);
        QVERIFY(twilio::checkSender(QStringLiteral("MGBank")).ok()); // a name, not a SID
        QCOMPARE(twilio::checkSender(QStringLiteral("MG0123")).problem, FieldProblem::WrongLength); // a short SID
        QVERIFY(twilio::checkSender(QStringLiteral("+15005550006")).ok());
        QVERIFY(vonage::checkSender(QStringLiteral("AcmeBank")).ok());
        QCOMPARE(vonage::checkSender(QStringLiteral("Acme&Co")).problem, FieldProblem::InvalidCharacters);

        custom::Config c;
        c.url = QStringLiteral("https://sms.example.com/send");
        c.payloadTemplate = QStringLiteral("{\"to\": {{mobile}}, \"from\": {{sender}}, \"text\": {{body}}}");
        c.sender = QStringLiteral("Acme&Co");
        BuildResult built = custom::buildSendRequest(c, {}, QStringLiteral("+447700900123"), QStringLiteral("x"));
        QVERIFY(!built.ok());
        QCOMPARE(built.errors.first().field, ConfigField::Sender);
        c.sender = QStringLiteral("AcmeBank");
        QVERIFY(custom::buildSendRequest(c, {}, QStringLiteral("+447700900123"), QStringLiteral("x")).ok());
        c.sender = QStringLiteral("12345"); // a short code: the gateway's business
        QVERIFY(custom::buildSendRequest(c, {}, QStringLiteral("+447700900123"), QStringLiteral("x")).ok());
    }

    void northAmericaRefusesNames()
    {
        const QString us = alphanumericSenderWarning(u"AcmeBank", u"+14155550100");
        QVERIFY2(us.contains(u"Canada") && us.contains(u"AcmeBank"), qPrintable(us));
        QVERIFY(!alphanumericSenderWarning(u"AcmeBank", u"+16135550100").isEmpty()); // Ottawa
        QVERIFY(alphanumericSenderWarning(u"AcmeBank", u"+447700900123").isEmpty());
        QVERIFY(alphanumericSenderWarning(u"+15005550006", u"+14155550100").isEmpty()); // a number
        // Through a setup: a Twilio Messaging Service picks a sender the country takes.
        TwilioSetup t;
        t.config.sender = QStringLiteral("MG") + QString(32, u'a');
        QVERIFY(senderWarning(t, QStringLiteral("+14155550100")).isEmpty());
        t.config.sender = QStringLiteral("AcmeBank");
        QVERIFY(!senderWarning(t, QStringLiteral("+14155550100")).isEmpty());
        VonageSetup v;
        v.config.sender = QStringLiteral("AcmeBank");
        QVERIFY(!senderWarning(v, QStringLiteral("+14155550100")).isEmpty());
        CustomSetup c;
        c.config.sender = QStringLiteral("AcmeBank");
        QVERIFY(!senderWarning(c, QStringLiteral("+14155550100")).isEmpty());
        QVERIFY(senderWarning(c, QStringLiteral("+447700900123")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSenderRules)
#include "TestSenderRules.moc"
