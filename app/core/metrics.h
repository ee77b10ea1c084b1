// Incident metrics computed from a postmortem's incident window and timeline.
#pragma once

#include "postmortem.h"

#include <optional>

namespace Hindsight {

/// Durations in whole minutes; std::nullopt when the events needed are missing (never 0 for
/// "unknown").
///
/// Definitions (Atlassian, "Common incident management metrics", and FireHydrant's incident
/// metrics glossary), all measured from the incident start, i.e. the start of impact:
/// - duration:        incident end − incident start.
/// - timeToDetect:    first `detection` event − start (TTD; Atlassian's MTTD per incident).
/// - timeToMitigate:  first `mitigation` event − start (impact reduced, not yet fixed).
/// - timeToResolve:   first `resolution` event − start (service restored). Only a
///                    resolution event counts, so a timeline without one has no TTR.
/// "MTTR" in Hindsight means mean time to *resolve* (Atlassian's "mean time to resolve"), the
/// average of timeToResolve over incidents; a single postmortem reports timeToResolve.
///
/// Event moments without a date take the incident start's date, moved to the next day when
/// their time is earlier than the start time (an incident that crosses midnight). Times
/// compare in UTC using each moment's offset.
struct IncidentMetrics
{
    std::optional<qint64> durationMinutes;
    std::optional<qint64> timeToDetectMinutes;
    std::optional<qint64> timeToMitigateMinutes;
    std::optional<qint64> timeToResolveMinutes;
};

IncidentMetrics computeMetrics(const Postmortem &pm);

/// `m` with its date filled in from the incident start as described above (unchanged when it
/// already has a date, or when the start has none).
Moment resolveAgainstStart(const Moment &m, const Moment &start);

} // namespace Hindsight
