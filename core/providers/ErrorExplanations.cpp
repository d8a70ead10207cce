#include "ErrorExplanations.h"

#include <QCoreApplication>

namespace smsotp::providers {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("smsotp::providers::ErrorExplanations", text);
}

} // namespace

TransportFailure transportFailureFor(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::TimeoutError:
        return TransportFailure::Timeout;
    case QNetworkReply::HostNotFoundError:
        return TransportFailure::HostNotFound;
    case QNetworkReply::ConnectionRefusedError:
        return TransportFailure::ConnectionRefused;
    case QNetworkReply::RemoteHostClosedError:
        return TransportFailure::ConnectionClosed;
    case QNetworkReply::SslHandshakeFailedError:
        return TransportFailure::Tls;
    case QNetworkReply::OperationCanceledError:
        return TransportFailure::Cancelled;
    case QNetworkReply::TooManyRedirectsError:
        return TransportFailure::TooManyRedirects;
    case QNetworkReply::InsecureRedirectError:
        return TransportFailure::InsecureRedirect;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return TransportFailure::Proxy;
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
        return TransportFailure::NetworkUnavailable;
    default:
        return TransportFailure::Other;
    }
}

QString explainTransportFailure(TransportFailure failure, const QString& host)
{
    switch (failure) {
    case TransportFailure::Timeout:
        return tr("%1 did not answer in time. The service may be slow or unreachable from this network; try again, "
                  "check a firewall or proxy, or raise the timeout in the provider settings.")
            .arg(host);
    case TransportFailure::HostNotFound:
        return tr("The name %1 could not be found (DNS). Check the spelling of the address, and that this computer "
                  "can resolve names (a VPN or proxy may be needed).")
            .arg(host);
    case TransportFailure::ConnectionRefused:
        return tr("%1 refused the connection: nothing is listening on that address and port. Check the port in the "
                  "URL, and that the service is running.")
            .arg(host);
    case TransportFailure::ConnectionClosed:
        return tr("%1 closed the connection before answering. This is often a proxy, a firewall or an overloaded "
                  "server; try again, and check that the URL uses the scheme and port the service expects.")
            .arg(host);
    case TransportFailure::Tls:
        return tr("The secure connection to %1 failed: its certificate is not trusted for that name, has expired, "
                  "or the TLS handshake failed. The console does not ignore certificate errors. Use the service's "
                  "proper https address, or install the certificate authority that signed it in the system's "
                  "trust store.")
            .arg(host);
    case TransportFailure::CertificateChanged:
        return tr("The server's certificate changed: %1 presented a certificate other than the one pinned for it, "
                  "so nothing was sent. If the server's certificate was replaced, compare the new one's SHA-256 "
                  "fingerprint with the server's and pin it again (Identity Server page: Test connection, then "
                  "Trust this certificate; or smsotp server add NAME … --pin-certificate).")
            .arg(host);
    case TransportFailure::PinnedCertificateExpired:
        return tr("The certificate pinned for %1 has expired, so the console no longer trusts it and sent nothing. "
                  "Install a new certificate on the server, then pin it again.")
            .arg(host);
    case TransportFailure::Cancelled:
        return tr("The request to %1 was cancelled before it finished.").arg(host);
    case TransportFailure::TooLarge:
        return tr("%1 sent an answer larger than 1 MiB, so the console stopped reading it. An SMS API answers in a "
                  "few hundred bytes: check that the URL points at the API and not at a web page or a download.")
            .arg(host);
    case TransportFailure::RedirectToOtherHost:
        return tr("%1 redirected the request to another host. The console does not follow such redirects, so the "
                  "other host received nothing, and no credentials left this computer for it. Use the final "
                  "address directly if you trust it.")
            .arg(host);
    case TransportFailure::InsecureRedirect:
        return tr("%1 redirected the request from https to plain http, which would expose the message and the "
                  "credentials. The console stopped there.")
            .arg(host);
    case TransportFailure::TooManyRedirects:
        return tr("%1 redirected the request too many times. Check the URL.").arg(host);
    case TransportFailure::Proxy:
        return tr("The proxy server failed while connecting to %1, or asked for credentials. Check the system's "
                  "proxy settings.")
            .arg(host);
    case TransportFailure::NetworkUnavailable:
        return tr("The network went away while talking to %1. Check the connection and try again.").arg(host);
    case TransportFailure::Other:
        break;
    }
    return tr("The request to %1 failed before an answer arrived. The technical detail says more.").arg(host);
}

SendOutcome transportOutcome(TransportFailure failure, const QString& host, const QString& technicalDetail)
{
    SendOutcome outcome;
    outcome.failure = failure == TransportFailure::Cancelled ? FailureKind::Cancelled : FailureKind::Transport;
    outcome.explanation = explainTransportFailure(failure, host);
    outcome.technicalDetail = technicalDetail;
    outcome.retryLater = failure == TransportFailure::Timeout || failure == TransportFailure::ConnectionClosed
        || failure == TransportFailure::NetworkUnavailable || failure == TransportFailure::HostNotFound;
    return outcome;
}

SendOutcome transportOutcome(QNetworkReply::NetworkError error, const QString& host, const QString& technicalDetail)
{
    return transportOutcome(transportFailureFor(error), host, technicalDetail);
}

FailureKind failureForHttpStatus(int httpStatus)
{
    if (httpStatus >= 200 && httpStatus < 300)
        return FailureKind::None;
    switch (httpStatus) {
    case 401:
    case 403:
        return FailureKind::Authentication;
    case 429:
        return FailureKind::RateLimited;
    case 402:
        return FailureKind::Account;
    case 413:
        return FailureKind::Message;
    default:
        break;
    }
    if (httpStatus >= 500)
        return FailureKind::ProviderError;
    if (httpStatus >= 400 || (httpStatus >= 300 && httpStatus < 400))
        return FailureKind::Configuration;
    return FailureKind::UnexpectedResponse;
}

QString explainHttpStatus(int httpStatus, const QString& providerName)
{
    if (httpStatus >= 200 && httpStatus < 300) {
        return tr("%1 answered %2 but not in the form the console expects, so the send cannot be confirmed. "
                  "Check the URL, or the success criterion of a custom provider.")
            .arg(providerName)
            .arg(httpStatus);
    }
    if (httpStatus >= 300 && httpStatus < 400) {
        return tr("%1 answered %2, a redirect. The console does not follow redirects with credentials; put the "
                  "final address in the settings.")
            .arg(providerName)
            .arg(httpStatus);
    }
    switch (httpStatus) {
    case 400:
        return tr("%1 answered 400 (bad request): it did not accept the request's content. Check the fields the "
                  "request sends, such as the numbers and, for a custom provider, the payload template.")
            .arg(providerName);
    case 401:
        return tr("%1 answered 401 (unauthorized): the credentials were refused. Check that they are current, "
                  "copied whole, and belong to the same account.")
            .arg(providerName);
    case 402:
        return tr("%1 answered 402 (payment required): the account has run out of credit or needs billing "
                  "details.")
            .arg(providerName);
    case 403:
        return tr("%1 answered 403 (forbidden): the credentials are valid but not allowed to do this. Check the "
                  "account's permissions.")
            .arg(providerName);
    case 404:
        return tr("%1 answered 404 (not found): the address is wrong, or the account in it does not exist. "
                  "Check the URL or API base, and the account identifier.")
            .arg(providerName);
    case 405:
        return tr("%1 answered 405 (method not allowed): the endpoint does not take this HTTP method. Check "
                  "POST or PUT in the settings.")
            .arg(providerName);
    case 408:
        return tr("%1 answered 408 (request timeout). Try again.").arg(providerName);
    case 413:
        return tr("%1 answered 413 (content too large): the request body is larger than it accepts.").arg(providerName);
    case 415:
        return tr("%1 answered 415 (unsupported media type): it does not accept this content type. Switch between "
                  "JSON and FORM.")
            .arg(providerName);
    case 422:
        return tr("%1 answered 422 (unprocessable): the request was understood but a value was refused. Check "
                  "the numbers and the payload.")
            .arg(providerName);
    case 429:
        return tr("%1 answered 429 (too many requests): requests are being sent faster than the account allows. "
                  "Wait a minute and try again.")
            .arg(providerName);
    case 500:
    case 502:
    case 503:
    case 504:
        return tr("%1 answered %2: the service had a problem on its side. Nothing needs to change here; try again "
                  "in a few minutes, and check the provider's status page if it persists.")
            .arg(providerName)
            .arg(httpStatus);
    default:
        break;
    }
    if (httpStatus >= 500) {
        return tr("%1 answered %2, an error on its side. Try again later.").arg(providerName).arg(httpStatus);
    }
    return tr("%1 answered with HTTP status %2, which the console did not expect. The technical detail shows the "
              "answer.")
        .arg(providerName)
        .arg(httpStatus);
}

} // namespace smsotp::providers
