#include "JsonPointer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

namespace smsotp::providers {

namespace {

QString unescapedToken(QStringView token)
{
    QString out = token.toString();
    out.replace(QStringLiteral("~1"), QStringLiteral("/"));
    out.replace(QStringLiteral("~0"), QStringLiteral("~"));
    return out;
}

std::optional<qsizetype> arrayIndex(QStringView token)
{
    if (token.isEmpty() || token.size() > 9 || (token.size() > 1 && token.front() == u'0'))
        return std::nullopt;
    qsizetype index = 0;
    for (const QChar c : token) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        index = index * 10 + (c.unicode() - u'0');
    }
    return index;
}

} // namespace

bool isJsonPointer(QStringView pointer)
{
    if (pointer.isEmpty())
        return true;
    if (pointer.front() != u'/')
        return false;
    for (qsizetype i = 0; i < pointer.size(); ++i) {
        if (pointer.at(i) != u'~')
            continue;
        if (i + 1 >= pointer.size() || (pointer.at(i + 1) != u'0' && pointer.at(i + 1) != u'1'))
            return false;
    }
    return true;
}

std::optional<QJsonValue> resolveJsonPointer(const QJsonDocument& document, QStringView pointer)
{
    if (!isJsonPointer(pointer) || document.isNull())
        return std::nullopt;
    QJsonValue current = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    if (pointer.isEmpty())
        return current;
    for (const QStringView token : pointer.mid(1).split(u'/')) {
        if (current.isObject()) {
            const QJsonObject object = current.toObject();
            const auto found = object.constFind(unescapedToken(token));
            if (found == object.constEnd())
                return std::nullopt;
            current = *found;
        } else if (current.isArray()) {
            const QJsonArray array = current.toArray();
            const std::optional<qsizetype> index = arrayIndex(token);
            if (!index || *index >= array.size())
                return std::nullopt;
            current = array.at(*index);
        } else {
            return std::nullopt;
        }
    }
    return current;
}

QString jsonValueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Double: {
        constexpr double kLargestExact = 9007199254740992.0; // 2^53: beyond it a double has lost digits
        const double number = value.toDouble();
        if (std::abs(number) <= kLargestExact && std::trunc(number) == number)
            return QString::number(static_cast<qint64>(number));
        return QString::number(number, 'g', 17);
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace smsotp::providers
