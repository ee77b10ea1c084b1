// The machine-readable form of a postmortem (DESIGN.md, "Machine-readable output", contract).
#pragma once

#include "core/postmortem.h"

#include <QByteArray>
#include <QJsonObject>

namespace Hindsight {

/// The postmortem as one JSON object with schema "hindsight.postmortem/1": every field of the
/// contract is present (null when unknown). Moments are {"date": "YYYY-MM-DD"|null,
/// "time": "HH:MM"|null, "utcOffsetMinutes": n|null, "text": "…"}; a time is the clock
/// reading in the document's zone. Metrics are whole minutes (see metrics.h for the definitions).
/// Added to the contract's fields: each timeline event's "detail" (Markdown blocks the event
/// introduces, TimelineEvent::detail; "" when none).
QJsonObject postmortemToJson(const Postmortem &pm);

/// postmortemToJson, indented, UTF-8, with a trailing newline.
QByteArray postmortemToJsonText(const Postmortem &pm);

} // namespace Hindsight
