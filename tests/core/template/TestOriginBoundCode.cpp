// The WICG "Origin-bound one-time codes delivered via SMS" format: the specification's own examples (section 3.1) as
// test vectors for the parser, and the lint's findings for each way an administrator may get the line wrong.

#include "template/OriginBoundCode.h"
#include "template/SmsTextCheck.h"

#include <QTest>

using namespace smsotp::tmpl;

Q_DECLARE_METATYPE(std::optional<OriginBoundCode>)

class TestOriginBoundCode : public QObject
{
    Q_OBJECT

    static QString messages(const QList<OriginBoundProblem>& problems)
    {
        QStringList all;
        for (const OriginBoundProblem& p : problems)
            all.append(QStringLiteral("%1:%2 %3").arg(p.position.line).arg(p.position.column).arg(p.message));
        return all.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void specificationExamples_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<std::optional<OriginBoundCode>>("expected");
        const QString text = QStringLiteral("747723 is your ExampleCo authentication code.\n\n");
        const OriginBoundCode plain { QStringLiteral("example.com"), QStringLiteral("747723"), {} };
        const OriginBoundCode embedded { QStringLiteral("example.com"), QStringLiteral("747723"),
            QStringLiteral("ecommerce.example") };
        // Section 3.1, valid.
        QTest::newRow("top-level host only") << text + QStringLiteral("@example.com #747723") << std::optional(plain);
        QTest::newRow("embedded host") << text + QStringLiteral("@example.com #747723 @ecommerce.example")
                                       << std::optional(embedded);
        QTest::newRow("trailing text ignored")
            << QStringLiteral("@example.com #747723 @ecommerce.example $future") << std::optional(embedded);
        // Section 3.1, invalid.
        QTest::newRow("does not start with the host")
            << QStringLiteral("something @example.com #747723") << std::optional<OriginBoundCode>();
        QTest::newRow("fields in the wrong order")
            << QStringLiteral("#747723 @ecommerce.example @example.com") << std::optional<OriginBoundCode>();
        QTest::newRow("characters between the values")
            << QStringLiteral("@example.com code #747723") << std::optional<OriginBoundCode>();
        // "Exactly one U+0020 (SPACE) separates the values in the last line of the message."
        QTest::newRow("two spaces") << QStringLiteral("@example.com  #747723") << std::optional<OriginBoundCode>();
        QTest::newRow("a tab") << QStringLiteral("@example.com\t#747723") << std::optional<OriginBoundCode>();
        // The last line after strictly splitting on LF: a trailing newline leaves an empty last line.
        QTest::newRow("trailing newline")
            << QStringLiteral("@example.com #747723\n") << std::optional<OriginBoundCode>();
        QTest::newRow("not the last line")
            << QStringLiteral("@example.com #747723\nThanks") << std::optional<OriginBoundCode>();
        QTest::newRow("a lone CR ends a line too")
            << QStringLiteral("@example.com #747723\rThanks") << std::optional<OriginBoundCode>();
        QTest::newRow("CR LF newlines are normalized")
            << QStringLiteral("Your code\r\n@example.com #747723") << std::optional(plain);
        QTest::newRow("empty host") << QStringLiteral("@ #747723") << std::optional<OriginBoundCode>();
        QTest::newRow("empty code") << QStringLiteral("@example.com # 747723") << std::optional<OriginBoundCode>();
        QTest::newRow("bad embedded host is no embedded host")
            << QStringLiteral("@example.com #747723 ecommerce.example") << std::optional(plain);
    }

    void specificationExamples()
    {
        QFETCH(QString, message);
        QFETCH(std::optional<OriginBoundCode>, expected);
        QCOMPARE(parseOriginBoundMessage(message), expected);
    }

    void lintNamesWhatIsWrong_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // "LINE:COLUMN fragment"; empty: no finding
        const QString code = QStringLiteral("{{confirmation-code}}");
        QTest::newRow("right") << QStringLiteral("Your code is %1.\n\n@example.com #%1").arg(code) << QString();
        QTest::newRow("not on the last line")
            << QStringLiteral("@example.com #%1\nThanks").arg(code) << QStringLiteral("1:1 must be the last line");
        QTest::newRow("trailing newline")
            << QStringLiteral("Code\n@example.com #%1\n").arg(code) << QStringLiteral("2:36 A newline ends the text");
        QTest::newRow("trailing CR") << QStringLiteral("Code\n@example.com #%1\r").arg(code)
                                     << QStringLiteral("2:36 A newline ends the text");
        QTest::newRow("text after a lone CR") << QStringLiteral("Code\n@example.com #%1\rThanks").arg(code)
                                              << QStringLiteral("2:1 must be the last line");
        QTest::newRow("two spaces") << QStringLiteral("@example.com  #%1").arg(code)
                                    << QStringLiteral("1:13 2 spaces separate the fields");
        QTest::newRow("a tab") << QStringLiteral("@example.com\t#%1").arg(code) << QStringLiteral("1:13 A tab");
        QTest::newRow("wrong order") << QStringLiteral("#%1 @example.com").arg(code)
                                     << QStringLiteral("1:1 wrong order");
        QTest::newRow("words between") << QStringLiteral("@example.com code #%1").arg(code)
                                       << QStringLiteral("1:14 Words stand between");
        QTest::newRow("words before") << QStringLiteral("something @example.com #%1").arg(code)
                                      << QStringLiteral("1:1 Nothing may come before");
        QTest::newRow("leading space") << QStringLiteral(" @example.com #%1").arg(code)
                                       << QStringLiteral("1:2 starts with a space");
        QTest::newRow("a literal code") << QStringLiteral("@example.com #123456")
                                        << QStringLiteral("1:15 must be {{confirmation-code}}");
        QTest::newRow("not a host name") << QStringLiteral("@exa_mple.com #%1").arg(code)
                                         << QStringLiteral("1:2 is not a host name");
        QTest::newRow("another domain") << QStringLiteral("@other.example #%1").arg(code)
                                        << QStringLiteral("1:2 the WebOTP domain is example.com");
    }

    void lintNamesWhatIsWrong()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QString found = messages(lintOriginBoundLine(text, QStringLiteral("example.com")));
        if (expected.isEmpty()) {
            QCOMPARE(found, QString());
            return;
        }
        const QString where = expected.section(QLatin1Char(' '), 0, 0);
        const QString fragment = expected.section(QLatin1Char(' '), 1);
        QVERIFY2(found.startsWith(where + QLatin1Char(' ')) && found.contains(fragment), qPrintable(found));
    }

    void aLineTheLintPassesParses()
    {
        // What the lint calls right is what the specification's parser reads, with the code sent.
        const QString text
            = QStringLiteral("Your code is {{confirmation-code}}.\n\n@example.com #{{confirmation-code}}");
        QVERIFY(lintOriginBoundLine(text, QStringLiteral("example.com")).isEmpty());
        SmsTextValues values;
        values.confirmationCode = QStringLiteral("A1B2C3");
        const auto parsed = parseOriginBoundMessage(SmsText(text).render(values).text);
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->topLevelHost, QStringLiteral("example.com"));
        QCOMPARE(parsed->code, QStringLiteral("A1B2C3"));
    }

    void theDomainSettingAddsTheLine()
    {
        const QString text = QStringLiteral("Your code is {{confirmation-code}}.");
        QCOMPARE(messageTemplate(text, {}), text);
        const QString withLine = messageTemplate(text, QStringLiteral("login.example.com"));
        QCOMPARE(withLine, text + QStringLiteral("\n\n@login.example.com #{{confirmation-code}}"));
        SmsTextValues values;
        values.confirmationCode = QStringLiteral("482913");
        const auto parsed = parseOriginBoundMessage(SmsText(withLine).render(values).text);
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->topLevelHost, QStringLiteral("login.example.com"));
        QCOMPARE(parsed->code, QStringLiteral("482913"));
        // A text with a line of its own keeps it (the check examines it); nothing is added twice.
        const QString own = QStringLiteral("Code {{confirmation-code}}\n@login.example.com #{{confirmation-code}}");
        QCOMPARE(messageTemplate(own, QStringLiteral("login.example.com")), own);
    }

    void domainSetting_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<bool>("ok");
        QTest::newRow("domain") << QStringLiteral("example.com") << true;
        QTest::newRow("subdomain") << QStringLiteral("login.example.co.uk") << true;
        QTest::newRow("hyphen") << QStringLiteral("my-site.example") << true;
        QTest::newRow("scheme") << QStringLiteral("https://example.com") << false;
        QTest::newRow("path") << QStringLiteral("example.com/login") << false;
        QTest::newRow("port") << QStringLiteral("example.com:443") << false;
        QTest::newRow("single label") << QStringLiteral("localhost") << false;
        QTest::newRow("IPv4") << QStringLiteral("192.0.2.1") << false;
        QTest::newRow("space") << QStringLiteral("exa mple.com") << false;
        QTest::newRow("leading hyphen") << QStringLiteral("-example.com") << false;
        QTest::newRow("empty label") << QStringLiteral("example..com") << false;
        QTest::newRow("label over 63") << QString(64, QLatin1Char('a')) + QStringLiteral(".com") << false;
        QTest::newRow("underscore") << QStringLiteral("ex_ample.com") << false;
    }

    void domainSetting()
    {
        QFETCH(QString, domain);
        QFETCH(bool, ok);
        QCOMPARE(checkWebOtpDomain(domain).isEmpty(), ok);
    }
};

QTEST_GUILESS_MAIN(TestOriginBoundCode)
#include "TestOriginBoundCode.moc"
