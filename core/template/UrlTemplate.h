#pragma once
// The custom provider's URL as a template: placeholders in the path and the query, each value percent-encoded.

#include "FormUrlEncoding.h"
#include "PayloadTemplate.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

namespace smsotp::tmpl {

struct UrlRenderResult
{
    QString url; // the URL with its values filled in, percent-encoded (ASCII); always produced, for a preview
    QList<TemplateError> errors; // in the order of their position in the template
    QList<Placeholder> placeholders; // in the order of the template

    bool ok() const { return errors.isEmpty(); }
};

// Fills the placeholders of PayloadTemplate (resolvePlaceholder) in a URL. A placeholder may stand in the path
// and in the query; one in the scheme, the user info, the host, the port or the fragment is a
// MisplacedUrlPlaceholder error (a value must never choose where the request goes). Literal text is kept as
// written, except that blanks around it are dropped and a space or a character outside ASCII is
// percent-encoded. Whether the result is a usable URL is providers::checkEndpointUrl's to say.
UrlRenderResult renderUrlTemplate(QStringView templateText, const PayloadValues& values);

} // namespace smsotp::tmpl
