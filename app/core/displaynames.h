// The names people read for the model's enumerations — event kind, status, balancing algorithm,
// backend health — in one place and one translation context ("Hindsight::DisplayNames").
// The file format and JSON use the stable ids of postmortem.h / loaddiagram.h instead.
#pragma once

#include "core/documentlanguage.h"
#include "core/loaddiagram.h"
#include "core/postmortem.h"

#include <QString>

namespace Hindsight {

// DisplayLanguage: core/documentlanguage.h. Interface means the document language while a
// DocumentLanguageScope is open on the thread (so renderers follow it), else the interface's.

/// "Detection", "Investigation", "Misleading", "Escalation", "Mitigation", "Resolution",
/// "Communication", "Other".
QString eventKindTitle(EventKind kind, DisplayLanguage language = DisplayLanguage::Interface);
/// "Draft", "In review", "Final".
QString statusTitle(Status status, DisplayLanguage language = DisplayLanguage::Interface);
/// "Round robin", "Weighted round robin", "Least connections", "IP hash / sticky sessions",
/// "Random".
QString algorithmTitle(BalancingAlgorithm algorithm,
                       DisplayLanguage language = DisplayLanguage::Interface);
/// "Healthy", "Degraded", "Down", "Drained".
QString healthTitle(BackendHealth health, DisplayLanguage language = DisplayLanguage::Interface);

} // namespace Hindsight
