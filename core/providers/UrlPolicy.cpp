#include "UrlPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace smsotp::providers {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("smsotp::providers::UrlPolicy", text);
}

UrlCheck refuse(UrlProblem problem, QString message)
{
    UrlCheck check;
    check.problem = problem;
    check.message = std::move(message);
    return check;
}

} // namespace

bool isLoopbackHost(const QString& host)
{
    QString name = host;
    if (name.endsWith(u'.'))
        name.chop(1);
    if (name.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    if (name.startsWith(u'[') && name.endsWith(u']'))
        name = name.mid(1, name.size() - 2);
    QHostAddress address;
    if (!address.setAddress(name))
        return false;
    if (address.isLoopback())
        return true;
    bool isV4 = false;
    const quint32 mapped = address.toIPv4Address(&isV4); // ::ffff:127.0.0.1 counts as IPv4 here
    return isV4 && (mapped >> 24) == 127;
}

UrlCheck checkEndpointUrl(const QUrl& url)
{
    if (url.isEmpty())
        return refuse(UrlProblem::Empty, tr("Enter the address of the provider's API, starting with https://."));
    if (!url.isValid() || url.isRelative()) {
        return refuse(UrlProblem::Malformed,
            tr("This is not a complete address. Write it in full, such as https://sms.example.com/send."));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https" && scheme != u"http") {
        return refuse(UrlProblem::UnsupportedScheme,
            tr("The address must start with https:// (the console speaks HTTP only, not %1).").arg(scheme));
    }
    if (url.host().isEmpty())
        return refuse(UrlProblem::MissingHost, tr("The address has no host name after %1://.").arg(scheme));
    if (!url.userInfo().isEmpty()) {
        return refuse(UrlProblem::EmbeddedCredentials,
            tr("The address holds a user name or password. Put credentials in a header (or a "
               "{{secret:NAME}} placeholder) instead: those are kept in the system keychain, while the "
               "address is stored in plain text."));
    }
    if (scheme == u"http") {
        if (!isLoopbackHost(url.host())) {
            return refuse(UrlProblem::InsecureHttp,
                tr("Plain http:// would send the codes and credentials unencrypted across the network. Use "
                   "https://; plain http is allowed only for this computer (localhost, 127.0.0.1, ::1)."));
        }
        UrlCheck check;
        check.plainHttpToLoopback = true;
        check.warning = tr("Plain http:// to this computer: nothing leaves the machine, but the traffic is not "
                           "encrypted. Use it only for a local gateway or a test server.");
        return check;
    }
    return {};
}

UrlCheck checkEndpointUrl(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return checkEndpointUrl(QUrl());
    return checkEndpointUrl(QUrl(trimmed, QUrl::StrictMode));
}

QUrl appendPath(const QUrl& base, const QString& path)
{
    QUrl url = base;
    QString basePath = url.path(QUrl::FullyDecoded);
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path, QUrl::DecodedMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

} // namespace smsotp::providers
