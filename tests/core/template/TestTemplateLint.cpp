#include "template/TemplateLint.h"

#include <QTest>

using namespace smsotp::tmpl;
using namespace Qt::StringLiterals;

namespace {

QList<LintFinding> ofKind(const QList<LintFinding>& findings, LintKind kind)
{
    QList<LintFinding> matching;
    for (const LintFinding& finding : findings) {
        if (finding.kind == kind)
            matching.append(finding);
    }
    return matching;
}

bool has(const QList<LintFinding>& findings, LintKind kind)
{
    return !ofKind(findings, kind).isEmpty();
}

QList<LintFinding> lintJson(const QString& text, const LintOptions& options = {})
{
    return lintTemplate(text, PayloadFormat::Json, options);
}

QList<LintFinding> lintForm(const QString& text, const LintOptions& options = {})
{
    return lintTemplate(text, PayloadFormat::Form, options);
}

// Every fix of that kind applied at once: the template that comes out has no finding of that kind left.
QString applyFixesOf(const QString& text, const QList<LintFinding>& findings, LintKind kind)
{
    return applyFixes(text, ofKind(findings, kind));
}

QByteArray describe(const QList<LintFinding>& findings)
{
    QString text;
    for (const LintFinding& finding : findings)
        text += QString::number(static_cast<int>(finding.kind)) + u": " + finding.message + u'\n';
    return text.toUtf8();
}

} // namespace

class TestTemplateLint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The template of WSO2's own documentation, as in TestPayloadTemplate: typographic quotes around {{body}}
    // and an extra closing brace.
    void wso2DocumentationExample()
    {
        const QString tmpl = QStringLiteral("{\n  \"content\": \u201C{{body}}\u201D,\n  \"to\": {{mobile}}\n}}");
        LintOptions options;
        options.sampleBody = QStringLiteral("Your verification code is 123456.");
        const QList<LintFinding> findings = lintJson(tmpl, options);

        const QList<LintFinding> quotes = ofKind(findings, LintKind::TypographicQuote);
        QCOMPARE(quotes.size(), 2);
        QCOMPARE(quotes.at(0).start.line, 2);
        QCOMPARE(quotes.at(0).start.column, 14);
        QCOMPARE(quotes.at(0).start.offset, tmpl.indexOf(QChar(0x201C)));
        QCOMPARE(quotes.at(0).length, qsizetype(1));
        QCOMPARE(quotes.at(1).start.line, 2);
        QCOMPARE(quotes.at(1).start.column, 23);
        QCOMPARE(quotes.at(1).start.offset, tmpl.indexOf(QChar(0x201D)));
        for (const LintFinding& quote : quotes) {
            QCOMPARE(quote.severity, LintSeverity::Error);
            QVERIFY(quote.fix);
            // Next to a placeholder the quote goes altogether: a straight one would be doubled by WSO2.
            QCOMPARE(quote.fix->edits, QList<TextEdit>({ TextEdit { quote.start.offset, 1, QString() } }));
        }

        const QList<LintFinding> braces = ofKind(findings, LintKind::UnbalancedBracket);
        QCOMPARE(braces.size(), 1);
        QCOMPARE(braces.at(0).start.line, 4);
        QCOMPARE(braces.at(0).start.column, 2);
        QCOMPARE(braces.at(0).start.offset, tmpl.size() - 1);
        QVERIFY(braces.at(0).fix);
        QCOMPARE(braces.at(0).fix->edits, QList<TextEdit>({ TextEdit { tmpl.size() - 1, 1, QString() } }));

        const QList<LintFinding> syntax = ofKind(findings, LintKind::JsonSyntax);
        QCOMPARE(syntax.size(), 1);
        QCOMPARE(syntax.at(0).start.line, 2);
        QVERIFY(syntax.at(0).start.column >= 14 && syntax.at(0).start.column <= 15);

        // Nothing else: both placeholders are there and WSO2 would replace them.
        QCOMPARE(findings.size(), 4);
        for (qsizetype i = 1; i < findings.size(); ++i)
            QVERIFY(findings.at(i - 1).start.offset <= findings.at(i).start.offset);

        const QString fixed = applyFixes(tmpl, findings);
        QCOMPARE(fixed, QStringLiteral("{\n  \"content\": {{body}},\n  \"to\": {{mobile}}\n}"));
        const QList<LintFinding> after = lintJson(fixed, options);
        QVERIFY2(after.isEmpty(), describe(after).constData());
    }

    void jsonSyntax()
    {
        const QString missingComma = QStringLiteral("{\"to\": {{mobile}} \"text\": {{body}}}");
        const QList<LintFinding> findings = lintJson(missingComma);
        const QList<LintFinding> syntax = ofKind(findings, LintKind::JsonSyntax);
        QCOMPARE(syntax.size(), 1);
        // Qt's parser stops at the quote or just after it.
        const qsizetype expected = missingComma.indexOf(u"\"text\"");
        QVERIFY2(syntax.at(0).start.offset >= expected && syntax.at(0).start.offset <= expected + 1,
            qPrintable(syntax.at(0).message));
        QCOMPARE(syntax.at(0).severity, LintSeverity::Error);
        QVERIFY(!syntax.at(0).fix);

        QVERIFY(lintJson(QStringLiteral("{\"to\": {{mobile}}, \"text\": {{body}}}")).isEmpty());
    }

    void typographicQuotesAwayFromPlaceholdersBecomeStraight()
    {
        const QString tmpl = QStringLiteral("{\u201Cto\u201D: {{mobile}}, \u2018text\u2019: {{body}}}");
        const QList<LintFinding> findings = lintJson(tmpl);
        const QList<LintFinding> quotes = ofKind(findings, LintKind::TypographicQuote);
        QCOMPARE(quotes.size(), 4);
        for (const LintFinding& quote : quotes) {
            QVERIFY(quote.fix);
            QCOMPARE(quote.fix->edits.size(), 1);
            QCOMPARE(quote.fix->edits.at(0).replacement, u"\""_s);
        }
        const QString fixed = applyFixesOf(tmpl, findings, LintKind::TypographicQuote);
        QCOMPARE(fixed, QStringLiteral("{\"to\": {{mobile}}, \"text\": {{body}}}"));
        QVERIFY2(lintJson(fixed).isEmpty(), describe(lintJson(fixed)).constData());

        // Inside a JSON string they are text, and fine.
        const QList<LintFinding> inString
            = lintJson(QStringLiteral("{\"text\": {{body}}, \"note\": \"\u201Chi\u201D\", \"to\": {{mobile}}}"));
        QVERIFY2(inString.isEmpty(), describe(inString).constData());
    }

    void extraAndUnclosedBrackets()
    {
        const QString extra = QStringLiteral("{\"to\": {{mobile}}, \"list\": [1, 2]], \"text\": {{body}}}");
        const QList<LintFinding> extraFindings = lintJson(extra);
        const QList<LintFinding> stray = ofKind(extraFindings, LintKind::UnbalancedBracket);
        // The stray "]" closes the object early, so the last "}" closes nothing; removing the "]" mends both,
        // and is the only fix offered.
        QCOMPARE(stray.size(), 2);
        QCOMPARE(stray.at(0).start.offset, extra.indexOf(u"]]") + 1);
        QVERIFY(stray.at(0).fix);
        QCOMPARE(stray.at(1).start.offset, extra.size() - 1);
        QVERIFY(!stray.at(1).fix);
        const QString extraFixed = applyFix(extra, *stray.at(0).fix);
        QVERIFY2(lintJson(extraFixed).isEmpty(), describe(lintJson(extraFixed)).constData());

        const QString unclosed = QStringLiteral("{\n  \"to\": {{mobile}},\n  \"text\": {{body}}\n");
        const QList<LintFinding> unclosedFindings = lintJson(unclosed);
        const QList<LintFinding> open = ofKind(unclosedFindings, LintKind::UnbalancedBracket);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).start.offset, qsizetype(0));
        QCOMPARE(open.at(0).start.line, 1);
        QVERIFY(open.at(0).message.contains(u"never closed"));
        QVERIFY(open.at(0).fix);
        const QString unclosedFixed = applyFix(unclosed, *open.at(0).fix);
        QCOMPARE(unclosedFixed, QStringLiteral("{\n  \"to\": {{mobile}},\n  \"text\": {{body}}\n}\n"));
        QVERIFY2(lintJson(unclosedFixed).isEmpty(), describe(lintJson(unclosedFixed)).constData());

        // Crossed brackets: no single removal balances them, so no fix is offered.
        const QList<LintFinding> crossed
            = ofKind(lintJson(QStringLiteral("{\"a\": [1}, \"to\": {{mobile}}, \"text\": {{body}}]}")),
                LintKind::UnbalancedBracket);
        QVERIFY(!crossed.isEmpty());
        for (const LintFinding& finding : crossed)
            QVERIFY2(!finding.fix, qPrintable(finding.message));

        // Braces inside strings and placeholders do not count.
        QVERIFY(!has(lintJson(QStringLiteral("{\"a\": \"}}{[\", \"to\": {{mobile}}, \"text\": {{body}}}")),
            LintKind::UnbalancedBracket));
    }

    void controlCharacterInAString()
    {
        const QString tmpl = QStringLiteral("{\"text\": \"Code:\t{{body}}\", \"to\": {{mobile}}}");
        const QList<LintFinding> findings = lintJson(tmpl, {});
        const QList<LintFinding> control = ofKind(findings, LintKind::ControlCharacterInString);
        QCOMPARE(control.size(), 1);
        QCOMPARE(control.at(0).start.offset, tmpl.indexOf(u'\t'));
        QVERIFY(control.at(0).fix);
        const QString fixed = applyFix(tmpl, *control.at(0).fix);
        QCOMPARE(fixed, QStringLiteral("{\"text\": \"Code:\\t{{body}}\", \"to\": {{mobile}}}"));
        QVERIFY(!has(lintJson(fixed), LintKind::ControlCharacterInString));
        // Between tokens a tab is only white space.
        QVERIFY(!has(lintJson(QStringLiteral("{\t\"text\": {{body}}, \"to\": {{mobile}}}")),
            LintKind::ControlCharacterInString));
    }

    void unclosedPlaceholder()
    {
        const QString tmpl = QStringLiteral("to={{mobile&text={{body}}");
        const QList<LintFinding> findings = lintForm(tmpl);
        const QList<LintFinding> unclosed = ofKind(findings, LintKind::UnclosedPlaceholder);
        QCOMPARE(unclosed.size(), 1);
        QCOMPARE(unclosed.at(0).start.offset, qsizetype(3));
        QCOMPARE(unclosed.at(0).length, qsizetype(2));
        QVERIFY(!has(lintForm(QStringLiteral("to={{mobile}}&text={{body}}")), LintKind::UnclosedPlaceholder));
    }

    void unknownPlaceholders()
    {
        const QString tmpl = QStringLiteral("{\"to\": {{Mobile}}, \"text\": {{body}}, \"x\": {{sms}}}");
        const QList<LintFinding> findings = lintJson(tmpl);
        const QList<LintFinding> unknown = ofKind(findings, LintKind::UnknownPlaceholder);
        QCOMPARE(unknown.size(), 2);
        QCOMPARE(unknown.at(0).start.offset, tmpl.indexOf(u"{{Mobile}}"));
        QCOMPARE(unknown.at(0).length, qsizetype(10));
        QVERIFY(unknown.at(0).fix); // only the case is wrong
        QVERIFY(!unknown.at(1).fix); // nothing obvious to write instead
        QCOMPARE(unknown.at(1).start.offset, tmpl.indexOf(u"{{sms}}"));
        // {{Mobile}} is not {{mobile}}, so the number is missing too, until the fix.
        QVERIFY(has(findings, LintKind::MissingMobile));
        const QString fixed = applyFix(tmpl, *unknown.at(0).fix);
        QVERIFY(fixed.contains(u"{{mobile}}"));
        const QList<LintFinding> after = lintJson(fixed);
        QCOMPARE(ofKind(after, LintKind::UnknownPlaceholder).size(), 1);
        QVERIFY(!has(after, LintKind::MissingMobile));

        QVERIFY(
            !has(lintJson(QStringLiteral("{\"to\": {{mobile}}, \"text\": {{body}}}")), LintKind::UnknownPlaceholder));
    }

    void missingSecretOnlyWhenTheNamesAreKnown()
    {
        const QString tmpl = QStringLiteral("{\"key\": {{secret:apiKey}}, \"to\": {{mobile}}, \"text\": {{body}}}");
        LintOptions options;
        options.wso2 = false;
        QVERIFY(!has(lintJson(tmpl, options), LintKind::MissingSecret));
        options.secretNames = QStringList { QStringLiteral("other") };
        const QList<LintFinding> missing = ofKind(lintJson(tmpl, options), LintKind::MissingSecret);
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.at(0).start.offset, tmpl.indexOf(u"{{secret"));
        QCOMPARE(missing.at(0).length, QStringLiteral("{{secret:apiKey}}").size());
        options.secretNames = QStringList { QStringLiteral("apiKey") };
        QVERIFY(lintJson(tmpl, options).isEmpty());
    }

    void missingMobileAndBody()
    {
        const QList<LintFinding> neither = lintJson(QStringLiteral("{\"a\": 1}"));
        QVERIFY(has(neither, LintKind::MissingMobile));
        QVERIFY(has(neither, LintKind::MissingBody));
        QCOMPARE(ofKind(neither, LintKind::MissingBody).at(0).severity, LintSeverity::Error);

        const QList<LintFinding> noBody = lintForm(QStringLiteral("to={{mobile}}&text=hello"));
        QVERIFY(!has(noBody, LintKind::MissingMobile));
        QVERIFY(has(noBody, LintKind::MissingBody));

        const QList<LintFinding> noMobile = lintForm(QStringLiteral("to=%2B447400123456&text={{body}}"));
        QVERIFY(has(noMobile, LintKind::MissingMobile));
        QVERIFY(!has(noMobile, LintKind::MissingBody));

        // In the URL of a GET, or as {{mobile.digits}}, the number and the text are sent as well.
        LintOptions inUrl;
        inUrl.placeholdersElsewhere = { PlaceholderKind::MobileDigits, PlaceholderKind::Body };
        const QList<LintFinding> none = lintTemplate(QString(), PayloadFormat::None, inUrl);
        QVERIFY(!has(none, LintKind::MissingMobile));
        QVERIFY(!has(none, LintKind::MissingBody));
        QVERIFY(has(none, LintKind::Wso2UnsupportedFormat));
        QVERIFY(has(lintTemplate(QStringLiteral("x"), PayloadFormat::None, inUrl), LintKind::BodyNotAllowed));

        // The spaced spelling is still the placeholder for the console; WSO2's reading is another finding.
        const QList<LintFinding> spaced = lintJson(QStringLiteral("{\"to\": {{ mobile }}, \"text\": {{ body }}}"));
        QVERIFY(!has(spaced, LintKind::MissingMobile));
        QVERIFY(!has(spaced, LintKind::MissingBody));
    }

    void wso2SpacedPlaceholder()
    {
        const QString tmpl = QStringLiteral("{\"to\": {{ mobile }}, \"text\": {{body\t}}}");
        const QList<LintFinding> findings = lintJson(tmpl);
        const QList<LintFinding> spaced = ofKind(findings, LintKind::Wso2SpacedPlaceholder);
        QCOMPARE(spaced.size(), 2);
        QCOMPARE(spaced.at(0).severity, LintSeverity::Warning);
        QCOMPARE(spaced.at(0).start.offset, tmpl.indexOf(u"{{ mobile"));
        QCOMPARE(spaced.at(0).length, QStringLiteral("{{ mobile }}").size());
        QCOMPARE(spaced.at(1).start.column, tmpl.indexOf(u"{{body") + 1);
        const QString fixed = applyFixesOf(tmpl, findings, LintKind::Wso2SpacedPlaceholder);
        QCOMPARE(fixed, QStringLiteral("{\"to\": {{mobile}}, \"text\": {{body}}}"));
        QVERIFY(lintJson(fixed).isEmpty());

        LintOptions consoleOnly;
        consoleOnly.wso2 = false;
        QVERIFY(lintJson(tmpl, consoleOnly).isEmpty());
        QVERIFY(!has(lintForm(QStringLiteral("to={{mobile}}&text={{body}}")), LintKind::Wso2SpacedPlaceholder));
        QVERIFY(has(lintForm(QStringLiteral("to={{ mobile}}&text={{body}}")), LintKind::Wso2SpacedPlaceholder));
    }

    void wso2QuotedPlaceholder()
    {
        const QString tmpl = QStringLiteral("{\"to\": \"{{mobile}}\", \"text\": \"Code: {{body}}\"}");
        const QList<LintFinding> findings = lintJson(tmpl);
        const QList<LintFinding> quoted = ofKind(findings, LintKind::Wso2QuotedPlaceholder);
        QCOMPARE(quoted.size(), 2);
        QCOMPARE(quoted.at(0).start.offset, tmpl.indexOf(u"{{mobile}}"));
        QVERIFY(quoted.at(0).message.contains(u"\"\""));
        QVERIFY(quoted.at(0).fix); // the string is only the placeholder
        QCOMPARE(quoted.at(0).fix->edits.size(), 2);
        QVERIFY(!quoted.at(1).fix); // "Code: {{body}}" cannot simply lose its quotes
        const QString fixed = applyFix(tmpl, *quoted.at(0).fix);
        QCOMPARE(fixed, QStringLiteral("{\"to\": {{mobile}}, \"text\": \"Code: {{body}}\"}"));
        QCOMPARE(ofKind(lintJson(fixed), LintKind::Wso2QuotedPlaceholder).size(), 1);

        // An escaped quote before the placeholder is text, not the string's opening quote.
        const QList<LintFinding> escaped
            = ofKind(lintJson(QStringLiteral("{\"to\": {{mobile}}, \"text\": \"say \\\"{{body}}\\\"\"}")),
                LintKind::Wso2QuotedPlaceholder);
        QCOMPARE(escaped.size(), 1);
        QVERIFY(!escaped.at(0).fix);

        QVERIFY(!has(
            lintJson(QStringLiteral("{\"to\": {{mobile}}, \"text\": {{body}}}")), LintKind::Wso2QuotedPlaceholder));
        // FORM values are URL-encoded by WSO2 and have no quotes.
        QVERIFY(!has(lintForm(QStringLiteral("to=\"{{mobile}}\"&text={{body}}")), LintKind::Wso2QuotedPlaceholder));
    }

    void wso2UnescapedValue_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("breaks");
        QTest::addColumn<QString>("what");
        QTest::newRow("quote") << u"Say \"hi\": 123456"_s << true << u"double quote"_s;
        QTest::newRow("backslash") << u"C:\\ 123456"_s << true << u"backslash"_s;
        QTest::newRow("newline") << u"Code:\n123456"_s << true << u"line break"_s;
        QTest::newRow("tab") << u"Code:\t123456"_s << true << u"tab"_s;
        QTest::newRow("plain") << u"Your code is 123456. It expires in 5 minutes."_s << false << QString();
        QTest::newRow("non-ASCII") << u"Ваш код 123456 \u2028 😀"_s << false << QString();
        QTest::newRow("empty") << QString() << false << QString();
    }

    void wso2UnescapedValue()
    {
        QFETCH(QString, body);
        QFETCH(bool, breaks);
        QFETCH(QString, what);
        const QString tmpl = QStringLiteral("{\"to\": {{mobile}}, \"text\": {{body}}}");
        LintOptions options;
        options.sampleBody = body;
        const QList<LintFinding> unescaped = ofKind(lintJson(tmpl, options), LintKind::Wso2UnescapedValue);
        QCOMPARE(unescaped.size(), breaks ? 1 : 0);
        if (breaks) {
            QCOMPARE(unescaped.at(0).start.offset, tmpl.indexOf(u"{{body}}"));
            QVERIFY2(unescaped.at(0).message.contains(what), qPrintable(unescaped.at(0).message));
            QVERIFY(!unescaped.at(0).fix);
        }
        // WSO2 encodes FORM values, so any text is fine there.
        QVERIFY(!has(lintForm(QStringLiteral("to={{mobile}}&text={{body}}"), options), LintKind::Wso2UnescapedValue));
    }

    void wso2ConsoleOnlyPlaceholdersAndFormats()
    {
        const QList<LintFinding> findings
            = lintJson(QStringLiteral("{\"to\": {{mobile.digits}}, \"from\": {{sender}}, \"id\": {{uuid}}, "
                                      "\"text\": {{body}}}"));
        QCOMPARE(ofKind(findings, LintKind::Wso2ConsoleOnlyPlaceholder).size(), 3);
        QVERIFY(!has(findings, LintKind::MissingMobile));
        QCOMPARE(ofKind(findings, LintKind::Wso2ConsoleOnlyPlaceholder).at(0).severity, LintSeverity::Warning);
        const QList<LintFinding> xml
            = lintTemplate(QStringLiteral("<m><to>{{mobile}}</to><t>{{body}}</x></m>"), PayloadFormat::Xml);
        QVERIFY(has(xml, LintKind::Wso2UnsupportedFormat));
        QVERIFY(has(xml, LintKind::XmlSyntax));
        LintOptions console;
        console.wso2 = false;
        QVERIFY(!has(lintTemplate(QStringLiteral("{{mobile}} {{body}}"), PayloadFormat::Text, console),
            LintKind::Wso2UnsupportedFormat));
    }

    void wso2SecretPlaceholder()
    {
        const QString tmpl = QStringLiteral("api_key={{secret:key}}&to={{mobile}}&text={{body}}");
        const QList<LintFinding> secret = ofKind(lintForm(tmpl), LintKind::Wso2SecretPlaceholder);
        QCOMPARE(secret.size(), 1);
        QCOMPARE(secret.at(0).start.offset, qsizetype(8));
        QVERIFY(
            !has(lintForm(QStringLiteral("api_key=abc&to={{mobile}}&text={{body}}")), LintKind::Wso2SecretPlaceholder));
    }

    void wso2DroppedHeader()
    {
        const QString headers = QStringLiteral(
            "Authorization: Bearer abc, X-When: \"Tue, 12 May\", Accept: application/json, X-Url: http://a");
        const QList<LintFinding> dropped = lintHeadersForWso2(headers);
        QCOMPARE(dropped.size(), 2);
        QCOMPARE(dropped.at(0).kind, LintKind::Wso2DroppedHeader);
        QCOMPARE(dropped.at(0).source, LintSource::Headers);
        QCOMPARE(dropped.at(0).start.offset, headers.indexOf(u"X-When"));
        QCOMPARE(dropped.at(0).length, qsizetype(6));
        QVERIFY(dropped.at(0).message.contains(u"comma"));
        QCOMPARE(dropped.at(1).start.offset, headers.indexOf(u"X-Url"));
        QVERIFY(dropped.at(1).message.contains(u"colon"));

        QVERIFY(lintHeadersForWso2(u"Authorization: Bearer abc, Accept: application/json").isEmpty());
        QVERIFY(lintHeadersForWso2(u"").isEmpty());
    }

    void wso2SuccessStatuses()
    {
        const QList<LintFinding> anyTwoHundred = lintSuccessCriterionForWso2({}, false);
        QCOMPARE(anyTwoHundred.size(), 1);
        QCOMPARE(anyTwoHundred.at(0).kind, LintKind::Wso2SuccessStatus);
        QCOMPARE(anyTwoHundred.at(0).source, LintSource::SuccessCriterion);

        const QList<LintFinding> created = lintSuccessCriterionForWso2({ 200, 201, 201 }, false);
        QCOMPARE(created.size(), 1);
        QVERIFY(created.at(0).message.contains(u"201"));
        QVERIFY(!created.at(0).message.contains(u"201, 201"));

        QVERIFY(lintSuccessCriterionForWso2({ 200, 202 }, false).isEmpty());
        QVERIFY(lintSuccessCriterionForWso2({ 202 }, false).isEmpty());

        const QList<LintFinding> body = lintSuccessCriterionForWso2({ 200 }, true);
        QCOMPARE(body.size(), 1);
        QCOMPARE(body.at(0).kind, LintKind::Wso2BodyMatchIgnored);
    }

    void formFieldWithoutEquals()
    {
        const QString tmpl = QStringLiteral("to={{mobile}}&{{body}}&debug");
        const QList<LintFinding> noEquals = ofKind(lintForm(tmpl), LintKind::FormFieldWithoutEquals);
        QCOMPARE(noEquals.size(), 2);
        QCOMPARE(noEquals.at(0).start.offset, tmpl.indexOf(u"{{body}}"));
        QCOMPARE(noEquals.at(0).length, qsizetype(8));
        QCOMPARE(noEquals.at(1).start.offset, tmpl.indexOf(u"debug"));

        // An '=' or '&' inside a placeholder (an unknown one here) does not separate anything.
        QVERIFY(has(lintForm(QStringLiteral("to={{mobile}}&text={{body}}&{{a=b}}")), LintKind::FormFieldWithoutEquals));
        const QList<LintFinding> good = lintForm(QStringLiteral("  to={{mobile}}&&text={{body}}&empty=&\n"));
        QVERIFY2(good.isEmpty(), describe(good).constData());
        // Not a FORM check.
        QVERIFY(!has(
            lintJson(QStringLiteral("{\"to\": {{mobile}}, \"text\": {{body}}}")), LintKind::FormFieldWithoutEquals));
    }

    void formDuplicateField()
    {
        const QString repeated = QStringLiteral("to={{mobile}}&text={{body}}&to={{mobile}}");
        const QList<LintFinding> findings = lintForm(repeated);
        const QList<LintFinding> duplicates = ofKind(findings, LintKind::FormDuplicateField);
        QCOMPARE(duplicates.size(), 1);
        QCOMPARE(duplicates.at(0).start.offset, repeated.lastIndexOf(u"to="));
        QCOMPARE(duplicates.at(0).length, qsizetype(2));
        QVERIFY(duplicates.at(0).fix);
        const QString fixed = applyFix(repeated, *duplicates.at(0).fix);
        QCOMPARE(fixed, QStringLiteral("to={{mobile}}&text={{body}}"));
        QVERIFY(lintForm(fixed).isEmpty());

        // Different values: which one was meant is not obvious.
        const QList<LintFinding> differing
            = ofKind(lintForm(QStringLiteral("to={{mobile}}&text={{body}}&text=hi")), LintKind::FormDuplicateField);
        QCOMPARE(differing.size(), 1);
        QVERIFY(!differing.at(0).fix);

        // Names are compared as a decoder reads them.
        QVERIFY(
            has(lintForm(QStringLiteral("a+b=1&a%20b=2&to={{mobile}}&text={{body}}")), LintKind::FormDuplicateField));
        QVERIFY(!has(lintForm(QStringLiteral("a=1&A=2&to={{mobile}}&text={{body}}")), LintKind::FormDuplicateField));
        QVERIFY(!has(lintForm(QStringLiteral("to={{mobile}}&text={{body}}&x={{body}}")), LintKind::FormDuplicateField));
    }

    void positionsCountLinesAndColumns()
    {
        const QString tmpl = QStringLiteral("{\n  \"to\": {{mobile}},\n  \"text\": {{ body }}\n}");
        const QList<LintFinding> spaced = ofKind(lintJson(tmpl), LintKind::Wso2SpacedPlaceholder);
        QCOMPARE(spaced.size(), 1);
        QCOMPARE(spaced.at(0).start.line, 3);
        QCOMPARE(spaced.at(0).start.column, 11);
        QVERIFY2(spaced.at(0).message.startsWith(u"Line 3, column 11:"), qPrintable(spaced.at(0).message));
    }

    void applyingFixes()
    {
        const LintFix fix { QString(), { { 0, 1, u"X"_s }, { 3, 0, u"Y"_s }, { 10, 5, u"Z"_s } } };
        QCOMPARE(applyFix(u"abcdef", fix), u"XbcYdef"_s); // the edit past the end is left out
        QCOMPARE(applyFix(u"abc", LintFix {}), u"abc"_s);

        LintFinding first;
        first.fix = LintFix { QString(), { { 1, 2, u"1"_s } } };
        LintFinding overlapping;
        overlapping.fix = LintFix { QString(), { { 2, 1, u"2"_s } } };
        LintFinding separate;
        separate.fix = LintFix { QString(), { { 4, 1, u"3"_s } } };
        LintFinding otherSource = separate;
        otherSource.source = LintSource::Headers;
        otherSource.fix = LintFix { QString(), { { 0, 1, u"4"_s } } };
        QCOMPARE(applyFixes(u"abcdef", { first, overlapping, separate, otherSource }), u"a1d3f"_s);
    }
};

QTEST_GUILESS_MAIN(TestTemplateLint)
#include "TestTemplateLint.moc"
