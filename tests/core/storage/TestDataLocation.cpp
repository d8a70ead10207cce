#include <QTest>
class TestDataLocation : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestDataLocation)
#include "TestDataLocation.moc"
