// The open document's life as a file: open, import, save, save as, unsaved changes, the file
// changing on disk, recovery copies and recent files. The main window keeps the widgets; this
// keeps the file. (ghostwriter's DocumentManager has the same split.)
#pragma once

#include "core/importer.h"
#include "core/postmortemfile.h"
#include "core/recovery.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class QFileSystemWatcher;
class QMenu;
class QMimeData;
class QTimer;
class QWidget;

namespace Hindsight {

class Document;
struct Postmortem;

class DocumentManager : public QObject
{
    Q_OBJECT
public:
    /// Manages `document`; its questions and errors are message boxes over `dialogParent`.
    DocumentManager(Document *document, QWidget *dialogParent);

    /// Offers to save unsaved changes (Save / Discard / Cancel); false when the user cancels
    /// or saving fails. True at once when nothing is unsaved.
    bool maybeSave();
    /// File > Open: asks about unsaved changes once, then shows the Open dialog.
    void open();
    /// Opens `path`: a Hindsight file as itself, anything else through the importer (never
    /// overwritten: Save suggests `<name>.postmortem.md` beside it). Asks about unsaved changes
    /// first unless `askToSave` is false (the caller already asked). On failure shows the
    /// reason and keeps the open document. True when the file was opened.
    /// A file over kBackgroundLoadBytes is read on a worker thread (loadFile()) while the window
    /// keeps painting, a progress dialog shows when the read takes a while, and the window
    /// takes no input; Cancel there returns false with the open document untouched.
    bool openFile(const QString &path, bool askToSave = true);
    /// Files larger than this (bytes) are read in the background: reading and parsing a
    /// quarter of a megabyte takes a few tens of milliseconds already (issue 19 asks for it
    /// over 1 MB, with a progress dialog: it shows when a read takes more than 250 ms).
    static constexpr qint64 kBackgroundLoadBytes = 256 * 1024;
    /// True when openFile() reads `path` in the background (it is over kBackgroundLoadBytes).
    static bool loadsInBackground(const QString &path);
    /// Reads `path` as loadPostmortemFile() does. A large file (loadsInBackground) is read on
    /// a worker thread while a window-modal, cancellable progress dialog over the window waits
    /// for it (events keep being processed; the window is shown first if it was not yet, and
    /// takes no keys, clicks or drops meanwhile, not even before the dialog shows after
    /// 250 ms) and shows how far the reading got (loadPostmortemFile's progress, in percent);
    /// nullopt when the user cancelled (the worker's result is then dropped). `hash`, when given,
    /// gets the SHA-256 of the file as read (empty when it cannot be read), computed where it was
    /// read.
    std::optional<LoadResult> loadFile(const QString &path, QByteArray *hash = nullptr);
    /// How long (ms) a background read runs before its progress dialog shows; 250 by default,
    /// so a quick read never flashes it up. Tests set 0 to see the dialog whatever the speed.
    void setProgressDelay(int ms) { m_progressDelayMs = ms; }
    /// Waits up to `msecs` until reads started in the background have ended, cancelled ones
    /// too (they run on threads of their own); false on timeout.
    static bool waitForBackgroundReads(int msecs);
    /// For tests: while held (`hold` true), a read started in the background waits before it
    /// reads anything, with its progress dialog, Cancel and the window's event loop running, so
    /// a test can act during a read however fast the machine reads; false lets every waiting
    /// read go on. Process-wide. Release before the application ends: it waits for the reads.
    static void holdBackgroundReads(bool hold);
    /// Opens the bundled sample postmortem as a new, unsaved document.
    bool openSample();
    /// Replaces the open document with the unsaved `pm` (after asking about unsaved changes).
    bool startNew(const Postmortem &pm);
    /// Ctrl+S: writes the file, or asks for a name when there is none or it is read-only.
    bool save();
    /// Asks for a name (".md" added when none is typed) and writes the file there.
    bool saveAs();

    /// For each recovery copy an ended Hindsight left (newest first): Restore, Discard or
    /// Not Now.
    void offerRecovery();
    /// Restores one copy without asking; false with a message when it cannot be read.
    bool restoreRecoveryCopy(const RecoveryCopy &copy);

    /// Where Open and Save dialogs start: the open file's folder, else the last one used, else
    /// the user's documents folder.
    QString dialogDirectory() const;
    QString lastDirectory() const { return m_lastDirectory; }
    void setLastDirectory(const QString &directory) { m_lastDirectory = directory; }

    /// File > Open Recent's list: absolute paths, most recent first (QSettings files/recent).
    static QStringList recentFiles();
    /// Puts `path` first in the recent files (deduplicated, at most kMaxRecentFiles).
    static void addRecentFile(const QString &path);

    /// Refills `menu` with the recent files (pruned of missing ones; "&1 name" … "1&0 name")
    /// and Clear Menu; disabled when there are none.
    void fillRecentMenu(QMenu *menu);
    /// The local file in a drag's data Hindsight can open (.md, .markdown, .txt, .html), or "".
    static QString droppableFile(const QMimeData *data);

    /// The Open dialog's filter: Markdown, text, HTML and all files.
    static QString openFilter();

Q_SIGNALS:
    /// Another document (or another version of it) is open; `baseDirectory` is the folder its
    /// relative pictures resolve against ("" for an unsaved document).
    void documentReplaced(const QString &baseDirectory);
    /// What the import report panel shows: `fileName` and `report` for an imported file, an
    /// empty `fileName` to hide the panel.
    void importReportChanged(const QString &fileName, const ImportReport &report);
    /// A message for the status bar (`timeoutMs` 0: until the next one).
    void statusMessage(const QString &text, int timeoutMs);
    /// A recovery copy became the open document (the autosaver takes over at once).
    void recoveryRestored();

private:
    void showError(const QString &title, const QString &message);
    /// Records the file's bytes as opened or saved and watches it.
    void rememberDiskState();
    /// The SHA-256 of the file at `path` now: the one loadFile() just computed for it, if any.
    QByteArray currentDiskHash(const QString &path) const;
    /// The watched file changed: when its bytes differ, offers to reload it.
    void checkDiskState();
    /// Before overwriting a file changed on disk since we opened or saved it: asks.
    bool confirmOverwriteIfChangedOnDisk();

    Document *m_document;
    QWidget *m_dialogParent;
    int m_progressDelayMs = 250;
    QString m_lastDirectory;
    QFileSystemWatcher *m_watcher;
    QTimer *m_diskCheck;
    QByteArray m_diskHash;           ///< SHA-256 of the file as opened/saved; empty: not on disk
    QByteArray m_diskHashAskedAbout; ///< a changed version the user chose to keep theirs over
    bool m_askingAboutDisk = false;
    bool m_reading = false; ///< a file is being read in the background (its dialog is up)
    /// The hash loadFile() computed while the file it read becomes the document (path, hash),
    /// so opening a file hashes it once, and a large one off the GUI thread.
    std::pair<QString, QByteArray> m_justRead;
};

} // namespace Hindsight
