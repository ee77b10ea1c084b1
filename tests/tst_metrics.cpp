// Incident metrics (duration, time to detect / mitigate / resolve) on the seeds and edge cases.
#include "core/importer.h"
#include "core/metrics.h"
#include "corpus.h"

#include <QFile>
#include <QTest>

#include <optional>

using namespace Hindsight;

namespace {

using Minutes = std::optional<qint64>;

Moment at(const QDate &date, int h, int m, std::optional<int> offset = std::nullopt)
{
    Moment mo;
    mo.date = date;
    mo.time = QTime(h, m);
    mo.utcOffsetMinutes = offset;
    return mo;
}

/// A time with no date, as hand-written timelines give them.
Moment undated(int h, int m)
{
    return at(QDate(), h, m);
}

TimelineEvent ev(const Moment &m, EventKind kind)
{
    return {m, kind, QStringLiteral("event")};
}

Postmortem importSeed(const QString &prefix)
{
    const QString dir = HindsightTest::corpusPath(QStringLiteral("seeds/"));
    QFile f;
    for (const QString &name :
         {QStringLiteral("000_21a48f8409a941f2.txt"), QStringLiteral("001_1366ae9032d61fbc.txt"),
          QStringLiteral("002_f501168319a7d76f.txt"), QStringLiteral("003_52eb452ef33d325f.txt"),
          QStringLiteral("004_7c54486352ff4ef9.txt")})
        if (name.startsWith(prefix))
            f.setFileName(dir + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return importMarkdown(QString::fromUtf8(f.readAll()));
}

QByteArray show(Minutes m)
{
    return m ? QByteArray::number(*m) : QByteArrayLiteral("nullopt");
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seeds_data()
    {
        HINDSIGHT_REQUIRE_CORPUS("seeds");
        QTest::addColumn<QString>("seed");
        QTest::addColumn<Minutes>("duration");
        QTest::addColumn<Minutes>("detect");
        QTest::addColumn<Minutes>("resolve");
        // Values a careful reader gets from the seeds (the acceptance figures).
        QTest::newRow("000") << QStringLiteral("000") << Minutes(240) << Minutes(0) << Minutes(240);
        QTest::newRow("002") << QStringLiteral("002") << Minutes(180) << Minutes(15)
                             << Minutes(180);
    }
    void seeds()
    {
        QFETCH(QString, seed);
        QFETCH(Minutes, duration);
        QFETCH(Minutes, detect);
        QFETCH(Minutes, resolve);
        const Postmortem pm = importSeed(seed);
        QVERIFY2(!pm.timeline.isEmpty(), "seed not imported");
        const IncidentMetrics m = computeMetrics(pm);
        QCOMPARE(show(m.durationMinutes), show(duration));
        QCOMPARE(show(m.timeToDetectMinutes), show(detect));
        QCOMPARE(show(m.timeToResolveMinutes), show(resolve));
    }

    void crossesMidnight()
    {
        Postmortem pm;
        pm.timezone = TimeZoneInfo{QStringLiteral("UTC"), 0};
        pm.start = at(QDate(2024, 2, 15), 23, 30, 0);
        pm.end = undated(1, 0);
        pm.timeline = {ev(undated(23, 40), EventKind::Detection),
                       ev(undated(23, 55), EventKind::Investigation),
                       ev(undated(0, 10), EventKind::Mitigation),
                       ev(undated(0, 50), EventKind::Resolution)};
        const IncidentMetrics m = computeMetrics(pm);
        QCOMPARE(show(m.durationMinutes), show(90));
        QCOMPARE(show(m.timeToDetectMinutes), show(10));
        QCOMPARE(show(m.timeToMitigateMinutes), show(40));
        QCOMPARE(show(m.timeToResolveMinutes), show(80));
        // A mitigation after the resolution is follow-up: it measures nothing.
        pm.timeline[2].kind = EventKind::Other;
        pm.timeline.append(ev(undated(1, 20), EventKind::Mitigation));
        QCOMPARE(show(computeMetrics(pm).timeToMitigateMinutes), show(std::nullopt));
    }

    void dayCarriedAcrossSeveralMidnights()
    {
        Postmortem pm;
        pm.start = at(QDate(2024, 3, 1), 20, 0);
        pm.timeline = {ev(undated(23, 0), EventKind::Investigation),
                       ev(undated(9, 0), EventKind::Investigation), // Mar 2
                       ev(undated(22, 0), EventKind::Escalation),   // Mar 2
                       ev(undated(6, 30), EventKind::Resolution)};  // Mar 3
        QCOMPARE(show(computeMetrics(pm).timeToResolveMinutes), show(34 * 60 + 30));
    }

    void missingEventsGiveNoMetricNeverZero()
    {
        Postmortem pm;
        pm.start = at(QDate(2024, 2, 15), 22, 0, 0);
        pm.timeline = {ev(at(QDate(2024, 2, 15), 22, 0, 0), EventKind::Investigation),
                       ev(Moment(), EventKind::Detection), // no time: cannot count
                       ev(at(QDate(2024, 2, 15), 23, 0, 0), EventKind::Other)};
        const IncidentMetrics m = computeMetrics(pm);
        QCOMPARE(show(m.durationMinutes), show(std::nullopt)); // no end
        QCOMPARE(show(m.timeToDetectMinutes), show(std::nullopt));
        QCOMPARE(show(m.timeToMitigateMinutes), show(std::nullopt));
        QCOMPARE(show(m.timeToResolveMinutes), show(std::nullopt));

        // The start has a date but no time: nothing can be measured from it.
        pm.start.time = QTime();
        pm.end = at(QDate(2024, 2, 16), 2, 0, 0);
        pm.timeline.append(ev(at(QDate(2024, 2, 15), 22, 10, 0), EventKind::Detection));
        const IncidentMetrics none = computeMetrics(pm);
        QCOMPARE(show(none.durationMinutes), show(std::nullopt));
        QCOMPARE(show(none.timeToDetectMinutes), show(std::nullopt));

        // An empty postmortem.
        const IncidentMetrics empty = computeMetrics(Postmortem());
        QVERIFY(!empty.durationMinutes && !empty.timeToDetectMinutes && !empty.timeToMitigateMinutes
                && !empty.timeToResolveMinutes);
    }

    void zeroIsARealValue()
    {
        Postmortem pm;
        pm.start = at(QDate(2024, 2, 15), 22, 0, 0);
        pm.end = at(QDate(2024, 2, 15), 22, 0, 0);
        pm.timeline = {ev(undated(22, 0), EventKind::Detection)};
        const IncidentMetrics m = computeMetrics(pm);
        QCOMPARE(show(m.durationMinutes), show(0));
        QCOMPARE(show(m.timeToDetectMinutes), show(0));
    }

    void eventsBeforeTheStart()
    {
        Postmortem pm;
        pm.timezone = TimeZoneInfo{QStringLiteral("UTC"), 0};
        pm.start = at(QDate(2024, 2, 15), 22, 0, 0);
        pm.end = at(QDate(2024, 2, 16), 2, 0, 0);
        // An undated time a little before the start is the same evening, not tomorrow.
        pm.timeline = {ev(undated(21, 50), EventKind::Detection),
                       ev(undated(22, 30), EventKind::Mitigation),
                       ev(undated(1, 0), EventKind::Resolution)};
        IncidentMetrics m = computeMetrics(pm);
        QCOMPARE(show(m.timeToDetectMinutes), show(-10));
        QCOMPARE(show(m.timeToMitigateMinutes), show(30));
        QCOMPARE(show(m.timeToResolveMinutes), show(180));

        // A dated event the day before.
        pm.timeline.prepend(ev(at(QDate(2024, 2, 14), 23, 0, 0), EventKind::Detection));
        m = computeMetrics(pm);
        QCOMPARE(show(m.timeToDetectMinutes), show(-23 * 60));
    }

    void earliestByTimeNotByRow()
    {
        Postmortem pm;
        pm.start = at(QDate(2024, 2, 15), 10, 0, 0);
        pm.timeline = {ev(at(QDate(2024, 2, 15), 11, 0, 0), EventKind::Detection),
                       ev(at(QDate(2024, 2, 15), 10, 20, 0), EventKind::Detection)};
        QCOMPARE(show(computeMetrics(pm).timeToDetectMinutes), show(20));
    }

    void offsetsAreHonoured()
    {
        Postmortem pm;
        pm.timezone = TimeZoneInfo{QStringLiteral("PDT"), -420};
        pm.start = at(QDate(2024, 6, 1), 9, 0);   // no offset: the document's zone (PDT)
        pm.end = at(QDate(2024, 6, 1), 17, 0, 0); // 17:00 UTC = 10:00 PDT
        // 16:30 UTC written with its own offset = 09:30 PDT.
        pm.timeline = {ev(at(QDate(2024, 6, 1), 16, 30, 0), EventKind::Detection),
                       ev(at(QDate(2024, 6, 1), 9, 45), EventKind::Resolution)};
        const IncidentMetrics m = computeMetrics(pm);
        QCOMPARE(show(m.durationMinutes), show(60));
        QCOMPARE(show(m.timeToDetectMinutes), show(30));
        QCOMPARE(show(m.timeToResolveMinutes), show(45));
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
