#pragma once
// Shared by the WSO2 tests (client, login flow, contract): waiting for a Wso2Client answer, and the custom
// provider most push tests map.

#include "providers/ProviderClient.h"
#include "wso2/Wso2Client.h"

#include <QTest>
#include <optional>

namespace wso2test {

// Starts a request with start(done) and waits for its one answer; a test without an answer stops here.
template<typename Result, typename Start> Result waitFor(Start start, int timeoutMs = 30000)
{
    std::optional<Result> result;
    start([&](const Result& r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
        qFatal("no answer from Wso2Client");
    return *result;
}

// How the console connects to a FakeWso2Server: HTTP Basic as its admin user, its certificate pinned. (A template,
// so the contract test, which has no fake server, needs no test-support library.)
template<typename FakeServer> smsotp::wso2::Connection basicConnection(const FakeServer& server)
{
    smsotp::wso2::Connection c;
    c.config.name = QStringLiteral("local");
    c.config.baseUrl = server.baseUrl();
    c.config.username = FakeServer::kUser;
    c.credentials.password = FakeServer::kPassword;
    c.pin.pem = FakeServer::certificatePem();
    return c;
}

// A custom provider with a JSON template and one secret header value.
inline smsotp::providers::CustomSetup customSetup()
{
    smsotp::providers::CustomSetup s;
    s.config.url = QStringLiteral("https://sms.example.com/send");
    s.config.payloadTemplate = QStringLiteral("{\"to\": {{mobile}}, \"text\": {{body}}}");
    s.config.headers = QStringLiteral("Authorization: , Accept: application/json");
    s.secrets.headerValues.insert(QStringLiteral("Authorization"), QStringLiteral("Bearer t0ken-secret"));
    return s;
}

} // namespace wso2test
