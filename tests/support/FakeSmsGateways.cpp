#include "FakeSmsGateways.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

namespace {

using Status = QHttpServerResponder::StatusCode;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QHttpServerResponse kannelText(const char* text, Status status)
{
    return QHttpServerResponse(QByteArrayLiteral("text/html"), QByteArray(text), status);
}

QJsonObject jsonObject(const QByteArray& body, bool* ok)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    *ok = error.error == QJsonParseError::NoError && document.isObject();
    return document.object();
}

} // namespace

FakeSmsGateway::FakeSmsGateway()
{
    m_server.http().setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        const RecordedRequest recorded = m_server.record(request);
        answer(recorded).write(std::move(responder));
    });
}

// ---- Kannel ----

QHttpServerResponse FakeKannelServer::answer(const RecordedRequest& request)
{
    if (request.method != "GET" || request.path != u"/cgi-bin/sendsms")
        return kannelText("Unknown request.", Status::NotFound);
    // smsbox decodes the query as a form: '+' is a space.
    QString query = request.query;
    query.replace(u'+', QStringLiteral("%20"));
    const QUrlQuery fields(query);
    const auto field = [&fields](const char* name, const char* alias = nullptr) {
        const QString key = QString::fromLatin1(name);
        if (fields.hasQueryItem(key) || !alias)
            return fields.queryItemValue(key, QUrl::FullyDecoded);
        return fields.queryItemValue(QString::fromLatin1(alias), QUrl::FullyDecoded);
    };
    if (field("username", "user") != kUser || field("password", "pass") != kPassword)
        return kannelText("Authorization failed for sendsms", Status::Forbidden);
    if (!fields.hasQueryItem(QStringLiteral("to")))
        return kannelText("Missing receiver number, rejected", Status::BadRequest);
    const QString to = field("to");
    if (to.isEmpty())
        return kannelText("Empty receiver number not allowed, rejected", Status::BadRequest);
    if (field("from").isEmpty())
        return kannelText("Sender missing and no global set, rejected", Status::BadRequest);
    static const QRegularExpression allowed(QStringLiteral("^[0-9 +-]+$"));
    if (!allowed.match(to).hasMatch())
        return kannelText("Number(s) has/have been denied by white- and/or black-lists.", Status::BadRequest);
    m_accepted.append({ { to }, field("text"), field("from"), newId() });
    return kannelText("0: Accepted for delivery", Status::Accepted);
}

// ---- Plivo ----

QHttpServerResponse FakePlivoServer::answer(const RecordedRequest& request)
{
    const QString apiId = newId();
    const auto error = [&apiId](const QString& text, Status status) {
        return QHttpServerResponse(
            QJsonObject { { QStringLiteral("api_id"), apiId }, { QStringLiteral("error"), text } }, status);
    };
    static const QRegularExpression path(QStringLiteral("^/v1/Account/([^/]+)/Message/$"));
    const QRegularExpressionMatch match = path.match(request.path);
    if (!match.hasMatch())
        return error(QStringLiteral("not found"), Status::NotFound);
    if (request.method != "POST")
        return error(QStringLiteral("method not allowed"), Status::MethodNotAllowed);
    const QPair<QString, QString> credentials = basicCredentials(request.header("Authorization"));
    if (match.captured(1) != kAuthId || credentials.first != kAuthId || credentials.second != kAuthToken)
        return error(QStringLiteral("authentication failed"), Status::Unauthorized);
    bool ok = false;
    const QJsonObject body = jsonObject(request.body, &ok);
    if (!ok || !request.header("Content-Type").startsWith("application/json"))
        return error(QStringLiteral("invalid json data sent in raw POST"), Status::BadRequest);
    for (const char* required : { "src", "dst", "text" }) {
        if (body.value(QLatin1StringView(required)).toString().isEmpty())
            return error(
                QStringLiteral("%1 parameter is required").arg(QLatin1StringView(required)), Status::BadRequest);
    }
    QString dst = body.value(u"dst").toString();
    dst.remove(QRegularExpression(QStringLiteral("[/\\-.+() ]")));
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,14}$"));
    if (!digits.match(dst).hasMatch())
        return error(
            QStringLiteral("'%1' is not a valid phone number.").arg(body.value(u"dst").toString()), Status::BadRequest);
    const QString id = newId();
    m_accepted.append({ { dst }, body.value(u"text").toString(), body.value(u"src").toString(), id });
    return QHttpServerResponse(
        QJsonObject { { QStringLiteral("message"), QStringLiteral("message(s) queued") },
            { QStringLiteral("message_uuid"), QJsonArray { id } }, { QStringLiteral("api_id"), apiId } },
        Status::Accepted);
}

// ---- Sinch ----

QHttpServerResponse FakeSinchServer::answer(const RecordedRequest& request)
{
    const auto error = [](const char* code, const QString& text) {
        return QHttpServerResponse(
            QJsonObject { { QStringLiteral("code"), QString::fromLatin1(code) }, { QStringLiteral("text"), text } },
            Status::BadRequest);
    };
    static const QRegularExpression path(QStringLiteral("^/xms/v1/([^/]+)/batches$"));
    const QRegularExpressionMatch match = path.match(request.path);
    if (!match.hasMatch() || request.method != "POST")
        return QHttpServerResponse(Status::NotFound);
    if (match.captured(1) != kServicePlanId || request.header("Authorization") != "Bearer " + kApiToken.toUtf8())
        return QHttpServerResponse(Status::Unauthorized);
    if (!request.header("Content-Type").startsWith("application/json"))
        return QHttpServerResponse(Status::UnsupportedMediaType);
    bool ok = false;
    const QJsonObject body = jsonObject(request.body, &ok);
    if (!ok)
        return error("syntax_invalid_json", QStringLiteral("The JSON structure is invalid."));
    const QJsonArray to = body.value(u"to").toArray();
    if (to.isEmpty() || to.size() > 1000)
        return error("syntax_constraint_violation", QStringLiteral("to: must have 1 to 1000 recipients"));
    static const QRegularExpression e164(QStringLiteral("^\\+?[1-9][0-9]{6,14}$"));
    AcceptedSms sms;
    for (const QJsonValue& recipient : to) {
        if (!e164.match(recipient.toString()).hasMatch())
            return error("syntax_constraint_violation",
                QStringLiteral("to: \"%1\" is not a valid phone number").arg(recipient.toString()));
        sms.to.append(recipient.toString());
    }
    if (body.value(u"body").toString().isEmpty())
        return error("syntax_constraint_violation", QStringLiteral("body: must not be empty"));
    if (body.value(u"from").toString().isEmpty())
        return error("syntax_constraint_violation", QStringLiteral("from: must not be empty"));
    sms.text = body.value(u"body").toString();
    sms.from = body.value(u"from").toString();
    sms.id = QStringLiteral("01FC66621X%1").arg(m_accepted.size(), 16, 10, QChar(u'0'));
    m_accepted.append(sms);
    return QHttpServerResponse(
        QJsonObject { { QStringLiteral("id"), sms.id }, { QStringLiteral("to"), to },
            { QStringLiteral("from"), sms.from }, { QStringLiteral("body"), sms.text },
            { QStringLiteral("type"), QStringLiteral("mt_text") }, { QStringLiteral("canceled"), false },
            { QStringLiteral("delivery_report"), QStringLiteral("none") } },
        Status::Created);
}
