#include "providers/JsonPointer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace smsotp::providers;

class TestJsonPointer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The examples of RFC 6901, section 5.
    void rfc6901Examples_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("expected");
        QTest::newRow("whole") << QString()
                               << QStringLiteral("{\"\":0,\" "
                                                 "\":7,\"a/"
                                                 "b\":1,\"c%d\":2,\"e^f\":3,\"foo\":[\"bar\",\"baz\"],\"g|h\":4,"
                                                 "\"i\\\\j\":5,\"k\\\"l\":6,\"m~n\":8}");
        QTest::newRow("/foo") << QStringLiteral("/foo") << QStringLiteral("[\"bar\",\"baz\"]");
        QTest::newRow("/foo/0") << QStringLiteral("/foo/0") << QStringLiteral("bar");
        QTest::newRow("/") << QStringLiteral("/") << QStringLiteral("0");
        QTest::newRow("/a~1b") << QStringLiteral("/a~1b") << QStringLiteral("1");
        QTest::newRow("/c%d") << QStringLiteral("/c%d") << QStringLiteral("2");
        QTest::newRow("/e^f") << QStringLiteral("/e^f") << QStringLiteral("3");
        QTest::newRow("/g|h") << QStringLiteral("/g|h") << QStringLiteral("4");
        QTest::newRow("/i\\j") << QStringLiteral("/i\\j") << QStringLiteral("5");
        QTest::newRow("/k\"l") << QStringLiteral("/k\"l") << QStringLiteral("6");
        QTest::newRow("/ ") << QStringLiteral("/ ") << QStringLiteral("7");
        QTest::newRow("/m~0n") << QStringLiteral("/m~0n") << QStringLiteral("8");
    }

    void rfc6901Examples()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, expected);
        const QJsonDocument document
            = QJsonDocument::fromJson("{\"foo\": [\"bar\", \"baz\"], \"\": 0, \"a/b\": 1, \"c%d\": 2, \"e^f\": 3, "
                                      "\"g|h\": 4, \"i\\\\j\": 5, \"k\\\"l\": 6, \" \": 7, \"m~n\": 8}");
        QVERIFY(isJsonPointer(pointer));
        const std::optional<QJsonValue> value = resolveJsonPointer(document, pointer);
        QVERIFY(value);
        QCOMPARE(jsonValueText(*value), expected);
    }

    void whatIsNotThere()
    {
        const QJsonDocument document = QJsonDocument::fromJson("{\"messages\": [{\"status\": \"0\"}], \"n\": 1}");
        for (const QString& pointer : { QStringLiteral("/messages/1/status"), QStringLiteral("/messages/01/status"),
                 QStringLiteral("/messages/-/status"), QStringLiteral("/nope"), QStringLiteral("/n/x") })
            QVERIFY2(!resolveJsonPointer(document, pointer), qPrintable(pointer));
        QVERIFY(!resolveJsonPointer(QJsonDocument::fromJson("not json"), u""));
        QCOMPARE(jsonValueText(*resolveJsonPointer(document, u"/messages/0/status")), QStringLiteral("0"));
    }

    void notPointers()
    {
        for (const QString& text : { QStringLiteral("messages/0"), QStringLiteral("/a~2"), QStringLiteral("/a~"),
                 QStringLiteral("$.messages[0]") })
            QVERIFY2(!isJsonPointer(text), qPrintable(text));
    }

    void scalarsAsText()
    {
        QCOMPARE(jsonValueText(QJsonValue(0)), QStringLiteral("0"));
        QCOMPARE(jsonValueText(QJsonValue(202.0)), QStringLiteral("202"));
        QCOMPARE(jsonValueText(QJsonValue(0.5)), QStringLiteral("0.5"));
        QCOMPARE(jsonValueText(QJsonValue(true)), QStringLiteral("true"));
        QCOMPARE(jsonValueText(QJsonValue(QJsonValue::Null)), QStringLiteral("null"));
    }
};

QTEST_GUILESS_MAIN(TestJsonPointer)
#include "TestJsonPointer.moc"
