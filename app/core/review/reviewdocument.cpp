#include "core/review/reviewdocument.h"

#include "core/markdownblocks.h"
#include "core/review/textscan.h"

#include <QRegularExpression>
#include <QSet>

namespace Hindsight::Review {

namespace {

int countWords(const QString &text)
{
    static const QRegularExpression token(QStringLiteral("\\S+"));
    static const QRegularExpression hasWord(QStringLiteral("[\\p{L}\\p{N}]"));
    int n = 0;
    for (auto it = token.globalMatch(text); it.hasNext();)
        if (hasWord.match(it.next().captured()).hasMatch())
            ++n;
    return n;
}

QDate toDate(const CalendarDate &d, int fallbackYear)
{
    if (!d.exists)
        return {};
    return QDate(d.year ? d.year : fallbackYear, d.month, d.day);
}

/// An entry line of a timeline written in a section: "- **10:05** - text", "10:05 UTC: text",
/// "| 10:05 | text |", "**Investigating** - 22 May 2025, 16:08 UTC". Returns the time and
/// the date the entry's own stamp gives (invalid when none).
std::optional<std::pair<int, QDate>> entryStamp(const QString &line, int year)
{
    static const QRegularExpression lead(QStringLiteral("^[\\s>*_|#\\-+\\[\\]xX.\\d)]*"));
    const QString plainLine = plain(line).trimmed();
    if (plainLine.isEmpty())
        return std::nullopt;
    const QList<ClockTime> times = findClockTimes(plainLine);
    if (times.isEmpty())
        return std::nullopt;
    const ClockTime &t = times.first();
    // The stamp is at the start of the line, or the line is a short status-update header.
    const QString before = plainLine.left(t.position);
    const QList<CalendarDate> dates = findDates(plainLine.left(t.position + t.length + 24));
    QString rest = before;
    for (const CalendarDate &d : dates)
        if (d.position < t.position)
            rest.replace(d.position, d.length, QString(d.length, QLatin1Char(' ')));
    const bool atStart = rest.count(QRegularExpression(QStringLiteral("[\\p{L}]{2,}"))) == 0
                         || (plainLine.size() < 70 && before.size() < 40);
    if (!atStart)
        return std::nullopt;
    QDate date;
    if (!dates.isEmpty() && dates.first().position < t.position + t.length + 20)
        date = toDate(dates.first(), year);
    Q_UNUSED(lead);
    return std::pair{t.minutes, date};
}

/// `heading` in lower case without a section number ("2. Leadup", "IV) Fault").
QString headingWords(const QString &heading)
{
    static const QRegularExpression numbering(
        QStringLiteral("^\\s*(?:\\d{1,2}(?:\\.\\d{1,2})*|[ivx]{1,4})[.)]?\\s+(?=\\p{L})"));
    return heading.toLower().remove(numbering);
}

} // namespace

Part partForHeading(const QString &heading)
{
    const QString h = headingWords(heading);
    const auto has = [&h](const char *pattern) {
        return h.contains(QRegularExpression(QString::fromLatin1(pattern)));
    };
    if (has("timeline|status updates|update history|^updates\\b|chronology|sequence of events"))
        return Part::Timeline;
    if (has("lessons|went well|went wrong|went poorly|how'?d we do|got lucky|learn"))
        return Part::Lessons;
    // Real postmortems also head their measures "Future work", "Future plans", "Looking
    // forward", "Moving forward" or "What happens now".
    if (has("action item|follow[- ]?up|corrective|preventa|measures|^tasks|improvements|"
            "next steps|remediation items|todo|future (work|plan|improvement|task|action)|"
            "(looking|moving) forward|what happens now|what's next|what is next"))
        return Part::Actions;
    if (has("summary|overview|introduction|what happened|description|^incident$"))
        return Part::Summary;
    if (has("impact"))
        return Part::Impact;
    if (has("root cause|cause|fault|trigger|why|leadup|lead-up|background|contributing"))
        return Part::Cause;
    if (has("resolution|recovery|mitigation|remediation|fix"))
        return Part::Resolution;
    if (has("detection|detected"))
        return Part::Detection;
    if (has("response|escalation|responders"))
        return Part::Response;
    return Part::Other;
}

ReviewDocument::ReviewDocument(const Postmortem &pm)
    : m_pm(pm)
{
    m_blocks.append({Part::Title, FieldId::Title, -1, {}, pm.title});
    m_blocks.append({Part::Summary, FieldId::Summary, -1, {}, pm.summary});
    m_blocks.append({Part::Impact, FieldId::Impact, -1, {}, pm.impact});
    m_blocks.append({Part::Cause, FieldId::RootCause, -1, {}, pm.rootCause});
    m_blocks.append({Part::Resolution, FieldId::Resolution, -1, {}, pm.resolution});
    addSections();
    splitEmbeddedHeadings();
    findDuration();
    addTimeline();
    addActions();
    judgeStyle();

    QStringList all;
    for (const Block &b : std::as_const(m_blocks))
        all << b.heading << b.text;
    m_all = all.join(QLatin1Char('\n'));

    // Headings the model keeps implicitly: one per filled field, about two words each.
    // A line the importer placed in two fields (a summary's root cause line is also the root
    // cause's first paragraph) is one line of the file.
    // The summary keeps its "**Root Cause:** …" line, so the text after a label is also seen.
    static const QRegularExpression labelled(
        QStringLiteral("^[\\s*_>+-]*[\\p{L}][\\p{L} /&'-]{0,30}[*_]*:[*_]*\\s+(.+)$"));
    QSet<QString> seenLines;
    for (const QString &line : m_all.split(QLatin1Char('\n'))) {
        const QString t = line.simplified();
        if (t.isEmpty() || seenLines.contains(t))
            continue;
        seenLines.insert(t);
        if (const auto m = labelled.match(t); m.hasMatch())
            seenLines.insert(m.captured(1));
        m_words += countWords(t);
    }
    for (const QString *f : {&pm.summary, &pm.impact, &pm.rootCause, &pm.resolution})
        m_words += f->trimmed().isEmpty() ? 0 : 2;
    m_words += pm.timeline.isEmpty() ? 0 : 1;
    m_words += pm.actionItems.isEmpty() ? 0 : 4;
    for (const TimelineEvent &e : pm.timeline)
        m_words += e.at.isNull() ? 0 : qMax(1, countWords(e.at.text));
    for (const ActionItem &a : pm.actionItems) {
        if (!a.owner.isEmpty() && !a.text.contains(a.owner))
            m_words += countWords(a.owner);
        if (a.due.isValid())
            m_words += 1;
    }
}

QList<const Block *> ReviewDocument::blocks(Part part) const
{
    QList<const Block *> out;
    for (const Block &b : m_blocks)
        if (b.part == part)
            out.append(&b);
    return out;
}

QString ReviewDocument::text(Part part) const
{
    QStringList out;
    for (const Block *b : blocks(part))
        if (!b->text.trimmed().isEmpty())
            out.append(b->text);
    return out.join(QStringLiteral("\n\n"));
}

void ReviewDocument::addSections()
{
    for (int i = 0; i < m_pm.sections.size(); ++i) {
        const Section &s = m_pm.sections[i];
        m_blocks.append({partForHeading(s.heading), FieldId::Sections, i, s.heading, s.text});
    }
}

void ReviewDocument::splitEmbeddedHeadings()
{
    // A heading the importer did not see ("Action items" on a line of its own in plain text)
    // starts a new part inside the field it landed in.
    static const QRegularExpression candidate(QStringLiteral(
        "^\\s*(?:#{1,6}\\s+)?(?:\\*\\*|__)?([\\p{L}][\\p{L}\\d'\\x{2019} ,&/()?-]{2,50}?)"
        "(?:\\*\\*|__)?:?(?:\\*\\*|__)?\\s*$"));
    QList<Block> out;
    for (const Block &b : std::as_const(m_blocks)) {
        if (b.part == Part::Title) {
            out.append(b);
            continue;
        }
        Block current = b;
        current.text.clear();
        QStringList lines;
        int position = b.offset; // of the line in the field's text
        for (const QString &line : b.text.split(QLatin1Char('\n'))) {
            const int next = position + int(line.size()) + 1;
            const auto m = candidate.match(line);
            const Part part = m.hasMatch() && m.captured(1).count(QLatin1Char(' ')) < 6
                                  ? partForHeading(m.captured(1))
                                  : Part::Other;
            position = next;
            if (part != Part::Other) {
                current.text = lines.join(QLatin1Char('\n'));
                out.append(current);
                current = {part, b.field, b.index, m.captured(1).trimmed(), {}, next};
                lines.clear();
                continue;
            }
            lines.append(line);
        }
        current.text = lines.join(QLatin1Char('\n'));
        out.append(current);
    }
    m_blocks = out;
}

void ReviewDocument::readInIncidentZone(int &minutes, QDate &date,
                                        std::optional<int> writtenOffset) const
{
    const std::optional<int> incident = m_pm.start.utcOffsetMinutes ? m_pm.start.utcOffsetMinutes
                                        : m_pm.timezone
                                            ? std::optional<int>(m_pm.timezone->utcOffsetMinutes)
                                            : std::nullopt;
    if (!incident || !writtenOffset || *writtenOffset == *incident)
        return;
    minutes += *incident - *writtenOffset;
    const int days = minutes < 0 ? -1 : minutes >= 24 * 60 ? 1 : 0;
    minutes -= days * 24 * 60;
    if (date.isValid())
        date = date.addDays(days);
}

void ReviewDocument::addTimeline()
{
    const int year = m_incidentDate.isValid() ? m_incidentDate.year() : 2000;
    for (int i = 0; i < m_pm.timeline.size(); ++i) {
        const TimelineEvent &e = m_pm.timeline[i];
        m_blocks.append({Part::Timeline, FieldId::Timeline, i, {}, e.text});
        if (!e.at.time.isValid())
            continue;
        int minutes = e.at.time.hour() * 60 + e.at.time.minute();
        QDate date = e.at.date;
        // An entry written in another zone than the incident's ("17:15 UTC" under a span in
        // EDT, "02:04 CET" after the clocks went back from CEST) is read in the incident's zone.
        readInIncidentZone(minutes, date, e.at.utcOffsetMinutes);
        m_entries.append({FieldId::Timeline, i, minutes, date, e.text, 0});
    }
    int number = m_pm.timeline.isEmpty() ? 0 : 1;
    for (const Block &b : std::as_const(m_blocks)) {
        if (b.part == Part::Timeline && b.field != FieldId::Timeline)
            parseSectionEntries(b, number++);
    }
    Q_UNUSED(year);
}

void ReviewDocument::parseSectionEntries(const Block &block, int timelineNumber)
{
    const int year = m_incidentDate.isValid() ? m_incidentDate.year() : 2000;
    QDate heading; // a date line ("**2024-02-28**") dates the entries after it
    for (const QString &line : block.text.split(QLatin1Char('\n'))) {
        const auto stamp = entryStamp(line, year);
        if (!stamp) {
            const QList<CalendarDate> dates = findDates(line);
            if (!dates.isEmpty() && plain(line).trimmed().size() < 40)
                heading = toDate(dates.first(), year);
            continue;
        }
        QDate date = stamp->second.isValid() ? stamp->second : heading;
        m_entries.append(
            {FieldId::Sections, block.index, stamp->first, date, line.trimmed(), timelineNumber});
    }
}

void ReviewDocument::addActions()
{
    for (const Block &b : std::as_const(m_blocks))
        if (b.part == Part::Actions)
            m_measuresSection = true;
    if (!m_pm.actionItems.isEmpty())
        m_measuresSection = true;
    // An item that runs several numbered items together ("… 4) Set … 5) Review …") is
    // read as those items.
    static const QRegularExpression inlineNumber(
        QStringLiteral("(?<=[.)!?])\\s+(?=\\d{1,2}[.)]\\s+[A-Z])"));
    for (int i = 0; i < m_pm.actionItems.size(); ++i) {
        const ActionItem &a = m_pm.actionItems[i];
        m_blocks.append({Part::Actions, FieldId::ActionItems, i, {}, a.text});
        const QStringList parts = a.text.split(inlineNumber, Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            static const QRegularExpression number(QStringLiteral("^\\d{1,2}[.)]\\s+"));
            const QString text = QString(part).remove(number);
            Action action{FieldId::ActionItems, i, text,
                          parseActionItemFacts(text, m_incidentDate)};
            if (action.facts.owner.isEmpty() && !isOwnerPlaceholder(a.owner))
                action.facts.owner = a.owner;
            if (!action.facts.due.isValid() && a.due.isValid())
                action.facts.due = a.due;
            action.done = a.done || action.facts.done;
            m_actions.append(action);
        }
    }
    if (m_actions.isEmpty()) {
        const QList<Block> copy = m_blocks;
        for (const Block &b : copy)
            if (b.part == Part::Actions && b.field != FieldId::ActionItems)
                parseSectionActions(b);
    }
}

void ReviewDocument::parseSectionActions(const Block &block)
{
    static const QRegularExpression item(
        QStringLiteral("^\\s*(?:[-*+]|\\d+[.)])\\s+(?:\\[[ xX]\\]\\s+)?(.+)$"));
    static const QRegularExpression row(QStringLiteral("^\\s*\\|(.+)\\|\\s*$"));
    static const QRegularExpression separator(QStringLiteral("^[\\s|:\\-]+$"));
    QStringList header; // a table's column names, lower case
    const qsizetype before = m_actions.size();
    for (const QString &line : block.text.split(QLatin1Char('\n'))) {
        if (const auto m = item.match(line); m.hasMatch()) {
            m_actions.append({block.field, block.index, m.captured(1),
                              parseActionItemFacts(m.captured(1), m_incidentDate)});
            continue;
        }
        const auto r = row.match(line);
        if (!r.hasMatch() || separator.match(line).hasMatch())
            continue;
        QStringList cells = r.captured(1).split(QLatin1Char('|'));
        for (QString &c : cells)
            c = c.trimmed();
        if (header.isEmpty()) {
            for (const QString &c : std::as_const(cells))
                header.append(c.toLower());
            continue;
        }
        m_actions.append(tableAction(block, header, cells));
    }
    // Measures written as prose: each sentence that commits someone to something is an item
    // (review set README, "Action item"); a placeholder sentence is kept so it can be judged.
    if (m_actions.size() == before) {
        static const QRegularExpression commits(
            QStringLiteral("\\b(will|shall|must|to be|owner|due|by \\d|tbd|agreed)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        for (const QString &s : sentences(block.text))
            if (commits.match(s).hasMatch())
                m_actions.append(
                    {block.field, block.index, s, parseActionItemFacts(s, m_incidentDate)});
    }
}

Action ReviewDocument::tableAction(const Block &block, const QStringList &header,
                                   const QStringList &cells) const
{
    // Owner and Due columns by their names (Google SRE's Owner and Bug, Atlassian's and
    // PagerDuty's Owner and Due); the action is the first other column.
    const auto column = [&header](const char *pattern) {
        const QRegularExpression re(QString::fromLatin1(pattern));
        for (qsizetype i = 0; i < header.size(); ++i)
            if (re.match(header[i]).hasMatch())
                return i;
        return qsizetype(-1);
    };
    const qsizetype ownerColumn = column("owner|assignee|who|responsible|dri");
    const qsizetype dueColumn = column("due|deadline|date|when|target|eta");
    QString task;
    for (qsizetype i = 0; i < cells.size(); ++i)
        if (i != ownerColumn && i != dueColumn && task.isEmpty())
            task = cells[i];
    Action a{block.field, block.index, task, parseActionItemFacts(task, m_incidentDate)};
    if (ownerColumn >= 0 && ownerColumn < cells.size()) {
        const QString owner = cells[ownerColumn];
        a.facts.owner = isOwnerPlaceholder(owner) ? QString() : owner;
    }
    if (dueColumn >= 0 && dueColumn < cells.size())
        a.facts.due
            = parseActionItemFacts(QStringLiteral("due ") + cells[dueColumn], m_incidentDate).due;
    return a;
}

void ReviewDocument::judgeStyle()
{
    QStringList headings;
    for (const Block &b : std::as_const(m_blocks))
        if (!b.heading.isEmpty())
            headings.append(headingWords(b.heading));
    const QString h = headings.join(QLatin1Char('\n'));
    const auto has = [&h](const char *p) {
        return h.contains(
            QRegularExpression(QString::fromLatin1(p), QRegularExpression::MultilineOption));
    };
    if (has("^leadup|^fault$|five whys|^follow-up tasks"))
        m_style = Style::Atlassian;
    else if (has("contributing factors|^responders|how'd we do|^messaging"))
        m_style = Style::PagerDuty;
    else if (has("lessons learned|^trigger|where we got lucky|^root causes"))
        m_style = Style::GoogleSre;
    else if (has("status updates|update history"))
        m_style = Style::StatusPage;
    else
        m_style = Style::Course;
}

QString proseOf(const QString &markdown)
{
    const bool mayHaveCode
        = markdown.contains(QLatin1Char('`')) || markdown.contains(QLatin1Char('~'))
          || markdown.contains(QLatin1String("    ")) || markdown.contains(QLatin1Char('\t'));
    if (!mayHaveCode)
        return markdown;
    QString out = markdown;
    const auto blank = [&out](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to && i < out.size(); ++i)
            if (out.at(i) != QLatin1Char('\n'))
                out[i] = QLatin1Char(' ');
    };
    QList<qsizetype> lineStarts{0};
    for (qsizetype i = 0; i < markdown.size(); ++i)
        if (markdown.at(i) == QLatin1Char('\n'))
            lineStarts.append(i + 1);
    for (const MarkdownBlock &b : parseMarkdownBlocks(markdown)) {
        if (b.kind != MarkdownBlock::CodeBlock || b.firstLine >= lineStarts.size())
            continue;
        const int last = b.firstLine + int(b.lines.size());
        blank(lineStarts.at(b.firstLine),
              last < lineStarts.size() ? lineStarts.at(last) : markdown.size());
    }
    // Code spans: a run of backticks up to the next run of the same length (CommonMark 6.1).
    static const QRegularExpression span(QStringLiteral("(`+)[^`]+?\\1(?!`)"));
    for (auto it = span.globalMatch(out); it.hasNext();) {
        const auto m = it.next();
        blank(m.capturedStart(), m.capturedEnd());
    }
    return out;
}

} // namespace Hindsight::Review
