#include "TemplateHighlighter.h"

#include <QGuiApplication>
#include <QPalette>

namespace smsotp::ui {

namespace {

bool isDigitStart(const QString& text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c.isDigit())
        return c.unicode() < 0x80;
    return c == u'-' && i + 1 < text.size() && text.at(i + 1).unicode() < 0x80 && text.at(i + 1).isDigit();
}

bool isNumberPart(QChar c)
{
    return (c.unicode() < 0x80 && c.isDigit()) || c == u'.' || c == u'e' || c == u'E' || c == u'+' || c == u'-';
}

} // namespace

TemplateHighlighter::TemplateHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{ }

void TemplateHighlighter::setPayloadFormat(tmpl::PayloadFormat format)
{
    if (format == m_format)
        return;
    m_format = format;
    rehighlight();
}

QTextCharFormat TemplateHighlighter::formatFor(Token token) const
{
    // Two sets of colours, so the text stays readable on a dark theme as on a light one.
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    QTextCharFormat format;
    format.setProperty(TokenProperty, int(token));
    switch (token) {
    case Token::String:
        format.setForeground(dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15));
        break;
    case Token::Number:
        format.setForeground(dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58));
        break;
    case Token::Keyword:
        format.setForeground(dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x00, 0xff));
        break;
    case Token::Punctuation:
        format.setForeground(dark ? QColor(0xd4, 0xd4, 0xd4) : QColor(0x55, 0x55, 0x55));
        break;
    case Token::Placeholder:
        format.setForeground(dark ? QColor(0xc5, 0x86, 0xc0) : QColor(0x80, 0x00, 0x80));
        format.setFontWeight(QFont::Bold);
        break;
    case Token::UnknownPlaceholder:
        format.setForeground(dark ? QColor(0xf4, 0x87, 0x71) : QColor(0xc0, 0x00, 0x00));
        format.setFontWeight(QFont::Bold);
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(format.foreground().color());
        break;
    }
    return format;
}

void TemplateHighlighter::apply(qsizetype start, qsizetype length, Token token)
{
    QSyntaxHighlighter::setFormat(int(start), int(length), formatFor(token));
}

void TemplateHighlighter::highlightBlock(const QString& text)
{
    // JSON strings never span lines (a raw line break in one is an error the lint reports), so a block is
    // read on its own; the placeholders come from the renderer's own reading of that line.
    const QList<tmpl::Placeholder> placeholders = tmpl::findPlaceholders(text, m_format);
    qsizetype next = 0;
    for (qsizetype i = 0; i < text.size();) {
        if (next < placeholders.size() && placeholders.at(next).position.offset <= i) {
            i = std::max(i, placeholders.at(next).position.offset + placeholders.at(next).length);
            ++next;
            continue;
        }
        const QChar c = text.at(i);
        if (m_format == tmpl::PayloadFormat::Form) {
            if (c == u'=' || c == u'&')
                apply(i, 1, Token::Punctuation);
            ++i;
            continue;
        }
        if (c == u'"') {
            qsizetype end = i + 1;
            while (end < text.size() && text.at(end) != u'"')
                end += text.at(end) == u'\\' ? 2 : 1;
            end = std::min(end + 1, text.size());
            apply(i, end - i, Token::String);
            // Placeholders inside the string are coloured below, over the string's colour.
            while (next < placeholders.size() && placeholders.at(next).position.offset < end)
                ++next;
            i = end;
        } else if (c == u'{' || c == u'}' || c == u'[' || c == u']' || c == u',' || c == u':') {
            apply(i, 1, Token::Punctuation);
            ++i;
        } else if (isDigitStart(text, i)) {
            qsizetype end = i + 1;
            while (end < text.size() && isNumberPart(text.at(end)))
                ++end;
            apply(i, end - i, Token::Number);
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < text.size() && text.at(end).isLetter())
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            if (word == u"true" || word == u"false" || word == u"null")
                apply(i, end - i, Token::Keyword);
            i = end;
        } else {
            ++i;
        }
    }
    for (const tmpl::Placeholder& placeholder : placeholders) {
        apply(placeholder.position.offset, placeholder.length,
            placeholder.kind == tmpl::PlaceholderKind::Unknown ? Token::UnknownPlaceholder : Token::Placeholder);
    }
}

} // namespace smsotp::ui
