// The start-up baseline: a bare QMainWindow that reports its first paint exactly as smsotp-console does
// (SMSOTP_REPORT_FIRST_PAINT, SMSOTP_QUIT_AFTER_FIRST_PAINT; see core/perf/FirstPaintReporter.h).
// It compiles the reporter's sources itself instead of linking smsotp_core, so it loads only QtCore, QtGui and
// QtWidgets: the smallest Qt widget program, which is what the console is compared with.

#include "perf/FirstPaintReporter.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1100, 720);
    smsotp::perf::reportFirstPaintIfAsked(&window);
    window.show();
    return app.exec();
}
