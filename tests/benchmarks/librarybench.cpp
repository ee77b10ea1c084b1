// hindsight-library-bench: the library index on N generated postmortems (README.md here).
//
//   build/tests/benchmarks/hindsight-library-bench [--sizes 1000,10000] [--queries 200]
//
// For each size: writes N postmortems (native format, varied words, services, tags, dates
// over two years, a few action items each) into a temporary folder, then times the first
// index into a fresh database, a re-index with nothing changed, a re-index after one file
// changed, and `--queries` searches (median and p95); reports the database size and the
// process's peak resident memory. Prints one JSON object.
#include "core/library/libraryindex.h"
#include "core/library/librarystats.h"
#include "core/nativeformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace Hindsight;

namespace {

const QStringList kWords
    = {QStringLiteral("database"),    QStringLiteral("replica"),   QStringLiteral("latency"),
       QStringLiteral("timeout"),     QStringLiteral("deploy"),    QStringLiteral("rollback"),
       QStringLiteral("certificate"), QStringLiteral("expired"),   QStringLiteral("queue"),
       QStringLiteral("consumer"),    QStringLiteral("cache"),     QStringLiteral("eviction"),
       QStringLiteral("disk"),        QStringLiteral("memory"),    QStringLiteral("leak"),
       QStringLiteral("config"),      QStringLiteral("push"),      QStringLiteral("region"),
       QStringLiteral("failover"),    QStringLiteral("dns"),       QStringLiteral("resolver"),
       QStringLiteral("load"),        QStringLiteral("balancer"),  QStringLiteral("weights"),
       QStringLiteral("customers"),   QStringLiteral("errors"),    QStringLiteral("checkout"),
       QStringLiteral("payments"),    QStringLiteral("throttled"), QStringLiteral("alert"),
       QStringLiteral("paged"),       QStringLiteral("engineer"),  QStringLiteral("investigated"),
       QStringLiteral("restarted"),   QStringLiteral("capacity"),  QStringLiteral("shard"),
       QStringLiteral("index"),       QStringLiteral("rebuild"),   QStringLiteral("lock"),
       QStringLiteral("migration"),   QStringLiteral("schema"),    QStringLiteral("backfill")};
const QStringList kServices
    = {QStringLiteral("checkout-api"),  QStringLiteral("payments"), QStringLiteral("search"),
       QStringLiteral("auth"),          QStringLiteral("dns"),      QStringLiteral("cdn"),
       QStringLiteral("postgres-main"), QStringLiteral("kafka"),    QStringLiteral("notifications"),
       QStringLiteral("mobile-api"),    QStringLiteral("billing"),  QStringLiteral("storage")};
const QStringList kTags
    = {QStringLiteral("config-change"), QStringLiteral("capacity"), QStringLiteral("dependency"),
       QStringLiteral("certificate"),   QStringLiteral("deploy"),   QStringLiteral("software-bug")};

QString words(QRandomGenerator &rng, int n)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out.append(kWords[rng.bounded(int(kWords.size()))]);
    QString s = out.join(QLatin1Char(' '));
    s[0] = s[0].toUpper();
    return s + QLatin1Char('.');
}

Postmortem generate(QRandomGenerator &rng, int i)
{
    Postmortem pm;
    pm.title = QStringLiteral("Incident %1: ").arg(i) + words(rng, 6);
    pm.severity = Severity(rng.bounded(1, 6));
    pm.status = Status::Final;
    pm.timezone = TimeZoneInfo{QStringLiteral("UTC"), 0};
    const QDateTime start = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC)
                                .addSecs(qint64(rng.bounded(730 * 24 * 60)) * 60);
    const auto moment = [](const QDateTime &t) {
        Moment m;
        m.date = t.date();
        m.time = t.time();
        m.utcOffsetMinutes = 0;
        return m;
    };
    pm.start = moment(start);
    int minutes = 0;
    const EventKind kinds[] = {EventKind::Detection, EventKind::Investigation,
                               EventKind::Escalation, EventKind::Mitigation, EventKind::Resolution};
    for (const EventKind kind : kinds) {
        minutes += rng.bounded(1, 90);
        pm.timeline.append({moment(start.addSecs(minutes * 60)), kind, words(rng, 12)});
    }
    pm.end = moment(start.addSecs(minutes * 60));
    pm.summary = words(rng, 40);
    pm.impact = words(rng, 25);
    pm.rootCause = words(rng, 60);
    pm.resolution = words(rng, 30);
    for (int a = 0; a < 3; ++a)
        pm.actionItems.append({words(rng, 8), QStringLiteral("task"), QStringLiteral("SRE"),
                               start.date().addDays(rng.bounded(7, 90)), rng.bounded(2) == 0});
    pm.sections.append({QStringLiteral("What went well"), words(rng, 30)});
    pm.services = {kServices[rng.bounded(int(kServices.size()))]};
    pm.tags = {kTags[rng.bounded(int(kTags.size()))]};
    return pm;
}

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

double percentileMs(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[qsizetype(double(v.size() - 1) * p)];
}

QJsonObject runSize(int n, int queries)
{
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("lib"));
    QRandomGenerator rng(42);
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < n; ++i) {
        const QString path = QStringLiteral("%1/%2/pm-%3.md").arg(lib).arg(i % 20).arg(i);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(writeNativeFormat(generate(rng, i))) < 0)
            qFatal("cannot write %s", qPrintable(path));
    }
    const qint64 generateMs = t.elapsed();
    const QString db = dir.filePath(QStringLiteral("index.sqlite"));
    LibraryIndex index(lib, db);
    QString error;
    if (!index.open(&error))
        qFatal("%s", qPrintable(error));

    t.restart();
    const UpdateSummary first = index.update({}, &error);
    const qint64 firstMs = t.elapsed();
    t.restart();
    const UpdateSummary none = index.update();
    const qint64 noChangeMs = t.elapsed();
    // One real change: a new title in one file.
    {
        const QString path = QStringLiteral("%1/7/pm-7.md").arg(lib);
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        QByteArray data = f.readAll().replace("Incident 7:", "Incident seven:");
        f.close();
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(data);
    }
    t.restart();
    const UpdateSummary one = index.update();
    const qint64 oneChangeMs = t.elapsed();

    QList<double> searchMs;
    QRandomGenerator qrng(7);
    int totalHits = 0;
    for (int q = 0; q < queries; ++q) {
        const QString query = kWords[qrng.bounded(int(kWords.size()))] + QLatin1Char(' ')
                              + kWords[qrng.bounded(int(kWords.size()))];
        QElapsedTimer s;
        s.start();
        totalHits += int(index.search(query, 20).size());
        searchMs.append(double(s.nsecsElapsed()) / 1e6);
    }
    t.restart();
    const LibraryStats stats = computeLibraryStats(index.entries());
    const qint64 statsMs = t.elapsed();
    qint64 dbBytes = QFileInfo(db).size() + QFileInfo(db + QStringLiteral("-wal")).size();
    return {{QStringLiteral("postmortems"), n},
            {QStringLiteral("generateMs"), double(generateMs)},
            {QStringLiteral("firstIndexMs"), double(firstMs)},
            {QStringLiteral("firstIndexAdded"), first.added},
            {QStringLiteral("reindexNoChangeMs"), double(noChangeMs)},
            {QStringLiteral("reindexNoChangeUnchanged"), none.unchanged},
            {QStringLiteral("reindexOneChangeMs"), double(oneChangeMs)},
            {QStringLiteral("reindexOneChangeUpdated"), one.updated},
            {QStringLiteral("searchMedianMs"), percentileMs(searchMs, 0.5)},
            {QStringLiteral("searchP95Ms"), percentileMs(searchMs, 0.95)},
            {QStringLiteral("searchHitsPerQuery"), double(totalHits) / std::max(1, queries)},
            {QStringLiteral("entriesAndStatsMs"), double(statsMs)},
            {QStringLiteral("statsIncidents"), stats.incidents},
            {QStringLiteral("databaseMiB"), double(dbBytes) / (1024.0 * 1024.0)},
            {QStringLiteral("peakRssMiB"), peakRssMiB()}};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<int> sizes{1000, 10000};
    int queries = 200;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--sizes")) {
            sizes.clear();
            for (const QString &s : args[i + 1].split(QLatin1Char(',')))
                sizes.append(s.toInt());
        } else if (args[i] == QLatin1String("--queries")) {
            queries = args[i + 1].toInt();
        }
    }
    QJsonArray runs;
    for (const int n : sizes)
        runs.append(runSize(n, queries));
    std::fputs(
        QJsonDocument(QJsonObject{{QStringLiteral("idealThreads"), QThread::idealThreadCount()},
                                  {QStringLiteral("runs"), runs}})
            .toJson(QJsonDocument::Indented)
            .constData(),
        stdout);
    return 0;
}
