#include "TextPosition.h"

#include <algorithm>

namespace smsotp::tmpl {

TextPositionMap::TextPositionMap(QStringView text)
    : m_size(text.size())
{
    m_lineStarts.append(0);
    m_uncountedBefore.reserve(text.size() + 1);
    qsizetype uncounted = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        m_uncountedBefore.append(uncounted);
        const QChar c = text.at(i);
        if (c == u'\n')
            m_lineStarts.append(i + 1);
        else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
            ++uncounted;
        else if (c.isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate())
            ++uncounted;
    }
    m_uncountedBefore.append(uncounted);
}

TextPosition TextPositionMap::at(qsizetype offset) const
{
    TextPosition position;
    position.offset = std::clamp<qsizetype>(offset, 0, m_size);
    const auto next = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), position.offset);
    const qsizetype lineStart = *(next - 1);
    position.line = static_cast<int>(next - m_lineStarts.cbegin());
    position.column = static_cast<int>(position.offset - lineStart
                          - (m_uncountedBefore.at(position.offset) - m_uncountedBefore.at(lineStart)))
        + 1;
    return position;
}

TextPosition textPositionAt(QStringView text, qsizetype offset)
{
    return TextPositionMap(text).at(offset);
}

} // namespace smsotp::tmpl
