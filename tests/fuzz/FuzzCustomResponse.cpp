// libFuzzer target: the custom provider's answer against a success criterion, and the message id finder
// (SECURITY.md 29).
// Input: "<HTTP status>\n<statuses>;<mode>;<pattern>\n<body>", statuses comma-separated (empty: any 2xx),
// mode n (status only), s (substring) or r (regular expression).

#include "FuzzInput.h"
#include "providers/CustomProvider.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>

using namespace smsotp::providers;
using namespace smsotp::fuzz;

namespace {

// A pattern longer than this only makes the regular expression engine slow, which is not what is fuzzed here.
constexpr qsizetype kMaxPatternLength = 64;

custom::SuccessCriterion readCriterion(QByteArrayView line)
{
    custom::SuccessCriterion criterion;
    const QList<QByteArrayView> parts = [&line] {
        QList<QByteArrayView> pieces;
        for (int i = 0; i < 2; ++i) {
            const qsizetype end = line.indexOf(';');
            if (end < 0)
                break;
            pieces.append(line.first(end));
            line = line.sliced(end + 1);
        }
        pieces.append(line);
        return pieces;
    }();
    for (const QByteArray& status : parts.at(0).toByteArray().split(',')) {
        bool ok = false;
        const int value = status.trimmed().toInt(&ok);
        if (ok)
            criterion.statuses.append(value);
    }
    if (parts.size() == 3) {
        const char mode = parts.at(1).isEmpty() ? 'n' : parts.at(1).front();
        criterion.bodyMatch = mode == 's' ? custom::BodyMatch::Substring
            : mode == 'r'                 ? custom::BodyMatch::RegularExpression
                                          : custom::BodyMatch::None;
        criterion.bodyPattern = QString::fromUtf8(parts.at(2).first(std::min(parts.at(2).size(), kMaxPatternLength)));
    }
    return criterion;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const StatusLine line = readStatusLine(QByteArrayView(data, static_cast<qsizetype>(size)));
    QByteArrayView rest = line.rest;
    const custom::SuccessCriterion criterion = readCriterion(takeLine(rest));
    const QByteArrayView body = rest;

    const QString messageId = custom::findMessageId(body);
    if (custom::checkSuccessCriterion(criterion).isEmpty()) {
        const SendOutcome outcome = custom::parseSendResponse(criterion, line.status, body);
        SMSOTP_FUZZ_CHECK(outcome.httpStatus == line.status);
        SMSOTP_FUZZ_CHECK(outcome.messageId == messageId);
        SMSOTP_FUZZ_CHECK(!outcome.accepted || outcome.failure == FailureKind::None);
        SMSOTP_FUZZ_CHECK(outcome.accepted || !outcome.explanation.isEmpty());
        if (outcome.accepted && !criterion.statuses.isEmpty())
            SMSOTP_FUZZ_CHECK(criterion.statuses.contains(line.status));
    }
    return 0;
}
