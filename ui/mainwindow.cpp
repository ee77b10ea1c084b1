#include "ui/mainwindow.h"

#include "ui/library/librarymenu.h"

#include "ui/autosaver.h"
#include "core/document.h"
#include "render/htmlrenderer.h"
#include "ui/importreportpanel.h"
#include "core/jsonexport.h"
#include "ui/loaddiagrameditor.h"
#include "render/markdownexport.h"
#include "core/nativeformat.h"
#include "render/pdfexporter.h"
#include "core/postmortemfile.h"
#include "ui/postmortemform.h"
#include "ui/preferencesdialog.h"
#include "ui/presentation.h"
#include "ui/previewpane.h"
#include "ui/reviewpanel.h"
#include "ui/shortcutsdialog.h"
#include "render/slides.h"
#include "ui/templatedialog.h"
#include "render/timelinechart.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>

namespace Hindsight {

namespace {
const QString kSampleResource = QStringLiteral(":/samples/sample-postmortem.md");

QString markdownFilter()
{
    return MainWindow::tr("Markdown (*.md *.markdown *.txt);;All files (*)");
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
    , m_form(new PostmortemForm(m_document))
    , m_preview(new PreviewPane(m_document))
    , m_importReport(new ImportReportPanel)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_splitter->addWidget(ImportReportPanel::stackedAbove(m_importReport, m_form));
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    setCentralWidget(m_splitter);
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setAccessibleDescription(
        tr("The postmortem as it will be exported; F6 moves the focus here and back"));

    // Review findings sit under the form and preview: visible while writing, out of the way.
    m_review = new ReviewPanel(m_document);
    m_review->setAccessibleName(tr("Review checks"));
    m_reviewDock = new QDockWidget(tr("Review"), this);
    m_reviewDock->setObjectName(QStringLiteral("reviewDock"));
    m_reviewDock->setWidget(m_review);
    m_reviewDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::BottomDockWidgetArea, m_reviewDock);
    connect(m_review, &ReviewPanel::locationActivated, m_form, &PostmortemForm::showLocation);

    m_autosaver = new Autosaver(m_document, this);
    connect(m_autosaver, &Autosaver::failed, this, [this](const QString &reason) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(reason));
    });

    // Another program (an editor, git pull) may change the open file: notice and ask.
    m_watcher = new QFileSystemWatcher(this);
    m_diskCheck = new QTimer(this);
    m_diskCheck->setSingleShot(true);
    m_diskCheck->setInterval(250); // editors write in bursts; look once they are done
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_diskCheck, qOverload<>(&QTimer::start));
    connect(m_diskCheck, &QTimer::timeout, this, &MainWindow::checkDiskState);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::rememberDiskState);

    createActions();
    createStatusBar();
    readSettings();

    // A postmortem file dropped anywhere on the window opens, like File > Open.
    setAcceptDrops(true);
    qApp->installEventFilter(this);

    connect(m_document, &Document::changed, this, &MainWindow::updateFormTemplate);
    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateWindowTitle);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateWindowTitle);
    updateWindowTitle();
}

MainWindow::~MainWindow()
{
    // The document is a child destroyed after this destructor has run; what it emits while
    // going (its undo stack's clean state) must not reach this half-destroyed window.
    m_document->blockSignals(true);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New"), this, &MainWindow::newDocument);
    newAction->setShortcut(QKeySequence::New);
    QAction *fromTemplate
        = file->addAction(tr("New from &Template…"), this, &MainWindow::chooseTemplateForNew);
    fromTemplate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    fromTemplate->setStatusTip(
        tr("Start a postmortem in the shape of the course, Google SRE, Atlassian or "
           "PagerDuty template, or your team's own"));
    QAction *openAction = file->addAction(tr("&Open…"), this, &MainWindow::open);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setStatusTip(tr("Open a Hindsight file or import any Markdown postmortem"));
    openAction->setObjectName(QStringLiteral("openAction"));
    newAction->setObjectName(QStringLiteral("newAction"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu(); // so it is enabled only when there is something to open
    file->addAction(tr("Open &Sample Postmortem"), this, &MainWindow::openSample);
    addOpenLibraryAction(file, this, m_document, [this](const QString &path) { openFile(path); });
    file->addSeparator();
    QAction *saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setObjectName(QStringLiteral("saveAction"));
    QAction *saveAsAction = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    QAction *pdf
        = exportMenu->addAction(tr("&PDF…"), this, [this] { exportAs(QStringLiteral("pdf")); });
    pdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    pdf->setObjectName(QStringLiteral("exportPdfAction"));
    exportMenu->addAction(tr("&Markdown…"), this, [this] { exportAs(QStringLiteral("md")); });
    exportMenu->addAction(tr("&HTML…"), this, [this] { exportAs(QStringLiteral("html")); });
    exportMenu->addAction(tr("&JSON…"), this, [this] { exportAs(QStringLiteral("json")); });
    exportMenu->addAction(tr("&Slides PDF…"), this, &MainWindow::exportSlides);
    QAction *printAction = file->addAction(tr("&Print…"), this, &MainWindow::print);
    printAction->setObjectName(QStringLiteral("printAction"));
    printAction->setShortcut(QKeySequence::Print);
    printAction->setStatusTip(tr("Print the postmortem as the PDF export lays it out"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys.append(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *switchAction
        = edit->addAction(tr("Switch &Template…"), this, &MainWindow::chooseTemplateForSwitch);
    switchAction->setStatusTip(tr("Give the postmortem another template's sections; no text "
                                  "is lost"));
    edit->addSeparator();
    QAction *preferencesAction
        = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    preferencesAction->setMenuRole(QAction::PreferencesRole);
    // Linux desktops have no standard key for Preferences; Ctrl+, is the common choice.
    QList<QKeySequence> preferencesKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!preferencesKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        preferencesKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferencesAction->setShortcuts(preferencesKeys);

    QMenu *insert = menuBar()->addMenu(tr("&Insert"));
    QAction *diagram
        = insert->addAction(tr("&Load-distribution diagram…"), this, &MainWindow::insertDiagram);
    diagram->setObjectName(QStringLiteral("insertDiagramAction"));
    diagram->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    diagram->setStatusTip(tr("Draw how the load balancer spread the traffic, and insert it at "
                             "the cursor"));
    connect(m_preview, &PreviewPane::diagramActivated, this, &MainWindow::editDiagram);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *showPreview = view->addAction(tr("Show &Preview"));
    showPreview->setCheckable(true);
    showPreview->setChecked(true);
    showPreview->setShortcut(QKeySequence(Qt::Key_F9));
    showPreview->setObjectName(QStringLiteral("showPreviewAction"));
    connect(showPreview, &QAction::toggled, m_preview, &QWidget::setVisible);
    QAction *focusPreview
        = view->addAction(tr("&Focus Preview / Form"), this, &MainWindow::toggleFocusPreview);
    focusPreview->setObjectName(QStringLiteral("focusPreviewAction"));
    focusPreview->setShortcut(QKeySequence(Qt::Key_F6));
    QAction *showReview = m_reviewDock->toggleViewAction();
    showReview->setText(tr("Show &Review Checks"));
    showReview->setShortcut(QKeySequence(Qt::Key_F8));
    showReview->setObjectName(QStringLiteral("showReviewAction"));
    view->addAction(showReview);

    // The form's tabs: Ctrl+Page Down / Up step through them, Alt+1…5 go straight to one.
    QMenu *formTabs = view->addMenu(tr("Form &Tab"));
    QTabWidget *tabs = m_form->tabWidget();
    QAction *nextTab = formTabs->addAction(tr("&Next Tab"), tabs, [tabs] {
        tabs->setCurrentIndex((tabs->currentIndex() + 1) % tabs->count());
    });
    nextTab->setObjectName(QStringLiteral("nextTabAction"));
    nextTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    QAction *previousTab = formTabs->addAction(tr("&Previous Tab"), tabs, [tabs] {
        tabs->setCurrentIndex((tabs->currentIndex() + tabs->count() - 1) % tabs->count());
    });
    previousTab->setObjectName(QStringLiteral("previousTabAction"));
    previousTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    formTabs->addSeparator();
    for (int i = 0; i < tabs->count() && i < 9; ++i) {
        QAction *go = formTabs->addAction(tabs->tabText(i), tabs, [this, tabs, i] {
            tabs->setCurrentIndex(i);
            m_form->focusCurrentTab();
        });
        go->setObjectName(QStringLiteral("formTab%1Action").arg(i + 1));
        go->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
    }
    m_presentation = new PresentationActions(m_document, this); // F5: present the document
    m_presentation->addToMenu(view);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts
        = help->addAction(tr("&Keyboard Shortcuts…"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Hindsight"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Hindsight"),
        tr("<h3>Hindsight %1</h3><p>Write blameless incident postmortems: timeline, impact, "
           "root cause, action items — and a document ready for the review.</p>"
           "<p>Built with Qt %2, running on Qt %3.</p>"
           "<p><b>Licences</b><br>Hindsight: MIT licence.<br>"
           "Qt: GNU LGPL version 3.<br>"
           "cmark-gfm (Markdown): BSD 2-clause licence.<br>"
           "yaml-cpp (front matter): MIT licence.<br>"
           "Hunspell (spelling): MPL 1.1 / GPL 2 / LGPL 2.1 tri-licence.</p>")
            .arg(QApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion())));
}

void MainWindow::createStatusBar()
{
    m_fileLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_fileLabel);
    statusBar()->showMessage(tr("Ready"), 2000);
}

void MainWindow::readSettings()
{
    QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (geometry.isEmpty())
        resize(1400, 900);
    else
        restoreGeometry(geometry);
    if (!m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        m_splitter->setSizes({700, 700});
    if (!restoreState(settings.value(QStringLiteral("window/docks")).toByteArray()))
        resizeDocks({m_reviewDock}, {160}, Qt::Vertical);
    m_lastDirectory = settings.value(SettingsKey::LastDirectory).toString();
    applyPreferences(Preferences::load(&settings));
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/docks"), saveState());
    settings.setValue(SettingsKey::LastDirectory, m_lastDirectory);
}

QString MainWindow::dialogDirectory() const
{
    if (!m_document->filePath().isEmpty())
        return QFileInfo(m_document->filePath()).absolutePath();
    if (!m_lastDirectory.isEmpty())
        return m_lastDirectory;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::updateWindowTitle()
{
    QString name;
    if (!m_document->filePath().isEmpty())
        name = QFileInfo(m_document->filePath()).fileName();
    else if (!m_document->suggestedPath().isEmpty())
        name = tr("%1 (not saved)").arg(QFileInfo(m_document->suggestedPath()).fileName());
    else
        name = tr("Untitled");
    if (m_document->isReadOnly())
        name += tr(" (read-only)");
    setWindowTitle(name + QStringLiteral("[*]"));
    setWindowModified(m_document->isModified());
    m_fileLabel->setText(m_document->filePath().isEmpty() ? tr("Not saved yet")
                                                          : m_document->filePath());
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText); // file names and messages are never markup
    box.exec();
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"),
        tr("The postmortem has unsaved changes.\nDo you want to save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::newDocument()
{
    // Preferences > New documents: start from that template when it is still installed.
    if (!m_preferences.defaultTemplate.isEmpty()) {
        const QList<PostmortemTemplate> all = templates();
        const QString id = m_preferences.defaultTemplate;
        if (std::any_of(all.begin(), all.end(), [&](const auto &t) { return t.id == id; })) {
            newFromTemplate(id);
            return;
        }
    }
    if (!maybeSave())
        return;
    Postmortem pm;
    pm.status = Status::Draft;
    pm.timezone = TimeZoneInfo{QStringLiteral("UTC"), 0};
    m_document->reset(pm, QString());
    m_importReport->hide();
    m_preview->setBaseDirectory(QString());
    m_preview->renderNow();
}

QList<PostmortemTemplate> MainWindow::templates(QStringList *problems)
{
    m_templates = loadTemplates(templateFolders(), problems);
    return m_templates;
}

bool MainWindow::newFromTemplate(const QString &id)
{
    for (const PostmortemTemplate &t : templates()) {
        if (t.id != id)
            continue;
        if (!maybeSave())
            return false;
        m_document->reset(postmortemFromTemplate(t), QString());
        m_preview->setBaseDirectory(QString());
        m_preview->renderNow();
        statusBar()->showMessage(tr("New postmortem from the %1 template").arg(t.name), 4000);
        return true;
    }
    return false;
}

bool MainWindow::switchTemplate(const QString &id)
{
    const QList<PostmortemTemplate> all = templates();
    const PostmortemTemplate *previous = nullptr;
    for (const PostmortemTemplate &t : all) {
        if (t.id == m_document->postmortem().templateId)
            previous = &t;
    }
    for (const PostmortemTemplate &t : all) {
        if (t.id != id)
            continue;
        m_document->edit(tr("Switch to the %1 template").arg(t.name),
                         [&](Postmortem &pm) { pm = applyTemplate(pm, t, previous); });
        return true;
    }
    return false;
}

void MainWindow::chooseTemplateForNew()
{
    QStringList problems;
    const QList<PostmortemTemplate> all = templates(&problems);
    TemplateDialog dialog(all, QStringLiteral("course"), problems, this);
    dialog.setWindowTitle(tr("New from Template"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto t = dialog.selectedTemplate())
        newFromTemplate(t->id);
}

void MainWindow::chooseTemplateForSwitch()
{
    QStringList problems;
    const QList<PostmortemTemplate> all = templates(&problems);
    TemplateDialog dialog(all, m_document->postmortem().templateId, problems, this);
    dialog.setWindowTitle(tr("Switch Template"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto t = dialog.selectedTemplate())
        switchTemplate(t->id);
}

void MainWindow::updateFormTemplate()
{
    const QString id = m_document->postmortem().templateId;
    if (id == m_formTemplateId)
        return;
    m_formTemplateId = id;
    if (id.isEmpty()) {
        m_form->setTemplate(std::nullopt);
        return;
    }
    // A document names a template that may have come from another machine's folder; the
    // form then just keeps its built-in guidance.
    const QList<PostmortemTemplate> &known = m_templates.isEmpty() ? templates() : m_templates;
    const auto it = std::find_if(known.begin(), known.end(),
                                 [&](const PostmortemTemplate &t) { return t.id == id; });
    m_form->setTemplate(it != known.end() ? std::optional(*it) : std::nullopt);
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Postmortem"),
                                                      dialogDirectory(), markdownFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString &path)
{
    if (!maybeSave())
        return false;
    const LoadResult r = loadPostmortemFile(path);
    if (!r.ok) {
        showError(tr("Cannot open the file"), r.error);
        return false;
    }
    const QFileInfo info(path);
    m_lastDirectory = info.absolutePath();
    addRecentFile(info.absoluteFilePath());
    if (r.imported) {
        // Never overwrite the user's original: suggest a new native file beside it.
        const QString suggested = info.absoluteDir().filePath(info.completeBaseName()
                                                              + QStringLiteral(".postmortem.md"));
        m_document->reset(r.postmortem, QString(), suggested);
        statusBar()->showMessage(
            tr("Imported %1. Save to keep it as a Hindsight file; the original stays as it is.")
                .arg(info.fileName()));
    } else {
        m_document->reset(r.postmortem, info.absoluteFilePath(), QString(), r.readOnly);
        rememberDiskState(); // also when reopening the same path
        statusBar()->showMessage(tr("Opened %1").arg(info.fileName()), 4000);
    }
    m_preview->setBaseDirectory(info.absolutePath());
    m_preview->renderNow();
    m_importReport->showReport(info.fileName(), r.imported ? r.importReport : ImportReport());
    updateWindowTitle();
    if (!r.warnings.isEmpty())
        showError(tr("Opened with warnings"), r.warnings.join(QLatin1Char('\n')));
    return true;
}

void MainWindow::openSample()
{
    if (!maybeSave())
        return;
    QFile file(kSampleResource);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot open the sample"), file.errorString());
        return;
    }
    const LoadResult r = readPostmortemData(file.readAll(), tr("The sample postmortem"));
    if (!r.ok) {
        showError(tr("Cannot open the sample"), r.error);
        return;
    }
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(QStringLiteral("sample-postmortem.md"));
    m_document->reset(r.postmortem, QString(), suggested);
    m_importReport->hide();
    m_preview->setBaseDirectory(QString());
    m_preview->renderNow();
    updateWindowTitle();
}

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result();
}
} // namespace

void MainWindow::rememberDiskState()
{
    const QString path = m_document->filePath();
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    m_diskHash = fileHash(path);
    m_diskHashAskedAbout.clear();
    if (!path.isEmpty() && !m_diskHash.isEmpty())
        m_watcher->addPath(path);
}

void MainWindow::checkDiskState()
{
    const QString path = m_document->filePath();
    if (path.isEmpty() || m_askingAboutDisk)
        return;
    // A save replaces the file (rename), which ends the watch: watch the new one again.
    if (!m_watcher->files().contains(path) && QFileInfo::exists(path))
        m_watcher->addPath(path);
    const QByteArray now = fileHash(path);
    if (now.isEmpty() || now == m_diskHash || now == m_diskHashAskedAbout)
        return; // our own save, a touch, a version already asked about, or a moment's gap
    m_askingAboutDisk = true;
    const QString name = QFileInfo(path).fileName();
    QMessageBox box(QMessageBox::Question, tr("File changed on disk"),
                    m_document->isModified()
                        ? tr("“%1” was changed by another program, and you have unsaved changes "
                             "here.")
                              .arg(name)
                        : tr("“%1” was changed by another program.").arg(name),
                    QMessageBox::NoButton, this);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(m_document->isModified()
                               ? tr("Reload it and lose your changes, or keep yours (saving will "
                                    "ask before overwriting the other version)?")
                               : tr("Reload it to see the new version?"));
    QPushButton *reload = box.addButton(tr("&Reload"), QMessageBox::AcceptRole);
    box.addButton(m_document->isModified() ? tr("&Keep Mine") : tr("&Ignore"),
                  QMessageBox::RejectRole);
    box.setDefaultButton(reload);
    box.exec();
    m_askingAboutDisk = false;
    if (box.clickedButton() != reload) {
        m_diskHashAskedAbout = now; // ask once per version; saving still confirms
        return;
    }
    const LoadResult r = loadPostmortemFile(path);
    if (!r.ok) {
        showError(tr("Cannot reload the file"), r.error);
        return;
    }
    m_document->reset(r.postmortem, path, QString(), r.readOnly);
    rememberDiskState();
    statusBar()->showMessage(tr("Reloaded %1").arg(name), 4000);
}

bool MainWindow::confirmOverwriteIfChangedOnDisk()
{
    const QString path = m_document->filePath();
    const QByteArray now = fileHash(path);
    if (now.isEmpty() || now == m_diskHash)
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Overwrite changes on disk?"),
        tr("“%1” was changed by another program since you opened it. Saving replaces that "
           "version with yours.")
            .arg(QFileInfo(path).fileName()),
        QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Save;
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty() || m_document->isReadOnly())
        return saveAs();
    if (!confirmOverwriteIfChangedOnDisk())
        return false;
    QString error;
    if (!m_document->saveAs(m_document->filePath(), &error)) {
        showError(tr("Cannot save"), error);
        return false;
    }
    rememberDiskState();
    statusBar()->showMessage(tr("Saved %1").arg(m_document->filePath()), 3000);
    return true;
}

bool MainWindow::saveAs()
{
    QString suggested = m_document->filePath();
    if (suggested.isEmpty())
        suggested = m_document->suggestedPath();
    if (suggested.isEmpty())
        suggested = QDir(dialogDirectory()).filePath(QStringLiteral("postmortem.md"));
    QString path
        = QFileDialog::getSaveFileName(this, tr("Save Postmortem"), suggested, markdownFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".md");
    QString error;
    if (!m_document->saveAs(path, &error)) {
        showError(tr("Cannot save"), error);
        return false;
    }
    rememberDiskState();
    m_lastDirectory = QFileInfo(path).absolutePath();
    addRecentFile(path);
    m_preview->setBaseDirectory(m_lastDirectory);
    updateWindowTitle();
    statusBar()->showMessage(tr("Saved %1").arg(path), 3000);
    return true;
}

void MainWindow::exportAs(const QString &format)
{
    const QString base = !m_document->filePath().isEmpty() ? m_document->filePath()
                         : !m_document->suggestedPath().isEmpty()
                             ? m_document->suggestedPath()
                             : QDir(dialogDirectory()).filePath(QStringLiteral("postmortem.md"));
    QFileInfo info(base);
    QString stem = info.completeBaseName();
    if (stem.endsWith(QLatin1String(".postmortem")))
        stem.chop(11);
    const QString suggested = info.absoluteDir().filePath(stem
                                                          + (format == QLatin1String("md")
                                                                 ? QStringLiteral("-export.md")
                                                                 : QLatin1Char('.') + format));
    const QString filter = format == QLatin1String("pdf")    ? tr("PDF (*.pdf)")
                           : format == QLatin1String("html") ? tr("HTML (*.html *.htm)")
                           : format == QLatin1String("json") ? tr("JSON (*.json)")
                                                             : tr("Markdown (*.md)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), suggested, filter);
    if (path.isEmpty())
        return;
    const Postmortem &pm = m_document->postmortem();
    HtmlOptions options;
    options.baseDirectory = m_document->filePath().isEmpty()
                                ? QString()
                                : QFileInfo(m_document->filePath()).absolutePath();
    QString error;
    bool ok = false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    if (format == QLatin1String("pdf"))
        ok = exportPdf(pm, path, &error, options, pageSizeFor(m_preferences.pageSize));
    else if (format == QLatin1String("html"))
        ok = writeFileAtomically(path, renderStandaloneHtml(pm, options), &error);
    else if (format == QLatin1String("json"))
        ok = writeFileAtomically(path, postmortemToJsonText(pm), &error);
    else
        ok = exportMarkdown(pm, path, &error); // with the chart in <name>.assets/
    QApplication::restoreOverrideCursor();
    if (!ok) {
        showError(tr("Export failed"), error);
        return;
    }
    statusBar()->showMessage(tr("Exported %1").arg(path), 4000);
}

void MainWindow::exportSlides()
{
    QString base = m_document->filePath();
    if (base.isEmpty())
        base = m_document->suggestedPath();
    if (base.isEmpty())
        base = QDir(dialogDirectory()).filePath(QStringLiteral("postmortem.md"));
    const QFileInfo info(base);
    QString stem = info.completeBaseName();
    if (stem.endsWith(QLatin1String(".postmortem")))
        stem.chop(11);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Slides"),
        info.absoluteDir().filePath(stem + QStringLiteral("-slides.pdf")), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // In the theme chosen for presenting (View > Dark Slides): what you show is what you send.
    const bool ok
        = exportSlidesPdf(m_document->postmortem(), path, &error, m_presentation->theme());
    QApplication::restoreOverrideCursor();
    if (!ok) {
        showError(tr("Export failed"), error);
        return;
    }
    statusBar()->showMessage(tr("Exported %1").arg(path), 4000);
}

void MainWindow::offerRecovery()
{
    for (const RecoveryCopy &copy : findOrphanedRecoveryCopies()) {
        const QString name = !copy.originalPath.isEmpty() ? QFileInfo(copy.originalPath).fileName()
                             : !copy.title.isEmpty()      ? copy.title
                                                          : tr("an untitled postmortem");
        QMessageBox box(
            QMessageBox::Question, tr("Restore unsaved changes?"),
            tr("Hindsight ended without saving “%1”. An autosaved copy from %2 is "
               "available.")
                .arg(name, QLocale().toString(copy.savedAt.toLocalTime(), QLocale::LongFormat)),
            QMessageBox::NoButton, this);
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(tr("Restore opens the copy as an unsaved document; your file "
                                  "stays as it is until you save."));
        QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        box.addButton(tr("&Not Now"), QMessageBox::RejectRole);
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

bool MainWindow::restoreRecoveryCopy(const RecoveryCopy &copy)
{
    if (!maybeSave())
        return false;
    const LoadResult r = loadPostmortemFile(copy.copyPath);
    if (!r.ok) {
        showError(tr("Cannot restore the autosaved copy"), r.error);
        return false;
    }
    m_document->restoreUnsaved(r.postmortem, copy.originalPath, copy.suggestedPath);
    discardRecoveryCopy(copy);
    m_autosaver->saveNow(); // this process's own copy takes over at once
    const QString base = !copy.originalPath.isEmpty()    ? copy.originalPath
                         : !copy.suggestedPath.isEmpty() ? copy.suggestedPath
                                                         : QString();
    m_preview->setBaseDirectory(base.isEmpty() ? QString() : QFileInfo(base).absolutePath());
    m_preview->renderNow();
    updateWindowTitle();
    statusBar()->showMessage(tr("Restored the autosaved copy. Save to keep it."));
    return true;
}

void MainWindow::insertDiagram()
{
    if (m_document->isReadOnly())
        return;
    // Where the link goes is decided now, while the text editor still has the focus.
    const std::optional<PostmortemForm::TextPosition> at = m_form->focusedTextPosition();
    LoadDiagram initial = loadDiagramPreset(LoadDiagramPreset::MisweightedPool);
    initial.id = uniqueDiagramId(m_document->postmortem().diagrams);
    auto *dialog = new LoadDiagramEditor(initial, true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, at] {
        LoadDiagram d = dialog->diagram();
        m_document->edit(tr("Insert diagram"), [&](Postmortem &pm) {
            if (findDiagram(pm.diagrams, d.id) || !isValidDiagramId(d.id))
                d.id = uniqueDiagramId(pm.diagrams);
            pm.diagrams.append(d);
            QString *text = at ? at->field(pm) : nullptr;
            const int position = text ? at->position : -1;
            if (!text)
                text = &pm.rootCause;
            const QString alt = d.title.isEmpty() ? tr("Load distribution") : d.title;
            *text = insertParagraph(*text, position, diagramLink(d.id, alt));
        });
    });
    dialog->open();
}

void MainWindow::editDiagram(const QString &id)
{
    const LoadDiagram *existing = findDiagram(m_document->postmortem().diagrams, id);
    if (!existing || m_document->isReadOnly())
        return;
    auto *dialog = new LoadDiagramEditor(*existing, false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const LoadDiagram d = dialog->diagram();
        m_document->edit(tr("Edit diagram"), [&](Postmortem &pm) {
            for (LoadDiagram &old : pm.diagrams)
                if (old.id == id)
                    old = d;
        });
    });
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave()) {
        m_autosaver->discard(); // a clean close leaves no recovery copy
        writeSettings();
        event->accept();
    } else {
        event->ignore();
    }
}

bool MainWindow::openStartupDocument()
{
    if (m_preferences.reopenLast) {
        const QStringList recent = recentFiles();
        if (!recent.isEmpty() && QFileInfo(recent.first()).isFile() && openFile(recent.first()))
            return true;
    }
    openSample();
    return false;
}

QStringList MainWindow::recentFiles()
{
    return QSettings().value(SettingsKey::RecentFiles).toStringList();
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    settings.setValue(SettingsKey::RecentFiles,
                      withRecentFile(settings.value(SettingsKey::RecentFiles).toStringList(), path,
                                     kMaxRecentFiles));
}

void MainWindow::updateRecentMenu()
{
    // Called while one of the menu's own actions may be running: delete them later.
    for (QAction *a : m_recentMenu->actions()) {
        m_recentMenu->removeAction(a);
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
        QAction *a = m_recentMenu->addAction(text, this, [this, path] { openFile(path); });
        a->setData(path);
        a->setStatusTip(QDir::toNativeSeparators(path));
        a->setToolTip(QDir::toNativeSeparators(path));
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        QAction *clear = m_recentMenu->addAction(tr("&Clear Menu"), this, [this] {
            QSettings().remove(SettingsKey::RecentFiles);
            updateRecentMenu();
        });
        clear->setObjectName(QStringLiteral("clearRecentAction"));
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

bool MainWindow::printDocument(QPrinter &printer, QString *error, bool keepPrinterPageSize)
{
    const Postmortem &pm = m_document->postmortem();
    if (!keepPrinterPageSize)
        printer.setPageSize(pageSizeFor(m_preferences.pageSize));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setFullPage(true); // the margins are the PDF layout's own
    if (printer.docName().isEmpty())
        printer.setDocName(displayTitle(pm));
    printer.setCreator(QStringLiteral("Hindsight %1").arg(QApplication::applicationVersion()));
    HtmlOptions options;
    if (!m_document->filePath().isEmpty())
        options.baseDirectory = QFileInfo(m_document->filePath()).absolutePath();
    return paintPostmortemPages(pm, printer, error, options);
}

void MainWindow::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(pageSizeFor(m_preferences.pageSize));
    printer.setDocName(displayTitle(m_document->postmortem()));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Postmortem"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = printDocument(printer, &error, true);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        showError(tr("Cannot print"), error);
        return;
    }
    statusBar()->showMessage(tr("Sent to %1")
                                 .arg(printer.printerName().isEmpty() ? printer.outputFileName()
                                                                      : printer.printerName()),
                             4000);
}

void MainWindow::applyPreferences(const Preferences &p)
{
    m_preferences = p;
    applyApplicationTheme(p.theme);
    const bool custom = !p.previewFont.isEmpty();
    const QFont previewFont = fontFromString(p.previewFont, QFont());
    m_preview->setAppearance(isDarkTheme(p.theme), custom ? previewFont.family() : QString(),
                             custom ? previewFont.pointSizeF() : 0);
    // An empty QFont resolves nothing: the form inherits the application font again.
    m_form->setFont(p.editorFont.isEmpty() ? QFont() : fontFromString(p.editorFont, QFont()));
    m_autosaver->setIntervalSeconds(p.autosaveSeconds);
}

void MainWindow::showPreferences()
{
    QList<std::pair<QString, QString>> choices;
    for (const PostmortemTemplate &t : templates())
        choices.append({t.id, t.name});
    PreferencesDialog dialog(m_preferences, choices, this);
    connect(&dialog, &PreferencesDialog::applied, this, &MainWindow::applyPreferences);
    dialog.exec();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(this, this);
    dialog.exec();
}

void MainWindow::toggleFocusPreview()
{
    if (m_preview->hasFocus()) {
        m_form->focusCurrentTab();
        return;
    }
    if (!m_preview->isVisible()) {
        if (auto *show = findChild<QAction *>(QStringLiteral("showPreviewAction")))
            show->setChecked(true);
    }
    m_preview->setFocus(Qt::ShortcutFocusReason);
}

QString MainWindow::droppableFile(const QMimeData *data)
{
    if (!data || !data->hasUrls() || data->urls().size() != 1)
        return QString();
    const QUrl url = data->urls().constFirst();
    if (!url.isLocalFile())
        return QString();
    const QFileInfo info(url.toLocalFile());
    static const QStringList suffixes{QStringLiteral("md"), QStringLiteral("markdown"),
                                      QStringLiteral("txt")};
    if (!info.isFile() || !suffixes.contains(info.suffix(), Qt::CaseInsensitive))
        return QString();
    return info.absoluteFilePath();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppableFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppableFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drag has ended: opening may ask about unsaved changes in a modal box.
    QTimer::singleShot(0, this, [this, path] { openFile(path); });
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type == QEvent::DragEnter || type == QEvent::DragMove || type == QEvent::Drop) {
        auto *widget = qobject_cast<QWidget *>(watched);
        auto *drop = static_cast<QDropEvent *>(event);
        if (widget && widget != this && widget->window() == this
            && !droppableFile(drop->mimeData()).isEmpty()) {
            if (type == QEvent::Drop)
                dropEvent(drop);
            else
                drop->acceptProposedAction();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace Hindsight
