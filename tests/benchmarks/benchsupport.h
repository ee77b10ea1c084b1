// What the benchmarks share: nearest-rank percentiles, an isolated environment for launches.
#pragma once

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace Hindsight::Bench {

/// Nearest-rank percentile (p in 0..100) of `samples` (any unit; the samples' own); -1 when
/// there are none.
inline double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return -1;
    std::sort(samples.begin(), samples.end());
    const qsizetype rank = qsizetype(std::ceil(p / 100.0 * double(samples.size())));
    return samples.at(qBound(qsizetype(0), rank - 1, samples.size() - 1));
}

/// Environment for a launched hindsight: its own empty home, so no settings, recent files or
/// recovery copies of the user's change what it does.
inline QProcessEnvironment isolatedEnvironment(const QString &home, const QString &platform)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    return env;
}

} // namespace Hindsight::Bench
