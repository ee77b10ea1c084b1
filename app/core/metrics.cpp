#include "core/metrics.h"

#include "core/timeline.h"

namespace Hindsight {

Moment resolveAgainstStart(const Moment &m, const Moment &start)
{
    Moment r = m;
    if (r.date.isValid() || !r.time.isValid() || !start.date.isValid())
        return r;
    r.date = start.date;
    if (start.time.isValid() && r.time < start.time)
        r.date = r.date.addDays(1);
    if (!r.utcOffsetMinutes)
        r.utcOffsetMinutes = start.utcOffsetMinutes;
    return r;
}

namespace {

/// Minutes since the epoch of `m`, reading a moment without an offset in the document's zone.
std::optional<qint64> instant(Moment m, const Postmortem &pm)
{
    if (!m.utcOffsetMinutes)
        m.utcOffsetMinutes = pm.timezone ? std::optional<int>(pm.timezone->utcOffsetMinutes)
                                         : pm.start.utcOffsetMinutes;
    return m.minutesSinceEpoch();
}

/// The earliest event of `kind`, optionally no later than `notAfter`.
std::optional<qint64> earliestOfKind(const QList<TimelineEvent> &events, EventKind kind,
                                     const Postmortem &pm,
                                     std::optional<qint64> notAfter = std::nullopt)
{
    std::optional<qint64> earliest;
    for (const TimelineEvent &e : events) {
        if (e.kind != kind)
            continue;
        if (const auto t = instant(e.at, pm);
            t && (!earliest || *t < *earliest) && (!notAfter || *t <= *notAfter))
            earliest = t;
    }
    return earliest;
}

} // namespace

IncidentMetrics computeMetrics(const Postmortem &pm)
{
    IncidentMetrics m;
    const auto start = instant(pm.start, pm);
    if (!start)
        return m;
    const auto since = [&start](std::optional<qint64> t) -> std::optional<qint64> {
        if (!t)
            return std::nullopt;
        return *t - *start;
    };
    m.durationMinutes = since(instant(resolveAgainstStart(pm.end, pm.start), pm));
    const QList<TimelineEvent> events = withCarriedDates(pm.timeline, pm.start);
    m.timeToDetectMinutes = since(earliestOfKind(events, EventKind::Detection, pm));
    const auto resolved = earliestOfKind(events, EventKind::Resolution, pm);
    // Mitigation reduces impact before the fix: one after the resolution is follow-up work.
    m.timeToMitigateMinutes = since(earliestOfKind(events, EventKind::Mitigation, pm, resolved));
    m.timeToResolveMinutes = since(resolved);
    return m;
}

std::optional<qint64> minutesToFirstEvent(const Postmortem &pm, EventKind kind)
{
    const auto start = instant(pm.start, pm);
    if (!start)
        return std::nullopt;
    const auto first = earliestOfKind(withCarriedDates(pm.timeline, pm.start), kind, pm);
    if (!first)
        return std::nullopt;
    return *first - *start;
}

} // namespace Hindsight
