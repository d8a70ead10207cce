// DeliveryTracker against the fake Twilio server (its Message resource over loopback HTTP): the status sequence
// over time, an undelivered message with its code, an unknown SID, an answer that never comes; and what cannot be
// followed.

#include "FakeTwilioServer.h"
#include "send/DeliveryTracker.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace smsotp;
using providers::DeliveryState;
using providers::DeliveryStatus;
using providers::ProviderKind;
using send::DeliveryTracker;

Q_DECLARE_METATYPE(smsotp::providers::DeliveryStatus)
Q_DECLARE_METATYPE(smsotp::send::DeliveryTracker::End)

class TestDeliveryTracker : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;

    static providers::TwilioSetup setupFor(const FakeTwilioServer& server)
    {
        providers::TwilioSetup setup;
        setup.config.accountSid = server.accountSid();
        setup.config.sender = QStringLiteral("+15005550006");
        setup.config.apiBase = server.baseUrl();
        setup.secrets.authToken = server.authToken();
        return setup;
    }

    // A message the fake accepted, through the real send path.
    static QString acceptedSid(providers::ProviderClient& client, const providers::TwilioSetup& setup)
    {
        QString sid;
        client.send(setup, QStringLiteral("+447700900123"), QStringLiteral("Your code is 123456"),
            [&sid](const providers::SendOutcome& outcome) { sid = outcome.messageId; });
        return QTest::qWaitFor([&sid] { return !sid.isEmpty(); }, 10000) ? sid : QString();
    }

    static DeliveryTracker::Schedule fast()
    {
        return { std::chrono::milliseconds(10), std::chrono::milliseconds(40), std::chrono::milliseconds(10000) };
    }

    // A message sent through the fake and followed to its end: the last state reported; none when it did not end.
    std::optional<DeliveryStatus> followedToTheEnd(const FakeTwilioServer& twilio)
    {
        providers::HttpSender http(m_network);
        providers::ProviderClient client(http);
        const providers::TwilioSetup setup = setupFor(twilio);
        DeliveryTracker tracker(client);
        tracker.setSchedule(fast());
        QSignalSpy ended(&tracker, &DeliveryTracker::ended);
        if (!tracker.follow(ProviderKind::Twilio, setup, acceptedSid(client, setup)) || !ended.wait(10000))
            return std::nullopt;
        return ended.first().at(1).value<DeliveryStatus>();
    }

    static QList<DeliveryState> states(const QSignalSpy& changed)
    {
        QList<DeliveryState> out;
        for (const QList<QVariant>& args : changed)
            out.append(args.first().value<DeliveryStatus>().state);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<DeliveryStatus>();
        qRegisterMetaType<DeliveryTracker::End>();
    }

    void followsTheStatusesUntilDelivered()
    {
        FakeTwilioServer twilio;
        QVERIFY(twilio.listen());
        twilio.setStatusSequence({ QStringLiteral("queued"), QStringLiteral("queued"), QStringLiteral("sending"),
            QStringLiteral("sent"), QStringLiteral("delivered") });
        providers::HttpSender http(m_network);
        providers::ProviderClient client(http);
        const providers::TwilioSetup setup = setupFor(twilio);
        const QString sid = acceptedSid(client, setup);
        QVERIFY(sid.startsWith(u"SM"));

        DeliveryTracker tracker(client);
        tracker.setSchedule(fast());
        QSignalSpy changed(&tracker, &DeliveryTracker::changed);
        QSignalSpy ended(&tracker, &DeliveryTracker::ended);
        QVERIFY(tracker.follow(ProviderKind::Twilio, setup, sid));
        QVERIFY(ended.wait(10000));
        // Each state once, in order (the second "queued" is no change).
        QCOMPARE(states(changed),
            (QList<DeliveryState> {
                DeliveryState::Queued, DeliveryState::Sending, DeliveryState::Sent, DeliveryState::Delivered }));
        QCOMPARE(ended.first().at(0).value<DeliveryTracker::End>(), DeliveryTracker::End::Final);
        QCOMPARE(twilio.statusRequests(), 5);
        QVERIFY(!tracker.isFollowing());
        // Each request was the Message resource of that SID, with the account's credentials.
        const RecordedRequest& last = twilio.requests().last();
        QCOMPARE(last.method, QByteArrayLiteral("GET"));
        QCOMPARE(last.path, QStringLiteral("/2010-04-01/Accounts/%1/Messages/%2.json").arg(twilio.accountSid(), sid));
    }

    void undeliveredCarriesTheCodeAndWhatToDo()
    {
        FakeTwilioServer twilio;
        QVERIFY(twilio.listen());
        twilio.setStatusSequence({ QStringLiteral("sent"), QStringLiteral("undelivered") }, 30003);
        const std::optional<DeliveryStatus> followed = followedToTheEnd(twilio);
        QVERIFY(followed);
        const DeliveryStatus& last = *followed;
        QCOMPARE(last.state, DeliveryState::Undelivered);
        QCOMPARE(last.errorCode, 30003);
        QVERIFY2(last.explanation.contains(QStringLiteral("could not be reached")), qPrintable(last.explanation));
        QVERIFY(last.line().startsWith(QStringLiteral("undelivered (30003: ")));
        QVERIFY(!last.line().contains(twilio.authToken()));
    }

    // SECURITY.md 13: a code the console does not explain is explained in Twilio's own words, which are redacted
    // like every answer (here they echo the Auth Token).
    void theProvidersOwnWordsAreRedacted()
    {
        FakeTwilioServer twilio;
        QVERIFY(twilio.listen());
        twilio.setStatusSequence({ QStringLiteral("failed") }, 30999,
            QStringLiteral("Rejected for token %1").arg(FakeTwilioServer::kDefaultAuthToken));
        const std::optional<DeliveryStatus> followed = followedToTheEnd(twilio);
        QVERIFY(followed);
        const DeliveryStatus& last = *followed;
        QCOMPARE(last.errorCode, 30999);
        QVERIFY2(last.explanation.contains(u"Rejected for token"), qPrintable(last.explanation));
        QVERIFY2(!last.explanation.contains(twilio.authToken()), qPrintable(last.explanation));
    }

    // A SID the account never sent: asking again would not help, so it stops at once and says why.
    void anUnknownSidStopsWithTheReason()
    {
        FakeTwilioServer twilio;
        QVERIFY(twilio.listen());
        providers::HttpSender http(m_network);
        providers::ProviderClient client(http);
        DeliveryTracker tracker(client);
        tracker.setSchedule(fast());
        QSignalSpy changed(&tracker, &DeliveryTracker::changed);
        QSignalSpy ended(&tracker, &DeliveryTracker::ended);
        QVERIFY(tracker.follow(ProviderKind::Twilio, setupFor(twilio), QStringLiteral("SM") + QString(32, u'a')));
        QVERIFY(ended.wait(10000));
        QCOMPARE(ended.first().at(0).value<DeliveryTracker::End>(), DeliveryTracker::End::CannotAsk);
        QVERIFY2(ended.first().at(2).toString().contains(QStringLiteral("20404")),
            qPrintable(ended.first().at(2).toString()));
        QVERIFY(changed.isEmpty());
        QCOMPARE(twilio.statusRequests(), 1);
    }

    // A server that stops answering: each request ends at the transfer timeout and is asked again, until the
    // limit, which ends it with the last state known; and cancel() stops a request on the wire at once.
    void anAnswerThatNeverComes()
    {
        FakeTwilioServer twilio;
        QVERIFY(twilio.listen());
        providers::HttpSender http(m_network);
        providers::ProviderClient client(http);
        providers::TwilioSetup setup = setupFor(twilio);
        setup.config.timeout = std::chrono::milliseconds(150);
        const QString sid = acceptedSid(client, setup);
        twilio.setNeverAnswer(true);

        DeliveryTracker tracker(client);
        tracker.setSchedule(
            { std::chrono::milliseconds(10), std::chrono::milliseconds(40), std::chrono::milliseconds(700) });
        QSignalSpy ended(&tracker, &DeliveryTracker::ended);
        QVERIFY(tracker.follow(ProviderKind::Twilio, setup, sid));
        QVERIFY(ended.wait(10000));
        QCOMPARE(ended.first().at(0).value<DeliveryTracker::End>(), DeliveryTracker::End::TimedOut);
        QCOMPARE(ended.first().at(1).value<DeliveryStatus>().state, DeliveryState::Accepted);
        QVERIFY(!ended.first().at(2).toString().isEmpty());
        int asked = 0;
        for (const RecordedRequest& r : twilio.requests())
            asked += r.method == "GET" && r.path.contains(u"/Messages/") ? 1 : 0;
        QVERIFY2(asked >= 2, qPrintable(QString::number(asked))); // asked again after a timeout

        setup.config.timeout = std::chrono::milliseconds(30000);
        tracker.setSchedule(fast());
        ended.clear();
        QVERIFY(tracker.follow(ProviderKind::Twilio, setup, sid));
        QTRY_VERIFY_WITH_TIMEOUT(client.running() == 1, 5000); // the request is on the wire
        tracker.cancel();
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.first().at(0).value<DeliveryTracker::End>(), DeliveryTracker::End::Cancelled);
        QTRY_COMPARE_WITH_TIMEOUT(client.running(), 0, 5000);
    }

    // Vonage reports only to a callback URL, a custom gateway not at all: nothing is followed, and the reason is
    // there to be shown instead of a state.
    void whatCannotBeFollowed()
    {
        providers::HttpSender http(m_network);
        providers::ProviderClient client(http);
        DeliveryTracker tracker(client);
        QVERIFY(!tracker.follow(ProviderKind::Vonage, providers::VonageSetup {}, QStringLiteral("0A0000001234")));
        QVERIFY(!tracker.follow(ProviderKind::Custom, providers::CustomSetup {}, QStringLiteral("id-1")));
        QVERIFY(!tracker.isFollowing());
        QVERIFY(providers::deliveryUnavailableReason(ProviderKind::Vonage).contains(QStringLiteral("callback")));
        QVERIFY(!providers::deliveryUnavailableReason(ProviderKind::Custom).isEmpty());
        QVERIFY(providers::deliveryUnavailableReason(ProviderKind::Twilio).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeliveryTracker)
#include "TestDeliveryTracker.moc"
