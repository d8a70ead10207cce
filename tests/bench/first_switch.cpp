// Bench helper: the first switch to a page of the console's own window, in a process of its own (so the page is
// built for the first time, and the plugin it needs loaded for the first time, as in a real session).
// The window is built as smsotp-console builds it (app/main-console.cpp) on DIR; after its first paint, the helper
// chooses page PAGE and times everything the event loop does for it without a break: the switch (building the page,
// loading its plugin, its query), the paint of the window, and every event that queued, until none is left.
// Prints "switch-ms N" on standard output. With "chart", the switch is left untimed and the first showing of the
// History page's chart tab (its plugin, Qt Charts, loaded then) is timed instead: "chart-ms N".
// usage: smsotp-bench-first-switch DIR PAGE [chart]

#include "ConsoleContext.h"
#include "MainWindow.h"
#include "perf/FirstPaintReporter.h"
#include "services/Services.h"
#include "storage/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <cstdio>
#include <functional>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const bool chart = args.size() == 4 && args.at(3) == u"chart";
    if (args.size() != 3 && !chart) {
        std::fprintf(stderr, "usage: smsotp-bench-first-switch DIR PAGE [chart]\n");
        return 2;
    }
    using namespace smsotp;
    storage::Database::OpenResult opened = storage::Database::open(args.at(1));
    if (!opened.database) {
        std::fprintf(stderr, "open: %s\n", qPrintable(opened.error.message()));
        return 1;
    }
    // The window's own settings in a folder of their own: the page chosen here must not become the page the next
    // run on DIR opens on.
    QTemporaryDir uiState;
    QSettings settings(uiState.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
    services::Services services(std::move(opened.database));
    ui::ConsoleContext context { services.database(), services.secrets(), services.http(), services.client(),
        services.engine(), services.sandbox() };
    ui::MainWindow window(context, settings, false);
    const int page = args.at(2).toInt();
    int status = 1;
    // Everything the event loop does for action, without a break, until no event is left: the time it is held.
    const auto busyFor = [&window](const std::function<bool()>& action) -> double {
        QElapsedTimer busy;
        busy.start();
        if (!action())
            return -1;
        window.repaint();
        // Whatever the action queued runs now too (a timer of 0 ms, a deferred query): counted, as it would hold
        // the event loop just after.
        for (int i = 0; i < 10; ++i)
            QCoreApplication::processEvents();
        return double(busy.nsecsElapsed()) / 1e6;
    };
    perf::afterFirstPaint(&window, [&] {
        const double switchMs = busyFor([&] { return window.showPage(page); });
        if (switchMs >= 0 && !chart) {
            std::printf("switch-ms %.2f\n", switchMs);
            status = 0;
        } else if (auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("historyTabs")); switchMs >= 0 && tabs) {
            std::printf("chart-ms %.2f\n", busyFor([tabs] {
                tabs->setCurrentIndex(1);
                return true;
            }));
            status = 0;
        }
        QCoreApplication::quit();
    });
    window.show();
    QCoreApplication::exec();
    return status;
}
