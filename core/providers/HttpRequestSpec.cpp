#include "HttpRequestSpec.h"

namespace smsotp::providers {

QByteArray httpMethodName(HttpMethod method)
{
    switch (method) {
    case HttpMethod::Get:
        return QByteArrayLiteral("GET");
    case HttpMethod::Post:
        return QByteArrayLiteral("POST");
    case HttpMethod::Put:
        return QByteArrayLiteral("PUT");
    case HttpMethod::Patch:
        return QByteArrayLiteral("PATCH");
    }
    Q_UNREACHABLE();
}

QByteArray HttpRequestSpec::headerValue(QByteArrayView name) const
{
    for (const HttpHeader& header : headers) {
        if (QByteArrayView(header.name).compare(name, Qt::CaseInsensitive) == 0)
            return header.value;
    }
    return {};
}

bool HttpRequestSpec::hasHeader(QByteArrayView name) const
{
    for (const HttpHeader& header : headers) {
        if (QByteArrayView(header.name).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace smsotp::providers
