// Import stage "field readers", timeline: the kind of a timeline event (detection,
// investigation, misleading, escalation, mitigation, resolution, communication, other).
#pragma once

#include "core/postmortem.h"

#include <QHash>
#include <QString>

#include <optional>

namespace Hindsight::Import {

/// Kind of a timeline event from its wording: each kind's cues (eventkinds.cpp, with their
/// sources) that occur in the text add their weight; the kind with the highest score wins,
/// ties going to the more specific kind (misleading, communication, resolution, escalation,
/// mitigation, detection, investigation). No cue at all gives EventKind::Other. Markup is
/// ignored; only the first kScan characters are read. Measured by tst_eventkinds.
EventKind inferKind(const QString &text);

/// inferKind that remembers its answers for texts up to 1,000 characters: the importer reads
/// each timeline entry as it comes and again whole at the end, mostly unchanged. One per
/// document.
class KindOfText
{
public:
    EventKind operator()(const QString &text);

private:
    QHash<QString, EventKind> m_known;
};

/// Kind named by a timeline label ("Detection", "Actions Taken", "Resolution").
std::optional<EventKind> kindFromLabel(const QString &label);

} // namespace Hindsight::Import
