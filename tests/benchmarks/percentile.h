// Nearest-rank percentiles for the benchmarks' samples.
#pragma once

#include <QList>
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

} // namespace Hindsight::Bench
