#include <QTest>
class TestDatabaseErrorDialog : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestDatabaseErrorDialog)
#include "TestDatabaseErrorDialog.moc"
