#pragma once
// What the libphonenumber plugin (LibPhoneNumberPlugin.cpp, the module smsotp_phonenumber) provides: the parts of
// PhoneNumber.h that need libphonenumber's metadata. PhoneNumber.cpp loads it on first use and forwards to it.

#include "PhoneNumber.h"

#include <QtPlugin>

namespace smsotp::phone {

class PhoneNumberBackend
{
public:
    virtual ~PhoneNumberBackend() = default;
    virtual NormalizeResult normalize(QStringView input, QStringView defaultRegion) const = 0;
    virtual QString formatAsYouType(QStringView input, QStringView region) const = 0;
    virtual QStringList supportedRegions() const = 0;
    virtual int callingCode(QStringView region) const = 0;
    virtual QString regionOfTyped(QStringView input) const = 0;
    virtual QString exampleMobileNumber(QStringView region) const = 0;
};

} // namespace smsotp::phone

// The version goes up whenever the interface or NormalizeResult changes: an older plugin is then refused.
#define SMSOTP_PHONE_NUMBER_BACKEND_IID "org.example.smsotp.PhoneNumberBackend/1"
Q_DECLARE_INTERFACE(smsotp::phone::PhoneNumberBackend, SMSOTP_PHONE_NUMBER_BACKEND_IID)
