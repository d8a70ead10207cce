#include "RandomValue.h"
#include "template/UrlTemplate.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace smsotp::tmpl;
using smsotp::testing::randomValue;

namespace {

bool hasError(const UrlRenderResult& result, TemplateErrorKind kind)
{
    return std::any_of(
        result.errors.begin(), result.errors.end(), [kind](const TemplateError& e) { return e.kind == kind; });
}

} // namespace

class TestUrlTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plusInANumberTravelsAsPercent2B()
    {
        PayloadValues values;
        values.mobile = QStringLiteral("+447700900123");
        values.body = QStringLiteral("Your code is 12 34");
        const UrlRenderResult result = renderUrlTemplate(
            QStringLiteral("https://gw.example.org/cgi-bin/sendsms?to={{mobile}}&text={{body}}"), values);
        QVERIFY(result.ok());
        QCOMPARE(result.url,
            QStringLiteral(
                "https://gw.example.org/cgi-bin/sendsms?to=%2B447700900123&text=Your%20code%20is%2012%2034"));
        QCOMPARE(result.placeholders.size(), 2);
        // QUrl keeps the encoding as it is when the URL is sent.
        QCOMPARE(QUrl(result.url, QUrl::StrictMode).toEncoded(), result.url.toLatin1());
    }

    void queryValuesDecodeExactly_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 2000; seed += 1)
            QTest::addRow("%u", seed) << seed;
    }

    void queryValuesDecodeExactly()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        PayloadValues values;
        values.body = randomValue(rng);
        values.mobile = randomValue(rng);
        values.sender = randomValue(rng);
        values.secrets.insert(QStringLiteral("user"), randomValue(rng));
        const UrlRenderResult result = renderUrlTemplate(
            QStringLiteral("https://gw.example.org/send/{{sender}}?to={{mobile}}&text={{body}}&u={{secret:user}}"),
            values);
        QVERIFY(result.ok());
        const QUrl url(result.url, QUrl::StrictMode);
        QVERIFY2(url.isValid(), qPrintable(url.errorString()));
        QCOMPARE(url.host(), QStringLiteral("gw.example.org"));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded).toUtf8(), values.mobile.toUtf8());
        QCOMPARE(query.queryItemValue(QStringLiteral("text"), QUrl::FullyDecoded).toUtf8(), values.body.toUtf8());
        QCOMPARE(query.queryItemValue(QStringLiteral("u"), QUrl::FullyDecoded).toUtf8(),
            values.secrets.value(QStringLiteral("user")).toUtf8());
        QCOMPARE(query.queryItems().size(), 3); // no value split the query
        // The path segment is one segment whatever the value holds ("/" is encoded).
        const QString path = url.path(QUrl::FullyEncoded);
        QCOMPARE(path.count(u'/'), 2);
        QCOMPARE(QByteArray::fromPercentEncoding(path.mid(6).toLatin1()), values.sender.toUtf8());
    }

    void aValueNeverChoosesWhereTheRequestGoes_data()
    {
        QTest::addColumn<QString>("tmpl");
        QTest::newRow("host") << QStringLiteral("https://{{body}}.example.org/send");
        QTest::newRow("whole host") << QStringLiteral("https://{{sender}}/send");
        QTest::newRow("port") << QStringLiteral("https://gw.example.org:{{mobile.digits}}/send");
        QTest::newRow("scheme") << QStringLiteral("{{sender}}://gw.example.org/send");
        QTest::newRow("user info") << QStringLiteral("https://{{secret:user}}@gw.example.org/send");
        QTest::newRow("fragment") << QStringLiteral("https://gw.example.org/send#{{body}}");
    }

    void aValueNeverChoosesWhereTheRequestGoes()
    {
        QFETCH(QString, tmpl);
        PayloadValues values;
        values.body = QStringLiteral("evil.example.net/x?");
        values.secrets.insert(QStringLiteral("user"), QStringLiteral("u"));
        const UrlRenderResult result = renderUrlTemplate(tmpl, values);
        QVERIFY(hasError(result, TemplateErrorKind::MisplacedUrlPlaceholder));
        QVERIFY(!result.errors.first().message.isEmpty());
    }

    void literalTextIsKeptAndNonAsciiEncoded()
    {
        const UrlRenderResult result
            = renderUrlTemplate(QStringLiteral("  https://gw.example.org/é?a=b%2Fc&x=1 2\n"), {});
        QVERIFY(result.ok());
        QCOMPARE(result.url, QStringLiteral("https://gw.example.org/%C3%A9?a=b%2Fc&x=1%202"));
    }

    void unknownAndUnclosedPlaceholdersAreErrors()
    {
        QVERIFY(hasError(renderUrlTemplate(QStringLiteral("https://gw.example.org/?to={{phone}}"), {}),
            TemplateErrorKind::UnknownPlaceholder));
        QVERIFY(hasError(renderUrlTemplate(QStringLiteral("https://gw.example.org/?to={{mobile"), {}),
            TemplateErrorKind::UnclosedPlaceholder));
        QVERIFY(hasError(renderUrlTemplate(QStringLiteral("https://gw.example.org/?k={{secret:key}}"), {}),
            TemplateErrorKind::MissingSecret));
    }

    void percentEncodingKeepsOnlyUnreserved()
    {
        QCOMPARE(percentEncodeComponent(u"aZ09-._~"), QByteArray("aZ09-._~"));
        QCOMPARE(percentEncodeComponent(u"+ &=/?#%é"), QByteArray("%2B%20%26%3D%2F%3F%23%25%C3%A9"));
    }
};

QTEST_GUILESS_MAIN(TestUrlTemplate)
#include "TestUrlTemplate.moc"
