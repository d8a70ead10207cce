// libFuzzer target: the header list parser (SECURITY.md 20, 29).
// Input: the header list as UTF-8. Whatever it holds, positions stay inside it, no accepted header carries
// CR, LF or NUL, and a list that parses writes back to text that parses to the same headers.

#include "FuzzInput.h"
#include "template/HeaderList.h"

#include <cstddef>
#include <cstdint>

using namespace smsotp::tmpl;
using namespace smsotp::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(QByteArrayView(data, static_cast<qsizetype>(size)));
    const HeaderListResult result = parseHeaderList(text);

    for (const HeaderError& error : result.errors) {
        SMSOTP_FUZZ_CHECK(error.position.offset >= 0 && error.position.offset <= text.size());
        SMSOTP_FUZZ_CHECK(!error.message.isEmpty());
    }
    for (const ParsedHeader& header : result.headers) {
        SMSOTP_FUZZ_CHECK(header.namePosition.offset >= 0 && header.namePosition.offset < text.size());
        SMSOTP_FUZZ_CHECK(header.valuePosition.offset >= 0 && header.valuePosition.offset <= text.size());
        SMSOTP_FUZZ_CHECK(isHeaderToken(header.field.name));
        for (const QChar c : header.field.value)
            SMSOTP_FUZZ_CHECK(c != u'\r' && c != u'\n' && c != u'\0');
        (void)isWso2Compatible(header.field);
    }

    const QList<HeaderField> fields = result.fields();
    if (result.ok()) {
        const QString written = serializeHeaderList(fields);
        const HeaderListResult again = parseHeaderList(written);
        SMSOTP_FUZZ_CHECK(again.ok());
        SMSOTP_FUZZ_CHECK(again.fields() == fields);
    }
    return 0;
}
