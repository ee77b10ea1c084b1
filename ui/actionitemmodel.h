// The action-item table: a view of Document::postmortem().actionItems that edits through the
// document's undo stack.
#pragma once

#include "core/postmortem.h"

#include <QAbstractTableModel>
#include <QList>

namespace Hindsight {

class Document;

/// Rows are the document's action items, in document order; columns are Column.
/// - TextColumn: what is to be done (Markdown inline).
/// - CategoryColumn: free text; "improvement" and "task" are the usual values.
/// - OwnerColumn: free text, empty when unassigned.
/// - DueColumn: "YYYY-MM-DD" or empty.
/// - DoneColumn: a check box (Qt::CheckStateRole, Qt::Checked / Qt::Unchecked); no text and
///   not editable as text.
///
/// As TimelineModel: every accepted edit is one Document::edit step (typing in a text column
/// merges per row and column), and the model follows Document::changed with dataChanged or
/// row signals, never resetting for an edit elsewhere in the document.
class ActionItemModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TextColumn, CategoryColumn, OwnerColumn, DueColumn, DoneColumn, ColumnCount };

    /// `doc` must outlive the model.
    explicit ActionItemModel(Document *doc, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// EditRole for the text columns (Due: "YYYY-MM-DD", a QDate, or empty to clear);
    /// CheckStateRole for Done. Text is stored as given except that Category and Owner are
    /// trimmed. Returns false, changing nothing, for an invalid due date ("2024-13-01"), a
    /// wrong role, a bad index or a read-only document. An unchanged value pushes nothing.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// Inserts an empty item (category "task", not done) after `row`, or at the end when
    /// `row` is -1 or out of range. One undo step. Returns the new row, or -1 for a read-only
    /// document.
    int insertItem(int row);
    /// Removes the given rows (any order, duplicates and invalid rows ignored) in one step.
    void removeItems(QList<int> rows);
    /// Moves `row` by `delta` rows in one step. Returns false (nothing changes) when the
    /// target is out of range or delta is 0.
    bool moveItem(int row, int delta);

private:
    void onDocumentChanged();

    Document *m_doc;
    QList<ActionItem> m_items; ///< the rows the view knows about
};

} // namespace Hindsight
