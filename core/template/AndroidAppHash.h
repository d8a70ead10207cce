#pragma once
// Android's SMS Retriever API: the 11-character app hash a message must carry for the phone to hand it to the app
// that asked, computed from the package name and the app's signing certificate exactly as Google documents it:
// SHA-256 over "PACKAGE HEX" (the certificate's DER bytes in lower-case hex), the first 9 bytes in Base64, the
// first 11 characters.

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace smsotp::tmpl {

inline constexpr int kAndroidAppHashLength = 11;

// Empty when name is an Android application id (Java package name): two or more segments separated by dots,
// each starting with a letter, then letters, digits and underscores. Otherwise the reason, for people.
QString checkAndroidPackageName(const QString& name);

struct AndroidAppHash
{
    QString hash; // 11 characters of Base64
    QString error; // for people; empty when hash is set
    bool ok() const { return error.isEmpty(); }
};

// certificateFile: an X.509 certificate in PEM or DER, as keytool -exportcert writes it (with -rfc: PEM).
AndroidAppHash androidAppHash(const QString& packageName, const QByteArray& certificateFile);

// Whether text has the shape of an app hash: 11 characters of the Base64 alphabet (A-Z a-z 0-9 + /).
bool isAndroidAppHash(QStringView text);
// Empty when value is an app hash; otherwise why not, for people (the setting sms.android_app_hash).
QString checkAndroidAppHash(const QString& value);

} // namespace smsotp::tmpl
