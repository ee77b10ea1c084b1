// The library index: what is indexed, incremental updates, broken files, search.
#include "core/library/libraryindex.h"
#include "libraryfixture.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Hindsight;
using namespace LibraryFixture;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

/// A foreign postmortem the importer recognises (plain Markdown, no front matter).
const QByteArray kForeign = "# Queue backlog in the mailer\n\n"
                            "## Summary\n\nThe outbound mail queue stopped draining.\n\n"
                            "## Timeline\n\n- 2024-05-02 09:10 UTC: Alert fired on queue depth.\n"
                            "- 2024-05-02 09:40 UTC: Workers restarted, queue draining.\n\n"
                            "## Root cause\n\nA certificate on the relay expired.\n";

} // namespace

class TestLibraryIndex : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_lib;
    QString m_db;

    void buildLibrary()
    {
        m_lib = m_dir.filePath(QStringLiteral("lib"));
        m_db = m_dir.filePath(QStringLiteral("index.sqlite"));
        QVERIFY(save(m_lib + QStringLiteral("/2024/dns.md"),
                     incident(QStringLiteral("Resolver timeouts after a DNS change"),
                              utc(2024, 3, 4, 10, 0), 5, 20, 60, {QStringLiteral("dns")},
                              {QStringLiteral("config-change")})));
        Postmortem disk
            = incident(QStringLiteral("Disk full on the ledger database"), utc(2024, 4, 1, 8, 0),
                       15, 30, 120, {QStringLiteral("ledger-db")}, {QStringLiteral("capacity")});
        disk.actionItems.append({QStringLiteral("Alert at 80% disk"), QStringLiteral("task"),
                                 QStringLiteral("Ops"), QDate(2024, 4, 15), false});
        disk.actionItems.append({QStringLiteral("Grow the volume"), QStringLiteral("task"),
                                 QString(), QDate(2024, 4, 2), true});
        QVERIFY(save(m_lib + QStringLiteral("/2024/disk.md"), disk));
        QVERIFY(writeFile(m_lib + QStringLiteral("/imported/mailer.md"), kForeign));
        QVERIFY(writeFile(m_lib + QStringLiteral("/broken.md"), QByteArray("abc\0def", 7)));
        QVERIFY(writeFile(m_lib + QStringLiteral("/bad-front-matter.md"),
                          "---\nhindsight: 1\nauthors: [a, b\n---\n# T\n"));
        // Never candidates: hidden folders, .assets folders, other suffixes.
        QVERIFY(writeFile(m_lib + QStringLiteral("/.git/notes.md"), kForeign));
        QVERIFY(writeFile(m_lib + QStringLiteral("/2024/dns.assets/x.md"), kForeign));
        QVERIFY(writeFile(m_lib + QStringLiteral("/chart.png"), "PNG"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        buildLibrary();
    }

    void firstUpdateIndexesEveryPostmortem()
    {
        LibraryIndex index(m_lib, m_db);
        QString error;
        QVERIFY2(index.open(&error), qPrintable(error));
        const UpdateSummary s = index.update({}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(s.scanned, 5);
        QCOMPARE(s.added, 3);
        QCOMPARE(s.broken, 2);
        const QList<LibraryEntry> entries = index.entries();
        QCOMPARE(entries.size(), 3);
        // Ordered by start: DNS (March), disk (April), mailer (May).
        QCOMPARE(entries[0].path, QStringLiteral("2024/dns.md"));
        QCOMPARE(entries[0].services, QStringList{QStringLiteral("dns")});
        QCOMPARE(entries[0].tags, QStringList{QStringLiteral("config-change")});
        QCOMPARE(entries[0].metrics.timeToDetectMinutes, 5);
        QCOMPARE(entries[0].metrics.timeToResolveMinutes, 60);
        QCOMPARE(entries[0].severity, Severity::Sev2);
        QCOMPARE(entries[1].actionsOpen, 1);
        QCOMPARE(entries[1].actionsTotal, 2);
        QCOMPARE(entries[2].path, QStringLiteral("imported/mailer.md"));
        QVERIFY(entries[2].imported);
        QCOMPARE(entries[2].start.date, QDate(2024, 5, 2));
    }

    void brokenFilesAreListedWithTheirReason()
    {
        LibraryIndex index(m_lib, m_db);
        QString error;
        QVERIFY(index.open(&error));
        const QList<BrokenFile> broken = index.brokenFiles();
        QCOMPARE(broken.size(), 2);
        QCOMPARE(broken[0].path, QStringLiteral("bad-front-matter.md"));
        QVERIFY2(broken[0].reason.contains(QStringLiteral("front matter")),
                 qPrintable(broken[0].reason));
        QCOMPARE(broken[1].path, QStringLiteral("broken.md"));
        QVERIFY2(broken[1].reason.contains(QStringLiteral("binary")), qPrintable(broken[1].reason));
    }

    void searchRanksAndHighlights()
    {
        LibraryIndex index(m_lib, m_db);
        QString error;
        QVERIFY(index.open(&error));
        // Porter stemming: "certificates" finds "certificate".
        QList<SearchHit> hits = index.search(QStringLiteral("certificates"), 10, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].path, QStringLiteral("imported/mailer.md"));
        QVERIFY2(hits[0].snippet.contains(kHitOpen + QStringLiteral("certificate") + kHitClose),
                 qPrintable(hits[0].snippet));
        hits = index.search(QStringLiteral("disk"), 10, &error);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].title, QStringLiteral("Disk full on the ledger database"));
        // Action items are searched too.
        hits = index.search(QStringLiteral("volume"), 10, &error);
        QCOMPARE(hits.size(), 1);
        // Punctuation that is FTS5 syntax is searched as words.
        hits = index.search(QStringLiteral("ledger-database"), 10, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(hits.size(), 1);
        QVERIFY(index.search(QStringLiteral("   "), 10).isEmpty());
    }

    void incrementalUpdateRereadsOnlyWhatChanged()
    {
        LibraryIndex index(m_lib, m_db);
        QString error;
        QVERIFY(index.open(&error));
        UpdateSummary s = index.update({}, &error);
        QCOMPARE(s.unchanged, 5);
        QCOMPARE(s.added + s.updated + s.removed + s.touched, 0);

        // A real change to one file: its new title is found, the old is gone.
        const QString dns = m_lib + QStringLiteral("/2024/dns.md");
        Postmortem pm
            = incident(QStringLiteral("Resolver outage after a zone edit"), utc(2024, 3, 4, 10, 0),
                       5, 20, 90, {QStringLiteral("dns")}, {QStringLiteral("config-change")});
        QVERIFY(save(dns, pm));
        // Make sure the mtime differs even on a coarse file system.
        QFile f(dns);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(5),
                              QFileDevice::FileModificationTime));
        f.close();
        // Same bytes, new mtime: hashed, not parsed.
        QFile disk(m_lib + QStringLiteral("/2024/disk.md"));
        QVERIFY(disk.open(QIODevice::ReadWrite));
        QVERIFY(disk.setFileTime(QDateTime::currentDateTime().addSecs(7),
                                 QFileDevice::FileModificationTime));
        disk.close();
        s = index.update({}, &error);
        QCOMPARE(s.updated, 1);
        QCOMPARE(s.touched, 1);
        QCOMPARE(s.unchanged, 3);
        QCOMPARE(index.search(QStringLiteral("zone"), 10).size(), 1);
        QCOMPARE(index.search(QStringLiteral("timeouts"), 10).size(), 0);
        QCOMPARE(index.entry(QStringLiteral("2024/dns.md"))->metrics.timeToResolveMinutes, 90);

        // A removed file leaves the index, its action items too.
        QVERIFY(QFile::remove(m_lib + QStringLiteral("/imported/mailer.md")));
        s = index.update({}, &error);
        QCOMPARE(s.removed, 1);
        QCOMPARE(index.entries().size(), 2);
        QCOMPARE(index.search(QStringLiteral("certificate"), 10).size(), 0);

        // A broken file that is fixed is indexed.
        QVERIFY(
            save(m_lib + QStringLiteral("/broken.md"),
                 incident(QStringLiteral("Fixed file"), utc(2023, 1, 1, 0, 0), 1, 2, 3, {}, {})));
        s = index.update({}, &error);
        QCOMPARE(s.updated, 1);
        QCOMPARE(index.brokenFiles().size(), 1);
        QCOMPARE(index.entries().first().title, QStringLiteral("Fixed file"));
        QCOMPARE(index.actionItems().size(), 2);
    }

    void progressIsReportedAndCancels()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 300; ++i)
            QVERIFY(save(dir.filePath(QStringLiteral("pm-%1.md").arg(i)),
                         incident(QStringLiteral("Incident %1").arg(i), utc(2024, 1, 1, 0, 0), 1, 2,
                                  3, {}, {})));
        LibraryIndex index(dir.path(), dir.filePath(QStringLiteral("db.sqlite")));
        QString error;
        QVERIFY(index.open(&error));
        QList<int> reported;
        const UpdateSummary s = index.update([&](int done, int total) {
            reported.append(done);
            reported.append(total);
            return false; // cancel after the first batch
        });
        QCOMPARE(reported, (QList<int>{256, 300}));
        QCOMPARE(s.added, 256);
        QCOMPARE(index.update().added, 44); // the rest, next time
    }

    void otherSchemaOrGarbageIsRebuilt()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("db.sqlite"));
        QVERIFY(writeFile(db, QByteArray(4096, 'x'))); // not a database
        QString error;
        {
            LibraryIndex index(m_lib, db);
            QVERIFY2(index.open(&error), qPrintable(error));
            QCOMPARE(index.update().added, 3);
        }
        {
            QSqlDatabase raw
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(db);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = '999' WHERE key = 'schema'")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        LibraryIndex index(m_lib, db);
        QVERIFY2(index.open(&error), qPrintable(error));
        QCOMPARE(index.entries().size(), 0); // rebuilt empty
        QCOMPARE(index.update().added, 3);
    }

    void defaultDatabaseIsInTheCacheKeyedByCanonicalPath()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString a = LibraryIndex::defaultDatabasePath(m_lib);
        const QString b = LibraryIndex::defaultDatabasePath(m_lib + QStringLiteral("/2024/.."));
        QCOMPARE(a, b);
        QVERIFY(
            a.startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)));
        QVERIFY(a.endsWith(QStringLiteral(".sqlite")));
        QVERIFY(a != LibraryIndex::defaultDatabasePath(m_dir.path()));
    }

    void exampleLibraryIsCleanAndResavesToTheSameBytes()
    {
        const QString examples = QStringLiteral(HINDSIGHT_SOURCE_DIR "/resources/examples/library");
        QTemporaryDir dir;
        LibraryIndex index(examples, dir.filePath(QStringLiteral("db.sqlite")));
        QString error;
        QVERIFY(index.open(&error));
        const UpdateSummary s = index.update({}, &error);
        QVERIFY2(index.brokenFiles().isEmpty(),
                 qPrintable(index.brokenFiles().value(0).path + QLatin1Char(' ')
                            + index.brokenFiles().value(0).reason));
        QVERIFY(s.added >= 15);
        QStringList services, tags;
        for (const LibraryEntry &e : index.entries()) {
            QFile f(index.absolutePath(e.path));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            const NativeReadResult r = readNativeFormat(QString::fromUtf8(bytes));
            QVERIFY2(r.ok && r.warnings.isEmpty(), qPrintable(e.path));
            QCOMPARE(QString::fromUtf8(writeNativeFormat(r.postmortem)), QString::fromUtf8(bytes));
            QVERIFY2(e.metrics.timeToDetectMinutes && e.metrics.timeToResolveMinutes,
                     qPrintable(e.path));
            services += e.services;
            tags += e.tags;
        }
        services.removeDuplicates();
        tags.removeDuplicates();
        QVERIFY(services.size() >= 8);
        QVERIFY(tags.size() >= 6);
        // Several incidents share a root cause: certificates nobody watched.
        QVERIFY(index.search(QStringLiteral("certificate"), 50).size() >= 3);
    }

    void missingFolderIsAnError()
    {
        LibraryIndex index(m_dir.filePath(QStringLiteral("nope")), m_db);
        QString error;
        QVERIFY(!index.open(&error));
        QVERIFY(error.contains(QStringLiteral("not a folder")));
    }
};

QTEST_GUILESS_MAIN(TestLibraryIndex)
#include "tst_libraryindex.moc"
