#include "Redaction.h"

#include "template/FormUrlEncoding.h"
#include "template/JsonString.h"

#include <QUrl>
#include <algorithm>

namespace smsotp::providers {

namespace {

const QByteArray kMarkUtf8 = kRedactionMark.toUtf8();

QList<QByteArray> patternsFor(const QStringList& secrets)
{
    QList<QByteArray> patterns;
    for (const QString& secret : secrets) {
        for (const QByteArray& encoding : secretEncodings(secret)) {
            if (!encoding.isEmpty() && !patterns.contains(encoding))
                patterns.append(encoding);
        }
    }
    std::stable_sort(
        patterns.begin(), patterns.end(), [](const QByteArray& a, const QByteArray& b) { return a.size() > b.size(); });
    return patterns;
}

QByteArray replaceAll(QByteArray data, const QList<QByteArray>& patterns)
{
    for (const QByteArray& pattern : patterns)
        data.replace(pattern, kMarkUtf8);
    return data;
}

// The authentication scheme before the credential ("Basic", "Bearer"), kept in previews because it tells which
// kind of credential is configured. Only well-known words: the first word of any other value may be a secret.
QByteArray schemeWord(const QByteArray& value)
{
    const qsizetype space = value.indexOf(' ');
    if (space <= 0)
        return {};
    const QByteArray word = value.first(space);
    for (const char* known : { "Basic", "Bearer", "Token", "Digest" }) {
        if (word.compare(known, Qt::CaseInsensitive) == 0)
            return word;
    }
    return {};
}

// Headers that describe the body or ask for a format (Content-Type: application/json) never carry a credential.
// A custom provider keeps every header value in the keychain and its builder marks them all secret; shown as
// such, the preview read "Content-Type: •••", and "application/json" was masked wherever else it appeared.
bool describesRepresentation(const QByteArray& name)
{
    for (const char* known : { "Content-Type", "Content-Length", "Content-Language", "Content-Encoding", "Accept",
             "Accept-Language", "Accept-Charset", "Accept-Encoding" }) {
        if (name.compare(known, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool basicCredentialsHoldSecret(const QByteArray& value, const QList<QByteArray>& patterns)
{
    if (schemeWord(value).compare("basic", Qt::CaseInsensitive) != 0)
        return false;
    const QByteArray decoded = QByteArray::fromBase64(value.mid(6).trimmed());
    return std::any_of(patterns.cbegin(), patterns.cend(),
        [&decoded](const QByteArray& pattern) { return decoded.contains(pattern); });
}

// One query piece (name=value) for reading: percent-decoded, with a secret found either as it is written or
// with '+' read as a space (form style) replaced by the mark.
QString redactedQueryPiece(const QByteArray& piece, const QStringList& secrets)
{
    const QString plain = QUrl::fromPercentEncoding(piece);
    const QString form = tmpl::formUrlDecodeComponent(piece);
    QString shown = plain;
    for (const QString& secret : secrets) {
        if (secret.isEmpty())
            continue;
        if (form.contains(secret) && !plain.contains(secret))
            shown = form;
    }
    for (const QString& secret : secrets) {
        if (!secret.isEmpty())
            shown.replace(secret, kRedactionMark.toString());
    }
    return shown;
}

// The URL decoded for reading, built from its parts so that each part is decoded once and searched as such:
// a secret may sit in the path (some APIs put a token there), the query, or the user info.
QString redactedUrl(const QUrl& url, const QStringList& secrets, const QList<QByteArray>& patterns)
{
    QString text = url.scheme() + u"://";
    if (!url.userName().isEmpty() || !url.password().isEmpty()) {
        text += url.userName(QUrl::FullyDecoded);
        if (!url.password().isEmpty())
            text += u':' + kRedactionMark.toString();
        text += u'@';
    }
    text += url.host(QUrl::FullyDecoded);
    if (url.port() != -1)
        text += u':' + QString::number(url.port());
    text += url.path(QUrl::FullyDecoded);
    if (url.hasQuery()) {
        QStringList pieces;
        for (const QByteArray& piece : url.query(QUrl::FullyEncoded).toLatin1().split('&'))
            pieces.append(redactedQueryPiece(piece, secrets));
        text += u'?' + pieces.join(u'&');
    }
    if (url.hasFragment())
        text += u'#' + url.fragment(QUrl::FullyDecoded);
    return QString::fromUtf8(replaceAll(text.toUtf8(), patterns));
}

} // namespace

QList<QByteArray> secretEncodings(const QString& secret)
{
    if (secret.isEmpty())
        return {};
    const QByteArray raw = secret.toUtf8();
    return {
        raw,
        tmpl::jsonEscaped(secret).toUtf8(),
        tmpl::formUrlEncode(secret),
        QUrl::toPercentEncoding(secret),
        raw.toBase64(),
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
    };
}

QByteArray redactBytes(QByteArrayView data, const QStringList& secrets)
{
    return replaceAll(data.toByteArray(), patternsFor(secrets));
}

QString redactText(QStringView text, const QStringList& secrets)
{
    return QString::fromUtf8(redactBytes(text.toUtf8(), secrets));
}

RedactedRequest redactRequest(const HttpRequestSpec& request)
{
    QStringList secrets = request.secrets;
    for (const HttpHeader& header : request.headers) {
        if (describesRepresentation(header.name))
            secrets.removeAll(QString::fromUtf8(header.value));
    }
    if (!request.url.password().isEmpty())
        secrets.append(request.url.password(QUrl::FullyDecoded));
    const QList<QByteArray> patterns = patternsFor(secrets);

    RedactedRequest out;
    out.method = httpMethodName(request.method);
    out.url = redactedUrl(request.url, secrets, patterns);
    out.wireUrl = QString::fromUtf8(replaceAll(request.url.toEncoded(), patterns));

    for (const HttpHeader& header : request.headers) {
        HttpHeader redacted = header;
        const bool secret = header.isSecret && !describesRepresentation(header.name);
        if (secret || basicCredentialsHoldSecret(header.value, patterns)) {
            const QByteArray scheme = schemeWord(header.value);
            redacted.value = scheme.isEmpty() ? kMarkUtf8 : scheme + ' ' + kMarkUtf8;
        } else {
            redacted.value = replaceAll(header.value, patterns);
        }
        out.headers.append(redacted);
    }
    out.body = replaceAll(request.body, patterns);
    return out;
}

QString RedactedRequest::toText() const
{
    QString text = QString::fromLatin1(method) + u' ' + url + u'\n';
    for (const HttpHeader& header : headers)
        text += QString::fromUtf8(header.name) + u": " + QString::fromUtf8(header.value) + u'\n';
    text += u'\n';
    text += QString::fromUtf8(body);
    return text;
}

} // namespace smsotp::providers
