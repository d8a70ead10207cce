#pragma once
// Test helpers: loopback servers speaking three documented HTTP SMS APIs, for the custom provider's presets.
// Each records what it accepted and answers errors as its documentation shows them.

#include "TestHttpServer.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

struct AcceptedSms
{
    QStringList to; // as the gateway decoded them
    QString text;
    QString from;
    QString id;
};

// What the three have in common: a loopback server that records each request, and the messages it accepted.
class FakeSmsGateway
{
public:
    FakeSmsGateway(const FakeSmsGateway&) = delete;
    FakeSmsGateway& operator=(const FakeSmsGateway&) = delete;
    virtual ~FakeSmsGateway() = default;

    bool listen() { return m_server.listen(); }
    QUrl baseUrl() const { return m_server.baseUrl(); }
    const QList<RecordedRequest>& requests() const { return m_server.requests(); }
    const QList<AcceptedSms>& accepted() const { return m_accepted; }

protected:
    FakeSmsGateway();
    virtual QHttpServerResponse answer(const RecordedRequest& request) = 0;
    QList<AcceptedSms> m_accepted;

private:
    TestHttpServer m_server;
};

// Kannel's smsbox sendsms interface (Kannel user guide, "Sending SMS messages"; gw/smsbox.c):
//   GET /cgi-bin/sendsms?username|user=&password|pass=&to=&text=&from=  (query decoded as a form: '+' is a space,
//   which is why a number must travel as %2B). Answers text/html: 202 "0: Accepted for delivery"; 403
//   "Authorization failed for sendsms"; 400 "Missing receiver number, rejected", "Empty receiver number not
//   allowed, rejected", "Sender missing and no global set, rejected", or "Number(s) has/have been denied by
//   white- and/or black-lists." for a receiver with a character outside sendsms-chars ("0123456789 +-"); 404
//   "Unknown request." elsewhere.
class FakeKannelServer : public FakeSmsGateway
{
public:
    static inline const QString kUser = QStringLiteral("smsotp");
    static inline const QString kPassword = QStringLiteral("k4nn3l+pa ss&word");

private:
    QHttpServerResponse answer(const RecordedRequest& request) override;
};

// Plivo's Message API (plivo.com/docs/sms/api/message): POST /v1/Account/{auth_id}/Message/ with HTTP Basic
// auth_id:auth_token and a JSON body {src, dst, text}. dst loses "/ - . + ( )" and spaces and must then be 1 to 14
// digits. Answers 202 {"message": "message(s) queued", "message_uuid": [id], "api_id"}; 401 {"api_id", "error":
// "authentication failed"} (the documentation gives no body; Plivo's SDKs read "error"); 400 {"api_id", "error"} for
// invalid JSON, a missing field or an invalid number.
class FakePlivoServer : public FakeSmsGateway
{
public:
    static inline const QString kAuthId = QStringLiteral("MAXXXXXXXXXXXXXXXXXX");
    static inline const QString kAuthToken = QStringLiteral("plivo-T0ken/with+signs");

private:
    QHttpServerResponse answer(const RecordedRequest& request) override;
};

// Sinch's SMS REST API, "Send a batch" (developers.sinch.com, Batches): POST /xms/v1/{service_plan_id}/batches with
// Authorization: Bearer {api_token} and a JSON body {from, to: [E.164...], body}. Answers 201 with the batch
// {"id", "to", "from", "body", "type": "mt_text", "canceled": false, ...}; 401 with no body (undocumented); 415 for
// another content type; 400 {"code": "syntax_invalid_json" | "syntax_constraint_violation", "text"}.
class FakeSinchServer : public FakeSmsGateway
{
public:
    static inline const QString kServicePlanId = QStringLiteral("0123456789abcdef0123456789abcdef");
    static inline const QString kApiToken = QStringLiteral("sinch-api-token-0123456789");

private:
    QHttpServerResponse answer(const RecordedRequest& request) override;
};
