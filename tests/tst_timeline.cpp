// The time order of a timeline (core/timeline.h): stable sorting, dates carried across undated
// rows, midnight crossings — no widgets involved.
#include "core/timeline.h"
#include "timelineevents.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Hindsight;
using namespace HindsightTest;

class TestTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sortIsStableForEqualTimes();
    void sortPutsUndatedAfterMidnightOnTheNextDay();
    void sortMovesAnOutOfOrderTimeUpInsteadOfToTomorrow();
    void sortMixesDatedAndUndated();
    void sortKeepsUntimedEventsAfterTheirPredecessor();
    void sortWithoutAnyKnownDate();
    void carriedDatesFillDateAndOffset();
    void sortLeavesGeneratedInOrderTimelines();
};

// --- sortTimeline ---------------------------------------------------------------------------

void TestTimeline::sortIsStableForEqualTimes()
{
    QList<TimelineEvent> events
        = {ev(QTime(10, 5), QStringLiteral("c")), ev(QTime(10, 0), QStringLiteral("a1")),
           ev(QTime(10, 0), QStringLiteral("a2")), ev(QTime(10, 5), QStringLiteral("d")),
           ev(QTime(10, 0), QStringLiteral("a3"))};
    sortTimeline(events, Moment{kDay, QTime(9, 0), {}, {}});
    QCOMPARE(texts(events), words("a1 a2 a3 c d"));

    // Already sorted: unchanged, also when run again.
    const QList<TimelineEvent> once = events;
    sortTimeline(events, Moment{kDay, QTime(9, 0), {}, {}});
    QCOMPARE(events, once);
}

void TestTimeline::sortPutsUndatedAfterMidnightOnTheNextDay()
{
    const Moment start{kDay, QTime(23, 0), {}, {}};
    // In order across midnight: stays, and 00:10 is read as the next day.
    QList<TimelineEvent> inOrder
        = {ev(QTime(23, 50), QStringLiteral("late")), ev(QTime(0, 10), QStringLiteral("after")),
           ev(QTime(1, 0), QStringLiteral("later"))};
    sortTimeline(inOrder, start);
    QCOMPARE(texts(inOrder), words("late after later"));
    const QList<TimelineEvent> carried = withCarriedDates(inOrder, start);
    QCOMPARE(carried[0].at.date, kDay);
    QCOMPARE(carried[1].at.date, kDay.addDays(1));
    QCOMPARE(carried[2].at.date, kDay.addDays(1));

    // 00:10 listed first: far earlier than the 23:00 start, so it is the next day and goes last.
    QList<TimelineEvent> misplaced
        = {ev(QTime(0, 10), QStringLiteral("after")), ev(QTime(23, 50), QStringLiteral("late")),
           ev(QTime(23, 55), QStringLiteral("later"))};
    sortTimeline(misplaced, start);
    QCOMPARE(texts(misplaced), words("late later after"));
    QCOMPARE(withCarriedDates(misplaced, start)[2].at.date, kDay.addDays(1));
}

void TestTimeline::sortMovesAnOutOfOrderTimeUpInsteadOfToTomorrow()
{
    const Moment start{kDay, QTime(9, 55), {}, {}};
    // A row typed slightly too early (10:15 below 10:30) is an out-of-order row, not the next
    // morning; a time shortly before the start (a deploy) stays on the start's day.
    QList<TimelineEvent> events
        = {ev(QTime(9, 40), QStringLiteral("deploy")), ev(QTime(10, 0), QStringLiteral("a")),
           ev(QTime(10, 30), QStringLiteral("c")), ev(QTime(10, 15), QStringLiteral("b"))};
    sortTimeline(events, start);
    QCOMPARE(texts(events), words("deploy a b c"));
    for (const TimelineEvent &e : withCarriedDates(events, start))
        QCOMPARE(e.at.date, kDay);
}

void TestTimeline::sortMixesDatedAndUndated()
{
    const Moment start{kDay, QTime(22, 0), {}, {}};
    // A dated row sorts among undated ones by its real date.
    QList<TimelineEvent> events
        = {ev(QTime(22, 30), QStringLiteral("b")), ev(kDay, QTime(22, 10), QStringLiteral("a")),
           ev(QTime(23, 0), QStringLiteral("c")),
           ev(kDay.addDays(-1), QTime(23, 0), QStringLiteral("z"))};
    sortTimeline(events, start);
    QCOMPARE(texts(events), words("z a b c"));

    // An undated 23:40 under a dated 00:30 of the next day belongs to the evening before.
    QList<TimelineEvent> back = {ev(kDay.addDays(1), QTime(0, 30), QStringLiteral("x")),
                                 ev(QTime(23, 40), QStringLiteral("y"))};
    sortTimeline(back, start);
    QCOMPARE(texts(back), words("y x"));
}

void TestTimeline::sortKeepsUntimedEventsAfterTheirPredecessor()
{
    const Moment start{kDay, QTime(9, 0), {}, {}};
    QList<TimelineEvent> events = {ev(QTime(), QStringLiteral("intro")),
                                   ev(QTime(11, 0), QStringLiteral("late")),
                                   ev(QTime(), QStringLiteral("late-note")),
                                   ev(kDay, QTime(), QStringLiteral("late-dated-note")),
                                   ev(QTime(10, 0), QStringLiteral("early")),
                                   ev(QTime(), QStringLiteral("early-note"))};
    sortTimeline(events, start);
    QCOMPARE(texts(events), words("intro early early-note late late-note late-dated-note"));
    // Untimed events get no carried date.
    const QList<TimelineEvent> carried = withCarriedDates(events, start);
    QVERIFY(!carried[0].at.date.isValid());
    QVERIFY(!carried[2].at.date.isValid());
    QCOMPARE(carried[5].at.date, kDay);
}

void TestTimeline::sortWithoutAnyKnownDate()
{
    // No start and no dates: days still count across midnight; no dates are invented.
    QList<TimelineEvent> events
        = {ev(QTime(0, 20), QStringLiteral("b")), ev(QTime(23, 30), QStringLiteral("a")),
           ev(QTime(0, 40), QStringLiteral("c"))};
    sortTimeline(events, Moment{});
    QCOMPARE(texts(events), words("a b c"));
    for (const TimelineEvent &e : withCarriedDates(events, Moment{}))
        QVERIFY(!e.at.date.isValid());
}

void TestTimeline::carriedDatesFillDateAndOffset()
{
    const Moment start{kDay, QTime(23, 0), 60, {}};
    TimelineEvent withOffset = ev(QTime(23, 30), QStringLiteral("b"));
    withOffset.at.utcOffsetMinutes = 120;
    const QList<TimelineEvent> events
        = {ev(QTime(23, 10), QStringLiteral("a")), withOffset,
           ev(QDate(2024, 5, 5), QTime(1, 0), QStringLiteral("dated")),
           ev(QTime(2, 0), QStringLiteral("c"))};
    const QList<TimelineEvent> carried = withCarriedDates(events, start);
    QCOMPARE(carried.size(), events.size());
    QCOMPARE(carried[0].at.date, kDay);
    QCOMPARE(carried[0].at.utcOffsetMinutes, std::optional<int>(60));
    QCOMPARE(carried[1].at.utcOffsetMinutes, std::optional<int>(120)); // kept
    QCOMPARE(carried[2].at, events[2].at);                             // dated: unchanged
    QCOMPARE(carried[3].at.date, QDate(2024, 5, 5));                   // from the dated row
    QCOMPARE(carried[3].at.time, QTime(2, 0));
    QCOMPARE(texts(carried), texts(events));
}

void TestTimeline::sortLeavesGeneratedInOrderTimelines()
{
    // Random in-order timelines crossing midnight, gaps of 1 min to 17 h, most dates dropped:
    // sorting changes nothing and the carried dates are the true ones.
    for (quint32 seed = 1; seed <= 300; ++seed) {
        QRandomGenerator rng(seed);
        const std::optional<int> offset = rng.bounded(2) ? std::optional<int>(-420) : std::nullopt;
        QDateTime t(QDate(2024, 1, 1).addDays(rng.bounded(365)),
                    QTime(rng.bounded(24), rng.bounded(60)), Qt::UTC);
        const Moment start{t.date(), t.time(), offset, {}};
        QList<TimelineEvent> events;
        QList<QDate> truth;
        // A few events shortly before the start (a deploy that caused the incident).
        QDateTime e = t.addSecs(-60 * rng.bounded(0, 120));
        const int n = rng.bounded(1, 15);
        for (int i = 0; i < n; ++i) {
            TimelineEvent ev;
            ev.at = {rng.bounded(4) == 0 ? e.date() : QDate(), e.time(), offset, {}};
            if (rng.bounded(6) == 0)
                ev.at.time = QTime(); // untimed note
            ev.text = QString::number(i);
            events.append(ev);
            truth.append(e.date());
            if (ev.at.time.isValid())
                e = e.addSecs(
                    60 * (rng.bounded(8) == 0 ? rng.bounded(60, 17 * 60) : rng.bounded(1, 90)));
        }
        QList<TimelineEvent> sorted = events;
        sortTimeline(sorted, start);
        QVERIFY2(sorted == events, qPrintable(QStringLiteral("seed %1").arg(seed)));
        const QList<TimelineEvent> carried = withCarriedDates(events, start);
        for (int i = 0; i < n; ++i) {
            if (!events[i].at.time.isValid())
                continue;
            QVERIFY2(carried[i].at.date == truth[i],
                     qPrintable(QStringLiteral("seed %1 row %2").arg(seed).arg(i)));
            QCOMPARE(carried[i].at.time, events[i].at.time);
        }
    }
}

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
