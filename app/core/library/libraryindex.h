// The postmortem library: a folder of postmortems (usually a git repository) indexed into an
// SQLite database with full-text search. The files stay the truth; the index is a cache.
#pragma once

#include "core/metrics.h"
#include "core/postmortem.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Hindsight {

/// One postmortem of the library as the index holds it (what tables, filters and statistics
/// need; open the file for the whole document).
struct LibraryEntry
{
    qint64 id = 0; ///< row id in the index, stable while the file's path is unchanged
    QString path;  ///< relative to the library folder, '/' separators
    QString title;
    std::optional<Severity> severity;
    std::optional<Status> status;
    Moment start; ///< incident start as the document writes it (its own zone)
    /// Start in minutes since 1970-01-01T00:00 UTC (Moment::minutesSinceEpoch), or nullopt
    /// without a start date and time.
    std::optional<qint64> startUtcMinutes;
    QStringList services;
    QStringList tags;
    IncidentMetrics metrics; ///< computeMetrics() of the document, minutes
    int actionsOpen = 0;
    int actionsTotal = 0;
    bool imported = false; ///< read by the importer (not a Hindsight file)
    QString rootCause;     ///< Markdown, for related-incident terms
};

/// A file under the library folder that looked like a postmortem (by its name) but could not
/// be indexed, with the one-line reason loadPostmortemFile() gave.
struct BrokenFile
{
    QString path; ///< relative to the library folder
    QString reason;
};

/// One action item of a library postmortem (the action-item ledger).
struct LibraryAction
{
    QString path; ///< the postmortem's file, relative to the library folder
    QString postmortemTitle;
    int index = 0; ///< position in the postmortem's action items, from 0
    ActionItem item;
};

/// A full-text search result.
struct SearchHit
{
    qint64 id = 0;
    QString path;
    QString title;
    double score = 0; ///< SQLite FTS5 bm25(): lower (more negative) is more relevant
    /// Best matching fragment of text; the matched terms are enclosed in kHitOpen/kHitClose.
    QString snippet;
};

/// What one LibraryIndex::update() did.
struct UpdateSummary
{
    int scanned = 0;   ///< candidate files found under the folder
    int added = 0;     ///< new files read and indexed
    int updated = 0;   ///< changed files read again (content hash differed)
    int touched = 0;   ///< size or mtime changed but the content hash was the same
    int unchanged = 0; ///< same size and mtime: not read
    int removed = 0;   ///< in the index but gone from the folder
    int broken = 0;    ///< candidates that could not be indexed (listed by brokenFiles())
    qint64 elapsedMs = 0;
};

/// Marks around matched terms in SearchHit::snippet (control characters that never occur in
/// postmortem text): callers turn them into <b>…</b>, [ … ] or colour.
inline constexpr QChar kHitOpen = QChar(0x02);
inline constexpr QChar kHitClose = QChar(0x03);

/// The index of one library folder.
///
/// Database: SQLite through Qt SQL (QSQLITE), by default in the user's cache folder
/// (QStandardPaths::GenericCacheLocation, e.g. ~/.cache, so the GUI and the command line share
/// it) as hindsight/library/<SHA-1 of the folder's canonical path>.sqlite; any
/// other path can be given (tests, benchmarks). A database written with another schema version
/// (kSchemaVersion) or that is not a database at all is deleted and rebuilt by open().
/// Full-text search is FTS5 (porter stemming over unicode61) on title, summary, impact,
/// timeline events, root cause, resolution, action items and additional sections.
///
/// Threads: each LibraryIndex owns its own QSqlDatabase connection, which belongs to the
/// thread that called open(); use one LibraryIndex per thread (e.g. one updating in a worker
/// thread while the GUI's reads). The database is in WAL mode so readers see the last
/// committed state while an update runs.
///
/// Candidates: every *.md, *.markdown, *.txt, *.html and *.htm file under the folder, except
/// in hidden folders (".git") and "*.assets" folders. Each is read with readPostmortemData():
/// Hindsight files natively, others through the importer. A file that fails (unreadable,
/// binary, not a postmortem, malformed front matter) is listed with its reason and never stops
/// the update.
class LibraryIndex
{
public:
    /// 2: the timeline column also holds each event's detail (TimelineEvent::detail), so an
    /// index written before is rebuilt.
    static constexpr int kSchemaVersion = 2;

    /// `folder` is the library; `databasePath` empty means defaultDatabasePath(folder).
    explicit LibraryIndex(const QString &folder, const QString &databasePath = {});
    ~LibraryIndex();
    LibraryIndex(const LibraryIndex &) = delete;
    LibraryIndex &operator=(const LibraryIndex &) = delete;

    /// The cache database path for `folder` (see the class comment). Does not create it.
    static QString defaultDatabasePath(const QString &folder);

    /// Opens (creating or rebuilding when needed) the database. false with a one-line reason
    /// in *error when the folder does not exist or the database cannot be written.
    bool open(QString *error);
    bool isOpen() const;
    QString folder() const { return m_folder; }
    QString databasePath() const { return m_databasePath; }

    /// Brings the index up to date with the folder, incrementally: a file whose size and
    /// modification time match the index is not read; a changed one is read and hashed
    /// (SHA-1) and parsed again only when its content changed; files gone from the folder are
    /// removed. Changed files are parsed in parallel (QtConcurrent), written from this thread
    /// in transactions. `progress(done, total)` is called from this thread after each batch;
    /// returning false cancels (what was committed stays). Returns what was done; on a
    /// database error sets *error (when given) and stops.
    UpdateSummary update(const std::function<bool(int done, int total)> &progress = {},
                         QString *error = nullptr);

    /// Every indexed postmortem, ordered by incident start (unknown starts last), then path.
    QList<LibraryEntry> entries() const;
    /// One entry by path relative to the folder; nullopt when not indexed.
    std::optional<LibraryEntry> entry(const QString &relativePath) const;
    /// Files that could not be indexed, by path.
    QList<BrokenFile> brokenFiles() const;
    /// Every action item of every postmortem, by postmortem start then position.
    QList<LibraryAction> actionItems() const;

    /// Full-text search ranked by bm25 (best first), at most `limit` hits. `query` is FTS5
    /// syntax (words, "phrases", prefix*, AND/OR/NOT); text that is not valid FTS5 (e.g.
    /// "load-balancer") is searched as its words instead. Empty query: no hits.
    QList<SearchHit> search(const QString &query, int limit = 50, QString *error = nullptr) const;

    /// Absolute path of an entry's file.
    QString absolutePath(const QString &relativePath) const;

private:
    bool createSchema(QString *error);
    QString m_folder;
    QString m_databasePath;
    QString m_connection;
};

} // namespace Hindsight
