// ReviewDocument::findDuration: the incident's start, end and length as the document states
// them, in a Duration line, Start/End lines, or a "from … to …" sentence of the summary.
#include "core/review/reviewdocument.h"
#include "core/review/textscan.h"

#include <QRegularExpression>

namespace Hindsight::Review {

namespace {

struct Side
{
    std::optional<int> minutes;
    const CalendarDate *date = nullptr;
};

QDate dateOf(const CalendarDate *d, int year)
{
    if (!d || !d->exists)
        return {};
    return QDate(d->year ? d->year : year, d->month, d->day);
}

/// `s` with each parenthesised restatement of its times in another zone blanked ("10:05 IST
/// (04:35 UTC)", "from 14:10 to 15:25 AEST (09:40 to 10:55 IST)", "… (23:34 UTC on 20 May to
/// 00:41 UTC on 21 May)"): the same moments, not further bounds. Positions are kept; `s` is
/// returned as it is when no time stands outside the parentheses.
QString withoutRestatedTimes(const QString &s)
{
    static const QRegularExpression bracketed(QStringLiteral("\\([^()]*\\)"));
    QString outside = s;
    for (auto it = bracketed.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        if (!findClockTimes(m.captured()).isEmpty())
            outside.replace(m.capturedStart(), m.capturedLength(),
                            QString(m.capturedLength(), QLatin1Char(' ')));
    }
    return findClockTimes(outside).isEmpty() ? s : outside;
}

/// Reads "A to B" with times and dates into `out`.
void readSpan(const QString &statement, StatedDuration &out)
{
    const QString s = withoutRestatedTimes(statement);
    const QList<ClockTime> times = findClockTimes(s);
    const QList<CalendarDate> dates = findDates(s);
    const QList<TimeLength> lengths = findLengths(s);
    static const QRegularExpression hedge(
        QStringLiteral("\\b(?:about|approximately|approx\\.?|around|roughly|nearly|almost|some|"
                       "circa|~)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    // A length that measures something else in the same sentence is not the incident's:
    // "emails were delayed by up to two hours", "retried every 5 minutes", "two hours later".
    static const QRegularExpression otherLengthBefore(
        QStringLiteral("\\b(?:by|up to|every|each|per)\\s+"
                       "(?:about\\s+|approximately\\s+|around\\s+|roughly\\s+|up to\\s+)?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression otherLengthAfter(
        QStringLiteral("^\\s*(?:later|earlier|before|after|ago|apart|of (?:delay|latency|lag))\\b"),
        QRegularExpression::CaseInsensitiveOption);
    for (const TimeLength &l : lengths) {
        if (otherLengthBefore.match(s.left(l.position)).hasMatch()
            || otherLengthAfter.match(s.mid(l.position + l.length)).hasMatch())
            continue;
        out.length = l.minutes;
        out.approximate = hedge.match(s.left(l.position)).hasMatch();
        break;
    }
    int year = 0;
    for (const CalendarDate &d : dates)
        year = qMax(year, d.year);
    if (!year)
        year = 2000;
    if (times.isEmpty()) {
        if (!dates.isEmpty())
            out.startDate = dateOf(&dates.first(), year);
        return;
    }
    static const QRegularExpression endWord(
        QStringLiteral("\\b(?:end(?:ed|ing)?|until|till|resolved|restored|to)\\b\\W*$"),
        QRegularExpression::CaseInsensitiveOption);
    if (times.size() == 1) {
        const bool isEnd = endWord.match(s.left(times.first().position)).hasMatch();
        (isEnd ? out.end : out.start) = times.first().minutes;
        if (!dates.isEmpty())
            (isEnd ? out.endDate : out.startDate) = dateOf(&dates.first(), year);
        return;
    }
    const ClockTime &a = times[0];
    const ClockTime &b = times[1];
    out.start = a.minutes;
    out.end = b.minutes;
    // The connector between the two times splits the statement into the start's side and the
    // end's side; each side's date belongs to its time, a missing one is the other side's.
    static const QRegularExpression connector(
        QStringLiteral("\\s(?:to|and|until|till|through)\\s|\\s*[-\\x{2013}\\x{2014}]\\s*"));
    qsizetype split = b.position;
    for (auto it = connector.globalMatch(s, a.position + a.length); it.hasNext();) {
        const auto m = it.next();
        if (m.capturedStart() >= b.position)
            break;
        split = m.capturedStart();
    }
    const CalendarDate *startDate = nullptr;
    const CalendarDate *endDate = nullptr;
    for (const CalendarDate &d : dates) {
        if (d.position < split && !startDate)
            startDate = &d;
        else if (d.position >= split && !endDate)
            endDate = &d;
    }
    out.startDate = dateOf(startDate ? startDate : endDate, year);
    out.endDate = dateOf(endDate ? endDate : startDate, year);
    // Without an own date, an end earlier in the day than the start is on the next day.
    if ((!startDate || !endDate) && out.startDate.isValid() && *out.end < *out.start)
        out.endDate = out.startDate.addDays(1);
}

/// A native document keeps start and end as fields, not as words; moments the importer read
/// off a timeline (Moment::fromTimeline) or computed from a length (Moment::fromLength) do not
/// count as stated. A length may still be in the
/// prose ("lasted 3 hours", "for about 45 minutes").
void readModelDuration(const Postmortem &pm, const QStringList &lines, StatedDuration &d)
{
    if (pm.start.time.isValid())
        d.start = pm.start.time.hour() * 60 + pm.start.time.minute();
    if (pm.end.time.isValid())
        d.end = pm.end.time.hour() * 60 + pm.end.time.minute();
    d.startDate = pm.start.date;
    d.endDate = pm.end.date;
    // Moments the importer read off the timeline are not stated: a timeline alone is not a
    // duration, and its later entries are follow-ups, not events after a stated end.
    if (pm.start.fromTimeline) {
        d.start.reset();
        d.startDate = {};
    }
    if (pm.end.fromTimeline || pm.end.fromLength) {
        d.end.reset();
        d.endDate = {};
    }
    d.found = d.start || d.end || d.startDate.isValid() || d.endDate.isValid();
    d.fromModel = true;
    // A length in the prose: "lasted 3 hours", "for about 45 minutes", "a total of 2 hours".
    static const QRegularExpression lengthWord(
        QStringLiteral("\\b(?:lasted|for|over|total of|took)\\s+(?:about\\s+|approximately\\s+|"
                       "around\\s+|roughly\\s+|nearly\\s+|almost\\s+)?$"),
        QRegularExpression::CaseInsensitiveOption);
    // "for 45 minutes" is the incident's length only in a sentence about the outage or its
    // impact; "the data volume was at 100% for roughly 45 minutes" times a symptom.
    static const QRegularExpression outageWord(
        QStringLiteral("\\b(?:outage|incident|down|downtime|unavailable|offline|degraded|"
                       "disrupt\\w*|interrupt\\w*|impact\\w*|affected|fail\\w*|errors?|"
                       "broken|unable|could not|couldn't|cannot|can't|lasted|total of|took)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QString &line : std::as_const(lines)) {
        for (const TimeLength &l : findLengths(line)) {
            static const QRegularExpression stop(QStringLiteral("[.;!?](?:\\s|$)"));
            const qsizetype from = line.left(l.position).lastIndexOf(stop) + 1;
            qsizetype to = line.indexOf(stop, l.position + l.length);
            if (to < 0)
                to = line.size();
            const QString sentence = line.mid(from, to - from);
            if (lengthWord.match(line.left(l.position)).hasMatch()
                && outageWord.match(sentence).hasMatch()) {
                d.length = l.minutes;
                d.approximate
                    = QRegularExpression(QStringLiteral("(?:about|approximately|around|roughly|"
                                                        "nearly|almost)\\s+$"))
                          .match(line.left(l.position))
                          .hasMatch();
                d.text = line;
                break;
            }
        }
        if (d.length)
            break;
    }
}

} // namespace

void ReviewDocument::readEndInTheStartsZone(StatedDuration &d) const
{
    // An end written in another zone than the start ("from 02:20 CEST to 02:40 CET", the clocks
    // going back during the incident; the importer keeps each bound's offset) is read in the
    // incident's zone, as the timeline's entries are.
    const QTime end = m_pm.end.time;
    if (!d.end || !end.isValid() || *d.end != end.hour() * 60 + end.minute())
        return;
    int minutes = *d.end;
    readInIncidentZone(minutes, d.endDate, m_pm.end.utcOffsetMinutes);
    d.end = minutes;
}

void ReviewDocument::readBoundsAsImported(StatedDuration &d) const
{
    // A span written in another zone than the incident's ("from 14:10 to 15:25 AEST" over a
    // timeline in IST): the importer moved each bound into the incident's zone and kept the
    // words as written (Moment::text). A bound read here from those words is taken where the
    // importer placed it, so it is compared with the timeline in one zone.
    const auto asImported = [](std::optional<int> &minutes, QDate &date, const Moment &m) {
        if (!minutes || !m.time.isValid())
            return;
        const QList<ClockTime> written = findClockTimes(m.text);
        const int imported = m.time.hour() * 60 + m.time.minute();
        if (written.size() != 1 || written.first().minutes != *minutes || imported == *minutes)
            return;
        minutes = imported;
        if (m.date.isValid())
            date = m.date;
    };
    asImported(d.start, d.startDate, m_pm.start);
    asImported(d.end, d.endDate, m_pm.end);
}

void ReviewDocument::findDuration()
{
    static const QRegularExpression durationLabel(
        QStringLiteral("^[\\s*_\\->]*(?:incident\\s+|outage\\s+|total\\s+)?(?:duration|length|"
                       "time window|impact window|window)\\b[\\s*_]*:"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression startLabel(
        QStringLiteral("^[\\s*_\\->]*(?:incident\\s+)?(?:start(?:ed)?|began|start time|"
                       "impact start)\\b[\\s*_]*:"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression endLabel(
        QStringLiteral("^[\\s*_\\->]*(?:incident\\s+)?(?:end(?:ed)?|end time|resolved|"
                       "impact end|restored)\\b[\\s*_]*:"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression fromTo(
        QStringLiteral(
            // A dot between digits is a dotted time's ("between 23.40 GMT … and 01.15 GMT").
            "\\b(?:from|between)\\b(?:[^.;]|(?<=\\d)\\.(?=\\d)){0,80}?\\d{1,2}(?:[:.]\\d{2})?\\s*"
            "(?:[AaPp]\\.?[Mm]\\.?)?(?:[^.;]|(?<=\\d)\\.(?=\\d)){0,60}?\\b(?:to|and|until|till)"
            "\\b"),
        QRegularExpression::CaseInsensitiveOption);

    QStringList lines;
    QString where;
    for (const Block &b : std::as_const(m_blocks)) {
        if (b.part != Part::Summary && b.part != Part::Impact && b.part != Part::Title)
            continue;
        for (const QString &line : b.text.split(QLatin1Char('\n')))
            lines.append(line);
    }
    QString durationLine, startLine, endLine, sentence;
    for (const QString &line : std::as_const(lines)) {
        if (durationLine.isEmpty() && durationLabel.match(line).hasMatch())
            durationLine = line;
        else if (startLine.isEmpty() && startLabel.match(line).hasMatch())
            startLine = line;
        else if (endLine.isEmpty() && endLabel.match(line).hasMatch())
            endLine = line;
    }
    if (durationLine.isEmpty() && startLine.isEmpty()) {
        for (const QString &line : std::as_const(lines)) {
            for (const QString &s : sentences(line)) {
                if (fromTo.match(s).hasMatch() && findClockTimes(s).size() >= 2) {
                    sentence = s;
                    break;
                }
            }
            if (!sentence.isEmpty())
                break;
        }
    }

    StatedDuration &d = m_duration;
    if (!startLine.isEmpty() || !endLine.isEmpty()) {
        d.found = true;
        StatedDuration s, e;
        readSpan(startLine, s);
        readSpan(QStringLiteral("until ") + endLine, e);
        d.start = s.start;
        d.startDate = s.startDate;
        d.end = e.end ? e.end : e.start;
        d.endDate = e.endDate.isValid() ? e.endDate : e.startDate;
        if (!durationLine.isEmpty()) {
            StatedDuration l;
            readSpan(durationLine, l);
            d.length = l.length;
            d.approximate = l.approximate;
        }
        d.text = QStringList{startLine, endLine, durationLine}.join(QLatin1Char('\n')).trimmed();
    } else if (!durationLine.isEmpty() || !sentence.isEmpty()) {
        d.found = true;
        d.text = durationLine.isEmpty() ? sentence : durationLine;
        readSpan(d.text, d);
        // "Duration: …" may give only a length while a sentence gives the span.
        if (!d.start && !d.end) {
            for (const QString &line : std::as_const(lines)) {
                for (const QString &s : sentences(line)) {
                    if (s != d.text && fromTo.match(s).hasMatch()
                        && findClockTimes(s).size() >= 2) {
                        StatedDuration span;
                        readSpan(s, span);
                        d.start = span.start;
                        d.end = span.end;
                        d.startDate = span.startDate;
                        d.endDate = span.endDate;
                    }
                }
            }
        }
    } else if (m_pm.start.date.isValid() || m_pm.end.date.isValid()) {
        readModelDuration(m_pm, lines, d);
    }
    readEndInTheStartsZone(d);
    readBoundsAsImported(d);
    if (d.startDate.isValid())
        m_incidentDate = d.startDate;
    else if (m_pm.start.date.isValid())
        m_incidentDate = m_pm.start.date;
    else {
        for (const Block &b : std::as_const(m_blocks)) {
            for (const CalendarDate &c : findDates(b.text)) {
                if (c.year && c.exists) {
                    m_incidentDate = QDate(c.year, c.month, c.day);
                    break;
                }
            }
            if (m_incidentDate.isValid())
                break;
        }
    }
}

} // namespace Hindsight::Review
