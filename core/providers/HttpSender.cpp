#include "HttpSender.h"

#include "UrlPolicy.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

Q_LOGGING_CATEGORY(lcHttp, "smsotp.core.http")

namespace smsotp::providers {

namespace {

qint64 nowNs()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.nsecsElapsed();
}

} // namespace

HttpSender::HttpSender(QNetworkAccessManager& network, QObject* parent)
    : QObject(parent)
    , m_network(&network)
{ }

HttpSender::HttpSender(QObject* parent)
    : QObject(parent)
    , m_network(nullptr)
{ }

QNetworkAccessManager& HttpSender::network()
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    return *m_network;
}

HttpSender::~HttpSender()
{
    // Callbacks are not called once the sender is gone; the replies are stopped and freed.
    const auto running = std::exchange(m_running, {});
    for (const Running& r : running) {
        if (r.reply) {
            r.reply->disconnect(this);
            r.reply->abort();
            r.reply->deleteLater();
        }
    }
}

HttpSender::RequestId HttpSender::send(const HttpRequestSpec& spec, Callback done)
{
    const RequestId id = m_nextId++;
    const UrlCheck check = checkEndpointUrl(spec.url);
    if (!check.ok()) {
        // Refused before a connection is made: the same one-shot answer, delivered asynchronously like the rest.
        HttpResult result;
        result.failure = TransportFailure::Other;
        result.failureDetail = check.message;
        QTimer::singleShot(0, this, [done = std::move(done), result] { done(result); });
        return id;
    }

    const Origin origin { &networkFor(spec.pin), spec.url.scheme(), spec.url.host(),
        spec.url.port(spec.url.scheme() == QLatin1String("https") ? 443 : 80) };
    m_running.insert(id, Running { spec, origin, nullptr, std::move(done), std::nullopt, 0 });
    m_waiting[origin].append(id);
    Q_EMIT runningChanged(running());
    startWaiting(origin);
    return id;
}

void HttpSender::startWaiting(const Origin& origin)
{
    auto waiting = m_waiting.find(origin);
    if (waiting == m_waiting.end())
        return;
    if (m_active.value(origin) < kConnectionsPerOrigin) {
        const RequestId next = waiting->takeFirst();
        if (waiting->isEmpty())
            m_waiting.erase(waiting);
        start(next);
    }
}

void HttpSender::start(RequestId id)
{
    Running& running = m_running[id];
    const HttpRequestSpec& spec = running.spec;
    QNetworkRequest request(spec.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(int(spec.transferTimeout.count()));
    for (const HttpHeader& header : spec.headers)
        request.setRawHeader(header.name, header.value);

    QNetworkAccessManager& network = *running.origin.network;
    QNetworkReply* reply = nullptr;
    switch (spec.method) {
    case HttpMethod::Get:
        reply = network.get(request);
        break;
    case HttpMethod::Post:
        reply = network.post(request, spec.body);
        break;
    case HttpMethod::Put:
        reply = network.put(request, spec.body);
        break;
    case HttpMethod::Patch:
        reply = network.sendCustomRequest(request, QByteArrayLiteral("PATCH"), spec.body);
        break;
    }
    running.reply = reply;
    running.startedNs = nowNs();
    ++m_active[running.origin];

    // The size cap is applied as soon as the size is known: from Content-Length, then from what arrives.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, id, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > kMaxResponseBytes)
            stop(id, TransportFailure::TooLarge);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, id](qint64 received, qint64) {
        if (received > kMaxResponseBytes)
            stop(id, TransportFailure::TooLarge);
    });
    watchTls(id, reply, spec.pin);
    connect(reply, &QNetworkReply::finished, this, [this, id] { finish(id); });
    running.spec = {}; // the body and headers (credentials) are Qt's now; not kept twice
}

void HttpSender::watchTls(RequestId id, QNetworkReply* reply, const CertificatePin& certificatePin)
{
    // The pin's SHA-256; empty without a pin (or for PEM that is not exactly one certificate: nothing matches it).
    const QList<QSslCertificate> pins = QSslCertificate::fromData(certificatePin.pem, QSsl::Pem);
    const QByteArray pin = pins.size() == 1 ? pins.first().digest(QCryptographicHash::Sha256) : QByteArray();
    const bool hostMismatchAccepted = !certificatePin.acceptedHostMismatch.isEmpty()
        && certificatePin.acceptedHostMismatch.compare(reply->url().host(), Qt::CaseInsensitive) == 0;
    connect(reply, &QNetworkReply::sslErrors, this, [reply, pin, hostMismatchAccepted](const QList<QSslError>& errors) {
        // Never ignored wholesale (SECURITY.md 15). With a pin, exactly the errors about the pinned certificate
        // are accepted, and only when the server presents that very certificate as its own; its expiry is not
        // accepted, a host-name mismatch only when it was confirmed at pinning time for this host, nor any other
        // error (another certificate, a chain error without a certificate).
        QList<QSslError> accepted;
        QStringList text;
        const QSslCertificate leaf = reply->sslConfiguration().peerCertificate();
        const QByteArray leafDigest = leaf.digest(QCryptographicHash::Sha256);
        const bool leafIsPinned = !pin.isEmpty() && !leaf.isNull() && leafDigest == pin;
        for (const QSslError& e : errors) {
            const bool aboutThePin = leafIsPinned && !e.certificate().isNull()
                && e.certificate().digest(QCryptographicHash::Sha256) == leafDigest;
            if (aboutThePin && e.error() == QSslError::CertificateExpired)
                reply->setProperty("smsotpPinExpired", leaf.expiryDate());
            const bool acceptable = e.error() != QSslError::CertificateExpired
                && (e.error() != QSslError::HostNameMismatch || hostMismatchAccepted);
            if (aboutThePin && acceptable)
                accepted.append(e);
            else
                text.append(e.errorString());
        }
        if (!text.isEmpty()) {
            reply->setProperty("smsotpSslErrors", text.join(QStringLiteral("; ")));
            return;
        }
        reply->ignoreSslErrors(accepted); // exactly these errors, of the pinned certificate, on this reply
    });
    if (certificatePin.isEmpty())
        return;
    // The handshake succeeded, before anything is sent: with a pin, the server must present exactly that
    // certificate, even where a trusted CA vouches for another one.
    connect(reply, &QNetworkReply::encrypted, this, [this, id, reply, pin] {
        const QByteArray leaf = reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256);
        if (!pin.isEmpty() && leaf == pin)
            return;
        reply->setProperty("smsotpPinChanged",
            tr("the server presented the certificate with SHA-256 %1; the pinned one is %2")
                .arg(QString::fromLatin1(leaf.toHex(':')), QString::fromLatin1(pin.toHex(':'))));
        stop(id, TransportFailure::CertificateChanged);
    });
}

QNetworkAccessManager& HttpSender::networkFor(const CertificatePin& pin)
{
    if (pin.isEmpty())
        return network();
    // Connections (and TLS sessions) accepted through a pin stay in a network manager of their own, one per
    // pin: Qt reuses open connections and resumes sessions without checking the certificate again, so sharing
    // one manager would let a request without that pin (or its host-name consent) ride on a connection it
    // would refuse.
    const QByteArray key = QCryptographicHash::hash(
        QByteArray(pin.pem).append('\n').append(pin.acceptedHostMismatch.toUtf8()), QCryptographicHash::Sha256);
    QNetworkAccessManager*& network = m_pinnedNetworks[key];
    if (!network) {
        network = new QNetworkAccessManager(this);
        network->setProxy(this->network().proxy());
    }
    return *network;
}

void HttpSender::stop(RequestId id, TransportFailure reason)
{
    auto it = m_running.find(id);
    if (it == m_running.end() || it->stoppedFor)
        return;
    if (!it->reply) {
        // Still waiting for a connection: nothing was sent.
        auto waiting = m_waiting.find(it->origin);
        if (waiting != m_waiting.end()) {
            waiting->removeOne(id);
            if (waiting->isEmpty())
                m_waiting.erase(waiting);
        }
        HttpResult result;
        result.failure = reason;
        complete(id, std::move(result));
        return;
    }
    it->stoppedFor = reason;
    it->reply->abort(); // emits finished, which completes with the reason
}

void HttpSender::cancel(RequestId id)
{
    stop(id, TransportFailure::Cancelled);
}

void HttpSender::cancelAll()
{
    // The waiting ones first, so none of them starts on a connection a cancelled one frees.
    const auto waiting = std::exchange(m_waiting, {});
    for (const QList<RequestId>& ids : waiting) {
        for (RequestId id : ids)
            cancel(id);
    }
    const QList<RequestId> ids = m_running.keys();
    for (RequestId id : ids)
        cancel(id);
}

void HttpSender::finish(RequestId id)
{
    auto it = m_running.find(id);
    if (it == m_running.end())
        return;
    QNetworkReply* reply = it->reply;
    HttpResult result;
    result.latency
        = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::nanoseconds(nowNs() - it->startedNs));
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (it->stoppedFor) {
        result.failure = it->stoppedFor;
        result.failureDetail = reply->property("smsotpPinChanged").toString();
    } else if (result.httpStatus >= 300 && result.httpStatus < 400) {
        // Not followed, whatever the target: the answer says where it wanted the request to go.
        const QUrl target
            = reply->url().resolved(reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        result.failure
            = target.host() == reply->url().host() ? TransportFailure::Other : TransportFailure::RedirectToOtherHost;
        result.failureDetail = tr("HTTP %1 redirect to %2 (not followed)")
                                   .arg(result.httpStatus)
                                   .arg(target.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
    } else if (reply->error() != QNetworkReply::NoError && result.httpStatus == 0) {
        // Qt reports its own transfer timeout as OperationCanceledError: the sender did not cancel, so it is that.
        result.failure = reply->error() == QNetworkReply::OperationCanceledError ? TransportFailure::Timeout
                                                                                 : transportFailureFor(reply->error());
        result.failureDetail = reply->errorString();
        const QString ssl = reply->property("smsotpSslErrors").toString();
        if (!ssl.isEmpty())
            result.failureDetail += QStringLiteral(" (") + ssl + QLatin1Char(')');
        if (const QVariant expiry = reply->property("smsotpPinExpired"); expiry.isValid()) {
            result.failure = TransportFailure::PinnedCertificateExpired;
            result.pinExpiry = expiry.toDateTime();
        }
    }
    if (!result.failure) {
        // An HTTP error status is still an answer: the provider's parser reads its body.
        result.body = reply->readAll();
        if (result.body.size() > kMaxResponseBytes) {
            result.failure = TransportFailure::TooLarge;
            result.body.clear();
        }
        result.headers = reply->rawHeaderPairs();
    }
    complete(id, std::move(result));
}

void HttpSender::complete(RequestId id, HttpResult result)
{
    Running running = m_running.take(id);
    if (running.reply) {
        running.reply->deleteLater();
        if (--m_active[running.origin] == 0)
            m_active.remove(running.origin);
        startWaiting(running.origin); // before the callback, which may destroy this sender
    }
    if (result.failure)
        qCInfo(lcHttp) << "request to" << running.origin.host << "failed:" << int(*result.failure)
                       << result.failureDetail;
    Q_EMIT runningChanged(this->running());
    running.done(result);
}

} // namespace smsotp::providers
