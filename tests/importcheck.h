// Test helper for the importer tests: reading fixtures, formatting times, and the losslessness
// check (every source line's words must survive somewhere in the import).
#pragma once

#include "core/import/vocabulary.h"
#include "core/importer.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace HindsightTest {

using namespace Hindsight;

inline QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(f.readAll());
}

inline QString hhmm(const QTime &t)
{
    return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QString();
}

inline QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

inline QList<TimelineEvent> timedEvents(const Postmortem &pm)
{
    QList<TimelineEvent> out;
    for (const TimelineEvent &e : pm.timeline)
        if (e.at.time.isValid())
            out.append(e);
    return out;
}

/// `text` without HTML tags and with the common character references decoded: what a reader
/// sees of an HTML line (the importer reads HTML pages; the words must survive, not the tags).
inline QString withoutHtml(const QString &text)
{
    static const QRegularExpression tag(QStringLiteral(R"(<[/!]?[a-z][^>]*>|<!--[^>]*>)"));
    QString s = text;
    s.replace(tag, QStringLiteral(" "));
    s.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    s.replace(QLatin1String("&lt;"), QLatin1String("<"));
    s.replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&quot;"), QLatin1String("\""));
    s.replace(QLatin1String("&#39;"), QLatin1String("'"));
    s.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return s;
}

/// Markdown links as their text: "[database](https://x)" -> "database" (an HTML link the
/// importer wrote as Markdown keeps its words; the target is checked nowhere else either).
inline QString withoutLinkTargets(const QString &text)
{
    static const QRegularExpression link(QStringLiteral(R"(\[([^\]\n]*)\]\([^)\s]*\))"));
    QString s = text;
    s.replace(link, QStringLiteral("\\1"));
    return s;
}

/// `text` without Markdown backslash escapes ("\\<START>" -> "<START>"): markup, on both sides.
inline QString withoutEscapes(const QString &text)
{
    static const QRegularExpression escape(QStringLiteral(R"(\\(?=[\\`*_{}\[\]()#+\-.!<>|]))"));
    QString s = text;
    s.remove(escape);
    return s;
}

/// All text the importer produced, concatenated, `*`/`__` removed, whitespace normalised.
inline QString allOutputText(const Postmortem &pm)
{
    QStringList parts{pm.title, pm.summary, pm.impact, pm.rootCause, pm.resolution};
    parts << pm.start.text << pm.end.text;
    for (const TimelineEvent &e : pm.timeline)
        parts << e.at.text << e.text << e.detail;
    for (const ActionItem &a : pm.actionItems)
        parts << a.text << a.owner << a.category << a.due.toString(Qt::ISODate);
    parts << pm.authors;
    for (const Section &s : pm.sections)
        parts << s.heading << s.text;
    QString all = withoutLinkTargets(withoutHtml(withoutEscapes(parts.join(QLatin1Char(' ')))));
    all.remove(QLatin1Char('*'));
    all.remove(QStringLiteral("__"));
    return all.simplified();
}

/// What must survive of a source line: without list markers, heading hashes, `*` and `__`,
/// a leading "Label:" and a leading date/time/zone; whitespace normalised.
inline QString essentialText(const QString &line)
{
    static const QRegularExpression quote(QStringLiteral(R"(^\s*(?:>\s?)+)"));
    static const QRegularExpression marker(
        QStringLiteral(R"(^\s*(?:(?:[-+*•]|\d{1,9}[.)])\s+)+(?:\[[ xX]\]\s*)?)"));
    static const QRegularExpression hashes(QStringLiteral(R"(^\s*#{1,6}\s*)"));
    static const QRegularExpression label(
        QStringLiteral(R"(^\s*[A-Za-z][A-Za-z0-9_ /&'(),.-]{0,60}?\s*:(?!//)(?!\d)\s*)"));
    static const QRegularExpression leadingMoment(QStringLiteral(
        R"(^[\[(*_`]*\s*(?:(?:At|On|Around)\s+)?(?:(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{1,2}[-/]\d{1,2}|[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?,?)[,\s/T]*)?)"
        R"((?:\d{1,2}(?::\d{2}){1,2}(?:\s*[AaPp]\.?[Mm]\.?)?|\d{1,2}\.\d{2}\s*[AaPp]\.?[Mm]\.?|\d{1,2}\s*[AaPp]\.?[Mm]\.?|\d{4}\s*HRS)\s*)"
        R"((?:\(?\s*(?:UTC|GMT|[A-Z]{2,4}|(?:Eastern|Central|Mountain|Pacific)(?:\s+[Tt]ime)?)(?:[+-]\d{1,2}(?::?\d{2})?)?\s*\)?)?\s*[\])*_`]*\s*(?:,|[:\-–—|]*)\s*[`]?\s*)"));
    QString s = withoutLinkTargets(withoutHtml(withoutEscapes(line)));
    s.remove(quote);
    s.remove(marker);
    s.remove(hashes);
    s.remove(QLatin1Char('*'));
    s.remove(QStringLiteral("__"));
    s = s.trimmed();
    s.remove(leadingMoment);
    s.remove(label);
    s.remove(leadingMoment);
    return s.simplified();
}

/// Section labels a reader recognises; a line that is only one of these may be dropped.
inline bool isSectionLabelOnly(const QString &essential)
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(^(issue |incident |executive )?summary|duration|impact|what was the impact( identified)?\??|(root |suspected )?causes?( and resolution( measures)?)?|resolution( and recovery)?|(remediation|resolution) and prevention|what went wrong|what happened\??|timeline|corrective and prevent\w+ measures|action items|improvements?(/fixes)?|tasks?( to address the issue)?|postmortem|overview$)"),
        QRegularExpression::CaseInsensitiveOption);
    QString s = essential;
    while (s.endsWith(QLatin1Char(':')) || s.endsWith(QLatin1Char('.')))
        s.chop(1);
    const QRegularExpressionMatch m = re.match(s.trimmed());
    if (m.hasMatch() && m.capturedLength() == s.trimmed().size())
        return true;
    // A heading or label the importer's vocabulary names a field with ("Timeline (times in
    // UTC)", "4. Incident Report", "🔎 Root Cause"): its words are the field's name.
    if (s.size() > 80)
        return false;
    if (Import::classifyLabel(Import::normaliseLabel(s)) != Import::Label::None)
        return true;
    // A heading named by its words before a note ("Root Cause Analysis (or RCA)").
    const Import::LabelSplit split = Import::headingLabel(s);
    return split.ok && Import::classifyLabelText(split.label) != Import::Label::None;
}

/// A TOML front-matter line (`key = "value"`, `key = ["a", 'b']`) whose every string value is
/// in `out` (read into a field such as the title or the authors).
inline bool tomlValuesKept(const QString &line, const QString &out)
{
    static const QRegularExpression keyValue(QStringLiteral(R"(^\s*[A-Za-z0-9_-]+\s*=\s*(.+)$)"));
    // "…" (with \" inside) or '…'
    static const QRegularExpression string(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'"));
    const QRegularExpressionMatch m = keyValue.match(line);
    if (!m.hasMatch())
        return false;
    int values = 0;
    auto it = string.globalMatch(m.captured(1));
    while (it.hasNext()) {
        const QRegularExpressionMatch v = it.next();
        QString text = v.capturedStart(1) >= 0 ? v.captured(1) : v.captured(2);
        text.replace(QLatin1String("\\\""), QLatin1String("\""));
        if (!out.contains(text.simplified()))
            return false;
        ++values;
    }
    return values > 0;
}

/// Source lines whose essential text is missing from the import.
inline QStringList missingLines(const QString &source, const Postmortem &pm)
{
    const QString out = allOutputText(pm);
    QStringList missing;
    const QStringList lines = QString(source)
                                  .replace(QLatin1String("\r\n"), QLatin1String("\n"))
                                  .split(QLatin1Char('\n'));
    QStringList broken; // a <br> ends a line as much as a newline does
    for (const QString &line : lines)
        broken += line.split(QRegularExpression(QStringLiteral(R"(<br\s*/?>)"),
                                                QRegularExpression::CaseInsensitiveOption));
    // A table's header row names its columns: when the rows are read into entries or items the
    // names are read, not kept (a header row is the line before a delimiter row "|---|---|").
    static const QRegularExpression delimiterRow(QStringLiteral(R"(^\s*\|?[\s:|-]*-[\s:|-]*$)"));
    QSet<qsizetype> headerRows;
    for (qsizetype k = 0; k + 1 < broken.size(); ++k)
        if (broken.at(k).contains(QLatin1Char('|')) && broken.at(k + 1).contains(QLatin1Char('|'))
            && delimiterRow.match(broken.at(k + 1)).hasMatch())
            headerRows.insert(k);
    for (qsizetype k = 0; k < broken.size(); ++k) {
        const QString &line = broken.at(k);
        if (line.trimmed().isEmpty() || headerRows.contains(k))
            continue;
        QString e = essentialText(line);
        // Lines of markup only ("---" fences and rules) carry no words; YAML quotes are syntax.
        static const QRegularExpression word(QStringLiteral(R"([\p{L}\p{N}])"));
        if (!word.match(e).hasMatch())
            continue;
        if (e.size() > 1 && e.startsWith(QLatin1Char('"')) && e.endsWith(QLatin1Char('"')))
            e = e.mid(1, e.size() - 2);
        if (e.isEmpty() || isSectionLabelOnly(e))
            continue;
        if (out.contains(e) || tomlValuesKept(line, out))
            continue;
        // A line the importer split (root cause and resolution, measures in one paragraph,
        // entries typed on one line and joined by " - ", table cells): every piece.
        const QStringList sentences
            = e.split(QRegularExpression(QStringLiteral(R"((?<=[.!?])\s+|\s[-–—•]\s+|\s*\|\s*)")),
                      Qt::SkipEmptyParts);
        bool all = sentences.size() > 1;
        for (const QString &sentence : sentences) {
            const QString piece = essentialText(sentence);
            all = all && (piece.isEmpty() || out.contains(piece));
        }
        if (!all)
            missing << line + QStringLiteral("  =>  ") + e;
    }
    return missing;
}

} // namespace HindsightTest
