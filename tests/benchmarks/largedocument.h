// The "large" postmortem the benchmarks measure: bigger than any real one we have seen, so a
// measure that is fast here is fast everywhere.
#pragma once

#include "core/postmortem.h"

namespace Hindsight::Bench {

/// A deterministic postmortem (same output on every call and machine) with `timelineEvents`
/// timeline events over about 30 hours (UTC; 500 events are 3 or 4 minutes apart, more events
/// are closer together so the span stays the same), 100 action items, 2 load diagrams linked
/// from the root cause and resolution, and about 20,000 words of Markdown prose (paragraphs,
/// lists, a code block, a table) spread over the core fields and 8 additional sections.
/// Each event adds about 110 bytes to the native file (500: 166 KB, 5,000: 0.7 MB, 12,000:
/// 1.5 MB).
Postmortem largePostmortem(int timelineEvents = 500);

/// Whitespace-separated words in every text of `pm` (prose fields, sections, timeline and
/// action item texts): how the "about 20,000 words" is checked.
int wordCount(const Postmortem &pm);

} // namespace Hindsight::Bench
