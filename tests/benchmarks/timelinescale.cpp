#include "timelinescale.h"
#include "benchsupport.h"

#include "largedocument.h"

#include "core/postmortemfile.h"
#include "ui/mainwindow.h"
#include "ui/previewpane.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

namespace Hindsight::Bench {

namespace {

constexpr int kHeartbeatMs = 5;

double monotonicMs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/// VmRSS and VmHWM of this process in MiB.
std::pair<double, double> residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    double rss = -1, peak = -1;
    if (!status.open(QIODevice::ReadOnly))
        return {rss, peak};
    for (const QByteArray &line : status.readAll().split('\n')) {
        const double kib = line.mid(6).trimmed().split(' ').value(0).toDouble();
        if (line.startsWith("VmRSS:"))
            rss = kib / 1024;
        else if (line.startsWith("VmHWM:"))
            peak = kib / 1024;
    }
    return {rss, peak};
}

/// CPU time of the calling thread in ms.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/// A timer on the GUI thread every 5 ms; the longest gap between two ticks, minus the 5 ms,
/// is the longest time the thread did not come back to its event loop. The GUI thread's CPU
/// time between two ticks is what that step cost it: on a loaded machine the gap is several
/// times that (the thread waits for a core), the CPU time is not.
class Heartbeat : public QObject
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kHeartbeatMs);
        connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }
    void start()
    {
        m_last = monotonicMs();
        m_lastCpu = threadCpuMs();
        m_timer.start();
    }
    /// Ends the current period: returns its longest stall (wall clock) and the most CPU time
    /// one step between two ticks took, and starts a new period.
    std::pair<double, double> takeLongestStall()
    {
        tick();
        const std::pair<double, double> longest{m_longest, m_longestCpu};
        m_longest = 0;
        m_longestCpu = 0;
        return longest;
    }

private:
    void tick()
    {
        const double now = monotonicMs();
        const double cpu = threadCpuMs();
        m_longest = std::max(m_longest, now - m_last - kHeartbeatMs);
        m_longestCpu = std::max(m_longestCpu, cpu - m_lastCpu);
        m_last = now;
        m_lastCpu = cpu;
    }
    QTimer m_timer;
    double m_last = 0;
    double m_lastCpu = 0;
    double m_longest = 0;
    double m_longestCpu = 0;
};

/// Notes when a widget of `window` has been painted (and the frame flushed) once armed.
class PaintWatcher : public QObject
{
public:
    explicit PaintWatcher(QWidget *window)
        : m_window(window)
    {
        qApp->installEventFilter(this);
    }
    void arm() { m_armed = true; }
    double paintedAt() const { return m_paintedAt; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_armed && event->type() == QEvent::Paint && m_paintedAt < 0 && !m_pending) {
            auto *widget = qobject_cast<QWidget *>(watched);
            if (widget && widget->window() == m_window) {
                m_pending = true;
                // The backing store is flushed once the paint pass is over.
                QTimer::singleShot(0, this, [this] { m_paintedAt = monotonicMs(); });
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_window;
    bool m_armed = false;
    bool m_pending = false;
    double m_paintedAt = -1;
};

double round1(double v)
{
    return std::round(v * 10) / 10;
}

QJsonObject summarise(const QList<double> &samples)
{
    return {{QStringLiteral("median_ms"), round1(percentile(samples, 50))},
            {QStringLiteral("p95_ms"), round1(percentile(samples, 95))},
            {QStringLiteral("min_ms"), round1(percentile(samples, 0))},
            {QStringLiteral("n"), int(samples.size())}};
}

/// Runs `program args` and returns the last line of its standard output as JSON.
QJsonObject runForJson(const QString &program, const QStringList &args,
                       const QProcessEnvironment &env, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs) || p.exitCode() != 0) {
        std::fprintf(stderr, "%s %s failed: %s\n", qPrintable(program),
                     qPrintable(args.join(QLatin1Char(' '))), p.readAllStandardError().constData());
        p.kill();
        p.waitForFinished(2000);
        return {};
    }
    const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
    return QJsonDocument::fromJson(lines.last()).object();
}

struct Generated
{
    QString name;
    QString path;
    int events = 0;
    int lines = 0;
    qint64 bytes = 0;
};

Generated writeDocument(const QString &dir, const QString &name, int events)
{
    Generated g{name, QDir(dir).filePath(name + QStringLiteral(".md")), events, 0, 0};
    QString error;
    if (!savePostmortemFile(largePostmortem(events), g.path, &error))
        qFatal("cannot write %s: %s", qPrintable(g.path), qPrintable(error));
    QFile f(g.path);
    f.open(QIODevice::ReadOnly);
    const QByteArray bytes = f.readAll();
    g.bytes = bytes.size();
    g.lines = int(bytes.count('\n'));
    return g;
}

} // namespace

BenchApplication::BenchApplication(int &argc, char **argv)
    : QApplication(argc, argv)
{
    bool ok = false;
    const double ms = qEnvironmentVariable("HINDSIGHT_BENCH_TRACE_MS").toDouble(&ok);
    if (ok)
        m_traceMs = ms;
}

bool BenchApplication::notify(QObject *receiver, QEvent *event)
{
    if (m_traceMs < 0 || m_depth > 0 || QThread::currentThread() != thread()) {
        ++m_depth;
        const bool done = QApplication::notify(receiver, event);
        --m_depth;
        return done;
    }
    // Read before: the receiver may be gone afterwards.
    const QByteArray what
        = QByteArray(receiver->metaObject()->className()) + " \"" + receiver->objectName().toUtf8()
          + "\" in "
          + (receiver->parent() ? receiver->parent()->metaObject()->className() : "nothing");
    const int type = int(event->type());
    const double cpu = threadCpuMs();
    const double wall = monotonicMs();
    ++m_depth;
    const bool done = QApplication::notify(receiver, event);
    --m_depth;
    const double took = threadCpuMs() - cpu;
    const double waited = monotonicMs() - wall;
    if (took > m_traceMs || waited > 4 * m_traceMs)
        std::fprintf(stderr, "step %7.1f ms CPU %7.1f ms wall  event %3d  %s\n", took, waited, type,
                     what.constData());
    return done;
}

int openAndSettle(const QString &path, int settleMs)
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("the main window was not exposed");
    QTest::qWait(500); // the empty window's own first renders and checks
    const double baseRss = residentMiB().first;

    int renders = 0;
    QObject::connect(window.preview(), &PreviewPane::rendered, &window, [&renders] { ++renders; });
    PaintWatcher painted(&window);
    Heartbeat heartbeat;
    heartbeat.start();
    const double t0 = monotonicMs();
    if (!window.openFile(path))
        qFatal("cannot open %s", qPrintable(path));
    painted.arm();
    if (!QTest::qWaitFor([&] { return painted.paintedAt() >= 0; }, 600000))
        qFatal("the document was never painted");
    const auto [stallDuringOpen, stallDuringOpenCpu] = heartbeat.takeLongestStall();
    const double openToPaint = painted.paintedAt() - t0;
    if (!QTest::qWaitFor([&] { return renders > 0; }, 600000))
        qFatal("the preview never showed the document");
    QTest::qWait(settleMs);
    const auto [stallAfterPaint, stallAfterPaintCpu] = heartbeat.takeLongestStall();
    const auto [rss, peak] = residentMiB();
    const QJsonObject out{{QStringLiteral("openToPaintMs"), round1(openToPaint)},
                          {QStringLiteral("stallDuringOpenMs"), round1(stallDuringOpen)},
                          {QStringLiteral("stallAfterPaintMs"), round1(stallAfterPaint)},
                          {QStringLiteral("stallDuringOpenCpuMs"), round1(stallDuringOpenCpu)},
                          {QStringLiteral("stallAfterPaintCpuMs"), round1(stallAfterPaintCpu)},
                          {QStringLiteral("baseRssMiB"), round1(baseRss)},
                          {QStringLiteral("rssMiB"), round1(rss)},
                          {QStringLiteral("peakRssMiB"), round1(peak)}};
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).append('\n').constData(), stdout);
    std::fflush(stdout);
    return 0;
}

ScaleResults measureTimelineScale(int runs, const QString &exe, const QString &self,
                                  const QString &platform, const QString &dir, bool withLines60k)
{
    runs = qBound(1, runs, 5);
    QList<Generated> docs;
    for (const int n : {1000, 5000, 12000})
        docs.append(writeDocument(dir, QStringLiteral("events%1").arg(n), n));
    if (withLines60k) {
        // As many events as make the native file 60,000 lines long.
        const Generated probe = writeDocument(dir, QStringLiteral("probe"), 500);
        const int events = 60000 - (probe.lines - 500);
        Generated big = writeDocument(dir, QStringLiteral("lines60000"), events);
        docs.append(big);
    }
    const QString home = QDir(dir).filePath(QStringLiteral("home"));
    QDir().mkpath(home);
    const QProcessEnvironment env = isolatedEnvironment(home, platform);

    ScaleResults out;
    for (const Generated &g : docs) {
        out.documents.insert(g.name, QJsonObject{{QStringLiteral("timelineEvents"), g.events},
                                                 {QStringLiteral("lines"), g.lines},
                                                 {QStringLiteral("bytes"), double(g.bytes)}});
        const int n = g.lines >= 60000 ? 1 : runs;
        QList<double> launch, windowPaint, openToPaint, stallOpen, stallAfter, stallOpenCpu,
            stallAfterCpu, peak, base;
        for (int i = 0; i < n; ++i) {
            QProcessEnvironment launchEnv = env;
            const double t0 = monotonicMs();
            launchEnv.insert(QStringLiteral("HINDSIGHT_LAUNCH_T0_NS"),
                             QString::number(qint64(t0 * 1e6)));
            const QJsonObject report = runForJson(
                exe, {QStringLiteral("--quit-after-first-paint"), g.path}, launchEnv, 900000);
            // A build that loads large files in the background reports the first paint with
            // the document in it separately from the window's first paint.
            if (report.contains(QStringLiteral("documentPaintMs"))) {
                launch.append(report.value(QStringLiteral("documentPaintMs")).toDouble());
                windowPaint.append(report.value(QStringLiteral("firstPaintMs")).toDouble());
            } else if (report.contains(QStringLiteral("firstPaintMs"))) {
                launch.append(report.value(QStringLiteral("firstPaintMs")).toDouble());
            }
            const QJsonObject settled
                = runForJson(self, {QStringLiteral("--open-and-settle"), g.path}, env, 900000);
            if (settled.isEmpty())
                continue;
            openToPaint.append(settled.value(QStringLiteral("openToPaintMs")).toDouble());
            stallOpen.append(settled.value(QStringLiteral("stallDuringOpenMs")).toDouble());
            stallAfter.append(settled.value(QStringLiteral("stallAfterPaintMs")).toDouble());
            stallOpenCpu.append(settled.value(QStringLiteral("stallDuringOpenCpuMs")).toDouble());
            stallAfterCpu.append(settled.value(QStringLiteral("stallAfterPaintCpuMs")).toDouble());
            peak.append(settled.value(QStringLiteral("peakRssMiB")).toDouble());
            base.append(settled.value(QStringLiteral("baseRssMiB")).toDouble());
        }
        const auto record = [&](const QString &measure, const QList<double> &samples) {
            if (samples.isEmpty())
                return;
            QJsonObject m = out.measures.value(measure).toObject();
            m.insert(g.name, summarise(samples));
            out.measures.insert(measure, m);
            std::fprintf(stderr, "%-18s %-11s median %9.1f ms  max %9.1f ms  (n=%lld)\n",
                         qPrintable(measure), qPrintable(g.name), percentile(samples, 50),
                         percentile(samples, 100), qlonglong(samples.size()));
        };
        record(QStringLiteral("documentPaint"), launch);
        record(QStringLiteral("windowPaint"), windowPaint);
        record(QStringLiteral("openToPaint"), openToPaint);
        record(QStringLiteral("stallDuringOpen"), stallOpen);
        record(QStringLiteral("stallAfterPaint"), stallAfter);
        record(QStringLiteral("stallDuringOpenCpu"), stallOpenCpu);
        record(QStringLiteral("stallAfterPaintCpu"), stallAfterCpu);
        out.memory.insert(
            g.name, QJsonObject{{QStringLiteral("peakRssMiB"), round1(percentile(peak, 50))},
                                {QStringLiteral("baseRssMiB"), round1(percentile(base, 50))}});
        std::fprintf(stderr, "%-18s %-11s peak RSS %.1f MiB (empty window %.1f MiB)\n", "memory",
                     qPrintable(g.name), percentile(peak, 50), percentile(base, 50));
    }
    return out;
}

} // namespace Hindsight::Bench
