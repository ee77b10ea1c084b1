// The text editor of the form's prose fields and additional sections: plain text holding
// Markdown, with formatting keys that write Markdown and pictures that paste as files.
#pragma once

#include <QKeySequence>
#include <QPlainTextEdit>

#include <functional>

class QImage;
class QMenu;

namespace Hindsight {

class SpellingHighlighter;

/// Replaces `editor`'s text with `text`, if different, while keeping the cursor where it was
/// (clamped to the new length) and without emitting textChanged: for showing the document's
/// text after an undo, redo or another editor's change.
void setTextKeepingCursor(QPlainTextEdit *editor, const QString &text);

/// What the formatting keys write around the selection or in front of its lines.
enum class MarkdownFormat { Bold, Italic, InlineCode, Link, BulletList, NumberedList };

/// A QPlainTextEdit for Markdown. Its formatting changes are ordinary text changes: they reach
/// the document like typing (textChanged), so they are undone like typing. The window's
/// formatting actions keep their keys while the editor has the focus (Ctrl+K is "delete to end
/// of line" in a plain QPlainTextEdit on Linux).
class MarkdownEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit MarkdownEditor(QWidget *parent = nullptr);

    /// Stores a pasted or dropped picture (`nameHint`: "pasted", or the dropped file's base
    /// name) and returns the link target to write in `![](…)`, or "" when it was not stored
    /// (the user cancelled, or it could not be written; the saver says why).
    using ImageSaver = std::function<QString(const QImage &image, const QString &nameHint)>;
    void setImageSaver(const ImageSaver &saver) { m_imageSaver = saver; }

    /// The key of each format (the same in the window's Format menu and the shortcut list).
    static QKeySequence shortcut(MarkdownFormat format);
    /// Applies `format`: Bold, Italic and InlineCode wrap the selection (or put the cursor
    /// between a new pair of markers) and unwrap it when it is wrapped already; Link writes
    /// "[selection](url)" with "url" selected to type over; the lists put "- " or "1. ", "2. "
    /// in front of every selected line, or take it away when every line has it already.
    void applyFormat(MarkdownFormat format);

    /// Underlines misspelt words (ui/spellinghighlighter.h).
    SpellingHighlighter *spellingHighlighter() const { return m_spelling; }
    /// The right-click menu for `pos` (viewport coordinates): spelling suggestions on an
    /// underlined word, then the usual editing actions (ui/spellingmenu.h). Caller owns it.
    QMenu *createContextMenu(const QPoint &pos);
    /// Replaces `length` characters from `start` by `text` as one change that is its own undo
    /// step: it never merges into the typing around it (isDiscreteEdit() is true meanwhile).
    void replaceText(int start, int length, const QString &text);
    /// True while replaceText() changes the text, for whoever turns changes into undo steps.
    bool isDiscreteEdit() const { return m_discreteEdit; }

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    void toggleWrap(const QString &marker);
    void insertLink();
    void toggleListPrefix(bool numbered);

    ImageSaver m_imageSaver;
    SpellingHighlighter *m_spelling;
    bool m_discreteEdit = false;
};

} // namespace Hindsight
