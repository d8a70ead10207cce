#include "template/JsonTemplateFormat.h"

#include <QJsonDocument>
#include <QTest>

using namespace smsotp::tmpl;

namespace {

QJsonDocument rendered(const QString& text)
{
    PayloadValues values;
    values.body = QStringLiteral("He said \"hi\" {{mobile}}\n");
    values.mobile = QStringLiteral("+447400123456");
    values.secrets.insert(QStringLiteral("apiKey"), QStringLiteral("k\\ey"));
    return QJsonDocument::fromJson(renderPayload(text, PayloadFormat::Json, values).bytes);
}

} // namespace

class TestJsonTemplateFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");

        QTest::newRow("flat") << QStringLiteral("{\"to\":{{mobile}},\"text\":{{body}}}")
                              << QStringLiteral("{\n  \"to\": {{mobile}},\n  \"text\": {{body}}\n}");
        QTest::newRow("nested, empty containers, literals")
            << QStringLiteral("  {\"a\" : [1, 2.5e3 ,true,null], \"b\":{}, \"c\":[ ], \"d\":{\"e\":false}}  ")
            << QStringLiteral(
                   "{\n  \"a\": [\n    1,\n    2.5e3,\n    true,\n    null\n  ],\n  \"b\": {},\n  \"c\": [],\n"
                   "  \"d\": {\n    \"e\": false\n  }\n}");
        // Strings keep their blanks, escapes, braces and commas; placeholders inside them are left alone.
        QTest::newRow("strings untouched")
            << QStringLiteral("{\"m\":\"Hi, {{body}} { [ : \\\" \\\\\" ,\"n\":\"x  y\"}")
            << QStringLiteral("{\n  \"m\": \"Hi, {{body}} { [ : \\\" \\\\\",\n  \"n\": \"x  y\"\n}");
        // WSO2's spaced spelling and the console's secrets are kept exactly as written.
        QTest::newRow("spaced and secret placeholders")
            << QStringLiteral("{\"to\":{{ mobile }},\"key\":{{secret:apiKey}},\"list\":[{{body}}]}")
            << QStringLiteral(
                   "{\n  \"to\": {{ mobile }},\n  \"key\": {{secret:apiKey}},\n  \"list\": [\n    {{body}}\n  ]\n}");
        QTest::newRow("already formatted") << QStringLiteral("{\n  \"a\": 1\n}") << QStringLiteral("{\n  \"a\": 1\n}");
        QTest::newRow("unknown placeholder kept") << QStringLiteral("{\"x\":{{Body}},\"to\":{{mobile}}}")
                                                  << QStringLiteral("{\n  \"x\": {{Body}},\n  \"to\": {{mobile}}\n}");
    }

    void formats()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const JsonFormatResult result = formatJsonTemplate(input);
        QVERIFY2(result.ok(), result.error ? qPrintable(result.error->message) : "");
        QCOMPARE(result.text, expected);
        // The same request on the wire, value for value, and formatting again changes nothing.
        QVERIFY(!rendered(input).isNull());
        QCOMPARE(rendered(result.text), rendered(input));
        QCOMPARE(formatJsonTemplate(result.text).text, expected);
    }

    void indentWidth()
    {
        QCOMPARE(formatJsonTemplate(u"{\"a\":[1]}", 4).text, QStringLiteral("{\n    \"a\": [\n        1\n    ]\n}"));
    }

    // The position is the renderer's: where its JSON parser stopped, or the offending character.
    void refuses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");

        QTest::newRow("missing comma") << QStringLiteral("{\"a\":1\n \"b\":2}") << int(TemplateErrorKind::JsonSyntax)
                                       << 2 << 3;
        QTest::newRow("smart quote") << QStringLiteral("{\u201Cto\u201D:{{mobile}}}")
                                     << int(TemplateErrorKind::TypographicQuote) << 1 << 2;
        QTest::newRow("extra brace") << QStringLiteral("{\"to\":{{mobile}}}}")
                                     << int(TemplateErrorKind::UnbalancedBracket) << 1 << 18;
        QTest::newRow("unclosed placeholder")
            << QStringLiteral("{\"to\":{{mobile}") << int(TemplateErrorKind::UnclosedPlaceholder) << 1 << 7;
        QTest::newRow("not json") << QStringLiteral("to={{mobile}}") << int(TemplateErrorKind::JsonSyntax) << 1 << 2;
    }

    void refuses()
    {
        QFETCH(QString, input);
        QFETCH(int, kind);
        QFETCH(int, line);
        QFETCH(int, column);
        const JsonFormatResult result = formatJsonTemplate(input);
        QVERIFY(!result.ok());
        QVERIFY(result.text.isEmpty());
        QCOMPARE(int(result.error->kind), kind);
        QCOMPARE(result.error->position.line, line);
        QCOMPARE(result.error->position.column, column);
        QVERIFY(!result.error->message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJsonTemplateFormat)
#include "TestJsonTemplateFormat.moc"
