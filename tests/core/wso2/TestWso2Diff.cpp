// Wso2Diff: the console's settings beside the server's. Every field gets a row in WSO2's order; a secret is
// compared without being shown, and one that a side does not reveal is Unknown, never a false difference.

#include "providers/Redaction.h"
#include "wso2/Wso2Diff.h"

#include <QTest>

using namespace smsotp::wso2;

namespace {

const QString kMask = smsotp::providers::kRedactionMark.toString();

SmsSender twilioSender()
{
    SmsSender s;
    s.provider = QStringLiteral("Twilio");
    s.providerUrl = QStringLiteral("https://api.twilio.com/2010-04-01/Accounts/AC01/Messages.json");
    s.key = QStringLiteral("AC0123456789abcdef0123456789abcdef");
    s.secret = QStringLiteral("0123456789abcdef0123456789abcdef");
    s.sender = QStringLiteral("+15005550006");
    s.contentType = QStringLiteral("FORM");
    return s;
}

SmsSender customSender(const QString& headers)
{
    SmsSender s;
    s.provider = QStringLiteral("Custom");
    s.providerUrl = QStringLiteral("https://sms.example.com/send");
    s.contentType = QStringLiteral("JSON");
    s.properties = { { QStringLiteral("body"), QStringLiteral("{\"to\": {{mobile}}, \"text\": {{body}}}") },
        { QStringLiteral("http.headers"), headers }, { QStringLiteral("http.method"), QStringLiteral("POST") } };
    return s;
}

const DiffRow* rowOf(const QList<DiffRow>& rows, const QString& field)
{
    for (const DiffRow& r : rows) {
        if (r.field == field)
            return &r;
    }
    return nullptr;
}

QStringList fieldsOf(const QList<DiffRow>& rows)
{
    QStringList fields;
    for (const DiffRow& r : rows)
        fields.append(r.field);
    return fields;
}

} // namespace

class TestWso2Diff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameSenderIsEqualEverywhere()
    {
        const SmsSender s = twilioSender();
        const QList<DiffRow> rows = diffSender(s, s, { s.secret });
        QCOMPARE(fieldsOf(rows),
            (QStringList { QStringLiteral("provider"), QStringLiteral("providerURL"), QStringLiteral("key"),
                QStringLiteral("secret"), QStringLiteral("sender"), QStringLiteral("contentType") }));
        for (const DiffRow& r : rows) {
            QCOMPARE(r.section, QStringLiteral("sender"));
            QVERIFY2(r.comparison == Comparison::Equal, qPrintable(r.field));
        }
        QVERIFY(!hasDifferences(rows));
        QCOMPARE(rowOf(rows, QStringLiteral("sender"))->consoleValue, s.sender); // plain fields in clear
        QCOMPARE(rowOf(rows, QStringLiteral("sender"))->serverValue, s.sender);
        QVERIFY(!rowOf(rows, QStringLiteral("sender"))->secret);
    }

    void aChangedFieldIsDifferentAndShown()
    {
        const SmsSender console = twilioSender();
        SmsSender server = console;
        server.sender = QStringLiteral("+15005550001");
        const QList<DiffRow> rows = diffSender(console, server, { console.secret });
        const DiffRow* sender = rowOf(rows, QStringLiteral("sender"));
        QVERIFY(sender);
        QCOMPARE(sender->comparison, Comparison::Different);
        QCOMPARE(sender->consoleValue, QStringLiteral("+15005550006"));
        QCOMPARE(sender->serverValue, QStringLiteral("+15005550001"));
        QCOMPARE(rowOf(rows, QStringLiteral("provider"))->comparison, Comparison::Equal);
        QVERIFY(hasDifferences(rows));
    }

    void theSecretIsComparedButNeverShown()
    {
        const SmsSender console = twilioSender();
        SmsSender server = console;
        const QList<DiffRow> equalRows = diffSender(console, server, { console.secret });
        const DiffRow* same = rowOf(equalRows, QStringLiteral("secret"));
        QVERIFY(same->secret);
        QCOMPARE(same->comparison, Comparison::Equal);
        QCOMPARE(same->consoleValue, kMask);
        QCOMPARE(same->serverValue, kMask);

        server.secret = QStringLiteral("fedcba9876543210fedcba9876543210");
        const QList<DiffRow> rows = diffSender(console, server, { console.secret });
        const DiffRow* changed = rowOf(rows, QStringLiteral("secret"));
        QCOMPARE(changed->comparison, Comparison::Different);
        QCOMPARE(changed->consoleValue, kMask);
        QCOMPARE(changed->serverValue, kMask);
        QVERIFY(hasDifferences(rows));
        // Even with no console secrets listed, the secret field is a secret.
        const QList<DiffRow> unlistedRows = diffSender(console, server, {});
        const DiffRow* unlisted = rowOf(unlistedRows, QStringLiteral("secret"));
        QVERIFY(unlisted->secret);
        QCOMPARE(unlisted->serverValue, kMask);
    }

    void aSecretASideDoesNotRevealIsUnknown()
    {
        const SmsSender console = twilioSender();
        SmsSender masked = console;
        masked.secret = QStringLiteral("01************ef"); // WSO2 masks secrets in its answers
        const QList<DiffRow> rows = diffSender(console, masked, { console.secret });
        const DiffRow* secret = rowOf(rows, QStringLiteral("secret"));
        QCOMPARE(secret->comparison, Comparison::Unknown);
        QCOMPARE(secret->serverValue, kMask);
        QVERIFY(!hasDifferences(rows)); // Unknown cannot be told: it is not a difference

        // The console's secret not fetched from the keychain: empty on its side.
        SmsSender unfetched = console;
        unfetched.secret.clear();
        const QList<DiffRow> unfetchedRows = diffSender(unfetched, console, {});
        const DiffRow* notFetched = rowOf(unfetchedRows, QStringLiteral("secret"));
        QCOMPARE(notFetched->comparison, Comparison::Unknown);
        QCOMPARE(notFetched->consoleValue, QString()); // nothing, rather than a mask for a value that is not there
        QCOMPARE(notFetched->serverValue, kMask);

        // Nothing on either side is simply equal.
        SmsSender none = console;
        none.secret.clear();
        const QList<DiffRow> noneRows = diffSender(none, none, {});
        const DiffRow* empty = rowOf(noneRows, QStringLiteral("secret"));
        QCOMPARE(empty->comparison, Comparison::Equal);
        QCOMPARE(empty->consoleValue, QString());
    }

    void aPropertyHoldingASecretIsMaskedOnBothSides()
    {
        const QString token = QStringLiteral("tok-5ecr3t-value");
        const SmsSender console = customSender(QStringLiteral("Authorization: Bearer ") + token);
        SmsSender server = customSender(QStringLiteral("Authorization: Bearer ") + token + QStringLiteral("x"));
        const QList<DiffRow> rows = diffSender(console, server, { token });
        const DiffRow* headers = rowOf(rows, QStringLiteral("http.headers"));
        QVERIFY(headers);
        QVERIFY(headers->secret);
        QCOMPARE(headers->comparison, Comparison::Different);
        QCOMPARE(headers->consoleValue, kMask);
        QCOMPARE(headers->serverValue, kMask);
        for (const DiffRow& r : rows) {
            QVERIFY2(!r.consoleValue.contains(token), qPrintable(r.field));
            QVERIFY2(!r.serverValue.contains(token), qPrintable(r.field));
        }
        // Properties follow the fixed fields, in the console's order.
        QCOMPARE(fieldsOf(rows).mid(6),
            (QStringList { QStringLiteral("body"), QStringLiteral("http.headers"), QStringLiteral("http.method") }));
        QVERIFY(!rowOf(rows, QStringLiteral("body"))->secret);
        QCOMPARE(rowOf(rows, QStringLiteral("http.method"))->consoleValue, QStringLiteral("POST"));

        // An empty entry in the secrets list does not make every value a secret.
        const QList<DiffRow> plain = diffSender(console, console, { QString() });
        QCOMPARE(rowOf(plain, QStringLiteral("providerURL"))->consoleValue, console.providerUrl);
        QVERIFY(!rowOf(plain, QStringLiteral("http.headers"))->secret);
    }

    void propertiesOnlyOneSideHasAreRows()
    {
        SmsSender console = customSender(QStringLiteral("Accept: application/json"));
        SmsSender server = console;
        server.properties.append({ QStringLiteral("http.extra"), QStringLiteral("1") });
        console.properties.removeAt(2); // no http.method on the console's side
        const QList<DiffRow> rows = diffSender(console, server, {});
        QCOMPARE(fieldsOf(rows).mid(6),
            (QStringList { QStringLiteral("body"), QStringLiteral("http.headers"), QStringLiteral("http.method"),
                QStringLiteral("http.extra") }));
        const DiffRow* method = rowOf(rows, QStringLiteral("http.method"));
        QCOMPARE(method->comparison, Comparison::Different);
        QCOMPARE(method->consoleValue, QString());
        QCOMPARE(method->serverValue, QStringLiteral("POST"));
        const DiffRow* extra = rowOf(rows, QStringLiteral("http.extra"));
        QCOMPARE(extra->comparison, Comparison::Different);
        QCOMPARE(extra->serverValue, QStringLiteral("1"));
        QCOMPARE(rowOf(rows, QStringLiteral("body"))->comparison, Comparison::Equal);
    }

    void noSenderOnOneSide()
    {
        const SmsSender console = twilioSender();
        const QList<DiffRow> rows = diffSender(console, std::nullopt, { console.secret });
        QCOMPARE(rows.size(), 6);
        QVERIFY(hasDifferences(rows));
        for (const DiffRow& r : rows)
            QCOMPARE(r.serverValue, QString());
        QCOMPARE(rowOf(rows, QStringLiteral("provider"))->comparison, Comparison::Different);
        QCOMPARE(rowOf(rows, QStringLiteral("provider"))->consoleValue, QStringLiteral("Twilio"));
        // The server has no secret at all: that cannot be told apart from one it hides.
        QCOMPARE(rowOf(rows, QStringLiteral("secret"))->comparison, Comparison::Unknown);
        QCOMPARE(rowOf(rows, QStringLiteral("secret"))->consoleValue, kMask);

        const QList<DiffRow> fromServer = diffSender(std::nullopt, console, {});
        QCOMPARE(rowOf(fromServer, QStringLiteral("key"))->comparison, Comparison::Different);
        QCOMPARE(rowOf(fromServer, QStringLiteral("key"))->serverValue, console.key);

        const QList<DiffRow> neither = diffSender(std::nullopt, std::nullopt, {});
        QCOMPARE(neither.size(), 6);
        QVERIFY(!hasDifferences(neither));
    }

    void connectorPropertiesAgainstTheServer()
    {
        const QList<ConnectorProperty> console { { QStringLiteral("SmsOTP.ExpiryTime"), QStringLiteral("5") },
            { QStringLiteral("SmsOTP.OnlyNumericCharacters"), QStringLiteral("true") },
            { QStringLiteral("SmsOTP.OTPLength"), QStringLiteral("6") },
            { QStringLiteral("SmsOTP.ResendBlockDuration"), QStringLiteral("30") } };
        const QList<ConnectorProperty> server { { QStringLiteral("SmsOTP.OTPLength"), QStringLiteral("8") },
            { QStringLiteral("SmsOTP.OnlyNumericCharacters"), QStringLiteral("TRUE") },
            { QStringLiteral("SmsOTP.ExpiryTime"), QStringLiteral(" 5 ") },
            { QStringLiteral("SmsOTP.SomethingNew"), QStringLiteral("x") } };
        const QList<DiffRow> rows = diffConnector(console, server);
        // One row per console property, in the console's order; the server's extras are not the console's business.
        QCOMPARE(fieldsOf(rows),
            (QStringList { QStringLiteral("SmsOTP.ExpiryTime"), QStringLiteral("SmsOTP.OnlyNumericCharacters"),
                QStringLiteral("SmsOTP.OTPLength"), QStringLiteral("SmsOTP.ResendBlockDuration") }));
        for (const DiffRow& r : rows) {
            QCOMPARE(r.section, QStringLiteral("connector"));
            QVERIFY(!r.secret);
        }
        QCOMPARE(rows.at(0).comparison, Comparison::Equal); // surrounding spaces do not count
        QCOMPARE(rows.at(1).comparison, Comparison::Equal); // true and TRUE are the same boolean
        QCOMPARE(rows.at(1).serverValue, QStringLiteral("TRUE"));
        QCOMPARE(rows.at(2).comparison, Comparison::Different);
        QCOMPARE(rows.at(2).consoleValue, QStringLiteral("6"));
        QCOMPARE(rows.at(2).serverValue, QStringLiteral("8"));
        // An older server without the property: different, with nothing on its side.
        QCOMPARE(rows.at(3).comparison, Comparison::Different);
        QCOMPARE(rows.at(3).serverValue, QString());
        QVERIFY(hasDifferences(rows));

        const QList<DiffRow> same = diffConnector(console, console);
        QVERIFY(!hasDifferences(same));
        QVERIFY(diffConnector({}, server).isEmpty());
    }

    void hasDifferencesCountsOnlyDifferent()
    {
        QVERIFY(!hasDifferences({}));
        DiffRow unknown;
        unknown.comparison = Comparison::Unknown;
        DiffRow equal;
        DiffRow different;
        different.comparison = Comparison::Different;
        QVERIFY(!hasDifferences({ unknown, equal, unknown }));
        QVERIFY(hasDifferences({ unknown, equal, different }));
        QVERIFY(hasDifferences({ different }));
    }
};

QTEST_GUILESS_MAIN(TestWso2Diff)
#include "TestWso2Diff.moc"
