// libFuzzer target: the phone number normaliser, masking and as-you-type formatting (SECURITY.md 23, 29).
// Input: "<region>\n<typed number>", as UTF-8.

#include "FuzzInput.h"
#include "phone/PhoneNumber.h"

#include <cstddef>
#include <cstdint>

using namespace smsotp::phone;
using namespace smsotp::fuzz;

namespace {

bool isE164(const QString& number)
{
    if (number.size() < 3 || number.size() > 16 || number.at(0) != u'+' || number.at(1) == u'0')
        return false;
    for (qsizetype i = 1; i < number.size(); ++i) {
        if (number.at(i) < u'0' || number.at(i) > u'9')
            return false;
    }
    return true;
}

qsizetype digitsIn(const QString& text)
{
    qsizetype count = 0;
    for (const QChar c : text)
        count += c >= u'0' && c <= u'9' ? 1 : 0;
    return count;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    QByteArrayView input(data, static_cast<qsizetype>(size));
    const QString region = QString::fromUtf8(takeLine(input));
    const QString typed = QString::fromUtf8(input);

    const NormalizeResult result = normalize(typed, region);
    // libphonenumber is a plugin loaded on first use: without it nothing below would be fuzzed at all.
    SMSOTP_FUZZ_CHECK(result.error != NormalizeError::Unavailable);
    if (result.ok()) {
        SMSOTP_FUZZ_CHECK(isE164(result.e164));
        SMSOTP_FUZZ_CHECK(result.type != NumberType::FixedLine && result.type != NumberType::Unknown);
        // E.164 is a fixed point: it reads back as itself whatever the region.
        const NormalizeResult again = normalize(result.e164, QString());
        SMSOTP_FUZZ_CHECK(again.ok() && again.e164 == result.e164);
        // mask() shows the last four digits, except of a number so short that four would be most of it
        // (fewer than 7 digits, e.g. "+491680" accepted for DE): then it shows none.
        const QString masked = mask(result.e164);
        if (digitsIn(result.e164) >= 7) {
            SMSOTP_FUZZ_CHECK(digitsIn(masked) == 4);
            SMSOTP_FUZZ_CHECK(masked.right(4) == result.e164.right(4));
        } else {
            SMSOTP_FUZZ_CHECK(digitsIn(masked) == 0);
        }
    } else {
        SMSOTP_FUZZ_CHECK(result.e164.isEmpty());
        SMSOTP_FUZZ_CHECK(!result.message.isEmpty());
    }
    SMSOTP_FUZZ_CHECK(digitsIn(mask(typed)) <= 4);
    (void)formatAsYouType(typed, region);
    (void)regionLabel(region);
    return 0;
}
