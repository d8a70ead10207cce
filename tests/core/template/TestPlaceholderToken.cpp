#include "template/PlaceholderToken.h"

#include <QTest>

using namespace smsotp::tmpl;

using Shape = PlaceholderToken::Shape;

class TestPlaceholderToken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qsizetype>("start");
        QTest::addColumn<int>("shape");
        QTest::addColumn<QString>("name");
        QTest::addColumn<qsizetype>("length");
        QTest::addColumn<bool>("spaced");
        QTest::newRow("exact") << QStringLiteral("x{{body}}y") << qsizetype(1) << int(Shape::Placeholder)
                               << QStringLiteral("body") << qsizetype(8) << false;
        QTest::newRow("spaced") << QStringLiteral("{{ body }}") << qsizetype(0) << int(Shape::Placeholder)
                                << QStringLiteral("body") << qsizetype(10) << true;
        QTest::newRow("one side") << QStringLiteral("{{\tmobile}}") << qsizetype(0) << int(Shape::Placeholder)
                                  << QStringLiteral("mobile") << qsizetype(11) << true;
        QTest::newRow("secret") << QStringLiteral("{{secret:api.key-1}}") << qsizetype(0) << int(Shape::Placeholder)
                                << QStringLiteral("secret:api.key-1") << qsizetype(20) << false;
        QTest::newRow("empty") << QStringLiteral("{{}}") << qsizetype(0) << int(Shape::Placeholder) << QString()
                               << qsizetype(4) << false;
        QTest::newRow("not at brace") << QStringLiteral("a{{b}}") << qsizetype(0) << int(Shape::None) << QString()
                                      << qsizetype(0) << false;
        QTest::newRow("single brace") << QStringLiteral("{x}}") << qsizetype(0) << int(Shape::None) << QString()
                                      << qsizetype(0) << false;
        QTest::newRow("third brace") << QStringLiteral("{{{body}}}") << qsizetype(0) << int(Shape::None) << QString()
                                     << qsizetype(0) << false;
        QTest::newRow("after third brace") << QStringLiteral("{{{body}}}") << qsizetype(1) << int(Shape::Placeholder)
                                           << QStringLiteral("body") << qsizetype(8) << false;
        QTest::newRow("unclosed") << QStringLiteral("{{body") << qsizetype(0) << int(Shape::Unclosed) << QString()
                                  << qsizetype(2) << false;
        QTest::newRow("line break") << QStringLiteral("{{bo\ndy}}") << qsizetype(0) << int(Shape::Unclosed) << QString()
                                    << qsizetype(2) << false;
        QTest::newRow("next opens first") << QStringLiteral("{{a {{b}}") << qsizetype(0) << int(Shape::Unclosed)
                                          << QString() << qsizetype(2) << false;
        QTest::newRow("at end") << QStringLiteral("{") << qsizetype(0) << int(Shape::None) << QString() << qsizetype(0)
                                << false;
    }

    void reads()
    {
        QFETCH(QString, text);
        QFETCH(qsizetype, start);
        QFETCH(int, shape);
        QFETCH(QString, name);
        QFETCH(qsizetype, length);
        QFETCH(bool, spaced);
        const PlaceholderToken token = PlaceholderToken::readAt(text, start);
        QCOMPARE(int(token.shape), shape);
        QCOMPARE(token.name, name);
        QCOMPARE(token.length, length);
        QCOMPARE(token.spaced, spaced);
        QCOMPARE(token.start, start);
    }

    void names()
    {
        QVERIFY(isPlaceholderName(u"confirmation-code"));
        QVERIFY(isPlaceholderName(u"secret:a_b.c"));
        QVERIFY(!isPlaceholderName(u""));
        QVERIFY(!isPlaceholderName(u"a b"));
        QVERIFY(!isPlaceholderName(u"é"));
    }
};

QTEST_GUILESS_MAIN(TestPlaceholderToken)
#include "TestPlaceholderToken.moc"
