// Owner and due date of an action item, read from the words of the item itself.
#pragma once

#include <QDate>
#include <QString>

namespace Hindsight::Review {

/// What an action item's text says about who does it and by when.
/// - owner: the person, @handle or team named as owner ("Owner: Lena Ortiz", "@jmoreau",
///   "(Ines, by March 3)", "assigned to the SRE team", "- Billing team (@omar), due …",
///   "Amina will …"), or empty when none is named or it is a placeholder (TBD, unassigned).
/// - due: the due date as a calendar date; a date written without a year ("by March 3") takes
///   the incident's year, or the next year when that month-day is before the incident.
///   Invalid when no date is given; "soon", "ASAP" and "next sprint" are not dates.
/// - dueWritten: the due date's words as written, empty when none.
/// - task: the item without its owner, due-date and status decorations (what is to be done).
/// - done: a stated status says the item is finished ("(State: COMPLETE)", "Status: done",
///   "[DONE]", "(fixed)"), as Jira-style lists and the Google SRE workbook's action item
///   tables mark them. False when no status is stated or it is open ("PLANNED", "TODO").
struct ActionItemFacts
{
    QString owner;
    QDate due;
    QString dueWritten;
    QString task;
    bool done = false;
};

/// Reads owner and due date from `text` (Markdown inline, one item). `incident` is the
/// incident's date (for due dates without a year), or an invalid QDate when unknown (then a
/// date without a year resolves against 2000, a leap year). Pure function; never fails.
/// Source of the forms: the owner/due conventions of the Google SRE workbook's action item
/// tables, Atlassian's follow-up tasks, and GitHub task lists ("- [ ] … @owner, due …").
ActionItemFacts parseActionItemFacts(const QString &text, const QDate &incident);

/// True for owner placeholders that name nobody: "TBD", "TBA", "unassigned", "none", "?",
/// "-", "n/a", "someone" (case-insensitive, surrounding punctuation ignored).
bool isOwnerPlaceholder(const QString &owner);

} // namespace Hindsight::Review
