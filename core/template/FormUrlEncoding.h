#pragma once
// application/x-www-form-urlencoded as the WHATWG URL standard defines it: the serializer and the parser; and
// RFC 3986 percent-encoding of one URL component.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringView>

namespace smsotp::tmpl {

using FormField = QPair<QString, QString>;

// The UTF-8 bytes of text with `* - . _`, ASCII letters and digits kept, the space as `+`, and every other
// byte as %XX (upper-case hex). So `+` travels as %2B, `&` as %26 and `=` as %3D: phone numbers and values
// holding them come back exactly from any standard decoder.
QByteArray formUrlEncode(QStringView text);

// RFC 3986: the UTF-8 bytes of value with only the unreserved characters (ASCII letters, digits, - . _ ~) kept
// and every other byte as %XX (upper-case hex). Safe in a path segment and in a query name or value alike:
// "+" becomes %2B, a space %20, "&" %26, "=" %3D, "/" %2F.
QByteArray percentEncodeComponent(QStringView value);

// name=value pairs joined with `&`, each side encoded as above.
QByteArray formUrlEncodeFields(const QList<FormField>& fields);

// The WHATWG parser: split on `&`, drop empty pieces, split each at its first `=`, `+` to space, then
// percent-decode (a `%` not followed by two hex digits stays as it is) and decode UTF-8 (invalid bytes
// become U+FFFD).
QList<FormField> formUrlDecode(QByteArrayView body);

// Percent-decoding with `+` as space, for one name or value.
QString formUrlDecodeComponent(QByteArrayView component);

} // namespace smsotp::tmpl
