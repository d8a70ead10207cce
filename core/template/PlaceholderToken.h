#pragma once
// The lexer shared by every template of the console: finds `{{ name }}` tokens in a text.

#include <QString>
#include <QStringView>

namespace smsotp::tmpl {

// A placeholder is `{{`, optional spaces or tabs, a name, optional spaces or tabs, `}}`, all on one line.
// The name is what stands between the braces with the spaces trimmed; what it means is up to the template
// that reads it. In a run of three or more `{` the placeholder starts at the last two, so `{{{body}}}`
// reads as a literal brace around `{{body}}`.
struct PlaceholderToken
{
    enum class Shape
    {
        None, // no `{{` starts here
        Placeholder, // `{{ ... }}` found; name holds the trimmed content (which may be empty or odd)
        Unclosed, // `{{` with no `}}` before the end of the line or the next `{{`
    };

    Shape shape = Shape::None;
    qsizetype start = 0; // offset of the first `{`
    qsizetype length = 0; // through the closing `}}`; 2 for Unclosed (just the `{{`)
    QString name;
    bool spaced = false; // spaces or tabs inside the braces: WSO2 replaces only the exact spellings

    // Reads the token that starts at offset start of text.
    static PlaceholderToken readAt(QStringView text, qsizetype start);
};

// Whether a name is made only of the characters placeholders use: ASCII letters, digits, `_ . - :`.
bool isPlaceholderName(QStringView name);

} // namespace smsotp::tmpl
