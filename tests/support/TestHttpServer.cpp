#include "TestHttpServer.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>
#include <memory>

namespace {
QByteArray readSupportFile(const QString& name)
{
    QFile file(QStringLiteral(SMSOTP_TEST_SUPPORT_DIR "/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString certificateFile(TestHttpServer::Tls tls)
{
    switch (tls) {
    case TestHttpServer::Tls::Expired:
        return QStringLiteral("certs/expired");
    case TestHttpServer::Tls::OtherName:
        return QStringLiteral("certs/othername");
    case TestHttpServer::Tls::SelfSigned:
    case TestHttpServer::Tls::Off:
        break;
    }
    return QStringLiteral("certs/selfsigned");
}
} // namespace

QPair<QString, QString> basicCredentials(const QByteArray& header)
{
    if (!header.startsWith("Basic "))
        return {};
    const QByteArray decoded = QByteArray::fromBase64(header.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0)
        return {};
    return { QString::fromUtf8(decoded.first(colon)), QString::fromUtf8(decoded.mid(colon + 1)) };
}

QByteArray RecordedRequest::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

TestHttpServer::TestHttpServer(Tls tls, QObject* parent)
    : QObject(parent)
    , m_tls(tls != Tls::Off)
{
    if (m_tls) {
        m_server.sslSetup(QSslCertificate(certificatePem(tls)),
            QSslKey(readSupportFile(certificateFile(tls) + QStringLiteral(".key")), QSsl::Rsa));
    }
}

QByteArray TestHttpServer::certificatePem(Tls tls)
{
    return tls == Tls::Off ? QByteArray() : readSupportFile(certificateFile(tls) + QStringLiteral(".crt"));
}

bool TestHttpServer::listen(const QHostAddress& address)
{
    m_address = address;
    m_port = m_server.listen(address, 0);
    return m_port != 0;
}

QUrl TestHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_address.toString());
    url.setPort(m_port);
    return url;
}

QUrl TestHttpServer::url(const QString& path) const
{
    QUrl url = baseUrl();
    url.setPath(path);
    return url;
}

void TestHttpServer::answerAfter(
    QHttpServerResponder&& responder, std::chrono::milliseconds delay, QHttpServerResponder::StatusCode status)
{
    // A responder cannot be copied into a timer's function; it waits in a shared box.
    auto box = std::make_shared<QHttpServerResponder>(std::move(responder));
    QTimer::singleShot(delay, this, [box, status] { box->write(status); });
}

void TestHttpServer::routeHolding(const QString& path)
{
    m_server.route(path, [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        record(request);
        hold(std::move(responder));
    });
}

void TestHttpServer::routeAnsweringAfter(const QString& path, std::chrono::milliseconds delay)
{
    m_server.route(path, [this, delay](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        record(request);
        answerAfter(std::move(responder), delay);
    });
}

const RecordedRequest& TestHttpServer::record(const QHttpServerRequest& request)
{
    RecordedRequest recorded;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        recorded.method = "GET";
        break;
    case QHttpServerRequest::Method::Post:
        recorded.method = "POST";
        break;
    case QHttpServerRequest::Method::Put:
        recorded.method = "PUT";
        break;
    case QHttpServerRequest::Method::Delete:
        recorded.method = "DELETE";
        break;
    case QHttpServerRequest::Method::Patch:
        recorded.method = "PATCH";
        break;
    default:
        recorded.method = "OTHER";
        break;
    }
    recorded.path = request.url().path();
    recorded.query = request.url().query(QUrl::FullyEncoded);
    recorded.headers = request.headers();
    recorded.body = request.body();
    m_requests.append(recorded);
    return m_requests.last();
}
