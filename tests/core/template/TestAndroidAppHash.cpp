// Android's SMS Retriever app hash. The expected value was computed independently with Google's documented
// pipeline over the same certificate:
//   openssl x509 -in android-signing.pem -outform der | xxd -p | tr -d "[:space:]"
//     | echo -n com.example.myapp `cat` | sha256sum | tr -d "[:space:]-" | xxd -r -p | base64 | cut -c1-11
// (one line)
// (and again with "openssl dgst -sha256 -binary | base64"): vPh/UOObprq.

#include "template/AndroidAppHash.h"

#include <QFile>
#include <QTest>

using namespace smsotp::tmpl;

class TestAndroidAppHash : public QObject
{
    Q_OBJECT

    static QByteArray certificate(const char* name)
    {
        QFile file(QStringLiteral(SMSOTP_TEST_CERTS_DIR "/") + QLatin1String(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", name);
        return file.readAll();
    }

private Q_SLOTS:
    void matchesGooglesPipeline()
    {
        const AndroidAppHash pem
            = androidAppHash(QStringLiteral("com.example.myapp"), certificate("android-signing.pem"));
        QVERIFY2(pem.ok(), qPrintable(pem.error));
        QCOMPARE(pem.hash, QStringLiteral("vPh/UOObprq"));
        const AndroidAppHash der
            = androidAppHash(QStringLiteral("com.example.myapp"), certificate("android-signing.der"));
        QCOMPARE(der.hash, pem.hash);
        QVERIFY(isAndroidAppHash(pem.hash));
    }

    void anotherPackageAnotherHash()
    {
        const AndroidAppHash other
            = androidAppHash(QStringLiteral("com.example.other"), certificate("android-signing.pem"));
        QVERIFY(other.ok());
        QVERIFY(other.hash != QStringLiteral("vPh/UOObprq"));
        QCOMPARE(other.hash.size(), kAndroidAppHashLength);
    }

    void notACertificate_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::newRow("a private key") << QByteArray("-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("keytool error: alias does not exist");
        QTest::newRow("truncated DER") << certificate("android-signing.der").left(200);
        QTest::newRow("two certificates") << certificate("android-signing.pem") + certificate("android-signing.pem");
    }

    void notACertificate()
    {
        QFETCH(QByteArray, file);
        const AndroidAppHash hash = androidAppHash(QStringLiteral("com.example.myapp"), file);
        QVERIFY(!hash.ok());
        QVERIFY(hash.hash.isEmpty());
        QVERIFY(hash.error.contains(QStringLiteral("not one X.509 certificate")));
    }

    void packageNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ok");
        QTest::newRow("usual") << QStringLiteral("com.example.myapp") << true;
        QTest::newRow("underscore and digits") << QStringLiteral("org.example_2.app3") << true;
        QTest::newRow("one part") << QStringLiteral("myapp") << false;
        QTest::newRow("starts with a digit") << QStringLiteral("com.1example") << false;
        QTest::newRow("hyphen") << QStringLiteral("com.my-app") << false;
        QTest::newRow("empty part") << QStringLiteral("com..app") << false;
        QTest::newRow("trailing dot") << QStringLiteral("com.app.") << false;
        QTest::newRow("space") << QStringLiteral("com.my app") << false;
    }

    void packageNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, ok);
        QCOMPARE(checkAndroidPackageName(name).isEmpty(), ok);
        if (!ok)
            QVERIFY(!androidAppHash(name, certificate("android-signing.pem")).ok());
    }
};

QTEST_GUILESS_MAIN(TestAndroidAppHash)
#include "TestAndroidAppHash.moc"
