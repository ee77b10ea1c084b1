// Library statistics: percentiles, groupings and small-sample warnings against values worked
// out by hand.
#include "core/library/librarystats.h"

#include <QJsonArray>
#include <QTest>

using namespace Hindsight;

namespace {

LibraryEntry entry(const QDate &start, std::optional<qint64> ttd, std::optional<qint64> ttr,
                   const QStringList &services = {})
{
    LibraryEntry e;
    e.start.date = start;
    e.start.time = QTime(12, 0);
    e.metrics.timeToDetectMinutes = ttd;
    e.metrics.timeToResolveMinutes = ttr;
    e.metrics.durationMinutes = ttr;
    e.services = services;
    e.severity = Severity::Sev2;
    return e;
}

} // namespace

class TestLibraryStats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void percentilesInterpolateBetweenRanks()
    {
        // Sorted 10, 20, 30, 40: median h = 1.5 -> 25; p90 h = 2.7 -> 30 + 0.7*10 = 37.
        QCOMPARE(*percentile({40, 10, 30, 20}, 0.5), 25.0);
        QCOMPARE(*percentile({40, 10, 30, 20}, 0.9), 37.0);
        // Odd count: the middle value.
        QCOMPARE(*percentile({5, 1, 100}, 0.5), 5.0);
        // One value is every percentile.
        QCOMPARE(*percentile({7}, 0.9), 7.0);
        QVERIFY(!percentile({}, 0.5));
        // 1..11: median 6, p90 h = 9 -> 10.
        QList<double> v;
        for (int i = 11; i >= 1; --i)
            v.append(i);
        const Distribution d = distributionOf(v);
        QCOMPARE(d.n, 11);
        QCOMPARE(*d.median, 6.0);
        QCOMPARE(*d.p90, 10.0);
        QCOMPARE(*d.mean, 6.0);
        QVERIFY(!d.smallSample());
        QVERIFY(distributionOf({1, 2, 3}).smallSample());
    }

    void groupsByMonthQuarterAndService()
    {
        const QList<LibraryEntry> entries
            = {entry(QDate(2024, 1, 10), 5, 60, {QStringLiteral("api")}),
               entry(QDate(2024, 1, 20), 15, 120, {QStringLiteral("api"), QStringLiteral("db")}),
               entry(QDate(2024, 4, 2), std::nullopt, 30, {QStringLiteral("db")}),
               entry(QDate(), 10, std::nullopt)};
        const LibraryStats s = computeLibraryStats(entries, 2);
        QCOMPARE(s.incidents, 4);
        QCOMPARE(s.withoutStartDate, 1);
        QCOMPARE(s.brokenFiles, 2);
        // Every month from January to April, empty ones included.
        QCOMPARE(s.perMonth.size(), 4);
        QCOMPARE(s.perMonth[0], (std::pair<QString, int>{QStringLiteral("2024-01"), 2}));
        QCOMPARE(s.perMonth[1], (std::pair<QString, int>{QStringLiteral("2024-02"), 0}));
        QCOMPARE(s.perMonth[3], (std::pair<QString, int>{QStringLiteral("2024-04"), 1}));
        QCOMPARE(s.perQuarter.size(), 2);
        QCOMPARE(s.perQuarter[0].key, QStringLiteral("2024-Q1"));
        QCOMPARE(s.perQuarter[0].incidents, 2);
        QCOMPARE(s.perQuarter[0].timeToDetect.n, 2);
        QCOMPARE(*s.perQuarter[0].timeToDetect.median, 10.0);
        QCOMPARE(*s.perQuarter[0].timeToResolve.p90, 114.0); // 60 + 0.9 * 60
        QCOMPARE(s.perQuarter[1].key, QStringLiteral("2024-Q2"));
        QCOMPARE(s.perQuarter[1].timeToDetect.n, 0);
        QVERIFY(!s.perQuarter[1].timeToDetect.median);
        // All: TTD known for 3 (5, 15, 10) -> median 10; TTR for 3 (60, 120, 30) -> 60.
        QCOMPARE(s.all.timeToDetect.n, 3);
        QCOMPARE(*s.all.timeToDetect.median, 10.0);
        QCOMPARE(*s.all.timeToResolve.median, 60.0);
        // Services: an incident counts for each of its services; most incidents first.
        QCOMPARE(s.perService.size(), 2);
        QCOMPARE(s.perService[0].key, QStringLiteral("api"));
        QCOMPARE(s.perService[0].incidents, 2);
        QCOMPARE(s.perService[1].key, QStringLiteral("db"));
        QCOMPARE(*s.perService[1].timeToResolve.median, 75.0); // 120 and 30
    }

    void smallSamplesCarryAWarning()
    {
        QList<LibraryEntry> entries;
        for (int i = 0; i < 12; ++i)
            entries.append(entry(QDate(2024, 1, 1).addDays(i),
                                 i < 9 ? std::optional<qint64>(i) : std::nullopt, 10 * (i + 1)));
        const LibraryStats s = computeLibraryStats(entries);
        const QJsonObject json = libraryStatsToJson(s);
        const QJsonObject all = json[QStringLiteral("all")].toObject();
        // 9 detection times: a warning; 12 resolve times: none.
        QCOMPARE(all[QStringLiteral("timeToDetect")][QStringLiteral("n")].toInt(), 9);
        QVERIFY(all[QStringLiteral("timeToDetect")][QStringLiteral("warning")].isString());
        QCOMPARE(all[QStringLiteral("timeToResolve")][QStringLiteral("n")].toInt(), 12);
        QVERIFY(all[QStringLiteral("timeToResolve")][QStringLiteral("warning")].isNull());
        // 10..120: median h = 5.5 -> 65; p90 h = 9.9 -> 100 + 0.9*10 = 109.
        QCOMPARE(all[QStringLiteral("timeToResolve")][QStringLiteral("medianMinutes")].toDouble(),
                 65.0);
        QCOMPARE(all[QStringLiteral("timeToResolve")][QStringLiteral("p90Minutes")].toDouble(),
                 109.0);
        const QString text = libraryStatsToText(s);
        QVERIFY2(text.contains(QStringLiteral("(n=9)*")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("1 h 5 min / 1 h 49 min (n=12)")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("n < 10")));
    }

    void minutesReadAsDurations()
    {
        QCOMPARE(formatMinutes(45), QStringLiteral("45 min"));
        QCOMPARE(formatMinutes(60), QStringLiteral("1 h"));
        QCOMPARE(formatMinutes(125.4), QStringLiteral("2 h 5 min"));
        QCOMPARE(formatMinutes(3 * 24 * 60 + 5 * 60 + 10), QStringLiteral("3 d 5 h"));
        QCOMPARE(formatMinutes(-5), QStringLiteral("-5 min"));
    }
};

QTEST_GUILESS_MAIN(TestLibraryStats)
#include "tst_librarystats.moc"
