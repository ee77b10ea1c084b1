// Action items a reviewer can track. Sources: Google SRE Book, "Postmortem Culture" (each
// action item has an owner and a tracking bug); Atlassian's incident handbook (priority
// actions with an owner and a due date); Etsy's "Debriefing Facilitation Guide" (remediation
// such as "be more careful" changes nothing in the system); the course format's "list of
// concrete tasks".
#include "core/review/checks.h"
#include "core/review/textscan.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Hindsight::Review {

namespace {

/// The words that make the item name no concrete, checkable change: an exhortation to people,
/// or a bare "improve X" whose X is a whole area (then the whole item). Empty when it is
/// concrete.
QString vagueWording(const QString &task)
{
    static const QRegularExpression exhortation(
        QStringLiteral(
            "\\b(be (more |extra |very )?(careful|vigilant|cautious|attentive|diligent|thorough)|"
            "pay (more |closer )?attention|try harder|take (more )?care|communicate better|"
            "better communication|communicate more|remember to|stay (alert|focused)|think twice|"
            "avoid (such |similar |these |this kind of "
            ")?(mistakes|errors|issues|incidents|problems)|"
            "(does not|doesn't|won't|will not|never) happen again|learn from (this|the incident|"
            "it)|raise awareness|more awareness|be aware|do better|work harder|more careful|"
            "be more proactive|keep an eye on|(get|be|become) better at|do a better job)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = exhortation.match(task); m.hasMatch())
        return m.captured(0);
    static const QRegularExpression generic(
        QStringLiteral(
            "^\\W*(improve|enhance|increase|better|strengthen|optimi[sz]e|revisit|review|look into|"
            "work on|more|add more|do more|invest "
            "in)\\s+(?:the\\s+|our\\s+|overall\\s+|general\\s+|"
            "some\\s+|more\\s+)*(monitoring|alerting|alerts|testing|tests|process(es)?|"
            "documentation|"
            "docs|communication|reliability|observability|performance|quality|things|code|"
            "deployments?|deploys|runbooks?|security|tooling|infrastructure|coverage|visibility|"
            "procedures|practices|resilience|stability|logging|checks|capacity|training|awareness|"
            "response|handling|readiness|operations|ownership)"
            // The area's subject adds no change ("Improve monitoring of scheduled jobs"), unless
            // it says how or which (a means, a number, a code span).
            "(?:\\s+(?:of|for|on|around|across)\\s+(?![^.;:]*\\b(?:by|through|via|using|with|so "
            "that)\\b)[^.;:,`\\d]{1,40})?\\W*$"),
        QRegularExpression::CaseInsensitiveOption);
    // Talking between people stays vague whoever the people are ("Improve communication
    // between producer and consumer teams"), unless the item says how (by, through, via).
    static const QRegularExpression peopleArea(
        QStringLiteral("^\\W*(improve|enhance|increase|better|strengthen)\\s+(?:the\\s+|our\\s+)?"
                       "(communication|coordination|collaboration|awareness)\\s+(between|across|"
                       "among|with|within|about|around)\\b(?![^.;:]*\\b(by|through|via|using)\\b)"
                       "[^.;:]{0,60}$"),
        QRegularExpression::CaseInsensitiveOption);
    if (!generic.match(task.trimmed()).hasMatch() && !peopleArea.match(task.trimmed()).hasMatch())
        return {};
    static const QRegularExpression edges(QStringLiteral("^\\W+|\\W+$"));
    return task.trimmed().remove(edges);
}

/// Concept classes that paraphrases share (general English synonyms of operations work).
QString conceptOf(const QString &stemmed)
{
    static const QHash<QString, QString> classes = [] {
        QHash<QString, QString> h;
        const auto group = [&h](std::initializer_list<const char *> words) {
            const QString name = QString::fromLatin1(*words.begin());
            for (const char *w : words)
                h.insert(stem(QString::fromLatin1(w)), name);
        };
        group({"drill", "gameday", "game", "exercise", "rehearsal", "simulate", "simulation"});
        group({"quarterly", "regular", "regularly", "periodic", "periodically", "monthly", "weekly",
               "recurring", "routine"});
        group({"offline", "losing", "lose", "loss", "outage", "down", "failure", "unavailable"});
        group({"snapshot", "copy", "clone", "replica", "dump"});
        group({"database", "data", "db"});
        group({"migration", "schema"});
        group(
            {"spread", "span", "spanning", "distribute", "across", "multi", "several", "multiple"});
        group({"zone", "zones", "az", "zonal", "regional"});
        group({"instance", "instances", "vm", "node", "nodes", "server", "servers"});
        // Monitoring and health checks watch production; they are not tests of a change.
        group({"alert", "alarm", "page", "notify", "notification", "monitor", "monitoring",
               "healthcheck"});
        group({"dashboard", "graph", "panel", "chart", "visualisation", "visualization"});
        group({"documentation", "document", "doc", "docs", "wiki", "readme"});
        group({"test", "tests", "verify", "validate", "check", "checks"});
        group({"ci", "pipeline", "stage", "build"});
        group({"production", "prod", "production-sized", "production-like"});
        group({"before", "prior", "ahead"});
        group({"merge", "merging", "commit"});
        group({"runbook", "playbook", "procedure", "checklist"});
        group({"expire", "expiry", "expiration"});
        group({"block", "stop", "prevent", "deny", "reject", "refuse", "forbid", "gate"});
        group({"add", "create", "introduce", "set", "configure", "make", "run", "schedule", "build",
               "implement", "establish"});
        return h;
    }();
    return classes.value(stemmed, stemmed);
}

QSet<QString> concepts(const QString &task)
{
    static const QSet<QString> weak = {
        QStringLiteral("add"), QStringLiteral("every"), QStringLiteral("whole"),
        QStringLiteral("all"), QStringLiteral("one"),   QStringLiteral("instead"),
    };
    // Links and issue references say where the work is tracked, not what it is.
    static const QRegularExpression links(
        QStringLiteral("\\]\\([^)]*\\)|\\bhttps?://\\S+|#\\d+|\\b[A-Z]+-\\d+\\b"));
    static const QRegularExpression healthCheck(QStringLiteral("\\bhealth[ -]?checks?\\b"),
                                                QRegularExpression::CaseInsensitiveOption);
    QString text = task;
    text.replace(links, QStringLiteral(" "));
    text.replace(healthCheck, QStringLiteral("healthcheck"));
    QSet<QString> out;
    for (const QString &w : words(text)) {
        if (w.size() < 2 || isStopWord(w) || w.at(0).isDigit())
            continue;
        const QString c = conceptOf(stem(w));
        if (!weak.contains(c))
            out.insert(c);
    }
    return out;
}

/// What an item delivers, when it names it: an alert, a dashboard, a test, a drill, a runbook,
/// documentation. Items that deliver different things ask for different changes however much
/// their subject overlaps: "alert when a node serves twice the average rate" and "add each
/// node's rate to the dashboard" are both about per-node rates, yet neither does the other's
/// job (the SRE book's distinction between paging on symptoms and showing them).
QSet<QString> deliverables(const QSet<QString> &concepts)
{
    static const QSet<QString> kinds = {
        QStringLiteral("alert"), QStringLiteral("dashboard"),     QStringLiteral("test"),
        QStringLiteral("drill"), QStringLiteral("documentation"), QStringLiteral("runbook"),
    };
    return QSet<QString>(concepts).intersect(kinds);
}

/// Whether the item asks for an alert: it opens with the alerting verb ("Alert when …", "Page
/// the on-call if …") or with adding one ("Add an alarm on …"). An alert and a change to the
/// system are different requests however much they share a subject
/// (review-set/README.md: "an alert and a runbook step about the same component").
bool asksForAlert(const QString &task)
{
    static const QRegularExpression alert(
        QStringLiteral("^\\W*(?:(?:alert|page|notify|warn)\\b|(?:add|create|set up|configure|"
                       "introduce)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:alerts?|alarms?|"
                       "monitor(?:s|ing)?|pages?|notifications?)\\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return alert.match(task).hasMatch();
}

/// The quoted names and code spans of an item, lower case, sorted.
QStringList quotedParts(const QString &task)
{
    static const QRegularExpression quoted(
        QStringLiteral("\"([^\"]+)\"|`([^`]+)`|\\x{201C}([^\\x{201D}]+)\\x{201D}"));
    QStringList out;
    for (auto it = quoted.globalMatch(task); it.hasNext();) {
        const auto m = it.next();
        out.append((m.captured(1) + m.captured(2) + m.captured(3)).toLower());
    }
    out.sort();
    return out;
}

/// The words of a task that say what it changes, for comparing two tasks: without labelled
/// decorations in brackets in any language ("(Prioridad: Alta)", "(Estado: Pendiente)",
/// "(Priority: P2)", "(Issue: [repo#250](https://…))": a tracker link is read by its text) and
/// without an abbreviation that glosses the words before it ("Recovery Time Objective (RTO)").
QString comparable(const QString &task)
{
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\([^()\\s]*\\)"));
    static const QRegularExpression labelled(
        QStringLiteral("\\(\\s*[\\p{L} ]{2,30}\\s*:[^()]*\\)"));
    static const QRegularExpression gloss(QStringLiteral("\\(\\p{Lu}{2,6}s?\\)"));
    QString t = task;
    t.replace(link, QStringLiteral("\\1"));
    t.replace(labelled, QStringLiteral(" "));
    t.replace(gloss, QStringLiteral(" "));
    return t;
}

/// True when two items are one sentence frame with a different thing in one slot: "switch the
/// job to fetch the kernel archive from our mirror" and "… the base image from our mirror",
/// "develop a first fix and deploy it" and "develop the final fix and deploy it". Such lists
/// enumerate parallel tasks, one per thing; a request written twice is a paraphrase instead
/// (the review set's duplicates share a meaning, not a frame). Same words before and after
/// (at least three), and each item has its own words in between.
bool parallelItems(const QString &a, const QString &b)
{
    const QStringList x = words(a);
    const QStringList y = words(b);
    qsizetype prefix = 0;
    while (prefix < x.size() && prefix < y.size() && x[prefix] == y[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < x.size() - prefix && suffix < y.size() - prefix
           && x[x.size() - 1 - suffix] == y[y.size() - 1 - suffix])
        ++suffix;
    const qsizetype ownX = x.size() - prefix - suffix;
    const qsizetype ownY = y.size() - prefix - suffix;
    return prefix + suffix >= 3 && ownX > 0 && ownY > 0;
}

/// Share of the smaller item's concepts the other item also names.
double overlap(const QSet<QString> &a, const QSet<QString> &b)
{
    const qsizetype smaller = qMin(a.size(), b.size());
    const qsizetype shared = QSet<QString>(a).intersect(b).size();
    if (smaller < 3 || shared < 3)
        return 0;
    return double(shared) / double(smaller);
}

/// The concepts of an item's task, without its owner's name: a prose item's owner ("Gabriel
/// will add …") is who, not what, so two items of one owner share it.
QSet<QString> taskConcepts(const ActionItemFacts &f)
{
    return concepts(comparable(f.task)) - concepts(f.owner);
}

/// The concepts a list of action items shares as its subject: named by more than half of the
/// items and by at least four ("add end-to-end tests for the installer", "notify the team on
/// installer test failures", … all name the installer and its tests). They say what the whole
/// list is about, not what one item asks for, so they count for no two items' overlap (term
/// weighting by document frequency: Spärck Jones, "A statistical interpretation of term
/// specificity", 1972). A pair of duplicates alone never makes a subject.
QSet<QString> listSubject(const QList<Action> &actions)
{
    QHash<QString, int> items;
    int counted = 0;
    for (const Action &a : actions) {
        if (isPlaceholderAction(a.text))
            continue;
        ++counted;
        for (const QString &c : taskConcepts(a.facts))
            ++items[c];
    }
    QSet<QString> subject;
    for (auto it = items.cbegin(); it != items.cend(); ++it)
        if (it.value() >= 4 && 2 * it.value() > counted)
            subject.insert(it.key());
    return subject;
}

} // namespace

void checkActionItems(const ReviewDocument &doc, Findings &out)
{
    // What each earlier item asks for, read once: its concepts, its wording for the frame test
    // and its quoted names (a placeholder asks for nothing: missing-measures says it).
    struct Request
    {
        QSet<QString> concepts;
        QString task;
        QStringList quoted;
        bool vague = false;
        bool alert = false;
    };
    QList<Request> seen;
    const QSet<QString> subject = listSubject(doc.actions());
    for (const Action &a : doc.actions()) {
        const ActionItemFacts &f = a.facts;
        if (isPlaceholderAction(a.text)) {
            seen.append(Request());
            continue;
        }
        if (f.owner.trimmed().isEmpty())
            out.add("actions.owner", "action-no-owner", FindingSeverity::Warning,
                    ReviewText::tr("This action item names no owner; give it a person, @handle or "
                                   "team."),
                    a.field, a.index);
        // A due date that does not exist ("by June 31", "31/06/2025" among day-first dates
        // the importer noted) is given: invalid-date says what is wrong with it. Its dates are
        // read again only for an item without a due date.
        const auto impossibleDue = [&a, &doc] {
            const QList<CalendarDate> dates = findDates(a.text);
            const QList<StatedValue> &stated = doc.postmortem().statedValues;
            return std::any_of(dates.cbegin(), dates.cend(),
                               [](const CalendarDate &d) { return !d.exists; })
                   || std::any_of(stated.cbegin(), stated.cend(), [&a](const StatedValue &v) {
                          return v.isNoSuchDate() && a.text.contains(v.stated);
                      });
        };
        if (!f.due.isValid() && !a.done && !impossibleDue())
            out.add("actions.due-date", "action-no-due", FindingSeverity::Warning,
                    ReviewText::tr("This action item has no due date; give it a calendar date "
                                   "(\"soon\" or \"next sprint\" cannot be checked)."),
                    a.field, a.index);
        const QString vague = vagueWording(f.task);
        if (!vague.isEmpty())
            out.add("actions.specific", "action-vague", FindingSeverity::Warning,
                    ReviewText::tr("\"%1\" names no concrete change; say what will change in the "
                                   "system (which alert, which check, which setting), as %2 "
                                   "asks for concrete tasks.")
                        .arg(f.task.left(80), templateNameInSentence(doc.style())),
                    a.field, a.index, vague);
        const QString task = comparable(f.task);
        const Request request{taskConcepts(f), task, quotedParts(f.task), !vague.isEmpty(),
                              asksForAlert(f.task)};
        const QSet<QString> made = deliverables(request.concepts);
        for (qsizetype j = 0; j < seen.size(); ++j) {
            const Request &other = seen.at(j);
            // Items about different quoted names ("no space left" vs "Error creating user")
            // are different requests however alike their wording.
            if (!request.quoted.isEmpty() && !other.quoted.isEmpty()
                && request.quoted != other.quoted)
                continue;
            const QSet<QString> otherMade = deliverables(other.concepts);
            if (!made.isEmpty() && !otherMade.isEmpty() && !made.intersects(otherMade))
                continue;
            if (!other.task.isEmpty() && parallelItems(task, other.task))
                continue;
            // An item that names no concrete change ("Be more careful when editing flag
            // rules") cannot ask for the same change as one that names it: it is vague.
            if (request.vague != other.vague || request.alert != other.alert)
                continue;
            if (overlap(request.concepts - subject, other.concepts - subject) >= 0.6) {
                out.add("actions.duplicate", "action-duplicate", FindingSeverity::Warning,
                        ReviewText::tr("This action item asks for the same change as \"%1\"; "
                                       "merge them.")
                            .arg(doc.actions()[j].facts.task.left(80)),
                        a.field, a.index);
                break;
            }
        }
        seen.append(request);
    }
}

} // namespace Hindsight::Review
