// Long timelines in the real window: how soon a document with 1,000 / 5,000 / 12,000 timeline
// events is painted, how long the GUI thread stalls while the preview and the chart catch up,
// and how much memory a 60,000-line file takes (issue 19, part 7).
#pragma once

#include <QApplication>
#include <QJsonObject>
#include <QString>

namespace Hindsight::Bench {

/// The benchmark's application. With HINDSIGHT_BENCH_TRACE_MS=N in the environment it prints
/// to standard error every event delivered on the GUI thread whose handling took more than N
/// ms of that thread's CPU time or 4 N ms of wall-clock time (outermost deliveries only: the
/// receiver's class and name, its parent's class, the event type), to find what a stall is
/// made of.
class BenchApplication : public QApplication
{
public:
    BenchApplication(int &argc, char **argv);
    bool notify(QObject *receiver, QEvent *event) override;

private:
    double m_traceMs = -1;
    int m_depth = 0;
};

/// What one opening of a file in a fresh window measured (the child process's JSON line):
/// every time is wall-clock milliseconds (CLOCK_MONOTONIC), memory in MiB.
/// - openToPaintMs: from MainWindow::openFile() being called until the window has painted the
///   document (the paint after openFile returned has been flushed).
/// - stallDuringOpenMs: the longest gap in a 5 ms GUI-thread heartbeat, minus the 5 ms, from
///   the call until that paint: how long the window could not react while the file loaded.
/// - stallAfterPaintMs: the same after that paint, until the preview has shown the document
///   and `settleMs` more have passed (the chart, the review checks and the preview's catch-up
///   renders all fall inside).
/// - stallDuringOpenCpuMs, stallAfterPaintCpuMs: the most CPU time the GUI thread spent between
///   two heartbeats in those periods: what the longest step cost, whatever else the machine ran.
/// - peakRssMiB: the process's peak resident set (VmHWM) at the end; baseRssMiB: its resident
///   set with the empty window shown, before the file was opened.
int openAndSettle(const QString &path, int settleMs);

/// Measures, for generated documents of 1,000, 5,000 and 12,000 timeline events (the large
/// document's prose, action items and diagrams with a longer timeline, native format):
/// - "documentPaint": `hindsight --quit-after-first-paint FILE` (the executable `exe`, Qt
///   platform `platform`), process start to the first painted frame that shows the document;
/// - "openToPaint", "stallDuringOpen", "stallAfterPaint": openAndSettle() in a child process of
///   this benchmark (`self`), one fresh process per run;
/// and for a native file of 60,000 lines (about 59,700 events) the same once, with its peak
/// memory under "memory". `runs` runs each (at most 5); `dir` holds the generated files.
/// `withLines60k` false leaves the 60,000-line file out.
struct ScaleResults
{
    QJsonObject measures;  ///< NAME -> {DOC -> {median_ms, p95_ms, min_ms, n}}
    QJsonObject memory;    ///< DOC -> {peakRssMiB, baseRssMiB}
    QJsonObject documents; ///< DOC -> {timelineEvents, lines, bytes}
};
ScaleResults measureTimelineScale(int runs, const QString &exe, const QString &self,
                                  const QString &platform, const QString &dir, bool withLines60k);

} // namespace Hindsight::Bench
