#include "core/nativeformat.h"

#include "core/eventfootnotes.h"
#include "core/fastregex.h"
#include "core/postmortemfields.h"

#include "core/loaddiagramyaml.h"
#include "core/markdownblocks.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

namespace Hindsight {

namespace {

/// Context of this file's messages (lupdate reads the macro's argument).
struct FormatText
{
    Q_DECLARE_TR_FUNCTIONS(Hindsight::NativeFormat)
};

// Headings of the body sections that map to model fields (postmortemfields.h). Matching is
// case-insensitive.
QString heading(FieldId id)
{
    return QString::fromLatin1(fieldInfo(id).nativeHeading);
}

const QStringList kTimelineHeader
    = {QStringLiteral("Time"), QStringLiteral("Kind"), QStringLiteral("Event")};
const QStringList kActionHeader
    = {QStringLiteral("Action item"), QStringLiteral("Category"), QStringLiteral("Owner"),
       QStringLiteral("Due"), QStringLiteral("Status")};

std::string toStd(const QString &s)
{
    return s.toStdString();
}

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

QString timeToText(const QTime &t)
{
    return t.toString(t.second() ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
}

QTime timeFromText(const QString &s)
{
    QTime t = QTime::fromString(s, QStringLiteral("HH:mm:ss"));
    if (!t.isValid())
        t = QTime::fromString(s, QStringLiteral("HH:mm"));
    return t;
}

std::optional<int> offsetFromText(const QString &s)
{
    static const FastRegex re(QStringLiteral("^([+-])(\\d{2}):?(\\d{2})$"));
    if (s == QLatin1String("Z"))
        return 0;
    const auto m = re.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    const int v = m.captured(2).toInt() * 60 + m.captured(3).toInt();
    return m.captured(1) == QLatin1String("-") ? -v : v;
}

// --- GFM table cells -----------------------------------------------------------------------

QString escapeCell(QString s)
{
    s.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    s.replace(QLatin1Char('|'), QLatin1String("\\|"));
    s.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return s;
}

/// The value a cell of `s` reads back as: a "<br>" written in the text is a line break in a
/// cell (unescapeCell), so it counts as one, and the ends are trimmed. Writing this rather than
/// `s` keeps save, reopen, save identical for any text (fuzz_nativeformat found "x<br>",
/// which read back as "x").
QString cellValue(QString s)
{
    s.replace(QLatin1String("<br>"), QLatin1String("\n"));
    return s.trimmed();
}

QString unescapeCell(QString s)
{
    s.replace(QLatin1String("<br>"), QLatin1String("\n"));
    s.replace(QLatin1String("\\|"), QLatin1String("|"));
    return s;
}

/// Splits one GFM table row into raw cell strings. `\|` is an escaped pipe (GFM spec 0.29,
/// "Tables (extension)"): it does not end a cell and stays escaped in the returned text.
QStringList splitTableRow(const QString &line)
{
    QString s = line.trimmed();
    if (s.startsWith(QLatin1Char('|')))
        s.remove(0, 1);
    if (s.endsWith(QLatin1Char('|')) && !s.endsWith(QLatin1String("\\|")))
        s.chop(1);
    QStringList cells;
    QString cell;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == QLatin1Char('\\') && i + 1 < s.size() && s[i + 1] == QLatin1Char('|')) {
            cell += QLatin1String("\\|");
            ++i;
        } else if (s[i] == QLatin1Char('|')) {
            cells.append(cell.trimmed());
            cell.clear();
        } else {
            cell += s[i];
        }
    }
    cells.append(cell.trimmed());
    return cells;
}

void writeTable(QString &out, const QStringList &header, const QList<QStringList> &rows)
{
    out += QLatin1String("| ") + header.join(QLatin1String(" | ")) + QLatin1String(" |\n|");
    for (qsizetype i = 0; i < header.size(); ++i)
        out += QLatin1String(" --- |");
    out += QLatin1Char('\n');
    for (const QStringList &row : rows) {
        out += QLatin1Char('|');
        for (const QString &cell : row) {
            out += QLatin1Char(' ') + cell;
            out += cell.isEmpty() ? QLatin1String("|") : QLatin1String(" |");
        }
        out += QLatin1Char('\n');
    }
}

// Info string of the fence that protects section text which would not read back as written.
const QString kVerbatimInfo = QStringLiteral("hindsight-verbatim");

/// True when `body`, written under a "## " heading with another section after it, reads back
/// as exactly `body`. Text that opens a code fence and never closes it (it would swallow every
/// later section) or that has its own "# "/"## " lines (they would start new sections) does not.
bool readsBackAsWritten(const QString &body)
{
    const MarkdownOutline probe
        = outlineMarkdown(QStringLiteral("## A\n\n") + body + QStringLiteral("\n\n## B\n"));
    return probe.title.isEmpty() && probe.preamble.isEmpty() && probe.sections.size() == 2
           && probe.sections[0].text == body && probe.sections[1].heading == QLatin1String("B")
           && probe.sections[1].text.isEmpty();
}

/// The text of an ATX heading line. Text ending in " #" (or only "#") would lose those
/// characters as an optional closing sequence (CommonMark 4.2), so it gets an explicit one.
QString atxHeadingText(const QString &text)
{
    return text.endsWith(QLatin1Char('#')) ? text + QStringLiteral(" ##") : text;
}

/// False only when `body` certainly reads back as written, decided without parsing it (cmark
/// parsed every section of every save twice). Under a heading with a blank line and another
/// heading after it, only three things change what a section reads back as: a line starting
/// with "#" (an ATX heading, or the first line of a setext one: a new section), a code fence
/// ("```", "~~~": unclosed, it swallows the sections after it) and an HTML block that ends only
/// at its end marker ("<script", "<pre", "<style", "<textarea", "<!--", "<?", "<!…",
/// CommonMark 0.29 4.6, kinds 1–5). Other blocks end at the blank line. Conservative: any of
/// these characters anywhere asks readsBackAsWritten.
bool mayNotReadBack(const QString &body)
{
    if (body.contains(QLatin1String("```")) || body.contains(QLatin1String("~~~")))
        return true;
    for (qsizetype at = body.indexOf(QLatin1Char('<')); at >= 0;
         at = body.indexOf(QLatin1Char('<'), at + 1)) {
        const QChar next = at + 1 < body.size() ? body.at(at + 1) : QChar();
        if (QStringView(u"!?sSpPtT").contains(next))
            return true;
    }
    for (const QStringView line : QStringView(body).tokenize(QLatin1Char('\n')))
        if (line.trimmed().startsWith(QLatin1Char('#')))
            return true;
    return false;
}

void writeSection(QString &out, const QString &heading, const QString &text)
{
    out += QLatin1String("\n## ") + atxHeadingText(heading) + QLatin1String("\n");
    // Decided on the text as writeNativeFormat finally writes it (NUL and CR normalised there):
    // a CR that only looked like a reason for the fence gave a file that saved differently
    // once reopened (found by fuzz_nativeformat, tests/data/fuzz-regressions/).
    QString normalised = text;
    normalised.replace(QChar(u'\0'), QChar(0xFFFD));
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalised.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QString body = trimBlankLines(normalised);
    if (body.isEmpty())
        return;
    if (!mayNotReadBack(body) || readsBackAsWritten(body)) {
        out += QLatin1Char('\n') + body + QLatin1Char('\n');
        return;
    }
    // Rare (an unclosed fence, a pasted "## " line): keep the text exact inside a fence longer
    // than any backtick run in it, so nothing inside can close it. readSectionText unwraps it.
    qsizetype longest = 0, run = 0;
    for (const QChar c : body) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(std::max<qsizetype>(3, longest + 1), QLatin1Char('`'));
    out += QLatin1Char('\n') + fence + kVerbatimInfo + QLatin1Char('\n') + body + QLatin1Char('\n')
           + fence + QLatin1Char('\n');
}

/// A section's text as the model holds it: verbatim, or unwrapped from writeSection's fence.
QString readSectionText(const MarkdownSection &section)
{
    if (section.blocks.size() != 1 || section.blocks.first().kind != MarkdownBlock::CodeBlock)
        return section.text;
    const QStringList lines = section.text.split(QLatin1Char('\n'));
    const QString first = lines.first();
    const qsizetype ticks = first.indexOf(kVerbatimInfo);
    if (lines.size() < 3 || ticks < 3 || first.size() != ticks + kVerbatimInfo.size()
        || first.left(ticks) != QString(ticks, QLatin1Char('`'))
        || lines.last() != first.left(ticks))
        return section.text;
    return lines.mid(1, lines.size() - 2).join(QLatin1Char('\n'));
}

QString timelineTimeCell(const TimelineEvent &e, const std::optional<TimeZoneInfo> &tz)
{
    QStringList parts;
    if (e.at.date.isValid())
        parts.append(e.at.date.toString(Qt::ISODate));
    if (e.at.time.isValid())
        parts.append(timeToText(e.at.time));
    const std::optional<int> docOffset
        = tz ? std::optional<int>(tz->utcOffsetMinutes) : std::nullopt;
    if (e.at.utcOffsetMinutes && e.at.utcOffsetMinutes != docOffset && !parts.isEmpty())
        parts.append(formatUtcOffset(*e.at.utcOffsetMinutes));
    return parts.join(QLatin1Char(' '));
}

Moment timelineMomentFromCell(const QString &cell, const std::optional<TimeZoneInfo> &tz)
{
    Moment m;
    m.text = cell;
    if (tz)
        m.utcOffsetMinutes = tz->utcOffsetMinutes;
    const QStringList parts = cell.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        if (const QDate d = QDate::fromString(p, Qt::ISODate); d.isValid() && p.size() == 10)
            m.date = d;
        else if (const QTime t = timeFromText(p); t.isValid())
            m.time = t;
        else if (const auto off = offsetFromText(p))
            m.utcOffsetMinutes = off;
    }
    if (m.isNull())
        m.utcOffsetMinutes.reset(); // an entry without a time has no zone either
    return m;
}

QString numberText(double v)
{
    return QString::number(v, 'g', 12);
}

/// The timeline table, each event's detail a footnote after it (core/eventfootnotes.h).
void writeTimelineTable(QString &out, const Postmortem &pm)
{
    QList<QStringList> rows;
    QString footnotes;
    int details = 0;
    for (const TimelineEvent &e : pm.timeline) {
        QString text = EventFootnotes::guardedText(cellValue(e.text));
        if (!EventFootnotes::normalised(e.detail).isEmpty()) {
            ++details;
            text += (text.isEmpty() ? QString() : QStringLiteral(" "))
                    + EventFootnotes::reference(details);
            footnotes += EventFootnotes::definition(details, e.detail);
        }
        rows.append({timelineTimeCell(e, pm.timezone), eventKindName(e.kind), escapeCell(text)});
    }
    out += QLatin1Char('\n');
    writeTable(out, kTimelineHeader, rows);
    out += footnotes;
}

} // namespace

// --- Moments as ISO 8601 -------------------------------------------------------------------

QString momentToIso(const Moment &m)
{
    QString s;
    if (m.date.isValid())
        s = m.date.toString(Qt::ISODate);
    if (m.time.isValid()) {
        if (!s.isEmpty())
            s += QLatin1Char('T');
        s += timeToText(m.time);
    }
    if (m.utcOffsetMinutes && m.time.isValid())
        s += formatUtcOffset(*m.utcOffsetMinutes);
    return s;
}

std::optional<Moment> momentFromIso(const QString &text)
{
    static const FastRegex re(QStringLiteral(
        "^(?:(\\d{4}-\\d{2}-\\d{2}))?(?:T?(\\d{2}:\\d{2}(?::\\d{2})?)(Z|[+-]\\d{2}:?\\d{2})?)?$"));
    const QString s = text.trimmed();
    const auto match = re.match(s);
    if (s.isEmpty() || !match.hasMatch())
        return std::nullopt;
    Moment m;
    m.text = s;
    if (!match.captured(1).isEmpty()) {
        m.date = QDate::fromString(match.captured(1), Qt::ISODate);
        if (!m.date.isValid())
            return std::nullopt;
    }
    if (!match.captured(2).isEmpty()) {
        m.time = timeFromText(match.captured(2));
        if (!m.time.isValid())
            return std::nullopt;
    }
    if (!match.captured(3).isEmpty())
        m.utcOffsetMinutes = offsetFromText(match.captured(3));
    if (m.isNull())
        return std::nullopt;
    return m;
}

// --- Writing -------------------------------------------------------------------------------

QByteArray writeNativeFormat(const Postmortem &pm, const QString &timelineChartLink)
{
    YAML::Emitter y;
    y << YAML::BeginMap;
    y << YAML::Key << "hindsight" << YAML::Value << Postmortem::kSchemaVersion;
    y << YAML::Key << "status" << YAML::Value;
    if (pm.status)
        y << toStd(statusName(*pm.status));
    else
        y << YAML::Null;
    y << YAML::Key << "severity" << YAML::Value;
    if (pm.severity)
        y << toStd(severityName(*pm.severity));
    else
        y << YAML::Null;
    y << YAML::Key << "authors" << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (const QString &a : pm.authors)
        y << toStd(a);
    y << YAML::EndSeq;
    y << YAML::Key << "timezone" << YAML::Value;
    if (pm.timezone) {
        y << YAML::Flow << YAML::BeginMap;
        y << YAML::Key << "label" << YAML::Value << toStd(pm.timezone->label);
        y << YAML::Key << "utcOffsetMinutes" << YAML::Value << pm.timezone->utcOffsetMinutes;
        y << YAML::EndMap;
    } else {
        y << YAML::Null;
    }
    y << YAML::Key << "incident" << YAML::Value << YAML::BeginMap;
    for (const auto &[key, moment] : {std::pair{"start", &pm.start}, std::pair{"end", &pm.end}}) {
        y << YAML::Key << key << YAML::Value;
        if (moment->isNull())
            y << YAML::Null;
        else
            y << toStd(momentToIso(*moment));
    }
    y << YAML::EndMap;
    y << YAML::Key << "usersAffectedPercent" << YAML::Value;
    if (pm.usersAffectedPercent)
        y << toStd(numberText(*pm.usersAffectedPercent));
    else
        y << YAML::Null;
    // Services and tags: only when present, so files without them keep their bytes.
    for (const auto &[key, list] :
         {std::pair{"services", &pm.services}, std::pair{"tags", &pm.tags}}) {
        if (list->isEmpty())
            continue;
        y << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginSeq;
        for (const QString &v : *list)
            y << toStd(v);
        y << YAML::EndSeq;
    }
    if (!pm.templateId.isEmpty()) // written only when set, so older files keep their bytes
        y << YAML::Key << "template" << YAML::Value << toStd(pm.templateId);
    // Written only when there are diagrams, so documents without any keep their bytes.
    if (!pm.diagrams.isEmpty()) {
        y << YAML::Key << "diagrams" << YAML::Value << YAML::BeginSeq;
        for (const LoadDiagram &d : pm.diagrams)
            emitLoadDiagram(y, d);
        y << YAML::EndSeq;
    }
    // Likewise only when there are notes. QMap iterates in key order: deterministic bytes.
    if (!pm.speakerNotes.isEmpty()) {
        y << YAML::Key << "speakerNotes" << YAML::Value << YAML::BeginMap;
        for (auto it = pm.speakerNotes.cbegin(); it != pm.speakerNotes.cend(); ++it)
            y << YAML::Key << toStd(it.key()) << YAML::Value << toStd(it.value());
        y << YAML::EndMap;
    }
    y << YAML::EndMap;

    QString out = QStringLiteral("---\n") + QString::fromUtf8(y.c_str())
                  + QStringLiteral("\n---\n\n# ") + atxHeadingText(pm.title.simplified())
                  + QLatin1Char('\n');

    // The body in the document's order (bodyOrder); reading records the headings' order again.
    for (const BodyPart &part : bodyParts(pm)) {
        if (part.section >= 0) {
            const Section &s = pm.sections[part.section];
            writeSection(out, s.heading.simplified(), s.text);
            continue;
        }
        const FieldInfo &field = fieldInfo(part.field);
        if (field.prose) {
            writeSection(out, QString::fromLatin1(field.nativeHeading), pm.*field.prose);
        } else if (field.id == FieldId::Timeline) {
            out += QLatin1String("\n## ") + heading(FieldId::Timeline) + QLatin1Char('\n');
            if (!timelineChartLink.isEmpty())
                out += QStringLiteral("\n![%1](%2)\n")
                           .arg(QLatin1String(kTimelineChartAlt), timelineChartLink);
            if (!pm.timeline.isEmpty())
                writeTimelineTable(out, pm);
        } else if (field.id == FieldId::ActionItems) {
            out += QLatin1String("\n## ") + heading(FieldId::ActionItems) + QLatin1Char('\n');
            if (!pm.actionItems.isEmpty()) {
                QList<QStringList> rows;
                for (const ActionItem &a : pm.actionItems)
                    rows.append({escapeCell(cellValue(a.text)), escapeCell(cellValue(a.category)),
                                 escapeCell(cellValue(a.owner)),
                                 a.due.isValid() ? a.due.toString(Qt::ISODate) : QString(),
                                 a.done ? QStringLiteral("done") : QStringLiteral("open")});
                out += QLatin1Char('\n');
                writeTable(out, kActionHeader, rows);
            }
        }
    }

    // Characters CommonMark does not keep as written (spec 2.3, 2.1): NUL becomes U+FFFD and a
    // CR ends a line. Normalising them here keeps save -> open -> save byte-identical.
    out.replace(QChar(u'\0'), QChar(0xFFFD));
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    out.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return out.toUtf8();
}

// --- Reading -------------------------------------------------------------------------------

bool isNativeFormat(const QString &text)
{
    const FrontMatter fm = splitFrontMatter(text);
    if (!fm.present)
        return false;
    static const FastRegex key(QStringLiteral("^hindsight\\s*:"),
                               QRegularExpression::MultilineOption);
    return key.match(fm.yaml).hasMatch();
}

namespace {

/// A YAML scalar's text, or "" for anything else.
QString scalarText(const YAML::Node &n)
{
    return n && n.IsScalar() ? fromStd(n.as<std::string>()) : QString();
}

/// The front matter's `diagrams` list into r.postmortem.diagrams; ids made valid and unique.
void readDiagrams(const YAML::Node &list, NativeReadResult &r)
{
    Postmortem &pm = r.postmortem;
    if (list && list.IsSequence()) {
        int index = 0;
        for (const YAML::Node &item : list) {
            ++index;
            const QString context = FormatText::tr("diagram %1: ").arg(index);
            std::optional<LoadDiagram> d = loadDiagramFromNode(item, context, &r.warnings);
            if (!d)
                continue;
            // Links name diagrams by id: keep ids usable and unique (never drop a spec).
            if (!isValidDiagramId(d->id) || findDiagram(pm.diagrams, d->id)) {
                const QString id = uniqueDiagramId(pm.diagrams);
                r.warnings.append(FormatText::tr("%1id '%2' is invalid or used twice; "
                                                 "renamed to '%3'")
                                      .arg(context, d->id, id));
                d->id = id;
            }
            pm.diagrams.append(*d);
        }
    } else if (list && !list.IsNull()) {
        r.warnings.append(FormatText::tr("'diagrams' is not a list; ignored"));
    }
}

/// The front matter's `speakerNotes` mapping into r.postmortem.speakerNotes.
void readSpeakerNotes(const YAML::Node &notes, NativeReadResult &r)
{
    if (notes && notes.IsMap()) {
        for (const auto &entry : notes) {
            const QString key = scalarText(entry.first);
            if (key.isEmpty() || !entry.second.IsScalar()) {
                r.warnings.append(
                    FormatText::tr("speaker notes '%1' are not text; ignored").arg(key));
                continue;
            }
            if (const QString text = scalarText(entry.second); !text.isEmpty())
                r.postmortem.speakerNotes.insert(key, text);
        }
    } else if (notes && !notes.IsNull()) {
        r.warnings.append(FormatText::tr("'speakerNotes' is not a mapping; ignored"));
    }
}

bool readFrontMatter(const QString &yamlText, int firstLine, NativeReadResult &r)
{
    Postmortem &pm = r.postmortem;
    try {
        const YAML::Node root = YAML::Load(toStd(yamlText));
        if (!root.IsMap()) {
            r.error = FormatText::tr("the front matter is not a YAML mapping");
            return false;
        }
        r.schemaVersion = root["hindsight"].as<int>(0);
        if (r.schemaVersion < 1) {
            r.error = FormatText::tr("the front matter's 'hindsight' schema version is not a "
                                     "positive number");
            return false;
        }
        r.newerSchema = r.schemaVersion > Postmortem::kSchemaVersion;
        const auto str = [&](const YAML::Node &n) {
            return n && n.IsScalar() ? fromStd(n.as<std::string>()) : QString();
        };
        if (const QString s = str(root["status"]); !s.isEmpty()) {
            pm.status = statusFromName(s);
            if (!pm.status)
                r.warnings.append(FormatText::tr("unknown status '%1' ignored").arg(s));
        }
        if (const QString s = str(root["severity"]); !s.isEmpty()) {
            pm.severity = severityFromName(s);
            if (!pm.severity)
                r.warnings.append(FormatText::tr("unknown severity '%1' ignored").arg(s));
        }
        if (const YAML::Node a = root["authors"]; a && a.IsSequence()) {
            for (const auto &item : a)
                if (item.IsScalar())
                    pm.authors.append(fromStd(item.as<std::string>()));
        } else if (a && a.IsScalar()) {
            pm.authors.append(fromStd(a.as<std::string>()));
        }
        for (const auto &[key, list] :
             {std::pair{"services", &pm.services}, std::pair{"tags", &pm.tags}}) {
            const YAML::Node n = root[key];
            if (n && n.IsSequence()) {
                for (const auto &item : n)
                    if (item.IsScalar() && !fromStd(item.as<std::string>()).trimmed().isEmpty())
                        list->append(fromStd(item.as<std::string>()).trimmed());
            } else if (n && n.IsScalar()) { // "services: a, b" written by hand
                for (const QString &v : fromStd(n.as<std::string>()).split(QLatin1Char(',')))
                    if (!v.trimmed().isEmpty())
                        list->append(v.trimmed());
            }
        }
        if (const YAML::Node tz = root["timezone"]; tz && tz.IsMap()) {
            pm.timezone = TimeZoneInfo{str(tz["label"]), tz["utcOffsetMinutes"].as<int>(0)};
        }
        if (const YAML::Node inc = root["incident"]; inc && inc.IsMap()) {
            for (const auto &[key, moment] :
                 {std::pair{"start", &pm.start}, std::pair{"end", &pm.end}}) {
                const QString s = str(inc[key]);
                if (s.isEmpty())
                    continue;
                if (const auto m = momentFromIso(s))
                    *moment = *m;
                else
                    r.warnings.append(FormatText::tr("incident %1 '%2' is not an ISO 8601 time")
                                          .arg(QLatin1String(key), s));
            }
        }
        if (const QString s = str(root["usersAffectedPercent"]); !s.isEmpty()) {
            bool ok = false;
            const double v = s.toDouble(&ok);
            if (ok)
                pm.usersAffectedPercent = v;
            else
                r.warnings.append(
                    FormatText::tr("usersAffectedPercent '%1' is not a number").arg(s));
        }
        pm.templateId = str(root["template"]);
        readDiagrams(root["diagrams"], r);
        readSpeakerNotes(root["speakerNotes"], r);
    } catch (const YAML::ParserException &e) {
        r.error = FormatText::tr("malformed front matter at line %1: %2")
                      .arg(firstLine + e.mark.line)
                      .arg(fromStd(e.msg));
        return false;
    } catch (const YAML::Exception &e) {
        r.error = FormatText::tr("unexpected value in the front matter: %1").arg(fromStd(e.msg));
        return false;
    }
    return true;
}

/// Reads a table section (timeline or action items): the rows of the first table become
/// `rowHandler` calls; all other text of the section is returned, to be kept.
/// `rowDone(line)` follows a long table: the row on that line of the body was read.
template<typename RowHandler>
QString readTableSection(const MarkdownSection &section, RowHandler rowHandler,
                         const std::function<void(qsizetype)> &rowDone = {})
{
    QStringList rest;
    bool tableSeen = false;
    for (const MarkdownBlock &block : section.blocks) {
        if (block.kind == MarkdownBlock::Table && !tableSeen) {
            tableSeen = true;
            // First line is the header, second the delimiter row.
            for (qsizetype i = 2; i < block.lines.size(); ++i) {
                rowHandler(splitTableRow(block.lines[i]));
                if (rowDone && i % 1024 == 0)
                    rowDone(block.firstLine + i);
            }
        } else {
            rest.append(block.lines.join(QLatin1Char('\n')));
        }
    }
    return rest.join(QStringLiteral("\n\n"));
}

/// Leaves in `footnotes` only those a row of the section's first table ends its text with.
void dropUnreferenced(QHash<QString, EventFootnotes::Definition> &footnotes,
                      const MarkdownSection &section)
{
    QSet<QString> referenced;
    for (const MarkdownBlock &block : section.blocks) {
        if (block.kind != MarkdownBlock::Table)
            continue;
        for (qsizetype i = 2; i < block.lines.size(); ++i) {
            const QStringList cells = splitTableRow(block.lines[i]);
            const QString text = unescapeCell(cells.mid(2).join(QStringLiteral(" | ")));
            referenced.insert(EventFootnotes::splitReference(text).first);
        }
        break;
    }
    footnotes.removeIf([&referenced](const auto &it) { return !referenced.contains(it.key()); });
}

/// `section`'s blocks without the lines of `footnotes` (lines of the section's text): a block
/// all inside a footnote goes, one partly inside keeps its other lines.
void withoutFootnoteLines(MarkdownSection &section,
                          const QHash<QString, EventFootnotes::Definition> &footnotes)
{
    const auto inFootnote = [&](int bodyLine) {
        const int line = bodyLine - section.firstLine;
        for (const EventFootnotes::Definition &d : footnotes)
            if (line >= d.firstLine && line <= d.lastLine)
                return true;
        return false;
    };
    QList<MarkdownBlock> kept;
    for (const MarkdownBlock &block : std::as_const(section.blocks)) {
        MarkdownBlock rest = block;
        rest.lines.clear();
        for (qsizetype i = 0; i < block.lines.size(); ++i)
            if (!inFootnote(block.firstLine + int(i)))
                rest.lines.append(block.lines[i]);
        if (rest.lines.size() == block.lines.size())
            kept.append(block);
        else if (!trimBlankLines(rest.lines.join(QLatin1Char('\n'))).isEmpty())
            kept.append(rest);
    }
    section.blocks = kept;
}

/// The timeline table of `section` into r.postmortem.timeline (unknown kinds warned about);
/// returns the section's other text, without the generated chart link (writeNativeFormat),
/// which is not document text.
QString readTimelineSection(const MarkdownSection &section, NativeReadResult &r,
                            const std::function<void(qsizetype)> &rowDone)
{
    static const FastRegex chartLink(
        QStringLiteral("^!\\[%1\\]\\(<?[^()<>\\s]*\\.assets/timeline\\.(png|svg)>?\\)$")
            .arg(QLatin1String(kTimelineChartAlt)));
    MarkdownSection timeline = section;
    timeline.blocks.removeIf([](const MarkdownBlock &b) {
        return b.kind == MarkdownBlock::Paragraph
               && chartLink.matches(b.lines.join(QLatin1Char(' ')).trimmed());
    });
    // Event details: footnotes that a row's text refers to (core/eventfootnotes.h). Their
    // lines leave the section's other text; a footnote no row refers to stays in it.
    QHash<QString, EventFootnotes::Definition> footnotes;
    if (section.text.contains(QLatin1String("[^"))) {
        footnotes = EventFootnotes::findDefinitions(section.text.split(QLatin1Char('\n')));
        dropUnreferenced(footnotes, timeline);
        withoutFootnoteLines(timeline, footnotes);
    }
    Postmortem &pm = r.postmortem;
    return readTableSection(
        timeline,
        [&](const QStringList &cells) {
            TimelineEvent e;
            e.at = timelineMomentFromCell(cells.value(0), pm.timezone);
            const QString kind = cells.value(1);
            e.kind = eventKindFromName(kind).value_or(EventKind::Other);
            if (!kind.isEmpty() && !eventKindFromName(kind))
                r.warnings.append(FormatText::tr("unknown event kind '%1'").arg(kind));
            QStringList text = cells.mid(2);
            e.text = unescapeCell(text.join(QStringLiteral(" | ")));
            if (!footnotes.isEmpty()) {
                const auto [label, rest] = EventFootnotes::splitReference(e.text);
                if (!label.isEmpty() && footnotes.contains(label)) {
                    e.text = rest;
                    e.detail = footnotes.take(label).detail; // one row per footnote
                }
            }
            pm.timeline.append(e);
        },
        rowDone);
}

} // namespace

NativeReadResult readNativeFormat(const QString &input, const ParseProgress &progress)
{
    NativeReadResult r;
    QString text = input;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    // A lone CR ends a line too (CommonMark 2.1), as writeNativeFormat writes it: the model
    // read holds what a save and reopen would give.
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const FrontMatter fm = splitFrontMatter(text);
    if (!fm.present) {
        r.error = FormatText::tr("no Hindsight front matter");
        return r;
    }
    if (!readFrontMatter(fm.yaml, 2, r))
        return r;

    Postmortem &pm = r.postmortem;
    // The outline (cmark) is most of the work, the timeline's rows most of the rest.
    constexpr double kOutlineShare = 0.7;
    const MarkdownOutline outline = outlineMarkdown(
        fm.body, progress
                     ? ParseProgress([&progress](double done) { progress(kOutlineShare * done); })
                     : ParseProgress());
    // Tables are read in the body's order: how far down the body a row is says how far
    // the reading got.
    const double bodyLines = progress ? double(fm.body.count(QLatin1Char('\n')) + 1) : 1;
    const auto rowDone = [&progress, bodyLines](qsizetype line) {
        if (progress)
            progress(kOutlineShare + (1 - kOutlineShare) * std::min(1.0, double(line) / bodyLines));
    };
    pm.title = outline.title;
    if (!outline.preamble.isEmpty())
        pm.sections.append({QStringLiteral("Notes"), outline.preamble});
    // The body's order as read: a field's key, "" for each section appended (bodyOrder).
    QStringList order(pm.sections.size(), QString());
    const auto appendSection = [&pm, &order](const QString &heading, const QString &text) {
        pm.sections.append({heading, text});
        order.append(QString());
    };

    QList<FieldId> seen;
    const QList<FieldInfo> body = bodyFields();
    for (const MarkdownSection &section : outline.sections) {
        const FieldInfo *field = nullptr;
        for (const FieldInfo &f : body)
            if (!seen.contains(f.id)
                && section.heading.compare(QLatin1String(f.nativeHeading), Qt::CaseInsensitive)
                       == 0)
                field = &f;
        if (!field) {
            appendSection(section.heading, readSectionText(section));
            continue;
        }
        seen.append(field->id);
        order.append(QString::fromLatin1(field->key));
        if (field->prose) {
            pm.*field->prose = readSectionText(section);
            continue;
        }
        switch (field->id) {
        case FieldId::Timeline: {
            const QString rest = readTimelineSection(section, r, rowDone);
            if (!rest.isEmpty())
                appendSection(heading(FieldId::Timeline) + QStringLiteral(" notes"), rest);
            break;
        }
        case FieldId::ActionItems: {
            const QString rest = readTableSection(
                section,
                [&](const QStringList &cells) {
                    ActionItem a;
                    a.text = unescapeCell(cells.value(0));
                    a.category = unescapeCell(cells.value(1));
                    a.owner = unescapeCell(cells.value(2));
                    a.due = QDate::fromString(cells.value(3), Qt::ISODate);
                    a.done
                        = cells.value(4).compare(QLatin1String("done"), Qt::CaseInsensitive) == 0;
                    pm.actionItems.append(a);
                },
                rowDone);
            if (!rest.isEmpty())
                appendSection(heading(FieldId::ActionItems) + QStringLiteral(" notes"), rest);
            break;
        }
        default:
            break;
        }
    }
    // A body in the generic order gets no bodyOrder, so a file saved before the order was kept
    // reads back as it was and saves to the same bytes (text before the first heading, kept as
    // the first section, is written last in that order).
    pm.bodyOrder
        = isGenericBodyOrder(order.mid(outline.preamble.isEmpty() ? 0 : 1)) ? QStringList() : order;
    // Markdown export links each diagram's picture file; the document links the diagram.
    if (!pm.diagrams.isEmpty()) {
        QStringList ids;
        for (const LoadDiagram &d : std::as_const(pm.diagrams))
            ids.append(d.id);
        for (QString *text : proseFields(pm))
            *text = restoreDiagramLinks(*text, ids);
    }
    r.ok = true;
    return r;
}

} // namespace Hindsight
