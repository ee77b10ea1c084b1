#include "render/timelinechart.h"

#include "core/displaynames.h"
#include "render/htmlrenderer.h"
#include "render/pngbytes.h"
#include "render/timelinechartscene.h"

#include <QApplication>
#include <QAreaSeries>
#include <QBuffer>
#include <QCategoryAxis>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHash>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QSvgGenerator>
#include <QValueAxis>

#include <algorithm>
#include <map>
#include <numeric>

namespace Hindsight {

namespace {

// Every string a reader sees, in one place (the layout's are in timelinelayout.cpp) ----------
/// Context of the chart's strings (lupdate reads the macro's argument).
struct ChartText
{
#if 0 // for lupdate: the strings' context
    Q_DECLARE_TR_FUNCTIONS(Hindsight::TimelineChart)
#endif
    HINDSIGHT_DOCUMENT_TR_FUNCTIONS(Hindsight::TimelineChart) // in the document language
};

namespace Text {
QString incidentWindow()
{
    return ChartText::tr("Incident window");
}
QString unlabelled(int labelled, int total)
{
    return ChartText::tr("Labels for %1 of %2 events — the table lists all")
        .arg(labelled)
        .arg(total);
}
QString earlier(int n)
{
    //: at the left edge of a timeline chart zoomed to the incident
    return n == 1 ? ChartText::tr("◀ 1 earlier event")
                  : ChartText::tr("◀ %1 earlier events").arg(n);
}
QString later(int n)
{
    //: at the right edge of a timeline chart zoomed to the incident
    return n == 1 ? ChartText::tr("1 later event ▶") : ChartText::tr("%1 later events ▶").arg(n);
}
QString description()
{
    return ChartText::tr("Timeline of the incident: events by kind, the incident window, phases, "
                         "time to detect and time to resolve.");
}
QString kindLabel(EventKind kind)
{
    return eventKindTitle(kind);
}
} // namespace Text

// Pixel sizes: fonts are in pixels so every paint device draws the same layout.
constexpr int kFontPx = 11;
constexpr int kSmallFontPx = 10;
constexpr qreal kLabelMaxWidth = 250;
constexpr qreal kLabelMinWidth = 110;
constexpr qreal kLabelGap = 8;

QFont chartFont(int pixelSize, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    return f;
}

/// Marker shape per kind, so the kinds stay apart without colour too.
QScatterSeries::MarkerShape shapeFor(EventKind kind)
{
    switch (kind) {
    case EventKind::Detection:
        return QScatterSeries::MarkerShapeTriangle;
    case EventKind::Misleading:
        return QScatterSeries::MarkerShapeRotatedRectangle;
    case EventKind::Escalation:
        return QScatterSeries::MarkerShapePentagon;
    case EventKind::Mitigation:
        return QScatterSeries::MarkerShapeRectangle;
    case EventKind::Resolution:
        return QScatterSeries::MarkerShapeStar;
    case EventKind::Investigation:
    case EventKind::Communication:
    case EventKind::Other:
        break;
    }
    return QScatterSeries::MarkerShapeCircle;
}

/// Which labels to place first when not all fit: the events a review asks about.
int labelPriority(EventKind kind)
{
    switch (kind) {
    case EventKind::Detection:
        return 0;
    case EventKind::Resolution:
        return 1;
    case EventKind::Mitigation:
        return 2;
    case EventKind::Escalation:
        return 3;
    case EventKind::Misleading:
        return 4;
    case EventKind::Investigation:
        return 5;
    case EventKind::Communication:
        return 6;
    case EventKind::Other:
        break;
    }
    return 7;
}

QAreaSeries *band(qint64 from, qint64 to, qreal bottom, qreal top, const QColor &color)
{
    auto *area = new QAreaSeries;
    auto *upper = new QLineSeries(area);
    auto *lower = new QLineSeries(area);
    upper->append(qreal(from), top);
    upper->append(qreal(to), top);
    lower->append(qreal(from), bottom);
    lower->append(qreal(to), bottom);
    area->setUpperSeries(upper);
    area->setLowerSeries(lower);
    area->setPen(Qt::NoPen);
    area->setBrush(color);
    return area;
}

QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

} // namespace

/// Draws labels, leader lines, phase names, TTD/TTR brackets and the window's edges on top of
/// the series. Lays the labels out in pixels at paint time, so they follow the chart's size.
class TimelineChart::Overlay : public QGraphicsItem
{
public:
    explicit Overlay(TimelineChart *chart)
        : QGraphicsItem(chart)
        , m_chart(chart)
    {
        setAcceptedMouseButtons(Qt::NoButton);
        setAcceptHoverEvents(false);
        setZValue(1000);
    }

    QRectF boundingRect() const override { return m_chart->rect(); }
    void geometryChanged() { prepareGeometryChange(); }
    int labelled() const { return m_labelled; }
    QList<QRectF> boxes() const { return m_boxes; }
    QList<QRectF> edgeBoxes() const { return m_edgeBoxes; }
    /// Places the labels for the chart's plot now, as its next paint would (and then reuses).
    void placeForPlot()
    {
        const QRectF plot = m_chart->plotArea();
        if (plot.width() < 20 || plot.height() < 20 || !m_chart->m_anchor)
            return;
        const QFontMetricsF fm(chartFont(kFontPx));
        const QFontMetricsF bold(chartFont(kFontPx, true));
        const int rows = labelRows(plot, fm);
        if (rows > 0 && (m_placement.plot != plot || m_placement.rows != rows))
            placeLabels(plot, rows, fm, bold);
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const QRectF plot = m_chart->plotArea();
        if (plot.width() < 20 || plot.height() < 20 || !m_chart->m_anchor)
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::TextAntialiasing);
        painter->setClipRect(plot.adjusted(-1, -1, 1, 1));
        m_edgeBoxes.clear();
        drawWindowEdges(painter, plot);
        drawPhaseNames(painter);
        drawBrackets(painter, plot);
        drawLabels(painter, plot);
        drawEdgeCounts(painter, plot);
        painter->restore();
    }

private:
    QPointF pos(qreal x, qreal y) const
    {
        return m_chart->mapToPosition(QPointF(x, y), m_chart->m_anchor);
    }

    const ChartPalette &palette() const { return m_chart->m_palette; }
    /// A kind's colour made to read on the background: darker on light, lighter on dark.
    QColor shade(const QColor &c, int factor) const
    {
        return palette().dark ? c.lighter(factor) : c.darker(factor);
    }

    /// "◀ 3 earlier events" at the left edge, "2 later events ▶" at the right, at the height
    /// of the markers, in the room the layout left for them there.
    void drawEdgeCounts(QPainter *painter, const QRectF &plot)
    {
        const TimelineLayout &l = m_chart->m_layout;
        const QFont font = chartFont(kSmallFontPx, true);
        const QFontMetricsF fm(font);
        painter->setFont(font);
        const qreal y = pos(0, kTimelineMarkerY).y();
        for (const bool left : {true, false}) {
            const int count = left ? l.earlierCount : l.laterCount;
            if (count == 0)
                continue;
            const QString text = left ? Text::earlier(count) : Text::later(count);
            const qreal w = fm.horizontalAdvance(text) + 8;
            const QRectF box(left ? plot.left() + 2 : plot.right() - 2 - w, y - fm.height() / 2 - 1,
                             w, fm.height() + 2);
            painter->fillRect(box, withAlpha(palette().background, 230));
            painter->setPen(QPen(palette().axisLine, 1));
            painter->drawRect(box.adjusted(0.5, 0.5, -0.5, -0.5));
            painter->setPen(palette().muted);
            painter->drawText(box, Qt::AlignCenter, text);
            m_edgeBoxes.append(box);
        }
    }

    void drawWindowEdges(QPainter *painter, const QRectF &plot)
    {
        QPen pen(withAlpha(palette().window, 150), 1, Qt::DashLine);
        painter->setPen(pen);
        for (const auto &ms : {m_chart->m_layout.startMs, m_chart->m_layout.endMs}) {
            if (!ms)
                continue;
            const qreal x = pos(qreal(*ms), 0).x();
            painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        }
    }

    void drawPhaseNames(QPainter *painter)
    {
        const QFont font = chartFont(kSmallFontPx, true);
        const QFontMetricsF fm(font);
        painter->setFont(font);
        for (const TimelineLayout::Phase &p : std::as_const(m_chart->m_layout.phases)) {
            const QPointF a = pos(qreal(p.from), 0);
            const QPointF b = pos(qreal(p.to), kTimelinePhaseTop);
            const QRectF r(QPointF(a.x(), b.y()), QPointF(b.x(), a.y()));
            if (fm.horizontalAdvance(p.name) + 6 > r.width() || fm.height() > r.height() + 2)
                continue;
            painter->setPen(shade(eventKindColor(p.kind), 150));
            painter->drawText(r, Qt::AlignCenter, p.name);
        }
    }

    void drawBrackets(QPainter *painter, const QRectF &plot)
    {
        const QFont font = chartFont(kSmallFontPx, true);
        const QFontMetricsF fm(font);
        painter->setFont(font);
        for (const TimelineLayout::Bracket &b : std::as_const(m_chart->m_layout.brackets)) {
            const qreal y = pos(0, b.y).y();
            const qreal x0 = pos(qreal(b.from), b.y).x();
            const qreal x1 = pos(qreal(b.to), b.y).x();
            const qreal left = std::min(x0, x1);
            const qreal right = std::max(x0, x1);
            QPen pen(eventKindColor(b.kind), 1.4);
            painter->setPen(pen);
            painter->drawLine(QPointF(left, y), QPointF(right, y));
            painter->drawLine(QPointF(left, y - 4), QPointF(left, y + 4));
            painter->drawLine(QPointF(right, y - 4), QPointF(right, y + 4));
            const qreal w = fm.horizontalAdvance(b.text) + 8;
            QRectF box(0, y - fm.height() / 2, w, fm.height());
            if (w + 12 < right - left)
                box.moveCenter(QPointF((left + right) / 2, y));
            else if (right + 4 + w <= plot.right())
                box.moveLeft(right + 4);
            else
                box.moveRight(left - 4);
            painter->fillRect(box, withAlpha(palette().background, 230));
            painter->drawText(box, Qt::AlignCenter, b.text);
        }
    }

    struct Placed
    {
        int event;
        int row;
        qreal left, right; ///< label box
        qreal lineX;       ///< leader line from the marker up to the label
        QString text;      ///< elided label text after the time
    };

    /// Places labels in rows above the markers (row 0 nearest), in `order`. A label starts at
    /// its leader line and runs right, in the nearest row where its line crosses no label below
    /// and there is room for at least kLabelMinWidth before the next label or leader line; it is
    /// cut (elided) to the room there is. A label with no such room anywhere (near the right
    /// edge) runs left from its line instead, as high up as it fits, so the events under it can
    /// still take the rows below. Labels that fit nowhere are left out.
    /// With `topDown`, the first `topDownCount` events in `order` take the highest free row
    /// instead of the nearest one (key events above a dense cluster, whose staircase then fits
    /// below them).
    QList<Placed> place(const QList<int> &order, const QRectF &plot, int rows,
                        const QFontMetricsF &fm, const QFontMetricsF &bold,
                        qsizetype topDownCount = 0) const
    {
        QList<Placed> placed;
        const auto &events = m_chart->m_layout.events;
        const qreal maxWidth = std::min(kLabelMaxWidth, plot.width() * 0.45);
        for (qsizetype k = 0; k < order.size(); ++k) {
            const int i = order[k];
            const bool topDown = k < topDownCount;
            const qreal x = m_markerX[i];
            // Measuring text is the costly part (thousands of events, four passes): the widths
            // are measured once, and an event's text only when a row has room for some label.
            const qreal timeWidth = timeWidthOf(i, bold);
            const qreal leastWidth
                = std::min(timeWidth + 4, std::min(kLabelMinWidth, maxWidth)); // <= minWidth
            // The line from the marker up to a row crosses the labels of the rows below it; the
            // lowest label over x blocks every row above it. (A line at, or left of, a label's
            // own line runs along its edge, not through its text: events at the same time share
            // the line.) Found in one look at the labels, not in one per row.
            int lowestOver = rows;
            for (const Placed &p : std::as_const(placed))
                if (p.row < lowestOver && x > p.left + 1.5 && x < p.right - 1.5)
                    lowestOver = p.row;
            const auto lineBlocked = [&](int row) {
                return lowestOver < row;
            };
            const auto roomRight = [&](int row) {
                qreal limit = plot.right();
                for (const Placed &p : std::as_const(placed)) {
                    if (p.row == row) {
                        if (p.left - kLabelGap < x && p.right + kLabelGap > x)
                            return qreal(0);
                        if (p.left >= x)
                            limit = std::min(limit, p.left - kLabelGap);
                    } else if (p.row > row && p.lineX > x) {
                        limit = std::min(limit, p.lineX - 3);
                    }
                }
                return limit - x - 1;
            };
            const auto roomLeft = [&](int row) {
                qreal limit = plot.left();
                for (const Placed &p : std::as_const(placed)) {
                    if (p.row == row) {
                        if (p.left - kLabelGap < x && p.right + kLabelGap > x)
                            return qreal(0);
                        if (p.right <= x)
                            limit = std::max(limit, p.right + kLabelGap);
                    } else if (p.row > row && p.lineX < x) {
                        limit = std::max(limit, p.lineX + 3);
                    }
                }
                return x - 1 - limit;
            };
            bool room = false;
            for (int row = 0; row < rows && !room; ++row)
                room = !lineBlocked(row)
                       && (roomRight(row) >= leastWidth || roomLeft(row) >= leastWidth);
            if (!room)
                continue;
            const qreal want = std::min(maxWidth, timeWidth + textWidthOf(i, fm) + 4);
            const qreal minWidth = std::min(want, std::min(kLabelMinWidth, maxWidth));
            std::optional<Placed> found;
            for (int n = 0; n < rows && !found; ++n) {
                const int row = topDown ? rows - 1 - n : n;
                if (lineBlocked(row))
                    continue;
                if (const qreal room = roomRight(row); room >= minWidth)
                    found = Placed{i, row, x + 1, x + 1 + std::min(want, room), x, QString()};
            }
            for (int row = rows - 1; row >= 0 && !found; --row) {
                if (lineBlocked(row))
                    continue;
                if (const qreal room = roomLeft(row); room >= minWidth)
                    found = Placed{i, row, x - 1 - std::min(want, room), x - 1, x, QString()};
            }
            if (!found)
                continue;
            found->text
                = fm.elidedText(events[i].text, Qt::ElideRight,
                                std::max<qreal>(0, found->right - found->left - timeWidth - 4));
            // The box hugs the (possibly elided) text, on the side of its leader line.
            const qreal used = timeWidth + fm.horizontalAdvance(found->text) + 4;
            if (found->left > x)
                found->right = std::min(found->right, found->left + used);
            else
                found->left = std::max(found->left, found->right - used);
            placed.append(*found);
        }
        return placed;
    }

    /// Where the labels go on `plot` with `rows` rows: the same chart on the same plot always
    /// gets the same answer, so a repaint (hovering, selecting a row) reuses it.
    struct Placement
    {
        QRectF plot;
        int rows = -1;
        QList<Placed> placed;
        bool note = false; ///< not every label fits: a row keeps the note
        qsizetype shown = 0;
    };
    void placeLabels(const QRectF &plot, int rows, const QFontMetricsF &fm,
                     const QFontMetricsF &bold)
    {
        const auto &events = std::as_const(m_chart->m_layout.events);
        m_placement.plot = plot;
        m_placement.rows = rows;
        m_markerX.clear();
        m_markerX.reserve(events.size());
        m_times.clear();
        m_times.reserve(events.size());
        m_timeWidths.clear();
        m_timeWidthOfEvent.fill(-1, events.size());
        m_textWidths.fill(-1, events.size());
        // A label's time is to the minute: formatted once per minute, not once per event.
        QHash<qint64, QString> minutes;
        for (qsizetype i = 0; i < events.size(); ++i) {
            m_markerX.append(pos(qreal(events[i].ms), 0).x());
            const qint64 ms = events[i].ms;
            const qint64 minute = ms >= 0 ? ms / 60000 : (ms - 59999) / 60000;
            auto it = minutes.constFind(minute);
            if (it == minutes.cend())
                it = minutes.insert(minute, m_chart->m_layout.labelTime(ms));
            m_times.append(*it);
        }
        QList<int> byTime; // the events on the axis (not those counted at its edges)
        for (qsizetype i = 0; i < events.size(); ++i)
            if (std::as_const(m_chart->m_layout.shown)[i])
                byTime.append(int(i));
        std::stable_sort(byTime.begin(), byTime.end(),
                         [&](int a, int b) { return events[a].ms < events[b].ms; });
        // Latest first, each in the nearest free row: a cluster of events becomes a staircase
        // that climbs to the left, where no leader line crosses a label.
        QList<int> latestFirst(byTime.crbegin(), byTime.crend());
        QList<Placed> placed = place(latestFirst, plot, rows, fm, bold);
        bool note = false;
        if (placed.size() < byTime.size()) {
            // Not everything fits: keep a row for the note, and try the key events first; keep
            // whichever labels more.
            note = true;
            rows = std::max(0, rows - 1);
            QList<int> byPriority = latestFirst;
            std::stable_sort(byPriority.begin(), byPriority.end(), [&](int a, int b) {
                return labelPriority(events[a].kind) < labelPriority(events[b].kind);
            });
            // Key events earliest first from the top row down, the rest as a staircase below.
            const auto isKey = [&](int i) {
                return labelPriority(events[i].kind) <= 3;
            };
            QList<int> keysOnTop;
            for (int i : byTime)
                if (isKey(i))
                    keysOnTop.append(i);
            const qsizetype keyCount = keysOnTop.size();
            for (int i : std::as_const(latestFirst))
                if (!isKey(i))
                    keysOnTop.append(i);
            const auto score = [&](const QList<Placed> &candidate) {
                qsizetype keys = 0;
                for (const Placed &p : candidate)
                    keys += isKey(p.event) ? 1 : 0;
                return keys * 10000 + candidate.size();
            };
            placed = place(byPriority, plot, rows, fm, bold);
            for (QList<Placed> other : {place(latestFirst, plot, rows, fm, bold),
                                        place(keysOnTop, plot, rows, fm, bold, keyCount)})
                if (score(other) > score(placed))
                    placed = std::move(other);
        }
        m_placement.placed = placed;
        m_placement.note = note;
        m_placement.shown = byTime.size();
    }

    /// How many label rows fit above the markers on `plot` (0 or less: none).
    int labelRows(const QRectF &plot, const QFontMetricsF &fm) const
    {
        const qreal floorY = pos(0, m_chart->m_layout.labelFloor).y();
        return int((floorY - plot.top() - 2) / (fm.height() + 3));
    }

    void drawLabels(QPainter *painter, const QRectF &plot)
    {
        const auto &events = m_chart->m_layout.events;
        const QFont font = chartFont(kFontPx);
        const QFont boldFont = chartFont(kFontPx, true);
        const QFontMetricsF fm(font);
        const QFontMetricsF bold(boldFont);
        const qreal rowHeight = fm.height() + 3;
        const qreal floorY = pos(0, m_chart->m_layout.labelFloor).y();
        const int rows = labelRows(plot, fm);
        if (rows <= 0) {
            m_labelled = 0;
            m_boxes.clear();
            return;
        }

        if (m_placement.plot != plot || m_placement.rows != rows)
            placeLabels(plot, rows, fm, bold);
        const QList<Placed> &placed = m_placement.placed;
        const bool note = m_placement.note;
        m_labelled = int(placed.size());
        m_boxes.clear();

        const auto rowBaseline = [&](int row) {
            return floorY - row * rowHeight - fm.descent() - 2;
        };
        // Leader lines first, so the labels' backgrounds sit on top of the grid but not of
        // other lines (lines never cross labels by construction).
        for (const Placed &p : std::as_const(placed)) {
            const ChartEvent &e = events[p.event];
            const qreal markerTop
                = pos(qreal(e.ms), std::as_const(m_chart->m_layout.markerY)[p.event]).y()
                  - m_chart->m_layout.markerSize / 2 - 1;
            const qreal lineTop = rowBaseline(p.row) - fm.ascent() + 1;
            painter->setPen(QPen(withAlpha(eventKindColor(e.kind), 150), 1));
            painter->drawLine(QPointF(p.lineX, markerTop), QPointF(p.lineX, lineTop));
        }
        for (const Placed &p : std::as_const(placed)) {
            const ChartEvent &e = events[p.event];
            const qreal baseline = rowBaseline(p.row);
            const QRectF box(p.left, baseline - fm.ascent() - 1, p.right - p.left, fm.height() + 1);
            painter->fillRect(box, withAlpha(palette().background, 215));
            m_boxes.append(box);
            const QString time = m_times[p.event] + QLatin1Char(' ');
            painter->setFont(boldFont);
            painter->setPen(shade(eventKindColor(e.kind), 115));
            painter->drawText(QPointF(p.left + 2, baseline), time);
            painter->setFont(font);
            painter->setPen(palette().ink);
            painter->drawText(QPointF(p.left + 2 + bold.horizontalAdvance(time), baseline), p.text);
        }
        if (note) {
            const QFont noteFont = chartFont(kSmallFontPx);
            QFont italic = noteFont;
            italic.setItalic(true);
            const QFontMetricsF nfm(italic);
            const QString text = Text::unlabelled(m_labelled, int(m_placement.shown));
            const QRectF box(plot.right() - nfm.horizontalAdvance(text) - 8, plot.top() + 1,
                             nfm.horizontalAdvance(text) + 6, nfm.height() + 2);
            painter->fillRect(box, withAlpha(palette().background, 230));
            painter->setFont(italic);
            painter->setPen(palette().muted);
            painter->drawText(box, Qt::AlignCenter, text);
        }
    }

    TimelineChart *m_chart;
    QList<QRectF> m_edgeBoxes; ///< the edge counts' boxes of the last paint
    int m_labelled = 0;
    QList<QRectF> m_boxes;
    /// Width of event `i`'s time and the space after it in the bold label font (by time text).
    qreal timeWidthOf(int i, const QFontMetricsF &bold) const
    {
        qreal &known = m_timeWidthOfEvent[i]; // every pass asks for every event's
        if (known >= 0)
            return known;
        const auto it = m_timeWidths.constFind(m_times[i]);
        if (it != m_timeWidths.cend())
            return known = *it;
        return known = *m_timeWidths.insert(m_times[i],
                                            bold.horizontalAdvance(m_times[i] + QLatin1Char(' ')));
    }
    /// Width of event `i`'s text in the label font, measured once per paint.
    qreal textWidthOf(int i, const QFontMetricsF &fm) const
    {
        if (m_textWidths[i] < 0)
            m_textWidths[i] = fm.horizontalAdvance(std::as_const(m_chart->m_layout.events)[i].text);
        return m_textWidths[i];
    }

    QList<qreal> m_markerX;
    QStringList m_times;
    mutable QHash<QString, qreal> m_timeWidths;
    mutable QList<qreal> m_timeWidthOfEvent; ///< per event; -1 until looked up
    mutable QList<qreal> m_textWidths;       ///< per event; -1 until measured
    Placement m_placement;
};

// TimelineChart ------------------------------------------------------------------------------

QUrl timelineChartResourceUrl()
{
    return QUrl(QStringLiteral("hindsight-chart://timeline.png"));
}

TimelineChart::TimelineChart() = default;

TimelineChart::~TimelineChart() = default;

std::unique_ptr<TimelineChart> TimelineChart::create(const Postmortem &pm, qreal widthHint,
                                                     const TimelineChartOptions &options)
{
    return create(layoutTimeline(pm, widthHint, options), widthHint, options);
}

std::unique_ptr<TimelineChart> TimelineChart::create(TimelineLayout layout, qreal widthHint,
                                                     const TimelineChartOptions &options)
{
    if (layout.events.isEmpty())
        return nullptr;
    std::unique_ptr<TimelineChart> chart(new TimelineChart);
    chart->m_layout = std::move(layout);
    chart->m_options = options;
    chart->m_palette = chartPalette(options.theme);
    chart->build(widthHint);
    return chart;
}

void TimelineChart::addTimeSeries(QAbstractSeries *series, bool inLegend)
{
    addSeries(series);
    for (QAbstractAxis *axis : axes())
        series->attachAxis(axis);
    if (inLegend)
        m_legendNames.append(series->name());
    else
        for (QLegendMarker *m : legend()->markers(series))
            m->setVisible(false);
}

void TimelineChart::buildAxes()
{
    const ChartPalette &p = m_palette;
    // x is time (see the class comment for why QCategoryAxis), y is hidden layout space.
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(qreal(m_layout.axisMin), qreal(m_layout.axisMax));
    x->setStartValue(qreal(m_layout.axisMin));
    QStringList used;
    for (TimelineLayout::Tick t : std::as_const(m_layout.ticks)) {
        while (used.contains(t.label)) // category labels are keys: make repeats unique
            t.label += QChar(0x200B);  // zero-width space, invisible
        used.append(t.label);
        x->append(t.label, qreal(t.ms));
    }
    x->append(QStringLiteral(" "), qreal(m_layout.axisMax));
    x->setLabelsFont(chartFont(kFontPx));
    x->setLabelsColor(p.muted);
    x->setGridLineColor(p.grid);
    x->setLinePenColor(p.axisLine);
    x->setTitleFont(chartFont(kFontPx, true));
    x->setTitleBrush(QBrush(p.muted));
    x->setTitleText(m_layout.axisTitle);
    auto *y = new QValueAxis;
    y->setRange(0, kTimelineYMax);
    y->setVisible(false);
    addAxis(x, Qt::AlignBottom);
    addAxis(y, Qt::AlignLeft);
}

namespace {

/// More events than this on the axis make a dense chart: markers that would be drawn on the
/// same pixel of the same row are drawn once. QtCharts makes a QGraphicsItem per point, and
/// tens of thousands of them take seconds to make and lay out, on the GUI thread.
constexpr qsizetype kDenseEvents = 1000;

} // namespace

void TimelineChart::buildMarkers(qreal widthHint)
{
    // Read only (a layout made on a worker may still be shared with it: no detaching copy).
    const auto &events = std::as_const(m_layout.events);
    const auto &shown = std::as_const(m_layout.shown);
    const auto &markerY = std::as_const(m_layout.markerY);
    m_series.resize(events.size());
    m_points.fill(-1, events.size());
    const bool dense = std::count(shown.cbegin(), shown.cend(), true) > kDenseEvents;
    // About one pixel of the time axis: the plot is a little narrower than the chart.
    const qreal msPerPixel
        = std::max<qreal>(1, qreal(m_layout.axisMax - m_layout.axisMin) / std::max(widthHint, 1.0));
    for (EventKind kind : allEventKinds()) {
        QScatterSeries *series = nullptr;
        QList<QPointF> points;
        // (pixel, height) of the markers so far, and which point draws each.
        std::map<std::pair<qint64, qreal>, int> drawn;
        for (qsizetype i = 0; i < events.size(); ++i) {
            if (events[i].kind != kind || !shown[i])
                continue;
            if (!series) {
                series = new QScatterSeries;
                series->setName(Text::kindLabel(kind));
                series->setMarkerShape(shapeFor(kind));
                series->setMarkerSize(m_layout.markerSize
                                      * (kind == EventKind::Resolution ? 1.35 : 1.0));
                series->setColor(eventKindColor(kind));
                series->setBorderColor(m_palette.background);
                QPen pen(m_palette.background);
                pen.setWidthF(1.2);
                series->setPen(pen);
            }
            m_series[i] = series; // hovering or clicking its marker finds the first of them
            if (dense) {
                const qint64 pixel = qint64(qreal(events[i].ms - m_layout.axisMin) / msPerPixel);
                const auto [at, added] = drawn.insert({{pixel, markerY[i]}, int(points.size())});
                m_points[i] = at->second;
                if (!added)
                    continue;
            }
            m_points[i] = int(points.size());
            points.append(markerValue(int(i)));
        }
        if (series) {
            series->replace(points); // one update, not one per point
            addTimeSeries(series, true);
            if (!m_anchor)
                m_anchor = series;
        }
    }
}

void TimelineChart::buildLegend(qreal widthHint, QAreaSeries *windowSeries)
{
    const QColor window = m_palette.window;
    legend()->setAlignment(Qt::AlignBottom);
    legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    legend()->setLabelColor(m_palette.ink);
    // One row that fits the width: a smaller font, then without the window (its shading and
    // dashed edges speak for themselves), rather than names cut to "Detecti…".
    const auto legendWidth = [this](int px, bool withWindow) {
        const QFontMetricsF fm(chartFont(px));
        qreal w = 0;
        for (const QString &name : std::as_const(m_legendNames))
            if (withWindow || name != Text::incidentWindow())
                w += fm.horizontalAdvance(name) + px * 2.6;
        return w;
    };
    const qreal room = widthHint - 24;
    int legendPx = kFontPx;
    if (legendWidth(legendPx, true) > room)
        legendPx = kSmallFontPx;
    if (windowSeries && legendWidth(legendPx, true) > room && legendWidth(legendPx, false) <= room)
        for (QLegendMarker *m : legend()->markers(windowSeries))
            m->setVisible(false);
    legend()->setFont(chartFont(legendPx));
    if (windowSeries)
        for (QLegendMarker *m : legend()->markers(windowSeries)) {
            m->setShape(QLegend::MarkerShapeRectangle);
            m->setBrush(withAlpha(window, 70)); // the faint fill alone is hard to see
            m->setPen(QPen(withAlpha(window, 160), 1));
        }
}

void TimelineChart::build(qreal widthHint)
{
    setTheme(m_palette.dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    setAnimationOptions(QChart::NoAnimation);
    setBackgroundRoundness(0);
    setBackgroundBrush(m_palette.background);
    setBackgroundPen(Qt::NoPen);
    setPlotAreaBackgroundVisible(false);
    setMargins(QMargins(4, 4, 8, 0));
    buildAxes();

    // The incident window, shaded over the whole height.
    QAreaSeries *windowSeries = nullptr;
    const auto &[startMs, endMs] = std::tie(m_layout.startMs, m_layout.endMs);
    if (startMs && endMs && *endMs > *startMs) {
        windowSeries = band(*startMs, *endMs, 0, kTimelineYMax,
                            withAlpha(m_palette.window, m_palette.dark ? 28 : 22));
        windowSeries->setName(Text::incidentWindow());
        addTimeSeries(windowSeries, true);
    }
    for (const TimelineLayout::Phase &p : std::as_const(m_layout.phases))
        addTimeSeries(band(p.from, p.to, 0, kTimelinePhaseTop,
                           withAlpha(eventKindColor(p.kind), m_palette.dark ? 95 : 70)),
                      false);
    buildMarkers(widthHint);
    // The legend last: markers made before these settings keep stale sizes.
    buildLegend(widthHint, windowSeries);

    m_overlay = new Overlay(this);
    connect(this, &QGraphicsWidget::geometryChanged, this,
            [this] { m_overlay->geometryChanged(); });
    connect(this, &QChart::plotAreaChanged, this, [this] { m_overlay->update(); });
}

QPointF TimelineChart::markerValue(int index) const
{
    return QPointF(qreal(m_layout.events[index].ms), m_layout.markerY[index]);
}

std::optional<int> TimelineChart::rowAt(const QXYSeries *series, const QPointF &point) const
{
    for (qsizetype i = 0; i < m_layout.events.size(); ++i) {
        const QPointF v = markerValue(int(i));
        if (m_series[i] && m_series[i] == series && qFuzzyCompare(v.x(), point.x())
            && qFuzzyCompare(v.y(), point.y()))
            return m_layout.events[i].row;
    }
    return std::nullopt;
}

std::optional<std::pair<QXYSeries *, int>> TimelineChart::markerPoint(int row) const
{
    const int i = m_layout.indexOfRow(row);
    if (i < 0 || !m_series[i] || m_points[i] < 0)
        return std::nullopt;
    return std::make_pair(m_series[i], m_points[i]);
}

std::optional<QPointF> TimelineChart::markerPosition(int row)
{
    const int i = m_layout.indexOfRow(row);
    if (i < 0 || !m_series[i])
        return std::nullopt;
    return mapToPosition(markerValue(i), m_series[i]);
}

QString TimelineChart::toolTip(int row) const
{
    return m_layout.toolTip(row);
}

void TimelineChart::settleLayout()
{
    // The chart's and the legend's layouts are QGraphicsLayouts, activated by posted
    // LayoutRequest events; a chart drawn without an event loop needs them run now.
    for (int pass = 0; pass < 3; ++pass) {
        if (layout())
            layout()->activate();
        if (legend()->layout())
            legend()->layout()->activate();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    }
}

void TimelineChart::placeLabels()
{
    if (m_overlay)
        m_overlay->placeForPlot();
}

int TimelineChart::labelledEventCount() const
{
    return m_overlay ? m_overlay->labelled() : 0;
}

QList<QRectF> TimelineChart::labelBoxes() const
{
    return m_overlay ? m_overlay->boxes() : QList<QRectF>();
}

QList<QRectF> TimelineChart::edgeCountBoxes() const
{
    return m_overlay ? m_overlay->edgeBoxes() : QList<QRectF>();
}

// Rendering ----------------------------------------------------------------------------------

namespace {

/// Builds the chart for `pm`, lays it out at `size` in a scene of its own and calls
/// draw(scene, chart). False (draw not called) when there is no chart or no QApplication.
template<typename Draw>
bool drawChart(const Postmortem &pm, QSizeF size, const TimelineChartOptions &options, Draw draw)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        qWarning("Hindsight: the timeline chart needs a QApplication");
        return false;
    }
    if (size.isEmpty())
        return false;
    std::unique_ptr<TimelineChart> owned = TimelineChart::create(pm, size.width(), options);
    if (!owned)
        return false;
    QGraphicsScene scene;
    // Drawn whole, once: no index of the markers' items to build and search.
    scene.setItemIndexMethod(QGraphicsScene::NoIndex);
    TimelineChart *chart = owned.release();
    scene.addItem(chart); // the scene owns and deletes it
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    chart->settleLayout();
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    draw(scene, chart);
    return true;
}

} // namespace

bool sameTimelineChart(const Postmortem &a, const Postmortem &b)
{
    return a.timeline == b.timeline && a.start == b.start && a.end == b.end
           && a.timezone == b.timezone;
}

QByteArray renderTimelineChartSvg(const Postmortem &pm, QSizeF sizePx,
                                  const TimelineChartOptions &options)
{
    QByteArray svg;
    drawChart(pm, sizePx, options, [&](QGraphicsScene &scene, TimelineChart *chart) {
        QBuffer buffer(&svg);
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setResolution(96);
        generator.setSize(sizePx.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), sizePx));
        // QSvgGenerator (Qt 6.4) writes title and description into the XML unescaped, and
        // the axis title carries the document's zone label.
        generator.setTitle(chart->axisTitle().toHtmlEscaped());
        generator.setDescription(Text::description().toHtmlEscaped());
        QPainter painter(&generator);
        scene.render(&painter, QRectF(QPointF(0, 0), sizePx), QRectF(QPointF(0, 0), sizePx));
    });
    return svg;
}

QImage renderTimelineChartImage(const Postmortem &pm, QSize sizePx, qreal scale,
                                const TimelineChartOptions &options)
{
    const std::unique_ptr<TimelineChartScene> scene
        = TimelineChartScene::layOut(layoutTimeline(pm, sizePx.width(), options), sizePx, options);
    return scene ? scene->image(scale) : QImage();
}

bool paintTimelineChart(QPainter &painter, const QRectF &target, const Postmortem &pm,
                        QSizeF layoutSize, const TimelineChartOptions &options)
{
    return drawChart(pm, layoutSize, options, [&](QGraphicsScene &scene, TimelineChart *) {
        painter.save();
        painter.fillRect(target, chartPalette(options.theme).background);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        scene.render(&painter, target, QRectF(QPointF(0, 0), layoutSize));
        painter.restore();
    });
}

QByteArray renderTimelineChartPng(const Postmortem &pm, QSize sizePx, qreal scale,
                                  const TimelineChartOptions &options)
{
    return pngBytes(renderTimelineChartImage(pm, sizePx, scale, options));
}

QString timelineChartDataUrl(const Postmortem &pm, QSize sizePx, qreal scale)
{
    const QByteArray png = renderTimelineChartPng(pm, sizePx, scale);
    if (png.isEmpty())
        return QString();
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

} // namespace Hindsight
