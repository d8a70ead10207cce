#include "HeaderList.h"

#include <QCoreApplication>
#include <algorithm>

namespace smsotp::tmpl {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("smsotp::tmpl::HeaderList", text);
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

bool isLineBreakOrNul(QChar c)
{
    return c == u'\r' || c == u'\n' || c == QChar(0);
}

bool isOtherControl(QChar c)
{
    return (c.unicode() < 0x20 && c != u'\t' && !isLineBreakOrNul(c)) || c.unicode() == 0x7f;
}

bool isTokenChar(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9'))
        return true;
    return QStringView(u"!#$%&'*+-.^_`|~").contains(c);
}

bool isReservedName(QStringView name)
{
    for (const QStringView reserved : { QStringView(u"Host"), QStringView(u"Content-Length"),
             QStringView(u"Transfer-Encoding"), QStringView(u"Connection") }) {
        if (name.compare(reserved, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString describe(QChar c)
{
    switch (c.unicode()) {
    case u'\r':
        return tr("a carriage return (CR)");
    case u'\n':
        return tr("a line feed (LF)");
    case 0:
        return tr("a NUL character");
    default:
        return tr("the control character U+%1").arg(QString::number(c.unicode(), 16).rightJustified(4, u'0').toUpper());
    }
}

class Parser
{
public:
    explicit Parser(QStringView text)
        : m_text(text)
        , m_positions(text)
    { }

    HeaderListResult run()
    {
        qsizetype i = 0;
        const qsizetype n = m_text.size();
        while (i < n) {
            while (i < n && isBlank(m_text.at(i)))
                ++i;
            if (i >= n)
                break;
            if (m_text.at(i) == u',') {
                ++i;
                continue;
            }
            i = parseEntry(i);
        }
        std::stable_sort(m_result.errors.begin(), m_result.errors.end(),
            [](const HeaderError& a, const HeaderError& b) { return a.position.offset < b.position.offset; });
        return std::move(m_result);
    }

private:
    // Parses the entry starting at a non-blank character; returns the offset after its closing ",".
    qsizetype parseEntry(qsizetype start)
    {
        const qsizetype n = m_text.size();
        qsizetype colon = start;
        while (colon < n && m_text.at(colon) != u':' && m_text.at(colon) != u',')
            ++colon;
        if (colon >= n || m_text.at(colon) == u',') {
            // Not quoted: without a ":" nothing tells the name from the value, and the value may be a secret.
            addError(HeaderErrorKind::MissingColon, start,
                tr("This header has no “:” between its name and its value. Write it as Name: value."));
            reportLineBreaks(start, colon);
            return colon + 1;
        }

        const int errorsBefore = static_cast<int>(m_result.errors.size());
        ParsedHeader header;
        qsizetype nameEnd = colon;
        while (nameEnd > start && isBlank(m_text.at(nameEnd - 1)))
            --nameEnd;
        const QStringView name = m_text.mid(start, nameEnd - start);
        header.field.name = name.toString();
        header.namePosition = m_positions.at(start);
        checkName(name, start, colon);

        qsizetype i = colon + 1;
        while (i < n && isBlank(m_text.at(i)))
            ++i;
        header.valuePosition = m_positions.at(i);
        if (i < n && m_text.at(i) == u'"') {
            header.quoted = true;
            i = parseQuotedValue(i, header.field.value);
        } else {
            qsizetype end = i;
            while (end < n && m_text.at(end) != u',')
                ++end;
            qsizetype valueEnd = end;
            while (valueEnd > i && isBlank(m_text.at(valueEnd - 1)))
                --valueEnd;
            header.field.value = m_text.mid(i, valueEnd - i).toString();
            checkValueCharacters(i, valueEnd);
            i = end;
        }

        if (m_result.errors.size() == errorsBefore)
            m_result.headers.append(header);
        return i + 1;
    }

    void checkName(QStringView name, qsizetype start, qsizetype colon)
    {
        if (name.isEmpty()) {
            addError(HeaderErrorKind::EmptyName, colon,
                tr("A header has a value but no name before the “:”. Write the name, as in X-Api-Key: value."));
            return;
        }
        for (qsizetype k = 0; k < name.size(); ++k) {
            if (isLineBreakOrNul(name.at(k))) {
                addError(HeaderErrorKind::LineBreakOrNul, start + k,
                    tr("The header name “%1” holds %2, which would split the header on the wire.")
                        .arg(name.toString().simplified(), describe(name.at(k))));
                return;
            }
        }
        for (qsizetype k = 0; k < name.size(); ++k) {
            if (!isTokenChar(name.at(k))) {
                addError(HeaderErrorKind::InvalidName, start + k,
                    tr("“%1” is not a valid header name: names are ASCII letters, digits and ! # $ % & ' * + "
                       "- . ^ _ ` | ~, with no spaces.")
                        .arg(name.toString()));
                return;
            }
        }
        if (isReservedName(name)) {
            addError(HeaderErrorKind::ReservedName, start,
                tr("The console sets the %1 header itself; remove it from the list.").arg(name.toString()));
        }
    }

    // Reads a quoted value starting at the opening quote; returns the offset of the "," that ends the entry
    // (or the end of the text).
    qsizetype parseQuotedValue(qsizetype open, QString& value)
    {
        const qsizetype n = m_text.size();
        qsizetype i = open + 1;
        bool closed = false;
        while (i < n) {
            const QChar c = m_text.at(i);
            if (c == u'"') {
                closed = true;
                ++i;
                break;
            }
            if (c == u'\\') {
                if (i + 1 < n && (m_text.at(i + 1) == u'"' || m_text.at(i + 1) == u'\\')) {
                    value += m_text.at(i + 1);
                    i += 2;
                    continue;
                }
                addError(HeaderErrorKind::InvalidEscape, i,
                    tr("In a quoted header value a backslash must be followed by \" or by another backslash; "
                       "write \\\\ for a backslash."));
                ++i;
                continue;
            }
            checkValueCharacters(i, i + 1);
            value += c;
            ++i;
        }
        if (!closed) {
            addError(HeaderErrorKind::UnterminatedQuote, open,
                tr("The quoted header value that starts here has no closing quote (\")."));
            return n;
        }
        while (i < n && isBlank(m_text.at(i)))
            ++i;
        if (i < n && m_text.at(i) != u',') {
            addError(HeaderErrorKind::TextAfterQuotedValue, i,
                tr("Only a “,” may follow a quoted header value; put this text inside the quotes or after a "
                   "comma."));
            const qsizetype comma = m_text.indexOf(u',', i);
            return comma < 0 ? n : comma;
        }
        return i;
    }

    void checkValueCharacters(qsizetype from, qsizetype to)
    {
        for (qsizetype k = from; k < to; ++k) {
            const QChar c = m_text.at(k);
            if (isLineBreakOrNul(c)) {
                addError(HeaderErrorKind::LineBreakOrNul, k,
                    tr("A header value holds %1, which would split the header on the wire (header "
                       "injection). Remove it.")
                        .arg(describe(c)));
            } else if (isOtherControl(c)) {
                addError(HeaderErrorKind::ControlCharacter, k,
                    tr("A header value holds %1, which HTTP does not allow. Remove it.").arg(describe(c)));
            }
        }
    }

    // A line break in an entry that is already wrong still deserves its own error: it is the dangerous part.
    void reportLineBreaks(qsizetype from, qsizetype to)
    {
        for (qsizetype k = from; k < to; ++k) {
            if (isLineBreakOrNul(m_text.at(k))) {
                addError(HeaderErrorKind::LineBreakOrNul, k,
                    tr("The header list holds %1; headers are separated by “,” on one line.")
                        .arg(describe(m_text.at(k))));
            }
        }
    }

    void addError(HeaderErrorKind kind, qsizetype offset, const QString& message)
    {
        HeaderError error;
        error.kind = kind;
        error.position = m_positions.at(offset);
        error.message = tr("Column %1: %2").arg(error.position.column).arg(message);
        if (error.position.line > 1)
            error.message
                = tr("Line %1, column %2: %3").arg(error.position.line).arg(error.position.column).arg(message);
        m_result.errors.append(error);
    }

    QStringView m_text;
    TextPositionMap m_positions;
    HeaderListResult m_result;
};

bool needsQuoting(QStringView value)
{
    if (value.isEmpty())
        return false;
    if (isBlank(value.front()) || isBlank(value.back()) || value.front() == u'"')
        return true;
    return value.contains(u',') || value.contains(u'"') || value.contains(u'\\');
}

} // namespace

QList<HeaderField> HeaderListResult::fields() const
{
    QList<HeaderField> out;
    out.reserve(headers.size());
    for (const ParsedHeader& header : headers)
        out.append(header.field);
    return out;
}

HeaderListResult parseHeaderList(QStringView text)
{
    return Parser(text).run();
}

bool isHeaderToken(QStringView name)
{
    return !name.isEmpty() && std::all_of(name.begin(), name.end(), isTokenChar);
}

QString serializeHeaderValue(QStringView value)
{
    if (!needsQuoting(value))
        return value.toString();
    QString out;
    out.reserve(value.size() + 2);
    out += u'"';
    for (QChar c : value) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        out += c;
    }
    out += u'"';
    return out;
}

QString serializeHeaderList(const QList<HeaderField>& fields)
{
    QString out;
    for (const HeaderField& field : fields) {
        if (!out.isEmpty())
            out += u", ";
        out += field.name + u": " + serializeHeaderValue(field.value);
    }
    return out;
}

bool isWso2Compatible(const HeaderField& field)
{
    return !field.value.contains(u',') && !field.value.contains(u':') && !needsQuoting(field.value);
}

} // namespace smsotp::tmpl
