// `hindsight library …` run as a real process on the example library and on a temp folder.
#include "clirun.h"
#include "libraryfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace HindsightTest;
using namespace LibraryFixture;

namespace {

const QString kExamples = QStringLiteral(HINDSIGHT_SOURCE_DIR "/resources/examples/library");

QStringList lib(const QStringList &args)
{
    return QStringList{QStringLiteral("library")} + args;
}

} // namespace

class TestLibraryCommand : public QObject
{
    Q_OBJECT
    QTemporaryDir m_cache;

private Q_SLOTS:
    void initTestCase()
    {
        // The index lives in the cache folder: a fresh one for these tests.
        QVERIFY(m_cache.isValid());
        qputenv("XDG_CACHE_HOME", m_cache.path().toUtf8());
    }

    void indexReportsWhatItDid()
    {
        Run r = runHindsight(lib({QStringLiteral("index"), kExamples, QStringLiteral("--format"),
                                  QStringLiteral("json")}));
        QCOMPARE(r.exitCode, 0);
        QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o[QStringLiteral("postmortems")].toInt(), 17);
        QCOMPARE(o[QStringLiteral("added")].toInt(), 17);
        QVERIFY(o[QStringLiteral("database")].toString().startsWith(m_cache.path()));
        // Second run: nothing re-read.
        r = runHindsight(lib({QStringLiteral("index"), kExamples, QStringLiteral("--format"),
                              QStringLiteral("json")}));
        o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o[QStringLiteral("added")].toInt(), 0);
        QCOMPARE(o[QStringLiteral("unchanged")].toInt(), 17);
        QVERIFY(o[QStringLiteral("notIndexed")].toArray().isEmpty());
    }

    void brokenFilesAreListedNotFatal()
    {
        QTemporaryDir dir;
        QVERIFY(
            save(dir.filePath(QStringLiteral("ok.md")),
                 incident(QStringLiteral("Fine"),
                          QDateTime(QDate(2024, 1, 1), QTime(1, 0), Qt::UTC), 1, 2, 3, {}, {})));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("notes.txt")), "shopping list: milk\n"));
        const Run r = runHindsight(lib({QStringLiteral("index"), dir.path()}));
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral("1 postmortems indexed")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("notes.txt: ")), qPrintable(out));
    }

    void searchRanksWithSnippets()
    {
        const Run r = runHindsight(
            lib({QStringLiteral("search"), kExamples, QStringLiteral("certificate expired"),
                 QStringLiteral("--format"), QStringLiteral("json")}));
        QCOMPARE(r.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(r.out).array();
        QVERIFY(hits.size() >= 2);
        double previous = -1e9;
        for (const QJsonValue &h : hits) {
            const double score = h[QStringLiteral("score")].toDouble();
            QVERIFY(score >= previous); // bm25: more negative is better, best first
            previous = score;
            QVERIFY(h[QStringLiteral("snippet")].toString().contains(QStringLiteral("«")));
        }
        const Run text = runHindsight(
            lib({QStringLiteral("search"), kExamples, QStringLiteral("replication slot")}));
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("2025-05-30-postgres-disk.md"), text.out.constData());
        QVERIFY(text.out.contains("[slot]"));
    }

    void statsHaveNAndWarnings()
    {
        const Run r = runHindsight(lib({QStringLiteral("stats"), kExamples,
                                        QStringLiteral("--format"), QStringLiteral("json")}));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o[QStringLiteral("incidents")].toInt(), 17);
        const QJsonObject ttr
            = o[QStringLiteral("all")][QStringLiteral("timeToResolve")].toObject();
        QCOMPARE(ttr[QStringLiteral("n")].toInt(), 17);
        QVERIFY(ttr[QStringLiteral("warning")].isNull());
        QVERIFY(ttr[QStringLiteral("medianMinutes")].isDouble());
        // Every quarter has fewer than 10 incidents: every figure warns.
        for (const QJsonValue &q : o[QStringLiteral("perQuarter")].toArray())
            QVERIFY(q[QStringLiteral("timeToDetect")][QStringLiteral("warning")].isString());
        QVERIFY(o[QStringLiteral("perMonth")].toArray().size() >= 22);
        const Run text = runHindsight(lib({QStringLiteral("stats"), kExamples}));
        QVERIFY(text.out.contains("Per service"));
        QVERIFY(text.out.contains("n < 10"));
    }

    void actionsExportCsvIcsJson()
    {
        const QStringList base = {QStringLiteral("actions"), kExamples, QStringLiteral("--today"),
                                  QStringLiteral("2026-12-02")};
        Run r
            = runHindsight(lib(base
                               + QStringList{QStringLiteral("--overdue"),
                                             QStringLiteral("--format"), QStringLiteral("json")}));
        QCOMPARE(r.exitCode, 0);
        const QJsonArray overdue = QJsonDocument::fromJson(r.out).array();
        QVERIFY(overdue.size() >= 5);
        for (const QJsonValue &a : overdue)
            QVERIFY(a[QStringLiteral("overdue")].toBool());
        r = runHindsight(lib(base));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("postmortem,file,action item,"));
        QTemporaryDir dir;
        const QString ics = dir.filePath(QStringLiteral("a.ics"));
        r = runHindsight(lib(base
                             + QStringList{QStringLiteral("--format"), QStringLiteral("ics"),
                                           QStringLiteral("-o"), ics}));
        QCOMPARE(r.exitCode, 0);
        QFile f(ics);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        QVERIFY(data.count("BEGIN:VTODO") >= 30);
        QVERIFY(data.contains("DUE;VALUE=DATE:2025"));
    }

    void jsonExportCarriesServicesAndTags()
    {
        const Run r = runHindsight({QStringLiteral("convert"),
                                    kExamples + QStringLiteral("/2025/2025-05-30-postgres-disk.md"),
                                    QStringLiteral("--to"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o[QStringLiteral("services")].toArray().size(), 3);
        QCOMPARE(o[QStringLiteral("tags")].toArray().first().toString(),
                 QStringLiteral("capacity"));
    }

    void reportHasStatisticsAndDefinitions()
    {
        Run r = runHindsight(
            lib({QStringLiteral("report"), kExamples, QStringLiteral("--to"),
                 QStringLiteral("html"), QStringLiteral("--today"), QStringLiteral("2026-12-02")}));
        QCOMPARE(r.exitCode, 0);
        const QString html = QString::fromUtf8(r.out);
        QVERIFY(html.contains(QStringLiteral("17 incidents, as of 2026-12-02")));
        QVERIFY(html.contains(QStringLiteral("(n=17)")));
        QVERIFY(html.contains(QStringLiteral("page-break-before: always\">Definitions")));
        QVERIFY(html.contains(QStringLiteral("Capacity review of the search cluster")));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        r = runHindsight(lib({QStringLiteral("report"), kExamples, QStringLiteral("--to"),
                              QStringLiteral("pdf"), QStringLiteral("-o"), pdf}));
        QCOMPARE(r.exitCode, 0);
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QVERIFY(f.size() > 10000);
        // PDF without -o is a usage error.
        QCOMPARE(runHindsight(lib({QStringLiteral("report"), kExamples, QStringLiteral("--to"),
                                   QStringLiteral("pdf")}))
                     .exitCode,
                 2);
    }

    void exitCodes()
    {
        QCOMPARE(
            runHindsight(lib({QStringLiteral("stats"), QStringLiteral("/nonexistent/x")})).exitCode,
            1);
        QCOMPARE(runHindsight(lib({QStringLiteral("stats")})).exitCode, 2);
        QCOMPARE(runHindsight(lib({QStringLiteral("frobnicate"), kExamples})).exitCode, 2);
        QCOMPARE(runHindsight(lib({QStringLiteral("stats"), kExamples, QStringLiteral("--format"),
                                   QStringLiteral("xml")}))
                     .exitCode,
                 2);
        const Run r = runHindsight(lib({QStringLiteral("actions"), kExamples, QStringLiteral("-o"),
                                        QStringLiteral("/nonexistent/dir/out.csv")}));
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.err.count('\n'), 1);
    }
};

QTEST_GUILESS_MAIN(TestLibraryCommand)
#include "tst_librarycommand.moc"
