// Find and replace across a postmortem: every piece of text a person writes (title, prose
// fields, timeline event text and detail, action-item text and owner, additional sections' headings
// and text), in the order the form shows them. No widgets: the find bar (ui/findreplace.h) uses it.
#pragma once

#include "core/postmortem.h"
#include "core/postmortemfields.h"

#include <QList>
#include <QString>

namespace Hindsight {

/// One searchable piece of text in a postmortem.
struct TextLocation
{
    enum class Kind {
        Title,
        Prose,          ///< summary, impact, root cause or resolution (`field`)
        TimelineText,   ///< the event text of timeline row `index`
        TimelineDetail, ///< the detail (output, log, quote) of timeline row `index`
        ActionText,     ///< the text of action item `index`
        ActionOwner,    ///< the owner of action item `index`
        SectionHeading, ///< the heading of additional section `index`
        SectionText,    ///< the text of additional section `index`
    };
    Kind kind = Kind::Title;
    FieldId field = FieldId::Title; ///< for Kind::Prose
    int index = -1;                 ///< row or section index, -1 when not a list's

    bool operator==(const TextLocation &) const = default;
};

struct SearchOptions
{
    bool caseSensitive = false;
    /// Only matches not glued to a letter, digit or underscore on a side where the searched
    /// text itself starts or ends with one ("log" finds "the log." but not "logs" or "blog").
    bool wholeWords = false;
};

/// A match: `length` characters from `start` in the text at `where`.
struct TextMatch
{
    TextLocation where;
    int start = 0;
    int length = 0;

    bool operator==(const TextMatch &) const = default;
};

/// Every searchable text of `pm`, in the form's order: title, summary, impact, timeline rows
/// (each row's text, then its detail), root cause, resolution, action items (text, owner),
/// additional sections (heading, text).
QList<TextLocation> searchableLocations(const Postmortem &pm);
/// The text at `where`, or nullptr when it does not exist (a removed row).
const QString *textAt(const Postmortem &pm, const TextLocation &where);
QString *textAt(Postmortem &pm, const TextLocation &where);

/// Start offsets of the non-overlapping matches of `needle` in `text`, left to right.
QList<int> findInText(const QString &text, const QString &needle, const SearchOptions &options);
/// Every match in `pm`, in searchableLocations() order. An empty needle matches nothing.
QList<TextMatch> findAll(const Postmortem &pm, const QString &needle, const SearchOptions &options);
/// True when `match` still is a match of `needle` in `pm` (the text may have changed since).
bool isMatch(const Postmortem &pm, const TextMatch &match, const QString &needle,
             const SearchOptions &options);
/// Replaces every match of `needle` by `replacement` (taken literally) in `pm`; returns how
/// many were replaced.
int replaceAll(Postmortem &pm, const QString &needle, const QString &replacement,
               const SearchOptions &options);

} // namespace Hindsight
