// The SMS text check behind the Template Preview page and "smsotp sms-text check": counts as sent, the template's
// errors with their place, translations against the default, SMS Retriever and SMS User Consent, and locale names.

#include "template/SmsLocale.h"
#include "template/SmsTextCheck.h"

#include <QTest>

using namespace smsotp;
using namespace smsotp::tmpl;

class TestSmsTextCheck : public QObject
{
    Q_OBJECT

    static QStringList lines(const SmsTextReport& report)
    {
        QStringList all;
        for (const SmsTextFinding& f : report.findings)
            all.append(f.line());
        return all;
    }

private Q_SLOTS:
    void defaultTextCountsAsTheIssueSays()
    {
        const SmsTextReport report = checkSmsText(SmsText::defaultTemplate(), {});
        QCOMPARE(QStringLiteral("%1 %2 %3")
                     .arg(encodingName(report.segments.encoding))
                     .arg(report.segments.parts)
                     .arg(report.segments.units),
            QStringLiteral("GSM-7 1 58"));
        QVERIFY(report.findings.isEmpty());
        QCOMPARE(report.rendered, QStringLiteral("Your verification code is 888888. It expires in 5 minutes."));
    }

    void templateErrorsHaveTheirPlace()
    {
        const SmsTextReport report = checkSmsText(QStringLiteral("Hi {{user-name}}\nCode {{confirmation-cod}}"), {});
        QVERIFY(report.hasErrors());
        QCOMPARE(lines(report).size(), 2);
        QVERIFY2(lines(report).at(0).startsWith(QStringLiteral("1:1: error: The message has no {{confirmation-code}}")),
            qPrintable(lines(report).join(u'\n')));
        QVERIFY(lines(report).at(1).startsWith(QStringLiteral("2:6: error: {{confirmation-cod}} is not filled in")));
    }

    void overTheLimitIsAnError()
    {
        const SmsTextReport report = checkSmsText(QString(2000, QLatin1Char('a')), {});
        QVERIFY(report.hasErrors());
        QVERIFY(report.findings.first().message.contains(QStringLiteral("the most the console takes is 1600")));
    }

    void aTranslationThatCostsMoreOrDropsAPlaceholder()
    {
        SmsTextContext context;
        context.defaultText = SmsText::defaultTemplate();
        // German with a character outside GSM-7 (the typographic quote) and without the expiry.
        const SmsTextReport report
            = checkSmsText(QStringLiteral("Ihr Bestätigungscode lautet {{confirmation-code}}. Bitte geben Sie ihn "
                                          "„jetzt“ auf der Anmeldeseite ein."),
                context);
        QVERIFY(!report.hasErrors());
        QCOMPARE(report.segments.encoding, SmsEncoding::Ucs2);
        const QString all = lines(report).join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("warning: The default text uses {{otp-expiry-time}} and this translation "
                                             "does not.")),
            qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("warning: This translation costs 2 SMS parts per code, more than the "
                                             "default text's 1.")),
            qPrintable(all));
        // The same text as the default's locale is not compared with itself.
        QVERIFY(checkSmsText(SmsText::defaultTemplate(), context).findings.isEmpty());
    }

    void smsRetrieverNeedsTheHashInOnePart()
    {
        SmsTextContext context;
        context.androidAppHash = QStringLiteral("vPh/UOObprq");
        const SmsTextReport missing = checkSmsText(SmsText::defaultTemplate(), context);
        QVERIFY(missing.hasErrors());
        QVERIFY(lines(missing).join(u'\n').contains(QStringLiteral("does not hold the Android app hash vPh/UOObprq")));

        const SmsTextReport right
            = checkSmsText(QStringLiteral("Your code is {{confirmation-code}}\n\nvPh/UOObprq"), context);
        QVERIFY2(right.findings.isEmpty(), qPrintable(lines(right).join(u'\n')));

        // 160 septets are exactly 140 bytes; 161 take 141, one byte too many. The text: a 6-digit code, a space, the
        // hash and a space (19 septets), then the filler.
        const QString longText = QStringLiteral("{{confirmation-code}} vPh/UOObprq ") + QString(122, QLatin1Char('x'));
        const SmsTextReport shorter = checkSmsText(longText, context);
        QCOMPARE(shorter.segments.units, 19 + 122);
        QCOMPARE(smsPayloadBytes(shorter.segments), 124); // 141 septets of 7 bits, rounded up to whole bytes
        QVERIFY(!shorter.hasErrors());
        const SmsTextReport atLimit = checkSmsText(longText + QString(19, QLatin1Char('x')), context);
        QCOMPARE(atLimit.segments.units, 160);
        QVERIFY(!atLimit.hasErrors());
        const SmsTextReport over = checkSmsText(longText + QString(20, QLatin1Char('x')), context);
        QVERIFY(lines(over).join(u'\n').contains(QStringLiteral("takes 141 bytes")));
    }

    void userConsentRuleAgainstTheOtpSettings()
    {
        SmsTextContext context;
        QVERIFY(checkSmsText(SmsText::defaultTemplate(), context).findings.isEmpty()); // six digits: fine
        context.policy.length = 12;
        QVERIFY(lines(checkSmsText(SmsText::defaultTemplate(), context))
                    .join(u'\n')
                    .contains(QStringLiteral("codes of 4 to 10 characters; the OTP settings make codes of 12")));
        context.policy.length = 6;
        context.policy.numericOnly = false;
        // 26 letters of 36 symbols: (26/36)^6 = 14% of the codes have no digit.
        const QString all = lines(checkSmsText(SmsText::defaultTemplate(), context)).join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("warning: Android's SMS User Consent offers a code only when it has a "
                                             "digit; 14% of the alphanumeric codes")),
            qPrintable(all));
        QVERIFY(!checkSmsText(SmsText::defaultTemplate(), context).hasErrors());
    }

    void webOtpDomainIsCountedAndChecked()
    {
        SmsTextContext context;
        context.webOtpDomain = QStringLiteral("login.example.com");
        const SmsTextReport report = checkSmsText(SmsText::defaultTemplate(), context);
        QVERIFY(report.findings.isEmpty());
        QVERIFY(report.rendered.endsWith(QStringLiteral("minutes.\n\n@login.example.com #888888")));
        QCOMPARE(report.segments.units, 58 + 2 + 26);
        const SmsTextReport wrong
            = checkSmsText(QStringLiteral("{{confirmation-code}}\n@example.org #{{confirmation-code}}"), context);
        QVERIFY(wrong.hasErrors());
        QVERIFY(lines(wrong).join(u'\n').contains(QStringLiteral("2:2: error: The line names example.org")));
    }

    void localeNames_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("name"); // empty: refused
        QTest::newRow("WSO2's form") << QStringLiteral("en_US") << QStringLiteral("en_US");
        QTest::newRow("BCP 47 dash") << QStringLiteral("pt-BR") << QStringLiteral("pt_BR");
        QTest::newRow("case") << QStringLiteral("DE_de") << QStringLiteral("de_DE");
        QTest::newRow("fr_FR") << QStringLiteral("fr_FR") << QStringLiteral("fr_FR");
        QTest::newRow("unknown language") << QStringLiteral("xx_YY") << QString();
        QTest::newRow("country the language is not written in") << QStringLiteral("de_XX") << QString();
        QTest::newRow("language alone") << QStringLiteral("de") << QString();
        QTest::newRow("words") << QStringLiteral("German") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void localeNames()
    {
        QFETCH(QString, input);
        QFETCH(QString, name);
        const SmsLocaleName parsed = parseSmsLocale(input);
        QCOMPARE(parsed.ok(), !name.isEmpty());
        if (parsed.ok())
            QCOMPARE(parsed.name, name);
        else
            QVERIFY(parsed.error.contains(QStringLiteral("is not a locale the console knows")));
    }
};

QTEST_GUILESS_MAIN(TestSmsTextCheck)
#include "TestSmsTextCheck.moc"
