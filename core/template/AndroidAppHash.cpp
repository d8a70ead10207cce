#include "AndroidAppHash.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSslCertificate>

namespace smsotp::tmpl {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("smsotp::tmpl::AndroidAppHash", text);
}

// Lower-case hex of the DER bytes, as Android's Signature.toCharsString() writes it.
QByteArray certificateDer(const QByteArray& file)
{
    const QList<QSslCertificate> pem = QSslCertificate::fromData(file, QSsl::Pem);
    if (pem.size() == 1 && !pem.first().isNull())
        return pem.first().toDer();
    if (!pem.isEmpty())
        return {};
    const QSslCertificate der(file, QSsl::Der);
    return der.isNull() ? QByteArray() : der.toDer();
}

} // namespace

QString checkAndroidPackageName(const QString& name)
{
    static const QRegularExpression packageName(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)+$"));
    if (packageName.match(name).hasMatch())
        return {};
    return tr("“%1” is not an Android package name: two or more parts separated by dots (com.example.app), each "
              "starting with a letter, then letters, digits or underscores.")
        .arg(name);
}

AndroidAppHash androidAppHash(const QString& packageName, const QByteArray& certificateFile)
{
    AndroidAppHash result;
    result.error = checkAndroidPackageName(packageName);
    if (!result.ok())
        return result;
    const QByteArray der = certificateDer(certificateFile);
    if (der.isEmpty()) {
        result.error = tr("The file is not one X.509 certificate in PEM or DER (export it with “keytool -exportcert "
                          "-alias KEY -keystore KEYSTORE”).");
        return result;
    }
    const QByteArray appInfo = packageName.toUtf8() + ' ' + der.toHex();
    const QByteArray digest = QCryptographicHash::hash(appInfo, QCryptographicHash::Sha256).left(9);
    result.hash = QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals).left(kAndroidAppHashLength));
    return result;
}

bool isAndroidAppHash(QStringView text)
{
    if (text.size() != kAndroidAppHashLength)
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'+'
                || u == u'/'))
            return false;
    }
    return true;
}

QString checkAndroidAppHash(const QString& value)
{
    if (isAndroidAppHash(value))
        return {};
    return tr("“%1” is not an app hash: 11 characters of A-Z, a-z, 0-9, + and / (sms-text android-hash computes it).")
        .arg(value);
}

} // namespace smsotp::tmpl
