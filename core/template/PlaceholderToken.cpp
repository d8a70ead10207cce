#include "PlaceholderToken.h"

namespace smsotp::tmpl {

namespace {

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

} // namespace

bool isPlaceholderName(QStringView name)
{
    if (name.isEmpty())
        return false;
    for (QChar c : name) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_'
            || u == u'.' || u == u'-' || u == u':';
        if (!ok)
            return false;
    }
    return true;
}

PlaceholderToken PlaceholderToken::readAt(QStringView text, qsizetype start)
{
    PlaceholderToken token;
    token.start = start;
    if (start < 0 || start + 1 >= text.size() || text.at(start) != u'{' || text.at(start + 1) != u'{')
        return token;
    // A third brace means this one is literal and the placeholder starts one further on.
    if (start + 2 < text.size() && text.at(start + 2) == u'{')
        return token;

    const qsizetype contentStart = start + 2;
    for (qsizetype i = contentStart; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\n' || c == u'\r' || (c == u'{' && i + 1 < text.size() && text.at(i + 1) == u'{'))
            break;
        if (c == u'}' && i + 1 < text.size() && text.at(i + 1) == u'}') {
            QStringView content = text.mid(contentStart, i - contentStart);
            token.spaced = !content.isEmpty() && (isBlank(content.front()) || isBlank(content.back()));
            while (!content.isEmpty() && isBlank(content.front()))
                content = content.mid(1);
            while (!content.isEmpty() && isBlank(content.back()))
                content.chop(1);
            token.shape = Shape::Placeholder;
            token.name = content.toString();
            token.length = i + 2 - start;
            return token;
        }
    }
    token.shape = Shape::Unclosed;
    token.length = 2;
    return token;
}

} // namespace smsotp::tmpl
