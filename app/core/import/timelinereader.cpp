// Import stage "field readers": timeline entries.
#include "core/fastregex.h"
#include "core/import/cues.h"
#include "core/import/draft.h"
#include "core/import/eventkinds.h"
#include "core/timeline.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <cstdlib>

namespace Hindsight::Import {

namespace {

/// A heading that names a status page's update and its moment: "## Update (2013-08-06 9:33
/// UTC)", "### Resolved: 14:05".
bool isUpdateHeading(const Line &line)
{
    return line.kind == LineKind::Heading && timedStatusLead(line.content).has_value();
}

/// "2013-08-06 9:33 UTC)" of "## Update (2013-08-06 9:33 UTC)": the bracket that closes the
/// moment is not part of it.
QString withoutClosingBracket(QString moment)
{
    if ((moment.endsWith(QLatin1Char(')')) && !moment.contains(QLatin1Char('(')))
        || (moment.endsWith(QLatin1Char(']')) && !moment.contains(QLatin1Char('['))))
        moment.chop(1);
    return moment;
}

} // namespace

void takeKindOfText(PendingEvent &pe, const KindReading &byText, std::optional<EventKind> group)
{
    const bool fromText = byText.outvotes(group);
    pe.event.kind = fromText ? byText.kind : group.value_or(EventKind::Other);
    pe.kindGuessed = fromText && byText.guessed;
}

void MarkdownImporter::timeOpeningTheText(PendingEvent &pe) const
{
    // "2021-08-27: At 12:50:07 UTC, the bug was exploited": an entry labelled with its day
    // whose sentence opens with the time. The sentence stays as written.
    static const FastRegex opening(
        QStringLiteral(
            R"(^\W{0,3}(?:(?:at|around|about|approximately|approx\.?|circa|by)\s+|~\s*)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString &text = pe.event.text;
    const QList<ImportTime::TimeHit> times = ImportTime::findTimes(text, 1, 80);
    if (times.isEmpty() || !opening.match(QStringView(text).left(times.first().pos)).hasMatch())
        return;
    const ImportTime::TimeHit &t = times.first();
    pe.event.at.time = t.time;
    pe.event.at.text += QLatin1Char(' ') + text.mid(t.pos, t.length);
    if (auto z = ImportTime::zoneAfter(text, t.pos + t.length, pe.event.at.date)) {
        pe.event.at.text += QLatin1Char(' ') + z->label;
        pe.zone = z;
    }
}

void MarkdownImporter::readAfternoonTimes()
{
    // A timeline on the 12-hour clock often drops "PM" once the afternoon is clear: "1:00 PM
    // ET", then "resolved at approximately 4:00 ET". An entry whose time is written as the
    // 12-hour clock writes it (an hour of one digit or 10-11, no AM/PM), in a timeline whose
    // other entries write AM or PM, and which would fall hours before the entry above it on
    // the same day, is the afternoon's: twelve hours are added. Its day may come first ("Sept 3
    // 11:19" after "Sept 3, 11:11pm").
    static const FastRegex twelveHour(QStringLiteral(
        R"(^(?:[\p{L}.]+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:[1-9]|1[01]):[0-5]\d(?!\d))"));
    static const FastRegex meridiem(QStringLiteral(R"(\d\s*[AaPp]\.?[Mm]\b)"));
    bool usesMeridiem = false;
    for (const PendingEvent &pe : std::as_const(m_events))
        usesMeridiem = usesMeridiem || meridiem.matches(pe.event.at.text);
    if (!usesMeridiem)
        return;
    const PendingEvent *previous = nullptr;
    for (PendingEvent &pe : m_events) {
        Moment &at = pe.event.at;
        if (!at.time.isValid())
            continue;
        if (previous && !meridiem.matches(at.text) && twelveHour.matches(at.text)
            && at.time < previous->event.at.time
            && at.time.addSecs(12 * 3600) >= previous->event.at.time
            && (!at.date.isValid() || at.date == previous->event.at.date)) {
            at.time = at.time.addSecs(12 * 3600);
            noteGuess(ReportText::tr("“%1” read as the afternoon: the timeline writes AM and PM, "
                                     "and the entry follows one at %2.")
                          .arg(at.text, previous->event.at.time.toString(QStringLiteral("HH:mm"))),
                      {FieldId::Timeline});
        }
        previous = &pe;
    }
}

bool MarkdownImporter::isTemplateHint(const Line &line) const
{
    // A paragraph wholly in italics, no time in it, before the first entry: what the template
    // asked for ("_Date/time of discovery_", "*What happened, in order*"), not an event.
    const QString &c = line.content;
    if (line.kind != LineKind::Paragraph || !m_events.isEmpty() || c.size() < 3)
        return false;
    const QChar mark = c.front();
    return (mark == QLatin1Char('_') || mark == QLatin1Char('*')) && c.back() == mark
           && c.at(1) != mark && c.at(c.size() - 2) != mark
           && ImportTime::findTimes(c, 1).isEmpty();
}

void MarkdownImporter::timeInTheText(PendingEvent &pe) const
{
    // An entry not led by its time: the first time its sentence tells, with the zone after it.
    const QString &content = pe.event.text;
    const QList<ImportTime::TimeHit> times = ImportTime::findTimes(content, 1, kScan);
    if (times.isEmpty())
        return;
    const auto &t = times.first();
    pe.event.at.time = t.time;
    pe.event.at.text = content.mid(t.pos, t.length).trimmed();
    if (auto z = ImportTime::zoneAfter(content, t.pos + t.length)) {
        pe.event.at.text += QLatin1Char(' ') + z->label;
        pe.zone = z;
    }
    // The day the same clause tells with it ("at 12:16 ET on June 16, 2020", "on 2024-03-02
    // at 09:10"): the entry's own date, which beats the one carried down the timeline.
    for (const ImportTime::DateHit &d : ImportTime::findDates(content, m_dayFirst, 4, kScan)) {
        const qsizetype gap
            = d.pos >= t.pos ? d.pos - (t.pos + t.length) : t.pos - (d.pos + d.length);
        const qsizetype from = std::min(d.pos, t.pos);
        const qsizetype to = std::max(d.pos + d.length, t.pos + t.length);
        const QStringView between = QStringView(content).mid(from, to - from);
        if (d.date.isValid() && gap >= 0 && gap <= 24 && !between.contains(QLatin1Char('.'))
            && !between.contains(QLatin1Char(';'))) {
            pe.event.at.date = d.date;
            pe.explicitDate = true;
            break;
        }
    }
}

bool MarkdownImporter::storyAfterTimedList(int i, bool led)
{
    // "- 07:40: the backlog drains", then a paragraph of its own, not led by a time ("While
    // watching the rollout we also found …"), and a list under it: the write-up goes on with
    // what came after the timeline, in prose and untimed bullets, and none of it is an entry
    // (LABELING.md: an entry is an event line with a time). Kept as the section's text until a
    // line led by a time goes on with the timeline.
    if (led) {
        m_afterTimedList = false;
        return false;
    }
    const Line &line = m_lines.at(i);
    // Under a time heading or a lone stamp ("### 09:24 PM") the paragraph is the entry's body.
    if (!m_afterTimedList && line.kind == LineKind::Paragraph && line.indent == 0
        && startsParagraph(i) && m_events.size() >= 3 && m_headingEntry < 0) {
        // Items led by their times, or plain lines led by them ("14:02  First node down"): a
        // paragraph of its own after them tells what came later ("The tenant removed the
        // label at 17:30"), as the README's "later times in prose" are (review-set/README.md).
        const auto timedItem = [](const PendingEvent &pe) {
            return pe.ledByTime && (pe.listDepth > 0 || (pe.indent == 0 && !pe.statusUpdate));
        };
        m_afterTimedList = std::all_of(m_events.cend() - 3, m_events.cend(), timedItem);
    }
    return m_afterTimedList;
}

bool MarkdownImporter::detailOfTimedEntry(const Line &line) const
{
    // "- 10:05 - deploy" with "  - we saw at 10:20 that …" under it: a sub-bullet whose time is
    // only told in its sentence details the entry above, led by its own time; it is no entry
    // of its own (LABELING.md: an entry is one event line with a time, not a time in prose).
    if (line.kind != LineKind::ListItem || line.listDepth < 2)
        return false;
    for (qsizetype k = m_events.size() - 1; k >= 0; --k) {
        const PendingEvent &pe = m_events.at(k);
        if (pe.listDepth < line.listDepth)
            return pe.ledByTime && !pe.groupLabel;
    }
    return false;
}

bool MarkdownImporter::inTimedTable(int i)
{
    if (m_lines.at(i).kind != LineKind::TableRow || hasTimelineSection())
        return false;
    if (m_timedTableEnd >= 0 && i <= m_timedTableEnd)
        return true;
    if (i > 0 && m_lines.at(i - 1).kind == LineKind::TableRow)
        return false; // not the table's first row
    int k = i;
    for (; k < m_lines.size() && m_lines.at(k).kind == LineKind::TableRow; ++k) {
        const QString &cells = m_lines.at(k).content;
        const auto lead = ImportTime::parseLeading(cells, m_dayFirst, m_clockForms);
        if (!(lead && lead->time.isValid()) && !basicTimeCell(cells))
            return false;
    }
    if (k - i < 2)
        return false;
    m_timedTableEnd = k - 1;
    return true;
}

std::optional<ImportTime::Leading> MarkdownImporter::basicTimeCell(const QString &content)
{
    // "| 0730 | operator | Renewed the metadata |": a table row whose first cell is only a time
    // in ISO 8601's basic format (hhmm, 24-hour, no colon). Outside a table's first cell four
    // digits are as likely a year or a count, and need a zone to be a time (findTimes).
    static const QRegularExpression basic(QStringLiteral(R"(^([01]\d|2[0-3])([0-5]\d)$)"));
    const QStringList cells = splitCells(content);
    if (cells.size() < 2)
        return std::nullopt;
    const QRegularExpressionMatch m = basic.match(cells.first());
    if (!m.hasMatch())
        return std::nullopt;
    ImportTime::Leading lead;
    lead.time = QTime(m.captured(1).toInt(), m.captured(2).toInt());
    lead.text = cells.first();
    lead.rest = content.mid(content.indexOf(QLatin1Char('|')) + 1).trimmed();
    return lead;
}

bool MarkdownImporter::wrapsOn(int i) const
{
    if (i == 0)
        return false;
    if (continuesSentence(i))
        return true;
    const QString &before = m_lines.at(i - 1).content;
    const bool inItem = continuesListItem(i) && !before.isEmpty()
                        && (before.back().isLetter() || before.back() == QLatin1Char(','));
    return inItem || (!startsParagraph(i) && endsUnfinished(before));
}

bool MarkdownImporter::inTimestampedCodeBlock(int i)
{
    // Teams paste the timeline as the log they kept, in a code block under the "Timeline"
    // heading; readers and labellers take its lines as the entries.
    if (i < m_logBlockFrom || i > m_logBlockTo) {
        int from = i;
        while (from > 0 && m_lines.at(from - 1).kind == LineKind::Code)
            --from;
        int to = i;
        while (to + 1 < m_lines.size() && m_lines.at(to + 1).kind == LineKind::Code)
            ++to;
        int lines = 0;
        int stamped = 0;
        for (int k = from; k <= to; ++k) {
            const QString &raw = m_lines.at(k).raw;
            if (isLogFiller(raw))
                continue;
            ++lines;
            const std::optional<ImportTime::Leading> lead
                = ImportTime::parseLeading(raw.trimmed(), m_dayFirst, m_clockForms);
            if (lead && lead->time.isValid() && !lead->rest.trimmed().isEmpty())
                ++stamped;
        }
        m_logBlockFrom = from;
        m_logBlockTo = to;
        const bool entriesBefore = std::any_of(
            m_events.cbegin() + std::min<qsizetype>(m_partEventsFrom, m_events.size()),
            m_events.cend(), [](const PendingEvent &pe) { return pe.event.at.time.isValid(); });
        m_logBlock = stamped >= 3 && stamped * 5 >= lines * 4 && !entriesBefore;
        if (m_logBlock)
            m_report.recognised.append(
                ReportText::tr("The code block at line %1 is the timeline as a log: each of "
                               "its lines is an entry.")
                    .arg(m_lines.at(from).number));
    }
    return m_logBlock;
}

bool MarkdownImporter::isLogFiller(const QString &raw)
{
    static const FastRegex fence(QStringLiteral(R"(^\s*(```|~~~|`\s*$))"));
    return raw.trimmed().isEmpty() || fence.matches(raw);
}

bool MarkdownImporter::readEventDetail(int i)
{
    if (m_events.size() <= m_partEventsFrom || m_eventLine < 0 || m_eventLine >= i)
        return false;
    int before = i - 1;
    while (before > m_eventLine
           && (m_lines.at(before).kind == LineKind::Blank
               || m_lines.at(before).kind == LineKind::Markup))
        --before;
    if (before != m_eventLine)
        return false;
    PendingEvent &pe = m_events.last();
    const Line &line = m_lines.at(i);
    if (line.kind != LineKind::Code) {
        // After the entry's code block, a paragraph goes on with the detail ("and the logs
        // gave:") when it is the body of a heading entry or indented under a list entry.
        const bool headingBody = m_headingEntry == int(m_events.size()) - 1;
        if (pe.detailLines.isEmpty() || (!headingBody && line.indent <= pe.indent))
            return false;
    }
    if (line.kind == LineKind::Code && (i == 0 || m_lines.at(i - 1).kind != LineKind::Code))
        m_report.recognised.append(
            ReportText::tr("Code block at line %1 kept with the timeline entry above it, as its "
                           "detail.")
                .arg(line.number));
    if (!pe.detailLines.isEmpty() && before < i - 1)
        pe.detailLines.append(QString()); // the blank line between two blocks
    pe.detailLines.append(line.raw);
    m_eventLine = i;
    return true;
}

bool MarkdownImporter::readProseEntries(int i, const QString &content, bool led)
{
    // Several entries told in one paragraph: each sentence that opens with a time ("At 10:00
    // the alert fired. … At 10:10 we paged …"), also when the first one leads the line.
    const bool toldAsSentences = !led || (!content.isEmpty() && content.front().isLetter());
    if (!toldAsSentences || m_lines.at(i).kind == LineKind::Heading)
        return false;
    const QStringList pieces = proseEntries(content);
    if (pieces.size() <= 1)
        return false;
    for (const QString &piece : pieces) {
        timelineLine(i, piece);
        m_prevBlank = true; // each piece is an entry of its own
    }
    m_prevBlank = false;
    return true;
}

namespace {

/// The cells after a table row's time, each trimmed of the padding that aligns the columns:
/// "Hard fork release        | v2.2.0 released" as "Hard fork release | v2.2.0 released".
QString trimmedCells(const QString &rest)
{
    if (!rest.contains(QLatin1Char('|')))
        return rest;
    QStringList cells = splitCells(rest);
    cells.removeAll(QString());
    return cells.join(QStringLiteral(" | "));
}

} // namespace

void MarkdownImporter::timelineLine(int i, const QString &content)
{
    const Line &line = m_lines.at(i);
    if (content.isEmpty())
        return;
    if (!m_firstTimelineLine)
        m_firstTimelineLine = line.number;
    m_lastTimelineLine = line.number;
    std::optional<ImportTime::Leading> lead
        = ImportTime::parseLeading(content, m_dayFirst, m_clockForms);
    if (!lead && line.kind == LineKind::TableRow)
        lead = basicTimeCell(content);
    if (lead && line.kind == LineKind::TableRow)
        lead->rest = trimmedCells(lead->rest);
    if (!lead && m_events.isEmpty() && line.kind == LineKind::Paragraph
        && !ImportTime::findDates(content, m_dayFirst, 1).isEmpty())
        m_timelineDayStated = true;

    // Notes that are no entries: "All times in PDT", a template's hint in italics ("_date,
    // time, step/event_") left under the heading, chat lines pasted into the timeline, and the
    // story told after the timed list.
    const bool chat = isChatLine(content);
    if ((!lead && (ImportTime::declaredZone(content) || isTemplateHint(line))) || chat
        || storyAfterTimedList(i, lead.has_value())) {
        appendExtra(m_partHeading, displayText(line));
        if (chat)
            noteKept(i, ReportText::tr("Chat log"), m_partHeading);
        m_eventOpen = false;
        return;
    }
    if (!lead && line.kind == LineKind::Paragraph && readEventDetail(i))
        return;
    m_eventLine = i;

    // The body of an entry written as a heading ("### 17:04 PST" and the paragraphs under it).
    if (!lead && m_headingEntry >= 0 && m_headingEntry < m_events.size()
        && line.kind != LineKind::Heading) {
        PendingEvent &pe = m_events[m_headingEntry];
        QString &t = pe.event.text;
        t += t.isEmpty() ? content : QLatin1Char(' ') + content;
        pe.kindFromWholeText = !pe.kindFixed;
        return;
    }

    if (readProseEntries(i, content, lead.has_value()))
        return;

    // Continuation of the previous entry (a wrapped line of the same paragraph, or a line
    // indented under the entry's first line: its body in an outline).
    const bool body = !m_events.isEmpty() && line.kind == LineKind::Paragraph
                      && line.indent > m_events.last().indent;
    const bool goesOn = !lead || (content == line.content && wrapsOn(i));
    if (goesOn && m_eventOpen && !m_prevBlank && line.kind != LineKind::ListItem
        && line.kind != LineKind::Heading && line.kind != LineKind::TableRow
        && (body || !(endsSentence(m_events.last().event.text) && startsUpper(content)))) {
        QString &t = m_events.last().event.text;
        t += t.isEmpty() ? content : QLatin1Char(' ') + content;
        return;
    }

    if (line.kind == LineKind::ListItem && m_groupKind && line.listDepth <= m_groupDepth)
        m_groupKind.reset();

    PendingEvent pe;
    pe.indent = line.indent;
    TimelineEvent &ev = pe.event;
    if (lead) {
        ev.at.date = lead->date;
        ev.at.time = lead->time;
        ev.at.text = withoutClosingBracket(lead->text);
        ev.text = lead->rest;
        pe.explicitDate = lead->date.isValid();
        pe.zone = lead->zone;
        pe.yearlessMonth = lead->month;
        pe.yearlessDay = lead->day;
        if (!ev.at.time.isValid())
            timeOpeningTheText(pe);
        pe.ledByTime = ev.at.time.isValid();
    } else {
        ev.text = content;
        if (!detailOfTimedEntry(line))
            timeInTheText(pe);
    }

    const LabelSplit split = splitLabel(lead ? lead->rest : content);
    std::optional<EventKind> labelKind;
    if (split.ok && split.colon)
        labelKind = kindFromLabel(split.label);
    if (split.ok && split.colon && split.rest.isEmpty() && !ev.at.time.isValid()) {
        // A group label ("**Actions Taken:**") whose sub-items are the entries.
        m_groupKind = labelKind;
        m_groupDepth = line.listDepth;
        ev.kind = labelKind.value_or(EventKind::Other);
        pe.groupLabel = true;
        pe.kindFixed = labelKind.has_value();
    } else {
        pe.groupKind = m_groupKind;
        pe.kindFixed = labelKind.has_value();
        if (labelKind)
            ev.kind = *labelKind;
        else
            takeKindOfText(pe, m_kindOf(ev.text), m_groupKind);
    }
    pe.listDepth = line.listDepth;
    const bool loneStamp = lead && line.kind == LineKind::Paragraph && isLoneStamp(i);
    // An update under its stamp or its heading is a status page's: read as theirs are.
    pe.statusUpdate = pe.statusUpdate || loneStamp || isUpdateHeading(line);
    m_events.append(pe);
    m_events.last().run = m_timelineRun;
    m_eventOpen = true;
    m_headingEntry
        = lead && (line.kind == LineKind::Heading || loneStamp) ? int(m_events.size()) - 1 : -1;
}

void MarkdownImporter::readTwelveAmAfterNoon()
{
    // "12:00 PM" then "12:15 AM", "12:25 AM": the writer carried on from noon with the wrong
    // half of the day (the noon/midnight confusion of the 12-hour clock). Read as noon when the
    // entry before it is late in the morning or at noon, which keeps the timeline in order; a
    // "12:15 AM" after "11:45 PM" is midnight, as written.
    static const FastRegex twelveAm(QStringLiteral(R"(^\W*12(?:[:.]\d\d)?\s?a\.?\s?m\b)"),
                                    QRegularExpression::CaseInsensitiveOption);
    QTime previous;
    int fixed = 0;
    for (PendingEvent &pe : m_events) {
        QTime &t = pe.event.at.time;
        if (!t.isValid())
            continue;
        if (t.hour() == 0 && previous.isValid() && previous.hour() >= 11 && previous.hour() <= 12
            && t.addSecs(12 * 3600) >= previous && twelveAm.match(pe.event.at.text).hasMatch()) {
            t = t.addSecs(12 * 3600);
            ++fixed;
        }
        previous = t;
    }
    if (fixed > 0)
        noteGuess(ReportText::tr("%n timeline time(s) written “12:… AM” right after late-morning "
                                 "or noon entries read as just after noon.",
                                 nullptr, fixed),
                  {FieldId::Timeline});
}

void MarkdownImporter::readAfternoonWithoutMeridiem()
{
    // "11.55", "12.07", "1.28": notes kept on the 12-hour clock without "am" or "pm" (common in
    // British English, where the full point separates hours and minutes) go on into the afternoon
    // where an hour is smaller than the one before. Only in a timeline that never passes 12 and
    // writes no meridiem, and only for a step forward of a few hours on one day; a 24-hour timeline
    // that crosses midnight has hours past 12.
    static const FastRegex meridiem(QStringLiteral(R"(\d\s?[ap]\.?\s?m\b)"),
                                    QRegularExpression::CaseInsensitiveOption);
    for (const PendingEvent &pe : std::as_const(m_events)) {
        const QTime &t = pe.event.at.time;
        if (t.isValid() && (t.hour() > 12 || meridiem.match(pe.event.at.text).hasMatch()))
            return;
    }
    QTime previous;
    QDate previousDate;
    int fixed = 0;
    for (PendingEvent &pe : m_events) {
        QTime &t = pe.event.at.time;
        if (!t.isValid())
            continue;
        const bool sameDay = !pe.event.at.date.isValid() || pe.event.at.date == previousDate;
        // "02:10" and "0:30" are the 24-hour clock's (the 12-hour clock has no hour 0 and
        // writes no leading zero in running text).
        const bool twelveHourForm = t.hour() >= 1 && !pe.event.at.text.startsWith(QLatin1Char('0'));
        if (previous.isValid() && sameDay && twelveHourForm && t.hour() < 12 && t < previous
            && previous.hour() >= 9 && t.addSecs(12 * 3600) >= previous
            && previous.secsTo(t.addSecs(12 * 3600)) <= 4 * 3600) {
            t = t.addSecs(12 * 3600);
            ++fixed;
        }
        previous = t;
        if (pe.event.at.date.isValid())
            previousDate = pe.event.at.date;
    }
    if (fixed > 0)
        noteGuess(ReportText::tr("%n timeline time(s) without am or pm read as afternoon, after "
                                 "the morning entries before them.",
                                 nullptr, fixed),
                  {FieldId::Timeline});
}

std::optional<ImportTime::Leading> MarkdownImporter::momentOnly(const Line &l) const
{
    const std::optional<StatusLead> status = timedStatusLead(l.content);
    std::optional<ImportTime::Leading> lead = ImportTime::parseLeading(
        status ? l.content.mid(status->timeAt) : l.content, m_dayFirst, m_clockForms);
    if (!lead || !lead->time.isValid())
        return std::nullopt;
    // A heading that opens with a status page's update word may name the update after its
    // moment ("#### Update 17:30 Central Time: Service is available").
    if (l.kind == LineKind::Heading && status)
        return lead;
    if (!std::all_of(lead->rest.cbegin(), lead->rest.cend(), [](QChar c) {
            // "## Update (2013-08-06 9:33 UTC)": the moment in brackets
            return c.isSpace() || c == QLatin1Char(':') || c == QLatin1Char(')')
                   || c == QLatin1Char(']');
        }))
        return std::nullopt;
    return lead;
}

bool MarkdownImporter::isLoneStamp(int i)
{
    const auto alone = [this](int k) {
        const Line &l = m_lines.at(k);
        const auto edge = [this](int j) {
            if (j < 0 || j >= m_lines.size())
                return true;
            const LineKind kind = m_lines.at(j).kind;
            return kind == LineKind::Blank || kind == LineKind::ThematicBreak
                   || kind == LineKind::FrontMatter;
        };
        if (l.kind != LineKind::Paragraph || l.indent > 0 || !edge(k - 1) || !edge(k + 1))
            return false;
        const std::optional<ImportTime::Leading> moment = momentOnly(l);
        return moment && moment->date.isValid();
    };
    if (!alone(i) || hasTimelineSection())
        return false;
    if (m_loneStamps < 0) { // counted once: the rule asks for every paragraph line
        m_loneStamps = 0;
        for (int k = 0; k < m_lines.size() && m_loneStamps < 2; ++k)
            if (m_lines.at(k).kind == LineKind::Paragraph && alone(k))
                ++m_loneStamps;
    }
    return m_loneStamps >= 2;
}

void MarkdownImporter::mergeTimelineRuns()
{
    if (m_timelineRun == 0 || m_events.size() < 4)
        return;
    QList<QList<qsizetype>> runs(m_timelineRun + 1);
    for (qsizetype i = 0; i < m_events.size(); ++i)
        runs[m_events.at(i).run].append(i);
    // Each list's days carried on their own (timeline.h) from the incident's start, else from
    // the first day any entry states, else from one common day: enough to compare the hours.
    Moment start = m_pm.start;
    for (qsizetype i = 0; i < m_events.size() && !start.date.isValid(); ++i)
        start.date = m_events.at(i).event.at.date;
    if (!start.date.isValid())
        start.date = QDate(2000, 1, 1);
    QList<QDateTime> at(m_events.size());
    // Merged only when a later list goes back into the hours of an earlier one.
    bool overlap = false;
    QDateTime latest; // of the lists before the current one
    for (const QList<qsizetype> &run : std::as_const(runs)) {
        QList<TimelineEvent> events;
        for (qsizetype i : run)
            events.append(m_events.at(i).event);
        events = withCarriedDates(events, start);
        for (qsizetype k = 0; k < run.size(); ++k) {
            const Moment &m = events.at(k).at;
            if (m.time.isValid() && !m.date.isValid())
                return; // a time of an unknown day cannot be put in one order
            if (m.time.isValid())
                at[run.at(k)] = QDateTime(m.date, m.time, Qt::UTC);
        }
        // An untimed entry goes with the entry before it in its list (the first ones of a
        // list with the entry after them).
        QDateTime carried;
        for (qsizetype i : run)
            carried = at[i] = at.at(i).isValid() ? at.at(i) : carried;
        for (auto k = run.crbegin(); k != run.crend(); ++k)
            carried = at[*k] = at.at(*k).isValid() ? at.at(*k) : carried;
        QDateTime runLatest = latest;
        for (qsizetype i : run) {
            if (!at.at(i).isValid())
                continue;
            overlap = overlap || (latest.isValid() && at.at(i) < latest);
            if (!runLatest.isValid() || at.at(i) > runLatest)
                runLatest = at.at(i);
        }
        latest = runLatest;
    }
    if (!overlap)
        return;
    QList<PendingEvent> merged;
    merged.reserve(m_events.size());
    QList<qsizetype> head(runs.size(), 0);
    while (merged.size() < m_events.size()) {
        qsizetype best = -1;
        for (qsizetype r = 0; r < runs.size(); ++r) {
            if (head.at(r) >= runs.at(r).size())
                continue;
            if (best < 0
                || at.at(runs.at(r).at(head.at(r))) < at.at(runs.at(best).at(head.at(best))))
                best = r;
        }
        merged.append(m_events.at(runs.at(best).at(head[best]++)));
    }
    m_events = merged;
    m_report.recognised.append(
        ReportText::tr("Timeline: %1 lists of the same hours merged in time order.")
            .arg(m_timelineRun + 1));
}

int MarkdownImporter::timeHeadingsLevel(int i)
{
    // Line i is a heading that is only a time ("#### 12:22 UTC"), perhaps after a status page's
    // update word ("#### UPDATE 15:44 CET 18/11/2025:"), in a document without a timeline
    // section that has another such heading at the same level: their level, else 0.
    const auto timeOnly = [this](const Line &l) {
        return l.kind == LineKind::Heading && momentOnly(l).has_value();
    };
    const Line &line = m_lines.at(i);
    if (!timeOnly(line) || hasTimelineSection())
        return 0;
    // Headings that open with an update word are updates at any level ("# Update Jun 24, 10AM"
    // over "## Update Jun 24, 8AM").
    const bool update = timedStatusLead(line.content).has_value();
    for (int k = i + 1; k < m_lines.size(); ++k) {
        const Line &other = m_lines.at(k);
        if (other.kind == LineKind::Heading && timeOnly(other)
            && (other.headingLevel == line.headingLevel
                || (update && timedStatusLead(other.content))))
            return line.headingLevel;
    }
    return 0;
}

} // namespace Hindsight::Import
