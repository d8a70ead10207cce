#include <QTest>
class TestOtpSettingsPage : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestOtpSettingsPage)
#include "TestOtpSettingsPage.moc"
