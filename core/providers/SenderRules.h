#pragma once
// Alphanumeric sender IDs ("AcmeBank" instead of a number): the one rule every provider's sender field follows, and
// the countries that do not take them.

#include "FieldCheck.h"

#include <QString>
#include <QStringView>

namespace smsotp::providers {

// 1 to 11 characters from A-Z, a-z, 0-9 and space, at least one letter.
FieldCheck checkAlphanumericSender(QStringView sender);
// The sender is meant as a name, not a number: it holds a letter.
bool isAlphanumericSender(QStringView sender);
// The warning for a test send from an alphanumeric sender to a number in a country whose carriers do not accept
// one (the United States, Canada and the rest of the North American Numbering Plan, +1); empty otherwise.
QString alphanumericSenderWarning(QStringView sender, QStringView toE164);

} // namespace smsotp::providers
