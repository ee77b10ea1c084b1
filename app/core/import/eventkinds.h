// Import stage "field readers", timeline: the kind of a timeline event (detection,
// investigation, misleading, escalation, mitigation, resolution, communication, other).
#pragma once

#include "core/postmortem.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

/// Lookbehinds that keep a recovery word from counting when it is negated ("not back up",
/// "not yet recovered", "never restored"), put before the word in a pattern. Shared by the
/// event-kind cues and the importer's reading of where the outage ended.
#define HS_NOT_NEGATED R"((?<!\bnot )(?<!n't )(?<!\bnot yet )(?<!\bnot fully )(?<!\bnever ))"

namespace Hindsight::Import {

/// Each kind's evidence in a text: the summed weights of its cues (eventkinds.cpp, with their
/// sources), indexed by int(EventKind). A weight may be negative (a proposal takes back the
/// action's weight). Only the first kScan characters are read; markup is ignored.
using KindScores = std::array<int, std::size_t(EventKind::Other) + 1>;
KindScores scoreKinds(const QString &text);

/// The cues' patterns, in the order scoreKinds tries them (case-insensitive, PCRE2 syntax):
/// for tests of what reads them.
QStringList kindCuePatterns();

/// The kind with the highest positive score, ties going to the more specific kind (misleading,
/// communication, resolution, escalation, mitigation, detection, investigation); `except` is
/// never chosen. No positive score gives EventKind::Other.
EventKind bestKind(const KindScores &score, std::optional<EventKind> except = std::nullopt);

/// A timeline entry's kind read from its wording, and how firmly.
struct KindReading
{
    EventKind kind = EventKind::Other;
    /// The kind was named by the model alone (no cue), with a posterior below
    /// 0.999: good enough to show and to count, not to move the incident's window
    /// nor to outvote a group label ("**Mitigation:**") above the entry.
    bool guessed = false;

    /// Whether this reading names the entry's kind over the kind of a group label above it
    /// (`group`, when there is one): any kind but Other does, a guess only without a label.
    bool outvotes(std::optional<EventKind> group) const
    {
        return kind != EventKind::Other && !(guessed && group);
    }
};

/// Kind of a timeline event from its wording, weighing two kinds of evidence:
/// - the cues (eventkinds.cpp, with their sources): each that occurs in the text adds its
///   weight to its kind;
/// - the naive Bayes model learned from the team's labelled entries (kindmodel.h): the log
///   probability of the text's words under each kind.
/// When a cue matches, each unit of cue weight counts as 3 in log odds, and the model's
/// log-likelihood (without its prior) divided by √(the features it knows, words and pairs);
/// the kind with the highest sum wins. With no cue at all, the model alone names the kind when
/// its posterior is at least 0.9 (a guess, KindReading::guessed, below 0.999), else the entry
/// is EventKind::Other (no evidence). Markup is ignored; only the first kScan characters are
/// read. Measured by tst_eventkinds: on the labelled sets with each left out of the model in
/// turn, and on sets never read or learned.
KindReading readKind(const QString &text);

class KindModel;
/// readKind with `model` in place of KindModel::shipped(): for measuring the model on a set
/// it was not trained on.
KindReading readKind(const QString &text, const KindModel &model);

/// readKind(text).kind.
EventKind inferKind(const QString &text);
/// readKind(text, model).kind.
EventKind inferKind(const QString &text, const KindModel &model);

/// readKind that remembers its answers for texts up to 1,000 characters: the importer reads
/// each timeline entry as it comes and again whole at the end, mostly unchanged. One per
/// document.
class KindOfText
{
public:
    KindReading operator()(const QString &text);

private:
    QHash<QString, KindReading> m_known;
};

/// Corrects the kinds read entry by entry with the order an incident response runs in (Google
/// SRE book, "Managing Incidents": the problem is detected, then responded to):
/// - if the first response entry (investigation, misleading path, escalation, mitigation,
///   resolution) has no detection before it, the first entry up to it with detection wording
///   of weight 2 or more ("after noticing", "an alert fires", "reports that") becomes the
///   detection ("Investigation starts after noticing the dashboards" is how it was detected);
/// - after the first detection, an entry read as a detection on weak wording alone (weight 1:
///   "says", "tickets") is part of the response: its next best kind, else investigation.
/// `timeline` is in written order; `fixed[i]` (parallel to it, may be shorter) marks entries
/// whose kind a label named, which are never changed.
void orderKindsAlongTimeline(QList<TimelineEvent> &timeline, const QList<bool> &fixed);

/// Kind named by a timeline label ("Detection", "Actions Taken", "Resolution").
std::optional<EventKind> kindFromLabel(const QString &label);

} // namespace Hindsight::Import
