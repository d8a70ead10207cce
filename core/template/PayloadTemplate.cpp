#include "PayloadTemplate.h"

#include "FormUrlEncoding.h"
#include "JsonString.h"
#include "PlaceholderToken.h"
#include "config/InputLimits.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <algorithm>
#include <optional>

namespace smsotp::tmpl {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("smsotp::tmpl::PayloadTemplate", text);
}

const QString kSecretPrefix = QStringLiteral("secret:");
constexpr qsizetype kMaxSecretNameLength = 64;

bool isSecretName(QStringView name)
{
    if (name.isEmpty() || name.size() > kMaxSecretNameLength || !isPlaceholderName(name))
        return false;
    return !name.contains(u':');
}

bool isTypographicQuote(char16_t u)
{
    switch (u) {
    case 0x00AB: // «
    case 0x00BB: // »
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201A: // ‚
    case 0x201B: // ‛
    case 0x201C: // “
    case 0x201D: // ”
    case 0x201E: // „
    case 0x201F: // ‟
    case 0x2032: // ′
    case 0x2033: // ″
        return true;
    default:
        return false;
    }
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

// Output offsets back to template offsets: a literal stretch maps one to one, a filled-in value maps
// to the start of its placeholder.
struct Span
{
    qsizetype outStart = 0;
    qsizetype templateStart = 0;
    bool literal = true;
};

class Renderer
{
public:
    Renderer(QStringView text, PayloadFormat format, const PayloadValues& values)
        : m_text(text)
        , m_format(format)
        , m_values(values)
        , m_positions(text)
    { }

    RenderResult run()
    {
        if (m_format == PayloadFormat::Json)
            renderJson();
        else
            renderForm();
        m_result.bytes = m_out.toUtf8();
        if (m_format == PayloadFormat::Json)
            checkJson();
        std::stable_sort(m_result.errors.begin(), m_result.errors.end(),
            [](const TemplateError& a, const TemplateError& b) { return a.position.offset < b.position.offset; });
        return std::move(m_result);
    }

private:
    void renderJson()
    {
        bool inString = false;
        bool escaped = false;
        QList<qsizetype> openBrackets;
        for (qsizetype i = 0; i < m_text.size(); ++i) {
            const QChar c = m_text.at(i);
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == u'\\') {
                    escaped = true;
                } else if (c == u'"') {
                    inString = false;
                } else if (c == u'{') {
                    if (const qsizetype used = tryPlaceholder(i, true); used > 0) {
                        i += used - 1;
                        continue;
                    }
                } else if (c.unicode() < 0x20) {
                    addError(TemplateErrorKind::ControlCharacterInString, i,
                        tr("A line break, tab or other control character stands inside a JSON string, where "
                           "JSON does not allow it. Write it as an escape (\\n for a line break, \\t for a tab)."));
                }
                appendLiteral(i);
                continue;
            }

            if (c == u'{') {
                if (const qsizetype used = tryPlaceholder(i, false); used > 0) {
                    i += used - 1;
                    continue;
                }
                openBrackets.append(i);
            } else if (c == u'[') {
                openBrackets.append(i);
            } else if (c == u'}' || c == u']') {
                checkClosingBracket(i, openBrackets);
            } else if (c == u'"') {
                inString = true;
            } else if (isTypographicQuote(c.unicode())) {
                addError(TemplateErrorKind::TypographicQuote, i,
                    tr("“%1” is a typographic quote, which JSON does not accept: it needs the straight "
                       "double quote (\"). Around a placeholder, remove the quotes altogether: the console "
                       "puts a placeholder that stands outside a string between quotes itself.")
                        .arg(c));
            }
            appendLiteral(i);
        }
        for (const qsizetype opening : std::as_const(openBrackets))
            m_result.unclosedBrackets.append(m_positions.at(opening));
    }

    void checkClosingBracket(qsizetype i, QList<qsizetype>& openBrackets)
    {
        const QChar closing = m_text.at(i);
        const QChar expectedOpening = closing == u'}' ? QChar(u'{') : QChar(u'[');
        if (openBrackets.isEmpty()) {
            addError(TemplateErrorKind::UnbalancedBracket, i,
                tr("“%1” closes nothing: there is no “%2” open before it. Remove it.")
                    .arg(QString(closing), QString(expectedOpening)));
            return;
        }
        const qsizetype opening = openBrackets.takeLast();
        if (m_text.at(opening) != expectedOpening) {
            const TextPosition at = m_positions.at(opening);
            addError(TemplateErrorKind::UnbalancedBracket, i,
                tr("“%1” does not match the “%2” opened at line %3, column %4.")
                    .arg(QString(closing), QString(m_text.at(opening)))
                    .arg(at.line)
                    .arg(at.column));
        }
    }

    void renderForm()
    {
        qsizetype begin = 0;
        qsizetype end = m_text.size();
        while (begin < end && isBlank(m_text.at(begin)))
            ++begin;
        while (end > begin && isBlank(m_text.at(end - 1)))
            --end;
        for (qsizetype i = begin; i < end; ++i) {
            const QChar c = m_text.at(i);
            if (c == u'{') {
                if (const qsizetype used = tryPlaceholder(i, false); used > 0) {
                    i += used - 1;
                    continue;
                }
            }
            beginLiteralSpan(i);
            const char16_t u = c.unicode();
            if (u > 0x20 && u < 0x7f) {
                m_out += c;
            } else if (u == u' ') {
                m_out += u'+';
            } else {
                qsizetype units = 1;
                if (c.isHighSurrogate() && i + 1 < end && m_text.at(i + 1).isLowSurrogate())
                    units = 2;
                m_out += QLatin1StringView(formUrlEncode(m_text.mid(i, units)));
                i += units - 1;
            }
        }
    }

    // Handles a placeholder at offset i; returns how many template units it took (0: not a placeholder).
    qsizetype tryPlaceholder(qsizetype i, bool insideString)
    {
        const PlaceholderToken token = PlaceholderToken::readAt(m_text, i);
        if (token.shape == PlaceholderToken::Shape::Unclosed) {
            addError(TemplateErrorKind::UnclosedPlaceholder, i,
                tr("“{{” starts a placeholder but no “}}” closes it on the same line. Close it, or write "
                   "the braces differently if they are meant literally."));
            return 0;
        }
        if (token.shape != PlaceholderToken::Shape::Placeholder)
            return 0;

        Placeholder placeholder;
        placeholder.name = token.name;
        placeholder.position = m_positions.at(token.start);
        placeholder.length = token.length;
        placeholder.spaced = token.spaced;
        placeholder.insideJsonString = insideString;

        std::optional<QString> value;
        if (token.name == u"body") {
            placeholder.kind = PlaceholderKind::Body;
            value = m_values.body;
        } else if (token.name == u"mobile") {
            placeholder.kind = PlaceholderKind::Mobile;
            value = m_values.mobile;
        } else if (token.name.startsWith(kSecretPrefix)
            && isSecretName(QStringView(token.name).mid(kSecretPrefix.size()))) {
            placeholder.kind = PlaceholderKind::Secret;
            placeholder.secretName = token.name.mid(kSecretPrefix.size());
            const auto found = m_values.secrets.constFind(placeholder.secretName);
            if (found != m_values.secrets.cend()) {
                value = *found;
            } else {
                addError(TemplateErrorKind::MissingSecret, i,
                    tr("The secret “%1” has no stored value. Add it to the provider's secrets, or correct the "
                       "name in the template.")
                        .arg(placeholder.secretName));
            }
        } else {
            placeholder.kind = PlaceholderKind::Unknown;
            addError(TemplateErrorKind::UnknownPlaceholder, i, unknownPlaceholderMessage(token.name));
        }
        m_result.placeholders.append(placeholder);

        m_spans.append({ m_out.size(), token.start, false });
        m_lastLiteral = -1;
        const QString filled = value.value_or(QString());
        if (m_format == PayloadFormat::Form)
            m_out += QLatin1StringView(formUrlEncode(filled));
        else if (insideString)
            m_out += jsonEscaped(filled);
        else
            m_out += jsonQuoted(filled);
        return token.length;
    }

    static QString unknownPlaceholderMessage(const QString& name)
    {
        const QString written = u"{{" + name + u"}}";
        for (const QString& known : { QStringLiteral("body"), QStringLiteral("mobile") }) {
            if (name.compare(known, Qt::CaseInsensitive) == 0) {
                return tr("%1 is not a placeholder; names are case-sensitive: did you mean {{%2}}?")
                    .arg(written, known);
            }
        }
        if (name.startsWith(kSecretPrefix, Qt::CaseInsensitive)) {
            return tr("%1 is not a valid secret placeholder: a secret's name is 1 to 64 ASCII letters, digits, "
                      "“_”, “.” or “-”, as in {{secret:apiKey}}.")
                .arg(written);
        }
        return tr("%1 is not a placeholder this template knows. Use {{body}} for the SMS text, {{mobile}} for "
                  "the phone number, or {{secret:NAME}} for a secret stored with the provider.")
            .arg(written);
    }

    void beginLiteralSpan(qsizetype templateOffset)
    {
        if (m_lastLiteral < 0 || m_lastLiteral != templateOffset - 1)
            m_spans.append({ m_out.size(), templateOffset, true });
        m_lastLiteral = templateOffset;
    }

    void appendLiteral(qsizetype i)
    {
        beginLiteralSpan(i);
        m_out += m_text.at(i);
    }

    void addError(TemplateErrorKind kind, qsizetype offset, const QString& message, const QString& detail = {})
    {
        const TextPosition position = m_positions.at(offset);
        TemplateError error;
        error.kind = kind;
        error.position = position;
        error.message = tr("Line %1, column %2: %3").arg(position.line).arg(position.column).arg(message);
        error.detail = detail;
        m_result.errors.append(error);
    }

    void checkJson()
    {
        QJsonParseError parseError;
        QJsonDocument::fromJson(m_result.bytes, &parseError);
        if (parseError.error == QJsonParseError::NoError)
            return;
        const qsizetype templateOffset = templateOffsetForOutput(outputOffsetForByte(parseError.offset));
        addError(TemplateErrorKind::JsonSyntax, templateOffset,
            tr("The payload is not valid JSON here (%1). Check the quotes, commas and braces around this "
               "spot; placeholders outside a string need no quotes of their own.")
                .arg(parseError.errorString()),
            parseError.errorString());
    }

    // The JSON parser reports a byte offset into the UTF-8; the spans are in UTF-16 units of the output.
    qsizetype outputOffsetForByte(qsizetype byteOffset) const
    {
        qsizetype bytes = 0;
        for (qsizetype i = 0; i < m_out.size(); ++i) {
            if (bytes >= byteOffset)
                return i;
            const char16_t u = m_out.at(i).unicode();
            if (QChar::isHighSurrogate(u) && i + 1 < m_out.size() && m_out.at(i + 1).isLowSurrogate()) {
                bytes += 4;
                ++i;
            } else {
                bytes += u < 0x80 ? 1 : u < 0x800 ? 2 : 3;
            }
        }
        return m_out.size();
    }

    qsizetype templateOffsetForOutput(qsizetype outOffset) const
    {
        if (m_spans.isEmpty() || outOffset >= m_out.size())
            return m_text.size();
        const auto next = std::upper_bound(m_spans.cbegin(), m_spans.cend(), outOffset,
            [](qsizetype offset, const Span& span) { return offset < span.outStart; });
        if (next == m_spans.cbegin())
            return 0;
        const Span& span = *(next - 1);
        if (!span.literal)
            return span.templateStart;
        return std::min(span.templateStart + (outOffset - span.outStart), m_text.size());
    }

    QStringView m_text;
    PayloadFormat m_format;
    const PayloadValues& m_values;
    TextPositionMap m_positions;
    QString m_out;
    QList<Span> m_spans;
    qsizetype m_lastLiteral = -1;
    RenderResult m_result;
};

} // namespace

RenderResult renderPayload(QStringView templateText, PayloadFormat format, const PayloadValues& values)
{
    // Each UTF-16 unit is at least one byte of UTF-8: a text with more units is over the limit in any encoding.
    if (templateText.size() > limits::kTemplateBytes) {
        RenderResult tooLarge;
        tooLarge.errors.append({ TemplateErrorKind::TooLarge,
            limits::tooLarge(tr("The template"), limits::kTemplateBytes), TextPosition {}, {} });
        return tooLarge;
    }
    return Renderer(templateText, format, values).run();
}

QList<Placeholder> findPlaceholders(QStringView templateText, PayloadFormat format)
{
    return renderPayload(templateText, format, PayloadValues()).placeholders;
}

QByteArray contentTypeOf(PayloadFormat format)
{
    return format == PayloadFormat::Json ? QByteArrayLiteral("application/json")
                                         : QByteArrayLiteral("application/x-www-form-urlencoded");
}

} // namespace smsotp::tmpl
