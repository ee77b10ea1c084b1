// Bringing a shown QTextDocument up to date by replacing only what changed (the live preview).
// Reentrant, Qt Gui only: planHtmlPatch may run on a worker thread, applyHtmlPatch runs where
// the document lives.
#pragma once

#include "render/htmlrenderer.h"

#include <QList>
#include <QStringList>

class QTextDocument;

namespace Hindsight {

/// How to turn a document showing the fragments `shown` (renderHtmlFragments() with
/// HtmlOptions::fragmentAnchors, in the style sheet of `fresh`) into one showing `fresh`
/// without parsing it all again.
struct HtmlPatch
{
    /// False: the change is not a same-shape edit; parse the whole document again.
    bool possible = false;
    struct Change
    {
        int fragment = -1;  ///< index into `fresh`
        QList<int> blocks;  ///< numbers, counted from the fragment's first block, of the blocks
                            ///< whose text or character formats changed
        int blockCount = 0; ///< blocks the fragment has (shown and fresh alike)
    };
    QList<Change> changes; ///< empty when nothing changed
};

/// Compares the fragments one by one and parses only those that differ, each on its own
/// (fragmentDocumentHtml). Possible when both lists have the same length, at most
/// `maxChangedFragments` differ, and each changed fragment keeps its shape: the same number
/// of blocks, block formats, list membership and item numbers, and no tables. That is the case
/// while someone types inside a paragraph, a list item, a heading or a code block; a new
/// paragraph, a new list item or an edited table is not. Cost: about the parse of the changed
/// fragments, twice.
HtmlPatch planHtmlPatch(const QStringList &shown, const HtmlFragments &fresh,
                        int maxChangedFragments = 8);

/// The number of the first block of each of the `fragmentCount` fragments in `doc`, read from
/// their anchors (fragmentAnchorName). Empty when an anchor is missing or the blocks are not
/// in fragment order: then `doc` cannot be patched.
QList<int> fragmentBlockNumbers(const QTextDocument &doc, int fragmentCount);

/// Applies `patch` (planned from the fragments `doc` shows to `fresh`) in one edit: the
/// content of each changed block is replaced by the fresh fragment's, parsed on its own; block
/// formats and the blocks around stay as they are, so QTextDocument lays out only the changed
/// blocks again. `blockNumbers` is fragmentBlockNumbers() of `doc`, still valid afterwards
/// (block counts do not change). Returns false, leaving `doc` untouched, when a changed
/// fragment does not span `blockCount` blocks in `doc`.
bool applyHtmlPatch(QTextDocument &doc, const QList<int> &blockNumbers, const HtmlFragments &fresh,
                    const HtmlPatch &patch);

} // namespace Hindsight
