// Facts of a postmortem that must agree. Sources: Google SRE Book, "Postmortem Culture" and
// its example postmortem (timeline in order, duration agreeing with start and end); the
// review set's time arithmetic (a timeline from late evening to early morning has moved to
// the next day; 12-hour times are converted before comparing; stated dates are used).
#include "core/review/checks.h"

#include "core/review/textscan.h"

#include <QRegularExpression>

#include <algorithm>

namespace Hindsight::Review {

namespace {

constexpr int kDay = 24 * 60;

/// Minutes from `base` to `date` at `minutes`.
qint64 instant(const QDate &base, const QDate &date, int minutes)
{
    return (base.isValid() && date.isValid() ? base.daysTo(date) * kDay : 0) + minutes;
}

/// True when going from `previous` to `next` (minutes after midnight) is passing midnight:
/// late evening to early morning.
bool crossesMidnight(int previous, int next)
{
    return previous >= 18 * 60 && next < 8 * 60;
}

struct Timed
{
    const Entry *entry;
    qint64 at;
};

/// The entries' instants in minutes from the incident's start date (or the first entry's
/// day), carrying dates forward and moving to the next day across midnight.
QList<Timed> placeEntries(const ReviewDocument &doc, const QDate &base, std::optional<int> start)
{
    QList<Timed> out;
    int number = -1;
    qint64 day = 0;
    int previous = -1;
    QDate previousDate;
    for (const Entry &e : doc.entries()) {
        if (e.timelineNumber != number) {
            number = e.timelineNumber;
            day = 0;
            previous = start ? *start : -1;
            previousDate = QDate();
        }
        qint64 at = 0;
        if (e.date.isValid() && base.isValid()) {
            at = instant(base, e.date, e.minutes);
            if (previousDate.isValid() && e.date == previousDate && previous >= 0
                && crossesMidnight(previous, e.minutes))
                at += kDay; // the importer carried the date over midnight without moving it
            day = (at - e.minutes) / kDay;
            previousDate = e.date;
        } else {
            if (previous >= 0 && crossesMidnight(previous, e.minutes))
                ++day;
            at = day * kDay + e.minutes;
        }
        previous = e.minutes;
        out.append({&e, at});
    }
    return out;
}

/// Dates no calendar has and shares of users outside 0–100, in what the author states (each
/// block without its code, read once for both).
void checkStatedValues(const ReviewDocument &doc, Findings &out)
{
    QStringList prose;
    for (const Block &b : doc.blocks())
        prose.append(proseOf(b.text));

    // Dates no calendar has.
    bool noSuchDate = false;
    const auto invalidDate = [&out, &noSuchDate](const QString &date, FieldId field, int index) {
        out.add(
            "consistency.invalid-date", "invalid-date", FindingSeverity::Error,
            ReviewText::tr("\"%1\" is not a date that exists; check the day and month.").arg(date),
            field, index);
        noSuchDate = true;
    };
    for (qsizetype k = 0; k < doc.blocks().size(); ++k) {
        const Block &b = doc.blocks().at(k);
        for (const CalendarDate &c : findDates(prose.at(k))) {
            if (!c.exists) {
                invalidDate(prose.at(k).mid(c.position, c.length), b.field, b.index);
                break;
            }
        }
    }
    // One the importer read in the document's own order of day and month ("31/06/2025" among
    // "30/05/2025" dates), which the words alone do not settle; pointed at where the words
    // stand: an action item's due date, else the summary.
    const QList<StatedValue> &stated = doc.postmortem().statedValues;
    const auto impossible = std::find_if(stated.cbegin(), stated.cend(),
                                         [](const StatedValue &v) { return v.isNoSuchDate(); });
    if (!noSuchDate && impossible != stated.cend()) {
        const auto item = std::find_if(
            doc.blocks().cbegin(), doc.blocks().cend(), [&impossible](const Block &b) {
                return b.field == FieldId::ActionItems && b.text.contains(impossible->stated);
            });
        if (item != doc.blocks().cend())
            invalidDate(impossible->stated, item->field, item->index);
        else
            invalidDate(impossible->stated, FieldId::Summary, -1);
    }

    // Share of users outside 0–100.
    for (qsizetype k = 0; k < doc.blocks().size(); ++k) {
        const Block &b = doc.blocks().at(k);
        if (b.part == Part::Actions)
            continue;
        for (double p : userPercentages(prose.at(k))) {
            if (p >= 0 && p <= 100)
                continue;
            out.add("consistency.percent-range", "percent-range", FindingSeverity::Error,
                    ReviewText::tr("%1% of users is impossible; a share of users is between 0 and "
                                   "100%.")
                        .arg(p),
                    b.field, b.index);
            break;
        }
    }
}

} // namespace

void checkConsistency(const ReviewDocument &doc, Findings &out)
{
    checkStatedValues(doc, out);

    // The model's share of users (a native document's field).
    if (const auto p = doc.postmortem().usersAffectedPercent; p && (*p < 0 || *p > 100))
        out.add("consistency.percent-range", "percent-range", FindingSeverity::Error,
                ReviewText::tr("%1% of users is impossible; a share of users is between 0 and "
                               "100%.")
                    .arg(*p),
                FieldId::UsersAffectedPercent);

    const StatedDuration &d = doc.duration();
    // An end before the start, both with dates.
    if (d.start && d.end && d.startDate.isValid() && d.endDate.isValid()
        && d.startDate.daysTo(d.endDate) * kDay + *d.end - *d.start < 0)
        out.add("consistency.end-before-start", "other", FindingSeverity::Error,
                ReviewText::tr("The incident ends before it starts; check the dates and times."),
                FieldId::IncidentEnd);
    // Stated length against start and end.
    if (d.start && d.end && d.length) {
        qint64 actual = *d.end - *d.start;
        if (d.startDate.isValid() && d.endDate.isValid())
            actual += d.startDate.daysTo(d.endDate) * kDay;
        else if (actual < 0)
            actual += kDay;
        // The review set's rule: more than 5 minutes apart. A hedged length ("about 2 hours")
        // may be off by 10% or 15 minutes, whichever is more.
        const qint64 tolerance = d.approximate ? qMax<qint64>(15, actual / 10) : 5;
        if (qAbs(actual - *d.length) > tolerance)
            out.add("consistency.stated-duration", "duration-mismatch", FindingSeverity::Error,
                    ReviewText::tr("The stated length (%1 minutes) does not match start to end "
                                   "(%2 minutes).")
                        .arg(*d.length)
                        .arg(actual),
                    FieldId::Summary);
    }

    // Timeline dates count from the stated start date; without one, from the first dated
    // entry, so dated entries keep their order when the document states no start.
    QDate base = d.startDate;
    for (qsizetype i = 0; !base.isValid() && i < doc.entries().size(); ++i)
        base = doc.entries().at(i).date;
    const QList<Timed> timed = placeEntries(doc, base, d.start);
    // Order within each timeline. One written newest first throughout (a status page's log
    // pasted as it stands) is one finding, not one per entry.
    bool newestFirst = timed.size() >= 3;
    for (qsizetype i = 1; newestFirst && i < timed.size(); ++i)
        newestFirst = timed[i].entry->timelineNumber == timed[0].entry->timelineNumber
                      && timed[i].at < timed[i - 1].at;
    if (newestFirst)
        out.add("consistency.time-order", "timeline-order", FindingSeverity::Error,
                ReviewText::tr("The timeline runs newest first; put it in time order, oldest "
                               "first."),
                timed[0].entry->field, timed[0].entry->index);
    for (qsizetype i = 1; !newestFirst && i < timed.size(); ++i) {
        if (timed[i].entry->timelineNumber != timed[i - 1].entry->timelineNumber)
            continue;
        if (timed[i].at < timed[i - 1].at) {
            out.add("consistency.time-order", "timeline-order", FindingSeverity::Error,
                    ReviewText::tr("This timeline event is earlier than the one before it; put the "
                                   "timeline in time order or fix the time."),
                    timed[i].entry->field, timed[i].entry->index);
        }
    }
    if (timed.isEmpty())
        return;
    qint64 first = timed.first().at;
    qint64 last = timed.first().at;
    const Entry *lastEntry = timed.first().entry;
    const Entry *firstEntry = timed.first().entry;
    for (const Timed &t : timed) {
        if (t.at < first) {
            first = t.at;
            firstEntry = t.entry;
        }
        if (t.at > last) {
            last = t.at;
            lastEntry = t.entry;
        }
    }
    if (d.start && first < *d.start) {
        out.add("consistency.start-after-first-event", "start-after-first-event",
                FindingSeverity::Warning,
                ReviewText::tr("The incident start is later than the first timeline event; move "
                               "the start earlier or check the event's time."),
                firstEntry->field, firstEntry->index);
    }
    if (d.end) {
        qint64 end = *d.end;
        if (base.isValid() && d.endDate.isValid())
            end += base.daysTo(d.endDate) * kDay;
        else if (d.start && end < *d.start)
            end += kDay;
        if (last > end)
            out.add("consistency.end-before-last-event", "event-after-end",
                    FindingSeverity::Warning,
                    ReviewText::tr("A timeline event is later than the incident end; move the end "
                                   "or check the event's time."),
                    lastEntry->field, lastEntry->index);
    }
}

} // namespace Hindsight::Review
