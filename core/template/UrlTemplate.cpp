#include "UrlTemplate.h"

#include "PlaceholderToken.h"
#include "config/InputLimits.h"

#include <QCoreApplication>

namespace smsotp::tmpl {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("smsotp::tmpl::UrlTemplate", text);
}

// Where the authority ends (the first "/", "?" or "#" after "scheme://"), and where the fragment begins.
struct UrlParts
{
    qsizetype authorityEnd = 0;
    qsizetype fragmentStart = -1;
};

UrlParts partsOf(QStringView text)
{
    UrlParts parts;
    const qsizetype schemeEnd = text.indexOf(u"://");
    const qsizetype from = schemeEnd < 0 ? 0 : schemeEnd + 3;
    parts.authorityEnd = text.size();
    for (qsizetype i = from; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'/' || c == u'?' || c == u'#') {
            parts.authorityEnd = i;
            break;
        }
    }
    parts.fragmentStart = text.indexOf(u'#', parts.authorityEnd);
    return parts;
}

} // namespace

UrlRenderResult renderUrlTemplate(QStringView templateText, const PayloadValues& values)
{
    UrlRenderResult result;
    if (templateText.size() > limits::kTemplateBytes) {
        result.errors.append({ TemplateErrorKind::TooLarge, limits::tooLarge(tr("The URL"), limits::kTemplateBytes),
            TextPosition {}, {} });
        return result;
    }
    qsizetype begin = 0;
    qsizetype end = templateText.size();
    while (begin < end && templateText.at(begin).isSpace())
        ++begin;
    while (end > begin && templateText.at(end - 1).isSpace())
        --end;
    const QStringView text = templateText.mid(0, end);
    const UrlParts parts = partsOf(text.mid(begin));
    const qsizetype authorityEnd = begin + parts.authorityEnd;
    const qsizetype fragmentStart = parts.fragmentStart < 0 ? end : begin + parts.fragmentStart;
    const TextPositionMap positions(templateText);

    const auto addError = [&](TemplateErrorKind kind, qsizetype offset, const QString& message) {
        const TextPosition at = positions.at(offset);
        result.errors.append({ kind, tr("Column %1: %2").arg(at.column).arg(message), at, {} });
    };

    for (qsizetype i = begin; i < end; ++i) {
        const QChar c = text.at(i);
        if (c == u'{') {
            const PlaceholderToken token = PlaceholderToken::readAt(text, i);
            if (token.shape == PlaceholderToken::Shape::Unclosed) {
                addError(TemplateErrorKind::UnclosedPlaceholder, i,
                    tr("“{{” starts a placeholder but no “}}” closes it. Close it, or write the braces as %7B%7B."));
            } else if (token.shape == PlaceholderToken::Shape::Placeholder) {
                Placeholder placeholder;
                placeholder.name = token.name;
                placeholder.position = positions.at(i);
                placeholder.length = token.length;
                placeholder.spaced = token.spaced;
                const ResolvedPlaceholder resolved = resolvePlaceholder(token.name, values);
                placeholder.kind = resolved.kind;
                placeholder.secretName = resolved.secretName;
                result.placeholders.append(placeholder);
                if (i < authorityEnd) {
                    addError(TemplateErrorKind::MisplacedUrlPlaceholder, i,
                        tr("{{%1}} stands in the scheme or the host: a value must never choose where the request "
                           "goes. Placeholders belong in the path or the query.")
                            .arg(token.name));
                } else if (i > fragmentStart) {
                    addError(TemplateErrorKind::MisplacedUrlPlaceholder, i,
                        tr("{{%1}} stands after “#”, in the fragment, which is never sent. Put it in the query.")
                            .arg(token.name));
                } else if (resolved.error) {
                    addError(*resolved.error, i, resolved.message);
                }
                result.url += QLatin1StringView(percentEncodeComponent(resolved.value.value_or(QString())));
                i += token.length - 1;
                continue;
            }
        }
        const char16_t u = c.unicode();
        if (u > 0x20 && u < 0x7f) {
            result.url += c;
        } else {
            const qsizetype units = c.isHighSurrogate() && i + 1 < end && text.at(i + 1).isLowSurrogate() ? 2 : 1;
            result.url += QLatin1StringView(percentEncodeComponent(text.mid(i, units)));
            i += units - 1;
        }
    }
    return result;
}

} // namespace smsotp::tmpl
