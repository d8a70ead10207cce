#pragma once
// How long this process has existed, and its peak memory, from /proc: for the start-up benchmark (tests/bench).

#include <QtGlobal>

namespace smsotp::perf {

// Milliseconds since the kernel started this process (/proc/self/stat field 22 against CLOCK_BOOTTIME), so the
// dynamic loader and static initialisers are included. The start time is kept in clock ticks (10 ms on most
// kernels): the figure is truncated to that resolution. -1 when /proc cannot be read.
qint64 msSinceProcessStart();

// CLOCK_MONOTONIC in nanoseconds: a launcher that notes the same clock before starting the process gets an exact
// start-to-event figure from it.
qint64 monotonicNs();

// VmHWM (peak resident set) and VmRSS of this process in KiB, from /proc/self/status; -1 when unreadable.
qint64 peakRssKiB();
qint64 currentRssKiB();

} // namespace smsotp::perf
