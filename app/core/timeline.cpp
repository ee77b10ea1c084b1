#include "core/timeline.h"

#include <algorithm>
#include <limits>
#include <optional>
#include <vector>

namespace Hindsight {

namespace {

constexpr qint64 kMsPerDay = qint64(24) * 60 * 60 * 1000;
constexpr qint64 kLookBackMs = qint64(kUndatedLookBackMinutes) * 60 * 1000;

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

/// The effective position of one event, as computed by carryDates().
struct Effective
{
    std::optional<qint64> instantMs;  ///< wall-clock ms since Julian day 0; none without a time
    std::optional<QDate> carriedDate; ///< for an undated time whose day is known
};

/// Walks `events` in order and computes each one's effective instant (see sortTimeline).
/// Days are Julian day numbers; when no real date is known yet they count from 0, which puts
/// such events before every dated one.
std::vector<Effective> carryDates(const QList<TimelineEvent> &events, const Moment &start)
{
    qint64 day = 0;
    bool dayKnown = false;
    if (start.date.isValid()) {
        day = start.date.toJulianDay();
        dayKnown = true;
    }
    // The start, and the previous timed event (or the start): wall-clock ms, when known.
    bool startKnown = start.time.isValid();
    const qint64 startMs = startKnown ? day * kMsPerDay + start.time.msecsSinceStartOfDay() : 0;
    bool referenceKnown = startKnown;
    qint64 referenceMs = startMs;

    std::vector<Effective> out;
    out.reserve(events.size());
    for (const TimelineEvent &e : events) {
        Effective eff;
        if (e.at.time.isValid()) {
            const qint64 timeOfDay = e.at.time.msecsSinceStartOfDay();
            if (e.at.date.isValid()) {
                day = e.at.date.toJulianDay();
                dayKnown = true;
            } else if (referenceKnown) {
                // Rows dated before the incident start do not pull the undated rows below
                // them back: those are read against the start.
                const qint64 reference = startKnown ? std::max(referenceMs, startMs) : referenceMs;
                // The day that puts the time in [reference - look-back, +24 h).
                const qint64 lower = reference - kLookBackMs;
                day = floorDiv(lower, kMsPerDay);
                if (day * kMsPerDay + timeOfDay < lower)
                    ++day;
                if (dayKnown)
                    eff.carriedDate = QDate::fromJulianDay(day);
            } else if (dayKnown) {
                eff.carriedDate = QDate::fromJulianDay(day);
            }
            eff.instantMs = day * kMsPerDay + timeOfDay;
            referenceMs = *eff.instantMs;
            referenceKnown = true;
        } else if (e.at.date.isValid()) {
            // A day of its own ("## May 29" over its entries) dates the times below it, even
            // the start's day: they roll over from each other, no longer from the start, whose
            // time may be written in another zone than theirs.
            day = e.at.date.toJulianDay();
            referenceKnown = false;
            startKnown = false;
            dayKnown = true;
        }
        out.push_back(eff);
    }
    return out;
}

/// One pass: groups each timed event with the untimed events below it and stable-sorts the
/// groups by effective instant. Returns false when the order did not change.
bool sortPass(QList<TimelineEvent> &events, const Moment &start)
{
    const std::vector<Effective> eff = carryDates(events, start);
    struct Group
    {
        qint64 key;
        qsizetype first;
        qsizetype count;
    };
    std::vector<Group> groups;
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (eff[size_t(i)].instantMs)
            groups.push_back({*eff[size_t(i)].instantMs, i, 1});
        else if (groups.empty())
            groups.push_back({std::numeric_limits<qint64>::min(), i, 1}); // leading, untimed
        else
            ++groups.back().count;
    }
    std::stable_sort(groups.begin(), groups.end(),
                     [](const Group &a, const Group &b) { return a.key < b.key; });

    QList<TimelineEvent> sorted;
    sorted.reserve(events.size());
    bool moved = false;
    for (const Group &g : groups) {
        if (g.first != sorted.size())
            moved = true;
        for (qsizetype i = g.first; i < g.first + g.count; ++i)
            sorted.append(events[i]);
    }
    if (moved)
        events = std::move(sorted);
    return moved;
}

} // namespace

void sortTimeline(QList<TimelineEvent> &events, const Moment &incidentStart)
{
    // Dates carry along the current order, so a large move can change what the rows below it
    // carry; a second pass settles that. Bounded so a pathological list cannot loop.
    for (int pass = 0; pass < 3; ++pass)
        if (!sortPass(events, incidentStart))
            break;
}

QList<TimelineEvent> withCarriedDates(const QList<TimelineEvent> &events, const Moment &start)
{
    const std::vector<Effective> eff = carryDates(events, start);
    QList<TimelineEvent> out = events;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (!eff[size_t(i)].carriedDate)
            continue;
        out[i].at.date = *eff[size_t(i)].carriedDate;
        if (!out[i].at.utcOffsetMinutes)
            out[i].at.utcOffsetMinutes = start.utcOffsetMinutes;
    }
    return out;
}

} // namespace Hindsight
