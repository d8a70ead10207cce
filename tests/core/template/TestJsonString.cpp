#include "template/JsonString.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace smsotp::tmpl;

class TestJsonString : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << QStringLiteral("abc é 漢") << QStringLiteral("abc é 漢");
        QTest::newRow("quote and backslash") << QStringLiteral("a\"b\\c") << QStringLiteral("a\\\"b\\\\c");
        QTest::newRow("short escapes") << QStringLiteral("\b\f\n\r\t") << QStringLiteral("\\b\\f\\n\\r\\t");
        QTest::newRow("other controls") << QString(QChar(0) + QString(QChar(0x1f))) << QStringLiteral("\\u0000\\u001f");
        QTest::newRow("line separators") << QString(QString(QChar(0x2028)) + QChar(0x2029))
                                         << QStringLiteral("\\u2028\\u2029");
        QTest::newRow("DEL and BOM") << QString(QString(QChar(0x7f)) + QChar(0xfeff))
                                     << QStringLiteral("\\u007f\\ufeff");
        QTest::newRow("pair kept") << QStringLiteral("😀") << QStringLiteral("😀");
        QTest::newRow("lone high") << QString(QChar(0xd83d)) << QStringLiteral("\\ud83d");
        QTest::newRow("lone low") << QString(QString(QChar(0xde00)) + u'x') << QStringLiteral("\\ude00x");
        QTest::newRow("braces and slash") << QStringLiteral("{{body}}/</") << QStringLiteral("{{body}}/</");
    }

    void escapes()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(jsonEscaped(text), escaped);
        QCOMPARE(jsonQuoted(text), u'"' + escaped + u'"');
        const QJsonDocument document = QJsonDocument::fromJson(QString(u'[' + jsonQuoted(text) + u']').toUtf8());
        QVERIFY(document.isArray());
        QCOMPARE(document.array().at(0).toString(), text);
    }
};

QTEST_GUILESS_MAIN(TestJsonString)
#include "TestJsonString.moc"
