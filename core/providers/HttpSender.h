#pragma once
// Executes an HttpRequestSpec over QNetworkAccessManager with the console's safety rules, asynchronously.

#include "ErrorExplanations.h"
#include "HttpRequestSpec.h"

#include <QHash>
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
// - a transfer timeout on every request (the spec's, default 15 s) and a Cancel;
// - answers over 1 MiB are aborted as soon as that is known;
// - HTTP/2 is off, so what is sent is exactly the previewed HTTP/1.1 request;
// - a pinned certificate (HttpRequestSpec::pinnedCertificate) accepts exactly the TLS errors about that very
//   certificate when the server presents it as its own; its connections are never shared with other requests.
class HttpSender : public QObject
{
    Q_OBJECT
public:
    using RequestId = quint64;
    using Callback = std::function<void(const HttpResult&)>;
    static constexpr qint64 kMaxResponseBytes = 1024 * 1024;

    explicit HttpSender(QNetworkAccessManager& network, QObject* parent = nullptr);
    ~HttpSender() override;

    // Starts the request; done is called exactly once, later, on this thread (not if the sender is destroyed).
    RequestId send(const HttpRequestSpec& request, Callback done);
    // Stops a running request; its callback reports TransportFailure::Cancelled. Unknown ids are ignored.
    void cancel(RequestId id);
    void cancelAll();
    int running() const { return int(m_running.size()); }

Q_SIGNALS:
    void runningChanged(int running);

private:
    struct Running
    {
        QPointer<QNetworkReply> reply;
        Callback done;
        std::optional<TransportFailure> stoppedFor; // why the sender itself aborted the reply
        qint64 startedNs = 0;
        QString host;
    };

    // The manager a request goes through: the shared one, or for a pinned certificate its own (see the .cpp).
    QNetworkAccessManager& networkFor(const QByteArray& pinnedCertificate);
    void finish(RequestId id);
    void stop(RequestId id, TransportFailure reason);
    void complete(RequestId id, HttpResult result);

    QNetworkAccessManager& m_network;
    QHash<QByteArray, QNetworkAccessManager*> m_pinnedNetworks; // children of this sender, by pin digest
    QHash<RequestId, Running> m_running;
    RequestId m_nextId = 1;
};

} // namespace smsotp::providers
