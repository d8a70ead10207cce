#include "FieldCheck.h"

#include <QCoreApplication>

namespace smsotp::providers {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("smsotp::providers::FieldCheck", text);
}

constexpr int kE164MaxDigits = 15;

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

} // namespace

FieldCheck FieldCheck::fail(FieldProblem problem, QString message)
{
    FieldCheck check;
    check.problem = problem;
    check.message = std::move(message);
    return check;
}

FieldCheck checkE164(QStringView number, int minDigits)
{
    if (number.isEmpty())
        return FieldCheck::fail(
            FieldProblem::Empty, tr("Enter the number in international format, such as +447700900123."));
    if (number.front() != u'+') {
        return FieldCheck::fail(
            FieldProblem::WrongPrefix, tr("The number must start with + and the country code, such as +447700900123."));
    }
    const QStringView digits = number.mid(1);
    for (QChar c : digits) {
        if (c.unicode() < u'0' || c.unicode() > u'9') {
            return FieldCheck::fail(FieldProblem::InvalidCharacters,
                tr("After the + the number may hold only digits: no spaces, dashes or brackets."));
        }
    }
    if (digits.size() < minDigits || digits.size() > kE164MaxDigits) {
        return FieldCheck::fail(FieldProblem::WrongLength,
            tr("An international number has %1 to %2 digits after the +; this one has %3.")
                .arg(minDigits)
                .arg(kE164MaxDigits)
                .arg(digits.size()));
    }
    if (digits.front() == u'0') {
        return FieldCheck::fail(FieldProblem::LeadingZero,
            tr("No country code starts with 0: drop the trunk prefix 0 after the country code, "
               "or the 00 before it."));
    }
    return {};
}

bool isPrefixedHex(QStringView text, QStringView prefix, int hexDigits)
{
    if (text.size() != prefix.size() + hexDigits || !text.startsWith(prefix))
        return false;
    for (QChar c : text.mid(prefix.size())) {
        if (!isHexDigit(c))
            return false;
    }
    return true;
}

} // namespace smsotp::providers
