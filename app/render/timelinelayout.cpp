#include "render/timelinelayout.h"

#include "core/displaynames.h"
#include "core/documentlanguage.h"
#include "core/timeline.h"
#include "render/htmlrenderer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numeric>
#include <tuple>

namespace Hindsight {

namespace {

/// A day on the time axis in the document's language: "Mar 26" in English (and in the C
/// locale the tests run in), "26 März", "26 mars", "26 mar" in the others.
QString shortDay(QDate date)
{
    const QLocale locale = documentLocale();
    const bool monthFirst
        = locale.language() == QLocale::English || locale.language() == QLocale::C;
    return (monthFirst ? QLocale::c() : locale)
        .toString(date, monthFirst ? QStringLiteral("MMM d") : QStringLiteral("d MMM"));
}

/// Context of the chart's strings (lupdate reads the macro's argument); the same context as
/// timelinechart.cpp's.
struct ChartText
{
#if 0 // for lupdate: the strings' context
    Q_DECLARE_TR_FUNCTIONS(Hindsight::TimelineChart)
#endif
    HINDSIGHT_DOCUMENT_TR_FUNCTIONS(Hindsight::TimelineChart) // in the document language
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

using Tick = TimelineLayout::Tick;

constexpr qint64 kMsPerMinute = 60 * 1000;
constexpr qint64 kMsPerHour = 60 * kMsPerMinute;
constexpr qint64 kMsPerDay = 24 * kMsPerHour;
const QDate kNominalDay(2000, 1, 1); ///< stands in for the date of a time-only timeline

// Heights in the hidden y axis' units (see kTimelineYMax).
constexpr qreal kTtrY = 13.5;
constexpr qreal kTtdY = 19.5;
constexpr qreal kMarkerY = kTimelineMarkerY;
constexpr qreal kStackStep = 5;
constexpr int kMaxStack = 5;

/// Markdown inline -> plain text, good enough for a chart label: link targets, emphasis and
/// code marks go, the words stay.
QString plainInline(const QString &markdown)
{
    // Most event texts have no markup at all: the patterns below only change text with one of
    // these characters (a link's "[", emphasis, code, an escaped pipe), and cost a
    // microsecond or more each on every event of a long timeline.
    const bool markup = std::any_of(markdown.cbegin(), markdown.cend(), [](QChar c) {
        return c == QLatin1Char('[') || c == QLatin1Char('*') || c == QLatin1Char('_')
               || c == QLatin1Char('~') || c == QLatin1Char('`') || c == QLatin1Char('\\');
    });
    if (!markup)
        return markdown.simplified();
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
            label = nominal ? Text::day(t / kMsPerDay - nominalDay0 + 1) : shortDay(dt.date());
        else
            label = dt.time().toString(QStringLiteral("HH:mm"));
        ticks.append({t, label});
    }
    return ticks;
}

/// Impact-bearing kinds: what happens while users are affected (lead-up notes and follow-up
/// communication are "other" and "communication").
bool bearsImpact(EventKind kind)
{
    return kind != EventKind::Other && kind != EventKind::Communication;
}

/// The earliest time of a `kind` event among `events`, those `shown` only when given.
std::optional<qint64> firstOf(const QList<ChartEvent> &events, EventKind kind,
                              const QList<bool> *shown = nullptr)
{
    std::optional<qint64> best;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const ChartEvent &e = events[i];
        if (e.kind == kind && (!shown || shown->at(i)) && (!best || e.ms < *best))
            best = e.ms;
    }
    return best;
}

/// The incident window in chart ms (the end dropped when it is before the start).
void windowOf(const Postmortem &pm, TimelineLayout &layout)
{
    const std::optional<int> zone = documentOffset(pm);
    const Moment start = chartStart(pm);
    if (start.hasDateTime())
        layout.startMs = wallMs(start, zone);
    const Moment end = resolveAgainstStart(pm.end, start);
    if (end.hasDateTime())
        layout.endMs = wallMs(end, zone);
    if (layout.startMs && layout.endMs && *layout.endMs < *layout.startMs)
        layout.endMs.reset(); // an end before the start is a data error: no window
}

std::optional<IncidentFocus> focusOf(const TimelineLayout &layout)
{
    std::optional<qint64> first, last;
    for (const ChartEvent &e : layout.events) {
        if (!bearsImpact(e.kind))
            continue;
        first = first ? std::min(*first, e.ms) : e.ms;
        last = last ? std::max(*last, e.ms) : e.ms;
    }
    std::optional<qint64> from = layout.startMs ? layout.startMs : first;
    std::optional<qint64> to = layout.endMs ? layout.endMs : last;
    if (!from && !to)
        return std::nullopt;
    if (!from)
        from = std::min(*to, first.value_or(*to));
    if (!to || *to < *from)
        to = std::max(*from, last.value_or(*from));
    return IncidentFocus{*from, *to};
}

/// Which events the axis shows, and the range [lo, hi] they and the window need (before
/// padding). Every event with allEvents, else the focus and the events within its margin.
std::pair<qint64, qint64> chooseShown(TimelineLayout &layout, bool allEvents)
{
    const std::optional<IncidentFocus> focus = allEvents ? std::nullopt : focusOf(layout);
    qint64 inFrom = std::numeric_limits<qint64>::min();
    qint64 inTo = std::numeric_limits<qint64>::max();
    if (focus) {
        const qint64 margin = std::max<qint64>((focus->to - focus->from) / 2, kMsPerHour);
        inFrom = focus->from - margin;
        inTo = focus->to + margin;
    }
    std::optional<qint64> lo, hi;
    const auto include = [&](qint64 ms) {
        lo = lo ? std::min(*lo, ms) : ms;
        hi = hi ? std::max(*hi, ms) : ms;
    };
    layout.shown.clear();
    for (const ChartEvent &e : std::as_const(layout.events)) {
        const bool in = e.ms >= inFrom && e.ms <= inTo;
        layout.shown.append(in);
        if (in)
            include(e.ms);
        else if (e.ms < inFrom)
            ++layout.earlierCount;
        else
            ++layout.laterCount;
    }
    for (const auto &ms : {layout.startMs, layout.endMs})
        if (ms && *ms >= inFrom && *ms <= inTo)
            include(*ms);
    if (focus) {
        include(focus->from);
        include(focus->to);
    }
    return {*lo, *hi};
}

/// The axis range, its ticks and title from the range [lo, hi] the chart must show.
void axisOf(TimelineLayout &layout, qint64 lo, qint64 hi, qreal widthHint)
{
    if (hi - lo < 30 * kMsPerMinute) {
        const qint64 mid = lo + (hi - lo) / 2;
        lo = mid - 15 * kMsPerMinute;
        hi = mid + 15 * kMsPerMinute;
    }
    const qint64 span = hi - lo;
    layout.multiDay = span > 36 * kMsPerHour; // labels then say which day
    // Room on the right for the last labels and on the left for the first markers, and for
    // the count of the events beyond an edge.
    qint64 padLeft = std::max<qint64>(span / 25, 2 * kMsPerMinute);
    qint64 padRight = std::max<qint64>(span / 12, 2 * kMsPerMinute);
    if (layout.earlierCount > 0)
        padLeft += span / 7;
    if (layout.laterCount > 0)
        padRight += span / 9;
    layout.axisMin = lo - padLeft;
    layout.axisMax = hi + padRight;
    const int maxTicks = std::max(2, int(widthHint / 80)); // a tick about every 80 px
    layout.ticks = makeTicks(layout.axisMin, layout.axisMax, maxTicks, layout.nominalDates);

    const QString zoneName = layout.zoneLabel.isEmpty() ? Text::zoneNotStated() : layout.zoneLabel;
    layout.axisTitle = QStringLiteral("%1 (%2)").arg(Text::time(), zoneName);
    if (!layout.nominalDates) {
        const QDate d0 = QDateTime::fromMSecsSinceEpoch(lo, Qt::UTC).date();
        const QDate d1 = QDateTime::fromMSecsSinceEpoch(hi, Qt::UTC).date();
        layout.axisTitle += QStringLiteral(" · ") + d0.toString(Qt::ISODate);
        if (d1 != d0)
            layout.axisTitle += QStringLiteral(" – ") + d1.toString(Qt::ISODate);
    }
}

/// Phases: start -> detected -> mitigated -> resolved -> end; only when at least one of those
/// events says where a phase ends (else "investigate" would just be a guess). TTD and TTR
/// exactly as the key facts and the JSON give them (computeMetrics: none without the start's
/// date, for instance), drawn from the start to the event.
void phasesOf(const Postmortem &pm, TimelineLayout &layout, qint64 lastShown)
{
    const auto detected = firstOf(layout.events, EventKind::Detection, &layout.shown);
    const auto mitigated = firstOf(layout.events, EventKind::Mitigation, &layout.shown);
    const auto resolved = firstOf(layout.events, EventKind::Resolution, &layout.shown);
    if (layout.startMs && (detected || mitigated || resolved)) {
        const qint64 s = *layout.startMs;
        const qint64 e = layout.endMs.value_or(lastShown);
        const std::optional<qint64> investigateEnd
            = mitigated ? mitigated : (resolved ? resolved : std::optional<qint64>(e));
        const std::array<std::tuple<EventKind, std::optional<qint64>, std::optional<qint64>>, 4>
            phases = {{
                {EventKind::Detection, s, detected},
                {EventKind::Investigation, detected.value_or(s), investigateEnd},
                {EventKind::Mitigation, mitigated, resolved ? resolved : std::optional<qint64>(e)},
                {EventKind::Resolution, resolved, layout.endMs},
            }};
        for (int index = 0; index < 4; ++index) {
            const auto &[kind, from, to] = phases[size_t(index)];
            if (from && to && *to > *from)
                layout.phases.append({Text::phase(index), kind, *from, *to});
        }
    }
    layout.metrics = computeMetrics(pm);
    const IncidentMetrics &m = layout.metrics;
    if (layout.startMs && detected && m.timeToDetectMinutes)
        layout.brackets.append({Text::ttd(formatDuration(*m.timeToDetectMinutes)),
                                EventKind::Detection, *layout.startMs, *detected, kTtdY});
    if (layout.startMs && resolved && m.timeToResolveMinutes)
        layout.brackets.append({Text::ttr(formatDuration(*m.timeToResolveMinutes)),
                                EventKind::Resolution, *layout.startMs, *resolved, kTtrY});
}

/// Marker heights: events at (nearly) the same time stack up.
void markersOf(TimelineLayout &layout)
{
    const auto &events = layout.events;
    layout.markerSize = events.size() > 60 ? 8 : 11;
    const qint64 bucket
        = std::max<qint64>((layout.axisMax - layout.axisMin) / 110, kMsPerMinute / 2);
    layout.markerY.resize(events.size());
    // An event's level: how many shown events before it (in the timeline) lie within a bucket
    // of its time, at most kMaxStack. Looked up among its neighbours in time order, so that a
    // timeline of thousands of events is not compared pair by pair.
    const qsizetype n = events.size();
    QList<qsizetype> byTime(n);
    std::iota(byTime.begin(), byTime.end(), 0);
    std::stable_sort(byTime.begin(), byTime.end(),
                     [&](qsizetype a, qsizetype b) { return events[a].ms < events[b].ms; });
    QList<qsizetype> rank(n);
    for (qsizetype k = 0; k < n; ++k)
        rank[byTime[k]] = k;
    int maxLevel = 0;
    for (qsizetype i = 0; i < n; ++i) {
        int level = 0;
        const auto counts = [&](qsizetype k) {
            const qsizetype j = byTime[k];
            return j < i && layout.shown[j];
        };
        for (qsizetype k = rank[i] - 1;
             k >= 0 && events[byTime[k]].ms > events[i].ms - bucket && level < kMaxStack; --k)
            level += counts(k) ? 1 : 0;
        for (qsizetype k = rank[i] + 1;
             k < n && events[byTime[k]].ms < events[i].ms + bucket && level < kMaxStack; ++k)
            level += counts(k) ? 1 : 0;
        if (layout.shown[i])
            maxLevel = std::max(maxLevel, level);
        layout.markerY[i] = kMarkerY + level * kStackStep;
    }
    layout.labelFloor = kMarkerY + maxLevel * kStackStep + 6;
}

} // namespace

QList<ChartEvent> chartEvents(const Postmortem &pm)
{
    const std::optional<int> zone = documentOffset(pm);
    const QList<TimelineEvent> carried = withCarriedDates(pm.timeline, chartStart(pm));
    QList<ChartEvent> out;
    out.reserve(carried.size());
    for (qsizetype i = 0; i < carried.size(); ++i) {
        const TimelineEvent &e = carried[i];
        if (!e.at.hasDateTime())
            continue;
        out.append({int(i), wallMs(e.at, zone), e.kind, plainInline(e.text)});
    }
    return out;
}

ChartPalette chartPalette(ChartTheme theme)
{
    if (theme == ChartTheme::Dark) // as diagramPalette(DiagramTheme::Dark)
        return {QColor(0x1b, 0x1f, 0x26),
                QColor(0xe8, 0xec, 0xf1),
                QColor(0xa3, 0xae, 0xbb),
                QColor(0x33, 0x3a, 0x45),
                QColor(0x6b, 0x75, 0x83),
                QColor(0xff, 0x6b, 0x6b),
                true};
    return {QColor(Qt::white),
            QColor(0x1f, 0x29, 0x33),
            QColor(0x52, 0x60, 0x6d),
            QColor(0xe4, 0xe7, 0xeb),
            QColor(0x9a, 0xa5, 0xb1),
            QColor(0xc0, 0x39, 0x2b),
            false};
}

QString TimelineLayout::labelTime(qint64 ms) const
{
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    const QString time = dt.time().toString(QStringLiteral("HH:mm"));
    if (!multiDay)
        return time;
    if (nominalDates)
        return Text::day(dt.date().toJulianDay() - kNominalDay.toJulianDay() + 1) + QLatin1Char(' ')
               + time;
    return shortDay(dt.date()) + QLatin1Char(' ') + time;
}

int TimelineLayout::indexOfRow(int row) const
{
    for (qsizetype i = 0; i < events.size(); ++i)
        if (events[i].row == row)
            return int(i);
    return -1;
}

QString TimelineLayout::toolTip(int row) const
{
    const int i = indexOfRow(row);
    if (i < 0)
        return QString();
    const ChartEvent &e = events[i];
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(e.ms, Qt::UTC);
    QString when;
    if (nominalDates)
        when = Text::day(dt.date().toJulianDay() - kNominalDay.toJulianDay() + 1) + QLatin1Char(' ')
               + dt.time().toString(QStringLiteral("HH:mm"));
    else
        when = dt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!zoneLabel.isEmpty())
        when += QLatin1Char(' ') + zoneLabel;
    return QStringLiteral("%1 · %2\n%3").arg(when, eventKindTitle(e.kind), e.text);
}

std::optional<IncidentFocus> incidentFocus(const Postmortem &pm)
{
    TimelineLayout layout;
    layout.events = chartEvents(pm);
    windowOf(pm, layout);
    return focusOf(layout);
}

TimelineLayout layoutTimeline(const Postmortem &pm, qreal widthHint,
                              const TimelineChartOptions &options)
{
    TimelineLayout layout;
    layout.events = chartEvents(pm);
    if (layout.events.isEmpty())
        return layout;
    layout.nominalDates = !hasAnyDate(pm);
    layout.zoneLabel = zoneText(pm);
    windowOf(pm, layout);
    const auto [lo, hi] = chooseShown(layout, options.allEvents);
    axisOf(layout, lo, hi, widthHint);
    phasesOf(pm, layout, hi); // the last of what is shown bounds a phase with no end
    markersOf(layout);
    return layout;
}

} // namespace Hindsight
