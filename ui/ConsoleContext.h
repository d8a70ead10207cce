#pragma once
// The long-lived services the pages use, built once by the entry point and passed down (no singletons).

namespace smsotp::storage {
class Database;
class SecretStore;
}
namespace smsotp::providers {
class HttpSender;
}

namespace smsotp::ui {

struct ConsoleContext
{
    storage::Database& database;
    storage::SecretStore& secrets;
    providers::HttpSender& http;
};

} // namespace smsotp::ui
