#pragma once
// Executes an HttpRequestSpec over QNetworkAccessManager with the console's safety rules, asynchronously.

#include "ErrorExplanations.h"
#include "HttpRequestSpec.h"

#include <QDateTime>
#include <QHash>
#include <QHashFunctions>
#include <QObject>
#include <QPointer>
#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace smsotp::providers {

struct HttpResult
{
    std::optional<TransportFailure> failure; // set when there is no usable HTTP answer
    QString failureDetail; // Qt's own words (TLS errors listed), for the technical detail
    QDateTime pinExpiry; // PinnedCertificateExpired: when the pinned certificate expired
    int httpStatus = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    std::chrono::milliseconds latency { 0 }; // from the start of the request to the end of the answer

    bool hasAnswer() const { return !failure.has_value(); }
};

// The rules every request follows (SECURITY.md 15-19):
// - TLS is verified by Qt's defaults; an error fails the request and is listed, never ignored;
// - http:// only to this machine (checkEndpointUrl); anything else is refused before a byte is sent;
// - redirects are never followed, so credentials and codes never reach another address; a 3xx is reported;
// - a transfer timeout on every request (the spec's, default 15 s) and a Cancel; the timeout counts from the moment
//   the request gets a connection: at most kConnectionsPerOrigin requests per origin are handed to Qt at once,
//   the rest wait here (Qt would queue them too, but with their timeout already running);
// - answers over 1 MiB are aborted as soon as that is known;
// - HTTP/2 is off, so what is sent is exactly the previewed HTTP/1.1 request;
// - a pinned certificate (HttpRequestSpec::pin) is the only certificate the server may present:
//   the TLS errors about that very certificate are accepted (not its expiry; a host-name mismatch only for the
//   host confirmed at pinning time), and any other certificate, even
//   one a trusted CA signed, stops the request before a byte is sent (CertificateChanged); its connections
//   are never shared with other requests.
class HttpSender : public QObject
{
    Q_OBJECT
public:
    using RequestId = quint64;
    using Callback = std::function<void(const HttpResult&)>;
    static constexpr qint64 kMaxResponseBytes = 1024 * 1024;
    // Qt's HTTP/1.1 connections per host and port of one QNetworkAccessManager.
    static constexpr int kConnectionsPerOrigin = 6;

    explicit HttpSender(QNetworkAccessManager& network, QObject* parent = nullptr);
    // With a QNetworkAccessManager of its own, made on the first request: making one costs about a megabyte of
    // memory, which a console session that never sends (or not yet) does not spend.
    explicit HttpSender(QObject* parent = nullptr);
    ~HttpSender() override;

    // Starts the request; done is called exactly once, later, on this thread (not if the sender is destroyed).
    RequestId send(const HttpRequestSpec& request, Callback done);
    // Stops a running or waiting request; its callback reports TransportFailure::Cancelled. Unknown ids are ignored.
    void cancel(RequestId id);
    void cancelAll();
    // Requests not finished yet, waiting for a connection included.
    int running() const { return int(m_running.size()); }

Q_SIGNALS:
    void runningChanged(int running);

private:
    // Requests share connections when they go through the same manager to the same scheme, host and port.
    struct Origin
    {
        QNetworkAccessManager* network = nullptr;
        QString scheme;
        QString host;
        int port = -1;
        friend bool operator==(const Origin&, const Origin&) = default;
        friend size_t qHash(const Origin& o, size_t seed = 0)
        {
            return qHashMulti(seed, o.network, o.scheme, o.host, o.port);
        }
    };
    struct Running
    {
        HttpRequestSpec spec; // kept until the request starts
        Origin origin;
        QPointer<QNetworkReply> reply; // null while the request waits for a connection
        Callback done;
        std::optional<TransportFailure> stoppedFor; // why the sender itself aborted the reply
        qint64 startedNs = 0;
    };

    // The manager a request goes through: the shared one, or for a pinned certificate its own (see the .cpp).
    QNetworkAccessManager& networkFor(const CertificatePin& pin);
    QNetworkAccessManager& network();
    // Hands the request to Qt: its timeout and latency start now.
    void start(RequestId id);
    // The TLS rules of a reply: errors never ignored wholesale; with a pin, exactly that certificate.
    void watchTls(RequestId id, QNetworkReply* reply, const CertificatePin& certificatePin);
    // Starts the next waiting request of the origin, if a connection is free.
    void startWaiting(const Origin& origin);
    void finish(RequestId id);
    void stop(RequestId id, TransportFailure reason);
    void complete(RequestId id, HttpResult result);

    QNetworkAccessManager* m_network; // the given one, or the own one once made (a child of this sender)
    QHash<QByteArray, QNetworkAccessManager*> m_pinnedNetworks; // children of this sender, by pin digest
    QHash<RequestId, Running> m_running;
    QHash<Origin, int> m_active; // requests handed to Qt, per origin
    QHash<Origin, QList<RequestId>> m_waiting; // in the order they were sent
    RequestId m_nextId = 1;
};

} // namespace smsotp::providers
