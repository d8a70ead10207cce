#include "JsonTemplateFormat.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace smsotp::tmpl {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("smsotp::tmpl::JsonTemplateFormat", text);
}

bool isJsonBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

// Problems that leave the JSON itself in doubt; an unknown placeholder or a missing secret only changes a value.
bool stopsFormatting(TemplateErrorKind kind)
{
    return kind != TemplateErrorKind::UnknownPlaceholder && kind != TemplateErrorKind::MissingSecret;
}

PayloadValues sampleValues()
{
    PayloadValues values;
    values.body = QStringLiteral("body");
    values.mobile = QStringLiteral("+15550100");
    return values;
}

class Formatter
{
public:
    Formatter(QStringView text, const QList<Placeholder>& placeholders, int indent)
        : m_text(text)
        , m_placeholders(placeholders)
        , m_indent(std::max(0, indent))
    { }

    QString run()
    {
        m_out.reserve(m_text.size() * 2);
        qsizetype next = 0; // the next placeholder
        bool inString = false;
        for (qsizetype i = 0; i < m_text.size(); ++i) {
            if (next < m_placeholders.size() && m_placeholders.at(next).position.offset == i) {
                const qsizetype length = m_placeholders.at(next).length;
                m_out += m_text.mid(i, length);
                i += length - 1;
                ++next;
                continue;
            }
            const QChar c = m_text.at(i);
            if (inString) {
                m_out += c;
                if (c == u'\\' && i + 1 < m_text.size())
                    m_out += m_text.at(++i);
                else if (c == u'"')
                    inString = false;
                continue;
            }
            if (isJsonBlank(c))
                continue;
            switch (c.unicode()) {
            case u'"':
                inString = true;
                m_out += c;
                break;
            case u'{':
            case u'[': {
                const QChar close = c == u'{' ? u'}' : u']';
                qsizetype after = i + 1;
                while (after < m_text.size() && isJsonBlank(m_text.at(after)))
                    ++after;
                const bool placeholderNext
                    = next < m_placeholders.size() && m_placeholders.at(next).position.offset == after;
                if (!placeholderNext && after < m_text.size() && m_text.at(after) == close) {
                    m_out += c;
                    m_out += close;
                    i = after;
                } else {
                    m_out += c;
                    ++m_depth;
                    newLine();
                }
                break;
            }
            case u'}':
            case u']':
                --m_depth;
                newLine();
                m_out += c;
                break;
            case u',':
                m_out += c;
                newLine();
                break;
            case u':':
                m_out += QStringLiteral(": ");
                break;
            default:
                m_out += c;
            }
        }
        return m_out;
    }

private:
    void newLine()
    {
        m_out += u'\n';
        m_out += QString(std::max(0, m_depth) * m_indent, u' ');
    }

    QStringView m_text;
    const QList<Placeholder>& m_placeholders;
    int m_indent;
    int m_depth = 0;
    QString m_out;
};

} // namespace

JsonFormatResult formatJsonTemplate(QStringView templateText, int indent)
{
    JsonFormatResult result;
    const PayloadValues values = sampleValues();
    const RenderResult before = renderPayload(templateText, PayloadFormat::Json, values);
    for (const TemplateError& error : before.errors) {
        if (stopsFormatting(error.kind)) {
            result.error = error;
            return result;
        }
    }

    QString formatted = Formatter(templateText, before.placeholders, indent).run();

    // The formatter only moves blanks between tokens; this check keeps it honest should a template ever
    // reach it that the renderer reads differently (the document must be the same, value for value).
    const RenderResult after = renderPayload(formatted, PayloadFormat::Json, values);
    const QJsonDocument original = QJsonDocument::fromJson(before.bytes);
    if (after.placeholders.size() != before.placeholders.size() || QJsonDocument::fromJson(after.bytes) != original) {
        TemplateError error;
        error.kind = TemplateErrorKind::JsonSyntax;
        error.message = tr("The template could not be formatted without changing what it sends; it was left as it is.");
        result.error = error;
        return result;
    }
    result.text = std::move(formatted);
    return result;
}

} // namespace smsotp::tmpl
