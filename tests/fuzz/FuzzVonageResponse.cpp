// libFuzzer target: Vonage's send and balance answers (SECURITY.md 29).
// Input: "<HTTP status>\n<body>".

#include "FuzzInput.h"
#include "providers/VonageProvider.h"

#include <cstddef>
#include <cstdint>

using namespace smsotp::providers;
using namespace smsotp::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const StatusLine line = readStatusLine(QByteArrayView(data, static_cast<qsizetype>(size)));

    const SendOutcome outcome = vonage::parseSendResponse(line.status, line.rest);
    SMSOTP_FUZZ_CHECK(outcome.httpStatus == line.status);
    SMSOTP_FUZZ_CHECK(!outcome.accepted || outcome.failure == FailureKind::None);
    SMSOTP_FUZZ_CHECK(outcome.accepted || !outcome.explanation.isEmpty());

    const vonage::BalanceCheck check = vonage::parseBalanceResponse(line.status, line.rest);
    SMSOTP_FUZZ_CHECK(check.httpStatus == line.status);
    SMSOTP_FUZZ_CHECK(check.ok || !check.explanation.isEmpty());
    return 0;
}
