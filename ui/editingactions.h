// The Edit menu's clipboard and find entries, the Format menu, the word count in the status
// bar and pasted pictures: made here and wired by the main window, so it stays small.
#pragma once

#include "core/documentlanguage.h"
#include "ui/markdowneditor.h"

#include <QFutureWatcher>
#include <QObject>

class QAction;
class QLabel;
class QMainWindow;
class QMenu;
class QMenuBar;
class QMimeData;
class QTimer;

namespace Hindsight {

class Document;
class DocumentManager;
class FindReplaceBar;
class PictureAssets;
class PostmortemForm;
class PreviewPane;
struct Postmortem;

class EditingActions : public QObject
{
    Q_OBJECT
public:
    /// Puts the find bar under the form and gives the form's editors the picture store.
    EditingActions(Document *document, DocumentManager *files, PostmortemForm *form,
                   PreviewPane *preview, QMainWindow *window);

    /// Cut, Copy, Paste, Select All (on the focused editor, the preview or a table cell),
    /// Copy as Rich Text, Find (Ctrl+F), Replace (Ctrl+H), Find Next / Previous (F3,
    /// Shift+F3).
    void addToEditMenu(QMenu *edit);
    /// Format: bold, italic, inline code, link, bulleted and numbered list (MarkdownEditor),
    /// enabled while a section editor has the focus.
    void addFormatMenu(QMenuBar *bar);
    /// "123 words" (postmortemWordCount), for the status bar.
    QLabel *wordCountLabel() const { return m_wordCount; }
    FindReplaceBar *findBar() const { return m_findBar; }
    PictureAssets *pictures() const { return m_pictures; }

    /// Edit > Copy as Rich Text: the rendered document as HTML (chart, diagrams and the
    /// document's own pictures embedded as data: URLs) and as plain text, in the document
    /// language (setDocumentLanguage), as the preview and the exports show it.
    void copyAsRichText();
    /// What copyAsRichText puts on the clipboard; pictures are looked up in `baseDirectory`,
    /// the words the renderer adds (key facts, headings, chart labels) are in `language`.
    static QMimeData *richTextMimeData(const Postmortem &pm, const QString &baseDirectory,
                                       DisplayLanguage language);
    /// The "Document language" preference (the interface's by default).
    void setDocumentLanguage(DisplayLanguage language) { m_language = language; }

private:
    /// Runs `slot` ("cut()", "copy()", …) on the focused text widget, or does the same for the
    /// current cell of a focused table.
    void onFocused(const char *slot);
    void updateFormatActions();
    void updateWordCount();

    Document *m_document;
    PostmortemForm *m_form;
    PreviewPane *m_preview;
    QMainWindow *m_window;
    FindReplaceBar *m_findBar;
    PictureAssets *m_pictures;
    QLabel *m_wordCount;
    QTimer *m_wordCountTimer;
    /// Counts on a worker thread: a timeline of thousands of events takes a while to count.
    QFutureWatcher<int> m_wordCounter;
    bool m_countAgain = false; ///< the document changed while a count ran
    DisplayLanguage m_language = DisplayLanguage::Interface;
    QList<QAction *> m_formatActions;
};

} // namespace Hindsight
