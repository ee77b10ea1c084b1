// Selecting the words a review finding means in the editor that holds them.
#pragma once

#include "core/reviewchecks.h"

class QAbstractItemView;
class QModelIndex;
class QPlainTextEdit;

namespace Hindsight {

/// Selects the words of `where` (findingExcerptRange()) in `editor` and scrolls them into
/// view. Returns false, leaving the cursor alone, when the finding names no words or they are
/// not in the editor's text (any more).
bool selectFindingWords(QPlainTextEdit *editor, const FindingLocation &where);

/// Opens the editor of `cell` in `view` (a timeline or action-item text) and selects the
/// words of `where` in it. Returns false when the finding names no words, they are not in the
/// cell's text, or the cell cannot be edited.
bool selectFindingWordsInCell(QAbstractItemView *view, const QModelIndex &cell,
                              const FindingLocation &where);

} // namespace Hindsight
