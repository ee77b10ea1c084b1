// Importer (importer.h): the incident's start and end, the document's time zone and the share of
// users affected, read from duration lines, summaries, impact statements, titles and timelines;
// what the import report says it guessed; values kept as stated for the review checks.
#include "core/importer.h"
#include "core/importtime.h"
#include "importcheck.h"

#include <QTest>

using namespace Hindsight;
using namespace HindsightTest;

class TestImportSpan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainLabelLines();
    void labelsWithoutAColon();
    void labelWithANote();
    void wrappedDurationLine();
    void documentZoneStatement();
    void spanInAnotherZoneMovesIntoTheDocuments();
    void yesterdayBeforeThePostsDate();
    void dayWithoutYearTakesTheDocumentsYear();
    void timelineSaysWhenTheOutageBeganAndEnded();
    void spanStatedInTheImpact();
    void summaryStatesStartAndEnd();
    void firstWholeDurationLine();
    void titleDateCorrectsMonthTypo();
    void timelineDatesGiveTheSpan();
    void largestShareOfUsers();
    void leadUpAndFollowUpStayOutOfTheWindow();
    void dayHeadingsWithoutYear();
    void statedRecoveryLengthFromTheStart();
    void dayStatedApartFromTheTimes();
    void reportSaysWhatWasGuessed();
    void valuesKeptAsStated();
    void outageMitigatedWithoutAnEnd();
    void impactDurationUnderTheTimeline();
    void incidentLogKeyEvents();
    void dottedTimesOnADateOfIncidentLine();
    void loneDurationLineWithoutTheStartsYear();
    void timeStatedInAnotherSection();
    void rangeOfDaysWithATimeline();
    void entrySayingTheServiceIsOperationalEndsIt();
    void summaryTellsTheResolutionFirst();
    void leadSentenceStatesTheOutagesLength();
    void stateThatLastedUntilATime();
    void endOnTheDayNamedRelatively();
    void spanStatedInTheLeadAboveTheOverview();
    void leadUpDaysBeforeUndatedEntries();
    void investigationDaysBeforeIsNoLeadUp();
    void leadUpOverSeveralEntriesAndDays();
    void incidentToldByARangeOfDays();
    void dateWrittenPartwayDownTheTimeline();
    void dayAndALengthUnderADay();
    void midnightAndNoonBoundASpan();
};

void TestImportSpan::plainLabelLines()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "Issue Summary:\nStart Time: 2024-05-01 22:05 PDT\nEnd Time: 2024-05-02 00:10 PDT\n"
        "Impact: all users saw errors.\nTimeline:\n22:05: alert fired\n00:10: recovered\n"
        "Corrective and Preventative Measures:\nTasks:\nAdd capacity.\nWrite a runbook.\n"));
    QCOMPARE(pm.start.time, QTime(22, 5));
    QCOMPARE(pm.end.date, QDate(2024, 5, 2));
    QCOMPARE(pm.timezone->utcOffsetMinutes, -420);
    QCOMPARE(pm.usersAffectedPercent, std::optional<double>(100));
    QCOMPARE(timedEvents(pm).size(), 2);
    QCOMPARE(pm.timeline.last().at.date, QDate(2024, 5, 2));
    QCOMPARE(pm.actionItems.size(), 2);
    QCOMPARE(pm.actionItems.first().category, QStringLiteral("task"));
}

/// Labels written without a colon: the date line of a plain report ("Date 3rd May 2021 from
/// 09:05 -> 09:50") and a run-in heading closed by a stop ("**Impact.** …").
void TestImportSpan::labelsWithoutAColon()
{
    const Postmortem dated = importMarkdown(QStringLiteral(
        "# Search outage\n\nDate 3rd May 2021 from 09:05 -> 09:50\n\n## Summary\n\nSearch "
        "returned nothing.\n"));
    QCOMPARE(dated.start.date, QDate(2021, 5, 3));
    QCOMPARE(dated.start.time, QTime(9, 5));
    QCOMPARE(dated.end.time, QTime(9, 50));
    const Postmortem runIn = importMarkdown(QStringLiteral(
        "# Search outage on 2021-05-03\n\n**Impact.** Search answered nothing 09:05–09:50 UTC."
        "\n\n**The lesson.** Watch the index size.\n"));
    QCOMPARE(runIn.impact, QStringLiteral("Search answered nothing 09:05–09:50 UTC."));
    QCOMPARE(runIn.end.time, QTime(9, 50));
    // Bold words that close with a stop but name no part open a sentence.
    const Postmortem words = importMarkdown(QStringLiteral(
        "# Search outage\n\n**The impact was small.** Only staff noticed.\n\n## Timeline\n\n"
        "- 09:05 index empty\n"));
    QVERIFY(words.impact.isEmpty());
}

/// "Start (PST): …": the note after a moment label's name qualifies its value and goes with it.
void TestImportSpan::labelWithANote()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Billing outage\n\n- Start (PST): 2025-01-14 09:40\n- **End (PST):** 2025-01-14 "
        "11:05\n\n## Summary\n\nInvoices failed.\n\n## Action items\n\n- Fix (P1): retry failed "
        "invoices\n- Alert on invoice errors\n"));
    QCOMPARE(pm.start.time, QTime(9, 40));
    QCOMPARE(pm.end.time, QTime(11, 5));
    QVERIFY(pm.timezone.has_value());
    QCOMPARE(pm.timezone->utcOffsetMinutes, -480);
    // Only a moment's label gives its note to the value: "Fix (P1):" stays an action item.
    QCOMPARE(pm.actionItems.size(), 2);
    QVERIFY(pm.actionItems.first().text.contains(QLatin1String("(P1)")));
}

/// A hard-wrapped "Duration:" line goes on with "to …" on the next line: one statement of the
/// span, not the date stamp of a status update opened by the "Postmortem:" title line.
void TestImportSpan::wrappedDurationLine()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "Postmortem: Cache cluster failure\nIssue Summary\nDuration: The outage lasted from "
        "June 4, 2024, 08:00 AM (CET)\nto June 4, 2024, 9:15 AM (CET).\nImpact: slow pages.\n"));
    QCOMPARE(pm.start.time, QTime(8, 0));
    QCOMPARE(pm.end.time, QTime(9, 15));
    QCOMPARE(pm.end.date, QDate(2024, 6, 4));
    QVERIFY(timedEvents(pm).isEmpty());
}

void TestImportSpan::documentZoneStatement()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Outage\n\nAll times in MST (UTC-7).\n\n## Timeline\n- [23:04] node drained\n"
        "- [08:10] fixed\n"));
    QCOMPARE(pm.timezone->label, QStringLiteral("MST"));
    QCOMPARE(pm.timezone->utcOffsetMinutes, -420);
    // A zone written with the times and no statement: the written one.
    const Postmortem written = importMarkdown(
        QStringLiteral("# Outage\n\nResponse times were bad.\n\n## Timeline\n- 10:00 CET: x\n"));
    QCOMPARE(written.timezone->utcOffsetMinutes, 60);
}

/// A span stated in a zone other than the document's is moved into the document's zone: the
/// same instant, on the document's clock.
void TestImportSpan::spanInAnotherZoneMovesIntoTheDocuments()
{
    // A status page's front matter in UTC ("Z"), the update written in CET.
    const Postmortem status = importMarkdown(
        QStringLiteral("---\ntitle: Phone lines down\ndate: 2025-01-08T23:30:00Z\nresolved: true\n"
                       "resolvedWhen: 2025-01-09T01:10:00.000Z\n---\nCalls failed tonight.\n\n"
                       "09/01/2025 02:10 CET\n\nAll calls connect again.\n"));
    QCOMPARE(status.timezone->utcOffsetMinutes, 60);
    QCOMPARE(status.start.date, QDate(2025, 1, 9));
    QCOMPARE(status.start.time, QTime(0, 30));
    QCOMPARE(status.end.time, QTime(2, 10));
    QCOMPARE(status.start.utcOffsetMinutes, 60);
    // With no other zone in the document, the front matter's offset is the document's.
    const Postmortem alone = importMarkdown(QStringLiteral(
        "---\ntitle: Phone lines down\ndate: 2025-11-18T12:00:00+01:00\nresolved: true\n"
        "resolvedWhen: 2025-11-18T17:00:00+01:00\n---\nCalls failed.\n"));
    QCOMPARE(alone.timezone->utcOffsetMinutes, 60);
    QCOMPARE(alone.start.time, QTime(12, 0));
    QCOMPARE(alone.end.time, QTime(17, 0));
    // A Jekyll status page's "resolvedDate", the updates in the front matter only: the
    // window is read and the file is imported, not refused.
    const Postmortem jekyll = importMarkdown(
        QStringLiteral("---\nlayout: post\ntitle: Slow search\ndate: 2025-03-02 09:15 UTC\n"
                       "resolvedDate: 2025-03-02 11:45 UTC\nincident_states:\n- status: resolved\n"
                       "  content: 'Search answers quickly again.'\n---\n"));
    QCOMPARE(jekyll.start.time, QTime(9, 15));
    QCOMPARE(jekyll.end.time, QTime(11, 45));
    // The summary's own span over the status page's filing times.
    const Postmortem stated = importMarkdown(QStringLiteral(
        "---\ntitle: Slow pages\ndate: 2022-10-06 11:48:00\nresolved: true\n"
        "resolvedWhen: 2022-10-06 12:20:00\n---\n\n## Summary\n\nA switch dropped packets. "
        "The slowdown lasted from 15:48:40 to 16:20:40 CEST on 2022-10-06.\n"));
    QCOMPARE(stated.start.time, QTime(15, 48));
    QCOMPARE(stated.end.time, QTime(16, 20));
    QCOMPARE(stated.timezone->utcOffsetMinutes, 120);
    // A summary in UTC in a document whose times are declared in PDT.
    const Postmortem summary = importMarkdown(QStringLiteral(
        "# Build farm outage\n\nAll times in PDT.\n\n## Summary\n\nThe farm was down from "
        "2024-06-03 16:00 UTC to 2024-06-03 18:30 UTC.\n\n## Timeline\n\n- 09:00 builds "
        "queue\n- 11:30 builds run\n"));
    QCOMPARE(summary.timezone->utcOffsetMinutes, -420);
    QCOMPARE(summary.start.time, QTime(9, 0));
    QCOMPARE(summary.end.time, QTime(11, 30));
}

/// A blog post that tells of "yesterday" before any "today" tells of the day before the post's
/// date.
void TestImportSpan::yesterdayBeforeThePostsDate()
{
    const QString doc = QStringLiteral(
        "---\ntitle: Image uploads failed\npubDate: Mar 5, 2025\n---\n\n%1 a storage "
        "migration broke image uploads for an hour.\n\n## Timeline\n\n- **9:10am ET** - "
        "Uploads fail\n- **10:05am ET** - Migration rolled back\n");
    const Postmortem pm = importMarkdown(doc.arg(QStringLiteral("Yesterday")));
    QCOMPARE(pm.start.date, QDate(2025, 3, 4));
    QCOMPARE(pm.start.time, QTime(9, 10));
    const Postmortem sameDay = importMarkdown(doc.arg(QStringLiteral("This morning")));
    QCOMPARE(sameDay.start.date, QDate(2025, 3, 5));
    // Without any time: "today" dates the incident by the post; a post that does not say so
    // dates nothing (the day it was published may be weeks later).
    const QString untimed = QStringLiteral(
        "---\ntitle: Index rebuilt\ndate: '2025-03-05'\n---\n\n%1 the search index had to "
        "be rebuilt after a disk filled.\n");
    QCOMPARE(importMarkdown(untimed.arg(QStringLiteral("We are sorry: today"))).start.date,
             QDate(2025, 3, 5));
    QCOMPARE(importMarkdown(untimed.arg(QStringLiteral("Yesterday"))).start.date,
             QDate(2025, 3, 4));
    QVERIFY(!importMarkdown(untimed.arg(QStringLiteral("Last month"))).start.date.isValid());
    // "Yesterday" deep in the opening tells the same, unless "today" comes first.
    QCOMPARE(importMarkdown(untimed.arg(QStringLiteral("Sorry for the trouble. What happened "
                                                       "yesterday: ")))
                 .start.date,
             QDate(2025, 3, 4));
    QCOMPARE(importMarkdown(untimed.arg(QStringLiteral("Fixed today, after yesterday's alarm:")))
                 .start.date,
             QDate(2025, 3, 5));
    // A change made yesterday that broke things today: the outage is today.
    QCOMPARE(importMarkdown(untimed.arg(QStringLiteral("The change we shipped yesterday broke "
                                                       "search this morning, and")))
                 .start.date,
             QDate(2025, 3, 5));
}

void TestImportSpan::dayWithoutYearTakesTheDocumentsYear()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Outage report 2023-08-01\n\n## Summary\nOn July 30th from 10:00 to 11:00 UTC the API "
        "failed.\n"));
    QCOMPARE(pm.start.date, QDate(2023, 7, 30));
    QCOMPARE(pm.end.date, QDate(2023, 7, 30));
    // No year anywhere: no date.
    const Postmortem none = importMarkdown(QStringLiteral(
        "## Summary\nAround 10:00 hours of May 5th, shoppers could not open the catalogue.\n"));
    QCOMPARE(none.start.time, QTime(10, 0));
    QVERIFY(!none.start.date.isValid());
    // A day alone, no time and no timeline: still the incident's day, in the year of the
    // post's front matter.
    const Postmortem dayOnly = importMarkdown(QStringLiteral(
        "---\ntitle: Missed export\ndate: 2021-03-02\n---\n\n## What happened\n\nOur nightly "
        "export did not run on February 27th because the volume was full.\n"));
    QCOMPARE(dayOnly.start.date, QDate(2021, 2, 27));
    QVERIFY(!dayOnly.start.time.isValid());
    // A range written with an arrow, each end with its own day and no year: the title's
    // year, not the date of something else the summary names first.
    const Postmortem arrow = importMarkdown(QStringLiteral(
        "# Cache stampede (Nov 30, 2025)\n\n## Summary\nA config change from Oct 2, 2025 let "
        "the cache expire at once. Checkout failed for about 3 hours (Nov 30 ~22:10 UTC \u2192 "
        "Dec 1 ~01:05 UTC) until the cache was warmed by hand.\n"));
    QCOMPARE(arrow.start.date, QDate(2025, 11, 30));
    QCOMPARE(arrow.start.time, QTime(22, 10));
    QCOMPARE(arrow.end.date, QDate(2025, 12, 1));
    QCOMPARE(arrow.end.time, QTime(1, 5));
    // The arrow may name what happened at the end; a time after the range on the Duration
    // line is not its end.
    const Postmortem named = importMarkdown(QStringLiteral(
        "# Queue freeze\n\n**Date:** 2025-05-06\n**Duration:** ~2h (pager ~08:15 UTC \u2192 "
        "recovery ~10:20 UTC); the first bad write at 07:55 UTC\n\n## Summary\nJobs stalled.\n"));
    QCOMPARE(named.start.time, QTime(8, 15));
    QCOMPARE(named.end.time, QTime(10, 20));
    QCOMPARE(named.end.date, QDate(2025, 5, 6));
    // A length written in words; a range from the same start in the impact beats it.
    const Postmortem words = importMarkdown(QStringLiteral(
        "# Mail delays 2025-02-03\n\n## Summary\nAt 09:10 UTC on 2025-02-03 outgoing mail "
        "became unavailable for around two hours.\n"));
    QCOMPARE(words.start.time, QTime(9, 10));
    QCOMPARE(words.end.time, QTime(11, 10));
    const Postmortem rounded = importMarkdown(QStringLiteral(
        "# Mail delays\n\n## Summary\nOn 2025-02-03 at 09:10 UTC the mail relay was down for "
        "an hour.\n\n## Impact\nBetween 09:10 and 10:04 (UTC) no mail left the relay.\n"));
    QCOMPARE(rounded.end.time, QTime(10, 4));
    QCOMPARE(ImportTime::findMonthDay(QStringLiteral("on 15 February the"))->month, 2);
    QVERIFY(!ImportTime::findMonthDay(QStringLiteral("February 15, 2024 and it may 3")));
}

void TestImportSpan::timelineSaysWhenTheOutageBeganAndEnded()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Lyric search outage\n\n**Date:** 2016-04-12\n\n## Timeline\n\n2016-04-12 (*all times "
        "UTC*)\n\n"
        "* 14:51 A radio show links the lyric search\n* 14:54 **OUTAGE BEGINS** -- nodes overload\n"
        "* 15:01 **INCIDENT BEGINS** incident declared\n* 16:12 **OUTAGE ENDS** back to normal\n"
        "* 16:14 **INCIDENT ENDS**, exit criterion reached\n"));
    QCOMPARE(pm.start.date, QDate(2016, 4, 12)); // the Date line's day
    QCOMPARE(pm.start.time, QTime(14, 54));
    QCOMPARE(pm.end.time, QTime(16, 12));
    QCOMPARE(pm.timezone->utcOffsetMinutes, 0);
    // The day line with its zone note ("2016-04-12 (all times UTC)") dates the entries under it.
    QCOMPARE(pm.timeline.at(0).at.date, QDate(2016, 4, 12));
    QVERIFY(!pm.timeline.at(0).at.time.isValid());
    QCOMPARE(pm.timeline.at(2).text, QStringLiteral("OUTAGE BEGINS -- nodes overload"));
    // The failures or errors said to begin mark it too, after the last good run.
    const Postmortem failures = importMarkdown(
        QStringLiteral("## Timeline\n\n- 2025-03-04 ~08:00 UTC: last good sync of the mirror\n"
                       "- 2025-03-04 ~09:00 UTC: sync failures begin, unnoticed\n"
                       "- 2025-03-04 11:20 UTC: mirror synced again\n"));
    QCOMPARE(failures.start.time, QTime(9, 0));
    QCOMPARE(failures.end.time, QTime(11, 20));
    // Without such entries: the first and last.
    const Postmortem plain = importMarkdown(
        QStringLiteral("## Timeline\n* 14:51 radio\n* 14:54 nodes overload\n* 16:14 closed\n"));
    QCOMPARE(plain.start.time, QTime(14, 51));
    QCOMPARE(plain.end.time, QTime(16, 14));
    // "Time (UTC)" in a table header declares the zone.
    const Postmortem table
        = importMarkdown(QStringLiteral("## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| 10:00 "
                                        "| alert |\n| 10:30 | fixed |\n"));
    QCOMPARE(table.timezone->label, QStringLiteral("UTC"));
    QCOMPARE(timedEvents(table).size(), 2);
    // A marker with an adverb, after entries that led up to it.
    const Postmortem adverb = importMarkdown(
        QStringLiteral("## Timeline (UTC)\n- 2024-02-01T08:00:00Z — a partner flags the account\n"
                       "- 2024-02-01T09:30:00Z — report passed to security\n"
                       "- 2024-02-01T11:05:00Z — Incident formally begins\n"
                       "- 2024-02-01T13:40:00Z — account locked\n"));
    QCOMPARE(adverb.start.time, QTime(11, 5));
    QCOMPARE(adverb.end.time, QTime(13, 40));
}

void TestImportSpan::spanStatedInTheImpact()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Exports failed\n\n## Summary\nExports failed overnight.\n\n## Impact\nEvery nightly "
        "export failed between 2021-09-13 22:47 and 2021-09-14 07:55 (PDT).\n"));
    QCOMPARE(pm.start.date, QDate(2021, 9, 13));
    QCOMPARE(pm.start.time, QTime(22, 47));
    QCOMPARE(pm.end.date, QDate(2021, 9, 14));
    QCOMPARE(pm.end.time, QTime(7, 55));
}

void TestImportSpan::summaryStatesStartAndEnd()
{
    const Postmortem pm = importMarkdown(
        QStringLiteral("### Issue Summary\nAt 8:40AM PT on 03-09-2018 a leaked token was found. It "
                       "was solved by 11:55AM "
                       "PT.\n\n### Timeline\n- 8:40AM noticed\n- 11:30AM rotated\n"));
    QCOMPARE(pm.start.time, QTime(8, 40));
    QCOMPARE(pm.start.date, QDate(2018, 3, 9));
    QCOMPARE(pm.end.time, QTime(11, 55));
    QCOMPARE(pm.timezone->utcOffsetMinutes, -480); // PT before DST on 2018-03-09

    // A time in another zone than the timeline's is not the start.
    const Postmortem other = importMarkdown(QStringLiteral(
        "## Summary\nSomeone spotted at 1:12 CET (to be converted) that deploys failed.\n\n"
        "## Timeline\n### 2016-06-13 16:22 PST\nSwap exhausted.\n### 17:21 PST\nRestored.\n"));
    QCOMPARE(other.start.time, QTime(16, 22));
    QCOMPARE(other.end.time, QTime(17, 21));
    QCOMPARE(other.timezone->utcOffsetMinutes, -480);

    // The end told after its time: "by 14:25 UTC the queue had returned to normal".
    const Postmortem prose = importMarkdown(QStringLiteral(
        "On 2022-11-08 at 13:50 UTC a config push broke uploads. Around 14:10 UTC the old config "
        "was pushed again and by 14:25 UTC the upload queue had returned to normal.\n\n"
        "## Cause\nA typo.\n"));
    QCOMPARE(prose.start.time, QTime(13, 50));
    QCOMPARE(prose.end.time, QTime(14, 25));
    QCOMPARE(prose.end.date, QDate(2022, 11, 8));
    // A time followed by what someone did is no end.
    const Postmortem action = importMarkdown(QStringLiteral(
        "On 2022-11-08 at 13:50 UTC a config push broke uploads. At 14:10 UTC the team pushed "
        "the old config.\n\n## Cause\nA typo.\n"));
    QVERIFY(!action.end.time.isValid());
    // A long subject before the recovery, in a later paragraph, beats the timeline's last
    // entry a minute earlier.
    const Postmortem later = importMarkdown(QStringLiteral(
        "# Cluster\n\n## Summary\nOn 2022-11-08 at about 9:40am every site on the cluster "
        "went dark.\n\nWe upgraded the proxy. At 12:10pm, all of the sites that had gone dark "
        "during this outage came back online.\n\n## Timeline\n- 09:50: sites restart\n"
        "- 12:09: proxy upgraded\n"));
    QCOMPARE(later.end.time, QTime(12, 10));
}

void TestImportSpan::firstWholeDurationLine()
{
    // The incident's Date line, then one per stage: the incident's, with its own end (a
    // 24-hour time with a stray "PM" is still that time).
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Testnet halt\n\n## Summary\n\n* Duration: ~20 hours\n"
        "* Date: June 3 2024, 09:00 AM UTC - June 4 2024, ~05:15 PM UTC\n"
        "* Stage one:\n  * Date: June 3 2024, 09:00 AM UTC - June 3 2024, 18:00 PM UTC\n"
        "* Stage two:\n  * Date: June 3 2024, 18:00 PM UTC - June 4 2024, 16:45 PM UTC\n"));
    QCOMPARE(pm.start.date, QDate(2024, 6, 3));
    QCOMPARE(pm.start.time, QTime(9, 0));
    QCOMPARE(pm.end.date, QDate(2024, 6, 4));
    QCOMPARE(pm.end.time, QTime(17, 15));
}

void TestImportSpan::titleDateCorrectsMonthTypo()
{
    const QString body = QStringLiteral(
        "\n\n## Impact\nExports failed between 2021-08-13 22:47 and 2021-08-14 07:55.\n");
    const Postmortem pm = importMarkdown(QStringLiteral("# September 14th, 2021 Outage") + body);
    QCOMPARE(pm.start.date, QDate(2021, 9, 13));
    QCOMPARE(pm.end.date, QDate(2021, 9, 14));
    // A title dated far from the span, on another day, corrects nothing.
    const Postmortem far = importMarkdown(QStringLiteral("# 2021-12-01 review") + body);
    QCOMPARE(far.start.date, QDate(2021, 8, 13));
}

void TestImportSpan::timelineDatesGiveTheSpan()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Warning\n\n## Timeline\n\nAll times in PST\n\n### 2018-01-11\n\nA warning arrived.\n\n"
        "### 2018-01-18\n\nThe certificate was renewed.\n"));
    QCOMPARE(pm.start.date, QDate(2018, 1, 11));
    QCOMPARE(pm.end.date, QDate(2018, 1, 18));
    QVERIFY(!pm.start.time.isValid());
    QCOMPARE(pm.timezone->utcOffsetMinutes, -480);
    QCOMPARE(pm.timeline.size(), 2); // the zone statement is a note, not an entry
    // Read off the timeline, so the review does not take them as a stated duration.
    QVERIFY(pm.start.fromTimeline);
    QVERIFY(pm.end.fromTimeline);
    const Postmortem stated = importMarkdown(
        QStringLiteral("Start: 2018-01-11 09:00 UTC\nEnd: 2018-01-11 10:00 UTC\n\n## Timeline\n\n"
                       "- 09:00 A warning arrived.\n- 10:00 The certificate was renewed.\n"));
    QCOMPARE(stated.start.time, QTime(9, 0));
    QVERIFY(!stated.start.fromTimeline);
    QVERIFY(!stated.end.fromTimeline);
}

void TestImportSpan::largestShareOfUsers()
{
    const Postmortem pm = importMarkdown(
        QStringLiteral("## Summary\n100% of users were shown a warning.\n\n## Impact\nThe warning "
                       "put off 65% of users.\n"));
    QCOMPARE(pm.usersAffectedPercent, std::optional<double>(100));
    const Postmortem explicitShare = importMarkdown(QStringLiteral(
        "## Impact\nThe service was down for all users. Roughly 80% of users were hit.\n"));
    QCOMPARE(explicitShare.usersAffectedPercent, std::optional<double>(80));
    const Postmortem notHit = importMarkdown(QStringLiteral(
        "## Impact\n5% of users could not sign in; 95% of users didn't notice anything.\n"));
    QCOMPARE(notHit.usersAffectedPercent, std::optional<double>(5));
    const Postmortem notUsers = importMarkdown(
        QStringLiteral("## Impact\nCPU reached 100% and 2,354 users were affected.\n"));
    QVERIFY(!notUsers.usersAffectedPercent);
    // The users an apology is addressed to are its readers, not the share that was hit; the
    // same words as the impact's subject are.
    const Postmortem apology = importMarkdown(QStringLiteral(
        "## Summary\nThe forum lost a week of posts. We are sorry to all of our users for the "
        "trouble.\n"));
    QVERIFY(!apology.usersAffectedPercent);
    const Postmortem everyone = importMarkdown(QStringLiteral(
        "## Summary\nThanks for your patience. The forum was down for all of our users.\n"));
    QCOMPARE(everyone.usersAffectedPercent, std::optional<double>(100));
}

void TestImportSpan::leadUpAndFollowUpStayOutOfTheWindow()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Billing outage\n\n## Timeline\n- 2024-03-01 10:00 UTC: config change merged\n"
        "- 2024-03-04 09:00 UTC: invoices start failing\n- 2024-03-04 09:20 UTC: change reverted\n"
        "- 2024-03-04 09:45 UTC: invoices flow again\n"
        "- 2024-03-19 15:00 UTC: vendor sends its report\n"));
    QCOMPARE(pm.start.date, QDate(2024, 3, 4));
    QCOMPARE(pm.start.time, QTime(9, 0));
    QCOMPARE(pm.end.time, QTime(9, 45));
    QCOMPARE(pm.timeline.size(), 5); // all entries stay, dated as written
    QCOMPARE(pm.timeline.last().at.date, QDate(2024, 3, 19));
}

void TestImportSpan::reportSaysWhatWasGuessed()
{
    const ImportResult r = importPostmortem(QStringLiteral(
        "# Outage\n\n## Summary\n- **Duration:** On 05/06/2022 from 06:40 PM to 01:20 AM WAT\n\n"
        "## Timeline\n- 06:40 PM: alert\n- 01:20 AM: fixed\n\n## Lessons\nBe careful.\n"));
    const QString guessed = r.report.guessed.join(QLatin1Char('\n'));
    QVERIFY2(guessed.contains(QStringLiteral("MM/DD")), qPrintable(guessed));
    QVERIFY(guessed.contains(QStringLiteral("midnight")));
    QVERIFY(r.report.keptAsIs.join(QLatin1Char('\n')).contains(QStringLiteral("Lessons")));
    QVERIFY(r.report.recognised.join(QLatin1Char('\n')).contains(QStringLiteral("WAT")));
    const ImportResult dayFirst = importPostmortem(QStringLiteral(
        "## Summary\nDuration: 07/09/2023 10:00 to 11:00 UTC, see also 15/09/2023.\n"));
    QVERIFY(dayFirst.report.guessed.join(QLatin1Char('\n')).contains(QStringLiteral("DD/MM")));
    QCOMPARE(dayFirst.postmortem.start.date, QDate(2023, 9, 7));
}

void TestImportSpan::valuesKeptAsStated()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Outage\n\n## Summary\nOn 2023-02-29 from 10:00 to 11:00 UTC (Duration: 45 minutes) "
        "uploads failed.\n\n## Impact\n120% of users saw errors.\n"));
    QCOMPARE(pm.usersAffectedPercent, std::optional<double>(120));
    QStringList fields;
    for (const StatedValue &v : pm.statedValues)
        fields.append(v.field);
    QVERIFY2(fields.contains(QStringLiteral("impact.usersAffectedPercent")),
             qPrintable(fields.join(QLatin1Char(','))));
    bool impossible = false;
    for (const StatedValue &v : pm.statedValues)
        impossible = impossible || v.stated == QLatin1String("2023-02-29");
    QVERIFY(impossible);
}

void TestImportSpan::dayHeadingsWithoutYear()
{
    // Timeline tables under "### Oct 30" / "### Oct 31" headings; the year from the Date line
    // written year-month-day with the month's name. The Date line is the day of the report;
    // the entries give the incident's own days.
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Slow checkout\n\n- Date: 2024-NOV-2\n- Summary: checkout slowed twice.\n\n"
        "## Timeline\n\n### Oct 30\n\n| Time (UTC) | Event |\n| --- | --- |\n"
        "| 21:40 | first slow request |\n| 22:05 | alert fired |\n\n### Oct 31\n\n"
        "| Time (UTC) | Event |\n| --- | --- |\n| 08:10 | slow again |\n"
        "| 08:55 | latency alert resolved |\n"));
    QCOMPARE(pm.start.date, QDate(2024, 10, 30));
    QCOMPARE(pm.start.time, QTime(21, 40));
    QCOMPARE(pm.end.date, QDate(2024, 10, 31));
    QCOMPARE(pm.end.time, QTime(8, 55));
    QCOMPARE(timedEvents(pm).size(), 4);
    QCOMPARE(timedEvents(pm).at(2).at.date, QDate(2024, 10, 31));
}

void TestImportSpan::statedRecoveryLengthFromTheStart()
{
    // No start or end line; the stats give the recovery length. The end is the start plus that
    // length, not the last entry (the follow-up investigation).
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Cache flush outage\n\n## Timeline\n\nAll times in UTC.\n\n| Time | Event |\n"
        "| --- | --- |\n| 2022-06-01 14:05 | Cache flushed by a cron job |\n"
        "| 2022-06-01 14:20 | Pages time out |\n| 2022-06-01 14:41 | Cache warmed, pages load |\n"
        "| 2022-06-01 16:00 | Review of the cron jobs begins |\n\n## Stats\n\n"
        "- Time to detection: 15 minutes\n- Time to recovery: 36 minutes\n"));
    QCOMPARE(pm.start.time, QTime(14, 5));
    QCOMPARE(pm.end.time, QTime(14, 41));
    QCOMPARE(pm.end.date, QDate(2022, 6, 1));
    // Without the stated length the last entry ends it.
    const Postmortem plain = importMarkdown(
        QStringLiteral("# Cache flush outage\n\n## Timeline\n\n- 2022-06-01 14:05 cache flushed\n"
                       "- 2022-06-01 14:41 pages load\n- 2022-06-01 16:00 review begins\n"));
    QCOMPARE(plain.end.time, QTime(16, 0));
    // The length told in a sentence of another section, counted from the report.
    const Postmortem prose = importMarkdown(QStringLiteral(
        "# Token leak\n\n## Timeline\n\n- 2022-06-01 09:10 UTC\n  A user reports a leaked "
        "token.\n- 2022-06-01 09:40 UTC\n  Token revoked.\n- 2022-06-01 11:30 UTC\n  Audit "
        "finished.\n\n## Details\n\nAll in all the leak was closed in 30 minutes from the "
        "time of the report.\n"));
    QCOMPARE(prose.start.time, QTime(9, 10));
    QCOMPARE(prose.end.time, QTime(9, 40));
}

void TestImportSpan::dayStatedApartFromTheTimes()
{
    // No time anywhere: the day of the summary; a blog's front-matter date is its publication.
    const Postmortem noTimes = importMarkdown(QStringLiteral(
        "---\ntitle: Token disclosure\ndate: 2022-03-30\n---\n\nOn 21st March 2022, a "
        "reader told us a deploy token was visible in a build log.\n\n### What we changed\n\n"
        "- Rotated the token.\n"));
    QCOMPARE(noTimes.start.date, QDate(2022, 3, 21));
    QVERIFY(!noTimes.start.time.isValid());
    QVERIFY(!noTimes.end.date.isValid());
    // The title's day, before the front matter's.
    const Postmortem titled = importMarkdown(QStringLiteral(
        "---\ntitle: \"Review of the relay stall on 4th May 2020\"\ndate: 2020-05-19\n---\n\n"
        "The relay stopped accepting mail and had to be rebuilt.\n\n## What happened\n\n"
        "Disks filled up.\n"));
    QCOMPARE(titled.start.date, QDate(2020, 5, 4));
    // Times in the summary, the day in an introduction under a heading of its own.
    const Postmortem intro = importMarkdown(QStringLiteral(
        "# Postmortem\n\n## About this report\n\nThis covers the API outage of March 5, "
        "2024.\n\n### Issue Summary\n\nFrom 2:10 PM to 3:05 PM EAT the API returned errors."
        "\n\n### Root cause\n\nA bad config.\n"));
    QCOMPARE(intro.start.date, QDate(2024, 3, 5));
    QCOMPARE(intro.start.time, QTime(14, 10));
    QCOMPARE(intro.end.date, QDate(2024, 3, 5));
}

void TestImportSpan::outageMitigatedWithoutAnEnd()
{
    // The Google SRE book's example marks "OUTAGE MITIGATED" and later "OUTAGE ENDS": the end
    // is the one that ends it, else the mitigation, under date headings.
    const QString head = QStringLiteral(
        "# Outage\n\n## Timeline\n\n### 2021-10-03\n\n- 02:17 **OUTAGE BEGINS** alerts fire\n\n"
        "### 2021-10-06\n\n- 14:36 **OUTAGE MITIGATED**, new machine deployed\n"
        "- 15:36 VM created\n");
    const Postmortem pm = importMarkdown(head);
    QCOMPARE(pm.start.date, QDate(2021, 10, 3));
    QCOMPARE(pm.end.date, QDate(2021, 10, 6));
    QCOMPARE(pm.end.time, QTime(14, 36));
    const Postmortem ends
        = importMarkdown(head + QStringLiteral("- 16:00 **OUTAGE ENDS**, all traffic served\n"));
    QCOMPARE(ends.end.time, QTime(16, 0));
}

void TestImportSpan::impactDurationUnderTheTimeline()
{
    // A "Total impact duration" line after a timeline list states the span; it is no entry.
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# SDK bug - May 2, 2025\n\n## Timeline\n\nAll times in UTC.\n\n"
        "- **08:10** - Release goes out\n- **08:30** - Errors rise\n- **09:05** - Revert "
        "deployed\n- **15:00** - Incident closed\n\n"
        "**Total impact duration:** 55 minutes (08:10 - 09:05 UTC)\n"
        "**Detection delay:** 20 minutes\n"));
    QCOMPARE(timedEvents(pm).size(), 4);
    QCOMPARE(timedEvents(pm).last().at.time, QTime(15, 0));
    QCOMPARE(pm.start.time, QTime(8, 10));
    QCOMPARE(pm.end.time, QTime(9, 5));
    QCOMPARE(pm.start.date, QDate(2025, 5, 2));
}

void TestImportSpan::incidentLogKeyEvents()
{
    // The Ministry of Justice Cloud Platform incident log: "First detected" starts it,
    // "Repaired" (service back) ends it, before "Resolved" (closed).
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Incident on 2025-02-11 - Registry down\n\n- **Key events**\n"
        "  - First detected: 2025-02-11 09:12\n  - Incident declared: 2025-02-11 09:30\n"
        "  - Repaired: 2025-02-11 10:05\n  - Resolved: 2025-02-11 11:00\n\n"
        "- **Time to repair**: 0h 53m\n"));
    QCOMPARE(pm.start.date, QDate(2025, 2, 11));
    QCOMPARE(pm.start.time, QTime(9, 12));
    QCOMPARE(pm.end.time, QTime(10, 5));

    // The same log writes the labels without their colon too.
    const Postmortem bare = importMarkdown(QStringLiteral(
        "# Incident on 2025-02-11 - Registry down\n\n- **Key events**\n"
        "  - First detected 2025-02-11 09:12\n  - Incident declared 2025-02-11 09:30\n"
        "  - Repaired 2025-02-11 10:05\n  - Resolved 2025-02-12 11:00\n"));
    QCOMPARE(bare.start.time, QTime(9, 12));
    QCOMPARE(bare.end.date, QDate(2025, 2, 11));
    QCOMPARE(bare.end.time, QTime(10, 5));
}

void TestImportSpan::dottedTimesOnADateOfIncidentLine()
{
    // "Date of incident": the span with dotted times glued to their zone and a block number
    // between them.
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Chain halt\n\n**Date of incident**: 5th May, 2023 between 12.10UTC (block 4242) "
        "and 14.05UTC\n**Summary**: The chain halted.\n"));
    QCOMPARE(pm.start.date, QDate(2023, 5, 5));
    QCOMPARE(pm.start.time, QTime(12, 10));
    QCOMPARE(pm.end.time, QTime(14, 5));
    QCOMPARE(pm.timezone->utcOffsetMinutes, 0);
}

void TestImportSpan::loneDurationLineWithoutTheStartsYear()
{
    // One Duration line, the start's day written without its year.
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Night outage\n\n**Duration:** 23:30 on 9 July to 01:10 on 10 July 2024 (UTC)\n"));
    QCOMPARE(pm.start.date, QDate(2024, 7, 9));
    QCOMPARE(pm.end.date, QDate(2024, 7, 10));
    QCOMPARE(pm.end.time, QTime(1, 10));
}

void TestImportSpan::timeStatedInAnotherSection()
{
    // No timeline with times and no time in the summary: the first section's sentence that
    // gives one ("On 2024-03-17 10h47 CEST someone told us …") starts the incident; a time a
    // recovery word marks ends it.
    const QString text = QStringLiteral(
        "# 2024-03-17 Disk full\n\n## Alert\n\nOn 2024-03-17 10h47 CEST someone told us on chat "
        "that the shop was down.\n\n## What happened\n\nA snapshot filled the disk.\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(pm.start.date, QDate(2024, 3, 17));
    QCOMPARE(pm.start.time, QTime(10, 47));
    QCOMPARE(pm.timezone->utcOffsetMinutes, 120);
    const Postmortem both = importMarkdown(QStringLiteral(
        "# Relays down\n\n## So what happened?\n\nOn November 5th ’24 the relays slowed from "
        "around 11:00 GMT, were reported by 22:50 GMT and resolved at 23:01 GMT.\n"));
    QCOMPARE(both.start.date, QDate(2024, 11, 5));
    QCOMPARE(both.start.time, QTime(11, 0));
    QCOMPARE(both.end.time, QTime(23, 1));
    // With a timeline of times, the timeline gives them.
    const Postmortem timeline = importMarkdown(
        text + QStringLiteral("\n## Timeline\n\n- 11:00 shop down\n- 11:30 disk cleaned\n"));
    QCOMPARE(timeline.start.time, QTime(11, 0));
}

void TestImportSpan::rangeOfDaysWithATimeline()
{
    // "Date: January 14–19, 2026" over a table whose rows name the day without its year: the
    // days bound the incident, their first and last entries give the times, and the rows take
    // the range's year.
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# SDK regression\n\n**Date:** January 14–19, 2026\n\n## Timeline\n\n"
        "| Time (UTC) | Event |\n|---|---|\n| Jan 14, 10:18 AM | A customer reports errors |\n"
        "| Jan 16, 5:44 AM | A fix is released |\n| Jan 19, 4:04 PM | The CDN serves the fix |\n"));
    QCOMPARE(pm.start.date, QDate(2026, 1, 14));
    QCOMPARE(pm.start.time, QTime(10, 18));
    QCOMPARE(pm.end.date, QDate(2026, 1, 19));
    QCOMPARE(pm.end.time, QTime(16, 4));
    QCOMPARE(timedEvents(pm).at(1).at.date, QDate(2026, 1, 16));
}

void TestImportSpan::entrySayingTheServiceIsOperationalEndsIt()
{
    // "All services confirmed operational", "recovery of the cluster completed": the service is
    // back; a later "ticket closed" entry is follow-up, and a rounded duration gives way.
    const QString timeline = QStringLiteral(
        "## Timeline\n- 14:10 UTC: the queue stalls\n- 15:00 UTC: workers restarted\n"
        "- 16:20 UTC: all services confirmed operational\n- 17:05 UTC: ticket closed, review "
        "booked\n");
    const Postmortem closed = importMarkdown(
        QStringLiteral("# Queue stall\n\n## Summary\nOn 2024-05-02 the queue stalled.\n\n")
        + timeline);
    QCOMPARE(closed.end.time, QTime(16, 20));
    const Postmortem rounded = importMarkdown(
        QStringLiteral("# Queue stall\n\n## Summary\nOn 2024-05-02 at 14:10 UTC the queue "
                       "stalled for about 2 hours.\n\n")
        + timeline);
    QCOMPARE(rounded.end.time, QTime(16, 20));
    const Postmortem completed = importMarkdown(QStringLiteral(
        "# Queue stall\n\n## Summary\nOn 2024-05-02 at 14:10 UTC the queue stalled for "
        "about 2 hours.\n\n## Timeline\n- 14:10 UTC: the queue stalls\n"
        "- 15:55 UTC: recovery of the queue cluster completed\n"
        "- 16:30 UTC: customers told\n"));
    QCOMPARE(completed.end.time, QTime(15, 55));
    // An "operational" that is no state of the service stays a word.
    const Postmortem team = importMarkdown(QStringLiteral(
        "# Queue stall\n\n## Summary\nOn 2024-05-02 the queue stalled.\n\n## Timeline\n"
        "- 14:10 UTC: the queue stalls\n- 14:30 UTC: operational team paged\n"
        "- 15:10 UTC: queue drained\n"));
    QCOMPARE(team.end.time, QTime(15, 10));
    // Work after the service is back (the long-term fix deployed, an alarm added, a change
    // reverted) is follow-up too, however its entries are worded.
    const Postmortem followUp = importMarkdown(QStringLiteral(
        "# Queue stall\n\n## Summary\nOn 2024-05-02 the queue stalled.\n\n## Timeline\n"
        "- 14:10 UTC: the queue stalls\n- 14:50 UTC: **Service is restored** by failing over\n"
        "- 16:00 UTC: we deploy the fix for the stalled consumer\n"
        "- 17:30 UTC: an alarm on the queue's age is added\n"
        "- 18:00 UTC: the failover is rolled back\n"));
    QCOMPARE(followUp.end.time, QTime(14, 50));
    // What the service does, done again ("jobs are running again", "payments flowing again"):
    // the service is back; a relapse report and a plan the next day are follow-up.
    const Postmortem again = importMarkdown(QStringLiteral(
        "# Queue stall\n\n## Summary\nThe queue stalled.\n\n## Timeline\n"
        "- May 2 14:10 UTC: the queue stalls\n- 14:40 UTC: some workers are running again\n"
        "- 15:25 UTC: all workers are running jobs again\n"
        "- May 3 09:15 UTC: one worker reports a stall after its restart\n"
        "- 11:00 UTC: the team agrees on a plan for the consumer fix\n"));
    QCOMPARE(again.end.time, QTime(15, 25));
}

void TestImportSpan::summaryTellsTheResolutionFirst()
{
    // A status note opens with its resolution and then tells when the trouble began, by day
    // only: the time is the end's, the start keeps its day and no time.
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Delayed payouts\n\nThis incident has been resolved on the 9th of March 2025 at "
        "4:15pm UTC.\n\nOn the 7th of March 2025, the payout queue stopped draining.\n"));
    QCOMPARE(pm.start.date, QDate(2025, 3, 7));
    QVERIFY(!pm.start.time.isValid());
    QCOMPARE(pm.end.date, QDate(2025, 3, 9));
    QCOMPARE(pm.end.time, QTime(16, 15));
    // Told later, the same words still end the span the summary opens.
    const Postmortem later = importMarkdown(QStringLiteral(
        "# Delayed payouts\n\nThe payout queue stopped at 08:10 UTC on 7 March 2025. It was "
        "fixed on 9 March 2025 at 16:15 UTC.\n"));
    QCOMPARE(later.start.time, QTime(8, 10));
    QCOMPARE(later.end.date, QDate(2025, 3, 9));
    QCOMPARE(later.end.time, QTime(16, 15));
}

/// A blog post's lead sentence says how long the service was out ("went down for about 40
/// minutes"): the end is counted from the stated start, then moved to the timeline's entry
/// that says the service came back, the nearest one when a second short outage followed.
void TestImportSpan::leadSentenceStatesTheOutagesLength()
{
    const QString text = QStringLiteral(
        "# Shop outage\n\nThe shop went down for about 40 minutes.\n\n## Summary\nOn 2024-02-06 at "
        "~3:10pm the "
        "shop went down after a deploy.\n\n## Timeline\n- 15:10: the shop goes down\n"
        "- 15:45: we roll back\n- 15:52: the shop back up\n- 16:30: we deploy again\n"
        "- 16:41: the shop goes down\n- 16:44: the shop back up\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(pm.start.time, QTime(15, 10));
    QCOMPARE(pm.end.time, QTime(15, 52));
    // Without the statement the window runs to the last recovery.
    QString unstated = text;
    unstated.remove(QStringLiteral("The shop went down for about 40 minutes.\n\n"));
    QCOMPARE(importMarkdown(unstated).end.time, QTime(16, 44));
    // A length of something else is no outage's length.
    QCOMPARE(ImportTime::statedOutageLength(QStringLiteral("The deploy took 40 minutes.")),
             std::nullopt);
    QCOMPARE(ImportTime::statedOutageLength(
                 QStringLiteral("The API was unavailable for 2 hours and 10 minutes.")),
             std::optional<int>(130));
    // "Back up" with an object is a backup, not a recovery.
    const Postmortem backup = importMarkdown(QStringLiteral(
        "# Disk\n\n## Summary\nOn 2024-02-06 the disk filled.\n\n## Timeline\n"
        "- 10:00: disk full\n- 10:20: we back up the database\n- 10:50: writes succeed\n"));
    QCOMPARE(backup.end.time, QTime(10, 50));
    // Negated, it says the service is still down.
    const Postmortem still = importMarkdown(
        QStringLiteral("# Site\n\n## Summary\nOn 2024-02-06 the site went down.\n\n## Timeline\n"
                       "- 10:00: home page down\n- 10:20: rollback deployed but not back up\n"
                       "- 10:45: cache purged, pages load\n"));
    QCOMPARE(still.end.time, QTime(10, 45));
}

/// "This state lasted until 16:05 UTC" ends the incident at 16:05, as "resolved at" does.
void TestImportSpan::stateThatLastedUntilATime()
{
    const QString text = QStringLiteral(
        "# Slow builds\n\n## Summary\n\nOn 2025-03-04 the build service slowed down at 09:20 "
        "UTC. This state lasted until 11:05 UTC, when the workers were replaced.\n\n"
        "## Timeline\n\n- 09:25 UTC alert fires\n- 10:40 UTC workers replaced\n"
        "- 12:30 UTC we write up the follow-ups\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(pm.start.time, QTime(9, 20));
    QCOMPARE(pm.end.time, QTime(11, 5));
    // "Until" after an action is no end of the incident.
    QString waited = text;
    waited.replace(QStringLiteral("This state lasted until"), QStringLiteral("We waited until"));
    QVERIFY(importMarkdown(waited).end.time != QTime(11, 5));
    // Usable again at a time ends it too.
    QString again = text;
    again.replace(QStringLiteral("This state lasted until 11:05 UTC, when the workers were "
                                 "replaced."),
                  QStringLiteral("Builds were available again at 11:05 UTC."));
    QCOMPARE(importMarkdown(again).end.time, QTime(11, 5));
}

/// A report template's table of facts above its overview ("| Time | 0730 - 1230 (UTC) |"):
/// the lead is kept as the introduction, and the span it states beats the timeline's.
void TestImportSpan::spanStatedInTheLeadAboveTheOverview()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Incident report - March 3rd, 2021\n\n* Written for the platform team\n* Facts "
        "only\n\n| Date | March 3rd, 2021 |\n| --- | ---: |\n| Time | 0815 - 1140 (UTC) |\n\n"
        "## Overview\n\nBuilds could not start.\n\n### Timeline\n\n| Time | Event |\n"
        "| ---- | ----- |\n| 0830 | Builds fail |\n| 0955 | Runner image rolled back |\n"));
    QCOMPARE(pm.start.time, QTime(8, 15));
    QCOMPARE(pm.end.time, QTime(11, 40));
    QCOMPARE(pm.start.date, QDate(2021, 3, 3));
}

/// A prose-only report that names the end's day relative to the start: "resolved the same
/// day, by 8PM", "restored later that evening at 9pm".
void TestImportSpan::endOnTheDayNamedRelatively()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Wiki down\n\nOn Tuesday March 4th 2025 our wiki was down for most of the day. The "
        "outage started around 9AM after a theme update and was resolved the same day, by "
        "7PM.\n\n## Root cause\n\nThe theme dropped a required file.\n"));
    QCOMPARE(pm.start.time, QTime(9, 0));
    QCOMPARE(pm.end.time, QTime(19, 0));
    QCOMPARE(pm.end.date, QDate(2025, 3, 4));
    const Postmortem evening = importMarkdown(QStringLiteral(
        "# Wiki down\n\nOn 2025-03-04 the wiki went down at 14:10 UTC after a theme update. It "
        "was restored later that evening at 21:05 UTC.\n"));
    QCOMPARE(evening.end.time, QTime(21, 5));
}

/// A lead-up entry days before, then entries whose day is written once and carried down
/// ("**2020-09-03 13:57**", "**13:59**"): the incident is on the carried day. Entries that
/// say the service is down and no longer down bound it.
/// An entry that finds or works on the problem is no lead-up, however long before the rest it
/// stands: a deploy days before is left out of the window, a first report is not.
void TestImportSpan::investigationDaysBeforeIsNoLeadUp()
{
    const QString text
        = QStringLiteral("# Flaky login node\n\n## Timeline\n\n- 2025-03-01 09:00 UTC: %1\n"
                         "- 2025-03-04 11:20 UTC: the node locks up again\n"
                         "- 2025-03-04 12:05 UTC: a faulty memory module is replaced\n"
                         "- 2025-03-04 15:00 UTC: the node is back online\n");
    const Postmortem report = importMarkdown(
        text.arg(QStringLiteral("users report that the login node keeps freezing")));
    QCOMPARE(report.start.date, QDate(2025, 3, 1));
    QCOMPARE(report.start.time, QTime(9, 0));
    const Postmortem deploy
        = importMarkdown(text.arg(QStringLiteral("a new kernel is installed on the node")));
    QCOMPARE(deploy.start.date, QDate(2025, 3, 4));
}

void TestImportSpan::leadUpDaysBeforeUndatedEntries()
{
    const QString text = QStringLiteral(
        "# Search outage\n\n## Timeline (times in CEST)\n\n"
        "- **2022-04-02 08:09**: a reindex runs as the wrong user\n"
        "- **2022-04-09 13:57**: we deploy\n- **13:59**: the search unit fails to start\n"
        "- **14:40**: we remove the indices\n- **14:47**: we start the daemon as root\n"
        "- **20:30**: the indices are rebuilt\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(pm.start.date, QDate(2022, 4, 9));
    // The deploy is the trigger; the impact starts with the failure two minutes later.
    QCOMPARE(pm.start.time, QTime(13, 59));
    QCOMPARE(pm.end.date, QDate(2022, 4, 9));
    QString marked = text;
    marked.replace(QStringLiteral("we remove the indices"),
                   QStringLiteral("we remove the indices. **The search is down**"));
    marked.replace(QStringLiteral("as root"),
                   QStringLiteral("as root, the search is no longer down"));
    const Postmortem bounded = importMarkdown(marked);
    QCOMPARE(bounded.start.time, QTime(14, 40));
    QCOMPARE(bounded.end.time, QTime(14, 47));
    QCOMPARE(bounded.end.date, QDate(2022, 4, 9));
    // A figure that went down is no outage.
    QString figure = text;
    figure.replace(QStringLiteral("we remove the indices"),
                   QStringLiteral("error rate is down to 2%"));
    QCOMPARE(importMarkdown(figure).start.time, QTime(13, 59));
}

/// The lead-up may take several entries over days (a contract deployed, a release
/// announced), and on the day itself the change that activates it: the window opens at the
/// first entry that tells of impact or its detection, and every entry stays, dated as written.
void TestImportSpan::leadUpOverSeveralEntriesAndDays()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Chain halt\n\n## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n"
        "| May-02-2025 10:15:00 AM | New staking module deployed |\n"
        "| May-03-2025 09:00:00 AM | Upgrade release announced to validators |\n"
        "| May-07-2025 01:30:00 AM | Upgrade activated at the planned height |\n"
        "| May-07-2025 01:52:00 AM | Block production stopped |\n"
        "| May-07-2025 02:05:00 AM | An alert fires and the team joins the call |\n"
        "| May-07-2025 04:40:00 AM | Block production resumed after the nodes restarted |\n"
        "| May-07-2025 06:00:00 AM | Network stability checked by the team |\n"));
    QCOMPARE(pm.timeline.size(), 7);
    QCOMPARE(pm.timeline.first().at.date, QDate(2025, 5, 2));
    QCOMPARE(pm.start.date, QDate(2025, 5, 7));
    QCOMPARE(pm.start.time, QTime(1, 52));
    QCOMPARE(pm.end.time, QTime(4, 40));
}

/// An incident told by days alone: the range's second day ends it, and a "Date:" line that
/// falls in the range (the report's day) gives way to it.
void TestImportSpan::incidentToldByARangeOfDays()
{
    const Postmortem range = importMarkdown(QStringLiteral(
        "# Tampered nightly builds\n\n## Summary\nNightly wheels published between June 2, "
        "2024 and June 6, 2024 pulled a look-alike package.\n"));
    QCOMPARE(range.start.date, QDate(2024, 6, 2));
    QCOMPARE(range.end.date, QDate(2024, 6, 6));
    QVERIFY(!range.start.time.isValid());
    const Postmortem dated = importMarkdown(
        QStringLiteral("# Seats not granted\n\n**Date**: March 20, 2025\n\n## Summary\n\n"
                       "Between March 3 and March 20, 2025, buyers could not use their seats.\n"));
    QCOMPARE(dated.start.date, QDate(2025, 3, 3));
    QCOMPARE(dated.end.date, QDate(2025, 3, 20));
    // A Date line outside the range is the incident's day as stated.
    const Postmortem outside = importMarkdown(
        QStringLiteral("# Seats not granted\n\n**Date**: April 2, 2025\n\n## Summary\n\n"
                       "Between March 3 and March 20, 2025, buyers could not use their seats.\n"));
    QCOMPARE(outside.start.date, QDate(2025, 4, 2));
}

/// A date written partway down the timeline dates the entries under it; the entries above are
/// on the title's earlier day.
void TestImportSpan::dateWrittenPartwayDownTheTimeline()
{
    const QString text = QStringLiteral(
        "# 2021-05-04 Shop stack deleted\n\n## Timeline\n\n16:08 Stack deletion begins\n\n"
        "16:09 Site reported as not responding\n\n16:40 Homepage served again\n\n"
        "%1\n\n09:03 CDN recreated\n");
    const Postmortem pm = importMarkdown(text.arg(QStringLiteral("2021-05-06")));
    QCOMPARE(pm.start.date, QDate(2021, 5, 4));
    QCOMPARE(pm.start.time, QTime(16, 8));
    // A title's day far from the timeline's date is no day of these entries.
    const Postmortem far = importMarkdown(text.arg(QStringLiteral("2021-07-06")));
    QCOMPARE(far.start.date, QDate(2021, 7, 6));
}

/// A day without times and a length under a day: the incident ends that day.
void TestImportSpan::dayAndALengthUnderADay()
{
    const Postmortem pm = importMarkdown(
        QStringLiteral("# Beacon halt\n\n## Summary\n\nOn 2024-05-09 the beacon network "
                       "stopped for around 45 mins after a bad release.\n"));
    QCOMPARE(pm.start.date, QDate(2024, 5, 9));
    QCOMPARE(pm.end.date, QDate(2024, 5, 9));
    QVERIFY(!pm.end.time.isValid());
    const Postmortem days = importMarkdown(QStringLiteral(
        "# Beacon halt\n\n## Summary\n\nOn 2024-05-09 the beacon network stopped.\n"));
    QVERIFY(!days.end.date.isValid());
    // Without a timeline, a start and the impact's length give the end, past midnight.
    const Postmortem impact = importMarkdown(QStringLiteral(
        "# Beacon halt\n\n**Start:** 2024-05-09 22:10\n**Impact:** Every beacon down for ~3h.\n"));
    QCOMPARE(impact.end.date, QDate(2024, 5, 10));
    QCOMPARE(impact.end.time, QTime(1, 10));
    // Beside a timeline, a length in the impact is no outage's: the timeline ends it.
    const Postmortem timed = importMarkdown(QStringLiteral(
        "# Beacon halt\n\n**Start:** 2024-05-09 22:10\n**Impact:** Users had to wait for 10 "
        "minutes between retries.\n\n## Timeline\n\n- 22:10 Beacons stop\n- 23:55 Beacons "
        "recovered\n"));
    QCOMPARE(timed.end.time, QTime(23, 55));
}

void TestImportSpan::midnightAndNoonBoundASpan()
{
    // "Midnight" and "noon" as the bounds of a span are 00:00 and 12:00; elsewhere they are
    // words ("the midnight batch").
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Gallery outage\n\nThe package gallery was down on May 9th, 2024 from approximately "
        "midnight until 7:52 A.M., nearly eight hours, after the midnight batch rebooted the "
        "servers.\n"));
    QCOMPARE(pm.start.time, QTime(0, 0));
    QCOMPARE(pm.end.time, QTime(7, 52));
    QCOMPARE(pm.start.date, QDate(2024, 5, 9));
    const ImportTime::Span noon
        = ImportTime::parseSpan(QStringLiteral("from 09:30 until noon on June 4, 2024"), false);
    QCOMPARE(noon.startTime, QTime(9, 30));
    QCOMPARE(noon.endTime, QTime(12, 0));
    QCOMPARE(noon.endText, QStringLiteral("noon"));
}

QTEST_GUILESS_MAIN(TestImportSpan)
#include "tst_importspan.moc"
