#include "RandomValue.h"
#include "ReferenceFormDecoder.h"
#include "template/PayloadTemplate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <QUrlQuery>
#include <QXmlStreamReader>

using namespace smsotp::tmpl;
using smsotp::testing::randomValue;
using smsotp::testing::randomXmlValue;
using smsotp::testing::referenceFormValue;

namespace {

QJsonObject parseObject(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {};
    return document.object();
}

// Qt's parser is lenient about raw control characters inside strings; RFC 8259 is not, nor are many servers.
bool hasRawControlOrLineSeparator(const QByteArray& bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != ' ')
            return true;
    }
    return bytes.contains("\xe2\x80\xa8") || bytes.contains("\xe2\x80\xa9");
}

bool hasError(const RenderResult& result, TemplateErrorKind kind)
{
    return std::any_of(
        result.errors.begin(), result.errors.end(), [kind](const TemplateError& e) { return e.kind == kind; });
}

const TemplateError* firstError(const RenderResult& result, TemplateErrorKind kind)
{
    for (const TemplateError& error : result.errors) {
        if (error.kind == kind)
            return &error;
    }
    return nullptr;
}

} // namespace

class TestPayloadTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonValuesRoundTripOutsideAndInsideStrings()
    {
        const QString tmpl = QStringLiteral(
            "{\n  \"content\": {{body}},\n  \"to\": {{mobile}},\n  \"quoted\": \"pre {{body}} post\",\n"
            "  \"key\": {{secret:apiKey}},\n  \"auth\": {\"h\": \"Bearer {{secret:apiKey}}\"},\n"
            "  \"list\": [{{ body }}, \"{{ mobile }}\"]\n}");
        for (quint32 seed = 1; seed <= 2000; ++seed) {
            QRandomGenerator rng(seed);
            PayloadValues values;
            values.body = randomValue(rng);
            values.mobile = randomValue(rng);
            values.secrets.insert(QStringLiteral("apiKey"), randomValue(rng));
            const RenderResult result = renderPayload(tmpl, PayloadFormat::Json, values);
            const QByteArray seedText = "seed " + QByteArray::number(seed);
            QVERIFY2(result.ok(),
                QByteArray(
                    seedText + ": " + (result.errors.isEmpty() ? QByteArray() : result.errors.first().message.toUtf8()))
                    .constData());
            const QJsonObject object = parseObject(result.bytes);
            QVERIFY2(!object.isEmpty(), QByteArray(seedText + ": " + result.bytes).constData());
            QVERIFY2(!hasRawControlOrLineSeparator(result.bytes), seedText.constData());
            QCOMPARE(object.value(u"content").toString(), values.body);
            QCOMPARE(object.value(u"to").toString(), values.mobile);
            QCOMPARE(object.value(u"quoted").toString(), u"pre " + values.body + u" post");
            QCOMPARE(object.value(u"key").toString(), values.secrets.value(QStringLiteral("apiKey")));
            QCOMPARE(object.value(u"auth").toObject().value(u"h").toString(),
                u"Bearer " + values.secrets.value(QStringLiteral("apiKey")));
            QCOMPARE(object.value(u"list").toArray().at(0).toString(), values.body);
            QCOMPARE(object.value(u"list").toArray().at(1).toString(), values.mobile);
            // Byte for byte, not only equal as QStrings.
            QCOMPARE(object.value(u"content").toString().toUtf8(), values.body.toUtf8());
        }
    }

    void valuesAreNeverExpandedAgain()
    {
        PayloadValues values;
        values.body = QStringLiteral("{{mobile}} and {{secret:x}}");
        values.mobile = QStringLiteral("+447700900123");
        values.secrets.insert(QStringLiteral("x"), QStringLiteral("SECRET"));
        const RenderResult json = renderPayload(u"{\"t\": {{body}}}", PayloadFormat::Json, values);
        QVERIFY(json.ok());
        QCOMPARE(parseObject(json.bytes).value(u"t").toString(), values.body);
        QVERIFY(!json.bytes.contains("447700900123"));
        QVERIFY(!json.bytes.contains("SECRET"));

        const RenderResult form = renderPayload(u"t={{body}}", PayloadFormat::Form, values);
        QVERIFY(form.ok());
        QCOMPARE(referenceFormValue(form.bytes, QStringLiteral("t")), values.body);
    }

    void loneSurrogateSurvivesJson()
    {
        PayloadValues values;
        values.body = QString(QChar(0xd800)) + u'x' + QChar(0xdc00);
        const RenderResult result = renderPayload(u"{\"t\": {{body}}}", PayloadFormat::Json, values);
        QVERIFY(result.ok());
        QVERIFY(result.bytes.contains("\\ud800"));
        QCOMPARE(parseObject(result.bytes).value(u"t").toString(), values.body);
    }

    void jsonEscapesTheUsualSuspects()
    {
        PayloadValues values;
        values.body = QStringLiteral("a\"b\\c\nd\te") + QChar(0x2028) + QChar(0x01);
        const RenderResult result = renderPayload(u"{\"t\": \"{{body}}\"}", PayloadFormat::Json, values);
        QVERIFY(result.ok());
        QCOMPARE(result.bytes, QByteArray("{\"t\": \"a\\\"b\\\\c\\nd\\te\\u2028\\u0001\"}"));
    }

    void formRoundTripsPlusAndAmpersand()
    {
        PayloadValues values;
        values.mobile = QStringLiteral("+447700900123");
        values.body = QStringLiteral("a&b=c");
        const RenderResult result = renderPayload(u"To={{mobile}}&Body={{body}}", PayloadFormat::Form, values);
        QVERIFY(result.ok());
        QCOMPARE(result.bytes, QByteArray("To=%2B447700900123&Body=a%26b%3Dc"));
        // A standard decoder: Qt's own query parser...
        const QUrlQuery query(QString::fromLatin1(result.bytes));
        QCOMPARE(query.queryItemValue(QStringLiteral("To"), QUrl::FullyDecoded), values.mobile);
        QCOMPARE(query.queryItemValue(QStringLiteral("Body"), QUrl::FullyDecoded), values.body);
        // ...and the WHATWG parser.
        QCOMPARE(referenceFormValue(result.bytes, QStringLiteral("To")), values.mobile);
        QCOMPARE(referenceFormValue(result.bytes, QStringLiteral("Body")), values.body);
    }

    void formRoundTripsRandomValues()
    {
        for (quint32 seed = 1; seed <= 1000; ++seed) {
            QRandomGenerator rng(seed);
            PayloadValues values;
            values.body = randomValue(rng);
            values.mobile = randomValue(rng);
            values.secrets.insert(QStringLiteral("k"), randomValue(rng));
            const RenderResult result = renderPayload(
                u"text={{body}}&to={{ mobile }}&key={{secret:k}}&{{body}}=name", PayloadFormat::Form, values);
            QVERIFY(result.ok());
            const QByteArray seedText = "seed " + QByteArray::number(seed);
            for (const char c : result.bytes)
                QVERIFY2(c > 0x20 && c < 0x7f, seedText.constData());
            QVERIFY2(referenceFormValue(result.bytes, QStringLiteral("text")) == values.body,
                QByteArray(seedText + ' ' + result.bytes + ' ' + values.body.toUtf8().toHex()).constData());
            QVERIFY2(referenceFormValue(result.bytes, QStringLiteral("to")) == values.mobile, seedText.constData());
            QVERIFY2(
                referenceFormValue(result.bytes, QStringLiteral("key")) == values.secrets.value(QStringLiteral("k")),
                seedText.constData());
            QVERIFY2(referenceFormValue(result.bytes, values.body) == QStringLiteral("name"), seedText.constData());
            // Qt's parser does not read '+' as a space; with that one rule of the form format applied first,
            // it must agree too.
            QUrlQuery query(QString::fromLatin1(result.bytes).replace(u'+', QStringLiteral("%20")));
            QVERIFY2(
                query.queryItemValue(QStringLiteral("text"), QUrl::FullyDecoded) == values.body, seedText.constData());
        }
    }

    void formLiteralTextIsKeptAndCleaned()
    {
        PayloadValues values;
        values.body = QStringLiteral("x");
        const RenderResult result = renderPayload(u"  msg=Grüße aus {{body}}&flag=%41\n", PayloadFormat::Form, values);
        QVERIFY(result.ok());
        QCOMPARE(result.bytes, QByteArray("msg=Gr%C3%BC%C3%9Fe+aus+x&flag=%41"));
        QCOMPARE(referenceFormValue(result.bytes, QStringLiteral("msg")), QStringLiteral("Grüße aus x"));
        QCOMPARE(referenceFormValue(result.bytes, QStringLiteral("flag")), QStringLiteral("A"));
    }

    void spacedPlaceholdersAreFilledAndFlagged()
    {
        PayloadValues values;
        values.body = QStringLiteral("hello");
        values.mobile = QStringLiteral("+15005550006");
        const QString tmpl = QStringLiteral("{\"content\": {{ body }}, \"to\": \"{{\tmobile}}\", \"x\": {{body}}}");
        const RenderResult result = renderPayload(tmpl, PayloadFormat::Json, values);
        QVERIFY(result.ok());
        const QJsonObject object = parseObject(result.bytes);
        QCOMPARE(object.value(u"content").toString(), values.body);
        QCOMPARE(object.value(u"to").toString(), values.mobile);
        QCOMPARE(result.placeholders.size(), 3);
        QCOMPARE(result.placeholders.at(0).kind, PlaceholderKind::Body);
        QVERIFY(result.placeholders.at(0).spaced);
        QVERIFY(!result.placeholders.at(0).insideJsonString);
        QCOMPARE(result.placeholders.at(0).position.offset, tmpl.indexOf(u"{{ body"));
        QCOMPARE(result.placeholders.at(0).length, qsizetype(10));
        QCOMPARE(result.placeholders.at(1).kind, PlaceholderKind::Mobile);
        QVERIFY(result.placeholders.at(1).spaced);
        QVERIFY(result.placeholders.at(1).insideJsonString);
        QVERIFY(!result.placeholders.at(2).spaced);
        QCOMPARE(findPlaceholders(tmpl, PayloadFormat::Json).size(), 3);
    }

    void unknownPlaceholderIsAnErrorWithItsPosition()
    {
        const QString tmpl = QStringLiteral("{\n  \"to\": {{mobile}},\n  \"text\": {{Body}},\n  \"x\": \"{{sms}}\"\n}");
        PayloadValues values;
        values.mobile = QStringLiteral("+15005550006");
        const RenderResult result = renderPayload(tmpl, PayloadFormat::Json, values);
        QCOMPARE(result.errors.size(), 2);
        const TemplateError& first = result.errors.at(0);
        QCOMPARE(first.kind, TemplateErrorKind::UnknownPlaceholder);
        QCOMPARE(first.position.offset, tmpl.indexOf(u"{{Body}}"));
        QCOMPARE(first.position.line, 3);
        QCOMPARE(first.position.column, 11);
        QVERIFY2(first.message.contains(u"{{body}}"), qPrintable(first.message)); // suggests the right case
        QVERIFY(first.message.contains(u"3"));
        const TemplateError& second = result.errors.at(1);
        QCOMPARE(second.kind, TemplateErrorKind::UnknownPlaceholder);
        QCOMPARE(second.position.line, 4);
        QCOMPARE(second.position.column, 9);
        // Unknown placeholders render as empty strings, so the rest of the JSON stays checkable (and valid).
        QCOMPARE(parseObject(result.bytes).value(u"text").toString(), QString());
        QCOMPARE(result.placeholders.at(1).kind, PlaceholderKind::Unknown);
        QCOMPARE(result.placeholders.at(1).name, QStringLiteral("Body"));
    }

    void unclosedPlaceholderAndMissingSecret()
    {
        const RenderResult unclosed = renderPayload(u"to={{mobile&text={{body}}", PayloadFormat::Form, {});
        QVERIFY(hasError(unclosed, TemplateErrorKind::UnclosedPlaceholder));
        QCOMPARE(firstError(unclosed, TemplateErrorKind::UnclosedPlaceholder)->position.offset, qsizetype(3));

        PayloadValues values;
        values.secrets.insert(QStringLiteral("other"), QStringLiteral("v"));
        const RenderResult missing = renderPayload(u"{\"k\": {{secret:apiKey}}}", PayloadFormat::Json, values);
        QVERIFY(hasError(missing, TemplateErrorKind::MissingSecret));
        QVERIFY(firstError(missing, TemplateErrorKind::MissingSecret)->message.contains(u"apiKey"));
        QCOMPARE(missing.placeholders.at(0).kind, PlaceholderKind::Secret);
        QCOMPARE(missing.placeholders.at(0).secretName, QStringLiteral("apiKey"));

        const RenderResult badName = renderPayload(u"{\"k\": {{secret:}}}", PayloadFormat::Json, values);
        QVERIFY(hasError(badName, TemplateErrorKind::UnknownPlaceholder));
    }

    void tripleBracesAreALiteralBraceAndAPlaceholder()
    {
        PayloadValues values;
        values.body = QStringLiteral("v");
        const RenderResult result = renderPayload(u"{\"t\": \"{{{body}}}\"}", PayloadFormat::Json, values);
        QVERIFY(result.ok());
        QCOMPARE(parseObject(result.bytes).value(u"t").toString(), QStringLiteral("{v}"));
    }

    // WSO2's documentation shows a template written in a word processor: typographic quotes around a
    // placeholder and an extra closing brace. A faithful copy of that shape:
    void wso2DocumentationExampleIsExplained()
    {
        const QString tmpl = QStringLiteral("{\n  \"content\": \u201C{{body}}\u201D,\n  \"to\": {{mobile}}\n}}");
        PayloadValues values;
        values.body = QStringLiteral("Your code is 123456");
        values.mobile = QStringLiteral("+447700900123");
        const RenderResult result = renderPayload(tmpl, PayloadFormat::Json, values);
        QVERIFY(!result.ok());

        QList<const TemplateError*> quotes;
        for (const TemplateError& error : result.errors) {
            if (error.kind == TemplateErrorKind::TypographicQuote)
                quotes.append(&error);
        }
        QCOMPARE(quotes.size(), 2);
        QCOMPARE(quotes.at(0)->position.line, 2);
        QCOMPARE(quotes.at(0)->position.column, 14);
        QCOMPARE(quotes.at(0)->position.offset, tmpl.indexOf(QChar(0x201C)));
        QCOMPARE(quotes.at(1)->position.line, 2);
        QCOMPARE(quotes.at(1)->position.column, 23);

        const TemplateError* brace = firstError(result, TemplateErrorKind::UnbalancedBracket);
        QVERIFY(brace);
        QCOMPARE(brace->position.line, 4);
        QCOMPARE(brace->position.column, 2);
        QCOMPARE(brace->position.offset, tmpl.size() - 1);

        // The parser stops at the first problem, the opening typographic quote.
        const TemplateError* syntax = firstError(result, TemplateErrorKind::JsonSyntax);
        QVERIFY(syntax);
        QCOMPARE(syntax->position.line, 2);
        QVERIFY2(syntax->position.column >= 14 && syntax->position.column <= 15, qPrintable(syntax->message));
        QVERIFY(!syntax->detail.isEmpty());

        // Errors come in the order of the text.
        for (qsizetype i = 1; i < result.errors.size(); ++i)
            QVERIFY(result.errors.at(i - 1).position.offset <= result.errors.at(i).position.offset);

        // With the quotes removed, only the extra brace is left, and the parser points at it too.
        QString fixed = tmpl;
        fixed.remove(QChar(0x201C)).remove(QChar(0x201D));
        const RenderResult braceOnly = renderPayload(fixed, PayloadFormat::Json, values);
        QVERIFY(!hasError(braceOnly, TemplateErrorKind::TypographicQuote));
        const TemplateError* braceSyntax = firstError(braceOnly, TemplateErrorKind::JsonSyntax);
        QVERIFY(braceSyntax);
        QCOMPARE(braceSyntax->position.line, 4);
        QCOMPARE(braceSyntax->position.column, 2);

        // And without the brace it is valid, and the values come back.
        fixed.chop(1);
        const RenderResult good = renderPayload(fixed, PayloadFormat::Json, values);
        QVERIFY(good.ok());
        QCOMPARE(parseObject(good.bytes).value(u"content").toString(), values.body);
    }

    void jsonSyntaxErrorAfterAValueMapsToTheTemplate()
    {
        // The value is long and non-ASCII, so output and template offsets differ a lot before the error.
        PayloadValues values;
        values.body = QString(200, QChar(0x4e2d));
        const QString tmpl = QStringLiteral("{\"a\": {{body}}, \"b\": nope}");
        const RenderResult result = renderPayload(tmpl, PayloadFormat::Json, values);
        const TemplateError* syntax = firstError(result, TemplateErrorKind::JsonSyntax);
        QVERIFY(syntax);
        const qsizetype expected = tmpl.indexOf(u"nope");
        QVERIFY2(syntax->position.offset >= expected && syntax->position.offset <= expected + 4,
            qPrintable(QString::number(syntax->position.offset)));
    }

    void rawControlCharacterInATemplateStringIsAnError()
    {
        const RenderResult result
            = renderPayload(u"{\"a\": \"line1\nline2\", \"b\": \"tab\there\"}", PayloadFormat::Json, {});
        QCOMPARE(result.errors.size(), 2);
        QCOMPARE(result.errors.at(0).kind, TemplateErrorKind::ControlCharacterInString);
        QCOMPARE(result.errors.at(0).position.column, 13);
        QCOMPARE(result.errors.at(1).kind, TemplateErrorKind::ControlCharacterInString);
        // Between tokens a newline is just whitespace.
        QVERIFY(renderPayload(u"{\n\t\"a\": 1\n}", PayloadFormat::Json, {}).ok());
    }

    void mismatchedBracketIsReported()
    {
        const RenderResult result = renderPayload(u"{\"a\": [1, 2}}", PayloadFormat::Json, {});
        const TemplateError* bracket = firstError(result, TemplateErrorKind::UnbalancedBracket);
        QVERIFY(bracket);
        QCOMPARE(bracket->position.offset, qsizetype(11));
        QVERIFY(hasError(result, TemplateErrorKind::JsonSyntax));
    }

    void escapedQuoteKeepsTheStringOpen()
    {
        PayloadValues values;
        values.body = QStringLiteral("v");
        // After \" the tokenizer must still be inside the string, so {{body}} is escaped, not quoted.
        const RenderResult result
            = renderPayload(u"{\"t\": \"say \\\"{{body}}\\\" \\\\\"}", PayloadFormat::Json, values);
        QVERIFY(result.ok());
        QCOMPARE(result.placeholders.at(0).insideJsonString, true);
        QCOMPARE(parseObject(result.bytes).value(u"t").toString(), QStringLiteral("say \"v\" \\"));
    }

    void xmlValuesRoundTripInTextAndAttributes()
    {
        const QString tmpl = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                            "<sms to=\"{{mobile}}\" from='{{sender}}'>\n"
                                            "  <!-- a comment -->\n  <text>{{body}}</text>\n"
                                            "  <key>{{secret:apiKey}}</key>\n</sms>\n");
        for (quint32 seed = 1; seed <= 2000; ++seed) {
            QRandomGenerator rng(seed);
            PayloadValues values;
            values.body = randomXmlValue(rng);
            values.mobile = randomXmlValue(rng);
            values.sender = randomXmlValue(rng);
            values.secrets.insert(QStringLiteral("apiKey"), randomXmlValue(rng));
            const RenderResult result = renderPayload(tmpl, PayloadFormat::Xml, values);
            const QByteArray seedText = "seed " + QByteArray::number(seed);
            QVERIFY2(result.ok(),
                QByteArray(
                    seedText + ": " + (result.errors.isEmpty() ? QByteArray() : result.errors.first().message.toUtf8()))
                    .constData());
            QXmlStreamReader reader(result.bytes);
            QString text, key, to, from;
            while (!reader.atEnd()) {
                if (reader.readNext() != QXmlStreamReader::StartElement)
                    continue;
                if (reader.name() == u"sms") {
                    to = reader.attributes().value(QStringLiteral("to")).toString();
                    from = reader.attributes().value(QStringLiteral("from")).toString();
                } else if (reader.name() == u"text") {
                    text = reader.readElementText();
                } else if (reader.name() == u"key") {
                    key = reader.readElementText();
                }
            }
            QVERIFY2(!reader.hasError(), QByteArray(seedText + ": " + reader.errorString().toUtf8()).constData());
            QCOMPARE(text.toUtf8(), values.body.toUtf8());
            QCOMPARE(to.toUtf8(), values.mobile.toUtf8());
            QCOMPARE(from.toUtf8(), values.sender.toUtf8());
            QCOMPARE(key.toUtf8(), values.secrets.value(QStringLiteral("apiKey")).toUtf8());
        }
    }

    void xmlRefusesWhatNoEscapeCanCarry()
    {
        PayloadValues values;
        values.body = QStringLiteral("a\x01"
                                     "b");
        values.mobile = QStringLiteral("+447700900123");
        const RenderResult control
            = renderPayload(QStringLiteral("<m><t>{{body}}</t><n>{{mobile}}</n></m>"), PayloadFormat::Xml, values);
        QVERIFY(hasError(control, TemplateErrorKind::UnrepresentableValue));
        QVERIFY2(control.errors.first().message.contains(u"U+0001"), qPrintable(control.errors.first().message));

        for (const QString& tmpl :
            { QStringLiteral("<m><!-- {{body}} --></m>"), QStringLiteral("<m><![CDATA[{{body}}]]></m>"),
                QStringLiteral("<{{body}}/>"), QStringLiteral("<m {{body}}=\"1\"/>") }) {
            const RenderResult result = renderPayload(tmpl, PayloadFormat::Xml, values);
            QVERIFY2(hasError(result, TemplateErrorKind::PlaceholderInXmlMarkup), qPrintable(tmpl));
        }
        // Outside markup the same placeholder is fine, and a CDATA section without one is literal text.
        QVERIFY(renderPayload(QStringLiteral("<m><![CDATA[<a&b>]]><t>{{mobile}}</t></m>"), PayloadFormat::Xml, values)
                    .ok());
    }

    void xmlSyntaxErrorsPointIntoTheTemplate()
    {
        PayloadValues values;
        values.body = QStringLiteral("<not a tag>");
        const RenderResult result
            = renderPayload(QStringLiteral("<m>\n  <t>{{body}}</x>\n</m>"), PayloadFormat::Xml, values);
        const TemplateError* error = firstError(result, TemplateErrorKind::XmlSyntax);
        QVERIFY(error);
        QCOMPARE(error->position.line, 2);
        QVERIFY(!renderPayload(QString(), PayloadFormat::Xml, values).ok());
        QVERIFY(!renderPayload(QStringLiteral("<a/><b/>"), PayloadFormat::Xml, values).ok()); // two roots
    }

    void textKeepsValuesAsTheyAre()
    {
        PayloadValues values;
        values.body = QStringLiteral("Code: 12 & <34> \"ok\"");
        values.mobile = QStringLiteral("+447700900123");
        const RenderResult result
            = renderPayload(QStringLiteral("\n{{mobile.digits}}\n{{body}}\n\n"), PayloadFormat::Text, values);
        QVERIFY(result.ok());
        QCOMPARE(result.bytes, QByteArray("447700900123\nCode: 12 & <34> \"ok\""));
        QCOMPARE(result.placeholders.first().kind, PlaceholderKind::MobileDigits);
    }

    void noneTakesNoTemplate()
    {
        QVERIFY(renderPayload(QStringLiteral("  \n"), PayloadFormat::None, {}).ok());
        QVERIFY(renderPayload(QString(), PayloadFormat::None, {}).bytes.isEmpty());
        QVERIFY(hasError(
            renderPayload(QStringLiteral("{{body}}"), PayloadFormat::None, {}), TemplateErrorKind::BodyNotAllowed));
    }

    void consoleOwnPlaceholdersAreFilled()
    {
        PayloadValues values;
        values.mobile = QStringLiteral("+447700900123");
        values.sender = QStringLiteral("Acme");
        values.uuid = newMessageUuid();
        QCOMPARE(values.uuid.size(), 36);
        QVERIFY(values.uuid != newMessageUuid());
        const RenderResult result = renderPayload(
            QStringLiteral("{\"to\": [{{mobile}}], \"digits\": {{mobile.digits}}, \"from\": {{sender}}, "
                           "\"ref\": \"id-{{uuid}}\"}"),
            PayloadFormat::Json, values);
        QVERIFY(result.ok());
        const QJsonObject object = parseObject(result.bytes);
        QCOMPARE(object.value(u"to").toArray(), QJsonArray { values.mobile });
        QCOMPARE(object.value(u"digits").toString(), QStringLiteral("447700900123"));
        QCOMPARE(object.value(u"from").toString(), values.sender);
        QCOMPARE(object.value(u"ref").toString(), u"id-" + values.uuid);
        // A wrong case is still an error, with the name it probably meant.
        const RenderResult wrong = renderPayload(QStringLiteral("{\"a\": {{UUID}}}"), PayloadFormat::Json, values);
        QVERIFY(firstError(wrong, TemplateErrorKind::UnknownPlaceholder)->message.contains(u"{{uuid}}"));
    }

    void formatNamesRoundTrip()
    {
        for (const PayloadFormat format :
            { PayloadFormat::Json, PayloadFormat::Form, PayloadFormat::Text, PayloadFormat::Xml, PayloadFormat::None })
            QCOMPARE(payloadFormatFromName(payloadFormatName(format)), format);
        QVERIFY(!payloadFormatFromName(u"yaml"));
        QVERIFY(wso2CanSend(PayloadFormat::Form));
        QVERIFY(!wso2CanSend(PayloadFormat::Xml));
    }

    void contentTypes()
    {
        QCOMPARE(contentTypeOf(PayloadFormat::Json), QByteArray("application/json"));
        QCOMPARE(contentTypeOf(PayloadFormat::Form), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(contentTypeOf(PayloadFormat::Text), QByteArray("text/plain; charset=utf-8"));
        QCOMPARE(contentTypeOf(PayloadFormat::Xml), QByteArray("application/xml; charset=utf-8"));
        QVERIFY(contentTypeOf(PayloadFormat::None).isEmpty());
    }

    void emptyJsonTemplateIsASyntaxError()
    {
        const RenderResult result = renderPayload(u"", PayloadFormat::Json, {});
        QVERIFY(hasError(result, TemplateErrorKind::JsonSyntax));
    }
};

QTEST_GUILESS_MAIN(TestPayloadTemplate)
#include "TestPayloadTemplate.moc"
