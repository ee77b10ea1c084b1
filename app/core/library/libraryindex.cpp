#include "core/library/libraryindex.h"

#include "core/nativeformat.h"
#include "core/postmortemfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>

namespace Hindsight {

namespace {

struct LibraryText
{
    Q_DECLARE_TR_FUNCTIONS(Hindsight::LibraryIndex)
};

const QStringList kSuffixes
    = {QStringLiteral("md"), QStringLiteral("markdown"), QStringLiteral("txt"),
       QStringLiteral("html"), QStringLiteral("htm")};

const char *const kSchema[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)",
    "CREATE TABLE files (id INTEGER PRIMARY KEY, path TEXT UNIQUE NOT NULL, size INTEGER, "
    "mtime INTEGER, hash TEXT, error TEXT, imported INTEGER, title TEXT, severity INTEGER, "
    "status TEXT, start_iso TEXT, start_date TEXT, start_utc INTEGER, services TEXT, tags TEXT, "
    "duration INTEGER, ttd INTEGER, ttm INTEGER, ttr INTEGER, actions_open INTEGER, "
    "actions_total INTEGER, root_cause TEXT)",
    "CREATE TABLE actions (file_id INTEGER NOT NULL, idx INTEGER NOT NULL, text TEXT, "
    "category TEXT, owner TEXT, due TEXT, done INTEGER)",
    "CREATE INDEX actions_file ON actions(file_id)",
    "CREATE VIRTUAL TABLE fts USING fts5(title, summary, impact, timeline, root_cause, "
    "resolution, actions, sections, tokenize = 'porter unicode61 remove_diacritics 2')",
};

/// A file found by the scan and what the index knew of it.
struct Candidate
{
    QString relative;
    QString absolute;
    qint64 size = 0;
    qint64 mtime = 0;
    qint64 id = 0; ///< 0: not in the index
    QString oldHash;
};

/// The result of reading one changed candidate (done in a worker thread).
struct Parsed
{
    Candidate file;
    QString hash;
    bool sameContent = false;
    LoadResult load;
};

Parsed readCandidate(const Candidate &c)
{
    Parsed p;
    p.file = c;
    QFile f(c.absolute);
    if (!f.open(QIODevice::ReadOnly)) {
        p.load.error = LibraryText::tr("cannot read %1: %2").arg(c.relative, f.errorString());
        return p;
    }
    const QByteArray data = f.size() > 64 * 1024 * 1024 ? QByteArray() : f.readAll();
    if (f.size() > 64 * 1024 * 1024) {
        p.load.error = LibraryText::tr("%1 is larger than 64 MiB").arg(c.relative);
        return p;
    }
    p.hash = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex());
    p.sameContent = !c.oldHash.isEmpty() && c.oldHash == p.hash;
    if (!p.sameContent)
        p.load = readPostmortemData(data, c.relative);
    return p;
}

QVariant optionalValue(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<qint64> optionalFromValue(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

QString listToJson(const QStringList &l)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(l)).toJson(QJsonDocument::Compact));
}

QStringList listFromJson(const QString &s)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(s.toUtf8()).array())
        out.append(v.toString());
    return out;
}

/// The FTS5 columns of a postmortem, in the table's order.
QStringList ftsColumns(const Postmortem &pm)
{
    QStringList timeline, actions, sections;
    for (const TimelineEvent &e : pm.timeline) {
        timeline.append(e.text);
        if (!e.detail.isEmpty())
            timeline.append(e.detail); // the log or output the event shows is searched too
    }
    for (const ActionItem &a : pm.actionItems)
        actions.append(a.text);
    for (const Section &s : pm.sections)
        sections.append(s.heading + QLatin1Char('\n') + s.text);
    const QString nl = QStringLiteral("\n");
    return {pm.title,     pm.summary,    pm.impact,        timeline.join(nl),
            pm.rootCause, pm.resolution, actions.join(nl), sections.join(nl)};
}

QSqlDatabase database(const QString &connection)
{
    return QSqlDatabase::database(connection, false);
}

bool exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

QList<Candidate> scanFolder(const QString &folder)
{
    QList<Candidate> out;
    const QDir root(folder);
    QDirIterator it(folder, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    // QDirIterator cannot prune; skip entries under hidden or .assets folders by path.
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (!info.isFile())
            continue;
        const QString rel = root.relativeFilePath(info.filePath());
        const QStringList parts = rel.split(QLatin1Char('/'));
        bool skip = false;
        for (qsizetype i = 0; i + 1 < parts.size() && !skip; ++i)
            skip = parts[i].startsWith(QLatin1Char('.'))
                   || parts[i].endsWith(QLatin1String(".assets"));
        if (skip || parts.last().startsWith(QLatin1Char('.'))
            || !kSuffixes.contains(info.suffix().toLower()))
            continue;
        out.append({rel, info.filePath(), info.size(), info.lastModified().toMSecsSinceEpoch(), 0,
                    QString()});
    }
    return out;
}

} // namespace

LibraryIndex::LibraryIndex(const QString &folder, const QString &databasePath)
    : m_folder(QFileInfo(folder).canonicalFilePath().isEmpty()
                   ? QDir::cleanPath(QFileInfo(folder).absoluteFilePath())
                   : QFileInfo(folder).canonicalFilePath())
    , m_databasePath(databasePath.isEmpty() ? defaultDatabasePath(folder) : databasePath)
{
    static std::atomic<int> counter{0};
    m_connection = QStringLiteral("hindsight-library-%1").arg(counter++);
}

LibraryIndex::~LibraryIndex()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = database(m_connection);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString LibraryIndex::defaultDatabasePath(const QString &folder)
{
    QString canonical = QFileInfo(folder).canonicalFilePath();
    if (canonical.isEmpty())
        canonical = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    const QByteArray key
        = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
           + QStringLiteral("/hindsight/library/") + QString::fromLatin1(key)
           + QStringLiteral(".sqlite");
}

bool LibraryIndex::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && database(m_connection).isOpen();
}

QString LibraryIndex::absolutePath(const QString &relativePath) const
{
    return QDir(m_folder).filePath(relativePath);
}

bool LibraryIndex::open(QString *error)
{
    if (!QFileInfo(m_folder).isDir()) {
        *error = LibraryText::tr("%1 is not a folder").arg(m_folder);
        return false;
    }
    if (!QDir().mkpath(QFileInfo(m_databasePath).absolutePath())) {
        *error = LibraryText::tr("cannot create the folder of %1").arg(m_databasePath);
        return false;
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        {
            QSqlDatabase db
                = QSqlDatabase::contains(m_connection)
                      ? database(m_connection)
                      : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
            db.setDatabaseName(m_databasePath);
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
                q.exec(QStringLiteral("PRAGMA busy_timeout=5000"));
                q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
                // A database of another schema (or no database at all) is rebuilt.
                int version = -1;
                if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema'"))
                    && q.next())
                    version = q.value(0).toInt();
                if (version == kSchemaVersion)
                    return true;
                // Another connection holding a lock is no reason to throw the index away.
                const QString why = q.lastError().databaseText();
                if (why.contains(QLatin1String("locked")) || why.contains(QLatin1String("busy"))) {
                    *error = LibraryText::tr("the library index is busy: %1").arg(why);
                    return false;
                }
                // A new, empty file gets the schema; a failure (not a database) rebuilds.
                if (version < 0 && db.tables().isEmpty() && createSchema(error))
                    return true;
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
        // Rebuild: the index is a cache, the files are the truth.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_databasePath + suffix);
    }
    *error = LibraryText::tr("cannot open the library index %1").arg(m_databasePath);
    return false;
}

bool LibraryIndex::createSchema(QString *error)
{
    QSqlDatabase db = database(m_connection);
    db.transaction();
    QSqlQuery q(db);
    for (const char *statement : kSchema) {
        if (!q.exec(QString::fromLatin1(statement))) {
            *error
                = LibraryText::tr("cannot create the library index: %1").arg(q.lastError().text());
            db.rollback();
            return false;
        }
    }
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema', ?), ('folder', ?)"));
    q.addBindValue(kSchemaVersion);
    q.addBindValue(m_folder);
    if (!exec(q, error)) {
        db.rollback();
        return false;
    }
    return db.commit();
}

namespace {

bool removeFile(QSqlDatabase &db, qint64 id, bool keepRow, QString *error)
{
    QSqlQuery q(db);
    const QStringList statements = {QStringLiteral("DELETE FROM actions WHERE file_id = ?"),
                                    QStringLiteral("DELETE FROM fts WHERE rowid = ?"),
                                    QStringLiteral("DELETE FROM files WHERE id = ?")};
    for (qsizetype i = 0; i < (keepRow ? 2 : 3); ++i) {
        q.prepare(statements[i]);
        q.addBindValue(id);
        if (!exec(q, error))
            return false;
    }
    return true;
}

/// Writes one parsed file (new or changed) into the index.
bool storeParsed(QSqlDatabase &db, const Parsed &p, QString *error)
{
    const Candidate &c = p.file;
    if (c.id && !removeFile(db, c.id, true, error))
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO files (id, path, size, mtime, hash, error, imported, title, "
        "severity, status, start_iso, start_date, start_utc, services, tags, duration, ttd, ttm, "
        "ttr, actions_open, actions_total, root_cause) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const bool ok = p.load.ok;
    const Postmortem &pm = p.load.postmortem;
    const IncidentMetrics m = ok ? computeMetrics(pm) : IncidentMetrics();
    int open = 0;
    for (const ActionItem &a : pm.actionItems)
        open += a.done ? 0 : 1;
    const QVariant nullInt{QMetaType(QMetaType::Int)};
    const QVariant nullText{QMetaType(QMetaType::QString)};
    q.addBindValue(c.id ? QVariant(c.id) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(c.relative);
    q.addBindValue(c.size);
    q.addBindValue(c.mtime);
    q.addBindValue(p.hash);
    q.addBindValue(ok ? nullText : QVariant(p.load.error));
    q.addBindValue(p.load.imported ? 1 : 0);
    q.addBindValue(pm.title);
    q.addBindValue(pm.severity ? QVariant(int(*pm.severity)) : nullInt);
    q.addBindValue(pm.status ? QVariant(statusName(*pm.status)) : nullText);
    q.addBindValue(momentToIso(pm.start));
    q.addBindValue(pm.start.date.isValid() ? QVariant(pm.start.date.toString(Qt::ISODate))
                                           : nullText);
    q.addBindValue(optionalValue(pm.start.minutesSinceEpoch()));
    q.addBindValue(listToJson(pm.services));
    q.addBindValue(listToJson(pm.tags));
    q.addBindValue(optionalValue(m.durationMinutes));
    q.addBindValue(optionalValue(m.timeToDetectMinutes));
    q.addBindValue(optionalValue(m.timeToMitigateMinutes));
    q.addBindValue(optionalValue(m.timeToResolveMinutes));
    q.addBindValue(open);
    q.addBindValue(int(pm.actionItems.size()));
    q.addBindValue(pm.rootCause);
    if (!exec(q, error))
        return false;
    if (!ok)
        return true;
    const qint64 id = c.id ? c.id : q.lastInsertId().toLongLong();
    QSqlQuery fts(db);
    fts.prepare(QStringLiteral("INSERT INTO fts (rowid, title, summary, impact, timeline, "
                               "root_cause, resolution, actions, sections) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    fts.addBindValue(id);
    for (const QString &column : ftsColumns(pm))
        fts.addBindValue(column);
    if (!exec(fts, error))
        return false;
    QSqlQuery action(db);
    action.prepare(QStringLiteral("INSERT INTO actions (file_id, idx, text, category, owner, "
                                  "due, done) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < pm.actionItems.size(); ++i) {
        const ActionItem &a = pm.actionItems[i];
        action.addBindValue(id);
        action.addBindValue(int(i));
        action.addBindValue(a.text);
        action.addBindValue(a.category);
        action.addBindValue(a.owner);
        action.addBindValue(a.due.isValid() ? QVariant(a.due.toString(Qt::ISODate)) : nullText);
        action.addBindValue(a.done ? 1 : 0);
        if (!exec(action, error))
            return false;
    }
    return true;
}

bool touchFile(QSqlDatabase &db, const Candidate &c, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE files SET size = ?, mtime = ? WHERE id = ?"));
    q.addBindValue(c.size);
    q.addBindValue(c.mtime);
    q.addBindValue(c.id);
    return exec(q, error);
}

/// cmark-gfm registers its extensions in a global without a lock: register them on this
/// thread before any worker parses.
void warmUpParser()
{
    static const bool done = [] {
        readPostmortemData(QByteArrayLiteral("---\nhindsight: 1\n---\n# T\n\n## Summary\n\nx\n"),
                           QStringLiteral("warm-up"));
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace

UpdateSummary LibraryIndex::update(const std::function<bool(int, int)> &progress, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    UpdateSummary summary;
    QSqlDatabase db = database(m_connection);
    QString localError;
    QString *err = error ? error : &localError;

    // What the index knows: path -> (id, size, mtime, hash).
    QHash<QString, Candidate> known;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, path, size, mtime, hash FROM files"));
        if (!exec(q, err))
            return summary;
        while (q.next())
            known.insert(q.value(1).toString(),
                         {q.value(1).toString(), QString(), q.value(2).toLongLong(),
                          q.value(3).toLongLong(), q.value(0).toLongLong(), q.value(4).toString()});
    }
    QList<Candidate> changed;
    const QList<Candidate> found = scanFolder(m_folder);
    summary.scanned = int(found.size());
    for (Candidate c : found) {
        const auto it = known.constFind(c.relative);
        if (it != known.cend()) {
            c.id = it->id;
            c.oldHash = it->oldHash;
            const bool same = it->size == c.size && it->mtime == c.mtime;
            known.erase(it);
            if (same) {
                ++summary.unchanged;
                continue;
            }
        }
        changed.append(c);
    }
    // Removed files.
    db.transaction();
    for (const Candidate &gone : std::as_const(known)) {
        if (!removeFile(db, gone.id, false, err)) {
            db.rollback();
            return summary;
        }
        ++summary.removed;
    }
    db.commit();

    warmUpParser();
    const int total = int(changed.size());
    const qsizetype batchSize = 256;
    for (qsizetype start = 0; start < changed.size(); start += batchSize) {
        const QList<Candidate> batch = changed.mid(start, batchSize);
        const QList<Parsed> parsed = QtConcurrent::blockingMapped(batch, readCandidate);
        db.transaction();
        for (const Parsed &p : parsed) {
            const bool ok = p.sameContent ? touchFile(db, p.file, err) : storeParsed(db, p, err);
            if (!ok) {
                db.rollback();
                return summary;
            }
            if (p.sameContent)
                ++summary.touched;
            else if (!p.load.ok)
                ++summary.broken;
            else if (p.file.id)
                ++summary.updated;
            else
                ++summary.added;
        }
        if (!db.commit()) {
            *err = db.lastError().text();
            return summary;
        }
        if (progress && !progress(int(start + batch.size()), total))
            break;
    }
    // Broken files that did not change are still broken: count them for the summary.
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM files WHERE error IS NOT NULL")) && q.next())
        summary.broken = q.value(0).toInt();
    summary.elapsedMs = timer.elapsed();
    return summary;
}

namespace {

const QString kEntryColumns = QStringLiteral(
    "id, path, title, severity, status, start_iso, start_utc, services, tags, duration, ttd, "
    "ttm, ttr, actions_open, actions_total, imported, root_cause");

LibraryEntry entryFromQuery(const QSqlQuery &q)
{
    LibraryEntry e;
    e.id = q.value(0).toLongLong();
    e.path = q.value(1).toString();
    e.title = q.value(2).toString();
    if (!q.value(3).isNull())
        e.severity = Severity(q.value(3).toInt());
    if (!q.value(4).isNull())
        e.status = statusFromName(q.value(4).toString());
    if (const auto m = momentFromIso(q.value(5).toString()))
        e.start = *m;
    e.startUtcMinutes = optionalFromValue(q.value(6));
    e.services = listFromJson(q.value(7).toString());
    e.tags = listFromJson(q.value(8).toString());
    e.metrics.durationMinutes = optionalFromValue(q.value(9));
    e.metrics.timeToDetectMinutes = optionalFromValue(q.value(10));
    e.metrics.timeToMitigateMinutes = optionalFromValue(q.value(11));
    e.metrics.timeToResolveMinutes = optionalFromValue(q.value(12));
    e.actionsOpen = q.value(13).toInt();
    e.actionsTotal = q.value(14).toInt();
    e.imported = q.value(15).toBool();
    e.rootCause = q.value(16).toString();
    return e;
}

} // namespace

QList<LibraryEntry> LibraryIndex::entries() const
{
    QList<LibraryEntry> out;
    QSqlQuery q(database(m_connection));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM files WHERE error IS NULL "
                               "ORDER BY start_utc IS NULL, start_utc, path")
                    .arg(kEntryColumns)))
        return out;
    while (q.next())
        out.append(entryFromQuery(q));
    return out;
}

std::optional<LibraryEntry> LibraryIndex::entry(const QString &relativePath) const
{
    QSqlQuery q(database(m_connection));
    q.prepare(
        QStringLiteral("SELECT %1 FROM files WHERE error IS NULL AND path = ?").arg(kEntryColumns));
    q.addBindValue(relativePath);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return entryFromQuery(q);
}

QList<BrokenFile> LibraryIndex::brokenFiles() const
{
    QList<BrokenFile> out;
    QSqlQuery q(database(m_connection));
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT path, error FROM files WHERE error IS NOT NULL ORDER BY path")))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

QList<LibraryAction> LibraryIndex::actionItems() const
{
    QList<LibraryAction> out;
    QSqlQuery q(database(m_connection));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT f.path, f.title, a.idx, a.text, a.category, a.owner, a.due, a.done "
            "FROM actions a JOIN files f ON f.id = a.file_id "
            "ORDER BY f.start_utc IS NULL, f.start_utc, f.path, a.idx")))
        return out;
    while (q.next()) {
        LibraryAction a;
        a.path = q.value(0).toString();
        a.postmortemTitle = q.value(1).toString();
        a.index = q.value(2).toInt();
        a.item.text = q.value(3).toString();
        a.item.category = q.value(4).toString();
        a.item.owner = q.value(5).toString();
        a.item.due = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        a.item.done = q.value(7).toBool();
        out.append(a);
    }
    return out;
}

namespace {

/// `query` as FTS5 terms: each word of it quoted, so punctuation is not syntax.
QString quotedTerms(const QString &query)
{
    static const QRegularExpression word(QStringLiteral("[\\w]+"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    auto it = word.globalMatch(query);
    while (it.hasNext())
        terms.append(QLatin1Char('"') + it.next().captured(0) + QLatin1Char('"'));
    return terms.join(QLatin1Char(' '));
}

} // namespace

QList<SearchHit> LibraryIndex::search(const QString &query, int limit, QString *error) const
{
    QList<SearchHit> out;
    if (query.trimmed().isEmpty())
        return out;
    const QString sql = QStringLiteral(
        "SELECT f.id, f.path, f.title, bm25(fts), snippet(fts, -1, char(2), char(3), '…', 16) "
        "FROM fts JOIN files f ON f.id = fts.rowid WHERE fts MATCH ? "
        "ORDER BY bm25(fts) LIMIT ?");
    for (const QString &match : {query, quotedTerms(query)}) {
        if (match.isEmpty())
            break;
        QSqlQuery q(database(m_connection));
        q.prepare(sql);
        q.addBindValue(match);
        q.addBindValue(limit);
        if (!q.exec()) {
            if (error)
                *error = q.lastError().databaseText();
            continue; // not valid FTS5: try the words alone
        }
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toDouble(), q.value(4).toString()});
        if (error)
            error->clear();
        return out;
    }
    return out;
}

} // namespace Hindsight
