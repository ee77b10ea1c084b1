// The right-click menu of the Markdown editors, with spelling suggestions for an underlined
// word.
#pragma once

#include <QPoint>

class QMenu;

namespace Hindsight {

class MarkdownEditor;

/// The editor's context menu for a right-click at `pos` (viewport coordinates). On an
/// underlined word it starts with up to five suggestions, best first (core/spelling's
/// ranking: fewest edits, then the more common word — "Teh" → "The"), each replacing the word
/// as one undo step; then "Add to Dictionary" (the personal word list `hindsight lint` reads
/// too, core/spelling.h) and "Ignore" (until the application quits); then the editor's usual
/// menu, whose Undo and Redo are the window's (the document's undo) when the editor has none
/// of its own. Elsewhere it is the usual menu. The caller owns the menu.
QMenu *createEditorContextMenu(MarkdownEditor *editor, const QPoint &pos);

} // namespace Hindsight
