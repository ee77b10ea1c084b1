// hindsight-bench: how fast Hindsight is, on the seeds and on a generated large postmortem.
//
//   hindsight-bench [--runs N] [--only NAME[,NAME…]] [--launch-platform offscreen|xcb]
//
// Prints one JSON object: {"machine": {…}, "documents": {…}, "measures": {NAME: {DOC: {"median_ms",
// "p95_ms", "min_ms", "n"}}}, "targets": [{"measure", "limit_ms", "median_ms"/"p95_ms", "met"}]}.
// Every time is wall-clock milliseconds on this machine (std::chrono::steady_clock); median and
// p95 are nearest-rank over the runs (each seed counts as a run of its own for DOC "seeds").
// The targets are issue 9's: GUI-thread work per keystroke <= 2 ms (median, large document),
// preview showing a change <= 16.7 ms after the typing pause (p95, large), launch to first paint
// <= 180 ms (median, a seed open). Not run by ctest: timings on a shared machine are evidence
// for people, not pass/fail for CI (tests/benchmarks/README.md says how to compare).
#include "benchsupport.h"
#include "largedocument.h"
#include "timelinescale.h"

#include "../corpus.h"
#include "core/document.h"
#include "core/nativeformat.h"
#include "core/postmortemfile.h"
#include "core/reviewchecks.h"
#include "render/htmlrenderer.h"
#include "render/loaddiagramrenderer.h"
#include "render/markdownexport.h"
#include "render/pdfexporter.h"
#include "render/timelinechart.h"
#include "ui/mainwindow.h"
#include "ui/postmortemform.h"
#include "ui/previewpane.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace Hindsight;
using Hindsight::Bench::isolatedEnvironment;
using Hindsight::Bench::percentile;

namespace {

double nowMs()
{
    return std::chrono::duration<double, std::milli>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

QJsonObject summarise(const QList<double> &samples)
{
    const auto round = [](double v) {
        return std::round(v * 1000) / 1000;
    };
    return {{QStringLiteral("median_ms"), round(percentile(samples, 50))},
            {QStringLiteral("p95_ms"), round(percentile(samples, 95))},
            {QStringLiteral("min_ms"), round(percentile(samples, 0))},
            {QStringLiteral("n"), int(samples.size())}};
}

/// Runs `f` once to warm caches, then `runs` times, timing each.
QList<double> timeRuns(int runs, const std::function<void()> &f)
{
    f();
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        const double t0 = nowMs();
        f();
        samples.append(nowMs() - t0);
    }
    return samples;
}

struct Doc
{
    QString name;     ///< file name of the seed, or "large"
    QString path;     ///< the document as a file (seeds: the foreign Markdown as given)
    QByteArray bytes; ///< that file's bytes
    Postmortem pm;    ///< as Hindsight opens it
};

class Runner
{
public:
    Runner(int runs, QStringList only, QString platform, QString exe)
        : m_runs(runs)
        , m_only(std::move(only))
        , m_platform(std::move(platform))
        , m_exe(std::move(exe))
    {}

    int run();

private:
    bool wanted(const QString &measure) const
    {
        return m_only.isEmpty() || m_only.contains(measure);
    }
    void record(const QString &measure, const QString &doc, const QList<double> &samples)
    {
        QJsonObject m = m_measures.value(measure).toObject();
        m.insert(doc, summarise(samples));
        m_measures.insert(measure, m);
        std::fprintf(stderr, "%-22s %-6s median %9.3f ms  p95 %9.3f ms  (n=%lld)\n",
                     qPrintable(measure), qPrintable(doc), percentile(samples, 50),
                     percentile(samples, 95), qlonglong(samples.size()));
    }
    /// Times `f(doc)` for each seed (pooled as "seeds") and for the large document.
    void perDocument(const QString &measure, const std::function<void(const Doc &)> &f)
    {
        if (!wanted(measure))
            return;
        QList<double> seeds;
        for (const Doc &d : m_seeds)
            seeds += timeRuns(m_runs, [&] { f(d); });
        record(measure, QStringLiteral("seeds"), seeds);
        record(measure, QStringLiteral("large"), timeRuns(m_runs, [&] { f(m_large); }));
    }

    void loadDocuments();
    void measureCore();
    void measureEditor();
    void measureLaunch();
    void measureConvert();
    void measureTimelineScale();
    QJsonObject target(const QString &measure, const QString &doc, const QString &stat,
                       double limit) const;

    int m_runs;
    QStringList m_only;
    QString m_platform;
    QString m_exe; ///< the hindsight executable launched
    QTemporaryDir m_dir;
    QList<Doc> m_seeds;
    Doc m_large;
    QJsonObject m_measures;
    QJsonObject m_memory;
    QJsonObject m_previewUpdates;
    QJsonObject m_scaleDocuments;
    int m_patchedSeeds = 0, m_fullSeeds = 0, m_patchedLarge = 0, m_fullLarge = 0;
};

void Runner::loadDocuments()
{
    const QDir seeds(HindsightTest::corpusPath(QStringLiteral("seeds")));
    for (const QString &name :
         seeds.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile f(seeds.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        Doc d{name, seeds.filePath(name), f.readAll(), {}};
        d.pm = readPostmortemData(d.bytes, name).postmortem;
        m_seeds.append(d);
    }
    m_large.name = QStringLiteral("large");
    m_large.pm = Hindsight::Bench::largePostmortem();
    m_large.path = m_dir.filePath(QStringLiteral("large.md"));
    QString error;
    if (!savePostmortemFile(m_large.pm, m_large.path, &error))
        qFatal("cannot write the large document: %s", qPrintable(error));
    QFile f(m_large.path);
    f.open(QIODevice::ReadOnly);
    m_large.bytes = f.readAll();
}

void Runner::measureCore()
{
    // Opening a file: the seeds go through the importer (foreign Markdown), the large document
    // through the native reader; "import" on the large document imports its body without the
    // front matter, as if someone had written it by hand.
    perDocument(QStringLiteral("open"),
                [](const Doc &d) { (void)readPostmortemData(d.bytes, d.name); });
    if (wanted(QStringLiteral("import"))) {
        QList<double> seeds;
        for (const Doc &d : m_seeds) {
            const QString text = QString::fromUtf8(d.bytes);
            seeds += timeRuns(m_runs, [&] { (void)importPostmortem(text); });
        }
        record(QStringLiteral("import"), QStringLiteral("seeds"), seeds);
        QString body = QString::fromUtf8(m_large.bytes);
        body = body.mid(body.indexOf(QStringLiteral("\n---\n"), 4) + 5);
        record(QStringLiteral("import"), QStringLiteral("large"),
               timeRuns(m_runs, [&] { (void)importPostmortem(body); }));
    }
    const QString savePath = m_dir.filePath(QStringLiteral("save.md"));
    perDocument(QStringLiteral("save"), [&](const Doc &d) {
        QString error;
        if (!savePostmortemFile(d.pm, savePath, &error))
            qFatal("save failed: %s", qPrintable(error));
    });
    perDocument(QStringLiteral("reviewChecks"), [](const Doc &d) { (void)reviewPostmortem(d.pm); });

    // What the preview pane does for one render: the HTML (worker thread), then Qt's rich-text
    // document built from it and laid out at a typical pane width (GUI thread).
    perDocument(QStringLiteral("previewHtml"), [](const Doc &d) { (void)renderHtml(d.pm); });
    perDocument(QStringLiteral("previewRender"), [](const Doc &d) {
        QTextDocument doc;
        doc.setHtml(renderHtml(d.pm));
        doc.setTextWidth(700);
        (void)doc.size();
    });
    perDocument(QStringLiteral("previewParse"), [](const Doc &d) {
        QTextDocument doc; // no layout asked for: HTML parsing and document building alone
        doc.setHtml(renderHtml(d.pm));
    });
    perDocument(QStringLiteral("chartRender"),
                [](const Doc &d) { (void)renderTimelineChartImage(d.pm, QSize(700, 385), 1.0); });
    if (wanted(QStringLiteral("diagramRender"))) {
        // Seeds have no diagrams: the sample postmortem's stands in for them.
        QFile sample(QStringLiteral(HINDSIGHT_SOURCE_DIR "/resources/sample-postmortem.md"));
        sample.open(QIODevice::ReadOnly);
        const Postmortem samplePm = readPostmortemData(sample.readAll(), {}).postmortem;
        const auto drawAll = [](const Postmortem &pm) {
            for (const LoadDiagram &d : pm.diagrams)
                (void)renderLoadDiagramImage(d, QSize(700, 346), DiagramTheme::Light, 1.0);
        };
        record(QStringLiteral("diagramRender"), QStringLiteral("sample"),
               timeRuns(m_runs, [&] { drawAll(samplePm); }));
        record(QStringLiteral("diagramRender"), QStringLiteral("large"),
               timeRuns(m_runs, [&] { drawAll(m_large.pm); }));
    }
    const QString pdfPath = m_dir.filePath(QStringLiteral("export.pdf"));
    perDocument(QStringLiteral("exportPdf"), [&](const Doc &d) {
        QString error;
        if (!exportPdf(d.pm, pdfPath, &error))
            qFatal("PDF export failed: %s", qPrintable(error));
    });
    const QString mdPath = m_dir.filePath(QStringLiteral("export/out.md"));
    QDir().mkpath(m_dir.filePath(QStringLiteral("export")));
    perDocument(QStringLiteral("exportMarkdown"), [&](const Doc &d) {
        QString error;
        if (!exportMarkdown(d.pm, mdPath, &error))
            qFatal("Markdown export failed: %s", qPrintable(error));
    });
}

/// Typing into the root cause editor of the real main window with the document open.
/// "keystroke": the GUI thread's work for one key press, from the event to the repainted
/// editor (QTest::keyClick, then the posted events it caused, paint included).
/// "previewLatency": from the end of the typing pause (PreviewPane::renderStarted) until the
/// preview shows the new text (rendered() and the repaint that follows).
void Runner::measureEditor()
{
    if (!wanted(QStringLiteral("keystroke")) && !wanted(QStringLiteral("previewLatency")))
        return;
    QList<double> keySeeds, keyLarge, previewSeeds, previewLarge;
    QList<const Doc *> docs;
    for (const Doc &d : m_seeds)
        docs.append(&d);
    docs.append(&m_large);
    for (const Doc *d : docs) {
        const bool large = d == &m_large;
        MainWindow window;
        window.resize(1400, 900);
        window.openFile(d->path);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            qFatal("the main window was not exposed");
        auto *form = window.findChild<PostmortemForm *>();
        auto *preview = window.findChild<PreviewPane *>();
        auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("rootCauseEditor"));
        if (!form || !preview || !editor)
            qFatal("main window parts not found");
        form->showLocation({FieldId::RootCause, -1});
        editor->setFocus();
        editor->moveCursor(QTextCursor::End);
        // Let the pane settle: it renders again once it has its real size.
        QSignalSpy settled(preview, &PreviewPane::rendered);
        settled.wait(1000);

        // Keystrokes typed 40 ms apart (a fast typist): the pause timers keep restarting, as
        // they do while someone types.
        QList<double> &keys = large ? keyLarge : keySeeds;
        const int typed = large ? m_runs * 3 : m_runs;
        for (int i = 0; i < typed; ++i) {
            const double t0 = nowMs();
            QTest::keyClick(editor, Qt::Key(Qt::Key_A + i % 26), Qt::NoModifier);
            QCoreApplication::sendPostedEvents();
            keys.append(nowMs() - t0);
            QTest::qWait(40);
        }

        // One letter, then the pause: time from the render's start to the painted preview.
        QList<double> &latency = large ? previewLarge : previewSeeds;
        const int fullBefore = preview->fullUpdates();
        const int patchedBefore = preview->patchedUpdates();
        double started = 0, shown = 0;
        QObject::connect(preview, &PreviewPane::renderStarted, preview,
                         [&started] { started = nowMs(); });
        QObject::connect(preview, &PreviewPane::rendered, preview, [&shown, preview] {
            preview->viewport()->repaint();
            shown = nowMs();
        });
        for (int i = 0; i < (large ? m_runs : qMax(3, m_runs / 4)); ++i) {
            QSignalSpy done(preview, &PreviewPane::rendered);
            QTest::keyClick(editor, Qt::Key(Qt::Key_A + i % 26), Qt::NoModifier);
            if (!done.wait(5000))
                qFatal("the preview did not render");
            latency.append(shown - started);
            QTest::qWait(20);
        }
        (large ? m_patchedLarge : m_patchedSeeds) += preview->patchedUpdates() - patchedBefore;
        (large ? m_fullLarge : m_fullSeeds) += preview->fullUpdates() - fullBefore;
    }
    if (wanted(QStringLiteral("keystroke"))) {
        record(QStringLiteral("keystroke"), QStringLiteral("seeds"), keySeeds);
        record(QStringLiteral("keystroke"), QStringLiteral("large"), keyLarge);
    }
    if (wanted(QStringLiteral("previewLatency"))) {
        record(QStringLiteral("previewLatency"), QStringLiteral("seeds"), previewSeeds);
        record(QStringLiteral("previewLatency"), QStringLiteral("large"), previewLarge);
        // How the preview got there: patched in place, or the whole document parsed again
        // (the first render after opening, when the pane's size settles, is a full one).
        m_previewUpdates = QJsonObject{{QStringLiteral("seedsPatched"), m_patchedSeeds},
                                       {QStringLiteral("seedsFull"), m_fullSeeds},
                                       {QStringLiteral("largePatched"), m_patchedLarge},
                                       {QStringLiteral("largeFull"), m_fullLarge}};
    }
}

/// `hindsight --quit-after-first-paint FILE`: launch to the first painted frame, measured inside
/// the app from the launcher's clock reading just before the process was started
/// ("launchToFirstPaint"), the whole process until it exited ("launchProcess"), and its memory
/// once the window is painted.
void Runner::measureLaunch()
{
    if (!wanted(QStringLiteral("launch")))
        return;
    const QString home = m_dir.filePath(QStringLiteral("home"));
    QDir().mkpath(home);
    const QString exe = m_exe;
    const QString sample = QStringLiteral(HINDSIGHT_SOURCE_DIR "/resources/sample-postmortem.md");
    struct Case
    {
        QString doc;
        QStringList files;
    };
    QList<Case> cases{{QStringLiteral("sample"), {sample}},
                      {QStringLiteral("large"), {m_large.path}}};
    Case seeds{QStringLiteral("seeds"), {}};
    for (const Doc &d : m_seeds)
        seeds.files.append(d.path);
    cases.prepend(seeds);

    for (const Case &c : cases) {
        QList<double> firstPaint, process, rss;
        for (int i = 0; i <= m_runs; ++i) { // run 0 warms the disk cache
            for (const QString &file : c.files) {
                QProcess p;
                QProcessEnvironment env = isolatedEnvironment(home, m_platform);
                const qint64 t0 = monotonicNs();
                env.insert(QStringLiteral("HINDSIGHT_LAUNCH_T0_NS"), QString::number(t0));
                p.setProcessEnvironment(env);
                p.start(exe, {QStringLiteral("--quit-after-first-paint"), file});
                if (!p.waitForFinished(30000) || p.exitCode() != 0)
                    qFatal("hindsight did not start and quit: %s",
                           p.readAllStandardError().constData());
                const double wall = double(monotonicNs() - t0) / 1e6;
                const QJsonObject report
                    = QJsonDocument::fromJson(p.readAllStandardOutput().trimmed()).object();
                if (i == 0)
                    continue;
                firstPaint.append(report.value(QStringLiteral("firstPaintMs")).toDouble());
                process.append(wall);
                rss.append(report.value(QStringLiteral("residentKiB")).toDouble() / 1024.0);
            }
        }
        record(QStringLiteral("launchToFirstPaint"), c.doc, firstPaint);
        record(QStringLiteral("launchProcess"), c.doc, process);
        m_memory.insert(c.doc, QJsonObject{{QStringLiteral("residentMiB_median"),
                                            std::round(percentile(rss, 50) * 10) / 10}});
    }
}

/// `hindsight convert FILE --to pdf -o OUT.pdf`, the whole process (chart and any diagrams
/// included), for comparison with `pandoc FILE --pdf-engine=wkhtmltopdf -o OUT.pdf`.
void Runner::measureConvert()
{
    if (!wanted(QStringLiteral("convertPdf")))
        return;
    const QString home = m_dir.filePath(QStringLiteral("home"));
    QDir().mkpath(home);
    const QString out = m_dir.filePath(QStringLiteral("convert.pdf"));
    const auto convert = [&](const QString &file) {
        QProcess p;
        p.setProcessEnvironment(isolatedEnvironment(home, QStringLiteral("offscreen")));
        p.start(m_exe, {QStringLiteral("convert"), file, QStringLiteral("--to"),
                        QStringLiteral("pdf"), QStringLiteral("-o"), out});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            qFatal("convert failed: %s", p.readAllStandardError().constData());
    };
    QList<double> seeds;
    for (const Doc &d : m_seeds)
        seeds += timeRuns(m_runs, [&] { convert(d.path); });
    record(QStringLiteral("convertPdf"), QStringLiteral("seeds"), seeds);
    record(QStringLiteral("convertPdf"), QStringLiteral("large"),
           timeRuns(m_runs, [&] { convert(m_large.path); }));
}

/// Long timelines (timelinescale.h): 1,000 / 5,000 / 12,000 events, and a 60,000-line file.
void Runner::measureTimelineScale()
{
    const bool timelines = wanted(QStringLiteral("timelines"));
    const bool lines60k = wanted(QStringLiteral("lines60k"));
    if (!timelines && !lines60k)
        return;
    const QString dir = m_dir.filePath(QStringLiteral("scale"));
    QDir().mkpath(dir);
    const Bench::ScaleResults r = Bench::measureTimelineScale(
        m_runs, m_exe, QCoreApplication::applicationFilePath(), m_platform, dir, lines60k);
    for (auto it = r.measures.begin(); it != r.measures.end(); ++it)
        m_measures.insert(it.key(), it.value());
    for (auto it = r.memory.begin(); it != r.memory.end(); ++it)
        m_memory.insert(it.key(), it.value());
    m_scaleDocuments = r.documents;
}

QJsonObject Runner::target(const QString &measure, const QString &doc, const QString &stat,
                           double limit) const
{
    const QJsonObject m = m_measures.value(measure).toObject().value(doc).toObject();
    const double value = m.value(stat).toDouble(-1);
    return {{QStringLiteral("measure"), measure},
            {QStringLiteral("document"), doc},
            {stat, value},
            {QStringLiteral("limit_ms"), limit},
            {QStringLiteral("met"), value >= 0 && value <= limit}};
}

int Runner::run()
{
    loadDocuments();
    measureCore();
    measureEditor();
    measureLaunch();
    measureConvert();
    measureTimelineScale();

    QJsonArray seeds;
    for (const Doc &d : m_seeds)
        seeds.append(d.name);
    QJsonObject documents{
        {QStringLiteral("seeds"), seeds},
        {QStringLiteral("large"),
         QJsonObject{{QStringLiteral("timelineEvents"), int(m_large.pm.timeline.size())},
                     {QStringLiteral("actionItems"), int(m_large.pm.actionItems.size())},
                     {QStringLiteral("diagrams"), int(m_large.pm.diagrams.size())},
                     {QStringLiteral("words"), Hindsight::Bench::wordCount(m_large.pm)},
                     {QStringLiteral("bytes"), int(m_large.bytes.size())}}}};
    for (auto it = m_scaleDocuments.begin(); it != m_scaleDocuments.end(); ++it)
        documents.insert(it.key(), it.value());
    QJsonArray targets;
    if (m_measures.contains(QStringLiteral("keystroke")))
        targets.append(target(QStringLiteral("keystroke"), QStringLiteral("large"),
                              QStringLiteral("median_ms"), 2.0));
    if (m_measures.contains(QStringLiteral("previewLatency")))
        targets.append(target(QStringLiteral("previewLatency"), QStringLiteral("large"),
                              QStringLiteral("p95_ms"), 16.7));
    // Issue 19: a 5,000-event document painted within 1 s of launch; no GUI-thread stall over
    // 100 ms while the preview and chart catch up.
    if (m_measures.contains(QStringLiteral("documentPaint")))
        targets.append(target(QStringLiteral("documentPaint"), QStringLiteral("events5000"),
                              QStringLiteral("median_ms"), 1000.0));
    for (const char *doc : {"events1000", "events5000", "events12000", "lines60000"}) {
        const QString d = QString::fromLatin1(doc);
        if (m_measures.value(QStringLiteral("stallAfterPaint")).toObject().contains(d))
            targets.append(
                target(QStringLiteral("stallAfterPaint"), d, QStringLiteral("p95_ms"), 100.0));
    }
    if (m_measures.contains(QStringLiteral("launchToFirstPaint")))
        targets.append(target(QStringLiteral("launchToFirstPaint"), QStringLiteral("seeds"),
                              QStringLiteral("median_ms"), 180.0));
    const QJsonObject machine{{QStringLiteral("cpuCores"), QThread::idealThreadCount()},
                              {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
                              {QStringLiteral("os"), QSysInfo::prettyProductName()},
                              {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
                              {QStringLiteral("platform"), QGuiApplication::platformName()},
                              {QStringLiteral("launchPlatform"), m_platform},
                              {QStringLiteral("runs"), m_runs}};
    const QJsonObject out{{QStringLiteral("machine"), machine},
                          {QStringLiteral("documents"), documents},
                          {QStringLiteral("measures"), m_measures},
                          {QStringLiteral("memory"), m_memory},
                          {QStringLiteral("previewUpdates"), m_previewUpdates},
                          {QStringLiteral("targets"), targets}};
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    Hindsight::Bench::BenchApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hindsight-bench"));
    QStandardPaths::setTestModeEnabled(true); // settings and recovery copies stay out of $HOME

    // A child run of the long-timeline measures (timelinescale.h): one file in a fresh window.
    const QStringList args = QCoreApplication::arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--open-and-settle"));
        i > 0 && i + 1 < args.size())
        return Hindsight::Bench::openAndSettle(args.at(i + 1), 3000);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Hindsight's benchmarks; prints JSON."));
    parser.addHelpOption();
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Timed runs per measure."),
                                  QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption only(
        QStringLiteral("only"),
        QStringLiteral("Only these measures (comma-separated): open, "
                       "import, save, reviewChecks, previewHtml, "
                       "previewParse, previewRender, chartRender, diagramRender, "
                       "exportPdf, exportMarkdown, keystroke, "
                       "previewLatency, launch, convertPdf, timelines (1,000 / 5,000 / "
                       "12,000 events), lines60k (a 60,000-line file)."),
        QStringLiteral("NAMES"));
    const QCommandLineOption platform(
        QStringLiteral("launch-platform"),
        QStringLiteral("Qt platform for the launched app: offscreen (default) or xcb."),
        QStringLiteral("NAME"), QStringLiteral("offscreen"));
    const QCommandLineOption exe(
        QStringLiteral("hindsight"),
        QStringLiteral("The hindsight executable to launch (default: this build's), e.g. another "
                       "build's, to compare."),
        QStringLiteral("PATH"), QStringLiteral(HINDSIGHT_EXE));
    parser.addOptions({runs, only, platform, exe});
    parser.process(app);

    QStringList names;
    for (const QString &n : parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts))
        names.append(n.trimmed());
    Runner bench(qMax(1, parser.value(runs).toInt()), names, parser.value(platform),
                 parser.value(exe));
    return bench.run();
}
