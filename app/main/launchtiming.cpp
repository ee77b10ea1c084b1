#include "main/launchtiming.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace Hindsight {

qint64 monotonicNowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

double millisecondsSinceProcessStart()
{
    bool ok = false;
    const qint64 t0 = qEnvironmentVariable("HINDSIGHT_LAUNCH_T0_NS").toLongLong(&ok);
    if (ok && t0 > 0)
        return double(monotonicNowNs() - t0) / 1e6;

    // Field 22 of /proc/self/stat: start time in clock ticks since boot. The command name
    // (field 2) may hold spaces, so count fields after its closing parenthesis.
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startTicks = fields.at(19).toDouble(); // field 22 = index 19 after field 2
    timespec boot{};
    clock_gettime(CLOCK_BOOTTIME, &boot);
    const double nowMs = double(boot.tv_sec) * 1e3 + double(boot.tv_nsec) / 1e6;
    return nowMs - startTicks * 1e3 / double(sysconf(_SC_CLK_TCK));
}

MemoryUse currentMemoryUse()
{
    MemoryUse use;
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return use;
    for (const QByteArray &line : status.readAll().split('\n')) {
        const auto kib = [&line] {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        };
        if (line.startsWith("VmRSS:"))
            use.residentKiB = kib();
        else if (line.startsWith("VmHWM:"))
            use.peakResidentKiB = kib();
    }
    return use;
}

namespace {

/// Waits for the first Paint event of the window; the frame is on screen once the event loop
/// comes back (the backing store is flushed right after the paint), so it reports from there.
class FirstPaintWatcher : public QObject
{
public:
    FirstPaintWatcher(QWidget *window, std::function<bool()> documentShown)
        : QObject(window)
        , m_documentShown(std::move(documentShown))
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || m_seen)
            return QObject::eventFilter(watched, event);
        const bool shown = !m_documentShown || m_documentShown();
        if (m_windowPaintMs < 0 || !shown) {
            // The frame is flushed once the event loop is back.
            QTimer::singleShot(0, this, [this] {
                if (m_windowPaintMs < 0) {
                    m_windowPaintMs = millisecondsSinceProcessStart();
                    m_windowPaintNs = monotonicNowNs();
                }
            });
        }
        if (shown) {
            m_seen = true;
            QTimer::singleShot(0, this, [this] {
                const double ms = millisecondsSinceProcessStart();
                const MemoryUse memory = currentMemoryUse();
                const QJsonObject report{
                    {QStringLiteral("firstPaintMs"), m_windowPaintMs},
                    {QStringLiteral("firstPaintMonotonicNs"), double(m_windowPaintNs)},
                    {QStringLiteral("documentPaintMs"), ms},
                    {QStringLiteral("residentKiB"), double(memory.residentKiB)},
                    {QStringLiteral("peakResidentKiB"), double(memory.peakResidentKiB)},
                };
                std::fputs(QJsonDocument(report).toJson(QJsonDocument::Compact).append('\n'),
                           stdout);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<bool()> m_documentShown;
    bool m_seen = false;
    double m_windowPaintMs = -1;
    qint64 m_windowPaintNs = 0;
};

} // namespace

void quitAfterFirstPaint(QWidget *window, std::function<bool()> documentShown)
{
    window->installEventFilter(new FirstPaintWatcher(window, std::move(documentShown)));
}

} // namespace Hindsight
