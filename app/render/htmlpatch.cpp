#include "render/htmlpatch.h"

#include "render/htmlrenderer.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>
#include <QVariant>

#include <memory>

namespace Hindsight {

namespace {

/// A fragment parsed on its own, for comparing shapes. Unless it is the document's last, a
/// paragraph follows it, as the next fragment does in the whole document: without one, the
/// white space after the fragment's last tag would become a trailing space of its last block.
/// fragmentBlocks() leaves that paragraph out. It loads no resources: pictures are the shown
/// document's business (its loadResource decides what may be read).
class FragmentDocument : public QTextDocument
{
public:
    FragmentDocument(const QString &style, const QString &fragment, bool last)
        : m_followed(!last)
    {
        setHtml(fragmentDocumentHtml(style, m_followed ? fragment + QStringLiteral("<p>end</p>\n")
                                                       : fragment));
    }
    int fragmentBlocks() const { return blockCount() - (m_followed ? 1 : 0); }

private:
    bool m_followed;

protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

bool sameShape(const QTextBlock &a, const QTextBlock &b)
{
    if (!(a.blockFormat() == b.blockFormat()))
        return false;
    const QTextList *la = a.textList();
    const QTextList *lb = b.textList();
    if (!la || !lb)
        return !la && !lb;
    return la->format() == lb->format() && la->itemNumber(a) == lb->itemNumber(b);
}

bool sameContent(const QTextBlock &a, const QTextBlock &b)
{
    if (a.text() != b.text() || !(a.charFormat() == b.charFormat()))
        return false;
    QTextBlock::iterator ia = a.begin(), ib = b.begin();
    for (; !ia.atEnd() && !ib.atEnd(); ++ia, ++ib) {
        const QTextFragment fa = ia.fragment(), fb = ib.fragment();
        if (fa.length() != fb.length() || !(fa.charFormat() == fb.charFormat()))
            return false;
    }
    return ia.atEnd() && ib.atEnd();
}

/// Tables in `frame` and below, and the number of frames. Qt gives a picture a frame of its
/// own; a patch may replace blocks in such frames but never touches a table's cells.
struct Frames
{
    int tables = 0;
    int frames = 0;
};
Frames countFrames(const QTextFrame *frame)
{
    Frames n;
    for (const QTextFrame *child : frame->childFrames()) {
        const Frames below = countFrames(child);
        n.tables += below.tables + (qobject_cast<const QTextTable *>(child) ? 1 : 0);
        n.frames += below.frames + 1;
    }
    return n;
}

} // namespace

HtmlPatch planHtmlPatch(const QStringList &shown, const HtmlFragments &freshParts,
                        int maxChangedFragments)
{
    const QStringList &fresh = freshParts.fragments;
    HtmlPatch patch;
    if (shown.size() != fresh.size())
        return patch;
    for (int i = 0; i < fresh.size(); ++i) {
        if (shown.at(i) == fresh.at(i))
            continue;
        if (patch.changes.size() == maxChangedFragments)
            return HtmlPatch{};
        // A table is never patched: don't pay for parsing one (the timeline may have 500 rows).
        if (shown.at(i).contains(QLatin1String("<table"))
            || fresh.at(i).contains(QLatin1String("<table")))
            return HtmlPatch{};
        const bool last = i == fresh.size() - 1;
        const FragmentDocument before(freshParts.style, shown.at(i), last);
        const FragmentDocument after(freshParts.style, fresh.at(i), last);
        const Frames framesBefore = countFrames(before.rootFrame());
        const Frames framesAfter = countFrames(after.rootFrame());
        if (before.fragmentBlocks() != after.fragmentBlocks() || framesBefore.tables
            || framesAfter.tables || framesBefore.frames != framesAfter.frames)
            return HtmlPatch{};
        HtmlPatch::Change change{i, {}, after.fragmentBlocks()};
        QTextBlock a = before.begin(), b = after.begin();
        for (int n = 0; n < change.blockCount; a = a.next(), b = b.next(), ++n) {
            if (!sameShape(a, b))
                return HtmlPatch{};
            if (!sameContent(a, b))
                change.blocks.append(n);
        }
        patch.changes.append(change);
    }
    patch.possible = true;
    return patch;
}

QList<int> fragmentBlockNumbers(const QTextDocument &doc, int fragmentCount)
{
    QList<int> numbers(fragmentCount, -1);
    int found = 0;
    int last = -1;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QStringList names = it.fragment().charFormat().anchorNames();
            if (names.isEmpty())
                continue;
            for (const QString &name : names) {
                bool ok = false;
                const int index
                    = name.startsWith(QLatin1String("hs-")) ? name.mid(3).toInt(&ok) : -1;
                if (!ok || index < 0 || index >= fragmentCount || numbers[index] != -1)
                    continue;
                // Fragments come in order and each starts in a block of its own.
                if (index != found || block.blockNumber() <= last)
                    return {};
                numbers[index] = block.blockNumber();
                last = block.blockNumber();
                ++found;
            }
            break; // a block holds at most one fragment's start
        }
    }
    return found == fragmentCount ? numbers : QList<int>();
}

bool applyHtmlPatch(QTextDocument &doc, const QList<int> &blockNumbers,
                    const HtmlFragments &freshParts, const HtmlPatch &patch)
{
    const QStringList &fresh = freshParts.fragments;
    if (!patch.possible || blockNumbers.size() != fresh.size())
        return false;
    // Check every span before touching anything.
    for (const HtmlPatch::Change &c : patch.changes) {
        const int first = blockNumbers.value(c.fragment, -1);
        const int next = c.fragment + 1 < blockNumbers.size() ? blockNumbers.at(c.fragment + 1)
                                                              : doc.blockCount();
        if (first < 0 || next - first != c.blockCount)
            return false;
    }
    QTextCursor cursor(&doc);
    cursor.beginEditBlock();
    for (const HtmlPatch::Change &c : patch.changes) {
        const FragmentDocument source(freshParts.style, fresh.at(c.fragment),
                                      c.fragment == fresh.size() - 1);
        for (const int n : c.blocks) {
            // Character by character runs, not a QTextDocumentFragment: a fragment made of a
            // whole list item carries the list along and would add a block.
            const QTextBlock from = source.findBlockByNumber(n);
            const QTextBlock to = doc.findBlockByNumber(blockNumbers.at(c.fragment) + n);
            cursor.setPosition(to.position());
            cursor.setPosition(to.position() + to.length() - 1, QTextCursor::KeepAnchor);
            cursor.removeSelectedText();
            for (auto it = from.begin(); !it.atEnd(); ++it)
                cursor.insertText(it.fragment().text(), it.fragment().charFormat());
        }
    }
    cursor.endEditBlock();
    return true;
}

} // namespace Hindsight
