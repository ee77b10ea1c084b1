// hindsight-import-bench: how fast the importer reads foreign postmortems.
//
//   hindsight-import-bench [--passes N] [--sizes 1000,10000,60000] [--runs R]
//
// 1. Throughput: every corpus document (HINDSIGHT_CORPUS_DIR/corpus, or the environment
//    variable of that name; read into memory and decoded first, so no disk time is counted) is
//    imported N times over (default 20 passes); prints documents per second.
// 2. Growth: generated postmortems of 1,000, 10,000 and 60,000 lines, each imported R times
//    (default 3): "mixed" (a summary, impact, a timeline of one timed entry a line, action
//    items, root cause prose and an appendix of log lines, in the same proportions at every
//    size), "log appendix " (a short postmortem and then pasted log lines), "long entry" (a
//    timeline entry written as a heading whose body runs to the end) and "many sections" (a
//    heading of its own every four lines). Prints the median
//    seconds and the seconds per 1,000 lines, which stay about the same when the time grows
//    linearly with the size.
//
// Times are wall-clock (std::chrono::steady_clock) and this process's CPU time
// (CLOCK_PROCESS_CPUTIME_ID), which a busy machine stretches less. Not run by ctest.
#include "../corpus.h"
#include "core/importer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <utility>

using namespace Hindsight;

namespace {

double nowSeconds()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

/// CPU time of this process (seconds): what the work costs when other processes share the
/// cores and stretch the wall-clock time.
double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

/// A hand-written postmortem of about `lines` lines (UTC times, one incident).
QString generatedPostmortem(int lines)
{
    QString s;
    s += QStringLiteral("# Checkout latency incident\n\n");
    s += QStringLiteral("**Date:** 2026-03-14\n**Severity:** SEV-2\n**Authors:** the payments "
                        "team\n\n## Summary\n\nRequests to the checkout service slowed down "
                        "after a configuration change and some payments timed out.\n\n");
    s += QStringLiteral("## Impact\n\nAbout 12% of checkout requests failed for 47 minutes.\n\n");
    const int timelineLines = lines * 4 / 10;
    const int actionLines = lines / 10;
    const int proseLines = lines * 2 / 10;
    const int logLines = lines - timelineLines - actionLines - proseLines - 20;
    s += QStringLiteral("## Timeline\n\n");
    for (int k = 0; k < timelineLines; ++k) {
        const int minute = k % (24 * 60);
        const QString what = k % 5 == 0   ? QStringLiteral("Alert fired for checkout latency")
                             : k % 5 == 1 ? QStringLiteral("On-call engineer acknowledged the page")
                             : k % 5 == 2 ? QStringLiteral("Rolled back the configuration change")
                             : k % 5 == 3 ? QStringLiteral("Error rate back to normal")
                                          : QStringLiteral("Posted an update on the status page");
        s += QStringLiteral("- %1:%2 UTC %3 (step %4)\n")
                 .arg(minute / 60, 2, 10, QLatin1Char('0'))
                 .arg(minute % 60, 2, 10, QLatin1Char('0'))
                 .arg(what)
                 .arg(k);
    }
    s += QStringLiteral("\n## Root cause\n\n");
    for (int k = 0; k < proseLines; ++k)
        s += QStringLiteral("The connection pool of service %1 was sized for the old traffic, "
                            "so requests queued behind it and timed out.%2\n")
                 .arg(k % 37)
                 .arg(k % 8 == 7 ? QStringLiteral("\n") : QString());
    s += QStringLiteral("\n## Action items\n\n");
    for (int k = 0; k < actionLines; ++k)
        s += QStringLiteral("- [ ] Add an alert on pool saturation for service %1 (owner: team "
                            "%2, due 2026-04-%3)\n")
                 .arg(k)
                 .arg(k % 9)
                 .arg(1 + k % 28, 2, 10, QLatin1Char('0'));
    s += QStringLiteral("\n## Appendix: logs\n\n");
    for (int k = 0; k < logLines; ++k)
        s += QStringLiteral("Node %1 logged a slow request, line %2.\n").arg(k % 97).arg(k);
    return s;
}

/// A short hand-written postmortem followed by an appendix of `lines` pasted log lines: the
/// usual way a file gets that long.
QString postmortemWithLog(int lines)
{
    QString s = QStringLiteral("# Checkout latency incident\n\n## Summary\n\nPayments timed out "
                               "for 47 minutes after a configuration change.\n\n## Timeline\n\n"
                               "- 10:02 UTC Alert fired\n- 10:49 UTC Rolled back the change\n\n"
                               "## Appendix: logs\n\n");
    for (int k = 0; k < lines - 12; ++k)
        s += QStringLiteral("Node %1 logged a slow request, line %2.\n").arg(k % 97).arg(k);
    return s;
}

/// A timeline of two entries written as headings ("### 10:02 UTC"), the first with a body of
/// about `lines` lines: an entry's body is read as its text, so this is the longest entry text
/// a file of that size can hold.
QString postmortemWithLongEntry(int lines)
{
    QString s = QStringLiteral("# Checkout latency incident\n\n## Timeline\n\n### 10:02 UTC\n\n");
    for (int k = 0; k < lines - 8; ++k)
        s += QStringLiteral("The on-call engineer checked node %1 and saw slow requests.\n")
                 .arg(k % 97);
    s += QStringLiteral("\n### 10:49 UTC\n\nRolled back the change.\n");
    return s;
}

/// A postmortem of `lines` / 4 sections, each a heading of its own and a paragraph: every
/// heading is a section the importer keeps, so this is the most sections such a file holds.
QString postmortemWithManySections(int lines)
{
    QString s = QStringLiteral("# Checkout latency incident\n\n");
    for (int k = 0; k < lines / 4; ++k)
        s += QStringLiteral("## Note %1\n\nThe team looked at shard %1 during the review.\n\n")
                 .arg(k);
    return s;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("passes"), QStringLiteral("Imports of the whole corpus."),
                      QStringLiteral("N"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("sizes"), QStringLiteral("Generated document sizes (lines)."),
                      QStringLiteral("LIST"), QStringLiteral("1000,10000,60000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Imports of each generated size."),
                      QStringLiteral("R"), QStringLiteral("3")});
    parser.process(app);
    const int passes = parser.value(QStringLiteral("passes")).toInt();
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());

    QList<QString> docs;
    const QDir dir(HindsightTest::corpusPath(QStringLiteral("corpus")));
    for (const QString &name : dir.entryList({QStringLiteral("*.md"), QStringLiteral("*.txt")},
                                             QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            docs.append(QString::fromUtf8(f.readAll()));
    }
    if (docs.isEmpty()) {
        std::fprintf(stderr, "no corpus documents in %s (set HINDSIGHT_CORPUS_DIR)\n",
                     qPrintable(dir.path()));
    } else {
        for (const QString &d : docs) // warm-up
            (void)importPostmortem(d);
        const double t0 = nowSeconds();
        const double c0 = cpuSeconds();
        for (int p = 0; p < passes; ++p)
            for (const QString &d : docs)
                (void)importPostmortem(d);
        const double elapsed = nowSeconds() - t0;
        const double cpu = cpuSeconds() - c0;
        const double n = double(passes) * double(docs.size());
        std::printf("corpus: %lld documents x %d passes in %.3f s: %.0f docs/s (%.3f ms/doc); "
                    "CPU %.3f s: %.0f docs/s\n",
                    qlonglong(docs.size()), passes, elapsed, n / elapsed, 1000 * elapsed / n, cpu,
                    n / cpu);
    }

    for (const QString &size : parser.value(QStringLiteral("sizes")).split(QLatin1Char(','))) {
        const int lines = size.toInt();
        if (lines < 100)
            continue;
        const std::pair<const char *, QString (*)(int)> shapes[] = {
            {"mixed        ", generatedPostmortem},
            {"log appendix ", postmortemWithLog},
            {"long entry   ", postmortemWithLongEntry},
            {"many sections", postmortemWithManySections},
        };
        for (const auto &[shape, generate] : shapes) {
            const QString text = generate(lines);
            QList<double> samples;
            QList<double> cpuSamples;
            for (int r = 0; r < runs; ++r) {
                const double t0 = nowSeconds();
                const double c0 = cpuSeconds();
                (void)importPostmortem(text);
                samples.append(nowSeconds() - t0);
                cpuSamples.append(cpuSeconds() - c0);
            }
            const double m = median(samples);
            const double c = median(cpuSamples);
            std::printf("%s %6d lines (%lld KB): median %.3f s (CPU %.3f s), %.2f ms per "
                        "1,000 lines (CPU %.2f)\n",
                        shape, int(text.count(QLatin1Char('\n'))), qlonglong(text.size() / 1024), m,
                        c, 1000 * m / (lines / 1000.0), 1000 * c / (lines / 1000.0));
            std::fflush(stdout);
        }
    }
    return 0;
}
