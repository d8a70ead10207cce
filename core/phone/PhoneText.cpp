// The words about phone numbers that both the facade (PhoneNumber.cpp) and the libphonenumber plugin use: compiled
// into each, so the plugin needs no symbol of the program that loads it.

#include "PhoneNumber.h"

#include <QCoreApplication>

namespace smsotp::phone {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("smsotp::phone", text);
}

} // namespace

QString displayCountry(QStringView region)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(region);
    if (territory == QLocale::AnyTerritory)
        return region.toString().toUpper();
    return QLocale::territoryToString(territory);
}

QString typeName(NumberType type)
{
    switch (type) {
    case NumberType::Mobile:
        return tr("mobile");
    case NumberType::FixedLineOrMobile:
        return tr("mobile or fixed-line");
    case NumberType::FixedLine:
        return tr("fixed-line");
    case NumberType::TollFree:
        return tr("toll-free");
    case NumberType::PremiumRate:
        return tr("premium-rate");
    case NumberType::SharedCost:
        return tr("shared-cost");
    case NumberType::Voip:
        return tr("internet telephony (VoIP)");
    case NumberType::PersonalNumber:
        return tr("personal (forwarding)");
    case NumberType::Pager:
        return tr("pager");
    case NumberType::Uan:
        return tr("universal access (UAN)");
    case NumberType::Voicemail:
        return tr("voicemail");
    case NumberType::Unknown:
        break;
    }
    return tr("unknown");
}

} // namespace smsotp::phone
