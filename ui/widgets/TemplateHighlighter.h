#pragma once
// Colours a payload template as the user types: JSON strings, numbers, keywords and punctuation, and the
// placeholders ({{body}}, {{mobile}}, {{secret:NAME}}; an unknown one stands out), found as the renderer finds them.

#include "template/PayloadTemplate.h"

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace smsotp::ui {

class TemplateHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    // What a coloured range is, kept in the format's TokenProperty so tests and tools can read it back.
    enum class Token
    {
        String = 1,
        Number,
        Keyword, // true, false, null
        Punctuation, // { } [ ] , : (and = & in a FORM template)
        Placeholder,
        UnknownPlaceholder,
    };
    static constexpr int TokenProperty = QTextFormat::UserProperty + 1;

    explicit TemplateHighlighter(QTextDocument* document);

    // JSON colours JSON; FORM only the placeholders and the = and & between fields.
    void setPayloadFormat(tmpl::PayloadFormat format);
    tmpl::PayloadFormat payloadFormat() const { return m_format; }

protected:
    void highlightBlock(const QString& text) override;

private:
    void apply(qsizetype start, qsizetype length, Token token);
    QTextCharFormat formatFor(Token token) const;

    tmpl::PayloadFormat m_format = tmpl::PayloadFormat::Json;
};

} // namespace smsotp::ui
