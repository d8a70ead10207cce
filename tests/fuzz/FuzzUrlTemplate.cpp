// libFuzzer target: the custom provider's URL template (SECURITY.md 16, 21, 29).
// Input: a flags byte (bit 1: texts as raw UTF-16), then the URL template, the body, the mobile and the sender
// separated by 0xFF. Any template renders without a crash, with positions inside it and an ASCII result; a value
// never lands in the scheme or the host; in a fixed template every value comes back exactly when percent-decoded.

#include "FuzzInput.h"
#include "template/UrlTemplate.h"

#include <QUrl>
#include <cstddef>
#include <cstdint>

using namespace smsotp::tmpl;
using namespace smsotp::fuzz;

namespace {

void renderAnyTemplate(const QString& text, const PayloadValues& values)
{
    const UrlRenderResult result = renderUrlTemplate(text, values);
    for (const TemplateError& error : result.errors) {
        SMSOTP_FUZZ_CHECK(error.position.offset >= 0 && error.position.offset <= text.size());
        SMSOTP_FUZZ_CHECK(!error.message.isEmpty());
    }
    for (const QChar c : result.url)
        SMSOTP_FUZZ_CHECK(c.unicode() > 0x20 && c.unicode() < 0x7f);
    if (!result.ok())
        return;
    // The same template with other values: where the request goes does not change.
    PayloadValues other = values;
    other.body = QStringLiteral("evil.example.net/@#?");
    other.mobile = QStringLiteral("x:y@z");
    other.sender = QStringLiteral("//");
    const UrlRenderResult changed = renderUrlTemplate(text, other);
    const QUrl a(result.url, QUrl::StrictMode);
    const QUrl b(changed.url, QUrl::StrictMode);
    if (a.isValid() && b.isValid()) {
        SMSOTP_FUZZ_CHECK(a.scheme() == b.scheme());
        SMSOTP_FUZZ_CHECK(a.host() == b.host());
        SMSOTP_FUZZ_CHECK(a.port() == b.port());
        SMSOTP_FUZZ_CHECK(a.userInfo() == b.userInfo());
    }
}

void roundTripValues(const PayloadValues& values)
{
    const UrlRenderResult result = renderUrlTemplate(
        u"https://gw.example.org/p/{{sender}}?to={{mobile}}&text={{body}}&d={{mobile.digits}}", values);
    SMSOTP_FUZZ_CHECK(result.ok());
    const QUrl url(result.url, QUrl::StrictMode);
    SMSOTP_FUZZ_CHECK(url.isValid());
    SMSOTP_FUZZ_CHECK(url.host() == u"gw.example.org");
    SMSOTP_FUZZ_CHECK(
        QByteArray::fromPercentEncoding(url.path(QUrl::FullyEncoded).mid(3).toLatin1()) == values.sender.toUtf8());
    // Percent-decoded, each value is its UTF-8 bytes exactly (compared as bytes: QUrlQuery's own decoding to a
    // QString replaces some valid characters, the noncharacters U+FDD0-U+FDEF among them).
    const QList<QByteArray> pieces = url.query(QUrl::FullyEncoded).toLatin1().split('&');
    SMSOTP_FUZZ_CHECK(pieces.size() == 3);
    SMSOTP_FUZZ_CHECK(QByteArray::fromPercentEncoding(pieces.at(0).mid(3)) == values.mobile.toUtf8());
    SMSOTP_FUZZ_CHECK(QByteArray::fromPercentEncoding(pieces.at(1).mid(5)) == values.body.toUtf8());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView input(data, static_cast<qsizetype>(size));
    const bool utf16 = (static_cast<unsigned char>(input.front()) & 2) != 0;
    const QList<QByteArrayView> arguments = splitArguments(input.sliced(1), 4);
    const QString text = textOf(arguments.at(0), utf16);
    PayloadValues values;
    values.body = textOf(arguments.at(1), utf16);
    values.mobile = textOf(arguments.at(2), utf16);
    values.sender = textOf(arguments.at(3), utf16);
    renderAnyTemplate(text, values);
    roundTripValues(values);
    return 0;
}
