// `hindsight library …`: the postmortem library on the command line (README, "Library").
#pragma once

#include <QStringList>

namespace Hindsight {

/// Runs `hindsight library VERB DIR …` (`arguments` start with "library"). Every verb first
/// brings the folder's index up to date (LibraryIndex::update, incremental), then:
/// - `index DIR [--format text|json]`: what the update did and the files not indexed, with
///   their reasons.
/// - `search DIR QUERY [--limit N] [--format text|json]`: hits ranked by bm25 with snippets
///   (matched terms in [brackets] in text, in the JSON "snippet" as «…»).
/// - `stats DIR [--format text|json]`: incidents per month; median and 90th percentile of time
///   to detect / mitigate / resolve and duration, overall, per quarter, per service and per
///   severity, each with its n and a warning when n < 10 (librarystats.h).
/// - `actions DIR [--overdue] [--format csv|ics|json] [--today YYYY-MM-DD] [-o OUT]`: every
///   action item (or only the overdue ones), overdue first.
/// - `report DIR --to html|pdf [-o OUT] [--today YYYY-MM-DD]`: libraryReportHtml(), as HTML
///   or an A4 PDF (needs -o) with a Definitions page.
/// Exit status: 0 ok (files not indexed are listed, not fatal); 1 DIR is not a readable
/// folder; 2 bad usage; 3 the index or the output cannot be written. Errors are one line on
/// standard error.
int runLibraryCommand(const QStringList &arguments);

} // namespace Hindsight
