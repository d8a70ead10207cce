// libFuzzer target: the WebOTP origin-bound line (the WICG format's parser, the lint and the SMS text check).
// Input: a flags byte (bit 1: text as raw UTF-16), then the message, and the domain after a 0xFF. Any message parses
// or fails without a crash; what parses has non-empty fields without ASCII whitespace, taken from the last line; the
// lint's positions are inside the text; a text the lint passes with a domain set parses once rendered, to that
// domain and the code sent.

#include "FuzzInput.h"
#include "template/OriginBoundCode.h"
#include "template/SmsTextCheck.h"

#include <cstddef>
#include <cstdint>

using namespace smsotp::tmpl;
using namespace smsotp::fuzz;

namespace {

bool hasAsciiWhitespace(const QString& text)
{
    for (const QChar c : text) {
        if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\f' || c == u'\r')
            return true;
    }
    return false;
}

void parseAnyMessage(const QString& message)
{
    const std::optional<OriginBoundCode> parsed = parseOriginBoundMessage(message);
    if (!parsed)
        return;
    SMSOTP_FUZZ_CHECK(!parsed->topLevelHost.isEmpty() && !parsed->code.isEmpty());
    SMSOTP_FUZZ_CHECK(!hasAsciiWhitespace(parsed->topLevelHost) && !hasAsciiWhitespace(parsed->code));
    SMSOTP_FUZZ_CHECK(!hasAsciiWhitespace(parsed->embeddedHost));
    // Only the last line counts: anything before a newline may change without changing the result.
    SMSOTP_FUZZ_CHECK(parseOriginBoundMessage(QString(QStringLiteral("prefix\n") + message)) == parsed);
}

void lintAnyText(const QString& text, const QString& domain)
{
    for (const OriginBoundProblem& problem : lintOriginBoundLine(text, domain)) {
        SMSOTP_FUZZ_CHECK(problem.position.offset >= 0 && problem.position.offset <= text.size());
        SMSOTP_FUZZ_CHECK(!problem.message.isEmpty());
    }
    if (!checkWebOtpDomain(domain).isEmpty())
        return;
    SmsTextContext context;
    context.webOtpDomain = domain;
    const SmsTextReport report = checkSmsText(text, context);
    if (report.hasErrors() || text.size() > 1600)
        return;
    SmsTextValues values;
    values.confirmationCode = QStringLiteral("A1B2C3");
    const std::optional<OriginBoundCode> parsed
        = parseOriginBoundMessage(SmsText(report.messageTemplate).render(values).text);
    SMSOTP_FUZZ_CHECK(parsed.has_value());
    SMSOTP_FUZZ_CHECK(parsed->topLevelHost.compare(domain, Qt::CaseInsensitive) == 0);
    SMSOTP_FUZZ_CHECK(parsed->code == values.confirmationCode);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView input(data, static_cast<qsizetype>(size));
    const bool utf16 = (static_cast<unsigned char>(input.front()) & 2) != 0;
    const QList<QByteArrayView> arguments = splitArguments(input.sliced(1), 2);
    const QString text = textOf(arguments.at(0), utf16);
    const QString domain = textOf(arguments.at(1), false);
    parseAnyMessage(text);
    lintAnyText(text, domain);
    return 0;
}
