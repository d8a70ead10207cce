#pragma once
// Test helper: a loopback server speaking Twilio's API v2010 (Messages create, Account fetch) with its errors.

#include "TestHttpServer.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <chrono>

// What it implements, from Twilio's OpenAPI description (twilio_api_v2010, Accounts fetch and Messages create)
// and its error reference:
//   POST /2010-04-01/Accounts/{AccountSid}/Messages.json  HTTP Basic AccountSid:AuthToken,
//        form To, From | MessagingServiceSid, Body  ->  201 {sid: SM+32 hex, status: queued|accepted, num_segments...}
//   GET  /2010-04-01/Accounts/{AccountSid}.json  ->  200 {friendly_name, status, type, auth_token, ...}
//   GET  /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json  ->  200 {sid, status, error_code, error_message}:
//        each request of an accepted message gives the next status of the sequence (setStatusSequence), the last
//        one from then on; 404 (20404) for a SID it did not accept
//   errors: {code, message, more_info, status}: 20003 (401) wrong or missing credentials, 20404 (404) another
//   account's path or an unknown resource, 21604 missing To, 21211 invalid To, 21602 missing Body,
//   21603 missing From, 21606 From not owned (when owned senders are set), and the magic numbers below.
class FakeTwilioServer
{
public:
    // Twilio's own test-credential numbers where Twilio has one, plus two of ours for 21608 and 20429.
    static inline const QString kInvalidNumber = QStringLiteral("+15005550001"); // 21211
    static inline const QString kUnroutableNumber = QStringLiteral("+15005550002"); // 21612
    static inline const QString kNoPermissionNumber = QStringLiteral("+15005550003"); // 21408
    static inline const QString kBlockedNumber = QStringLiteral("+15005550004"); // 21610 (replied STOP)
    static inline const QString kNotMobileNumber = QStringLiteral("+15005550009"); // 21614
    static inline const QString kUnverifiedNumber = QStringLiteral("+15005550608"); // 21608 (trial account)
    static inline const QString kRateLimitedNumber = QStringLiteral("+15005550429"); // 20429 with HTTP 429

    static inline const QString kDefaultAccountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
    static inline const QString kDefaultAuthToken = QStringLiteral("f00dcafe0123456789abcdef01234567");

    FakeTwilioServer();
    FakeTwilioServer(const FakeTwilioServer&) = delete;
    FakeTwilioServer& operator=(const FakeTwilioServer&) = delete;

    bool listen() { return m_server.listen(); }
    // The API base for twilio::Config::apiBase.
    QUrl baseUrl() const { return m_server.baseUrl(); }
    TestHttpServer& server() { return m_server; }
    const QList<RecordedRequest>& requests() const { return m_server.requests(); }

    void setCredentials(const QString& accountSid, const QString& authToken);
    QString accountSid() const { return m_accountSid; }
    QString authToken() const { return m_authToken; }
    void setAccount(const QString& friendlyName, const QString& status, const QString& type);
    // Empty (the default): any From is accepted. Otherwise a From outside the list is error 21606.
    void setOwnedSenders(const QStringList& senders) { m_ownedSenders = senders; }
    // A To number that makes the send fail with that Twilio error code (and its usual HTTP status).
    void setErrorForNumber(const QString& to, int code) { m_errorNumbers.insert(to, code); }
    void clearErrorNumbers() { m_errorNumbers.clear(); }

    // Failure modes of the server itself: answer late, or never (the client's timeout ends the request).
    void setDelay(std::chrono::milliseconds delay) { m_delay = delay; }
    void setNeverAnswer(bool never) { m_neverAnswer = never; }

    // The statuses a message's fetches walk through (default: queued, sent, delivered), and the error code an
    // undelivered or failed status carries.
    void setStatusSequence(const QStringList& statuses, int errorCode = 0,
        const QString& errorMessage = QStringLiteral("Unreachable destination handset"))
    {
        m_statuses = statuses;
        m_statusError = errorCode;
        m_statusErrorMessage = errorMessage;
    }
    int statusRequests() const { return m_statusRequests; }

    // The SIDs of the messages it accepted, in order.
    const QStringList& acceptedSids() const { return m_acceptedSids; }

    // The decoded fields of a form body, in order (x-www-form-urlencoded, '+' as a space).
    static QList<QPair<QString, QString>> formFields(const QByteArray& body);
    static QString formField(const QByteArray& body, const QString& name);
    static bool hasFormField(const QByteArray& body, const QString& name);

private:
    void handle(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    QHttpServerResponse sendMessage(const RecordedRequest& request);
    QHttpServerResponse fetchAccount();
    QHttpServerResponse fetchMessage(const QString& sid);
    void answer(QHttpServerResponder&& responder, QHttpServerResponse&& response);

    TestHttpServer m_server;
    QString m_accountSid = kDefaultAccountSid;
    QString m_authToken = kDefaultAuthToken;
    QString m_friendlyName = QStringLiteral("SMS OTP Console test account");
    QString m_status = QStringLiteral("active");
    QString m_type = QStringLiteral("Full");
    QStringList m_ownedSenders;
    QHash<QString, int> m_errorNumbers;
    std::chrono::milliseconds m_delay { 0 };
    bool m_neverAnswer = false;
    QStringList m_acceptedSids;
    QStringList m_statuses { QStringLiteral("queued"), QStringLiteral("sent"), QStringLiteral("delivered") };
    int m_statusError = 0;
    QString m_statusErrorMessage;
    QHash<QString, int> m_fetches; // by SID
    int m_statusRequests = 0;
};
