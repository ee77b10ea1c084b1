// Related incidents: the library's postmortems most like a given one.
#pragma once

#include "core/library/libraryindex.h"

#include <QStringList>

namespace Hindsight {

struct RelatedIncident
{
    LibraryEntry entry;
    double score = 0;
    QStringList sharedServices;
    QStringList sharedTags;
    QStringList sharedTerms; ///< root-cause terms both mention
};

/// The words of a root cause that say what it was about: lower-cased words of four letters or
/// more, without common English words, a plural "s" removed ("certificates" -> "certificate"),
/// each once.
QStringList rootCauseTerms(const QString &text);

/// Up to `limit` entries of `library` most related to `pm`, best first, leaving out the entry
/// at `selfPath` (relative path, may be empty) and any with the same title and start. Score:
/// 3 per shared service + 2 per shared tag + 1 per shared root-cause term (case-insensitive),
/// ties broken by the more recent start. Entries with nothing shared are not returned.
QList<RelatedIncident> relatedIncidents(const Postmortem &pm, const QList<LibraryEntry> &library,
                                        const QString &selfPath = {}, int limit = 3);

} // namespace Hindsight
