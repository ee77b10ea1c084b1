#include "metrics.h"

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

std::optional<qint64> minutesBetween(const Moment &from, const Moment &to)
{
    const auto a = from.minutesSinceEpoch();
    const auto b = to.minutesSinceEpoch();
    if (!a || !b)
        return std::nullopt;
    return *b - *a;
}

std::optional<qint64> firstOfKind(const Postmortem &pm, EventKind kind)
{
    for (const TimelineEvent &e : pm.timeline)
        if (e.kind == kind)
            if (const auto d = minutesBetween(pm.start, resolveAgainstStart(e.at, pm.start)))
                return d;
    return std::nullopt;
}

} // namespace

IncidentMetrics computeMetrics(const Postmortem &pm)
{
    IncidentMetrics m;
    m.durationMinutes = minutesBetween(pm.start, resolveAgainstStart(pm.end, pm.start));
    m.timeToDetectMinutes = firstOfKind(pm, EventKind::Detection);
    m.timeToMitigateMinutes = firstOfKind(pm, EventKind::Mitigation);
    m.timeToResolveMinutes = firstOfKind(pm, EventKind::Resolution);
    return m;
}

} // namespace Hindsight
