#include "template/TextPosition.h"

#include <QTest>

using namespace smsotp::tmpl;

class TestTextPosition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesAndColumns()
    {
        const QString text = QStringLiteral("ab\r\ncd\n\U0001F600x");
        QCOMPARE(textPositionAt(text, 0), (TextPosition { 0, 1, 1 }));
        QCOMPARE(textPositionAt(text, 2), (TextPosition { 2, 1, 3 })); // the CR
        QCOMPARE(textPositionAt(text, 4), (TextPosition { 4, 2, 1 }));
        QCOMPARE(textPositionAt(text, 7), (TextPosition { 7, 3, 1 }));
        QCOMPARE(textPositionAt(text, 9), (TextPosition { 9, 3, 2 })); // after the surrogate pair: one column
        QCOMPARE(textPositionAt(text, 10), (TextPosition { 10, 3, 3 })); // the end
        QCOMPARE(textPositionAt(text, 99).offset, qsizetype(10));
        QCOMPARE(textPositionAt(text, -3), (TextPosition { 0, 1, 1 }));
        QCOMPARE(textPositionAt(u"", 0), (TextPosition { 0, 1, 1 }));
    }

    void mapAgreesWithAWalk()
    {
        const QString text = QStringLiteral("{\n  \"a\": \"é😀\",\r\n\t\"b\": 1\n}\n");
        const TextPositionMap map(text);
        int line = 1;
        int column = 1;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            QCOMPARE(map.at(i), (TextPosition { i, line, column }));
            if (i == text.size())
                break;
            const QChar c = text.at(i);
            if (c == u'\n') {
                ++line;
                column = 1;
            } else if (!(c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                && !(c.isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate())) {
                ++column;
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTextPosition)
#include "TestTextPosition.moc"
