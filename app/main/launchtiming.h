// Launch timing for `hindsight --quit-after-first-paint` (tests/benchmarks): how long from the
// process start until the main window's first frame was painted.
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace Hindsight {

/// CLOCK_MONOTONIC now, in nanoseconds (the clock a launcher shares with us).
qint64 monotonicNowNs();

/// Milliseconds from the start of this process to now. The start is the launcher's
/// CLOCK_MONOTONIC reading in the environment variable HINDSIGHT_LAUNCH_T0_NS when set (taken
/// just before it started us: exact, and it includes exec and dynamic linking); otherwise the
/// kernel's start time from /proc/self/stat (clock ticks, usually 10 ms resolution). -1 when
/// neither is available.
double millisecondsSinceProcessStart();

/// Resident set size and its peak (VmRSS, VmHWM from /proc/self/status) in kibibytes; -1 when
/// unknown.
struct MemoryUse
{
    qint64 residentKiB = -1;
    qint64 peakResidentKiB = -1;
};
MemoryUse currentMemoryUse();

/// After `window`'s first paint has been flushed, prints one JSON line to standard output
/// {"firstPaintMs": <since process start>, "firstPaintMonotonicNs": <CLOCK_MONOTONIC>,
///  "documentPaintMs": <since process start>, "residentKiB": <VmRSS>,
///  "peakResidentKiB": <VmHWM>}, then quits the application (exit 0).
/// `documentShown` says whether the document is in the window yet (a large file is read in
/// the background while the window shows a progress dialog); the report waits for the first
/// paint of the window itself after it turns true (call window->update() then), which gives
/// "documentPaintMs". Without it, the first paint shows the document.
void quitAfterFirstPaint(QWidget *window, std::function<bool()> documentShown = {});

} // namespace Hindsight
