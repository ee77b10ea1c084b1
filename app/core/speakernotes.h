// Speaker notes for presenting a postmortem at its review meeting: the keys that tie notes to
// the slides' sections, and the review questions Hindsight suggests when none are written.
#pragma once

#include "core/postmortem.h"

#include <QList>
#include <QString>

namespace Hindsight {

/// Keys of Postmortem::speakerNotes, one per section of the slide deck (render/slides.h). A
/// section that runs over several slides ("Root cause (2/3)") has one key for all of them.
/// Keys are stable ASCII, so notes survive edits of the text they belong to; notes whose key
/// no slide has (a renamed section, a deleted diagram) are kept in the file, not shown.
namespace NotesKey {
inline constexpr char kTitle[] = "title";
inline constexpr char kKeyFacts[] = "key-facts";
inline constexpr char kTimeline[] = "timeline";
inline constexpr char kRootCause[] = "root-cause";
inline constexpr char kResolution[] = "resolution";
inline constexpr char kActionItems[] = "action-items";
inline constexpr char kQuestions[] = "questions";
/// "diagram:<id>" for the slide of load diagram `id` (the id of its `diagram:<id>` link).
QString diagram(const QString &id);
/// "section:<slug>" for an additional section: the heading in lower case with every run of
/// characters other than letters and digits turned into one '-' ("What went well?" ->
/// "section:what-went-well"). Letters outside ASCII stay as they are.
QString section(const QString &heading);
} // namespace NotesKey

/// The "lessons" sections a review talks through, recognised by their heading (case-insensitive)
/// under the names common templates use: "What went well" (Google SRE book, PagerDuty), "What
/// went wrong" or "What didn't go so well" (Google SRE book, PagerDuty), "Where we got lucky"
/// (Google SRE book), "Lessons learned" (Atlassian). nullopt for any other heading.
enum class LessonsKind { WentWell, WentWrong, GotLucky, LessonsLearned };
std::optional<LessonsKind> lessonsKind(const QString &heading);

/// One question Hindsight suggests the presenter ask at the review.
struct ReviewQuestion
{
    QString ruleId;   ///< stable id, e.g. "detection.slow"
    QString notesKey; ///< the section it belongs to (a NotesKey value)
    QString text;     ///< one sentence, plain text, translated
};

/// Review questions drawn from `pm`, in deck order (key facts, timeline, root cause,
/// resolution, action items). Each rule and where it comes from:
/// - detection.slow (key facts): time to detect (computeMetrics) of 5 minutes or more —
///   "Detection took N minutes — what would have caught it sooner?". Time to detect is the
///   first thing the Google SRE book's postmortem template and Atlassian's incident handbook
///   ask a review to question; 5 minutes is the usual alerting target for a user-facing outage.
/// - detection.before-start (key facts): detected before the incident start (negative time to
///   detect) — why did impact start anyway?
/// - detection.missing (key facts): a timeline without a detection event — how did we find
///   out? (the course format in seeds/ asks "when was it detected, by whom, how").
/// - escalation.slow (timeline): 30 minutes or more from the first detection (or the start
///   when there is none) to the first escalation event. PagerDuty's incident response guide
///   says to escalate early, well inside the first 30 minutes when the on-call is stuck.
/// - escalation.missing (timeline): an incident of an hour or more with no escalation event.
/// - misleading.paths (timeline): one or more "misleading" timeline events — what signal would
///   have ruled them out sooner? (the course format asks for misleading investigation paths
///   precisely so the review can learn from them).
/// - mitigation.none (resolution): a time to resolve of an hour or more and no mitigation
///   event before the resolution — could impact have been reduced sooner (rollback, failover,
///   shedding load)? The Google SRE book's emergency response chapter: mitigate first, then fix.
/// - communication.none (timeline): 25 % or more of users affected and no communication event
///   — how and when were users told? (PagerDuty's postmortem template has a "Messaging"
///   section; Atlassian's handbook counts customer communication as part of the response).
/// - rootcause.why (root cause, whenever the root cause is written): is this the root cause or
///   the trigger? Atlassian's "five whys".
/// - actions.none / actions.owner / actions.due (action items): no action items; N without an
///   owner; N without a due date. The Google SRE book and Atlassian's handbook: every action
///   item has an owner and a date, or it does not get done.
QList<ReviewQuestion> suggestedReviewQuestions(const Postmortem &pm);

/// The notes shown for slide section `key`: the document's note when it has non-blank text,
/// otherwise the suggested questions for that section, one per line starting with "• ". For
/// NotesKey::kQuestions with no note of its own, every suggested question (a recap for the
/// discussion). Empty when there is neither.
QString speakerNotesFor(const Postmortem &pm, const QString &key);

/// True when `key` has a written note (not just suggestions).
bool hasWrittenNotes(const Postmortem &pm, const QString &key);

} // namespace Hindsight
