// Blameless wording. Sources: Google SRE Book, "Postmortem Culture: Learning from Failure"
// (a blameless postmortem focuses on contributing causes, never on who); John Allspaw,
// "Blameless PostMortems and a Just Culture" (Etsy, 2012); Sidney Dekker, "The Field Guide to
// Understanding Human Error" ("human error" and counterfactuals such as "should have" end an
// inquiry instead of starting one).
#include "core/review/checks.h"
#include "core/review/textscan.h"
#include "core/spelling.h"

#include <QRegularExpression>

namespace Hindsight::Review {

namespace {

struct Rule
{
    QRegularExpression re;
    bool needsPerson; ///< the match's subject must be a person (name, role, pronoun, handle)
    const char *advice;
};

/// A person as the subject of a clause: a name, an @handle, a role or a pronoun, possibly
/// with a possessive ("Marco's change").
const QString kPerson = QStringLiteral(
    "(?:\\b(?!(?:As|In|On|At|For|With|From|By|To|If|When|While|After|Before|Since|But|And|So|"
    "Then|Because|Once|Also|However|Unfortunately|Although|Though|Here|There|Why|What|How|"
    "Which|Who|Yet|Still|Even|Only|Just|Finally|First|Later|Meanwhile)\\b)[A-Z][a-z]+"
    "(?:\\s[A-Z][a-z]+)?|@[\\w.\\-]+|\\b(?:he|she|they|"
    "someone|somebody)|\\b(?:[Tt]he|[Aa]n?|[Oo]ne of the|[Oo]ur|[Tt]heir|[Hh]is|[Hh]er|"
    "[A-Z][a-z]+(?:'|\\x{2019})s)\\s+(?:[\\w\\-]+\\s+){0,3}(?:predecessors?|successors?|"
    "engineers?|developers?|devs?|operators?|admins?|administrators?|sres?|on-?call|owners?|"
    "leads?|managers?|reviewers?|authors?|contractors?|interns?|employees?|staff|persons?|"
    "people|dbas?|team members?|teammates?|colleagues?|responders?|analysts?)"
    "(?:\\s+(?:on|in|from|of|at)\\s+(?:the\\s+|our\\s+)?(?:[\\w\\-]+\\s+){0,2}?(?:team|squad|"
    "group|rotation))?)");

const QList<Rule> &rules()
{
    static const QList<Rule> list = [] {
        const auto ci = QRegularExpression::CaseInsensitiveOption;
        QList<Rule> r;
        r.append(
            {QRegularExpression(QStringLiteral("\\b(human|operator|engineer|manual) error\\b"), ci),
             false,
             QT_TRANSLATE_NOOP("Hindsight::ReviewChecks",
                               "\"human error\" ends the inquiry; say what in the system let "
                               "the mistake through.")});
        // Not "lazy loading", "lazy-loaded", "lazy evaluation" or a "sloppy quorum" (Dynamo):
        // terms of the trade, said of software.
        r.append({QRegularExpression(
                      QStringLiteral("\\bcareless(ly|ness)?\\b|\\bnegligen(t|ce|tly)\\b|"
                                     "\\bsloppy\\b(?!\\s+quorum)|\\blazy\\b(?![\\s-]*(?:load|"
                                     "eval|init|instanti|fetch|import|comput|bind|"
                                     "propert|iterat|seq|static|val))|\\bincompeten|"
                                     "\\breckless(ly)?\\b|\\birresponsibl|"
                                     // "The developer who moved the job didn't bother to
                                     // check": the idiom judges care whoever its subject is.
                                     "\\b(didn't|did not|couldn't be|could not be) bother(ed)?\\b"),
                      ci),
                  false,
                  QT_TRANSLATE_NOOP("Hindsight::ReviewChecks",
                                    "Judging a person's care is not blameless; describe the "
                                    "conditions that made the step easy to get wrong.")});
        r.append(
            {QRegularExpression(QStringLiteral("\\b(to blame|at fault|(his|her|their) fault|fault "
                                               "of|blamed?)\\b"),
                                ci),
             true,
             QT_TRANSLATE_NOOP("Hindsight::ReviewChecks",
                               "Assigning fault to a person is not blameless; describe the "
                               "contributing causes instead.")});
        r.append({QRegularExpression(
                      kPerson
                      + QStringLiteral(
                          "\\s+(?:(?:simply|just|also|then|again|clearly|apparently|had)\\s+)?"
                          "(?:should(?:n't| not)? have|should've|ought to have|forgot|"
                          "neglected|failed to|did not bother|didn't bother|ignored|"
                          "skipped|overlooked|missed|messed up|screwed up|dropped the ball|"
                          "didn't (?:follow|check|read|test|notice|verify|look)|did not "
                          "(?:follow|check|read|test|notice|verify|look)|was not careful|"
                          "wasn't careful)\\b")),
                  true,
                  QT_TRANSLATE_NOOP("Hindsight::ReviewChecks",
                                    "A person is the subject of the failure; make the system the "
                                    "subject (\"the deploy ran without a check\") and say what "
                                    "made the step easy to miss.")});
        // The same judgement in a clause about a named person: "left open by Dana Reyes from
        // the data team, who should have rolled it back".
        r.append({QRegularExpression(QStringLiteral(
                      "\\b[A-Z][a-z]+ [A-Z][a-z]+\\b[^.;!?]{0,60}?,\\s*who\\s+(?:(?:simply|just|"
                      "also|then|clearly|apparently)\\s+)?(?:should(?:n't| not)? have|"
                      "should've|ought to have|forgot|neglected|failed to|ignored|skipped|"
                      "overlooked|did not bother|didn't bother)\\b")),
                  false, // the name is the person
                  QT_TRANSLATE_NOOP("Hindsight::ReviewChecks",
                                    "A person is the subject of the failure; make the system the "
                                    "subject (\"the deploy ran without a check\") and say what "
                                    "made the step easy to miss.")});
        // Not a contraction ("It's possible this error was caused by…"): no one's change.
        r.append({QRegularExpression(QStringLiteral(
                      "\\b(?!(?:It|That|There|Here|What|Where|Who|Let|He|She|This)(?:'|\\x{2019})s)"
                      "[A-Z][a-z]+(?:'s|\\x{2019}s)\\s+(?:[\\w\\-]+\\s+){0,2}(?:change|mistake|"
                      "error|commit|deploy|push|edit|typo|oversight|fault)\\b[^.]{0,60}\\b(?:broke|"
                      "caused|took down|brought down|introduced|triggered)\\b")),
                  false,
                  QT_TRANSLATE_NOOP("Hindsight::ReviewChecks",
                                    "Naming whose change broke something is not blameless; "
                                    "describe the change and what let it through.")});
        r.append(
            {QRegularExpression(QStringLiteral("\\b(because|since|as) (he|she) (skipped|ignored|"
                                               "forgot|neglected|didn't|did not|failed)"),
                                ci),
             false,
             QT_TRANSLATE_NOOP("Hindsight::ReviewChecks",
                               "A person's omission is given as the cause; describe what in "
                               "the process allowed it.")});
        return r;
    }();
    return list;
}

/// Sentence-start words that are not names ("Monitoring failed to…").
bool isCommonCapitalised(const QString &word)
{
    static const QRegularExpression common(QStringLiteral(
        "^(The|This|That|These|Those|It|Its|Our|Their|A|An|Monitoring|System|Service|Server|"
        "Database|Alerting|Nobody|Automation|Deploy|Deployment|Pipeline|Job|Check|Alert|Cache|"
        "Config|Configuration|Release|Change|Script|Tool|Team|Every|Each|Both|All|No|None|"
        "When|While|After|Before|Then|So|But|And|Because|Once|If|We|I|Validation|Review|CI|"
        "Kubernetes|Terraform|Puppet|Nginx|Redis|Postgres|PostgreSQL|MySQL|HAProxy|Vault|"
        "Why|What|How|Renewal|Rotation|Migration|Test|Tests|Backup|Replica|Primary|Node|"
        "Cluster|Load|Traffic|Request|Requests|Queue|Worker|Workers|Cron|Process|Rule)$"));
    return common.match(word).hasMatch();
}

/// A sentence-start word that is an ordinary plural noun ("Buyers did not notice", "Dashboards
/// failed to load"): the dictionary knows it and its singular in lower case. A person's name
/// is one ("Tom failed to"); names that end in s ("Chris", "Carlos") have no such singular.
/// Without the dictionary no word is.
bool isPluralNoun(const QString &word)
{
    if (word.size() < 4 || !word.endsWith(QLatin1Char('s')) || word.endsWith(QLatin1String("ss")))
        return false;
    const QString lower = word.toLower();
    return isKnownWord(lower)
           && (isKnownWord(lower.chopped(1))
               || (lower.endsWith(QLatin1String("es")) && isKnownWord(lower.chopped(2))));
}

/// A capitalised subject that the document elsewhere uses like software ("Nginx returned",
/// "Patroni is") is a component, not a person.
bool actsLikeSystem(const QString &word, const QString &text)
{
    if (word.isEmpty() || !word.at(0).isUpper())
        return false;
    const QRegularExpression system(
        QStringLiteral("\\b%1\\s+(?:is|was|are|were|returns?|returned|serves?|served|uses?|used|"
                       "sends?|sent|crash\\w*|handles?|handled|accepts?|accepted|rejects?|"
                       "rejected|listens?|logs?|logged|config\\w*|process\\w*|responds?|"
                       "responded|forwards?|forwarded|caches?|cached|starts?|started|stops?|"
                       "stopped|runs?|ran|reads?|writes?|wrote|loads?|loaded|proxies|proxied)\\b")
            .arg(QRegularExpression::escape(word)));
    // Also a name that modifies the parts of a system ("Pathfinder nodes", "Vault's
    // config") or carries a version ("Pathfinder v0.6.1"); nouns only, never a verb a person
    // does ("Omar releases", "Omar logs in").
    const QRegularExpression part(
        QStringLiteral("\\b%1(?:'s|\\x{2019}s)?\\s+(?:v?\\d+\\.\\d+|(?:nodes?|servers?|instances?|"
                       "pods?|clusters?|versions?|clients?|daemons?|binar(?:y|ies)|containers?|"
                       "config|API)\\b)")
            .arg(QRegularExpression::escape(word)));
    return system.match(text).hasMatch() || part.match(text).hasMatch();
}

/// Up to `span` characters of `text` before `position`, starting at a word's beginning.
QString wordsBefore(const QString &text, qsizetype position, qsizetype span)
{
    qsizetype from = qMax<qsizetype>(0, position - span);
    while (from > 0 && from < position && text.at(from - 1).isLetterOrNumber())
        ++from;
    return text.mid(from, position - from);
}

void scan(const QString &text, const QString &all, FieldId field, int index, Findings &out)
{
    for (const Rule &rule : rules()) {
        for (auto it = rule.re.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const QString hit = m.captured(0);
            // "at fault"/"blame" need a person nearby, never a component ("the tool was not
            // at fault").
            if (rule.needsPerson && !rule.re.pattern().startsWith(kPerson)) {
                // The 60 characters before, from a word's start: a window that cuts "the" to
                // "he" would read a pronoun that is not there.
                QString before = wordsBefore(text, m.capturedStart(), 60);
                static const QRegularExpression person(
                    QStringLiteral("\\b(he|she|engineer|developer|operator|admin|on-?call|"
                                   "person|someone|[A-Z][a-z]+ [A-Z][a-z]+)\\b[^.]*$"));
                if (!person.match(before).hasMatch())
                    continue;
                if (QRegularExpression(QStringLiteral("\\bnot\\s+$")).match(before).hasMatch())
                    continue;
            }
            // Human error named as a risk the system should lower ("manual steps raise the
            // likelihood of human error") is Dekker's point, not a verdict on a person.
            static const QRegularExpression riskOf(
                QStringLiteral(
                    "\\b(?:risk|likelihood|chance|possibility|probability|potential|"
                    "room|scope|source|sources)\\s+(?:of|for)\\s+$|\\b(?:reduc|minimi[sz]|"
                    "prevent|avoid|eliminat|limit|lower)\\w*\\s+(?:the\\s+)?$"),
                QRegularExpression::CaseInsensitiveOption);
            if (!rule.needsPerson && hit.contains(QLatin1String("error"), Qt::CaseInsensitive)
                && riskOf.match(wordsBefore(text, m.capturedStart(), 40)).hasMatch())
                continue;
            // A counterfactual told as what the system led people to do ("the log's wording led
            // people to roll back when they shouldn't have") makes the condition the subject,
            // as the rule asks: Dekker's local rationality, why the step looked right then.
            static const QRegularExpression ledBy(
                QStringLiteral("\\b(?:led|leading|caused|causing|made|making|prompted|tempted|"
                               "misled|confused|encouraged|pushed)\\b[^.;!?]*$"),
                QRegularExpression::CaseInsensitiveOption);
            if (hit.contains(QLatin1String("should"), Qt::CaseInsensitive)
                && ledBy.match(wordsBefore(text, m.capturedStart(), 80)).hasMatch())
                continue;
            const QString first = hit.section(QRegularExpression(QStringLiteral("[\\s']")), 0, 0);
            static const QRegularExpression role(
                QStringLiteral(
                    "\\b(engineers?|developers?|devs?|operators?|admins?|administrators?|sres?|"
                    "on-?call|owners?|leads?|managers?|reviewers?|authors?|contractors?|interns?|"
                    "employees?|staff|persons?|people|dbas?|members?|teammates?|colleagues?|"
                    "responders?|analysts?|he|she|they|someone|somebody)\\b"),
                QRegularExpression::CaseInsensitiveOption);
            if (rule.needsPerson && (isCommonCapitalised(first) || isPluralNoun(first))
                && !role.match(hit).hasMatch())
                continue;
            if (rule.needsPerson && !role.match(hit).hasMatch() && actsLikeSystem(first, all))
                continue;
            out.add(
                "blameless.language", "blame", FindingSeverity::Warning,
                ReviewText::tr("%1 (\"%2\")").arg(ReviewText::tr(rule.advice), hit.simplified()),
                field, index, hit.simplified());
            return;
        }
    }
}

} // namespace

void checkBlame(const ReviewDocument &doc, Findings &out)
{
    for (const Block &b : doc.blocks()) {
        if (b.part == Part::Title)
            continue;
        // Sentence by sentence, so a name at the start of a sentence is read as a subject.
        for (const QString &s : sentences(plain(b.text)))
            scan(QStringLiteral(". ") + s, doc.allText(), b.field, b.index, out);
    }
}

} // namespace Hindsight::Review
