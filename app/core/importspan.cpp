// Spans of time as postmortems state them: "from 09:00 to 11:15", "between 1830 and 2045 GMT",
// "lasted 3 hours" (importtime.h: Span, findSpan, parseSpan, statedDurationMinutes,
// statedLengthFromStart). Split from importtime.cpp, which reads the times, dates and zones.
#include "core/fastregex.h"
#include "core/importtime.h"

#include <QRegularExpression>

#include <algorithm>

namespace Hindsight::ImportTime {

namespace {

/// The minutes a length match states: group 1 the number (whole, or with a fraction of an
/// hour: "2.5 hrs"), group 2 its unit, group 3 the minutes after hours ("2 hours and 10
/// minutes"). nullopt without a match, or outside 1 minute to 60 days.
/// A length's number written as a word, as style guides spell out one to nine (AP, Chicago
/// 9.2 spells out up to one hundred): "for two hours", "for an hour".
struct NumberWord
{
    const char *word;
    double value;
};
constexpr NumberWord kNumberWords[] = {
    {"a", 1},       {"an", 1},      {"one", 1},     {"two", 2},         {"three", 3},
    {"four", 4},    {"five", 5},    {"six", 6},     {"seven", 7},       {"eight", 8},
    {"nine", 9},    {"ten", 10},    {"eleven", 11}, {"twelve", 12},     {"fifteen", 15},
    {"twenty", 20}, {"thirty", 30}, {"forty", 40},  {"forty-five", 45}, {"fifty", 50},
    {"ninety", 90},
};

/// kNumberWords as an alternation for a pattern.
QString numberWords()
{
    QStringList words;
    for (const NumberWord &n : kNumberWords)
        words.append(QLatin1String(n.word));
    return words.join(QLatin1Char('|'));
}

double lengthNumber(QStringView n)
{
    for (const NumberWord &w : kNumberWords)
        if (n.compare(QLatin1String(w.word), Qt::CaseInsensitive) == 0)
            return w.value;
    return n.toDouble();
}

std::optional<int> lengthMinutes(const FastMatch &m)
{
    if (!m.hasMatch())
        return std::nullopt;
    const double n = lengthNumber(m.capturedView(1));
    const bool hours = m.captured(2).startsWith(QLatin1Char('h'), Qt::CaseInsensitive);
    int minutes = int(n * (hours ? 60 : 1) + 0.5);
    if (hours && m.hasCaptured(3))
        minutes += m.captured(3).toInt();
    if (minutes <= 0 || minutes > 60 * 24 * 60)
        return std::nullopt;
    return minutes;
}

} // namespace

std::optional<int> statedDurationMinutes(const QString &text)
{
    static const FastRegex re(
        QStringLiteral(R"(\b(?:lasted|lasting|for|duration of|down for|outage of)\s+)"
                       R"((?:a total of\s+|a period of\s+|about\s+|approximately\s+|approx\.?\s+|)"
                       R"(around\s+|roughly\s+|nearly\s+|almost\s+|just over\s+|over\s+|~\s*)*)"
                       R"((\d{1,3}(?:\.\d+)?|\b(?:%1)(?=\s))\s*(hours?|hrs?|h|minutes?|mins?)\b)"
                       R"((?:,?\s*(?:and\s+)?(\d{1,2})\s*(?:minutes?|mins?|m)\b)?)")
            .arg(numberWords()),
        QRegularExpression::CaseInsensitiveOption);
    // The length as the outage's adjective: "a 24 minute outage", "a 15-hour outage" (a
    // compound modifier, Chicago Manual of Style 7.81), not "a 5-minute incident call".
    static const FastRegex adjective(
        QStringLiteral(
            R"(\b(\d{1,3}(?:\.\d+)?|\b(?:%1)(?=[\s-]))[\s-](hours?|hrs?|minutes?|mins?)[\s-])"
            R"((?:long\s+)?(?:(?:partial|full|complete|total|major|global)\s+)?(?:outage|downtime|disruption|degradation|interruption|incident))"
            R"(\b(?!\s+(?:call|review|bridge|meeting|channel)))")
            .arg(numberWords()),
        QRegularExpression::CaseInsensitiveOption);
    const QStringView head = QStringView(text).left(20000);
    if (const std::optional<int> minutes = lengthMinutes(re.match(head)))
        return minutes;
    return lengthMinutes(adjective.match(head));
}

std::optional<int> statedLengthFromStart(const QString &text)
{
    static const FastRegex re(
        QStringLiteral(
            R"(\b(?:(?:resolved|solved|fixed|closed|restored|mitigated|recovered|over)\s+(?:with)?in|)"
            R"(took|lasted)\s+(?:about\s+|approximately\s+|roughly\s+|~\s*)?)"
            R"((\d{1,3})\s*(hours?|hrs?|minutes?|mins?)\b)"
            R"((?:,?\s*(?:and\s+)?(\d{1,2})\s*(?:minutes?|mins?)\b)?)"
            R"(\s+(?:counted\s+|measured\s+)?from\s+the\s+(?:start|beginning|time|moment))"
            R"(\s+(?:of|it|we|the))"),
        QRegularExpression::CaseInsensitiveOption);
    return lengthMinutes(re.match(QStringView(text).left(20000)));
}

std::optional<int> statedOutageLength(const QString &text)
{
    static const FastRegex re(
        QStringLiteral(
            R"(\b(?:went|was|were|has been|had been|have been|is|are|been|became|become)\s+)"
            R"((?:completely\s+|fully\s+|partially\s+)?)"
            R"((?:down|offline|unavailable|unreachable|inaccessible|degraded|out of service))"
            R"(\s+for\s+(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+|almost\s+|)"
            R"(just under\s+|just over\s+|over\s+|~\s*)?)"
            R"((\d{1,3}|\b(?:%1)(?=\s))\s*(hours?|hrs?|minutes?|mins?)\b)"
            R"((?:,?\s*(?:and\s+)?(\d{1,2})\s*(?:minutes?|mins?)\b)?)")
            .arg(numberWords()),
        QRegularExpression::CaseInsensitiveOption);
    return lengthMinutes(re.match(QStringView(text).left(20000)));
}

namespace {

/// The times of `text` with "midnight" and "noon" named as the bound of a span ("from
/// approximately midnight until 7:52 A.M.", "lasted until noon on January 28"): 00:00 and
/// 12:00, in order of position (findTimes's hits up to `maxHits`). Only after a word that opens or
/// closes a span, so "passes midnight" or "the midnight batch" is no time (the corpus's 011 and
/// 024, held-out set 24's 005).
QList<TimeHit> spanTimes(const QString &text, int maxHits = 64)
{
    QList<TimeHit> times = findTimes(text, maxHits);
    if (!text.contains(QLatin1String("midnight"), Qt::CaseInsensitive)
        && !text.contains(QLatin1String("noon"), Qt::CaseInsensitive))
        return times;
    static const FastRegex named(
        QStringLiteral(R"(\b(?:from|since|at|until|till|to|by)\s+)"
                       R"((?:about\s+|around\s+|approximately\s+|roughly\s+|~\s*)?)"
                       R"((midnight|noon)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = named.globalMatch(text); it.hasNext();) {
        const FastMatch m = it.next();
        const bool noon = m.capturedView(1).compare(u"noon", Qt::CaseInsensitive) == 0;
        times.append({m.capturedStart(1), m.capturedLength(1), QTime(noon ? 12 : 0, 0)});
    }
    std::sort(times.begin(), times.end(),
              [](const TimeHit &a, const TimeHit &b) { return a.pos < b.pos; });
    return times;
}

/// A second range of the same sentence that starts where the span ends carries the incident on
/// in another state ("unavailable from 17:21 to 17:26 UTC and intermittently unavailable from
/// 17:26 to 17:40 UTC", "down from 10:00 to 10:20, then degraded from 10:20 until 11:05"): the
/// span ends where the last such range ends. `end` indexes the span's end in `times`; ranges
/// end at `stop` (the sentence's end). Only a time of day moves: the end's date stays.
void extendByAdjoiningSpan(const QString &s, const QList<TimeHit> &times, qsizetype end,
                           qsizetype stop, Span &span)
{
    static const FastRegex join(
        QStringLiteral(R"(^[\s,()~*_]*(?:to|until|till|through|-|–|—)[\s,()~*_]*$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (!span.endTime.isValid() || span.endFromLength)
        return;
    while (end + 2 < times.size() && times.at(end + 2).pos < stop) {
        const TimeHit &from = times.at(end + 1);
        const TimeHit &to = times.at(end + 2);
        if (from.time != times.at(end).time)
            return;
        QString between = s.mid(from.pos + from.length, to.pos - from.pos - from.length);
        detail::zoneTokenRegex().removeIn(between);
        if (!join.matches(between))
            return;
        span.endTime = to.time;
        span.endText = s.mid(to.pos, to.length);
        end += 2;
    }
}

} // namespace

std::optional<Span> findSpan(const QString &text, bool dayFirst)
{
    static const FastRegex connector(
        QStringLiteral(
            R"(^[\s,()~*_]*(?:on\s+)?[\s,()~*_]*(to|until|till|through|thru|and|-|–|—|~|〜|～)?)"
            // An arrow joins too, with what happened at the end named after it ("alert ~20:20
            // UTC → recovery ~00:20 UTC"), typed as one or two lines ("11:07 UTC => 13:40 UTC").
            R"((?(1)|(?:->|=>|→|⇒|⟶)(?:\s*[\p{L}-]+){0,2}))"
            // The end's day may come before its time with "at" ("until September 27 at 14:08").
            R"([\s,()~*_]*(?:(?:on|at)\s+)?(?:about|approximately|approx\.?|around|roughly)?)"
            R"([\s,()~*_]*$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const FastRegex between(QStringLiteral(R"(\bbetween\b[^.;!?]{0,40}$)"),
                                   QRegularExpression::CaseInsensitiveOption);
    static const FastRegex sentenceEnd(QStringLiteral(R"([.!?;](?:\s|$)|\n\s*\n)"));
    static const FastRegex laterWave(
        QStringLiteral(R"(\b(?:second|third|fourth|another|new|further|next|subsequent|later))"
                       R"(\s+(?:wave|occurrence|outage|round|episode|bout|burst)s?\b)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString s = text.left(20000);
    const QList<TimeHit> times = spanTimes(s);
    const QList<DateHit> dates = findDates(s, dayFirst);
    const auto sentenceStart = [&](qsizetype pos) {
        qsizetype start = 0;
        auto it = sentenceEnd.globalMatch(QStringView(s).left(pos));
        while (it.hasNext())
            start = it.next().capturedEnd();
        return start;
    };
    const auto sentenceStop = [&](qsizetype pos) {
        const FastMatch m = sentenceEnd.match(s, pos);
        return m.hasMatch() ? m.capturedStart() + 1 : s.size();
    };
    for (qsizetype i = 0; i + 1 < times.size(); ++i) {
        const TimeHit &a = times.at(i);
        const TimeHit &b = times.at(i + 1);
        // What joins the two times, without the dates and zones written with them.
        QString join = s.mid(a.pos + a.length, b.pos - a.pos - a.length);
        if (join.size() > 60)
            continue;
        for (qsizetype k = dates.size() - 1; k >= 0; --k) {
            const DateHit &d = dates.at(k);
            if (d.pos >= a.pos + a.length && d.pos + d.length <= b.pos)
                join.remove(d.pos - a.pos - a.length, d.length);
        }
        detail::zoneTokenRegex().removeIn(join);
        // Days written without a year ("Jul 7 14:00 → Jul 8 11:13") join nothing either.
        for (int k = 0; k < 2; ++k)
            if (const std::optional<MonthDay> md = findMonthDay(join))
                join.remove(md->pos, md->length);
        // An aside between the times ("from ~12:00 (maybe earlier) to 17:55") joins nothing.
        static const FastRegex aside(QStringLiteral(R"(\([^()]{0,40}\))"));
        aside.removeIn(join);
        const FastMatch m = connector.match(join);
        if (!m.hasMatch())
            continue;
        const qsizetype from
            = std::max(sentenceStart(a.pos),
                       i > 0 ? times.at(i - 1).pos + times.at(i - 1).length : qsizetype(0));
        if (m.captured(1).compare(QLatin1String("and"), Qt::CaseInsensitive) == 0
            && !between.match(QStringView(s).mid(from, a.pos - from)).hasMatch())
            continue;
        qsizetype to = sentenceStop(b.pos + b.length);
        if (i + 2 < times.size())
            to = std::min(to, times.at(i + 2).pos);
        // A later wave's span ("a second wave of unavailability from 11:40 to 11:53") is not
        // the incident's: it started before.
        if (laterWave.match(QStringView(s).mid(from, to - from)).hasMatch())
            continue;
        Span span = parseSpan(s.mid(from, to - from), dayFirst);
        extendByAdjoiningSpan(s, times, i + 1, sentenceStop(b.pos + b.length), span);
        return span;
    }
    // One time and a duration stated in the same sentence; not when the time is the end
    // ("lasted 10 minutes, ending at 11:34 PM": the start is stated elsewhere).
    static const FastRegex endBefore(
        QStringLiteral(R"(\b(?:end|ended|ending|ends|until|till|resolved|restored|recovered)\b)"
                       R"([^.;!?]{0,30}$)"),
        QRegularExpression::CaseInsensitiveOption);
    for (const TimeHit &t : times) {
        const qsizetype from = sentenceStart(t.pos);
        const qsizetype to = sentenceStop(t.pos + t.length);
        const QString sentence = s.mid(from, to - from);
        if (spanTimes(sentence, 2).size() == 1 && statedDurationMinutes(sentence)
            && !endBefore.match(QStringView(s).mid(from, t.pos - from)).hasMatch())
            return parseSpan(sentence, dayFirst);
    }
    return std::nullopt;
}

namespace {

/// The month and day written without a year beside the span's times: the start's before its
/// time or right after it, the end's between the times or after the end time ("Jul 7 ~14:00
/// UTC → Jul 8 ~11:13 UTC", "14:00 on Jul 7 to 11:13 on Jul 8").
void readDaysWithoutYear(const QString &text, const TimeHit &start, const TimeHit *end, Span &span)
{
    QList<MonthDay> days;
    for (qsizetype from = 0; days.size() < 4;) {
        std::optional<MonthDay> md = findMonthDay(text.mid(from));
        if (!md)
            break;
        md->pos += from;
        from = md->pos + md->length;
        days.append(*md);
    }
    qsizetype endFrom = start.pos + start.length;
    for (const MonthDay &md : std::as_const(days))
        if (md.pos < start.pos)
            span.startDay = md;
    if (!span.startDay) {
        for (const MonthDay &md : std::as_const(days))
            if (md.pos > start.pos && (!end || md.pos < end->pos)) {
                span.startDay = md;
                endFrom = md.pos + md.length;
                break;
            }
    }
    if (!end || span.endDate.isValid())
        return;
    for (const MonthDay &md : std::as_const(days))
        if (md.pos >= endFrom) {
            span.endDay = md;
            break;
        }
}

} // namespace

Span parseSpan(const QString &text, bool dayFirst)
{
    Span span;
    const QList<TimeHit> times = spanTimes(text);
    const QList<DateHit> dates = findDates(text, dayFirst);
    if (times.isEmpty()) {
        if (!dates.isEmpty()) {
            span.startDate = dates.first().date;
            if (dates.size() > 1 && dates.last().date != span.startDate)
                span.endDate = dates.last().date;
        }
        span.zone = firstZone(text);
        return span;
    }
    const TimeHit &t0 = times.first();
    span.startTime = t0.time;
    span.startText = text.mid(t0.pos, t0.length).trimmed();

    bool startDateBefore = false;
    for (const DateHit &d : dates) {
        if (d.pos < t0.pos) {
            span.startDate = d.date;
            startDateBefore = true;
        }
    }
    if (!startDateBefore) {
        for (const DateHit &d : dates) {
            if (d.pos > t0.pos) {
                span.startDate = d.date;
                break;
            }
        }
    }

    std::optional<ZoneHit> zone = zoneAfter(text, t0.pos + t0.length, span.startDate);
    if (times.size() > 1) {
        const TimeHit &t1 = times.last();
        span.endTime = t1.time;
        span.endText = text.mid(t1.pos, t1.length).trimmed();
        // "23:30 UTC on 31 October 2024 to 01:15": a date right after the start time is the
        // start's own; only another date before the end time, or one after it, is the end's.
        qsizetype startOwn = -1;
        if (!startDateBefore)
            for (const DateHit &d : dates)
                if (d.pos > t0.pos && d.pos < t1.pos) {
                    startOwn = d.pos;
                    break;
                }
        bool explicitEnd = false;
        // "23:30 on 9 July to 01:10 on 10 July 2024": the start's day without its year between
        // the times, the end's date with its year after the end time. The start takes its own
        // day and the end's year (the year before when that day would come after the end).
        if (!startDateBefore && startOwn < 0) {
            const qsizetype from = t0.pos + t0.length;
            const std::optional<MonthDay> own = findMonthDay(text.mid(from, t1.pos - from));
            const auto after = std::find_if(dates.cbegin(), dates.cend(),
                                            [&t1](const DateHit &d) { return d.pos > t1.pos; });
            if (own && after != dates.cend()) {
                QDate day(after->date.year(), own->month, own->day);
                if (day.isValid() && day > after->date)
                    day = day.addYears(-1);
                if (day.isValid()) {
                    span.startDate = day;
                    span.endDate = after->date;
                    explicitEnd = true;
                }
            }
        }
        for (const DateHit &d : dates) {
            if (d.pos > t0.pos && d.pos < t1.pos && d.pos != startOwn) {
                span.endDate = d.date;
                explicitEnd = true;
            }
        }
        if (!explicitEnd && (startDateBefore || startOwn >= 0)) {
            for (const DateHit &d : dates) {
                if (d.pos > t1.pos) {
                    span.endDate = d.date;
                    explicitEnd = true;
                    break;
                }
            }
        }
        if (!explicitEnd) {
            span.endDate = span.startDate;
            if (span.endDate.isValid() && span.endTime < span.startTime)
                span.endDate = span.endDate.addDays(1);
        }
        if (auto z1 = zoneAfter(text, t1.pos + t1.length, span.startDate)) {
            span.endText += QLatin1Char(' ') + text.mid(z1->pos, z1->length);
            if (!zone)
                zone = z1;
        }
    } else if (const std::optional<int> minutes = statedDurationMinutes(text)) {
        const int startMin = span.startTime.hour() * 60 + span.startTime.minute();
        const int endMin = startMin + *minutes;
        span.endTime = QTime((endMin / 60) % 24, endMin % 60);
        if (span.startDate.isValid())
            span.endDate = span.startDate.addDays(endMin / (24 * 60));
        span.endFromLength = true;
    }
    if (zone)
        span.startText += QLatin1Char(' ') + text.mid(zone->pos, zone->length);
    span.zone = zone ? zone : firstZone(text, span.startDate);
    if (!span.startDate.isValid())
        readDaysWithoutYear(text, t0, times.size() > 1 ? &times.last() : nullptr, span);
    return span;
}

} // namespace Hindsight::ImportTime
