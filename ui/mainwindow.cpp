#include "ui/mainwindow.h"

#include "core/document.h"
#include "core/nativeformat.h"
#include "core/postmortemfile.h"
#include "render/exportformats.h"
#include "render/htmlrenderer.h"
#include "render/pdfexporter.h"
#include "render/slides.h"
#include "render/timelinechart.h"
#include "ui/autosaver.h"
#include "ui/diagramactions.h"
#include "ui/documentmanager.h"
#include "ui/editingactions.h"
#include "ui/guessmarks.h"
#include "ui/importreportpanel.h"
#include "ui/library/librarymenu.h"
#include "ui/postmortemform.h"
#include "ui/preferencesdialog.h"
#include "ui/presentation.h"
#include "ui/previewpane.h"
#include "ui/reviewpanel.h"
#include "ui/shortcutsdialog.h"
#include "ui/spellinghighlighter.h"
#include "ui/templateactions.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrinter>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>

namespace Hindsight {

namespace {
const QString kSampleResource = QStringLiteral(":/samples/sample-postmortem.md");

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
    // Words added to the dictionary or ignored: the spelling findings go at once.
    connect(SpellingNotifier::instance(), &SpellingNotifier::wordsAccepted, m_review,
            &ReviewPanel::checkNow);

    m_autosaver = new Autosaver(m_document, this);
    connect(m_autosaver, &Autosaver::failed, this, [this](const QString &reason) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(reason));
    });

    // Open, save, unsaved changes, the file changing on disk, recovery copies, recent files.
    m_files = new DocumentManager(m_document, this);
    connect(m_files, &DocumentManager::documentReplaced, this, [this](const QString &base) {
        m_preview->setBaseDirectory(base);
        m_preview->showNewDocument(); // a large one after the window's first paint
        updateWindowTitle();
    });
    connect(m_files, &DocumentManager::importReportChanged, this,
            [this](const QString &fileName, const ImportReport &report) {
                if (fileName.isEmpty())
                    m_importReport->hide();
                else
                    m_importReport->showReport(fileName, report);
                // Another document: its own marks (none unless it was imported).
                m_form->markGuesses(report);
            });
    // The marks go with the report they come from; a guess in it leads to its field.
    connect(m_importReport, &ImportReportPanel::dismissed, m_form->guessMarks(),
            qOverload<>(&GuessMarks::clear));
    connect(m_importReport, &ImportReportPanel::fieldActivated, m_form,
            [this](FieldId field) { m_form->showLocation({field}); });
    connect(m_files, &DocumentManager::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_files, &DocumentManager::recoveryRestored, m_autosaver, &Autosaver::saveNow);
    // New from Template, Switch Template, and the form's guidance for the document's template.
    m_templateActions = new TemplateActions(m_document, m_files, m_form, this);
    connect(m_templateActions, &TemplateActions::statusMessage, statusBar(),
            &QStatusBar::showMessage);

    createFileMenu();
    createEditAndInsertMenus();
    createViewAndHelpMenus();
    createStatusBar();
    readSettings();

    // A postmortem file dropped anywhere on the window opens, like File > Open.
    setAcceptDrops(true);
    qApp->installEventFilter(this);

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

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New"), this, &MainWindow::newDocument);
    newAction->setShortcut(QKeySequence::New);
    QAction *fromTemplate = file->addAction(tr("New from &Template…"), m_templateActions,
                                            &TemplateActions::chooseForNew);
    fromTemplate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    fromTemplate->setStatusTip(
        tr("Start a postmortem in the shape of the course, Google SRE, Atlassian or "
           "PagerDuty template, or your team's own"));
    QAction *openAction = file->addAction(tr("&Open…"), m_files, &DocumentManager::open);
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
    QAction *saveAction = file->addAction(tr("&Save"), m_files, &DocumentManager::save);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setObjectName(QStringLiteral("saveAction"));
    QAction *saveAsAction = file->addAction(tr("Save &As…"), m_files, &DocumentManager::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    // One entry per format of the registry (render/exportformats.h), the deck below them.
    for (const ExportFormat &format : exportFormats()) {
        if (!format.menuLabel)
            continue;
        QAction *action = exportMenu->addAction(exportMenuLabel(format), this,
                                                [this, id = format.id] { exportAs(id); });
        action->setObjectName(QStringLiteral("export-") + format.id);
        if (format.id == QLatin1String("pdf")) {
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
            action->setObjectName(QStringLiteral("exportPdfAction"));
        }
    }
    exportMenu->addAction(tr("&Slides PDF…"), this,
                          [this] { exportAs(QStringLiteral("slides-pdf")); });
    QAction *printAction = file->addAction(tr("&Print…"), this, &MainWindow::print);
    printAction->setObjectName(QStringLiteral("printAction"));
    printAction->setShortcut(QKeySequence::Print);
    printAction->setStatusTip(tr("Print the postmortem as the PDF export lays it out"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::createEditAndInsertMenus()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction")); // also in the editors' context menus
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys.append(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    // Cut, copy, paste, find and replace, the Format menu: ui/editingactions.h.
    m_editing = new EditingActions(m_document, m_files, m_form, m_preview, this);
    m_editing->addToEditMenu(edit);
    edit->addSeparator();
    QAction *switchAction = edit->addAction(tr("Switch &Template…"), m_templateActions,
                                            &TemplateActions::chooseForSwitch);
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
    (new DiagramActions(m_document, m_form, m_preview, this))->addToMenu(insert);
    m_editing->addFormatMenu(menuBar());
}

void MainWindow::createViewAndHelpMenus()
{
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
    statusBar()->addPermanentWidget(m_editing->wordCountLabel());
    statusBar()->addPermanentWidget(m_fileLabel);
    statusBar()->showMessage(tr("Ready"), 2000);
}

void MainWindow::readSettings()
{
    QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (geometry.isEmpty()) {
        // 1400x900, but never larger than the screen: a window wider than a 1280x800 screen
        // hid the right half of the preview.
        QSize size(1400, 900);
        if (const QScreen *s = screen())
            size = size.boundedTo(s->availableGeometry().size());
        resize(size);
    } else
        restoreGeometry(geometry);
    if (!m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        m_splitter->setSizes({700, 700});
    if (!restoreState(settings.value(QStringLiteral("window/docks")).toByteArray()))
        resizeDocks({m_reviewDock}, {160}, Qt::Vertical);
    m_files->setLastDirectory(settings.value(SettingsKey::LastDirectory).toString());
    applyPreferences(Preferences::load(&settings));
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/docks"), saveState());
    settings.setValue(SettingsKey::LastDirectory, m_files->lastDirectory());
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
    Postmortem pm;
    pm.status = Status::Draft;
    pm.timezone = TimeZoneInfo{QStringLiteral("UTC"), 0};
    m_files->startNew(pm);
}

QList<PostmortemTemplate> MainWindow::templates(QStringList *problems)
{
    return m_templateActions->templates(problems);
}

bool MainWindow::newFromTemplate(const QString &id)
{
    return m_templateActions->newFromTemplate(id);
}

bool MainWindow::switchTemplate(const QString &id)
{
    return m_templateActions->switchTemplate(id);
}

bool MainWindow::openFile(const QString &path)
{
    return m_files->openFile(path);
}

void MainWindow::openSample()
{
    m_files->openSample();
}

void MainWindow::offerRecovery()
{
    m_files->offerRecovery();
}

bool MainWindow::restoreRecoveryCopy(const RecoveryCopy &copy)
{
    return m_files->restoreRecoveryCopy(copy);
}

QStringList MainWindow::recentFiles()
{
    return DocumentManager::recentFiles();
}

void MainWindow::addRecentFile(const QString &path)
{
    DocumentManager::addRecentFile(path);
}

QString MainWindow::dialogDirectory() const
{
    return m_files->dialogDirectory();
}

void MainWindow::exportAs(const QString &formatId)
{
    const ExportFormat *format = findExportFormat(formatId);
    if (!format)
        return;
    const QString base = !m_document->filePath().isEmpty() ? m_document->filePath()
                         : !m_document->suggestedPath().isEmpty()
                             ? m_document->suggestedPath()
                             : QDir(dialogDirectory()).filePath(QStringLiteral("postmortem.md"));
    const QString path = QFileDialog::getSaveFileName(
        this, format->needsFile ? tr("Export Slides") : tr("Export"),
        suggestedExportPath(base, *format), exportFileFilter(*format));
    if (path.isEmpty())
        return;
    ExportOptions options;
    options.html.baseDirectory = m_document->filePath().isEmpty()
                                     ? QString()
                                     : QFileInfo(m_document->filePath()).absolutePath();
    options.pageSize = pageSizeFor(m_preferences.pageSize);
    // The deck in the theme chosen for presenting (View > Dark Slides): what you show is what
    // you send.
    options.slideTheme = m_presentation->theme();
    options.html.language = m_preferences.documentDisplayLanguage();
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = writeExport(*format, m_document->postmortem(), path, options, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        showError(tr("Export failed"), error);
        return;
    }
    statusBar()->showMessage(tr("Exported %1").arg(path), 4000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_files->maybeSave()) {
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

void MainWindow::updateRecentMenu()
{
    m_files->fillRecentMenu(m_recentMenu);
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
    options.language = m_preferences.documentDisplayLanguage();
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
    m_preview->setDocumentLanguage(p.documentDisplayLanguage());
    m_presentation->setDocumentLanguage(p.documentDisplayLanguage());
    m_editing->setDocumentLanguage(p.documentDisplayLanguage());
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
    return DocumentManager::droppableFile(data);
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
