// The library window: the postmortems of a folder in a sortable, filterable table with
// full-text search, insights (charts and medians) and the action-item ledger.
#pragma once

#include "core/library/gitmetadata.h"
#include "core/library/libraryindex.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFileSystemWatcher;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTimer;

class QChartView;

namespace Hindsight {

class ActionLedgerModel;
class LibraryFilterModel;
class LibraryTableModel;

/// Opens the library at `folder`: reads what the index already knows at once, then updates it
/// in a worker thread (its own LibraryIndex and database connection) with a progress bar, and
/// again whenever a file or folder under it changes (QFileSystemWatcher, debounced). Enter or
/// a double-click on a postmortem (in the table, the search results or the ledger) emits
/// openRequested() with the file's absolute path; the main window opens it.
class LibraryWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// `databasePath` empty: the index in the cache folder (LibraryIndex::defaultDatabasePath).
    explicit LibraryWindow(const QString &folder, QWidget *parent = nullptr,
                           const QString &databasePath = {});
    ~LibraryWindow() override;

    QString folder() const { return m_folder; }
    /// The postmortems the window shows (as of the last index update).
    const QList<LibraryEntry> &entries() const;
    /// True while the worker thread updates the index.
    bool isIndexing() const;
    /// Writes the ledger's action items (all, overdue first) as "csv", "ics" or "json" to
    /// `path`. false with *error set when the file cannot be written.
    bool exportActions(const QString &path, const QString &format, QString *error);

public Q_SLOTS:
    /// Starts an index update now (or right after the running one).
    void reindex();

Q_SIGNALS:
    void openRequested(const QString &absolutePath);
    /// The index is up to date and the window shows it (after each update).
    void indexed(const Hindsight::UpdateSummary &summary);

private:
    QWidget *buildIncidentsTab();
    QWidget *buildFilterBar();
    QWidget *buildInsightsTab();
    QWidget *buildLedgerTab();
    void reload();
    void applyFilter();
    void runSearch();
    void refreshInsights();
    void refreshWatcher();
    void indexingFinished();
    void openRelative(const QString &relativePath);
    void chooseExport(const QString &format);

    QString m_folder;
    QString m_databasePath;
    std::unique_ptr<LibraryIndex> m_index; ///< the GUI thread's connection (reads)
    LibraryTableModel *m_model = nullptr;
    LibraryFilterModel *m_proxy = nullptr;
    ActionLedgerModel *m_ledger = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_results = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_service = nullptr;
    QComboBox *m_tag = nullptr;
    QCheckBox *m_openActions = nullptr;
    QCheckBox *m_dateRange = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QChartView *m_chart = nullptr;
    QTableWidget *m_statsTable = nullptr;
    QTableView *m_ledgerView = nullptr;
    QListWidget *m_broken = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_statusLabel = nullptr;
    QTimer *m_searchTimer = nullptr;
    QTimer *m_reindexTimer = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    /// What the worker thread brings back: the update and the files' git metadata.
    struct IndexResult
    {
        UpdateSummary summary;
        QHash<QString, GitFileInfo> git;
    };
    QFutureWatcher<IndexResult> m_future;
    std::atomic<bool> m_cancel{false};
    bool m_pending = false;
};

} // namespace Hindsight
