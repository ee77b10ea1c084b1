// Test helper: rewrites of a postmortem between the conventions of the published templates and
// of the writers the real postmortems show: what the parts are called, whether they are headings
// or label lines, where the time zone is stated, how dates and times are written, where the
// timeline goes and how action items are marked. Like documentvariants.h, each changes how the
// document is written and not what it says, and each names where its equivalence comes from.
//
// Template sources:
// - Google SRE book, appendix D, "Example Postmortem": Summary, Impact, Root Causes, Trigger,
//   Resolution, Detection, Action Items, Lessons Learned, Timeline.
// - PagerDuty's postmortem template: Overview, What Happened, Root cause, Resolution, Impact,
//   Responders, Timeline, How'd We Do, Action Items, Messaging.
// - Atlassian's incident handbook: Incident summary, Leadup, Fault, Impact, Detection, Response,
//   Recovery, Timeline, Five whys, Root cause, Lessons learned, Corrective actions.
// - The course format of ../shared/seeds: Issue Summary, Timeline, Root cause and resolution,
//   Corrective and preventative measures.
#pragma once

#include "variantlines.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <algorithm>

namespace HindsightTest::VariantDetail {

/// The names the templates above give one part of a postmortem, one group per part.
inline const QList<QStringList> &partNames()
{
    static const QList<QStringList> groups = {
        {QStringLiteral("Summary"), QStringLiteral("Overview"), QStringLiteral("Incident summary"),
         QStringLiteral("Issue summary")},
        {QStringLiteral("Impact"), QStringLiteral("Customer impact")},
        {QStringLiteral("Timeline"), QStringLiteral("Incident timeline"),
         QStringLiteral("Detailed timeline")},
        {QStringLiteral("Root cause"), QStringLiteral("Root causes")},
        {QStringLiteral("Resolution"), QStringLiteral("Recovery")},
        {QStringLiteral("Action items"), QStringLiteral("Corrective actions"),
         QStringLiteral("Corrective and preventative measures")},
    };
    return groups;
}

/// A heading's words without numbering, emphasis or a closing colon, in lower case.
inline QString headingKey(const QString &title)
{
    static const QRegularExpression decoration(
        QStringLiteral("^(?:[\\dIVX]+[.)]\\s*)?[*_]*|[*_]*:?[*_]*$"));
    return QString(title).remove(decoration).trimmed().toLower();
}

/// Each section heading that one template names the way another does ("Overview" for
/// "Summary", "Corrective actions" for "Action items"), in the heading's own case.
inline QString templateHeadingNames(const QString &text)
{
    return mapLines(text, LineKind::Heading, [](const QString &line) {
        const int level = headingLevel(line);
        const QString title = headingText(line);
        if (level < 2)
            return line;
        const QString key = headingKey(title);
        for (const QStringList &names : partNames()) {
            for (qsizetype k = 0; k < names.size(); ++k) {
                if (names.at(k).toLower() != key)
                    continue;
                QString name = names.at((k + 1) % names.size());
                if (title == title.toUpper())
                    name = name.toUpper();
                return QString(level, QLatin1Char('#')) + QLatin1Char(' ') + name;
            }
        }
        return line;
    });
}

/// Whether a document is flat: its section headings are all of one level, so they can be
/// written as label lines without losing a level.
inline bool hasFlatSections(const QString &text)
{
    int level = 0;
    bool flat = true;
    mapLines(text, LineKind::Heading, [&](const QString &line) {
        const int l = headingLevel(line);
        if (l >= 2) {
            flat = flat && (level == 0 || level == l);
            level = l;
        }
        return line;
    });
    return flat && level > 0;
}

/// The section headings of a flat document as plain label lines ("Timeline:"), as plain-text
/// write-ups title their parts.
inline QString plainLabelHeadings(const QString &text)
{
    if (!hasFlatSections(text))
        return text;
    return mapLines(text, LineKind::Heading, [](const QString &line) {
        const QString title = headingText(line);
        if (headingLevel(line) < 2 || title.isEmpty() || title.contains(QLatin1Char('*'))
            || title.contains(QLatin1Char('_')))
            return line;
        // A question or an exclamation is a title as it stands ("What happened?").
        static const QRegularExpression closed(QStringLiteral("[:?!]$"));
        return closed.match(title).hasMatch() ? title : title + QLatin1Char(':');
    });
}

/// A label that opens a prose line ("Duration: 45 minutes", "- Root cause: …"): the lead, the
/// label's words and the rest.
inline const QRegularExpression &plainLabelLine()
{
    static const QRegularExpression label(
        QStringLiteral("^(\\s*(?:[-*+]\\s+)?)([A-Z][A-Za-z]+(?: [A-Za-z]+){0,3}):(\\s+\\S.*)$"));
    return label;
}

/// Label lines written in bold ("**Duration:** 45 minutes"), as many summaries are.
inline QString boldLabelLines(const QString &text)
{
    return mapLines(text, LineKind::Prose, [](const QString &line) {
        const QRegularExpressionMatch m = plainLabelLine().match(line);
        if (!m.hasMatch())
            return line;
        return m.captured(1) + QStringLiteral("**") + m.captured(2) + QStringLiteral(":**")
               + m.captured(3);
    });
}

/// Bold label lines ("**Duration:** …", "**Duration**: …") written plain ("Duration: …").
inline QString plainLabelLines(const QString &text)
{
    static const QRegularExpression bold(
        QStringLiteral("^(\\s*(?:[-*+]\\s+)?)(?:\\*\\*|__)([A-Za-z][A-Za-z "
                       "]{0,40}?)(?::(?:\\*\\*|__)|(?:\\*\\*|__):)"
                       "(\\s+\\S)"));
    return mapLines(text, LineKind::Prose, [](const QString &line) {
        const QRegularExpressionMatch m = bold.match(line);
        if (!m.hasMatch())
            return line;
        return m.captured(1) + m.captured(2) + QLatin1Char(':') + line.mid(m.capturedStart(3));
    });
}

/// ISO 8601 dates ("2024-03-05") written day first ("5 March 2024"), as British and European
/// writers do; date-times ("2024-03-05T…") stay.
inline QString dayFirstDates(const QString &text)
{
    static const QRegularExpression date(
        QStringLiteral("(?<![\\d/-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\dT/-])"));
    return replaceInProse(text, date, [](const QRegularExpressionMatch &m) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return d.isValid() ? QLocale::c().toString(d, QStringLiteral("d MMMM yyyy"))
                           : m.captured(0);
    });
}

/// 24-hour times without seconds ("14:05") with them ("14:05:00"), as logs and alerting tools
/// write them; 12-hour times stay.
inline QString timesWithSeconds(const QString &text)
{
    static const QRegularExpression time(QStringLiteral(
        "(?<![\\d:.,/])([01]?\\d|2[0-3]):([0-5]\\d)(?![\\d:]|\\s*[AaPp]\\.?[Mm]\\b)"));
    return replaceInProse(text, time, [](const QRegularExpressionMatch &m) {
        return m.captured(0) + QStringLiteral(":00");
    });
}

/// The sections of `lines`: for each heading of level 2 or more, its first line and the line
/// after its body (the next heading of the same or a higher level, or the end).
struct SectionSpan
{
    qsizetype begin;
    qsizetype end;
};

inline QList<SectionSpan> sectionSpans(const QStringList &lines, const QList<LineKind> &kinds)
{
    QList<SectionSpan> spans;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int level = kinds.at(i) == LineKind::Heading ? headingLevel(lines.at(i)) : 0;
        if (level < 2)
            continue;
        qsizetype end = i + 1;
        while (end < lines.size()
               && !(kinds.at(end) == LineKind::Heading && headingLevel(lines.at(end)) >= 1
                    && headingLevel(lines.at(end)) <= level))
            ++end;
        spans.append({i, end});
    }
    return spans;
}

/// The first section whose heading names the timeline, or {-1, -1}.
inline SectionSpan timelineSection(const QStringList &lines, const QList<LineKind> &kinds)
{
    for (const SectionSpan &s : sectionSpans(lines, kinds)) {
        if (headingText(lines.at(s.begin)).contains(QLatin1String("timeline"), Qt::CaseInsensitive))
            return s;
    }
    return {-1, -1};
}

/// The timeline section moved to the end of the document, as write-ups that keep the detailed
/// timeline in an appendix do (the Google SRE example puts it last).
inline QString timelineLast(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    const QList<LineKind> kinds = lineKinds(lines);
    const SectionSpan s = timelineSection(lines, kinds);
    if (s.begin < 0 || s.end >= lines.size())
        return text;
    QStringList moved = lines.mid(s.begin, s.end - s.begin);
    while (!moved.isEmpty() && moved.last().trimmed().isEmpty())
        moved.removeLast();
    lines.remove(s.begin, s.end - s.begin);
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    return (lines + QStringList{QString()} + moved).join(QLatin1Char('\n')) + QLatin1Char('\n');
}

/// A timeline whose entries all state one zone after their time ("- 14:05 UTC: …") with the
/// zone stated once in its heading instead ("## Timeline (UTC)"), which covers every entry.
inline QString zoneInTimelineHeading(const QString &text)
{
    static const QRegularExpression entry(QStringLiteral(
        "^(\\s*(?:[-*+]|\\d{1,3}[.)])?\\s*\\**(?:\\d{4}-\\d{2}-\\d{2}[ T])?\\d{1,2}:\\d{2}"
        "(?::\\d{2})?(?:\\s*[AaPp][Mm])?)( (UTC|GMT|[A-Z]{2,4}T))(?=\\b)"));
    static const QRegularExpression timed(QStringLiteral(
        "^\\s*(?:[-*+]|\\d{1,3}[.)])?\\s*\\**(?:\\d{4}-\\d{2}-\\d{2}[ T])?\\d{1,2}:\\d{2}"));
    static const QRegularExpression zoneNamed(QStringLiteral("\\b(UTC|GMT|[A-Z]{2,4}T)\\b"));
    QStringList lines = text.split(QLatin1Char('\n'));
    const QList<LineKind> kinds = lineKinds(lines);
    const SectionSpan s = timelineSection(lines, kinds);
    if (s.begin < 0 || zoneNamed.match(lines.at(s.begin)).hasMatch())
        return text;
    QString zone;
    QList<qsizetype> entries;
    for (qsizetype i = s.begin + 1; i < s.end; ++i) {
        if (kinds.at(i) != LineKind::Prose || !timed.match(lines.at(i)).hasMatch())
            continue;
        const QRegularExpressionMatch m = entry.match(lines.at(i));
        if (!m.hasMatch() || (!zone.isEmpty() && m.captured(3) != zone))
            return text; // an entry without the zone, or with another one
        zone = m.captured(3);
        entries.append(i);
    }
    if (entries.size() < 2)
        return text;
    for (qsizetype i : entries) {
        const QRegularExpressionMatch m = entry.match(lines.at(i));
        lines[i] = lines.at(i).left(m.capturedStart(2)) + lines.at(i).mid(m.capturedEnd(2));
    }
    lines[s.begin] = lines.at(s.begin).trimmed() + QStringLiteral(" (%1)").arg(zone);
    return lines.join(QLatin1Char('\n'));
}

/// The action items as GFM task list items ("- [ ] Add an alert…", GFM 5.3), as trackers and
/// many write-ups list them.
inline QString taskListActions(const QString &text)
{
    static const QRegularExpression item(QStringLiteral("^(\\s*[-*+]\\s+)(?!\\[[ xX]\\])(?=\\S)"));
    QStringList lines = text.split(QLatin1Char('\n'));
    const QList<LineKind> kinds = lineKinds(lines);
    const QStringList &actionNames = partNames().last();
    for (const SectionSpan &s : sectionSpans(lines, kinds)) {
        const QString key = headingKey(headingText(lines.at(s.begin)));
        const bool actions = std::any_of(actionNames.begin(), actionNames.end(),
                                         [&key](const QString &n) { return n.toLower() == key; });
        for (qsizetype i = s.begin + 1; actions && i < s.end; ++i) {
            const QRegularExpressionMatch m = item.match(lines.at(i));
            if (kinds.at(i) == LineKind::Prose && m.hasMatch())
                lines[i]
                    = m.captured(1) + QStringLiteral("[ ] ") + lines.at(i).mid(m.capturedEnd(1));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

/// Nested list lines indented two columns more ("    - child" for "  - child"), as editors
/// with four-space indentation write them (CommonMark 5.2: a child's indentation need only
/// reach its parent's content, and may go up to three columns past it).
inline QString widerIndentation(const QString &text)
{
    return mapLines(text, LineKind::Prose, [](const QString &line) {
        return line.startsWith(QLatin1String("  ")) ? QStringLiteral("  ") + line : line;
    });
}

} // namespace HindsightTest::VariantDetail
