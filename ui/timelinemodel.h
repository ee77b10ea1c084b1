// The timeline table: a view of Document::postmortem().timeline that edits through the
// document's undo stack.
#pragma once

#include "core/postmortem.h"
#include "render/htmlrenderer.h" // eventKindColor: one palette for table, preview and PDF

#include <QAbstractTableModel>
#include <QColor>
#include <QList>

#include <algorithm>
#include <optional>
#include <utility>

namespace Hindsight {

class Document;

/// Translated display name of an event kind ("Detection", "Misleading", …). The file
/// format and JSON use eventKindName() instead.
QString eventKindLabel(EventKind kind);

/// Rows are the document's timeline events, in document order; columns are Column.
/// - DateColumn: "YYYY-MM-DD" or empty (Display/Edit). ToolTipRole and EffectiveDateRole
///   give the date carried from the rows above for an undated time (see sortTimeline).
/// - TimeColumn: "HH:MM", or "HH:MM:SS" when the seconds are not zero; wall-clock in the
///   document's zone.
/// - KindColumn: DisplayRole eventKindLabel(), EditRole int(EventKind), DecorationRole
///   eventKindColor().
/// - TextColumn: the event text (Markdown inline).
///
/// setData never writes the model directly: each accepted edit is one Document::edit step
/// (typing in the text column merges into one step per row). Dates and times are re-sorted
/// with sortTimeline() in the same step, so an edited row moves to its place (rowsMoved).
/// The model follows Document::changed: changed rows get dataChanged, a single moved,
/// inserted or removed block gets the matching row signals, anything else a model reset; an
/// edit elsewhere in the document emits nothing, so an open editor survives it.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DateColumn, TimeColumn, KindColumn, TextColumn, ColumnCount };
    enum Role {
        /// QDate: the row's own date, or for a time without a date the date carried from
        /// the rows above (or the incident start); invalid when unknown or untimed.
        EffectiveDateRole = Qt::UserRole + 1,
    };

    /// `doc` must outlive the model.
    explicit TimelineModel(Document *doc, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// EditRole only. Date: "YYYY-MM-DD" or a QDate; Time: "H:MM", "HH:MM", "HH:MM:SS" or a
    /// QTime; Kind: int(EventKind) or a kind name ("detection"); Text: any string. An empty
    /// string clears the date or time. Returns false, changing nothing, for invalid input
    /// ("25:99", "2024-13-01"), a bad index or a read-only document. A value equal to the
    /// current one is accepted and pushes nothing.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// Inserts an empty event after `row` (at the end when `row` is -1 or out of range),
    /// with the date and time of the row before it so the order holds; kind "other". One
    /// undo step. Returns the new row, or -1 for a read-only document.
    int insertEvent(int row);
    /// Removes the given rows (any order, duplicates and invalid rows ignored) in one step.
    void removeEvents(QList<int> rows);
    /// Moves `row` by `delta` rows (-1 up, +1 down) in one step, for ordering events with
    /// equal or missing times. Times are not checked; the next date/time edit re-sorts.
    /// Returns false (nothing changes) when the target is out of range or delta is 0.
    bool moveEvent(int row, int delta);

private:
    void onDocumentChanged();
    bool setMoment(int row, int column, const QVariant &value);
    QList<QDate> effectiveDates(const QList<TimelineEvent> &events) const;

    Document *m_doc;
    QList<TimelineEvent> m_events; ///< the rows the view knows about
    QList<QDate> m_effectiveDates; ///< EffectiveDateRole per row
};

namespace detail {

/// How a list shown as table rows changed between two snapshots; shared by the table models.
struct RowChange
{
    enum Kind { None, Changed, Moved, Inserted, Removed, Reset };
    Kind kind = None;
    int first = -1; ///< Changed: first differing row
    int last = -1;  ///< Changed: last differing row (rows between may be equal)
    int from = -1;  ///< Moved: the row's index before
    int to = -1;    ///< Moved: the row's index after (the row itself may also have changed)
    /// Inserted: [first, last] ranges in the new list, ascending. Removed: ranges in the old
    /// list, descending, so that each can be removed in turn without renumbering the rest.
    QList<std::pair<int, int>> blocks;
};

/// Classifies the change from `before` to `after` (T needs operator==): equal sizes give
/// None, one Moved row (possibly also edited), or the Changed range; a longer or shorter list
/// that only gained or lost rows gives Inserted or Removed blocks; anything else Reset.
template<typename T>
RowChange diffRows(const QList<T> &before, const QList<T> &after)
{
    const qsizetype nb = before.size();
    const qsizetype na = after.size();
    RowChange c;
    const auto toBlocks = [](const QList<int> &rows, bool descending) {
        QList<std::pair<int, int>> blocks;
        for (int r : rows) {
            if (!blocks.isEmpty() && blocks.last().second + 1 == r)
                blocks.last().second = r;
            else
                blocks.append({r, r});
        }
        if (descending)
            std::reverse(blocks.begin(), blocks.end());
        return blocks;
    };
    if (na != nb) {
        // Greedy subsequence match: the shorter list must appear, in order, in the longer one.
        const QList<T> &longer = na > nb ? after : before;
        const QList<T> &shorter = na > nb ? before : after;
        QList<int> extra;
        qsizetype k = 0;
        for (qsizetype i = 0; i < longer.size(); ++i) {
            if (k < shorter.size() && longer[i] == shorter[k])
                ++k;
            else
                extra.append(int(i));
        }
        if (k != shorter.size()) {
            c.kind = RowChange::Reset;
            return c;
        }
        c.kind = na > nb ? RowChange::Inserted : RowChange::Removed;
        c.blocks = toBlocks(extra, na < nb);
        return c;
    }

    qsizetype i = 0;
    while (i < nb && before[i] == after[i])
        ++i;
    if (i == nb)
        return c;
    qsizetype j = nb - 1;
    while (j > i && before[j] == after[j])
        --j;
    const auto sameShifted = [&](qsizetype b0, qsizetype a0, qsizetype n) {
        for (qsizetype k = 0; k < n; ++k)
            if (!(before[b0 + k] == after[a0 + k]))
                return false;
        return true;
    };
    if (j > i && sameShifted(i + 1, i, j - i)) {
        c.kind = RowChange::Moved; // row i went down to j
        c.from = int(i);
        c.to = int(j);
    } else if (j > i && sameShifted(i, i + 1, j - i)) {
        c.kind = RowChange::Moved; // row j went up to i
        c.from = int(j);
        c.to = int(i);
    } else {
        c.kind = RowChange::Changed;
        c.first = int(i);
        c.last = int(j);
    }
    return c;
}

/// Parses a date as typed in a table cell: "YYYY-MM-DD" (surrounding blanks ignored) or a
/// QDate. An empty string or null value gives an invalid QDate (= no date); anything else
/// that is not a real calendar date ("2024-13-01", "2024-02-30", "5 May") gives nullopt.
std::optional<QDate> dateFromEditValue(const QVariant &value);
/// Parses a wall-clock time as typed: "H:MM", "HH:MM" or "HH:MM:SS", or a QTime. Empty gives
/// an invalid QTime (= no time); out-of-range or malformed input ("25:99") gives nullopt.
std::optional<QTime> timeFromEditValue(const QVariant &value);
/// "HH:MM", or "HH:MM:SS" when the seconds are not zero; empty for an invalid time.
QString timeToEditText(const QTime &time);

} // namespace detail

} // namespace Hindsight
