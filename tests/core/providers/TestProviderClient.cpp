#include "FakeTwilioServer.h"
#include "FakeVonageServer.h"
#include "TestHttpServer.h"
#include "providers/ErrorExplanations.h"
#include "providers/HttpSender.h"
#include "providers/ProviderClient.h"
#include "providers/Redaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <memory>

using namespace smsotp::providers;
using namespace std::chrono_literals;

namespace {

const QString kTo = QStringLiteral("+447700900123");
const QString kSender = QStringLiteral("+15005550006");
const QString kServiceSid = QStringLiteral("MG0123456789abcdef0123456789abcdef");
const QString kText = QStringLiteral("Your verification code is 482913. It expires in 5 minutes.");
const QString kLoopback = QStringLiteral("127.0.0.1");

// Collects what a callback receives; shared, so a late call after a failed wait cannot touch a dead frame.
template<typename Result> struct Collected
{
    std::shared_ptr<QList<Result>> results = std::make_shared<QList<Result>>();

    std::function<void(const Result&)> callback() const
    {
        return [results = results](const Result& result) { results->append(result); };
    }
    bool wait(int timeoutMs = 20000) const
    {
        return QTest::qWaitFor([this] { return !results->isEmpty(); }, timeoutMs);
    }
    qsizetype count() const { return results->size(); }
    Result first() const { return results->isEmpty() ? Result {} : results->first(); }
};

TwilioSetup twilioSetup(const FakeTwilioServer& fake, const QString& sender = kSender)
{
    TwilioSetup setup;
    setup.config.accountSid = fake.accountSid();
    setup.config.sender = sender;
    setup.config.apiBase = fake.baseUrl();
    setup.secrets.authToken = fake.authToken();
    return setup;
}

VonageSetup vonageSetup(const FakeVonageServer& fake)
{
    VonageSetup setup;
    setup.config.apiKey = fake.apiKey();
    setup.config.sender = QStringLiteral("+447700900001");
    setup.config.apiBase = fake.baseUrl();
    setup.secrets.apiSecret = fake.apiSecret();
    return setup;
}

QByteArray basicHeader(const QString& user, const QString& password)
{
    return "Basic " + QString(user + u':' + password).toUtf8().toBase64();
}

} // namespace

// ProviderClient over real HTTP on loopback, against servers that speak each vendor's protocol.
class TestProviderClient : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;

    SendOutcome sendAndWait(const ProviderSetup& setup, const QString& to, const QString& text = kText)
    {
        HttpSender sender(m_network);
        ProviderClient client(sender);
        Collected<SendOutcome> sent;
        client.send(setup, to, text, sent.callback());
        if (!sent.wait())
            return {};
        QTest::qWait(20);
        return sent.count() == 1 ? sent.first() : SendOutcome {};
    }

private Q_SLOTS:
    void twilioSendIsAccepted()
    {
        FakeTwilioServer fake;
        QVERIFY(fake.listen());
        fake.setDelay(80ms); // so the latency has a floor to check against
        HttpSender sender(m_network);
        ProviderClient client(sender);
        QSignalSpy runningChanged(&client, &ProviderClient::runningChanged);
        Collected<SendOutcome> sent;
        client.send(twilioSetup(fake), kTo, kText, sent.callback());
        QCOMPARE(client.running(), 1);
        QVERIFY(sent.wait());
        QTest::qWait(20);
        QCOMPARE(sent.count(), 1);
        const SendOutcome outcome = sent.first();
        QVERIFY2(outcome.accepted, qPrintable(outcome.explanation));
        QCOMPARE(outcome.httpStatus, 201);
        QCOMPARE(outcome.failure, FailureKind::None);
        QCOMPARE(fake.acceptedSids().size(), 1);
        QCOMPARE(outcome.messageId, fake.acceptedSids().first());
        QVERIFY(QRegularExpression(QStringLiteral("^SM[0-9a-f]{32}$")).match(outcome.messageId).hasMatch());
        QVERIFY2(outcome.latency >= 80ms, qPrintable(QString::number(outcome.latency.count())));
        QVERIFY(outcome.latency < 15000ms);
        QCOMPARE(client.running(), 0);
        QVERIFY(runningChanged.size() >= 2);
        QCOMPARE(runningChanged.last().first().toInt(), 0);

        QCOMPARE(fake.requests().size(), 1);
        const RecordedRequest& request = fake.requests().first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, u"/2010-04-01/Accounts/" + fake.accountSid() + u"/Messages.json");
        QCOMPARE(request.header("Authorization"), basicHeader(fake.accountSid(), fake.authToken()));
        QCOMPARE(FakeTwilioServer::formField(request.body, QStringLiteral("To")), kTo);
        QCOMPARE(FakeTwilioServer::formField(request.body, QStringLiteral("From")), kSender);
        QCOMPARE(FakeTwilioServer::formField(request.body, QStringLiteral("Body")), kText);
        QVERIFY(!FakeTwilioServer::hasFormField(request.body, QStringLiteral("MessagingServiceSid")));
    }

    void twilioSendThroughAMessagingService()
    {
        FakeTwilioServer fake;
        QVERIFY(fake.listen());
        const SendOutcome outcome = sendAndWait(twilioSetup(fake, kServiceSid), kTo);
        QVERIFY2(outcome.accepted, qPrintable(outcome.explanation + u" / " + outcome.technicalDetail));
        QCOMPARE(outcome.messageId, fake.acceptedSids().value(0));
        QCOMPARE(fake.requests().size(), 1);
        const QByteArray body = fake.requests().first().body;
        QCOMPARE(FakeTwilioServer::formField(body, QStringLiteral("MessagingServiceSid")), kServiceSid);
        QVERIFY(!FakeTwilioServer::hasFormField(body, QStringLiteral("From")));
    }

    void twilioWrongTokenIsExplained()
    {
        FakeTwilioServer fake;
        fake.setCredentials(FakeTwilioServer::kDefaultAccountSid, QStringLiteral("0123456789abcdef0123456789abcdef"));
        QVERIFY(fake.listen());
        TwilioSetup setup = twilioSetup(fake);
        setup.secrets.authToken = FakeTwilioServer::kDefaultAuthToken; // not the one the server expects
        const SendOutcome outcome = sendAndWait(setup, kTo);
        QVERIFY(!outcome.accepted);
        QCOMPARE(outcome.httpStatus, 401);
        QCOMPARE(outcome.providerCode, QStringLiteral("20003"));
        QCOMPARE(outcome.failure, FailureKind::Authentication);
        QCOMPARE(outcome.explanation, twilio::explainErrorCode(20003));
        QVERIFY(outcome.technicalDetail.contains(u"20003"));
        QCOMPARE(fake.acceptedSids().size(), 0);
    }

    void twilioRefusalsAreExplained_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<bool>("retryLater");
        QTest::newRow("21211 invalid number") << FakeTwilioServer::kInvalidNumber << 21211 << 400 << false;
        QTest::newRow("21608 unverified (trial)") << FakeTwilioServer::kUnverifiedNumber << 21608 << 400 << false;
        QTest::newRow("21610 replied STOP") << FakeTwilioServer::kBlockedNumber << 21610 << 400 << false;
        QTest::newRow("21614 not a mobile") << FakeTwilioServer::kNotMobileNumber << 21614 << 400 << false;
        QTest::newRow("21408 region not enabled") << FakeTwilioServer::kNoPermissionNumber << 21408 << 400 << false;
        QTest::newRow("20429 too many requests") << FakeTwilioServer::kRateLimitedNumber << 20429 << 429 << true;
    }

    void twilioRefusalsAreExplained()
    {
        QFETCH(QString, to);
        QFETCH(int, code);
        QFETCH(int, httpStatus);
        QFETCH(bool, retryLater);
        FakeTwilioServer fake;
        QVERIFY(fake.listen());
        const SendOutcome outcome = sendAndWait(twilioSetup(fake), to);
        QVERIFY(!outcome.accepted);
        QCOMPARE(outcome.httpStatus, httpStatus);
        QCOMPARE(outcome.providerCode, QString::number(code));
        QCOMPARE(outcome.failure, twilio::failureForErrorCode(code));
        QVERIFY(!twilio::explainErrorCode(code).isEmpty());
        QCOMPARE(outcome.explanation, twilio::explainErrorCode(code));
        QCOMPARE(outcome.retryLater, retryLater);
        QVERIFY(outcome.messageId.isEmpty());
        QCOMPARE(FakeTwilioServer::formField(fake.requests().value(0).body, QStringLiteral("To")), to);
    }

    void vonageSendStripsThePlusAndMarksUnicode()
    {
        FakeVonageServer fake;
        QVERIFY(fake.listen());
        const QString unicodeText = QStringLiteral("Ваш код 482913 — действует 5 минут");
        const SendOutcome outcome = sendAndWait(vonageSetup(fake), kTo, unicodeText);
        QVERIFY2(outcome.accepted, qPrintable(outcome.explanation + u" / " + outcome.technicalDetail));
        QCOMPARE(outcome.httpStatus, 200);
        QCOMPARE(fake.acceptedIds().size(), 1);
        QCOMPARE(outcome.messageId, fake.acceptedIds().first());

        QCOMPARE(fake.requests().size(), 1);
        const RecordedRequest& request = fake.requests().first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QStringLiteral("/sms/json"));
        QCOMPARE(request.header("Authorization"), basicHeader(fake.apiKey(), fake.apiSecret()));
        const QJsonObject fields = FakeVonageServer::fields(request);
        QCOMPARE(fields.value(u"to").toString(), QStringLiteral("447700900123"));
        QCOMPARE(fields.value(u"from").toString(), QStringLiteral("447700900001"));
        QCOMPARE(fields.value(u"text").toString(), unicodeText);
        QCOMPARE(fields.value(u"type").toString(), QStringLiteral("unicode"));
        QVERIFY(!fields.contains(u"api_secret"));
        QVERIFY(!request.body.contains(fake.apiSecret().toUtf8()));

        const SendOutcome plain = sendAndWait(vonageSetup(fake), kTo, kText);
        QVERIFY(plain.accepted);
        QCOMPARE(fake.requests().size(), 2);
        const QJsonObject plainFields = FakeVonageServer::fields(fake.requests().last());
        QCOMPARE(plainFields.value(u"text").toString(), kText);
        QVERIFY(!plainFields.contains(u"type"));
    }

    void vonageRefusalsAreExplained_data()
    {
        QTest::addColumn<bool>("wrongSecret");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("status");
        QTest::newRow("4 bad credentials") << true << kTo << 4;
        QTest::newRow("29 not whitelisted") << false << QStringLiteral("+447700900999") << 29;
        QTest::newRow("9 out of credit") << false << QStringLiteral("+447700900998") << 9;
    }

    void vonageRefusalsAreExplained()
    {
        QFETCH(bool, wrongSecret);
        QFETCH(QString, to);
        QFETCH(int, status);
        FakeVonageServer fake;
        QVERIFY(fake.listen());
        fake.setNotWhitelisted(QStringLiteral("447700900999"));
        fake.setStatusForNumber(QStringLiteral("447700900998"), 9);
        VonageSetup setup = vonageSetup(fake);
        if (wrongSecret)
            fake.setCredentials(fake.apiKey(), QStringLiteral("another-secret-1"));
        const SendOutcome outcome = sendAndWait(setup, to);
        QVERIFY(!outcome.accepted);
        QCOMPARE(outcome.httpStatus, 200); // Vonage answers 200 and puts the failure inside
        QCOMPARE(outcome.providerCode, QString::number(status));
        QCOMPARE(outcome.failure, vonage::failureForStatus(status));
        QVERIFY(!vonage::explainStatus(status).isEmpty());
        QCOMPARE(outcome.explanation, vonage::explainStatus(status));
        QCOMPARE(fake.acceptedIds().size(), 0);
    }

    void twilioCheckReadsTheAccount()
    {
        FakeTwilioServer fake;
        fake.setAccount(QStringLiteral("Ops on-call"), QStringLiteral("active"), QStringLiteral("Trial"));
        QVERIFY(fake.listen());
        const TwilioSetup setup = twilioSetup(fake);
        HttpSender sender(m_network);
        ProviderClient client(sender);
        Collected<twilio::AccountCheck> checked;
        client.checkTwilio(setup.config, setup.secrets, checked.callback());
        QVERIFY(checked.wait());
        const twilio::AccountCheck check = checked.first();
        QVERIFY2(check.ok, qPrintable(check.explanation));
        QCOMPARE(check.httpStatus, 200);
        QCOMPARE(check.friendlyName, QStringLiteral("Ops on-call"));
        QCOMPARE(check.status, QStringLiteral("active"));
        QCOMPARE(check.type, QStringLiteral("Trial"));
        QVERIFY(check.isTrial());
        QCOMPARE(fake.requests().size(), 1);
        QCOMPARE(fake.requests().first().method, QByteArray("GET"));
        QCOMPARE(fake.requests().first().path, u"/2010-04-01/Accounts/" + fake.accountSid() + u".json");
        QCOMPARE(fake.acceptedSids().size(), 0); // no SMS
        QVERIFY(!QString(check.explanation + check.technicalDetail).contains(fake.authToken()));

        fake.setAccount(QStringLiteral("Production"), QStringLiteral("active"), QStringLiteral("Full"));
        Collected<twilio::AccountCheck> again;
        client.checkTwilio(setup.config, setup.secrets, again.callback());
        QVERIFY(again.wait());
        QVERIFY(again.first().ok);
        QCOMPARE(again.first().friendlyName, QStringLiteral("Production"));
        QVERIFY(!again.first().isTrial());
    }

    void twilioCheckWithWrongCredentials()
    {
        FakeTwilioServer fake;
        QVERIFY(fake.listen());
        TwilioSetup setup = twilioSetup(fake);
        setup.secrets.authToken = QStringLiteral("00000000000000000000000000000000");
        HttpSender sender(m_network);
        ProviderClient client(sender);
        Collected<twilio::AccountCheck> checked;
        client.checkTwilio(setup.config, setup.secrets, checked.callback());
        QVERIFY(checked.wait());
        const twilio::AccountCheck check = checked.first();
        QVERIFY(!check.ok);
        QCOMPARE(check.httpStatus, 401);
        QCOMPARE(check.providerCode, QStringLiteral("20003"));
        QCOMPARE(check.failure, FailureKind::Authentication);
        QCOMPARE(check.explanation, twilio::explainErrorCode(20003));
    }

    void vonageBalanceCheck()
    {
        FakeVonageServer fake;
        fake.setBalance(7.25, true);
        QVERIFY(fake.listen());
        const VonageSetup setup = vonageSetup(fake);
        HttpSender sender(m_network);
        ProviderClient client(sender);
        Collected<vonage::BalanceCheck> checked;
        client.checkVonage(setup.config, setup.secrets, checked.callback());
        QVERIFY(checked.wait());
        const vonage::BalanceCheck check = checked.first();
        QVERIFY2(check.ok, qPrintable(check.explanation));
        QCOMPARE(check.balance, 7.25);
        QVERIFY(check.autoReload);
        QCOMPARE(fake.requests().size(), 1);
        const RecordedRequest& request = fake.requests().first();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, QStringLiteral("/account/get-balance"));
        QVERIFY(request.query.isEmpty()); // the secret travels in the header only
        QCOMPARE(request.header("Authorization"), basicHeader(fake.apiKey(), fake.apiSecret()));
        QCOMPARE(fake.acceptedIds().size(), 0); // no SMS
    }

    void vonageBalanceWithWrongCredentials()
    {
        FakeVonageServer fake;
        QVERIFY(fake.listen());
        VonageSetup setup = vonageSetup(fake);
        setup.secrets.apiSecret = QStringLiteral("not-the-secret");
        HttpSender sender(m_network);
        ProviderClient client(sender);
        Collected<vonage::BalanceCheck> checked;
        client.checkVonage(setup.config, setup.secrets, checked.callback());
        QVERIFY(checked.wait());
        const vonage::BalanceCheck check = checked.first();
        QVERIFY(!check.ok);
        QCOMPARE(check.httpStatus, 401);
        QCOMPARE(check.failure, FailureKind::Authentication);
        QCOMPARE(check.explanation, vonage::explainStatus(4));
    }

    void checksExplainTransportFailures()
    {
        FakeTwilioServer twilioFake;
        QVERIFY(twilioFake.listen());
        const TwilioSetup twilioClosed = twilioSetup(twilioFake);
        twilioFake.server().http().servers().first()->close();
        FakeVonageServer vonageFake;
        QVERIFY(vonageFake.listen());
        const VonageSetup vonageClosed = vonageSetup(vonageFake);
        vonageFake.server().http().servers().first()->close();

        HttpSender sender(m_network);
        ProviderClient client(sender);
        Collected<twilio::AccountCheck> account;
        Collected<vonage::BalanceCheck> balance;
        client.checkTwilio(twilioClosed.config, twilioClosed.secrets, account.callback());
        client.checkVonage(vonageClosed.config, vonageClosed.secrets, balance.callback());
        QVERIFY(account.wait());
        QVERIFY(balance.wait());
        const QString refused = explainTransportFailure(TransportFailure::ConnectionRefused, kLoopback);
        QVERIFY(!account.first().ok);
        QCOMPARE(account.first().httpStatus, 0);
        QCOMPARE(account.first().failure, FailureKind::Transport);
        QCOMPARE(account.first().explanation, refused);
        QVERIFY(!balance.first().ok);
        QCOMPARE(balance.first().failure, FailureKind::Transport);
        QCOMPARE(balance.first().explanation, refused);
    }

    void aServerThatNeverAnswersTimesOut()
    {
        FakeTwilioServer fake;
        fake.setNeverAnswer(true);
        QVERIFY(fake.listen());
        TwilioSetup setup = twilioSetup(fake);
        setup.config.timeout = 300ms;
        const SendOutcome outcome = sendAndWait(setup, kTo);
        QVERIFY(!outcome.accepted);
        QCOMPARE(outcome.httpStatus, 0);
        QCOMPARE(outcome.failure, FailureKind::Transport);
        QCOMPARE(outcome.explanation, explainTransportFailure(TransportFailure::Timeout, kLoopback));
        QVERIFY(outcome.retryLater);
        QVERIFY2(outcome.latency >= 300ms, qPrintable(QString::number(outcome.latency.count())));
        QCOMPARE(fake.requests().size(), 1);
    }

    void aSlowServerWithinTheTimeoutIsFine()
    {
        FakeVonageServer fake;
        fake.setDelay(250ms);
        QVERIFY(fake.listen());
        VonageSetup setup = vonageSetup(fake);
        setup.config.timeout = 5000ms;
        const SendOutcome outcome = sendAndWait(setup, kTo);
        QVERIFY2(outcome.accepted, qPrintable(outcome.explanation));
        QVERIFY(outcome.latency >= 250ms);
    }

    void cancelStopsASend()
    {
        FakeVonageServer fake;
        fake.setNeverAnswer(true);
        QVERIFY(fake.listen());
        HttpSender sender(m_network);
        ProviderClient client(sender);
        Collected<SendOutcome> sent;
        const ProviderClient::RequestId id = client.send(vonageSetup(fake), kTo, kText, sent.callback());
        QVERIFY(QTest::qWaitFor([&] { return fake.requests().size() == 1; }, 5000));
        QCOMPARE(client.running(), 1);
        QCOMPARE(sent.count(), 0);
        client.cancel(id);
        QVERIFY(sent.wait(5000));
        QTest::qWait(50);
        QCOMPARE(sent.count(), 1);
        QCOMPARE(sent.first().failure, FailureKind::Cancelled);
        QVERIFY(!sent.first().accepted);
        QVERIFY(!sent.first().explanation.isEmpty());
        QCOMPARE(client.running(), 0);
        QCOMPARE(sender.running(), 0);
        client.cancel(id); // finished: ignored
        client.cancel(id + 1000); // unknown: ignored
        QTest::qWait(20);
        QCOMPARE(sent.count(), 1);
    }

    void cancelAllStopsEverySend()
    {
        FakeTwilioServer fake;
        fake.setNeverAnswer(true);
        QVERIFY(fake.listen());
        HttpSender sender(m_network);
        ProviderClient client(sender);
        Collected<SendOutcome> first;
        Collected<SendOutcome> second;
        client.send(twilioSetup(fake), kTo, kText, first.callback());
        client.send(twilioSetup(fake), kTo, kText, second.callback());
        QVERIFY(QTest::qWaitFor([&] { return fake.requests().size() == 2; }, 5000));
        client.cancelAll();
        QVERIFY(first.wait(5000));
        QVERIFY(second.wait(5000));
        QCOMPARE(first.first().failure, FailureKind::Cancelled);
        QCOMPARE(second.first().failure, FailureKind::Cancelled);
        QCOMPARE(client.running(), 0);
    }

    // The caller may go away while a request runs: nothing is reported to it afterwards, the request stops.
    void destroyingTheClientStopsItsRequestsQuietly()
    {
        FakeTwilioServer fake;
        fake.setNeverAnswer(true);
        QVERIFY(fake.listen());
        HttpSender sender(m_network);
        auto client = std::make_unique<ProviderClient>(sender);
        Collected<SendOutcome> sent;
        client->send(twilioSetup(fake), kTo, kText, sent.callback());
        QVERIFY(QTest::qWaitFor([&] { return fake.requests().size() == 1; }, 5000));
        QCOMPARE(sender.running(), 1);
        client.reset();
        QTest::qWait(100);
        QCOMPARE(sent.count(), 0);
        QCOMPARE(sender.running(), 0);
    }

    void aBuildProblemNeverReachesTheServer()
    {
        FakeTwilioServer fake;
        QVERIFY(fake.listen());
        TwilioSetup setup = twilioSetup(fake);
        setup.secrets.authToken.clear();
        HttpSender sender(m_network);
        ProviderClient client(sender);
        Collected<SendOutcome> sent;
        client.send(setup, kTo, kText, sent.callback());
        QCOMPARE(sent.count(), 0); // later, never from inside send()
        QVERIFY(sent.wait(5000));
        const SendOutcome outcome = sent.first();
        QVERIFY(!outcome.accepted);
        QCOMPARE(outcome.failure, FailureKind::Configuration);
        QCOMPARE(outcome.httpStatus, 0);
        QCOMPARE(outcome.latency, 0ms);
        const QString tokenProblem = twilio::checkAuthToken(u"").message;
        QVERIFY(!tokenProblem.isEmpty());
        QVERIFY2(outcome.explanation.contains(tokenProblem), qPrintable(outcome.explanation));

        // Several problems are all listed.
        VonageSetup vonage;
        vonage.config.apiBase = QUrl(QStringLiteral("http://example.com"));
        Collected<SendOutcome> refused;
        client.send(vonage, kTo, kText, refused.callback());
        QVERIFY(refused.wait(5000));
        QCOMPARE(refused.first().failure, FailureKind::Configuration);
        QVERIFY(refused.first().explanation.contains(vonage::checkApiKey(u"").message));
        QVERIFY(refused.first().explanation.contains(vonage::checkApiSecret(u"").message));

        QTest::qWait(100);
        QCOMPARE(fake.requests().size(), 0);
        QCOMPARE(client.running(), 0);
        QCOMPARE(sent.count(), 1);
    }

    void cancellingARefusedRequestReportsTheCancel()
    {
        HttpSender sender(m_network);
        ProviderClient client(sender);
        Collected<SendOutcome> sent;
        const auto id = client.send(CustomSetup {}, kTo, kText, sent.callback());
        QCOMPARE(client.running(), 1);
        client.cancel(id);
        QVERIFY(sent.wait(5000));
        QCOMPARE(sent.first().failure, FailureKind::Cancelled);
        QTest::qWait(20);
        QCOMPARE(sent.count(), 1);
    }

    void aCheckWithAMissingSecretIsAConfigurationProblem()
    {
        HttpSender sender(m_network);
        ProviderClient client(sender);
        Collected<twilio::AccountCheck> account;
        twilio::Config config;
        config.accountSid = FakeTwilioServer::kDefaultAccountSid;
        client.checkTwilio(config, {}, account.callback());
        QVERIFY(account.wait(5000));
        QVERIFY(!account.first().ok);
        QCOMPARE(account.first().failure, FailureKind::Configuration);
        QVERIFY(account.first().explanation.contains(twilio::checkAuthToken(u"").message));
    }

    // SECURITY.md 13: whatever a server answers, no byte of a secret reaches an explanation or a detail.
    // An echoing server puts the request (Authorization header first) into its error body, which the parsers
    // show as technical detail, so without redaction the secrets would be there.
    void noSecretInAnyOutcome()
    {
        TestHttpServer echo;
        echo.http().setMissingHandler([&echo](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            const RecordedRequest recorded = echo.record(request);
            // The parts that hold secrets first: the parsers keep only the first 500 bytes as detail.
            QByteArray body = "auth=" + recorded.header("Authorization");
            body += "\ntoken=" + recorded.header("X-Api-Token");
            body += "\nbody=" + recorded.body + '\n';
            for (const auto& [name, value] : recorded.headers)
                body += name + ": " + value + '\n';
            QHttpServerResponse(QByteArrayLiteral("text/plain"), body, QHttpServerResponder::StatusCode::BadRequest)
                .write(std::move(responder));
        });
        QVERIFY(echo.listen());
        FakeTwilioServer twilioFake;
        QVERIFY(twilioFake.listen());
        FakeVonageServer vonageFake;
        QVERIFY(vonageFake.listen());

        const QString twilioToken = FakeTwilioServer::kDefaultAuthToken;
        const QString vonageSecret = FakeVonageServer::kDefaultApiSecret;
        const QString headerSecret = QStringLiteral("hdr-Secret-Value-42");
        const QString namedSecret = QStringLiteral("named \"secret\" + value/7");

        TwilioSetup twilioEcho = twilioSetup(twilioFake);
        twilioEcho.config.apiBase = echo.baseUrl();
        VonageSetup vonageEcho = vonageSetup(vonageFake);
        vonageEcho.config.apiBase = echo.baseUrl();
        // 10 characters and the colon: the secret does not start on a 3-byte boundary of "key:secret", so its
        // own Base64 is not inside the pair's (with "abcd1234:" it would be, and hide a missing redaction).
        vonageEcho.config.apiKey = QStringLiteral("key4567890");
        CustomSetup customEcho;
        customEcho.config.url = echo.url(QStringLiteral("/send")).toString();
        customEcho.config.payloadTemplate
            = QStringLiteral("{\"to\": {{mobile}}, \"text\": {{body}}, \"key\": {{secret:apiKey}}}");
        customEcho.config.headers = QStringLiteral("X-Api-Token:");
        customEcho.secrets.headerValues.insert(QStringLiteral("X-Api-Token"), headerSecret);
        customEcho.secrets.named.insert(QStringLiteral("apiKey"), namedSecret);
        TwilioSetup twilioTimeout = twilioSetup(twilioFake);
        twilioTimeout.config.apiBase = echo.baseUrl();
        twilioTimeout.config.timeout = 1ms;
        TwilioSetup twilioMalformed = twilioSetup(twilioFake);
        twilioMalformed.secrets.authToken = twilioToken.left(31) + u'x';
        VonageSetup vonageWrong = vonageSetup(vonageFake);
        vonageFake.setCredentials(vonageFake.apiKey(), QStringLiteral("rotated-secret-9"));

        HttpSender sender(m_network);
        ProviderClient client(sender);
        QList<QPair<QString, Collected<SendOutcome>>> sends;
        const auto send = [&](const QString& name, const ProviderSetup& setup) {
            Collected<SendOutcome> sent;
            client.send(setup, kTo, kText, sent.callback());
            sends.append({ name, sent });
        };
        send(QStringLiteral("twilio echo"), twilioEcho);
        send(QStringLiteral("vonage echo"), vonageEcho);
        send(QStringLiteral("custom echo"), customEcho);
        send(QStringLiteral("twilio timeout"), twilioTimeout);
        send(QStringLiteral("twilio malformed token"), twilioMalformed);
        send(QStringLiteral("vonage status 4"), vonageWrong);
        Collected<twilio::AccountCheck> accountEcho;
        Collected<twilio::AccountCheck> accountReal; // Twilio's real answer carries the auth token
        Collected<vonage::BalanceCheck> balanceEcho;
        Collected<vonage::BalanceCheck> balanceWrong;
        client.checkTwilio(twilioEcho.config, twilioEcho.secrets, accountEcho.callback());
        const TwilioSetup twilioReal = twilioSetup(twilioFake);
        client.checkTwilio(twilioReal.config, twilioReal.secrets, accountReal.callback());
        client.checkVonage(vonageEcho.config, vonageEcho.secrets, balanceEcho.callback());
        client.checkVonage(vonageWrong.config, vonageWrong.secrets, balanceWrong.callback());

        QList<QPair<QString, QString>> texts; // (scenario, explanation + detail)
        for (const auto& [name, sent] : std::as_const(sends)) {
            QVERIFY2(sent.wait(), qPrintable(name));
            texts.append({ name, sent.first().explanation + u'\n' + sent.first().technicalDetail });
        }
        QVERIFY(accountEcho.wait());
        QVERIFY(accountReal.wait());
        QVERIFY(balanceEcho.wait());
        QVERIFY(balanceWrong.wait());
        QVERIFY(accountReal.first().ok);
        texts.append({ QStringLiteral("twilio check echo"),
            accountEcho.first().explanation + u'\n' + accountEcho.first().technicalDetail });
        texts.append({ QStringLiteral("twilio check real"),
            accountReal.first().explanation + u'\n' + accountReal.first().technicalDetail });
        texts.append({ QStringLiteral("vonage balance echo"),
            balanceEcho.first().explanation + u'\n' + balanceEcho.first().technicalDetail });
        texts.append({ QStringLiteral("vonage balance 401"),
            balanceWrong.first().explanation + u'\n' + balanceWrong.first().technicalDetail });

        QList<QByteArray> forbidden;
        const QStringList secrets { twilioToken, vonageSecret, headerSecret, namedSecret,
            QString(twilioReal.config.accountSid + u':' + twilioToken),
            QString(vonageEcho.config.apiKey + u':' + vonageSecret) };
        for (const QString& secret : secrets) {
            forbidden.append(secretEncodings(secret));
        }
        QVERIFY(forbidden.contains(QString(vonageEcho.config.apiKey + u':' + vonageSecret).toUtf8().toBase64()));
        for (const auto& [name, text] : std::as_const(texts)) {
            const QByteArray bytes = text.toUtf8();
            for (const QByteArray& pattern : std::as_const(forbidden))
                QVERIFY2(!bytes.contains(pattern), qPrintable(name + u" shows a secret: " + text));
        }

        // The echoes really carried the secrets, and the details really showed the echo (redacted).
        QByteArray echoed;
        for (const RecordedRequest& request : echo.requests())
            echoed += request.header("Authorization") + request.body;
        QVERIFY(echoed.contains(basicHeader(twilioReal.config.accountSid, twilioToken).mid(6)));
        QVERIFY(echoed.contains(basicHeader(vonageEcho.config.apiKey, vonageSecret).mid(6)));
        QVERIFY(echo.requests().size() >= 5);
        for (const auto& [name, text] : std::as_const(texts)) {
            if (name.contains(u"echo"))
                QVERIFY2(text.contains(kRedactionMark), qPrintable(name + u": " + text));
        }
    }

    void secretsOfListsEveryFormThatTravels()
    {
        TwilioSetup twilio;
        twilio.config.accountSid = QStringLiteral("AC1");
        twilio.secrets.authToken = QStringLiteral("tok");
        QCOMPARE(secretsOf(twilio), QStringList({ QStringLiteral("tok"), QStringLiteral("AC1:tok") }));
        VonageSetup vonage;
        vonage.config.apiKey = QStringLiteral("key");
        QVERIFY(secretsOf(vonage).isEmpty()); // nothing secret to hide yet
        vonage.secrets.apiSecret = QStringLiteral("sec");
        QCOMPARE(secretsOf(vonage), QStringList({ QStringLiteral("sec"), QStringLiteral("key:sec") }));
        CustomSetup custom;
        custom.secrets.headerValues.insert(QStringLiteral("X-A"), QStringLiteral("a"));
        custom.secrets.named.insert(QStringLiteral("n"), QStringLiteral("b"));
        custom.secrets.named.insert(QStringLiteral("m"), QStringLiteral("a"));
        QCOMPARE(secretsOf(custom), QStringList({ QStringLiteral("a"), QStringLiteral("b") }));
        custom.config.auth = { custom::AuthKind::Basic, QStringLiteral("user"), {}, custom::ApiKeyPlace::Header };
        custom.secrets.authSecret = QStringLiteral("pw");
        QCOMPARE(secretsOf(custom),
            QStringList({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("pw"), QStringLiteral("user:pw") }));
    }
};

QTEST_GUILESS_MAIN(TestProviderClient)
#include "TestProviderClient.moc"
