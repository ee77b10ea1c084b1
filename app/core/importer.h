// Import of foreign (non-Hindsight) Markdown and plain-text postmortems.
#pragma once

#include "postmortem.h"

namespace Hindsight {

/// Reads a postmortem written by hand — Markdown, plain label lines ("Duration: …"), or a mix —
/// and places its text in the model as a careful reader would.
///
/// Takes the whole file as text (already decoded from UTF-8). Never fails: text that fits no
/// field is kept in `Postmortem::sections` ("additional sections"), so every non-blank line of
/// the source ends up somewhere (import is lossless). A document with no recognisable
/// structure imports as one additional section.
///
/// Times are wall-clock in the document's zone; a timeline that passes midnight moves to the
/// next date. Field meanings follow shared/corpus/LABELING.md.
Postmortem importMarkdown(const QString &text);

} // namespace Hindsight
