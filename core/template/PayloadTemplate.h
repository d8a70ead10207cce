#pragma once
// The custom HTTP provider's payload template: finds its placeholders and renders it to the bytes on the wire.

#include "TextPosition.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringView>
#include <optional>

namespace smsotp::tmpl {

// WSO2's custom provider offers JSON and FORM; the console also sends plain text, XML, or no body at all (a
// gateway that takes everything in the URL). The wire content type follows from it.
enum class PayloadFormat
{
    Json,
    Form,
    Text,
    Xml,
    None
};

// "json", "form", "text", "xml", "none": the names the CLI, the configuration file and the database use.
QString payloadFormatName(PayloadFormat format);
std::optional<PayloadFormat> payloadFormatFromName(QStringView name);
// Whether WSO2 Identity Server's custom provider can send a body of this format (JSON and FORM only).
bool wso2CanSend(PayloadFormat format);

// The placeholders, as in WSO2: {{body}} the SMS text and {{mobile}} the number. The console adds
// {{mobile.digits}} (the number without its "+"), {{sender}} (the provider's sender field), {{uuid}} (a new random
// UUID per message), and {{secret:NAME}} for a value kept in the keychain (an API key in the body); WSO2 knows
// none of these. It accepts the spaced spellings `{{ body }}` that WSO2's documentation shows but its code does
// not replace (the lint says so).
enum class PlaceholderKind
{
    Body,
    Mobile,
    MobileDigits,
    Sender,
    Uuid,
    Secret,
    Unknown
};

struct Placeholder
{
    PlaceholderKind kind = PlaceholderKind::Unknown;
    QString name; // as written without the spaces: "body", "mobile", "secret:apiKey", or what was typed
    QString secretName; // for Secret: the part after "secret:"
    TextPosition position; // of the first `{`
    qsizetype length = 0; // UTF-16 units from the first `{` through the last `}`
    bool spaced = false;
    bool insideJsonString = false; // JSON only: written between the quotes of a JSON string
};

enum class TemplateErrorKind
{
    UnknownPlaceholder, // {{name}} that is not one of PlaceholderKind
    UnclosedPlaceholder, // `{{` with no `}}` on its line
    MissingSecret, // {{secret:NAME}} whose value was not given
    TypographicQuote, // JSON: “ ” ‘ ’ „ where JSON needs a straight " (word processors and some docs put them in)
    ControlCharacterInString, // JSON: a raw tab, newline or other control character inside a string literal
    UnbalancedBracket, // JSON: a } or ] with no matching { or [ before it
    JsonSyntax, // JSON: the template with its placeholders filled in does not parse
    XmlSyntax, // XML: the template with its placeholders filled in is not well-formed XML
    PlaceholderInXmlMarkup, // XML: a placeholder in a comment, a CDATA section or a tag name, where no escape works
    UnrepresentableValue, // XML: a value holds a character XML 1.0 cannot carry at all (most control characters)
    BodyNotAllowed, // PayloadFormat::None with a template: there is no body to put it in
    MisplacedUrlPlaceholder, // URL: a placeholder in the scheme, host, port or fragment
    TooLarge, // over limits::kTemplateBytes: not rendered, the only error
};

struct TemplateError
{
    TemplateErrorKind kind = TemplateErrorKind::JsonSyntax;
    QString message; // for people: what is wrong, where, and what to change
    TextPosition position; // in the template text
    QString detail; // technical detail, e.g. the JSON parser's own words
};

// The values a render fills in. Secrets are looked up by name; the caller fetches them from the keychain.
struct PayloadValues
{
    QString body;
    QString mobile; // E.164 with its "+"; {{mobile.digits}} is this without the "+"
    QMap<QString, QString> secrets;
    QString sender;
    QString uuid; // {{uuid}}: the caller makes a new one per message (newMessageUuid)
};

// A name {{secret:NAME}} takes: 1 to 64 ASCII letters, digits, "_", "." or "-".
bool isSecretName(QStringView name);

// A new random UUID in its 36-character form without braces, for {{uuid}}.
QString newMessageUuid();

// What one placeholder token means and the value it takes; shared by every template (payload, URL, headers).
struct ResolvedPlaceholder
{
    PlaceholderKind kind = PlaceholderKind::Unknown;
    QString secretName;
    std::optional<QString> value; // none: unknown, or a secret with no stored value
    std::optional<TemplateErrorKind> error; // UnknownPlaceholder or MissingSecret
    QString message; // for the error, without the position
};
ResolvedPlaceholder resolvePlaceholder(const QString& name, const PayloadValues& values);

struct RenderResult
{
    // What goes on the wire, UTF-8. Always produced (so a preview can show it); send it only when ok().
    // Unknown placeholders and missing secrets render as the empty string ("" outside a JSON string).
    QByteArray bytes;
    QList<TemplateError> errors; // in the order of their position
    QList<Placeholder> placeholders; // in the order of the template
    QList<TextPosition> unclosedBrackets; // JSON: each `{` or `[` that nothing closes, in order (for the lint)

    bool ok() const { return errors.isEmpty(); }
};

// Renders in one pass over the template, so a value holding `{{` is never expanded again.
//
// JSON: a placeholder outside a JSON string becomes a complete JSON string literal ("..." escaped), one
// inside a string is escaped without quotes; either way the value decodes to exactly its input
// (see jsonEscaped). The template's own JSON must be valid: it is parsed after the placeholders are filled,
// and a failure is a JsonSyntax error at the spot the parser stopped.
// A literal `{{` in a JSON string can be written as `{\u007b`.
//
// FORM: `name=value&name2=value2`; placeholders in names or values are encoded by formUrlEncode (space as
// `+`, `+` as %2B, `&` as %26, `=` as %3D). Literal text is kept as written, except that a space becomes `+`
// and any other byte outside printable ASCII is percent-encoded, which a standard decoder reads the same.
// Spaces and line breaks around the whole template are ignored (an editor's trailing newline would
// otherwise end up in the last value). A literal `{{` can be written as %7B%7B.
RenderResult renderPayload(QStringView templateText, PayloadFormat format, const PayloadValues& values);

// Only the placeholders, for the lint: the same list renderPayload returns.
QList<Placeholder> findPlaceholders(QStringView templateText, PayloadFormat format);

// The wire content type: application/json, application/x-www-form-urlencoded, text/plain; charset=utf-8,
// application/xml; charset=utf-8, or empty for None.
QByteArray contentTypeOf(PayloadFormat format);

} // namespace smsotp::tmpl
