// The timeline chart's layout: where everything goes on the time axis, computed from the
// postmortem alone — the axis range and ticks, the events and their marker heights, the
// incident window, the phases, the TTD/TTR brackets, the axis title, the events left outside
// a zoomed axis. Plain values, no QtCharts and no QApplication: timelinechart.h draws it, and
// tests check it without a GUI. Label placement follows the pixel width at paint time and
// stays with the chart (timelinechart.cpp).
#pragma once

#include "core/metrics.h"
#include "core/postmortem.h"

#include <QColor>
#include <QList>
#include <QString>

#include <optional>

namespace Hindsight {

/// One timeline event as the chart places it.
struct ChartEvent
{
    int row = -1; ///< index in Postmortem::timeline
    /// Wall-clock time in the document's zone, as milliseconds since 1970-01-01T00:00 *as if
    /// that wall clock were UTC* (so 22:00 is 22:00 on the axis whatever the machine's zone).
    qint64 ms = 0;
    EventKind kind = EventKind::Other;
    QString text; ///< the event text as plain text (Markdown emphasis, code and links unwrapped)
};

/// The events of `pm` that have a place on a time axis, in document order: every event with a
/// time whose date is given or carried by withCarriedDates() (timeline.h: across midnight, from
/// the incident start or the event above). When neither the start nor any event has a date,
/// times are laid out from a nominal day so a time-only timeline still gets a chart (the axis
/// then shows "Day 2" instead of dates). A time written with an offset other than the
/// document's zone (pm.timezone) is converted into that zone. Events without a time, and times
/// whose day cannot be known, are left out.
QList<ChartEvent> chartEvents(const Postmortem &pm);

/// Light for documents (PDF, exports, the light preview), dark for the dark preview and dark
/// slides.
enum class ChartTheme { Light, Dark };

/// The colours the chart is drawn with besides the event kinds' (eventKindColor()).
struct ChartPalette
{
    QColor background; ///< the chart's background, and the halo behind labels and markers
    QColor ink;        ///< label text, the legend
    QColor muted;      ///< axis labels and title, notes
    QColor grid, axisLine;
    QColor window; ///< the incident window's shading and dashed edges
    bool dark = false;
};
ChartPalette chartPalette(ChartTheme theme);

/// What the chart shows besides its look.
struct TimelineChartOptions
{
    ChartTheme theme = ChartTheme::Light;
    /// False: the axis covers the incident window (incidentFocus()) with a margin, and events
    /// far outside it are counted at the edges ("3 earlier events"). True: every event.
    bool allEvents = false;
};

// Vertical layout in value units of the chart's hidden y axis (0 at the bottom of the plot, 100
// at the top): phase bands, then the TTR and TTD brackets, then the markers, then the labels.
inline constexpr qreal kTimelineYMax = 100;
inline constexpr qreal kTimelinePhaseTop = 9;
inline constexpr qreal kTimelineMarkerY = 27; ///< markers (stacked upwards from here)

/// Everything the chart places, in chart values: x in ChartEvent::ms, y in the units above.
struct TimelineLayout
{
    struct Tick
    {
        qint64 ms;
        QString label; ///< "HH:mm", or the date ("Feb 16", "Day 2") at midnight
    };
    struct Phase
    {
        QString name; ///< "Detect", "Investigate", "Mitigate", "Resolve"
        EventKind kind;
        qint64 from, to;
    };
    struct Bracket
    {
        QString text; ///< "TTD 15 min"
        EventKind kind;
        qint64 from, to;
        qreal y;
    };

    QList<ChartEvent> events; ///< every chartable event (chartEvents())
    QList<qreal> markerY;     ///< per event: the height of its marker (stacked when close)
    QList<bool> shown;        ///< per event: inside the axis range (false: counted at an edge)
    int earlierCount = 0;     ///< events before the axis range (zoomed to the incident)
    int laterCount = 0;       ///< events after it
    qint64 axisMin = 0, axisMax = 0;      ///< the axis range
    QList<Tick> ticks;                    ///< inside (axisMin, axisMax), at round times
    std::optional<qint64> startMs, endMs; ///< the incident window (end dropped when before start)
    QList<Phase> phases;
    QList<Bracket> brackets;
    IncidentMetrics metrics;   ///< computeMetrics(pm): the brackets' values
    qreal labelFloor = 0;      ///< y value the labels stay above
    qreal markerSize = 11;     ///< px
    QString zoneLabel;         ///< "UTC", "PDT", "UTC+02:00"; empty when not known
    QString axisTitle;         ///< "Time (UTC) · 2024-02-15 – 2024-02-16" (dates of the axis)
    bool nominalDates = false; ///< a time-only timeline: days are "Day 1", "Day 2"
    bool multiDay = false;     ///< the axis spans more than 36 hours: labels say which day

    /// "HH:mm", or with the day ("Jan 18 09:53", "Day 2 09:53") on a chart over several days.
    QString labelTime(qint64 ms) const;
    /// "2024-02-15 22:15 UTC · Misleading" and the event text, for a tooltip; empty when no
    /// charted event is timeline row `row`.
    QString toolTip(int row) const;
    /// Index into `events` of timeline row `row`, or -1.
    int indexOfRow(int row) const;
};

/// The stretch of the timeline the incident covers, in chart ms: the incident start to its
/// end; without them, from the first to the last event of an impact-bearing kind (detection,
/// investigation, misleading, escalation, mitigation, resolution) — the start or the end
/// standing in for whichever is known. nullopt when neither says anything.
struct IncidentFocus
{
    qint64 from, to;
};
std::optional<IncidentFocus> incidentFocus(const Postmortem &pm);

/// The layout of the chart of `pm` for a plot about `widthHint` px wide (it sets how many ticks
/// to make). With options.allEvents false, the axis covers the incident focus plus a margin of
/// half its length (at least an hour) on each side; events beyond it are counted in
/// earlierCount/laterCount, the axis is the focus and the events within the margin, padded for
/// the labels, and extended a little on a side that has edge counts to leave room for them.
/// An empty layout (no events) when `pm` has no chartable event.
TimelineLayout layoutTimeline(const Postmortem &pm, qreal widthHint,
                              const TimelineChartOptions &options = {});

} // namespace Hindsight
