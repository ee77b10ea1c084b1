#include "core/duration.h"

#include <QCoreApplication>

namespace Hindsight {

namespace {

/// Context of the unit symbols (lupdate reads the macro's argument).
struct DurationText
{
    Q_DECLARE_TR_FUNCTIONS(Hindsight::Duration)
};

QString days(qint64 n)
{
    //: a number of days, abbreviated ("14 d")
    return DurationText::tr("%1 d").arg(n);
}
QString hours(qint64 n)
{
    //: a number of hours, abbreviated ("4 h")
    return DurationText::tr("%1 h").arg(n);
}
QString minutesText(qint64 n)
{
    //: a number of minutes, abbreviated ("40 min")
    return DurationText::tr("%1 min").arg(n);
}

} // namespace

QString formatDuration(qint64 minutes, DurationStyle style, const QString &minusSign)
{
    const QString sign = minutes < 0 ? minusSign : QString();
    const qint64 a = minutes < 0 ? -minutes : minutes;
    constexpr qint64 kDay = 24 * 60;
    if (a < 60)
        return sign + minutesText(a);
    if (a < kDay) {
        if (style == DurationStyle::Compact && a % 60 == 0)
            return sign + hours(a / 60);
        return sign + hours(a / 60) + QLatin1Char(' ') + minutesText(a % 60);
    }
    QStringList parts{days(a / kDay)};
    if ((a % kDay) / 60 > 0)
        parts << hours((a % kDay) / 60);
    if (a % 60 > 0)
        parts << minutesText(a % 60);
    return sign + parts.join(QLatin1Char(' '));
}

} // namespace Hindsight
