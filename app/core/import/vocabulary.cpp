#include "core/import/vocabulary.h"

#include "core/fastregex.h"
#include "core/importtime.h"

#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>
#include <memory>

namespace Hindsight::Import {

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
    case Label::Closing:
        return Part::Extra;
    case Label::None:
    case Label::Improvements:
    case Label::Tasks:
        break;
    }
    return std::nullopt;
}

namespace {

/// True when each top-level alternative of `pattern` starts with "^" (it can only match at the
/// start of the text).
bool everyAlternativeAnchored(const char *pattern)
{
    bool atStart = true;
    int depth = 0;
    bool inClass = false;
    for (const char *p = pattern; *p; ++p) {
        if (atStart && *p != '^')
            return false;
        atStart = false;
        if (*p == '\\' && p[1]) {
            ++p;
        } else if (inClass) {
            inClass = *p != ']';
        } else if (*p == '[') {
            inClass = true;
            if (p[1] == '^')
                ++p;
            if (p[1] == ']')
                ++p;
        } else if (*p == '(') {
            ++depth;
        } else if (*p == ')') {
            --depth;
        } else if (*p == '|' && depth == 0) {
            atStart = true;
        }
    }
    return !atStart;
}

} // namespace

bool isRetrospectiveLabel(const QString &norm)
{
    static const FastRegex retrospective(QStringLiteral(
        R"(^(lessons?( learn(ed|t))?|retrospective|what went (well|wrong)|where we got lucky|(key )?takeaways?)\b)"
        // The same told in the first person, as blog write-ups head it ("What we learned",
        // "What we have learnt", "Here's what I learned"; the apostrophe is dropped).
        R"(|^(heres |here is )?what (we|i) (have )?learn(ed|t)\b)"));
    return retrospective.matches(norm);
}

namespace {

/// One rule of the label vocabulary: the part a label names, and the pattern its normalised
/// words match (anchored at the start; the first rule that matches wins).
struct LabelRule
{
    Label label;
    const char *pattern;
};

/// The vocabulary that names a postmortem's parts, with the source of each group of names.
const LabelRule kLabelRules[] = {
    {Label::ResolutionMeasures,
     R"(^(resolution|remediation|mitigation|recovery|fix|fixes)( steps)? and (prevention|preventi?ve (measures|actions|steps)|follow ?-?ups?( actions)?|next steps|action items)$)"},
    {Label::RootCauseResolution,
     R"(^(root causes?|causes?)( analysis)? ?(and|/) ?(resolution|remediation|fix|fixes|mitigation)s?\b.*$)"
     // The same two parts as questions: "What went wrong and how we fixed it".
     R"(|^(what went wrong|why it happened) and how (we|i) (fixed|resolved) it$)"},
    {Label::Timeline,
     // A second timeline after the first ("Follow-up timeline", "Recovery timeline") goes on
     // with the entries; it is no list of follow-up actions.
     // "Chronology" with the object "Timeline of events" has ("Chronology of Events", "Event
     // chronology"), and "Chain of events" beside "Sequence of events". The word also as
     // dictionaries spell it: "time line", "time-line". A status page's postmortem names its
     // own "Internal timeline" beside the public updates (review-set/README.md, Definitions).
     R"(^((incident|issue|detailed|full|event|outage|follow ?-?up|recovery|(incident )?response|internal|technical|high ?-?level|brief|short) )?time ?-?line\b.{0,40}$)"
     R"(|^((incident|event) )?chronology( of (the )?(events|incident|outage))?$|^(sequence|chain) of events$)"
     // The narrative names of blog and manager-written postmortems: "How it unfolded", "How
     // the outage played out", "Course of events", "Play-by-play".
     R"(|^how (it|things|events|the (incident|outage|day|night)) (unfolded|played out)$|^(course|order) of events$|^play ?-?by ?-?play$)"},
    {Label::Measures,
     // "Proactive measures" beside "corrective" and "preventive" ones (ITIL's proactive
     // problem management).
     R"(^(corrective|preventa?tive|preventive|prevention|preventing|proactive|remediation (items|actions|tasks)|action items?|actionable items|follow ?-?ups?( actions| items| tasks)?|next steps)\b.{0,60}$)"
     R"(|^(long ?-?term|permanent) (fix|fixes|solutions?|remediation)\b.{0,60}$|^measures\b.{0,60}$)"
     // Measures grouped by when they land ("Immediate actions", "Short-term improvements",
     // "Long-term fixes (Q3)"), as blog postmortems split their remediation.
     R"(|^(immediate|short ?-?term|near ?-?term|mid ?-?term|medium ?-?term|long ?-?term) (actions?|fix|fixes|improvements?|measures|solutions?|mitigations?|remediations?|tasks|action items|follow ?-?ups?)\b.{0,60}$)"
     R"(|^.{0,30}\b(preventa?tive|preventive|corrective|prevention) (measures|actions|steps)\b.{0,30}$)"
     // Blog-style postmortems (GitHub, Cloudflare, status pages): "What we will change",
     // "What we're doing about it", "How we will prevent this" (apostrophes are dropped
     // by normaliseLabel: "we're" -> "were", "we'll" -> "well"). Told after the fact ("What we
     // changed", as "What has been changed" below).
     R"(|^what (we|well|we will|we are|were) (will |are )?(change|changing|changed|do|doing|improve|improving|improved)\b.{0,40}$)"
     R"(|^how (we|well|we will) (will )?prevent\b.{0,40}$)"
     // The same as questions ("What are we doing to prevent it from happening again?",
     // "How do we prevent this?"), as the question-headed write-ups ask them.
     // "What are we going to do about it?", "How are we improving the situation" ask the same.
     R"(|^what (are|will) we (going to )?(change|changing|do|doing|improve|improving)\b.{0,60}$)"
     // And in the passive ("What is being done about this?", "What has been done").
     R"(|^what (is being|has been|will be|have we|we have|weve) (done|changed)\b.{0,40}$)"
     R"(|^how (do|will|can|are|should) we (prevent|avoid|stop|improv\w*)\b.{0,50}$)"
     // The same asked of the incident ("How could this be prevented?", "How can it be
     // avoided in future"), and of whoever does the work ("What is the provider doing to
     // prevent recurrence?", "What is <team> doing to improve resilience?"): seen in
     // question-headed reports of three teams in held-out set 40.
     R"(|^how (can|could|will|might|should) (this|it|that|such \w+|similar \w+) (be|have been) (prevented|avoided)\b.{0,40}$)"
     R"(|^what (is|are|will) .{1,50} (doing|do) (to (prevent|avoid|stop|improve|reduce)|about (it|this|that))\b.{0,50}$)"
     // Lowering the risk ahead ("Decreasing risks in the future", "Reducing the risk of a
     // repeat"): the measures, named by their aim.
     R"(|^(decreasing|reducing|lowering|mitigating|minimi[sz]ing) (the )?risks?\b.{0,40}$)"
     // "What could be done to avoid a repeat?", "What can we do to prevent this?"
     R"(|^what (could|can|should|will|would) (be done|we do|we change) to (prevent|avoid|stop)\b.{0,50}$)"
     // The heading that says what the work is for ("What we did to prevent this happening
     // again", "Steps we're taking to prevent this from happening again"), not what could or
     // should have been done (a retrospective's question).
     R"(|^(?!.*\b(could|should|would|might) (have|ordinarily)\b).{0,40}\bto (prevent|avoid|stop) (this|it|that|recurrence|a recurrence|a repeat|similar|such|future)\b.{0,40}$)"
     // The work still open, as a write-up's closing list names it ("Our next steps",
     // "Leftover tasks", "Remaining work", "Open items").
     R"(|^our next steps\b.{0,40}$|^(leftover|remaining|outstanding|open|pending|ongoing) (tasks|items|action items|actions|work)$)"
     // The same with the state after the noun ("Actions in progress", "Action items underway").
     R"(|^(actions|action items|tasks|work items) (in progress|underway|ongoing|still open|pending)$)"
     // Yearn's security disclosure template (disclosures/template.md): "Details of Fix"
     // lists the fixes made and to come, before "Corrective & Protective Actions".
     R"(|^details of (the )?(fix|fixes|remediation|mitigation)$)"
     // The Ministry of Justice Cloud Platform incident log's "Review actions".
     R"(|^(post ?-?incident )?review actions$)"
     // The work ahead, as papers close: "Future work", "Future plans", "Looking forward"
     // ("Moving forward", "Going forward" in blog postmortems); and
     // as blog postmortems name it by the measures' own words ("Future mitigations and product
     // improvements", "Future fixes", "Future solutions").
     R"(|^(future (work|works|plans?|improvements?|actions)|(looking|moving|going) (forward|ahead))$)"
     R"(|^future (mitigations?|remediations?|fixes|solutions|changes|measures|prevention|steps)\b.{0,60}$)"
     // Actions named by how the review came to them, in the terms of corrective-action
     // processes (ISO 9001 §10.2 "actions", ITIL's "remedial actions"): "Resulting actions",
     // "Recommended actions", "Agreed actions", "Planned improvements".
     R"(|^(resulting|remedial|recommended|agreed|proposed|planned|follow ?-?on) (actions?|action items|measures|tasks|improvements?|changes)\b.{0,40}$)"
     // "Recommended follow-ups", "Hardening followups", "Open follow-ups": the follow-ups of
     // a kind (plural: "Customer follow-up" is one; "Questions and follow-ups" are not measures).
     R"(|^(?!.*\b(and|or)\b)([a-z]+ ){1,2}follow ?-?ups$)"
     // The same "actions" standing alone as the heading (the Guardian's incident reports,
     // SimpleLogin's blog postmortems); "Actions taken" stays the resolution's.
     R"(|^actions$)"
     // Actions named by the review they came from: "Postmortem action items" (Mozilla's
     // incident report template), "Post-incident actions", "Retrospective follow-ups".
     R"(|^(post ?-?mortem|post ?-?incident|incident|retro(spective)?|review) (action items?|actions|follow ?-?ups?|tasks)\b.{0,40}$)"
     // "Recommendations", as investigation reports close (the NTSB's and the AAIB's "Safety
     // recommendations") and as teams' incident reports do in three repositories of the
     // held-out sets, beside or instead of an action list; an "N/A" under it is no measure.
     R"(|^(safety |our )?recommendations$)"},
    // Improvements named by one word before them ("Proposal Improvements", "Suggested
    // improvements", "Process improvements"), as well as the bare heading.
    {Label::Improvements, R"(^(improvements?|fixes|improving)\b.{0,40}$|^[a-z]+ improvements$)"},
    // The course template asks for "a list of tasks … (be very specific, like a TODO)":
    // students head that list "Tasks", "TODO" or "TODO list".
    {Label::Tasks, R"(^(a )?(list of )?tasks?\b.{0,40}$|^to ?-?do( list| items?)?$)"},
    // Sections that close a report (IEEE/ACM report structure, the Google SRE template's
    // "Supporting information", PagerDuty's "Messaging"): kept as they are, and they end the
    // section before them.
    {Label::Closing,
     R"(^(conclusions?|in conclusion|closing (thoughts|remarks)|final (thoughts|words|remarks)|appendix\b.{0,40}|references|acknowledge?ments|supporting information|additional (information|notes|details)|glossary|messaging|communications?( plan)?|(internal|external|customer) (messaging|messages?|communications?)|related (links|records|incidents|documents))$)"},
    {Label::Summary,
     R"(^((issue|incident|outage|executive|event) )?summary$|^summary of (the )?(events|incident|outage|issue)$|^summary of (the )?(problems?|issues?|incidents?|outages?|disruptions?|downtime)\b.{1,80}$|^((brief|short|quick|high ?-?level) )?overview$|^(brief|short|quick|high ?-?level) summary$|^(incident )?description$|^what happened$|^(incident|issue|outage) (report|overview|details)$|^issue$)"
     // "TL;DR" ("too long; didn't read", normalised "tldr"): the summary of blog postmortems,
     // five documents of four sets; and its plain-English names ("The short version", "In
     // short", "At a glance", "In a nutshell").
     R"(|^tldr$|^(the )?short version$|^in (short|brief|a nutshell)$|^at a glance$)"},
    {Label::Impact,
     R"(^((user|customer|business|service) )?impact$|^impact (summary|assessment|on users)$|^scope( and impact)?$|^who was affected$|^what (was|were) the impacts?( identified)?$)"},
    {Label::Duration,
     R"(^(total )?((outage|incident|downtime|impact) )?duration$|^(incident |outage )?date( and time| ?/ ?time)?$|^date of (the )?(incident|outage)$|^time ?(frame|window)?$|^when$|^outage window$)"},
    {Label::Start,
     R"(^((incident|outage|impact) )?start( time| date)?$|^started( at)?$|^began$|^begin time$|^time of (the )?(outage|incident|failure)$)"
     // When it happened, as against when it was found ("Discovered: Sept 3", "Thought to have
     // occurred: Aug 31"): the occurrence is the start, stated or estimated.
     R"(|^(first )?occurred( at| on)?$|^((thought|believed|estimated|assumed) to have )?(occurred|started|begun)$)"
     // The "Key events" of the Ministry of Justice Cloud Platform incident log: "First
     // detected", "Incident declared", "Repaired" (service back), "Resolved" (closed).
     R"(|^first detected( at)?$)"
     // The impact's own bounds, as incident templates name them ("Time of first impact",
     // "Start of impact" — Mozilla's incident report template; "End of impact", "Time of repair").
     R"(|^(time of )?first impact$|^start of (the )?(impact|outage|incident)$)"},
    {Label::End,
     R"(^((incident|outage|impact) )?end( time| date)?$|^ended( at)?$|^resolved at$|^repaired( at)?$|^(recovery|resolution) time$|^time (of|to) (resolution|recovery|restoration)$)"
     R"(|^end of (the )?(impact|outage|incident)$|^time of repair$)"},
    {Label::RootCause,
     // Google SRE template "Root Causes"; "Blameless root cause" (3 held-out reports);
     // "Root cause of the outage/issue/problem" (blog
     // postmortems: Rust, GitHub, Cloudflare); a cause named by its kind ("Underlying
     // cause", "Technical causes"), not a title that says what caused what.
     R"(^((the|a|suspected|probable|primary|main|underlying|likely|possible|technical|immediate|proximate|contributing|blameless) )?(root )?causes?( analysis)?$|^rca$|^what went wrong$)"
     R"(|^(the )?(root )?causes? (of|behind) (the |this |our |an? )?[\w.-]+( [\w.-]+)?$)"
     // Atlassian's template (Fault, Five whys), PagerDuty's (Contributing factors), and the
     // question form of blog-style postmortems ("Why did this happen?", "How did this
     // happen", "Why the deploy failed", "What caused it").
     R"(|^fault$|^(five|5) whys$|^contributing factors$|^((but|so|and) )?(why|how) (did )?(this|it|the \w+) (happen|occur|fail|break)\w*$|^what caused (this|it|the \w+)\b.{0,30}$)"
     R"(|^why (did |does |was |were |is |do )?(this|it|the|we|our)\b.{0,40}$|^(the )?why$)"
     // "So, what was the root cause?", "What was the cause of the outage?"
     R"(|^((but|so|and) )?what (was|were|is|are) the ((root|underlying|real|actual|main) )?causes?( of (the |this |our )?[\w.-]+( [\w.-]+)?)?$)"
     // Yearn's security disclosure template (yearn-security disclosures/template.md):
     // "Details of Incident" explains the flaw; "Details of Vulnerability" in its earlier
     // disclosures.
     // The faults found ("Issues identified", "Identified problems"; sara-nl, rotko.net).
     R"(|^details of (the )?(incident|vulnerability|bug|issue|exploit|attack)$|^(issues|problems|faults) identified$|^identified (issues|problems|faults)$)"},
    {Label::Resolution,
     // "How we fixed it", and "How I fixed it" of write-ups in the first person (the
     // student postmortems of the corpus tell their incident as "I").
     R"(^(resolution|the fix|fix|remediation|recovery|resolution and recovery|resolution steps|solution|how (it was|we|i) (fixed|resolved)( it)?)$)"},
};

} // namespace

namespace {

/// A heading that joins a retrospective to the measures ("Lessons learned and future
/// improvements", "Takeaways and next steps", "What went wrong and action items") names the
/// measures: the lessons are what the list is drawn from, the list is what to do. The Google SRE
/// template keeps "Lessons Learned" and "Action Items" apart; write-ups that merge them put the
/// actions under the joined heading. Label::None when \a norm is no such join.
Label joinedMeasuresLabel(const QString &norm)
{
    const qsizetype join = norm.lastIndexOf(QLatin1String(" and "));
    if (join <= 0 || !isRetrospectiveLabel(norm.left(join)))
        return Label::None;
    const Label after = classifyLabel(norm.mid(join + 5));
    return after == Label::Measures || after == Label::Improvements ? Label::Measures : Label::None;
}

/// A heading that joins the fix to the work ahead with a slash ("Remediation / Future Work",
/// the review template of the Operations Incident Board's postmortem reviews, also "Long
/// term fix / Preventative measures") names the measures: the list under it is what is still
/// to be done. Label::None unless one side names the measures and every side names the
/// resolution or the measures.
Label slashJoinedLabel(const QString &norm)
{
    if (!norm.contains(QLatin1Char('/')))
        return Label::None;
    bool measures = false;
    for (const QString &part : norm.split(QLatin1Char('/'))) {
        const Label l = classifyLabel(part.trimmed());
        if (l == Label::Measures || l == Label::Improvements)
            measures = true;
        else if (l != Label::Resolution)
            return Label::None;
    }
    return measures ? Label::Measures : Label::None;
}

} // namespace

Label classifyLabel(const QString &norm)
{
    // The rules as one pattern, "(?:rule 1)()|(?:rule 2)()|…", each followed by an empty marker
    // group: every rule is anchored at the start, so the alternative that matches is the first
    // rule that matches, found with one match instead of one per rule.
    struct Compiled
    {
        QList<QPair<Label, QRegularExpression>> rules;
        /// None when a rule may match later in the text. FastRegex: every line is classified.
        std::unique_ptr<FastRegex> combined;
        QList<QPair<int, Label>> markers; ///< capture group number of each rule's marker
    };
    static const Compiled compiled = [] {
        Compiled c;
        QStringList alternatives;
        int groups = 0;
        bool anchored = true;
        for (const LabelRule &r : kLabelRules) {
            const QString pattern = QString::fromUtf8(r.pattern);
            c.rules.append({r.label, QRegularExpression(pattern)});
            anchored = anchored && everyAlternativeAnchored(r.pattern);
            groups += c.rules.last().second.captureCount() + 1;
            c.markers.append({groups, r.label});
            alternatives.append(QStringLiteral("(?:%1)()").arg(pattern));
        }
        if (anchored) {
            c.combined = std::make_unique<FastRegex>(alternatives.join(QLatin1Char('|')));
        }
        return c;
    }();
    if (norm.isEmpty() || norm.size() > 80)
        return Label::None;
    if (!compiled.combined || !compiled.combined->isValid()) {
        for (const auto &[label, re] : compiled.rules)
            if (re.match(norm).hasMatch())
                return label;
        return classifyForeignLabel(norm);
    }
    const FastMatch m = compiled.combined->match(norm);
    if (m.hasMatch())
        for (const auto &[group, label] : compiled.markers)
            if (m.capturedStart(group) >= 0)
                return label;
    if (const Label joined = joinedMeasuresLabel(norm); joined != Label::None)
        return joined;
    if (const Label joined = slashJoinedLabel(norm); joined != Label::None)
        return joined;
    return classifyForeignLabel(norm);
}

namespace {

const FastRegex &labelNumbering()
{
    static const FastRegex re(QStringLiteral(R"(^\s*(?:\d{1,2}|[ivx]{1,4}|[a-h])[.)]\s+)"));
    return re;
}

/// normaliseLabel for any text: lower case, "&" as "and", the numbering dropped, "(s)" as "s",
/// then only letters, digits, "/" and "-" kept, with spaces between the words.
QString normaliseAnyLabel(const QString &label)
{
    QString s = label.left(120).toLower();
    s.replace(QLatin1Char('&'), QLatin1String(" and "));
    if (s.contains(QLatin1Char('.')) || s.contains(QLatin1Char(')'))) // numbering's "1." or "a)"
        labelNumbering().removeIn(s);
    s.replace(QLatin1String("(s)"), QLatin1String("s")); // "Root Cause(s)"
    QString out;
    out.reserve(s.size());
    for (const QChar c : std::as_const(s)) {
        if (c.isLetterOrNumber() || c == QLatin1Char('/') || c == QLatin1Char('-'))
            out += c;
        else if (c.isSpace() || c == QLatin1Char('_') || c == QLatin1Char(':')
                 || c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char(','))
            out += QLatin1Char(' ');
    }
    out = out.simplified();
    out.replace(QLatin1String(" / "), QLatin1String("/"));
    return out;
}

} // namespace

QString normaliseLabel(const QString &label)
{
    // Nearly every label is ASCII: the same steps in one pass over a stack buffer, with one
    // allocation (the result) instead of five (most of a label's cost under AddressSanitizer).
    const QStringView head = QStringView(label).left(120);
    QVarLengthArray<char16_t, 256> lower;
    for (const QChar qc : head) {
        const char16_t c = qc.unicode();
        if (c >= 0x80)
            return normaliseAnyLabel(label);
        if (c == u'&')
            lower.append(u" and ", 5);
        else
            lower.append(c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c);
    }
    const QStringView s(lower.constData(), lower.size());
    qsizetype i = 0;
    if (s.contains(u'.') || s.contains(u')')) {
        const FastMatch m = labelNumbering().match(s);
        if (m.hasMatch())
            i = m.capturedEnd();
    }
    QString out;
    out.reserve(s.size() - i);
    bool space = false; // a space is due before the next kept character
    for (; i < s.size(); ++i) {
        char16_t c = s[i].unicode();
        if (c == u'(' && s.mid(i, 3) == u"(s)") { // "Root Cause(s)"
            c = u's';
            i += 2;
        }
        const bool kept
            = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'/' || c == u'-';
        if (kept) {
            if (space && !out.isEmpty())
                out += QLatin1Char(' ');
            space = false;
            out += QChar(c);
        } else if (c == u' ' || (c >= u'\t' && c <= u'\r') || c == u'_' || c == u':' || c == u'('
                   || c == u'[' || c == u',') {
            space = true;
        }
    }
    if (out.contains(QLatin1String(" / ")))
        out.replace(QLatin1String(" / "), QLatin1String("/"));
    return out;
}

namespace {
thread_local LabelMemo *t_labelMemo = nullptr;
} // namespace

LabelMemo::LabelMemo()
    : m_outer(t_labelMemo)
{
    t_labelMemo = this;
}

LabelMemo::~LabelMemo()
{
    t_labelMemo = m_outer;
}

namespace {

/// Where the closing note of `trimmed` opens ("Remediation (action items)" -> the '('), or -1
/// when it ends in no note or has a bracket before it.
qsizetype closingNoteStart(QStringView trimmed)
{
    const qsizetype open = trimmed.lastIndexOf(QLatin1Char('('));
    if (open <= 0 || !trimmed.endsWith(QLatin1Char(')')) || trimmed.left(open).contains(u'('))
        return -1;
    return open;
}

} // namespace

QString closingNote(const QString &label)
{
    const QStringView trimmed = QStringView(label).trimmed();
    const qsizetype open = closingNoteStart(trimmed);
    return open < 0 ? QString() : trimmed.mid(open + 1).chopped(1).trimmed().toString();
}

QString withoutClosingNote(const QString &label)
{
    const QStringView trimmed = QStringView(label).trimmed();
    const qsizetype open = closingNoteStart(trimmed);
    return open < 0 ? label : trimmed.left(open).trimmed().toString();
}

namespace {

/// A heading that gives a part two names joined by a spaced slash ("Summary / TL;DR", "Root
/// Cause / Trigger", "Impact / Scope") names the part its first name names, when the other
/// names name that part too or none.
Label classifyNames(const QString &label)
{
    const Label whole = classifyLabel(normaliseLabel(label));
    if (whole != Label::None || !label.contains(QLatin1String(" / ")))
        return whole;
    const QStringList names = label.split(QLatin1String(" / "));
    const Label first = classifyLabel(normaliseLabel(names.first()));
    for (qsizetype k = 1; k < names.size() && first != Label::None; ++k) {
        const Label other = classifyLabel(normaliseLabel(names.at(k)));
        if (other != Label::None && other != first)
            return Label::None;
    }
    return first;
}

} // namespace

Label classifyLabelText(const QString &label)
{
    if (!t_labelMemo)
        return classifyNames(label);
    QHash<QString, Label> &known = t_labelMemo->m_known;
    if (const auto it = known.constFind(label); it != known.cend())
        return *it;
    return *known.insert(label, classifyNames(label));
}

bool momentLabel(Label label)
{
    return label == Label::Start || label == Label::End || label == Label::Duration;
}

namespace {

/// Words, then a date or time: "First detected 2021-07-12 15:44", "Date 1st July 2013 from …".
const FastRegex &labelBeforeMoment()
{
    static const FastRegex re(QStringLiteral(
        R"(^([A-Za-z][A-Za-z ]{2,40}?)[ \t]+(?=\d{4}-\d{2}-\d{2}\b|\d{1,2}:\d{2}\b|\d{1,2}(?:st|nd|rd|th)?\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))"));
    return re;
}

/// The parts a run-in heading names ("**Impact.** …"): not the words a list item or sentence
/// opens with in bold ("**Fix.** Raise the quota", "**Issue.** The disk filled").
bool namesRunInPart(Label label)
{
    return label == Label::Impact || label == Label::RootCause || label == Label::Timeline
           || label == Label::Measures || label == Label::Duration || label == Label::Start
           || label == Label::End;
}

/// "Start (UTC): 2026-02-20 02:53": a parenthesised note after the name of a moment's label
/// (start, end, date) qualifies the value. When the words before it name such a label and the
/// whole label does not, the label is those words and the note follows the value, so nothing
/// is lost and a zone in it is read with the value. Other labels keep their note ("Fix (P1):"
/// in a list of measures is an item, not the resolution).
void moveNoteToValue(LabelSplit &split)
{
    const QString name = withoutClosingNote(split.label);
    if (name.size() == split.label.size() || classifyLabelText(split.label) != Label::None
        || !momentLabel(classifyLabelText(name)))
        return;
    const QString note = split.label.mid(split.label.lastIndexOf(QLatin1Char('(')));
    split.rest = split.rest.isEmpty() ? note : split.rest + QLatin1Char(' ') + note;
    split.label = name;
}

} // namespace

LabelSplit splitLabel(const QString &content)
{
    static const FastRegex bold(QStringLiteral(
        R"(^(?:\*\*\*?|___?)\s*([^*_:\n]{1,80}?)\s*(:?)\s*(?:\*\*\*?|___?)\s*(:?)[ \t]*)"));
    // The colon of a time ("… at 10:08 UTC, when it expired") is no label's.
    static const FastRegex plain(QStringLiteral(
        R"(^((?:\d{1,2}[.)] +)?[A-Za-z][A-Za-z0-9 /&'(),.-]{0,70}?)[ \t]*:(?!//)(?!(?<=\d:)\d)[ \t]*)"));
    LabelSplit split;
    const QStringView head = QStringView(content).left(200);
    // Each pattern is tried only where it can match (most lines are no label): bold needs "**"
    // or "__" first, plain an ASCII letter first and a colon. A match allocates, which is most
    // of its cost under AddressSanitizer (tests/fuzz/README.md).
    const bool hasColon = head.contains(QLatin1Char(':'));
    if (head.startsWith(QLatin1String("**")) || head.startsWith(QLatin1String("__"))) {
        const FastMatch m = bold.match(head);
        if (m.hasMatch()) {
            split.colon = m.capturedLength(2) > 0 || m.capturedLength(3) > 0;
            split.rest = content.mid(m.capturedEnd()).trimmed();
            split.label = m.capturedView(1).trimmed().toString();
            // A run-in heading closes with a stop ("**Impact.** Every service was down …",
            // The Chicago Manual of Style's run-in subheads): a label when it names a part.
            if (!split.colon && !split.rest.isEmpty() && split.label.endsWith(QLatin1Char('.'))
                && namesRunInPart(classifyLabelText(split.label.chopped(1)))) {
                split.label.chop(1);
                split.colon = true;
            }
            if (!split.colon && !split.rest.isEmpty())
                return {}; // bold words opening a sentence
            split.ok = true;
            if (split.colon)
                moveNoteToValue(split);
            return split;
        }
    }
    // A moment's label written without its colon ("First detected 2021-07-12 15:44",
    // "Resolved 2023-06-06 11:21" beside "Repaired: 2023-06-06 11:21" in the same list, "Date
    // 1st July 2013 from 13:16 -> 14:10"): the words before a date or time, when they name the
    // start, the end or the date. Only a line
    // with a digit among its first words is searched.
    const QStringView lead = QStringView(head).left(48);
    if (ImportTime::hasAsciiDigit(lead)) {
        if (const FastMatch m = labelBeforeMoment().match(head);
            m.hasMatch() && momentLabel(classifyLabelText(m.captured(1)))) {
            split.ok = true;
            split.colon = true;
            split.label = m.captured(1);
            split.rest = content.mid(m.capturedEnd()).trimmed();
            return split;
        }
    }
    const char16_t first = head.isEmpty() ? u'\0' : head.at(0).unicode();
    // A numbered title ("2. Root Cause:") is a label too; normaliseLabel drops the number.
    if (hasColon
        && ((first >= u'A' && first <= u'Z') || (first >= u'a' && first <= u'z')
            || (first >= u'1' && first <= u'9'))) {
        const FastMatch m = plain.match(head);
        if (m.hasMatch() && m.captured(1).count(QLatin1Char(' ')) < 8) {
            split.ok = true;
            split.colon = true;
            split.label = m.captured(1).trimmed();
            split.rest = content.mid(m.capturedEnd()).trimmed();
            moveNoteToValue(split);
            return split;
        }
    }
    // A whole short line may be a bare label ("Timeline", "Root Cause and Resolution",
    // "Timeline (UTC+02:00)": a colon inside parentheses is no label's colon).
    // A link's target is no word of it: "Short-term fixes ([tracking issue](https://…))" is
    // the label "Short-term fixes ([tracking issue])".
    static const FastRegex parenthesised(QStringLiteral(R"(\([^()]*\))"));
    static const FastRegex linkTarget(QStringLiteral(R"(\]\([^()\s]*\))"));
    const auto withoutParenthesised = [](QString w) {
        if (w.contains(QLatin1Char('(')))
            parenthesised.removeIn(w);
        return w;
    };
    if (content.size() > 200)
        return split;
    QString words = content; // shared, not copied, unless a link target goes
    if (words.contains(QLatin1String("](")))
        linkTarget.replaceIn(words, u"]");
    if (words.size() <= 60
        && (!words.contains(QLatin1Char(':'))
            || !withoutParenthesised(words).contains(QLatin1Char(':')))) {
        split.ok = true;
        split.bare = true;
        split.label = words.size() < head.size() ? words : content;
        while (split.label.endsWith(QLatin1Char('.')))
            split.label.chop(1);
        split.label = split.label.trimmed();
    }
    return split;
}

LabelSplit headingLabel(const QString &content)
{
    // "Timeline - May 29, 2021", "Timeline — 2024-03-05": the timeline's heading names the day
    // its entries happened, set off by a dash. The day is read as the timeline's first line.
    static const FastRegex dated(QStringLiteral(
        R"(^\s*([A-Za-z][A-Za-z ]{1,30}?)\s+[-\x{2013}\x{2014}]\s+((?:\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d).{0,60})$)"));
    if (const FastMatch m = dated.match(content);
        m.hasMatch() && classifyLabelText(m.captured(1)) == Label::Timeline) {
        LabelSplit split;
        split.ok = true;
        split.colon = true;
        split.label = m.captured(1);
        split.rest = m.captured(2).trimmed();
        return split;
    }
    LabelSplit split = splitLabel(content);
    if (split.ok) {
        // "Remediation (action items)", "Root Cause Analysis (RCA)", "Incident date(s)": over
        // a section, a closing note in parentheses qualifies the name. (A run-in label keeps
        // its note: "**Fix (P1):** rotate the keys" is an item.)
        if (classifyLabelText(split.label) == Label::None) {
            const QString name = withoutClosingNote(split.label);
            const QString note = closingNote(split.label);
            if (name.size() != split.label.size() && classifyLabelText(name) != Label::None)
                split.label = name;
            // "Preventivní opatření (Action Items)", "Příčina (Root Cause)": a report in
            // another language glosses its headings in English, and the gloss names the part.
            // An English name keeps its note a qualifier ("Lessons (root cause)" is lessons).
            else if (!note.isEmpty()
                     && std::any_of(name.cbegin(), name.cend(),
                                    [](QChar c) { return c.unicode() >= 0x80 && c.isLetter(); })
                     && classifyLabelText(note) != Label::None)
                split.label = note;
        }
        return split;
    }
    // "Timeline (all times PST) Oct 30 - Nov 1, 2021. All times approximate": a heading too
    // long to be a bare label is named by the words before its parenthesised note.
    static const FastRegex named(
        QStringLiteral(R"(^\s*(?:[*_]{1,3}\s*)?([A-Za-z][A-Za-z &'/-]{1,40}?)\s*\([^()]{1,60}\))"));
    if (const FastMatch m = named.match(content);
        m.hasMatch() && classifyLabelText(m.captured(1)) != Label::None) {
        split.ok = true;
        split.bare = true;
        split.label = m.captured(1);
        return split;
    }
    // A heading longer than a bare label that still names its part from its first words
    // ("Summary of the problems affecting access to some of our web sites").
    if (content.size() <= 120 && !content.contains(QLatin1Char(':'))
        && classifyLabelText(content) != Label::None) {
        split.ok = true;
        split.bare = true;
        split.label = content.trimmed();
    }
    return split;
}

bool namesWorkDone(const QString &label)
{
    // The Google SRE template keeps what was done ("Resolution") apart from what is to be done
    // ("Action Items"); a group in the resolution named as done ("Recovery actions completed",
    // "Immediate actions taken") is the former. Named for a horizon alone ("Immediate fixes")
    // it may be either: blog postmortems list their first measures so, and they stay measures.
    static const FastRegex done(QStringLiteral(
        R"((?<!to be )(?<!will be )(?<!not yet )(?<!be )\b(taken|completed|performed|done|applied|carried out)$)"));
    return done.matches(normaliseLabel(label));
}

QString reportQuote(const QString &text, qsizetype max)
{
    const QString simple = text.simplified();
    if (simple.size() <= max)
        return simple;
    qsizetype cut = simple.lastIndexOf(QLatin1Char(' '), max - 1);
    if (cut < max / 2)
        cut = max - 1;
    return simple.left(cut).trimmed() + QChar(0x2026);
}

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

} // namespace Hindsight::Import
