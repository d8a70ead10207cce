#pragma once
// "Format JSON" for a payload template: indents the template's JSON and keeps every placeholder as written.

#include "PayloadTemplate.h"

#include <QString>
#include <QStringView>
#include <optional>

namespace smsotp::tmpl {

struct JsonFormatResult
{
    QString text; // the formatted template; empty when error is set
    // Why the template was left alone: the first problem that makes it not JSON even with its placeholders filled
    // in (a syntax error, a typographic quote, a stray brace, an unclosed placeholder, a raw line break in a string).
    std::optional<TemplateError> error;

    bool ok() const { return !error.has_value(); }
};

// Re-indents a JSON template: one member or element per line, `indent` spaces per level, ": " after a key,
// empty objects and arrays kept as {} and []. String literals and placeholders (found the way renderPayload
// finds them, spaced ones included) are copied byte for byte, so the template renders to the same JSON
// document before and after.
JsonFormatResult formatJsonTemplate(QStringView templateText, int indent = 2);

} // namespace smsotp::tmpl
