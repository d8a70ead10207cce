// The login flow: reading the application model, the flow in words, and the PATCH body of the SMS OTP flow.

#include "wso2/LoginFlow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace smsotp::wso2;

class TestLoginFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smsOtpSequenceIsBasicThenSmsOtp()
    {
        const AuthSequence s = smsOtpSequence(false);
        QCOMPARE(s.type, QStringLiteral("USER_DEFINED"));
        QCOMPARE(s.steps.size(), 2);
        QCOMPARE(s.steps.at(0).id, 1);
        QCOMPARE(s.steps.at(0).options,
            (QList<AuthOption> { { QStringLiteral("LOCAL"), QStringLiteral("BasicAuthenticator") } }));
        QCOMPARE(s.steps.at(1).id, 2);
        QCOMPARE(s.steps.at(1).options,
            (QList<AuthOption> { { QStringLiteral("LOCAL"), QStringLiteral("sms-otp-authenticator") } }));
        QVERIFY(!s.script);
    }

    void backupCodesAreAnAlternativeInStepTwo()
    {
        const AuthSequence s = smsOtpSequence(true);
        QCOMPARE(s.steps.size(), 2);
        QCOMPARE(s.steps.at(1).options.size(), 2);
        QCOMPARE(s.steps.at(1).options.at(1).authenticator, QStringLiteral("backup-code-authenticator"));
        QCOMPARE(s.steps.at(1).options.at(1).idp, QStringLiteral("LOCAL"));
    }

    void patchBodyIsExactlyTheDocumentedOne()
    {
        const QByteArray expected = QJsonDocument::fromJson(
            R"({"authenticationSequence":{"type":"USER_DEFINED","steps":[{"id":1,"options":[{"idp":"LOCAL","authenticator":"BasicAuthenticator"}]},{"id":2,"options":[{"idp":"LOCAL","authenticator":"sms-otp-authenticator"},{"idp":"LOCAL","authenticator":"backup-code-authenticator"}]}],"subjectStepId":1,"attributeStepId":1}})")
                                        .toJson(QJsonDocument::Compact);
        QCOMPARE(flowPatchBody(smsOtpSequence(true)), expected);
    }

    void patchBodyNeverCarriesTheScript()
    {
        AuthSequence s = smsOtpSequence(false);
        s.script = QStringLiteral("var onLoginRequest = function(context) { executeStep(1); };");
        const QJsonObject body = flowPatchJson(s);
        QCOMPARE(body.keys(), QStringList { QStringLiteral("authenticationSequence") });
        const QJsonObject seq = body.value(u"authenticationSequence").toObject();
        QVERIFY(!seq.contains(u"script"));
        QVERIFY(!flowPatchBody(s).contains("script"));
        QVERIFY(!flowPatchBody(s).contains("executeStep"));
    }

    void readsTheApplicationModel()
    {
        const QJsonObject json = QJsonDocument::fromJson(R"({"id":"a1","name":"Pickup","description":"d",
            "authenticationSequence":{"type":"USER_DEFINED","steps":[{"id":1,"options":[{"idp":"LOCAL",
            "authenticator":"BasicAuthenticator"}]}],"script":"var x;","subjectStepId":1,"attributeStepId":1}})")
                                     .object();
        const Application a = applicationFromJson(json);
        QCOMPARE(a.id, QStringLiteral("a1"));
        QCOMPARE(a.name, QStringLiteral("Pickup"));
        QCOMPARE(a.sequence.steps.size(), 1);
        QVERIFY(a.sequence.hasScript());
        QVERIFY(!a.sequence.sameFlow(smsOtpSequence(false)));
        AuthSequence roundTrip
            = sequenceFromJson(flowPatchJson(smsOtpSequence(false)).value(u"authenticationSequence").toObject());
        QVERIFY(roundTrip.sameFlow(smsOtpSequence(false)));
        QVERIFY(!roundTrip.sameFlow(smsOtpSequence(true)));
    }

    void describesStepsInWords()
    {
        QCOMPARE(describeSequence(smsOtpSequence(false)),
            (QStringList { QStringLiteral("Step 1: Username & Password"), QStringLiteral("Step 2: SMS OTP") }));
        QCOMPARE(describeSequence(smsOtpSequence(true)),
            (QStringList {
                QStringLiteral("Step 1: Username & Password"), QStringLiteral("Step 2: SMS OTP or Backup code") }));
    }

    void describesDefaultFederatedUnknownAndScript()
    {
        AuthSequence def;
        QCOMPARE(describeSequence(def),
            QStringList { QStringLiteral("The server's default login flow (set for the whole tenant).") });

        AuthSequence s;
        s.type = QStringLiteral("USER_DEFINED");
        s.steps = { { 1,
            { { QStringLiteral("Google"), QStringLiteral("GoogleOIDCAuthenticator") },
                { QStringLiteral("LOCAL"), QStringLiteral("BasicAuthenticator") } } } };
        s.script = QStringLiteral("var onLoginRequest = function(context) {};");
        const QStringList lines = describeSequence(s);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(
            lines.at(0), QStringLiteral("Step 1: GoogleOIDCAuthenticator (through Google) or Username & Password"));
        QVERIFY(lines.at(1).contains(QStringLiteral("adaptive script")));

        AuthSequence empty;
        empty.type = QStringLiteral("USER_DEFINED");
        QCOMPARE(describeSequence(empty), QStringList { QStringLiteral("No authentication steps.") });
    }
};

QTEST_GUILESS_MAIN(TestLoginFlow)
#include "TestLoginFlow.moc"
