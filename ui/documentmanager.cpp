#include "ui/documentmanager.h"

#include "core/document.h"
#include "core/postmortemfile.h"
#include "ui/preferences.h"

#include <QApplication>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QMutex>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QThreadPool>
#include <QTimer>
#include <QWaitCondition>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <memory>

namespace Hindsight {

namespace {

/// The window's words: these messages were the main window's and keep their translations.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Hindsight::MainWindow)
};

const QString kSampleResource = QStringLiteral(":/samples/sample-postmortem.md");

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result();
}

/// Where large files are read: threads of their own. The window waits for the read (behind its
/// progress dialog), so it should not queue behind the preview's render on the global pool or
/// the review on backgroundPool().
QThreadPool *readingPool()
{
    // Goes with the application, which waits for a read still running.
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool(QCoreApplication::instance());
        p->setMaxThreadCount(2); // a cancelled read may still be finishing when the next starts
        return p;
    }();
    return pool;
}

/// holdBackgroundReads(): reads wait at the start while `held`.
struct ReadGate
{
    QMutex mutex;
    QWaitCondition released;
    bool held = false;

    void passThrough()
    {
        const QMutexLocker lock(&mutex);
        while (held)
            released.wait(&mutex);
    }
};

ReadGate &readGate()
{
    static ReadGate gate;
    return gate;
}

/// While alive, swallows the user's input to `window` (not to its dialogs, which are windows of
/// their own) and every shortcut: a file read in the background is about to replace the
/// document, and nothing typed, clicked or dropped meanwhile may land in the old one.
class InputBlocker : public QObject
{
public:
    explicit InputBlocker(QWidget *window)
        : m_window(window)
    {
        if (m_window)
            qApp->installEventFilter(this);
    }
    ~InputBlocker() override { qApp->removeEventFilter(this); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::Shortcut:
            return true;
        case QEvent::KeyPress:
        case QEvent::KeyRelease:
        case QEvent::ShortcutOverride:
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::Wheel:
        case QEvent::ContextMenu:
        case QEvent::DragEnter:
        case QEvent::DragMove:
        case QEvent::Drop:
        case QEvent::TouchBegin:
        case QEvent::TouchUpdate:
        case QEvent::TouchEnd:
        case QEvent::Close: {
            const auto *widget = qobject_cast<QWidget *>(watched);
            return widget && widget->window() == m_window;
        }
        default:
            return false;
        }
    }

private:
    QWidget *m_window;
};

} // namespace

DocumentManager::DocumentManager(Document *document, QWidget *dialogParent)
    : QObject(document)
    , m_document(document)
    , m_dialogParent(dialogParent)
    , m_watcher(new QFileSystemWatcher(this))
    , m_diskCheck(new QTimer(this))
{
    // Another program (an editor, git pull) may change the open file: notice and ask.
    m_diskCheck->setSingleShot(true);
    m_diskCheck->setInterval(250); // editors write in bursts; look once they are done
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_diskCheck, qOverload<>(&QTimer::start));
    connect(m_diskCheck, &QTimer::timeout, this, &DocumentManager::checkDiskState);
    connect(m_document, &Document::filePathChanged, this, &DocumentManager::rememberDiskState);
}

QString DocumentManager::openFilter()
{
    return Text::tr("Postmortems (*.md *.markdown *.txt *.html *.htm);;Markdown (*.md "
                    "*.markdown);;Text (*.txt);;HTML (*.html *.htm);;All files (*)");
}

QString DocumentManager::dialogDirectory() const
{
    if (!m_document->filePath().isEmpty())
        return QFileInfo(m_document->filePath()).absolutePath();
    if (!m_lastDirectory.isEmpty())
        return m_lastDirectory;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void DocumentManager::showError(const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, m_dialogParent);
    box.setTextFormat(Qt::PlainText); // file names and messages are never markup
    box.exec();
}

bool DocumentManager::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        m_dialogParent, Text::tr("Unsaved changes"),
        Text::tr("The postmortem has unsaved changes.\nDo you want to save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void DocumentManager::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(m_dialogParent, Text::tr("Open Postmortem"),
                                                      dialogDirectory(), openFilter());
    if (!path.isEmpty())
        openFile(path, /*askToSave=*/false); // asked once, above
}

bool DocumentManager::loadsInBackground(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.size() > kBackgroundLoadBytes;
}

bool DocumentManager::waitForBackgroundReads(int msecs)
{
    return readingPool()->waitForDone(msecs);
}

void DocumentManager::holdBackgroundReads(bool hold)
{
    ReadGate &gate = readGate();
    const QMutexLocker lock(&gate.mutex);
    gate.held = hold;
    if (!hold)
        gate.released.wakeAll();
}

std::optional<LoadResult> DocumentManager::loadFile(const QString &path, QByteArray *hash)
{
    if (!loadsInBackground(path)) {
        if (hash)
            *hash = fileHash(path);
        return loadPostmortemFile(path);
    }
    // The window first, so the dialog has something to stand over (a file given at start).
    QWidget *window = m_dialogParent ? m_dialogParent->window() : nullptr;
    if (window && !window->isVisible())
        window->show();
    const InputBlocker blocker(window);
    QProgressDialog progress(Text::tr("Opening %1…").arg(QFileInfo(path).fileName()),
                             Text::tr("Cancel"), 0, 100, m_dialogParent);
    progress.setObjectName(QStringLiteral("openProgress"));
    progress.setWindowTitle(Text::tr("Opening"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(m_progressDelayMs);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    struct Loaded
    {
        LoadResult result;
        QByteArray hash;
    };
    QFutureWatcher<Loaded> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    // Reading and importing touch nothing but the file and their own data: a worker's job.
    // It says how far it got through an atomic percentage the dialog looks at.
    const auto percent = std::make_shared<std::atomic<int>>(0);
    watcher.setFuture(QtConcurrent::run(readingPool(), [path, percent] {
        readGate().passThrough();
        Loaded loaded;
        loaded.result = loadPostmortemFile(path, [percent](double done) {
            percent->store(qBound(0, int(done * 100), 99), std::memory_order_relaxed);
        });
        loaded.hash = fileHash(path);
#ifdef __GLIBC__
        // The read's temporaries (the bytes, the text, cmark's tree: several times the file's
        // size) are freed now, but glibc keeps them in this thread's arena, where the rest of
        // the application's work never reuses them: 100 MiB of the 60,000-line file's peak.
        malloc_trim(0);
#endif
        return loaded;
    }));
    QTimer poll;
    poll.setInterval(25);
    connect(&poll, &QTimer::timeout, &progress, [&progress, percent] {
        const int value = percent->load(std::memory_order_relaxed);
        if (value != progress.value())
            progress.setValue(value);
    });
    // Starts the dialog's clock: a quick read never flashes it up; it shows itself once the
    // read has taken the progress delay (minimumDuration: 250 ms unless set) or looks like
    // taking that long, and the window repaints behind it.
    progress.setValue(0);
    poll.start();
    m_reading = true;
    if (!watcher.isFinished())
        loop.exec();
    m_reading = false;
    poll.stop();
    if (progress.wasCanceled()) // the worker finishes on its own, unheard
        return std::nullopt;
    const Loaded loaded = watcher.result();
    if (hash)
        *hash = loaded.hash;
    return loaded.result;
}

bool DocumentManager::openFile(const QString &path, bool askToSave)
{
    if (askToSave && !maybeSave())
        return false;
    QByteArray hash;
    const std::optional<LoadResult> loaded = loadFile(path, &hash);
    if (!loaded) {
        Q_EMIT statusMessage(Text::tr("Opening %1 was cancelled.").arg(QFileInfo(path).fileName()),
                             4000);
        return false;
    }
    const LoadResult &r = *loaded;
    if (!r.ok && !r.emptyFile) {
        showError(Text::tr("Cannot open the file"), r.error);
        return false;
    }
    const QFileInfo info(path);
    m_lastDirectory = info.absolutePath();
    addRecentFile(info.absoluteFilePath());
    m_justRead = {info.absoluteFilePath(), hash};
    if (r.emptyFile) {
        // Nothing to lose in an empty file: a new postmortem that Ctrl+S writes into it.
        Postmortem pm;
        pm.status = Status::Draft;
        pm.timezone = TimeZoneInfo{QStringLiteral("UTC"), 0};
        m_document->reset(pm, info.absoluteFilePath());
        rememberDiskState();
        Q_EMIT statusMessage(
            Text::tr("%1 is empty: a new postmortem that saves to it.").arg(info.fileName()), 0);
    } else if (r.imported) {
        // Never overwrite the user's original: suggest a new native file beside it.
        const QString suggested = info.absoluteDir().filePath(info.completeBaseName()
                                                              + QStringLiteral(".postmortem.md"));
        m_document->reset(r.postmortem, QString(), suggested);
        Q_EMIT statusMessage(
            Text::tr("Imported %1. Save to keep it as a Hindsight file; the original stays as it "
                     "is.")
                .arg(info.fileName()),
            0);
    } else {
        m_document->reset(r.postmortem, info.absoluteFilePath(), QString(), r.readOnly);
        rememberDiskState(); // also when reopening the same path
        Q_EMIT statusMessage(Text::tr("Opened %1").arg(info.fileName()), 4000);
    }
    m_justRead = {};
    Q_EMIT documentReplaced(info.absolutePath());
    Q_EMIT importReportChanged(info.fileName(), r.imported ? r.importReport : ImportReport());
    if (!r.warnings.isEmpty())
        showError(Text::tr("Opened with warnings"), r.warnings.join(QLatin1Char('\n')));
    return true;
}

bool DocumentManager::openSample()
{
    if (!maybeSave())
        return false;
    QFile file(kSampleResource);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(Text::tr("Cannot open the sample"), file.errorString());
        return false;
    }
    const LoadResult r = readPostmortemData(file.readAll(), Text::tr("The sample postmortem"));
    if (!r.ok) {
        showError(Text::tr("Cannot open the sample"), r.error);
        return false;
    }
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(QStringLiteral("sample-postmortem.md"));
    m_document->reset(r.postmortem, QString(), suggested);
    Q_EMIT importReportChanged(QString(), ImportReport());
    Q_EMIT documentReplaced(QString());
    return true;
}

bool DocumentManager::startNew(const Postmortem &pm)
{
    if (!maybeSave())
        return false;
    m_document->reset(pm, QString());
    Q_EMIT importReportChanged(QString(), ImportReport());
    Q_EMIT documentReplaced(QString());
    return true;
}

QByteArray DocumentManager::currentDiskHash(const QString &path) const
{
    if (!path.isEmpty() && path == m_justRead.first)
        return m_justRead.second;
    return fileHash(path);
}

void DocumentManager::rememberDiskState()
{
    const QString path = m_document->filePath();
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    m_diskHash = currentDiskHash(path);
    m_diskHashAskedAbout.clear();
    if (!path.isEmpty() && !m_diskHash.isEmpty())
        m_watcher->addPath(path);
}

void DocumentManager::checkDiskState()
{
    const QString path = m_document->filePath();
    if (path.isEmpty() || m_askingAboutDisk)
        return;
    if (m_reading) {
        // No question over the progress dialog: ask once the read is done (and not at all when
        // the file read replaces this one).
        m_diskCheck->start();
        return;
    }
    // A save replaces the file (rename), which ends the watch: watch the new one again.
    if (!m_watcher->files().contains(path) && QFileInfo::exists(path))
        m_watcher->addPath(path);
    const QByteArray now = fileHash(path);
    if (now.isEmpty() || now == m_diskHash || now == m_diskHashAskedAbout)
        return; // our own save, a touch, a version already asked about, or a moment's gap
    m_askingAboutDisk = true;
    const QString name = QFileInfo(path).fileName();
    const bool modified = m_document->isModified();
    QMessageBox box(QMessageBox::Question, Text::tr("File changed on disk"),
                    modified ? Text::tr("“%1” was changed by another program, and you have "
                                        "unsaved changes here.")
                                   .arg(name)
                             : Text::tr("“%1” was changed by another program.").arg(name),
                    QMessageBox::NoButton, m_dialogParent);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(modified ? Text::tr("Reload it and lose your changes, or keep yours "
                                               "(saving will ask before overwriting the other "
                                               "version)?")
                                    : Text::tr("Reload it to see the new version?"));
    QPushButton *reload = box.addButton(Text::tr("&Reload"), QMessageBox::AcceptRole);
    box.addButton(modified ? Text::tr("&Keep Mine") : Text::tr("&Ignore"), QMessageBox::RejectRole);
    box.setDefaultButton(reload);
    box.exec();
    m_askingAboutDisk = false;
    if (box.clickedButton() != reload) {
        m_diskHashAskedAbout = now; // ask once per version; saving still confirms
        return;
    }
    QByteArray hash;
    const std::optional<LoadResult> loaded = loadFile(path, &hash);
    if (!loaded)
        return; // cancelled: the open version stays
    const LoadResult &r = *loaded;
    if (!r.ok) {
        showError(Text::tr("Cannot reload the file"), r.error);
        return;
    }
    m_justRead = {path, hash};
    m_document->reset(r.postmortem, path, QString(), r.readOnly);
    rememberDiskState();
    m_justRead = {};
    Q_EMIT documentReplaced(QFileInfo(path).absolutePath());
    Q_EMIT statusMessage(Text::tr("Reloaded %1").arg(name), 4000);
}

bool DocumentManager::confirmOverwriteIfChangedOnDisk()
{
    const QString path = m_document->filePath();
    const QByteArray now = fileHash(path);
    if (now.isEmpty() || now == m_diskHash)
        return true;
    const auto answer = QMessageBox::warning(
        m_dialogParent, Text::tr("Overwrite changes on disk?"),
        Text::tr("“%1” was changed by another program since you opened it. Saving replaces "
                 "that version with yours.")
            .arg(QFileInfo(path).fileName()),
        QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Save;
}

bool DocumentManager::save()
{
    if (m_document->filePath().isEmpty() || m_document->isReadOnly())
        return saveAs();
    if (!confirmOverwriteIfChangedOnDisk())
        return false;
    QString error;
    if (!m_document->saveAs(m_document->filePath(), &error)) {
        showError(Text::tr("Cannot save"), error);
        return false;
    }
    rememberDiskState();
    Q_EMIT statusMessage(Text::tr("Saved %1").arg(m_document->filePath()), 3000);
    return true;
}

bool DocumentManager::saveAs()
{
    QString suggested = m_document->filePath();
    if (suggested.isEmpty())
        suggested = m_document->suggestedPath();
    if (suggested.isEmpty())
        suggested = QDir(dialogDirectory()).filePath(QStringLiteral("postmortem.md"));
    QString path
        = QFileDialog::getSaveFileName(m_dialogParent, Text::tr("Save Postmortem"), suggested,
                                       Text::tr("Markdown (*.md *.markdown *.txt)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".md");
    QString error;
    if (!m_document->saveAs(path, &error)) {
        showError(Text::tr("Cannot save"), error);
        return false;
    }
    rememberDiskState();
    m_lastDirectory = QFileInfo(path).absolutePath();
    addRecentFile(path);
    Q_EMIT documentReplaced(m_lastDirectory);
    Q_EMIT statusMessage(Text::tr("Saved %1").arg(path), 3000);
    return true;
}

void DocumentManager::offerRecovery()
{
    for (const RecoveryCopy &copy : findOrphanedRecoveryCopies()) {
        const QString name = !copy.originalPath.isEmpty() ? QFileInfo(copy.originalPath).fileName()
                             : !copy.title.isEmpty()      ? copy.title
                                                          : Text::tr("an untitled postmortem");
        QMessageBox box(
            QMessageBox::Question, Text::tr("Restore unsaved changes?"),
            Text::tr("Hindsight ended without saving “%1”. An autosaved copy from %2 is "
                     "available.")
                .arg(name, QLocale().toString(copy.savedAt.toLocalTime(), QLocale::LongFormat)),
            QMessageBox::NoButton, m_dialogParent);
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(Text::tr("Restore opens the copy as an unsaved document; your "
                                        "file stays as it is until you save."));
        QPushButton *restore = box.addButton(Text::tr("&Restore"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(Text::tr("&Discard"), QMessageBox::DestructiveRole);
        box.addButton(Text::tr("&Not Now"), QMessageBox::RejectRole);
        box.setDefaultButton(restore);
        box.exec();
        if (box.clickedButton() == restore) {
            if (restoreRecoveryCopy(copy))
                return; // one document at a time; other copies are offered next start
        } else if (box.clickedButton() == discard) {
            discardRecoveryCopy(copy);
        }
    }
}

bool DocumentManager::restoreRecoveryCopy(const RecoveryCopy &copy)
{
    if (!maybeSave())
        return false;
    const std::optional<LoadResult> loaded = loadFile(copy.copyPath);
    if (!loaded)
        return false; // cancelled: the copy stays for later
    const LoadResult &r = *loaded;
    if (!r.ok) {
        showError(Text::tr("Cannot restore the autosaved copy"), r.error);
        return false;
    }
    m_document->restoreUnsaved(r.postmortem, copy.originalPath, copy.suggestedPath);
    discardRecoveryCopy(copy);
    Q_EMIT recoveryRestored();
    const QString base = !copy.originalPath.isEmpty()    ? copy.originalPath
                         : !copy.suggestedPath.isEmpty() ? copy.suggestedPath
                                                         : QString();
    Q_EMIT documentReplaced(base.isEmpty() ? QString() : QFileInfo(base).absolutePath());
    Q_EMIT statusMessage(Text::tr("Restored the autosaved copy. Save to keep it."), 0);
    return true;
}

QStringList DocumentManager::recentFiles()
{
    return QSettings().value(SettingsKey::RecentFiles).toStringList();
}

void DocumentManager::addRecentFile(const QString &path)
{
    QSettings settings;
    settings.setValue(SettingsKey::RecentFiles,
                      withRecentFile(settings.value(SettingsKey::RecentFiles).toStringList(), path,
                                     kMaxRecentFiles));
}

void DocumentManager::fillRecentMenu(QMenu *menu)
{
    // Called while one of the menu's own actions may be running: delete them later.
    for (QAction *a : menu->actions()) {
        menu->removeAction(a);
        a->deleteLater();
    }
    QSettings settings;
    const QStringList stored = settings.value(SettingsKey::RecentFiles).toStringList();
    const QStringList recent = pruneRecentFiles(stored);
    if (recent != stored)
        settings.setValue(SettingsKey::RecentFiles, recent);
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent[i];
        QString name = QFileInfo(path).fileName();
        name.replace(QLatin1Char('&'), QLatin1String("&&"));
        const QString text = i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(name)
                                   : QStringLiteral("1&0 %1").arg(name);
        QAction *a = menu->addAction(text, this, [this, path] { openFile(path); });
        a->setData(path);
        a->setStatusTip(QDir::toNativeSeparators(path));
        a->setToolTip(QDir::toNativeSeparators(path));
    }
    if (!recent.isEmpty()) {
        menu->addSeparator();
        QAction *clear = menu->addAction(Text::tr("&Clear Menu"), this, [this, menu] {
            QSettings().remove(SettingsKey::RecentFiles);
            fillRecentMenu(menu);
        });
        clear->setObjectName(QStringLiteral("clearRecentAction"));
    }
    menu->setEnabled(!recent.isEmpty());
}

QString DocumentManager::droppableFile(const QMimeData *data)
{
    if (!data || !data->hasUrls() || data->urls().size() != 1)
        return QString();
    const QUrl url = data->urls().constFirst();
    if (!url.isLocalFile())
        return QString();
    const QFileInfo info(url.toLocalFile());
    static const QStringList suffixes{QStringLiteral("md"), QStringLiteral("markdown"),
                                      QStringLiteral("txt"), QStringLiteral("html"),
                                      QStringLiteral("htm")};
    if (!info.isFile() || !suffixes.contains(info.suffix(), Qt::CaseInsensitive))
        return QString();
    return info.absoluteFilePath();
}

} // namespace Hindsight
