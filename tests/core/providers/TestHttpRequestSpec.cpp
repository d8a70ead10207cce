// HttpRequestSpec: the request value every builder returns and the sender executes. Its defaults are promises
// (POST, the 15 s transfer timeout, nothing pinned) and header look-up ignores case as HTTP does.

#include "providers/HttpRequestSpec.h"

#include <QTest>

using namespace smsotp::providers;
using namespace std::chrono_literals;

class TestHttpRequestSpec : public QObject
{
    Q_OBJECT

    static HttpRequestSpec withHeaders(QList<HttpHeader> headers)
    {
        HttpRequestSpec spec;
        spec.headers = std::move(headers);
        return spec;
    }

private Q_SLOTS:
    void methodNamesAreTheWireNames()
    {
        QCOMPARE(httpMethodName(HttpMethod::Get), QByteArray("GET"));
        QCOMPARE(httpMethodName(HttpMethod::Post), QByteArray("POST"));
        QCOMPARE(httpMethodName(HttpMethod::Put), QByteArray("PUT"));
        QCOMPARE(httpMethodName(HttpMethod::Patch), QByteArray("PATCH"));
    }

    void aNewRequestIsAPostWithTheDefaultTimeoutAndNoPin()
    {
        const HttpRequestSpec spec;
        QCOMPARE(spec.method, HttpMethod::Post);
        QCOMPARE(spec.transferTimeout, 15000ms); // SECURITY.md 18: every request has a timeout
        QCOMPARE(spec.transferTimeout, kDefaultTransferTimeout);
        QVERIFY(spec.url.isEmpty());
        QVERIFY(spec.headers.isEmpty());
        QVERIFY(spec.body.isEmpty());
        QVERIFY(spec.secrets.isEmpty());
        QVERIFY(spec.pin.isEmpty());
        QVERIFY(!HttpHeader().isSecret); // a header is shown unless a builder marks it secret
    }

    void headerLookUpIgnoresCase()
    {
        const HttpRequestSpec spec = withHeaders({ { "Content-Type", "application/json" },
            { "authorization", "Basic QUM6dG9rZW4=", true }, { "X-Trace", "abc" } });
        QCOMPARE(spec.headerValue("content-type"), QByteArray("application/json"));
        QCOMPARE(spec.headerValue("CONTENT-TYPE"), QByteArray("application/json"));
        QCOMPARE(spec.headerValue("Authorization"), QByteArray("Basic QUM6dG9rZW4="));
        QVERIFY(spec.hasHeader("x-trace"));
        QVERIFY(spec.hasHeader("AUTHORIZATION"));
    }

    void onlyWholeNamesMatch()
    {
        const HttpRequestSpec spec = withHeaders({ { "Accept-Language", "en" }, { "X-Api-Key", "k" } });
        QVERIFY(!spec.hasHeader("Accept"));
        QCOMPARE(spec.headerValue("Accept"), QByteArray());
        QVERIFY(!spec.hasHeader("X-Api-Key-Id"));
        QVERIFY(!spec.hasHeader("X-Api"));
        QVERIFY(!spec.hasHeader(""));
        QVERIFY(!HttpRequestSpec().hasHeader("Accept"));
        QCOMPARE(HttpRequestSpec().headerValue("Accept"), QByteArray());
    }

    void theFirstOfRepeatedHeadersIsTheAnswer()
    {
        // Headers are kept in the order they are sent; look-up gives the first one, whatever its case.
        const HttpRequestSpec spec = withHeaders({ { "x-mode", "first" }, { "X-Mode", "second" } });
        QCOMPARE(spec.headerValue("X-MODE"), QByteArray("first"));
        QCOMPARE(spec.headers.size(), 2);
        QCOMPARE(spec.headers.at(1).value, QByteArray("second"));
    }

    void anEmptyValueIsStillAHeader()
    {
        // hasHeader tells "sent with an empty value" apart from "not sent", which headerValue cannot.
        const HttpRequestSpec spec = withHeaders({ { "X-Empty", "" } });
        QVERIFY(spec.hasHeader("x-empty"));
        QVERIFY(spec.headerValue("x-empty").isEmpty());
        QVERIFY(!spec.hasHeader("x-other"));
    }

    void headersCompareByNameValueAndSecrecy()
    {
        const HttpHeader plain { "Authorization", "Bearer t" };
        const HttpHeader secret { "Authorization", "Bearer t", true };
        QVERIFY(plain == (HttpHeader { "Authorization", "Bearer t" }));
        QVERIFY(!(plain == secret)); // a header that lost its secret mark is a different header
        QVERIFY(!(plain == (HttpHeader { "Authorization", "Bearer u" })));
        QVERIFY(!(plain == (HttpHeader { "authorization", "Bearer t" })));
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestSpec)
#include "TestHttpRequestSpec.moc"
