// Internal to the core library: diagram specs inside a larger YAML document (the front matter).
// Not installed with the public headers' promises; yaml-cpp types stay out of loaddiagram.h.
#pragma once

#include "core/loaddiagram.h"

#include <yaml-cpp/yaml.h>

namespace Hindsight {

/// Emits `diagram` as one YAML block mapping (the shape documented at loadDiagramToYaml) at
/// the emitter's current position (a document, a map value or a sequence item).
void emitLoadDiagram(YAML::Emitter &y, const LoadDiagram &diagram);

/// Reads one diagram mapping. Values that are missing, out of range or unknown take the
/// defaults and add a line to `*warnings` (prefixed with `context`, e.g. "diagram 2: ").
/// Returns nullopt (with a warning) when `node` is not a mapping or has no `incident`
/// mapping. May throw YAML::Exception for values of the wrong YAML type.
std::optional<LoadDiagram> loadDiagramFromNode(const YAML::Node &node, const QString &context,
                                               QStringList *warnings);

} // namespace Hindsight
