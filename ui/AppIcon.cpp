#include "AppIcon.h"

#include <QDirIterator>

namespace smsotp::ui {

QIcon appIcon()
{
    QIcon icon;
    // :/icons/<size>x<size>/smsotp-console.png, one folder per size (resources/CMakeLists.txt chooses them).
    QDirIterator sizes(QStringLiteral(":/icons"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (sizes.hasNext())
        icon.addFile(sizes.next() + QStringLiteral("/smsotp-console.png"));
    return icon;
}

} // namespace smsotp::ui
