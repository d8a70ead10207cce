#pragma once
// One HTTP request as a value: what a provider's pure builder returns and the sender executes.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>
#include <QUrl>
#include <chrono>

namespace smsotp::providers {

enum class HttpMethod
{
    Get,
    Post,
    Put,
    Patch
};

// "GET", "POST", "PUT", "PATCH".
QByteArray httpMethodName(HttpMethod method);

struct HttpHeader
{
    QByteArray name;
    QByteArray value;
    bool isSecret = false; // the whole value is or holds a secret: previews show it as •••

    bool operator==(const HttpHeader&) const = default;
};

// SECURITY.md 18: every request has a transfer timeout; 15 s unless the provider's configuration says otherwise.
inline constexpr std::chrono::milliseconds kDefaultTransferTimeout { 15000 };

// A certificate the user pinned for one server after it was shown to them (SECURITY.md 15). TLS is still
// verified: only the errors about exactly this certificate are accepted, and only when the server presents it
// as its own (the leaf's SHA-256 equals the pinned one's). Its expiry is never accepted, and a host-name
// mismatch only for the one host the user confirmed it for when the mismatch was shown at pinning time.
struct CertificatePin
{
    QByteArray pem; // exactly one certificate; empty: no pin
    QString acceptedHostMismatch; // the host confirmed although the certificate does not name it; empty: none

    bool isEmpty() const { return pem.isEmpty(); }
    bool operator==(const CertificatePin&) const = default;
};

struct HttpRequestSpec
{
    HttpMethod method = HttpMethod::Post;
    QUrl url;
    QList<HttpHeader> headers; // in the order they are sent
    QByteArray body;
    // Every secret the request carries, in clear, as the user stored it (not encoded). Redaction looks for
    // each one in all the encodings a request uses, so this list is what makes previews and logs safe.
    QStringList secrets;
    std::chrono::milliseconds transferTimeout = kDefaultTransferTimeout;
    CertificatePin pin; // none: the system's trust store alone decides

    // The first header of that name, compared without regard to case; empty when there is none.
    QByteArray headerValue(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
};

} // namespace smsotp::providers
