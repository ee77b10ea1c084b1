// Test helper: rewrites of a postmortem that change how it is written, not what it says.
//
// Real postmortems differ from each other less in content than in the ways Markdown and plain
// text let the same thing be written: setext or ATX headings, `*` or `-` bullets, wrapped or
// unwrapped lines, 12- or 24-hour clocks, ISO or spelled-out dates, CRLF line ends. A reader who
// understands the document reads every such variant the same way; an importer that learned its
// documents instead of their meaning does not. tst_importvariants imports each labelled
// document and each of its variants and counts the fields the variant loses; tst_reviewvariants
// reviews them and counts the findings a variant adds or drops: metamorphic tests, so the
// labels of the originals serve for every variant.
//
// Each variant names where its equivalence comes from: the CommonMark spec (0.30) sections for
// the Markdown ones, or the styles the real postmortems show (several repositories of
// ../shared/corpus write each of them). A variant leaves fenced code, indented code, HTML lines,
// tables and YAML front matter as written, so it never changes what a code block or a log says.
#pragma once

#include "templatevariants.h"
#include "variantlines.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace HindsightTest {

/// One rewrite: its name (for the test's rows), where the equivalence comes from, and the
/// function from a document's text to its variant (the same text when nothing applies).
struct ImportVariant
{
    const char *name;
    const char *source;
    QString (*apply)(const QString &text);
};

namespace VariantDetail {

inline QString crlf(const QString &text)
{
    QString out = text;
    return out.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
}

inline QString byteOrderMark(const QString &text)
{
    return QChar(0xFEFF) + text;
}

inline QString setextHeadings(const QString &text)
{
    return mapLines(
        text, LineKind::Heading, [](const QString &line, int i, const QList<LineKind> &kinds) {
            const int level = headingLevel(line);
            const QString title = headingText(line);
            // A title that opens like a list item ("1. Summary") would start a list, not a
            // setext heading (CommonMark 4.3, 5.2).
            static const QRegularExpression listStart(
                QStringLiteral("^(?:[-*+]|\\d{1,9}[.)])(?:\\s|$)"));
            if (level < 1 || level > 2 || title.isEmpty() || listStart.match(title).hasMatch())
                return line;
            const QString rule(qMax(3, int(title.size())), QLatin1Char(level == 1 ? '=' : '-'));
            // A setext underline turns the whole paragraph above it into the
            // heading, so the heading needs a blank line before it.
            const bool afterText = i > 0 && kinds.at(i - 1) != LineKind::Blank;
            return (afterText ? QStringLiteral("\n") : QString()) + title + QLatin1Char('\n')
                   + rule;
        });
}

inline QString closedAtxHeadings(const QString &text)
{
    return mapLines(text, LineKind::Heading, [](const QString &line) {
        const int level = headingLevel(line);
        if (level == 0 || headingText(line).isEmpty())
            return line;
        return line.trimmed() + QLatin1Char(' ') + QString(level, QLatin1Char('#'));
    });
}

inline QString otherBulletMarker(const QString &text)
{
    static const QRegularExpression bullet(QStringLiteral("^(\\s*)([-*+])(\\s+)(?=\\S)"));
    return mapLines(text, LineKind::Prose, [](const QString &line) {
        const QRegularExpressionMatch m = bullet.match(line);
        if (!m.hasMatch())
            return line;
        const QChar marker
            = m.captured(2) == QLatin1String("-") ? QLatin1Char('*') : QLatin1Char('-');
        return m.captured(1) + marker + line.mid(m.capturedEnd(2));
    });
}

inline QString deeperHeadings(const QString &text)
{
    return mapLines(text, LineKind::Heading, [](const QString &line) {
        const int level = headingLevel(line);
        if (level == 0 || level == 6)
            return line;
        return QLatin1Char('#') + line.trimmed();
    });
}

inline QString numberedHeadings(const QString &text)
{
    int number = 0;
    return mapLines(text, LineKind::Heading, [&number](const QString &line) {
        static const QRegularExpression numbered(QStringLiteral("^[\\dIVX]+[.)]"));
        const QString title = headingText(line);
        if (headingLevel(line) != 2 || numbered.match(title).hasMatch())
            return line;
        return QStringLiteral("## %1. %2").arg(++number).arg(title);
    });
}

/// The headings of a flat document (a title and one level of sections) as bold label lines.
/// A document with sub-sections stays as written: bold labels cannot show two levels.
inline QString boldLabelHeadings(const QString &text)
{
    if (!hasFlatSections(text))
        return text;
    return mapLines(text, LineKind::Heading, [](const QString &line) {
        const QString title = headingText(line);
        if (headingLevel(line) < 2 || title.isEmpty() || title.contains(QLatin1Char('*')))
            return line;
        return QStringLiteral("**%1**").arg(title);
    });
}

/// Whether a wrapped line may start with `word` without becoming a list item, heading, quote,
/// table row or setext underline (CommonMark 4.3, 5.1, 5.2).
inline bool safeLineStart(const QString &word)
{
    static const QRegularExpression risky(QStringLiteral("^([-*+>#|=]|\\d+[.)]|\\d+$)"));
    return !risky.match(word).hasMatch();
}

/// `line` cut at spaces into lines of at most `width` characters; continuation lines take the
/// indentation of the line's text (a list item's content column).
inline QString wrapLine(const QString &line, int width)
{
    if (line.size() <= width)
        return line;
    static const QRegularExpression lead(QStringLiteral("^(\\s*(?:[-*+]|\\d{1,3}[.)])?\\s*)"));
    const QString prefix = lead.match(line).captured(1);
    // The content column: a tab in the prefix counts 4 (CommonMark 2.2).
    const QString indent(prefix.size() + 3 * prefix.count(QLatin1Char('\t')), QLatin1Char(' '));
    const QStringList words = line.mid(prefix.size()).split(QLatin1Char(' '));
    QStringList out;
    QString current = prefix;
    bool first = true;
    for (const QString &word : words) {
        const bool fits = current.size() + 1 + word.size() <= width;
        if (!first && !fits && safeLineStart(word) && !word.isEmpty()) {
            out.append(current);
            current = indent + word;
        } else {
            current += (first ? QString() : QStringLiteral(" ")) + word;
        }
        first = false;
    }
    out.append(current);
    return out.join(QLatin1Char('\n'));
}

/// Long lines (over 100 characters: written unwrapped) wrapped at 72 columns, as an editor
/// that wraps as one types would have written them.
inline QString hardWrapped(const QString &text)
{
    return mapLines(text, LineKind::Prose, [](const QString &line) {
        return line.size() > 100 ? wrapLine(line, 72) : line;
    });
}

inline QString trailingHardBreaks(const QString &text)
{
    return mapLines(text, LineKind::Prose,
                    [](const QString &line) { return line + QStringLiteral("  "); });
}

/// 24-hour clock times ("14:05", "09:30:12") as 12-hour ones ("2:05 PM"); times already
/// marked AM/PM, ISO 8601 date-times ("T14:05") and times followed by "Z" stay.
inline QString twelveHourTimes(const QString &text)
{
    static const QRegularExpression time(QStringLiteral(
        "(?<![\\dT:.,/"
        "])([01]?\\d|2[0-3]):([0-5]\\d)(:[0-5]\\d)?(?![\\d:]|\\s*[AaPp]\\.?[Mm]\\b|Z)"));
    return replaceInProse(text, time, [](const QRegularExpressionMatch &m) {
        const int hour = m.captured(1).toInt();
        return QStringLiteral("%1:%2%3 %4")
            .arg(hour % 12 == 0 ? 12 : hour % 12)
            .arg(m.captured(2), m.captured(3),
                 hour < 12 ? QStringLiteral("AM") : QStringLiteral("PM"));
    });
}

/// ISO 8601 dates ("2024-03-05") spelled out as "March 5, 2024"; date-times ("2024-03-05T…")
/// stay.
inline QString spelledOutDates(const QString &text)
{
    static const QRegularExpression date(
        QStringLiteral("(?<![\\d/-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\dT/-])"));
    return replaceInProse(text, date, [](const QRegularExpressionMatch &m) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return d.isValid() ? QLocale::c().toString(d, QStringLiteral("MMMM d, yyyy"))
                           : m.captured(0);
    });
}

/// Times that open a list item in bold: "- 14:05 UTC – …" → "- **14:05 UTC** – …".
inline QString boldEntryTimes(const QString &text)
{
    static const QRegularExpression entry(QStringLiteral(
        "^(\\s*(?:[-*+]|\\d{1,3}[.)])\\s+)(\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AaPp][Mm])?"
        "(?:\\s+[A-Z]{2,4})?)(?=[\\s:])"));
    return mapLines(text, LineKind::Prose, [](const QString &line) {
        const QRegularExpressionMatch m = entry.match(line);
        if (!m.hasMatch())
            return line;
        return m.captured(1) + QStringLiteral("**") + m.captured(2) + QStringLiteral("**")
               + line.mid(m.capturedEnd(2));
    });
}

/// " - " between words as an em dash " — ".
inline QString emDashSeparators(const QString &text)
{
    static const QRegularExpression dash(QStringLiteral("(?<=\\S) - (?=\\S)"));
    return replaceInProse(
        text, dash, [](const QRegularExpressionMatch &) { return QStringLiteral(" \u2014 "); });
}

inline QString upperCaseHeadings(const QString &text)
{
    return mapLines(text, LineKind::Heading, [](const QString &line) {
        return headingLevel(line) >= 2 ? line.toUpper() : line;
    });
}

/// "**strong**" as "__strong__" (CommonMark 6.2: both delimiters give strong emphasis), where
/// the span opens at a word's start.
inline QString underscoreEmphasis(const QString &text)
{
    static const QRegularExpression strong(
        QStringLiteral("(?<![\\w*])\\*\\*(?=\\S)([^*\\n]+?)(?<=\\S)\\*\\*(?![\\w*])"));
    return replaceInProse(text, strong, [](const QRegularExpressionMatch &m) {
        return QStringLiteral("__%1__").arg(m.captured(1));
    });
}

/// Tight lists made loose: a blank line after every top-level list item's last line
/// (CommonMark 5.3: the items stay the same; only their spacing changes).
inline QString looseLists(const QString &text)
{
    static const QRegularExpression item(QStringLiteral("^([-*+]|\\d{1,3}[.)])\\s+\\S"));
    QStringList lines = text.split(QLatin1Char('\n'));
    const QList<LineKind> kinds = lineKinds(lines);
    QStringList out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        out.append(lines.at(i));
        const bool next = i + 1 < lines.size() && kinds.at(i + 1) == LineKind::Prose
                          && item.match(lines.at(i + 1)).hasMatch();
        const bool inItem
            = kinds.at(i) == LineKind::Prose
              && (item.match(lines.at(i)).hasMatch() || lines.at(i).startsWith(QLatin1Char(' ')));
        if (next && inItem)
            out.append(QString());
    }
    return out.join(QLatin1Char('\n'));
}

/// Top-level bullet lists as ordered lists "1.", "2.", … (CommonMark 5.2): the same items,
/// numbered.
inline QString orderedLists(const QString &text)
{
    static const QRegularExpression bullet(QStringLiteral("^[-*+](\\s+)(?=\\S)"));
    int number = 0;
    return mapLines(text, LineKind::Prose,
                    [&number](const QString &line, int i, const QList<LineKind> &kinds) {
                        const QRegularExpressionMatch m = bullet.match(line);
                        const bool previousItem = i > 0 && kinds.at(i - 1) != LineKind::Blank
                                                  && kinds.at(i - 1) != LineKind::Heading;
                        if (!m.hasMatch()) {
                            if (!previousItem && !line.startsWith(QLatin1Char(' ')))
                                number = 0;
                            return line;
                        }
                        return QStringLiteral("%1.%2").arg(++number).arg(m.captured(1))
                               + line.mid(m.capturedEnd());
                    });
}

/// A run of three or more list items that each open with a time ("- 14:05 UTC: paged") as a
/// table with a Time and an Event column (GFM tables), as many timelines are written. Runs
/// with wrapped or nested lines stay lists.
inline QString timelineTables(const QString &text)
{
    static const QRegularExpression entry(QStringLiteral(
        "^(?:[-*+]|\\d{1,3}[.)])\\s+\\**((?:\\d{4}-\\d{2}-\\d{2}[ T])?\\d{1,2}:\\d{2}"
        "(?::\\d{2})?(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?:\\s+[A-Z]{2,4}(?:[+-]\\d{1,2})?)?)\\**"
        "\\s*[:\\-\\x{2013}\\x{2014}]\\**\\s+(\\S.*)$"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    const QList<LineKind> kinds = lineKinds(lines);
    QStringList out;
    for (qsizetype i = 0; i < lines.size();) {
        QList<QRegularExpressionMatch> rows;
        qsizetype j = i;
        while (j < lines.size()) {
            if (kinds.at(j) == LineKind::Blank && !rows.isEmpty()) {
                ++j;
                continue;
            }
            const QRegularExpressionMatch m = entry.match(lines.at(j));
            if (kinds.at(j) != LineKind::Prose || !m.hasMatch())
                break;
            rows.append(m);
            ++j;
        }
        // The whole list, and nothing but it: a blank line or a heading before and after.
        const auto apart = [&kinds, &lines](qsizetype k) {
            return k < 0 || k >= lines.size() || kinds.at(k) == LineKind::Blank
                   || kinds.at(k) == LineKind::Heading;
        };
        qsizetype lastRow = j - 1;
        while (lastRow > i && kinds.at(lastRow) == LineKind::Blank)
            --lastRow;
        if (rows.size() < 3 || !apart(i - 1) || !apart(lastRow + 1)) {
            out.append(lines.at(i));
            ++i;
            continue;
        }
        out.append(QStringLiteral("| Time | Event |"));
        out.append(QStringLiteral("|---|---|"));
        for (const QRegularExpressionMatch &m : rows)
            out.append(
                QStringLiteral("| %1 | %2 |")
                    .arg(m.captured(1),
                         QString(m.captured(2)).replace(QLatin1Char('|'), QLatin1String("\\|"))));
        out.append(QString());
        i = j;
    }
    return out.join(QLatin1Char('\n'));
}

/// A Jekyll/Hugo front matter giving the first heading as the title, before a document that
/// has none.
inline QString titleFrontMatter(const QString &text)
{
    if (text.startsWith(QLatin1String("---")))
        return text;
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString title;
    for (const QString &line : lines) {
        if (headingLevel(line) > 0 && !headingText(line).isEmpty()) {
            title = headingText(line);
            break;
        }
    }
    if (title.isEmpty())
        return text; // a title made up here would be a different document's
    title.replace(QLatin1Char('"'), QLatin1Char('\''));
    return QStringLiteral("---\ntitle: \"%1\"\nlayout: post\n---\n\n").arg(title) + text;
}

} // namespace VariantDetail

/// Every rewrite the variant tests apply, each on its own.
inline const QList<ImportVariant> &importVariants()
{
    using namespace VariantDetail;
    static const QList<ImportVariant> variants = {
        {"crlf", "Windows line ends (CommonMark 2.1: a line ending is LF, CR or CRLF)", crlf},
        {"byte-order-mark", "a UTF-8 byte order mark, as Windows editors write", byteOrderMark},
        {"setext", "setext headings for levels 1 and 2 (CommonMark 4.3)", setextHeadings},
        {"closed-atx", "ATX headings with closing hashes (CommonMark 4.2)", closedAtxHeadings},
        {"bullet-marker", "'*' bullets for '-' and '-' for '*' and '+' (CommonMark 5.2)",
         otherBulletMarker},
        {"deeper-headings", "every heading one level deeper, as in a page with a site title",
         deeperHeadings},
        {"numbered-headings", "level-2 headings numbered 1., 2., … as reports number them",
         numberedHeadings},
        {"bold-labels", "headings written as bold label lines, as many write-ups do",
         boldLabelHeadings},
        {"hard-wrap", "prose wrapped at 72 columns (CommonMark 6.8: a soft line break)",
         hardWrapped},
        {"hard-breaks", "two trailing spaces on prose lines (CommonMark 6.7)", trailingHardBreaks},
        {"twelve-hour", "12-hour clock times with AM/PM", twelveHourTimes},
        {"spelled-out-dates", "ISO dates written as 'March 5, 2024'", spelledOutDates},
        {"bold-times", "timeline entries whose time is bold", boldEntryTimes},
        {"em-dash", "' — ' for ' - ' between words", emDashSeparators},
        {"front-matter", "a Jekyll/Hugo front matter with the title", titleFrontMatter},
        {"upper-case-headings", "section headings in capitals", upperCaseHeadings},
        {"underscore-emphasis", "'__strong__' for '**strong**' (CommonMark 6.2)",
         underscoreEmphasis},
        {"loose-lists", "a blank line between list items (CommonMark 5.3)", looseLists},
        {"ordered-lists", "bullet lists numbered 1., 2., … (CommonMark 5.2)", orderedLists},
        {"timeline-tables", "timed list items as a Time | Event table (GFM 4.10)", timelineTables},
        {"template-names", "each part named as another template names it (templatevariants.h)",
         templateHeadingNames},
        {"plain-label-headings", "section headings as 'Timeline:' lines, as plain-text write-ups",
         plainLabelHeadings},
        {"bold-label-lines", "'Duration: …' label lines in bold", boldLabelLines},
        {"plain-label-lines", "bold '**Duration:** …' label lines written plain", plainLabelLines},
        {"day-first-dates", "ISO dates written as '5 March 2024'", dayFirstDates},
        {"times-with-seconds", "24-hour times with seconds, as logs write them", timesWithSeconds},
        {"timeline-last", "the timeline moved to the end, as an appendix", timelineLast},
        {"zone-in-heading", "one zone stated in the timeline's heading, not in every entry",
         zoneInTimelineHeading},
        {"task-lists", "action items as GFM task list items '- [ ] …' (GFM 5.3)", taskListActions},
        {"wider-indentation", "nested list lines indented two columns more (CommonMark 5.2)",
         widerIndentation},
    };
    return variants;
}

} // namespace HindsightTest
