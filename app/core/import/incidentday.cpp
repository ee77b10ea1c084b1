// Import stage "resolution": the incident's day when the stated span gives a time without
// one: the days written beside the span, the summary's and the timeline's dates, the post's
// date (front matter), the title. Split from span.cpp, which chooses the span.
#include "core/fastregex.h"
#include "core/import/draft.h"

#include <QRegularExpression>

#include <cstdlib>

namespace Hindsight::Import {

QDate MarkdownImporter::inDocumentsYear(const ImportTime::MonthDay &day, bool titleFirst)
{
    using namespace ImportTime;
    QList<DateHit> year;
    if (titleFirst)
        year = findDates(m_pm.title, m_dayFirst, 1);
    if (year.isEmpty())
        year = findDates(m_text, m_dayFirst, 1);
    const QDate d = year.isEmpty() ? QDate() : QDate(year.first().date.year(), day.month, day.day);
    if (d.isValid())
        noteGuess(ReportText::tr("The incident day is written without a year; the year %1 is "
                                 "taken from the document's other dates.")
                      .arg(d.year()),
                  {FieldId::IncidentStart});
    return d;
}

void MarkdownImporter::datesWithoutYear(ImportTime::Span &span)
{
    // The span's own days ("Jul 7 14:00 → Jul 8 11:13") in the year the document gives: the
    // title's, else its first full date's. They beat a date elsewhere in the summary, which
    // may be of something else (a commit weeks before).
    const QDate start = inDocumentsYear(*span.startDay, true);
    if (!start.isValid())
        return;
    span.startDate = start;
    if (!span.endDay || span.endDate.isValid() || !span.endTime.isValid())
        return;
    if (const QDate end = ImportTime::onOrAfter(*span.endDay, start); end.isValid())
        span.endDate = end;
}

QDate MarkdownImporter::statedIncidentDay()
{
    // A date stated elsewhere: the summary, the Duration line, the timeline's first date, the
    // front matter, the title.
    using namespace ImportTime;
    // Lines about the document ("Last updated: 2022-05-25", "Created: …") date the writing,
    // not the incident.
    static const FastRegex aboutDocument(
        QStringLiteral(R"(^\W*(?:last\s+)?(?:updated|modified|edited|reviewed|created|published|)"
                       R"(posted|written)(?:\s+(?:on|at|by))?\W*:)"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList kept;
    for (const QString &l : (m_durationText + QLatin1Char('\n') + m_pm.summary.left(kScan * 4))
                                .split(QLatin1Char('\n')))
        if (!aboutDocument.match(l).hasMatch())
            kept.append(l);
    const QString stated = kept.join(QLatin1Char('\n'));
    QList<DateHit> dates = findDates(stated, m_dayFirst, 1);
    if (dates.isEmpty()) {
        // "On July 2nd at 10:00" with the year written elsewhere in the document.
        if (const std::optional<MonthDay> md = findMonthDay(stated))
            if (const QDate d = inDocumentsYear(*md, false); d.isValid())
                return d;
    }
    bool timedBefore = false; // a timed entry above the timeline's first written date
    for (const PendingEvent &pe : std::as_const(m_events)) {
        if (!dates.isEmpty())
            break;
        if (pe.explicitDate)
            dates.append({0, 0, pe.event.at.date});
        else if (pe.event.at.time.isValid())
            timedBefore = true;
    }
    // A date written partway down the timeline ("2017-09-11" above the entries of a later
    // day) dates those entries, not the ones above it: the title's earlier day is the
    // incident's ("# 2017-09-09 Journal stack disappearing").
    if (timedBefore && !dates.isEmpty()) {
        const QList<DateHit> title = findDates(m_pm.title, m_dayFirst, 1);
        if (!title.isEmpty() && title.first().date < dates.first().date
            && title.first().date.daysTo(dates.first().date) <= 14)
            dates = title;
    }
    if (dates.isEmpty())
        if (const QDate d = postsDay(false); d.isValid())
            dates.append({0, 0, d});
    if (dates.isEmpty())
        dates = findDates(m_pm.title, m_dayFirst, 1);
    // "On February 21st, 2024, … experienced an outage": the lead paragraph before the first
    // section, when a section label names the summary.
    for (const QStringList &p : std::as_const(m_intro))
        if (dates.isEmpty())
            dates = findDates(p.join(QLatin1Char('\n')).left(kScan), m_dayFirst, 1);
    // "… the outage that occurred on January 21, 2024." in an introduction under a heading of
    // its own, or in a later section.
    for (const QString &p : std::as_const(m_otherProse))
        if (dates.isEmpty())
            dates = findDates(p.left(kScan), m_dayFirst, 1);
    return dates.isEmpty() ? QDate() : dates.first().date;
}

QDate MarkdownImporter::postsDay(bool toldAsToday)
{
    // The front matter dates the post. A summary that opens "Yesterday …", or a post whose
    // outage happened "yesterday" ("what happened yesterday blew my mind", "the site was down
    // for half a day yesterday"; three sets, three publishers) before any "today", tells of
    // the day before it: a blog's postmortem written the morning after. "The change we shipped
    // yesterday broke logins this morning" is not: the outage is today. One that opens "Today
    // …" or "This morning …" tells of that day.
    using namespace ImportTime;
    const QList<DateHit> dates = findDates(m_frontMatter, m_dayFirst, 1);
    if (dates.isEmpty())
        return QDate();
    static const FastRegex opensYesterday(QStringLiteral(R"(^\W*(?:\w+\W+){0,3}?yesterday\b)"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const FastRegex outageYesterday(
        QStringLiteral(
            R"(\b(?:happened|down|outage|offline|unavailable|unreachable|broke|went)\b[^.!?\n]{0,60}?\byesterday\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const FastRegex today(
        QStringLiteral(R"(^\W*(?:\w+\W+){0,12}?(?:today|this (?:morning|afternoon|evening))\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const FastRegex anyToday(
        QStringLiteral(R"(\b(?:today|this (?:morning|afternoon|evening))\b)"),
        QRegularExpression::CaseInsensitiveOption);
    // The summary and the paragraphs above the first heading, up to kScan characters.
    QString told = m_pm.summary.left(kScan);
    for (const QStringList &p : std::as_const(m_intro))
        if (told.size() < kScan)
            told += QLatin1Char('\n') + p.join(QLatin1Char(' '));
    told.truncate(kScan);
    const QStringView opening = QStringView(m_pm.summary).left(kScan);
    // Positions in `told` and `opening` agree: both start with the summary.
    const FastMatch sameDay = anyToday.match(told);
    const auto beforeAnyToday = [&sameDay](const FastMatch &m) {
        return m.hasMatch() && (!sameDay.hasMatch() || m.capturedEnd() <= sameDay.capturedStart());
    };
    if (beforeAnyToday(opensYesterday.match(opening))
        || beforeAnyToday(outageYesterday.match(told))) {
        noteGuess(ReportText::tr("The summary says “yesterday”: the incident day is the day "
                                 "before the post's date."),
                  {FieldId::IncidentStart});
        return dates.first().date.addDays(-1);
    }
    if (toldAsToday && !today.match(opening).hasMatch())
        return QDate();
    return dates.first().date;
}

std::optional<SpanChoice> MarkdownImporter::incidentDayOnly()
{
    // Nothing states a start and there is no timeline ("On 18th April 2021, a researcher
    // reported …"): the incident's day from the summary, the title, then the other sections,
    // not the front matter's date (a blog's date of publication).
    using namespace ImportTime;
    QList<DateHit> dates = findDates(m_pm.summary.left(kScan * 4), m_dayFirst, 1);
    if (dates.isEmpty())
        dates = findDates(m_pm.title, m_dayFirst, 1);
    for (const QString &p : std::as_const(m_otherProse))
        if (dates.isEmpty())
            dates = findDates(p.left(kScan), m_dayFirst, 1);
    // "… on November 9th." in the summary, the year written elsewhere (as statedIncidentDay
    // reads it when a time is stated).
    if (dates.isEmpty())
        if (const std::optional<MonthDay> md = findMonthDay(m_pm.summary.left(kScan * 4)))
            if (const QDate d = inDocumentsYear(*md, true); d.isValid())
                dates.append({0, 0, d});
    // A post that tells of "today" or "yesterday": the day by the post's date.
    if (dates.isEmpty())
        if (const QDate d = postsDay(true); d.isValid())
            dates.append({0, 0, d});
    if (dates.isEmpty())
        return std::nullopt;
    SpanChoice c;
    c.source = ReportText::tr("the first date the document gives");
    c.guessed = true;
    c.span.startDate = dates.first().date;
    return c;
}

std::optional<std::pair<QDate, QDate>> MarkdownImporter::statedDayRange(const QString &text) const
{
    // Two days joined as ranges are written (Chicago Manual of Style 6.78: an en dash, "from …
    // to", "between … and"): "between December 25, 2022 and December 30, 2022", "October 9 -
    // October 23, 2025", "Jan 29–31, 2026".
    using namespace ImportTime;
    static const FastRegex joiner(
        QStringLiteral(
            R"(^\s*(?:\(\w+\)\s*)?(?:-|\x{2013}|\x{2014}|to|and|through|until|till)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const FastRegex tailJoiner(
        QStringLiteral(R"(\s(?:-|\x{2013}|\x{2014}|to|and|through|until|till)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QList<DateHit> dates = findDates(text, m_dayFirst, 8, kScan * 4);
    for (qsizetype k = 0; k + 1 < dates.size(); ++k) {
        const DateHit &a = dates.at(k);
        const DateHit &b = dates.at(k + 1);
        if (b.date <= a.date || a.date.daysTo(b.date) > 366)
            continue;
        // A range of days in one month ("Jan 29–31, 2026", "25–30 November 2010"): findDates
        // reads its last day inside the first day's text.
        if (b.pos > a.pos && b.pos + b.length <= a.pos + a.length)
            return std::pair{a.date, b.date};
        // A range's first day written without its year is read with its joiner ("March 3 and ").
        const QStringView gap = QStringView(text).mid(a.pos + a.length, b.pos - a.pos - a.length);
        const QStringView own = QStringView(text).mid(a.pos, a.length);
        if (joiner.matches(gap) || (gap.trimmed().isEmpty() && tailJoiner.matches(own)))
            return std::pair{a.date, b.date};
    }
    return std::nullopt;
}

QDate MarkdownImporter::statedRangeEnd(const QDate &start) const
{
    // An incident told by days alone: the range's second day ends it, in the text that gave
    // the first (the Duration line, the summary, the title, another section or its heading).
    for (const QString &text : {m_durationText, m_pm.summary.left(kScan * 4), m_pm.title})
        if (const auto range = statedDayRange(text); range && range->first == start)
            return range->second;
    for (const QString &text : std::as_const(m_otherProse))
        if (const auto range = statedDayRange(text.left(kScan)); range && range->first == start)
            return range->second;
    return QDate();
}

void MarkdownImporter::completeSpanDates(SpanChoice &choice)
{
    using namespace ImportTime;
    Span &span = choice.span;
    if (span.startDate.isValid() && !span.endDate.isValid() && !span.startTime.isValid()
        && !span.endTime.isValid()) {
        span.endDate = statedRangeEnd(span.startDate);
        // A day and a length under a day ("On 2024-02-21 … stopped for around 45 mins"): the
        // incident ends that day (LABELING.md: a duration with a start gives the end).
        if (!span.endDate.isValid()) {
            std::optional<int> minutes = statedLength();
            if (!minutes)
                minutes = statedDurationMinutes(m_pm.summary.left(kScan * 4));
            if (minutes && *minutes < 24 * 60)
                span.endDate = span.startDate;
        }
    }
    if (span.startTime.isValid() && !span.startDate.isValid() && span.startDay)
        datesWithoutYear(span);
    if (span.startTime.isValid() && !span.startDate.isValid())
        span.startDate = statedIncidentDay();
    if (span.endTime.isValid() && !span.endDate.isValid() && span.startDate.isValid()) {
        span.endDate = span.endTime < span.startTime ? span.startDate.addDays(1) : span.startDate;
        if (span.endTime < span.startTime)
            noteGuess(ReportText::tr("The incident passes midnight: its end (%1) is dated the next "
                                     "day, %2.")
                          .arg(span.endTime.toString(QStringLiteral("HH:mm")),
                               span.endDate.toString(Qt::ISODate)),
                      {FieldId::IncidentEnd});
    }
    // A stated date that disagrees with the title's date only in its month or year is a
    // typo ("2019-02-25" in a report titled "March 26th, 2019").
    const QList<DateHit> titleDates = findDates(m_pm.title, m_dayFirst, 1);
    if (!choice.fromStatement || titleDates.isEmpty() || !span.startDate.isValid())
        return;
    const QDate title = titleDates.first().date;
    const QDate probe = span.endDate.isValid() ? span.endDate : span.startDate;
    if (std::abs(probe.daysTo(title)) <= 7)
        return;
    const QDate fixed(title.year(), title.month(), probe.day());
    if (!fixed.isValid() || std::abs(fixed.daysTo(title)) > 1)
        return;
    const int months = (fixed.year() - probe.year()) * 12 + (fixed.month() - probe.month());
    noteGuess(ReportText::tr("The incident date %1 disagrees with the title's date %2 only in "
                             "its month or year; read as %3.")
                  .arg(span.startDate.toString(Qt::ISODate), title.toString(Qt::ISODate),
                       span.startDate.addMonths(months).toString(Qt::ISODate)),
              span.endDate.isValid() ? QList{FieldId::IncidentStart, FieldId::IncidentEnd}
                                     : QList{FieldId::IncidentStart});
    span.startDate = span.startDate.addMonths(months);
    if (span.endDate.isValid())
        span.endDate = span.endDate.addMonths(months);
}

const PendingEvent *MarkdownImporter::firstTimedOn(const QDate &day) const
{
    if (!day.isValid())
        return nullptr;
    const QList<QDate> carried = carriedDates();
    for (qsizetype k = 0; k < m_events.size(); ++k)
        if (m_events.at(k).event.at.time.isValid() && carried.at(k) == day)
            return &m_events.at(k);
    return nullptr;
}

std::optional<SpanChoice> MarkdownImporter::statedSpanIn(const QString &text,
                                                         const QString &source) const
{
    const std::optional<ImportTime::Span> s
        = ImportTime::findSpan(text.left(kScan * 4), m_dayFirst);
    if (!s)
        return std::nullopt;
    SpanChoice c{*s, source};
    c.fromStatement = true;
    return c;
}

std::optional<SpanChoice> MarkdownImporter::wholeSpanIn(const QString &text,
                                                        const QString &source) const
{
    std::optional<SpanChoice> c = statedSpanIn(text, source);
    if (c && (!c->span.startTime.isValid() || !c->span.endTime.isValid() || c->span.endFromLength))
        c.reset();
    return c;
}

std::optional<SpanChoice> MarkdownImporter::spanFromStartEndLines() const
{
    using namespace ImportTime;
    if (!m_startText.isEmpty()) {
        const Span s = parseSpan(m_startText, m_dayFirst);
        if (s.startTime.isValid() || s.startDate.isValid()) {
            SpanChoice c;
            c.source = ReportText::tr("the Start and End lines");
            c.span.startDate = s.startDate;
            c.span.startTime = s.startTime;
            c.span.startText = s.startText;
            c.span.zone = s.zone;
            if (!m_endText.isEmpty()) {
                const Span e = parseSpan(m_endText, m_dayFirst);
                c.span.endDate = e.startDate;
                c.span.endTime = e.startTime;
                c.span.endText = e.startText;
                if (!c.span.zone)
                    c.span.zone = e.zone;
            } else if (const std::optional<int> minutes = statedDurationMinutes(m_durationText);
                       minutes && s.startTime.isValid()) {
                // "Time of outage: 2:35 PM" and "Resolution time: 1 hour and 22 minutes".
                const int endMin = s.startTime.hour() * 60 + s.startTime.minute() + *minutes;
                c.span.endTime = QTime((endMin / 60) % 24, endMin % 60);
                if (s.startDate.isValid())
                    c.span.endDate = s.startDate.addDays(endMin / (24 * 60));
            }
            return c;
        }
    }
    return std::nullopt;
}

void MarkdownImporter::endFromRecoverySentence(SpanChoice &choice)
{
    using namespace ImportTime;
    Span &span = choice.span;
    if (!span.startTime.isValid() || span.endTime.isValid() || span.endDate.isValid()
        || span.endFromLength || choice.endFromLength)
        return;
    QStringList texts{m_pm.summary, m_pm.impact, m_pm.resolution};
    texts += m_otherProse;
    for (const QString &whole : std::as_const(texts)) {
        const QString text = whole.left(kScan * 4);
        for (const TimeHit &t : findTimes(text, 16)) {
            const qsizetype from = std::max<qsizetype>(0, t.pos - 60);
            if (t.time <= span.startTime || !endCueBefore(text.mid(from, t.pos - from)))
                continue;
            const std::optional<ZoneHit> zone = zoneAfter(text, t.pos + t.length);
            if (zone && span.zone && zone->utcOffsetMinutes != span.zone->utcOffsetMinutes)
                continue;
            span.endTime = t.time;
            span.endText = text.mid(t.pos, t.length).trimmed();
            noteGuess(ReportText::tr("The end is the time a sentence gives for the recovery "
                                     "(“%1”); nothing else states one.")
                          .arg(span.endText),
                      {FieldId::IncidentEnd});
            return;
        }
    }
}

void MarkdownImporter::loneMomentOfRecovery(SpanChoice &choice)
{
    using namespace ImportTime;
    Span &span = choice.span;
    if (!span.startTime.isValid() || span.endTime.isValid() || span.endDate.isValid()
        || choice.startFromTimeline)
        return;
    for (const PendingEvent &pe : std::as_const(m_events))
        if (pe.event.at.time.isValid())
            return;
    if (findTimes(m_text, 2).size() != 1) // the whole text, last: the dearest test
        return;
    static const QRegularExpression word(QStringLiteral("\\b\\p{L}{3,}\\b"));
    // The sentence that holds the time, else the first sentence after it.
    const QString summary = m_pm.summary.left(kScan);
    const QStringList sentences = splitSentences(summary);
    QString told;
    for (qsizetype k = 0; k < sentences.size() && told.isEmpty(); ++k) {
        const QList<TimeHit> times = findTimes(sentences.at(k), 1);
        if (times.isEmpty())
            continue;
        QString rest = sentences.at(k);
        rest.remove(times.first().pos, times.first().length);
        const bool wordsBeside = rest.count(word) >= 6;
        told = wordsBeside ? sentences.at(k) : sentences.value(k + 1);
    }
    const EventKind kind = told.isEmpty() ? EventKind::Other : readKind(told).kind;
    if (kind != EventKind::Resolution && kind != EventKind::Mitigation)
        return;
    span.endTime = span.startTime;
    span.endText = span.startText;
    span.endDate = span.startDate;
    span.startTime = QTime();
    span.startText.clear();
    span.startDate = QDate();
    // Stamped on a line of its own ("When: … 14:37 PST"), the note is one status update: its
    // one timeline entry, as a status page's log gives each update one.
    if (!m_durationText.isEmpty() && m_durationText.contains(span.endText)) {
        PendingEvent pe;
        pe.event.at = {span.endDate, span.endTime, std::nullopt, span.endText};
        pe.event.kind = kind;
        pe.event.text = told.trimmed();
        pe.explicitDate = span.endDate.isValid();
        pe.zone = span.zone;
        pe.kindFixed = true;
        pe.statusUpdate = true;
        m_events.append(pe);
    }
    noteGuess(ReportText::tr("The document's one time comes with a recovery (“%1”): it is read "
                             "as the end; the start is not stated.")
                  .arg(span.endText),
              {FieldId::IncidentEnd});
}

} // namespace Hindsight::Import
