#pragma once
// Requests as previews, logs and history may show them: every secret replaced by ••• (SECURITY.md 13).

#include "HttpRequestSpec.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace smsotp::providers {

// U+2022 three times.
inline constexpr QStringView kRedactionMark = u"\u2022\u2022\u2022";

struct RedactedRequest
{
    QByteArray method;
    QString url; // decoded for reading, secrets in the query or user info replaced
    // As it goes on the wire (percent-encoded: a "+" in a number stays %2B), each secret in any of its encodings
    // replaced: for a command line that must send what the console sends (Copy as curl).
    QString wireUrl;
    QList<HttpHeader> headers;
    QByteArray body;

    // The request as text, like an HTTP/1.1 message: request line, headers, blank line, body.
    QString toText() const;
};

// Every form in which a secret can appear in a request the console builds: as typed (UTF-8), JSON-escaped,
// form-encoded (+ for space), percent-encoded, and Base64. Empty for an empty secret.
QList<QByteArray> secretEncodings(const QString& secret);

// data with each encoding of each secret replaced by the mark; longer matches first.
QByteArray redactBytes(QByteArrayView data, const QStringList& secrets);
QString redactText(QStringView text, const QStringList& secrets);

// The request with every secret replaced. A header marked secret keeps only its scheme word ("Basic •••",
// "Bearer •••") or becomes "•••"; an Authorization: Basic header whose decoded user:password holds a
// secret becomes "Basic •••" even when it is not marked (Base64 hides the secret from a plain search).
// A password in the URL is a secret even if the request does not list it. Headers that only describe the
// representation (Content-Type, Content-Length, Content-Language, Content-Encoding, Accept and its variants)
// are shown as they are even when marked secret, and their values are not searched for elsewhere.
RedactedRequest redactRequest(const HttpRequestSpec& request);

} // namespace smsotp::providers
