#pragma once
// Test helper: a loopback server speaking Vonage's SMS API (POST /sms/json) and Account API (get-balance).

#include "TestHttpServer.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <chrono>

// What it implements, from Vonage's SMS and Account API descriptions (sms.yml, account.yml) and the request
// style of its current server SDK, both accepted as Vonage accepts them:
//   POST /sms/json  credentials as Authorization: Basic base64(key:secret), or as api_key/api_secret fields;
//        body JSON {from, to, text[, type]} or x-www-form-urlencoded with the same fields  ->  always HTTP 200,
//        {"message-count", "messages": [{to, message-id, status, remaining-balance, message-price, network}]},
//        status "0" accepted; "4" bad credentials; "2" a missing from/to/text; "3" a "to" that is not 7 to 15
//        digits (so a leading '+' is refused, as the description's pattern says); a per-number status (29 for a
//        destination a demo account has not whitelisted, 9 out of credit...); one entry per SMS part.
//   GET  /account/get-balance  the same credentials (header, or api_key/api_secret in the query)
//        ->  200 {"value", "autoReload"} or 401 {"error-code": "401", "error-code-label": "authentication failed"}
class FakeVonageServer
{
public:
    static inline const QString kDefaultApiKey = QStringLiteral("abcd1234");
    static inline const QString kDefaultApiSecret = QStringLiteral("S3cr3t-Fak3-Vonage");

    FakeVonageServer();
    FakeVonageServer(const FakeVonageServer&) = delete;
    FakeVonageServer& operator=(const FakeVonageServer&) = delete;

    bool listen() { return m_server.listen(); }
    // The API base for vonage::Config::apiBase.
    QUrl baseUrl() const { return m_server.baseUrl(); }
    TestHttpServer& server() { return m_server; }
    const QList<RecordedRequest>& requests() const { return m_server.requests(); }

    void setCredentials(const QString& apiKey, const QString& apiSecret);
    QString apiKey() const { return m_apiKey; }
    QString apiSecret() const { return m_apiSecret; }
    void setBalance(double value, bool autoReload = false);
    double balance() const { return m_balance; }
    // to as Vonage writes it (digits, no '+'): sends to it fail with that SMS API status.
    void setStatusForNumber(const QString& to, int status) { m_statusNumbers.insert(to, status); }
    // Shorthand for status 29: a demo account may send only to whitelisted numbers.
    void setNotWhitelisted(const QString& to) { setStatusForNumber(to, 29); }

    void setDelay(std::chrono::milliseconds delay) { m_delay = delay; }
    void setNeverAnswer(bool never) { m_neverAnswer = never; }

    // The message ids it handed out for accepted messages, in order (one per part).
    const QStringList& acceptedIds() const { return m_acceptedIds; }

    // A recorded request's body as an object, from JSON or from form fields.
    static QJsonObject fields(const RecordedRequest& request);

private:
    void handle(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    bool authorized(const RecordedRequest& request, const QJsonObject& body) const;
    QHttpServerResponse sendMessage(const RecordedRequest& request);
    QHttpServerResponse balanceAnswer(const RecordedRequest& request);
    void answer(QHttpServerResponder&& responder, QHttpServerResponse&& response);

    TestHttpServer m_server;
    QString m_apiKey = kDefaultApiKey;
    QString m_apiSecret = kDefaultApiSecret;
    double m_balance = 10.28;
    bool m_autoReload = false;
    QHash<QString, int> m_statusNumbers;
    std::chrono::milliseconds m_delay { 0 };
    bool m_neverAnswer = false;
    QStringList m_acceptedIds;
};
