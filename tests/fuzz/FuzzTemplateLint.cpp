// libFuzzer target: the template lint and its fixes.
// Input: a flags byte (bit 0: FORM, bit 1: texts as raw UTF-16, bit 2: secret names known), then the template,
// the sample SMS text and a header list, separated by 0xFF.

#include "FuzzInput.h"
#include "template/TemplateLint.h"

#include <cstddef>
#include <cstdint>

using namespace smsotp::tmpl;
using namespace smsotp::fuzz;

namespace {

constexpr int kMaxRelints = 4;

void checkFindings(const QList<LintFinding>& findings, qsizetype size)
{
    for (const LintFinding& finding : findings) {
        SMSOTP_FUZZ_CHECK(!finding.message.isEmpty());
        SMSOTP_FUZZ_CHECK(finding.start.offset >= 0 && finding.length >= 0);
        SMSOTP_FUZZ_CHECK(finding.start.offset + finding.length <= size);
        if (!finding.fix)
            continue;
        SMSOTP_FUZZ_CHECK(!finding.fix->label.isEmpty() && !finding.fix->edits.isEmpty());
        qsizetype previousEnd = 0;
        for (const TextEdit& edit : finding.fix->edits) {
            SMSOTP_FUZZ_CHECK(edit.offset >= previousEnd && edit.length >= 0);
            SMSOTP_FUZZ_CHECK(edit.offset + edit.length <= size);
            previousEnd = edit.offset + edit.length;
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView input(data, static_cast<qsizetype>(size));
    const auto flags = static_cast<unsigned char>(input.front());
    const PayloadFormat format = (flags & 1) ? PayloadFormat::Form : PayloadFormat::Json;
    const bool utf16 = (flags & 2) != 0;
    const QList<QByteArrayView> arguments = splitArguments(input.sliced(1), 3);

    const QString text = textOf(arguments.at(0), utf16);
    LintOptions options;
    options.sampleBody = textOf(arguments.at(1), utf16);
    if (flags & 4)
        options.secretNames = QStringList { QStringLiteral("apiKey") };

    const QList<LintFinding> findings = lintTemplate(text, format, options);
    checkFindings(findings, text.size());
    // Each fix gives a template the lint reads again; a few are enough to keep the target fast.
    int relinted = 0;
    for (const LintFinding& finding : findings) {
        SMSOTP_FUZZ_CHECK(finding.source == LintSource::Template);
        if (!finding.fix || ++relinted > kMaxRelints)
            continue;
        const QString once = applyFix(text, *finding.fix);
        checkFindings(lintTemplate(once, format, options), once.size());
    }
    const QString fixed = applyFixes(text, findings);
    checkFindings(lintTemplate(fixed, format, options), fixed.size());

    const QString headers = textOf(arguments.at(2), utf16);
    const QList<LintFinding> headerFindings = lintHeadersForWso2(headers);
    checkFindings(headerFindings, headers.size());
    for (const LintFinding& finding : headerFindings)
        SMSOTP_FUZZ_CHECK(finding.kind == LintKind::Wso2DroppedHeader && finding.source == LintSource::Headers);
    return 0;
}
