#pragma once
// Test helper: an HTTP(S) server on loopback (QHttpServer) that records what it receives.
// The vendor-protocol servers are built on it; tests add routes through http().

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QList>
#include <QUrl>
#include <chrono>
#include <vector>

struct RecordedRequest
{
    QByteArray method;
    QString path;
    QString query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const;
};

// The user and password of an "Authorization: Basic ..." header; empty when it is missing or another scheme.
QPair<QString, QString> basicCredentials(const QByteArray& header);

class TestHttpServer : public QObject
{
    Q_OBJECT
public:
    enum class Tls
    {
        Off,
        SelfSigned, // certs/selfsigned.crt, valid until 2126
        Expired, // certs/expired.crt, valid only in 2020
        OtherName, // certs/othername.crt, valid until 2126, for is.example.org: not the name of 127.0.0.1
    };
    // The certificate a server with that setting presents, PEM: what a user would pin. Empty for Off.
    static QByteArray certificatePem(Tls tls);

    explicit TestHttpServer(Tls tls = Tls::Off, QObject* parent = nullptr);

    // Listens on a free port of address (127.0.0.1 unless told); false on failure.
    bool listen(const QHostAddress& address = QHostAddress(QHostAddress::LocalHost));
    QUrl baseUrl() const;
    QUrl url(const QString& path) const;
    quint16 port() const { return m_port; }

    QHttpServer& http() { return m_server; }
    const QList<RecordedRequest>& requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

    // Records the request and returns it; routes call this first.
    const RecordedRequest& record(const QHttpServerRequest& request);
    // Keeps a responder without answering, so the client waits until its timeout.
    void hold(QHttpServerResponder&& responder) { m_held.push_back(std::move(responder)); }
    // Answers with an empty body and the status after the delay, as a slow gateway does.
    void answerAfter(QHttpServerResponder&& responder, std::chrono::milliseconds delay,
        QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok);
    // Routes path to record each request and hold it: the client waits until its timeout or cancels.
    void routeHolding(const QString& path);
    // Routes path to record each request and answer it with an empty 200 after the delay.
    void routeAnsweringAfter(const QString& path, std::chrono::milliseconds delay);

private:
    QHttpServer m_server;
    QHostAddress m_address;
    quint16 m_port = 0;
    bool m_tls;
    QList<RecordedRequest> m_requests;
    std::vector<QHttpServerResponder> m_held;
};
