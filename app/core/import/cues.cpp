#include "core/import/cues.h"

#include "core/fastregex.h"
#include "core/importtime.h"

#include <QRegularExpression>

#include <algorithm>

namespace Hindsight::Import {

bool isResolutionCue(const QString &sentence)
{
    // "To resolve …", "The issue was fixed …", "We rolled back …", and a sentence whose
    // subject is the action that fixed it ("Restoring the previous bundle fixed delivery").
    static const FastRegex cue(
        QStringLiteral(
            R"(^\W{0,4}(to (resolve|address|fix|mitigate|remediate|restore|remedy|correct)\b|(the )?(issue|problem|outage|incident) was (then )?(resolved|fixed|mitigated|remediated)|(we|engineers|the (\w+ )?team) (then )?(resolved|fixed|mitigated|corrected|restored|rolled back|reverted)|resolution\b|the fix\b|(this|it) was (resolved|fixed)|once (identified|the root cause was identified)|the solution\b)|^\W{0,4}(?!(?:during|nothing|something|everything|anything|according)\b)[a-z]+ing\b(?:(?![.;,]).){0,80}?\b(fixed|resolved|restored|mitigated|solved)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return cue.match(QStringView(sentence).left(300)).hasMatch();
}

qsizetype resolutionSplit(const QString &text)
{
    static const FastRegex boundary(QStringLiteral(R"([.!?]\s+(?=[A-Z]))"));
    auto it = boundary.globalMatch(QStringView(text).left(kScan * 4));
    while (it.hasNext()) {
        const FastMatch m = it.next();
        const qsizetype at = m.capturedEnd();
        if (isResolutionCue(text.mid(at, 200)))
            return at;
    }
    return -1;
}

bool isClosingRemark(const QString &text)
{
    static const FastRegex closing(
        QStringLiteral(
            R"(^\W{0,4}(by (implementing|addressing|taking|following|putting|adopting|applying)\b|in conclusion\b|overall\b|to conclude\b|(this|the) (incident|outage) (highlighted|taught|showed|reminded|served)\b|these (corrective |preventative |preventive )?(measures|steps|actions|changes|improvements|tasks)\b|we (aim|believe|are confident|hope|will continue)\b|through these\b|with these\b|moving forward\b|feel free\b|thank you\b|we (\w+ )?apologi[sz]e\b|(we are|we're) (\w+ )?sorry\b|(our|my) (\w+ )?apologies\b|(sorry|apologies) (for|about|to)\b|(love|cheers|regards|best|thanks|sincerely|best regards|kind regards|warm regards|yours),? (from )?(the|your|all of us|everyone)\b))"),
        QRegularExpression::CaseInsensitiveOption);
    return closing.match(QStringView(text).left(300)).hasMatch();
}

bool isAside(const QString &content)
{
    static const FastRegex aside(QStringLiteral(R"(^\([^()]*\)\W*$)"));
    // A template's placeholder left in place: "*\<What are we going to do …\>*".
    static const FastRegex placeholder(QStringLiteral(R"(^[*_]{1,2}\\?<.*>[*_]{1,2}\W*$)"));
    return aside.matches(content) || placeholder.matches(content);
}

bool isPictureOrLink(const QString &content, bool listItem)
{
    static const FastRegex picture(
        QStringLiteral(
            R"(^\W{0,3}(!\[[^\]]*\]\([^)\s]*\)|\(?<?https?://\S+\.(png|jpe?g|gif|svg|webp)(\?\S*)?>?\)?)\W{0,3}$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const FastRegex link(
        QStringLiteral(R"(^\W{0,3}(\[[^\]]*\]\([^)\s]*\)|\(?<?https?://\S+>?\)?)\W{0,3}$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (content.size() > 2000)
        return false;
    return picture.match(content).hasMatch() || (!listItem && link.match(content).hasMatch());
}

QStringList splitCells(const QString &content)
{
    // Each cell is a view of the row until it holds an escaped bar ("\\|"), which only a
    // copy can write as "|": most cells cost one allocation, their trimmed copy.
    QStringList cells;
    const QStringView row(content);
    qsizetype start = 0;
    QString escaped; // the cell so far once it had an escaped bar (never empty then)
    for (qsizetype k = 0; k < row.size(); ++k) {
        const QChar c = row.at(k);
        if (c == QLatin1Char('\\') && k + 1 < row.size() && row.at(k + 1) == QLatin1Char('|')) {
            escaped += row.mid(start, k - start);
            escaped += QLatin1Char('|');
            start = ++k + 1;
        } else if (c == QLatin1Char('|')) {
            const QStringView rest = row.mid(start, k - start);
            cells.append(escaped.isEmpty() ? rest.trimmed().toString()
                                           : escaped.append(rest).trimmed());
            escaped.clear();
            start = k + 1;
        }
    }
    const QStringView rest = row.mid(start);
    cells.append(escaped.isEmpty() ? rest.trimmed().toString() : escaped.append(rest).trimmed());
    return cells;
}

bool endsUnfinished(const QString &text)
{
    static const FastRegex hanging(
        QStringLiteral(
            R"(([,;(&/-]|\b(and|or|to|the|of|a|an|for|with|in|on|by|at|from|since|until|than))\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    return hanging.match(QStringView(text).right(20)).hasMatch();
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

QString displayText(const Line &line)
{
    if (line.kind == LineKind::Heading)
        return line.content;
    if (line.fromDirective)
        return line.content;
    if (line.fromHtml)
        return line.kind == LineKind::ListItem ? QStringLiteral("- ") + line.content : line.content;
    // The line as written without its trailing blanks; a list item or code keeps its indent.
    // (Read through a view: QString::back() on a copy would detach it, one allocation a line.)
    QStringView raw(line.raw);
    while (!raw.isEmpty() && raw.back().isSpace())
        raw.chop(1);
    if (line.kind != LineKind::ListItem && line.kind != LineKind::Code)
        raw = raw.trimmed();
    return raw.size() == line.raw.size() ? line.raw : raw.toString();
}

bool isChatLine(const QString &content)
{
    static const FastRegex chat(
        QStringLiteral(
            R"(^[*_]{0,2}@?[\w.\-]{2,30}[*_]{0,2}(?:\s+[\w.\-]{2,20})?\s*\[\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\s*\])"
            R"(|^[\[(]?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?[\])]?\s*<[@\w.\-]+>)"
            R"(|^<[@\w.\-]{2,30}>\s)"
            R"(|^[*_]{0,2}@?[\w.\-]{2,30}[*_]{0,2}\s*\[\s*\d+\s+(?:minutes?|hours?|days?)\s+ago\s*\])"),
        QRegularExpression::CaseInsensitiveOption);
    // Every form has a "[" or a "<": most lines are not tried (a match allocates, most of its
    // cost under AddressSanitizer).
    const QStringView head = QStringView(content).left(200);
    if (!head.contains(QLatin1Char('[')) && !head.contains(QLatin1Char('<')))
        return false;
    return chat.match(head).hasMatch();
}

bool isPreventionIntro(const QString &text)
{
    static const FastRegex cue(
        QStringLiteral(
            R"(\bto (prevent|avoid)\b|\bprevent(ing)? (this|similar|such|a recurrence|recurrence|it)\b|\b(from|in) the future\b|\bgoing forward\b|\bmoving forward\b|\bhappen(ing|s)? again\b|\brecurrence\b)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString t = text.trimmed();
    return t.endsWith(QLatin1Char(':')) && t.size() < 400 && cue.match(t).hasMatch();
}

QStringList splitSentences(const QString &text)
{
    // A sentence ends at its stop before a capital, the stop perhaps inside emphasis or a
    // quote ("… can corrupt its databases.** This report …"), and always at a blank line (a
    // paragraph ends there, with a stop or not: "Last updated: 2022-05-25" above the first
    // sentence).
    static const FastRegex boundary(QStringLiteral(
        R"((?<=[.!?]|[.!?][*_"'”’)]|[.!?][*_]{2})\s+(?=[A-Z"'(*_\[“])|[ \t]*\n[ \t]*\n\s*)"));
    QStringList out;
    for (const QString &s : boundary.split(text.left(kScan * 4), Qt::SkipEmptyParts))
        out.append(s.trimmed());
    if (text.size() > kScan * 4 && !out.isEmpty())
        out.last() += text.mid(kScan * 4);
    return out;
}

namespace {

/// `sentence` without the mentions of a root cause as the object of finding or fixing it
/// ("we fixed the root cause", "engineers identified the root cause and …"): status updates
/// and blog posts say so without saying what it was, or the cause as what a report to come is
/// about. "The root cause was …" stays.
QStringView withoutRootCauseAsObject(const QString &sentence, QString &buffer)
{
    static const FastRegex object(
        QStringLiteral(
            R"(\b(?:address|fix|found|find|identif|investigat|determin|understand|resolv|look|)"
            R"(search|pinpoint|confirm|isolat|narrow|locat)\w*\s+(?:(?:down|for|into|on|in|)"
            R"(out)\s+)?(?:the |a |its |this |our |an )?(?:likely |probable |suspected |)"
            R"(underlying |actual |real )?root[ -]causes?\b(?!\s+(?:is|was|were|of\b[^.;]{0,60}\b(?:is|was)\b)))"),
        QRegularExpression::CaseInsensitiveOption);
    // Nor the cause as what a report still to come is about ("will shortly update this entry
    // with a detailed report on the cause of the problem", "more details on the root cause
    // to follow"), as status pages promise before they know.
    static const FastRegex reportOn(
        QStringLiteral(
            R"(\b(?:report|details?|information|info|update|write-?up|analysis|post-?mortem)\s+)"
            R"((?:on|about|regarding|into|for)\s+(?:the |this |its |what )?(?:likely |probable |)"
            R"(underlying |actual |real )?(?:root[ -])?causes?\b(?:\s+of\s+(?:the |this |our )?)"
            R"((?:problem|issue|outage|incident|failure|error)s?\b)?)"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringView view = QStringView(sentence).left(kScan);
    if (!view.contains(QLatin1String("cause"), Qt::CaseInsensitive))
        return view;
    buffer = view.toString();
    object.replaceIn(buffer, u" ");
    reportOn.replaceIn(buffer, u" ");
    return buffer;
}

} // namespace

bool hasCauseCue(const QString &sentence)
{
    static const FastRegex cue(
        QStringLiteral(
            R"(\b(caused|(?<!issue )(?<!problem )(?<!incident )(?<!outage )(?<!error )causing|because|due to|bugs?|broke|broken|ran out|run out|root cause|triggered by|resulted from|result of|stemmed|failure of|misconfigur\w*|expired|attack|suspected (?:it was|that|to be)|culprit|cause of (?:the |this |our )?(?:problem|issue|outage|incident|failure|error)|traced (?:it )?(?:back )?to|turned out to be|(?:determined|discovered|found(?: out)?|identified|revealed|showed|established) that)\b)"
            // Not "an issue causing failed deployments": the problem told by its effect.
            // An outage upstream named as what hit the service: "affected by an outage of our
            // hosting provider", "A Cloudflare outage is affecting our web services".
            // The reason named: "The reason was a change in …", "the underlying reason for the
            // outage is …" (not "one reason we were slow …").
            R"(|\bthe (?:main |underlying |actual |real )?reason (?:(?:for|behind) (?:the |this |our )?(?:outage|incident|failure|problem|issue|error|crash)s? )?(?:was|is)\b)"
            R"(|\baffected by (?:an? |the )?(?:[\w.-]+ ){0,3}outage\b)"
            // The problem tied to its cause in other words: "the issue was related to how …",
            // "we hit a limit in the load balancer", "the diff service consumed all resources".
            R"(|\b(?:issue|problem|outage|incident|failure|error)s? (?:was|were|is|are) (?:related to|down to|the result of)\b)"
            R"(|\b(?:hit|hitting|hits|reached|exceeded) (?:an? |the |our )?(?:[\w-]+ ){0,3}(?:limit|quota|ceiling|cap)\b)"
            R"(|\b(?:consumed|exhausted|used up|ate up) (?:all |every )?(?:of )?(?:the )?(?:available )?(?:resources|memory|cpu|disk|disk space|connections|file descriptors)\b)"
            R"(|(?-i:(?!(?:An?|The|This|That|Our|Its)\b)\b[A-Z][\w.-]*) outage (?:is|was) (?:affecting|impacting)\b)"
            // An action done unintentionally is the trigger ("the fee was changed by mistake",
            // "a change was inadvertently deployed", "we accidentally released …"), seen in
            // sixteen documents of eleven teams across the corpus and held-out sets.
            R"(|\b(?:by mistake|mistakenly|accidentally|inadvertently|unintentionally)\b)"
            // The fault placed with another party: "an issue from the registrar's end", "a
            // known bug on their end", "a bug at DO's end", "an issue on AWS' side".
            R"(|\b(?:issue|problem|bug|outage|fault|error)s? (?:was |is )?(?:from|on|at) (?:the )?(?:[\w.-]+ ){0,2}(?:[\w.-]+['\x{2019}]s|[\w.-]+s['\x{2019}]|their) (?:end|side)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    QString buffer;
    return cue.match(withoutRootCauseAsObject(sentence, buffer)).hasMatch();
}

bool saysNoItem(const QString &text)
{
    static const FastRegex noItem(QStringLiteral(R"(^\W*(n/?a|none|nothing|nil)\W*$)"),
                                  QRegularExpression::CaseInsensitiveOption);
    return noItem.matches(text);
}

bool statesCause(const QString &sentence)
{
    static const FastRegex cue(
        QStringLiteral(
            R"(\b(because|due to|(was|were|is|are|been) (caused|triggered) by|root cause|stemmed from|resulted from)\b|\bas a result of (?!(the|this|that) (issue|incident|outage|problem|event)\b))"
            // The cause as the subject of the failure: "the voltage spike caused a shutdown of
            // the network gear", "snapshot growth caused an outage", "the driver update has
            // introduced instability" (not "this caused …", which points back to the sentence
            // before).
            R"(|(?<!\bthis )(?<!\bthat )(?<!\bit )(?<!\bwhich )\b(caused|triggered|led to|resulted in|(has |had |have )?introduced) (a |an |the |some )?([\w-]+ ){0,3}(outage|shutdown|failure|crash|downtime|disruption|loss of|instability|errors)\b)"
            // The failure traced to its cause ("The failure was traced to a hardware issue on
            // one of the storage controllers"), or the reason for it named ("The reason for
            // this partial outage is a faulty UPS"), as status updates tell it.
            R"(|\b(was|were|has been|have been) traced (back )?to\b)"
            // The cause named, hedged or not: "The likely cause was that the consumer was
            // stuck", "the immediate cause of the crash was …" (not "the cause is unknown").
            R"(|\bthe (most )?(likely|probable|suspected|immediate|direct|proximate|main|underlying|actual|real)? ?cause( of [^.;!?]{1,60})? (was|is|appears to be|seems to be|turned out to be)\b(?!\s+(still |as yet |currently )?(unknown|unclear|not\b)))"
            R"(|\bthe (main |underlying |actual |real )?reason (for|behind) (the |this |that |our )?([\w-]+ )?(outage|incident|failure|problem|issue|error|crash|disruption|downtime|interruption)s? (was|is)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    QString buffer;
    return cue.match(withoutRootCauseAsObject(sentence, buffer)).hasMatch();
}

bool statesWhatBroke(const QString &sentence)
{
    static const FastRegex cue(
        QStringLiteral(
            R"(\b(crash(ed|es)?|(stopped|stops) (responding|working|serving|accepting|running)|cut off|became unresponsive|(power|network|dns|database|disk|storage) (outage|failure|loss)|ran out of|filled up|got (corrupted|wiped|deleted)|was (corrupted|wiped|deleted|overloaded|exhausted))\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return cue.matches(sentence);
}

bool saysCauseUnknown(const QString &text)
{
    static const FastRegex cue(
        QStringLiteral(
            R"(\b(root )?cause (is|was|remains) (still |as yet |currently )?(unknown|unclear|not (yet )?(known|identified|determined|understood))\b)"
            R"(|\b(still|are|is) investigating (why|the (root )?cause)\b|\bunder investigation\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return cue.matches(QStringView(text).left(kScan * 4));
}

bool isMeasureToCome(const QString &sentence)
{
    static const FastRegex toCome(
        QStringLiteral(
            R"(\b(we|i)\b.{0,120}\b(in (the )?future|from happening again|going forward)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const FastRegex pastOnly(QStringLiteral(R"(\b(had been|was meant|were meant)\b)"),
                                    QRegularExpression::CaseInsensitiveOption);
    return toCome.matches(sentence) && !pastOnly.matches(sentence);
}

bool hasResponseCue(const QString &text)
{
    static const FastRegex cue(
        QStringLiteral(
            R"(\b(realiz\w*|realis\w*|resolv\w*|restor\w*|fixed|recover\w*|mitigat\w*|rolled back|reverted|back up and running|back online|workaround)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return cue.match(QStringView(text).left(kScan)).hasMatch();
}

bool isImpactParagraph(const QString &text)
{
    static const FastRegex cue(QStringLiteral(R"(\b(affected|unaffected|impacted|impact)\b)"),
                               QRegularExpression::CaseInsensitiveOption);
    const QStringList sentences = splitSentences(text.left(2000));
    return !sentences.isEmpty() && cue.match(sentences.first()).hasMatch();
}

bool isNarrativeMeasure(const QString &sentence)
{
    // "We have since added …" is a measure; "We have since identified that …" a finding.
    static const FastRegex cue(
        QStringLiteral(
            R"(\b(we|i) (have|'ve) since\b(?! (identified|found|learned|learnt|discovered|determined|confirmed|realised|realized|noticed|seen|heard)\b)|\bsince then,? (we|i)\b|\bfrom now on\b|\bgoing forward,? (we|i)\b|\bin the future,? (we|i) will\b|\bwe (now|will now)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return !sentence.trimmed().endsWith(QLatin1Char(':')) && cue.match(sentence).hasMatch();
}

bool isMeasureSentence(const QString &sentence)
{
    static const FastRegex pronoun(QStringLiteral(R"(^\W*(this|that|these|those|it|which)\b)"),
                                   QRegularExpression::CaseInsensitiveOption);
    static const FastRegex imperative(
        QStringLiteral(
            R"(^\W*(add|adopt|audit|avoid|automate|build|conduct|configure|create|deploy|develop|document|enable|enforce|ensure|make sure|establish|evaluate|fix|implement|improve|increase|install|introduce|limit|migrate|monitor|move|patch|perform|refine|remove|replace|review|run|schedule|set up|switch|test|train|update|upgrade|use|write|enhance|optimi[sz]e|assess|organi[sz]e|investigate|reduce|require|restrict|rotate|scale|separate|standardi[sz]e|track|validate|verify|provide|manage|coordinate|integrate|setup|educate|notify|communicate|prepare|prioriti[sz]e|allocate|maintain|back up|backup|(?:regularly|periodically|routinely|always) \w+)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const FastRegex modal(
        QStringLiteral(
            R"(\b(will|shall|should|must|need to|needs to|have to|has to|plan to|plans to|planned to|going to|decided|(has|have) been (added|implemented|introduced|set up|put in place|created|enabled|deployed|scheduled))\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const FastRegex decision(
        QStringLiteral(R"(\b(it (is|was|has been) (decided|agreed|planned))\b)"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringView head = QStringView(sentence).left(kScan);
    if (decision.match(head).hasMatch())
        return true;
    if (pronoun.match(head).hasMatch())
        return false;
    return imperative.match(head).hasMatch() || modal.match(head).hasMatch();
}

bool isProgressiveMeasure(const QString &line)
{
    static const FastRegex progressive(
        QStringLiteral(
            R"(^\W*(adding|adopting|auditing|automating|building|conducting|configuring|creating|)"
            R"(deploying|developing|documenting|enabling|enforcing|ensuring|establishing|)"
            R"(evaluating|implementing|improving|increasing|installing|introducing|migrating|)"
            R"(replacing|reviewing|scheduling|setting up|switching|updating|upgrading|enhancing|)"
            R"(rotating|restricting|separating|standardi[sz]ing|rewriting|removing)\s+\S)"),
        QRegularExpression::CaseInsensitiveOption);
    return progressive.match(QStringView(line).left(kScan)).hasMatch();
}

QStringList splitAdditiveMeasures(const QString &text)
{
    static const FastRegex additive(QStringLiteral(
        R"((?<=[.!?])\s+(?=(Additionally|In addition|Furthermore|Moreover|Also|Besides)\b,?\s))"));
    if (text.size() > kScan)
        return {text};
    QStringList out = additive.split(text, Qt::SkipEmptyParts);
    for (QString &s : out)
        s = s.trimmed();
    return out;
}

bool isEnumeratedParagraph(const QString &content)
{
    static const FastRegex re(
        QStringLiteral(R"(^[*_]{0,3}\s*(?:\(?\d{1,2}[.)]|step \d{1,2}[:.)])\s+\S)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(QStringView(content).left(40)).hasMatch();
}

std::optional<StatusLead> timedStatusLead(const QString &content)
{
    static const FastRegex lead(
        QStringLiteral(
            R"(^[*_]{0,2}(Update|Updated|Investigating|Identified|Monitoring|Resolved|)"
            R"(Mitigated)\s*:?\s*[*_]{0,2}\s*[(\[]?(?=\d{1,2}[:.]\d\d|\d{4}-\d\d-\d\d[ T]\d{1,2}:\d\d)"
            // An hour alone on the 12-hour clock ("Update: 10am Issue with …").
            R"(|\d{1,2}\s*[ap]\.?m\b)"
            // The day by its month's name, then the time ("Update Jun 24, 10AM").
            R"(|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)"
            R"(\s+(?:\d{4},?\s+)?\d{1,2}(?:[:.]\d\d|\s*[ap]\.?m\b)))"),
        QRegularExpression::CaseInsensitiveOption);
    const FastMatch m = lead.match(QStringView(content).left(200));
    if (!m.hasMatch())
        return std::nullopt;
    return StatusLead{m.captured(1), m.capturedEnd()};
}

QString statusWordAfterTime(const QString &content)
{
    const std::optional<StatusLead> status = timedStatusLead(content);
    if (!status)
        return content;
    QString rest = content.mid(status->timeAt).trimmed();
    // The update's own name after its moment ("Update 17:30 CDT: Service is available") goes
    // after the word: "17:30 CDT Update: Service is available".
    static const FastRegex headline(QStringLiteral(R"([)\]]?\s*(?::|\s[-–—])\s+(?=\w))"));
    if (const std::optional<ImportTime::Leading> lead = ImportTime::parseLeading(rest);
        lead && lead->time.isValid() && !lead->rest.trimmed().isEmpty()) {
        const qsizetype at = rest.size() - lead->rest.size();
        // The name ends as a sentence, so the update's text that follows reads apart from it.
        if (const FastMatch h = headline.match(rest, std::max<qsizetype>(0, at - 2)); h.hasMatch())
            return rest.left(h.capturedStart()) + QLatin1Char(' ') + status->status
                   + QStringLiteral(": ") + rest.mid(h.capturedEnd())
                   + (endsSentence(rest) ? QString() : QStringLiteral("."));
    }
    while (rest.endsWith(QLatin1Char(':')))
        rest.chop(1);
    return rest + QLatin1Char(' ') + status->status + QLatin1Char(':');
}

namespace {

/// True when \a text is only a date or time ("**21:15**", "2025-01-21 21:15 UTC").
bool onlyMoment(const QString &text, bool dayFirst)
{
    const auto lead = ImportTime::parseLeading(text + QStringLiteral(" - x"), dayFirst);
    return lead && lead->rest == QLatin1String("x");
}

} // namespace

QList<QPair<qsizetype, qsizetype>> mergedEntryStarts(const QString &content, bool dayFirst)
{
    static const FastRegex separator(
        QStringLiteral(
            R"(\s[-–—•]\s+(?=\S)|\s*<br\s*/?>\s*(?=\S)|(?<=[.!?])\s+(?=\d{1,2}:\d\d\s*[-–—]\s))"),
        QRegularExpression::CaseInsensitiveOption);
    static const FastRegex label(
        QStringLiteral(R"(^[*_]{0,2}([A-Z][A-Za-z /&]{1,40}?)[*_]{0,2}\s*:[*_]{0,2}\s+\S)"));
    static const FastRegex timeLead(QStringLiteral(
        R"(^[*_\[(]{0,3}(?:\d{1,2}(?::[0-5]\d){1,2}\s*(?:[AaPp]\.?[Mm]\.?)?|\d{1,2}\s*[AaPp]\.?[Mm]\.?))"
        R"(\s*(?:\(?[A-Z]{2,5}(?:[+-]\d{1,2})?\)?)?\s*[\])]?[*_]{0,3}\s*[:|])"));
    QList<QPair<qsizetype, qsizetype>> starts;
    if (content.size() > kScan)
        return starts;
    // Every separator has a dash or bullet, a "<br>" or a time's colon: most lines have none
    // and are not searched (a search allocates, most of its cost under AddressSanitizer).
    if (std::none_of(content.cbegin(), content.cend(), [](QChar c) {
            switch (c.unicode()) {
            case u'-':
            case u'\u2013':
            case u'\u2014':
            case u'\u2022':
            case u'<':
            case u':':
                return true;
            default:
                return false;
            }
        }))
        return starts;
    auto it = separator.globalMatch(content);
    while (it.hasNext()) {
        const FastMatch m = it.next();
        const qsizetype at = m.capturedEnd();
        const QString rest = content.mid(at);
        const auto lead = ImportTime::parseLeading(rest, dayFirst);
        // After <br>, or after a sentence's end in a wrapped paragraph ("… the message. 05:07 -
        // Jonas joins"), any leading time starts an entry.
        const bool br = m.captured().contains(QLatin1Char('<'))
                        || (m.capturedStart() > 0
                            && QStringLiteral(".!?").contains(content.at(m.capturedStart() - 1)));
        // After <br> the entry's words may start on the next line ("<br> 05:07 -").
        bool entry = lead && (!lead->rest.isEmpty() || (br && lead->time.isValid()))
                     && (br ? lead->time.isValid() || lead->date.isValid()
                            : lead->time.isValid() && timeLead.match(rest).hasMatch());
        if (!entry && br)
            entry = timedStatusLead(rest).has_value();
        if (!entry) {
            // "**21:15** - **INCIDENT START:** Firewall confirmed": a label right after the
            // line's own leading moment is that entry's label, not a new entry.
            const FastMatch l = label.match(rest);
            entry = l.hasMatch() && classifyLabelText(l.captured(1)) != Label::None
                    && !onlyMoment(content.left(m.capturedStart()), dayFirst);
        }
        if (entry)
            starts.append({m.capturedStart(), at});
    }
    return starts;
}

QStringList proseEntries(const QString &content)
{
    static const FastRegex opener(
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
        const bool opens
            = !t.isEmpty() && t.first().pos < 30 && opener.matches(sentence.left(t.first().pos));
        if (opens || pieces.isEmpty()) {
            pieces.append(sentence);
            opened += opens ? 1 : 0;
        } else {
            pieces.last().append(QLatin1Char(' ')).append(sentence);
        }
    }
    return opened >= 2 ? pieces : QStringList{content};
}

QString withoutMarkup(const QString &text)
{
    static const FastRegex lineBreakTag(QStringLiteral(R"(\s*<br\s*/?>\s*)"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const FastRegex hardBreak(QStringLiteral(R"(\\$|\\(?=\n))"));
    static const FastRegex escape(QStringLiteral(R"(\\(?=[\\`*_{}\[\]()#+\-.!<>|~]))"));
    static const FastRegex strong(QStringLiteral(R"(\*\*|(?<![\w])__|__(?![\w]))"));
    static const FastRegex emphasis(
        QStringLiteral(R"((?<![\w*\\])[*_](?=[^\s*_])|(?<=[^\s*_\\])[*_](?![\w*]))"));
    if (text.size() > kScan * 4)
        return text;
    QString s = text;
    // Each pattern needs its character; removing text never adds one, so a cheap test first.
    if (s.contains(QLatin1Char('<')))
        lineBreakTag.replaceIn(s, u" ");
    const bool backslash = s.contains(QLatin1Char('\\'));
    if (backslash)
        hardBreak.removeIn(s);
    if (s.contains(QLatin1Char('*')) || s.contains(QLatin1Char('_'))) {
        strong.removeIn(s);
        emphasis.removeIn(s);
    }
    if (backslash)
        escape.removeIn(s);
    return s.trimmed();
}

bool endCueBefore(const QString &before)
{
    static const FastRegex endCue(
        QStringLiteral(
            // Or usable again: "Storage was accessible again at 18:16", "online again by 9".
            R"(\b(?:resolved|solved|restored|fixed|corrected|repaired|recovered|mitigated|ended|over|back (?:up|online|to normal)|(?:accessible|available|reachable|online|up|working|operational|responsive) again|end(?:ing)? of (?:the )?(?:outage|incident|impact|disruption))\s+)"
            // "resolved on the 17th of March 2024 at 2:28pm", "resolved on 04/15/2021 at 11
            // p.m." (the day between the word and the time).
            // Or the day named relative to the start: "resolved the same day, by 8PM",
            // "restored later that evening at 9pm".
            R"((?:(?:on\s+[\w/.,-]+(?:\s+[\w/.,-]+){0,4}?|(?:the same|that|later that|the next|the following)\s+(?:day|evening|night|afternoon|morning)),?\s+)?)"
            R"((?:by|at|around|by around|as of)\s+(?:about\s+|approximately\s+|~\s*)?$)"
            // A state said to last to the time: "This state lasted until 16:05 UTC", "the
            // errors continued until", "the queue remained full until".
            // The day may come first, then "at": "lasted until Friday, November 18th, at 3:01pm",
            // "stayed down until November 18th, 2016 at".
            R"(|\b(?:lasted|continued|persisted|went on|(?:remained|stayed)\s+[\w-]+)\s+until\s+)"
            R"((?:[\w/.,-]+(?:\s+[\w/.,-]+){0,4}?,?\s+at\s+)?(?:about\s+|approximately\s+|around\s+|~\s*)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    return endCue.match(before).hasMatch();
}

} // namespace Hindsight::Import
