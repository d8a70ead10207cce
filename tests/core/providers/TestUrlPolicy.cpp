#include "providers/UrlPolicy.h"

#include <QTest>

using namespace smsotp::providers;

class TestUrlPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loopbackHosts()
    {
        for (const char* host : { "localhost", "LocalHost", "localhost.", "127.0.0.1", "127.255.0.9", "::1", "[::1]",
                 "::ffff:127.0.0.1", "0:0:0:0:0:0:0:1" })
            QVERIFY2(isLoopbackHost(QString::fromLatin1(host)), host);
        for (const char* host : { "", "localhost.example.com", "mylocalhost", "128.0.0.1", "10.0.0.1", "::2",
                 "::ffff:10.0.0.1", "0.0.0.0", "example.com" })
            QVERIFY2(!isLoopbackHost(QString::fromLatin1(host)), host);
    }

    void endpointChecks()
    {
        QVERIFY(checkEndpointUrl(QUrl(QStringLiteral("https://api.twilio.com"))).ok());
        const UrlCheck local = checkEndpointUrl(QUrl(QStringLiteral("http://127.0.0.1:8080")));
        QVERIFY(local.ok());
        QVERIFY(local.plainHttpToLoopback);
        QVERIFY(!local.warning.isEmpty());
        const UrlCheck remote = checkEndpointUrl(QUrl(QStringLiteral("http://api.twilio.com")));
        QCOMPARE(remote.problem, UrlProblem::InsecureHttp);
        QVERIFY(remote.message.contains(u"https://"));
        QCOMPARE(checkEndpointUrl(QUrl()).problem, UrlProblem::Empty);
        QCOMPARE(checkEndpointUrl(QUrl(QStringLiteral("file:///etc/passwd"))).problem, UrlProblem::UnsupportedScheme);
        QCOMPARE(checkEndpointUrl(QUrl(QStringLiteral("https://"))).problem, UrlProblem::MissingHost);
        QCOMPARE(checkEndpointUrl(u"https://exa mple.com/").problem, UrlProblem::Malformed);
        QCOMPARE(checkEndpointUrl(u" https://example.com/ ").problem, UrlProblem::None);
    }

    void appendsPaths()
    {
        QCOMPARE(appendPath(QUrl(QStringLiteral("https://h")), QStringLiteral("/a/b.json")).toString(),
            QStringLiteral("https://h/a/b.json"));
        QCOMPARE(appendPath(QUrl(QStringLiteral("https://h/prefix/")), QStringLiteral("/a")).toString(),
            QStringLiteral("https://h/prefix/a"));
        QCOMPARE(appendPath(QUrl(QStringLiteral("http://127.0.0.1:9/p?q=1#f")), QStringLiteral("/a")).toString(),
            QStringLiteral("http://127.0.0.1:9/p/a"));
    }
};

QTEST_GUILESS_MAIN(TestUrlPolicy)
#include "TestUrlPolicy.moc"
