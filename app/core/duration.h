// Durations as a reader sees them, in one place: the key facts, the chart's TTD/TTR, the slides.
#pragma once

#include <QString>

namespace Hindsight {

/// How a whole number of hours is written below a day.
enum class DurationStyle {
    Full,    ///< "4 h 0 min": the key-facts table and the chart, where figures line up
    Compact, ///< "4 h": a slide's key-fact tiles
};

/// A duration in whole minutes, in days, hours and minutes with the unit symbols "d", "h" and
/// "min": "45 min", "3 h 30 min", "4 h 0 min" (Compact: "4 h"), and from a day on the days
/// first with zero parts left out: "14 d 4 h 40 min", "2 d 30 min", "1 d". Negative values
/// get a leading `minusSign` (an end before the start is a data error a caller may show).
/// The unit symbols are translatable (context "Hindsight::Duration").
QString formatDuration(qint64 minutes, DurationStyle style = DurationStyle::Full,
                       const QString &minusSign = QStringLiteral("-"));

} // namespace Hindsight
