#include "FakeTwilioServer.h"
#include "FakeVonageServer.h"
#include "FileScan.h"
#include "MockClock.h"
#include "otp/BackupCodes.h"
#include "otp/OtpEngine.h"
#include "providers/ProviderClient.h"
#include "sandbox/SandboxGateway.h"
#include "send/TestSendSession.h"
#include "storage/BackupCodeRepository.h"
#include "storage/Database.h"
#include "storage/HistoryRepository.h"
#include "storage/ProviderRepository.h"
#include "storage/SecretStore.h"
#include "storage/SettingsRepository.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace smsotp;
using providers::ProviderKind;
using send::SendReport;

// The whole send-and-verify path over real HTTP: engine, SMS text, provider, sandbox gateway or fake Twilio,
// keychain (the real Secret Service from tests/run.sh), and the history it leaves.
Q_DECLARE_METATYPE(smsotp::providers::DeliveryStatus)
Q_DECLARE_METATYPE(smsotp::send::DeliveryTracker::End)

class TestTestSendSession : public QObject
{
    Q_OBJECT

    static constexpr auto kNumber = "+447700900123";

    struct Rig
    {
        QTemporaryDir dir;
        std::unique_ptr<storage::Database> database;
        QNetworkAccessManager network;
        std::unique_ptr<storage::SecretStore> secrets;
        std::unique_ptr<providers::HttpSender> http;
        std::unique_ptr<providers::ProviderClient> client;
        test::MockClock mockClock;
        otp::SystemClock systemClock;
        otp::SystemRandomSource random;
        std::unique_ptr<otp::OtpEngine> engine;
        std::unique_ptr<sandbox::SandboxGateway> gateway;
        std::unique_ptr<send::TestSendSession> session;

        explicit Rig(bool mockTime = false, const otp::OtpPolicy& policy = {})
        {
            database = std::move(storage::Database::open(dir.path()).database);
            storage::SettingsRepository(*database).savePolicy(policy);
            secrets = std::make_unique<storage::SecretStore>(database->profileId());
            http = std::make_unique<providers::HttpSender>(network);
            client = std::make_unique<providers::ProviderClient>(*http);
            engine = std::make_unique<otp::OtpEngine>(policy,
                mockTime ? static_cast<const otp::Clock&>(mockClock) : static_cast<const otp::Clock&>(systemClock),
                random);
            gateway = std::make_unique<sandbox::SandboxGateway>(systemClock);
            gateway->start();
            newSession();
        }

        // A new session and engine on the same data folder: what a second run of the CLI is.
        void newSession()
        {
            session = std::make_unique<send::TestSendSession>(send::TestSendSession::Services {
                *database, *secrets, *client, *engine, [this] { return gateway->url(); } });
        }

        SendReport send(ProviderKind kind = ProviderKind::Sandbox, const QString& number = QString::fromLatin1(kNumber))
        {
            QSignalSpy spy(session.get(), &send::TestSendSession::sendFinished);
            session->start(number, kind);
            return waitFor(spy);
        }

        SendReport resend()
        {
            QSignalSpy spy(session.get(), &send::TestSendSession::sendFinished);
            session->resend();
            return waitFor(spy);
        }

        static SendReport waitFor(QSignalSpy& spy)
        {
            if (spy.isEmpty() && !spy.wait(20000))
                return {};
            return spy.first().first().value<SendReport>();
        }

        // The code as the sandbox phone shows it: the last message's digits.
        QString lastCode() const
        {
            if (gateway->inbox().isEmpty())
                return {};
            const auto match
                = QRegularExpression(QStringLiteral("\\b([0-9A-Z]{4,})\\b")).match(gateway->inbox().last().text);
            return match.captured(1);
        }

        QList<storage::HistoryEntry> history() const { return storage::HistoryRepository(*database).list({}).entries; }
    };

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SendReport>();
        qRegisterMetaType<providers::DeliveryStatus>();
        qRegisterMetaType<send::DeliveryTracker::End>();
    }

    // The sentence every front end shows for a sent code: the number, the message id when there is one, the time.
    void sentSummarySaysWhatWentOut()
    {
        SendReport report;
        report.result = SendReport::Result::Sent;
        report.outcome.messageId = QStringLiteral("SM0123");
        report.outcome.latency = std::chrono::milliseconds(42);
        QCOMPARE(report.sentSummary(QStringLiteral("+447400123456")),
            QStringLiteral("Code sent to +447400123456. Message id SM0123. Accepted in 42 ms."));
        report.isResend = true;
        report.outcome.messageId.clear();
        QCOMPARE(report.sentSummary(QStringLiteral("+447400123456")),
            QStringLiteral("New code sent to +447400123456; the earlier one no longer works. Accepted in 42 ms."));
    }

    void sandboxSendAndVerify()
    {
        Rig rig;
        const SendReport report = rig.send();
        QCOMPARE(report.result, SendReport::Result::Sent);
        QVERIFY(!report.outcome.messageId.isEmpty());
        QCOMPARE(rig.gateway->inbox().size(), 1);
        QCOMPARE(rig.gateway->inbox().last().to, QString::fromLatin1(kNumber));
        QVERIFY(rig.gateway->inbox().last().text.startsWith(QStringLiteral("Your verification code is ")));
        const QString code = rig.lastCode();
        QCOMPARE(code.size(), 6);
        QVERIFY(!report.explanation.contains(code));

        QCOMPARE(rig.session->verify(code).status, otp::VerifyStatus::Verified);
        QCOMPARE(rig.session->verify(code).status, otp::VerifyStatus::Closed); // single use

        const auto history = rig.history();
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.last().outcome, storage::HistoryOutcome::Sent);
        QCOMPARE(history.last().messageId, report.outcome.messageId);
        QVERIFY(history.last().maskedNumber.endsWith(QStringLiteral("0123")));
        QVERIFY(!history.last().maskedNumber.contains(QStringLiteral("7700900")));
        QCOMPARE(history.at(1).outcome, storage::HistoryOutcome::Verified);

        // SECURITY.md 9 and 11: no code, no full number in any file of the data folder.
        rig.session.reset();
        rig.database.reset();
        QCOMPARE(filesContaining({ rig.dir.path() }, { code.toUtf8(), QByteArray("447700900123") }), QStringList {});
    }

    // The sandbox plays a delivery lifecycle: a sent code is followed to "delivered" (or, in its undelivered fail
    // mode, to "undelivered" with code 30003), and the history row of the send says so.
    void sandboxDeliveryIsFollowedAndRecorded()
    {
        Rig rig;
        rig.session->delivery().setSchedule(
            { std::chrono::milliseconds(300), std::chrono::milliseconds(1000), std::chrono::milliseconds(20000) });
        QSignalSpy changed(rig.session.get(), &send::TestSendSession::deliveryChanged);
        QSignalSpy ended(rig.session.get(), &send::TestSendSession::deliveryEnded);
        const SendReport sent = rig.send();
        QCOMPARE(sent.result, SendReport::Result::Sent);
        QCOMPARE(rig.history().first().delivery, QStringLiteral("accepted")); // until a status is known
        QVERIFY(ended.wait(10000));
        QCOMPARE(changed.last().first().value<providers::DeliveryStatus>().state, providers::DeliveryState::Delivered);
        QCOMPARE(changed.first().first().value<providers::DeliveryStatus>().state, providers::DeliveryState::Queued);
        QCOMPARE(rig.history().first().delivery, QStringLiteral("delivered"));
        QCOMPARE(rig.history().first().deliveryCode, 0);

        rig.gateway->setFailMode(sandbox::FailMode::Undelivered);
        ended.clear();
        QCOMPARE(rig.send().result, SendReport::Result::Sent);
        QCOMPARE(rig.gateway->inbox().size(), 1); // it never reached the phone
        QVERIFY(ended.wait(10000));
        const storage::HistoryEntry row = rig.history().first();
        QCOMPARE(row.delivery, QStringLiteral("undelivered"));
        QCOMPARE(row.deliveryCode, sandbox::kUndeliveredCode);
        QVERIFY(!row.deliveryExplanation.isEmpty());
        // The earlier send keeps its own state.
        QCOMPARE(rig.history().last().delivery, QStringLiteral("delivered"));
    }

    void wrongCodesLockEvenTheRightOne()
    {
        Rig rig;
        QCOMPARE(rig.send().result, SendReport::Result::Sent);
        const QString code = rig.lastCode();
        const QString wrong = code == u"000000" ? QStringLiteral("111111") : QStringLiteral("000000");
        QCOMPARE(rig.session->verify(wrong).attemptsLeft, 2);
        QCOMPARE(rig.session->verify(wrong).attemptsLeft, 1);
        QCOMPARE(rig.session->verify(wrong).attemptsLeft, 0);
        QCOMPARE(rig.session->verify(code).status, otp::VerifyStatus::Locked);
    }

    void resendSupersedesAndTheIntervalApplies()
    {
        otp::OtpPolicy policy;
        policy.minResendIntervalSeconds = 0;
        Rig rig(false, policy);
        QCOMPARE(rig.send().result, SendReport::Result::Sent);
        const QString first = rig.lastCode();
        const SendReport again = rig.resend();
        QCOMPARE(again.result, SendReport::Result::Sent);
        QVERIFY(again.isResend);
        QCOMPARE(rig.gateway->inbox().size(), 2);
        const QString second = rig.lastCode();
        if (first != second)
            QCOMPARE(rig.session->verify(first).status, otp::VerifyStatus::Superseded);
        QCOMPARE(rig.session->verify(second).status, otp::VerifyStatus::Verified);
        QCOMPARE(rig.history().first().outcome, storage::HistoryOutcome::Verified);

        otp::OtpPolicy slow;
        slow.minResendIntervalSeconds = 60;
        Rig interval(false, slow);
        QCOMPARE(interval.send().result, SendReport::Result::Sent);
        const SendReport blocked = interval.resend();
        QCOMPARE(blocked.result, SendReport::Result::Blocked);
        QVERIFY(blocked.waitSeconds > 55 && blocked.waitSeconds <= 60);
        QCOMPARE(interval.gateway->inbox().size(), 1); // nothing was sent
        QCOMPARE(interval.history().first().outcome, storage::HistoryOutcome::Blocked);
    }

    void expiryFollowsTheClock()
    {
        otp::OtpPolicy policy;
        policy.expirySeconds = 120;
        Rig rig(true, policy);
        QCOMPARE(rig.send().result, SendReport::Result::Sent);
        rig.mockClock.advanceSeconds(120);
        QCOMPARE(rig.session->verify(rig.lastCode()).status, otp::VerifyStatus::Expired);
        QCOMPARE(rig.history().first().outcome, storage::HistoryOutcome::Expired);
    }

    void aProviderFailureIsExplainedAndRecorded()
    {
        Rig rig;
        rig.gateway->setFailMode(sandbox::FailMode::Http500);
        const SendReport report = rig.send();
        QCOMPARE(report.result, SendReport::Result::Refused);
        QCOMPARE(report.outcome.httpStatus, 500);
        QVERIFY(!report.explanation.isEmpty());
        const auto history = rig.history();
        QCOMPARE(history.first().outcome, storage::HistoryOutcome::Refused);
        QCOMPARE(history.first().httpStatus, 500);
        QCOMPARE(history.first().explanation, report.explanation);
    }

    void cancelStopsASlowSend()
    {
        Rig rig;
        rig.gateway->setFailMode(sandbox::FailMode::Timeout);
        QSignalSpy spy(rig.session.get(), &send::TestSendSession::sendFinished);
        rig.session->start(QString::fromLatin1(kNumber), ProviderKind::Sandbox);
        QVERIFY(rig.session->isSending());
        QTest::qWait(200);
        rig.session->cancel();
        QCOMPARE(Rig::waitFor(spy).result, SendReport::Result::Cancelled);
        QVERIFY(!rig.session->isSending());
    }

    void backupCodesOnlyWhenEnabled()
    {
        Rig rig;
        storage::BackupCodeRepository repository(*rig.database);
        const QStringList codes = otp::BackupCodes(repository).generate(QString::fromLatin1(kNumber), 10, 6).codes;
        QCOMPARE(codes.size(), 10);

        // Disabled (the default): a backup code is just a wrong code.
        QCOMPARE(rig.send().result, SendReport::Result::Sent);
        QString backup = codes.at(0);
        if (backup == rig.lastCode())
            backup = codes.at(1);
        send::VerifyReport report = rig.session->verifyReport(backup);
        QCOMPARE(report.result.status, otp::VerifyStatus::Wrong);
        QCOMPARE(report.backup, send::VerifyReport::Backup::NotUsed);
        QCOMPARE(repository.status(QString::fromLatin1(kNumber)).remaining, 10);

        // Enabled: accepted instead of the SMS code, once, and the result says so and how many are left.
        QVERIFY(!repository.savePolicy({ true, 10, 6 }).isError());
        rig.newSession();
        QCOMPARE(rig.send().result, SendReport::Result::Sent);
        const QString smsCode = rig.lastCode();
        report = rig.session->verifyReport(backup);
        QCOMPARE(report.result.status, otp::VerifyStatus::Verified);
        QCOMPARE(report.backup, send::VerifyReport::Backup::Used);
        QCOMPARE(report.backupCodesLeft, 9);
        QVERIFY(report.message().contains(QStringLiteral("backup code")));
        QVERIFY(report.message().contains(QStringLiteral("9")));
        QVERIFY(!report.message().contains(backup));
        // The challenge is closed: neither the SMS code nor another backup code works now.
        QCOMPARE(rig.session->verify(smsCode).status, otp::VerifyStatus::Closed);
        QCOMPARE(rig.session->verify(codes.at(5)).status, otp::VerifyStatus::Closed);

        // A used backup code on a new challenge is a wrong code, and says why.
        rig.newSession();
        QCOMPARE(rig.send().result, SendReport::Result::Sent);
        report = rig.session->verifyReport(backup);
        QCOMPARE(report.result.status, otp::VerifyStatus::Wrong);
        QCOMPARE(report.backup, send::VerifyReport::Backup::AlreadyUsed);
        QCOMPARE(report.result.attemptsLeft, 2); // it counted as an attempt
        // Another number's challenge does not take this number's backup codes.
        rig.newSession();
        QCOMPARE(rig.send(ProviderKind::Sandbox, QStringLiteral("+447700900456")).result, SendReport::Result::Sent);
        QCOMPARE(rig.session->verifyReport(codes.at(6)).backup, send::VerifyReport::Backup::NotUsed);

        // The history says a backup code was used, never which.
        const auto history = rig.history();
        bool sawBackup = false;
        for (const storage::HistoryEntry& entry : history) {
            if (entry.event == storage::HistoryEvent::Verify && entry.outcome == storage::HistoryOutcome::Verified)
                sawBackup = entry.explanation.contains(QStringLiteral("backup code"));
        }
        QVERIFY(sawBackup);

        QList<QByteArray> needles { QByteArray("447700900123") }; // the user is not stored in the clear either
        for (const QString& code : codes)
            needles.append(code.toUtf8());
        rig.session.reset();
        rig.database.reset();
        QCOMPARE(filesContaining({ rig.dir.path() }, needles), QStringList {});
    }

    void theHourlyCapHoldsAcrossRuns()
    {
        otp::OtpPolicy policy;
        policy.sendsPerHour = 2;
        Rig rig(false, policy);
        QCOMPARE(rig.send().result, SendReport::Result::Sent);
        QCOMPARE(rig.send().result, SendReport::Result::Sent);
        // A new engine knows nothing of the sends; the history tells it.
        rig.engine = std::make_unique<otp::OtpEngine>(policy, rig.systemClock, rig.random);
        rig.newSession();
        const SendReport capped = rig.send();
        QCOMPARE(capped.result, SendReport::Result::Blocked);
        QCOMPARE(capped.issueStatus, otp::IssueStatus::HourlyCapReached);
        QVERIFY(capped.waitSeconds > 0);
        QCOMPARE(rig.gateway->inbox().size(), 2);
    }

    void twilioThroughTheKeychainAndTheVendorProtocol()
    {
        Rig rig;
        FakeTwilioServer twilio;
        QVERIFY(twilio.listen());
        providers::twilio::Config config;
        config.accountSid = twilio.accountSid();
        config.sender = QStringLiteral("+15005550006");
        config.apiBase = twilio.baseUrl();
        QVERIFY(!storage::ProviderRepository(*rig.database).saveTwilio(config).isError());

        // No token in the keychain yet: explained, nothing sent.
        const SendReport missing = rig.send(ProviderKind::Twilio);
        QCOMPARE(missing.result, SendReport::Result::NotConfigured);
        QVERIFY(missing.explanation.contains(storage::secretkeys::twilioAuthToken()));
        QCOMPARE(twilio.requests().size(), 0);

        bool written = false;
        rig.secrets->write(storage::secretkeys::twilioAuthToken(), twilio.authToken(),
            [&](const storage::SecretResult& r) { written = !r.error.isError(); });
        QVERIFY(QTest::qWaitFor([&] { return written; }, 20000));
        rig.newSession();
        const SendReport sent = rig.send(ProviderKind::Twilio);
        QCOMPARE(sent.result, SendReport::Result::Sent);
        QVERIFY(sent.outcome.messageId.startsWith(QStringLiteral("SM")));
        QCOMPARE(twilio.requests().size(), 1);
        QVERIFY(twilio.requests().first().body.contains("To=%2B447700900123"));

        const SendReport invalid = rig.send(ProviderKind::Twilio, FakeTwilioServer::kInvalidNumber);
        QCOMPARE(invalid.result, SendReport::Result::Refused);
        QCOMPARE(invalid.outcome.providerCode, QStringLiteral("21211"));
        QCOMPARE(rig.history().first().providerCode, QStringLiteral("21211"));
        QVERIFY(!rig.history().first().explanation.contains(twilio.authToken()));
    }

    void vonageThroughTheKeychainAndTheVendorProtocol()
    {
        Rig rig;
        FakeVonageServer vonage;
        QVERIFY(vonage.listen());
        providers::vonage::Config config;
        config.apiKey = vonage.apiKey();
        config.sender = QStringLiteral("ACME");
        config.apiBase = vonage.baseUrl();
        QVERIFY(!storage::ProviderRepository(*rig.database).saveVonage(config).isError());
        bool written = false;
        rig.secrets->write(storage::secretkeys::vonageApiSecret(), vonage.apiSecret(),
            [&](const storage::SecretResult& r) { written = !r.error.isError(); });
        QVERIFY(QTest::qWaitFor([&] { return written; }, 20000));

        const SendReport sent = rig.send(ProviderKind::Vonage);
        QCOMPARE(sent.result, SendReport::Result::Sent);
        QVERIFY(!sent.outcome.messageId.isEmpty());
        QCOMPARE(vonage.requests().size(), 1);
        QVERIFY(vonage.requests().first().body.contains("447700900123")); // sent without the '+'
        QVERIFY(!vonage.requests().first().body.contains(vonage.apiSecret().toUtf8())); // the secret is in the header

        const QString whitelisted = QStringLiteral("+447400123456");
        vonage.setNotWhitelisted(whitelisted.mid(1)); // Vonage numbers travel without the +
        const SendReport refused = rig.send(ProviderKind::Vonage, whitelisted);
        QCOMPARE(refused.result, SendReport::Result::Refused);
        QCOMPARE(refused.outcome.providerCode, QStringLiteral("29"));
        QVERIFY(!refused.explanation.isEmpty());
        const auto history = rig.history();
        QCOMPARE(history.first().outcome, storage::HistoryOutcome::Refused);
        QCOMPARE(history.first().providerCode, QStringLiteral("29"));
        QCOMPARE(history.at(1).outcome, storage::HistoryOutcome::Sent);
        QCOMPARE(history.at(1).provider, QStringLiteral("vonage"));
    }
};

QTEST_GUILESS_MAIN(TestTestSendSession)
#include "TestTestSendSession.moc"
