#include "importer.h"

#include "importlines.h"
#include "importtime.h"

#include <QRegularExpression>

namespace Hindsight {

namespace {

using ImportLines::Line;
using ImportLines::LineKind;

// Only this many characters of a line or field are examined by the heuristics (the text itself
// is always kept whole), so a pathological multi-megabyte line stays cheap.
constexpr qsizetype kScan = 4000;

/// The part of a postmortem a line belongs to.
enum class Part {
    Preamble,   ///< before any recognised section (course README text, intro)
    Summary,    ///< issue summary
    Duration,   ///< a "Duration" subsection
    Impact,     ///< impact
    RootCause,  ///< root cause
    Resolution, ///< resolution
    RootCauseResolution,
    Timeline,
    Measures, ///< corrective and preventative measures / action items
    Extra,    ///< a section the model has no field for
};

/// What a label ("Duration:", "**Root Cause:**", "### Timeline") names.
enum class Label {
    None,
    Summary,
    Duration,
    Start,
    End,
    Impact,
    RootCause,
    Resolution,
    RootCauseResolution,
    Timeline,
    Measures,
    Improvements,
    Tasks,
};

/// The part of the document a label on its own line opens ("Timeline:" opens the timeline;
/// "Start Time:" belongs to the duration). nullopt for labels that open no part.
std::optional<Part> partForLabel(Label label)
{
    switch (label) {
    case Label::Summary:
        return Part::Summary;
    case Label::Duration:
    case Label::Start:
    case Label::End:
        return Part::Duration;
    case Label::Impact:
        return Part::Impact;
    case Label::RootCause:
        return Part::RootCause;
    case Label::Resolution:
        return Part::Resolution;
    case Label::RootCauseResolution:
        return Part::RootCauseResolution;
    case Label::Timeline:
        return Part::Timeline;
    case Label::Measures:
        return Part::Measures;
    case Label::None:
    case Label::Improvements:
    case Label::Tasks:
        break;
    }
    return std::nullopt;
}

/// Section and field labels as postmortem templates and the seed/corpus documents write them
/// (the Holberton/ALX postmortem template: Issue Summary, Timeline, Root cause and resolution,
/// Corrective and preventative measures; Google SRE book postmortem template: Impact, Root
/// Causes, Resolution, Action Items). Matched against a normalised label (see normaliseLabel).
Label classifyLabel(const QString &norm)
{
    struct Rule
    {
        Label label;
        const char *pattern;
    };
    static const Rule kRules[] = {
        {Label::RootCauseResolution,
         R"(^(root causes?|causes?)( analysis)? ?(and|/) ?(resolution|remediation|fix|fixes|mitigation)s?\b.*$)"},
        {Label::Timeline,
         R"(^((incident|detailed|event|outage) )?timeline\b.{0,40}$|^chronology$|^sequence of events$)"},
        {Label::Measures,
         R"(^(corrective|preventa?tive|preventive|prevention|preventing|remediation (items|actions|tasks)|action items?|actionable items|follow ?-?ups?( actions| items| tasks)?|next steps)\b.{0,60}$)"},
        {Label::Improvements, R"(^(improvements?|fixes)\b.{0,40}$)"},
        {Label::Tasks, R"(^tasks?\b.{0,40}$)"},
        {Label::Summary,
         R"(^((issue|incident|outage|executive|event) )?summary$|^overview$|^(incident )?description$|^what happened$|^(incident|issue|outage) (report|overview|details)$|^issue$)"},
        {Label::Impact,
         R"(^((user|customer|business|service) )?impact$|^impact (summary|assessment|on users)$|^scope( and impact)?$|^who was affected$)"},
        {Label::Duration,
         R"(^((outage|incident|downtime) )?duration$|^(incident |outage )?date( and time)?$|^time ?(frame|window)?$|^when$|^outage window$)"},
        {Label::Start,
         R"(^((incident|outage|impact) )?start( time| date)?$|^started( at)?$|^began$|^begin time$)"},
        {Label::End,
         R"(^((incident|outage|impact) )?end( time| date)?$|^ended( at)?$|^resolved at$|^(recovery|resolution) time$)"},
        {Label::RootCause,
         R"(^((the|suspected|probable|primary) )?(root )?causes?$|^root cause analysis$|^rca$|^what went wrong$|^cause of (the )?(outage|incident|issue)$)"},
        {Label::Resolution,
         R"(^(resolution|the fix|fix|remediation|recovery|resolution and recovery|resolution steps|solution|how (it was|we) (fixed|resolved)( it)?)$)"},
    };
    static const QList<QPair<Label, QRegularExpression>> compiled = [] {
        QList<QPair<Label, QRegularExpression>> list;
        for (const Rule &r : kRules)
            list.append({r.label, QRegularExpression(QString::fromUtf8(r.pattern))});
        return list;
    }();
    if (norm.isEmpty() || norm.size() > 80)
        return Label::None;
    for (const auto &[label, re] : compiled)
        if (re.match(norm).hasMatch())
            return label;
    return Label::None;
}

/// Lower case, "&" -> "and", emphasis/punctuation removed, leading numbering dropped.
QString normaliseLabel(const QString &label)
{
    static const QRegularExpression numbering(
        QStringLiteral(R"(^\s*(?:\d{1,2}|[ivx]{1,4}|[a-h])[.)]\s+)"));
    QString s = label.left(120).toLower();
    s.replace(QLatin1Char('&'), QLatin1String(" and "));
    s.remove(numbering);
    QString out;
    out.reserve(s.size());
    for (const QChar c : std::as_const(s)) {
        if (c.isLetterOrNumber() || c == QLatin1Char('/') || c == QLatin1Char('-'))
            out += c;
        else if (c.isSpace() || c == QLatin1Char('_') || c == QLatin1Char(':'))
            out += QLatin1Char(' ');
    }
    out = out.simplified();
    out.replace(QLatin1String(" / "), QLatin1String("/"));
    return out;
}

/// A leading label of a line: "**Duration:** text", "Impact:The core …", "**Root Cause**: x",
/// or a whole short line that is only a label ("Timeline", "**Resolution**").
struct LabelSplit
{
    bool ok = false;
    QString label; ///< as written, without emphasis and colon
    QString rest;  ///< text after the label, trimmed
    bool colon = false;
    bool bare = false; ///< a whole line without colon or emphasis
};

LabelSplit splitLabel(const QString &content)
{
    static const QRegularExpression bold(QStringLiteral(
        R"(^(?:\*\*\*?|___?)\s*([^*_:\n]{1,80}?)\s*(:?)\s*(?:\*\*\*?|___?)\s*(:?)[ \t]*)"));
    static const QRegularExpression plain(
        QStringLiteral(R"(^([A-Za-z][A-Za-z0-9 /&'(),.-]{0,70}?)[ \t]*:(?!//)[ \t]*)"));
    LabelSplit split;
    const QString head = content.left(200);
    QRegularExpressionMatch m = bold.match(head);
    if (m.hasMatch()) {
        split.colon = !m.captured(2).isEmpty() || !m.captured(3).isEmpty();
        split.rest = content.mid(m.capturedEnd()).trimmed();
        if (!split.colon && !split.rest.isEmpty())
            return {}; // bold words opening a sentence
        split.ok = true;
        split.label = m.captured(1).trimmed();
        return split;
    }
    m = plain.match(head);
    if (m.hasMatch() && m.captured(1).count(QLatin1Char(' ')) < 8) {
        split.ok = true;
        split.colon = true;
        split.label = m.captured(1).trimmed();
        split.rest = content.mid(m.capturedEnd()).trimmed();
        return split;
    }
    // A whole short line may be a bare label ("Timeline", "Root Cause and Resolution").
    if (head.size() <= 60 && !head.contains(QLatin1Char(':'))) {
        split.ok = true;
        split.bare = true;
        split.label = content;
        while (split.label.endsWith(QLatin1Char('.')))
            split.label.chop(1);
        split.label = split.label.trimmed();
    }
    return split;
}

/// Kind of a timeline event from its wording. Precedence: a wrong path (misleading) beats
/// everything, then resolution, communication, escalation, mitigation, detection,
/// investigation; anything else is Other.
EventKind inferKind(const QString &text)
{
    struct Rule
    {
        EventKind kind;
        const char *pattern;
    };
    static const Rule kRules[] = {
        {EventKind::Misleading,
         R"(assum|suspect|misleading|turned out|rul(ed|ing) out|confirm(ed|s)? no (issue|problem)|red herring|false (lead|alarm)|wrong (path|lead|direction))"},
        {EventKind::Resolution,
         R"(resolved|restored|back to normal|fully (operational|functional)|recovered|back (up|online)|up and running|incident (was )?closed)"},
        {EventKind::Communication,
         R"(status ?page|communicat|announc|(customers?|users?|clients?) (were |was )?(informed|notified|updated)|informed (the )?(users|customers)|tweet|posted an update)"},
        {EventKind::Escalation,
         R"(escalat|notified|engaged|paged|called in|looped in|brought (in|onboard))"},
        {EventKind::Mitigation,
         R"(reconfigur|restart|reboot|roll(ed|ing)? ?back|revert|(updated?|adjusted|changed) (the )?(\w+ )?settings|settings (were )?(updated|adjusted|changed)|mitigat|workaround|fail(ed)? ?over|scaled (up|out)|deployed (a )?fix|applied (a )?(fix|patch)|hotfix)"},
        {EventKind::Detection,
         R"(detect|alert|alarm|reported|complain|monitoring (system )?(fired|showed|flagged))"},
        {EventKind::Investigation,
         R"(investigat|noticed|focus|review|identif|discover|found|analy[sz]|diagnos|examin|check|look(ed|ing) into|debug|troubleshoot)"},
    };
    static const QList<QPair<EventKind, QRegularExpression>> compiled = [] {
        QList<QPair<EventKind, QRegularExpression>> list;
        for (const Rule &r : kRules)
            list.append({r.kind, QRegularExpression(QString::fromUtf8(r.pattern),
                                                    QRegularExpression::CaseInsensitiveOption)});
        return list;
    }();
    const QString head = text.left(kScan);
    for (const auto &[kind, re] : compiled)
        if (re.match(head).hasMatch())
            return kind;
    return EventKind::Other;
}

/// Kind named by a timeline label ("Detection", "Actions Taken", "Resolution").
std::optional<EventKind> kindFromLabel(const QString &label)
{
    const QString n = normaliseLabel(label);
    if (n.isEmpty() || n.size() > 60)
        return std::nullopt;
    if (n.startsWith(QLatin1String("detect")) || n.startsWith(QLatin1String("alert")))
        return EventKind::Detection;
    if (n.startsWith(QLatin1String("misleading")) || n.startsWith(QLatin1String("assum")))
        return EventKind::Misleading;
    if (n.startsWith(QLatin1String("escalat")))
        return EventKind::Escalation;
    if (n.startsWith(QLatin1String("mitigat")))
        return EventKind::Mitigation;
    if (n.startsWith(QLatin1String("resol")) || n.startsWith(QLatin1String("recover")))
        return EventKind::Resolution;
    if (n.startsWith(QLatin1String("communicat")))
        return EventKind::Communication;
    if (n.startsWith(QLatin1String("investigat")) || n.startsWith(QLatin1String("actions")))
        return EventKind::Investigation;
    return std::nullopt;
}

bool isResolutionCue(const QString &sentence)
{
    static const QRegularExpression cue(
        QStringLiteral(
            R"(^\W{0,4}(to (resolve|address|fix|mitigate|remediate|restore|remedy|correct)\b|(the )?(issue|problem|outage|incident) was (then )?(resolved|fixed|mitigated|remediated)|(we|engineers|the (\w+ )?team) (then )?(resolved|fixed|mitigated|corrected|restored|rolled back|reverted)|resolution\b|the fix\b|(this|it) was (resolved|fixed)|once (identified|the root cause was identified)|the solution\b))"),
        QRegularExpression::CaseInsensitiveOption);
    return cue.match(QStringView(sentence).left(300)).hasMatch();
}

/// A sentence-level split point where a resolution starts inside a paragraph, or -1.
qsizetype resolutionSplit(const QString &text)
{
    static const QRegularExpression boundary(QStringLiteral(R"([.!?]\s+(?=[A-Z]))"));
    auto it = boundary.globalMatch(QStringView(text).left(kScan * 4));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype at = m.capturedEnd();
        if (isResolutionCue(text.mid(at, 200)))
            return at;
    }
    return -1;
}

/// A closing remark after action items ("By implementing these measures, we aim …").
bool isClosingRemark(const QString &text)
{
    static const QRegularExpression closing(
        QStringLiteral(
            R"(^\W{0,4}(by (implementing|addressing|taking|following|putting|adopting|applying)\b|in conclusion\b|overall\b|to conclude\b|(this|the) (incident|outage) (highlighted|taught|showed|reminded|served)\b|these (corrective |preventative |preventive )?(measures|steps|actions|changes|improvements|tasks)\b|we (aim|believe|are confident|hope|will continue)\b|through these\b|with these\b|moving forward\b|feel free\b|thank you\b))"),
        QRegularExpression::CaseInsensitiveOption);
    return closing.match(QStringView(text).left(300)).hasMatch();
}

bool endsSentence(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return true;
    const QChar c = t.back();
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')
           || c == QLatin1Char(':');
}

bool startsUpper(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetter())
            return c.isUpper();
        if (!c.isPunct() && !c.isSpace())
            return false;
    }
    return false;
}

/// Markdown text of a line for a prose field: list items and other lines keep their markers
/// and indentation, headings give their text.
QString displayText(const Line &line)
{
    if (line.kind == LineKind::Heading)
        return line.content;
    QString raw = line.raw;
    while (!raw.isEmpty() && raw.back().isSpace())
        raw.chop(1);
    if (line.kind != LineKind::ListItem && line.kind != LineKind::Code)
        return raw.trimmed();
    return raw;
}

struct PendingEvent
{
    TimelineEvent event;
    bool explicitDate = false;
    std::optional<ImportTime::ZoneHit> zone; ///< zone written with this entry's time
    bool groupLabel = false; ///< a label bullet ("**Actions Taken:**") heading sub-items
    int listDepth = 0;
};

struct PendingItem
{
    QString text;
    QString category;
    int lineIndex = 0;
};

class MarkdownImporter
{
public:
    explicit MarkdownImporter(const QString &text);
    Postmortem run();

private:
    void processLine(int i);
    void processHeading(int i);
    void processLabelled(int i, Label label, const LabelSplit &split);
    void processPartLine(int i, const std::optional<QString> &text = std::nullopt);
    void switchPart(Part part, const QString &heading, int level);
    void fieldLine(Label label, const QString &rest, const Line &line);
    void timelineLine(int i, const QString &content);
    void measuresLine(int i, const QString &content);
    void rcaLine(const QString &text);
    void flushMeasures();
    void appendTo(QString &target, const QString &text);
    void appendExtra(const QString &heading, const QString &text);
    void addAction(const QString &text, const QString &category);
    void finish();
    void foldGroupLabels();
    void resolveStartEnd();
    void resolveTimelineDates();
    void resolvePercent();

    QList<Line> m_lines;
    Postmortem m_pm;
    bool m_dayFirst = false;
    int m_titleLine = -1;

    Part m_part = Part::Preamble;
    QString m_partHeading;
    int m_partLevel = 0;
    Label m_field = Label::None;
    bool m_prevBlank = true;

    QString m_durationText;
    QString m_startText;
    QString m_endText;
    QString m_frontMatter;
    QStringList m_intro;
    bool m_sawSummary = false;

    // timeline
    QList<PendingEvent> m_events;
    bool m_eventOpen = false;
    std::optional<EventKind> m_groupKind;
    int m_groupDepth = 0;

    // measures
    QString m_category = QStringLiteral("task");
    bool m_sawList = false;
    bool m_itemOpen = false;    ///< the last list item may continue on the next line
    bool m_pendingOpen = false; ///< the last pending (non-list) item may continue
    QList<PendingItem> m_pendingItems;

    // root cause and resolution
    bool m_inResolution = false;
};

MarkdownImporter::MarkdownImporter(const QString &text)
    : m_lines(ImportLines::classifyLines(text))
    , m_dayFirst(ImportTime::looksDayFirst(text.left(200000)))
{}

Postmortem MarkdownImporter::run()
{
    // Title: the first H1 that is not a section label; a generic "Postmortem" only when no
    // other H1 names the incident.
    static const QRegularExpression generic(
        QStringLiteral(R"(^((incident|outage|service|web stack)\s+)?post[- ]?mortem(\s+report)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    int genericLine = -1;
    for (int i = 0; i < m_lines.size(); ++i) {
        const Line &l = m_lines.at(i);
        if (l.kind != LineKind::Heading || l.headingLevel != 1 || l.content.isEmpty())
            continue;
        const LabelSplit split = splitLabel(l.content);
        if (split.ok && classifyLabel(normaliseLabel(split.label)) != Label::None)
            continue;
        if (generic.match(l.content.left(200)).hasMatch()) {
            if (genericLine < 0)
                genericLine = i;
            continue;
        }
        m_titleLine = i;
        break;
    }
    if (m_titleLine < 0)
        m_titleLine = genericLine;
    if (m_titleLine >= 0)
        m_pm.title = m_lines.at(m_titleLine).content;
    else
        m_pm.title = QStringLiteral("Incident postmortem");

    for (int i = 0; i < m_lines.size(); ++i)
        processLine(i);
    finish();
    return m_pm;
}

void MarkdownImporter::appendTo(QString &target, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!target.isEmpty())
        target += m_prevBlank ? QLatin1String("\n\n") : QLatin1String("\n");
    target += text;
}

void MarkdownImporter::appendExtra(const QString &heading, const QString &text)
{
    const QString h = heading.isEmpty() ? QStringLiteral("Additional notes") : heading;
    if (m_pm.sections.isEmpty() || m_pm.sections.last().heading != h)
        m_pm.sections.append({h, QString()});
    appendTo(m_pm.sections.last().text, text);
}

void MarkdownImporter::addAction(const QString &text, const QString &category)
{
    ActionItem item;
    item.text = text;
    item.category = category;
    m_pm.actionItems.append(item);
}

void MarkdownImporter::processLine(int i)
{
    const Line &line = m_lines.at(i);
    switch (line.kind) {
    case LineKind::Blank:
        m_field = Label::None;
        m_prevBlank = true;
        m_eventOpen = false;
        m_itemOpen = false;
        m_pendingOpen = false;
        return;
    case LineKind::FrontMatter:
        appendExtra(QStringLiteral("Front matter"), line.raw);
        m_frontMatter += line.raw + QLatin1Char('\n');
        m_prevBlank = false;
        return;
    case LineKind::Code:
        m_eventOpen = false;
        m_itemOpen = false;
        if (m_part == Part::Timeline || m_part == Part::Measures || m_part == Part::Preamble)
            appendExtra(m_part == Part::Preamble ? QStringLiteral("Introduction") : m_partHeading,
                        displayText(line));
        else
            processPartLine(i);
        m_prevBlank = false;
        return;
    default:
        break;
    }

    if (i == m_titleLine) {
        m_prevBlank = true;
        return;
    }
    if (line.kind == LineKind::Heading)
        processHeading(i);
    else if (line.kind == LineKind::HeadingRule || line.kind == LineKind::ThematicBreak
             || line.kind == LineKind::TableDelimiter || line.kind == LineKind::TableHeader)
        processPartLine(i);
    else {
        const LabelSplit split = splitLabel(line.content);
        const bool usable = split.ok && !(split.bare && line.kind == LineKind::ListItem);
        const Label label = usable ? classifyLabel(normaliseLabel(split.label)) : Label::None;
        if (label != Label::None && (split.colon || split.rest.isEmpty()))
            processLabelled(i, label, split);
        else
            processPartLine(i);
    }
    m_prevBlank = false;
}

void MarkdownImporter::processHeading(int i)
{
    const Line &line = m_lines.at(i);
    // Inside a timeline, a heading that leads with a time or date is an entry.
    if (m_part == Part::Timeline && (m_partLevel == 0 || line.headingLevel > m_partLevel)
        && ImportTime::parseLeading(line.content, m_dayFirst)) {
        timelineLine(i, line.content);
        return;
    }
    const LabelSplit split = splitLabel(line.content);
    Label label = split.ok ? classifyLabel(normaliseLabel(split.label)) : Label::None;
    if (label == Label::Tasks && m_part != Part::Measures)
        label = Label::None; // "Tasks To Complete" of a course README is not the measures' tasks
    if (label != Label::None && (split.colon || split.rest.isEmpty())) {
        if (split.rest.isEmpty() || label == Label::Duration || label == Label::Start
            || label == Label::End || label == Label::Impact || label == Label::RootCause
            || label == Label::Resolution || label == Label::Summary) {
            if (split.rest.isEmpty()) {
                processLabelled(i, label, split);
                m_partLevel = line.headingLevel;
            } else {
                if (m_part != Part::Summary && m_part != Part::Duration)
                    switchPart(Part::Summary, QStringLiteral("Issue Summary"), line.headingLevel);
                fieldLine(label, split.rest, line);
            }
            return;
        }
        processLabelled(i, label, LabelSplit{true, split.label, QString(), true});
        m_partLevel = line.headingLevel;
        processPartLine(i, split.rest);
        return;
    }
    // Unknown heading: a subsection of the timeline or the measures stays there.
    if ((m_part == Part::Timeline || m_part == Part::Measures) && m_partLevel > 0
        && line.headingLevel > m_partLevel) {
        if (m_part == Part::Timeline)
            timelineLine(i, line.content);
        else {
            m_itemOpen = false;
            appendExtra(m_partHeading, displayText(line));
        }
        return;
    }
    switchPart(Part::Extra, line.content, line.headingLevel);
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
                  || label == Label::Measures || label == Label::Summary || label == Label::Impact)
              && line.listDepth <= 1;
        if (!major) {
            timelineLine(i, line.content);
            return;
        }
    }

    if (label == Label::Improvements || label == Label::Tasks) {
        const QString category
            = label == Label::Improvements ? QStringLiteral("improvement") : QStringLiteral("task");
        if (m_part == Part::Measures) {
            m_category = category;
            m_itemOpen = false;
            m_pendingOpen = false;
            if (!labelOnly)
                measuresLine(i, split.rest);
            return;
        }
        if (label == Label::Improvements) {
            switchPart(Part::Measures, split.label, isHeading ? line.headingLevel : 0);
            m_category = category;
            if (!labelOnly)
                measuresLine(i, split.rest);
            return;
        }
        processPartLine(i); // "Tasks To Complete" outside the measures
        return;
    }

    if (labelOnly) {
        const std::optional<Part> part = partForLabel(label);
        if (!part) {
            processPartLine(i);
            return;
        }
        if (label == Label::Duration && m_part != Part::Summary && m_part != Part::Duration)
            m_sawSummary = true;
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
        if (m_part == Part::Preamble || m_part == Part::Extra)
            switchPart(Part::Summary, QStringLiteral("Issue Summary"), 0);
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
    default:
        processPartLine(i);
        return;
    }
}

void MarkdownImporter::switchPart(Part part, const QString &heading, int level)
{
    if (m_part == Part::Measures && part != Part::Measures)
        flushMeasures();
    if (part == Part::Measures && m_part != Part::Measures) {
        m_category = QStringLiteral("task");
        m_sawList = false;
    }
    m_part = part;
    m_partHeading = heading;
    m_partLevel = level;
    m_field = Label::None;
    m_eventOpen = false;
    m_itemOpen = false;
    m_pendingOpen = false;
    m_groupKind.reset();
    m_inResolution = false;
    if (part == Part::Summary || part == Part::Duration)
        m_sawSummary = true;
    if (part == Part::Extra)
        m_pm.sections.append({heading, QString()});
}

void MarkdownImporter::fieldLine(Label label, const QString &rest, const Line &line)
{
    m_field = label;
    const QString display = line.kind == LineKind::Heading ? line.content : displayText(line);
    switch (label) {
    case Label::Duration:
        appendTo(m_pm.summary, display);
        m_durationText += rest + QLatin1Char('\n');
        break;
    case Label::Start:
        appendTo(m_pm.summary, display);
        if (m_startText.isEmpty())
            m_startText = rest;
        break;
    case Label::End:
        appendTo(m_pm.summary, display);
        if (m_endText.isEmpty())
            m_endText = rest;
        break;
    case Label::Impact:
        appendTo(m_pm.impact, rest);
        break;
    case Label::RootCause:
        appendTo(m_pm.rootCause, rest);
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

void MarkdownImporter::processPartLine(int i, const std::optional<QString> &override)
{
    const Line &current = m_lines.at(i);
    // Prose fields keep the line's Markdown; timeline and measures read its content.
    const QString text = override ? *override : displayText(current);
    const QString plain = override ? *override : current.content;
    if (text.isEmpty())
        return;
    // A labelled field continues on the lines of its paragraph.
    if (m_field != Label::None && m_part != Part::Timeline && m_part != Part::Measures) {
        const Line &line = m_lines.at(i);
        const bool newItem = line.kind == LineKind::ListItem;
        if (!newItem) {
            switch (m_field) {
            case Label::Impact:
                appendTo(m_pm.impact, text);
                return;
            case Label::RootCause:
                appendTo(m_pm.rootCause, text);
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
        m_intro.append(m_prevBlank && !m_intro.isEmpty() ? QLatin1Char('\n') + text : text);
        break;
    case Part::Summary:
        appendTo(m_pm.summary, text);
        break;
    case Part::Duration:
        appendTo(m_pm.summary, text);
        m_durationText += text + QLatin1Char('\n');
        break;
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
    case Part::Timeline:
        if (m_lines.at(i).kind == LineKind::TableDelimiter
            || m_lines.at(i).kind == LineKind::TableHeader
            || m_lines.at(i).kind == LineKind::HeadingRule
            || m_lines.at(i).kind == LineKind::ThematicBreak)
            appendExtra(m_partHeading, text);
        else
            timelineLine(i, plain);
        break;
    case Part::Measures:
        if (m_lines.at(i).kind == LineKind::TableDelimiter
            || m_lines.at(i).kind == LineKind::TableHeader
            || m_lines.at(i).kind == LineKind::HeadingRule
            || m_lines.at(i).kind == LineKind::ThematicBreak)
            appendExtra(m_partHeading, text);
        else
            measuresLine(i, plain);
        break;
    case Part::Extra:
        if (m_pm.sections.isEmpty())
            m_pm.sections.append({m_partHeading, QString()});
        appendTo(m_pm.sections.last().text, text);
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

void MarkdownImporter::timelineLine(int i, const QString &content)
{
    const Line &line = m_lines.at(i);
    if (content.isEmpty())
        return;
    const auto lead = ImportTime::parseLeading(content, m_dayFirst);

    // Continuation of the previous entry (a wrapped line of the same paragraph).
    if (!lead && m_eventOpen && !m_prevBlank && line.kind != LineKind::ListItem
        && line.kind != LineKind::Heading && line.kind != LineKind::TableRow
        && !(endsSentence(m_events.last().event.text) && startsUpper(content))) {
        QString &t = m_events.last().event.text;
        t += t.isEmpty() ? content : QLatin1Char(' ') + content;
        return;
    }

    if (line.kind == LineKind::ListItem && m_groupKind && line.listDepth <= m_groupDepth)
        m_groupKind.reset();

    PendingEvent pe;
    TimelineEvent &ev = pe.event;
    if (lead) {
        ev.at.date = lead->date;
        ev.at.time = lead->time;
        ev.at.text = lead->text;
        ev.text = lead->rest;
        pe.explicitDate = lead->date.isValid();
        pe.zone = lead->zone;
    } else {
        ev.text = content;
        const QList<ImportTime::TimeHit> times = ImportTime::findTimes(content, 1, kScan);
        if (!times.isEmpty()) {
            const auto &t = times.first();
            ev.at.time = t.time;
            ev.at.text = content.mid(t.pos, t.length).trimmed();
            if (auto z = ImportTime::zoneAfter(content, t.pos + t.length)) {
                ev.at.text += QLatin1Char(' ') + z->label;
                pe.zone = z;
            }
        }
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
    } else {
        const EventKind byText = inferKind(ev.text);
        if (labelKind)
            ev.kind = *labelKind;
        else if (byText != EventKind::Other)
            ev.kind = byText;
        else
            ev.kind = m_groupKind.value_or(EventKind::Other);
    }
    pe.listDepth = line.listDepth;
    m_events.append(pe);
    m_eventOpen = true;
}

void MarkdownImporter::measuresLine(int i, const QString &content)
{
    const Line &line = m_lines.at(i);
    if (content.isEmpty())
        return;
    const QString raw = displayText(line);
    const bool listItem = line.kind == LineKind::ListItem || line.kind == LineKind::TableRow;

    // Wrapped continuation of the previous item.
    if (!listItem && m_itemOpen && !m_prevBlank && !m_pm.actionItems.isEmpty()
        && !(endsSentence(m_pm.actionItems.last().text) && startsUpper(content))
        && !isClosingRemark(content)) {
        m_pm.actionItems.last().text += QLatin1Char(' ') + content;
        return;
    }
    if (!listItem && m_pendingOpen && !m_prevBlank && !m_pendingItems.isEmpty() && !m_sawList
        && !(endsSentence(m_pendingItems.last().text) && startsUpper(content))
        && !isClosingRemark(content)) {
        m_pendingItems.last().text += QLatin1Char(' ') + content;
        return;
    }
    m_itemOpen = false;
    m_pendingOpen = false;

    // A group label ("**Monitoring:**", "Improvements/Fixes:") or an intro ending with ':'.
    const LabelSplit split = splitLabel(content);
    const bool groupLabel = split.ok && split.colon && split.rest.isEmpty();
    if (groupLabel || isClosingRemark(content)) {
        appendExtra(m_partHeading, raw);
        return;
    }
    if (listItem) {
        if (!m_sawList) {
            // Paragraphs before the first list item are measures when they are sentences.
            const QList<PendingItem> pending = m_pendingItems;
            m_pendingItems.clear();
            for (const PendingItem &p : pending) {
                if (p.text.trimmed().endsWith(QLatin1Char('.')))
                    addAction(p.text, p.category);
                else
                    appendExtra(m_partHeading, displayText(m_lines.at(p.lineIndex)));
            }
        }
        m_sawList = true;
        addAction(content, m_category);
        m_itemOpen = true;
        return;
    }
    if (m_sawList) {
        appendExtra(m_partHeading, raw);
        return;
    }
    m_pendingItems.append({content, m_category, i});
    m_pendingOpen = true;
}

void MarkdownImporter::flushMeasures()
{
    const QList<PendingItem> pending = m_pendingItems;
    m_pendingItems.clear();
    for (const PendingItem &p : pending) {
        const QString t = p.text.trimmed();
        if (t.endsWith(QLatin1Char(':')))
            appendExtra(m_partHeading, displayText(m_lines.at(p.lineIndex)));
        else
            addAction(p.text, p.category);
    }
}

void MarkdownImporter::finish()
{
    if (m_part == Part::Measures)
        flushMeasures();
    if (!m_intro.isEmpty()) {
        const QString intro = m_intro.join(QLatin1Char('\n'));
        if (!m_sawSummary && m_pm.summary.isEmpty())
            m_pm.summary = intro;
        else
            m_pm.sections.prepend({QStringLiteral("Introduction"), intro});
    }
    // Drop empty additional sections that only repeat a heading already kept elsewhere? No:
    // their heading is source text, so they stay (lossless).
    foldGroupLabels();
    resolveStartEnd();
    resolveTimelineDates();
    resolvePercent();
    for (const PendingEvent &pe : std::as_const(m_events))
        m_pm.timeline.append(pe.event);
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

void MarkdownImporter::resolveStartEnd()
{
    using namespace ImportTime;
    Span span;
    bool have = false;
    if (!m_startText.isEmpty()) {
        const Span s = parseSpan(m_startText, m_dayFirst);
        span.startDate = s.startDate;
        span.startTime = s.startTime;
        span.startText = s.startText;
        span.zone = s.zone;
        have = s.startTime.isValid() || s.startDate.isValid();
        if (!m_endText.isEmpty()) {
            const Span e = parseSpan(m_endText, m_dayFirst);
            span.endDate = e.startDate;
            span.endTime = e.startTime;
            span.endText = e.startText;
            if (!span.zone)
                span.zone = e.zone;
            if (!span.endDate.isValid() && span.startDate.isValid() && span.endTime.isValid())
                span.endDate
                    = span.endTime < span.startTime ? span.startDate.addDays(1) : span.startDate;
        }
    }
    if (!have && !m_durationText.isEmpty()) {
        span = parseSpan(m_durationText, m_dayFirst);
        have = span.startTime.isValid() || span.startDate.isValid();
    }
    if (!have) {
        // A sentence of the summary that states the span ("from 15:00 to 18:30 UTC").
        static const QRegularExpression fromTo(
            QStringLiteral(
                R"(\bfrom\b.{0,80}?\b(to|until|till|through)\b|\bbetween\b.{0,80}?\band\b)"),
            QRegularExpression::CaseInsensitiveOption);
        const QStringList parts
            = QString(m_pm.summary.left(kScan * 4)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QString chosen;
        for (const QString &p : parts) {
            if (fromTo.match(p).hasMatch() && findTimes(p, 2).size() >= 2) {
                chosen = p;
                break;
            }
        }
        if (!chosen.isEmpty()) {
            span = parseSpan(chosen, m_dayFirst);
            have = span.startTime.isValid();
        }
    }
    // Times the timeline gives, as a fallback.
    const PendingEvent *firstTimed = nullptr;
    const PendingEvent *lastTimed = nullptr;
    for (const PendingEvent &pe : std::as_const(m_events)) {
        if (pe.event.at.time.isValid()) {
            if (!firstTimed)
                firstTimed = &pe;
            lastTimed = &pe;
        }
    }
    if (!have && firstTimed) {
        span.startTime = firstTimed->event.at.time;
        span.startText = firstTimed->event.at.text;
        span.startDate = firstTimed->event.at.date;
        if (lastTimed != firstTimed) {
            span.endTime = lastTimed->event.at.time;
            span.endText = lastTimed->event.at.text;
            span.endDate = lastTimed->event.at.date;
        }
        have = true;
    }
    if (span.startTime.isValid() && !span.startDate.isValid()) {
        // A date stated elsewhere in the summary ("On March 3, 2024 …").
        QList<DateHit> dates
            = findDates(m_durationText + QLatin1Char('\n') + m_pm.summary, m_dayFirst, 1);
        // Else the first date the timeline states, else the front matter's date.
        for (const PendingEvent &pe : std::as_const(m_events)) {
            if (!dates.isEmpty())
                break;
            if (pe.explicitDate)
                dates.append({0, 0, pe.event.at.date});
        }
        if (dates.isEmpty())
            dates = findDates(m_frontMatter, m_dayFirst, 1);
        if (!dates.isEmpty()) {
            span.startDate = dates.first().date;
            if (span.endTime.isValid() && !span.endDate.isValid())
                span.endDate
                    = span.endTime < span.startTime ? span.startDate.addDays(1) : span.startDate;
        }
    }

    // The document's zone: the span's, else one written after a time anywhere.
    std::optional<ZoneHit> zone = span.zone;
    if (!zone) {
        for (const PendingEvent &pe : std::as_const(m_events)) {
            if (pe.zone) {
                zone = pe.zone;
                break;
            }
        }
    }
    if (!zone) {
        int scanned = 0;
        for (const Line &l : std::as_const(m_lines)) {
            if (l.kind == LineKind::Code || l.kind == LineKind::Blank
                || l.kind == LineKind::FrontMatter)
                continue;
            if (++scanned > 5000)
                break;
            const QString s = l.content.left(kScan);
            for (const TimeHit &t : findTimes(s, 8, kScan)) {
                if (auto z = zoneAfter(s, t.pos + t.length)) {
                    zone = z;
                    break;
                }
            }
            if (zone)
                break;
        }
    }
    if (zone) {
        const QString label = zone->label.trimmed();
        const int offset = zoneOffset(label, span.startDate).value_or(zone->utcOffsetMinutes);
        m_pm.timezone = TimeZoneInfo{label, offset};
    }
    const std::optional<int> offset
        = m_pm.timezone ? std::optional<int>(m_pm.timezone->utcOffsetMinutes) : std::nullopt;
    if (span.startTime.isValid() || span.startDate.isValid()) {
        m_pm.start.date = span.startDate;
        m_pm.start.time = span.startTime;
        m_pm.start.text = span.startText;
        m_pm.start.utcOffsetMinutes = offset;
    }
    if (span.endTime.isValid() || span.endDate.isValid()) {
        m_pm.end.date = span.endDate;
        m_pm.end.time = span.endTime;
        m_pm.end.text = span.endText;
        m_pm.end.utcOffsetMinutes = offset;
    }
}

void MarkdownImporter::resolveTimelineDates()
{
    // Carry the incident start date down the timeline; an explicit date resets it; a time more
    // than two hours earlier than the previous one means the timeline passed midnight.
    QDate carry = m_pm.start.date;
    QTime prev;
    const std::optional<int> docOffset
        = m_pm.timezone ? std::optional<int>(m_pm.timezone->utcOffsetMinutes) : std::nullopt;
    for (PendingEvent &pe : m_events) {
        Moment &at = pe.event.at;
        if (pe.explicitDate) {
            carry = at.date;
            prev = at.time;
        } else if (at.time.isValid()) {
            if (prev.isValid() && at.time.secsTo(prev) > 2 * 3600 && carry.isValid())
                carry = carry.addDays(1);
            at.date = carry;
            prev = at.time;
        }
        if (at.time.isValid() || at.date.isValid())
            at.utcOffsetMinutes
                = pe.zone ? std::optional<int>(pe.zone->utcOffsetMinutes) : docOffset;
    }
}

void MarkdownImporter::resolvePercent()
{
    static const QRegularExpression percent(
        QStringLiteral(R"((?<![\d.])(\d{1,3}(?:\.\d+)?)\s*\\?(?:%|percent\b))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression who(
        QStringLiteral(
            R"(\b(users?|customers?|visitors?|clients?|members?|people|subscribers?|players?|accounts?|user base)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression all(
        QStringLiteral(R"(\b(all|every)\s+(of\s+)?(our\s+|the\s+)?(users|customers|visitors)\b)"),
        QRegularExpression::CaseInsensitiveOption);

    const auto findPercent = [&](const QString &text) -> std::optional<double> {
        const QString s = text.left(kScan * 4);
        auto it = percent.globalMatch(s);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const double v = m.captured(1).toDouble();
            if (v < 0 || v > 100)
                continue;
            const QString after = s.mid(m.capturedEnd(), 60);
            const QString before = s.mid(std::max<qsizetype>(0, m.capturedStart() - 40),
                                         std::min<qsizetype>(40, m.capturedStart()));
            if (who.match(after).hasMatch() || who.match(before).hasMatch())
                return v;
        }
        return std::nullopt;
    };
    for (const QString *text : {&m_pm.impact, &m_pm.summary}) {
        if (auto v = findPercent(*text)) {
            m_pm.usersAffectedPercent = v;
            return;
        }
    }
    for (const QString *text : {&m_pm.impact, &m_pm.summary}) {
        if (all.match(QStringView(*text).left(kScan * 4)).hasMatch()) {
            m_pm.usersAffectedPercent = 100;
            return;
        }
    }
    for (const Line &l : std::as_const(m_lines)) {
        if (l.kind == LineKind::Code || l.kind == LineKind::FrontMatter)
            continue;
        if (auto v = findPercent(l.content)) {
            m_pm.usersAffectedPercent = v;
            return;
        }
    }
}

} // namespace

Postmortem importMarkdown(const QString &text)
{
    MarkdownImporter importer(text);
    return importer.run();
}

} // namespace Hindsight
