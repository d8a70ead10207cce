#pragma once
// JSON Pointer (RFC 6901): the path to one value in a provider's JSON answer, such as /messages/0/status.

#include <QJsonDocument>
#include <QJsonValue>
#include <QString>
#include <QStringView>
#include <optional>

namespace smsotp::providers {

// Empty (the whole document), or "/" followed by tokens separated by "/", where "~" appears only as "~0" or "~1".
bool isJsonPointer(QStringView pointer);

// The value the pointer names, or none when the pointer is invalid or a step does not exist (a missing key, an
// index that is not a plain decimal number within the array).
std::optional<QJsonValue> resolveJsonPointer(const QJsonDocument& document, QStringView pointer);

// A scalar as text, for comparing with what the user typed: a string as it is, a whole number without a
// decimal point ("0", not "0.0"), true, false, null; an object or an array as compact JSON.
QString jsonValueText(const QJsonValue& value);

} // namespace smsotp::providers
