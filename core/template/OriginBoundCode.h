#pragma once
// WebOTP: the WICG "Origin-bound one-time codes delivered via SMS" format. The last line of the message is
// "@top-level-host #code", optionally followed by " @embedded-host", each field separated by one space; browsers
// (WebOTP API) and iOS offer the code to that site only.

#include "TextPosition.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace smsotp::tmpl {

struct OriginBoundCode
{
    QString topLevelHost;
    QString code;
    QString embeddedHost; // empty: none
    bool operator==(const OriginBoundCode&) const = default;
};

// The specification's own algorithm (section 3.2, "parse an origin-bound one-time code message"), step by step:
// the last line after normalizing newlines (so a message ending in a newline has an empty last line and fails),
// "@" and a token, exactly one U+0020, "#" and a token, then optionally U+0020, "@" and a token. A token runs up to
// the next ASCII whitespace. Trailing text on the last line is ignored, as the specification says.
std::optional<OriginBoundCode> parseOriginBoundMessage(QStringView message);

// The line a text ends with when a WebOTP domain is set: "@DOMAIN #{{confirmation-code}}".
QString originBoundLine(const QString& domain);

// Empty when domain is a host name the line can carry (letters, digits and hyphens in dot-separated labels of at
// most 63 characters, at least two labels, no IP address); otherwise why not, for people.
QString checkWebOtpDomain(const QString& domain);

// A problem with an origin-bound line in an SMS text, at the spot the lint points to.
struct OriginBoundProblem
{
    TextPosition position;
    QString message; // for people, without the position
};

// Finds the lines of text that look meant as an origin-bound line (a "@host" token and a "#code" token on one
// line) and says what keeps each from parsing: not the last line, a newline after it, two spaces or a tab, the
// fields in the wrong order, words before or between them, a host that is not a host name or not domain (when
// domain is not empty), and a code that is not {{confirmation-code}}. Empty when there is no such line, or it is
// right.
QList<OriginBoundProblem> lintOriginBoundLine(QStringView text, const QString& domain);

// Whether text holds a line lintOriginBoundLine would look at.
bool hasOriginBoundLine(QStringView text);

} // namespace smsotp::tmpl
