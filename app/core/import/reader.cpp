// Import stage "blocks": reading the lines, the title, and keeping what fits no field.
#include "core/fastregex.h"
#include "core/import/draft.h"
#include "core/import/eventkinds.h"
#include "core/timeline.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <cstdlib>
#include <utility>

namespace Hindsight::Import {

MarkdownImporter::MarkdownImporter(const QString &text)
    : m_lines(ImportLines::classifyLines(text))
    , m_text(text.left(200000))
    , m_dayFirst(ImportTime::looksDayFirst(text.left(200000)))
    , m_clockForms(ImportTime::clockForms(text))
{}

ImportResult MarkdownImporter::run()
{
    splitMergedLines();
    readFrontMatter();
    findTitle();
    readByline();
    for (int i = 0; i < m_lines.size(); ++i)
        processLine(i);
    finish();
    writeReport();
    return {m_pm, m_report};
}

void MarkdownImporter::splitMergedLines()
{
    // "- 10:50 AM: … troubleshooting. - 11:00 AM: Traffic …": two entries typed on one line;
    // "- Duration: … - Impact: …": two labelled fields. Each piece becomes a line of its own
    // (same line number), the first keeping the original marker.
    QList<Line> out;
    out.reserve(m_lines.size());
    int split = 0;
    for (const Line &line : std::as_const(m_lines)) {
        if ((line.kind != LineKind::ListItem && line.kind != LineKind::Paragraph)
            || line.content.size() > kScan) {
            out.append(line);
            continue;
        }
        const QList<QPair<qsizetype, qsizetype>> starts
            = mergedEntryStarts(line.content, m_dayFirst);
        if (starts.isEmpty()) {
            out.append(line);
            continue;
        }
        ++split;
        qsizetype from = 0;
        for (qsizetype k = 0; k <= starts.size(); ++k) {
            const qsizetype to = k < starts.size() ? starts.at(k).first : line.content.size();
            const QString piece = line.content.mid(from, to - from).trimmed();
            Line l = line;
            l.content = piece;
            if (k == 0) {
                const qsizetype at = line.raw.indexOf(line.content);
                l.raw = at >= 0 ? line.raw.left(at) + piece : piece;
            } else {
                l.raw = piece;
                l.wrapped = false; // a piece after "<br>" or " - " starts anew
                l.fromHtml = false;
                l.fromDirective = false;
                l.opensHtmlBlock = false;
                if (line.kind == LineKind::ListItem)
                    l.kind = LineKind::ListItem;
            }
            out.append(l);
            from = k < starts.size() ? starts.at(k).second : to;
        }
    }
    if (split > 0) {
        m_lines = out;
        noteGuess(split == 1
                      ? ReportText::tr("A line held several entries or labels joined by \" - \" "
                                       "or <br>; each was read on its own.")
                      : ReportText::tr("%n lines held several entries or labels joined by "
                                       "\" - \" or <br>; each was read on its own.",
                                       nullptr, split));
    }
}

void MarkdownImporter::findTitle()
{
    // Title: the first H1 that is not a section label; a generic "Postmortem" only when no
    // other H1 names the incident. With no H1, a heading or short line opening the document.
    static const FastRegex generic(
        QStringLiteral(R"(^((incident|outage|service|web stack)\s+)?post[- ]?mortem(\s+report)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    int genericLine = -1;
    int firstContent = -1;
    bool sectionsBegan = false;
    for (int i = 0; i < m_lines.size(); ++i) {
        const Line &l = m_lines.at(i);
        if (firstContent < 0 && l.kind != LineKind::Blank && l.kind != LineKind::FrontMatter
            && l.kind != LineKind::Markup && l.kind != LineKind::Html)
            firstContent = i;
        if (l.kind != LineKind::Heading || l.headingLevel != 1 || l.content.isEmpty())
            continue;
        // "# Incident Report: Checkout outage" names the incident, not a summary section.
        const LabelSplit split = splitLabel(l.content);
        const Label named = split.ok ? classifyLabelText(split.label) : Label::None;
        if (named != Label::None && (named != Label::Summary || split.rest.isEmpty())) {
            sectionsBegan = true;
            continue;
        }
        // A title heads the document: an H1 after the first section ("# Issue Summary" …
        // "# Bonus: …") is one more section, when a generic title stands above them.
        if (sectionsBegan && genericLine >= 0)
            break;
        if (generic.matches(l.content.left(200))) {
            if (genericLine < 0)
                genericLine = i;
            continue;
        }
        m_titleLine = i;
        break;
    }
    if (m_titleLine < 0)
        m_titleLine = genericLine;
    // A title stated in the front matter is the title; the headings stay where they are,
    // unless the first repeats that title (as Jekyll and Hugo layouts print it).
    if (!m_frontMatterTitle.isEmpty()) {
        const auto plain = [](const QString &t) {
            return withoutMarkup(t).simplified().toLower();
        };
        const auto firstHeading = std::find_if(m_lines.cbegin(), m_lines.cend(), [](const Line &l) {
            return l.kind == LineKind::Heading;
        });
        // A heading that names a part ("## Issue Summary") opens it whatever the title says.
        const auto namesPart = [](const QString &content) {
            const LabelSplit split = splitLabel(content);
            return split.ok && classifyLabelText(split.label) != Label::None;
        };
        const bool repeated = firstHeading != m_lines.cend()
                              && plain(firstHeading->content) == plain(m_frontMatterTitle)
                              && !namesPart(firstHeading->content);
        m_titleLine = repeated ? int(firstHeading - m_lines.cbegin()) : -1;
        m_pm.title = m_frontMatterTitle;
        m_report.recognised.append(
            ReportText::tr("Title: “%1” (front matter).").arg(m_pm.title.left(120)));
        return;
    }
    if (m_titleLine < 0 && firstContent >= 0) {
        const Line &l = m_lines.at(firstContent);
        const LabelSplit split = splitLabel(l.content);
        const bool label = split.ok && (split.colon || split.bare)
                           && classifyLabelText(split.label) != Label::None;
        const bool nextBlank = firstContent + 1 >= m_lines.size()
                               || m_lines.at(firstContent + 1).kind == LineKind::Blank
                               || m_lines.at(firstContent + 1).kind == LineKind::Heading;
        const bool shortLine = l.kind == LineKind::Paragraph && l.content.size() <= 80
                               && !l.content.endsWith(QLatin1Char('.'))
                               && !l.content.endsWith(QLatin1Char(':')) && nextBlank
                               && !ImportTime::parseLeading(l.content, m_dayFirst, m_clockForms)
                               && !isPictureOrLink(l.content, false);
        if (!label && (l.kind == LineKind::Heading || shortLine))
            m_titleLine = firstContent;
    }
    if (m_titleLine < 0)
        m_titleLine = soleTopHeading();
    if (m_titleLine >= 0) {
        m_pm.title = m_lines.at(m_titleLine).content;
        m_report.recognised.append(ReportText::tr("Title: “%1” (line %2).")
                                       .arg(m_pm.title.left(120))
                                       .arg(m_lines.at(m_titleLine).number));
    } else {
        m_pm.title = QStringLiteral("Incident postmortem");
    }
}

int MarkdownImporter::soleTopHeading() const
{
    int first = -1;
    int top = 7;
    int atTop = 0;
    for (int i = 0; i < m_lines.size(); ++i) {
        const Line &l = m_lines.at(i);
        if (l.kind != LineKind::Heading || l.content.isEmpty())
            continue;
        if (first < 0)
            first = i;
        if (l.headingLevel < top) {
            top = l.headingLevel;
            atTop = 0;
        }
        atTop += l.headingLevel == top ? 1 : 0;
    }
    if (first < 0 || atTop != 1 || m_lines.at(first).headingLevel != top)
        return -1;
    const LabelSplit split = splitLabel(m_lines.at(first).content);
    const bool part = split.ok && classifyLabelText(split.label) != Label::None;
    return part ? -1 : first;
}

void MarkdownImporter::appendTo(QString &target, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!target.isEmpty())
        target += m_prevBlank   ? QLatin1String("\n\n")
                  : m_softBreak ? QLatin1String(" ")
                                : QLatin1String("\n");
    target += text;
}

Section &MarkdownImporter::sectionFor(const QString &heading)
{
    // The heading as a reader sees it: emphasis and a trailing colon are markup, not words.
    static const FastRegex emphasis(
        QStringLiteral(R"(\*\*|__|(?<!\w)[*_](?=\w)|(?<=\w)[*_](?!\w))"));
    QString h = heading;
    emphasis.removeIn(h);
    h = h.trimmed();
    while (h.endsWith(QLatin1Char(':')))
        h = h.chopped(1).trimmed();
    if (h.isEmpty())
        h = QStringLiteral("Additional notes");
    // Text kept from the timeline's own part ("All times in PDT", a chat log, a template's
    // hint) is the timeline's notes, as the native format names what stands beside its table:
    // a section under the timeline's own heading would show the timeline twice.
    if (m_part == Part::Timeline && !m_otherIncident && heading == m_partHeading)
        h = QStringLiteral("Timeline notes");
    // Never the same section twice: text under a heading seen before joins that section.
    if (const qsizetype k = lastSectionNamed(h); k >= 0)
        return m_pm.sections[k];
    m_pm.sections.append({h, QString()});
    return m_pm.sections.last();
}

qsizetype MarkdownImporter::lastSectionNamed(const QString &heading)
{
    if (m_sectionsIndexed > m_pm.sections.size())
        sectionsMoved();
    for (; m_sectionsIndexed < m_pm.sections.size(); ++m_sectionsIndexed)
        m_sectionIndex.insert(m_pm.sections.at(m_sectionsIndexed).heading, m_sectionsIndexed);
    const qsizetype k = m_sectionIndex.value(heading, -1);
    if (k < 0 || m_pm.sections.at(k).heading == heading)
        return k;
    sectionsMoved(); // moved by a change that did not say so: read the index again
    return lastSectionNamed(heading);
}

void MarkdownImporter::sectionsMoved()
{
    m_sectionIndex.clear();
    m_sectionsIndexed = 0;
}

void MarkdownImporter::appendExtra(const QString &heading, const QString &text)
{
    // A row of the table whose header was held is kept: its header comes first, so the kept
    // rows still make a table.
    if (!m_pendingTableHead.lines.isEmpty() && m_pendingTableHead.heading == heading) {
        const QStringList head = std::exchange(m_pendingTableHead.lines, {});
        for (const QString &l : head)
            appendTo(sectionFor(heading).text, l);
    }
    // The name of a measures group that holds no item is kept above its text.
    if (m_groupHeadingLine >= 0 && m_part == Part::Measures && heading == m_partHeading)
        appendTo(sectionFor(heading).text,
                 displayText(m_lines.at(std::exchange(m_groupHeadingLine, -1))));
    appendTo(sectionFor(heading).text, text);
}

namespace {

/// `content` without a leading check mark ("✅ Secret rotated", "✔️ Alert added", "☑
/// Runbook"), and whether it had one: a list item that opens with one is done, as a checked task
/// box
/// "[x]" says (GitHub Flavored Markdown task lists).
std::pair<QString, bool> withoutDoneMark(const QString &content)
{
    qsizetype i = 0;
    while (i < content.size() && content.at(i).isSpace())
        ++i;
    if (i >= content.size())
        return {content, false};
    const char16_t c = content.at(i).unicode();
    if (c != 0x2705 && c != 0x2714 && c != 0x2611 && c != 0x2713)
        return {content, false};
    ++i;
    if (i < content.size() && content.at(i).unicode() == 0xFE0F) // emoji presentation
        ++i;
    return {content.mid(i).trimmed(), true};
}

} // namespace

void MarkdownImporter::addAction(const QString &text, const QString &category, bool done)
{
    // "N/A" or "None" where an item would stand says there is none (the form convention of
    // "not applicable"): kept as the list's text, never counted as a measure.
    if (saysNoItem(text)) {
        appendExtra(m_partHeading, text);
        return;
    }
    // An item stating two measures ("… Additionally, we set up …") is split, and a repeat read
    // once, when the list is complete (settleActionItems).
    const auto [words, checked] = withoutDoneMark(text);
    ActionItem item;
    item.text = words;
    item.category = category;
    item.done = done || checked || m_groupDone;
    m_pm.actionItems.append(item);
    m_groupHeadingLine = -1; // the group's name is its items' category
}

void MarkdownImporter::noteKept(int i, const QString &what, const QString &where)
{
    const int number = m_lines.at(i).number;
    if (!m_kept.isEmpty()) {
        KeptRun &last = m_kept.last();
        if (last.what == what && last.where == where && number <= last.last + 2) {
            last.last = number;
            return;
        }
    }
    m_kept.append({what, where, number, number});
}

void MarkdownImporter::noteGuess(const QString &text, const QList<FieldId> &fields)
{
    if (!m_report.guessed.contains(text))
        m_report.guessed.append(text);
    for (const FieldId field : fields)
        if (!m_report.guessedFields.contains(GuessedField{field, text}))
            m_report.guessedFields.append({field, text});
}

bool MarkdownImporter::startsAnotherIncident(int i, Label label) const
{
    // Once a timeline and a root cause or action items were read, the file goes on to
    // describe another incident when
    // - a second summary comes, followed by another timeline, impact or root cause (a closing
    //   "Summary" section has none of those after it), or
    // - a second timeline comes under a new title (a heading above the sections' level, as in
    //   an incident log: "# 2024-01-03 DB outage … # 2024-02-10 CDN outage").
    if (m_events.isEmpty() || (m_pm.rootCause.isEmpty() && m_pm.actionItems.isEmpty()))
        return false;
    if (label == Label::Timeline)
        return m_titleAfterTimeline;
    if (label != Label::Summary || !m_sawSummaryLabel)
        return false;
    // A "What happened" heading below the current section's ("## Root Cause", then "### What
    // Happened") tells that section's story: a sub-heading stays inside its section.
    if (const Line &here = m_lines.at(i);
        here.kind == LineKind::Heading && m_partLevel > 0 && here.headingLevel > m_partLevel)
        return false;
    for (int j = i + 1; j < m_lines.size(); ++j) {
        const Line &l = m_lines.at(j);
        if (l.kind != LineKind::Heading && l.kind != LineKind::Paragraph)
            continue;
        const LabelSplit split = splitLabel(l.content);
        if (!split.ok || !(split.colon || split.bare || l.kind == LineKind::Heading))
            continue;
        const Label later = classifyLabelText(split.label);
        if (later == Label::Timeline || later == Label::Impact || later == Label::RootCause
            || later == Label::RootCauseResolution || later == Label::Duration)
            return true;
    }
    return false;
}

void MarkdownImporter::keepOtherIncident(int i)
{
    const Line &line = m_lines.at(i);
    if (line.kind == LineKind::Blank || line.kind == LineKind::Markup) {
        m_prevBlank = true;
        return;
    }
    const LabelSplit split = splitLabel(line.content);
    const Label label = split.ok && (split.colon || split.bare || line.kind == LineKind::Heading)
                            ? classifyLabelText(split.label)
                            : Label::None;
    // The next incident begins at its summary, or at a new title above the sections' level.
    const bool title = line.kind == LineKind::Heading && label == Label::None && m_timelineLevel > 0
                       && line.headingLevel < m_timelineLevel;
    if ((label == Label::Summary || title) && m_otherHasBody) {
        ++m_report.incidentsFound;
        m_otherHasBody = false;
    } else if (label == Label::Timeline || label == Label::RootCause
               || label == Label::RootCauseResolution || label == Label::Measures) {
        m_otherHasBody = true;
    }
    if (line.kind == LineKind::Heading) {
        m_pm.sections.append({line.content, QString()});
        m_prevBlank = true;
        return;
    }
    appendExtra(m_pm.sections.isEmpty() ? QString() : m_pm.sections.last().heading,
                displayText(line));
    m_prevBlank = false;
}

namespace {

/// The kind a status page's update word gives its entry.
EventKind statusKind(const QString &word)
{
    const QString status = word.toLower();
    return status == QLatin1String("resolved") || status == QLatin1String("completed")
               ? EventKind::Resolution
           : status == QLatin1String("monitoring") || status == QLatin1String("mitigated")
               ? EventKind::Mitigation
           : status == QLatin1String("investigating") || status == QLatin1String("identified")
                   || status == QLatin1String("verifying")
               ? EventKind::Investigation
               : EventKind::Communication;
}

/// A date and the time right after it, as status pages stamp updates ("2020-11-15 10:15:00",
/// "Mar 8, 2025, 14:05 UTC", ISO 8601 "2021-04-20T15:48:23.000Z" with its fraction of a
/// second and zone designator).
struct Stamp
{
    ImportTime::TimeHit time; ///< pos relative to the text after the date
    qsizetype timeEnd = 0;    ///< end of the time (and fraction) in `text`
    qsizetype end = 0;        ///< end of the zone, else of the time, in `text`
    std::optional<ImportTime::ZoneHit> zone;
};

std::optional<Stamp> stampAfterDate(const QString &text, const ImportTime::DateHit &d)
{
    const qsizetype after = d.pos + d.length;
    const QList<ImportTime::TimeHit> times = ImportTime::findTimes(text.mid(after), 1, 16);
    // Between date and time: blanks, a comma, or ISO 8601's "T" ("2021-04-20T15:48:23.000Z").
    QString between = text.mid(after, times.isEmpty() ? 0 : times.first().pos).trimmed();
    if (between == QLatin1String("T"))
        between.clear();
    if (times.isEmpty() || !between.remove(QLatin1Char(',')).isEmpty())
        return std::nullopt;
    Stamp s;
    s.time = times.first();
    s.timeEnd = after + s.time.pos + s.time.length;
    // ISO 8601's fraction of a second before its zone designator ("…:23.000Z").
    static const FastRegex fraction(QStringLiteral(R"([.,]\d{1,9}(?=[Z+\-]))"));
    if (const FastMatch f = fraction.match(text, s.timeEnd, QRegularExpression::NormalMatch,
                                           QRegularExpression::AnchorAtOffsetMatchOption);
        f.hasMatch())
        s.timeEnd = f.capturedEnd();
    s.zone = ImportTime::zoneAfter(text, s.timeEnd, d.date);
    s.end = s.zone ? s.zone->pos + s.zone->length : s.timeEnd;
    return s;
}

/// Whether `text` has words before `pos` other than the day's name that is part of a stamp
/// ("**Investigating** - Thursday 13 June 2024, 10:32").
bool hasWordsBefore(const QString &text, qsizetype pos)
{
    static const FastRegex word(QStringLiteral(R"(\w{2,})"));
    static const FastRegex weekday(
        QStringLiteral(
            R"((?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    QStringView before = QStringView(text).left(pos);
    if (const FastMatch w = weekday.match(before); w.hasMatch())
        before = before.left(w.capturedStart());
    return word.matches(before);
}

/// A status update's stamp as cState writes it at the end of the update, a Hugo shortcode
/// ("… {{< track "2022-11-14 06:52:00" >}}"), perhaps then a Markdown hard line break.
const FastRegex &trackStamp()
{
    static const FastRegex re(
        QStringLiteral(R"re(\{\{<\s*track\s+"(?<stamp>[^"]{6,40})"\s*>\}\}(?=\s*\\?\s*$))re"));
    return re;
}

/// Whether `content` ends in a trackStamp; a line without "{{" is not read by the pattern.
bool endsInTrackStamp(const QString &content)
{
    return content.contains(QLatin1String("{{")) && trackStamp().matches(content);
}

} // namespace

bool MarkdownImporter::readStatusUpdate(int i)
{
    // Statuspage.io and similar: "**Investigating** - text", possibly wrapped, then a line
    // with only the date and time of the update.
    static const FastRegex update(
        QStringLiteral(
            R"(^[*_]{0,2}(?<label>(?:(?:issue|incident)\s+)?(?<status>Investigating|Identified|)"
            R"(Monitoring|Resolved|Update|Updated|Postmortem|Post-mortem|Mitigated|Verifying|)"
            R"(Completed|In progress)))"
            R"((?::[*_]{2}|[*_]{0,2}\s*[-–—:]))"
            R"(\s*(?<text>.+)$)"),
        QRegularExpression::CaseInsensitiveOption);
    const Line &line = m_lines.at(i);
    if (line.kind != LineKind::Paragraph)
        return false;
    if (startsParagraph(i) && readFencedStatusUpdate(i))
        return true;
    // A piece of a line cut at its <br>s starts a paragraph of its own.
    const bool piece = i > 0 && m_lines.at(i - 1).number == line.number;
    if ((piece || startsParagraph(i)) && readTimedStatusUpdate(i))
        return true;
    // Updates joined by hard line breaks: a line after one that ends in a stamp opens one.
    if (!startsParagraph(i) && !(i > 0 && endsInTrackStamp(m_lines.at(i - 1).content)))
        return false;
    const FastMatch m = update.match(QStringView(line.content).left(kScan));
    if (!m.hasMatch())
        return readTrackedParagraph(i);
    QString text = m.captured(u"text").trimmed();
    if (readStampedStatusUpdate(i, m.captured(u"label"), m.captured(u"status"), text))
        return true;
    int j = i + 1;
    for (; j < m_lines.size() && j < i + 12 && m_lines.at(j).kind == LineKind::Paragraph; ++j) {
        const QString &c = m_lines.at(j).content;
        // The update's own date line ("Mar 8, 2025 - 14:05 UTC", "Posted …"), not a field
        // such as "Date & Time: …" of a document whose first line says "Postmortem: …".
        static const FastRegex field(QStringLiteral(R"(^(?!posted\b)[A-Za-z][A-Za-z &/]{1,30}:\s)"),
                                     QRegularExpression::CaseInsensitiveOption);
        if (c.size() < 60 && !ImportTime::findTimes(c, 1).isEmpty()
            && !ImportTime::findDates(c, m_dayFirst, 1).isEmpty()) {
            // A wrapped sentence's second line ("… from May 2, 10:00" / "to May 2, 11:30.")
            // is no stamp either.
            if (field.match(c).hasMatch() || continuesSentence(j))
                return false;
            break;
        }
        text += QLatin1Char(' ') + c;
    }
    if (j >= m_lines.size() || m_lines.at(j).kind != LineKind::Paragraph || j >= i + 12)
        return false;
    const QString when = m_lines.at(j).content;
    PendingEvent pe;
    pe.event.at.date = ImportTime::findDates(when, m_dayFirst, 1).first().date;
    const ImportTime::TimeHit t = ImportTime::findTimes(when, 1).first();
    pe.event.at.time = t.time;
    pe.event.at.text = when;
    pe.zone = ImportTime::zoneAfter(when, t.pos + t.length, pe.event.at.date);
    pe.explicitDate = true;
    pe.event.text = QStringLiteral("**%1** %2").arg(m.captured(u"label"), text);
    pe.event.kind = statusKind(m.captured(u"status"));
    pe.kindFixed = true;
    pe.statusUpdate = true;
    appendStatusUpdate(pe, i, j);
    m_consumedUpTo = j;
    return true;
}

bool MarkdownImporter::readStampedStatusUpdate(int i, const QString &label, const QString &status,
                                               const QString &text)
{
    // The update's date and time stamped at the end of its own line, as status-page generators
    // write them ("… a 10 hours recovery. {{< track "2020-11-15 10:15:00" >}}").
    // A Markdown hard line break ("\\" at the end) may close the line after the stamp.
    static const FastRegex stampEnd(
        QStringLiteral(R"(^\s*(?:\(?[A-Z]{2,5}\)?)?[\s"'}>%)\]]*\\?\s*$)"));
    // Or the stamp first and the words after a colon or dash, as cState's theme renders an
    // update: "**Resolved** - *November 15, 5PM*: The issue has been resolved."
    static const FastRegex wordsAfterStamp(QStringLiteral(R"([*_)\]]*\s*[:–—-]\s*(?=\S))"));
    const QList<ImportTime::DateHit> dates = ImportTime::findDates(text, m_dayFirst);
    // The paragraph's lines after line i, joined; `last` becomes the last of them.
    int last = i;
    const auto restOfParagraph = [this, i, &last] {
        QStringList rest;
        for (int j = i + 1; j < m_lines.size() && j <= i + 12
                            && m_lines.at(j).kind == LineKind::Paragraph && !startsParagraph(j);
             ++j) {
            rest.append(m_lines.at(j).content.trimmed());
            last = j;
        }
        return rest;
    };
    // The stamp first: the first date, or a day written without its year, with only the
    // day's name before it.
    std::optional<ImportTime::DateHit> d;
    std::optional<ImportTime::MonthDay> yearless;
    if (!dates.isEmpty() && !hasWordsBefore(text, dates.first().pos)) {
        d = dates.first();
    } else if (const auto md = ImportTime::findMonthDay(text, kScan);
               md && !hasWordsBefore(text, md->pos)) {
        d = ImportTime::DateHit{md->pos, md->length, QDate()};
        yearless = md;
    }
    std::optional<Stamp> stamp = d ? stampAfterDate(text, *d) : std::nullopt;
    const FastMatch separator
        = stamp ? wordsAfterStamp.match(text, stamp->end, QRegularExpression::NormalMatch,
                                        QRegularExpression::AnchorAtOffsetMatchOption)
                : FastMatch();
    QString words = text;
    if (separator.hasMatch()) {
        const QStringList rest = restOfParagraph();
        words = (QStringList{text.mid(separator.capturedEnd()).trimmed()} + rest)
                    .join(QLatin1Char(' '));
    } else {
        // Else the stamp ends the line.
        if (dates.isEmpty())
            return false;
        d = dates.last();
        yearless.reset();
        stamp = stampAfterDate(text, *d);
        if (!stamp || !stampEnd.match(QStringView(text).mid(stamp->end)).hasMatch())
            return false;
        // Only the stamp after the status ("**Investigating** - 13 June 2024, 10:32 AEST"):
        // the update's words are the paragraph's next lines.
        if (!hasWordsBefore(text, d->pos)) {
            const QStringList body = restOfParagraph();
            if (body.isEmpty())
                return false;
            words = body.join(QLatin1Char(' '));
        }
    }
    const qsizetype end = stamp->timeEnd;
    PendingEvent pe;
    pe.event.at.date = d->date;
    pe.event.at.time = stamp->time.time;
    pe.event.at.text = text.mid(d->pos, end - d->pos);
    // The stamp as a site generator's shortcode ("{{< track "2022-11-14 06:52:00" >}}", Hugo,
    // as cState writes it) is template markup: it is the moment as written, not the update's
    // words.
    const qsizetype open = text.lastIndexOf(QLatin1String("{{"), d->pos);
    const qsizetype close = text.indexOf(QLatin1String("}}"), end);
    if (open >= 0 && close >= 0 && text.indexOf(QLatin1String("}}"), open) == close) {
        pe.event.at.text = text.mid(open, close + 2 - open);
        words = (text.left(open) + text.mid(close + 2)).trimmed();
    }
    pe.zone = stamp->zone;
    pe.explicitDate = d->date.isValid();
    if (yearless) {
        pe.yearlessMonth = yearless->month;
        pe.yearlessDay = yearless->day;
    }
    pe.event.text = QStringLiteral("**%1** %2").arg(label, words);
    pe.event.kind = statusKind(status);
    pe.kindFixed = true;
    pe.statusUpdate = true;
    appendStatusUpdate(pe, i, last);
    m_consumedUpTo = last;
    return true;
}

void MarkdownImporter::appendStatusUpdate(const PendingEvent &pe, int first, int last)
{
    m_events.append(pe);
    m_events.last().run = m_timelineRun;
    m_eventOpen = false; // the lines after an update are no more of it
    ++m_statusUpdates;
    if (!m_firstTimelineLine)
        m_firstTimelineLine = m_lines.at(first).number;
    m_lastTimelineLine = m_lines.at(last).number;
}

bool MarkdownImporter::readTrackedParagraph(int i)
{
    const FastRegex &track = trackStamp();
    // The paragraph's lines (cState writes an update as one paragraph, wrapped or not), up to
    // the first that ends in a stamp: updates joined by hard line breaks are one each.
    int j = i;
    while (j + 1 < m_lines.size() && j < i + 40 && m_lines.at(j + 1).kind == LineKind::Paragraph
           && !startsParagraph(j + 1) && !endsInTrackStamp(m_lines.at(j).content))
        ++j;
    const QString &last = m_lines.at(j).content;
    if (!last.contains(QLatin1String("{{")))
        return false;
    const FastMatch m = track.match(last);
    if (!m.hasMatch())
        return false;
    const QString stamp = m.captured(u"stamp");
    const QList<ImportTime::DateHit> dates = ImportTime::findDates(stamp, m_dayFirst, 1);
    const QList<ImportTime::TimeHit> times = ImportTime::findTimes(stamp, 1);
    if (dates.isEmpty() || times.isEmpty())
        return false;
    QStringList words;
    for (int k = i; k < j; ++k) {
        // The lines are joined with spaces: a hard line break ("\\" at the end) is no word.
        QString piece = m_lines.at(k).content;
        if (piece.endsWith(QLatin1Char('\\')))
            piece.chop(1);
        words.append(piece.trimmed());
    }
    words.append(last.left(m.capturedStart()).trimmed());
    PendingEvent pe;
    pe.event.at.date = dates.first().date;
    pe.event.at.time = times.first().time;
    pe.event.at.text = m.captured(0).trimmed();
    pe.zone
        = ImportTime::zoneAfter(stamp, times.first().pos + times.first().length, pe.event.at.date);
    pe.explicitDate = true;
    pe.event.text = words.join(QLatin1Char(' ')).trimmed();
    pe.event.kind = inferKind(pe.event.text);
    pe.statusUpdate = true;
    appendStatusUpdate(pe, i, j);
    m_consumedUpTo = j;
    return true;
}

bool MarkdownImporter::readFencedStatusUpdate(int i)
{
    // cState, a status-page theme for Hugo, writes each update as a fenced block: an opening
    // line "::: update <Status> | <ISO 8601 time>", the update's paragraphs, a closing ":::"
    // (the format its README documents; also what markdown-it-container reads).
    static const FastRegex open(QStringLiteral(
        R"(^:::\s*update\s+(?<status>[A-Za-z][A-Za-z -]{0,30}?)\s*\|\s*(?<stamp>.{6,60}?)\s*$)"));
    const FastMatch m = open.match(QStringView(m_lines.at(i).content).left(kScan));
    if (!m.hasMatch())
        return false;
    const QString stampText = m.captured(u"stamp");
    const QList<ImportTime::DateHit> dates = ImportTime::findDates(stampText, m_dayFirst, 1);
    if (dates.isEmpty() || dates.first().pos != 0)
        return false;
    const std::optional<Stamp> stamp = stampAfterDate(stampText, dates.first());
    if (!stamp)
        return false;
    QStringList body;
    int j = i + 1;
    static const FastRegex close(QStringLiteral(R"(^:::\s*$)"));
    for (; j < m_lines.size() && j < i + 40; ++j) {
        const QString &c = m_lines.at(j).content.trimmed();
        if (close.matches(c) || open.matches(c))
            break;
        if (!c.isEmpty())
            body.append(c);
    }
    if (j < m_lines.size() && close.matches(m_lines.at(j).content.trimmed()))
        m_consumedUpTo = j;
    else
        m_consumedUpTo = j - 1;
    const QString status = m.captured(u"status").trimmed();
    PendingEvent pe;
    pe.event.at.date = dates.first().date;
    pe.event.at.time = stamp->time.time;
    pe.event.at.text = stampText.left(stamp->end);
    pe.zone = stamp->zone;
    pe.explicitDate = true;
    pe.event.text = QStringLiteral("**%1** %2").arg(status, body.join(QLatin1Char(' ')));
    pe.event.kind = statusKind(status);
    pe.kindFixed = status.compare(QLatin1String("update"), Qt::CaseInsensitive) != 0;
    if (!pe.kindFixed)
        pe.event.kind = inferKind(pe.event.text);
    pe.statusUpdate = true;
    appendStatusUpdate(pe, i, std::min<int>(j, m_lines.size() - 1));
    return true;
}

bool MarkdownImporter::readTimedStatusUpdate(int i)
{
    // "**Update: 18:52** We have identified …": a status update whose time follows its status
    // word, on a paragraph of its own or after a <br> (cues.h, timedStatusLead).
    const Line &line = m_lines.at(i);
    const std::optional<StatusLead> status = timedStatusLead(line.content);
    if (!status)
        return false;
    // The emphasis closes after the time ("*Update 2019-01-29 14:40:00*: …").
    qsizetype emphasis = 0;
    while (emphasis < 2 && emphasis < line.content.size()
           && (line.content.at(emphasis) == QLatin1Char('*')
               || line.content.at(emphasis) == QLatin1Char('_')))
        ++emphasis;
    const QString afterWord = line.content.left(emphasis) + line.content.mid(status->timeAt);
    const std::optional<ImportTime::Leading> lead
        = ImportTime::parseLeading(afterWord, m_dayFirst, m_clockForms);
    if (!lead || !lead->time.isValid())
        return false;
    PendingEvent pe;
    pe.event.at.date = lead->date;
    pe.event.at.time = lead->time;
    pe.event.at.text = lead->text;
    pe.explicitDate = lead->date.isValid();
    pe.zone = lead->zone;
    pe.event.text = QStringLiteral("**%1** %2").arg(status->status, lead->rest);
    const QString word = status->status.toLower();
    pe.event.kind = word == QLatin1String("resolved") ? EventKind::Resolution
                    : word == QLatin1String("monitoring") || word == QLatin1String("mitigated")
                        ? EventKind::Mitigation
                    : word == QLatin1String("investigating") || word == QLatin1String("identified")
                        ? EventKind::Investigation
                        : inferKind(lead->rest);
    pe.kindFixed = word != QLatin1String("update") && word != QLatin1String("updated");
    pe.statusUpdate = true;
    appendStatusUpdate(pe, i, i);
    return true;
}

bool MarkdownImporter::startsParagraph(int i) const
{
    if (i == 0 || m_lines.at(i).opensHtmlBlock || i - 1 == m_boldTitleLine)
        return true;
    const LineKind prev = m_lines.at(i - 1).kind;
    return prev != LineKind::Paragraph && prev != LineKind::ListItem;
}

bool MarkdownImporter::continuesSentence(int i) const
{
    if (startsParagraph(i) || m_lines.at(i).kind != LineKind::Paragraph)
        return false;
    if (m_lines.at(i).wrapped)
        return true;
    const QString &content = m_lines.at(i).content;
    const QString &before = m_lines.at(i - 1).content;
    if (before.count(QLatin1Char('(')) > before.count(QLatin1Char(')')))
        return true; // a parenthesis left open
    return !content.isEmpty() && content.at(0).isLower() && !endsSentence(before)
           && !before.endsWith(QLatin1Char(';'));
}

bool MarkdownImporter::continuesListItem(int i) const
{
    if (startsParagraph(i) || m_lines.at(i).kind != LineKind::Paragraph || m_lines.at(i).indent < 2)
        return false;
    for (int j = i - 1; j >= 0 && j >= i - 40; --j) {
        if (m_lines.at(j).kind == LineKind::ListItem)
            return true;
        if (m_lines.at(j).kind != LineKind::Paragraph)
            return false;
    }
    return false;
}

bool MarkdownImporter::preventionIntroAt(int i) const
{
    // The paragraph starting at line i announces measures, and a list follows it.
    QString paragraph;
    int j = i;
    for (; j < m_lines.size() && m_lines.at(j).kind == LineKind::Paragraph && j < i + 8; ++j)
        paragraph += m_lines.at(j).content + QLatin1Char(' ');
    if (!isPreventionIntro(paragraph))
        return false;
    return listFollows(j - 1);
}

int MarkdownImporter::timelineIntroAt(int i)
{
    // A sentence that names the timeline and ends in a colon, in a document without a timeline
    // section, as blog posts write it ("Below is the timeline of the day, times in CET:",
    // "The timeline of the outage on 3 May follows:").
    static const FastRegex intro(
        QStringLiteral(R"(\b(?:timeline|chronology|sequence of events)\b[^:]{0,200}:\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (hasTimelineSection())
        return -1;
    int j = i;
    while (j < m_lines.size() && m_lines.at(j).kind == LineKind::Paragraph && j < i + 4)
        ++j;
    // Most paragraphs end otherwise: only one that ends in a colon and has a list after it is
    // read further.
    if (!m_lines.at(j - 1).content.trimmed().endsWith(QLatin1Char(':')) || !listFollows(j - 1))
        return -1;
    QString paragraph;
    for (int k = i; k < j; ++k)
        paragraph += m_lines.at(k).content + QLatin1Char(' ');
    if (paragraph.count(QLatin1Char(' ')) > 40 || !intro.matches(paragraph.trimmed()))
        return -1;
    // Of the list's items, two at least lead with a moment ("09:14 on June 3, …", "At 17:30
    // we …"); others may tell the lead-up without one.
    int timed = 0;
    const int first = nextContentLine(j - 1);
    const int depth = m_lines.at(first).listDepth;
    for (int k = first; k < m_lines.size() && timed < 2; ++k) {
        const Line &l = m_lines.at(k);
        if (l.kind == LineKind::Heading)
            break;
        if (l.kind == LineKind::ListItem && l.listDepth == depth) {
            const auto lead = ImportTime::parseLeading(l.content, m_dayFirst, m_clockForms);
            timed += lead && lead->time.isValid() ? 1 : 0;
        }
    }
    return timed >= 2 ? j - 1 : -1;
}

int MarkdownImporter::nextContentLine(int i) const
{
    int j = i + 1;
    while (j < m_lines.size()
           && (m_lines.at(j).kind == LineKind::Blank || m_lines.at(j).kind == LineKind::Markup))
        ++j;
    return j;
}

bool MarkdownImporter::listFollows(int i) const
{
    const int j = nextContentLine(i);
    return j < m_lines.size() && m_lines.at(j).kind == LineKind::ListItem;
}

bool MarkdownImporter::headingNamesMeasure(int i) const
{
    int j = nextContentLine(i);
    if (j >= m_lines.size() || m_lines.at(j).kind != LineKind::Paragraph)
        return false;
    // "### Remove the guest account" over one paragraph: the heading states the measure.
    if (isMeasureSentence(m_lines.at(i).content))
        return true;
    // A paragraph that introduces a list or table ("Work found but not done yet:") under a
    // name ("### Future improvements"): the name is a group's, the items follow.
    int end = j;
    while (end + 1 < m_lines.size() && m_lines.at(end + 1).kind == LineKind::Paragraph)
        ++end;
    if (m_lines.at(end).content.trimmed().endsWith(QLatin1Char(':'))) {
        const int next = nextContentLine(end);
        if (next < m_lines.size()
            && (m_lines.at(next).kind == LineKind::ListItem
                || m_lines.at(next).kind == LineKind::TableHeader))
            return false;
    }
    // Count the blocks (runs of lines between blank lines) up to the next heading.
    int blocks = 0;
    bool inBlock = false;
    for (; j < m_lines.size() && m_lines.at(j).kind != LineKind::Heading && blocks < 2; ++j) {
        const bool blank = m_lines.at(j).kind == LineKind::Blank;
        if (!blank && !inBlock)
            ++blocks;
        inBlock = !blank;
    }
    return blocks >= 2;
}

} // namespace Hindsight::Import
