#pragma once
// Which endpoint addresses the console will send credentials and codes to (SECURITY.md 16).

#include <QString>
#include <QStringView>
#include <QUrl>

namespace smsotp::providers {

enum class UrlProblem
{
    None,
    Empty,
    Malformed, // QUrl cannot parse it, or it is relative
    UnsupportedScheme, // not http or https
    MissingHost,
    InsecureHttp, // http:// to a host that is not this machine
    EmbeddedCredentials, // user:password@ in the address: it would be stored outside the keychain
};

struct UrlCheck
{
    UrlProblem problem = UrlProblem::None;
    QString message; // why it is refused, for people; empty when ok
    // Plain http to this machine (127.0.0.0/8, ::1, localhost) is allowed for local gateways and test servers,
    // with this warning: nothing leaves the computer, but the traffic is not encrypted.
    bool plainHttpToLoopback = false;
    QString warning;

    bool ok() const { return problem == UrlProblem::None; }
};

UrlCheck checkEndpointUrl(const QUrl& url);
UrlCheck checkEndpointUrl(QStringView text);

// localhost (any case, with or without a final dot), 127.0.0.0/8, ::1 and ::ffff:127.x.y.z.
bool isLoopbackHost(const QString& host);

// base with path appended after its own path ("https://h/prefix" + "/a" -> "https://h/prefix/a");
// the base's query and fragment are dropped.
QUrl appendPath(const QUrl& base, const QString& path);

} // namespace smsotp::providers
