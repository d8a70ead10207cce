#pragma once
// Where something sits in a text the user typed (template, header list): offset, line and column.

#include <QList>
#include <QStringView>

namespace smsotp::tmpl {

// The offset is in UTF-16 code units, the unit QTextCursor::setPosition takes, so an editor can select
// the spot directly. Lines and columns start at 1 and are what a message for people quotes; a column
// counts characters (a surrogate pair is one column), and only LF ends a line (a CR before it is ignored).
struct TextPosition
{
    qsizetype offset = 0;
    int line = 1;
    int column = 1;

    bool operator==(const TextPosition&) const = default;
};

// Positions of many offsets in one text, each in logarithmic time: templates and header lists report a
// position per placeholder and per error, and a fuzzer's input may hold thousands of them.
class TextPositionMap
{
public:
    explicit TextPositionMap(QStringView text);

    // An offset past the end is clamped to the end.
    TextPosition at(qsizetype offset) const;

private:
    qsizetype m_size = 0;
    QList<qsizetype> m_lineStarts;
    QList<qsizetype> m_uncountedBefore; // per offset: units before it that are not a column of their own
};

TextPosition textPositionAt(QStringView text, qsizetype offset);

} // namespace smsotp::tmpl
