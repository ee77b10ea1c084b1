#include "render/timelinechart.h"

#include "core/displaynames.h"

#include <QCoreApplication>

#include "render/htmlrenderer.h"
#include "render/loaddiagramrenderer.h"
#include "core/metrics.h"
#include "render/pngbytes.h"
#include "core/timeline.h"

#include <QApplication>
#include <QAreaSeries>
#include <QBuffer>
#include <QCategoryAxis>
#include <QDateTime>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QSvgGenerator>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <tuple>

namespace Hindsight {

namespace {

// Every string a reader sees, in one place ---------------------------------------------------
/// Context of the chart's strings (lupdate reads the macro's argument).
struct ChartText
{
    Q_DECLARE_TR_FUNCTIONS(Hindsight::TimelineChart)
};

namespace Text {
QString time()
{
    return ChartText::tr("Time");
}
QString zoneNotStated()
{
    return ChartText::tr("zone not stated");
}
QString incidentWindow()
{
    return ChartText::tr("Incident window");
}
QString day(qint64 n)
{
    return ChartText::tr("Day %1").arg(n);
}
QString ttd(const QString &duration)
{
    //: TTD = time to detect, shown over the bracket from the incident start to detection
    return ChartText::tr("TTD %1").arg(duration);
}
QString ttr(const QString &duration)
{
    //: TTR = time to resolve, shown over the bracket from the incident start to resolution
    return ChartText::tr("TTR %1").arg(duration);
}
QString unlabelled(int labelled, int total)
{
    return ChartText::tr("Labels for %1 of %2 events — the table lists all")
        .arg(labelled)
        .arg(total);
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
QString phase(int i)
{
    static const std::array<const char *, 4> names
        = {QT_TRANSLATE_NOOP("Hindsight::TimelineChart", "Detect"),
           QT_TRANSLATE_NOOP("Hindsight::TimelineChart", "Investigate"),
           QT_TRANSLATE_NOOP("Hindsight::TimelineChart", "Mitigate"),
           QT_TRANSLATE_NOOP("Hindsight::TimelineChart", "Resolve")};
    return ChartText::tr(names[size_t(i)]);
}
} // namespace Text

constexpr qint64 kMsPerMinute = 60 * 1000;
constexpr qint64 kMsPerDay = 24 * 60 * kMsPerMinute;
const QDate kNominalDay(2000, 1, 1); ///< stands in for the date of a time-only timeline

// Vertical layout in value units of the hidden y axis (0 at the bottom of the plot, 100 at the
// top): phase bands, then the TTR and TTD brackets, then the markers, then the labels.
constexpr qreal kYMax = 100;
constexpr qreal kPhaseTop = 9;
constexpr qreal kTtrY = 13.5;
constexpr qreal kTtdY = 19.5;
constexpr qreal kMarkerY = 27;
constexpr qreal kStackStep = 5;
constexpr int kMaxStack = 5;

// Pixel sizes: fonts are in pixels so every paint device draws the same layout.
constexpr int kFontPx = 11;
constexpr int kSmallFontPx = 10;
constexpr qreal kLabelMaxWidth = 250;
constexpr qreal kLabelMinWidth = 110;
constexpr qreal kLabelGap = 8;
constexpr qreal kTargetTickSpacingPx = 80;

const QColor kInk(0x1f, 0x29, 0x33);
const QColor kMuted(0x52, 0x60, 0x6d);
const QColor kGrid(0xe4, 0xe7, 0xeb);
const QColor kAxisLine(0x9a, 0xa5, 0xb1);
const QColor kWindow(0xc0, 0x39, 0x2b);

QFont chartFont(int pixelSize, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    return f;
}

/// Markdown inline -> plain text, good enough for a chart label: link targets, emphasis and
/// code marks go, the words stay.
QString plainInline(const QString &markdown)
{
    static const QRegularExpression link(QStringLiteral("!?\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression emphasis(QStringLiteral("(\\*\\*|__|~~|`)"));
    static const QRegularExpression star(QStringLiteral("(^|\\s)\\*(\\S[^*]*\\S|\\S)\\*"));
    QString s = markdown;
    s.replace(link, QStringLiteral("\\1"));
    s.replace(emphasis, QString());
    s.replace(star, QStringLiteral("\\1\\2"));
    s.replace(QLatin1String("\\|"), QLatin1String("|"));
    return s.simplified();
}

std::optional<int> documentOffset(const Postmortem &pm)
{
    if (pm.timezone)
        return pm.timezone->utcOffsetMinutes;
    return pm.start.utcOffsetMinutes;
}

/// Wall-clock ms in the document's zone "as if UTC" (see ChartEvent::ms).
qint64 wallMs(const Moment &m, std::optional<int> zone)
{
    qint64 ms = QDateTime(m.date, m.time, Qt::UTC).toMSecsSinceEpoch();
    if (zone && m.utcOffsetMinutes && *m.utcOffsetMinutes != *zone)
        ms += qint64(*zone - *m.utcOffsetMinutes) * kMsPerMinute;
    return ms;
}

bool hasAnyDate(const Postmortem &pm)
{
    if (pm.start.date.isValid() || pm.end.date.isValid())
        return true;
    return std::any_of(pm.timeline.cbegin(), pm.timeline.cend(),
                       [](const TimelineEvent &e) { return e.at.date.isValid(); });
}

/// The incident start as the chart reads it (a nominal date for a time-only document).
Moment chartStart(const Postmortem &pm)
{
    Moment start = pm.start;
    if (!hasAnyDate(pm))
        start.date = kNominalDay;
    return start;
}

QString zoneText(const Postmortem &pm)
{
    if (pm.timezone) {
        const QString label = pm.timezone->label.trimmed();
        return label.isEmpty()
                   ? QStringLiteral("UTC") + formatUtcOffset(pm.timezone->utcOffsetMinutes)
                   : label;
    }
    std::optional<int> offset = pm.start.utcOffsetMinutes;
    for (const TimelineEvent &e : pm.timeline) {
        if (!e.at.utcOffsetMinutes)
            continue;
        if (offset && *offset != *e.at.utcOffsetMinutes)
            return QString();
        offset = e.at.utcOffsetMinutes;
    }
    return offset ? QStringLiteral("UTC") + formatUtcOffset(*offset) : QString();
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

struct Tick
{
    qint64 ms;
    QString label;
};

/// Round tick times inside [lo, hi]: the smallest step from a fixed list that gives at most
/// `maxTicks` ticks. Midnights are labelled with the date ("Feb 16", or "Day 2" for a
/// time-only timeline), other ticks "HH:mm".
QList<Tick> makeTicks(qint64 lo, qint64 hi, int maxTicks, bool nominal)
{
    static const std::array<qint64, 19> stepsMinutes
        = {1,   2,   5,   10,   15,   20,   30,    60,    120,  180,
           240, 360, 720, 1440, 2880, 4320, 10080, 20160, 40320};
    qint64 step = stepsMinutes.back() * kMsPerMinute;
    for (qint64 s : stepsMinutes) {
        if ((hi - lo) / (s * kMsPerMinute) <= maxTicks) {
            step = s * kMsPerMinute;
            break;
        }
    }
    while ((hi - lo) / step > maxTicks)
        step *= 2;
    QList<Tick> ticks;
    const qint64 nominalDay0
        = QDateTime(kNominalDay, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() / kMsPerDay;
    for (qint64 t = (lo / step + 1) * step; t < hi; t += step) {
        const QDateTime dt = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
        QString label;
        if (t % kMsPerDay == 0)
            label = nominal ? Text::day(t / kMsPerDay - nominalDay0 + 1)
                            : QLocale::c().toString(dt.date(), QStringLiteral("MMM d"));
        else
            label = dt.time().toString(QStringLiteral("HH:mm"));
        ticks.append({t, label});
    }
    return ticks;
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

/// What the overlay draws besides the series, in chart values.
struct TimelineChart::Layout
{
    struct Phase
    {
        QString name;
        QColor color;
        qint64 from, to;
    };
    struct Bracket
    {
        QString text;
        QColor color;
        qint64 from, to;
        qreal y;
    };
    std::optional<qint64> startMs, endMs;
    QList<Phase> phases;
    QList<Bracket> brackets;
    qreal labelFloor = kMarkerY + 6; ///< y value the labels stay above
    qreal markerSize = 11;
};

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

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const QRectF plot = m_chart->plotArea();
        if (plot.width() < 20 || plot.height() < 20 || m_chart->m_series.isEmpty())
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::TextAntialiasing);
        painter->setClipRect(plot.adjusted(-1, -1, 1, 1));
        drawWindowEdges(painter, plot);
        drawPhaseNames(painter);
        drawBrackets(painter, plot);
        drawLabels(painter, plot);
        painter->restore();
    }

private:
    QPointF pos(qreal x, qreal y) const
    {
        return m_chart->mapToPosition(QPointF(x, y), m_chart->m_series.first());
    }

    void drawWindowEdges(QPainter *painter, const QRectF &plot)
    {
        QPen pen(withAlpha(kWindow, 150), 1, Qt::DashLine);
        painter->setPen(pen);
        for (const auto &ms : {m_chart->m_layout->startMs, m_chart->m_layout->endMs}) {
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
        for (const Layout::Phase &p : std::as_const(m_chart->m_layout->phases)) {
            const QPointF a = pos(qreal(p.from), 0);
            const QPointF b = pos(qreal(p.to), kPhaseTop);
            const QRectF r(QPointF(a.x(), b.y()), QPointF(b.x(), a.y()));
            if (fm.horizontalAdvance(p.name) + 6 > r.width() || fm.height() > r.height() + 2)
                continue;
            painter->setPen(p.color.darker(150));
            painter->drawText(r, Qt::AlignCenter, p.name);
        }
    }

    void drawBrackets(QPainter *painter, const QRectF &plot)
    {
        const QFont font = chartFont(kSmallFontPx, true);
        const QFontMetricsF fm(font);
        painter->setFont(font);
        for (const Layout::Bracket &b : std::as_const(m_chart->m_layout->brackets)) {
            const qreal y = pos(0, b.y).y();
            const qreal x0 = pos(qreal(b.from), b.y).x();
            const qreal x1 = pos(qreal(b.to), b.y).x();
            const qreal left = std::min(x0, x1);
            const qreal right = std::max(x0, x1);
            QPen pen(b.color, 1.4);
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
            painter->fillRect(box, withAlpha(Qt::white, 230));
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
        const auto &events = m_chart->m_events;
        const qreal maxWidth = std::min(kLabelMaxWidth, plot.width() * 0.45);
        for (qsizetype k = 0; k < order.size(); ++k) {
            const int i = order[k];
            const bool topDown = k < topDownCount;
            const qreal x = m_markerX[i];
            const qreal timeWidth = bold.horizontalAdvance(m_times[i] + QLatin1Char(' '));
            const qreal want
                = std::min(maxWidth, timeWidth + fm.horizontalAdvance(events[i].text) + 4);
            const qreal minWidth = std::min(want, std::min(kLabelMinWidth, maxWidth));
            const auto lineBlocked = [&](int row) {
                // A line at (or left of) a label's own line runs along its edge, not through
                // its text: events at the same time share the line.
                for (const Placed &p : std::as_const(placed))
                    if (p.row < row && x > p.left + 1.5 && x < p.right - 1.5)
                        return true;
                return false;
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

    void drawLabels(QPainter *painter, const QRectF &plot)
    {
        const auto &events = m_chart->m_events;
        const QFont font = chartFont(kFontPx);
        const QFont boldFont = chartFont(kFontPx, true);
        const QFontMetricsF fm(font);
        const QFontMetricsF bold(boldFont);
        const qreal rowHeight = fm.height() + 3;
        const qreal floorY = pos(0, m_chart->m_layout->labelFloor).y();
        int rows = int((floorY - plot.top() - 2) / rowHeight);
        if (rows <= 0) {
            m_labelled = 0;
            m_boxes.clear();
            return;
        }

        m_markerX.clear();
        m_times.clear();
        for (qsizetype i = 0; i < events.size(); ++i) {
            m_markerX.append(pos(m_chart->m_values[i].x(), 0).x());
            m_times.append(m_chart->labelTime(events[i].ms));
        }
        QList<int> byTime(events.size());
        std::iota(byTime.begin(), byTime.end(), 0);
        std::stable_sort(byTime.begin(), byTime.end(),
                         [&](int a, int b) { return events[a].ms < events[b].ms; });
        // Latest first, each in the nearest free row: a cluster of events becomes a staircase
        // that climbs to the left, where no leader line crosses a label.
        QList<int> latestFirst(byTime.crbegin(), byTime.crend());
        QList<Placed> placed = place(latestFirst, plot, rows, fm, bold);
        bool note = false;
        if (placed.size() < events.size()) {
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
                = pos(m_chart->m_values[p.event].x(), m_chart->m_values[p.event].y()).y()
                  - m_chart->m_layout->markerSize / 2 - 1;
            const qreal lineTop = rowBaseline(p.row) - fm.ascent() + 1;
            painter->setPen(QPen(withAlpha(eventKindColor(e.kind), 150), 1));
            painter->drawLine(QPointF(p.lineX, markerTop), QPointF(p.lineX, lineTop));
        }
        for (const Placed &p : std::as_const(placed)) {
            const ChartEvent &e = events[p.event];
            const qreal baseline = rowBaseline(p.row);
            const QRectF box(p.left, baseline - fm.ascent() - 1, p.right - p.left, fm.height() + 1);
            painter->fillRect(box, withAlpha(Qt::white, 215));
            m_boxes.append(box);
            const QString time = m_times[p.event] + QLatin1Char(' ');
            painter->setFont(boldFont);
            painter->setPen(eventKindColor(e.kind).darker(115));
            painter->drawText(QPointF(p.left + 2, baseline), time);
            painter->setFont(font);
            painter->setPen(kInk);
            painter->drawText(QPointF(p.left + 2 + bold.horizontalAdvance(time), baseline), p.text);
        }
        if (note) {
            const QFont noteFont = chartFont(kSmallFontPx);
            QFont italic = noteFont;
            italic.setItalic(true);
            const QFontMetricsF nfm(italic);
            const QString text = Text::unlabelled(m_labelled, int(events.size()));
            const QRectF box(plot.right() - nfm.horizontalAdvance(text) - 8, plot.top() + 1,
                             nfm.horizontalAdvance(text) + 6, nfm.height() + 2);
            painter->fillRect(box, withAlpha(Qt::white, 230));
            painter->setFont(italic);
            painter->setPen(kMuted);
            painter->drawText(box, Qt::AlignCenter, text);
        }
    }

    TimelineChart *m_chart;
    int m_labelled = 0;
    QList<QRectF> m_boxes;
    QList<qreal> m_markerX;
    QStringList m_times;
};

// TimelineChart ------------------------------------------------------------------------------

QUrl timelineChartResourceUrl()
{
    return QUrl(QStringLiteral("hindsight-chart://timeline.png"));
}

QList<ChartEvent> chartEvents(const Postmortem &pm)
{
    const std::optional<int> zone = documentOffset(pm);
    const QList<TimelineEvent> carried = withCarriedDates(pm.timeline, chartStart(pm));
    QList<ChartEvent> out;
    for (qsizetype i = 0; i < carried.size(); ++i) {
        const TimelineEvent &e = carried[i];
        if (!e.at.hasDateTime())
            continue;
        out.append({int(i), wallMs(e.at, zone), e.kind, plainInline(e.text)});
    }
    return out;
}

TimelineChart::TimelineChart()
    : m_layout(std::make_unique<Layout>())
{}

TimelineChart::~TimelineChart() = default;

std::unique_ptr<TimelineChart> TimelineChart::create(const Postmortem &pm, qreal widthHint)
{
    if (chartEvents(pm).isEmpty())
        return nullptr;
    std::unique_ptr<TimelineChart> chart(new TimelineChart);
    chart->build(pm, widthHint);
    return chart;
}

void TimelineChart::build(const Postmortem &pm, qreal widthHint)
{
    m_events = chartEvents(pm);
    m_nominalDates = !hasAnyDate(pm);
    m_zoneLabel = zoneText(pm);
    const std::optional<int> zone = documentOffset(pm);

    // The incident window and the first event of each kind, in chart time.
    Layout &layout = *m_layout;
    const Moment start = chartStart(pm);
    if (start.hasDateTime())
        layout.startMs = wallMs(start, zone);
    const Moment end = resolveAgainstStart(pm.end, start);
    if (end.hasDateTime())
        layout.endMs = wallMs(end, zone);
    if (layout.startMs && layout.endMs && *layout.endMs < *layout.startMs)
        layout.endMs.reset(); // an end before the start is a data error: no window
    const auto first = [this](EventKind kind) -> std::optional<qint64> {
        std::optional<qint64> best;
        for (const ChartEvent &e : std::as_const(m_events))
            if (e.kind == kind && (!best || e.ms < *best))
                best = e.ms;
        return best;
    };
    const auto detected = first(EventKind::Detection);
    const auto mitigated = first(EventKind::Mitigation);
    const auto resolved = first(EventKind::Resolution);

    qint64 lo = m_events.first().ms;
    qint64 hi = lo;
    for (const ChartEvent &e : std::as_const(m_events)) {
        lo = std::min(lo, e.ms);
        hi = std::max(hi, e.ms);
    }
    for (const auto &ms : {layout.startMs, layout.endMs}) {
        if (ms) {
            lo = std::min(lo, *ms);
            hi = std::max(hi, *ms);
        }
    }
    if (hi - lo < 30 * kMsPerMinute) {
        const qint64 mid = lo + (hi - lo) / 2;
        lo = mid - 15 * kMsPerMinute;
        hi = mid + 15 * kMsPerMinute;
    }
    const qint64 span = hi - lo;
    m_multiDay = span > 36 * 60 * kMsPerMinute; // labels then say which day
    // Room on the right for the last labels and on the left for the first markers.
    const qint64 padLeft = std::max<qint64>(span / 25, 2 * kMsPerMinute);
    const qint64 padRight = std::max<qint64>(span / 12, 2 * kMsPerMinute);
    const qint64 axisMin = lo - padLeft;
    const qint64 axisMax = hi + padRight;

    // Appearance.
    setTheme(QChart::ChartThemeLight);
    setAnimationOptions(QChart::NoAnimation);
    setBackgroundRoundness(0);
    setBackgroundBrush(Qt::white);
    setBackgroundPen(Qt::NoPen);
    setMargins(QMargins(4, 4, 8, 0));

    // Axes: x is time (see the class comment for why QCategoryAxis), y is hidden layout space.
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(qreal(axisMin), qreal(axisMax));
    x->setStartValue(qreal(axisMin));
    QStringList used;
    const int maxTicks = std::max(2, int(widthHint / kTargetTickSpacingPx));
    for (Tick t : makeTicks(axisMin, axisMax, maxTicks, m_nominalDates)) {
        while (used.contains(t.label)) // category labels are keys: make repeats unique
            t.label += QChar(0x200B);  // zero-width space, invisible
        used.append(t.label);
        x->append(t.label, qreal(t.ms));
    }
    x->append(QStringLiteral(" "), qreal(axisMax));
    x->setLabelsFont(chartFont(kFontPx));
    x->setLabelsColor(kMuted);
    x->setGridLineColor(kGrid);
    x->setLinePenColor(kAxisLine);
    x->setTitleFont(chartFont(kFontPx, true));
    x->setTitleBrush(QBrush(kMuted));
    const QString zoneName = m_zoneLabel.isEmpty() ? Text::zoneNotStated() : m_zoneLabel;
    m_axisTitle = QStringLiteral("%1 (%2)").arg(Text::time(), zoneName);
    if (!m_nominalDates) {
        const QDate d0 = QDateTime::fromMSecsSinceEpoch(lo, Qt::UTC).date();
        const QDate d1 = QDateTime::fromMSecsSinceEpoch(hi, Qt::UTC).date();
        m_axisTitle += QStringLiteral(" · ") + d0.toString(Qt::ISODate);
        if (d1 != d0)
            m_axisTitle += QStringLiteral(" – ") + d1.toString(Qt::ISODate);
    }
    x->setTitleText(m_axisTitle);
    auto *y = new QValueAxis;
    y->setRange(0, kYMax);
    y->setVisible(false);
    addAxis(x, Qt::AlignBottom);
    addAxis(y, Qt::AlignLeft);
    QStringList legendNames; // what the legend lists, to fit it to the width
    const auto add = [&](QAbstractSeries *s, bool inLegend) {
        addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
        if (inLegend)
            legendNames.append(s->name());
        else
            for (QLegendMarker *m : legend()->markers(s))
                m->setVisible(false);
    };

    // The incident window, shaded over the whole height.
    QAreaSeries *windowSeries = nullptr;
    if (layout.startMs && layout.endMs && *layout.endMs > *layout.startMs) {
        QAreaSeries *window
            = band(*layout.startMs, *layout.endMs, 0, kYMax, withAlpha(kWindow, 22));
        window->setName(Text::incidentWindow());
        add(window, true);
        windowSeries = window;
    }

    // Phases: start -> detected -> mitigated -> resolved -> end; only when at least one of
    // those events says where a phase ends (else "investigate" would just be a guess).
    if (layout.startMs && (detected || mitigated || resolved)) {
        const qint64 s = *layout.startMs;
        const qint64 lastEvent = hi;
        const qint64 e = layout.endMs.value_or(lastEvent);
        const std::optional<qint64> investigateEnd
            = mitigated ? mitigated : (resolved ? resolved : std::optional<qint64>(e));
        const std::array<std::tuple<int, EventKind, std::optional<qint64>, std::optional<qint64>>,
                         4>
            phases = {{
                {0, EventKind::Detection, s, detected},
                {1, EventKind::Investigation, detected.value_or(s), investigateEnd},
                {2, EventKind::Mitigation, mitigated,
                 resolved ? resolved : std::optional<qint64>(e)},
                {3, EventKind::Resolution, resolved, layout.endMs},
            }};
        for (const auto &[index, kind, from, to] : phases) {
            if (!from || !to || *to <= *from)
                continue;
            const QColor color = eventKindColor(kind);
            add(band(*from, *to, 0, kPhaseTop, withAlpha(color, 70)), false);
            layout.phases.append({Text::phase(index), color, *from, *to});
        }
    }
    // TTD and TTR exactly as the key facts and the JSON give them (computeMetrics: none without
    // the start's date, for instance), drawn from the start to the event.
    const IncidentMetrics metrics = computeMetrics(pm);
    if (layout.startMs && detected && metrics.timeToDetectMinutes)
        layout.brackets.append({Text::ttd(formatDuration(*metrics.timeToDetectMinutes)),
                                eventKindColor(EventKind::Detection), *layout.startMs, *detected,
                                kTtdY});
    if (layout.startMs && resolved && metrics.timeToResolveMinutes)
        layout.brackets.append({Text::ttr(formatDuration(*metrics.timeToResolveMinutes)),
                                eventKindColor(EventKind::Resolution), *layout.startMs, *resolved,
                                kTtrY});

    // Markers: one series per kind present; events at (nearly) the same time stack up.
    layout.markerSize = m_events.size() > 60 ? 8 : 11;
    const qint64 bucket = std::max<qint64>((axisMax - axisMin) / 110, kMsPerMinute / 2);
    m_values.resize(m_events.size());
    m_series.resize(m_events.size());
    int maxLevel = 0;
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        int level = 0;
        for (qsizetype j = 0; j < i; ++j)
            if (std::llabs(m_events[j].ms - m_events[i].ms) < bucket)
                ++level;
        level = std::min(level, kMaxStack);
        maxLevel = std::max(maxLevel, level);
        m_values[i] = QPointF(qreal(m_events[i].ms), kMarkerY + level * kStackStep);
    }
    layout.labelFloor = kMarkerY + maxLevel * kStackStep + 6;
    for (EventKind kind : allEventKinds()) {
        QScatterSeries *series = nullptr;
        for (qsizetype i = 0; i < m_events.size(); ++i) {
            if (m_events[i].kind != kind)
                continue;
            if (!series) {
                series = new QScatterSeries;
                series->setName(Text::kindLabel(kind));
                series->setMarkerShape(shapeFor(kind));
                series->setMarkerSize(layout.markerSize
                                      * (kind == EventKind::Resolution ? 1.35 : 1.0));
                series->setColor(eventKindColor(kind));
                series->setBorderColor(Qt::white);
                QPen pen(Qt::white);
                pen.setWidthF(1.2);
                series->setPen(pen);
            }
            series->append(m_values[i]);
            m_series[i] = series;
        }
        if (series)
            add(series, true);
    }

    // The legend last: markers made before these settings keep stale sizes.
    legend()->setAlignment(Qt::AlignBottom);
    legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    legend()->setLabelColor(kInk);
    // One row that fits the width: a smaller font, then without the window (its shading and
    // dashed edges speak for themselves), rather than names cut to "Detecti…".
    const auto legendWidth = [&legendNames](int px, bool withWindow) {
        const QFontMetricsF fm(chartFont(px));
        qreal w = 0;
        for (const QString &name : std::as_const(legendNames))
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
            m->setBrush(withAlpha(kWindow, 70)); // the faint fill alone is hard to see
            m->setPen(QPen(withAlpha(kWindow, 160), 1));
        }

    m_overlay = new Overlay(this);
    connect(this, &QGraphicsWidget::geometryChanged, this,
            [this] { m_overlay->geometryChanged(); });
    connect(this, &QChart::plotAreaChanged, this, [this] { m_overlay->update(); });
}

std::optional<int> TimelineChart::rowAt(const QXYSeries *series, const QPointF &point) const
{
    for (qsizetype i = 0; i < m_events.size(); ++i)
        if (m_series[i] == series && qFuzzyCompare(m_values[i].x(), point.x())
            && qFuzzyCompare(m_values[i].y(), point.y()))
            return m_events[i].row;
    return std::nullopt;
}

std::optional<QPointF> TimelineChart::markerPosition(int row)
{
    for (qsizetype i = 0; i < m_events.size(); ++i)
        if (m_events[i].row == row)
            return mapToPosition(m_values[i], m_series[i]);
    return std::nullopt;
}

QString TimelineChart::toolTip(int row) const
{
    for (const ChartEvent &e : m_events) {
        if (e.row != row)
            continue;
        const QDateTime dt = QDateTime::fromMSecsSinceEpoch(e.ms, Qt::UTC);
        QString when;
        if (m_nominalDates)
            when = Text::day(dt.date().toJulianDay() - kNominalDay.toJulianDay() + 1)
                   + QLatin1Char(' ') + dt.time().toString(QStringLiteral("HH:mm"));
        else
            when = dt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        if (!m_zoneLabel.isEmpty())
            when += QLatin1Char(' ') + m_zoneLabel;
        return QStringLiteral("%1 · %2\n%3").arg(when, Text::kindLabel(e.kind), e.text);
    }
    return QString();
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

QString TimelineChart::labelTime(qint64 ms) const
{
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    const QString time = dt.time().toString(QStringLiteral("HH:mm"));
    if (!m_multiDay)
        return time;
    if (m_nominalDates)
        return Text::day(dt.date().toJulianDay() - kNominalDay.toJulianDay() + 1) + QLatin1Char(' ')
               + time;
    return QLocale::c().toString(dt.date(), QStringLiteral("MMM d ")) + time;
}

int TimelineChart::labelledEventCount() const
{
    return m_overlay ? m_overlay->labelled() : 0;
}

QList<QRectF> TimelineChart::labelBoxes() const
{
    return m_overlay ? m_overlay->boxes() : QList<QRectF>();
}

// Rendering ----------------------------------------------------------------------------------

namespace {

/// Builds the chart for `pm`, lays it out at `size` in a scene of its own and calls
/// draw(scene, chart). False (draw not called) when there is no chart or no QApplication.
template<typename Draw>
bool drawChart(const Postmortem &pm, QSizeF size, Draw draw)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        qWarning("Hindsight: the timeline chart needs a QApplication");
        return false;
    }
    if (size.isEmpty())
        return false;
    std::unique_ptr<TimelineChart> owned = TimelineChart::create(pm, size.width());
    if (!owned)
        return false;
    QGraphicsScene scene;
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

QByteArray renderTimelineChartSvg(const Postmortem &pm, QSizeF sizePx)
{
    QByteArray svg;
    drawChart(pm, sizePx, [&](QGraphicsScene &scene, TimelineChart *chart) {
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

QImage renderTimelineChartImage(const Postmortem &pm, QSize sizePx, qreal scale)
{
    QImage image;
    scale = std::max<qreal>(scale, 0.1);
    drawChart(pm, sizePx, [&](QGraphicsScene &scene, TimelineChart *) {
        // Opaque (RGB32): a PDF then gets one image, not an image and a soft mask.
        image = QImage((QSizeF(sizePx) * scale).toSize(), QImage::Format_RGB32);
        image.setDevicePixelRatio(scale);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        const QRectF rect(QPointF(0, 0), QSizeF(sizePx));
        scene.render(&painter, rect, rect);
    });
    return image;
}

bool paintTimelineChart(QPainter &painter, const QRectF &target, const Postmortem &pm,
                        QSizeF layoutSize)
{
    return drawChart(pm, layoutSize, [&](QGraphicsScene &scene, TimelineChart *) {
        painter.save();
        painter.fillRect(target, Qt::white);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        scene.render(&painter, target, QRectF(QPointF(0, 0), layoutSize));
        painter.restore();
    });
}

QByteArray renderTimelineChartPng(const Postmortem &pm, QSize sizePx, qreal scale)
{
    return pngBytes(renderTimelineChartImage(pm, sizePx, scale));
}

QString timelineChartDataUrl(const Postmortem &pm, QSize sizePx, qreal scale)
{
    const QByteArray png = renderTimelineChartPng(pm, sizePx, scale);
    if (png.isEmpty())
        return QString();
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

} // namespace Hindsight
