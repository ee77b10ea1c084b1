// Incident metrics computed from a postmortem's incident window and timeline.
#pragma once

#include "core/postmortem.h"

#include <optional>

namespace Hindsight {

/// Durations in whole minutes; std::nullopt when the moments needed are missing (never 0 for
/// "unknown").
///
/// Definitions (Atlassian, "Common incident management metrics", and FireHydrant's incident
/// metrics glossary), all measured from the incident start, i.e. the start of impact:
/// - duration:        incident end − incident start.
/// - timeToDetect:    earliest `detection` event − start (TTD; Atlassian's MTTD per incident).
/// - timeToMitigate:  earliest `mitigation` event − start (impact reduced, not yet fixed);
///                    a mitigation after the first resolution is follow-up and does not count,
///                    so timeToMitigate never exceeds timeToResolve.
/// - timeToResolve:   earliest `resolution` event − start (service restored). Only a
///                    resolution event counts, so a timeline without one has no TTR.
/// "MTTR" in Hindsight means mean time to *resolve* (Atlassian's "mean time to resolve"), the
/// average of timeToResolve over incidents; a single postmortem reports timeToResolve.
///
/// "Earliest" is by time, not by row. Events without a date get the date withCarriedDates()
/// (timeline.h) gives them: carried from the event above or the incident start, so "23:50"
/// then "00:10" crosses midnight, and an undated "21:50" under a 22:00 start is 10 minutes
/// *before* the start. An event before the start gives a negative value (the document says
/// it was seen before impact began); it is reported as is, not clamped. The incident end,
/// when it has no date, takes the start's date, or the next day when its time is earlier.
/// Times compare in UTC: a moment without an offset is read in the document's zone
/// (pm.timezone), else in the start's offset, else as UTC. A metric needs the start's date and
/// time; without them every metric is nullopt.
struct IncidentMetrics
{
    std::optional<qint64> durationMinutes;
    std::optional<qint64> timeToDetectMinutes;
    std::optional<qint64> timeToMitigateMinutes;
    std::optional<qint64> timeToResolveMinutes;
};

IncidentMetrics computeMetrics(const Postmortem &pm);

/// Minutes from the incident start to the earliest event of `kind`, measured exactly as
/// computeMetrics() measures time to detect (same dates carried, same zones, negative when the
/// event is before the start). nullopt without a start date and time or without such an event.
std::optional<qint64> minutesToFirstEvent(const Postmortem &pm, EventKind kind);

/// `m` with its date filled in from the incident start: the start's date, or the next day when
/// the time is earlier than the start's time (an incident that crosses midnight). Unchanged
/// when it already has a date, has no time, or the start has no date.
Moment resolveAgainstStart(const Moment &m, const Moment &start);

} // namespace Hindsight
