#pragma once

#include <QIcon>

namespace smsotp::ui {

// The console's icon (window, About box): every size of it the programs embed, PNGs rendered from
// resources/icons/smsotp-console.svg at build time, so no SVG engine is loaded for it.
QIcon appIcon();

} // namespace smsotp::ui
