// What a postmortem must contain. Sources: the course's postmortem task ("0. My first
// postmortem": issue summary with duration, start and end with time zone, impact with % of
// users, root cause; a timeline with detection, actions, misleading paths, escalation and
// resolution; root cause and resolution; corrective and preventative measures; 400–600 words),
// Google SRE's postmortem template (Summary, Impact, Root Causes, Trigger, Resolution,
// Detection, Action Items, Timeline), Atlassian's incident postmortem template (Incident
// summary, Leadup, Fault, Impact, Detection, Response, Recovery, Timeline, Five whys,
// Follow-up tasks) and PagerDuty's postmortem template (Overview, What Happened, Impact,
// Contributing Factors, Resolution, Timeline, Action Items).
#include "core/review/checks.h"
#include "core/review/textscan.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

namespace Hindsight::Review {

namespace {

bool matches(const QString &text, const char *pattern)
{
    static QHash<const char *, QRegularExpression> cache;
    static QMutex mutex;
    QRegularExpression re;
    {
        const QMutexLocker lock(&mutex);
        auto it = cache.find(pattern);
        if (it == cache.end())
            it = cache.insert(
                pattern, QRegularExpression(QString::fromUtf8(pattern),
                                            QRegularExpression::CaseInsensitiveOption
                                                | QRegularExpression::UseUnicodePropertiesOption));
        re = *it;
    }
    return re.match(text).hasMatch();
}

/// The text where the timeline's elements may be told: timeline entries and sections, and the
/// Detection, Response and Resolution sections of the SRE and Atlassian templates.
QString narrative(const ReviewDocument &doc)
{
    QStringList out;
    for (const Block &b : doc.blocks())
        if (b.part == Part::Timeline || b.part == Part::Detection || b.part == Part::Response
            || b.part == Part::Resolution
            || b.heading.contains(QLatin1String("what happened"), Qt::CaseInsensitive)
            || (b.part == Part::Summary && doc.entries().isEmpty()))
            out.append(b.text);
    for (const Entry &e : doc.entries())
        if (e.field != FieldId::Timeline)
            out.append(e.text);
    return out.join(QLatin1Char('\n'));
}

/// A sentence that says how the problem came to light: alerting or paging, a monitor or a
/// synthetic probe, a customer or the support desk reporting it, a person spotting it.
bool tellsDetection(const QString &text)
{
    return matches(
        text,
        // Not a page one reads: "opens the bank's status page" is investigation.
        "\\balert(s|ed|ing)?\\b|(?<!status )(?<!web )\\bpag(e|es|ed|ing)\\b(?! (load|view))|"
        "\\bsynthetic\\b|\\bmonitor(s|ing)? (detect|caught|flag|show|report|fire)|"
        "\\b(customer|user|support|merchant|partner|client)s? (reports?|reported|tickets?|"
        "complain\\w*|contact(s|ed)?|tweet\\w*|escalat\\w*|email(s|ed)?|call(s|ed)?|"
        "open(s|ed)? (a |an )?(ticket|case|issue)|rais(e|es|ed))\\b|report(s|ed)? (from|by) "
        "(a |an |several |many )?(customer|user|support)|\\bnotic(e|ed|es)\\b|"
        "\\bspott(ed|s)\\b|\\bdetect(ed|s|ion)\\b|\\bcomplain|\\b(support|help ?desk) "
        "tickets?\\b|\\btickets? (from|about|report)|"
        "\\bhealth ?checks? (fail|report)|\\bwatchdog\\b|\\bpagerduty\\b|"
        "\\bopsgenie\\b|\\bfirst sign|\\bwas reported\\b|\\bare reporting\\b|"
        "\\breceiv(e|ed|ing) reports\\b|\\bwe are investigating reports\\b|"
        // Told to the team from outside or by tooling: "we were notified of", "X informed
        // us", "received a report", "pagers went off", a bug bounty or disclosure.
        "\\bnotified (of|about|by|that)\\b|\\binform(s|ed) us\\b|\\b(receiv(e|es|ed)|got|gets) "
        "(a |an |the |several |multiple )?([\\w-]+ ){0,2}(reports?|notifications?|alerts?|"
        "pages?|tickets?)\\b|\\breports? (of|that)\\b|\\bpagers?\\b|\\bbug bounty\\b|"
        "\\bsecurity researchers?\\b|\\b(responsible|coordinated) disclosure\\b|"
        "\\bflag(s|ged) (the|an?|that|it)\\b|"
        // Someone finding it or being told ("engineers discovered the outage", "we are
        // noticing errors", "we were informed by partners"); an alarm is an alert. Not "the
        // root cause was discovered to be…", which is diagnosis.
        "\\bdiscover(s|ed|ing)? (that|the|an?|outage|errors?|issues?|problems?)\\b|"
        "\\b(was|were) discovered (by|when|at|on)\\b|\\bnoticing\\b|\\balarms?\\b|"
        "\\b(were|was|got|been) (informed|notified|told)\\b");
}

/// Someone beyond the first responder is brought in, or a severity is declared.
bool tellsEscalation(const QString &text)
{
    return matches(
        text,
        "\\bescalat|\\bincident commander\\b|\\b(joins|joined)\\b|\\bbrought in\\b|"
        "\\bpulled in\\b|\\blooped in\\b|\\bcalled in\\b|\\bdeclar(e|es|ed|ing) "
        "(a |an )?(sev|severity|incident|major|priority|p[0-4]\\b)|\\bsev ?[0-5]\\b|\\bseverity "
        "[0-5]\\b|\\bp[0-2] incident\\b|\\bhand(ed|s) (it )?(over|off) to\\b|"
        "\\b(engag|contact|page|call|ask|notif)(e|es|ed|ing|s)? (the |a |our )?"
        "([\\w-]+ ){0,3}(team|lead|manager|vendor|provider|commander|dba|"
        "expert|owner)\\b|\\bbridge call\\b|\\bwar room\\b|"
        // A vendor's support engaged ("contacted AWS support", "asked the provider's
        // support"), not customers contacting ours ("a few hundred contacted
        // support" is impact).
        "\\b(engag|contact|call|ask|notif)(e|es|ed|ing|s)? (the |a )?(?!our\\b)[\\w-]+"
        "('s)? ([\\w-]+ ){0,2}support\\b|"
        // A named person or organisation told or pinged: "pings Sean", "notifies
        // Acme Labs" (case-sensitive: a capital names someone).
        "(?-i:\\b[Pp]ing(s|ed) (@|[A-Z])|\\b[Nn]otif(y|ies|ied) (@|[A-Z])|"
        // A person reached by name: "Paged Priya (infra lead)", "Called Tom",
        // "we phoned Ana". The alert that pages the on-call engineer is detection
        // and names no one this way ("alert pages me", "paged the on-call").
        // The verb opens its clause or follows its subject, so "a library called
        // Requests" names nothing.
        "(?:^|[-:;.,)\\x{2013}\\x{2014}]\\s*|\\b(?:I|[Ww]e|[Tt]hen|[Aa]nd|[Aa]lso|"
        "[A-Z][a-z]+) )(?:[Pp]aged|[Cc]alled|[Pp]honed|[Rr]ang|[Tt]exted|[Ww]oke up) "
        "(@|[A-Z][a-z]))|"
        // … or by pronoun, in the first person: "so I call him", "we paged her".
        "\\b(I|we) (call|called|page|paged|phone|phoned|ring|rang|text|texted|wake|woke) "
        "(up )?(him|her|them)\\b");
}

/// A dead end of the investigation: a cause suspected, looked into and then excluded.
bool tellsMisleadingPath(const QString &text)
{
    return matches(
        text, "\\bsuspect|\\bassum(e|ed|es|ing)\\b|\\bbeliev|\\bthought\\b|\\bfirst "
              "(check|treat|focus|look|suspect|examin|assum|investigat|tried|tries|"
              "review)|\\bruled? out\\b|\\bred herring\\b|\\bmislead|\\bwrong (path|lead|"
              "direction|track)\\b|\\btheory\\b|\\bhypothes|\\bexpect(ing|ed) (a|an|the)\\b|"
              "\\b(no|nothing) (change|improv)|\\bdead end\\b|\\bturned out\\b|"
              "\\bdid not help\\b|\\bdidn't help\\b|\\bno effect\\b|\\bunrelated\\b|"
              // A working theory and the checks that cleared it: "treated the timeouts as a
              // bank problem … both reported normal operation".
              "\\btreat(s|ed|ing)? (\\S+ ){1,3}as (a|an)\\b|\\b(both|all|each) "
              "(reported|reports|showed|shows|confirmed|confirms) (\\w+ )?(normal|healthy|no "
              "(errors?|issues?|problems?))\\b|"
              "\\bcontinu(e|es|ed) (after|despite)\\b|\\bcoincid|\\bpoints? away\\b|"
              "\\bcould have caused\\b|\\b(is|are|was|were|look|looks|looked|appears?) "
              "(perfectly |completely )?(healthy|normal)\\b|"
              "\\blooks? like (a|an)\\b|\\bwithin (their|its) limits\\b|\\b(both|all) "
              "(look|looked|are|were) (normal|healthy|fine)|\\bis dropped\\b|"
              "\\bwas dropped\\b|\\bpath (is|was) (dropped|abandoned)|"
              // The README's "not a defect" form, a suspect checked and cleared in plain
              // words: a reason, then a check ("…, so Marta checks the provider's status
              // page"), and what the check found ("both are green", "within the normal
              // range", "the error rate does not change", "which rules the release out").
              "\\bso (\\w+ ){1,3}(checks|checked|reviews|reviewed|verifies|verified|"
              "inspects|inspected|examines|examined|compares|compared|opens|opened|"
              "looks at|looked at|reads|diffs|diffed)\\b|\\brul(e|es|ed|ing) (\\w+ ){1,3}out\\b|"
              "\\b(does|did|do) not change\\b|\\bunchanged\\b|\\bwithin (the )?(normal|"
              "expected|usual) (range|limits?|levels?|bounds)\\b|\\b(both|all|each) "
              "(\\w+ ){0,2}(are|were|is|was) (green|valid|clean|fine|healthy|normal)\\b|"
              "\\bwith no (\\w+ ){0,2}(errors?|issues?|problems?|failures?|anomal\\w*)\\b|"
              "\\b(found|finds|shows?|showed) no (\\w+ )?(errors?|issues?|problems?|"
              "faults?)\\b|"
              // A path dropped or a step that did not fix it: "failover would not help.
              // Failover abandoned", "deletes 60 GB anyway … Pushes still fail", "the
              // upgrade was not the cause", "so Femi looks for space".
              "\\b(would|will|could) not (have )?(help|work|fix|matter)(ed)?\\b|"
              "\\babandon(s|ed|ing)?\\b|\\bstill (fail|fails|failed|failing|broken|down|"
              "erroring)\\b|\\bnot the (cause|culprit|problem|issue)\\b|"
              "\\bso (\\w+ ){1,3}(looks|looked|searches|searched) for\\b|"
              // A suspect tested and what the test showed: "checks whether the provider is
              // down … Their status page is green", "checks the identity provider first:
              // … a bad rotation would look the same", "the crash is in our own parser,
              // not the SDK".
              "\\bcheck(s|ed|ing)? (whether|if)\\b|\\b(checks|checked|looks at|looked at|"
              "reviews|reviewed|tests|tested) (\\S+ ){1,4}first\\b|\\b(would|could|might) "
              "(look|be|seem) the same\\b|\\b(status page|dashboards?|graphs?|metrics|"
              "checks?) (\\w+ ){0,2}(is|are|was|were|looks?|looked|stays?|stayed) (all )?"
              "(green|normal|healthy|flat)\\b|\\b(is|was|lies|lay) in (\\S+ ){1,5}\\S+, not "
              "(in )?(the|our|its|their)\\b|"
              // The same told in the first person, as an on-call engineer writes it: "so I
              // check those venues' network health … Not a venue problem", "so that's my
              // first guess. Diffed it: … Not it", "I go to their status page first. All
              // green", "reviews its change history … Nothing wrong there".
              "\\bso (I|we|\\w+) (\\w+ )?(check|test|tests|tested|try|tries|tried|verify|"
              "inspect|compare|review|look at|go to|went to|dig into|dug into)\\b|"
              "\\b(check|test|try|look at|go to|went to|goes to) (\\S+ ){1,4}first\\b|"
              "\\b(my|our|the) first (guess|thought|idea|instinct|hunch|suspicion)\\b|"
              "\\bnothing (wrong|unusual|odd|suspicious|amiss|out of the ordinary)\\b|"
              "\\ball (green|clear|healthy|normal)\\b|(?-i:\\bNot it\\b)|"
              "(?-i:\\bNot (a|an|the) ([\\w'-]+ ){1,2}(problem|issue|cause)\\b)|"
              // A step that changed nothing: "rolls back … Logins fail with the same
              // error", "the same errors continue".
              "\\b(fail|fails|failed|failing|errors?|continues?|continued) (\\w+ )?with the "
              "same (error|errors|message|result|symptoms?)\\b|\\bthe same (error|errors) "
              "(persists?|persisted|continues?|continued|remains?|remained)\\b");
}

/// An action that fixed or mitigated the incident (not only the outcome).
bool tellsResolution(const QString &text)
{
    return matches(
        text, "\\broll(ed|s|ing)? (?:[\\w-]+ ){0,4}?back\\b|\\brollback\\b|\\brevert|"
              "\\brestart|\\breboot|\\bredeploy|\\bdeploy(s|ed)? (a |the )?(fix|patch|hotfix)|"
              "\\bhotfix|\\bpatch(ed|es)?\\b|\\brestor(e|es|ed|ing) (the|a|service|"
              "\\w+ from)|\\breplac(e|ed|es|ing)\\b(?! by)|\\b(was|were|is|are|been) replaced "
              "by\\b|\\bincreas(e|ed|es|ing)\\b|"
              "\\bscal(e|ed|es|ing) (up|out)|\\bdrop(s|ped)? the\\b|\\bdisabl|\\bre-?enabl|"
              "\\bclear(s|ed)? (the|out)|\\bpurg|\\bfail(ed|s)? over\\b|\\brotat(e|ed|es)\\b|"
              "\\brenew(s|ed|ing)?\\b|\\bre-?issu|\\b(creat|issu|generat)(e|es|ed) (a )?new\\b|"
              "\\bupdat(e|es|ed) the\\b|\\bre-?ran\\b|\\brerun|\\bappl(y|ied|ies) (the|a)\\b|"
              "\\bremov(e|es|ed) the\\b|\\bresolved (the incident |it )?by\\b|"
              "\\bmitigat(ed|es) (it |the incident )?by\\b|\\brecreat|\\bflush|\\bfix(ed|es)? "
              "(the|it)\\b|\\bfreed\\b|\\bdeleted\\b|\\bkill(ed|s)\\b|\\bre-?creat|"
              "\\bforc(e|ed|es) (a )?(checkpoint|failover|restart)|\\bmov(e|ed|es) "
              "(traffic|the)\\b|\\bshift(ed|s)? traffic\\b|\\brais(e|ed|es) the\\b|"
              "\\blower(ed|s)? the\\b|\\brestor(e|ed|es)\\b|\\bset `|\\breload(ed|s|ing)?\\b|"
              "\\bcorrect(ed|s)\\b|\\bchang(e|ed|es|ing) the\\b|\\bfix(ing|ed)? the\\b|"
              "\\bpaus(e|ed|es|ing) the\\b|\\bthrottl(e|ed|es)\\b|"
              // Space freed ("pruned with docker system prune", "cleaned up old images") and
              // the source of the load stopped ("stopped the k6 job and scaled its runners
              // to zero"): Google SRE's generic mitigations, stop the bleeding.
              "\\bprun(e|ed|es|ing)\\b|\\bclean(s|ed|ing)? up\\b|"
              // What was missing put back ("adds `assets` as a CNAME", "added the missing
              // route"), and a step named as what fixed it ("Adding the record as a plain
              // CNAME fixed resolution").
              "\\badd(s|ed)? (the |a |an )?(missing |new )?(\\S+ ){0,3}?(as a |as an )?(record|"
              "cname|route|rule|permission|header|index|entry)\\b|\\b\\w+ing (\\S+ ){0,6}?"
              "(fixed|resolved|mitigated|ended)\\b|"
              "\\bstop(s|ped|ping)? (the |its |all |this )?(\\S+ ){0,2}?(job|jobs|test|tests|"
              "process|processes|cron|bot|campaign|migration|script|worker|workers|consumer|"
              "consumers|traffic|load)\\b|\\bscal(e|ed|es|ing) (\\S+ ){0,3}?"
              "to zero\\b|"
              // A configuration switched or traffic steered elsewhere: "switched the pool
              // from IP hash to least connections", "switched `new_pricing` off", "rerouted
              // traffic", "routes reads to the replicas", "served reads from the standby",
              // "rebalanced" (Google SRE's generic mitigations: move or drain traffic).
              "\\bswitch(ed|es|ing)? (?:\\S+ ){0,4}?(to|over|from|back|off)\\b|"
              "\\brout(e|ed|es|ing) (?:\\S+ ){0,5}?(to|away from|around)\\b|"
              "\\bserv(e|ed|es|ing) (?:\\S+ ){0,4}?from (the |our )?(\\S+ ){0,2}?(replicas?|"
              "standby|secondary|backups?|cache|mirrors?|fallback)\\b|"
              "\\bre-?rout(e|ed|es|ing)\\b|\\bredirect(ed|s|ing)? (?:the |all )?([\\w-]+ )?"
              "(traffic|requests|users|queries)\\b|\\brebalanc(e|ed|es|ing)\\b|"
              "\\breconfigur(e|ed|es|ing)\\b|\\brepoint(ed|s|ing)?\\b|"
              // A fix shipped or an action named with its tool: "the issue was fixed in
              // PR 12", "a fix was published", "fix lands", "manually downgraded",
              // "the token was revoked", "we limited the log size".
              "\\bfixed (in|by|with|via)\\b|\\b(fix|patch)(es)? (was |were |is )?"
              "(published|merged|released|deployed|shipped|rolled out|applied|lands|landed)\\b|"
              "\\b(publish|releas|ship|merg|land)(e|es|ed|ing)? (a |the )?([\\w-]+ )?"
              "(fix|patch)\\b|\\bdowngrad(e|ed|es|ing)\\b|\\brevok(e|ed|es|ing)\\b|"
              "\\brevocation\\b|\\blimit(ed|s)? the\\b|"
              // The work stopped or put back in service: "cancels the migration and the
              // reporting query", "began resuming the nodes in groups" (not "service resumed").
              "\\bcancel(s|ed|led|ing|ling)? (the|a|an|all|its|our|their)\\b|"
              "\\bresum(e|es|ed|ing) (the|all|its|our|their)\\b|"
              // Google's "Generic mitigations" (SRE, 2021): block, isolate; and their network
              // forms: a session filtered, a prefix withdrawn or announced more specifically
              // ("announced four more-specific /24 routes"). Not "drain": a node drained for
              // an upgrade is as often the trigger.
              "\\bblock(ed|s|ing)? (the|all|traffic|requests|access)\\b|"
              "\\bisolat(e|ed|es|ing)\\b|\\bwithdr(ew|awn|aw|aws|awing)\\b|"
              "\\bfilter(ed|s|ing)? (the|all|out)\\b|\\bannounc(e|ed|es|ing) (\\w+ ){0,3}"
              "(routes?|prefix(es)?|more-specifics?|/\\d+)");
}

/// The summary's narrative: its lines without "Label: value" metadata (Duration, Impact,
/// Severity, Authors, …), keeping the text of narrative labels (Summary, What happened).
/// Empty when a "Root cause:" label is present, since that states the cause outright.
bool endsSentence(const QString &trimmed)
{
    static const QString kEnds = QStringLiteral(".!?:)");
    return !trimmed.isEmpty() && kEnds.contains(trimmed.back());
}

bool isListItemLine(const QString &line)
{
    static const QRegularExpression item(QStringLiteral("^\\s*(?:[-*+]|\\d{1,3}[.)])\\s"));
    return item.match(line).hasMatch();
}

QString summaryNarrative(const ReviewDocument &doc, bool *labelledCause)
{
    // A label line, bulleted, numbered ("1. **Duration:** …") or plain.
    static const QRegularExpression label(
        QStringLiteral("^[\\s*_\\-+>]*(?:\\d{1,3}[.)]\\s+)?[\\s*_]*([\\p{L}][\\p{L}' "
                       "/&-]{0,30}?)[\\s*_]*:[\\s*_]*(.*)$"));
    static const QRegularExpression narrativeLabel(
        QStringLiteral(
            "^(summary|what happened|overview|description|incident summary|issue summary|"
            "the incident|what went wrong)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression causeLabel(QStringLiteral("\\b(root )?causes?\\b|\\btrigger"),
                                               QRegularExpression::CaseInsensitiveOption);
    // "Root cause: See the section below", "Root cause: TBD".
    static const QRegularExpression pointer(
        QStringLiteral("^[\\s*_]*(?:(?:see|refer to|described|detailed|explained|covered|"
                       "details)\\b[^.;]{0,60}\\b(?:below|above|later|section)\\b[^.;]{0,30}|"
                       "tbd|tba|to be (?:determined|confirmed|added))[\\s*_.]*$"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    for (const Block *b : doc.blocks(Part::Summary)) {
        // The wrapped lines of a label that is not narrative ("Duration: … from 10:00" /
        // "to 11:30 UTC.") are that label's: lines after one that ends mid-sentence.
        bool inOtherLabel = false;
        for (const QString &line : b->text.split(QLatin1Char('\n'))) {
            const QString t = line.trimmed();
            if (t.isEmpty()) {
                inOtherLabel = false;
                continue;
            }
            const auto m = label.match(line);
            if (!m.hasMatch()) {
                if (!inOtherLabel || isListItemLine(line))
                    out.append(line);
                inOtherLabel = inOtherLabel && !isListItemLine(line) && !endsSentence(t);
                continue;
            }
            const QString name = m.captured(1).trimmed();
            const bool narrative = narrativeLabel.match(name).hasMatch();
            inOtherLabel = !narrative && !endsSentence(t);
            // A label that only points elsewhere names no cause in the summary.
            if (causeLabel.match(name).hasMatch() && !pointer.match(m.captured(2)).hasMatch())
                *labelledCause = true;
            else if (narrative)
                out.append(m.captured(2));
        }
    }
    return out.join(QLatin1Char('\n'));
}

QSet<QString> contentStems(const QString &text)
{
    QSet<QString> out;
    for (const QString &w : words(text))
        if (w.size() > 2 && !isStopWord(w) && !w.at(0).isDigit())
            out.insert(stem(w));
    return out;
}

bool summaryNamesCause(const ReviewDocument &doc)
{
    bool labelledCause = false;
    const QString narrative = summaryNarrative(doc, &labelledCause);
    if (labelledCause)
        return true; // "Root Cause: …" among the summary's labelled lines
    // No summary at all is another finding; a summary of only "Duration:" and "Impact:" lines
    // tells the symptoms.
    if (narrative.trimmed().isEmpty())
        return doc.text(Part::Summary).trimmed().isEmpty();
    // A sentence that only sends the reader elsewhere names no cause: "The cause is described
    // in the Root cause section below", "See the root cause section for details".
    static const QRegularExpression pointer(
        QStringLiteral("[^.!?\\n]*(?:\\b(?:is|are|will be)\\s+(?:described|explained|detailed|"
                       "covered|given|discussed|outlined)\\s+(?:in|below|later|further)\\b|"
                       "\\bsee (?:the )?(?:[\\w-]+ ){0,3}(?:section|below)\\b)[^.!?\\n]*[.!?]?"),
        QRegularExpression::CaseInsensitiveOption);
    QString told = narrative;
    told.remove(pointer);
    if (matches(told,
                "\\broot cause|\\bcaused by\\b|\\bbecause\\b|\\bdue to\\b|\\bthe "
                "cause\\b|\\btriggered by\\b|\\bresult(ed)? (of|from)\\b|\\bstemm(ed|ing) "
                "from\\b|\\btraced (back )?to\\b|\\bafter (a|an|the|our)\\b|\\bwhen "
                "(a|an|the|our)\\b|\\bled to\\b|"
                // The cause as the verb's subject ("a misconfiguration ... causing the login
                // flow to break", "an upgrade caused a DNS issue") or the trigger as a clause
                // ("after validators upgraded at different heights").
                "\\b(caus(ed|es|ing))\\b|\\bafter ([\\w-]+ ){1,3}(upgrad|deploy|chang|migrat|"
                "releas|updat|rotat|restart|roll|push|merg|modif|remov|delet|expir)\\w*|"
                "\\bmisconfigur\\w*|\\b(a|an|the) (bug|defect|regression|typo) in\\b|"
                // A step taken too early ("moved the alias to the new index before that index
                // had finished loading", "merged before the release workflows had finished").
                "\\bbefore ([\\w`'-]+ ){1,4}(had|has) (finished|completed|been (loaded|applied|"
                "deployed|completed|finished))\\b"))
        return true;
    // A summary that retells the cause shares its distinctive words with the cause sections.
    QString cause = doc.text(Part::Cause);
    const QSet<QString> summary = contentStems(told);
    const QSet<QString> shared = contentStems(cause) & summary;
    return shared.size() >= 6 || (summary.size() >= 4 && shared.size() * 10 >= summary.size() * 6);
}

} // namespace

bool isPlaceholderAction(const QString &text)
{
    // Also with the section's subject before it: "Action items will be agreed at the
    // follow-up review", "Follow-up tasks are still to be decided".
    return matches(text,
                   "^\\W*((the )?(action items?|actions|measures|tasks|follow-?ups?|"
                   "follow-?up (tasks|items|actions)|next steps|remediation items?|"
                   "corrective( and preventa?tive)? (actions|measures)) (are |is )?"
                   "(still |yet )?)?(to be (agreed|decided|defined|discussed|determined|"
                   "added|confirmed)|tbd|tba|none( yet)?|n/a|pending|will be (agreed|added|"
                   "defined|decided|discussed))\\b|"
                   // The same told as a plan: "We will agree on follow-up work at the
                   // review meeting and add it here afterwards."
                   "^\\W*(we|the team) will (agree|decide|discuss|define|work out) (on |"
                   "about )?(the |our |any )?(follow-?up|action items?|actions|measures|tasks|"
                   "next steps|remediation)");
}

QString templateName(Style style)
{
    switch (style) {
    case Style::GoogleSre:
        return ReviewText::tr("Google SRE's template");
    case Style::Atlassian:
        return ReviewText::tr("Atlassian's template");
    case Style::PagerDuty:
        return ReviewText::tr("PagerDuty's template");
    case Style::StatusPage:
    case Style::Course:
        break;
    }
    return ReviewText::tr("The course format");
}

QString templateNameInSentence(Style style)
{
    switch (style) {
    case Style::GoogleSre:
    case Style::Atlassian:
    case Style::PagerDuty:
        return templateName(style);
    case Style::StatusPage:
    case Style::Course:
        break;
    }
    return ReviewText::tr("the course format", "inside a sentence");
}

QList<double> userPercentages(const QString &text)
{
    // The users must be what the share is of, in the same clause: in "rose 180% as users
    // refreshed their reports" a conjunction opens another clause (as the importer reads it).
    // Users are the people a service serves, by whatever name its business gives them
    // ("cardholders", "passengers", "students"; the review set's "a group of users").
    static const QRegularExpression after(
        QStringLiteral(
            "^\\s*(?:of\\s+)?(?:(?!(?:and|or|but|while|with|because|since|when|after|before|as|so|"
            "until|if|than)\\b)(?:all|our|the|active|total|affected|daily|monthly|logged-in|"
            "signed-in|[\\p{L}\\-]+)\\s+){0,3}(?:end[- ])?(?:users?|customers?|visitors?|readers?|"
            "subscribers?|members?|players?|merchants?|shoppers?|buyers?|sellers?|listeners?|"
            "viewers?|tenants?|clients?|students?|learners?|developers?|drivers?|riders?|"
            "passengers?|guests?|patients?|(?:card|account|policy)[- ]?holders?|people|"
            "user base|userbase)\\b"
            // Not the users' things: "34% of merchant API requests", "5% of customer orders".
            "(?!\\s+(?:api|requests?|calls?|traffic|transactions?|payments?|orders?|queries|"
            "sessions?|events?|messages?|jobs?|connections?|endpoints?|data)\\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression before(
        QStringLiteral(
            "(?:users?|customers?)\\s+(?:were\\s+)?affected\\W{0,6}(?:about|approximately|around|"
            "roughly|~)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    QList<double> out;
    for (const Percentage &p : findPercentages(text)) {
        const QString tail = text.mid(p.position + p.length, 60);
        const QString head = text.mid(qMax<qsizetype>(0, p.position - 40),
                                      p.position - qMax<qsizetype>(0, p.position - 40));
        if (after.match(tail).hasMatch() || before.match(head).hasMatch())
            out.append(p.value);
    }
    return out;
}

namespace {

/// Duration, time zone and share of users: the facts of the issue summary.
void checkSummaryFacts(const ReviewDocument &doc, Findings &out)
{
    const QString tmpl = templateName(doc.style());
    const StatedDuration &d = doc.duration();
    const bool missingDuration = !d.found || (!d.start && !d.end && !d.length);
    if (missingDuration) {
        out.add("course.duration", "missing-duration", FindingSeverity::Error,
                ReviewText::tr("%1 asks for the incident's duration: a start and an end, each with "
                               "date and time, and the time zone.")
                    .arg(tmpl),
                FieldId::Summary);
    } else if (!d.start || !d.end) {
        out.add("course.duration", "missing-start-or-end", FindingSeverity::Error,
                ReviewText::tr("%1 asks for both the start and the end of the incident (date and "
                               "time); only part of the duration is given.")
                    .arg(tmpl),
                d.fromModel ? (!d.start ? FieldId::IncidentStart : FieldId::IncidentEnd)
                            : FieldId::Summary);
    }
    const bool anyTime = !doc.entries().isEmpty() || d.start || d.end;
    if (anyTime && findZones(doc.allText()).isEmpty() && !doc.postmortem().timezone) {
        out.add("course.timezone", "missing-timezone", FindingSeverity::Error,
                ReviewText::tr("Times are given without a time zone; state it once, e.g. "
                               "\"Timeline (UTC)\" or \"14:05 CEST (UTC+02:00)\"."),
                FieldId::TimeZone);
    }

    QString prose;
    for (const Block &b : doc.blocks())
        if (b.part != Part::Actions)
            prose += b.text + QLatin1Char('\n');
    // The model's share counts when it is a field of its own (a native document); when the
    // prose has the same number, the prose says what it is a share of.
    bool fieldShare = false;
    if (const auto share = doc.postmortem().usersAffectedPercent) {
        fieldShare = true;
        for (const Percentage &p : findPercentages(prose))
            if (qAbs(p.value - *share) < 0.01)
                fieldShare = false;
    }
    if (userPercentages(prose).isEmpty() && !fieldShare) {
        out.add("course.users-affected", "missing-impact-percent",
                doc.style() == Style::Course ? FindingSeverity::Error : FindingSeverity::Warning,
                ReviewText::tr("%1 asks for the impact as a percentage of users affected (counts "
                               "or percentages of requests do not say it).")
                    .arg(tmpl),
                FieldId::UsersAffectedPercent);
    }
}

/// Root cause, and the story the timeline must tell.
void checkStory(const ReviewDocument &doc, Findings &out)
{
    const QString tmpl = templateName(doc.style());
    if (doc.text(Part::Cause).trimmed().isEmpty()) {
        out.add("course.root-cause", "other", FindingSeverity::Error,
                ReviewText::tr("%1 asks for a root cause section: why it happened, not only what "
                               "happened.")
                    .arg(tmpl),
                FieldId::RootCause);
    }
    if (!summaryNamesCause(doc)) {
        out.add("course.root-cause-in-summary", "missing-root-cause-in-summary",
                FindingSeverity::Warning,
                ReviewText::tr("The summary describes symptoms only; %1 asks it to name the root "
                               "cause too, so a reader who stops there knows why it happened.")
                    .arg(templateNameInSentence(doc.style())),
                FieldId::Summary);
    }

    const QString story = narrative(doc);
    // Detection and escalation may be told anywhere but in the measures and lessons, which
    // speak of the future ("Alert when…") or judge the response.
    QString whole;
    // The fix is never told where only the cause is: a Leadup, Fault or Trigger section says
    // what changed before the incident ("replaced the inline statements"), not what fixed it.
    // A "Root Cause and Resolution" section is a Resolution part and stays.
    QString fixes;
    // A Detection section of the SRE or Atlassian template that says something tells the
    // detection by being there, whatever its words ("The uptime service pinged Slack").
    bool detectionSection = false;
    for (const Block &b : doc.blocks()) {
        if (b.part != Part::Actions && b.part != Part::Lessons && b.part != Part::Title) {
            whole += b.text + QLatin1Char('\n');
            if (b.part != Part::Cause)
                fixes += b.text + QLatin1Char('\n');
        }
        if (b.part == Part::Detection && b.text.simplified().count(QLatin1Char(' ')) >= 3)
            detectionSection = true;
    }
    if (!detectionSection && !tellsDetection(whole))
        out.add(
            "course.timeline-kinds", "missing-detection", FindingSeverity::Warning,
            ReviewText::tr("%1 asks how and when the problem was detected (a monitoring alert, a "
                           "page, a user report, …); the document never says.")
                .arg(tmpl),
            FieldId::Timeline);
    if (!tellsEscalation(story + QLatin1Char('\n') + whole))
        out.add("course.timeline-kinds", "missing-escalation", FindingSeverity::Warning,
                ReviewText::tr("%1 asks who the incident was escalated to; the timeline shows no "
                               "one beyond the first responder.")
                    .arg(tmpl),
                FieldId::Timeline);
    if (!tellsMisleadingPath(story))
        out.add("course.timeline-kinds", "missing-misleading-path",
                doc.style() == Style::Course ? FindingSeverity::Warning : FindingSeverity::Hint,
                ReviewText::tr("%1 asks for the misleading investigation paths: what was suspected "
                               "and ruled out.")
                    .arg(tmpl),
                FieldId::Timeline);
    // The fix may be told in any narrative section ("Debugging process", "How we resolved
    // it"), as detection may: the review set asks whether the document ever says it.
    if (!tellsResolution(story + QLatin1Char('\n') + fixes))
        out.add("course.resolution", "missing-resolution", FindingSeverity::Error,
                ReviewText::tr("%1 asks what fixed or mitigated the incident; the document gives "
                               "only outcomes (\"service recovered\"), not the action.")
                    .arg(tmpl),
                FieldId::Resolution);
}

/// Corrective and preventative measures, and the length.
void checkMeasuresAndLength(const ReviewDocument &doc, Findings &out)
{
    const QString tmpl = templateName(doc.style());
    bool anyMeasure = false;
    for (const Action &a : doc.actions())
        if (!isPlaceholderAction(a.text))
            anyMeasure = true;
    if (!anyMeasure)
        out.add("course.measures", "missing-measures", FindingSeverity::Error,
                ReviewText::tr("%1 asks for corrective and preventative measures: concrete tasks "
                               "with an owner and a due date. None are given yet.")
                    .arg(tmpl),
                FieldId::ActionItems);

    const int n = doc.wordCount();
    if (n < 400 || n > 600)
        out.add("course.length", "word-count",
                doc.style() == Style::Course ? FindingSeverity::Warning : FindingSeverity::Hint,
                ReviewText::tr("The postmortem has %1 words; the course format asks for 400 to "
                               "600.")
                    .arg(n));
}

} // namespace

void checkRequirements(const ReviewDocument &doc, Findings &out)
{
    checkSummaryFacts(doc, out);
    checkStory(doc, out);
    checkMeasuresAndLength(doc, out);
}

} // namespace Hindsight::Review
