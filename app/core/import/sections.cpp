// Import stage "sections": which part of the postmortem each line belongs to.
#include "core/fastregex.h"
#include "core/import/draft.h"
#include "core/import/eventkinds.h"
#include "core/importer.h"
#include "core/timeline.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QScopedValueRollback>

#include <algorithm>
#include <cstdlib>

namespace Hindsight::Import {

void MarkdownImporter::processLine(int i)
{
    m_line = i;
    const Line &line = m_lines.at(i);
    dropReadTableHead(line);
    if (m_otherIncident) {
        keepOtherIncident(i);
        return;
    }
    if (i <= m_consumedUpTo) {
        m_prevBlank = false; // read with the status update above it
        return;
    }
    readMetadataRow(line);
    // "<p>…</p>" on each of several lines: paragraphs of their own, as if blank lines stood
    // between them.
    const bool htmlBreak = line.opensHtmlBlock && i > 0 && m_lines.at(i - 1).number != line.number
                           && m_lines.at(i - 1).kind != LineKind::Blank;
    switch (htmlBreak ? LineKind::Blank : line.kind) {
    case LineKind::Blank:
    case LineKind::Markup:
        m_field = Label::None;
        m_prevBlank = true;
        m_eventOpen = false;
        m_itemOpen = false;
        m_pendingOpen = false;
        flushParagraph();
        if (htmlBreak)
            break;
        return;
    case LineKind::FrontMatter:
        if (!frontMatterLineUsed(line.raw, m_frontMatterKey))
            appendExtra(frontMatterSectionHeading(), line.raw);
        m_frontMatter += line.raw + QLatin1Char('\n');
        m_prevBlank = false;
        return;
    case LineKind::Code:
    case LineKind::Html:
        processCodeOrHtml(i);
        return;
    default:
        break;
    }

    if (i == m_titleLine || i == m_bylineLine) {
        m_prevBlank = true;
        return;
    }
    followTimelineIntro(i);
    if (readActionTable(i)) {
        // An action-item table where the summary's fields stand.
    } else if (line.kind == LineKind::Heading) {
        processHeading(i);
    } else if (line.kind == LineKind::HeadingRule) {
        // A setext heading's underline is the heading's markup, read with its text line.
        return;
    } else if (line.kind == LineKind::ThematicBreak || line.kind == LineKind::TableDelimiter
               || line.kind == LineKind::TableHeader) {
        processPartLine(i);
    } else if (m_part != Part::Timeline && m_part != Part::Measures && readStatusUpdate(i)) {
        // A status-page update ("**Resolved** - This incident has been resolved." then
        // "Jan 10, 2024 - 09:40 UTC"): a timeline entry wherever it stands.
    } else if (m_part != Part::Timeline && m_part != Part::Measures && isLoneStamp(i)) {
        // "2025-10-15 08:15 UTC" on a line of its own over each update: the updates are the
        // timeline, each stamp heading the paragraphs under it.
        switchPart(Part::Timeline, m_partHeading, m_partLevel);
        m_report.recognised.append(
            ReportText::tr("Lines that are only a date and time (line %1 on) read as the "
                           "timeline, each over its update.")
                .arg(line.number));
        timelineLine(i, line.content);
    } else if (m_part != Part::Timeline && m_part != Part::Measures
               && (inTimedList(i) || inTimedTable(i))) {
        // A document without a timeline section: the list whose every item leads with a time
        // plays its role (LABELING.md: "the list that plays that role").
        timelineLine(i, line.content);
    } else {
        // "To prevent similar issues, we made these changes:" followed by a list: measures,
        // wherever the document puts them.
        if (startsParagraph(i) && line.kind == LineKind::Paragraph
            && (m_part == Part::Preamble || m_part == Part::Extra || m_part == Part::Summary
                || m_part == Part::Resolution)
            && preventionIntroAt(i)) {
            const QString heading = m_part == Part::Extra
                                        ? m_partHeading
                                        : QStringLiteral("Corrective and preventative measures");
            switchPart(Part::Measures, heading, m_partLevel);
            m_report.recognised.append(
                ReportText::tr("Measures announced in prose at line %1 (“%2…”).")
                    .arg(line.number)
                    .arg(reportQuote(line.content, 60)));
        }
        const LabelSplit split = splitLabel(line.content);
        readSeverityLine(i, split);
        const Label label = lineLabel(i, split);
        // A bold line standing as a section title (readBoldTitle); "Action point: …" in the
        // lessons, an action item while the section goes on (readActionPoint).
        if (!readBoldTitle(i, split, label) && !readActionPoint(i, split)) {
            if (label != Label::None && (split.colon || split.rest.isEmpty()))
                processLabelled(i, label, split);
            else
                processPartLine(i);
        }
    }
    if (!m_otherIncident)
        m_prevBlank = false;
}

void MarkdownImporter::processCodeOrHtml(int i)
{
    const Line &line = m_lines.at(i);
    if (line.kind == LineKind::Code && m_part == Part::Timeline && inTimestampedCodeBlock(i)) {
        if (!isLogFiller(line.raw)) {
            timelineLine(i, line.raw.trimmed());
            m_eventOpen = false;
        }
        return;
    }
    if (line.kind == LineKind::Code && m_part == Part::Timeline && readEventDetail(i)) {
        m_eventOpen = false; // a line after the block starts no continuation of the text
        m_prevBlank = false;
        return;
    }
    m_eventOpen = false;
    m_itemOpen = false;
    const bool kept
        = m_part == Part::Timeline || m_part == Part::Measures || m_part == Part::Preamble;
    const QString where = m_part == Part::Preamble ? QStringLiteral("Introduction") : m_partHeading;
    if (kept) {
        appendExtra(where, displayText(line));
        // Translated once per import: a code block notes each of its lines.
        QString &what = line.kind == LineKind::Code ? m_codeBlockWord : m_htmlWord;
        if (what.isEmpty())
            what = line.kind == LineKind::Code ? ReportText::tr("Code block")
                                               : ReportText::tr("HTML");
        noteKept(i, what, where);
    } else {
        processPartLine(i);
    }
    m_prevBlank = false;
}

void MarkdownImporter::followTimelineIntro(int i)
{
    const Line &line = m_lines.at(i);
    if (m_timelineIntroEnd >= 0 && i > m_timelineIntroEnd) {
        // The list after "Below is the timeline of the day:" is the timeline.
        switchPart(Part::Timeline, m_lines.at(m_timelineIntroEnd).content, m_partLevel);
        m_timelineLevel = m_partLevel;
        m_timelineIntroEnd = -1;
    } else if (m_part != Part::Timeline && m_part != Part::Measures
               && line.kind == LineKind::Paragraph && startsParagraph(i)) {
        m_timelineIntroEnd = timelineIntroAt(i);
    }
}

bool MarkdownImporter::remediationListsItems(int i, const QString &label) const
{
    // "Remediation" names the fix in some teams' reports and the follow-up work in others
    // (a table of actions with their status, a numbered list of what is still to do). A
    // section of items, with at most a lead-in sentence between lists, is the follow-up work.
    static const QRegularExpression remediation(QStringLiteral("^remediations?( steps)?$"));
    if (!remediation.match(normaliseLabel(withoutClosingNote(label))).hasMatch())
        return false;
    int items = 0;
    int prose = 0;
    bool inItem = false;
    for (qsizetype k = i + 1; k < m_lines.size(); ++k) {
        const Line &l = m_lines.at(k);
        // Sub-sections named as parts ("Immediate actions", "Long-term fixes") are read as
        // they are named; others ("Upstream changes", "Engineering") group the items.
        if (l.kind == LineKind::Heading) {
            if (l.headingLevel <= m_lines.at(i).headingLevel)
                break;
            if (classifyLabelText(l.content) != Label::None)
                return false;
            continue;
        }
        // A line going on from an item, with no blank line between, is that item's text.
        const bool continues = l.kind == LineKind::Paragraph && inItem;
        inItem = l.kind == LineKind::ListItem || continues;
        if (l.kind == LineKind::ListItem || l.kind == LineKind::TableRow)
            ++items;
        else if (l.kind == LineKind::Paragraph && l.listDepth == 0 && !continues)
            ++prose;
    }
    return items >= 2 && prose * 2 <= items;
}

Label MarkdownImporter::lineLabel(int i, const LabelSplit &split) const
{
    const Line &line = m_lines.at(i);
    // A table's row is a row of cells, not a heading ("| Status | Resolved; preventive actions
    // open |" in a metadata table names no part).
    const bool usable
        = split.ok
          && !(split.bare && (line.kind == LineKind::ListItem || line.kind == LineKind::TableRow))
          && !(split.bare && (continuesSentence(i) || continuesListItem(i)));
    const Label label = usable ? classifyLabelText(split.label) : Label::None;
    if (label != Label::None || !split.ok || !split.bare || line.kind != LineKind::ListItem
        || line.listDepth != 1)
        return label;
    // Sections numbered as a list ("1. Issue Summary", "2. Timeline"): a bare item that names
    // a main part. A bare "- Resolution" bullet inside a list stays an item.
    static const FastRegex numbered(QStringLiteral(R"(^\s*\d{1,2}[.)]\s)"));
    const Label named = classifyLabelText(split.label);
    const bool mainPart = named == Label::Summary || named == Label::Timeline
                          || named == Label::Impact || named == Label::RootCause
                          || named == Label::RootCauseResolution || named == Label::Measures
                          || named == Label::ResolutionMeasures;
    return numbered.match(line.raw).hasMatch() && mainPart ? named : Label::None;
}

bool MarkdownImporter::readBoldTitle(int i, const LabelSplit &split, Label label)
{
    const Line &line = m_lines.at(i);
    // Where headings title the parts, a bold line is a label inside one ("**Trigger**").
    const bool title = line.kind == LineKind::Paragraph && split.ok && split.rest.isEmpty()
                       && startsParagraph(i) && m_sectionHeadings == 0;
    // A plain line that names a part and stands alone ("Root cause", "How we fixed it?") titles
    // it as a bold or colon label does; an unknown one may be a short sentence.
    const bool alone = i + 1 >= m_lines.size() || m_lines.at(i + 1).kind == LineKind::Blank;
    if (!title || (split.bare && (label == Label::None || !alone)))
        return false;
    if (label != Label::None) {
        ++m_boldTitles; // read as the part it names
        m_boldTitleLine = i;
        return false;
    }
    // Inside a timeline or the measures a bold line groups entries or items ("**Day 2**",
    // "**Process**"), unless it names a retrospective's part; before the first titled part it
    // is the preamble's.
    const bool retrospective = isRetrospectiveLabel(normaliseLabel(split.label));
    if (m_boldTitles == 0 || m_part == Part::Preamble
        || ((m_part == Part::Timeline || m_part == Part::Measures) && !retrospective))
        return false;
    switchPart(Part::Extra, split.label, 0);
    m_otherProse.append(split.label);
    m_boldTitleLine = i;
    return true;
}

bool MarkdownImporter::readActionTable(int i)
{
    const Line &line = m_lines.at(i);
    if (line.kind != LineKind::TableHeader && line.kind != LineKind::TableDelimiter
        && line.kind != LineKind::TableRow) {
        m_actionTable.clear();
        return false;
    }
    if (m_part == Part::Measures || m_part == Part::ResolutionMeasures || m_part == Part::Timeline)
        return false;
    if (line.kind == LineKind::TableHeader) {
        const QStringList cells = splitCells(line.content);
        m_actionTable.clear();
        if (cells.isEmpty() || classifyLabelText(cells.first()) != Label::Measures)
            return false;
        m_actionTable = cells.first();
        m_tableColumns = cells;
        m_partsNamed.insert(int(Label::Measures));
        m_report.recognised.append(
            ReportText::tr("The table headed “%1” (line %2) read as action items.")
                .arg(reportQuote(m_actionTable, 60))
                .arg(line.number));
    }
    if (m_actionTable.isEmpty())
        return false;
    if (line.kind == LineKind::TableRow)
        addTableAction(line.content);
    else
        appendExtra(m_actionTable, displayText(line));
    return true;
}

bool MarkdownImporter::readActionPoint(int i, const LabelSplit &split)
{
    // Meeting-minutes style "Action point: …" / "Action item: …" lines among the lessons or the
    // discussion of a section: each is an action item where it stands, with the lines of its
    // paragraph; the section is not left (in the measures they are read as the measures'
    // lines). "Action items: none" stays text.
    static const FastRegex actionLabel(
        QStringLiteral(R"(^(action (item|point)|follow ?-?up action)s?$)"));
    static const FastRegex nothing(QStringLiteral(R"(^\W*(none|n/?a|tbd|-+)?\W*$)"),
                                   QRegularExpression::CaseInsensitiveOption);
    // In the measures, a paragraph labelled with one item ("**Action item:** Start incidents
    // earlier.") after their lists is one more item; a plural label there introduces a list.
    const QString label = normaliseLabel(split.label);
    const bool inMeasures = m_part == Part::Measures;
    if (!split.ok || !split.colon || split.rest.isEmpty() || m_part == Part::Timeline
        || m_part == Part::ResolutionMeasures || !actionLabel.match(label).hasMatch()
        || (inMeasures
            && (m_lines.at(i).kind != LineKind::Paragraph || label.endsWith(QLatin1Char('s')))))
        return false;
    if (nothing.match(split.rest).hasMatch()) {
        processPartLine(i);
        return true;
    }
    QString text = split.rest;
    int last = i;
    while (last + 1 < m_lines.size() && m_lines.at(last + 1).kind == LineKind::Paragraph
           && m_lines.at(last + 1).number != m_lines.at(last).number)
        text += QLatin1Char(' ') + m_lines.at(++last).content;
    addAction(text, QStringLiteral("task"));
    m_consumedUpTo = std::max(m_consumedUpTo, last);
    m_report.recognised.append(ReportText::tr("“%1: …” (line %2) read as an action item.")
                                   .arg(split.label)
                                   .arg(m_lines.at(i).number));
    m_field = Label::None;
    return true;
}

Label MarkdownImporter::headingPart(int i, const LabelSplit &split)
{
    Label label = split.ok ? classifyLabelText(split.label) : Label::None;
    if (label == Label::Tasks && m_part != Part::Measures)
        label = Label::None; // "Tasks To Complete" of a course README is not the measures' tasks
    // A "TL;DR" after the lead's prose or another summary recaps them: a section of its own.
    if (label == Label::Summary && (!m_intro.isEmpty() || m_sawSummaryLabel)
        && normaliseLabel(split.label) == QLatin1String("tldr"))
        label = Label::None;
    if (label == Label::Resolution && remediationListsItems(i, split.label))
        label = Label::Measures;
    return label;
}

void MarkdownImporter::processHeading(int i)
{
    const Line &line = m_lines.at(i);
    if (i != m_titleLine)
        ++m_sectionHeadings;
    m_headingEntry = -1;
    // Inside a timeline, a heading that leads with a time or date is an entry. So is a day or
    // a time alone at the timeline heading's own level ("## Timeline", then "## May 12" over
    // "### 20:15" entries, as 2i2c's incident reports write it, or a "## 13:20" slipped in
    // among "### 13:10" entries): no section is named by a moment alone.
    if (m_part == Part::Timeline) {
        const QString timed = statusWordAfterTime(line.content);
        const std::optional<ImportTime::Leading> lead
            = ImportTime::parseLeading(timed, m_dayFirst, m_clockForms);
        const bool below = m_partLevel == 0 || line.headingLevel > m_partLevel
                           || line.headingLevel == m_timeHeadingLevel;
        const bool momentAlone
            = lead && lead->rest.trimmed().isEmpty() && line.headingLevel == m_partLevel;
        if (lead && (below || momentAlone)) {
            timelineLine(i, timed);
            return;
        }
    } else if (const int level = timeHeadingsLevel(i); level > 0) {
        // "#### 11:28 UTC" over each update of a log without a timeline section.
        switchPart(Part::Timeline, m_partHeading, level);
        m_timeHeadingLevel = level;
        m_report.recognised.append(
            ReportText::tr("Headings that are only a time (line %1 on) read as the timeline.")
                .arg(line.number));
        timelineLine(i, statusWordAfterTime(line.content));
        return;
    }
    const LabelSplit split = headingLabel(line.content);
    Label label = headingPart(i, split);
    // "Lessons learned" with "What went well / What went wrong / Where we got lucky": a
    // retrospective, not the root cause.
    if (m_lessonsLevel > 0 && line.headingLevel <= m_lessonsLevel)
        m_lessonsLevel = 0;
    if (label == Label::None && isRetrospectiveLabel(normaliseLabel(line.content))
        && m_lessonsLevel == 0)
        m_lessonsLevel = line.headingLevel;
    if (m_lessonsLevel > 0 && line.headingLevel > m_lessonsLevel && label == Label::RootCause
        && normaliseLabel(split.label) == QLatin1String("what went wrong"))
        label = Label::None;
    if (label != Label::None && (split.colon || split.rest.isEmpty())) {
        if (startsAnotherIncident(i, label)) {
            m_otherIncident = true;
            m_otherIncidentLine = line.number;
            ++m_report.incidentsFound;
            flushParagraph();
            if (m_part == Part::Measures)
                flushMeasures();
            keepOtherIncident(i);
            return;
        }
        // A group of the measures under their heading ("## Preventive measures", then
        // "### Immediate actions" and "### Recommended long-term actions") is read as any
        // sub-heading there: its name is the group's, and the groups after it stay in the
        // measures too, named or not.
        if (m_part == Part::Measures && m_partLevel > 0 && line.headingLevel > m_partLevel
            && split.rest.isEmpty()
            && partForLabel(label).value_or(Part::Measures) == Part::Measures) {
            measuresSubHeading(i);
            return;
        }
        if (split.rest.isEmpty() || label == Label::Duration || label == Label::Start
            || label == Label::End || label == Label::Impact || label == Label::RootCause
            || label == Label::Resolution || label == Label::Summary) {
            if (split.rest.isEmpty()) {
                processLabelled(i, label, split);
                m_partLevel = line.headingLevel;
                if (label == Label::Timeline)
                    m_timelineLevel = line.headingLevel;
            } else {
                if (m_part != Part::Summary && m_part != Part::Duration)
                    switchPart(Part::Summary, split.label, line.headingLevel);
                fieldLine(label, split.rest, line);
            }
            return;
        }
        processLabelled(i, label, LabelSplit{true, split.label, QString(), true});
        m_partLevel = line.headingLevel;
        if (label == Label::Timeline)
            m_timelineLevel = line.headingLevel;
        processPartLine(i, split.rest);
        return;
    }
    // Unknown heading: a subsection of the timeline or the measures stays there.
    if ((m_part == Part::Timeline || m_part == Part::Measures) && m_partLevel > 0
        && line.headingLevel > m_partLevel) {
        if (m_part == Part::Timeline)
            timelineLine(i, line.content);
        else
            measuresSubHeading(i);
        return;
    }
    // A subsection of the root cause, impact or resolution ("## Details of Incident" then
    // "### Strategies affected") goes on telling it.
    if ((m_part == Part::RootCause || m_part == Part::Impact || m_part == Part::Resolution
         || m_part == Part::RootCauseResolution)
        && m_partLevel > 0 && line.headingLevel > m_partLevel) {
        m_field = Label::None;
        processPartLine(i);
        return;
    }
    if (m_timelineLevel > 0 && line.headingLevel < m_timelineLevel)
        m_titleAfterTimeline = true;
    switchPart(Part::Extra, line.content, line.headingLevel);
    // A heading may itself state when the incident happened ("2025-03-02 21:10 ~ 21:40
    // (UTC)" over each incident of an incident log): read like the prose of the section.
    m_otherProse.append(line.content);
    m_otherProseHeading = m_otherProse.size() - 1; // its first line starts a paragraph
}

bool MarkdownImporter::groupOfWorkDone(const Line &line, const QString &label) const
{
    // "**Immediate Actions Taken**:", or "### Immediate Fix Applied" under "## Resolution",
    // tells the resolution. (A sub-heading's note, "Immediate actions (done)", gives its
    // items' state: they stay measures.)
    if (line.kind != LineKind::Heading)
        return namesWorkDone(label);
    return m_partLevel > 0 && line.headingLevel > m_partLevel
           && namesWorkDone(withoutClosingNote(label));
}

bool MarkdownImporter::partNamedAsDone(const Line &line, Label label, const QString &name) const
{
    static const FastRegex corrective(
        QStringLiteral(R"(\b(corrective|preventa?tive|prevention)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return label == Label::Measures && m_part != Part::Resolution
           && (m_partLevel == 0 || line.headingLevel <= m_partLevel)
           && namesWorkDone(withoutClosingNote(name)) && !corrective.matches(name);
}

void MarkdownImporter::processLabelled(int i, Label label, const LabelSplit &split)
{
    const Line &line = m_lines.at(i);
    const bool labelOnly = split.rest.isEmpty();
    const bool isHeading = line.kind == LineKind::Heading;

    if (m_part == Part::Timeline && !isHeading) {
        // In a timeline, only labels of the document's main parts end it; "Resolution:" or
        // "Detection:" are entries.
        const bool major
            = labelOnly
              && (label == Label::RootCauseResolution || label == Label::RootCause
                  || label == Label::Measures || label == Label::Summary || label == Label::Impact
                  || label == Label::ResolutionMeasures || label == Label::Closing)
              && line.listDepth <= 1;
        // "**Total impact duration:** 5 hours (10:45 - 15:45 UTC)" under a timeline written as
        // a list: a statement of the span, not one more entry.
        const bool statement = label == Label::Duration && !labelOnly
                               && line.kind == LineKind::Paragraph && !m_events.isEmpty()
                               && m_events.last().listDepth > 0;
        if (!major && !statement && !closesListTimeline(i, label, labelOnly)) {
            timelineLine(i, line.content);
            return;
        }
    }
    if (labelOnly && !isHeading && startsAnotherIncident(i, label)) {
        m_otherIncident = true;
        m_otherIncidentLine = line.number;
        ++m_report.incidentsFound;
        flushParagraph();
        if (m_part == Part::Measures)
            flushMeasures();
        m_pm.sections.append({split.label, QString()});
        return;
    }
    m_structured = true;
    m_partsNamed.insert(int(label));

    if (label == Label::Improvements || label == Label::Tasks) {
        const QString category
            = label == Label::Improvements ? QStringLiteral("improvement") : QStringLiteral("task");
        if (m_part == Part::Measures) {
            startMeasureGroup(category);
            m_itemOpen = false;
            m_pendingOpen = false;
            m_stepsOf = -1;
            if (labelOnly && normaliseLabel(split.label).count(QLatin1Char(' ')) > 3)
                appendExtra(m_partHeading, displayText(line)); // a sentence, not a bare label
            if (!labelOnly)
                measuresLine(i, split.rest);
            return;
        }
        if (label == Label::Improvements) {
            switchPart(Part::Measures, split.label, isHeading ? line.headingLevel : 0);
            startMeasureGroup(category);
            if (!labelOnly)
                measuresLine(i, split.rest);
            return;
        }
        processPartLine(i); // "Tasks To Complete" outside the measures
        return;
    }

    if (labelOnly && m_part == Part::Resolution && label == Label::Measures
        && groupOfWorkDone(line, split.label)) {
        processPartLine(i);
        return;
    }
    if (labelOnly) {
        const std::optional<Part> part = isHeading && partNamedAsDone(line, label, split.label)
                                             ? Part::Resolution
                                             : partForLabel(label);
        if (!part) {
            processPartLine(i);
            return;
        }
        if (label == Label::Duration && m_part != Part::Summary && m_part != Part::Duration)
            m_sawSummary = true;
        if (label == Label::Summary)
            m_sawSummaryLabel = true;
        switchPart(*part, split.label, 0);
        return;
    }

    switch (label) {
    case Label::Duration:
    case Label::Start:
    case Label::End:
    case Label::Impact:
    case Label::RootCause:
    case Label::Resolution:
    case Label::Summary:
        if (label == Label::Summary)
            m_sawSummaryLabel = true;
        if (m_part == Part::Preamble || m_part == Part::Extra || m_part == Part::Measures
            || m_part == Part::ResolutionMeasures)
            switchPart(Part::Summary, split.label, 0);
        fieldLine(label, split.rest, line);
        return;
    case Label::Timeline:
        switchPart(Part::Timeline, split.label, 0);
        appendExtra(m_partHeading, split.rest);
        return;
    case Label::Measures:
        switchPart(Part::Measures, split.label, 0);
        measuresLine(i, split.rest);
        return;
    case Label::RootCauseResolution:
        switchPart(Part::RootCauseResolution, split.label, 0);
        rcaLine(split.rest);
        return;
    case Label::ResolutionMeasures:
        switchPart(Part::ResolutionMeasures, split.label, 0);
        resolutionMeasuresLine(i, split.rest);
        return;
    default:
        processPartLine(i);
        return;
    }
}

bool MarkdownImporter::inTimedList(int i)
{
    const Line &line = m_lines.at(i);
    const auto timed = [this](const Line &l) {
        const auto lead = ImportTime::parseLeading(l.content, m_dayFirst, m_clockForms);
        return lead && lead->time.isValid();
    };
    // Inside the list: its items, an entry's lines, and the next paragraph led by a time
    // (plain-text entries with a blank line between them).
    if (m_timedListEnd >= 0 && i <= m_timedListEnd)
        return line.kind == LineKind::ListItem
               || (line.kind == LineKind::Paragraph
                   && (m_eventOpen || (line.indent == 0 && startsParagraph(i) && timed(line))));
    // Or plain-text lines, each led by a time, one after the other ("3:15 PM UTC: Alarms").
    const LineKind kind = line.kind == LineKind::Paragraph && line.indent == 0 ? LineKind::Paragraph
                                                                               : LineKind::ListItem;
    // A list at any depth: "- **Context**:" with the timed entries nested under it, as an
    // incident log's fields hold them (Ministry of Justice Cloud Platform incident log).
    const int depth = line.listDepth;
    if (line.kind != kind || hasTimelineSection())
        return false;
    if (kind == LineKind::Paragraph && !timed(line))
        return false;
    if (i > 0 && m_lines.at(i - 1).kind == kind
        && (kind == LineKind::ListItem ? m_lines.at(i - 1).listDepth >= depth
                                       : timed(m_lines.at(i - 1))))
        return false; // not the list's first item
    int items = 0;
    int last = i;
    for (int k = i; k < m_lines.size(); ++k) {
        const Line &l = m_lines.at(k);
        if (l.kind == LineKind::Blank)
            continue;
        if (kind == LineKind::Paragraph) {
            // An entry's paragraph may wrap: only the line that starts it leads with a time.
            const bool wrapped = l.kind == LineKind::Paragraph && !startsParagraph(k) && !timed(l)
                                 && continuesSentence(k);
            if (!wrapped && (l.kind != LineKind::Paragraph || l.indent > 0 || !timed(l)))
                break;
            if (wrapped) {
                last = k;
                continue;
            }
            ++items;
            last = k;
            continue;
        }
        if (l.kind == LineKind::ListItem && l.listDepth == depth) {
            const auto lead = ImportTime::parseLeading(l.content, m_dayFirst, m_clockForms);
            if (!lead || !lead->time.isValid())
                return false;
            ++items;
            last = k;
            continue;
        }
        if ((l.kind == LineKind::ListItem && l.listDepth > depth)
            || (l.kind == LineKind::Paragraph && l.indent > 0)) {
            last = k; // sub-items and indented bodies of an entry, the last one's too
            continue;
        }
        break;
    }
    if (items < 3)
        return false;
    m_timedListEnd = last;
    if (!m_firstTimelineLine)
        m_report.recognised.append(
            ReportText::tr("A list of %1 entries led by times (line %2) read as the timeline.")
                .arg(items)
                .arg(line.number));
    return true;
}

bool MarkdownImporter::hasTimelineSection()
{
    if (m_hasTimelineSection < 0) {
        m_hasTimelineSection = 0;
        for (const Line &l : std::as_const(m_lines)) {
            if (l.kind != LineKind::Heading && l.kind != LineKind::Paragraph
                && l.kind != LineKind::ListItem)
                continue;
            const LabelSplit split = splitLabel(l.content);
            if (split.ok && (split.rest.isEmpty() || l.kind == LineKind::Heading)
                && classifyLabelText(split.label) == Label::Timeline) {
                m_hasTimelineSection = 1;
                break;
            }
        }
    }
    return m_hasTimelineSection == 1;
}

bool MarkdownImporter::closesListTimeline(int i, Label label, bool labelOnly) const
{
    // A plain-text document's label line ("Resolution:") after a timeline written as a list,
    // with a list below it whose items lead with no time: the next section, not an entry.
    const Line &line = m_lines.at(i);
    if (!labelOnly || label != Label::Resolution || line.kind != LineKind::Paragraph
        || m_events.isEmpty() || m_events.last().listDepth == 0)
        return false;
    for (int k = i + 1; k < m_lines.size(); ++k) {
        const Line &next = m_lines.at(k);
        if (next.kind == LineKind::Blank)
            continue;
        return next.kind == LineKind::ListItem
               && !ImportTime::parseLeading(next.content, m_dayFirst, m_clockForms);
    }
    return false;
}

void MarkdownImporter::switchPart(Part part, const QString &heading, int level)
{
    flushParagraph();
    // A part without a heading of its own (time headings in an untitled stretch) is reported
    // by the rule that found it.
    if (const QString name = partName(part);
        !name.isEmpty() && m_line >= 0 && !heading.trimmed().isEmpty()) {
        const QString note = ReportText::tr("“%1” (line %2) read as %3.")
                                 .arg(reportQuote(heading, 80))
                                 .arg(m_lines.at(m_line).number)
                                 .arg(name);
        if (!m_report.recognised.contains(note))
            m_report.recognised.append(note);
    }
    if (m_part == Part::Measures && part != Part::Measures)
        flushMeasures();
    if (part == Part::Timeline && m_part != Part::Timeline && !m_events.isEmpty())
        ++m_timelineRun; // a second timeline list (mergeTimelineRuns)
    if (part == Part::Measures && m_part != Part::Measures) {
        startMeasureGroup(QStringLiteral("task"));
        m_sawList = false;
    }
    m_part = part;
    m_partHeading = heading;
    m_partLevel = level;
    m_groupHeadingLine = -1;
    m_partEventsFrom = int(m_events.size());
    m_field = Label::None;
    m_eventOpen = false;
    m_headingEntry = -1;
    m_afterTimedList = false;
    m_itemOpen = false;
    m_pendingOpen = false;
    m_stepsOf = -1;
    m_itemDepth = 0;
    m_measureBody = false;
    m_tableColumns.clear();
    m_timeHeadingLevel = 0;
    m_groupKind.reset();
    m_inResolution = false;
    if (part == Part::Summary || part == Part::Duration)
        m_sawSummary = true;
    if (part == Part::Extra)
        sectionFor(heading);
}

void MarkdownImporter::fieldLine(Label label, const QString &rest, const Line &line)
{
    m_field = label;
    const QString display = line.kind == LineKind::Heading ? line.content : displayText(line);
    switch (label) {
    case Label::Duration:
    case Label::Start:
    case Label::End: {
        appendTo(m_pm.summary, display);
        if (noteStatedBound(label, rest)) {
            if (m_durationLabel.isEmpty() && label == Label::Duration)
                m_durationLabel = splitLabel(line.content).label;
            m_field = Label::Duration;
        }
        break;
    }
    case Label::Impact:
        appendTo(m_pm.impact, rest);
        break;
    case Label::RootCause:
        appendTo(m_pm.rootCause, rest);
        // The summary's "Root Cause:" line fills the field and stays where it was written:
        // the template asks the summary to name the root cause (issue summary of the course
        // template and Google SRE's "Root Causes" field).
        if (m_part == Part::Summary || m_part == Part::Duration)
            appendTo(m_pm.summary, display);
        break;
    case Label::Resolution:
        appendTo(m_pm.resolution, rest);
        break;
    default:
        appendTo(m_pm.summary, rest);
        m_field = Label::Summary;
        break;
    }
}

void MarkdownImporter::dropReadTableHead(const Line &line)
{
    // Past the table with every row read: its column names did their job.
    if (line.kind != LineKind::TableRow && line.kind != LineKind::TableHeader
        && line.kind != LineKind::TableDelimiter)
        m_pendingTableHead = {};
}

bool MarkdownImporter::holdTableHead(const Line &line, const QString &text)
{
    if (line.kind != LineKind::TableHeader && line.kind != LineKind::TableDelimiter)
        return false;
    if (line.kind == LineKind::TableHeader)
        m_pendingTableHead = {m_partHeading, {}};
    m_pendingTableHead.lines.append(text);
    return true;
}

void MarkdownImporter::processPartLine(int i, const std::optional<QString> &override)
{
    const Line &current = m_lines.at(i);
    // Prose fields keep the line's Markdown; timeline and measures read its content.
    const QString text = override ? *override : displayText(current);
    const QString plain = override ? *override : current.content;
    if (text.isEmpty())
        return;
    // A hard-wrapped line joins its paragraph's line with a space, as Markdown renders it.
    const QScopedValueRollback softBreak(m_softBreak, current.wrapped && !m_prevBlank);
    const bool structural
        = current.kind == LineKind::TableDelimiter || current.kind == LineKind::TableHeader
          || current.kind == LineKind::HeadingRule || current.kind == LineKind::ThematicBreak;
    // A labelled field continues on the lines of its paragraph.
    if (m_field != Label::None && m_part != Part::Timeline && m_part != Part::Measures) {
        // A line with a label of its own ("Last modified: …") is not the field's text.
        const LabelSplit own = splitLabel(current.content);
        const bool newItem = current.kind == LineKind::ListItem
                             || (!override && own.ok && own.colon && !own.bare
                                 && own.label.count(QLatin1Char(' ')) < 3 && !own.rest.isEmpty());
        if (!newItem) {
            switch (m_field) {
            case Label::Impact:
                appendTo(m_pm.impact, text);
                return;
            case Label::RootCause:
                appendTo(m_pm.rootCause, text);
                if (m_part == Part::Summary || m_part == Part::Duration)
                    appendTo(m_pm.summary, text);
                return;
            case Label::Resolution:
                appendTo(m_pm.resolution, text);
                return;
            case Label::Duration:
                m_durationText += text + QLatin1Char('\n');
                appendTo(m_pm.summary, text);
                return;
            default:
                appendTo(m_pm.summary, text);
                return;
            }
        }
        m_field = Label::None;
    }
    switch (m_part) {
    case Part::Preamble:
        if (m_intro.isEmpty())
            m_introFirstLine = m_lines.at(i).number;
        if (m_prevBlank || m_intro.isEmpty())
            m_intro.append(QStringList{text});
        else
            m_intro.last().append(text);
        break;
    case Part::Summary:
        appendTo(m_pm.summary, text);
        break;
    case Part::Duration: {
        // Under a "### Date" heading the bare "2022-03-10" keeps its name in the summary.
        const LabelSplit own = splitLabel(text);
        const bool named = own.ok && own.colon;
        appendTo(m_pm.summary, named || m_partHeading.isEmpty()
                                   ? text
                                   : QStringLiteral("%1: %2").arg(m_partHeading, text));
        m_durationText += text + QLatin1Char('\n');
        break;
    }
    case Part::Impact:
        appendTo(m_pm.impact, text);
        break;
    case Part::RootCause:
        appendTo(m_pm.rootCause, text);
        break;
    case Part::Resolution:
        appendTo(m_pm.resolution, text);
        break;
    case Part::RootCauseResolution:
        rcaLine(text);
        break;
    case Part::ResolutionMeasures:
        if (holdTableHead(current, text))
            break;
        if (structural)
            appendExtra(m_partHeading, text);
        else
            resolutionMeasuresLine(i, plain);
        break;
    case Part::Timeline:
        if (holdTableHead(current, text))
            break;
        // A rule between two updates only separates them, as the table's rows do: no text.
        if (current.kind == LineKind::ThematicBreak && !m_events.isEmpty())
            break;
        if (structural)
            appendExtra(m_partHeading, text);
        else
            timelineLine(i, plain);
        break;
    case Part::Measures:
        if (current.kind == LineKind::TableHeader)
            m_tableColumns = splitCells(current.content);
        if (holdTableHead(current, text))
            break;
        if (structural)
            appendExtra(m_partHeading, text);
        else
            measuresLine(i, plain);
        break;
    case Part::Extra:
        appendTo(sectionFor(m_partHeading).text, text);
        if (current.kind != LineKind::Code && current.kind != LineKind::Html
            && !isChatLine(plain)) {
            if (m_prevBlank || m_otherProse.isEmpty()
                || m_otherProse.size() - 1 == m_otherProseHeading)
                m_otherProse.append(plain);
            else
                m_otherProse.last() += QLatin1Char(' ') + plain;
        }
        break;
    }
}

void MarkdownImporter::rcaLine(const QString &text)
{
    if (text.isEmpty())
        return;
    if (!m_inResolution && m_prevBlank && isResolutionCue(text))
        m_inResolution = true;
    if (!m_inResolution) {
        const qsizetype at = resolutionSplit(text);
        if (at > 0) {
            appendTo(m_pm.rootCause, text.left(at).trimmed());
            m_inResolution = true;
            const bool prev = m_prevBlank;
            m_prevBlank = true;
            appendTo(m_pm.resolution, text.mid(at).trimmed());
            m_prevBlank = prev;
            return;
        }
    }
    appendTo(m_inResolution ? m_pm.resolution : m_pm.rootCause, text);
}

void MarkdownImporter::resolutionMeasuresLine(int i, const QString &text)
{
    // "Remediation and prevention": list items are measures; a paragraph is gathered and then
    // split into sentences, those that say how it was resolved going to the resolution.
    if (text.isEmpty())
        return;
    const Line &line = m_lines.at(i);
    if (line.kind == LineKind::ListItem || line.kind == LineKind::TableRow) {
        flushParagraph();
        measuresLine(i, text);
        return;
    }
    if (!m_paragraph.isEmpty())
        m_paragraph += QLatin1Char(' ');
    m_paragraph += text;
}

void MarkdownImporter::flushParagraph()
{
    if (m_paragraph.isEmpty())
        return;
    const QString paragraph = m_paragraph;
    m_paragraph.clear();
    const bool prev = m_prevBlank;
    m_prevBlank = true;
    for (const QString &sentence : splitSentences(paragraph)) {
        if (isResolutionCue(sentence)) {
            appendTo(m_pm.resolution, sentence);
            m_prevBlank = false;
        } else {
            addAction(sentence, QStringLiteral("improvement"));
        }
    }
    m_prevBlank = prev;
}

} // namespace Hindsight::Import
