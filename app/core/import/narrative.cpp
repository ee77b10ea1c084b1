// Import stage "field readers": documents written as a narrative, and group labels.
#include "core/fastregex.h"
#include "core/import/draft.h"
#include "core/import/eventkinds.h"
#include "core/review/actionitemfacts.h"
#include "core/timeline.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <cstdlib>

namespace Hindsight::Import {

namespace {

/// `lines` joined, without the indentation all their non-blank lines share (a block under a
/// list item is indented to the item's text) and without blank lines at either end.
QString withoutCommonIndent(const QStringList &lines)
{
    qsizetype common = -1;
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        qsizetype n = 0;
        while (n < line.size() && (line[n] == QLatin1Char(' ') || line[n] == QLatin1Char('\t')))
            ++n;
        common = common < 0 ? n : std::min(common, n);
    }
    QStringList out;
    for (const QString &line : lines)
        out.append(line.trimmed().isEmpty() ? QString() : line.mid(std::max<qsizetype>(common, 0)));
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    while (!out.isEmpty() && out.first().isEmpty())
        out.removeFirst();
    return out.join(QLatin1Char('\n'));
}

} // namespace

void MarkdownImporter::settleEventKinds()
{
    // The kind from the whole entry, now that its body lines have joined it, then corrected
    // by the order of the response (orderKindsAlongTimeline).
    QList<TimelineEvent> events;
    QList<bool> fixed;
    events.reserve(m_events.size());
    fixed.reserve(m_events.size());
    for (PendingEvent &pe : m_events) {
        const bool labelled = pe.kindFixed || pe.groupLabel;
        if (pe.kindFromWholeText && !labelled)
            takeKindOfText(pe, m_kindOf(pe.event.text), pe.groupKind);
        else if (!labelled)
            if (const KindReading r = m_kindOf(pe.event.text); r.outvotes(pe.groupKind)) {
                pe.event.kind = r.kind;
                pe.kindGuessed = r.guessed;
            }
        events.append(pe.event);
        fixed.append(labelled);
    }
    orderKindsAlongTimeline(events, fixed);
    for (qsizetype i = 0; i < events.size(); ++i)
        m_events[i].event.kind = events.at(i).kind;
}

void MarkdownImporter::fenceFrontMatter()
{
    // The front matter's kept keys are data: as a fenced block they read as written (a YAML
    // comment "# …" is no heading, "key: value" lines are not run together into a paragraph).
    for (Section &section : m_pm.sections) {
        if (section.heading != frontMatterSectionHeading() || section.text.trimmed().isEmpty())
            continue;
        QString fence = QStringLiteral("```");
        while (section.text.contains(fence))
            fence += QLatin1Char('`');
        const bool toml = m_frontMatter.startsWith(QLatin1String("+++"));
        QString body = section.text;
        while (body.startsWith(QLatin1Char('\n')))
            body.remove(0, 1);
        while (body.endsWith(QLatin1Char('\n')))
            body.chop(1);
        section.text = fence + (toml ? QStringLiteral("toml\n") : QStringLiteral("yaml\n")) + body
                       + QLatin1Char('\n') + fence;
    }
}

namespace {

/// Drops thematic breaks ("---", "***", "___") that end `text`: a rule that separated a part
/// from what followed it, with nothing of the part after it (CommonMark 4.1).
void dropTrailingRules(QString &text)
{
    static const FastRegex rule(QStringLiteral(R"(\n*[ ]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*\s*$)"));
    while (!text.isEmpty()) {
        const FastMatch m = rule.match(text);
        if (!m.hasMatch())
            break;
        text.truncate(m.capturedStart());
    }
}

} // namespace

void MarkdownImporter::finish()
{
    flushParagraph();
    if (m_part == Part::Measures)
        flushMeasures();
    for (QString *field : {&m_pm.summary, &m_pm.impact, &m_pm.rootCause, &m_pm.resolution})
        dropTrailingRules(*field);
    if (!m_intro.isEmpty())
        readNarrative();
    summaryFromFirstUpdate();
    summaryFromFrontMatter();
    foldGroupLabels();
    lessonsAsMeasures();
    preventionParagraphsAsMeasures();
    resolutionStatesMeasures();
    settleActionItems();
    settleEventKinds();
    readAfternoonTimes();
    resolveStartEnd();
    resolvePercent();
    resolveRootCause();
    noteStatedValues();
    fenceFrontMatter();
    mergeTimelineRuns();
    for (const PendingEvent &pe : std::as_const(m_events)) {
        m_pm.timeline.append(pe.event);
        m_pm.timeline.last().text = withoutMarkup(pe.event.text);
        m_pm.timeline.last().detail = withoutCommonIndent(pe.detailLines);
    }
    static const FastRegex dueField(
        QStringLiteral(R"(\((?:deadline|due(?: date| by)?|target date|eta): ([^)]*)\))"),
        QRegularExpression::CaseInsensitiveOption);
    static const FastRegex ownerField(
        QStringLiteral(R"(\((?:owners?|assignee|assigned to|responsible): ([^)]*)\))"),
        QRegularExpression::CaseInsensitiveOption);
    for (ActionItem &a : m_pm.actionItems) {
        a.text = withoutMarkup(a.text);
        // A table's other cells carry words too ("| Fix the alert | process<br> |").
        a.category = withoutMarkup(a.category);
        a.owner = withoutMarkup(a.owner);
        if (const FastMatch m = dueField.match(a.text); m.hasMatch() && !a.due.isValid()) {
            const QList<ImportTime::DateHit> due
                = ImportTime::findDates(m.captured(1), m_dayFirst, 1);
            if (!due.isEmpty())
                a.due = due.first().date;
        }
        if (const FastMatch m = ownerField.match(a.text); m.hasMatch() && a.owner.isEmpty())
            a.owner = m.captured(1).trimmed();
        if (!a.owner.isEmpty()) {
            // "Ana, due 2024-03-01", "TBD": the owner's words read by the one parser of owner
            // and due date (core/review/actionitemfacts.h) — the person only, no placeholder.
            const Review::ActionItemFacts facts = Review::parseActionItemFacts(
                QStringLiteral("Owner: ") + a.owner, m_pm.start.date);
            if (!a.due.isValid() && facts.due.isValid())
                a.due = facts.due;
            a.owner = Review::isOwnerPlaceholder(a.owner) ? QString() : facts.owner;
        }
        // Owner and due date written in the item's own words ("Priya will add … by April 4",
        // "… (@kim, by March 13)", "Owner: Sam Lee, due 2025-03-01"): the same parser fills
        // the columns a table would have; the text stays as written.
        if (a.owner.isEmpty() || !a.due.isValid()) {
            const Review::ActionItemFacts facts
                = Review::parseActionItemFacts(a.text, m_pm.start.date);
            if (a.owner.isEmpty() && !Review::isOwnerPlaceholder(facts.owner))
                a.owner = facts.owner;
            if (!a.due.isValid())
                a.due = facts.due;
        }
    }
}

bool MarkdownImporter::hasMeasures() const
{
    return !m_pm.actionItems.isEmpty() || m_partsNamed.contains(int(Label::Measures))
           || m_partsNamed.contains(int(Label::Improvements))
           || m_partsNamed.contains(int(Label::ResolutionMeasures));
}

void MarkdownImporter::lessonsAsMeasures()
{
    // A postmortem without a measures section whose "Lessons learned" lists what to do
    // ("- Use a certificate manager …"), or whose prose announces its lessons before a list
    // ("The lessons we take from this are as follows:"): the items that say what to do are
    // its measures. The section stays.
    if (hasMeasures())
        return;
    static const FastRegex lessons(
        QStringLiteral(R"(^(lessons? learn(ed|t)|takeaways?|key takeaways)\b)"
                       R"(|^(heres |here is )?what (we|i) (have )?learn(ed|t)\b)"));
    static const FastRegex announced(QStringLiteral(R"(\b(lessons?|takeaways?)\b.{0,120}:\s*$)"),
                                     QRegularExpression::CaseInsensitiveOption);
    static const FastRegex item(QStringLiteral(R"(^(\s{0,3})(?:[-*+]|\d{1,2}[.)])\s+(.+)$)"));
    // Compiled once: a pattern built for every line was a tenth of an import.
    static const FastRegex nonBlank(QStringLiteral(R"(\S)"));
    for (const Section &section : std::as_const(m_pm.sections)) {
        const bool whole = lessons.matches(normaliseLabel(section.heading));
        QStringList items;
        bool announcedList = false; // inside the list after an announcing line
        bool blank = true;          // the line before was blank
        int itemIndent = 0;
        for (const QString &line : section.text.split(QLatin1Char('\n'))) {
            const FastMatch m = item.match(line);
            const qsizetype indent = nonBlank.match(line).capturedStart();
            if (whole) {
                if (m.hasMatch())
                    items.append(m.captured(2).trimmed());
            } else if (m.hasMatch() && announcedList
                       && (items.isEmpty() || m.capturedLength(1) <= itemIndent)) {
                items.append(m.captured(2).trimmed());
                itemIndent = int(m.capturedLength(1));
            } else if (announcedList && !items.isEmpty() && indent >= 0
                       && (!blank || indent > itemIndent)) {
                // The item's wrapped line (its paragraph goes on), or a sub-item of it.
                items.last().append(QLatin1Char(' ')).append(line.trimmed());
            } else if (indent >= 0) {
                announcedList = !m.hasMatch() && announced.match(line).hasMatch();
            }
            blank = indent < 0;
        }
        QStringList measures;
        for (const QString &text : std::as_const(items))
            if (isMeasureSentence(text))
                measures.append(text);
        for (const QString &measure : std::as_const(measures))
            addAction(measure, QStringLiteral("improvement"));
        if (!measures.isEmpty()) {
            noteGuess(ReportText::tr("No measures section: the %n items of “%1” that say what "
                                     "to do are read as action items.",
                                     nullptr, int(measures.size()))
                          .arg(section.heading),
                      {FieldId::ActionItems});
            return;
        }
    }
}

void MarkdownImporter::preventionParagraphsAsMeasures()
{
    // Still no measures: a paragraph of another section that opens by saying it prevents a
    // repeat ("To make sure this won't happen again we have put … in place. Also …") and is
    // no intro to a list states them (addAction splits it at "Also", "Additionally").
    if (hasMeasures())
        return;
    static const FastRegex purpose(
        QStringLiteral(R"(^\W{0,3}(?:to (?:make sure|ensure|prevent|avoid)|so that)\b[^.:]{0,80})"
                       R"(\b(?:again|recurs?\w*|future|similar)\b[^:]*$)"),
        QRegularExpression::CaseInsensitiveOption);
    for (const Section &section : std::as_const(m_pm.sections)) {
        for (const QString &paragraph : section.text.split(QStringLiteral("\n\n"))) {
            const QString text = paragraph.simplified();
            const QStringList sentences = splitSentences(text);
            if (sentences.isEmpty() || !purpose.match(sentences.first()).hasMatch()
                || !endsSentence(text) || text.startsWith(QLatin1Char('-')))
                continue;
            addAction(text, QStringLiteral("improvement"));
            noteGuess(ReportText::tr("No measures section: the paragraph of “%1” that says how "
                                     "a repeat is prevented is read as action items.")
                          .arg(section.heading),
                      {FieldId::ActionItems});
            return;
        }
    }
}

void MarkdownImporter::resolutionStatesMeasures()
{
    // Still no measures: the resolution's sentences that say what "we" will do so it does not
    // happen again ("We have begun to monitor more DNS providers, so that in the future we can
    // send users to the one that answers"). Short write-ups end their resolution so; the
    // sentences stay in the resolution too.
    if (hasMeasures())
        return;
    for (const QString &sentence : splitSentences(m_pm.resolution)) {
        if (!endsSentence(sentence) || !isMeasureToCome(sentence))
            continue;
        const QString measure = sentence.simplified();
        addAction(measure, QStringLiteral("improvement"));
        noteGuess(ReportText::tr("Action item taken from the resolution: “%1”")
                      .arg(reportQuote(measure, 100)),
                  {FieldId::ActionItems});
    }
}

void MarkdownImporter::prependIntroduction(const QString &intro)
{
    // Code or HTML kept while the preamble was read made an "Introduction" already: the lead
    // paragraphs open it, never a second section of the name.
    const QString heading = QStringLiteral("Introduction");
    for (Section &section : m_pm.sections) {
        if (section.heading == heading) {
            section.text = intro + QStringLiteral("\n\n") + section.text;
            return;
        }
    }
    m_pm.sections.prepend({heading, intro});
    sectionsMoved();
}

bool MarkdownImporter::statusPageWithoutSummary() const
{
    return m_statusUpdates >= 2 && !m_sawSummary && m_pm.summary.trimmed().isEmpty();
}

void MarkdownImporter::summaryFromFirstUpdate()
{
    // Status pages open with the update that tells what is wrong; without a summary of its own
    // the page's first update is its summary (it stays in the timeline too).
    if (!statusPageWithoutSummary())
        return;
    for (const PendingEvent &pe : std::as_const(m_events)) {
        if (!pe.statusUpdate)
            continue;
        m_pm.summary = withoutMarkup(pe.event.text);
        noteGuess(ReportText::tr("No summary: the status page's first update is the summary."),
                  {FieldId::Summary});
        return;
    }
}

void MarkdownImporter::readNarrative()
{
    QStringList paragraphs;
    for (const QStringList &p : std::as_const(m_intro))
        paragraphs.append(p.join(QLatin1Char('\n')));
    const auto joined = [](const QStringList &list) {
        return list.join(QStringLiteral("\n\n"));
    };
    // A status page whose updates come before any other paragraph: what stands between and
    // after them are remarks to readers ("We will restart the builds in batches …"), kept as
    // written, not a story to read in order (summary, impact, cause, response).
    if (statusPageWithoutSummary() && m_firstTimelineLine > 0
        && m_introFirstLine > m_firstTimelineLine) {
        appendExtra(QString(), joined(paragraphs));
        return;
    }

    if (m_structured || paragraphs.size() < 2) {
        const QString intro = joined(paragraphs);
        if (!m_sawSummary && m_pm.summary.isEmpty())
            m_pm.summary = intro;
        else
            prependIntroduction(intro);
        return;
    }
    // A story with no section labels (a blog post, an announcement): paragraphs in story
    // order — what happened, who was affected, why, how it was fixed.
    enum class Role { Summary, Impact, Cause, Response };
    QStringList summary;
    QStringList impact;
    QStringList cause;
    QStringList response;
    Role state = Role::Summary;
    bool previousImpact = false;
    bool opened = false; // the first paragraph of substance (not a byline) was read
    for (int k = 0; k < paragraphs.size(); ++k) {
        const QString &p = paragraphs.at(k);
        if (!opened) {
            opened = endsSentence(p) && p.simplified().count(QLatin1Char(' ')) >= 5;
            summary.append(p);
            continue;
        }
        if (isImpactParagraph(p)) {
            impact.append(p);
            previousImpact = true;
            continue;
        }
        // After the impact comes the cause, unless the paragraph tells the recovery and no
        // cause ("We mitigated the incident by rolling back …"): the impact told the cause.
        if (state == Role::Summary && (hasCauseCue(p) || previousImpact))
            state = !hasCauseCue(p) && hasResponseCue(p) ? Role::Response : Role::Cause;
        else if (state == Role::Cause && hasResponseCue(p))
            state = Role::Response;
        previousImpact = false;
        switch (state) {
        case Role::Summary:
            summary.append(p);
            break;
        case Role::Cause:
            cause.append(p);
            break;
        default:
            response.append(p);
            break;
        }
    }
    m_pm.summary = joined(summary);
    if (!impact.isEmpty())
        m_pm.impact = joined(impact)
                      + (m_pm.impact.isEmpty() ? QString() : QStringLiteral("\n\n") + m_pm.impact);
    if (!cause.isEmpty() && m_pm.rootCause.isEmpty()) {
        // The opening may already say why ("The site was down this morning due to a power
        // outage at our host."): that sentence leads the cause the later paragraphs explain.
        QStringList opening;
        for (const QString &sentence : splitSentences(summary.value(0).left(kScan)))
            if (statesCause(sentence)) // "due to", "caused by": not "broke" or "bug" alone
                opening.append(sentence);
        if (!opening.isEmpty())
            cause.prepend(opening.join(QLatin1Char(' ')));
        m_pm.rootCause = joined(cause);
        m_rootCauseSource = ReportText::tr("the paragraphs that explain why (no section headings)");
    } else if (!cause.isEmpty()) {
        summary.append(cause);
        m_pm.summary = joined(summary);
    }
    if (!response.isEmpty()) {
        if (m_pm.resolution.isEmpty())
            m_pm.resolution = joined(response);
        else
            m_pm.summary += QStringLiteral("\n\n") + joined(response);
    }
    noteGuess(ReportText::tr("The document has no section headings: its %1 paragraphs were read in "
                             "story order (what happened, impact, cause, recovery).")
                  .arg(paragraphs.size()));
    if (m_pm.actionItems.isEmpty()) {
        for (const QString &p : std::as_const(paragraphs)) {
            for (const QString &s : splitSentences(p)) {
                if (isNarrativeMeasure(s)) {
                    addAction(s, QStringLiteral("improvement"));
                    noteGuess(ReportText::tr("Action item taken from the prose: “%1”")
                                  .arg(reportQuote(s, 100)),
                              {FieldId::ActionItems});
                }
            }
        }
    }
}

void MarkdownImporter::foldGroupLabels()
{
    // A group label is not an event of its own: its words lead its first sub-item's text
    // ("**Actions Taken:** Engineers investigated…"), so nothing is lost and the timeline
    // lists only things that happened. A label without sub-items stays an entry.
    for (qsizetype i = m_events.size() - 2; i >= 0; --i) {
        const PendingEvent &label = m_events.at(i);
        PendingEvent &child = m_events[i + 1];
        if (!label.groupLabel || child.listDepth <= label.listDepth)
            continue;
        child.event.text = label.event.text + QLatin1Char(' ') + child.event.text;
        m_events.removeAt(i);
    }
}

} // namespace Hindsight::Import
