// Import stage "sections", front matter: the YAML block a static-site or docs generator puts
// first (Jekyll, Hugo, Docusaurus: "title", "author"/"authors", "date", "tags"; a postmortem
// template's own keys such as "duration" or "root_cause"), or the TOML block Hugo and Zola put
// between "+++" lines. Keys with a field fill it; the others stay in a "Front matter" section,
// so nothing is lost.
#include "core/fastregex.h"
#include "core/import/draft.h"
#include "core/postmortem.h"

#include <QDateTime>

#include <yaml-cpp/yaml.h>

#include <QRegularExpression>
#include <QSet>

namespace Hindsight::Import {

namespace {

/// A scalar or a sequence of scalars as text lines; empty for anything else.
QStringList scalarLines(const YAML::Node &node)
{
    QStringList out;
    if (node.IsScalar()) {
        out.append(QString::fromStdString(node.Scalar()).trimmed());
    } else if (node.IsSequence()) {
        for (const YAML::Node &item : node)
            if (item.IsScalar())
                out.append(QString::fromStdString(item.Scalar()).trimmed());
    }
    out.removeAll(QString());
    return out;
}

/// Names in an author value: "A, B and C" or a YAML list. A handle or link in brackets after a
/// name ("Ana Ruiz ([@ana](https://…))", "Li Wei <li@example.org>") is no part of it.
QStringList authorNames(const QStringList &values)
{
    static const QRegularExpression separator(QStringLiteral(R"(\s*(?:,|;|&|\band\b)\s*)"));
    static const QRegularExpression contact(QStringLiteral(R"(\s*(?:\(.*\)|<[^<>]*>)\s*$)"));
    QStringList names;
    for (const QString &v : values)
        for (QString n : v.split(separator, Qt::SkipEmptyParts)) {
            const QString bare = n.remove(contact).trimmed();
            if (!bare.isEmpty())
                names.append(bare);
        }
    return names;
}

/// One key of the front matter with its value as text lines (a scalar, or the scalars of a
/// list).
struct FrontMatterEntry
{
    QString key;
    QStringList values;
};

/// A TOML value as text lines: a basic or literal string, a one-line array of them, or a bare
/// value (number, date, boolean) as written. Empty for anything else (inline tables, an array
/// that goes on over several lines).
QStringList tomlValues(const QString &value)
{
    static const QRegularExpression item(
        QStringLiteral(R"re("((?:[^"\\]|\\.)*)"|'([^']*)'|([^,\s\[\]"'{}][^,\[\]{}]*))re"));
    const QString v = value.trimmed();
    if (v.startsWith(QLatin1Char('{')))
        return {};
    const bool array = v.startsWith(QLatin1Char('['));
    if (array && !v.endsWith(QLatin1Char(']')))
        return {};
    QStringList out;
    auto it = item.globalMatch(array ? v.mid(1, v.size() - 2) : v);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString text;
        if (m.capturedStart(1) >= 0) {
            text = m.captured(1);
            text.replace(QLatin1String("\\\""), QLatin1String("\""));
            text.replace(QLatin1String("\\\\"), QLatin1String("\\"));
        } else if (m.capturedStart(2) >= 0) {
            text = m.captured(2);
        } else {
            text = m.captured(3);
        }
        if (!text.trimmed().isEmpty())
            out.append(text.trimmed());
        if (!array)
            break;
    }
    return out;
}

/// The top-level `key = value` lines of a TOML block (Hugo, Zola: title, date, authors), values
/// as tomlValues reads them. Nested tables ("[extra]" and the keys under it), multi-line
/// strings and arrays are not read: they stay in the kept "Front matter" text as written.
QList<FrontMatterEntry> tomlEntries(const QString &toml)
{
    static const FastRegex keyValue(
        QStringLiteral(R"(^\s*([A-Za-z0-9_-]+|"[^"]+")\s*=\s*(.*?)\s*$)"));
    QList<FrontMatterEntry> entries;
    for (const QString &line : toml.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QLatin1Char('[')))
            break; // a table: the keys below belong to it
        const FastMatch m = keyValue.match(line);
        if (!m.hasMatch())
            continue;
        QString key = m.captured(1);
        if (key.startsWith(QLatin1Char('"')))
            key = key.mid(1, key.size() - 2);
        const QString value = m.captured(2);
        if (value.startsWith(QLatin1String(R"(""")")) || value.startsWith(QLatin1String("'''")))
            continue; // a multi-line string
        entries.append({key, tomlValues(value)});
    }
    return entries;
}

/// The keys of a YAML block, at the top and one mapping down ("postmortem: {title: …,
/// issue_summary: {…}}"). Empty when the block is no YAML mapping.
QList<FrontMatterEntry> yamlEntries(const QString &yaml)
{
    QList<FrontMatterEntry> entries;
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (!root.IsMap())
            return {};
        const auto collect
            = [&entries](const YAML::Node &map, int depth, const auto &self) -> void {
            for (const auto &kv : map) {
                if (!kv.first.IsScalar())
                    continue;
                const QString key = QString::fromStdString(kv.first.Scalar());
                if (kv.second.IsMap() && depth < 2)
                    self(kv.second, depth + 1, self);
                else
                    entries.append({key, scalarLines(kv.second)});
            }
        };
        collect(root, 0, collect);
    } catch (const YAML::Exception &) {
        return {}; // not YAML after all: kept as written
    }
    return entries;
}

/// A status page's incident file (cState: "date", "resolved: true", "resolvedWhen",
/// "resolved_on", "affected"/"affectedsystems"; Jekyll status pages: "status: resolved",
/// "resolvedDate"): its
/// "date" is when the incident began and the resolution key holding a time when it ended. Both
/// empty for other front matter.
QPair<QString, QString> statusPageIncidentWindow(const QList<FrontMatterEntry> &entries)
{
    QString postDate;
    QString resolvedWhen;
    bool incidentFile = false;
    for (const FrontMatterEntry &entry : entries) {
        const QString k = normaliseLabel(entry.key).remove(QLatin1Char(' '));
        const QString value = entry.values.join(QLatin1Char(' ')).trimmed();
        const bool resolution
            = k == QLatin1String("resolvedwhen") || k == QLatin1String("resolvedon")
              || k == QLatin1String("resolvedat") || k == QLatin1String("resolveddate")
              || k == QLatin1String("resolved");
        if (k == QLatin1String("date"))
            postDate = value;
        else if (resolution && resolvedWhen.isEmpty() && !ImportTime::findTimes(value, 1).isEmpty())
            resolvedWhen = value;
        if (resolution || k == QLatin1String("affected") || k == QLatin1String("affectedsystems")
            || (k == QLatin1String("status")
                && value.compare(QLatin1String("resolved"), Qt::CaseInsensitive) == 0))
            incidentFile = true;
    }
    if (!incidentFile)
        return {};
    return {postDate, resolvedWhen};
}

/// A front-matter time stamp as the span readers read it: an ISO 8601 date-time with its
/// offset ("2025-01-08T06:02:18.841Z", "…T12:00:00+01:00") keeps the offset as a zone they
/// read ("2025-01-08 06:02 UTC", "2025-11-18 12:00 UTC+01:00"), so the instant is not moved
/// into another zone. Other values come back unchanged; `hadOffset` says which.
QString instantText(const QString &value, bool *hadOffset)
{
    const QString v = value.trimmed();
    if (v.size() < 20 || v.at(10) != QLatin1Char('T'))
        return value;
    const QDateTime at = QDateTime::fromString(v, Qt::ISODateWithMs);
    if (!at.isValid() || at.timeSpec() == Qt::LocalTime)
        return value;
    *hadOffset = true;
    const int offset = at.offsetFromUtc() / 60;
    return at.toString(QStringLiteral("yyyy-MM-dd HH:mm UTC"))
           + (offset == 0 ? QString() : formatUtcOffset(offset));
}

} // namespace

void MarkdownImporter::readFrontMatter()
{
    QString block;
    int first = -1;
    for (int i = 0; i < m_lines.size() && m_lines.at(i).kind == LineKind::FrontMatter; ++i) {
        if (first < 0)
            first = i;
        const QString t = m_lines.at(i).raw.trimmed();
        if (t != QLatin1String("---") && t != QLatin1String("...") && t != QLatin1String("+++"))
            block += m_lines.at(i).raw + QLatin1Char('\n');
    }
    if (first < 0 || block.size() > 200000)
        return;
    const bool toml = m_lines.at(first).raw.trimmed() == QLatin1String("+++");
    const QList<FrontMatterEntry> entries = toml ? tomlEntries(block) : yamlEntries(block);
    for (const auto &[key, values] : entries) {
        if (values.isEmpty())
            continue;
        const QString k = normaliseLabel(key);
        if (k == QLatin1String("title") && m_frontMatterTitle.isEmpty()) {
            m_frontMatterTitle = values.join(QLatin1Char(' '));
            m_frontMatterUsed.insert(key);
        } else if (k == QLatin1String("author") || k == QLatin1String("authors")) {
            m_pm.authors += authorNames(values);
            m_frontMatterUsed.insert(key);
        } else if ((k == QLatin1String("summary") || k == QLatin1String("description")
                    || k == QLatin1String("excerpt"))
                   && m_frontMatterSummaryKey.isEmpty()) {
            m_frontMatterSummaryKey = key; // read into the summary only if the body has none
            m_frontMatterSummary = values.join(QLatin1Char(' ')).trimmed();
        } else if (k == QLatin1String("severity")) {
            if (const auto s = severityFromName(values.first())) {
                m_pm.severity = s;
                m_frontMatterUsed.insert(key);
            }
        } else if (const Label label = classifyLabel(k);
                   k != QLatin1String("date")
                   && (label == Label::Duration || label == Label::Start || label == Label::End)) {
            // The incident window stated in the front matter: evidence for the span; the
            // line stays in the kept section. ("date" is the post's date: a hint only.)
            noteStatedBound(label, values.join(QLatin1Char(' ')));
        } else if (label == Label::Impact || label == Label::RootCause
                   || label == Label::Resolution) {
            QString &field = label == Label::Impact      ? m_pm.impact
                             : label == Label::RootCause ? m_pm.rootCause
                                                         : m_pm.resolution;
            appendTo(field, values.join(QLatin1Char('\n')));
            m_frontMatterUsed.insert(key);
        }
    }
    const auto [postDate, resolvedWhen] = statusPageIncidentWindow(entries);
    if (!postDate.isEmpty() && !ImportTime::findTimes(postDate, 1).isEmpty()
        && m_startText.isEmpty()) {
        m_startText = instantText(postDate, &m_spanZoneFromFrontMatter);
        m_startFromStatusPage = true;
        if (!resolvedWhen.isEmpty() && m_endText.isEmpty())
            m_endText = instantText(resolvedWhen, &m_spanZoneFromFrontMatter);
        m_report.recognised.append(
            ReportText::tr("Front matter of a status page's incident: its date is the start."));
    }
    if (!m_frontMatterUsed.isEmpty()) {
        // Sorted: a QSet's order changes from run to run (per-process hash seed).
        QStringList used = m_frontMatterUsed.values();
        used.sort();
        m_report.recognised.append(ReportText::tr("Front matter: %1 read into fields.")
                                       .arg(used.join(QStringLiteral(", "))));
    }
}

void MarkdownImporter::summaryFromFrontMatter()
{
    // Blog postmortems that open with the story leave the summary to the generator's front
    // matter (Hugo's "summary" and "description", Jekyll's "excerpt"), where the post's list
    // pages show it. It is read only when the body has no summary, so a short "description"
    // never hides the one the text gives.
    if (m_frontMatterSummary.isEmpty() || !m_pm.summary.trimmed().isEmpty())
        return;
    m_pm.summary = m_frontMatterSummary;
    m_frontMatterUsed.insert(m_frontMatterSummaryKey);
    QStringList kept;
    QString key;
    for (const Line &line : std::as_const(m_lines)) {
        if (line.kind != LineKind::FrontMatter)
            break;
        if (!frontMatterLineUsed(line.raw, key))
            kept.append(line.raw);
    }
    for (qsizetype i = m_pm.sections.size() - 1; i >= 0; --i) {
        if (m_pm.sections.at(i).heading != frontMatterSectionHeading())
            continue;
        if (kept.isEmpty()) {
            m_pm.sections.removeAt(i);
            sectionsMoved();
        } else {
            m_pm.sections[i].text = kept.join(QLatin1Char('\n'));
        }
    }
    m_report.recognised.append(
        ReportText::tr("No summary in the text: the front matter's “%1” is the summary.")
            .arg(m_frontMatterSummaryKey));
}

bool MarkdownImporter::frontMatterLineUsed(const QString &raw, QString &currentKey) const
{
    // "key: value" (YAML) or "key = value" (TOML) opens a key (its indented lines and list
    // items belong to it). A TOML table ("[extra]") holds every line after it: none of them
    // was read into a field.
    static const FastRegex keyLine(QStringLiteral(R"(^(\s*)([\w.-]+)\s*[:=])"));
    const QString t = raw.trimmed();
    if (t == QLatin1String("---") || t == QLatin1String("...") || t == QLatin1String("+++"))
        return true;
    if (t.startsWith(QLatin1Char('#')))
        return false; // a comment (YAML, TOML) is read into no field
    const bool toml = !m_lines.isEmpty() && m_lines.first().raw.trimmed() == QLatin1String("+++");
    if (toml && (t.startsWith(QLatin1Char('[')) || currentKey.startsWith(QLatin1Char('[')))) {
        if (t.startsWith(QLatin1Char('[')))
            currentKey = t;
        return false;
    }
    const FastMatch m = keyLine.match(raw);
    if (m.hasMatch()) {
        currentKey = m.captured(2);
        return m_frontMatterUsed.contains(currentKey);
    }
    return m_frontMatterUsed.contains(currentKey);
}

namespace {

/// Whether `s` names a person, as bylines and author lists write one: one to four capitalised
/// words ("Ana Ruiz", "Jan David Nose") or a handle ("@ana"). "the deployment team" does not.
bool isPersonName(const QString &s)
{
    static const FastRegex name(
        QStringLiteral(R"(^@?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$|^@[\w.-]+$)"));
    return name.matches(s);
}

} // namespace

bool MarkdownImporter::readAuthorList(int i)
{
    // "Authors:" over a list, one author an item ("- Ana Ruiz, Payments", "- Li Wei (SRE)"),
    // as the Google SRE template's Authors line is often filled in, or an "## Authors" heading
    // over it: each item's name, before its team. The list stays in the text.
    static const FastRegex label(
        QStringLiteral(R"(^[*_]{0,2}authors?\s*[*_]{0,2}\s*:\s*[*_]{0,2}\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const FastRegex heading(QStringLiteral(R"(^authors?$)"),
                                   QRegularExpression::CaseInsensitiveOption);
    const Line &line = m_lines.at(i);
    if (!label.matches(line.content)
        && !(line.kind == LineKind::Heading && heading.matches(line.content)))
        return false;
    QStringList names;
    for (int k = i + 1; k < m_lines.size() && names.size() < 12; ++k) {
        const Line &item = m_lines.at(k);
        if (item.kind == LineKind::Blank && names.isEmpty())
            continue;
        if (item.kind != LineKind::ListItem || item.listDepth != 1)
            break;
        const QString who = item.content.section(QLatin1Char(','), 0, 0)
                                .section(QLatin1Char('('), 0, 0)
                                .trimmed();
        if (!isPersonName(who))
            return false; // a list of something else: no author list
        names.append(who);
    }
    if (names.isEmpty())
        return false;
    for (const QString &n : std::as_const(names))
        if (!m_pm.authors.contains(n))
            m_pm.authors.append(n);
    m_report.recognised.append(ReportText::tr("Authors: %1 (line %2).")
                                   .arg(m_pm.authors.join(QStringLiteral(", ")))
                                   .arg(m_lines.at(i).number));
    return true;
}

void MarkdownImporter::readByline()
{
    // A byline under the title ("By Ana Ruiz and Li Wei", "Written by …") or the "Authors:"
    // line of the Google SRE book's postmortem template, among the first lines; a blog's byline
    // may follow the post's date ("4 May 2025 · by Ana Ruiz", "May 4, 2025 | by …") and sit in
    // an HTML element. Names are capitalised words; "By the deployment team" names no person
    // and stays text.
    static const FastRegex byline(
        QStringLiteral(
            R"(^([\w ,.]{4,30}\s[·|—–]\s*)?[*_]{0,2}(?:(?:written |posted )?by|authors?\s*[*_]{0,2}\s*:)[*_]{0,2}\s+(.+?)[*_]{0,2}\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const FastRegex tag(QStringLiteral(R"(<[^<>]{0,200}>)"));
    static const QRegularExpression separator(QStringLiteral(R"(\s*(?:,|;|&|\band\b)\s*)"));
    int seen = 0;
    for (int i = 0; i < m_lines.size() && seen < 12; ++i) {
        const Line &l = m_lines.at(i);
        if (l.kind == LineKind::Blank || l.kind == LineKind::FrontMatter)
            continue;
        ++seen;
        if (l.kind != LineKind::Paragraph && l.kind != LineKind::Heading
            && l.kind != LineKind::Html)
            continue;
        QString text = l.content.left(300);
        if (l.kind == LineKind::Html) {
            tag.removeIn(text);
            text = text.trimmed();
        }
        if (readAuthorList(i))
            return;
        const FastMatch m = byline.match(text);
        if (!m.hasMatch())
            continue;
        const QStringList names = m.captured(2).split(separator, Qt::SkipEmptyParts);
        const bool allNames
            = !names.isEmpty() && std::all_of(names.cbegin(), names.cend(), [](const QString &n) {
                  return isPersonName(n.trimmed());
              });
        if (!allNames)
            continue;
        for (const QString &n : names)
            if (!m_pm.authors.contains(n.trimmed()))
                m_pm.authors.append(n.trimmed());
        // A byline that also dates the post keeps its line in the text: the date is the
        // document's, not ours to drop.
        if (!m.hasCaptured(1))
            m_bylineLine = i;
        m_report.recognised.append(ReportText::tr("Authors: %1 (line %2).")
                                       .arg(m_pm.authors.join(QStringLiteral(", ")))
                                       .arg(l.number));
        return;
    }
}

bool MarkdownImporter::noteStatedBound(Label label, const QString &value)
{
    // "Duration: 15 minutes", "Resolution time: 1 hour and 22 minutes": an amount, not a
    // moment, says how long the incident lasted (read as "lasted 15 minutes").
    static const FastRegex amount(
        QStringLiteral(R"(^\W*(?:about|approximately|approx\.?|around|roughly|~)?\s*)"
                       R"(\d{1,3}(?:\.\d+)?\s*(?:hours?|hrs?|h|minutes?|mins?|m)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    const bool bareAmount = label != Label::Start && amount.match(value).hasMatch()
                            && ImportTime::findTimes(value, 1).isEmpty();
    if (label == Label::Duration || bareAmount) {
        m_durationText
            += (bareAmount ? QStringLiteral("lasted ") : QString()) + value + QLatin1Char('\n');
        return true;
    }
    if (label == Label::Start && m_startText.isEmpty())
        m_startText = value;
    else if (label == Label::End && m_endText.isEmpty())
        m_endText = value;
    return false;
}

void MarkdownImporter::readMetadataRow(const Line &line)
{
    // "| Start | 2026-07-25 09:59 JST |": a two-column table of fields and their values (a
    // report's metadata table, "Field | Value") states the incident's date, start, end and
    // length as "Start:" lines do. The row stays where it is written; only the span reads it.
    if (line.kind != LineKind::TableRow || m_part == Part::Timeline || m_part == Part::Measures
        || m_part == Part::ResolutionMeasures)
        return;
    const QStringList cells = splitCells(line.content);
    if (cells.size() != 2)
        return;
    const Label label = classifyLabelText(withoutMarkup(cells.at(0)));
    const QString value = withoutMarkup(cells.at(1)).trimmed();
    if (momentLabel(label) && !value.isEmpty())
        noteStatedBound(label, value);
}

void MarkdownImporter::readSeverityLine(int i, const LabelSplit &split)
{
    static const FastRegex name(QStringLiteral(R"(^(incident )?severity( level)?$)"));
    static const FastRegex level(QStringLiteral(R"(^\W*(?:(?:sev(?:erity)?|s)[\s-]*)?([1-5])\b)"),
                                 QRegularExpression::CaseInsensitiveOption);
    if (m_pm.severity || !split.ok || !split.colon || m_part == Part::Timeline
        || m_part == Part::Measures || !name.matches(normaliseLabel(split.label)))
        return;
    const FastMatch m = level.match(split.rest);
    if (!m.hasMatch())
        return;
    m_pm.severity = Severity(m.captured(1).toInt());
    m_report.recognised.append(ReportText::tr("Severity SEV%1 from line %2.")
                                   .arg(m.captured(1))
                                   .arg(m_lines.at(i).number));
}

} // namespace Hindsight::Import
