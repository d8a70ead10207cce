#pragma once
// Start-up measurement on request (tests/bench/bench_startup): when SMSOTP_REPORT_FIRST_PAINT is set, the first
// paint of the watched window prints to stderr
//   first-paint-ms <ms since process start>        (ProcessClock: kernel start time, 10 ms resolution)
//   first-paint-monotonic-ns <CLOCK_MONOTONIC ns>   (for a launcher that noted the clock before starting us)
//   first-paint-peak-rss-kib <VmHWM>
// and, when SMSOTP_QUIT_AFTER_FIRST_PAINT is set, quits the application that many milliseconds later (0 or empty:
// at once), printing "quit-peak-rss-kib <VmHWM>" first, so work deferred until after the first paint is counted.
// QtCore only: the window is watched as a QObject (QEvent::Paint, or UpdateRequest on its window handle).

#include <QObject>
#include <chrono>
#include <functional>

namespace smsotp::perf {

// Runs then once, just after the first paint of window (a QWidget or QWindow watched as a QObject), or after
// atLatest if no paint comes (a window that is never exposed): the place for start-up work that must not delay
// the first paint. It runs after everything queued while the paint was handled (the first-paint report too, which
// so never counts it). then runs on window's thread and not at all once window is destroyed.
void afterFirstPaint(
    QObject* window, std::function<void()> then, std::chrono::milliseconds atLatest = std::chrono::milliseconds(1000));

// Does nothing unless SMSOTP_REPORT_FIRST_PAINT is set. The reporter is a child of window.
void reportFirstPaintIfAsked(QObject* window);

} // namespace smsotp::perf
