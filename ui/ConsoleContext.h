#pragma once
// The long-lived services the pages use, built once by the entry point and passed down (no singletons).

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
}
namespace smsotp::sandbox {
class SandboxGateway;
}

namespace smsotp::ui {

struct ConsoleContext
{
    storage::Database& database;
    storage::SecretStore& secrets;
    providers::HttpSender& http;
    providers::ProviderClient& client;
    otp::OtpEngine& engine;
    sandbox::SandboxGateway& sandbox;
};

} // namespace smsotp::ui
