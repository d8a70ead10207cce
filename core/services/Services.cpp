#include "Services.h"

#include "otp/Clock.h"
#include "otp/OtpEngine.h"
#include "providers/HttpSender.h"
#include "providers/ProviderClient.h"
#include "storage/Database.h"
#include "storage/SecretStore.h"
#include "storage/SettingsRepository.h"
#include "wso2/Wso2Client.h"

namespace smsotp::services {

Services::Services(std::unique_ptr<storage::Database> database, Options options)
    : m_database(std::move(database))
    , m_secrets(std::make_unique<storage::SecretStore>(m_database->profileId()))
    , m_http(std::make_unique<providers::HttpSender>())
    , m_client(std::make_unique<providers::ProviderClient>(*m_http))
    , m_wso2(std::make_unique<wso2::Wso2Client>(*m_http))
    , m_clock(std::make_unique<otp::SystemClock>())
    , m_engine(std::make_unique<otp::OtpEngine>(storage::SettingsRepository(*m_database).loadPolicy().policy))
    , m_sandbox(std::make_unique<sandbox::SandboxGateway>(*m_clock))
{
    if (options.keychainDeadlineMs > 0)
        m_secrets->setDeadline(options.keychainDeadlineMs);
    m_sandbox->setFailMode(options.sandboxFailMode);
}

Services::~Services() = default;

} // namespace smsotp::services
