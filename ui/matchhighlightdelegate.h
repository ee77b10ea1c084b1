// Find/replace highlights inside the timeline and action-item table cells.
#pragma once

#include "core/textsearch.h"

#include <QColor>
#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

namespace Hindsight {

/// The default delegate of the form's tables: paints a plain-text cell like
/// QStyledItemDelegate, plus a coloured background behind each match of the find bar's text
/// (findInText() with the bar's options) — the exact characters, not the whole cell — and a
/// stronger colour behind the current match. Without a search it paints exactly like its base.
/// Editing is QStyledItemDelegate's.
class MatchHighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// The colours FindReplaceBar uses in the text editors (matches / the current match).
    static QColor matchColor();
    static QColor currentColor();

    using QStyledItemDelegate::QStyledItemDelegate;

    /// What to highlight: every match of `needle` (empty: nothing) and, in the cell `current`,
    /// the match starting at character `currentStart` in the stronger colour. The caller
    /// repaints the view.
    void setSearch(const QString &needle, const SearchOptions &options,
                   const QModelIndex &current = {}, int currentStart = -1);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    QString m_needle;
    SearchOptions m_options;
    QPersistentModelIndex m_current;
    int m_currentStart = -1;
};

} // namespace Hindsight
