// Import stage "resolution": the incident start and end.
#include "core/fastregex.h"
#include "core/import/draft.h"
#include "core/import/eventkinds.h"
#include "core/timeline.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <cstdlib>

namespace Hindsight::Import {

SpanChoice MarkdownImporter::endFirst(const QString &text, const ImportTime::TimeHit &end,
                                      const QList<ImportTime::DateHit> &dates) const
{
    // "This incident has been resolved on the 6th of May 2024 at 1:30pm UTC. On the 4th of
    // May, …": the summary's only time is the end; the start is the earliest other day it
    // names before that, without a time (LABELING.md: null where the document does not say).
    using namespace ImportTime;
    SpanChoice c;
    c.source = ReportText::tr("the summary's sentence on the resolution");
    c.guessed = true;
    c.span.endTime = end.time;
    c.span.endText = text.mid(end.pos, end.length).trimmed();
    c.span.zone = zoneAfter(text, end.pos + end.length);
    for (const DateHit &d : dates)
        if (d.pos < end.pos && !text.mid(d.pos, end.pos - d.pos).contains(QLatin1String("\n\n")))
            c.span.endDate = d.date;
    for (const DateHit &d : dates)
        if (d.date.isValid() && (!c.span.endDate.isValid() || d.date < c.span.endDate)
            && (!c.span.startDate.isValid() || d.date < c.span.startDate))
            c.span.startDate = d.date;
    if (!c.span.startDate.isValid())
        c.span.startDate = c.span.endDate;
    return c;
}

namespace {

/// The kind an entry counts as for the incident window: the model's guess is no evidence of
/// where the incident starts or ends (KindReading::guessed).
EventKind windowKind(const PendingEvent &pe)
{
    return pe.kindGuessed ? EventKind::Other : pe.event.kind;
}

/// Whether the time a summary gives ends the incident: an end cue before it, "end" or
/// "resolved" right after it, or a recovery told of a subject after it ("at 10:05 service
/// was restored"). `before` is the text before the time, `after` the rest of its sentence.
bool endsAfterTime(const QString &before, const QString &after)
{
    static const FastRegex endAfter(
        QStringLiteral(R"(^\s*(?:\(?[A-Z]{2,5}\)?\s*)?(?:end|ended|resolved|restored)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    // "by 9:40 UTC traffic had returned to normal", "at 10:05 service was restored", "at
    // 12:10pm, all services that were inaccessible due to this outage came back online": a
    // subject of a few words, then the recovery.
    static const FastRegex recoveredAfter(
        QStringLiteral(
            R"(^\s*(?:\(?[A-Z]{2,5}\)?)?\s*,?\s*(?:[\w-]+\s+){1,12}?(?:(?:had|has|have)\s+)?)"
            R"((?:returned to normal|recovered|(?:was|were|is|are|had been|has been|have been)\s+)"
            R"((?:fully\s+)?(?:restored|recovered|back)|(?:was|were|is|are)?\s*back (?:to normal|up|online))"
            R"(|(?:came|come|comes) back (?:up|online)|became (?:available|accessible|reachable) again)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return endCueBefore(before) || endAfter.match(after).hasMatch()
           || recoveredAfter.match(after).hasMatch();
}

} // namespace

std::optional<SpanChoice> MarkdownImporter::summaryStatement(const QString &summary)
{
    // The summary names when it started ("From 7:40AM ET on 04-22-2021 …") and perhaps when it
    // ended ("… was fixed by 10:05AM ET", "2:30 PM end", "lasted 25 minutes"). A time written
    // in a zone other than the timeline's ("21:10 CET (still to convert to ET)") is not used.
    using namespace ImportTime;
    // The summary's own prose: without the "Duration:" / "Date:" lines read before.
    static const FastRegex listMarker(QStringLiteral(R"(^(?:[-*+]|\d{1,2}[.)])\s+)"));
    QStringList prose;
    for (const QString &l : QString(summary.left(kScan * 4)).split(QLatin1Char('\n'))) {
        QString item = l.trimmed();
        listMarker.removeIn(item);
        const LabelSplit split = splitLabel(item);
        const Label label = split.ok && split.colon ? classifyLabelText(split.label) : Label::None;
        // Document metadata ("Last modified: Saturday, Feb 06, 2021 3:34pm") is no statement.
        const bool metadata = split.ok && split.colon && !split.bare
                              && split.rest.count(QLatin1Char(' ')) < 8
                              && !ImportTime::findTimes(split.rest, 1).isEmpty();
        if (label != Label::Duration && label != Label::Start && label != Label::End && !metadata)
            prose.append(l);
    }
    const QString text = prose.join(QLatin1Char('\n'));
    const QList<TimeHit> times = findTimes(text, 16, kScan * 4);
    if (times.isEmpty())
        return std::nullopt;
    std::optional<ZoneHit> timelineZone;
    for (const PendingEvent &pe : std::as_const(m_events))
        if (pe.zone && !timelineZone)
            timelineZone = pe.zone;
    const auto zoneOf = [&](const TimeHit &t) {
        std::optional<ZoneHit> z = zoneAfter(text, t.pos + t.length);
        if (!z)
            z = zoneBefore(text, t.pos);
        return z;
    };
    std::optional<qsizetype> startIndex;
    for (qsizetype k = 0; k < times.size(); ++k) {
        const auto z = zoneOf(times.at(k));
        if (z && timelineZone && z->utcOffsetMinutes != timelineZone->utcOffsetMinutes)
            continue;
        startIndex = k;
        break;
    }
    if (!startIndex)
        return std::nullopt;
    const TimeHit &t0 = times.at(*startIndex);
    const QList<DateHit> dates = findDates(text, m_dayFirst, 16, kScan * 4);
    const auto beforeTime = [&text](const TimeHit &t) {
        return text.mid(std::max<qsizetype>(0, t.pos - 60), std::min<qsizetype>(60, t.pos));
    };
    if (endCueBefore(beforeTime(t0)))
        return endFirst(text, t0, dates);
    SpanChoice c;
    c.source = ReportText::tr("the first time the summary gives");
    c.guessed = true;
    c.span.startTime = t0.time;
    c.span.startText = text.mid(t0.pos, t0.length).trimmed();
    c.span.zone = zoneOf(t0);
    // The date: the nearest one before the time in the same paragraph, else the first after.
    for (const DateHit &d : dates)
        if (d.pos < t0.pos && !text.mid(d.pos, t0.pos - d.pos).contains(QLatin1String("\n\n")))
            c.span.startDate = d.date;
    if (!c.span.startDate.isValid())
        for (const DateHit &d : dates)
            if (d.pos > t0.pos) {
                c.span.startDate = d.date;
                break;
            }
    for (qsizetype k = *startIndex + 1; k < times.size(); ++k) {
        const TimeHit &t = times.at(k);
        const QString before = beforeTime(t);
        const QString after = text.mid(t.pos + t.length, 100).section(QLatin1Char('.'), 0, 0);
        if (endsAfterTime(before, after)) {
            c.span.endTime = t.time;
            c.span.endText = text.mid(t.pos, t.length).trimmed();
            for (const DateHit &d : dates)
                if (d.pos > t0.pos + t0.length && d.pos < t.pos)
                    c.span.endDate = d.date;
            // A day without its year between the two ("until Friday, November 18th, at
            // 3:01pm"): the start's year, or the next when that day would come first.
            const qsizetype gap = t0.pos + t0.length;
            if (!c.span.endDate.isValid() && c.span.startDate.isValid())
                if (const auto md = findMonthDay(text.mid(gap, t.pos - gap)))
                    c.span.endDate = onOrAfter(*md, c.span.startDate);
            break;
        }
    }
    if (!c.span.endTime.isValid()) {
        // A duration stated in the summary.
        for (const QString &sentence : splitSentences(text)) {
            if (const std::optional<int> minutes = statedDurationMinutes(sentence)) {
                const int endMin = t0.time.hour() * 60 + t0.time.minute() + *minutes;
                c.span.endTime = QTime((endMin / 60) % 24, endMin % 60);
                if (c.span.startDate.isValid())
                    c.span.endDate = c.span.startDate.addDays(endMin / (24 * 60));
                noteGuess(ReportText::tr("Incident end computed from the duration the summary "
                                         "states (%1 minutes).")
                              .arg(*minutes),
                          {FieldId::IncidentEnd});
                break;
            }
        }
    }
    return c;
}

std::optional<SpanChoice> MarkdownImporter::chooseSpan()
{
    using namespace ImportTime;
    const auto hasStart = [](const Span &s) {
        return s.startTime.isValid() || s.startDate.isValid();
    };
    // 0. A status page's front matter dates the incident as its operator filed it; a span its
    // summary states with times ("occurred between 15:48:40 and 16:20:40 CEST") is the
    // writer's own account of it (LABELING.md: the explicit summary statement first).
    if (m_startFromStatusPage) {
        if (std::optional<SpanChoice> c = statedSpanIn(m_pm.summary, ReportText::tr("the summary"));
            c && c->span.startTime.isValid() && c->span.endTime.isValid())
            return c;
    }
    // 1. "Start Time:" / "End Time:" lines.
    if (std::optional<SpanChoice> c = spanFromStartEndLines())
        return c;
    // 2. A "Duration:" line that gives the whole span.
    std::optional<SpanChoice> weak;
    if (!m_durationText.isEmpty()) {
        // Several Duration/Date lines (the whole incident, then each stage of it): the first
        // that gives a whole span by itself, else all of them read as one text.
        // A single line with times reads with the others ("Date: 2024-07-09" dates a
        // "Duration: 23:30 on 9 July to 01:10 on 10 July" that names no year of its own).
        // Two times joined as a range are the span, though the line names another time
        // after them ("alert ~20:20 UTC → recovery ~00:20 UTC; disruption began at 16:16").
        const std::optional<Span> range = findSpan(m_durationText, m_dayFirst);
        Span s = range && range->endTime.isValid() && !range->endFromLength
                     ? *range
                     : parseSpan(m_durationText, m_dayFirst);
        std::optional<Span> firstWhole;
        int linesWithSpans = 0;
        for (const QString &line : m_durationText.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (const Span own = parseSpan(line, m_dayFirst);
                own.startTime.isValid() && own.endTime.isValid()) {
                ++linesWithSpans;
                if (!firstWhole)
                    firstWhole = own;
            }
        }
        if (linesWithSpans > 1)
            s = *firstWhole;
        const bool whole
            = s.endTime.isValid()
              || (!s.startTime.isValid() && s.startDate.isValid() && s.endDate.isValid());
        if (hasStart(s)) {
            SpanChoice c{s, ReportText::tr("the “%1” line")
                                .arg(m_durationLabel.isEmpty() ? QStringLiteral("Duration")
                                                               : m_durationLabel)};
            c.fromStatement = true;
            if (whole)
                return c;
            weak = c;
        }
    }
    // 3. A span stated in the summary, then in the impact. A length is rounded ("down for an
    // hour"): a range from the same start that the impact states beats it. A whole range in
    // the lead paragraph (a blog post's standfirst) beats a summary that states none.
    if (std::optional<SpanChoice> lead = wholeSpanIn(leadParagraphs().join(QLatin1Char(' ')),
                                                     ReportText::tr("the lead paragraph"));
        lead && !wholeSpanIn(m_pm.summary, QString()))
        return lead;
    std::optional<SpanChoice> fromLength;
    for (const auto &[text, source] :
         {std::pair{&m_pm.summary, ReportText::tr("the summary")},
          std::pair{&m_pm.impact, ReportText::tr("the impact section")}}) {
        std::optional<SpanChoice> c = statedSpanIn(*text, source);
        if (!c)
            continue;
        if (!fromLength && !c->span.endFromLength)
            return c;
        if (fromLength) {
            if (!c->span.endFromLength && c->span.startTime == fromLength->span.startTime)
                return c;
            break;
        }
        fromLength = c;
    }
    if (fromLength)
        return fromLength;
    // 4. The times the summary gives.
    if (std::optional<SpanChoice> c = summaryStatement(m_pm.summary))
        return c;
    // 5. A single moment on a Duration or Date line, unless the summary's range of days holds it.
    if (weak)
        if (std::optional<SpanChoice> range = dayRangeOver(*weak))
            return range;
    if (weak)
        return weak;
    return spanInOtherProse();
}

std::optional<SpanChoice> MarkdownImporter::dayRangeOver(const SpanChoice &moment) const
{
    // A range of days in the summary that holds a Date line's day ("Date: October 23" over
    // "Between October 9 and October 23, …": the day the report was written or the last of
    // the incident) is the more precise statement.
    if (moment.span.startTime.isValid() || !moment.span.startDate.isValid())
        return std::nullopt;
    const auto range = statedDayRange(m_pm.summary.left(kScan * 4));
    if (!range || moment.span.startDate < range->first || range->second < moment.span.startDate)
        return std::nullopt;
    SpanChoice c;
    c.source = ReportText::tr("the summary");
    c.fromStatement = true;
    c.span.startDate = range->first;
    c.span.endDate = range->second;
    return c;
}

std::optional<SpanChoice> MarkdownImporter::spanInOtherProse()
{
    using namespace ImportTime;
    // 6. A span stated anywhere else in the prose: the lead kept as the introduction first
    // (a report template's "| Time | 0730 - 1230 (UTC) |" above its overview), then the
    // other sections.
    QStringList elsewhere;
    for (const QStringList &paragraph : std::as_const(m_intro))
        elsewhere.append(paragraph.join(QLatin1Char('\n')));
    elsewhere += m_otherProse;
    for (const QString &p : std::as_const(elsewhere)) {
        if (const std::optional<Span> s = findSpan(p.left(kScan * 4), m_dayFirst)) {
            SpanChoice c{*s, ReportText::tr("a sentence outside the summary")};
            c.fromStatement = true;
            c.guessed = true;
            return c;
        }
    }
    // 7. No timeline with times: the first paragraph of another section that gives a time
    // ("On 2024-03-17 10h47 CEST someone alerted us …"), read as the summary's times are.
    const bool timedTimeline
        = std::any_of(m_events.cbegin(), m_events.cend(),
                      [](const PendingEvent &pe) { return pe.event.at.time.isValid(); });
    for (const QString &p : std::as_const(m_otherProse)) {
        if (timedTimeline || findTimes(p, 1, kScan).isEmpty())
            continue;
        std::optional<SpanChoice> c = summaryStatement(p);
        if (c)
            c->source = ReportText::tr("a sentence outside the summary");
        return c;
    }
    return std::nullopt;
}

void MarkdownImporter::resolveYearlessDates()
{
    // "[03-26 17:40]": the year is the one of the document's own dates (title, summary, the
    // timeline's dated entries, front matter, then anywhere), taken so that the entry falls
    // at most a month after that date ("[12-05 16:21]" in a March 2019 report is 2018-12-05).
    bool any = false;
    for (const PendingEvent &pe : std::as_const(m_events))
        any = any || pe.yearlessMonth > 0;
    if (!any)
        return;
    QList<ImportTime::DateHit> hint = ImportTime::findDates(m_pm.title, m_dayFirst, 1);
    if (hint.isEmpty())
        hint = ImportTime::findDates(m_durationText + QLatin1Char('\n') + m_pm.summary, m_dayFirst,
                                     1);
    for (const PendingEvent &pe : std::as_const(m_events))
        if (hint.isEmpty() && pe.explicitDate)
            hint.append({0, 0, pe.event.at.date});
    if (hint.isEmpty())
        hint = ImportTime::findDates(m_frontMatter, m_dayFirst, 1);
    if (hint.isEmpty())
        hint = ImportTime::findDates(m_text, m_dayFirst, 1);
    if (hint.isEmpty()) {
        noteGuess(
            ReportText::tr("Timeline dates have no year and the document gives none; they are "
                           "left empty."),
            {FieldId::Timeline});
        return;
    }
    const QDate reference = hint.first().date;
    for (PendingEvent &pe : m_events) {
        if (pe.yearlessMonth <= 0)
            continue;
        QDate d(reference.year(), pe.yearlessMonth, pe.yearlessDay);
        if (d.isValid() && d > reference.addDays(31))
            d = d.addYears(-1);
        else if (d.isValid() && d < reference.addDays(-334))
            d = d.addYears(1);
        if (!d.isValid())
            continue;
        pe.event.at.date = d;
        pe.explicitDate = true;
    }
    noteGuess(ReportText::tr("Timeline dates without a year take the year of %1.")
                  .arg(reference.toString(Qt::ISODate)),
              {FieldId::Timeline});
}

void MarkdownImporter::skipLeadUpAndFollowUp(const PendingEvent *&firstTimed,
                                             const PendingEvent *&lastTimed)
{
    // The impact-bearing stretch, not first to last entry: lead-up entries a day or more
    // before the next dated one, and follow-ups (a vendor's report, the review) a day or more
    // after the one before, stay in the timeline but do not bound the incident.
    if (firstTimed && lastTimed && firstTimed != lastTimed) {
        // Each timed entry with its day: written, or carried down from the last one written
        // ("**2020-09-03 13:57**" then "**13:59**").
        QList<const PendingEvent *> dated;
        QList<QDate> days;
        // A timeline of times alone, no entry dated, is one day: its first sign of impact
        // still opens the window.
        QList<QDate> carried = carriedDates();
        if (std::none_of(carried.cbegin(), carried.cend(),
                         [](const QDate &d) { return d.isValid(); }))
            carried.fill(QDate(2000, 1, 1));
        for (qsizetype k = 0; k < m_events.size(); ++k) {
            const PendingEvent &pe = m_events.at(k);
            if (pe.event.at.time.isValid() && carried.at(k).isValid()) {
                dated.append(&pe);
                days.append(carried.at(k));
            }
        }
        const auto gapDays = [&](qsizetype a, qsizetype b) {
            return QDateTime(days.at(a), dated.at(a)->event.at.time, Qt::UTC)
                       .secsTo(QDateTime(days.at(b), dated.at(b)->event.at.time, Qt::UTC))
                   / 86400;
        };
        qsizetype from = 0;
        qsizetype to = dated.size() - 1;
        // An entry that finds or works on the problem is no lead-up, however long before the
        // rest it stands (a status page's "Investigating" two months before a recurrence), and
        // neither is a status page's update (its first opens the incident, its last closes it).
        const auto leadUp = [&](qsizetype k) {
            const EventKind kind = windowKind(*dated.at(k));
            return kind != EventKind::Detection && kind != EventKind::Investigation
                   && !dated.at(k)->statusUpdate;
        };
        // The lead-up may be several entries over days (a deploy, its announcement, first
        // uses): the last gap of a day or more that only lead-up entries stand before.
        for (qsizetype k = 0; k < to && leadUp(k); ++k)
            if (gapDays(k, k + 1) >= 1)
                from = k + 1;
        while (to > from && gapDays(to - 1, to) >= 1 && !dated.at(to)->statusUpdate)
            --to;
        // On the day itself, changes before the first sign of impact (the release activated,
        // the trigger deployed) are lead-up too: the window opens at the first entry that
        // tells of impact or its detection (issue #16: "from the first sign of impact or
        // detection to the resolution"). A certificate, token or domain that expires is such a
        // sign, as a failure is (held-out set 29: the expiry, not the first report, opens it),
        // and so is the incident opened or declared (a status log's "Incident opened.").
        static const FastRegex impact(
            QStringLiteral(
                R"(\b(stop(ped|s)|halt(ed|s)|down|fail\w*|errors?|outage|unavailable|unreachable|crash\w*|stall\w*|broke\w*|degrad\w*|time ?outs?|timing out|slow\w*|spik\w*|lost|loss|stuck|expir(e|ed|es|ing|y)|incident (is |was )?(opened|declared|raised|created))\b)"),
            QRegularExpression::CaseInsensitiveOption);
        qsizetype sign = from;
        while (sign < to && windowKind(*dated.at(sign)) == EventKind::Other
               && !impact.matches(QStringView(dated.at(sign)->event.text).left(kScan)))
            ++sign;
        if (sign > from && sign < to && windowKind(*dated.at(sign)) != EventKind::Resolution)
            from = sign;
        if (dated.size() >= 3 && (from > 0 || to < dated.size() - 1)) {
            if (from > 0 && firstTimed == dated.first())
                firstTimed = dated.at(from);
            if (to < dated.size() - 1 && lastTimed == dated.last())
                lastTimed = dated.at(to);
            noteGuess(ReportText::tr("Timeline entries before the first sign of impact, or days "
                                     "after the rest, are lead-up or follow-up: the incident "
                                     "window leaves them out."));
        }
    }
}

bool MarkdownImporter::newestFirstUpdates() const
{
    // Status updates stamped with a time only, each earlier than the one above it ("#### Update
    // 17:30 …" over "#### Update 17:00 …"): a status page's log, newest first. A log written
    // oldest first that runs past midnight drops once and then climbs again.
    int timed = 0;
    QTime previous;
    for (const PendingEvent &pe : m_events) {
        if (!pe.event.at.time.isValid())
            continue;
        if (!pe.statusUpdate || pe.explicitDate
            || (previous.isValid() && pe.event.at.time >= previous))
            return false;
        previous = pe.event.at.time;
        ++timed;
    }
    return timed >= 2;
}

TimelineBounds MarkdownImporter::timelineBounds()
{
    TimelineBounds b;
    const PendingEvent *firstTimed = nullptr;
    const PendingEvent *lastTimed = nullptr;
    for (const PendingEvent &pe : std::as_const(m_events)) {
        if (pe.event.at.time.isValid()) {
            if (!firstTimed)
                firstTimed = &pe;
            lastTimed = &pe;
        }
        if (pe.explicitDate) {
            if (!b.firstDated)
                b.firstDated = &pe;
            b.lastDated = &pe;
        }
    }
    // Entries that say the outage began or ended ("14:54 **OUTAGE BEGINS**", "(outage ends)",
    // the Flutter postmortem template's "<START OF OUTAGE>" / "<END OF OUTAGE>", a label
    // "**INCIDENT START:**" / "**INCIDENT END:**"):
    // the first such start, and the first end after it; outage/impact words before incident
    // ones (an incident is declared after the outage began and closed after it ended).
    static const FastRegex outageStarts(
        QStringLiteral(
            R"(\b(outage|impact|downtime|disruption|degradation|problem|failures|errors)\s+(?:officially\s+|formally\s+|actually\s+|really\s+)?(begin|begins|began|start|starts|started)\b|\b(start|beginning) of (the )?(outage|impact|downtime)\b)"
            // "**The search is down**": the service named as down, not a figure going down.
            R"(|\b(?:is|are|was|were) (?:now |completely |fully )?down\b(?!\s+(?:to|by|from)\b))"),
        QRegularExpression::CaseInsensitiveOption);
    static const FastRegex incidentStarts(
        QStringLiteral(
            R"(\b(incident|issue)\s+(?:officially\s+|formally\s+|actually\s+|really\s+)?)"
            R"((begins|began|start|starts|started)\b|\bstart of (the )?incident\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const FastRegex outageEnds(
        QStringLiteral(
            R"(\b(outage|impact|downtime|disruption|degradation)\s+(end|ends|ended|is over|resolved)\b|\bend of (the )?(outage|impact|downtime)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    // The Google SRE book's example postmortem marks "OUTAGE MITIGATED" before "OUTAGE ENDS":
    // without an end marked, the mitigation ends the outage.
    static const FastRegex outageMitigated(
        QStringLiteral(R"(\b(outage|impact|downtime)\s+(is\s+|was\s+)?mitigated\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const FastRegex incidentEnds(
        QStringLiteral(
            R"(\b(incident)\s+(end|ends|ended|closed|resolved)\b|\bend of (the )?incident\b)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto marked = [this](const FastRegex &re, qsizetype from) -> const PendingEvent * {
        for (qsizetype k = from; k < m_events.size(); ++k) {
            const PendingEvent &pe = m_events.at(k);
            if (pe.event.at.time.isValid()
                && re.match(QStringView(pe.event.text).left(kScan)).hasMatch())
                return &pe;
        }
        return nullptr;
    };
    const PendingEvent *startMarker = marked(outageStarts, 0);
    if (!startMarker)
        startMarker = marked(incidentStarts, 0);
    const qsizetype afterStart = startMarker ? startMarker - m_events.constData() : 0;
    const PendingEvent *endMarker = marked(outageEnds, afterStart);
    if (!endMarker)
        endMarker = marked(outageMitigated, afterStart);
    if (!endMarker)
        endMarker = marked(incidentEnds, afterStart);
    // A timeline written newest first (a status page) starts at its last entry.
    if (firstTimed && lastTimed && firstTimed != lastTimed
        && ((firstTimed->explicitDate && lastTimed->explicitDate
             && QDateTime(firstTimed->event.at.date, firstTimed->event.at.time)
                    > QDateTime(lastTimed->event.at.date, lastTimed->event.at.time))
            || newestFirstUpdates()))
        std::swap(firstTimed, lastTimed);
    b.firstTimed = firstTimed;
    if (!startMarker && !endMarker)
        skipLeadUpAndFollowUp(firstTimed, lastTimed);
    if (!endMarker && firstTimed && lastTimed && firstTimed < lastTimed) {
        // Entries after the one that says the service recovered ("everything returns to
        // normal", "service restored") tell of follow-up, not of the outage.
        static const FastRegex recovered(
            QStringLiteral(
                // Not when negated: "rollback done, site not back up", "not yet back online".
                R"(\b)" HS_NOT_NEGATED
                R"((?:(?:returns?|returned|is back|are back|was back|were back|back) to normal|)"
                R"((?:fully|service|services|access|connectivity) (?:is |was |were |are )?restored|)"
                // "bloomx.app back up", "is back up." — not "back up the database".
                R"(fully recovered|back online|back up and running|back up(?=\s*(?:[.,;(]|$))|)"
                // "the search is no longer down", "no longer failing".
                R"(no longer (?:down|failing|broken|unavailable|unreachable|erroring)|)"
                // What a working service does, done again: "pods start running again",
                // "transactions are flowing again", "validators are signing again".
                R"((?:working|running|flowing|signing|serving|responding|syncing|accepting) )"
                R"((?:\w+ )?again|)"
                R"(resolution (?:is |was |has been )?(?:confirmed|complete)|)"
                // The service's work going on again: "Block production resumed".
                R"((?:production|processing|service|services|operations?|network|traffic|)"
                R"(payments|replication|blocks?) (?:\w+ ){0,2}resumed|)"
                // "All services confirmed operational", "control plane operational (…)",
                // "recovery of the cluster completed".
                R"(operational(?: again)?(?=\s*(?:[.,;(]|$))|recovery\b[^.]{0,60}\bcompleted?)\b)"),
            QRegularExpression::CaseInsensitiveOption);
        for (const PendingEvent *pe = firstTimed + 1; pe <= lastTimed; ++pe) {
            if (pe->event.at.time.isValid()
                && recovered.match(QStringView(pe->event.text).left(kScan)).hasMatch())
                b.recoveries.append(pe);
        }
        if (!b.recoveries.isEmpty() && b.recoveries.last() != firstTimed) {
            lastTimed = b.recoveries.last();
            b.endRecovered = true;
        }
    }
    if (endMarker)
        b.recoveries = {endMarker};
    b.start = startMarker ? startMarker : firstTimed;
    b.end = endMarker ? endMarker : lastTimed;
    b.startMarked = startMarker != nullptr;
    b.endMarked = endMarker != nullptr;
    return b;
}

bool MarkdownImporter::endByStatedLength(SpanChoice &choice, bool impactToo)
{
    std::optional<int> minutes = statedLength();
    // The impact told with its length ("Entire cluster down for ~28h"), when no timeline ends
    // the incident: beside a timeline, "wait for 10 minutes between retries" is no outage.
    if (!minutes && impactToo)
        minutes = ImportTime::statedDurationMinutes(m_pm.impact.left(kScan));
    if (!minutes)
        return false;
    const int endMin = choice.span.startTime.msecsSinceStartOfDay() / 60000 + *minutes;
    choice.span.endTime = QTime((endMin / 60) % 24, endMin % 60);
    if (choice.span.startDate.isValid())
        choice.span.endDate = choice.span.startDate.addDays(endMin / (24 * 60));
    noteGuess(
        ReportText::tr("Incident end computed from the stated length (%1 minutes).").arg(*minutes),
        {FieldId::IncidentEnd});
    choice.endFromLength = true;
    return true;
}

std::optional<int> MarkdownImporter::statedLength() const
{
    // A Duration or recovery-time line, else a sentence of the summary, of another section or
    // of the timeline's notes that says how long it took from the start.
    if (const std::optional<int> minutes = ImportTime::statedDurationMinutes(m_durationText))
        return minutes;
    if (const std::optional<int> minutes
        = ImportTime::statedLengthFromStart(m_pm.summary.left(kScan * 4)))
        return minutes;
    for (const QString &p : std::as_const(m_otherProse))
        if (const std::optional<int> minutes = ImportTime::statedLengthFromStart(p.left(kScan)))
            return minutes;
    // How long the service was out, in the title, the summary or the lead paragraph above the
    // first heading ("The site went down for about 40 minutes"), as blog posts open.
    if (const std::optional<int> minutes = ImportTime::statedOutageLength(
            m_pm.title + QLatin1Char('\n') + m_pm.summary.left(kScan * 4)))
        return minutes;
    for (const QStringList &paragraph : std::as_const(m_intro))
        for (const QString &p : paragraph)
            if (const std::optional<int> minutes = ImportTime::statedOutageLength(p.left(kScan)))
                return minutes;
    for (const PendingEvent &pe : std::as_const(m_events))
        if (!pe.event.at.time.isValid())
            if (const std::optional<int> minutes
                = ImportTime::statedLengthFromStart(pe.event.text.left(kScan)))
                return minutes;
    return std::nullopt;
}

QList<QDate> MarkdownImporter::carriedDates() const
{
    // An undated entry under a date heading ("## 2024-03-03", "### Nov 26") takes the
    // heading's date, moved past the midnights between them (timeline.h, withCarriedDates).
    // A dated and timed entry above carries its day down ("**2020-09-03 13:57**" then
    // "**13:59**"), unless the timeline's notes state the day: "all events happened on
    // 2019-10-21 unless noted" leaves the entries after a noted "2019-10-20 00:55" on it.
    // One pass over the timeline: the carry restarts at every written date.
    QList<TimelineEvent> events;
    events.reserve(m_events.size());
    for (const PendingEvent &pe : m_events)
        events.append(pe.event);
    const QList<TimelineEvent> carried = withCarriedDates(events, Moment());
    QList<QDate> days;
    days.reserve(m_events.size());
    qsizetype from = -1; // the last entry with a written date
    for (qsizetype k = 0; k < m_events.size(); ++k) {
        const PendingEvent &pe = m_events.at(k);
        if (pe.explicitDate)
            from = k;
        if (pe.event.at.date.isValid())
            days.append(pe.event.at.date);
        else if (from < 0 || (m_events.at(from).event.at.time.isValid() && m_timelineDayStated))
            days.append(QDate());
        else
            days.append(carried.at(k).at.date);
    }
    return days;
}

QDate MarkdownImporter::carriedDate(const PendingEvent *pe) const
{
    const qsizetype index = pe - m_events.constData();
    if (index < 0 || index >= m_events.size())
        return {};
    return pe->event.at.date.isValid() ? pe->event.at.date : carriedDates().at(index);
}

void MarkdownImporter::endAtNearestRecovery(SpanChoice &choice, const TimelineBounds &b)
{
    // An end computed from a rounded length ("about 40 minutes", "15 hours 40 minutes") gives
    // way to the timeline's entry that says the outage ended, when one is within the hour: of
    // several (a second, short outage after a redeploy), the one nearest the computed end.
    const int computed = choice.span.endTime.msecsSinceStartOfDay() / 60000;
    const PendingEvent *nearest = nullptr;
    int nearestApart = 61;
    for (const PendingEvent *pe : b.recoveries) {
        const int at = pe->event.at.time.msecsSinceStartOfDay() / 60000;
        const int apart = std::min(std::abs(computed - at), 24 * 60 - std::abs(computed - at));
        if (apart < nearestApart) {
            nearest = pe;
            nearestApart = apart;
        }
    }
    if (!nearest || nearestApart == 0)
        return;
    choice.span.endTime = nearest->event.at.time;
    choice.span.endText = nearest->event.at.text;
    choice.endFromTimeline = true;
}

void MarkdownImporter::startAtExactLengthBefore(SpanChoice &choice)
{
    // "Checkout timed out for 1 hour 10 minutes" and the recovery at 11:45: the stated length
    // beats the timeline (issue #16, point 2), so the incident began at 10:35 when an entry
    // stands then, before the alert that was its first sign. Not from a length given as
    // approximate ("~4 hours", "about 40 minutes"), which only rounds the window.
    static const FastRegex approximate(
        QStringLiteral(R"((?:~|\x{2248}|\b(?:about|around|approx\w*\.?|roughly|nearly|almost|)"
                       R"(some|over|under|ca\.))\s*\d+(?:[.,]\d+)?\s*(?:h|hrs?|hours?|min\w*)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    if (!choice.startFromTimeline || !choice.endFromTimeline || approximate.matches(m_durationText)
        || approximate.matches(QStringView(m_pm.summary).left(kScan * 4)))
        return;
    std::optional<int> minutes = statedLength();
    if (!minutes)
        minutes = ImportTime::statedDurationMinutes(m_pm.summary.left(kScan * 4));
    if (!minutes)
        return;
    const int start = choice.span.endTime.msecsSinceStartOfDay() / 60000 - *minutes;
    if (start < 0 || start * 60000 >= choice.span.startTime.msecsSinceStartOfDay())
        return;
    for (const PendingEvent &pe : std::as_const(m_events)) {
        if (pe.event.at.time == choice.span.startTime)
            return; // no entry at that time before the first sign
        if (pe.event.at.time.isValid()
            && pe.event.at.time.msecsSinceStartOfDay() == start * 60000) {
            choice.span.startTime = pe.event.at.time;
            choice.span.startText = pe.event.at.text;
            noteGuess(ReportText::tr("Incident start taken from the stated length (%1 minutes) "
                                     "before its end: the entry at %2.")
                          .arg(*minutes)
                          .arg(pe.event.at.time.toString(QStringLiteral("HH:mm"))),
                      {FieldId::IncidentStart});
            return;
        }
    }
}

void MarkdownImporter::fillFromTimeline(std::optional<SpanChoice> &choice, const TimelineBounds &b)
{
    // A statement with a date and no time ("Date: 2015-10-21"): the times from the timeline.
    QDate statedDay;
    if (choice && !choice->span.startTime.isValid() && !choice->span.endDate.isValid() && b.start) {
        statedDay = choice->span.startDate;
        choice.reset();
    } else if (choice && !choice->span.startTime.isValid() && !choice->span.endTime.isValid()
               && b.start && b.end) {
        // Days only ("Date: January 14–19, 2026"): the first timed entry of the first day and
        // the last of the last day give the times; the stated days bound the incident.
        ImportTime::Span &span = choice->span;
        const QList<QDate> carried = carriedDates();
        for (qsizetype k = 0; k < m_events.size(); ++k) {
            const PendingEvent &pe = m_events.at(k);
            if (!pe.event.at.time.isValid())
                continue;
            const QDate day = carried.at(k);
            if (day == span.startDate && !span.startTime.isValid()) {
                span.startTime = pe.event.at.time;
                span.startText = pe.event.at.text;
            } else if (day == span.endDate && span.startTime.isValid()) {
                span.endTime = pe.event.at.time;
                span.endText = pe.event.at.text;
            }
        }
        return;
    }
    if (!choice && b.start) {
        SpanChoice c;
        c.source = b.startMarked ? ReportText::tr("the timeline entry that says the outage began")
                   : b.start == b.firstTimed
                       ? ReportText::tr("the timeline's first entry")
                       : ReportText::tr("the timeline's first sign of impact");
        c.guessed = true;
        c.startFromTimeline = true;
        c.span.startTime = b.start->event.at.time;
        c.span.startText = b.start->event.at.text;
        c.span.startDate = carriedDate(b.start);
        // A stated day before the timeline's first sign of impact ("Thought to have occurred:
        // Aug 31", found on Sept 3): the stated day wins, from its first timed entry.
        if (const PendingEvent *first
            = statedDay < c.span.startDate ? firstTimedOn(statedDay) : nullptr) {
            c.span.startTime = first->event.at.time;
            c.span.startText = first->event.at.text;
            c.span.startDate = statedDay;
        }
        if (!c.span.startDate.isValid())
            c.span.startDate = statedDay;
        choice = c;
    } else if (!choice && b.firstDated) {
        SpanChoice c;
        c.source = ReportText::tr("the timeline's dates");
        c.guessed = true;
        c.startFromTimeline = true;
        c.span.startDate = b.firstDated->event.at.date;
        c.span.startText = b.firstDated->event.at.text;
        if (b.lastDated != b.firstDated && b.lastDated->event.at.date != c.span.startDate) {
            c.span.endDate = b.lastDated->event.at.date;
            c.span.endText = b.lastDated->event.at.text;
        }
        choice = c;
    }
    // A lone entry is the start as much as the end, unless it is a status page's "Resolved"
    // update after a start stated elsewhere (the front matter's date of the incident).
    const bool loneResolved = b.end && b.end->statusUpdate
                              && b.end->event.kind == EventKind::Resolution && choice
                              && !choice->startFromTimeline;
    // No timeline to end it: a start and a stated length give the end (LABELING.md).
    if (choice && choice->span.startTime.isValid() && !choice->span.endTime.isValid() && !b.end) {
        endByStatedLength(*choice, true);
        return;
    }
    if (!choice || !choice->span.startTime.isValid() || !b.end
        || (b.end == b.start && !loneResolved))
        return;
    // An end computed from a stated duration (no words of its own) gives way to the
    // timeline's entry that says the outage ended, when the two are within the hour: the
    // duration is rounded ("15 hours 40 minutes"), the entry is the moment.
    if (choice->span.endTime.isValid() && choice->span.endText.isEmpty()
        && (b.endMarked || b.endRecovered)) {
        endAtNearestRecovery(*choice, b);
        return;
    }
    if (choice->span.endTime.isValid())
        return;
    // A stated length ("Duration: 45 minutes", "Time to recovery: 31 minutes", "resolved in 2
    // hours from the time of report") from the start rather than the last entry, which may be
    // follow-up work after the recovery.
    if (!b.endMarked && endByStatedLength(*choice)) {
        endAtNearestRecovery(*choice, b);
        startAtExactLengthBefore(*choice);
        return;
    }
    // The end from the timeline (its "outage ends" entry, else its last timed entry), when
    // the statements give none.
    const bool sameAsStart = choice->startFromTimeline;
    if (sameAsStart || b.end->event.at.time != choice->span.startTime) {
        choice->span.endTime = b.end->event.at.time;
        choice->span.endText = b.end->event.at.text;
        choice->span.endDate = carriedDate(b.end);
        choice->endFromTimeline = true;
        startAtExactLengthBefore(*choice);
    }
}

void MarkdownImporter::reportSpan(const SpanChoice &choice, const TimelineBounds &bounds)
{
    const auto describe = [](const Moment &m) {
        QStringList parts;
        if (m.date.isValid())
            parts.append(m.date.toString(Qt::ISODate));
        if (m.time.isValid())
            parts.append(m.time.toString(QStringLiteral("HH:mm")));
        return parts.join(QLatin1Char(' '));
    };
    const QString start = describe(m_pm.start);
    const QString end = describe(m_pm.end);
    const QString line
        = end.isEmpty() ? ReportText::tr("Incident start %1, from %2.").arg(start, choice.source)
          : start.isEmpty()
              ? ReportText::tr("Incident end %1, from %2; no start is stated.")
                    .arg(end, choice.source)
              : ReportText::tr("Incident %1 to %2, from %3.").arg(start, end, choice.source);
    // A span read from weaker evidence (a time in prose, the timeline) marks the start and the
    // end it gives; an end taken from the timeline after a stated start marks the end alone.
    QList<FieldId> fields;
    if (!start.isEmpty())
        fields.append(FieldId::IncidentStart);
    if (!end.isEmpty())
        fields.append(FieldId::IncidentEnd);
    if (choice.guessed || choice.startFromTimeline)
        noteGuess(line, fields);
    else
        m_report.recognised.append(line);
    if (choice.endFromTimeline)
        noteGuess((bounds.endMarked ? ReportText::tr("Incident end taken from the timeline "
                                                     "entry that says the outage ended (%1).")
                   : bounds.endRecovered
                       ? ReportText::tr("Incident end taken from the timeline entry that says "
                                        "the service recovered (%1).")
                       : ReportText::tr("Incident end taken from the last timeline entry (%1)."))
                      .arg(m_pm.end.time.toString(QStringLiteral("HH:mm"))),
                  {FieldId::IncidentEnd});
    if (m_pm.start.time.isValid() && !m_pm.start.date.isValid())
        noteGuess(ReportText::tr("No incident date with a year is given; dates are left empty."),
                  {FieldId::IncidentStart});
}

namespace {

/// A span written in a zone of its own ("06:02 UTC" in a document that writes CET) moved into
/// the document's zone (`offset`, minutes east of UTC), date and time, so that start and end
/// carry the document's offset and still name the instant stated. Times without a date move
/// by the time alone.
void moveSpanIntoZone(ImportTime::Span &span, std::optional<int> offset)
{
    if (!span.zone || !offset)
        return;
    const QDate day = span.startDate.isValid() ? span.startDate : span.endDate;
    const int from = ImportTime::zoneOffset(span.zone->label.trimmed(), day)
                         .value_or(span.zone->utcOffsetMinutes);
    const int shift = *offset - from;
    if (shift == 0)
        return;
    const auto move = [shift](QDate &date, QTime &time) {
        if (!time.isValid())
            return;
        if (!date.isValid()) {
            time = time.addSecs(shift * 60);
            return;
        }
        const QDateTime moved = QDateTime(date, time, Qt::UTC).addSecs(qint64(shift) * 60);
        date = moved.date();
        time = moved.time();
    };
    move(span.startDate, span.startTime);
    move(span.endDate, span.endTime);
    span.zone.reset();
}

} // namespace

void MarkdownImporter::resolveStartEnd()
{
    resolveYearlessDates();
    readTwelveAmAfterNoon();
    readAfternoonWithoutMeridiem();
    std::optional<SpanChoice> choice = chooseSpan();
    // The timeline, as a fallback for what the statements do not give.
    const TimelineBounds bounds = timelineBounds();
    fillFromTimeline(choice, bounds);
    if (!choice)
        choice = incidentDayOnly();
    if (choice && !bounds.end) {
        loneMomentOfRecovery(*choice);
        endFromRecoverySentence(*choice);
    }
    if (choice)
        completeSpanDates(*choice);

    resolveZone(choice ? &*choice : nullptr);
    const std::optional<int> offset
        = m_pm.timezone ? std::optional<int>(m_pm.timezone->utcOffsetMinutes) : std::nullopt;
    if (choice) {
        moveSpanIntoZone(choice->span, offset);
        const ImportTime::Span &span = choice->span;
        // A bound that names a zone of its own inside a span left in its zone ("from 02:20
        // CEST to 02:40 CET", the clocks going back during the incident) keeps that offset.
        const auto boundOffset = [&span, offset](const QString &text, const QDate &date) {
            if (!span.zone)
                return offset;
            const std::optional<ImportTime::ZoneHit> own = ImportTime::firstZone(text, date);
            return own ? std::optional<int>(own->utcOffsetMinutes) : offset;
        };
        if (span.startTime.isValid() || span.startDate.isValid()) {
            m_pm.start.date = span.startDate;
            m_pm.start.time = span.startTime;
            m_pm.start.text = span.startText;
            m_pm.start.utcOffsetMinutes = boundOffset(span.startText, span.startDate);
            m_pm.start.fromTimeline = choice->startFromTimeline;
        }
        if (span.endTime.isValid() || span.endDate.isValid()) {
            m_pm.end.date = span.endDate;
            m_pm.end.time = span.endTime;
            m_pm.end.text = span.endText;
            m_pm.end.utcOffsetMinutes = boundOffset(span.endText, span.endDate);
            m_pm.end.fromTimeline = choice->endFromTimeline || choice->startFromTimeline;
            m_pm.end.fromLength
                = (choice->endFromLength || span.endFromLength) && !m_pm.end.fromTimeline;
        }
    }
    resolveTimelineDates();
    if (choice && choice->endFromTimeline && !m_pm.end.date.isValid() && bounds.end) {
        // The last entry's date as the timeline carries it.
        const qsizetype index = bounds.end - m_events.constData();
        if (index >= 0 && index < m_events.size())
            m_pm.end.date = m_events.at(index).event.at.date;
        if (m_pm.end.date.isValid() && m_pm.start.date.isValid() && m_pm.end.date < m_pm.start.date)
            m_pm.end.date = m_pm.start.date;
    }
    if (choice)
        reportSpan(*choice, bounds);
}

} // namespace Hindsight::Import
