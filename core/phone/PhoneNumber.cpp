#include "PhoneNumber.h"

#include "PhoneNumberBackend.h"
#include "plugins/PluginLoader.h"

#include <QCoreApplication>

namespace smsotp::phone {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("smsotp::phone", text);
}

// The shortest E.164 numbers (a 3-digit country code and a 4-digit subscriber number, Saint Helena) have 7.
constexpr qsizetype kMinDigitsToReveal = 7;
constexpr qsizetype kRevealedDigits = 4;
constexpr char16_t kMaskCharacter = 0x2022; // •

struct Backend
{
    const PhoneNumberBackend* backend = nullptr;
    QString error; // why there is none
};

// libphonenumber lives in the plugin smsotp_phonenumber, loaded the first time a number is read (it brings
// protobuf and abseil, megabytes a session may never need). Loaded once: Qt keeps a plugin's instance for the
// whole program, and this keeps only the pointer to it (and libphonenumber's metadata is a process-wide instance
// of its own in any case).
const Backend& backend()
{
    static const Backend loaded = [] {
        const plugins::LoadResult plugin
            = plugins::load(QStringLiteral("smsotp_phonenumber"), SMSOTP_PHONE_NUMBER_BACKEND_IID);
        const PhoneNumberBackend* found = qobject_cast<PhoneNumberBackend*>(plugin.instance);
        return Backend { found, found ? QString() : plugin.error };
    }();
    return loaded;
}

} // namespace

QString unavailableReason()
{
    return backend().error;
}

NormalizeResult normalize(QStringView input, QStringView defaultRegion)
{
    if (const PhoneNumberBackend* b = backend().backend)
        return b->normalize(input, defaultRegion);
    NormalizeResult result;
    result.error = NormalizeError::Unavailable;
    result.message = tr("Phone numbers cannot be checked: %1").arg(backend().error);
    return result;
}

QString mask(QStringView e164)
{
    qsizetype digitCount = 0;
    for (const QChar c : e164) {
        if (c >= u'0' && c <= u'9')
            ++digitCount;
    }
    const qsizetype revealFrom = digitCount >= kMinDigitsToReveal ? digitCount - kRevealedDigits : digitCount;

    QString masked;
    if (!e164.isEmpty() && e164.front() == u'+')
        masked += u'+';
    qsizetype index = 0;
    for (const QChar c : e164) {
        if (c < u'0' || c > u'9')
            continue;
        masked += index >= revealFrom ? c : QChar(kMaskCharacter);
        ++index;
    }
    return masked;
}

QString formatAsYouType(QStringView input, QStringView region)
{
    const PhoneNumberBackend* b = backend().backend;
    return b ? b->formatAsYouType(input, region) : input.toString();
}

QString regionForLocale(const QLocale& locale)
{
    if (locale.territory() == QLocale::AnyTerritory)
        return {};
    const QString code = QLocale::territoryToCode(locale.territory());
    return callingCode(code) != 0 ? code : QString();
}

QStringList supportedRegions()
{
    const PhoneNumberBackend* b = backend().backend;
    return b ? b->supportedRegions() : QStringList();
}

int callingCode(QStringView region)
{
    const PhoneNumberBackend* b = backend().backend;
    return b ? b->callingCode(region) : 0;
}

QString regionLabel(QStringView region)
{
    const int code = callingCode(region);
    if (code == 0)
        return displayCountry(region);
    return tr("%1 (+%2)").arg(displayCountry(region)).arg(code);
}

QString regionOfTyped(QStringView input)
{
    const PhoneNumberBackend* b = backend().backend;
    return b ? b->regionOfTyped(input) : QString();
}

QString exampleMobileNumber(QStringView region)
{
    const PhoneNumberBackend* b = backend().backend;
    return b ? b->exampleMobileNumber(region) : QString();
}

} // namespace smsotp::phone
