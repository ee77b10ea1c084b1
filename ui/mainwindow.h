// The main window: the one place where Hindsight's objects are created and wired.
#pragma once

#include "core/recovery.h"
#include "core/templates.h"
#include "ui/preferences.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QFileSystemWatcher;
class QTimer;
class QLabel;
class QMenu;
class QMimeData;
class QPrinter;
class QSplitter;

namespace Hindsight {

class Document;
class DocumentManager;
class EditingActions;
class TemplateActions;
class ImportReportPanel;
class PostmortemForm;
class PreviewPane;
class ReviewPanel;
class Autosaver;
class PresentationActions;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens `path` (native file, or any Markdown/text postmortem through the importer).
    /// Asks first when the open document has unsaved changes. On failure shows the reason and
    /// keeps the open document. Returns true when the file was opened.
    bool openFile(const QString &path);
    /// Opens the bundled sample postmortem as a new, unsaved document.
    void openSample();
    /// What to show when started without a FILE: the most recent file (files/recent) when
    /// files/reopenLast is on (the default) and it still exists, else the sample. Returns true
    /// when the last document was reopened.
    bool openStartupDocument();

    /// File > Open Recent's list: absolute paths, most recent first (QSettings files/recent).
    static QStringList recentFiles();
    /// Puts `path` first in the recent files (deduplicated, at most kMaxRecentFiles).
    static void addRecentFile(const QString &path);

    /// Prints the open postmortem on `printer` as File > Export > PDF lays it out, on the page
    /// size of the Page size preference (A4 or Letter) unless the printer's page was chosen
    /// in a print dialog (`keepPrinterPageSize`). False with a reason in `error` on failure.
    bool printDocument(QPrinter &printer, QString *error = nullptr,
                       bool keepPrinterPageSize = false);

    /// The preferences in effect (read at start, changed by Edit > Preferences).
    const Preferences &preferences() const { return m_preferences; }
    /// Applies `p` live: theme (palette, preview, diagrams), fonts, autosave interval; the
    /// others are read when used (page size, default template) or at start (language).
    void applyPreferences(const Preferences &p);
    /// Edit > Preferences, Help > Keyboard Shortcuts (modal dialogs).
    void showPreferences();
    void showShortcuts();

    /// The local file in a drag's data Hindsight can open (.md, .markdown, .txt), or "".
    static QString droppableFile(const QMimeData *data);

    Document *document() const { return m_document; }
    PostmortemForm *form() const { return m_form; }
    PreviewPane *preview() const { return m_preview; }
    ReviewPanel *reviewPanel() const { return m_review; }
    Autosaver *autosaver() const { return m_autosaver; }
    /// Open, save, unsaved changes, disk changes, recovery copies, recent files.
    DocumentManager *files() const { return m_files; }
    /// View > Present (F5) and the slide settings; the running show, if any.
    PresentationActions *presentation() const { return m_presentation; }
    /// Clipboard, find and replace, Format menu, word count, pasted pictures.
    EditingActions *editing() const { return m_editing; }

    /// After a crash or kill: asks, for each recovery copy left by an ended Hindsight (newest
    /// first), whether to restore it (it becomes the open, unsaved document, saving to its
    /// original file), discard it, or keep it for the next start. Call once the window shows.
    void offerRecovery();
    /// Restores one copy without asking (offerRecovery's "Restore"); false with a message
    /// when the copy cannot be read. The copy is removed once restored.
    bool restoreRecoveryCopy(const RecoveryCopy &copy);

    /// The templates in templateFolders(), read from disk again on each call (a team's new
    /// file shows up without a restart); unreadable files go to `problems`.
    QList<PostmortemTemplate> templates(QStringList *problems = nullptr);
    /// Starts a new, unsaved document from template `id` (asks first about unsaved changes).
    /// False when there is no such template or the user cancelled.
    bool newFromTemplate(const QString &id);
    /// Switches the open document to template `id` as one undo step, keeping every piece of
    /// text (applyTemplate). False when there is no such template.
    bool switchTemplate(const QString &id);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    /// Drags over the editors (which would take a file as text) open the file instead.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createFileMenu();
    void createEditAndInsertMenus();
    void createViewAndHelpMenus();
    void createStatusBar();
    void readSettings();
    void writeSettings() const;
    void newDocument();
    /// File > Export: asks for a file and writes the format of the export registry
    /// (render/exportformats.h); the slides in the presentation's theme.
    void exportAs(const QString &formatId);
    void updateWindowTitle();
    void updateRecentMenu();
    void print();
    void showAbout();
    /// F6: the keyboard focus goes to the preview, or from the preview back to the form.
    void toggleFocusPreview();
    void showError(const QString &title, const QString &message);
    QString dialogDirectory() const;

    Document *m_document;
    PostmortemForm *m_form;
    PreviewPane *m_preview;
    ImportReportPanel *m_importReport;
    QSplitter *m_splitter;
    ReviewPanel *m_review = nullptr;
    QDockWidget *m_reviewDock = nullptr;
    Autosaver *m_autosaver = nullptr;
    DocumentManager *m_files = nullptr;
    TemplateActions *m_templateActions = nullptr;
    PresentationActions *m_presentation = nullptr;
    EditingActions *m_editing = nullptr;
    QLabel *m_fileLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    Preferences m_preferences;
};

} // namespace Hindsight
