#include "core/speakernotes.h"

#include "core/duration.h"

#include "core/metrics.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Hindsight {

namespace {

/// Context of this file's user-visible strings (lupdate reads the macro's argument).
struct NotesText
{
    Q_DECLARE_TR_FUNCTIONS(Hindsight::SpeakerNotes)
};

// Thresholds of the rules; where each comes from is at suggestedReviewQuestions().
constexpr qint64 kSlowDetectionMinutes = 5;
constexpr qint64 kSlowEscalationMinutes = 30;
constexpr qint64 kLongIncidentMinutes = 60;
constexpr qint64 kLongResolutionMinutes = 60;
constexpr double kManyUsersPercent = 25;
constexpr int kQuotedEventChars = 80;

/// "45 minutes", "1 minute", "2 hours", "2 h 10 min", "3 d 2 h": how a presenter says a duration.
QString durationWords(qint64 minutes)
{
    minutes = qAbs(minutes);
    if (minutes == 1)
        return NotesText::tr("1 minute");
    if (minutes < 60)
        return NotesText::tr("%1 minutes").arg(minutes);
    if (minutes == 60)
        return NotesText::tr("1 hour");
    if (minutes % 60 == 0 && minutes < 24 * 60)
        return NotesText::tr("%1 hours").arg(minutes / 60);
    return formatDuration(minutes); // "2 h 10 min", "14 d 4 h 40 min"
}

/// An event's Markdown text as a short plain quotation: emphasis and code markers dropped,
/// links reduced to their text, whitespace folded, cut at a word with "…".
QString quoted(const QString &markdown)
{
    static const QRegularExpression link(QStringLiteral("!?\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression markers(QStringLiteral("[*_`~]+"));
    QString s = markdown;
    s.replace(link, QStringLiteral("\\1"));
    s.replace(markers, QString());
    s = s.simplified();
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    if (s.size() > kQuotedEventChars) {
        qsizetype cut = s.lastIndexOf(QLatin1Char(' '), kQuotedEventChars);
        if (cut < kQuotedEventChars / 2)
            cut = kQuotedEventChars;
        s = s.left(cut) + QStringLiteral("…");
    }
    return s;
}

bool hasEvent(const Postmortem &pm, EventKind kind)
{
    return std::any_of(pm.timeline.begin(), pm.timeline.end(),
                       [kind](const TimelineEvent &e) { return e.kind == kind; });
}

} // namespace

QString NotesKey::diagram(const QString &id)
{
    return QStringLiteral("diagram:") + id;
}

QString NotesKey::section(const QString &heading)
{
    QString slug;
    bool dash = false;
    for (const QChar c : heading.toLower()) {
        if (c.isLetterOrNumber()) {
            if (dash && !slug.isEmpty())
                slug += QLatin1Char('-');
            slug += c;
            dash = false;
        } else {
            dash = true;
        }
    }
    return QStringLiteral("section:") + slug;
}

std::optional<LessonsKind> lessonsKind(const QString &heading)
{
    static const QRegularExpression wentWell(QStringLiteral("^\\s*(what\\s+)?went\\s+well\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression wentWrong(
        QStringLiteral(
            "^\\s*(what\\s+)?(went\\s+(wrong|badly|poorly)|didn[’']?t\\s+go\\s+(so\\s+)?well"
            "|did\\s+not\\s+go\\s+(so\\s+)?well|could\\s+have\\s+gone\\s+better)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression lucky(QStringLiteral("^\\s*(where\\s+)?we\\s+got\\s+lucky"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression lessons(QStringLiteral("^\\s*lessons\\s+learn(ed|t)\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (wentWell.match(heading).hasMatch())
        return LessonsKind::WentWell;
    if (wentWrong.match(heading).hasMatch())
        return LessonsKind::WentWrong;
    if (lucky.match(heading).hasMatch())
        return LessonsKind::GotLucky;
    if (lessons.match(heading).hasMatch())
        return LessonsKind::LessonsLearned;
    return std::nullopt;
}

namespace {

/// Detection: slow, before the start, or missing.
void askAboutDetection(const Postmortem &pm, const IncidentMetrics &metrics,
                       QList<ReviewQuestion> &out)
{
    const auto add = [&out](const char *rule, const char *key, const QString &text) {
        out.append({QString::fromLatin1(rule), QString::fromLatin1(key), text});
    };
    // Key facts: detection.
    if (const auto ttd = metrics.timeToDetectMinutes) {
        if (*ttd >= kSlowDetectionMinutes)
            add("detection.slow", NotesKey::kKeyFacts,
                NotesText::tr("Detection took %1 — what would have caught it sooner?")
                    .arg(durationWords(*ttd)));
        else if (*ttd < 0)
            add("detection.before-start", NotesKey::kKeyFacts,
                NotesText::tr(
                    "The problem was seen %1 before impact began — what kept it from being "
                    "stopped in time?")
                    .arg(durationWords(*ttd)));
    } else if (!hasEvent(pm, EventKind::Detection)) {
        add("detection.missing", NotesKey::kKeyFacts,
            NotesText::tr(
                "The timeline has no detection event — how did we find out, and would we find "
                "out sooner next time?"));
    }
}

/// Escalation (slow or missing), misleading paths, communication with many users affected.
void askAboutTimeline(const Postmortem &pm, const IncidentMetrics &metrics,
                      QList<ReviewQuestion> &out)
{
    const auto add = [&out](const char *rule, const char *key, const QString &text) {
        out.append({QString::fromLatin1(rule), QString::fromLatin1(key), text});
    };
    // Timeline: escalation, misleading paths, communication.
    if (const auto escalated = minutesToFirstEvent(pm, EventKind::Escalation)) {
        const qint64 from = metrics.timeToDetectMinutes.value_or(0);
        if (*escalated - from >= kSlowEscalationMinutes)
            add("escalation.slow", NotesKey::kTimeline,
                (metrics.timeToDetectMinutes
                     ? NotesText::tr(
                         "Escalation came %1 after detection — what held it back, and what "
                         "would make asking for help sooner easy?")
                     : NotesText::tr(
                         "Escalation came %1 after the start — what held it back, and what "
                         "would make asking for help sooner easy?"))
                    .arg(durationWords(*escalated - from)));
    } else if (!hasEvent(pm, EventKind::Escalation) && metrics.durationMinutes
               && *metrics.durationMinutes >= kLongIncidentMinutes) {
        add("escalation.missing", NotesKey::kTimeline,
            NotesText::tr(
                "The timeline shows no escalation in %1 — was more help needed, and was it easy "
                "to ask for?")
                .arg(durationWords(*metrics.durationMinutes)));
    }
    QList<const TimelineEvent *> misleading;
    for (const TimelineEvent &e : pm.timeline)
        if (e.kind == EventKind::Misleading)
            misleading.append(&e);
    if (!misleading.isEmpty()) {
        const QString first = quoted(misleading.first()->text);
        QString text;
        if (misleading.size() == 1)
            text = first.isEmpty()
                       ? NotesText::tr("The team followed a misleading path — what signal would "
                                       "have ruled it out sooner?")
                       : NotesText::tr("The team followed a misleading path (“%1”) — what "
                                       "signal would have ruled it out sooner?")
                             .arg(first);
        else
            text = first.isEmpty()
                       ? NotesText::tr("The team followed %1 misleading paths — what signal "
                                       "would have ruled them out sooner?")
                             .arg(misleading.size())
                       : NotesText::tr("The team followed %1 misleading paths, first “%2” — "
                                       "what signal would have ruled them out sooner?")
                             .arg(misleading.size())
                             .arg(first);
        add("misleading.paths", NotesKey::kTimeline, text);
    }
    if (pm.usersAffectedPercent && *pm.usersAffectedPercent >= kManyUsersPercent
        && !hasEvent(pm, EventKind::Communication))
        add("communication.none", NotesKey::kTimeline,
            NotesText::tr(
                "%1 % of users were affected and the timeline has no communication — how and "
                "when were they told?")
                .arg(QString::number(*pm.usersAffectedPercent, 'g', 4)));
}

/// Root cause, and mitigation before a long fix.
void askAboutCauseAndResolution(const Postmortem &pm, const IncidentMetrics &metrics,
                                QList<ReviewQuestion> &out)
{
    const auto add = [&out](const char *rule, const char *key, const QString &text) {
        out.append({QString::fromLatin1(rule), QString::fromLatin1(key), text});
    };
    // Root cause.
    if (!pm.rootCause.trimmed().isEmpty())
        add("rootcause.why", NotesKey::kRootCause,
            NotesText::tr(
                "Is this the root cause or the trigger? Ask “why?” once more: what allowed it to "
                "happen?"));

    // Resolution: mitigation before the fix.
    if (const auto ttr = metrics.timeToResolveMinutes; ttr && *ttr >= kLongResolutionMinutes) {
        const auto ttm = metrics.timeToMitigateMinutes;
        if (!ttm || *ttm >= *ttr)
            add("mitigation.none", NotesKey::kResolution,
                NotesText::tr(
                    "Impact lasted %1 until the full fix — could it have been reduced sooner "
                    "(rollback, failover, shedding load)?")
                    .arg(durationWords(*ttr)));
    }
}

/// Action items: none, open ones without owner or due date.
void askAboutActionItems(const Postmortem &pm, QList<ReviewQuestion> &out)
{
    const auto add = [&out](const char *rule, const char *key, const QString &text) {
        out.append({QString::fromLatin1(rule), QString::fromLatin1(key), text});
    };
    // Action items.
    if (pm.actionItems.isEmpty()) {
        add("actions.none", NotesKey::kActionItems,
            NotesText::tr("There are no action items — what will stop this from happening again?"));
    } else {
        int noOwner = 0, noDue = 0;
        for (const ActionItem &a : pm.actionItems) {
            if (a.done)
                continue;
            noOwner += a.owner.trimmed().isEmpty();
            noDue += !a.due.isValid();
        }
        if (noOwner == 1)
            add("actions.owner", NotesKey::kActionItems,
                NotesText::tr("One open action item has no owner — who will take it?"));
        else if (noOwner > 1)
            add("actions.owner", NotesKey::kActionItems,
                NotesText::tr("%1 open action items have no owner — who will take them?")
                    .arg(noOwner));
        if (noDue == 1)
            add("actions.due", NotesKey::kActionItems,
                NotesText::tr("One open action item has no due date — when will it be done?"));
        else if (noDue > 1)
            add("actions.due", NotesKey::kActionItems,
                NotesText::tr("%1 open action items have no due date — when will they be done?")
                    .arg(noDue));
    }
}

} // namespace

QList<ReviewQuestion> suggestedReviewQuestions(const Postmortem &pm)
{
    QList<ReviewQuestion> out;
    const IncidentMetrics metrics = computeMetrics(pm);
    askAboutDetection(pm, metrics, out);
    askAboutTimeline(pm, metrics, out);
    askAboutCauseAndResolution(pm, metrics, out);
    askAboutActionItems(pm, out);
    return out;
}

bool hasWrittenNotes(const Postmortem &pm, const QString &key)
{
    return !pm.speakerNotes.value(key).trimmed().isEmpty();
}

QString speakerNotesFor(const Postmortem &pm, const QString &key)
{
    if (hasWrittenNotes(pm, key))
        return pm.speakerNotes.value(key);
    const bool recap = key == QLatin1String(NotesKey::kQuestions);
    QStringList lines;
    for (const ReviewQuestion &q : suggestedReviewQuestions(pm))
        if (recap || q.notesKey == key)
            lines.append(QStringLiteral("• ") + q.text);
    return lines.join(QLatin1Char('\n'));
}

} // namespace Hindsight
