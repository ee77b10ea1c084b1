// Hostile and broken input: each case ends in a clear message or a correct import, never a
// crash, a hang or a changed file; what the fuzzers found is replayed forever.
#include "core/importer.h"
#include "core/nativeformat.h"
#include "core/postmortemfile.h"
#include "render/htmlrenderer.h"
#include "render/standalonehtml.h"
#include "render/timelinechart.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Hindsight;

namespace {

QString writeTemp(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return {};
    return path;
}

/// Every text of the model, for "was this kept somewhere" checks.
QString allText(const Postmortem &pm)
{
    QString all = pm.title + pm.summary + pm.impact + pm.rootCause + pm.resolution;
    for (const TimelineEvent &e : pm.timeline)
        all += QLatin1Char('\n') + e.text;
    for (const ActionItem &a : pm.actionItems)
        all += QLatin1Char('\n') + a.text;
    for (const Section &s : pm.sections)
        all += QLatin1Char('\n') + s.heading + QLatin1Char('\n') + s.text;
    return all;
}

const QByteArray kSummary = "# Cache outage\n\n## Summary\n\nFrom 10:00 to 11:30 UTC the cache "
                            "failed and 40% of users saw errors.\n\n";

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    /// Inputs the fuzzers found (tests/fuzz/run-fuzzers.sh): each opens, and once saved
    /// reopens to the same bytes.
    void fuzzRegressions_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(HINDSIGHT_TEST_DATA "/fuzz-regressions"));
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
    void fuzzRegressions()
    {
        QFETCH(QString, path);
        // The importer's target feeds it any bytes, NUL and CR included.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Postmortem imported = importMarkdown(QString::fromUtf8(file.readAll()));
        const QByteArray importSaved = writeNativeFormat(imported);
        const NativeReadResult importReopened = readNativeFormat(QString::fromUtf8(importSaved));
        QVERIFY2(importReopened.ok, qPrintable(importReopened.error));
        QCOMPARE(writeNativeFormat(importReopened.postmortem), importSaved);

        // The file loader's target: what opens must save and reopen to the same bytes.
        const LoadResult r = loadPostmortemFile(path);
        if (!r.ok) {
            QVERIFY(!r.error.isEmpty() && !r.error.contains(QLatin1Char('\n')));
            return;
        }
        const QByteArray saved = writeNativeFormat(r.postmortem);
        const NativeReadResult reopened = readNativeFormat(QString::fromUtf8(saved));
        QVERIFY2(reopened.ok, qPrintable(reopened.error));
        QCOMPARE(reopened.postmortem, r.postmortem);
        QCOMPARE(writeNativeFormat(reopened.postmortem), saved);
    }

    void unclosedFenceInASectionStaysInThatSection()
    {
        Postmortem pm = importMarkdown(QString::fromUtf8(kSummary));
        pm.impact = QStringLiteral("Logs:\n\n```\nERROR pool exhausted");
        pm.rootCause = QStringLiteral("Pool too small.\n## Not a section\nSetext\n---");
        const QByteArray saved = writeNativeFormat(pm);
        const NativeReadResult r = readNativeFormat(QString::fromUtf8(saved));
        QVERIFY(r.ok);
        QCOMPARE(r.postmortem.impact, pm.impact);
        QCOMPARE(r.postmortem.rootCause, pm.rootCause);
        QCOMPARE(r.postmortem.sections, pm.sections);
    }

    void fiftyMegabytesImportWhole()
    {
        QTemporaryDir dir;
        QByteArray data = kSummary + "## Appendix\n\n";
        int lines = 0;
        while (data.size() < 50 * 1000 * 1000) {
            data += "Node " + QByteArray::number(lines % 97) + " logged a slow request, line "
                    + QByteArray::number(lines) + ".\n";
            ++lines;
        }
        const QString path = writeTemp(dir, QStringLiteral("big.md"), data);
        const LoadResult r = loadPostmortemFile(path);
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString all = allText(r.postmortem);
        QVERIFY(all.contains(QStringLiteral("line 0.")));
        QVERIFY(all.contains(QStringLiteral("line %1.").arg(lines - 1)));
    }

    void aFiveMegabyteLineIsKept()
    {
        QTemporaryDir dir;
        const QByteArray line = QByteArray("word ").repeated(1000 * 1000) + "END";
        const QString path
            = writeTemp(dir, QStringLiteral("line.md"), kSummary + "## Notes\n\n" + line + '\n');
        const LoadResult r = loadPostmortemFile(path);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(allText(r.postmortem).contains(QString::fromLatin1(line)));
    }

    void tenThousandTimelineRows()
    {
        QByteArray data = kSummary + "## Timeline\n\n";
        for (int k = 0; k < 10000; ++k)
            data += QStringLiteral("- %1:%2 UTC Event %3\n")
                        .arg((k / 60) % 24, 2, 10, QLatin1Char('0'))
                        .arg(k % 60, 2, 10, QLatin1Char('0'))
                        .arg(k)
                        .toUtf8();
        const Postmortem pm = importMarkdown(QString::fromUtf8(data));
        QCOMPARE(pm.timeline.size(), 10000);
        QCOMPARE(pm.timeline.last().text, QStringLiteral("Event 9999"));
        // And the native file carries all of them.
        const NativeReadResult r = readNativeFormat(QString::fromUtf8(writeNativeFormat(pm)));
        QVERIFY(r.ok);
        QCOMPARE(r.postmortem.timeline.size(), 10000);
    }

    void deeplyNestedListsDoNotCrash()
    {
        for (const char *marker : {"- ", "> ", "1. "}) {
            QByteArray data = kSummary + "## Notes\n\n";
            for (int depth = 0; depth < 3000; ++depth)
                data += QByteArray(depth * 2, ' ') + marker + "level " + QByteArray::number(depth)
                        + '\n';
            const LoadResult r = readPostmortemData(data, QStringLiteral("nested.md"));
            QVERIFY2(r.ok, qPrintable(r.error));
            QVERIFY(allText(r.postmortem).contains(QStringLiteral("level 2999")));
            const QString html = renderHtml(r.postmortem);
            QVERIFY(!html.isEmpty());
        }
    }

    void newerSchemaOpensReadOnlyWithAMessage()
    {
        QTemporaryDir dir;
        const QByteArray data
            = "---\nhindsight: 7\nfutureField: {a: 1}\n---\n\n# From the future\n\n"
              "## Summary\n\nWritten by Hindsight 7.\n";
        const QString path = writeTemp(dir, QStringLiteral("future.md"), data);
        const LoadResult r = loadPostmortemFile(path);
        QVERIFY(r.ok);
        QVERIFY(r.readOnly);
        QVERIFY(!r.warnings.isEmpty());
        QVERIFY2(r.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("newer")),
                 qPrintable(r.warnings.join(QLatin1Char(' '))));
        QCOMPARE(r.postmortem.summary, QStringLiteral("Written by Hindsight 7."));
    }

    void anHtmlPageImportsAsTextNeverMarkup()
    {
        const QByteArray page
            = "<!DOCTYPE html><html><head><script>fetch('http://evil.example/x')</script>"
              "<style>body{}</style></head><body><h1>Outage</h1><p>From 10:00 to 11:00 UTC the "
              "API failed.</p><img src=\"http://evil.example/track.png\">"
              "<a href=\"file:///etc/passwd\">passwords</a><p>Root cause: a bad deploy.</p>"
              "</body></html>\n";
        const LoadResult r = readPostmortemData(page, QStringLiteral("page.html"));
        if (!r.ok)
            QVERIFY(!r.error.isEmpty()); // a clear message is an acceptable answer
        const Postmortem pm = r.ok ? r.postmortem : importMarkdown(QString::fromUtf8(page));
        HtmlOptions options;
        options.baseDirectory = QDir::tempPath();
        const QStringList pages
            = {renderHtml(pm, options), QString::fromUtf8(renderStandaloneHtml(pm, options))};
        for (const QString &html : pages) {
            QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
            QVERIFY(!html.contains(QRegularExpression(QStringLiteral("<img[^>]*evil\\.example"))));
            QVERIFY(!html.contains(QRegularExpression(QStringLiteral("href=\"file:"))));
            QVERIFY(!html.contains(QRegularExpression(QStringLiteral("src=\"(http|file):"))));
        }
    }

    void remoteAndSystemImagesAreNeverLoaded()
    {
        Postmortem pm = importMarkdown(QString::fromUtf8(kSummary));
        pm.impact = QStringLiteral("![graph](https://grafana.example/render.png) "
                                   "![passwd](file:///etc/passwd) ![up](../../../etc/hostname) "
                                   "[link](file:///etc/shadow)");
        QTemporaryDir dir;
        HtmlOptions options;
        options.baseDirectory = dir.path();
        const QString html = renderHtml(pm, options);
        QVERIFY(!html.contains(QRegularExpression(QStringLiteral("<img"))));
        QVERIFY(!html.contains(QStringLiteral("file:")));
        QVERIFY(html.contains(QStringLiteral("[graph]"))); // the alt text stands in
    }
};

QTEST_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
