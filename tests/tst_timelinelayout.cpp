// The timeline chart's layout without a GUI (no QApplication): the axis range, zooming to the
// incident with the events beyond it counted at the edges, ticks, phases, brackets, markers.
#include "render/timelinelayout.h"

#include <QDateTime>
#include <QTest>

using namespace Hindsight;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

Moment at(const QDate &date, int h, int m)
{
    Moment mo;
    mo.date = date;
    mo.time = QTime(h, m);
    mo.utcOffsetMinutes = 0;
    return mo;
}

qint64 wall(const QDate &d, int h, int m)
{
    return QDateTime(d, QTime(h, m), Qt::UTC).toMSecsSinceEpoch();
}

const QDate kDay0(2025, 3, 10);

/// A 3-hour incident (10:00–13:00 UTC on kDay0) whose timeline also holds two lead-up entries
/// five days before and two follow-ups two weeks after.
Postmortem incidentWithLeadUpAndFollowUps()
{
    Postmortem pm;
    pm.timezone = TimeZoneInfo{QStringLiteral("UTC"), 0};
    pm.start = at(kDay0, 10, 0);
    pm.end = at(kDay0, 13, 0);
    const QDate before = kDay0.addDays(-5);
    const QDate after = kDay0.addDays(14);
    pm.timeline = {
        {at(before, 9, 0), EventKind::Other, QStringLiteral("Config change merged.")},
        {at(before, 16, 30), EventKind::Other, QStringLiteral("Change rolled out to one zone.")},
        {at(kDay0, 10, 5), EventKind::Detection, QStringLiteral("Error-rate alert fires.")},
        {at(kDay0, 10, 20), EventKind::Escalation, QStringLiteral("Storage team paged.")},
        {at(kDay0, 10, 50), EventKind::Misleading, QStringLiteral("Network suspected.")},
        {at(kDay0, 11, 30), EventKind::Mitigation, QStringLiteral("Traffic drained.")},
        {at(kDay0, 12, 10), EventKind::Investigation, QStringLiteral("Config diff found.")},
        {at(kDay0, 13, 0), EventKind::Resolution, QStringLiteral("Change reverted.")},
        {at(after, 14, 0), EventKind::Communication, QStringLiteral("Customer report sent.")},
        {at(after, 15, 0), EventKind::Other, QStringLiteral("Review meeting held.")},
    };
    return pm;
}

/// Zoomed to the incident (the default; spelled out so the tests say what they check).
TimelineChartOptions zoomed()
{
    TimelineChartOptions options;
    options.allEvents = false;
    return options;
}

} // namespace

class TestTimelineLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noGuiNeeded() { QVERIFY(!QCoreApplication::instance()->inherits("QGuiApplication")); }

    void axisCoversTheIncidentNotTheLeadUpAndFollowUps()
    {
        const Postmortem pm = incidentWithLeadUpAndFollowUps();
        const TimelineLayout l = layoutTimeline(pm, 900, zoomed());
        QCOMPARE(l.events.size(), 10);
        QCOMPARE(l.earlierCount, 2);
        QCOMPARE(l.laterCount, 2);
        QCOMPARE(l.shown,
                 (QList<bool>{false, false, true, true, true, true, true, true, false, false}));
        const qint64 start = wall(kDay0, 10, 0);
        const qint64 end = wall(kDay0, 13, 0);
        // The window and a little room around it: within an hour and a half either side.
        QVERIFY(l.axisMin < start && l.axisMin > start - 90 * kMinute);
        QVERIFY(l.axisMax > end && l.axisMax < end + 90 * kMinute);
        QVERIFY(!l.multiDay);
        QCOMPARE(l.axisTitle, QStringLiteral("Time (UTC) · 2025-03-10"));
        // Ticks at round times inside the range, e.g. every 30 minutes.
        QVERIFY(l.ticks.size() >= 4);
        for (const TimelineLayout::Tick &t : l.ticks) {
            QVERIFY(t.ms > l.axisMin && t.ms < l.axisMax);
            QCOMPARE(t.ms % (15 * kMinute), 0);
        }
        QCOMPARE(l.ticks.first().label.size(), 5); // "HH:mm"
        // Phases and brackets from the events on the axis.
        QCOMPARE(l.phases.size(), 3); // resolved at the end: no "resolve" phase
        QCOMPARE(l.phases[0].from, start);
        QCOMPARE(l.phases[0].to, wall(kDay0, 10, 5));
        QCOMPARE(l.brackets.size(), 2);
        QCOMPARE(l.brackets[0].text, QStringLiteral("TTD 5 min"));
        QCOMPARE(l.brackets[1].text, QStringLiteral("TTR 3 h 0 min"));
    }

    void allEventsWidensTheAxis()
    {
        const Postmortem pm = incidentWithLeadUpAndFollowUps();
        TimelineChartOptions options;
        options.allEvents = true;
        const TimelineLayout l = layoutTimeline(pm, 900, options);
        QCOMPARE(l.earlierCount, 0);
        QCOMPARE(l.laterCount, 0);
        QVERIFY(!l.shown.contains(false));
        QVERIFY(l.axisMin <= wall(kDay0.addDays(-5), 9, 0));
        QVERIFY(l.axisMax >= wall(kDay0.addDays(14), 15, 0));
        QVERIFY(l.multiDay);
        QCOMPARE(l.axisTitle, QStringLiteral("Time (UTC) · 2025-03-05 – 2025-03-24"));
        QCOMPARE(l.labelTime(wall(kDay0, 10, 5)), QStringLiteral("Mar 10 10:05"));
    }

    void withoutStartAndEndTheImpactBearingStretchIsTheFocus()
    {
        Postmortem pm = incidentWithLeadUpAndFollowUps();
        pm.start = Moment();
        pm.end = Moment();
        const std::optional<IncidentFocus> focus = incidentFocus(pm);
        QVERIFY(focus);
        QCOMPARE(focus->from, wall(kDay0, 10, 5));
        QCOMPARE(focus->to, wall(kDay0, 13, 0));
        const TimelineLayout l = layoutTimeline(pm, 900, zoomed());
        QCOMPARE(l.earlierCount, 2);
        QCOMPARE(l.laterCount, 2);
        QVERIFY(l.axisMax - l.axisMin < 6 * kHour);
    }

    void eventsNearTheIncidentStayOnTheAxis()
    {
        // A deploy 40 minutes before and a status update 50 minutes after a 3-hour incident
        // are part of the story: within the margin, nothing is counted at the edges.
        Postmortem pm = incidentWithLeadUpAndFollowUps();
        pm.timeline.removeFirst();
        pm.timeline.removeFirst();
        pm.timeline.removeLast();
        pm.timeline.removeLast();
        pm.timeline.prepend({at(kDay0, 9, 20), EventKind::Other, QStringLiteral("Deploy.")});
        pm.timeline.append(
            {at(kDay0, 13, 50), EventKind::Communication, QStringLiteral("Status page.")});
        const TimelineLayout l = layoutTimeline(pm, 900, zoomed());
        QCOMPARE(l.earlierCount, 0);
        QCOMPARE(l.laterCount, 0);
        QVERIFY(l.axisMin < wall(kDay0, 9, 20));
        QVERIFY(l.axisMax > wall(kDay0, 13, 50));
    }

    void closeEventsStackAndTheLabelsStayAbove()
    {
        Postmortem pm = incidentWithLeadUpAndFollowUps();
        pm.timeline.append({at(kDay0, 10, 5), EventKind::Communication, QStringLiteral("Same.")});
        const TimelineLayout l = layoutTimeline(pm, 900, zoomed());
        const int last = int(l.events.size()) - 1;
        QVERIFY(l.markerY[last] > l.markerY[2]); // stacked on the 10:05 detection
        QVERIFY(l.labelFloor > l.markerY[last]);
        QVERIFY(l.markerY[last] < kTimelineYMax);
    }

    void toolTipAndRows()
    {
        const TimelineLayout l = layoutTimeline(incidentWithLeadUpAndFollowUps(), 900, zoomed());
        QCOMPARE(l.indexOfRow(7), 7);
        QCOMPARE(l.toolTip(7),
                 QStringLiteral("2025-03-10 13:00 UTC · Resolution\nChange reverted."));
        QVERIFY(l.toolTip(42).isEmpty());
    }

    void noChartableEventGivesAnEmptyLayout()
    {
        Postmortem pm;
        pm.timeline = {{Moment(), EventKind::Other, QStringLiteral("no time")}};
        QVERIFY(layoutTimeline(pm, 900).events.isEmpty());
    }

    void darkPaletteIsDark()
    {
        const ChartPalette dark = chartPalette(ChartTheme::Dark);
        const ChartPalette light = chartPalette(ChartTheme::Light);
        QVERIFY(dark.dark && !light.dark);
        QVERIFY(dark.background.lightness() < 60);
        QVERIFY(dark.ink.lightness() > 200);
        QCOMPARE(light.background, QColor(Qt::white));
    }
};

QTEST_GUILESS_MAIN(TestTimelineLayout)
#include "tst_timelinelayout.moc"
