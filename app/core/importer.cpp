#include "core/importer.h"

#include "core/importlines.h"
#include "core/importtime.h"
#include "core/timeline.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <cstdlib>

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
    ResolutionMeasures, ///< "Remediation and prevention": resolution, then measures
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
    ResolutionMeasures,
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
    case Label::ResolutionMeasures:
        return Part::ResolutionMeasures;
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
        {Label::ResolutionMeasures,
         R"(^(resolution|remediation|mitigation|recovery|fix|fixes)( steps)? and (prevention|preventi?ve (measures|actions|steps)|follow ?-?ups?( actions)?|next steps|action items)$)"},
        {Label::RootCauseResolution,
         R"(^(root causes?|causes?)( analysis)? ?(and|/) ?(resolution|remediation|fix|fixes|mitigation)s?\b.*$)"},
        {Label::Timeline,
         R"(^((incident|detailed|event|outage) )?timeline\b.{0,40}$|^chronology$|^sequence of events$)"},
        {Label::Measures,
         R"(^(corrective|preventa?tive|preventive|prevention|preventing|remediation (items|actions|tasks)|action items?|actionable items|follow ?-?ups?( actions| items| tasks)?|next steps)\b.{0,60}$)"},
        {Label::Improvements, R"(^(improvements?|fixes)\b.{0,40}$)"},
        {Label::Tasks, R"(^(a )?(list of )?tasks?\b.{0,40}$)"},
        {Label::Summary,
         R"(^((issue|incident|outage|executive|event) )?summary$|^overview$|^(incident )?description$|^what happened$|^(incident|issue|outage) (report|overview|details)$|^issue$)"},
        {Label::Impact,
         R"(^((user|customer|business|service) )?impact$|^impact (summary|assessment|on users)$|^scope( and impact)?$|^who was affected$|^what (was|were) the impacts?( identified)?$)"},
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

/// Cells of a table row's content (outer pipes already removed): split at '|' not escaped
/// as "\|", each trimmed.
QStringList splitCells(const QString &content)
{
    QStringList cells;
    QString cell;
    for (qsizetype k = 0; k < content.size(); ++k) {
        const QChar c = content.at(k);
        if (c == QLatin1Char('\\') && k + 1 < content.size()
            && content.at(k + 1) == QLatin1Char('|')) {
            cell += QLatin1Char('|');
            ++k;
        } else if (c == QLatin1Char('|')) {
            cells.append(cell.trimmed());
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells.append(cell.trimmed());
    return cells;
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
    if (line.fromHtml)
        return line.kind == LineKind::ListItem ? QStringLiteral("- ") + line.content : line.content;
    QString raw = line.raw;
    while (!raw.isEmpty() && raw.back().isSpace())
        raw.chop(1);
    if (line.kind != LineKind::ListItem && line.kind != LineKind::Code)
        return raw.trimmed();
    return raw;
}

/// Context of the import report's strings (lupdate reads the macro's argument).
struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(Hindsight::ImportReport)
};

/// What a part of the document is read as, for the report.
QString partName(Part part)
{
    switch (part) {
    case Part::Summary:
    case Part::Duration:
        return ReportText::tr("the summary");
    case Part::Impact:
        return ReportText::tr("the impact");
    case Part::RootCause:
        return ReportText::tr("the root cause");
    case Part::Resolution:
        return ReportText::tr("the resolution");
    case Part::RootCauseResolution:
        return ReportText::tr("root cause, then resolution");
    case Part::ResolutionMeasures:
        return ReportText::tr("resolution, then action items");
    case Part::Timeline:
        return ReportText::tr("the timeline");
    case Part::Measures:
        return ReportText::tr("action items");
    case Part::Preamble:
    case Part::Extra:
        break;
    }
    return QString();
}

/// A line of a chat log pasted into a document: a speaker and a time ("liggitt [6:27 AM]",
/// "Katharine   [07:16 AM] text", "Katharine [3 hours ago]", "[10:02] <alice> text", "<alice>
/// text").
/// Formats of Slack and IRC exports.
bool isChatLine(const QString &content)
{
    static const QRegularExpression chat(
        QStringLiteral(
            R"(^[*_]{0,2}@?[\w.\-]{2,30}[*_]{0,2}(?:\s+[\w.\-]{2,20})?\s*\[\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\s*\])"
            R"(|^[\[(]?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?[\])]?\s*<[@\w.\-]+>)"
            R"(|^<[@\w.\-]{2,30}>\s)"
            R"(|^[*_]{0,2}@?[\w.\-]{2,30}[*_]{0,2}\s*\[\s*\d+\s+(?:minutes?|hours?|days?)\s+ago\s*\])"),
        QRegularExpression::CaseInsensitiveOption);
    return chat.match(QStringView(content).left(200)).hasMatch();
}

/// A sentence announcing measures that follow ("To prevent similar issues in the future, we've
/// made a few changes:", "The following steps have been taken to avoid a recurrence:").
bool isPreventionIntro(const QString &text)
{
    static const QRegularExpression cue(
        QStringLiteral(
            R"(\bto (prevent|avoid)\b|\bprevent(ing)? (this|similar|such|a recurrence|recurrence|it)\b|\b(from|in) the future\b|\bgoing forward\b|\bmoving forward\b|\bhappen(ing|s)? again\b|\brecurrence\b)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString t = text.trimmed();
    return t.endsWith(QLatin1Char(':')) && t.size() < 400 && cue.match(t).hasMatch();
}

/// Sentences of `text` (split after . ! ? before an upper-case letter, quote or parenthesis).
QStringList splitSentences(const QString &text)
{
    static const QRegularExpression boundary(QStringLiteral(R"((?<=[.!?])\s+(?=[A-Z"'(*_\[“]))"));
    QStringList out;
    for (const QString &s : QString(text.left(kScan * 4)).split(boundary, Qt::SkipEmptyParts))
        out.append(s.trimmed());
    if (text.size() > kScan * 4 && !out.isEmpty())
        out.last() += text.mid(kScan * 4);
    return out;
}

/// A sentence stating a cause ("caused by", "due to", "a bug in", "ran out of memory").
bool hasCauseCue(const QString &sentence)
{
    static const QRegularExpression cue(
        QStringLiteral(
            R"(\b(caused|causing|because|due to|bugs?|broke|broken|ran out|run out|root cause|triggered by|resulted from|result of|stemmed|failure of|misconfigur\w*|expired|attack)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return cue.match(QStringView(sentence).left(kScan)).hasMatch();
}

/// A paragraph describing the response or recovery in a narrative ("I quickly realized",
/// "we restored", "rolled back").
bool hasResponseCue(const QString &text)
{
    static const QRegularExpression cue(
        QStringLiteral(
            R"(\b(realiz\w*|realis\w*|resolv\w*|restor\w*|fixed|recover\w*|mitigat\w*|rolled back|reverted|back up and running|back online|workaround)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return cue.match(QStringView(text).left(kScan)).hasMatch();
}

/// A paragraph of a narrative whose first sentence says who or what was affected.
bool isImpactParagraph(const QString &text)
{
    static const QRegularExpression cue(
        QStringLiteral(R"(\b(affected|unaffected|impacted|impact)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringList sentences = splitSentences(text.left(2000));
    return !sentences.isEmpty() && cue.match(sentences.first()).hasMatch();
}

/// A sentence of a narrative that states a measure taken since ("We have since fixed this to
/// save email daily.", "From now on we …").
bool isNarrativeMeasure(const QString &sentence)
{
    static const QRegularExpression cue(
        QStringLiteral(
            R"(\b(we|i) (have|'ve) since\b|\bsince then,? (we|i)\b|\bfrom now on\b|\bgoing forward,? (we|i)\b|\bin the future,? (we|i) will\b|\bwe (now|will now)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return !sentence.trimmed().endsWith(QLatin1Char(':')) && cue.match(sentence).hasMatch();
}

/// A sentence that states a measure: an imperative ("Add alerting …"), or a decision or plan
/// ("… will be cut", "it is decided", "needs to", "has been put in place"). Sentences that
/// lead with a pronoun ("This will help …") explain the measure before them instead.
bool isMeasureSentence(const QString &sentence)
{
    static const QRegularExpression pronoun(
        QStringLiteral(R"(^\W*(this|that|these|those|it|which)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression imperative(
        QStringLiteral(
            R"(^\W*(add|adopt|audit|automate|build|conduct|configure|create|deploy|develop|document|enable|enforce|ensure|establish|evaluate|fix|implement|improve|increase|install|introduce|limit|migrate|monitor|move|patch|perform|refine|remove|replace|review|run|schedule|set up|switch|test|train|update|upgrade|use|write|enhance|optimi[sz]e|assess|organi[sz]e|investigate|reduce|require|restrict|rotate|scale|separate|standardi[sz]e|track|validate|verify)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression modal(
        QStringLiteral(
            R"(\b(will|shall|should|must|need to|needs to|have to|has to|plan to|plans to|planned to|going to|decided|(has|have) been (added|implemented|introduced|set up|put in place|created|enabled|deployed|scheduled))\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression decision(
        QStringLiteral(R"(\b(it (is|was|has been) (decided|agreed|planned))\b)"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringView head = QStringView(sentence).left(kScan);
    if (decision.match(head).hasMatch())
        return true;
    if (pronoun.match(head).hasMatch())
        return false;
    return imperative.match(head).hasMatch() || modal.match(head).hasMatch();
}

/// `text` cut where a sentence adds a second measure ("… Additionally, I have set up …").
QStringList splitAdditiveMeasures(const QString &text)
{
    static const QRegularExpression additive(QStringLiteral(
        R"((?<=[.!?])\s+(?=(Additionally|In addition|Furthermore|Moreover|Also|Besides)\b,?\s))"));
    if (text.size() > kScan)
        return {text};
    QStringList out = text.split(additive, Qt::SkipEmptyParts);
    for (QString &s : out)
        s = s.trimmed();
    return out;
}

/// A measure written as a numbered paragraph rather than a list item ("***1) Creating an
/// executable renewal script***", "2. Updating certbot", "Step 3: …").
bool isEnumeratedParagraph(const QString &content)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^[*_]{0,3}\s*(?:\(?\d{1,2}[.)]|step \d{1,2}[:.)])\s+\S)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(QStringView(content).left(40)).hasMatch();
}

/// Where a line holds several entries ("… troubleshooting. - 11:00 AM: Traffic …", "10:00
/// alert<br>10:05 paged"): for each further entry, the position of the separator before it
/// and of its first character. A " - " separator counts when a time or a section label
/// follows it; a <br> when a time or a date follows it.
QList<QPair<qsizetype, qsizetype>> mergedEntryStarts(const QString &content, bool dayFirst)
{
    static const QRegularExpression separator(
        QStringLiteral(R"(\s[-–—•]\s+(?=\S)|\s*<br\s*/?>\s*(?=\S))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression label(
        QStringLiteral(R"(^[*_]{0,2}([A-Z][A-Za-z /&]{1,40}?)[*_]{0,2}\s*:[*_]{0,2}\s+\S)"));
    static const QRegularExpression timeLead(QStringLiteral(
        R"(^[*_\[(]{0,3}(?:\d{1,2}(?::[0-5]\d){1,2}\s*(?:[AaPp]\.?[Mm]\.?)?|\d{1,2}\s*[AaPp]\.?[Mm]\.?))"
        R"(\s*(?:\(?[A-Z]{2,5}(?:[+-]\d{1,2})?\)?)?\s*[\])]?[*_]{0,3}\s*[:|])"));
    QList<QPair<qsizetype, qsizetype>> starts;
    if (content.size() > kScan)
        return starts;
    auto it = separator.globalMatch(content);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype at = m.capturedEnd();
        const QString rest = content.mid(at);
        const auto lead = ImportTime::parseLeading(rest, dayFirst);
        const bool br = m.captured().contains(QLatin1Char('<'));
        bool entry = lead && !lead->rest.isEmpty()
                     && (br ? lead->time.isValid() || lead->date.isValid()
                            : lead->time.isValid() && timeLead.match(rest).hasMatch());
        if (!entry) {
            const QRegularExpressionMatch l = label.match(rest);
            entry = l.hasMatch() && classifyLabel(normaliseLabel(l.captured(1))) != Label::None;
        }
        if (entry)
            starts.append({m.capturedStart(), at});
    }
    return starts;
}

/// A timeline written as prose ("At 10:00 the alert fired. We looked at the graphs. At 10:10
/// we paged the database team."): the line cut before each sentence that opens with its time.
/// One piece when fewer than two sentences open with a time.
QStringList proseEntries(const QString &content)
{
    static const QRegularExpression opener(
        QStringLiteral(
            R"(^[\W_]*(?:(?:at|by|around|about|approximately|roughly|shortly|just|after|)"
            R"(before|then|and|until|from|on|\w+day)\b[\s,~]*)*$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (content.size() > kScan)
        return {content};
    QStringList pieces;
    int opened = 0;
    for (const QString &sentence : splitSentences(content)) {
        const QList<ImportTime::TimeHit> t = ImportTime::findTimes(sentence, 1, 60);
        const bool opens = !t.isEmpty() && t.first().pos < 30
                           && opener.match(sentence.left(t.first().pos)).hasMatch();
        if (opens || pieces.isEmpty()) {
            pieces.append(sentence);
            opened += opens ? 1 : 0;
        } else {
            pieces.last() += QLatin1Char(' ') + sentence;
        }
    }
    return opened >= 2 ? pieces : QStringList{content};
}

struct PendingEvent
{
    TimelineEvent event;
    bool explicitDate = false;
    std::optional<ImportTime::ZoneHit> zone; ///< zone written with this entry's time
    bool groupLabel = false; ///< a label bullet ("**Actions Taken:**") heading sub-items
    int listDepth = 0;
    bool kindFixed = false; ///< the kind is named by a label ("Detection:")
    int yearlessMonth = 0;  ///< "[03-26 17:40]": month and day, year not written
    int yearlessDay = 0;
    std::optional<EventKind> groupKind; ///< kind of the group label above the entry
};

struct PendingItem
{
    QString text;
    QString category;
    int lineIndex = 0;
};

/// A run of source lines kept verbatim (code, HTML, chat), for the report.
struct KeptRun
{
    QString what;
    QString where;
    int first = 0;
    int last = 0;
};

/// Where the incident start and end came from.
struct SpanChoice
{
    ImportTime::Span span;
    QString source;       ///< for the report: "the Duration line", "the summary", …
    bool guessed = false; ///< read from weaker evidence (a time in prose, the timeline)
    bool endFromTimeline = false;
    bool startFromTimeline = false;
    bool fromStatement = false; ///< a stated span with its own dates (checked against the title)
};

class MarkdownImporter
{
public:
    explicit MarkdownImporter(const QString &text);
    ImportResult run();

private:
    void splitMergedLines();
    void findTitle();
    void processLine(int i);
    void processHeading(int i);
    void processLabelled(int i, Label label, const LabelSplit &split);
    void processPartLine(int i, const std::optional<QString> &text = std::nullopt);
    void switchPart(Part part, const QString &heading, int level);
    void fieldLine(Label label, const QString &rest, const Line &line);
    void timelineLine(int i, const QString &content);
    void measuresLine(int i, const QString &content);
    void rcaLine(const QString &text);
    void resolutionMeasuresLine(int i, const QString &text);
    void flushParagraph();
    void flushMeasures();
    void addPendingMeasure(const PendingItem &item, bool beforeList);
    void addTableAction(const QString &row);
    bool startsAnotherIncident(int i, Label label) const;
    void keepOtherIncident(int i);
    bool preventionIntroAt(int i) const;
    bool startsParagraph(int i) const;
    bool readStatusUpdate(int i);
    void appendTo(QString &target, const QString &text);
    void appendExtra(const QString &heading, const QString &text);
    void addAction(const QString &text, const QString &category);
    void noteKept(int i, const QString &what, const QString &where);
    void noteGuess(const QString &text);

    void finish();
    void readNarrative();
    void foldGroupLabels();
    std::optional<SpanChoice> chooseSpan();
    std::optional<SpanChoice> summaryStatement();
    void resolveYearlessDates();
    void resolveStartEnd();
    void resolveZone(const SpanChoice *choice);
    void resolveTimelineDates();
    void resolvePercent();
    void resolveRootCause();
    void writeReport();

    QList<Line> m_lines;
    QString m_text;
    Postmortem m_pm;
    ImportReport m_report;
    bool m_dayFirst = false;
    int m_titleLine = -1;

    Part m_part = Part::Preamble;
    QString m_partHeading;
    int m_partLevel = 0;
    Label m_field = Label::None;
    bool m_prevBlank = true;
    bool m_structured = false; ///< a section label was recognised somewhere

    QString m_durationText;
    QString m_durationLabel; ///< the label of the first Duration line ("Duration", "Date")
    QString m_startText;
    QString m_endText;
    QString m_frontMatter;
    QList<QStringList> m_intro; ///< paragraphs before any section, as lines
    bool m_sawSummary = false;
    bool m_sawSummaryLabel = false;
    QStringList m_otherProse; ///< prose of additional sections, for a span stated there

    // several incidents
    int m_timelineLevel = 0;           ///< heading level of the timeline section
    bool m_titleAfterTimeline = false; ///< a heading above that level came after it
    bool m_otherIncident = false;
    int m_otherIncidentLine = 0;
    bool m_otherHasBody = false;

    // timeline
    QList<PendingEvent> m_events;
    bool m_eventOpen = false;
    int m_headingEntry = -1; ///< index of an entry written as a heading, taking its body
    std::optional<EventKind> m_groupKind;
    int m_groupDepth = 0;
    int m_firstTimelineLine = 0;
    int m_lastTimelineLine = 0;

    // measures
    QString m_category = QStringLiteral("task");
    bool m_sawList = false;
    bool m_itemOpen = false;    ///< the last list item may continue on the next line
    bool m_pendingOpen = false; ///< the last pending (non-list) item may continue
    int m_stepsOf = -1;         ///< action item whose steps the following bullets are
    QList<PendingItem> m_pendingItems;
    QStringList m_tableColumns; ///< header cells of the last table in the measures

    // root cause and resolution
    bool m_inResolution = false;
    QString m_paragraph; ///< a paragraph being gathered (resolution-and-prevention part)

    int m_line = -1;         ///< index of the line being read
    int m_lessonsLevel = 0;  ///< heading level of a "Lessons learned" section we are inside
    int m_consumedUpTo = -1; ///< lines already read with a status update
    int m_statusUpdates = 0;

    QList<KeptRun> m_kept;
    QString m_rootCauseSource;
};

MarkdownImporter::MarkdownImporter(const QString &text)
    : m_lines(ImportLines::classifyLines(text))
    , m_text(text.left(200000))
    , m_dayFirst(ImportTime::looksDayFirst(text.left(200000)))
{}

ImportResult MarkdownImporter::run()
{
    splitMergedLines();
    findTitle();
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
                l.fromHtml = false;
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
    static const QRegularExpression generic(
        QStringLiteral(R"(^((incident|outage|service|web stack)\s+)?post[- ]?mortem(\s+report)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    int genericLine = -1;
    int firstContent = -1;
    for (int i = 0; i < m_lines.size(); ++i) {
        const Line &l = m_lines.at(i);
        if (firstContent < 0 && l.kind != LineKind::Blank && l.kind != LineKind::FrontMatter
            && l.kind != LineKind::Markup && l.kind != LineKind::Html)
            firstContent = i;
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
    if (m_titleLine < 0 && firstContent >= 0) {
        const Line &l = m_lines.at(firstContent);
        const LabelSplit split = splitLabel(l.content);
        const bool label = split.ok && (split.colon || split.bare)
                           && classifyLabel(normaliseLabel(split.label)) != Label::None;
        const bool nextBlank = firstContent + 1 >= m_lines.size()
                               || m_lines.at(firstContent + 1).kind == LineKind::Blank
                               || m_lines.at(firstContent + 1).kind == LineKind::Heading;
        const bool shortLine = l.kind == LineKind::Paragraph && l.content.size() <= 80
                               && !l.content.endsWith(QLatin1Char('.'))
                               && !l.content.endsWith(QLatin1Char(':')) && nextBlank
                               && !ImportTime::parseLeading(l.content, m_dayFirst);
        if (!label && (l.kind == LineKind::Heading || shortLine))
            m_titleLine = firstContent;
    }
    if (m_titleLine >= 0) {
        m_pm.title = m_lines.at(m_titleLine).content;
        m_report.recognised.append(ReportText::tr("Title: “%1” (line %2).")
                                       .arg(m_pm.title.left(120))
                                       .arg(m_lines.at(m_titleLine).number));
    } else {
        m_pm.title = QStringLiteral("Incident postmortem");
    }
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
    // "… Additionally, we set up …": a second measure in the same item.
    const QStringList parts = splitAdditiveMeasures(text);
    if (parts.size() > 1)
        noteGuess(ReportText::tr("Split an action item at “%1”: it states %2 measures.")
                      .arg(parts.at(1).section(QLatin1Char(' '), 0, 0))
                      .arg(parts.size()));
    for (const QString &part : parts) {
        ActionItem item;
        item.text = part;
        item.category = category;
        m_pm.actionItems.append(item);
    }
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

void MarkdownImporter::noteGuess(const QString &text)
{
    if (!m_report.guessed.contains(text))
        m_report.guessed.append(text);
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
    for (int j = i + 1; j < m_lines.size(); ++j) {
        const Line &l = m_lines.at(j);
        if (l.kind != LineKind::Heading && l.kind != LineKind::Paragraph)
            continue;
        const LabelSplit split = splitLabel(l.content);
        if (!split.ok || !(split.colon || split.bare || l.kind == LineKind::Heading))
            continue;
        const Label later = classifyLabel(normaliseLabel(split.label));
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
                            ? classifyLabel(normaliseLabel(split.label))
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

bool MarkdownImporter::readStatusUpdate(int i)
{
    // Statuspage.io and similar: "**Investigating** - text", possibly wrapped, then a line
    // with only the date and time of the update.
    static const QRegularExpression update(
        QStringLiteral(
            R"(^[*_]{0,2}(Investigating|Identified|Monitoring|Resolved|Update|Updated|)"
            R"(Postmortem|Post-mortem|Mitigated|Verifying|Completed|In progress)[*_]{0,2})"
            R"(\s*[-–—:]\s*(.+)$)"),
        QRegularExpression::CaseInsensitiveOption);
    const Line &line = m_lines.at(i);
    if (line.kind != LineKind::Paragraph || !startsParagraph(i))
        return false;
    const QRegularExpressionMatch m = update.match(line.content.left(kScan));
    if (!m.hasMatch())
        return false;
    QString text = m.captured(2).trimmed();
    int j = i + 1;
    for (; j < m_lines.size() && j < i + 12 && m_lines.at(j).kind == LineKind::Paragraph; ++j) {
        const QString &c = m_lines.at(j).content;
        if (c.size() < 60 && !ImportTime::findTimes(c, 1).isEmpty()
            && !ImportTime::findDates(c, m_dayFirst, 1).isEmpty())
            break;
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
    pe.event.text = QStringLiteral("**%1** %2").arg(m.captured(1), text);
    const QString status = m.captured(1).toLower();
    pe.event.kind = status == QLatin1String("resolved") || status == QLatin1String("completed")
                        ? EventKind::Resolution
                    : status == QLatin1String("monitoring") || status == QLatin1String("mitigated")
                        ? EventKind::Mitigation
                    : status == QLatin1String("investigating")
                            || status == QLatin1String("identified")
                            || status == QLatin1String("verifying")
                        ? EventKind::Investigation
                        : EventKind::Communication;
    pe.kindFixed = true;
    m_events.append(pe);
    m_consumedUpTo = j;
    ++m_statusUpdates;
    if (!m_firstTimelineLine)
        m_firstTimelineLine = line.number;
    m_lastTimelineLine = m_lines.at(j).number;
    return true;
}

bool MarkdownImporter::startsParagraph(int i) const
{
    if (i == 0)
        return true;
    const LineKind prev = m_lines.at(i - 1).kind;
    return prev != LineKind::Paragraph && prev != LineKind::ListItem;
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
    while (j < m_lines.size()
           && (m_lines.at(j).kind == LineKind::Blank || m_lines.at(j).kind == LineKind::Markup))
        ++j;
    return j < m_lines.size() && m_lines.at(j).kind == LineKind::ListItem;
}

void MarkdownImporter::processLine(int i)
{
    m_line = i;
    const Line &line = m_lines.at(i);
    if (m_otherIncident) {
        keepOtherIncident(i);
        return;
    }
    if (i <= m_consumedUpTo) {
        m_prevBlank = false; // read with the status update above it
        return;
    }
    switch (line.kind) {
    case LineKind::Blank:
    case LineKind::Markup:
        m_field = Label::None;
        m_prevBlank = true;
        m_eventOpen = false;
        m_itemOpen = false;
        m_pendingOpen = false;
        flushParagraph();
        return;
    case LineKind::FrontMatter:
        appendExtra(QStringLiteral("Front matter"), line.raw);
        m_frontMatter += line.raw + QLatin1Char('\n');
        m_prevBlank = false;
        return;
    case LineKind::Code:
    case LineKind::Html: {
        m_eventOpen = false;
        m_itemOpen = false;
        const bool kept
            = m_part == Part::Timeline || m_part == Part::Measures || m_part == Part::Preamble;
        const QString where
            = m_part == Part::Preamble ? QStringLiteral("Introduction") : m_partHeading;
        if (kept) {
            appendExtra(where, displayText(line));
            noteKept(i,
                     line.kind == LineKind::Code ? ReportText::tr("Code block")
                                                 : ReportText::tr("HTML"),
                     where);
        } else {
            processPartLine(i);
        }
        m_prevBlank = false;
        return;
    }
    default:
        break;
    }

    if (i == m_titleLine) {
        m_prevBlank = true;
        return;
    }
    if (line.kind == LineKind::Heading) {
        processHeading(i);
    } else if (line.kind == LineKind::HeadingRule || line.kind == LineKind::ThematicBreak
               || line.kind == LineKind::TableDelimiter || line.kind == LineKind::TableHeader) {
        processPartLine(i);
    } else if (m_part != Part::Timeline && m_part != Part::Measures && readStatusUpdate(i)) {
        // A status-page update ("**Resolved** - This incident has been resolved." then
        // "Jan 10, 2024 - 09:40 UTC"): a timeline entry wherever it stands.
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
                    .arg(line.content.left(60)));
        }
        const LabelSplit split = splitLabel(line.content);
        const bool usable = split.ok && !(split.bare && line.kind == LineKind::ListItem);
        Label label = usable ? classifyLabel(normaliseLabel(split.label)) : Label::None;
        if (label == Label::None && split.ok && split.bare && line.kind == LineKind::ListItem
            && line.listDepth == 1) {
            // Sections numbered as a list ("1. Issue Summary", "2. Timeline"): a bare item that
            // names a main part. A bare "- Resolution" bullet inside a list stays an item.
            static const QRegularExpression numbered(QStringLiteral(R"(^\s*\d{1,2}[.)]\s)"));
            const Label named = classifyLabel(normaliseLabel(split.label));
            if (numbered.match(line.raw).hasMatch()
                && (named == Label::Summary || named == Label::Timeline || named == Label::Impact
                    || named == Label::RootCause || named == Label::RootCauseResolution
                    || named == Label::Measures || named == Label::ResolutionMeasures))
                label = named;
        }
        if (label != Label::None && (split.colon || split.rest.isEmpty()))
            processLabelled(i, label, split);
        else
            processPartLine(i);
    }
    if (!m_otherIncident)
        m_prevBlank = false;
}

void MarkdownImporter::processHeading(int i)
{
    const Line &line = m_lines.at(i);
    m_headingEntry = -1;
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
    // "Lessons learned" with "What went well / What went wrong / Where we got lucky": a
    // retrospective, not the root cause.
    static const QRegularExpression lessons(
        QStringLiteral(R"(^(lessons? learn(ed|t)|retrospective|what went well)\b)"));
    if (m_lessonsLevel > 0 && line.headingLevel <= m_lessonsLevel)
        m_lessonsLevel = 0;
    if (label == Label::None && lessons.match(normaliseLabel(line.content)).hasMatch()
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
        if (m_part == Part::Timeline) {
            timelineLine(i, line.content);
        } else {
            m_itemOpen = false;
            m_stepsOf = -1;
            appendExtra(m_partHeading, displayText(line));
        }
        return;
    }
    if (m_timelineLevel > 0 && line.headingLevel < m_timelineLevel)
        m_titleAfterTimeline = true;
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
        const bool major = labelOnly
                           && (label == Label::RootCauseResolution || label == Label::RootCause
                               || label == Label::Measures || label == Label::Summary
                               || label == Label::Impact || label == Label::ResolutionMeasures)
                           && line.listDepth <= 1;
        if (!major) {
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

    if (label == Label::Improvements || label == Label::Tasks) {
        const QString category
            = label == Label::Improvements ? QStringLiteral("improvement") : QStringLiteral("task");
        if (m_part == Part::Measures) {
            m_category = category;
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

void MarkdownImporter::switchPart(Part part, const QString &heading, int level)
{
    flushParagraph();
    if (const QString name = partName(part); !name.isEmpty() && m_line >= 0) {
        const QString note = ReportText::tr("“%1” (line %2) read as %3.")
                                 .arg(heading.left(80))
                                 .arg(m_lines.at(m_line).number)
                                 .arg(name);
        if (!m_report.recognised.contains(note))
            m_report.recognised.append(note);
    }
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
    m_headingEntry = -1;
    m_itemOpen = false;
    m_pendingOpen = false;
    m_stepsOf = -1;
    m_tableColumns.clear();
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
        if (m_durationLabel.isEmpty())
            m_durationLabel = splitLabel(line.content).label;
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
        if (m_prevBlank || m_intro.isEmpty())
            m_intro.append(QStringList{text});
        else
            m_intro.last().append(text);
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
    case Part::ResolutionMeasures:
        if (structural)
            appendExtra(m_partHeading, text);
        else
            resolutionMeasuresLine(i, plain);
        break;
    case Part::Timeline:
        if (structural)
            appendExtra(m_partHeading, text);
        else
            timelineLine(i, plain);
        break;
    case Part::Measures:
        if (current.kind == LineKind::TableHeader)
            m_tableColumns = splitCells(current.content);
        if (structural)
            appendExtra(m_partHeading, text);
        else
            measuresLine(i, plain);
        break;
    case Part::Extra:
        if (m_pm.sections.isEmpty())
            m_pm.sections.append({m_partHeading, QString()});
        appendTo(m_pm.sections.last().text, text);
        if (current.kind != LineKind::Code && current.kind != LineKind::Html
            && !isChatLine(plain)) {
            if (m_prevBlank || m_otherProse.isEmpty())
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

void MarkdownImporter::timelineLine(int i, const QString &content)
{
    const Line &line = m_lines.at(i);
    if (content.isEmpty())
        return;
    if (!m_firstTimelineLine)
        m_firstTimelineLine = line.number;
    m_lastTimelineLine = line.number;
    const auto lead = ImportTime::parseLeading(content, m_dayFirst);

    // Notes that are no entries: "All times in PDT", chat lines pasted into the timeline.
    if (!lead && ImportTime::declaredZone(content)) {
        appendExtra(m_partHeading, displayText(line));
        m_eventOpen = false;
        return;
    }
    if (isChatLine(content)) {
        appendExtra(m_partHeading, displayText(line));
        noteKept(i, ReportText::tr("Chat log"), m_partHeading);
        m_eventOpen = false;
        return;
    }

    // The body of an entry written as a heading ("### 17:04 PST" and the paragraphs under it).
    if (!lead && m_headingEntry >= 0 && m_headingEntry < m_events.size()
        && line.kind != LineKind::Heading) {
        PendingEvent &pe = m_events[m_headingEntry];
        QString &t = pe.event.text;
        t += t.isEmpty() ? content : QLatin1Char(' ') + content;
        if (!pe.kindFixed) {
            const EventKind byText = inferKind(t);
            pe.event.kind
                = byText != EventKind::Other ? byText : pe.groupKind.value_or(EventKind::Other);
        }
        return;
    }

    // Several entries told in one paragraph: each sentence that opens with a time.
    if (!lead && line.kind != LineKind::Heading) {
        const QStringList pieces = proseEntries(content);
        if (pieces.size() > 1) {
            for (const QString &piece : pieces) {
                timelineLine(i, piece);
                m_prevBlank = true; // each piece is an entry of its own
            }
            m_prevBlank = false;
            return;
        }
    }

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
        pe.yearlessMonth = lead->month;
        pe.yearlessDay = lead->day;
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
        pe.kindFixed = labelKind.has_value();
    } else {
        const EventKind byText = inferKind(ev.text);
        pe.groupKind = m_groupKind;
        pe.kindFixed = labelKind.has_value();
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
    m_headingEntry = line.kind == LineKind::Heading && lead ? int(m_events.size()) - 1 : -1;
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

    if (line.kind == LineKind::TableRow && !m_tableColumns.isEmpty()) {
        addTableAction(content);
        return;
    }

    // Bullets right under a numbered measure ("***2) Updating certbot***") are its steps.
    if (listItem && m_stepsOf >= 0 && m_stepsOf < m_pm.actionItems.size()) {
        m_pm.actionItems[m_stepsOf].text += QStringLiteral("; ") + content;
        m_itemOpen = true;
        return;
    }

    // A group label ("**Monitoring:**", "Improvements/Fixes:") or an intro ending with ':'.
    const LabelSplit split = splitLabel(content);
    const bool groupLabel = split.ok && split.colon && split.rest.isEmpty();
    if (groupLabel || isClosingRemark(content)) {
        m_stepsOf = -1;
        appendExtra(m_partHeading, raw);
        return;
    }
    const bool enumerated = !listItem && isEnumeratedParagraph(content);
    if (listItem || enumerated) {
        if (!m_sawList) {
            // Paragraphs before the first list item are measures unless they introduce it.
            const QList<PendingItem> pending = m_pendingItems;
            m_pendingItems.clear();
            for (const PendingItem &p : pending)
                addPendingMeasure(p, true);
        }
        m_sawList = true;
        addAction(content, m_category);
        m_itemOpen = true;
        m_stepsOf = enumerated ? int(m_pm.actionItems.size()) - 1 : -1;
        return;
    }
    m_stepsOf = -1;
    if (m_sawList) {
        appendExtra(m_partHeading, raw);
        return;
    }
    m_pendingItems.append({content, m_category, i});
    m_pendingOpen = true;
}

void MarkdownImporter::addTableAction(const QString &row)
{
    // A row of an action-item table ("| Action Item | Type | Owner | Bug |", the Google SRE
    // postmortem template): the item's text from its action/description column; owner and type
    // into their fields; a status or bug column saying done/closed marks it done; a due date
    // column gives the due date. Cells other than owner and type stay in the text as
    // "(Header: value)", so nothing is lost.
    static const QRegularExpression textHeader(
        QStringLiteral(R"(\b(action|item|task|description|measure|what|remediation|follow))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression ownerHeader(
        QStringLiteral(R"(\b(owner|assignee|assigned|who|responsible))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression typeHeader(QStringLiteral(R"(^\W*(type|category|kind)\W*$)"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dueHeader(
        QStringLiteral(R"(\b(due|deadline|eta|target date)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression statusHeader(
        QStringLiteral(R"(\b(status|state|done|bug|ticket|issue|tracking)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression doneWord(
        QStringLiteral(R"(\b(done|completed?|closed|fixed|resolved|yes)\b|✅|✔|\[x\])"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression empty(QStringLiteral(R"(^\W*(n/?a|none|tbd|-+)?\W*$)"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QStringList cells = splitCells(row);
    qsizetype textColumn = 0;
    for (qsizetype c = 0; c < m_tableColumns.size(); ++c) {
        if (textHeader.match(m_tableColumns.at(c)).hasMatch()) {
            textColumn = c;
            break;
        }
    }
    ActionItem item;
    item.category = m_category;
    item.text = cells.value(textColumn);
    for (qsizetype c = 0; c < cells.size(); ++c) {
        const QString &cell = cells.at(c);
        const QString header = m_tableColumns.value(c);
        if (c == textColumn || cell.isEmpty())
            continue;
        if (ownerHeader.match(header).hasMatch() && !empty.match(cell).hasMatch()) {
            item.owner = cell;
            continue;
        }
        if (typeHeader.match(header).hasMatch() && !empty.match(cell).hasMatch()) {
            item.category = cell;
            continue;
        }
        if (dueHeader.match(header).hasMatch()) {
            const QList<ImportTime::DateHit> due = ImportTime::findDates(cell, m_dayFirst, 1);
            if (!due.isEmpty())
                item.due = due.first().date;
        }
        if (statusHeader.match(header).hasMatch() && doneWord.match(cell).hasMatch())
            item.done = true;
        item.text += header.isEmpty() ? QStringLiteral(" (%1)").arg(cell)
                                      : QStringLiteral(" (%1: %2)").arg(header, cell);
    }
    if (item.text.trimmed().isEmpty())
        item.text = row;
    m_pm.actionItems.append(item);
    m_itemOpen = false;
}

void MarkdownImporter::addPendingMeasure(const PendingItem &p, bool beforeList)
{
    // Before a list, a paragraph is a measure only when it is a whole sentence that does not
    // introduce the list ("To prevent this from happening again, we will" is an intro).
    static const QRegularExpression intro(
        QStringLiteral(R"((^\W*(to (prevent|avoid)|in order to)\b)|\b(following|as follows)\W*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString t = p.text.trimmed();
    const QChar last = t.isEmpty() ? QChar() : t.back();
    const bool sentence
        = last == QLatin1Char('.') || last == QLatin1Char('!') || last == QLatin1Char(')');
    if (t.endsWith(QLatin1Char(':'))
        || (beforeList && (!sentence || intro.match(QStringView(t).left(kScan)).hasMatch()))) {
        appendExtra(m_partHeading, displayText(m_lines.at(p.lineIndex)));
        return;
    }
    // A paragraph of several sentences: each measure it states is an item; sentences that
    // explain the one before stay with it, leading context stays in the section.
    const QStringList sentences = splitSentences(t);
    int measures = 0;
    for (const QString &s : sentences)
        measures += isMeasureSentence(s) ? 1 : 0;
    if (sentences.size() < 2 || measures == 0) {
        addAction(p.text, p.category);
        return;
    }
    QString context;
    const qsizetype before = m_pm.actionItems.size();
    for (const QString &s : sentences) {
        if (isMeasureSentence(s))
            addAction(s, p.category);
        else if (m_pm.actionItems.size() > before)
            m_pm.actionItems.last().text += QLatin1Char(' ') + s;
        else
            context += (context.isEmpty() ? QString() : QStringLiteral(" ")) + s;
    }
    if (!context.isEmpty())
        appendExtra(m_partHeading, context);
    if (measures > 1) {
        noteGuess(
            ReportText::tr("Read %1 action items from the sentences of one paragraph (line %2).")
                .arg(measures)
                .arg(m_lines.at(p.lineIndex).number));
    }
}

void MarkdownImporter::flushMeasures()
{
    const QList<PendingItem> pending = m_pendingItems;
    m_pendingItems.clear();
    for (const PendingItem &p : pending)
        addPendingMeasure(p, false);
}

void MarkdownImporter::finish()
{
    flushParagraph();
    if (m_part == Part::Measures)
        flushMeasures();
    if (!m_intro.isEmpty())
        readNarrative();
    foldGroupLabels();
    resolveStartEnd();
    resolvePercent();
    resolveRootCause();
    for (const PendingEvent &pe : std::as_const(m_events))
        m_pm.timeline.append(pe.event);
}

void MarkdownImporter::readNarrative()
{
    QStringList paragraphs;
    for (const QStringList &p : std::as_const(m_intro))
        paragraphs.append(p.join(QLatin1Char('\n')));
    const auto joined = [](const QStringList &list) {
        return list.join(QStringLiteral("\n\n"));
    };

    if (m_structured || paragraphs.size() < 2) {
        const QString intro = joined(paragraphs);
        if (!m_sawSummary && m_pm.summary.isEmpty())
            m_pm.summary = intro;
        else
            m_pm.sections.prepend({QStringLiteral("Introduction"), intro});
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
        if (state == Role::Summary && (hasCauseCue(p) || previousImpact))
            state = Role::Cause;
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
                    noteGuess(
                        ReportText::tr("Action item taken from the prose: “%1”").arg(s.left(100)));
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

std::optional<SpanChoice> MarkdownImporter::summaryStatement()
{
    // The summary names when it started ("At 9:15AM PT on 03-10-2017 …") and perhaps when it
    // ended ("… was solved by 12:15PM PT", "1:15 PM end", "lasted 45 minutes"). A time written
    // in a zone other than the timeline's ("0:59 CET (need to convert to PST)") is not used.
    using namespace ImportTime;
    static const QRegularExpression endCue(
        QStringLiteral(
            R"(\b(?:resolved|solved|restored|fixed|recovered|mitigated|ended|over|back (?:up|online|to normal))\s+(?:by|at|around|by around|as of)\s+(?:about\s+|approximately\s+|~\s*)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression endAfter(
        QStringLiteral(R"(^\s*(?:\(?[A-Z]{2,5}\)?\s*)?(?:end|ended|resolved|restored)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    // The summary's own prose: without the "Duration:" / "Date:" lines read before.
    QStringList prose;
    for (const QString &l : QString(m_pm.summary.left(kScan * 4)).split(QLatin1Char('\n'))) {
        const LabelSplit split = splitLabel(
            l.trimmed().remove(QRegularExpression(QStringLiteral(R"(^(?:[-*+]|\d{1,2}[.)])\s+)"))));
        const Label label
            = split.ok && split.colon ? classifyLabel(normaliseLabel(split.label)) : Label::None;
        // Document metadata ("Last modified: Saturday, Feb 06, 2021 3:34pm") is no statement.
        const bool metadata = split.ok && split.colon && !split.bare
                              && split.rest.count(QLatin1Char(' ')) < 8
                              && !ImportTime::findTimes(split.rest, 1).isEmpty();
        if (label != Label::Duration && label != Label::Start && label != Label::End && !metadata)
            prose.append(l);
    }
    const QString text = prose.join(QLatin1Char('\n'));
    const QList<TimeHit> times = findTimes(text, 16, kScan * 4);
    if (times.isEmpty())
        return std::nullopt;
    std::optional<ZoneHit> timelineZone;
    for (const PendingEvent &pe : std::as_const(m_events))
        if (pe.zone && !timelineZone)
            timelineZone = pe.zone;
    const auto zoneOf = [&](const TimeHit &t) {
        std::optional<ZoneHit> z = zoneAfter(text, t.pos + t.length);
        if (!z)
            z = zoneBefore(text, t.pos);
        return z;
    };
    std::optional<qsizetype> startIndex;
    for (qsizetype k = 0; k < times.size(); ++k) {
        const auto z = zoneOf(times.at(k));
        if (z && timelineZone && z->utcOffsetMinutes != timelineZone->utcOffsetMinutes)
            continue;
        startIndex = k;
        break;
    }
    if (!startIndex)
        return std::nullopt;
    const TimeHit &t0 = times.at(*startIndex);
    SpanChoice c;
    c.source = ReportText::tr("the first time the summary gives");
    c.guessed = true;
    c.span.startTime = t0.time;
    c.span.startText = text.mid(t0.pos, t0.length).trimmed();
    c.span.zone = zoneOf(t0);
    // The date: the nearest one before the time in the same paragraph, else the first after.
    const QList<DateHit> dates = findDates(text, m_dayFirst, 16, kScan * 4);
    for (const DateHit &d : dates)
        if (d.pos < t0.pos && !text.mid(d.pos, t0.pos - d.pos).contains(QLatin1String("\n\n")))
            c.span.startDate = d.date;
    if (!c.span.startDate.isValid())
        for (const DateHit &d : dates)
            if (d.pos > t0.pos) {
                c.span.startDate = d.date;
                break;
            }
    for (qsizetype k = *startIndex + 1; k < times.size(); ++k) {
        const TimeHit &t = times.at(k);
        const QString before
            = text.mid(std::max<qsizetype>(0, t.pos - 40), std::min<qsizetype>(40, t.pos));
        const QString after = text.mid(t.pos + t.length, 30);
        if (endCue.match(before).hasMatch() || endAfter.match(after).hasMatch()) {
            c.span.endTime = t.time;
            c.span.endText = text.mid(t.pos, t.length).trimmed();
            for (const DateHit &d : dates)
                if (d.pos > t0.pos + t0.length && d.pos < t.pos)
                    c.span.endDate = d.date;
            break;
        }
    }
    if (!c.span.endTime.isValid()) {
        // A duration stated in the summary.
        for (const QString &sentence : splitSentences(text)) {
            if (const std::optional<int> minutes = statedDurationMinutes(sentence)) {
                const int endMin = t0.time.hour() * 60 + t0.time.minute() + *minutes;
                c.span.endTime = QTime((endMin / 60) % 24, endMin % 60);
                if (c.span.startDate.isValid())
                    c.span.endDate = c.span.startDate.addDays(endMin / (24 * 60));
                noteGuess(
                    ReportText::tr("Incident end computed from the duration the summary states "
                                   "(%1 minutes).")
                        .arg(*minutes));
                break;
            }
        }
    }
    return c;
}

std::optional<SpanChoice> MarkdownImporter::chooseSpan()
{
    using namespace ImportTime;
    const auto hasStart = [](const Span &s) {
        return s.startTime.isValid() || s.startDate.isValid();
    };
    // 1. "Start Time:" / "End Time:" lines.
    if (!m_startText.isEmpty()) {
        const Span s = parseSpan(m_startText, m_dayFirst);
        if (hasStart(s)) {
            SpanChoice c;
            c.source = ReportText::tr("the Start and End lines");
            c.span.startDate = s.startDate;
            c.span.startTime = s.startTime;
            c.span.startText = s.startText;
            c.span.zone = s.zone;
            if (!m_endText.isEmpty()) {
                const Span e = parseSpan(m_endText, m_dayFirst);
                c.span.endDate = e.startDate;
                c.span.endTime = e.startTime;
                c.span.endText = e.startText;
                if (!c.span.zone)
                    c.span.zone = e.zone;
            }
            return c;
        }
    }
    // 2. A "Duration:" line that gives the whole span.
    std::optional<SpanChoice> weak;
    if (!m_durationText.isEmpty()) {
        const Span s = parseSpan(m_durationText, m_dayFirst);
        const bool whole
            = s.endTime.isValid()
              || (!s.startTime.isValid() && s.startDate.isValid() && s.endDate.isValid());
        if (hasStart(s)) {
            SpanChoice c{s, ReportText::tr("the “%1” line")
                                .arg(m_durationLabel.isEmpty() ? QStringLiteral("Duration")
                                                               : m_durationLabel)};
            c.fromStatement = true;
            if (whole)
                return c;
            weak = c;
        }
    }
    // 3. A span stated in the summary, then in the impact.
    for (const auto &[text, source] :
         {std::pair{&m_pm.summary, ReportText::tr("the summary")},
          std::pair{&m_pm.impact, ReportText::tr("the impact section")}}) {
        if (const std::optional<Span> s = findSpan(text->left(kScan * 4), m_dayFirst)) {
            SpanChoice c{*s, source};
            c.fromStatement = true;
            return c;
        }
    }
    // 4. The times the summary gives.
    if (std::optional<SpanChoice> c = summaryStatement())
        return c;
    // 5. A single moment on a Duration or Date line.
    if (weak)
        return weak;
    // 6. A span stated anywhere else in the prose.
    for (const QString &p : std::as_const(m_otherProse)) {
        if (const std::optional<Span> s = findSpan(p.left(kScan * 4), m_dayFirst)) {
            SpanChoice c{*s, ReportText::tr("a sentence outside the summary")};
            c.fromStatement = true;
            c.guessed = true;
            return c;
        }
    }
    return std::nullopt;
}

void MarkdownImporter::resolveYearlessDates()
{
    // "[03-26 17:40]": the year is the one of the document's own dates (title, summary, the
    // timeline's dated entries, front matter, then anywhere), taken so that the entry falls
    // at most a month after that date ("[12-05 16:21]" in a March 2019 report is 2018-12-05).
    bool any = false;
    for (const PendingEvent &pe : std::as_const(m_events))
        any = any || pe.yearlessMonth > 0;
    if (!any)
        return;
    QList<ImportTime::DateHit> hint = ImportTime::findDates(m_pm.title, m_dayFirst, 1);
    if (hint.isEmpty())
        hint = ImportTime::findDates(m_durationText + QLatin1Char('\n') + m_pm.summary, m_dayFirst,
                                     1);
    for (const PendingEvent &pe : std::as_const(m_events))
        if (hint.isEmpty() && pe.explicitDate)
            hint.append({0, 0, pe.event.at.date});
    if (hint.isEmpty())
        hint = ImportTime::findDates(m_frontMatter, m_dayFirst, 1);
    if (hint.isEmpty())
        hint = ImportTime::findDates(m_text, m_dayFirst, 1);
    if (hint.isEmpty()) {
        noteGuess(
            ReportText::tr("Timeline dates have no year and the document gives none; they are "
                           "left empty."));
        return;
    }
    const QDate reference = hint.first().date;
    for (PendingEvent &pe : m_events) {
        if (pe.yearlessMonth <= 0)
            continue;
        QDate d(reference.year(), pe.yearlessMonth, pe.yearlessDay);
        if (d.isValid() && d > reference.addDays(31))
            d = d.addYears(-1);
        else if (d.isValid() && d < reference.addDays(-334))
            d = d.addYears(1);
        if (!d.isValid())
            continue;
        pe.event.at.date = d;
        pe.explicitDate = true;
    }
    noteGuess(ReportText::tr("Timeline dates without a year take the year of %1.")
                  .arg(reference.toString(Qt::ISODate)));
}

void MarkdownImporter::resolveStartEnd()
{
    using namespace ImportTime;
    resolveYearlessDates();
    std::optional<SpanChoice> choice = chooseSpan();

    // The timeline, as a fallback for what the statements do not give.
    const PendingEvent *firstTimed = nullptr;
    const PendingEvent *lastTimed = nullptr;
    const PendingEvent *firstDated = nullptr;
    const PendingEvent *lastDated = nullptr;
    for (const PendingEvent &pe : std::as_const(m_events)) {
        if (pe.event.at.time.isValid()) {
            if (!firstTimed)
                firstTimed = &pe;
            lastTimed = &pe;
        }
        if (pe.explicitDate) {
            if (!firstDated)
                firstDated = &pe;
            lastDated = &pe;
        }
    }
    // Entries that say the outage began or ended ("14:54 **OUTAGE BEGINS**", "(outage ends)"):
    // the first such start, and the first end after it; outage/impact words before incident
    // ones (an incident is declared after the outage began and closed after it ended).
    static const QRegularExpression outageStarts(
        QStringLiteral(
            R"(\b(outage|impact|downtime|disruption|degradation|problem)\s+(begins|began|starts|started)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression incidentStarts(
        QStringLiteral(R"(\b(incident|issue)\s+(begins|began|starts|started)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression outageEnds(
        QStringLiteral(
            R"(\b(outage|impact|downtime|disruption|degradation)\s+(ends|ended|is over|resolved)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression incidentEnds(
        QStringLiteral(R"(\b(incident)\s+(ends|ended|closed|resolved)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto marked
        = [this](const QRegularExpression &re, qsizetype from) -> const PendingEvent * {
        for (qsizetype k = from; k < m_events.size(); ++k) {
            const PendingEvent &pe = m_events.at(k);
            if (pe.event.at.time.isValid()
                && re.match(QStringView(pe.event.text).left(kScan)).hasMatch())
                return &pe;
        }
        return nullptr;
    };
    const PendingEvent *startMarker = marked(outageStarts, 0);
    if (!startMarker)
        startMarker = marked(incidentStarts, 0);
    const qsizetype afterStart = startMarker ? startMarker - m_events.constData() : 0;
    const PendingEvent *endMarker = marked(outageEnds, afterStart);
    if (!endMarker)
        endMarker = marked(incidentEnds, afterStart);
    // A timeline written newest first (a status page) starts at its last entry.
    if (firstTimed && lastTimed && firstTimed != lastTimed && firstTimed->explicitDate
        && lastTimed->explicitDate) {
        const QDateTime first(firstTimed->event.at.date, firstTimed->event.at.time);
        const QDateTime last(lastTimed->event.at.date, lastTimed->event.at.time);
        if (first > last)
            std::swap(firstTimed, lastTimed);
    }
    const PendingEvent *timelineStart = startMarker ? startMarker : firstTimed;
    const PendingEvent *timelineEnd = endMarker ? endMarker : lastTimed;

    // A statement with a date and no time ("Date: 2015-10-21"): the times from the timeline.
    QDate statedDay;
    if (choice && !choice->span.startTime.isValid() && !choice->span.endDate.isValid()
        && timelineStart) {
        statedDay = choice->span.startDate;
        choice.reset();
    }
    if (!choice && timelineStart) {
        SpanChoice c;
        c.source = startMarker ? ReportText::tr("the timeline entry that says the outage began")
                               : ReportText::tr("the timeline's first entry");
        c.guessed = true;
        c.startFromTimeline = true;
        c.span.startTime = timelineStart->event.at.time;
        c.span.startText = timelineStart->event.at.text;
        c.span.startDate
            = timelineStart->event.at.date.isValid() ? timelineStart->event.at.date : statedDay;
        choice = c;
    } else if (!choice && firstDated) {
        SpanChoice c;
        c.source = ReportText::tr("the timeline's dates");
        c.guessed = true;
        c.startFromTimeline = true;
        c.span.startDate = firstDated->event.at.date;
        c.span.startText = firstDated->event.at.text;
        if (lastDated != firstDated && lastDated->event.at.date != c.span.startDate) {
            c.span.endDate = lastDated->event.at.date;
            c.span.endText = lastDated->event.at.text;
        }
        choice = c;
    }
    if (choice && choice->span.startTime.isValid() && !choice->span.endTime.isValid() && timelineEnd
        && timelineEnd != timelineStart) {
        // The end from the timeline (its "outage ends" entry, else its last timed entry), when
        // the statements give none.
        const bool sameAsStart = choice->startFromTimeline;
        if (sameAsStart || timelineEnd->event.at.time != choice->span.startTime) {
            choice->span.endTime = timelineEnd->event.at.time;
            choice->span.endText = timelineEnd->event.at.text;
            choice->span.endDate = timelineEnd->explicitDate ? timelineEnd->event.at.date : QDate();
            choice->endFromTimeline = true;
        }
    }
    lastTimed = timelineEnd;

    if (choice) {
        Span &span = choice->span;
        if (span.startTime.isValid() && !span.startDate.isValid()) {
            // A date stated elsewhere: the summary, the Duration line, the timeline's first
            // date, the front matter, the title.
            const QString stated = m_durationText + QLatin1Char('\n') + m_pm.summary;
            QList<DateHit> dates = findDates(stated, m_dayFirst, 1);
            if (dates.isEmpty()) {
                // "On July 2nd at 10:00" with the year written elsewhere in the document.
                const std::optional<MonthDay> md = findMonthDay(stated);
                const QList<DateHit> year = findDates(m_text, m_dayFirst, 1);
                if (md && !year.isEmpty()) {
                    const QDate d(year.first().date.year(), md->month, md->day);
                    if (d.isValid()) {
                        dates.append({0, 0, d});
                        noteGuess(
                            ReportText::tr("The incident day is written without a year; the "
                                           "year %1 is taken from the document's other dates.")
                                .arg(d.year()));
                    }
                }
            }
            for (const PendingEvent &pe : std::as_const(m_events)) {
                if (!dates.isEmpty())
                    break;
                if (pe.explicitDate)
                    dates.append({0, 0, pe.event.at.date});
            }
            if (dates.isEmpty())
                dates = findDates(m_frontMatter, m_dayFirst, 1);
            if (dates.isEmpty())
                dates = findDates(m_pm.title, m_dayFirst, 1);
            if (!dates.isEmpty())
                span.startDate = dates.first().date;
        }
        if (span.endTime.isValid() && !span.endDate.isValid() && span.startDate.isValid()) {
            span.endDate
                = span.endTime < span.startTime ? span.startDate.addDays(1) : span.startDate;
            if (span.endTime < span.startTime)
                noteGuess(
                    ReportText::tr("The incident passes midnight: its end (%1) is dated the next "
                                   "day, %2.")
                        .arg(span.endTime.toString(QStringLiteral("HH:mm")),
                             span.endDate.toString(Qt::ISODate)));
        }
        // A stated date that disagrees with the title's date only in its month or year is a
        // typo ("2019-02-25" in a report titled "March 26th, 2019").
        const QList<DateHit> titleDates = findDates(m_pm.title, m_dayFirst, 1);
        if (choice->fromStatement && !titleDates.isEmpty() && span.startDate.isValid()) {
            const QDate title = titleDates.first().date;
            const QDate probe = span.endDate.isValid() ? span.endDate : span.startDate;
            if (std::abs(probe.daysTo(title)) > 7) {
                const QDate fixed(title.year(), title.month(), probe.day());
                if (fixed.isValid() && std::abs(fixed.daysTo(title)) <= 1) {
                    const int months
                        = (fixed.year() - probe.year()) * 12 + (fixed.month() - probe.month());
                    noteGuess(ReportText::tr("The incident date %1 disagrees with the title's date "
                                             "%2 only in its month or year; read as %3.")
                                  .arg(span.startDate.toString(Qt::ISODate),
                                       title.toString(Qt::ISODate),
                                       span.startDate.addMonths(months).toString(Qt::ISODate)));
                    span.startDate = span.startDate.addMonths(months);
                    if (span.endDate.isValid())
                        span.endDate = span.endDate.addMonths(months);
                }
            }
        }
    }

    resolveZone(choice ? &*choice : nullptr);
    const std::optional<int> offset
        = m_pm.timezone ? std::optional<int>(m_pm.timezone->utcOffsetMinutes) : std::nullopt;
    if (choice) {
        const Span &span = choice->span;
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
    resolveTimelineDates();
    if (choice && choice->endFromTimeline && !m_pm.end.date.isValid() && lastTimed) {
        // The last entry's date as the timeline carries it.
        const qsizetype index = lastTimed - m_events.constData();
        if (index >= 0 && index < m_events.size())
            m_pm.end.date = m_events.at(index).event.at.date;
        if (m_pm.end.date.isValid() && m_pm.start.date.isValid() && m_pm.end.date < m_pm.start.date)
            m_pm.end.date = m_pm.start.date;
    }

    // The report.
    if (choice) {
        const auto describe = [](const Moment &m) {
            QStringList parts;
            if (m.date.isValid())
                parts.append(m.date.toString(Qt::ISODate));
            if (m.time.isValid())
                parts.append(m.time.toString(QStringLiteral("HH:mm")));
            return parts.join(QLatin1Char(' '));
        };
        const QString start = describe(m_pm.start);
        const QString end = describe(m_pm.end);
        const QString line
            = end.isEmpty()
                  ? ReportText::tr("Incident start %1, from %2.").arg(start, choice->source)
                  : ReportText::tr("Incident %1 to %2, from %3.").arg(start, end, choice->source);
        if (choice->guessed)
            noteGuess(line);
        else
            m_report.recognised.append(line);
        if (choice->endFromTimeline)
            noteGuess(
                (endMarker
                     ? ReportText::tr("Incident end taken from the timeline entry that says "
                                      "the outage ended (%1).")
                     : ReportText::tr("Incident end taken from the last timeline entry (%1)."))
                    .arg(m_pm.end.time.toString(QStringLiteral("HH:mm"))));
        if (m_pm.start.time.isValid() && !m_pm.start.date.isValid())
            noteGuess(
                ReportText::tr("No incident date with a year is given; dates are left empty."));
    }
}

void MarkdownImporter::resolveZone(const SpanChoice *choice)
{
    using namespace ImportTime;
    const QDate date = choice ? choice->span.startDate : QDate();
    std::optional<ZoneHit> zone;
    QString source;
    // A sentence declaring the zone of all times ("All times in PDT (UTC-7).").
    for (const Line &l : std::as_const(m_lines)) {
        if (l.kind == LineKind::Code || l.kind == LineKind::Blank || l.kind == LineKind::FrontMatter
            || l.kind == LineKind::Html || l.content.size() > 400 || isChatLine(l.content))
            continue;
        if ((zone = declaredZone(l.content, date))) {
            source = ReportText::tr("“%1” (line %2)").arg(l.content.left(80)).arg(l.number);
            break;
        }
    }
    if (!zone && choice && choice->span.zone) {
        zone = choice->span.zone;
        source = choice->source;
    }
    if (!zone) {
        for (const PendingEvent &pe : std::as_const(m_events)) {
            if (pe.zone) {
                zone = pe.zone;
                source = ReportText::tr("the timeline");
                break;
            }
        }
    }
    if (!zone) {
        // A zone written right after or before a time anywhere in the prose ("UTC 05:13").
        int scanned = 0;
        for (const Line &l : std::as_const(m_lines)) {
            if (l.kind == LineKind::Code || l.kind == LineKind::Blank
                || l.kind == LineKind::FrontMatter || l.kind == LineKind::Html
                || isChatLine(l.content))
                continue;
            if (++scanned > 5000)
                break;
            const QString s = l.content.left(kScan);
            for (const TimeHit &t : findTimes(s, 8, kScan)) {
                zone = zoneAfter(s, t.pos + t.length, date);
                if (!zone)
                    zone = zoneBefore(s, t.pos, date);
                if (zone) {
                    source = ReportText::tr("line %1").arg(l.number);
                    break;
                }
            }
            if (zone)
                break;
        }
    }
    if (!zone) {
        if (choice && choice->span.startTime.isValid())
            noteGuess(ReportText::tr("No time zone is stated; times are kept as written."));
        return;
    }
    const QString label = zone->label.trimmed();
    const int offset = zoneOffset(label, date).value_or(zone->utcOffsetMinutes);
    m_pm.timezone = TimeZoneInfo{label, offset};
    const QString text = ReportText::tr("Time zone %1 (UTC%2), from %3.")
                             .arg(label, formatUtcOffset(offset), source);
    static const QRegularExpression generic(
        QStringLiteral(R"(^(PT|MT|CT|ET|Pacific|Mountain|Central|Eastern)$)"));
    if (generic.match(label).hasMatch())
        noteGuess(text + QLatin1Char(' ')
                  + (date.isValid()
                         ? ReportText::tr("Daylight or standard time chosen by the US rule for %1.")
                               .arg(date.toString(Qt::ISODate))
                         : ReportText::tr("Standard time assumed (no date).")));
    else
        m_report.recognised.append(text);
}

void MarkdownImporter::resolveTimelineDates()
{
    // Each entry's zone: the one written with it, else the document's. Then the dates carried
    // down the timeline across midnights (timeline.h, withCarriedDates).
    const std::optional<int> docOffset
        = m_pm.timezone ? std::optional<int>(m_pm.timezone->utcOffsetMinutes) : std::nullopt;
    QList<TimelineEvent> events;
    events.reserve(m_events.size());
    for (PendingEvent &pe : m_events) {
        Moment &at = pe.event.at;
        if (at.time.isValid() || at.date.isValid())
            at.utcOffsetMinutes
                = pe.zone ? std::optional<int>(pe.zone->utcOffsetMinutes) : docOffset;
        events.append(pe.event);
    }
    const QList<TimelineEvent> carried = withCarriedDates(events, m_pm.start);
    QDate previous;
    bool rolled = false;
    for (qsizetype k = 0; k < carried.size(); ++k) {
        const QDate d = carried.at(k).at.date;
        if (!m_events.at(k).explicitDate && d.isValid() && previous.isValid() && d > previous)
            rolled = true;
        if (d.isValid())
            previous = d;
        m_events[k].event.at.date = d;
        m_events[k].event.at.utcOffsetMinutes = carried.at(k).at.utcOffsetMinutes;
    }
    if (rolled)
        noteGuess(ReportText::tr("The timeline passes midnight: the entries after it are dated the "
                                 "next day."));
}

void MarkdownImporter::resolvePercent()
{
    static const QRegularExpression percent(
        QStringLiteral(R"((?<![\d.])(\d{1,3}(?:\.\d+)?)\s*\\?(?:%|percent\b))"),
        QRegularExpression::CaseInsensitiveOption);
    // The share is of users when they are named right after it ("75% of users", "about 65% of
    // our day to day users", "30% reduction in user access") or right before ("users
    // affected: 75%"); "CPU at 100% and 2,354 users" is no share of users.
#define HS_WHO                                                                                     \
    "(?:users?|customers?|visitors?|clients?|members?|people|subscribers?|players?|accounts?|"     \
    "user base|merchants?|tenants?|organi[sz]ations?|businesses|sellers?|buyers?|shoppers?|"       \
    "drivers?|riders?|students?|learners?|developers?|sites?|shops?|stores?|repositories)"
    static const QRegularExpression whoAfter(
        QStringLiteral(
            R"(^[*_]{0,2}\s*(?:of\s+)?(?:(?!(?:and|or|but|while|with)\b)[A-Za-z/'’-]+\s+){0,4}?)" HS_WHO
            R"(\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression whoBefore(
        QStringLiteral(
            R"(\b)" HS_WHO
            R"(\s*(?:affected|impacted)?\s*[:=(]?\s*(?:approximately|about|around|~)?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
#undef HS_WHO
    static const QRegularExpression notHit(
        QStringLiteral(
            R"(\b(?:unaffected|unimpacted|unaware|no (?:impact|issues?|problems?|errors?))\b)"
            R"(|(?:\bnot|\bnever|n't)\s+(?:been\s+)?(?:affected|impacted|notic\w*|see|saw|experienc\w*)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression all(
        QStringLiteral(R"(\b(all|every)\s+(of\s+)?(our\s+|the\s+)?(users|customers|visitors)\b)"),
        QRegularExpression::CaseInsensitiveOption);

    // Every share of users stated: the largest is the affected population, the smaller ones
    // describe parts of it ("100% of users saw the warning … deterred 65% of users").
    const auto findPercents = [&](const QString &text) {
        QList<double> found;
        const QString s = text.left(kScan * 4);
        auto it = percent.globalMatch(s);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const double v = m.captured(1).toDouble();
            if (v < 0 || v > 100)
                continue;
            const QString after = s.mid(m.capturedEnd(), 80);
            const QString before = s.mid(std::max<qsizetype>(0, m.capturedStart() - 40),
                                         std::min<qsizetype>(40, m.capturedStart()));
            // "95% of users did not notice" / "were unaffected": the share that was not hit.
            const QString clause
                = after.section(QRegularExpression(QStringLiteral(R"([.;!?])")), 0, 0);
            if ((whoAfter.match(after).hasMatch() || whoBefore.match(before).hasMatch())
                && !notHit.match(clause).hasMatch())
                found.append(v);
        }
        return found;
    };
    QList<double> values = findPercents(m_pm.impact) + findPercents(m_pm.summary);
    QString source = ReportText::tr("the impact and summary");
    if (values.isEmpty()) {
        for (const QString *text : {&m_pm.impact, &m_pm.summary}) {
            if (all.match(QStringView(*text).left(kScan * 4)).hasMatch()) {
                m_pm.usersAffectedPercent = 100;
                noteGuess(ReportText::tr("Users affected: “all users” read as 100%."));
                return;
            }
        }
        for (const Line &l : std::as_const(m_lines)) {
            if (l.kind == LineKind::Code || l.kind == LineKind::FrontMatter
                || l.kind == LineKind::Html || isChatLine(l.content))
                continue;
            values = findPercents(l.content);
            if (!values.isEmpty()) {
                source = ReportText::tr("line %1").arg(l.number);
                break;
            }
        }
    }
    if (values.isEmpty())
        return;
    const double best = *std::max_element(values.cbegin(), values.cend());
    m_pm.usersAffectedPercent = best;
    QStringList shown;
    for (const double v : std::as_const(values))
        if (!shown.contains(QString::number(v) + QLatin1Char('%')))
            shown.append(QString::number(v) + QLatin1Char('%'));
    if (shown.size() > 1)
        noteGuess(ReportText::tr("Users affected: %1% chosen from %2 (the largest share of users "
                                 "stated).")
                      .arg(QString::number(best), shown.join(QStringLiteral(", "))));
    else
        m_report.recognised.append(
            ReportText::tr("Users affected: %1%, from %2.").arg(QString::number(best), source));
}

void MarkdownImporter::resolveRootCause()
{
    if (!m_pm.rootCause.trimmed().isEmpty()) {
        if (!m_rootCauseSource.isEmpty())
            noteGuess(ReportText::tr("Root cause taken from %1.").arg(m_rootCauseSource));
        return;
    }
    // No root-cause section: the sentences of the summary (then the impact) that state a
    // cause; else a sentence anywhere that names the root cause ("The root cause was …" in a
    // status update). They stay where they are too.
    for (const QString *text : {&m_pm.summary, &m_pm.impact}) {
        QStringList causes;
        for (const QString &s : splitSentences(*text))
            if (hasCauseCue(s))
                causes.append(s);
        if (!causes.isEmpty()) {
            m_pm.rootCause = causes.join(QLatin1Char(' '));
            noteGuess(
                (causes.size() == 1
                     ? ReportText::tr("No root-cause section: the root cause is the sentence of "
                                      "the %1 that states a cause.")
                     : ReportText::tr("No root-cause section: the root cause is the %n sentences "
                                      "of the %1 that state a cause.",
                                      nullptr, int(causes.size())))
                    .arg(text == &m_pm.summary ? ReportText::tr("summary")
                                               : ReportText::tr("impact section")));
            return;
        }
    }
    static const QRegularExpression named(
        QStringLiteral(R"(\broot cause (was|is|of)\b|\bwas caused by\b)"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList elsewhere;
    for (const PendingEvent &pe : std::as_const(m_events))
        elsewhere.append(pe.event.text);
    elsewhere += m_otherProse;
    for (const QString &text : std::as_const(elsewhere)) {
        for (const QString &sentence : splitSentences(text)) {
            if (named.match(sentence).hasMatch()) {
                m_pm.rootCause = sentence;
                noteGuess(
                    ReportText::tr("No root-cause section: the root cause is the sentence that "
                                   "names it: “%1”")
                        .arg(sentence.left(100)));
                return;
            }
        }
    }
}

void MarkdownImporter::writeReport()
{
    // Numeric dates: which way they were read.
    static const QRegularExpression numeric(
        QStringLiteral(R"((?<![\d/.-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-]))"));
    QStringList ambiguous;
    QStringList shortYears;
    auto it = numeric.globalMatch(QStringView(m_text).left(100000));
    int seen = 0;
    while (it.hasNext() && seen++ < 200) {
        const QRegularExpressionMatch m = it.next();
        const int a = m.captured(1).toInt();
        const int b = m.captured(3).toInt();
        if (a <= 12 && b <= 12 && a != b && !ambiguous.contains(m.captured()))
            ambiguous.append(m.captured());
        if (m.captured(4).size() == 2 && !shortYears.contains(m.captured()))
            shortYears.append(m.captured());
    }
    if (!ambiguous.isEmpty())
        noteGuess(m_dayFirst
                      ? ReportText::tr("Read %1 as DD/MM: other dates in the document put the "
                                       "day first.")
                            .arg(ambiguous.join(QStringLiteral(", ")))
                      : ReportText::tr("Assumed MM/DD for %1: no date in the document puts "
                                       "the day first.")
                            .arg(ambiguous.join(QStringLiteral(", "))));
    else if (m_dayFirst)
        m_report.recognised.append(ReportText::tr("Dates are written day first (DD/MM)."));
    if (!shortYears.isEmpty())
        noteGuess(ReportText::tr("Two-digit years read as 19xx for 69–99 and 20xx otherwise: %1.")
                      .arg(shortYears.join(QStringLiteral(", "))));

    // Parts recognised.
    int timed = 0;
    for (const TimelineEvent &e : std::as_const(m_pm.timeline))
        timed += e.at.time.isValid() ? 1 : 0;
    if (m_statusUpdates > 0)
        m_report.recognised.append(
            ReportText::tr("%1 status-page updates read as timeline entries.")
                .arg(m_statusUpdates));
    if (!m_pm.timeline.isEmpty()) {
        QString t = ReportText::tr("Timeline: %1 entries with a time").arg(timed);
        if (m_pm.timeline.size() > timed)
            t += ReportText::tr(", %1 without").arg(m_pm.timeline.size() - timed);
        if (m_firstTimelineLine)
            t += ReportText::tr(" (lines %1–%2)").arg(m_firstTimelineLine).arg(m_lastTimelineLine);
        m_report.recognised.append(t + QLatin1Char('.'));
    }
    if (!m_pm.actionItems.isEmpty()) {
        int improvements = 0;
        for (const ActionItem &a : std::as_const(m_pm.actionItems))
            improvements += a.category == QLatin1String("improvement") ? 1 : 0;
        m_report.recognised.append(ReportText::tr("Action items: %1 (%2 improvements, %3 tasks).")
                                       .arg(m_pm.actionItems.size())
                                       .arg(improvements)
                                       .arg(m_pm.actionItems.size() - improvements));
    }
    if (m_pm.rootCause.isEmpty())
        m_report.guessed.append(ReportText::tr("No root cause was found."));

    // Kept as is.
    for (const KeptRun &k : std::as_const(m_kept)) {
        const QString lines = k.first == k.last
                                  ? ReportText::tr("line %1").arg(k.first)
                                  : ReportText::tr("lines %1–%2").arg(k.first).arg(k.last);
        m_report.keptAsIs.append(
            ReportText::tr("%1, %2, kept in “%3” (not read as timeline entries "
                           "or action items).")
                .arg(k.what, lines, k.where));
    }
    for (const Section &s : std::as_const(m_pm.sections)) {
        if (s.text.trimmed().isEmpty())
            continue;
        const int lines = int(s.text.count(QLatin1Char('\n'))) + 1;
        m_report.keptAsIs.append(
            (lines == 1
                 ? ReportText::tr("“%1” kept as an additional section (1 line).")
                 : ReportText::tr("“%1” kept as an additional section (%n lines).", nullptr, lines))
                .arg(s.heading.left(80)));
    }
    if (m_report.incidentsFound > 1)
        m_report.guessed.prepend(
            ReportText::tr(
                "This file describes %1 incidents: the first was imported; the rest (from "
                "line %2) is kept as additional sections.")
                .arg(m_report.incidentsFound)
                .arg(m_otherIncidentLine));
}

} // namespace

QString ImportReport::toText() const
{
    QString out;
    const auto list = [&out](const QString &heading, const QStringList &items) {
        if (items.isEmpty())
            return;
        out += heading + QLatin1Char('\n');
        for (const QString &i : items)
            out += QStringLiteral("  - ") + i + QLatin1Char('\n');
    };
    if (incidentsFound > 1)
        out += ReportText::tr("%1 incidents found in this file; the first was imported.")
                   .arg(incidentsFound)
               + QLatin1Char('\n');
    list(ReportText::tr("Recognised:"), recognised);
    list(ReportText::tr("Guessed:"), guessed);
    list(ReportText::tr("Kept as is:"), keptAsIs);
    return out;
}

ImportResult importPostmortem(const QString &text)
{
    MarkdownImporter importer(text);
    return importer.run();
}

Postmortem importMarkdown(const QString &text)
{
    return importPostmortem(text).postmortem;
}

} // namespace Hindsight
