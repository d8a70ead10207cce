// libFuzzer target: Twilio's send and account-check answers (SECURITY.md 13, 29).
// Input: "<HTTP status>\n<body>".

#include "FuzzInput.h"
#include "providers/TwilioProvider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstddef>
#include <cstdint>

using namespace smsotp::providers;
using namespace smsotp::fuzz;

namespace {

bool isAuthTokenShaped(const QString& value)
{
    if (value.size() != 32)
        return false;
    for (const QChar c : value) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const StatusLine line = readStatusLine(QByteArrayView(data, static_cast<qsizetype>(size)));

    const SendOutcome outcome = twilio::parseSendResponse(line.status, line.rest);
    SMSOTP_FUZZ_CHECK(outcome.httpStatus == line.status);
    SMSOTP_FUZZ_CHECK(!outcome.accepted || outcome.failure == FailureKind::None);
    SMSOTP_FUZZ_CHECK(outcome.accepted || !outcome.explanation.isEmpty());

    const twilio::AccountCheck check = twilio::parseAccountCheckResponse(line.status, line.rest);
    SMSOTP_FUZZ_CHECK(check.httpStatus == line.status);
    SMSOTP_FUZZ_CHECK(check.ok || !check.explanation.isEmpty());
    // The account answer carries the auth token; nothing of the check may hold it.
    const QJsonObject account = QJsonDocument::fromJson(line.rest.toByteArray()).object();
    const QString token = account.value(u"auth_token").toString();
    if (line.status == 200 && isAuthTokenShaped(token)) {
        const bool echoedOnPurpose = account.value(u"friendly_name").toString().contains(token)
            || account.value(u"status").toString().contains(token) || account.value(u"type").toString().contains(token);
        if (!echoedOnPurpose) {
            for (const QString& text : { check.friendlyName, check.status, check.type, check.explanation,
                     check.technicalDetail, check.providerCode })
                SMSOTP_FUZZ_CHECK(!text.contains(token));
        }
    }
    return 0;
}
