#include "storage/DataLocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace smsotp::storage;

class TestDataLocation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { applyApplicationIdentity(); }

    void defaultIsTheAppDataFolderUnderXdgDataHome()
    {
        QTemporaryDir home;
        qputenv("XDG_DATA_HOME", home.path().toLocal8Bit());
        QCOMPARE(defaultDataDir(), home.filePath(QStringLiteral("smsotp/smsotp-console")));
        QCOMPARE(resolveDataDir(QString()), defaultDataDir());
    }

    void optionValueIsMadeAbsolute()
    {
        QTemporaryDir cwd;
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(cwd.path()));
        QCOMPARE(
            resolveDataDir(QStringLiteral("profiles/../p1")), QDir(cwd.path()).absoluteFilePath(QStringLiteral("p1")));
        QCOMPARE(resolveDataDir(QStringLiteral("/srv/smsotp/")), QStringLiteral("/srv/smsotp"));
        QDir::setCurrent(previous);
    }

    void optionParses()
    {
        QCommandLineParser parser;
        parser.addOption(dataDirOption());
        QVERIFY(parser.parse({ QStringLiteral("app"), QStringLiteral("--data-dir"), QStringLiteral("/tmp/x") }));
        QCOMPARE(parser.value(dataDirOption()), QStringLiteral("/tmp/x"));
    }
};

QTEST_GUILESS_MAIN(TestDataLocation)
#include "TestDataLocation.moc"
