#include <QTest>
class TestDatabaseError : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestDatabaseError)
#include "TestDatabaseError.moc"
