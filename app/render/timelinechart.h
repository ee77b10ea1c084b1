// The timeline chart (QtCharts): what happened when, the incident window, the phases, TTD/TTR.
// Used by the editor's chart view, the preview, the PDF and the Markdown/HTML exports, so every
// place draws the same picture. Widgets-based (QChart is a QGraphicsWidget): needs a
// QApplication — the headless command line runs one on the offscreen platform — and the GUI
// thread.
#pragma once

#include "render/htmlrenderer.h"
#include "core/postmortem.h"

#include <QByteArray>
#include <QChart>
#include <QImage>
#include <QList>
#include <QSize>
#include <QSizeF>
#include <QUrl>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QAbstractSeries;
class QPainter;
class QXYSeries;
QT_END_NAMESPACE

namespace Hindsight {

/// Size of the chart in exported documents (Markdown sidecars, `--to html`), in CSS pixels
/// (1/96 inch); PNGs are drawn at twice that many device pixels.
inline constexpr QSize kTimelineChartExportSize{900, 380};

/// The name the preview and the PDF register the chart picture under (QTextDocument resource).
/// Only the renderer's callers put it in the HTML; Markdown links with a scheme are never let
/// through from document text (see HtmlOptions::baseDirectory), so a document cannot point at it.
QUrl timelineChartResourceUrl();

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

/// The timeline chart of one postmortem:
/// - x: a time axis in the document's zone (wall clock as written, crossing midnight as the
///   timeline does), ticks at round times, "HH:mm", a date label ("Feb 16") at each midnight; the
///   axis title names the zone and the dates. QCategoryAxis rather than QDateTimeAxis because
///   QDateTimeAxis formats its labels in the machine's local zone.
/// - the incident window (start to end) shaded; the phases detect / investigate / mitigate /
///   resolve as translucent bands along the bottom (start → first detection → first mitigation
///   → first resolution → end; a phase with no event to bound it is left out); TTD and TTR as
///   brackets from the start with computeMetrics()' values (none when it has none).
/// - events as markers in eventKindColor(), one QScatterSeries per kind present (shape per
///   kind too), in the legend; events at the same time stack upwards.
/// - labels "HH:mm text" above the markers, in staggered rows that never overlap and never
///   cross another label's leader line; detection, resolution, mitigation and escalation are
///   placed first. Labels that do not fit are dropped and a note says how many are unlabelled,
///   so a 200-event timeline stays readable (hovering in the editor shows every event).
/// Laid out for any size (labels and ticks follow the plot width at paint time); fonts are in
/// pixels, so SVG, PNG and screen agree.
class TimelineChart : public QChart
{
    Q_OBJECT
public:
    /// The chart for `pm`, or nullptr when it has no chartable event (see chartEvents()).
    /// `widthHint` (px) sets how many axis ticks to make; the caller owns the chart.
    static std::unique_ptr<TimelineChart> create(const Postmortem &pm, qreal widthHint = 900);
    ~TimelineChart() override;

    const QList<ChartEvent> &events() const { return m_events; }
    /// The timeline row whose marker is `point` of `series` (the value QXYSeries::clicked and
    /// ::hovered report), or nullopt when none is.
    std::optional<int> rowAt(const QXYSeries *series, const QPointF &point) const;
    /// Centre of the marker of timeline row `row`, in this chart's item coordinates (valid once
    /// the chart has a size); nullopt when that row is not on the chart.
    std::optional<QPointF> markerPosition(int row);
    /// "2024-02-15 22:15 UTC · Misleading" and the event text, for a tooltip (plain text).
    QString toolTip(int row) const;
    /// The axis title, e.g. "Time (UTC) · 2024-02-15 – 2024-02-16".
    QString axisTitle() const { return m_axisTitle; }
    /// Runs the pending layout of the chart and its legend now, for drawing without an event
    /// loop (offscreen rendering, tests) right after a resize.
    void settleLayout();
    /// How many events had a label at the last paint (the rest were dropped for room).
    int labelledEventCount() const;
    /// The label boxes of the last paint, in chart item coordinates (they never overlap).
    QList<QRectF> labelBoxes() const;

    /// Everything the chart draws besides its series, computed once: phases, TTD/TTR, window.
    struct Layout;

private:
    TimelineChart();
    /// "HH:mm", or with the day ("Jan 18 09:53", "Day 2 09:53") on a chart over several days.
    QString labelTime(qint64 ms) const;
    void build(const Postmortem &pm, qreal widthHint);

    QList<ChartEvent> m_events;
    QList<QPointF> m_values;     ///< per event: (ms, y) of its marker
    QList<QXYSeries *> m_series; ///< per event: its kind's series
    QString m_axisTitle;
    QString m_zoneLabel;
    bool m_nominalDates = false;
    bool m_multiDay = false;
    std::unique_ptr<Layout> m_layout;
    class Overlay;
    Overlay *m_overlay = nullptr; ///< child item; deleted with the chart
};

/// True when `a` and `b` draw the same chart. The chart (and the metrics it annotates) reads
/// only the timeline, the incident start and end, and the document's time zone, so a change
/// anywhere else (typing in the summary) never needs a new chart.
bool sameTimelineChart(const Postmortem &a, const Postmortem &b);

/// The chart as an SVG document of `sizePx` (CSS pixels; the SVG's viewBox), drawn exactly as
/// on screen. Empty when the timeline has no chartable event.
QByteArray renderTimelineChartSvg(const Postmortem &pm, QSizeF sizePx = kTimelineChartExportSize);

/// The chart as an image laid out at `sizePx` logical pixels and drawn at `scale` device pixels
/// per logical pixel (the image is sizePx * scale, with devicePixelRatio `scale`; white
/// background). A null QImage when the timeline has no chartable event.
QImage renderTimelineChartImage(const Postmortem &pm, QSize sizePx = kTimelineChartExportSize,
                                qreal scale = 2);

/// Draws the chart laid out at `layoutSize` logical pixels into `target` (painter
/// coordinates), scaled to fill it, on a white background: vector output on a vector device
/// (PDF). A larger `target` than `layoutSize` gives bigger labels, e.g. on a slide read from
/// across a room. False (nothing drawn) when there is no chartable event.
bool paintTimelineChart(QPainter &painter, const QRectF &target, const Postmortem &pm,
                        QSizeF layoutSize);

/// PNG bytes of renderTimelineChartImage(); empty when there is no chart.
QByteArray renderTimelineChartPng(const Postmortem &pm, QSize sizePx = kTimelineChartExportSize,
                                  qreal scale = 2);

/// A `data:image/png;base64,…` URL of the chart for a standalone HTML file; empty when there is
/// no chart. Renderer-generated, never derived from document text.
QString timelineChartDataUrl(const Postmortem &pm, QSize sizePx = kTimelineChartExportSize,
                             qreal scale = 2);

} // namespace Hindsight
