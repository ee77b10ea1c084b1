// Statistics over a postmortem library: incidents per month, and the distribution of each
// incident metric per quarter and per service.
#pragma once

#include "core/library/libraryindex.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Hindsight {

/// Figures below this many incidents get a warning: with fewer than ten values a median moves
/// a lot with one incident, and a 90th percentile is essentially the maximum (Davidovič,
/// "Incident Metrics in SRE", O'Reilly 2021: incident durations are long-tailed, so small
/// samples of them say little).
inline constexpr int kSmallSample = 10;

/// The distribution of one metric over a set of incidents, in minutes. Only incidents for
/// which the metric is known count (n); a mean is never given without the median.
/// - median: the 50th percentile.
/// - p90: the 90th percentile.
/// Percentiles interpolate linearly between the closest ranks (Hyndman & Fan definition 7,
/// the default of R, NumPy and spreadsheets' PERCENTILE.INC): for sorted values x[0..n-1] and
/// p in [0, 1], h = (n − 1)·p, result = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
/// Both are nullopt when n == 0. smallSample is n < kSmallSample.
struct Distribution
{
    int n = 0;
    std::optional<double> median;
    std::optional<double> p90;
    std::optional<double> mean; ///< arithmetic mean, for reference only (skewed by long tails)
    bool smallSample() const { return n < kSmallSample; }
};

/// Percentile `p` (0..1) of `values` as Distribution describes; nullopt for no values.
std::optional<double> percentile(QList<double> values, double p);
Distribution distributionOf(const QList<double> &values);

/// The four incident metrics (core/metrics.h) of a group of incidents. Definitions:
/// time to detect / mitigate / resolve from the incident start (Atlassian's incident metrics,
/// FireHydrant's glossary; time to resolve is DORA's "time to restore service" for one
/// incident), duration = end − start. The VOID report (2021, 2022) argues against reading
/// means of these as a measure of reliability: they are long-tailed, hence medians and
/// percentiles with their n.
struct MetricGroup
{
    QString key;       ///< "2024-Q1", a service name, or "all"
    int incidents = 0; ///< incidents in the group, whether or not their metrics are known
    Distribution timeToDetect;
    Distribution timeToMitigate;
    Distribution timeToResolve;
    Distribution duration;
};

struct LibraryStats
{
    int incidents = 0;        ///< indexed postmortems
    int withoutStartDate = 0; ///< not in any month or quarter
    int brokenFiles = 0;
    /// "YYYY-MM" -> incidents that started that month (by the date in the document's own
    /// zone), every month from the first to the last, including months with none.
    QList<std::pair<QString, int>> perMonth;
    MetricGroup all;
    QList<MetricGroup> perQuarter;  ///< "YYYY-Qn", chronological, quarters with incidents
    QList<MetricGroup> perService;  ///< by service name (an incident counts for each of its
                                    ///< services), most incidents first
    QList<MetricGroup> perSeverity; ///< "SEV1" … "SEV5", "unknown"
};

/// Computes the statistics of `entries`; `brokenFiles` is only reported.
LibraryStats computeLibraryStats(const QList<LibraryEntry> &entries, int brokenFiles = 0);

/// JSON: {"incidents", "withoutStartDate", "brokenFiles", "perMonth": [{"month", "incidents"}],
/// "all": Group, "perQuarter": [Group], "perService": [Group], "perSeverity": [Group]} with
/// Group = {"key", "incidents", "timeToDetect": Dist, "timeToMitigate": Dist,
/// "timeToResolve": Dist, "duration": Dist} and Dist = {"n", "medianMinutes" | null,
/// "p90Minutes" | null, "meanMinutes" | null, "warning": "…" | null}.
QJsonObject libraryStatsToJson(const LibraryStats &stats);

/// Plain text for a terminal: one table per grouping, every figure with its n, and "(n < 10)"
/// marks with a note under the table.
QString libraryStatsToText(const LibraryStats &stats);

/// "1 h 5 min", "45 min", "2 d 3 h" for a number of minutes (rounded to the minute).
QString formatMinutes(double minutes);

} // namespace Hindsight
