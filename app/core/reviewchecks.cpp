#include "core/reviewchecks.h"

#include "core/metrics.h"
#include "core/spelling.h"
#include "core/timeline.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Hindsight {

namespace {

/// Context of the findings' messages (lupdate reads the macro's argument).
struct ReviewText
{
    Q_DECLARE_TR_FUNCTIONS(Hindsight::ReviewChecks)
};

const QString kSummary = QStringLiteral("summary");
const QString kImpact = QStringLiteral("impact");
const QString kRootCause = QStringLiteral("rootCause");
const QString kResolution = QStringLiteral("resolution");
const QString kTimeline = QStringLiteral("timeline");
const QString kActionItems = QStringLiteral("actionItems");

class Reviewer
{
public:
    explicit Reviewer(const Postmortem &pm)
        : m_pm(pm)
    {}

    QList<Finding> run()
    {
        courseRequirements();
        consistency();
        actionItems();
        blamelessLanguage();
        spelling();
        std::stable_sort(
            m_findings.begin(), m_findings.end(),
            [](const Finding &a, const Finding &b) { return int(a.severity) < int(b.severity); });
        return m_findings;
    }

private:
    void add(const char *rule, FindingSeverity severity, const QString &message,
             const QString &field = {}, int index = -1)
    {
        m_findings.append({QString::fromLatin1(rule), severity, message, {field, index}});
    }

    // --- Course requirements ---------------------------------------------------------------
    // Source: the postmortem task in shared/seeds/004_* ("0. My first postmortem"): an issue
    // summary with the duration (start and end times with time zone), the impact (what was
    // affected, what users experienced, % of users affected) and the root cause; a timeline
    // (when detected, how, actions taken, misleading investigation/debugging paths, who it was
    // escalated to, how it was resolved); root cause and resolution; corrective and
    // preventative measures (things to improve/fix, and a list of concrete tasks); the whole
    // between 400 and 600 words.
    void courseRequirements()
    {
        const Moment &s = m_pm.start;
        const Moment &e = m_pm.end;
        if (!s.date.isValid() || !s.time.isValid())
            add("course.duration", FindingSeverity::Error,
                ReviewText::tr("Give the incident start with a date and a time."),
                QStringLiteral("incident.start"));
        if (!e.date.isValid() || !e.time.isValid())
            add("course.duration", FindingSeverity::Error,
                ReviewText::tr("Give the incident end (service restored) with a date and a time."),
                QStringLiteral("incident.end"));
        if (!m_pm.timezone && !s.utcOffsetMinutes)
            add("course.timezone", FindingSeverity::Error,
                ReviewText::tr("State the time zone the times are written in (e.g. UTC)."),
                QStringLiteral("timezone"));
        if (m_pm.impact.trimmed().isEmpty())
            add("course.impact", FindingSeverity::Error,
                ReviewText::tr("Describe the impact: what was affected and what users saw."),
                kImpact);
        if (!m_pm.usersAffectedPercent)
            add("course.users-affected", FindingSeverity::Error,
                ReviewText::tr("Say what percentage of users was affected."),
                QStringLiteral("usersAffectedPercent"));
        if (m_pm.rootCause.trimmed().isEmpty()) {
            add("course.root-cause", FindingSeverity::Error, ReviewText::tr("Name the root cause."),
                kRootCause);
        } else if (!summaryNamesRootCause()) {
            add("course.root-cause-in-summary", FindingSeverity::Warning,
                ReviewText::tr("Name the root cause in the summary too, so a reader who stops "
                               "there knows why it happened."),
                kSummary);
        }
        if (m_pm.resolution.trimmed().isEmpty())
            add("course.resolution", FindingSeverity::Error,
                ReviewText::tr("Say how the incident was resolved."), kResolution);

        if (m_pm.timeline.isEmpty()) {
            add("course.timeline", FindingSeverity::Error,
                ReviewText::tr("Add a timeline: when it was detected, what was done, and how it "
                               "was resolved."),
                kTimeline);
        } else {
            struct Needed
            {
                EventKind kind;
                const char *message;
            };
            const Needed needed[] = {
                {EventKind::Detection,
                 QT_TRANSLATE_NOOP("Hindsight::ReviewChecks",
                                   "Add a detection event: when and how the issue was noticed "
                                   "(monitoring alert, customer report, …).")},
                {EventKind::Investigation,
                 QT_TRANSLATE_NOOP("Hindsight::ReviewChecks",
                                   "Add the actions taken: what was investigated.")},
                {EventKind::Misleading,
                 QT_TRANSLATE_NOOP(
                     "Hindsight::ReviewChecks",
                     "Add the misleading investigation or debugging paths, if there were any.")},
                {EventKind::Escalation,
                 QT_TRANSLATE_NOOP("Hindsight::ReviewChecks",
                                   "Say who the incident was escalated to.")},
                {EventKind::Resolution,
                 QT_TRANSLATE_NOOP("Hindsight::ReviewChecks",
                                   "Add the event that resolved the incident.")},
            };
            for (const Needed &n : needed) {
                const bool present
                    = std::any_of(m_pm.timeline.begin(), m_pm.timeline.end(),
                                  [&](const TimelineEvent &ev) { return ev.kind == n.kind; });
                if (!present)
                    add("course.timeline-kinds",
                        n.kind == EventKind::Misleading ? FindingSeverity::Hint
                                                        : FindingSeverity::Warning,
                        ReviewText::tr(n.message), kTimeline);
            }
        }

        bool improvement = false;
        bool task = false;
        for (const ActionItem &a : m_pm.actionItems) {
            improvement
                |= a.category.compare(QLatin1String("improvement"), Qt::CaseInsensitive) == 0;
            task |= a.category.compare(QLatin1String("task"), Qt::CaseInsensitive) == 0;
        }
        if (m_pm.actionItems.isEmpty()) {
            add("course.measures", FindingSeverity::Error,
                ReviewText::tr("Add corrective and preventative measures: what to improve, and "
                               "concrete tasks."),
                kActionItems);
        } else {
            if (!improvement)
                add("course.measures", FindingSeverity::Warning,
                    ReviewText::tr("Add the broader improvements/fixes, not only tasks."),
                    kActionItems);
            if (!task)
                add("course.measures", FindingSeverity::Warning,
                    ReviewText::tr("Add concrete tasks (e.g. \"patch the Nginx server\", \"add "
                                   "monitoring on server memory\")."),
                    kActionItems);
        }

        const int words = postmortemWordCount(m_pm);
        if (words < 400 || words > 600)
            add("course.length", FindingSeverity::Warning,
                ReviewText::tr("The postmortem has %1 words; the course asks for 400 to 600.")
                    .arg(words));
    }

    bool summaryNamesRootCause() const
    {
        // The summary names the root cause when it shares a content word of five letters or
        // more with the root-cause text ("load balancer", "certificate", …).
        static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]{5,}"));
        static const QSet<QString> stop = {
            QStringLiteral("about"),    QStringLiteral("after"),      QStringLiteral("because"),
            QStringLiteral("which"),    QStringLiteral("their"),      QStringLiteral("there"),
            QStringLiteral("these"),    QStringLiteral("those"),      QStringLiteral("where"),
            QStringLiteral("while"),    QStringLiteral("cause"),      QStringLiteral("caused"),
            QStringLiteral("causing"),  QStringLiteral("outage"),     QStringLiteral("issue"),
            QStringLiteral("incident"), QStringLiteral("identified"), QStringLiteral("leading"),
            QStringLiteral("resulted"), QStringLiteral("resulting"),  QStringLiteral("others"),
        };
        QSet<QString> causeWords;
        for (auto it = word.globalMatch(m_pm.rootCause.toLower()); it.hasNext();) {
            const QString w = it.next().captured();
            if (!stop.contains(w))
                causeWords.insert(w);
        }
        const QString summary = m_pm.summary.toLower();
        for (auto it = word.globalMatch(summary); it.hasNext();)
            if (causeWords.contains(it.next().captured()))
                return true;
        return false;
    }

    // --- Consistency -----------------------------------------------------------------------
    // Source: Google SRE Book, "Postmortem Culture" and its example postmortem (timeline in
    // order, impact and duration agreeing with the timeline); the midnight rule is the
    // document format's (DESIGN.md: a timeline that passes midnight moves to the next date).
    void consistency()
    {
        const IncidentMetrics metrics = computeMetrics(m_pm);
        if (metrics.durationMinutes && *metrics.durationMinutes < 0)
            add("consistency.end-before-start", FindingSeverity::Error,
                ReviewText::tr("The incident ends before it starts; check the dates and times."),
                QStringLiteral("incident.end"));
        if (m_pm.usersAffectedPercent
            && (*m_pm.usersAffectedPercent < 0 || *m_pm.usersAffectedPercent > 100))
            add("consistency.percent-range", FindingSeverity::Error,
                ReviewText::tr("The share of users affected must be between 0 and 100%."),
                QStringLiteral("usersAffectedPercent"));

        const QList<TimelineEvent> dated = withCarriedDates(m_pm.timeline, m_pm.start);
        std::optional<qint64> previous;
        std::optional<qint64> first;
        std::optional<qint64> last;
        int firstRow = -1;
        int lastRow = -1;
        for (int i = 0; i < dated.size(); ++i) {
            Moment at = dated[i].at;
            if (!at.utcOffsetMinutes)
                at.utcOffsetMinutes = m_pm.start.utcOffsetMinutes;
            const std::optional<qint64> t = at.minutesSinceEpoch();
            if (!t)
                continue;
            if (previous && *t < *previous)
                add("consistency.time-order", FindingSeverity::Error,
                    ReviewText::tr("This event is earlier than the one before it; put the "
                                   "timeline in time order or fix the time."),
                    kTimeline, i);
            previous = t;
            if (!first) {
                first = t;
                firstRow = i;
            }
            last = t;
            lastRow = i;
        }
        const std::optional<qint64> start = m_pm.start.minutesSinceEpoch();
        const std::optional<qint64> end
            = resolveAgainstStart(m_pm.end, m_pm.start).minutesSinceEpoch();
        if (start && first && *first < *start)
            add("consistency.start-after-first-event", FindingSeverity::Warning,
                ReviewText::tr("The first timeline event is before the incident start; move the "
                               "start earlier or say why the event came first."),
                kTimeline, firstRow);
        if (end && last && *last > *end)
            add("consistency.end-before-last-event", FindingSeverity::Warning,
                ReviewText::tr("The last timeline event is after the incident end; move the end "
                               "or check the event's time."),
                kTimeline, lastRow);

        // A duration stated in words ("lasted 3 hours", "for approximately 45 minutes").
        if (metrics.durationMinutes && *metrics.durationMinutes >= 0) {
            static const QRegularExpression stated(
                QStringLiteral("\\b(?:lasted|for|of|over)\\s+(?:approximately\\s+|about\\s+|"
                               "around\\s+|roughly\\s+|nearly\\s+|almost\\s+)?(\\d+(?:\\.\\d+)?)"
                               "\\s*(hours?|hrs?|minutes?|mins?)\\b"),
                QRegularExpression::CaseInsensitiveOption);
            for (const auto &[field, text] :
                 {std::pair{kSummary, &m_pm.summary}, std::pair{kImpact, &m_pm.impact}}) {
                const auto m = stated.match(*text);
                if (!m.hasMatch())
                    continue;
                const double n = m.captured(1).toDouble();
                const bool hours = m.captured(2).startsWith(QLatin1Char('h'), Qt::CaseInsensitive);
                const double minutes = hours ? n * 60 : n;
                // Approximate wording: allow 10% or 15 minutes, whichever is larger.
                const double tolerance = qMax(15.0, 0.1 * double(*metrics.durationMinutes));
                if (qAbs(minutes - double(*metrics.durationMinutes)) > tolerance)
                    add("consistency.stated-duration", FindingSeverity::Warning,
                        ReviewText::tr("The text says \"%1\", but the incident lasted %2 minutes "
                                       "from start to end.")
                            .arg(m.captured(0))
                            .arg(*metrics.durationMinutes),
                        field);
            }
        }
    }

    // --- Action items ----------------------------------------------------------------------
    // Source: Google SRE Book, "Postmortem Culture" (action items with an owner and a bug);
    // Atlassian incident handbook ("priority actions" with owners and SLOs for completion);
    // wording rule from Etsy's "Debriefing Facilitation Guide" (vague remediation such as
    // "be more careful" does not change the system).
    void actionItems()
    {
        static const QRegularExpression vague(
            QStringLiteral("\\b(be more careful|be careful|pay (more )?attention|try harder|"
                           "double[- ]check|be more vigilant|don'?t do (it|that) again|"
                           "avoid mistakes)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        static const QSet<QString> verbs = {
            QStringLiteral("add"),         QStringLiteral("adopt"),
            QStringLiteral("alert"),       QStringLiteral("audit"),
            QStringLiteral("automate"),    QStringLiteral("build"),
            QStringLiteral("change"),      QStringLiteral("check"),
            QStringLiteral("conduct"),     QStringLiteral("configure"),
            QStringLiteral("create"),      QStringLiteral("define"),
            QStringLiteral("deploy"),      QStringLiteral("design"),
            QStringLiteral("develop"),     QStringLiteral("disable"),
            QStringLiteral("document"),    QStringLiteral("enable"),
            QStringLiteral("enforce"),     QStringLiteral("enhance"),
            QStringLiteral("ensure"),      QStringLiteral("establish"),
            QStringLiteral("evaluate"),    QStringLiteral("fix"),
            QStringLiteral("implement"),   QStringLiteral("improve"),
            QStringLiteral("increase"),    QStringLiteral("install"),
            QStringLiteral("introduce"),   QStringLiteral("investigate"),
            QStringLiteral("limit"),       QStringLiteral("migrate"),
            QStringLiteral("monitor"),     QStringLiteral("move"),
            QStringLiteral("patch"),       QStringLiteral("perform"),
            QStringLiteral("plan"),        QStringLiteral("publish"),
            QStringLiteral("rate-limit"),  QStringLiteral("reduce"),
            QStringLiteral("refactor"),    QStringLiteral("remove"),
            QStringLiteral("replace"),     QStringLiteral("require"),
            QStringLiteral("restrict"),    QStringLiteral("review"),
            QStringLiteral("roll"),        QStringLiteral("run"),
            QStringLiteral("schedule"),    QStringLiteral("set"),
            QStringLiteral("setup"),       QStringLiteral("share"),
            QStringLiteral("simulate"),    QStringLiteral("split"),
            QStringLiteral("standardize"), QStringLiteral("standardise"),
            QStringLiteral("test"),        QStringLiteral("train"),
            QStringLiteral("update"),      QStringLiteral("upgrade"),
            QStringLiteral("use"),         QStringLiteral("validate"),
            QStringLiteral("verify"),      QStringLiteral("write"),
        };
        static const QRegularExpression firstWord(QStringLiteral("^[^\\p{L}]*([\\p{L}-]+)"));

        QList<QSet<QString>> seen;
        for (int i = 0; i < m_pm.actionItems.size(); ++i) {
            const ActionItem &a = m_pm.actionItems[i];
            if (a.owner.trimmed().isEmpty())
                add("actions.owner", FindingSeverity::Warning,
                    ReviewText::tr("Give this action item an owner."), kActionItems, i);
            if (!a.due.isValid() && !a.done)
                add("actions.due-date", FindingSeverity::Warning,
                    ReviewText::tr("Give this action item a due date."), kActionItems, i);
            if (vague.match(a.text).hasMatch()) {
                add("actions.specific", FindingSeverity::Warning,
                    ReviewText::tr("\"%1\" asks people to try harder; name a change to the "
                                   "system instead (a check, an alert, a limit, a test).")
                        .arg(vague.match(a.text).captured(0)),
                    kActionItems, i);
            } else {
                const QString verb = firstWord.match(a.text).captured(1).toLower();
                if (!verb.isEmpty() && !verbs.contains(verb))
                    add("actions.specific", FindingSeverity::Hint,
                        ReviewText::tr("Start the action item with what to do (\"Add…\", "
                                       "\"Automate…\", \"Alert on…\")."),
                        kActionItems, i);
            }
            const QSet<QString> words = contentWords(a.text);
            for (const QSet<QString> &other : std::as_const(seen)) {
                if (!words.isEmpty() && jaccard(words, other) >= 0.8) {
                    add("actions.duplicate", FindingSeverity::Warning,
                        ReviewText::tr("This action item repeats an earlier one; merge them."),
                        kActionItems, i);
                    break;
                }
            }
            seen.append(words);
        }
    }

    static QSet<QString> contentWords(const QString &text)
    {
        static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]{3,}"));
        QSet<QString> out;
        for (auto it = word.globalMatch(text.toLower()); it.hasNext();)
            out.insert(it.next().captured());
        return out;
    }

    static double jaccard(const QSet<QString> &a, const QSet<QString> &b)
    {
        const qsizetype common = QSet<QString>(a).intersect(b).size();
        const qsizetype all = QSet<QString>(a).unite(b).size();
        return all ? double(common) / double(all) : 0.0;
    }

    // --- Blameless language ----------------------------------------------------------------
    // Source: Google SRE Book, "Postmortem Culture: Learning from Failure" (blameless
    // postmortems focus on contributing causes, not on who); John Allspaw, "Blameless
    // PostMortems and a Just Culture" (Etsy, 2012).
    void blamelessLanguage()
    {
        struct Pattern
        {
            const char *regex;
            const char *advice;
        };
        static const Pattern patterns[] = {
            {"\\bhuman error\\b", QT_TRANSLATE_NOOP("Hindsight::ReviewChecks",
                                                    "\"human error\" ends the inquiry; say what in "
                                                    "the system let the mistake through.")},
            {"\\bshould have\\b",
             QT_TRANSLATE_NOOP(
                 "Hindsight::ReviewChecks",
                 "\"should have\" judges with hindsight; describe what people knew at the time.")},
            {"\\bcareless(ness)?\\b",
             QT_TRANSLATE_NOOP(
                 "Hindsight::ReviewChecks",
                 "\"careless\" blames a person; describe the conditions that made the step easy to "
                 "get wrong.")},
            {"\\bfault of\\b|\\bto blame\\b|\\bblamed?\\b",
             QT_TRANSLATE_NOOP(
                 "Hindsight::ReviewChecks",
                 "Assigning fault is not blameless; describe the contributing causes instead.")},
            {"\\bnegligen(t|ce)\\b",
             QT_TRANSLATE_NOOP(
                 "Hindsight::ReviewChecks",
                 "\"negligence\" blames a person; describe what the process allowed.")},
            {"\\b[A-Z][a-z]+ (?:broke|forgot|messed up|screwed up|failed to|neglected|ignored)\\b",
             QT_TRANSLATE_NOOP("Hindsight::ReviewChecks",
                               "A person is the subject of the failure; make the system the "
                               "subject (\"the deploy "
                               "ran without a check\").")},
        };
        for (const auto &[field, text] :
             {std::pair{kSummary, &m_pm.summary}, std::pair{kImpact, &m_pm.impact},
              std::pair{kRootCause, &m_pm.rootCause}, std::pair{kResolution, &m_pm.resolution}}) {
            checkBlame(*text, field, -1, patterns);
        }
        for (int i = 0; i < m_pm.timeline.size(); ++i)
            checkBlame(m_pm.timeline[i].text, kTimeline, i, patterns);
        for (int i = 0; i < m_pm.actionItems.size(); ++i)
            checkBlame(m_pm.actionItems[i].text, kActionItems, i, patterns);
    }

    template<typename Patterns>
    void checkBlame(const QString &text, const QString &field, int index, const Patterns &patterns)
    {
        // Compiled once per process (QRegularExpression is thread-safe for matching): the
        // checks run after every pause in typing.
        static const QList<QRegularExpression> compiled = [&patterns] {
            QList<QRegularExpression> out;
            for (const auto &p : patterns) {
                // The person-as-subject pattern is case-sensitive (a capitalised name); the
                // word patterns are not.
                const bool named = QByteArray(p.regex).contains("[A-Z]");
                out.append(QRegularExpression(QString::fromLatin1(p.regex),
                                              named ? QRegularExpression::NoPatternOption
                                                    : QRegularExpression::CaseInsensitiveOption));
            }
            return out;
        }();
        for (qsizetype i = 0; i < compiled.size(); ++i) {
            const auto &p = patterns[i];
            const bool named = compiled[i].patternOptions() == QRegularExpression::NoPatternOption;
            const auto m = compiled[i].match(text);
            if (!m.hasMatch())
                continue;
            if (named && isSentenceStartWord(text, m.capturedStart()))
                continue;
            add("blameless.language", FindingSeverity::Warning,
                ReviewText::tr("%1 (\"%2\")").arg(ReviewText::tr(p.advice), m.captured(0)), field,
                index);
        }
    }

    /// Words like "The", "Monitoring" start sentences; only a name-like word counts as a
    /// person ("Alice forgot…"). Common sentence starters are excluded.
    static bool isSentenceStartWord(const QString &text, qsizetype pos)
    {
        static const QSet<QString> common = {
            QStringLiteral("The"),      QStringLiteral("This"),       QStringLiteral("It"),
            QStringLiteral("Deploy"),   QStringLiteral("Monitoring"), QStringLiteral("System"),
            QStringLiteral("Service"),  QStringLiteral("Server"),     QStringLiteral("Database"),
            QStringLiteral("Alerting"), QStringLiteral("Nobody"),     QStringLiteral("Automation"),
        };
        const QString word = text.mid(pos).section(QLatin1Char(' '), 0, 0);
        return common.contains(word);
    }

    // --- Spelling ----------------------------------------------------------------------------
    // Source: hunspell with Debian's en_US dictionary (hunspell-en-us); hints only, since
    // product names and jargon are often missing from a general dictionary.
    void spelling()
    {
        const auto check = [this](const QString &text, const QString &field, int index) {
            for (const Misspelling &m : findMisspellings(text)) {
                const QString message
                    = m.suggestions.isEmpty()
                          ? ReviewText::tr("\"%1\" is not in the dictionary.").arg(m.word)
                          : ReviewText::tr("\"%1\" is not in the dictionary; did you mean \"%2\"?")
                                .arg(m.word, m.suggestions.join(QStringLiteral("\", \"")));
                add("spelling.unknown-word", FindingSeverity::Hint, message, field, index);
            }
        };
        for (const auto &[field, text] :
             {std::pair{kSummary, &m_pm.summary}, std::pair{kImpact, &m_pm.impact},
              std::pair{kRootCause, &m_pm.rootCause}, std::pair{kResolution, &m_pm.resolution}})
            check(*text, field, -1);
        for (int i = 0; i < m_pm.timeline.size(); ++i)
            check(m_pm.timeline[i].text, kTimeline, i);
        for (int i = 0; i < m_pm.actionItems.size(); ++i)
            check(m_pm.actionItems[i].text, kActionItems, i);
    }

    const Postmortem &m_pm;
    QList<Finding> m_findings;
};

} // namespace

QList<Finding> reviewPostmortem(const Postmortem &pm)
{
    return Reviewer(pm).run();
}

QString findingLocationText(const FindingLocation &where)
{
    if (where.field == kTimeline)
        return where.index >= 0 ? ReviewText::tr("Timeline row %1").arg(where.index + 1)
                                : ReviewText::tr("Timeline");
    if (where.field == kActionItems)
        return where.index >= 0 ? ReviewText::tr("Action item %1").arg(where.index + 1)
                                : ReviewText::tr("Action items");
    static const std::pair<const char *, const char *> names[] = {
        {"summary", QT_TRANSLATE_NOOP("Hindsight::ReviewChecks", "Summary")},
        {"impact", QT_TRANSLATE_NOOP("Hindsight::ReviewChecks", "Impact")},
        {"rootCause", QT_TRANSLATE_NOOP("Hindsight::ReviewChecks", "Root cause")},
        {"resolution", QT_TRANSLATE_NOOP("Hindsight::ReviewChecks", "Resolution")},
        {"incident.start", QT_TRANSLATE_NOOP("Hindsight::ReviewChecks", "Incident start")},
        {"incident.end", QT_TRANSLATE_NOOP("Hindsight::ReviewChecks", "Incident end")},
        {"timezone", QT_TRANSLATE_NOOP("Hindsight::ReviewChecks", "Time zone")},
        {"usersAffectedPercent",
         QT_TRANSLATE_NOOP("Hindsight::ReviewChecks", "% of users affected")},
    };
    for (const auto &[field, name] : names) {
        if (where.field == QLatin1String(field))
            return ReviewText::tr(name);
    }
    return where.field.isEmpty() ? ReviewText::tr("Document") : where.field;
}

QString findingSeverityName(FindingSeverity s)
{
    switch (s) {
    case FindingSeverity::Error:
        return QStringLiteral("error");
    case FindingSeverity::Warning:
        return QStringLiteral("warning");
    case FindingSeverity::Hint:
        return QStringLiteral("hint");
    }
    return QStringLiteral("hint");
}

QJsonArray findingsToJson(const QList<Finding> &findings)
{
    QJsonArray out;
    for (const Finding &f : findings) {
        QJsonObject where{{QStringLiteral("field"), f.where.field}};
        where.insert(QStringLiteral("index"),
                     f.where.index >= 0 ? QJsonValue(f.where.index) : QJsonValue(QJsonValue::Null));
        out.append(QJsonObject{{QStringLiteral("rule"), f.ruleId},
                               {QStringLiteral("severity"), findingSeverityName(f.severity)},
                               {QStringLiteral("message"), f.message},
                               {QStringLiteral("where"), where}});
    }
    return out;
}

int postmortemWordCount(const Postmortem &pm)
{
    static const QRegularExpression token(QStringLiteral("\\S+"));
    static const QRegularExpression hasWord(QStringLiteral("[\\p{L}\\p{N}]"));
    int count = 0;
    const auto countText = [&](const QString &text) {
        for (auto it = token.globalMatch(text); it.hasNext();)
            if (hasWord.match(it.next().captured()).hasMatch())
                ++count;
    };
    for (const QString *t : {&pm.title, &pm.summary, &pm.impact, &pm.rootCause, &pm.resolution})
        countText(*t);
    for (const TimelineEvent &e : pm.timeline)
        countText(e.text);
    for (const ActionItem &a : pm.actionItems)
        countText(a.text);
    for (const Section &s : pm.sections)
        countText(s.text);
    return count;
}

} // namespace Hindsight
