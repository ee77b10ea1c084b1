#include "core/library/librarystats.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Hindsight {

namespace {

struct StatsText
{
    Q_DECLARE_TR_FUNCTIONS(Hindsight::LibraryStats)
};

QString quarterOf(const QDate &d)
{
    return QStringLiteral("%1-Q%2").arg(d.year()).arg((d.month() - 1) / 3 + 1);
}

MetricGroup groupOf(const QString &key, const QList<const LibraryEntry *> &entries)
{
    MetricGroup g;
    g.key = key;
    g.incidents = int(entries.size());
    QList<double> ttd, ttm, ttr, duration;
    for (const LibraryEntry *e : entries) {
        const IncidentMetrics &m = e->metrics;
        if (m.timeToDetectMinutes)
            ttd.append(double(*m.timeToDetectMinutes));
        if (m.timeToMitigateMinutes)
            ttm.append(double(*m.timeToMitigateMinutes));
        if (m.timeToResolveMinutes)
            ttr.append(double(*m.timeToResolveMinutes));
        if (m.durationMinutes)
            duration.append(double(*m.durationMinutes));
    }
    g.timeToDetect = distributionOf(ttd);
    g.timeToMitigate = distributionOf(ttm);
    g.timeToResolve = distributionOf(ttr);
    g.duration = distributionOf(duration);
    return g;
}

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(std::round(*v * 10) / 10) : QJsonValue(QJsonValue::Null);
}

QString smallSampleWarning(int n)
{
    return StatsText::tr("only %n incident(s); fewer than 10 make an unreliable figure", "", n);
}

QJsonObject distributionToJson(const Distribution &d)
{
    return {{QStringLiteral("n"), d.n},
            {QStringLiteral("medianMinutes"), number(d.median)},
            {QStringLiteral("p90Minutes"), number(d.p90)},
            {QStringLiteral("meanMinutes"), number(d.mean)},
            {QStringLiteral("warning"),
             d.smallSample() ? QJsonValue(smallSampleWarning(d.n)) : QJsonValue(QJsonValue::Null)}};
}

QJsonObject groupToJson(const MetricGroup &g)
{
    return {{QStringLiteral("key"), g.key},
            {QStringLiteral("incidents"), g.incidents},
            {QStringLiteral("timeToDetect"), distributionToJson(g.timeToDetect)},
            {QStringLiteral("timeToMitigate"), distributionToJson(g.timeToMitigate)},
            {QStringLiteral("timeToResolve"), distributionToJson(g.timeToResolve)},
            {QStringLiteral("duration"), distributionToJson(g.duration)}};
}

QJsonArray groupsToJson(const QList<MetricGroup> &groups)
{
    QJsonArray out;
    for (const MetricGroup &g : groups)
        out.append(groupToJson(g));
    return out;
}

/// "45 min / 2 h 10 min (n=12)" or "— (n=0)"; a trailing "*" when n < 10.
QString cell(const Distribution &d)
{
    if (!d.median)
        return QStringLiteral("— (n=0)*");
    return QStringLiteral("%1 / %2 (n=%3)%4")
        .arg(formatMinutes(*d.median), formatMinutes(*d.p90))
        .arg(d.n)
        .arg(d.smallSample() ? QStringLiteral("*") : QString());
}

void appendTable(QString &out, const QString &title, const QString &keyHeader,
                 const QList<MetricGroup> &groups)
{
    QList<QStringList> rows{{keyHeader, StatsText::tr("incidents"), StatsText::tr("time to detect"),
                             StatsText::tr("time to mitigate"), StatsText::tr("time to resolve"),
                             StatsText::tr("duration")}};
    for (const MetricGroup &g : groups)
        rows.append({g.key, QString::number(g.incidents), cell(g.timeToDetect),
                     cell(g.timeToMitigate), cell(g.timeToResolve), cell(g.duration)});
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    out += title + QLatin1Char('\n');
    for (const QStringList &row : rows) {
        QStringList padded;
        for (qsizetype i = 0; i < row.size(); ++i)
            padded.append(i == 0 ? row[i].leftJustified(widths[i])
                                 : row[i].rightJustified(widths[i]));
        out += QStringLiteral("  ") + padded.join(QStringLiteral("  ")).trimmed()
               + QLatin1Char('\n');
    }
    out += QLatin1Char('\n');
}

} // namespace

std::optional<double> percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const double h = double(values.size() - 1) * std::clamp(p, 0.0, 1.0);
    const auto lo = qsizetype(std::floor(h));
    const qsizetype hi = std::min(lo + 1, values.size() - 1);
    return values[lo] + (h - double(lo)) * (values[hi] - values[lo]);
}

Distribution distributionOf(const QList<double> &values)
{
    Distribution d;
    d.n = int(values.size());
    d.median = percentile(values, 0.5);
    d.p90 = percentile(values, 0.9);
    if (!values.isEmpty())
        d.mean = std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
    return d;
}

QString formatMinutes(double minutes)
{
    const qint64 total = qRound64(minutes);
    const qint64 a = std::abs(total);
    const QString sign = total < 0 ? QStringLiteral("-") : QString();
    if (a < 60)
        return sign + StatsText::tr("%1 min").arg(a);
    if (a < 24 * 60)
        return sign
               + (a % 60 ? StatsText::tr("%1 h %2 min").arg(a / 60).arg(a % 60)
                         : StatsText::tr("%1 h").arg(a / 60));
    const qint64 hours = (a % (24 * 60) + 30) / 60; // to the nearest hour
    return sign
           + (hours ? StatsText::tr("%1 d %2 h").arg(a / (24 * 60)).arg(hours)
                    : StatsText::tr("%1 d").arg(a / (24 * 60)));
}

LibraryStats computeLibraryStats(const QList<LibraryEntry> &entries, int brokenFiles)
{
    LibraryStats s;
    s.incidents = int(entries.size());
    s.brokenFiles = brokenFiles;
    QMap<QString, int> months;
    QMap<QString, QList<const LibraryEntry *>> quarters, severities;
    QHash<QString, QList<const LibraryEntry *>> services;
    QList<const LibraryEntry *> all;
    for (const LibraryEntry &e : entries) {
        all.append(&e);
        if (e.start.date.isValid()) {
            ++months[e.start.date.toString(QStringLiteral("yyyy-MM"))];
            quarters[quarterOf(e.start.date)].append(&e);
        } else {
            ++s.withoutStartDate;
        }
        for (const QString &service : e.services)
            services[service].append(&e);
        severities[e.severity ? severityName(*e.severity) : QStringLiteral("unknown")].append(&e);
    }
    if (!months.isEmpty()) {
        QDate month = QDate::fromString(months.firstKey() + QStringLiteral("-01"), Qt::ISODate);
        const QDate last = QDate::fromString(months.lastKey() + QStringLiteral("-01"), Qt::ISODate);
        for (; month <= last; month = month.addMonths(1)) {
            const QString key = month.toString(QStringLiteral("yyyy-MM"));
            s.perMonth.append({key, months.value(key)});
        }
    }
    s.all = groupOf(QStringLiteral("all"), all);
    for (auto it = quarters.cbegin(); it != quarters.cend(); ++it)
        s.perQuarter.append(groupOf(it.key(), it.value()));
    for (auto it = severities.cbegin(); it != severities.cend(); ++it)
        s.perSeverity.append(groupOf(it.key(), it.value()));
    for (auto it = services.cbegin(); it != services.cend(); ++it)
        s.perService.append(groupOf(it.key(), it.value()));
    std::sort(s.perService.begin(), s.perService.end(),
              [](const MetricGroup &a, const MetricGroup &b) {
                  return a.incidents != b.incidents ? a.incidents > b.incidents : a.key < b.key;
              });
    return s;
}

QJsonObject libraryStatsToJson(const LibraryStats &stats)
{
    QJsonArray months;
    for (const auto &[month, count] : stats.perMonth)
        months.append(
            QJsonObject{{QStringLiteral("month"), month}, {QStringLiteral("incidents"), count}});
    return {{QStringLiteral("incidents"), stats.incidents},
            {QStringLiteral("withoutStartDate"), stats.withoutStartDate},
            {QStringLiteral("brokenFiles"), stats.brokenFiles},
            {QStringLiteral("perMonth"), months},
            {QStringLiteral("all"), groupToJson(stats.all)},
            {QStringLiteral("perQuarter"), groupsToJson(stats.perQuarter)},
            {QStringLiteral("perService"), groupsToJson(stats.perService)},
            {QStringLiteral("perSeverity"), groupsToJson(stats.perSeverity)}};
}

QString libraryStatsToText(const LibraryStats &stats)
{
    QString out = StatsText::tr("%n incident(s)", "", stats.incidents);
    if (stats.withoutStartDate)
        out += StatsText::tr(", %n without a start date", "", stats.withoutStartDate);
    if (stats.brokenFiles)
        out += StatsText::tr(", %n file(s) not indexed", "", stats.brokenFiles);
    out += QStringLiteral("\n\n") + StatsText::tr("Incidents per month") + QLatin1Char('\n');
    for (const auto &[month, count] : stats.perMonth)
        out += QStringLiteral("  %1  %2  %3\n")
                   .arg(month)
                   .arg(count, 3)
                   .arg(QString(count, QChar(0x2588)));
    out += QLatin1Char('\n');
    const QString legend = StatsText::tr("Each figure: median / 90th percentile (n = incidents "
                                         "with that figure known).");
    out += legend + QLatin1Char('\n') + QLatin1Char('\n');
    appendTable(out, StatsText::tr("All incidents"), StatsText::tr("group"), {stats.all});
    appendTable(out, StatsText::tr("Per quarter"), StatsText::tr("quarter"), stats.perQuarter);
    appendTable(out, StatsText::tr("Per service"), StatsText::tr("service"), stats.perService);
    appendTable(out, StatsText::tr("Per severity"), StatsText::tr("severity"), stats.perSeverity);
    out += StatsText::tr("* n < 10: too few incidents for a reliable median or 90th percentile.")
           + QLatin1Char('\n');
    return out;
}

} // namespace Hindsight
