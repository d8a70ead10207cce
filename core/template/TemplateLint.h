#pragma once
// The template lint: problems in a custom provider's template, headers and statuses, with one-click fixes.

#include "PayloadTemplate.h"
#include "TextPosition.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace smsotp::tmpl {

enum class LintKind
{
    // The console's own send fails or goes wrong (what renderPayload reports, and the two missing placeholders).
    TooLarge, // over limits::kTemplateBytes: refused before it is parsed, the only finding
    JsonSyntax, // the template with its placeholders filled in is not JSON; at the spot the parser stopped
    TypographicQuote, // “ ” ‘ ’ where JSON needs "; fix: " (or, next to a placeholder, no quote at all)
    UnbalancedBracket, // a } or ] that closes nothing or the wrong thing, or a { or [ never closed; fix when obvious
    ControlCharacterInString, // a raw line break or tab inside a JSON string; fix: its escape
    UnclosedPlaceholder, // `{{` with no `}}` on its line
    UnknownPlaceholder, // {{name}} that is not body, mobile or secret:NAME; fix for a wrong case ({{Body}})
    MissingSecret, // {{secret:NAME}} with no stored value (only when LintOptions::secretNames is given)
    MissingMobile, // no {{mobile}}: the number is never sent
    MissingBody, // no {{body}}: the SMS text, and with it the code, is never sent
    XmlSyntax, // the template with its placeholders filled in is not well-formed XML
    XmlMisplacedPlaceholder, // a placeholder in XML markup (a tag name, a comment, CDATA), where it cannot be escaped
    UnrepresentableValue, // the sample SMS text holds a character the format cannot carry (XML: most controls)
    BodyNotAllowed, // content type "none" with a template

    // The template works in the console but not when pasted into WSO2 Identity Server (PROVIDERS.md).
    Wso2SpacedPlaceholder, // `{{ body }}`: WSO2 replaces only the exact spelling; fix: remove the spaces
    Wso2QuotedPlaceholder, // `"{{body}}"`: WSO2 adds quotes of its own, giving `""...""`; fix: remove the quotes
    Wso2UnescapedValue, // WSO2 does not escape values: the sample SMS text holds a ", \ or line break
    Wso2SecretPlaceholder, // {{secret:NAME}} is the console's own; WSO2 sends it as written
    Wso2DroppedHeader, // a header value with "," or ":" (or one the console quotes): WSO2 drops the header
    Wso2SuccessStatus, // a success status other than 200 and 202, which are the only ones WSO2 takes
    Wso2BodyMatchIgnored, // a success pattern on the body: WSO2 looks only at the status
    Wso2ConsoleOnlyPlaceholder, // {{mobile.digits}}, {{sender}}, {{uuid}}: WSO2 sends them as written
    Wso2UnsupportedFormat, // a text or XML body, or none: WSO2 sends JSON or FORM only
    Wso2UnsupportedMethod, // GET: WSO2 sends POST or PUT only
    Wso2UrlPlaceholder, // a placeholder in the URL: WSO2 sends the URL as written
    Wso2Authentication, // Basic, Bearer or a header API key: IS 7.2 and later only; a query API key: never

    // FORM templates.
    FormFieldWithoutEquals, // `name` or `{{mobile}}` alone: a name with no value
    FormDuplicateField, // a name given twice; fix when both fields are the same text: remove the second
};

enum class LintSeverity
{
    Error, // the console's own request is wrong, or never reaches the phone as meant
    Warning, // the console's request works, but something is likely unintended or breaks in WSO2
};

// The text a finding's position points into, so the UI can put the cursor in the right editor.
enum class LintSource
{
    Template,
    Headers,
    SuccessCriterion, // no position: the finding is about the list of statuses as a whole
    Request, // no position: the method, the URL or the authentication
};

// One replacement in the linted text: offset and length in UTF-16 units of that text.
struct TextEdit
{
    qsizetype offset = 0;
    qsizetype length = 0;
    QString replacement;

    bool operator==(const TextEdit&) const = default;
};

struct LintFix
{
    QString label; // for the button, "Replace with a straight quote"
    QList<TextEdit> edits; // in increasing offset order, not overlapping, all against the original text
};

struct LintFinding
{
    LintKind kind = LintKind::JsonSyntax;
    LintSeverity severity = LintSeverity::Error;
    LintSource source = LintSource::Template;
    QString message; // for people, starting with "Line L, column C:" when it points at a spot
    TextPosition start;
    qsizetype length = 0; // of the text concerned, from start; 0 for a spot
    std::optional<LintFix> fix;
};

struct LintOptions
{
    // The SMS text as it will be sent (the SMS text template rendered with a sample code), for the check that
    // WSO2's unescaped values keep the JSON valid.
    QString sampleBody;
    // The named secrets that have a stored value; when not given, {{secret:NAME}} is not checked against them.
    std::optional<QStringList> secretNames;
    // Also warn where WSO2 Identity Server would read the template, headers or statuses differently.
    bool wso2 = true;
    // The kinds of the placeholders the request carries outside the template (the URL's): a {{mobile}} in the
    // query sends the number as well as one in the body does.
    QList<PlaceholderKind> placeholdersElsewhere;
};

// Findings in the payload template, in the order of their position (those without one first). Reads the
// template through renderPayload, so the lint and the renderer never disagree on what a placeholder is.
QList<LintFinding> lintTemplate(QStringView templateText, PayloadFormat format, const LintOptions& options = {});

// Headers (the text form of parseHeaderList) that WSO2 Identity Server would drop. Syntax errors in the list
// are parseHeaderList's to report, not the lint's.
QList<LintFinding> lintHeadersForWso2(QStringView headerText);

// Success statuses (empty: any 2xx, the console's default) and whether a body pattern is set, against WSO2's
// rule: 200 and 202 are success, anything else a failure, and the body is never read.
QList<LintFinding> lintSuccessCriterionForWso2(const QList<int>& statuses, bool matchesBody);

// The text with one fix applied. Edits that fall outside the text are ignored.
QString applyFix(QStringView text, const LintFix& fix);

// The text with the fixes of all the findings applied, skipping any fix that overlaps one already taken
// (the earlier finding wins); findings of another source are ignored.
QString applyFixes(QStringView text, const QList<LintFinding>& findings, LintSource source = LintSource::Template);

} // namespace smsotp::tmpl
