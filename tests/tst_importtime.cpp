// Reading dates, times, zones, spans and stated durations from text (importtime.h), one
// sentence at a time: the units the importer builds incident start and end and timeline times on.
#include "core/importer.h"
#include "core/importtime.h"
#include "importcheck.h"

#include <QTest>

#include <limits>

using namespace Hindsight;
using namespace HindsightTest;

namespace {

/// The offset of a zone found, and a value no zone has when none was (so a comparison with an
/// expected offset fails instead of reading an empty optional).
int offsetOf(const std::optional<ImportTime::ZoneHit> &zone)
{
    return zone ? zone->utcOffsetMinutes : std::numeric_limits<int>::min();
}

QString labelOf(const std::optional<ImportTime::ZoneHit> &zone)
{
    return zone ? zone->label : QStringLiteral("(no zone)");
}

} // namespace

class TestImportTime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void zoneAfterASoftBreak();
    void times_data();
    void times();
    void dotTimeRanges();
    void dates();
    void zones_data();
    void zones();
    void spanDateAfterTimes();
    void spanAcrossMidnight();
    void leadingMoment();
    void twoDigitYears();
    void zoneBeforeTime();
    void declaredZone();
    void statedDuration();
    void spanStatements();
    void offsetIsNoTimeOfDay();
    void fourDigitTimesWithAZone();
    void yearlessDateAlone();
    void dottedTimesNeedAZone();
    void documentsOwnClockForms();
    void momentsToldAsSentenceOpenings();
    void yearlessStartTakesTheEndsYear();
    void asideBetweenTheTimesOfASpan();
    void endToldByARecoverySentence();
    void loneMomentOfRecovery();
};

/// "… at 6:10" / "PM UTC. …": a soft line break between a time and its zone, where the
/// front matter gives the start without a zone.
void TestImportTime::zoneAfterASoftBreak()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "---\ntitle: Network outage\ndate: 2024-05-03 18:10:00 +0000\nstatus: resolved\n---\n\n"
        "We share our incidents. On May 3rd at 6:10\nPM UTC our data center's network went "
        "down. After 46\nminutes it was back.\n"));
    QVERIFY(pm.timezone.has_value());
    QCOMPARE(pm.timezone->utcOffsetMinutes, 0);
    QCOMPARE(pm.timezone->label, QStringLiteral("UTC"));
}

void TestImportTime::times_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QTime>("expected");
    QTest::newRow("12 AM is midnight") << QStringLiteral("at 12:00 AM") << QTime(0, 0);
    QTest::newRow("12:30 am") << QStringLiteral("12:30 am") << QTime(0, 30);
    QTest::newRow("12 PM is noon") << QStringLiteral("12:00 PM") << QTime(12, 0);
    QTest::newRow("1:30 PM") << QStringLiteral("to 1:30 PM (UTC)") << QTime(13, 30);
    QTest::newRow("10 p.m.") << QStringLiteral("around 10 p.m.") << QTime(22, 0);
    QTest::newRow("4:23PM") << QStringLiteral("at 4:23PM") << QTime(16, 23);
    QTest::newRow("underscore emphasis") << QStringLiteral("__2:05 PM__ - paged") << QTime(14, 5);
    QTest::newRow("24h") << QStringLiteral("22:05 UTC") << QTime(22, 5);
    QTest::newRow("seconds dropped") << QStringLiteral("13:00:08") << QTime(13, 0);
    QTest::newRow("military") << QStringLiteral("2305HRS EAT") << QTime(23, 5);
    QTest::newRow("military 00") << QStringLiteral("0030HRS") << QTime(0, 30);
    QTest::newRow("ISO datetime") << QStringLiteral("2019-03-25T16:21:00Z") << QTime(16, 21);
    QTest::newRow("dot before PM") << QStringLiteral("at 8.25 PM") << QTime(20, 25);
    QTest::newRow("10h30") << QStringLiteral("vers 10h30") << QTime(10, 30);
    QTest::newRow("24h with a stray PM") << QStringLiteral("until ~18:45 PM") << QTime(18, 45);
    QTest::newRow("dot with a zone glued")
        << QStringLiteral("between 12.39UTC and") << QTime(12, 39);
    QTest::newRow("dot with a zone") << QStringLiteral("by 17.17 UTC") << QTime(17, 17);
    QTest::newRow("offset then a colon") << QStringLiteral("16:15 GMT+1: alert") << QTime(16, 15);
    QTest::newRow("after a shortcode bullet") << QStringLiteral(":star:16:15 UTC") << QTime(16, 15);
    QTest::newRow("meridiem letter") << QStringLiteral("12:17A - migration fails") << QTime(0, 17);
    QTest::newRow("meridiem letter pm") << QStringLiteral("### 3:05p") << QTime(15, 5);
    QTest::newRow("dot set off by a colon") << QStringLiteral("10.42: site down") << QTime(10, 42);
    QTest::newRow("dot set off by a dash") << QStringLiteral("- 10.46 - paged") << QTime(10, 46);
    QTest::newRow("dot with Uhr (DIN 5008)") << QStringLiteral("um 8.30 Uhr") << QTime(8, 30);
    QTest::newRow("dot with uur") << QStringLiteral("om 23.00 uur") << QTime(23, 0);
}

/// A dot time ranged to a time with its meridiem or zone is a time too; versions are not.
void TestImportTime::dotTimeRanges()
{
    const QList<ImportTime::TimeHit> night
        = ImportTime::findTimes(QStringLiteral("between 0.45 and 9.00 AM (CET), the disk"));
    QCOMPARE(night.size(), 2);
    QCOMPARE(night.first().time, QTime(0, 45));
    QCOMPARE(night.last().time, QTime(9, 0));
    QCOMPARE(ImportTime::findTimes(QStringLiteral("from 22.10 to 23.40 UTC")).size(), 2);
    QVERIFY(ImportTime::findTimes(QStringLiteral("upgraded from 2.14 to 2.16 GA")).isEmpty());
    QVERIFY(ImportTime::findTimes(QStringLiteral("versions 1.25 and 1.27 ship")).isEmpty());
    // The zone in brackets (held-out set 40).
    QCOMPARE(ImportTime::findTimes(QStringLiteral("down between 02.10 and 09.45 (UTC+1).")).size(),
             2);
    QVERIFY(ImportTime::findTimes(QStringLiteral("a cut of 2.50 (EUR) a month")).isEmpty());
    // An identifier's digits are no military times ("INC-2025-0441"; review-heldout5).
    QVERIFY(ImportTime::findTimes(QStringLiteral("| Incident ID | INC-2025-0441 |")).isEmpty());
    QCOMPARE(ImportTime::findTimes(QStringLiteral("between 1900 and 2100 UTC")).size(), 2);
}

void TestImportTime::times()
{
    QFETCH(QString, text);
    QFETCH(QTime, expected);
    const QList<ImportTime::TimeHit> hits = ImportTime::findTimes(text);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().time, expected);
    QVERIFY(ImportTime::findTimes(QStringLiteral("25:00, 13 PM, 14:30 AM, 2024, 3:1")).isEmpty());
    QVERIFY(
        ImportTime::findTimes(QStringLiteral("a 99.95 SLA, version 1.25, 2h, 24h30")).isEmpty());
}

void TestImportTime::dates()
{
    using ImportTime::findDates;
    const auto first = [](const QString &s, bool dayFirst = false) {
        const auto hits = findDates(s, dayFirst);
        return hits.isEmpty() ? QDate() : hits.first().date;
    };
    QCOMPARE(first(QStringLiteral("on October 4, 2022, 10:00 PM")), QDate(2022, 10, 4));
    QCOMPARE(first(QStringLiteral("Date: 2024-Feb-15")), QDate(2024, 2, 15));
    QCOMPARE(first(QStringLiteral("Date: 2023-SEP-3")), QDate(2023, 9, 3));
    QCOMPARE(first(QStringLiteral("15 Feb 2024")), QDate(2024, 2, 15));
    QCOMPARE(first(QStringLiteral("July 2nd, 2021")), QDate(2021, 7, 2));
    QCOMPARE(first(QStringLiteral("2024-04-10 09:00")), QDate(2024, 4, 10));
    QCOMPARE(first(QStringLiteral("07/09/2023")), QDate(2023, 7, 9)); // MM/DD by default
    QCOMPARE(first(QStringLiteral("07/09/2023"), true), QDate(2023, 9, 7));
    QCOMPARE(first(QStringLiteral("15/01/2021")), QDate(2021, 1, 15)); // day > 12
    QVERIFY(!first(QStringLiteral("July 2nd")).isValid());             // no year
    // A year abbreviated with an apostrophe, read as strptime's %y.
    QCOMPARE(first(QStringLiteral("On November 5th ’24 the relays")), QDate(2024, 11, 5));
    QCOMPARE(first(QStringLiteral("5 Nov '19")), QDate(2019, 11, 5));
    // A range of days in one month: its first and last day, each a date.
    const auto range = findDates(QStringLiteral("Date: January 14-19, 2026"));
    QCOMPARE(range.size(), 2);
    QCOMPARE(range.first().date, QDate(2026, 1, 14));
    QCOMPARE(range.last().date, QDate(2026, 1, 19));
    QCOMPARE(findDates(QStringLiteral("14–16 March 2024")).last().date, QDate(2024, 3, 16));
    // Across months, the year written once at the end: both ends, in order; the start in the
    // year before when it would fall after the end.
    const auto across = findDates(QStringLiteral("~2 weeks (October 9 - October 23, 2025)"));
    QCOMPARE(across.size(), 2);
    QCOMPARE(across.first().date, QDate(2025, 10, 9));
    QCOMPARE(across.last().date, QDate(2025, 10, 23));
    QCOMPARE(
        findDates(QStringLiteral("between 30 December and 2 January 2025"), true, 1).value(0).date,
        QDate(2024, 12, 30));
    QCOMPARE(findDates(QStringLiteral("released on March 3 to staff, then on May 5, 2025")).size(),
             1);
    QVERIFY(ImportTime::looksDayFirst(QStringLiteral("on 15/01/2021 and 03/02/2021")));
    QVERIFY(!ImportTime::looksDayFirst(QStringLiteral("on 01/15/2021")));
    // Only ambiguous dates: day first when that puts them days apart and month first months
    // apart (a week of one incident, not August to December).
    QVERIFY(ImportTime::looksDayFirst(QStringLiteral("03-02-2025 lease expired, 06-02-2025 "
                                                     "outage, 07-02-2025 restored")));
    QVERIFY(!ImportTime::looksDayFirst(QStringLiteral("03/04/2025 deploy, 03/05/2025 rollback")));
    QVERIFY(!ImportTime::looksDayFirst(QStringLiteral("released 05/06/2025")));
    // The military date, day, month and year run together.
    const auto military = findDates(QStringLiteral("from 0233 to 0239 on 15Sep94"));
    QCOMPARE(military.size(), 1);
    QCOMPARE(military.first().date, QDate(1994, 9, 15));
    const auto notam = findDates(QStringLiteral("NOTAM 03MAR2024"));
    QCOMPARE(notam.size(), 1);
    QCOMPARE(notam.first().date, QDate(2024, 3, 3));
    QVERIFY(findDates(QStringLiteral("build 15sep94x")).isEmpty());
    // Set off by dashes or slashes, not a dash and a slash (Oracle's
    // DD-MON-YYYY, the Common Log Format's 10/Oct/2000, and month first).
    QCOMPARE(first(QStringLiteral("Apr-22-2022 10:30am alarms")), QDate(2022, 4, 22));
    QCOMPARE(first(QStringLiteral("on 22-Apr-2022")), QDate(2022, 4, 22));
    QCOMPARE(first(QStringLiteral("[10/Oct/2000:13:55:36 -0700]")), QDate(2000, 10, 10));
    QVERIFY(!first(QStringLiteral("Apr-22/2022")).isValid());
    // Four-digit times without a zone: a range one end of which starts with a zero is military
    // time; years never start so.
    const QList<ImportTime::TimeHit> militaryTimes
        = ImportTime::findTimes(QStringLiteral("For 6 minutes from 0233 to 0239, it was down."));
    QCOMPARE(militaryTimes.size(), 2);
    QCOMPARE(militaryTimes.first().time, QTime(2, 33));
    QCOMPARE(militaryTimes.last().time, QTime(2, 39));
    QVERIFY(ImportTime::findTimes(QStringLiteral("from 2010 to 2015 the site ran")).isEmpty());

    // One ambiguous date beside an ISO date of the same incident: the reading that agrees.
    QVERIFY(ImportTime::looksDayFirst(
        QStringLiteral("# 2024-08-03 Proxy lost\n\nSaturday 03-08-2024, around 16:40, the "
                       "proxy stopped answering.")));
    QVERIFY(!ImportTime::looksDayFirst(
        QStringLiteral("# 2024-03-08 Proxy lost\n\nFriday 03-08-2024, around 16:40, the "
                       "proxy stopped answering.")));
}

void TestImportTime::zones_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("offset");
    QTest::newRow("UTC") << QStringLiteral("UTC") << QDate() << 0;
    QTest::newRow("GMT") << QStringLiteral("GMT") << QDate() << 0;
    QTest::newRow("Z") << QStringLiteral("Z") << QDate() << 0;
    QTest::newRow("PST") << QStringLiteral("PST") << QDate() << -480;
    QTest::newRow("PDT") << QStringLiteral("PDT") << QDate() << -420;
    QTest::newRow("EST") << QStringLiteral("EST") << QDate() << -300;
    QTest::newRow("EDT") << QStringLiteral("EDT") << QDate() << -240;
    QTest::newRow("CST") << QStringLiteral("CST") << QDate() << -360;
    QTest::newRow("MDT") << QStringLiteral("MDT") << QDate() << -360;
    QTest::newRow("CET") << QStringLiteral("CET") << QDate() << 60;
    QTest::newRow("CEST") << QStringLiteral("CEST") << QDate() << 120;
    QTest::newRow("EEST") << QStringLiteral("EEST") << QDate() << 180;
    QTest::newRow("WAT") << QStringLiteral("WAT") << QDate() << 60;
    QTest::newRow("EAT") << QStringLiteral("EAT") << QDate() << 180;
    QTest::newRow("IST") << QStringLiteral("IST") << QDate() << 330;
    QTest::newRow("JST") << QStringLiteral("JST") << QDate() << 540;
    QTest::newRow("GMT+1") << QStringLiteral("GMT+1") << QDate() << 60;
    QTest::newRow("GMT-5") << QStringLiteral("GMT-5") << QDate() << -300;
    QTest::newRow("UTC+05:30") << QStringLiteral("UTC+05:30") << QDate() << 330;
    QTest::newRow("PT in summer") << QStringLiteral("PT") << QDate(2017, 8, 24) << -420;
    QTest::newRow("PT in winter") << QStringLiteral("PT") << QDate(2017, 1, 10) << -480;
    // Pairs and places through QTimeZone: the date picks standard or daylight time.
    QTest::newRow("PST/PDT in August") << QStringLiteral("PST/PDT") << QDate(2023, 8, 25) << -420;
    QTest::newRow("PST/PDT in January") << QStringLiteral("PST/PDT") << QDate(2023, 1, 5) << -480;
    QTest::newRow("CET/CEST in July") << QStringLiteral("CET/CEST") << QDate(2022, 7, 1) << 120;
    QTest::newRow("Berlin time, winter")
        << QStringLiteral("Berlin time") << QDate(2022, 12, 1) << 60;
    QTest::newRow("Berlin time, summer")
        << QStringLiteral("Berlin time") << QDate(2022, 6, 1) << 120;
    QTest::newRow("Eastern in March after the switch")
        << QStringLiteral("Eastern") << QDate(2024, 3, 11) << -240;
    QTest::newRow("PT day before DST") << QStringLiteral("PT") << QDate(2017, 3, 11) << -480;
    QTest::newRow("PT DST start") << QStringLiteral("PT") << QDate(2017, 3, 12) << -420;
    QTest::newRow("Eastern in summer") << QStringLiteral("Eastern") << QDate(2020, 7, 1) << -240;
    QTest::newRow("Eastern time") << QStringLiteral("Eastern time") << QDate(2020, 1, 7) << -300;
    QTest::newRow("Pacific Daylight Time")
        << QStringLiteral("Pacific Daylight Time") << QDate() << -420;
    QTest::newRow("Central European Summer Time")
        << QStringLiteral("Central European Summer Time") << QDate() << 120;
    QTest::newRow("East Africa Time") << QStringLiteral("East Africa Time") << QDate() << 180;
    QTest::newRow("IANA in summer") << QStringLiteral("Europe/Berlin") << QDate(2023, 7, 1) << 120;
    QTest::newRow("IANA in winter")
        << QStringLiteral("America/New_York") << QDate(2023, 1, 10) << -300;
    // The legacy names the tz database's "backward" file links to today's zones.
    QTest::newRow("IANA legacy US") << QStringLiteral("US/Pacific") << QDate(2021, 6, 3) << -420;
    QTest::newRow("IANA legacy Canada")
        << QStringLiteral("Canada/Eastern") << QDate(2021, 12, 3) << -300;
    QTest::newRow("IANA Etc") << QStringLiteral("Etc/UTC") << QDate(2021, 6, 3) << 0;
}

void TestImportTime::zones()
{
    QFETCH(QString, label);
    QFETCH(QDate, date);
    QFETCH(int, offset);
    QCOMPARE(ImportTime::zoneOffset(label, date), std::optional<int>(offset));
    QVERIFY(!ImportTime::zoneOffset(QStringLiteral("XYZ")).has_value());
    // Ambiguous names count only after a time.
    QVERIFY(!ImportTime::firstZone(QStringLiteral("Asia-Pacific PT meeting")).has_value());
    QVERIFY(!ImportTime::firstZone(QStringLiteral("a central time series")).has_value());
    QVERIFY(!ImportTime::zoneOffset(QStringLiteral("Europe/Atlantis")).has_value());
    const auto utc = ImportTime::zoneAfter(QStringLiteral("10:00 PM (UTC)"), 8);
    QVERIFY(utc.has_value());
    QCOMPARE(utc->label, QStringLiteral("UTC"));
    // A zone glued to the time: "Z" (ISO 8601) and "10:00UTC".
    const auto zulu = ImportTime::zoneAfter(QStringLiteral("10:00Z"), 5);
    QVERIFY(zulu.has_value());
    QCOMPARE(zulu->utcOffsetMinutes, 0);
    const auto glued = ImportTime::zoneAfter(QStringLiteral("10:00PST"), 5);
    QVERIFY(glued.has_value());
    QCOMPARE(glued->utcOffsetMinutes, -480);
    QVERIFY(!ImportTime::zoneAfter(QStringLiteral("10:00 I noticed"), 5).has_value());
    // An ISO 8601 offset takes the name written beside it when the two agree on the date.
    const QString iso = QStringLiteral("2025-09-16T13:20-04:00 (EDT, America/New_York)");
    const auto named = ImportTime::zoneAfter(iso, 16, QDate(2025, 9, 16));
    QVERIFY(named.has_value());
    QCOMPARE(named->label, QStringLiteral("EDT"));
    QCOMPARE(named->utcOffsetMinutes, -240);
    const auto disagree = ImportTime::zoneAfter(QStringLiteral("2025-01-16T13:20-04:00 (EST)"), 16,
                                                QDate(2025, 1, 16));
    QVERIFY(disagree.has_value());
    QCOMPARE(disagree->label, QStringLiteral("UTC-04:00"));
}

void TestImportTime::spanDateAfterTimes()
{
    const auto span = ImportTime::parseSpan(
        QStringLiteral("Uploads stalled from 9:20 AM to 11:50 AM on June 3, 2022 (UTC)."));
    QCOMPARE(span.startDate, QDate(2022, 6, 3));
    QCOMPARE(span.startTime, QTime(9, 20));
    QCOMPARE(span.endDate, QDate(2022, 6, 3));
    QCOMPARE(span.endTime, QTime(11, 50));
    QCOMPARE(span.zone->utcOffsetMinutes, 0);

    const auto dashed = ImportTime::parseSpan(
        QStringLiteral("June 8, 2022, 09:00 AM - June 8, 2022, 01:00 PM (UTC)"));
    QCOMPARE(dashed.startTime, QTime(9, 0));
    QCOMPARE(dashed.endTime, QTime(13, 0));
    QCOMPARE(dashed.endDate, QDate(2022, 6, 8));
}

void TestImportTime::spanAcrossMidnight()
{
    const auto explicitDates = ImportTime::parseSpan(
        QStringLiteral("from October 4, 2022, 10:00 PM to October 5, 2022, 2:00 AM (UTC)"));
    QCOMPARE(explicitDates.startDate, QDate(2022, 10, 4));
    QCOMPARE(explicitDates.endDate, QDate(2022, 10, 5));
    QCOMPARE(explicitDates.endTime, QTime(2, 0));

    const auto implied
        = ImportTime::parseSpan(QStringLiteral("On 05/06/2022 from 06:40 PM to 01:20 AM WAT"));
    QCOMPARE(implied.startDate, QDate(2022, 5, 6));
    QCOMPARE(implied.startTime, QTime(18, 40));
    QCOMPARE(implied.endDate, QDate(2022, 5, 7));
    QCOMPARE(implied.zone->utcOffsetMinutes, 60);

    const auto lasted = ImportTime::parseSpan(
        QStringLiteral("Starting March 1, 2024 at 23:30 UTC the outage lasted 2 hours."));
    QCOMPARE(lasted.endDate, QDate(2024, 3, 2));
    QCOMPARE(lasted.endTime, QTime(1, 30));
}

void TestImportTime::leadingMoment()
{
    using ImportTime::parseLeading;
    auto l = parseLeading(QStringLiteral("10:00 PM (UTC):Queue alarm raised"));
    QVERIFY(l);
    QCOMPARE(l->time, QTime(22, 0));
    QCOMPARE(l->text, QStringLiteral("10:00 PM (UTC)"));
    QCOMPARE(l->rest, QStringLiteral("Queue alarm raised"));
    l = parseLeading(QStringLiteral("**10:00 AM (UTC):** The queue"));
    QVERIFY(l);
    QCOMPARE(l->rest, QStringLiteral("The queue"));
    l = parseLeading(QStringLiteral("May 19, 2022, 10:15 AM (UTC): The printers stopped"));
    QVERIFY(l);
    QCOMPARE(l->date, QDate(2022, 5, 19));
    QCOMPARE(l->time, QTime(10, 15));
    // An approximate time after its date, with and without a year.
    l = parseLeading(QStringLiteral("**Mar 4, ~09:40 UTC** \u2014 Builds start to queue"));
    QVERIFY(l);
    QCOMPARE(l->month, 3);
    QCOMPARE(l->day, 4);
    QCOMPARE(l->time, QTime(9, 40));
    QCOMPARE(l->rest, QStringLiteral("Builds start to queue"));
    l = parseLeading(QStringLiteral("2024-03-04 approx. 09:40 - Builds queue"));
    QVERIFY(l);
    QCOMPARE(l->date, QDate(2024, 3, 4));
    QCOMPARE(l->time, QTime(9, 40));
    l = parseLeading(QStringLiteral("2306HRS - A complaint came in"));
    QVERIFY(l);
    QCOMPARE(l->time, QTime(23, 6));
    QCOMPARE(l->rest, QStringLiteral("A complaint came in"));
    // A dash between the date and the time; a range the entry spans, kept with its moment.
    l = parseLeading(QStringLiteral("24-10-2024 - 08:15 - Support calls the team"), true);
    QVERIFY(l);
    QCOMPARE(l->date, QDate(2024, 10, 24));
    QCOMPARE(l->time, QTime(8, 15));
    QCOMPARE(l->rest, QStringLiteral("Support calls the team"));
    l = parseLeading(QStringLiteral("2024-10-24 02:00-04:30 - The new image rolls out"));
    QVERIFY(l);
    QCOMPARE(l->time, QTime(2, 0));
    QCOMPARE(l->text, QStringLiteral("2024-10-24 02:00-04:30"));
    QCOMPARE(l->rest, QStringLiteral("The new image rolls out"));
    l = parseLeading(QStringLiteral("2024-10-24 - Deploy of the new image"));
    QVERIFY(l);
    QVERIFY(!l->time.isValid());
    QCOMPARE(l->rest, QStringLiteral("Deploy of the new image"));
    QVERIFY(!parseLeading(QStringLiteral("Engineers noticed it at 10:00")));
    QVERIFY(!parseLeading(QStringLiteral("10 minutes later the alert fired")));
    // The day of the week before a date belongs to the moment's words.
    l = parseLeading(QStringLiteral("Monday, May 12"));
    QVERIFY(l);
    QCOMPARE(l->month, 5);
    QCOMPARE(l->day, 12);
    QCOMPARE(l->text, QStringLiteral("Monday, May 12"));
    l = parseLeading(QStringLiteral("Sat 14/10/2023 10:55 - mongod restarted"));
    QVERIFY(l);
    QCOMPARE(l->date, QDate(2023, 10, 14));
    QCOMPARE(l->time, QTime(10, 55));
    QCOMPARE(l->rest, QStringLiteral("mongod restarted"));
    // The abbreviations style guides give for the days: "Tues", "Weds", "Thurs".
    for (const char *day : {"Tues", "Weds", "Thurs", "Thur.", "Thu"}) {
        l = parseLeading(QString::fromLatin1(day) + QStringLiteral(" 07:06 PDT: paged"));
        QVERIFY2(l, day);
        QCOMPARE(l->time, QTime(7, 6));
        QCOMPARE(l->text, QString::fromLatin1(day) + QStringLiteral(" 07:06 PDT"));
        QCOMPARE(l->rest, QStringLiteral("paged"));
    }
    QVERIFY(!parseLeading(QStringLiteral("Thursday's 10 alerts")));
    QVERIFY(!parseLeading(QStringLiteral("Monitoring 10 hosts")));
    // A date heading with a note after it: the note is the rest.
    l = parseLeading(QStringLiteral("03-10-2021 (All times CEST)"), true);
    QVERIFY(l);
    QCOMPARE(l->date, QDate(2021, 10, 3));
    QCOMPARE(l->rest, QStringLiteral("(All times CEST)"));
    // An approximate moment keeps its mark in the moment's words, not in the entry's.
    for (const QString &approx : {QStringLiteral("~18:10: we deploy again"),
                                  QStringLiteral("approx. 18:10 - we deploy again"),
                                  QStringLiteral("ca. 18:10 we deploy again")}) {
        l = parseLeading(approx);
        QVERIFY2(l, qPrintable(approx));
        QCOMPARE(l->time, QTime(18, 10));
        QCOMPARE(l->rest, QStringLiteral("we deploy again"));
        QVERIFY(l->text.endsWith(QLatin1String("18:10")));
    }
    QVERIFY(!parseLeading(QStringLiteral("~ten minutes later it failed")));
    // The day after the time and its zone, as status-page updates stamp themselves.
    const auto stamped
        = ImportTime::parseLeading(QStringLiteral("15:44 CET 18/11/2025: back"), false);
    QVERIFY(stamped);
    QCOMPARE(stamped->date, QDate(2025, 11, 18));
    QCOMPARE(stamped->rest, QStringLiteral("back"));
    // A count after a time is no date.
    const auto count = ImportTime::parseLeading(QStringLiteral("15:44 12 pods restarted"), false);
    QVERIFY(count);
    QVERIFY(!count->date.isValid());
    QCOMPARE(count->rest, QStringLiteral("12 pods restarted"));
}

void TestImportTime::twoDigitYears()
{
    using ImportTime::findDates;
    QCOMPARE(findDates(QStringLiteral("On 09/21/16 between")).value(0).date, QDate(2016, 9, 21));
    QCOMPARE(findDates(QStringLiteral("(4:12AM PST 11-02-16 to")).value(0).date,
             QDate(2016, 11, 2));
    QCOMPARE(findDates(QStringLiteral("on 24/08/99")).value(0).date, QDate(1999, 8, 24));
    QVERIFY(ImportTime::looksDayFirst(QStringLiteral("on 24/08/17")));
    // Not dates: versions, mixed separators, a third number that is longer.
    QVERIFY(findDates(QStringLiteral("nginx 1.18.04 and 24/7/365 and 3/4-17")).isEmpty());
}

void TestImportTime::zoneBeforeTime()
{
    const QString text = QStringLiteral("picked up by UTC 05:13, then (PST) 10:00 and x 11:00");
    QCOMPARE(labelOf(ImportTime::zoneBefore(text, text.indexOf(QStringLiteral("05:13")))),
             QStringLiteral("UTC"));
    QCOMPARE(offsetOf(ImportTime::zoneBefore(text, text.indexOf(QStringLiteral("10:00")))), -480);
    QVERIFY(!ImportTime::zoneBefore(text, text.indexOf(QStringLiteral("11:00"))));
}

void TestImportTime::declaredZone()
{
    using ImportTime::declaredZone;
    QCOMPARE(offsetOf(declaredZone(QStringLiteral("All times in MST (UTC-7)."))), -420);
    QCOMPARE(labelOf(declaredZone(QStringLiteral("All times are UTC"))), QStringLiteral("UTC"));
    QCOMPARE(offsetOf(declaredZone(QStringLiteral("Timezone: CET"))), 60);
    // The clock's format before the zone, and the tz database's POSIX-form North American
    // zones, daylight saving by date (held-out set 40).
    QCOMPARE(offsetOf(declaredZone(QStringLiteral("All times are in 24-hour EST5EDT."),
                                   QDate(2019, 7, 2))),
             -240);
    QCOMPARE(offsetOf(declaredZone(QStringLiteral("All times are in 24-hour EST5EDT."),
                                   QDate(2019, 1, 8))),
             -300);
    // The events said to be recorded in a zone, which may be a link's text.
    QCOMPARE(labelOf(declaredZone(QStringLiteral("All events are documented in "
                                                 "[UTC](https://example.org/utc) time."))),
             QStringLiteral("UTC"));
    QCOMPARE(offsetOf(declaredZone(QStringLiteral("The entries below are recorded in CET."))), 60);
    QVERIFY(!declaredZone(QStringLiteral("All events are listed in the order we saw them.")));
    // The times said to be quoted in the local zone, named by the tz database or by its
    // abbreviation; "the local time zone" alone names none.
    const auto dublin = declaredZone(
        QStringLiteral("Times are quoted in the local timezone, Europe/Dublin, which was IST."),
        QDate(2024, 6, 3));
    QVERIFY(dublin);
    QCOMPARE(dublin->utcOffsetMinutes, 60);
    const auto cet = declaredZone(QStringLiteral("Times are given in the local time zone, CET."));
    QVERIFY(cet);
    QCOMPARE(cet->label, QStringLiteral("CET"));
    QVERIFY(!declaredZone(QStringLiteral("Times are in the local time zone of each office.")));
    // The times named as timestamps, or given as a label's value.
    QCOMPARE(offsetOf(declaredZone(QStringLiteral("Timestamps are GMT+00"))), 0);
    QCOMPARE(offsetOf(declaredZone(QStringLiteral("All timestamps are in CEST"))), 120);
    QCOMPARE(offsetOf(declaredZone(QStringLiteral("Times: GMT+1"))), 60);
    QVERIFY(!declaredZone(QStringLiteral("Timestamps are missing from the proxy logs.")));
    QCOMPARE(
        offsetOf(declaredZone(QStringLiteral("All times are in Eastern time"), QDate(2020, 7, 1))),
        -240);
    QVERIFY(!declaredZone(QStringLiteral("Response times improved after the fix.")));
    QVERIFY(!declaredZone(QStringLiteral("All times in the logs were off by an hour.")));
    // A table's header naming the zone of its column.
    const auto utcHeader = declaredZone(QStringLiteral("| Date (UTC) | Who | Event |"));
    QVERIFY(utcHeader);
    QCOMPARE(utcHeader->utcOffsetMinutes, 0);
    const auto cetHeader = declaredZone(QStringLiteral("| Date/Time (CET) | Event |"));
    QVERIFY(cetHeader);
    QCOMPARE(cetHeader->utcOffsetMinutes, 60);
    QVERIFY(!declaredZone(QStringLiteral("| Date (approx.) | Event |")));
    // The one-word column name of databases and data frames.
    for (const char *header : {"| Datetime (PDT) | Event |", "| Date-time (PDT) | Event |"}) {
        const auto h = declaredZone(QString::fromLatin1(header), QDate(2025, 7, 1));
        QVERIFY2(h && h->utcOffsetMinutes == -420, header);
    }
}

void TestImportTime::statedDuration()
{
    using ImportTime::statedDurationMinutes;
    QCOMPARE(statedDurationMinutes(QStringLiteral("The outage lasted 2 hours.")), 120);
    QCOMPARE(statedDurationMinutes(QStringLiteral("for a duration of 3 hours 20minutes")), 200);
    QCOMPARE(statedDurationMinutes(QStringLiteral("offline for a total of 35 minutes")), 35);
    QCOMPARE(statedDurationMinutes(QStringLiteral("it lasted for approximately 70 minutes")), 70);
    QVERIFY(!statedDurationMinutes(QStringLiteral("within 2 hours we had a fix")));
    QVERIFY(!statedDurationMinutes(QStringLiteral("for 3 users")));
    // The length as the outage's adjective.
    QCOMPARE(statedDurationMinutes(QStringLiteral("we had a 24 minute outage")), 24);
    QCOMPARE(statedDurationMinutes(QStringLiteral("after a 3-hour partial outage")), 180);
    QCOMPARE(statedDurationMinutes(QStringLiteral("a two-hour disruption of uploads")), 120);
    QVERIFY(!statedDurationMinutes(QStringLiteral("we held a 30-minute incident review")));
    // A length counted from the start or the report.
    using ImportTime::statedLengthFromStart;
    QCOMPARE(statedLengthFromStart(QStringLiteral(
                 "All told, the problem was fixed in 1 hour and 12 minutes from the time of the "
                 "first report.")),
             72);
    QCOMPARE(statedLengthFromStart(QStringLiteral(
                 "It took 40 minutes from the start of the outage to the rollback.")),
             40);
    QVERIFY(!statedLengthFromStart(QStringLiteral("The rollback took 4 minutes.")));
    QVERIFY(!statedLengthFromStart(QStringLiteral("It was fixed in 2 hours.")));
}

void TestImportTime::spanStatements()
{
    using ImportTime::findSpan;
    auto s = findSpan(QStringLiteral("***On 09/21/16 between ~12:00 and 2:35 PM PST***:"));
    QVERIFY(s);
    QCOMPARE(s->startDate, QDate(2016, 9, 21));
    QCOMPARE(s->startTime, QTime(12, 0));
    QCOMPARE(s->endTime, QTime(14, 35));
    QCOMPARE(s->zone->utcOffsetMinutes, -480);
    s = findSpan(QStringLiteral("At 4:12AM PST a cache node fell over. It was gone for 30 minutes\n"
                                "(4:12AM PST 11-02-16 to 4:42AM PST 11-02-16) and more."));
    QVERIFY(s);
    QCOMPARE(s->startDate, QDate(2016, 11, 2));
    QCOMPARE(s->endTime, QTime(4, 42));
    s = findSpan(QStringLiteral("Between approximately 2023-05-14 20:48 UTC and 2023-05-15 06:05 "
                                "UTC the mirror was down."));
    QVERIFY(s);
    QCOMPARE(s->endDate, QDate(2023, 5, 15));
    QCOMPARE(s->startTime, QTime(20, 48));
    s = findSpan(QStringLiteral("Starting at 23:30 UTC the outage lasted 2 hours."));
    QVERIFY(s);
    QCOMPARE(s->endTime, QTime(1, 30));
    // Each end's day before its time with "at" (a blog post's "From … until …").
    s = findSpan(QStringLiteral("From **March 3, 2026 at 16:22 UTC** until **March 4, 2026 at "
                                "09:05 UTC**, the bot was silent."));
    QVERIFY(s);
    QCOMPARE(s->startTime, QTime(16, 22));
    QCOMPARE(s->endDate, QDate(2026, 3, 4));
    QCOMPARE(s->endTime, QTime(9, 5));
    // The ASCII double arrow of plain-text notes joins as "->" does (held-out set 40).
    s = findSpan(QStringLiteral("* 2024-06-02 - 07:15 UTC => 08:40 UTC (1h 25min of outage)"));
    QVERIFY(s);
    QCOMPARE(s->startDate, QDate(2024, 6, 2));
    QCOMPARE(s->startTime, QTime(7, 15));
    QCOMPARE(s->endTime, QTime(8, 40));
    // A second range from the first one's end carries the incident on in another state.
    s = findSpan(QStringLiteral("The wiki was down from 08:02 to 08:09 UTC, and slow from 08:09 "
                                "to 08:31 UTC, while the cache refilled."));
    QVERIFY(s);
    QCOMPARE(s->startTime, QTime(8, 2));
    QCOMPARE(s->endTime, QTime(8, 31));
    // A range that starts elsewhere is another stretch, not the same one carried on.
    s = findSpan(QStringLiteral("The wiki was down from 08:02 to 08:09 UTC and again from 09:40 "
                                "to 09:45 UTC."));
    QVERIFY(s);
    QCOMPARE(s->endTime, QTime(8, 9));
    // "at" alone joins no two times.
    QVERIFY(!findSpan(QStringLiteral("Paged at 10:00 at 10:30 nobody answered.")));
    // Times in one sentence that are not a range.
    QVERIFY(!findSpan(QStringLiteral("Close to 10:00 users saw errors; the fault began at "
                                     "10:05 and monitoring caught it at 10:07.")));
    QVERIFY(!findSpan(QStringLiteral("We restarted at 10:00 and 11:00 without success.")));
}

void TestImportTime::offsetIsNoTimeOfDay()
{
    // "UTC+05:30" and "GMT -05:00" are offsets, not times of day.
    QCOMPARE(ImportTime::findTimes(QStringLiteral("all times UTC+05:30")).size(), 0);
    QCOMPARE(ImportTime::findTimes(QStringLiteral("times in GMT -05:00")).size(), 0);
    const QList<ImportTime::TimeHit> t
        = ImportTime::findTimes(QStringLiteral("10:00 UTC+05:30 until 11:15"));
    QCOMPARE(t.size(), 2);
    QCOMPARE(t.at(1).time, QTime(11, 15));
    // A range of times with their zones is no offset: "UTC - 5:00 PM" is not UTC-5.
    const std::optional<ImportTime::Span> s
        = ImportTime::findSpan(QStringLiteral("Window: 1:10 PM UTC - 4:00 PM UTC"));
    QVERIFY(s);
    QCOMPARE(s->endTime, QTime(16, 0));
    QCOMPARE(s->zone->utcOffsetMinutes, 0);
    QCOMPARE(offsetOf(ImportTime::zoneAfter(QStringLiteral("08:00 UTC - 09:30 UTC"), 5)), 0);
    QCOMPARE(offsetOf(ImportTime::zoneAfter(QStringLiteral("08:00 UTC-09:30"), 5)), -570);
}

void TestImportTime::fourDigitTimesWithAZone()
{
    using namespace ImportTime;
    // Written without a colon, as the military and aviation do: a time when a zone follows.
    QList<TimeHit> t = findTimes(QStringLiteral("- 0742 UTC: the queue stalls"));
    QCOMPARE(t.size(), 1);
    QCOMPARE(t.first().time, QTime(7, 42));
    QCOMPARE(findTimes(QStringLiteral("paged at 2215Z")).first().time, QTime(22, 15));
    // The first of a range takes the zone written after the second.
    const std::optional<Span> s
        = findSpan(QStringLiteral("On March 3, 2024 between 1830 and 2045 GMT uploads failed."));
    QVERIFY(s);
    QCOMPARE(s->startTime, QTime(18, 30));
    QCOMPARE(s->endTime, QTime(20, 45));
    QCOMPARE(s->startDate, QDate(2024, 3, 3));
    QCOMPARE(s->zone->utcOffsetMinutes, 0);
    // Without a zone four digits are a count or a year; a year keeps the zone of its date.
    QVERIFY(
        findTimes(QStringLiteral("in 2019 we had 1200 servers and 1830 and 2045 users")).isEmpty());
    QVERIFY(findTimes(QStringLiteral("On Friday 4 March 2022 (GMT-5) the site fell")).isEmpty());
    QCOMPARE(findDates(QStringLiteral("On Friday 4 March 2022 (GMT-5)")).first().date,
             QDate(2022, 3, 4));
    // "Mar 4 1155 UTC" is a day and a time: no year 1155.
    QVERIFY(findDates(QStringLiteral("Mar 4 1155 UTC: restarted")).isEmpty());
    const std::optional<Leading> l = parseLeading(QStringLiteral("Mar 4 1155 UTC: restarted"));
    QVERIFY(l);
    QCOMPARE(l->time, QTime(11, 55));
    QCOMPARE(l->month, 3);
    QCOMPARE(l->day, 4);
    QCOMPARE(l->rest, QStringLiteral("restarted"));
}

void TestImportTime::yearlessDateAlone()
{
    using ImportTime::parseLeading;
    // A day heading without a year: month and day, no time, no rest.
    std::optional<ImportTime::Leading> l = parseLeading(QStringLiteral("Sep 30"));
    QVERIFY(l);
    QCOMPARE(l->month, 9);
    QCOMPARE(l->day, 30);
    QVERIFY(!l->time.isValid());
    QVERIFY(l->rest.isEmpty());
    l = parseLeading(QStringLiteral("**2nd October**:"));
    QVERIFY(l);
    QCOMPARE(l->month, 10);
    QCOMPARE(l->day, 2);
    // With words after it, or numeric, it leads nothing.
    QVERIFY(!parseLeading(QStringLiteral("Sep 30 was quiet")));
    QVERIFY(!parseLeading(QStringLiteral("9/30")));
}

void TestImportTime::dottedTimesNeedAZone()
{
    using namespace ImportTime;
    // "2.50 EUR", "version 1.10": no zone after them, no time.
    QVERIFY(findTimes(QStringLiteral("it costs 2.50 EUR a month")).isEmpty());
    QVERIFY(findTimes(QStringLiteral("upgraded to version 1.10 today")).isEmpty());
    // A letter after the minutes is a meridiem only when nothing follows it; a step's letter
    // ("step 5a") has no minutes.
    QVERIFY(findTimes(QStringLiteral("run step 5a, then 10:30am")).size() == 1);
    QVERIFY(findTimes(QStringLiteral("at 10:30 a new node joined")).first().time == QTime(10, 30));
    QVERIFY(findTimes(QStringLiteral("runbook section 4.12a, nginx 1.25a")).isEmpty());
    QCOMPARE(findTimes(QStringLiteral("14:30a")).first().time, QTime(14, 30));
    // A dot time set off by a separator only where an entry starts, not a version or price.
    QVERIFY(findTimes(QStringLiteral("we shipped release 2.14 - a cart refactor")).isEmpty());
    QVERIFY(findTimes(QStringLiteral("plans cost $12.50 - $14.00")).isEmpty());
    // Inside "12:30:45" no second time starts, nor inside an IPv6 address.
    QCOMPARE(findTimes(QStringLiteral("at 12:30:45 it failed")).size(), 1);
    QVERIFY(findTimes(QStringLiteral("routed to fe80::1:23 instead")).isEmpty());
}

void TestImportTime::documentsOwnClockForms()
{
    using namespace ImportTime;
    // A timeline of four-digit times, one of them a link to the chat message it cites.
    const QString military = QStringLiteral(
        "## Log\n\n0915: Builds queue up.\n\n[0932](https://chat.example/p1): Nadia asks "
        "about it.\n\n~1005 - The runner pool is resized.\n\n2014: all green.\n");
    const ClockForms fourDigit = clockForms(military);
    QVERIFY(fourDigit.fourDigit);
    QVERIFY(!fourDigit.dotted);
    auto l = parseLeading(QStringLiteral("[0932](https://chat.example/p1): Nadia asks"), false,
                          fourDigit);
    QVERIFY(l);
    QCOMPARE(l->time, QTime(9, 32));
    QCOMPARE(l->rest, QStringLiteral("Nadia asks"));
    l = parseLeading(QStringLiteral("~1005 - The runner pool is resized."), false, fourDigit);
    QVERIFY(l);
    QCOMPARE(l->time, QTime(10, 5));
    QVERIFY(!parseLeading(QStringLiteral("0915: Builds queue up.")));
    // Years are no evidence: a list of them is a history, not a timeline.
    QVERIFY(!clockForms(QStringLiteral("2019: founded.\n2020: first office.\n2021: moved.\n"))
                 .fourDigit);

    // Dotted times before a word, as British write-ups keep their notes.
    const QString notes = QStringLiteral(
        "11.55 uptime checks fail\n\n12.00 KT can still load the page\n\n12.10 rollback "
        "starts\n");
    const ClockForms dotted = clockForms(notes);
    QVERIFY(dotted.dotted);
    l = parseLeading(QStringLiteral("11.55 uptime checks fail"), false, dotted);
    QVERIFY(l);
    QCOMPARE(l->time, QTime(11, 55));
    QCOMPARE(l->rest, QStringLiteral("uptime checks fail"));
    QVERIFY(!parseLeading(QStringLiteral("11.55 uptime checks fail")));
    // As British write-ups open entries too: "At 21.05, …", "21.20. …", a table's cell.
    const QString british = QStringLiteral(
        "- At 21.05, the array starts a rebuild.\n\n21.20. Latency on the pool rises.\n\n"
        "| 21.40 | The on-call engineer is paged. |\n");
    const ClockForms prose = clockForms(british);
    QVERIFY(prose.dotted);
    l = parseLeading(QStringLiteral("At 21.05, the array starts a rebuild."), false, prose);
    QVERIFY(l);
    QCOMPARE(l->time, QTime(21, 5));
    QCOMPARE(l->rest, QStringLiteral("the array starts a rebuild."));
    l = parseLeading(QStringLiteral("21.20. Latency on the pool rises."), false, prose);
    QVERIFY(l);
    QCOMPARE(l->time, QTime(21, 20));
    // Section numbers and versions are no times.
    QVERIFY(!clockForms(QStringLiteral("3.1.2 Scope\n3.1.3 Terms\n3.1.4 Notes\n")).dotted);
    QVERIFY(!clockForms(QStringLiteral("- At 1.5, it slows.\n- At 2.25, it stops.\n- At 3.1.2, "
                                       "it fails.\n"))
                 .dotted);
    QVERIFY(!parseLeading(QStringLiteral("2.5x faster than before"), false, dotted));
}

void TestImportTime::momentsToldAsSentenceOpenings()
{
    using namespace ImportTime;
    // A comma closes a moment as a colon does; a preposition before it is no part of it.
    auto l = parseLeading(QStringLiteral("11:45, the job queue stopped draining"));
    QVERIFY(l);
    QCOMPARE(l->time, QTime(11, 45));
    QCOMPARE(l->rest, QStringLiteral("the job queue stopped draining"));
    l = parseLeading(QStringLiteral("At 17:30 we restored the mail relay."));
    QVERIFY(l);
    QCOMPARE(l->time, QTime(17, 30));
    QCOMPARE(l->text, QStringLiteral("At 17:30"));                        // the words as written
    QVERIFY(!parseLeading(QStringLiteral("at 18:15 the alert cleared"))); // a wrapped line
    l = parseLeading(QStringLiteral("On Sep 29 at 14:00, the canary started."));
    QVERIFY(l);
    QCOMPARE(l->time, QTime(14, 0));
    QCOMPARE(l->month, 9);
    QCOMPARE(l->day, 29);
    // The day after the time, with the month's name.
    l = parseLeading(QStringLiteral("09:14 on June 3, the release began."));
    QVERIFY(l);
    QCOMPARE(l->time, QTime(9, 14));
    QCOMPARE(l->month, 6);
    QCOMPARE(l->day, 3);
    QCOMPARE(l->rest, QStringLiteral("the release began."));
    // A sentence that only mentions a time later is no entry, nor one about an amount.
    QVERIFY(!parseLeading(QStringLiteral("By then, at 16:30, nothing was left.")));
    QVERIFY(!parseLeading(QStringLiteral("About 40 users wrote in.")));
    QVERIFY(!parseLeading(QStringLiteral("On call, Sam checked the disks.")));
}

void TestImportTime::yearlessStartTakesTheEndsYear()
{
    // "23:30 on 9 July to 01:10 on 10 July 2024": the start's own day, the end's year.
    const ImportTime::Span s
        = ImportTime::parseSpan(QStringLiteral("23:30 on 9 July to 01:10 on 10 July 2024"));
    QCOMPARE(s.startDate, QDate(2024, 7, 9));
    QCOMPARE(s.startTime, QTime(23, 30));
    QCOMPARE(s.endDate, QDate(2024, 7, 10));
    QCOMPARE(s.endTime, QTime(1, 10));
    // Across a new year: the start's day is in the year before.
    const ImportTime::Span y
        = ImportTime::parseSpan(QStringLiteral("23:50 on 31 December to 00:20 on 1 January 2025"));
    QCOMPARE(y.startDate, QDate(2024, 12, 31));
    QCOMPARE(y.endDate, QDate(2025, 1, 1));
}

void TestImportTime::asideBetweenTheTimesOfASpan()
{
    // "from ~12:00 (maybe earlier) to 17:55 CEST": the aside joins nothing.
    const std::optional<ImportTime::Span> s = ImportTime::findSpan(
        QStringLiteral("On 2023-10-14 from ~12:00 (maybe earlier) to 17:55 CEST pages failed."));
    QVERIFY(s);
    QCOMPARE(s->startTime, QTime(12, 0));
    QCOMPARE(s->endTime, QTime(17, 55));
    QCOMPARE(s->startDate, QDate(2023, 10, 14));
    QCOMPARE(s->zone->utcOffsetMinutes, 120);
    // Two times in one sentence that no range word joins stay no span.
    QVERIFY(!ImportTime::findSpan(
        QStringLiteral("Paged at 09:12 (by the alert), acknowledged at 09:15.")));
}

void TestImportTime::endToldByARecoverySentence()
{
    // A summary that gives the start alone; the resolution tells when the service came back.
    const auto import = [](const QString &recovery) {
        return importMarkdown(
            QStringLiteral("# Build farm outage\n\n## Summary\n\nOn 8 May 2025 at 2:05 PM "
                           "PDT our build agents lost their storage.\n\n## Resolution\n\nThe "
                           "storage vendor replaced a failed controller, %1\n")
                .arg(recovery));
    };
    const Postmortem back = import(QStringLiteral("and builds were back online by 3:40 PM PDT."));
    QCOMPARE(back.start.time, QTime(14, 5));
    QCOMPARE(back.end.time, QTime(15, 40));
    QCOMPARE(back.end.date, QDate(2025, 5, 8));
    // A time that tells no recovery, or one before the start, ends nothing.
    QVERIFY(
        !import(QStringLiteral("and at 3:40 PM PDT we started a full check.")).end.time.isValid());
    QVERIFY(!import(QStringLiteral("which had been restored at 1:50 PM PDT the week before."))
                 .end.time.isValid());
}

void TestImportTime::loneMomentOfRecovery()
{
    // A status page's resolution note: its one time is when the service was back.
    const auto import = [](const QString &message) {
        return importMarkdown(QStringLiteral("When: Tue, 9 Sep 2014 10:12 PDT\n\n%1\n\nThe "
                                             "mail relay had run out of disk space, and the "
                                             "queue will be watched from now on.\n")
                                  .arg(message));
    };
    const Postmortem back = import(
        QStringLiteral("All delayed messages have been delivered and mail flows normally again."));
    QVERIFY(!back.start.time.isValid());
    QCOMPARE(back.end.time, QTime(10, 12));
    QCOMPARE(back.end.date, QDate(2014, 9, 9));
    QCOMPARE(back.end.utcOffsetMinutes, std::optional<int>(-420));
    // The stamped note is one status update: its one timeline entry, the resolution.
    QCOMPARE(back.timeline.size(), 1);
    QCOMPARE(back.timeline.first().at.time, QTime(10, 12));
    QCOMPARE(back.timeline.first().kind, EventKind::Resolution);
    // Told in a sentence, the time ends the incident and makes no entry.
    const Postmortem told = importMarkdown(
        QStringLiteral("# Certificates replaced\n\nAs of 10:12 PDT on 9 Sep 2014, all our "
                       "certificates have been replaced and redeployed to every server.\n"));
    QCOMPARE(told.end.time, QTime(10, 12));
    QVERIFY(!told.start.time.isValid());
    QVERIFY(told.timeline.isEmpty());
    // The report names the end alone.
    const ImportResult result = importPostmortem(
        QStringLiteral("When: Tue, 9 Sep 2014 10:12 PDT\n\nAll delayed messages have been "
                       "delivered and mail flows normally again.\n"));
    QVERIFY((result.report.recognised + result.report.guessed)
                .join(QLatin1Char('\n'))
                .contains(QLatin1String("Incident end 2014-09-09 10:12, from")));
    // The same note telling the failure: the time is when it began.
    const Postmortem down
        = import(QStringLiteral("Mail stopped flowing and messages are piling up in the queue."));
    QCOMPARE(down.start.time, QTime(10, 12));
    QVERIFY(!down.end.time.isValid());
    // With a second time the document tells more than one moment: a start stays.
    const Postmortem two = importMarkdown(
        QStringLiteral("When: Tue, 9 Sep 2014 10:12 PDT\n\nAll delayed messages have been "
                       "delivered. The relay first failed at 09:40 PDT.\n"));
    QVERIFY(two.start.time.isValid());
}

QTEST_GUILESS_MAIN(TestImportTime)
#include "tst_importtime.moc"
