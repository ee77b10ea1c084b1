// The action-item ledger of a library as CSV, iCalendar and JSON.
#pragma once

#include "core/library/libraryindex.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>

namespace Hindsight {

/// True when `a` is open and its due date is before `today` (a due date of today is not
/// overdue yet).
bool isOverdue(const LibraryAction &a, const QDate &today);

/// The ledger order: overdue items first (oldest due date first), then open items by due date
/// (undated last), then done items; ties keep the index order.
QList<LibraryAction> sortedForLedger(QList<LibraryAction> actions, const QDate &today);

/// CSV (RFC 4180: comma-separated, CRLF line ends, fields with comma, quote or line break in
/// double quotes, quotes doubled), UTF-8, one header line then one line per item:
/// postmortem, file, action item, category, owner, due (YYYY-MM-DD or empty), status
/// (open|done), overdue (yes|no).
QByteArray actionsToCsv(const QList<LibraryAction> &actions, const QDate &today);

/// iCalendar (RFC 5545) VCALENDAR with one VTODO per item: UID (stable: SHA-1 of file path and
/// position, "@hindsight"), DTSTAMP (`now`, UTC), SUMMARY (the item's text), DUE as a DATE value
/// when the item has a due date, STATUS NEEDS-ACTION or COMPLETED, DESCRIPTION (postmortem,
/// file, owner, category), CATEGORIES. Text escaped (\\ ; , newline) and lines folded at 75
/// octets; CRLF line ends.
QByteArray actionsToIcs(const QList<LibraryAction> &actions, const QDateTime &now);

/// JSON array of {"postmortem", "file", "index", "text", "category", "owner" | null,
/// "due" | null, "status": "open" | "done", "overdue": bool}.
QByteArray actionsToJson(const QList<LibraryAction> &actions, const QDate &today);

} // namespace Hindsight
