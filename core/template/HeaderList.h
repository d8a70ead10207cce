#pragma once
// The custom provider's static headers as one line of text, `Name: value, Name2: value2`: parser and writer.

#include "TextPosition.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace smsotp::tmpl {

// The text form, as WSO2 writes it, plus one rule of the console's own:
//
//   list    = entry *( "," entry )            empty entries (",,", a trailing ",") are skipped
//   entry   = OWS name OWS ":" OWS value OWS
//   name    = an RFC 7230 token (letters, digits and ! # $ % & ' * + - . ^ _ ` | ~)
//   value   = quoted / plain
//   plain   = everything up to the next "," with spaces and tabs around it trimmed; may hold ":"
//   quoted  = DQUOTE *( char / "\"" / "\\" ) DQUOTE   may hold "," and ":"; \" is a quote, \\ a backslash,
//                                                       any other backslash is an error
//
// WSO2 splits on every "," and ":", so it silently drops a header whose value holds either; the console
// keeps such headers (quoted when there is a ","), and isWso2Compatible tells which ones WSO2 would drop.
// CR, LF and NUL are refused anywhere (they would split or cut a header on the wire), as are the other
// control characters except the tab. Host, Content-Length, Transfer-Encoding and Connection are refused too:
// the HTTP stack sets them, and a second copy makes requests that servers and proxies read differently.
struct HeaderField
{
    QString name;
    QString value;

    bool operator==(const HeaderField&) const = default;
};

struct ParsedHeader
{
    HeaderField field;
    TextPosition namePosition;
    TextPosition valuePosition; // of the opening quote when quoted
    bool quoted = false;
};

enum class HeaderErrorKind
{
    MissingColon, // an entry with no ":" between a name and a value
    EmptyName, // ": value"
    InvalidName, // a name that is not an RFC 7230 token (spaces, non-ASCII, separators)
    LineBreakOrNul, // CR, LF or NUL in a name or value
    ControlCharacter, // another control character (other than tab) in a value
    UnterminatedQuote, // a quoted value with no closing quote
    InvalidEscape, // a backslash in a quoted value not followed by " or backslash
    TextAfterQuotedValue, // something other than "," after the closing quote
    ReservedName, // Host, Content-Length, Transfer-Encoding, Connection
};

struct HeaderError
{
    HeaderErrorKind kind = HeaderErrorKind::MissingColon;
    QString message; // for people, with the line and column
    TextPosition position;
};

struct HeaderListResult
{
    QList<ParsedHeader> headers; // the valid entries, in order; an entry with an error is left out
    QList<HeaderError> errors; // in the order of their position

    bool ok() const { return errors.isEmpty(); }
    QList<HeaderField> fields() const;
};

HeaderListResult parseHeaderList(QStringView text);

// Back to the text form, joined with ", ". A value is quoted when the plain form would not read back the
// same (it holds ",", a quote or a backslash, starts with a quote, or has spaces at either end), so
// parseHeaderList(serializeHeaderList(fields)) gives the fields back for every list it accepts.
QString serializeHeaderList(const QList<HeaderField>& fields);
QString serializeHeaderValue(QStringView value);

bool isHeaderToken(QStringView name);

// Whether WSO2 Identity Server would send this header as the console does: no "," or ":" in the value,
// and nothing the console had to quote.
bool isWso2Compatible(const HeaderField& field);

} // namespace smsotp::tmpl
