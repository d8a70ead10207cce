// libFuzzer target: the XML payload renderer (SECURITY.md 21, 22, 29).
// Input: a flags byte (bit 1: texts as raw UTF-16), then the template, the body and the mobile separated by 0xFF.
// Any template renders without a crash and with positions inside it, and what it accepts is well-formed XML; in a
// fixed template every value XML can carry comes back exactly through QXmlStreamReader, and any other is refused.

#include "FuzzInput.h"
#include "template/PayloadTemplate.h"

#include <QXmlStreamReader>
#include <cstddef>
#include <cstdint>

using namespace smsotp::tmpl;
using namespace smsotp::fuzz;

namespace {

bool xmlCanCarry(const QString& value)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t u = value.at(i).unicode();
        if (QChar::isHighSurrogate(u) && i + 1 < value.size() && value.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xFFFE || u == 0xFFFF || QChar::isSurrogate(u))
            return false;
    }
    return true;
}

bool wellFormed(const QByteArray& bytes)
{
    QXmlStreamReader reader(bytes);
    while (!reader.atEnd())
        reader.readNext();
    return !reader.hasError();
}

void renderAnyTemplate(const QString& text, const PayloadValues& values)
{
    const RenderResult result = renderPayload(text, PayloadFormat::Xml, values);
    for (const TemplateError& error : result.errors) {
        SMSOTP_FUZZ_CHECK(error.position.offset >= 0 && error.position.offset <= text.size());
        SMSOTP_FUZZ_CHECK(!error.message.isEmpty());
    }
    if (result.ok())
        SMSOTP_FUZZ_CHECK(wellFormed(result.bytes));
}

void roundTripValues(const PayloadValues& values)
{
    const RenderResult result
        = renderPayload(u"<sms to=\"{{mobile}}\"><text>{{body}}</text></sms>", PayloadFormat::Xml, values);
    if (!xmlCanCarry(values.body) || !xmlCanCarry(values.mobile)) {
        SMSOTP_FUZZ_CHECK(!result.ok());
        return;
    }
    SMSOTP_FUZZ_CHECK(result.ok());
    QXmlStreamReader reader(result.bytes);
    QString to;
    QString text;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (reader.name() == u"sms")
            to = reader.attributes().value(QStringLiteral("to")).toString();
        else if (reader.name() == u"text")
            text = reader.readElementText();
    }
    SMSOTP_FUZZ_CHECK(!reader.hasError());
    SMSOTP_FUZZ_CHECK(to == values.mobile);
    SMSOTP_FUZZ_CHECK(text == values.body);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView input(data, static_cast<qsizetype>(size));
    const bool utf16 = (static_cast<unsigned char>(input.front()) & 2) != 0;
    const QList<QByteArrayView> arguments = splitArguments(input.sliced(1), 3);
    const QString text = textOf(arguments.at(0), utf16);
    PayloadValues values;
    values.body = textOf(arguments.at(1), utf16);
    values.mobile = textOf(arguments.at(2), utf16);
    renderAnyTemplate(text, values);
    roundTripValues(values);
    return 0;
}
