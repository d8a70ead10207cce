#include "TemplateLint.h"

#include "FormUrlEncoding.h"
#include "HeaderList.h"
#include "JsonString.h"
#include "config/InputLimits.h"

#include <QCoreApplication>
#include <algorithm>

namespace smsotp::tmpl {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("smsotp::tmpl::TemplateLint", text);
}

QString located(const TextPosition& position, const QString& message)
{
    return tr("Line %1, column %2: %3").arg(position.line).arg(position.column).arg(message);
}

// A fix for a bracket is offered only when the template, fixed, has balanced brackets; each check is a render,
// so a template full of stray brackets (a paste gone wrong, a fuzzer) gets only the first few checked.
constexpr int kMaxBracketFixChecks = 8;

bool isFormBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

bool hasBracketProblem(const RenderResult& result)
{
    return !result.unclosedBrackets.isEmpty()
        || std::any_of(result.errors.cbegin(), result.errors.cend(),
            [](const TemplateError& error) { return error.kind == TemplateErrorKind::UnbalancedBracket; });
}

bool editsOverlap(const TextEdit& a, const TextEdit& b)
{
    return a.offset == b.offset || (a.offset < b.offset + b.length && b.offset < a.offset + a.length);
}

// The character a WSO2 value must not hold, described for people; empty when the text is safe.
QString firstUnsafeForWso2(QStringView text, qsizetype& index)
{
    for (index = 0; index < text.size(); ++index) {
        const char16_t u = text.at(index).unicode();
        if (u == u'"')
            return tr("a double quote (\")");
        if (u == u'\\')
            return tr("a backslash (\\)");
        if (u == u'\n' || u == u'\r')
            return tr("a line break");
        if (u == u'\t')
            return tr("a tab");
        if (u < 0x20)
            return tr("a control character (U+%1)").arg(uint(u), 4, 16, QChar(u'0'));
    }
    return {};
}

class Linter
{
public:
    Linter(QStringView text, PayloadFormat format, const LintOptions& options)
        : m_text(text)
        , m_format(format)
        , m_options(options)
        , m_positions(text)
    { }

    QList<LintFinding> run()
    {
        PayloadValues values;
        values.body = m_options.sampleBody;
        if (m_options.secretNames) {
            for (const QString& name : *m_options.secretNames)
                values.secrets.insert(name, QString());
        }
        m_render = renderPayload(m_text, m_format, values);
        for (const Placeholder& placeholder : std::as_const(m_render.placeholders)) {
            m_placeholderStarts.append(placeholder.position.offset);
            m_placeholderEnds.append(placeholder.position.offset + placeholder.length);
        }

        addRendererErrors();
        addUnclosedBrackets();
        addMissingPlaceholders();
        if (m_options.wso2)
            addWso2PlaceholderFindings();
        if (m_options.wso2 && !wso2CanSend(m_format)) {
            add(LintKind::Wso2UnsupportedFormat, LintSeverity::Warning, 0, 0,
                tr("WSO2 Identity Server's custom provider sends a JSON or FORM body only, not %1.")
                    .arg(payloadFormatName(m_format)));
        }
        if (m_format == PayloadFormat::Form)
            addFormFindings();

        std::stable_sort(m_findings.begin(), m_findings.end(),
            [](const LintFinding& a, const LintFinding& b) { return a.start.offset < b.start.offset; });
        return std::move(m_findings);
    }

private:
    LintFinding& add(LintKind kind, LintSeverity severity, qsizetype offset, qsizetype length, const QString& message)
    {
        LintFinding finding;
        finding.kind = kind;
        finding.severity = severity;
        finding.start = m_positions.at(offset);
        finding.length = length;
        finding.message = message;
        m_findings.append(finding);
        return m_findings.last();
    }

    LintFinding& addAt(LintKind kind, LintSeverity severity, qsizetype offset, qsizetype length, const QString& message)
    {
        return add(kind, severity, offset, length, located(m_positions.at(offset), message));
    }

    const Placeholder* placeholderAt(qsizetype offset) const
    {
        const auto found = std::lower_bound(m_placeholderStarts.cbegin(), m_placeholderStarts.cend(), offset);
        if (found == m_placeholderStarts.cend() || *found != offset)
            return nullptr;
        return &m_render.placeholders.at(found - m_placeholderStarts.cbegin());
    }

    bool endsPlaceholder(qsizetype offset) const
    {
        return std::binary_search(m_placeholderEnds.cbegin(), m_placeholderEnds.cend(), offset);
    }

    void addRendererErrors()
    {
        for (const TemplateError& error : std::as_const(m_render.errors)) {
            const qsizetype offset = error.position.offset;
            switch (error.kind) {
            case TemplateErrorKind::TooLarge:
                add(LintKind::TooLarge, LintSeverity::Error, 0, 0, error.message);
                break;
            case TemplateErrorKind::JsonSyntax:
                add(LintKind::JsonSyntax, LintSeverity::Error, offset, offset < m_text.size() ? 1 : 0, error.message);
                break;
            case TemplateErrorKind::TypographicQuote:
                addTypographicQuote(error);
                break;
            case TemplateErrorKind::UnbalancedBracket: {
                LintFinding& finding = add(LintKind::UnbalancedBracket, LintSeverity::Error, offset, 1, error.message);
                const TextEdit removal { offset, 1, QString() };
                if (bracketsBalancedAfter(removal))
                    finding.fix = LintFix { tr("Remove “%1”").arg(m_text.at(offset)), { removal } };
                break;
            }
            case TemplateErrorKind::ControlCharacterInString: {
                LintFinding& finding
                    = add(LintKind::ControlCharacterInString, LintSeverity::Error, offset, 1, error.message);
                const QString escape = jsonEscaped(m_text.mid(offset, 1));
                finding.fix = LintFix { tr("Replace with %1").arg(escape), { { offset, 1, escape } } };
                break;
            }
            case TemplateErrorKind::UnclosedPlaceholder:
                add(LintKind::UnclosedPlaceholder, LintSeverity::Error, offset, 2, error.message);
                break;
            case TemplateErrorKind::UnknownPlaceholder:
                addUnknownPlaceholder(error);
                break;
            case TemplateErrorKind::XmlSyntax:
                add(LintKind::XmlSyntax, LintSeverity::Error, offset, offset < m_text.size() ? 1 : 0, error.message);
                break;
            case TemplateErrorKind::PlaceholderInXmlMarkup:
            case TemplateErrorKind::MisplacedUrlPlaceholder: {
                const Placeholder* placeholder = placeholderAt(offset);
                add(LintKind::XmlMisplacedPlaceholder, LintSeverity::Error, offset,
                    placeholder ? placeholder->length : 2, error.message);
                break;
            }
            case TemplateErrorKind::UnrepresentableValue:
                add(LintKind::UnrepresentableValue, LintSeverity::Error, offset, 0, error.message);
                break;
            case TemplateErrorKind::BodyNotAllowed:
                add(LintKind::BodyNotAllowed, LintSeverity::Error, 0, 0, error.message);
                break;
            case TemplateErrorKind::MissingSecret:
                if (m_options.secretNames) {
                    const Placeholder* placeholder = placeholderAt(offset);
                    add(LintKind::MissingSecret, LintSeverity::Error, offset, placeholder ? placeholder->length : 2,
                        error.message);
                }
                break;
            }
        }
    }

    // A typographic quote next to a placeholder was meant to make it a string; the console quotes a placeholder
    // itself, and WSO2 would double a straight quote there, so that one goes. Elsewhere it becomes a straight one.
    void addTypographicQuote(const TemplateError& error)
    {
        const qsizetype offset = error.position.offset;
        LintFinding& finding = add(LintKind::TypographicQuote, LintSeverity::Error, offset, 1, error.message);
        if (placeholderAt(offset + 1) || endsPlaceholder(offset))
            finding.fix = LintFix { tr("Remove the quote (the placeholder needs none)"), { { offset, 1, QString() } } };
        else
            finding.fix = LintFix { tr("Replace with a straight quote (\")"), { { offset, 1, QStringLiteral("\"") } } };
    }

    void addUnknownPlaceholder(const TemplateError& error)
    {
        const qsizetype offset = error.position.offset;
        const Placeholder* placeholder = placeholderAt(offset);
        LintFinding& finding = add(LintKind::UnknownPlaceholder, LintSeverity::Error, offset,
            placeholder ? placeholder->length : 2, error.message);
        if (!placeholder)
            return;
        for (const QString& known : { QStringLiteral("body"), QStringLiteral("mobile") }) {
            if (placeholder->name.compare(known, Qt::CaseInsensitive) == 0) {
                const QString replacement = u"{{" + known + u"}}";
                finding.fix
                    = LintFix { tr("Write %1").arg(replacement), { { offset, placeholder->length, replacement } } };
            }
        }
    }

    void addUnclosedBrackets()
    {
        for (const TextPosition& position : std::as_const(m_render.unclosedBrackets)) {
            const QChar opening = m_text.at(position.offset);
            const QChar closing = opening == u'[' ? QChar(u']') : QChar(u'}');
            LintFinding& finding = add(LintKind::UnbalancedBracket, LintSeverity::Error, position.offset, 1,
                located(position,
                    tr("“%1” is never closed: add a “%2” where it should end.")
                        .arg(QString(opening), QString(closing))));
            // Only a single unclosed bracket has an obvious place for its partner: the end of the template.
            if (m_render.unclosedBrackets.size() != 1)
                continue;
            qsizetype end = m_text.size();
            while (end > 0 && isFormBlank(m_text.at(end - 1)))
                --end;
            const QString insertion = (m_text.contains(u'\n') ? QStringLiteral("\n") : QString()) + closing;
            const TextEdit edit { end, 0, insertion };
            if (bracketsBalancedAfter(edit))
                finding.fix = LintFix { tr("Add “%1” at the end").arg(closing), { edit } };
        }
    }

    // A bracket fix is obvious when the fixed template has balanced brackets and the JSON parser, if it still
    // fails, fails before the edit: on something else that the fix had nothing to do with.
    bool bracketsBalancedAfter(const TextEdit& edit)
    {
        if (m_format != PayloadFormat::Json || m_bracketFixChecks >= kMaxBracketFixChecks)
            return false;
        ++m_bracketFixChecks;
        const QString fixed = applyFix(m_text, LintFix { QString(), { edit } });
        const RenderResult result = renderPayload(fixed, m_format, PayloadValues());
        return !hasBracketProblem(result)
            && std::none_of(result.errors.cbegin(), result.errors.cend(), [&edit](const TemplateError& error) {
                   return error.kind == TemplateErrorKind::JsonSyntax && error.position.offset >= edit.offset;
               });
    }

    void addMissingPlaceholders()
    {
        const auto has = [this](PlaceholderKind kind) {
            return m_options.placeholdersElsewhere.contains(kind)
                || std::any_of(m_render.placeholders.cbegin(), m_render.placeholders.cend(),
                    [kind](const Placeholder& placeholder) { return placeholder.kind == kind; });
        };
        if (!has(PlaceholderKind::Mobile) && !has(PlaceholderKind::MobileDigits)) {
            add(LintKind::MissingMobile, LintSeverity::Error, 0, 0,
                tr("The template has no {{mobile}}: the phone number is never sent. Put {{mobile}} where the "
                   "provider expects the recipient."));
        }
        if (!has(PlaceholderKind::Body)) {
            add(LintKind::MissingBody, LintSeverity::Error, 0, 0,
                tr("The template has no {{body}}: the SMS text, and with it the code, is never sent. Put {{body}} "
                   "where the provider expects the message text."));
        }
    }

    void addWso2PlaceholderFindings()
    {
        qsizetype unsafeIndex = 0;
        const QString unsafe = firstUnsafeForWso2(m_options.sampleBody, unsafeIndex);
        for (const Placeholder& placeholder : std::as_const(m_render.placeholders)) {
            const qsizetype offset = placeholder.position.offset;
            if (placeholder.kind == PlaceholderKind::Secret) {
                addAt(LintKind::Wso2SecretPlaceholder, LintSeverity::Warning, offset, placeholder.length,
                    tr("WSO2 Identity Server has no {{secret:…}} placeholders and would send “%1” as it is. "
                       "There, write the value itself into the template.")
                        .arg(m_text.mid(offset, placeholder.length)));
                continue;
            }
            if (placeholder.kind == PlaceholderKind::MobileDigits || placeholder.kind == PlaceholderKind::Sender
                || placeholder.kind == PlaceholderKind::Uuid) {
                addAt(LintKind::Wso2ConsoleOnlyPlaceholder, LintSeverity::Warning, offset, placeholder.length,
                    tr("WSO2 Identity Server knows only {{body}} and {{mobile}} and would send “%1” as it is.")
                        .arg(m_text.mid(offset, placeholder.length)));
                continue;
            }
            if (placeholder.kind != PlaceholderKind::Body && placeholder.kind != PlaceholderKind::Mobile)
                continue;
            const QString exact = u"{{" + placeholder.name + u"}}";
            if (placeholder.spaced) {
                LintFinding& finding
                    = addAt(LintKind::Wso2SpacedPlaceholder, LintSeverity::Warning, offset, placeholder.length,
                        tr("WSO2 Identity Server replaces only the exact spelling %1; with spaces inside the braces it "
                           "sends “%2” unchanged. The console reads both.")
                            .arg(exact, m_text.mid(offset, placeholder.length)));
                finding.fix = LintFix { tr("Write %1").arg(exact), { { offset, placeholder.length, exact } } };
            }
            if (m_format != PayloadFormat::Json)
                continue;
            if (placeholder.insideJsonString)
                addQuotedPlaceholder(placeholder, exact);
            if (placeholder.kind == PlaceholderKind::Body && !placeholder.spaced && !unsafe.isEmpty()) {
                addAt(LintKind::Wso2UnescapedValue, LintSeverity::Warning, offset, placeholder.length,
                    tr("WSO2 Identity Server puts the SMS text into the JSON without escaping it, and this SMS text "
                       "holds %1 at character %2: there the payload would not be valid JSON. Change the SMS text "
                       "(the console itself escapes it).")
                        .arg(unsafe)
                        .arg(unsafeIndex + 1));
            }
        }
    }

    void addQuotedPlaceholder(const Placeholder& placeholder, const QString& exact)
    {
        const qsizetype offset = placeholder.position.offset;
        const qsizetype end = offset + placeholder.length;
        LintFinding& finding = addAt(LintKind::Wso2QuotedPlaceholder, LintSeverity::Warning, offset, placeholder.length,
            tr("WSO2 Identity Server puts quotes around the value of %1 itself, so inside a JSON string it gives "
               "\"\"…\"\", which is not valid JSON there. Write %1 on its own, without quotes (the console quotes it "
               "too).")
                .arg(exact));
        // Only a string that is nothing but the placeholder can simply lose its quotes; "Code: {{body}}" cannot.
        const bool openingQuote
            = offset >= 1 && m_text.at(offset - 1) == u'"' && (offset < 2 || m_text.at(offset - 2) != u'\\');
        const bool closingQuote = end < m_text.size() && m_text.at(end) == u'"';
        if (openingQuote && closingQuote) {
            finding.fix = LintFix { tr("Remove the quotes around %1").arg(exact),
                { { offset - 1, 1, QString() }, { end, 1, QString() } } };
        }
    }

    struct FormPiece
    {
        qsizetype start = 0;
        qsizetype end = 0;
        qsizetype equals = -1;
    };

    // Splits on the literal `&` and `=` the way renderPayload writes the body: what a placeholder holds is
    // encoded, so only the template's own characters separate fields.
    QList<FormPiece> formPieces() const
    {
        qsizetype begin = 0;
        qsizetype end = m_text.size();
        while (begin < end && isFormBlank(m_text.at(begin)))
            ++begin;
        while (end > begin && isFormBlank(m_text.at(end - 1)))
            --end;

        QList<FormPiece> fields;
        FormPiece field { begin, begin, -1 };
        qsizetype next = 0; // the next placeholder
        for (qsizetype i = begin; i < end; ++i) {
            while (next < m_render.placeholders.size() && m_placeholderStarts.at(next) < i)
                ++next;
            if (next < m_render.placeholders.size() && m_placeholderStarts.at(next) == i) {
                i += m_render.placeholders.at(next).length - 1;
                continue;
            }
            const QChar c = m_text.at(i);
            if (c == u'&') {
                field.end = i;
                fields.append(field);
                field = FormPiece { i + 1, i + 1, -1 };
            } else if (c == u'=' && field.equals < 0) {
                field.equals = i;
            }
        }
        field.end = end;
        fields.append(field);
        return fields;
    }

    bool holdsPlaceholder(qsizetype start, qsizetype end) const
    {
        const auto first = std::lower_bound(m_placeholderStarts.cbegin(), m_placeholderStarts.cend(), start);
        return first != m_placeholderStarts.cend() && *first < end;
    }

    void addFormFindings()
    {
        struct Seen
        {
            QString key;
            QStringView text;
        };
        QList<Seen> seen;
        for (const FormPiece& field : formPieces()) {
            if (field.start >= field.end)
                continue; // `&&` and a trailing `&`: empty pieces every decoder skips
            const QStringView text = m_text.mid(field.start, field.end - field.start);
            if (field.equals < 0) {
                addAt(LintKind::FormFieldWithoutEquals, LintSeverity::Warning, field.start, text.size(),
                    tr("“%1” has no “=”: it is sent as a field name with an empty value. Write it as name=value.")
                        .arg(text));
                continue;
            }
            const QStringView name = m_text.mid(field.start, field.equals - field.start);
            // Names are compared as a decoder reads them (a+b and a%20b are one name); a name holding a
            // placeholder is compared as written.
            const QString key = holdsPlaceholder(field.start, field.equals) ? QString(u"\u0001" + name.toString())
                                                                            : formUrlDecodeComponent(name.toUtf8());
            const auto earlier
                = std::find_if(seen.cbegin(), seen.cend(), [&key](const Seen& s) { return s.key == key; });
            if (earlier == seen.cend()) {
                seen.append({ key, text });
                continue;
            }
            LintFinding& finding = addAt(LintKind::FormDuplicateField, LintSeverity::Warning, field.start, name.size(),
                tr("The field “%1” is given twice; most providers read only the first or the last. Keep one.")
                    .arg(name));
            // A repeat of the very same field can go; which of two different values was meant is not obvious.
            if (earlier->text == text)
                finding.fix
                    = LintFix { tr("Remove the repeated field"), { { field.start - 1, text.size() + 1, QString() } } };
        }
    }

    QStringView m_text;
    PayloadFormat m_format;
    const LintOptions& m_options;
    TextPositionMap m_positions;
    RenderResult m_render;
    QList<qsizetype> m_placeholderStarts; // sorted, as the placeholders come in the order of the text
    QList<qsizetype> m_placeholderEnds;
    QList<LintFinding> m_findings;
    int m_bracketFixChecks = 0;
};

QString describeWso2HeaderProblem(const HeaderField& field)
{
    if (field.value.contains(u','))
        return tr("its value holds a comma, and WSO2 splits the list on every comma");
    if (field.value.contains(u':'))
        return tr("its value holds a colon, and WSO2 splits each header on every colon");
    return tr("its value needs quotes here (a quote, a backslash, or spaces at either end), which WSO2 does not "
              "read");
}

} // namespace

QList<LintFinding> lintTemplate(QStringView templateText, PayloadFormat format, const LintOptions& options)
{
    // Each UTF-16 unit is at least one byte of UTF-8: a text with more units is over the limit in any encoding.
    if (templateText.size() > limits::kTemplateBytes) {
        LintFinding tooLarge;
        tooLarge.kind = LintKind::TooLarge;
        tooLarge.message = limits::tooLarge(tr("The template"), limits::kTemplateBytes);
        return { tooLarge };
    }
    return Linter(templateText, format, options).run();
}

QList<LintFinding> lintHeadersForWso2(QStringView headerText)
{
    QList<LintFinding> findings;
    const HeaderListResult parsed = parseHeaderList(headerText);
    for (const ParsedHeader& header : parsed.headers) {
        if (isWso2Compatible(header.field))
            continue;
        LintFinding finding;
        finding.kind = LintKind::Wso2DroppedHeader;
        finding.severity = LintSeverity::Warning;
        finding.source = LintSource::Headers;
        finding.start = header.namePosition;
        finding.length = header.field.name.size();
        finding.message = located(header.namePosition,
            tr("WSO2 Identity Server would silently drop the header “%1”: %2. The console sends it.")
                .arg(header.field.name, describeWso2HeaderProblem(header.field)));
        findings.append(finding);
    }
    return findings;
}

QList<LintFinding> lintSuccessCriterionForWso2(const QList<int>& statuses, bool matchesBody)
{
    QList<LintFinding> findings;
    const auto add = [&findings](LintKind kind, const QString& message) {
        LintFinding finding;
        finding.kind = kind;
        finding.severity = LintSeverity::Warning;
        finding.source = LintSource::SuccessCriterion;
        finding.message = message;
        findings.append(finding);
    };
    if (statuses.isEmpty()) {
        add(LintKind::Wso2SuccessStatus,
            tr("The console takes any 2xx status as success; WSO2 Identity Server takes only 200 and 202. If the "
               "provider answers 201 or 204, WSO2 logs a failure (and carries on as if the SMS was sent). Set the "
               "success statuses to 200, 202 to see what WSO2 will see."));
    } else {
        QStringList others;
        for (const int status : statuses) {
            if (status != 200 && status != 202 && !others.contains(QString::number(status)))
                others.append(QString::number(status));
        }
        if (!others.isEmpty()) {
            add(LintKind::Wso2SuccessStatus,
                tr("WSO2 Identity Server takes only 200 and 202 as success: %1 would be a failure there (WSO2 logs "
                   "it and carries on as if the SMS was sent).")
                    .arg(others.join(QStringLiteral(", "))));
        }
    }
    if (matchesBody) {
        add(LintKind::Wso2BodyMatchIgnored,
            tr("WSO2 Identity Server never reads the response body: a provider that answers 200 with an error in "
               "the body counts as success there."));
    }
    return findings;
}

QString applyFix(QStringView text, const LintFix& fix)
{
    QList<TextEdit> edits = fix.edits;
    std::sort(edits.begin(), edits.end(), [](const TextEdit& a, const TextEdit& b) { return a.offset > b.offset; });
    QString result = text.toString();
    qsizetype limit = result.size(); // edits apply from the end, each left of the previous one
    for (const TextEdit& edit : std::as_const(edits)) {
        if (edit.offset < 0 || edit.length < 0 || edit.offset + edit.length > limit)
            continue;
        result.replace(edit.offset, edit.length, edit.replacement);
        limit = edit.offset;
    }
    return result;
}

QString applyFixes(QStringView text, const QList<LintFinding>& findings, LintSource source)
{
    LintFix combined;
    for (const LintFinding& finding : findings) {
        if (finding.source != source || !finding.fix)
            continue;
        const bool clashes
            = std::any_of(finding.fix->edits.cbegin(), finding.fix->edits.cend(), [&](const TextEdit& edit) {
                  return std::any_of(combined.edits.cbegin(), combined.edits.cend(),
                      [&edit](const TextEdit& taken) { return editsOverlap(edit, taken); });
              });
        if (!clashes)
            combined.edits.append(finding.fix->edits);
    }
    return applyFix(text, combined);
}

} // namespace smsotp::tmpl
