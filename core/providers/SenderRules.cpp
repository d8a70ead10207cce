#include "SenderRules.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>

namespace smsotp::providers {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("smsotp::providers::SenderRules", text);
}

constexpr qsizetype kMaxLength = 11;

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool isAllowed(QChar c)
{
    return isAsciiLetter(c) || (c.unicode() >= u'0' && c.unicode() <= u'9') || c == u' ';
}

// Calling codes whose carriers refuse alphanumeric sender IDs. Source: Twilio, "International support for
// Alphanumeric Sender ID" (https://help.twilio.com/articles/223133767), and Twilio error 21401 ("not supported in
// North America"): the North American Numbering Plan (+1: the United States, Canada and the Caribbean countries
// that share it). Other countries only ask for pre-registration and are left out until their rules are checked.
struct Refusing
{
    const char16_t* prefix;
    const char* countries;
};
constexpr std::array kRefusing {
    Refusing { u"+1",
        QT_TRANSLATE_NOOP("smsotp::providers::SenderRules",
            "the United States, Canada and the other countries of the +1 numbering plan") },
};

} // namespace

bool isAlphanumericSender(QStringView sender)
{
    return std::any_of(sender.begin(), sender.end(), isAsciiLetter);
}

FieldCheck checkAlphanumericSender(QStringView sender)
{
    if (sender.isEmpty())
        return FieldCheck::fail(FieldProblem::Empty, tr("Enter a sender name of 1 to 11 letters, digits or spaces."));
    if (!std::all_of(sender.begin(), sender.end(), isAllowed)) {
        return FieldCheck::fail(FieldProblem::InvalidCharacters,
            tr("A sender name may hold only the letters A-Z and a-z, the digits 0-9 and spaces (1 to 11 characters, "
               "at least one letter)."));
    }
    if (sender.size() > kMaxLength) {
        return FieldCheck::fail(
            FieldProblem::WrongLength, tr("A sender name is 1 to 11 characters; this one has %1.").arg(sender.size()));
    }
    if (!isAlphanumericSender(sender)) {
        return FieldCheck::fail(FieldProblem::InvalidCharacters,
            tr("A sender name needs at least one letter; a sender of digits only is a number."));
    }
    return {};
}

QString alphanumericSenderWarning(QStringView sender, QStringView toE164)
{
    if (!isAlphanumericSender(sender))
        return {};
    for (const Refusing& r : kRefusing) {
        if (toE164.startsWith(QStringView(r.prefix))) {
            return tr("Carriers in %1 do not accept an alphanumeric sender such as “%2”: the message will probably "
                      "be refused or not delivered. Send from a phone number (or a Messaging Service with one) to "
                      "this number.")
                .arg(QCoreApplication::translate("smsotp::providers::SenderRules", r.countries), sender.toString());
        }
    }
    return {};
}

} // namespace smsotp::providers
