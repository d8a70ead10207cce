#include "providers/ErrorExplanations.h"

#include <QSet>
#include <QTest>

using namespace smsotp::providers;

class TestErrorExplanations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void networkErrorsMap_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("failure");
        QTest::newRow("timeout") << int(QNetworkReply::TimeoutError) << int(TransportFailure::Timeout);
        QTest::newRow("dns") << int(QNetworkReply::HostNotFoundError) << int(TransportFailure::HostNotFound);
        QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError)
                                 << int(TransportFailure::ConnectionRefused);
        QTest::newRow("closed") << int(QNetworkReply::RemoteHostClosedError) << int(TransportFailure::ConnectionClosed);
        QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << int(TransportFailure::Tls);
        QTest::newRow("cancel") << int(QNetworkReply::OperationCanceledError) << int(TransportFailure::Cancelled);
        QTest::newRow("redirects") << int(QNetworkReply::TooManyRedirectsError)
                                   << int(TransportFailure::TooManyRedirects);
        QTest::newRow("insecure redirect")
            << int(QNetworkReply::InsecureRedirectError) << int(TransportFailure::InsecureRedirect);
        QTest::newRow("proxy") << int(QNetworkReply::ProxyAuthenticationRequiredError) << int(TransportFailure::Proxy);
        QTest::newRow("network") << int(QNetworkReply::TemporaryNetworkFailureError)
                                 << int(TransportFailure::NetworkUnavailable);
        QTest::newRow("http status") << int(QNetworkReply::ContentNotFoundError) << int(TransportFailure::Other);
    }

    void networkErrorsMap()
    {
        QFETCH(int, error);
        QFETCH(int, failure);
        QCOMPARE(int(transportFailureFor(QNetworkReply::NetworkError(error))), failure);
    }

    void everyFailureIsExplainedDistinctly()
    {
        const QList<TransportFailure> all = { TransportFailure::Timeout, TransportFailure::HostNotFound,
            TransportFailure::ConnectionRefused, TransportFailure::ConnectionClosed, TransportFailure::Tls,
            TransportFailure::Cancelled, TransportFailure::TooLarge, TransportFailure::RedirectToOtherHost,
            TransportFailure::InsecureRedirect, TransportFailure::TooManyRedirects, TransportFailure::Proxy,
            TransportFailure::NetworkUnavailable, TransportFailure::Other };
        QSet<QString> seen;
        for (const TransportFailure failure : all) {
            const QString text = explainTransportFailure(failure, QStringLiteral("sms.example.com"));
            QVERIFY(text.contains(u"sms.example.com"));
            QVERIFY(!seen.contains(text));
            seen.insert(text);
            const SendOutcome outcome
                = transportOutcome(failure, QStringLiteral("sms.example.com"), QStringLiteral("detail"));
            QVERIFY(!outcome.accepted);
            QCOMPARE(outcome.httpStatus, 0);
            QCOMPARE(outcome.explanation, text);
            QCOMPARE(outcome.technicalDetail, QStringLiteral("detail"));
            QCOMPARE(outcome.failure,
                failure == TransportFailure::Cancelled ? FailureKind::Cancelled : FailureKind::Transport);
        }
        QVERIFY(explainTransportFailure(TransportFailure::Tls, QStringLiteral("h")).contains(u"certificate"));
        QVERIFY(explainTransportFailure(TransportFailure::TooLarge, QStringLiteral("h")).contains(u"1 MiB"));
        QVERIFY(transportOutcome(TransportFailure::Timeout, QStringLiteral("h")).retryLater);
        QVERIFY(!transportOutcome(TransportFailure::Tls, QStringLiteral("h")).retryLater);
        QCOMPARE(transportOutcome(QNetworkReply::HostNotFoundError, QStringLiteral("h")).explanation,
            explainTransportFailure(TransportFailure::HostNotFound, QStringLiteral("h")));
    }

    void httpStatuses()
    {
        QSet<QString> seen;
        for (const int status :
            { 201, 302, 400, 401, 402, 403, 404, 405, 408, 413, 415, 422, 429, 500, 503, 599, 418 }) {
            const QString text = explainHttpStatus(status, QStringLiteral("Acme SMS"));
            QVERIFY(text.contains(u"Acme SMS"));
            QVERIFY(!seen.contains(text));
            seen.insert(text);
        }
        QCOMPARE(failureForHttpStatus(200), FailureKind::None);
        QCOMPARE(failureForHttpStatus(401), FailureKind::Authentication);
        QCOMPARE(failureForHttpStatus(403), FailureKind::Authentication);
        QCOMPARE(failureForHttpStatus(404), FailureKind::Configuration);
        QCOMPARE(failureForHttpStatus(429), FailureKind::RateLimited);
        QCOMPARE(failureForHttpStatus(503), FailureKind::ProviderError);
        QCOMPARE(failureForHttpStatus(302), FailureKind::Configuration);
    }
};

QTEST_GUILESS_MAIN(TestErrorExplanations)
#include "TestErrorExplanations.moc"
