// Import: which order the document writes its numeric dates in (day first or month first).
#include "core/fastregex.h"
#include "core/importtime.h"

#include <QDate>
#include <QList>

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace Hindsight::ImportTime {

namespace {

const FastRegex &numericDateRegex()
{
    static const FastRegex re(QStringLiteral(
        R"((?<![\d/.-])(\d{1,2})[-/.](\d{1,2})[-/.](?:(?:19|20)\d\d(?![\d])|\d\d(?![\d/.-])))"));
    return re;
}

} // namespace

bool looksDayFirst(const QString &text)
{
    auto it = numericDateRegex().globalMatch(text);
    int seen = 0;
    QList<std::pair<QDate, QDate>> readings; // (month first, day first) of each date
    while (it.hasNext() && seen++ < 1000) {
        const FastMatch m = it.next();
        const int a = m.captured(1).toInt();
        const int b = m.captured(2).toInt();
        if (a > 12 && b <= 12)
            return true;
        const QString whole = m.captured(0);
        qsizetype cut = whole.size();
        while (cut > 0 && whole.at(cut - 1).isDigit())
            --cut;
        const QString y = whole.mid(cut);
        const int year = y.size() == 2 ? detail::fullYear(y.toInt()) : y.toInt();
        const QDate monthFirst(year, a, b);
        const QDate dayFirst(year, b, a);
        if (monthFirst.isValid() && dayFirst.isValid())
            readings.append({monthFirst, dayFirst});
    }
    // Every date ambiguous ("08-01-2026", "11-01-2026", "12-01-2026"): an incident's dates lie
    // days apart, not months. When day first puts them within two weeks and month first
    // months apart, the document's own dates show DD/MM (LABELING.md's rule for ambiguous
    // dates).
    if (readings.isEmpty())
        return false;
    // The document's ISO 8601 dates ("# 2024-08-03 Proxy lost" over "Friday 03-08-2024")
    // are unambiguous: the reading that puts the ambiguous ones within two weeks of them, when
    // the other puts them months away, is the document's.
    static const FastRegex iso(QStringLiteral(R"((?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d))"));
    QList<QDate> anchors;
    auto isoIt = iso.globalMatch(QStringView(text).left(20000));
    while (isoIt.hasNext() && anchors.size() < 50) {
        const FastMatch m = isoIt.next();
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (d.isValid())
            anchors.append(d);
    }
    if (!anchors.isEmpty()) {
        const auto farthest = [&](bool dayFirst) {
            qint64 worst = 0;
            for (const auto &[mf, df] : std::as_const(readings)) {
                qint64 nearest = std::numeric_limits<qint64>::max();
                for (const QDate &a : std::as_const(anchors))
                    nearest = std::min(nearest, std::abs(a.daysTo(dayFirst ? df : mf)));
                worst = std::max(worst, nearest);
            }
            return worst;
        };
        if (farthest(true) <= 14 && farthest(false) >= 60)
            return true;
    }
    if (readings.size() < 2)
        return false;
    const auto spanDays = [&readings](bool dayFirst) {
        QDate lo, hi;
        for (const auto &[mf, df] : std::as_const(readings)) {
            const QDate d = dayFirst ? df : mf;
            lo = lo.isValid() ? std::min(lo, d) : d;
            hi = hi.isValid() ? std::max(hi, d) : d;
        }
        return lo.daysTo(hi);
    };
    return spanDays(true) <= 14 && spanDays(false) >= 60;
}

} // namespace Hindsight::ImportTime
