// Runs the real hindsight executable as a child process, for the command-line tests.
#pragma once

#include <QProcess>
#include <QStringList>

namespace HindsightTest {

struct Run
{
    int exitCode = -1; ///< -1 when the process crashed or timed out
    QByteArray out;
    QByteArray err;
};

/// Runs HINDSIGHT_EXE with `args` and waits up to two minutes. With `offscreen` false the
/// display variables are removed, to prove a verb needs no display.
inline Run runHindsight(const QStringList &args, bool offscreen = true)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!offscreen) {
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    }
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HINDSIGHT_EXE), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace HindsightTest
