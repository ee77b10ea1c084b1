// Import stage "field readers", timeline: the kind of a timeline event (detection,
// investigation, misleading, escalation, mitigation, resolution, communication, other).
#pragma once

#include "core/postmortem.h"

#include <QString>

#include <optional>

namespace Hindsight::Import {

/// Kind of a timeline event from its wording. Precedence: a wrong path (misleading) beats
/// everything, then resolution, communication, escalation, mitigation, detection,
/// investigation; anything else is Other.
EventKind inferKind(const QString &text);

/// Kind named by a timeline label ("Detection", "Actions Taken", "Resolution").
std::optional<EventKind> kindFromLabel(const QString &label);

} // namespace Hindsight::Import
