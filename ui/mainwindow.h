// The main window: the one place where Hindsight's objects are created and wired.
#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QSplitter;

namespace Hindsight {

class Document;
class ImportReportPanel;
class PostmortemForm;
class PreviewPane;

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

    Document *document() const { return m_document; }
    PostmortemForm *form() const { return m_form; }
    PreviewPane *preview() const { return m_preview; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createStatusBar();
    void readSettings();
    void writeSettings() const;
    /// Offers to save unsaved changes; false when the user cancels.
    bool maybeSave();
    bool save();
    bool saveAs();
    void newDocument();
    void open();
    void exportAs(const QString &format);
    void updateWindowTitle();
    void showError(const QString &title, const QString &message);
    QString dialogDirectory() const;

    Document *m_document;
    PostmortemForm *m_form;
    PreviewPane *m_preview;
    ImportReportPanel *m_importReport;
    QSplitter *m_splitter;
    QLabel *m_fileLabel = nullptr;
    QString m_lastDirectory;
};

} // namespace Hindsight
