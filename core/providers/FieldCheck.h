#pragma once
// The verdict on one configuration field (an Account SID, a sender): fine, or why not, in words for people.

#include <QString>
#include <QStringView>

namespace smsotp::providers {

enum class FieldProblem
{
    None,
    Empty,
    WrongPrefix, // e.g. an Account SID that does not start with AC
    WrongLength,
    InvalidCharacters,
    LeadingZero, // an international number whose country code starts with 0
};

struct FieldCheck
{
    FieldProblem problem = FieldProblem::None;
    QString message; // empty when ok

    bool ok() const { return problem == FieldProblem::None; }
    static FieldCheck fail(FieldProblem problem, QString message);
};

// E.164 as providers take it: "+", a first digit 1-9, then digits; minDigits to 15 digits in all.
FieldCheck checkE164(QStringView number, int minDigits = 7);

// text is prefix followed by exactly hexDigits hexadecimal digits (either case).
bool isPrefixedHex(QStringView text, QStringView prefix, int hexDigits);

} // namespace smsotp::providers
