// libFuzzer target: the payload renderer, JSON and FORM (SECURITY.md 21, 22, 29).
// Input: a flags byte (bit 0: FORM, bit 1: texts as raw UTF-16), then template, body, mobile and a secret's value
// separated by 0xFF. Any template must render without a crash and with positions inside it; fixed templates must
// give each value back exactly through a JSON parser and a form decoder.

#include "FuzzInput.h"
#include "template/FormUrlEncoding.h"
#include "template/PayloadTemplate.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <cstddef>
#include <cstdint>

using namespace smsotp::tmpl;
using namespace smsotp::fuzz;

namespace {

void checkPositions(const RenderResult& result, qsizetype size)
{
    qsizetype previous = 0;
    for (const TemplateError& error : result.errors) {
        SMSOTP_FUZZ_CHECK(error.position.offset >= 0 && error.position.offset <= size);
        SMSOTP_FUZZ_CHECK(error.position.offset >= previous);
        SMSOTP_FUZZ_CHECK(error.position.line >= 1 && error.position.column >= 1);
        SMSOTP_FUZZ_CHECK(!error.message.isEmpty());
        previous = error.position.offset;
    }
    for (const Placeholder& placeholder : result.placeholders) {
        SMSOTP_FUZZ_CHECK(placeholder.position.offset >= 0 && placeholder.length >= 4);
        SMSOTP_FUZZ_CHECK(placeholder.position.offset + placeholder.length <= size);
    }
    for (const TextPosition& bracket : result.unclosedBrackets)
        SMSOTP_FUZZ_CHECK(bracket.offset >= 0 && bracket.offset < size);
}

void renderAnyTemplate(const QString& text, PayloadFormat format, const PayloadValues& values)
{
    const RenderResult result = renderPayload(text, format, values);
    checkPositions(result, text.size());
    SMSOTP_FUZZ_CHECK(result.placeholders.size() == findPlaceholders(text, format).size());
    if (format == PayloadFormat::Form) {
        // Everything outside printable ASCII is percent-encoded, a space is '+'.
        for (const char c : result.bytes)
            SMSOTP_FUZZ_CHECK(c > 0x20 && c < 0x7f);
    } else if (result.ok()) {
        QJsonParseError error;
        QJsonDocument::fromJson(result.bytes, &error);
        SMSOTP_FUZZ_CHECK(error.error == QJsonParseError::NoError);
    }
}

// SECURITY.md 21 and 22: whatever the values hold, they come back byte for byte.
void roundTripValues(const PayloadValues& values)
{
    const RenderResult json = renderPayload(
        u"{\"b\": {{body}}, \"m\": \"+{{mobile}}+\", \"s\": {{secret:apiKey}}}", PayloadFormat::Json, values);
    SMSOTP_FUZZ_CHECK(json.ok());
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(json.bytes, &error).object();
    SMSOTP_FUZZ_CHECK(error.error == QJsonParseError::NoError);
    SMSOTP_FUZZ_CHECK(!json.bytes.contains("\xe2\x80\xa8") && !json.bytes.contains("\xe2\x80\xa9"));
    for (const char c : json.bytes)
        SMSOTP_FUZZ_CHECK(static_cast<unsigned char>(c) >= 0x20);

    const RenderResult form
        = renderPayload(u"b={{body}}&m={{mobile}}&s={{secret:apiKey}}", PayloadFormat::Form, values);
    SMSOTP_FUZZ_CHECK(form.ok());
    const QList<FormField> fields = formUrlDecode(form.bytes);
    SMSOTP_FUZZ_CHECK(fields.size() == 3);

    // A lone surrogate cannot travel as UTF-8, so only valid text is compared.
    const QString secret = values.secrets.value(QStringLiteral("apiKey"));
    if (!values.body.isValidUtf16() || !values.mobile.isValidUtf16() || !secret.isValidUtf16())
        return;
    SMSOTP_FUZZ_CHECK(object.value(u"b").toString() == values.body);
    SMSOTP_FUZZ_CHECK(object.value(u"m").toString() == u'+' + values.mobile + u'+');
    SMSOTP_FUZZ_CHECK(object.value(u"s").toString() == secret);
    SMSOTP_FUZZ_CHECK(fields.at(0) == FormField(QStringLiteral("b"), values.body));
    SMSOTP_FUZZ_CHECK(fields.at(1) == FormField(QStringLiteral("m"), values.mobile));
    SMSOTP_FUZZ_CHECK(fields.at(2) == FormField(QStringLiteral("s"), secret));
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
    const QList<QByteArrayView> arguments = splitArguments(input.sliced(1), 4);

    const QString text = textOf(arguments.at(0), utf16);
    PayloadValues values;
    values.body = textOf(arguments.at(1), utf16);
    values.mobile = textOf(arguments.at(2), utf16);
    values.secrets.insert(QStringLiteral("apiKey"), textOf(arguments.at(3), utf16));

    renderAnyTemplate(text, format, values);
    roundTripValues(values);
    return 0;
}
