#include "template/SmsText.h"

#include <QTest>

using namespace smsotp::tmpl;

class TestSmsText : public QObject
{
    Q_OBJECT

    static SmsTextValues sampleValues()
    {
        SmsTextValues values;
        values.confirmationCode = QStringLiteral("042917");
        values.expiryMinutes = 5;
        values.applicationName = QStringLiteral("Payroll");
        values.organizationName = QStringLiteral("Acme");
        values.userName = QStringLiteral("alice");
        return values;
    }

private Q_SLOTS:
    void defaultTemplateIsWso2s()
    {
        QCOMPARE(SmsText::defaultTemplate(),
            QStringLiteral("Your verification code is {{confirmation-code}}. It expires in {{otp-expiry-time}} "
                           "minutes."));
        const SmsTextResult result = SmsText().render(sampleValues());
        QVERIFY(result.ok());
        QCOMPARE(result.text, QStringLiteral("Your verification code is 042917. It expires in 5 minutes."));
        QVERIFY(SmsText().check().isEmpty());
    }

    void everyPlaceholder()
    {
        const SmsText text(QStringLiteral("{{application-name}} ({{organization-name}}): hi {{user-name}}, "
                                          "code {{ confirmation-code }}, {{otp-expiry-time}} min"));
        const SmsTextResult result = text.render(sampleValues());
        QVERIFY(result.ok());
        QCOMPARE(result.text, QStringLiteral("Payroll (Acme): hi alice, code 042917, 5 min"));
    }

    void valuesAreNotExpandedAgain()
    {
        SmsTextValues values = sampleValues();
        values.userName = QStringLiteral("{{confirmation-code}}");
        const SmsTextResult result = SmsText(QStringLiteral("Hi {{user-name}}: {{confirmation-code}}")).render(values);
        QVERIFY(result.ok());
        QCOMPARE(result.text, QStringLiteral("Hi {{confirmation-code}}: 042917"));
    }

    void unknownPlaceholderIsReportedAndLeftAsWritten()
    {
        const QString tmpl = QStringLiteral("Code {{confirmation-code}}\nfor {{tenant-domain}}");
        const SmsTextResult result = SmsText(tmpl).render(sampleValues());
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.at(0).kind, SmsTextErrorKind::UnknownPlaceholder);
        QCOMPARE(result.errors.at(0).position.offset, tmpl.indexOf(u"{{tenant"));
        QCOMPARE(result.errors.at(0).position.line, 2);
        QCOMPARE(result.errors.at(0).position.column, 5);
        QVERIFY(result.errors.at(0).message.contains(u"tenant-domain"));
        QCOMPARE(result.text, QStringLiteral("Code 042917\nfor {{tenant-domain}}"));
    }

    void missingCodeIsAnError()
    {
        const SmsText text(QStringLiteral("Hello {{user-name}}"));
        const QList<SmsTextError> errors = text.check();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).kind, SmsTextErrorKind::MissingConfirmationCode);
        QVERIFY(!errors.at(0).message.isEmpty());
        // A differently spelt code placeholder does not count.
        const QList<SmsTextError> typo = SmsText(QStringLiteral("Code {{confirmation_code}}")).check();
        QCOMPARE(typo.size(), 2);
    }

    void unclosedPlaceholder()
    {
        const SmsTextResult result
            = SmsText(QStringLiteral("{{confirmation-code}} {{user-name")).render(sampleValues());
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.at(0).kind, SmsTextErrorKind::UnclosedPlaceholder);
        QCOMPARE(result.errors.at(0).position.offset, qsizetype(22));
        QCOMPARE(result.text, QStringLiteral("042917 {{user-name"));
    }

    void expiryMinutesRoundDownAsWso2()
    {
        QCOMPARE(SmsText::expiryMinutesFor(300), 5);
        QCOMPARE(SmsText::expiryMinutesFor(599), 9);
        QCOMPARE(SmsText::expiryMinutesFor(60), 1);
        QCOMPARE(SmsText::expiryMinutesFor(59), 0);
        QCOMPARE(SmsText::expiryMinutesFor(-5), 0);
    }
};

QTEST_GUILESS_MAIN(TestSmsText)
#include "TestSmsText.moc"
