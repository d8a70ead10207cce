#include <QTest>
class TestSettingsRepository : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestSettingsRepository)
#include "TestSettingsRepository.moc"
