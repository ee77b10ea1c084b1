// Time order of a postmortem timeline: dates carried across undated rows, midnight-aware.
#pragma once

#include "core/postmortem.h"

#include <QList>

namespace Hindsight {

/// How far an undated time may fall *before* the event above it and still be read as the same
/// day (an out-of-order row). A time earlier than that is read as the next day: 23:50 then
/// 00:10 is 23 h 40 min back, so 00:10 belongs to the next day. Equivalently, an undated time
/// is placed on the day that puts it between 6 hours before and 18 hours after the event above
/// it, which reads every in-order timeline with gaps under 18 hours correctly and lets a row
/// typed up to 6 hours too early move up instead of jumping to tomorrow.
inline constexpr int kUndatedLookBackMinutes = 6 * 60;

/// Sorts `events` into time order, in place. Stable: events at the same instant keep their
/// relative order, so a manual order of equal times survives. An in-order timeline whose
/// undated gaps are under 18 hours is left unchanged.
///
/// Every event gets an effective instant, computed walking the list in its current order:
/// - date and time given: that date and time.
/// - time but no date: the date carried from the event above it (or, for the first timed
///   event, from `incidentStart`), moved a day forward or back to fall within
///   [reference − 6 h, reference + 18 h) where the reference is the previous timed event's
///   effective instant, or the incident start when that is later (so a row dated before the
///   start does not drag the undated rows below it back); see kUndatedLookBackMinutes.
///   Examples: "23:50, 00:10" reads 00:10 as the day after 23:50; "10:30, 10:15" (a row
///   typed too low) reads both on the same day, so 10:15 sorts first.
///   With no date known at all (no dated event above it, start has no date), days are still
///   counted across midnights, and such events stay before the first dated event.
/// - no time (date only, or neither): no instant; the event stays right after the event
///   before it and moves with it (leading untimed events stay at the top). A date-only event
///   carries its date to the undated times below it.
///
/// Time zones: every time is the clock reading in the document's zone, as written; per-event
/// `utcOffsetMinutes` are not used for ordering (the editor writes every moment in the
/// document's zone). Seconds count. Dates and times are never modified, only the order.
void sortTimeline(QList<TimelineEvent> &events, const Moment &incidentStart);

/// `events` in the same order with the effective dates described at sortTimeline filled in:
/// every event with a time but no date gets its carried date, and, when it has no offset, the
/// incident start's `utcOffsetMinutes` (as resolveAgainstStart does). Events without a time,
/// dated events, and undated times for which no date is known (no dated event above them and
/// no start date) are returned unchanged. Meant for an already sorted timeline (charts,
/// metrics); `text` is kept.
QList<TimelineEvent> withCarriedDates(const QList<TimelineEvent> &events, const Moment &start);

} // namespace Hindsight
