// The timeline chart (QtCharts): what happened when, the incident window, the phases, TTD/TTR.
// Used by the editor's chart view, the preview, the PDF and the Markdown/HTML exports, so every
// place draws the same picture. Widgets-based (QChart is a QGraphicsWidget): needs a
// QApplication — the headless command line runs one on the offscreen platform — and the GUI
// thread.
#pragma once

#include "core/postmortem.h"
#include "render/htmlrenderer.h"
#include "render/timelinelayout.h"

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
class QAreaSeries;
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
/// - zoomed to the incident (TimelineChartOptions::allEvents false, layoutTimeline()): events
///   long before or after it are counted at the edges ("◀ 3 earlier events").
/// Where things go comes from layoutTimeline() (timelinelayout.h); this class draws it in the
/// palette of TimelineChartOptions::theme. Laid out for any size (labels follow the plot width
/// at paint time); fonts are in pixels, so SVG, PNG and screen agree.
class TimelineChart : public QChart
{
    Q_OBJECT
public:
    /// The chart for `pm`, or nullptr when it has no chartable event (see chartEvents()).
    /// `widthHint` (px) sets how many axis ticks to make; the caller owns the chart.
    static std::unique_ptr<TimelineChart> create(const Postmortem &pm, qreal widthHint = 900,
                                                 const TimelineChartOptions &options = {});
    /// The same chart from `layout` = layoutTimeline(pm, widthHint, options), which is plain
    /// data and may have been made on a worker thread (the chart itself is drawn here, on the
    /// GUI thread); nullptr when the layout has no event.
    static std::unique_ptr<TimelineChart> create(TimelineLayout layout, qreal widthHint,
                                                 const TimelineChartOptions &options = {});
    ~TimelineChart() override;

    /// Every chartable event, those on the axis and those counted at its edges.
    const QList<ChartEvent> &events() const { return m_layout.events; }
    /// Where everything goes (layoutTimeline()).
    const TimelineLayout &timelineLayout() const { return m_layout; }
    const TimelineChartOptions &options() const { return m_options; }
    /// The timeline row whose marker is `point` of `series` (the value QXYSeries::clicked and
    /// ::hovered report), or nullopt when none is.
    std::optional<int> rowAt(const QXYSeries *series, const QPointF &point) const;
    /// The series and the index of the point in it that draws the marker of timeline row
    /// `row` (on a dense chart, events at the same pixel and height share one point); nullopt
    /// when that row is not on the chart. Looked up, not searched for among the points.
    std::optional<std::pair<QXYSeries *, int>> markerPoint(int row) const;
    /// Centre of the marker of timeline row `row`, in this chart's item coordinates (valid once
    /// the chart has a size); nullopt when that row is not on the chart.
    std::optional<QPointF> markerPosition(int row);
    /// "2024-02-15 22:15 UTC · Misleading" and the event text, for a tooltip (plain text).
    QString toolTip(int row) const;
    /// The axis title, e.g. "Time (UTC) · 2024-02-15 – 2024-02-16".
    QString axisTitle() const { return m_layout.axisTitle; }
    /// Runs the pending layout of the chart and its legend now, for drawing without an event
    /// loop (offscreen rendering, tests) right after a resize.
    void settleLayout();
    /// Works out where the event labels go on the current plot now, as the next paint would
    /// (a paint reuses the answer while the plot's size stays): on a long timeline the better
    /// part of drawing the chart, for a caller that spreads that over passes of its event loop.
    void placeLabels();
    /// How many events had a label at the last paint (the rest were dropped for room).
    int labelledEventCount() const;
    /// The label boxes of the last paint, in chart item coordinates (they never overlap).
    QList<QRectF> labelBoxes() const;
    /// The boxes of the edge counts ("3 earlier events") of the last paint, in chart item
    /// coordinates; empty when every event is on the axis.
    QList<QRectF> edgeCountBoxes() const;

private:
    TimelineChart();
    void build(qreal widthHint);
    void buildAxes();
    void buildMarkers(qreal widthHint);
    void buildLegend(qreal widthHint, QAreaSeries *windowSeries);
    /// Adds `series` on the time and layout axes, listed in the legend or not.
    void addTimeSeries(QAbstractSeries *series, bool inLegend);
    /// (ms, y) of event `index`'s marker.
    QPointF markerValue(int index) const;

    TimelineLayout m_layout;
    TimelineChartOptions m_options;
    ChartPalette m_palette;
    QList<QXYSeries *> m_series;   ///< per event: its kind's series (nullptr: off the axis)
    QList<int> m_points;           ///< per event: the point of m_series that draws it, or -1
    QXYSeries *m_anchor = nullptr; ///< a series on both axes, to map values to positions
    QStringList m_legendNames;     ///< what the legend lists, to fit it to the width
    class Overlay;
    Overlay *m_overlay = nullptr; ///< child item; deleted with the chart
};

/// True when `a` and `b` draw the same chart. The chart (and the metrics it annotates) reads
/// only the timeline, the incident start and end, and the document's time zone, so a change
/// anywhere else (typing in the summary) never needs a new chart.
bool sameTimelineChart(const Postmortem &a, const Postmortem &b);

/// The chart as an SVG document of `sizePx` (CSS pixels; the SVG's viewBox), drawn exactly as
/// on screen. Empty when the timeline has no chartable event.
QByteArray renderTimelineChartSvg(const Postmortem &pm, QSizeF sizePx = kTimelineChartExportSize,
                                  const TimelineChartOptions &options = {});

/// The chart as an image laid out at `sizePx` logical pixels and drawn at `scale` device pixels
/// per logical pixel (the image is sizePx * scale, with devicePixelRatio `scale`; white
/// background). A null QImage when the timeline has no chartable event. In two steps, from a
/// layout made beforehand (on a worker thread, say): TimelineChartScene.
QImage renderTimelineChartImage(const Postmortem &pm, QSize sizePx = kTimelineChartExportSize,
                                qreal scale = 2, const TimelineChartOptions &options = {});

/// Draws the chart laid out at `layoutSize` logical pixels into `target` (painter
/// coordinates), scaled to fill it, on a white background: vector output on a vector device
/// (PDF). A larger `target` than `layoutSize` gives bigger labels, e.g. on a slide read from
/// across a room. False (nothing drawn) when there is no chartable event.
bool paintTimelineChart(QPainter &painter, const QRectF &target, const Postmortem &pm,
                        QSizeF layoutSize, const TimelineChartOptions &options = {});

/// PNG bytes of renderTimelineChartImage(); empty when there is no chart.
QByteArray renderTimelineChartPng(const Postmortem &pm, QSize sizePx = kTimelineChartExportSize,
                                  qreal scale = 2, const TimelineChartOptions &options = {});

/// A `data:image/png;base64,…` URL of the chart for a standalone HTML file; empty when there is
/// no chart. Renderer-generated, never derived from document text.
QString timelineChartDataUrl(const Postmortem &pm, QSize sizePx = kTimelineChartExportSize,
                             qreal scale = 2);

} // namespace Hindsight
