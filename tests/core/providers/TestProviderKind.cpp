#include "providers/ProviderKind.h"

#include <QSet>
#include <QTest>

using namespace smsotp::providers;

class TestProviderKind : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesAreStableAndRoundTrip()
    {
        QCOMPARE(providerKindName(ProviderKind::Twilio), QLatin1StringView("twilio"));
        QCOMPARE(providerKindName(ProviderKind::Vonage), QLatin1StringView("vonage"));
        QCOMPARE(providerKindName(ProviderKind::Custom), QLatin1StringView("custom"));
        QCOMPARE(providerKindName(ProviderKind::Sandbox), QLatin1StringView("sandbox"));
        QSet<QString> displayNames;
        for (const ProviderKind kind :
            { ProviderKind::Twilio, ProviderKind::Vonage, ProviderKind::Custom, ProviderKind::Sandbox }) {
            QCOMPARE(providerKindFromName(QString(providerKindName(kind))), std::optional<ProviderKind>(kind));
            displayNames.insert(providerDisplayName(kind));
        }
        QCOMPARE(displayNames.size(), 4);
        QVERIFY(!providerKindFromName(u"Twilio").has_value()); // stored names are exact
        QVERIFY(!providerKindFromName(u"").has_value());
        QVERIFY(!providerKindFromName(u"nexmo").has_value());
    }
};

QTEST_GUILESS_MAIN(TestProviderKind)
#include "TestProviderKind.moc"
