#pragma once
// The long-lived services of one run (database, keychain, network, provider and WSO2 clients, OTP engine,
// sandbox gateway), built in one place for the console's and the CLI's entry points. No singletons: whoever
// owns a Services passes its parts down.

#include "sandbox/SandboxGateway.h"

#include <memory>

namespace smsotp::storage {
class Database;
class SecretStore;
} // namespace smsotp::storage
namespace smsotp::providers {
class HttpSender;
class ProviderClient;
} // namespace smsotp::providers
namespace smsotp::otp {
class OtpEngine;
class SystemClock;
} // namespace smsotp::otp
namespace smsotp::wso2 {
class Wso2Client;
}

namespace smsotp::services {

struct ServicesOptions
{
    int keychainDeadlineMs = 0; // 0 keeps SecretStore's default
    sandbox::FailMode sandboxFailMode = sandbox::FailMode::None; // a testing aid
};

class Services
{
public:
    using Options = ServicesOptions;

    // Builds every service on the open database; the OTP engine starts with the policy stored there.
    explicit Services(std::unique_ptr<storage::Database> database, Options options = {});
    ~Services();
    Services(const Services&) = delete;
    Services& operator=(const Services&) = delete;

    storage::Database& database() { return *m_database; }
    storage::SecretStore& secrets() { return *m_secrets; }
    providers::HttpSender& http() { return *m_http; }
    providers::ProviderClient& client() { return *m_client; }
    wso2::Wso2Client& wso2() { return *m_wso2; }
    otp::OtpEngine& engine() { return *m_engine; }
    sandbox::SandboxGateway& sandbox() { return *m_sandbox; }

private:
    // In the order of construction; destruction runs backwards, so the database goes last.
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<storage::SecretStore> m_secrets;
    std::unique_ptr<providers::HttpSender> m_http;
    std::unique_ptr<providers::ProviderClient> m_client;
    std::unique_ptr<wso2::Wso2Client> m_wso2;
    std::unique_ptr<otp::SystemClock> m_clock;
    std::unique_ptr<otp::OtpEngine> m_engine;
    std::unique_ptr<sandbox::SandboxGateway> m_sandbox;
};

} // namespace smsotp::services
