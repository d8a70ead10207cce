#pragma once
// Sentences for people about failures below the provider's API: no connection, TLS, timeouts, odd HTTP statuses.

#include "SendOutcome.h"

#include <QNetworkReply>
#include <QString>

namespace smsotp::providers {

// The sender knows some of these better than QNetworkReply does: it stops a reply itself for the size cap,
// for a redirect to another host, and for the user's Cancel, and Qt reports its own transfer timeout as a
// cancellation. So it passes the failure it knows, and maps the rest with transportFailureFor.
enum class TransportFailure
{
    Timeout, // no complete answer within the transfer timeout
    HostNotFound, // DNS: the host name does not resolve
    ConnectionRefused, // nothing listens on that host and port
    ConnectionClosed, // the server hung up before answering
    Tls, // certificate or handshake failure; the console never ignores these (SECURITY.md 15)
    CertificateChanged, // a certificate is pinned for the server, and it presented another one (even a CA-valid one)
    PinnedCertificateExpired, // the server presented its pinned certificate, which has expired
    Cancelled, // the user cancelled
    TooLarge, // the answer passed the 1 MiB cap and was aborted (SECURITY.md 19)
    RedirectToOtherHost, // a 3xx to another host; that host was sent nothing (SECURITY.md 17)
    InsecureRedirect, // a redirect from https to http
    TooManyRedirects,
    Proxy, // the configured proxy failed or wants credentials
    NetworkUnavailable, // no network, or the network changed under the request
    Other,
};

// The HTTP-status errors of QNetworkReply (ContentNotFoundError, InternalServerError...) come with an answer:
// give that answer to the provider's parser rather than to this function, which maps them to Other.
TransportFailure transportFailureFor(QNetworkReply::NetworkError error);

// What happened and what to try, naming the host the request went to.
QString explainTransportFailure(TransportFailure failure, const QString& host);

// A not-accepted outcome with no HTTP status, FailureKind::Transport (or Cancelled), the explanation and detail.
SendOutcome transportOutcome(TransportFailure failure, const QString& host, const QString& technicalDetail = {});
SendOutcome transportOutcome(
    QNetworkReply::NetworkError error, const QString& host, const QString& technicalDetail = {});

// For an HTTP status whose body a provider's parser could not read: the usual meaning of the status with
// the provider's name in it ("Twilio answered 503: ...").
QString explainHttpStatus(int httpStatus, const QString& providerName);
FailureKind failureForHttpStatus(int httpStatus);

} // namespace smsotp::providers
