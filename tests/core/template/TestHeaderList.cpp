#include "template/HeaderList.h"

#include <QRandomGenerator>
#include <QTest>

using namespace smsotp::tmpl;

namespace {

HeaderField field(const char* name, const QString& value)
{
    return { QString::fromLatin1(name), value };
}

bool hasError(const HeaderListResult& result, HeaderErrorKind kind)
{
    return std::any_of(
        result.errors.begin(), result.errors.end(), [kind](const HeaderError& e) { return e.kind == kind; });
}

} // namespace

class TestHeaderList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesWso2StyleLists()
    {
        const QString text = QStringLiteral("Authorization: Bearer abc123,X-Api-Key:k1 , Accept: application/json");
        const HeaderListResult result = parseHeaderList(text);
        QVERIFY(result.ok());
        const QList<HeaderField> expected = { field("Authorization", QStringLiteral("Bearer abc123")),
            field("X-Api-Key", QStringLiteral("k1")), field("Accept", QStringLiteral("application/json")) };
        QCOMPARE(result.fields(), expected);
        QCOMPARE(result.headers.at(1).namePosition.offset, text.indexOf(u"X-Api"));
        QCOMPARE(result.headers.at(2).valuePosition.offset, text.indexOf(u"application"));
        QVERIFY(!result.headers.at(0).quoted);
    }

    void emptyTextAndEmptyEntries()
    {
        QVERIFY(parseHeaderList(u"").ok());
        QVERIFY(parseHeaderList(u"").headers.isEmpty());
        const HeaderListResult result = parseHeaderList(u" , A: 1,, B: 2 ,");
        QVERIFY(result.ok());
        QCOMPARE(result.headers.size(), 2);
        const HeaderListResult emptyValue = parseHeaderList(u"X-Empty:");
        QVERIFY(emptyValue.ok());
        QCOMPARE(emptyValue.fields(), QList<HeaderField> { field("X-Empty", QString()) });
    }

    void quotedValuesHoldCommasColonsAndEscapes()
    {
        const HeaderListResult result = parseHeaderList(
            u"X-When: \"Tue, 12:00\", X-Say: \"he said \\\"hi\\\" \\\\ bye\" , X-Spaces: \"  padded  \"");
        QVERIFY2(result.ok(), result.errors.isEmpty() ? "" : qPrintable(result.errors.first().message));
        const QList<HeaderField> expected = { field("X-When", QStringLiteral("Tue, 12:00")),
            field("X-Say", QStringLiteral("he said \"hi\" \\ bye")), field("X-Spaces", QStringLiteral("  padded  ")) };
        QCOMPARE(result.fields(), expected);
        QVERIFY(result.headers.at(0).quoted);
        QVERIFY(!isWso2Compatible(result.headers.at(0).field));
    }

    void plainValueMayHoldAColon()
    {
        const HeaderListResult result = parseHeaderList(u"X-Time: 12:00, X-Url: https://example.com/a");
        QVERIFY(result.ok());
        QCOMPARE(result.fields().at(0).value, QStringLiteral("12:00"));
        QCOMPARE(result.fields().at(1).value, QStringLiteral("https://example.com/a"));
        QVERIFY(!isWso2Compatible(result.fields().at(0)));
        QVERIFY(isWso2Compatible(field("X-Api-Key", QStringLiteral("abc"))));
    }

    void lineBreaksAndNulAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qsizetype>("offset");
        QTest::newRow("CR in value") << QStringLiteral("X-A: a\rb") << qsizetype(6);
        QTest::newRow("LF in value") << QStringLiteral("X-A: a\nInjected: 1") << qsizetype(6);
        QTest::newRow("CRLF in value") << QStringLiteral("X-A: a\r\nHost: evil") << qsizetype(6);
        QTest::newRow("NUL in value") << QString(QStringLiteral("X-A: a") + QChar(0) + u'b') << qsizetype(6);
        QTest::newRow("LF in quoted value") << QStringLiteral("X-A: \"a\nb\"") << qsizetype(7);
        QTest::newRow("LF in name") << QStringLiteral("X\n-A: b") << qsizetype(1);
        QTest::newRow("CR in entry without colon") << QStringLiteral("X-A\r") << qsizetype(3);
    }

    void lineBreaksAndNulAreRefused()
    {
        QFETCH(QString, text);
        QFETCH(qsizetype, offset);
        const HeaderListResult result = parseHeaderList(text);
        QVERIFY(!result.ok());
        QVERIFY(hasError(result, HeaderErrorKind::LineBreakOrNul));
        bool found = false;
        for (const HeaderError& error : result.errors)
            found = found || (error.kind == HeaderErrorKind::LineBreakOrNul && error.position.offset == offset);
        QVERIFY2(found, qPrintable(result.errors.first().message));
        for (const ParsedHeader& header : result.headers) {
            QVERIFY(!header.field.value.contains(u'\n'));
            QVERIFY(!header.field.value.contains(u'\r'));
        }
    }

    void otherControlCharactersAreRefused()
    {
        const HeaderListResult result = parseHeaderList(QString(QStringLiteral("X-A: a") + QChar(0x1b) + u'b'));
        QVERIFY(hasError(result, HeaderErrorKind::ControlCharacter));
        QVERIFY(parseHeaderList(u"X-A: a\tb").ok()); // a tab is allowed inside a value
    }

    void badNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<qsizetype>("offset");
        QTest::newRow("empty name") << QStringLiteral(": value") << int(HeaderErrorKind::EmptyName) << qsizetype(0);
        QTest::newRow("blank name") << QStringLiteral("A: 1,   : value") << int(HeaderErrorKind::EmptyName)
                                    << qsizetype(8);
        QTest::newRow("space inside") << QStringLiteral("X Api: v") << int(HeaderErrorKind::InvalidName)
                                      << qsizetype(1);
        QTest::newRow("separator") << QStringLiteral("X@Api: v") << int(HeaderErrorKind::InvalidName) << qsizetype(1);
        QTest::newRow("non-ASCII") << QStringLiteral("X-Ä: v") << int(HeaderErrorKind::InvalidName) << qsizetype(2);
        QTest::newRow("missing colon") << QStringLiteral("A: 1, Bearer xyz") << int(HeaderErrorKind::MissingColon)
                                       << qsizetype(6);
        QTest::newRow("reserved") << QStringLiteral("content-length: 5") << int(HeaderErrorKind::ReservedName)
                                  << qsizetype(0);
        QTest::newRow("unterminated quote")
            << QStringLiteral("A: \"abc, B: 2") << int(HeaderErrorKind::UnterminatedQuote) << qsizetype(3);
        QTest::newRow("invalid escape") << QStringLiteral("A: \"a\\nb\"") << int(HeaderErrorKind::InvalidEscape)
                                        << qsizetype(5);
        QTest::newRow("text after quote")
            << QStringLiteral("A: \"a\" b, C: 1") << int(HeaderErrorKind::TextAfterQuotedValue) << qsizetype(7);
    }

    void badNames()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(qsizetype, offset);
        const HeaderListResult result = parseHeaderList(text);
        QVERIFY(!result.ok());
        QCOMPARE(int(result.errors.first().kind), kind);
        QCOMPARE(result.errors.first().position.offset, offset);
        QCOMPARE(result.errors.first().position.column, int(offset) + 1);
        QVERIFY(!result.errors.first().message.isEmpty());
    }

    // SECURITY.md 13: an entry without ":" may be a name and a secret value ("X-Api-Key s3cret"), or a value
    // alone: the message says where it is and never repeats its text.
    void aMissingColonIsNotQuoted()
    {
        for (const QString& text : { QStringLiteral("X-Api-Key s3cr3t-value"), QStringLiteral("A: 1, s3cr3t-value") }) {
            const HeaderListResult result = parseHeaderList(text);
            QCOMPARE(result.errors.size(), 1);
            QCOMPARE(result.errors.first().kind, HeaderErrorKind::MissingColon);
            QVERIFY2(!result.errors.first().message.contains(QStringLiteral("s3cr3t")),
                qPrintable(result.errors.first().message));
            QVERIFY(result.errors.first().message.contains(QStringLiteral("Column")));
        }
    }

    void goodEntriesSurviveABadOne()
    {
        const HeaderListResult result = parseHeaderList(u"A: 1, Bad Name: 2, C: 3");
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(
            result.fields(), (QList<HeaderField> { field("A", QStringLiteral("1")), field("C", QStringLiteral("3")) }));
    }

    void tokenCharacters()
    {
        QVERIFY(isHeaderToken(u"X-Custom_Header.v1!#$%&'*+^`|~"));
        QVERIFY(!isHeaderToken(u""));
        QVERIFY(!isHeaderToken(u"a b"));
        QVERIFY(!isHeaderToken(u"a:b"));
        QVERIFY(!isHeaderToken(u"a(b)"));
    }

    void serializesCanonically()
    {
        const QList<HeaderField> fields = { field("Authorization", QStringLiteral("Bearer abc")),
            field("X-When", QStringLiteral("Tue, 12:00")), field("X-Time", QStringLiteral("12:00")),
            field("X-Q", QStringLiteral("\"quoted\" \\ back")), field("X-Empty", QString()) };
        const QString text = serializeHeaderList(fields);
        QCOMPARE(text,
            QStringLiteral("Authorization: Bearer abc, X-When: \"Tue, 12:00\", X-Time: 12:00, "
                           "X-Q: \"\\\"quoted\\\" \\\\ back\", X-Empty: "));
        QCOMPARE(parseHeaderList(text).fields(), fields);
    }

    void roundTripsRandomLists()
    {
        static const QStringList pieces
            = { QStringLiteral(","), QStringLiteral(":"), QStringLiteral("\""), QStringLiteral("\\"),
                  QStringLiteral(" "), QStringLiteral("\t"), QStringLiteral("a"), QStringLiteral("Bearer "),
                  QStringLiteral("é"), QStringLiteral("{{secret:k}}"), QStringLiteral("="), QStringLiteral("\\\"") };
        static const QStringList names = { QStringLiteral("Authorization"), QStringLiteral("X-Api-Key"),
            QStringLiteral("x_y.z"), QStringLiteral("A"), QStringLiteral("Accept") };
        for (quint32 seed = 1; seed <= 2000; ++seed) {
            QRandomGenerator rng(seed);
            QList<HeaderField> fields;
            const int count = rng.bounded(0, 5);
            for (int i = 0; i < count; ++i) {
                QString value;
                const int parts = rng.bounded(0, 6);
                for (int p = 0; p < parts; ++p)
                    value += pieces.at(rng.bounded(0, static_cast<int>(pieces.size())));
                fields.append({ names.at(rng.bounded(0, static_cast<int>(names.size()))), value });
            }
            const QString text = serializeHeaderList(fields);
            const HeaderListResult parsed = parseHeaderList(text);
            const QByteArray context = "seed " + QByteArray::number(seed) + ": " + text.toUtf8();
            QVERIFY2(parsed.ok(), context.constData());
            QVERIFY2(parsed.fields() == fields, context.constData());
            QCOMPARE(serializeHeaderList(parsed.fields()), text);
        }
    }

    void positionsCountLines()
    {
        // A multi-line paste is refused, but the errors still say where.
        const QString text = QStringLiteral("A: 1,\nB: 2, C D: 3");
        const HeaderListResult result = parseHeaderList(text);
        QVERIFY(!result.ok());
        const HeaderError& first = result.errors.first();
        QCOMPARE(first.kind, HeaderErrorKind::LineBreakOrNul);
        QCOMPARE(first.position.line, 1);
        QCOMPARE(first.position.offset, qsizetype(5));
        bool sawName = false;
        for (const HeaderError& error : result.errors) {
            if (error.kind == HeaderErrorKind::InvalidName) {
                sawName = true;
                QCOMPARE(error.position.line, 2);
                QCOMPARE(error.position.column, 8);
                QVERIFY(error.message.startsWith(u"Line 2"));
            }
        }
        QVERIFY(sawName);
    }
};

QTEST_GUILESS_MAIN(TestHeaderList)
#include "TestHeaderList.moc"
