#include "mainwindow.h"

#include "document.h"
#include "htmlrenderer.h"
#include "importreportpanel.h"
#include "jsonexport.h"
#include "markdownexport.h"
#include "nativeformat.h"
#include "pdfexporter.h"
#include "postmortemfile.h"
#include "postmortemform.h"
#include "previewpane.h"
#include "timelinechart.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>

namespace Hindsight {

namespace {
const QString kSampleResource = QStringLiteral(":/samples/sample-postmortem.md");
const QString kMarkdownFilter = QStringLiteral("Markdown (*.md *.markdown *.txt);;All files (*)");
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
    setCentralWidget(m_splitter);

    createActions();
    createStatusBar();
    readSettings();

    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateWindowTitle);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateWindowTitle);
    updateWindowTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New"), this, &MainWindow::newDocument);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open…"), this, &MainWindow::open);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setStatusTip(tr("Open a Hindsight file or import any Markdown postmortem"));
    file->addAction(tr("Open &Sample Postmortem"), this, &MainWindow::openSample);
    file->addSeparator();
    QAction *saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    QAction *pdf
        = exportMenu->addAction(tr("&PDF…"), this, [this] { exportAs(QStringLiteral("pdf")); });
    pdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportMenu->addAction(tr("&Markdown…"), this, [this] { exportAs(QStringLiteral("md")); });
    exportMenu->addAction(tr("&HTML…"), this, [this] { exportAs(QStringLiteral("html")); });
    exportMenu->addAction(tr("&JSON…"), this, [this] { exportAs(QStringLiteral("json")); });
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

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *showPreview = view->addAction(tr("Show &Preview"));
    showPreview->setCheckable(true);
    showPreview->setChecked(true);
    showPreview->setShortcut(QKeySequence(Qt::Key_F9));
    connect(showPreview, &QAction::toggled, m_preview, &QWidget::setVisible);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Hindsight"), this, [this] {
        QMessageBox::about(this, tr("About Hindsight"),
                           tr("<h3>Hindsight %1</h3><p>Write blameless incident postmortems: "
                              "timeline, impact, root cause, action items — and a document "
                              "ready for the review.</p>")
                               .arg(QApplication::applicationVersion()));
    });
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
    m_lastDirectory = settings.value(QStringLiteral("files/lastDirectory")).toString();
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("files/lastDirectory"), m_lastDirectory);
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

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Postmortem"),
                                                      dialogDirectory(), kMarkdownFilter);
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

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty() || m_document->isReadOnly())
        return saveAs();
    QString error;
    if (!m_document->saveAs(m_document->filePath(), &error)) {
        showError(tr("Cannot save"), error);
        return false;
    }
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
        = QFileDialog::getSaveFileName(this, tr("Save Postmortem"), suggested, kMarkdownFilter);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".md");
    QString error;
    if (!m_document->saveAs(path, &error)) {
        showError(tr("Cannot save"), error);
        return false;
    }
    m_lastDirectory = QFileInfo(path).absolutePath();
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
        ok = exportPdf(pm, path, &error, options);
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave()) {
        writeSettings();
        event->accept();
    } else {
        event->ignore();
    }
}

} // namespace Hindsight
