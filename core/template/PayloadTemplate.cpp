#include "PayloadTemplate.h"

#include "FormUrlEncoding.h"
#include "JsonString.h"
#include "PlaceholderToken.h"
#include "config/InputLimits.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUuid>
#include <QXmlStreamReader>
#include <algorithm>
#include <optional>
#include <utility>

namespace smsotp::tmpl {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("smsotp::tmpl::PayloadTemplate", text);
}

const QString kSecretPrefix = QStringLiteral("secret:");

// Each format's name (CLI, configuration file, database) and wire content type, in one place.
struct FormatInfo
{
    PayloadFormat format;
    const char* name;
    const char* contentType;
};
constexpr FormatInfo kFormats[] = {
    { PayloadFormat::Json, "json", "application/json" },
    { PayloadFormat::Form, "form", "application/x-www-form-urlencoded" },
    { PayloadFormat::Text, "text", "text/plain; charset=utf-8" },
    { PayloadFormat::Xml, "xml", "application/xml; charset=utf-8" },
    { PayloadFormat::None, "none", "" },
};

const FormatInfo& formatInfo(PayloadFormat format)
{
    for (const FormatInfo& info : kFormats) {
        if (info.format == format)
            return info;
    }
    return kFormats[std::size(kFormats) - 1];
}
constexpr qsizetype kMaxSecretNameLength = 64;

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
        switch (m_format) {
        case PayloadFormat::Json:
            renderJson();
            break;
        case PayloadFormat::Form:
        case PayloadFormat::Text:
            renderTrimmed();
            break;
        case PayloadFormat::Xml:
            renderXml();
            break;
        case PayloadFormat::None:
            if (!m_text.trimmed().isEmpty()) {
                addError(TemplateErrorKind::BodyNotAllowed, 0,
                    tr("The request has no body (content type “none”), so it has no template either. Empty the "
                       "template, or choose the content type the gateway expects."));
            }
            break;
        }
        m_result.bytes = m_out.toUtf8();
        if (m_format == PayloadFormat::Json)
            checkJson();
        if (m_format == PayloadFormat::Xml)
            checkXml();
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

    // The template's range without the spaces and line breaks around it (an editor's trailing newline).
    std::pair<qsizetype, qsizetype> blankTrimmed() const
    {
        qsizetype begin = 0;
        qsizetype end = m_text.size();
        while (begin < end && isBlank(m_text.at(begin)))
            ++begin;
        while (end > begin && isBlank(m_text.at(end - 1)))
            --end;
        return { begin, end };
    }

    // FORM and TEXT: the template without the blanks around it.
    void renderTrimmed()
    {
        const auto [begin, end] = blankTrimmed();
        for (qsizetype i = begin; i < end; ++i) {
            const QChar c = m_text.at(i);
            if (c == u'{') {
                if (const qsizetype used = tryPlaceholder(i, false); used > 0) {
                    i += used - 1;
                    continue;
                }
            }
            if (m_format == PayloadFormat::Text) {
                appendLiteral(i);
                continue;
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

    // XML: literal text as written; a placeholder is filled in (escaped) in element text and in quoted attribute
    // values, and refused in markup where no escape works.
    void renderXml()
    {
        enum class State
        {
            Content,
            Tag, // inside <...> (or <?...?>, <!...>), outside a quoted attribute value
            Attribute, // inside a quoted attribute value
            Comment, // <!-- ... -->
            Cdata, // <![CDATA[ ... ]]>
        };
        State state = State::Content;
        QChar quote;
        const auto [begin, end] = blankTrimmed();
        const auto startsAt = [this](qsizetype i, QStringView what) { return m_text.mid(i).startsWith(what); };
        for (qsizetype i = begin; i < end; ++i) {
            const QChar c = m_text.at(i);
            if (c == u'{' && (state == State::Content || state == State::Attribute)) {
                if (const qsizetype used = tryPlaceholder(i, false); used > 0) {
                    i += used - 1;
                    continue;
                }
            } else if (c == u'{' && PlaceholderToken::readAt(m_text, i).shape == PlaceholderToken::Shape::Placeholder) {
                addError(TemplateErrorKind::PlaceholderInXmlMarkup, i,
                    tr("A placeholder stands in XML markup (a tag or attribute name, a comment or a CDATA section), "
                       "where its value cannot be escaped. Put it in an element's text or a quoted attribute value."));
            }
            switch (state) {
            case State::Content:
                if (startsAt(i, u"<!--"))
                    state = State::Comment;
                else if (startsAt(i, u"<![CDATA["))
                    state = State::Cdata;
                else if (c == u'<')
                    state = State::Tag;
                break;
            case State::Tag:
                if (c == u'"' || c == u'\'') {
                    quote = c;
                    state = State::Attribute;
                } else if (c == u'>') {
                    state = State::Content;
                }
                break;
            case State::Attribute:
                if (c == quote)
                    state = State::Tag;
                break;
            case State::Comment:
                if (startsAt(i, u"-->"))
                    state = State::Content;
                break;
            case State::Cdata:
                if (startsAt(i, u"]]>"))
                    state = State::Content;
                break;
            }
            appendLiteral(i);
        }
    }

    void checkXml()
    {
        if (m_out.isEmpty()) {
            addError(TemplateErrorKind::XmlSyntax, 0, tr("The XML payload is empty; it needs one root element."));
            return;
        }
        QXmlStreamReader reader(m_out);
        while (!reader.atEnd())
            reader.readNext();
        if (!reader.hasError())
            return;
        const qsizetype outOffset = std::clamp<qsizetype>(reader.characterOffset(), 0, m_out.size());
        addError(TemplateErrorKind::XmlSyntax, templateOffsetForOutput(outOffset),
            tr("The payload is not well-formed XML here (%1). Check the tags and quotes around this spot; "
               "placeholders need no escaping of their own.")
                .arg(reader.errorString()),
            reader.errorString());
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

        const ResolvedPlaceholder resolved = resolvePlaceholder(token.name, m_values);
        placeholder.kind = resolved.kind;
        placeholder.secretName = resolved.secretName;
        if (resolved.error)
            addError(*resolved.error, i, resolved.message);
        m_result.placeholders.append(placeholder);

        m_spans.append({ m_out.size(), token.start, false });
        m_lastLiteral = -1;
        const QString filled = resolved.value.value_or(QString());
        switch (m_format) {
        case PayloadFormat::Form:
            m_out += QLatin1StringView(formUrlEncode(filled));
            break;
        case PayloadFormat::Json:
            m_out += insideString ? jsonEscaped(filled) : jsonQuoted(filled);
            break;
        case PayloadFormat::Xml:
            m_out += xmlEscaped(filled, i);
            break;
        case PayloadFormat::Text:
        case PayloadFormat::None:
            m_out += filled;
            break;
        }
        return token.length;
    }

    // The value for XML text and attribute values; a character XML cannot carry is an error (and left out).
    QString xmlEscaped(const QString& value, qsizetype templateOffset)
    {
        QString out;
        out.reserve(value.size());
        for (qsizetype i = 0; i < value.size(); ++i) {
            const char16_t u = value.at(i).unicode();
            const bool pair = QChar::isHighSurrogate(u) && i + 1 < value.size() && value.at(i + 1).isLowSurrogate();
            if (pair) {
                out += value.mid(i, 2);
                ++i;
                continue;
            }
            switch (u) {
            case u'&':
                out += u"&amp;";
                continue;
            case u'<':
                out += u"&lt;";
                continue;
            case u'>':
                out += u"&gt;";
                continue;
            case u'"':
                out += u"&quot;";
                continue;
            case u'\'':
                out += u"&apos;";
                continue;
            case u'\t':
                out += u"&#9;";
                continue;
            case u'\n':
                out += u"&#10;";
                continue;
            case u'\r':
                out += u"&#13;";
                continue;
            default:
                break;
            }
            if (u < 0x20 || u == 0xFFFE || u == 0xFFFF || QChar::isSurrogate(u)) {
                addError(TemplateErrorKind::UnrepresentableValue, templateOffset,
                    tr("The value put in here holds the character U+%1, which XML cannot carry in any form. "
                       "Remove it from the value.")
                        .arg(QString::number(uint(u), 16).toUpper().rightJustified(4, u'0')));
                continue;
            }
            out += QChar(u);
        }
        return out;
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

QString unknownPlaceholderMessage(const QString& name)
{
    const QString written = u"{{" + name + u"}}";
    for (const QString& known : { QStringLiteral("body"), QStringLiteral("mobile"), QStringLiteral("mobile.digits"),
             QStringLiteral("sender"), QStringLiteral("uuid") }) {
        if (name.compare(known, Qt::CaseInsensitive) == 0)
            return tr("%1 is not a placeholder; names are case-sensitive: did you mean {{%2}}?").arg(written, known);
    }
    if (name.startsWith(kSecretPrefix, Qt::CaseInsensitive)) {
        return tr("%1 is not a valid secret placeholder: a secret's name is 1 to 64 ASCII letters, digits, "
                  "“_”, “.” or “-”, as in {{secret:apiKey}}.")
            .arg(written);
    }
    return tr("%1 is not a placeholder this template knows. Use {{body}} for the SMS text, {{mobile}} for the phone "
              "number ({{mobile.digits}} without its “+”), {{sender}}, {{uuid}} for a new id per message, or "
              "{{secret:NAME}} for a secret stored with the provider.")
        .arg(written);
}

} // namespace

QString payloadFormatName(PayloadFormat format)
{
    return QLatin1StringView(formatInfo(format).name).toString();
}

std::optional<PayloadFormat> payloadFormatFromName(QStringView name)
{
    for (const FormatInfo& info : kFormats) {
        if (name.compare(QLatin1StringView(info.name), Qt::CaseInsensitive) == 0)
            return info.format;
    }
    return std::nullopt;
}

bool wso2CanSend(PayloadFormat format)
{
    return format == PayloadFormat::Json || format == PayloadFormat::Form;
}

bool isSecretName(QStringView name)
{
    if (name.isEmpty() || name.size() > kMaxSecretNameLength || !isPlaceholderName(name))
        return false;
    return !name.contains(u':');
}

QString newMessageUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

ResolvedPlaceholder resolvePlaceholder(const QString& name, const PayloadValues& values)
{
    ResolvedPlaceholder resolved;
    if (name == u"body") {
        resolved.kind = PlaceholderKind::Body;
        resolved.value = values.body;
    } else if (name == u"mobile") {
        resolved.kind = PlaceholderKind::Mobile;
        resolved.value = values.mobile;
    } else if (name == u"mobile.digits") {
        resolved.kind = PlaceholderKind::MobileDigits;
        resolved.value = values.mobile.startsWith(u'+') ? values.mobile.mid(1) : values.mobile;
    } else if (name == u"sender") {
        resolved.kind = PlaceholderKind::Sender;
        resolved.value = values.sender;
    } else if (name == u"uuid") {
        resolved.kind = PlaceholderKind::Uuid;
        resolved.value = values.uuid;
    } else if (name.startsWith(kSecretPrefix) && isSecretName(QStringView(name).mid(kSecretPrefix.size()))) {
        resolved.kind = PlaceholderKind::Secret;
        resolved.secretName = name.mid(kSecretPrefix.size());
        const auto found = values.secrets.constFind(resolved.secretName);
        if (found != values.secrets.cend()) {
            resolved.value = *found;
        } else {
            resolved.error = TemplateErrorKind::MissingSecret;
            resolved.message = tr("The secret “%1” has no stored value. Add it to the provider's secrets, or correct "
                                  "the name in the template.")
                                   .arg(resolved.secretName);
        }
    } else {
        resolved.error = TemplateErrorKind::UnknownPlaceholder;
        resolved.message = unknownPlaceholderMessage(name);
    }
    return resolved;
}

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
    return QByteArray(formatInfo(format).contentType);
}

} // namespace smsotp::tmpl
