// Review checks: what a postmortem still lacks or gets wrong, as a reviewer would say it.
#pragma once

#include "core/postmortem.h"
#include "core/postmortemfields.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace Hindsight {

enum class FindingSeverity { Error, Warning, Hint };

/// Where a finding points: a field of the document's field table (core/postmortemfields.h:
/// Summary, Impact, RootCause, Resolution, IncidentStart, IncidentEnd, TimeZone,
/// UsersAffectedPercent, Title), a timeline row, an action item, an additional section, or the
/// document as a whole (Document). `index` is the 0-based row for Timeline and ActionItems, the
/// section for Sections, else -1. Wording findings (spelling, blame, vague action items) also say
/// which words they mean: `excerpt` as the text has them (Markdown markers between the words may
/// differ) and, when known, `offset`, its UTF-16 index in the text of the field, row or
/// section (-1 when unknown).
struct FindingLocation
{
    FieldId field = FieldId::Document;
    int index = -1;
    QString excerpt = {};
    int offset = -1;

    bool operator==(const FindingLocation &) const = default;
};

/// One finding: a stable rule id ("course.duration", "blameless.language", …), how serious it
/// is, a message that says what to fix, and where.
struct Finding
{
    QString ruleId;
    FindingSeverity severity = FindingSeverity::Warning;
    QString message;
    FindingLocation where;
    /// The review set's category the finding belongs to ("missing-duration", "blame",
    /// "spelling", … see /work/shared/review-set/README.md), or "other".
    QString category = QStringLiteral("other");
};

/// Runs every review rule over `pm` and returns the findings, errors first, then in document
/// order. Pure function of the model: cheap enough to run after each edit off the typing path
/// (a few milliseconds for a 500-word document; spelling suggestions are cached per process).
/// Reads the words of every field, so facts the importer left in the prose (a Duration line,
/// "120% of users", "Owner: X, due 2025-03-01", "(@alice, by March 3)") count; times are read
/// as the document's clock shows them, in its zone. The rules live in app/core/review/:
/// requirements by template (the course format, Google SRE's, Atlassian's and PagerDuty's
/// postmortem templates), consistency (calendar, 0–100% of users, midnight-aware timeline order),
/// action items (owner, due date, vagueness after Etsy's debriefing guide, duplicates), blameless
/// wording (Google SRE Book, Allspaw's "Blameless PostMortems"), spelling (hunspell en_US). Each
/// finding carries the review set's category (shared/review-set/README.md) or "other".
QList<Finding> reviewPostmortem(const Postmortem &pm);

/// Where the words a finding means are in `text` (its field's, row's or section's text as it
/// is now), as a UTF-16 start and length: at `where.offset` when the excerpt is still there,
/// else the match of the excerpt nearest that offset, its words separated by any white space
/// and Markdown markers (case-insensitive, whole words); {-1, 0} when the finding names no
/// words or they are gone.
std::pair<int, int> findingExcerptRange(const QString &text, const FindingLocation &where);

/// "error", "warning", "hint".
QString findingSeverityName(FindingSeverity s);

/// Where a finding points, for people: "Summary", "Timeline row 3", "Action item 2",
/// "Incident start", "Document" (rows are 1-based here, as in the editor's tables); the field
/// table's titles in the interface language.
QString findingLocationText(const FindingLocation &where);

/// `where.field` of lint's JSON: the field table's key ("rootCause", "incident.start",
/// "timeline", "actionItems", "sections"), or "" for the document as a whole (the JSON
/// contract of README.md since the first lint).
QString findingFieldKey(FieldId field);

/// [{"rule": id, "category": "missing-duration"|…|"other", "severity":
///   "error"|"warning"|"hint", "message": "…", "where": {"field": "…", "index": n|null}}];
/// "where" also has "excerpt" (and "offset" when known) for wording findings.
QJsonArray findingsToJson(const QList<Finding> &findings);

/// Words of the postmortem (title, headings, summary, impact, root cause, resolution, timeline
/// and action-item text, additional sections), counted as whitespace-separated tokens that
/// contain a letter or digit; Markdown markers alone do not count. Headings the model keeps
/// implicitly (its fixed fields) count two words each.
int postmortemWordCount(const Postmortem &pm);

} // namespace Hindsight
