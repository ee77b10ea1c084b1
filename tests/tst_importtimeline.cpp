// Importer (importer.h): which lines become timeline events, with which time, date and kind
// (entries in lists, headings, prose, <br>-joined lines; code and chat
// lines that are not entries).
#include "core/import/eventkinds.h"
#include "core/importer.h"
#include "core/importtime.h"
#include "importcheck.h"

#include <QTest>

using namespace Hindsight;
using namespace HindsightTest;

class TestImportTimeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void paddedTableCellsJoinTrimmed();
    void guessedKindLeavesTheWindowAlone();
    void expiryOpensTheWindow();
    void timelineMidnightRollover();
    void wrappedLineOpeningWithATime();
    void timedListsLastItemWrapped();
    void timelineDateAfterTimes();
    void codeBlockIsNotTimeline();
    void groupLabelsLeadTheirFirstSubItem();
    void unclosedFence();
    void indentationAsHierarchy();
    void headingEntriesTakeTheirBody();
    void entriesTypedOnOneLine();
    void entriesJoinedByBr();
    void timesOnlyInProse();
    void chatLinesAreNotEntries();
    void yearlessTimelineDates();
    void markupLeavesEventAndItemTexts();
    void markdownUnderALoneImageTag();
    void fourDigitTimesWithAZone();
    void boldBulletLinesWithHardBreaks();
    void dayLabelThenTimeInTheSentence();
    void plainLinesLedByTimes();
    void twelveAmAfterNoon();
    void afternoonWithoutMeridiem();
    void sentenceIntroducesTheTimeline();
    void secondTimelineGoesOn();
    void basicFormatTimesInATimelineTable();
    void dayHeadingsAtTheTimelinesLevel();
    void timeHeadingsWithoutATimelineSection();
    void timelineKeptAsALogInACodeBlock();
    void htmlParagraphPerLine();
    void timedListNestedUnderAField();
    void datedFourDigitTimes();
    void timelineHeadingsWithANoteOrAKind();
    void subBulletTimesAreDetail();
    void timelineHeadingNamesTheDay();
    void proseEntriesTellTheirDayAndAfternoon();
    void storyAfterTheTimedList();
    void labelAfterTheEntrysOwnTime();
    void tableRowsWithoutTheirHeader();
    void proseAfterPlainTimedLines();
    void statusUpdatesAndTimelineMerged();
    void statusUpdateWordsUnderItsStamp();
    void undatedTimelineOpensAtFirstSign();
};

/// A line that opens with a time because the editor wrapped there ("… dropped for two minutes
/// (UTC" / "05:13) and again …") goes on with its entry; "<br>" still starts a new one.
void TestImportTimeline::wrappedLineOpeningWithATime()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Proxy flaps\n\n## Timeline\n\n2024-02-01 05:16: The proxy dropped for two minutes "
        "(UTC\n05:13) and again for three.<br> 05:30: Traffic is normal.\n\n"
        "2024-02-01 06:00: Ticket closed.\n"));
    const QList<TimelineEvent> events = timedEvents(pm);
    QCOMPARE(events.size(), 3);
    QVERIFY(events.at(0).text.contains(QLatin1String("05:13) and again for three.")));
    QCOMPARE(events.at(1).at.time, QTime(5, 30));

    // Under a list item, and in a plain line left hanging on "at".
    const Postmortem list = importMarkdown(
        QStringLiteral("## Timeline\n\n- 16:25 - The rule deployed at\n  15:45 blocks every path.\n"
                       "- 16:40 - Rolled back.\n"));
    QCOMPARE(timedEvents(list).size(), 2);
    const Postmortem plain = importMarkdown(QStringLiteral(
        "## Timeline\n\n10:25 - The certificate expired at\n09:10 and was still in use.\n"
        "11:30 - A new certificate is issued\n12:10 - Handshakes succeed.\n"));
    QCOMPARE(timedEvents(plain).size(), 3);
    QVERIFY(timedEvents(plain).first().text.endsWith(QLatin1String("still in use.")));
}

/// A list of timed items standing in for the timeline keeps its last item's wrapped lines;
/// they are no text of the section around the list.
void TestImportTimeline::timedListsLastItemWrapped()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Login failures\n\nThe login service failed on a Monday morning.\n\n## Root cause "
        "and resolution\n\n- 08:00 AM - Support read the first complaints.\n- 08:30 AM - We "
        "reproduced the failure with a test account.\n- 09:15 AM - Pinning the hashing library "
        "fixed it; we also saw\n  that part of the session code was lost in the upgrade.\n"));
    const QList<TimelineEvent> events = timedEvents(pm);
    QCOMPARE(events.size(), 3);
    QVERIFY(events.last().text.endsWith(QLatin1String("was lost in the upgrade.")));
    QVERIFY(!pm.rootCause.contains(QLatin1String("session code")));
}

void TestImportTimeline::timelineMidnightRollover()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Outage\n\n## Summary\nDuration: December 31, 2023, 11:30 PM to 12:45 AM (EST)\n\n"
        "## Timeline\n- 11:30 PM: alerts fired\n- 11:45 PM: on-call paged\n"
        "- 12:15 AM: rolled back the deploy\n- 12:45 AM: service restored\n"));
    QCOMPARE(pm.start.date, QDate(2023, 12, 31));
    QCOMPARE(pm.end.date, QDate(2024, 1, 1));
    QCOMPARE(pm.end.time, QTime(0, 45));
    QCOMPARE(pm.timezone->utcOffsetMinutes, -300);
    QCOMPARE(pm.timeline.size(), 4);
    QCOMPARE(pm.timeline.at(1).at.date, QDate(2023, 12, 31));
    QCOMPARE(pm.timeline.at(2).at.date, QDate(2024, 1, 1));
    QCOMPARE(pm.timeline.at(2).at.time, QTime(0, 15));
    QCOMPARE(pm.timeline.at(3).at.date, QDate(2024, 1, 1));
    QCOMPARE(pm.timeline.at(2).at.utcOffsetMinutes, std::optional<int>(-300));
    QCOMPARE(pm.timeline.at(0).kind, EventKind::Detection);
    // The on-call paged by those alerts is still the detection (Google SRE book, "Being
    // On-Call"), not more hands brought in; time to detect counts from the first entry.
    QCOMPARE(pm.timeline.at(1).kind, EventKind::Detection);
    QCOMPARE(pm.timeline.at(2).kind, EventKind::Mitigation);
    QCOMPARE(pm.timeline.at(3).kind, EventKind::Resolution);
}

void TestImportTimeline::timelineDateAfterTimes()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "## Issue Summary\n- **Duration:** from 8:00 AM to 12:40 PM on 15 Feb 2024 (CET).\n"
        "- **Impact:** 12.5% of users could not sign in.\n\n## Timeline\n"
        "- 08:00: detected\n- 12:40: back to normal\n"));
    QCOMPARE(pm.start.date, QDate(2024, 2, 15));
    QCOMPARE(pm.start.time, QTime(8, 0));
    QCOMPARE(pm.end.time, QTime(12, 40));
    QCOMPARE(pm.timezone->label, QStringLiteral("CET"));
    QCOMPARE(pm.timezone->utcOffsetMinutes, 60);
    QCOMPARE(pm.start.utcOffsetMinutes, std::optional<int>(60));
    QCOMPARE(pm.usersAffectedPercent, std::optional<double>(12.5));
    QCOMPARE(pm.timeline.last().at.date, QDate(2024, 2, 15));
}

void TestImportTimeline::codeBlockIsNotTimeline()
{
    const QString text = QStringLiteral(
        "## Timeline\n- 10:00 UTC: alert\n\n```\n10:01 UTC: log line\n10:02 UTC: another\n```\n\n"
        "    10:03 indented code\n\n- 10:05 UTC: fixed\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(timedEvents(pm).size(), 2);
    QCOMPARE(pm.timeline.last().at.time, QTime(10, 5));
    QVERIFY(missingLines(text, pm).isEmpty());
}

void TestImportTimeline::groupLabelsLeadTheirFirstSubItem()
{
    const Postmortem pm
        = importMarkdown(QStringLiteral("# Outage\n\n## Timeline\n"
                                        "- **Detection:** A disk alarm fired at 10:00 AM (UTC).\n"
                                        "- **Actions Taken:**\n"
                                        "  - Engineers read through the storage logs.\n"
                                        "  - The incident was escalated to the storage team.\n"
                                        "- **Resolution:**\n"
                                        "  - Storage service restored at 1:45 PM (UTC).\n"
                                        "- **Aftermath:**\n"));
    QStringList texts;
    for (const TimelineEvent &e : pm.timeline)
        texts.append(e.text);
    QCOMPARE(pm.timeline.size(), 5);
    // The label leads its first sub-item instead of standing as an event of its own...
    QVERIFY2(texts[1].startsWith(QStringLiteral("Actions Taken:")), qPrintable(texts[1]));
    QVERIFY(texts[1].contains(QStringLiteral("Engineers read through the storage logs.")));
    QCOMPARE(pm.timeline[2].kind, EventKind::Escalation);
    QVERIFY(texts[3].startsWith(QStringLiteral("Resolution:")));
    QCOMPARE(pm.timeline[3].at.time, QTime(13, 45));
    QCOMPARE(pm.timeline[3].kind, EventKind::Resolution);
    // ...and a label with nothing under it stays an entry (nothing is dropped).
    QVERIFY(texts[4].contains(QStringLiteral("Aftermath")));
}

void TestImportTimeline::unclosedFence()
{
    const QString text
        = QStringLiteral("```\n# Outage\n\n## Timeline\n- 10:00 UTC: alert fired\n"
                         "- 10:30 UTC: rolled back\n\n## Root Cause\nA bad deploy.\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(timedEvents(pm).size(), 2);
    QCOMPARE(pm.rootCause, QStringLiteral("A bad deploy."));
    QVERIFY(missingLines(text, pm).isEmpty());
    // An unclosed fence around log lines stays code.
    const Postmortem logs = importMarkdown(QStringLiteral(
        "## Timeline\n- 10:00 UTC: alert fired\n\n```\n10:01 ERROR db timeout\n10:02 ERROR db "
        "timeout\n"));
    QCOMPARE(timedEvents(logs).size(), 1);
}

void TestImportTimeline::indentationAsHierarchy()
{
    const Postmortem pm = importMarkdown(
        QStringLiteral("Timeline:\n\n    - 10:00 AM: monitoring alerted the on-call engineer\n"
                       "    - 10:20 AM: the team rolled back the release\n"));
    QCOMPARE(timedEvents(pm).size(), 2);
    QCOMPARE(pm.timeline.last().kind, EventKind::Mitigation);
    const Postmortem underHeading = importMarkdown(
        QStringLiteral("## Timeline\n\n    10:00 - alert fired\n    10:05 - on-call paged\n"));
    QCOMPARE(timedEvents(underHeading).size(), 2);
    // A log under a heading stays code.
    const Postmortem log = importMarkdown(QStringLiteral(
        "## Timeline\n\n    2024-01-01T10:00:01Z ERROR db timeout\n    2024-01-01T10:00:02Z "
        "ERROR db timeout\n"));
    QVERIFY(timedEvents(log).isEmpty());
    // Code after a line ending with ':' stays code.
    const Postmortem code = importMarkdown(
        QStringLiteral("## Timeline\n- 10:00 alert\n\nThe script was:\n\n    if [ -z $2 ]; then\n"
                       "        loc=/srv/$2\n    fi\n"));
    QCOMPARE(timedEvents(code).size(), 1);
    QVERIFY(allOutputText(code).contains(QStringLiteral("loc=/srv/$2")));
}

void TestImportTimeline::headingEntriesTakeTheirBody()
{
    const QString text = QStringLiteral(
        "## Timeline\n\n### 2016-06-13 16:22 PST\n\nThe build host fills its swap.\n\n### 17:20\n\n"
        "Maya sees the queue drain again (it had stalled since ~15:10).\nService is restored.\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(pm.timeline.size(), 2);
    QCOMPARE(pm.timeline.first().text, QStringLiteral("The build host fills its swap."));
    QCOMPARE(pm.timeline.last().at.time, QTime(17, 20));
    QVERIFY(pm.timeline.last().text.contains(QStringLiteral("~15:10")));
    QCOMPARE(pm.timeline.last().kind, EventKind::Resolution);
    QCOMPARE(pm.end.date, QDate(2016, 6, 13)); // carried, not rolled over by the 15:10
    QVERIFY(missingLines(text, pm).isEmpty());
}

void TestImportTimeline::entriesTypedOnOneLine()
{
    const QString text = QStringLiteral(
        "Timeline:\n- 10:50 AM: I paged the team. - 11:00 AM: Requests went to the standby.\n"
        "- 12:00 PM: We escalated - the database team joined.\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(timedEvents(pm).size(), 3);
    QCOMPARE(pm.timeline.at(1).at.time, QTime(11, 0));
    QCOMPARE(pm.timeline.at(1).text, QStringLiteral("Requests went to the standby."));
    QVERIFY(pm.timeline.last().text.contains(QStringLiteral("- the database team joined")));
    QVERIFY(missingLines(text, pm).isEmpty());
}

void TestImportTimeline::entriesJoinedByBr()
{
    const QString text = QStringLiteral(
        "## Timeline\n10:00 UTC: alert fired<br>10:05 UTC: on-call paged<br />10:30 UTC: "
        "fixed\n\nLines end in a break<br>\nand go on.\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(timedEvents(pm).size(), 3);
    QCOMPARE(pm.timeline.at(1).text, QStringLiteral("on-call paged"));
    QVERIFY(missingLines(text, pm).isEmpty());
}

void TestImportTimeline::timesOnlyInProse()
{
    const QString text = QStringLiteral(
        "## Timeline\nAt 10:00 the alert fired. We looked at the graphs. At 10:10 we paged the "
        "database team. Shortly after 10:30 the service was restored.\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(timedEvents(pm).size(), 3);
    QVERIFY(pm.timeline.first().text.contains(QStringLiteral("We looked at the graphs.")));
    QCOMPARE(pm.timeline.last().at.time, QTime(10, 30));
    QVERIFY(missingLines(text, pm).isEmpty());
    // One time in a sentence that does not open with it: one entry.
    const Postmortem one = importMarkdown(QStringLiteral(
        "## Timeline\nThe team met and at 10:00 decided to roll back, which ended at 10:20.\n"));
    QCOMPARE(timedEvents(one).size(), 1);
}

void TestImportTimeline::chatLinesAreNotEntries()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "## Timeline\n- 10:00 UTC: alert fired\n- tomasz [10:02 AM] same here on every runner\n"
        "- [10:03] <alice> restarting now\n- 10:30 UTC: fixed\n"));
    QCOMPARE(timedEvents(pm).size(), 2);
    bool kept = false;
    for (const Section &s : pm.sections)
        kept = kept || s.text.contains(QStringLiteral("<alice> restarting now"));
    QVERIFY(kept);
    // A named speaker in an ordinary entry is no chat line.
    const Postmortem named = importMarkdown(QStringLiteral(
        "## Timeline\n- 10:00 UTC: Renata deploys a fix\n- [05-14 08:10] Renata deploys\n"));
    QCOMPARE(timedEvents(named).size(), 2);
}

void TestImportTimeline::yearlessTimelineDates()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# June 9th, 2020 Runner Pool Outage\n\n## Timeline\n- [11-20 16:21] bug introduced\n"
        "- [06-09 23:04] node drained\n- [06-09 08:10] fixed\n"));
    QCOMPARE(pm.timeline.at(0).at.date, QDate(2019, 11, 20)); // before the report, not after
    QCOMPARE(pm.timeline.at(1).at.date, QDate(2020, 6, 9));
    QCOMPARE(pm.timeline.at(1).text, QStringLiteral("node drained"));
    QCOMPARE(ImportTime::parseLeading(QStringLiteral("Jun 9, 10:00 paged"))->month, 6);
    // A range of numbers is no date: "10-15 minutes later" leads with nothing.
    QVERIFY(!ImportTime::parseLeading(QStringLiteral("10-15 minutes later it recovered")));
    // No year anywhere: no date is made up.
    const Postmortem none
        = importMarkdown(QStringLiteral("## Timeline\n- [06-09 23:04] drained\n"));
    QVERIFY(!none.timeline.first().at.date.isValid());
}

void TestImportTimeline::markupLeavesEventAndItemTexts()
{
    const Postmortem pm = importMarkdown(
        QStringLiteral("# Outage\n\n## Timeline\n- 10:00 UTC: **Detection:** the pager went off\\\n"
                       "- 10:05 UTC: traffic drops (**outage starts**)<br />\n\n## Action items\n"
                       "- **Add** a canary stage\n"));
    QCOMPARE(pm.timeline.at(0).text, QStringLiteral("Detection: the pager went off"));
    QCOMPARE(pm.timeline.at(1).text, QStringLiteral("traffic drops (outage starts)"));
    QCOMPARE(pm.actionItems.at(0).text, QStringLiteral("Add a canary stage"));
}

void TestImportTimeline::markdownUnderALoneImageTag()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Outage\n\n## Timeline\n<img src=\"x.gif\" width=\"50%\">\n- 10:00 UTC: alert fired\n"
        "- 10:30 UTC: service restored\n"));
    QCOMPARE(timedEvents(pm).size(), 2);
}

void TestImportTimeline::fourDigitTimesWithAZone()
{
    // Entries timed "0742 UTC", the first of each day with its month and day; the year from
    // the Date line. A four-digit count in an entry stays text.
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Ledger stall\n\nDate: March 3, 2024\n\n## Timeline\n"
        "- Mar 3 2250 UTC: a batch of 1200 transfers is queued\n- 2315 UTC: ledger stalls\n"
        "- Mar 4 0105 UTC: stall cleared\n"));
    const QList<TimelineEvent> timed = timedEvents(pm);
    QCOMPARE(timed.size(), 3);
    QCOMPARE(timed.at(0).at.time, QTime(22, 50));
    QCOMPARE(timed.at(0).at.date, QDate(2024, 3, 3));
    QCOMPARE(timed.at(0).text, QStringLiteral("a batch of 1200 transfers is queued"));
    QCOMPARE(timed.at(2).at.date, QDate(2024, 3, 4));
    QCOMPARE(pm.timezone->utcOffsetMinutes, 0);
}

void TestImportTimeline::boldBulletLinesWithHardBreaks()
{
    // A word processor's export: "**•<tab>time:**" lines ending in a hard break (two blanks),
    // one paragraph in Markdown; each line is an entry of its own.
    const Postmortem pm
        = importMarkdown(QStringLiteral("# Mail relay outage\n\n## Timeline:\n\n"
                                        "**\u2022\t14:02 CET:** Outgoing mail piles up.  \n"
                                        "**\u2022\t14:10 CET:** Relay restarted.  \n"
                                        "**\u2022\t14:21 CET:** Queue drained.  \n"));
    const QList<TimelineEvent> timed = timedEvents(pm);
    QCOMPARE(timed.size(), 3);
    QCOMPARE(timed.at(1).at.time, QTime(14, 10));
    QCOMPARE(timed.at(1).text, QStringLiteral("Relay restarted."));
    QCOMPARE(pm.end.time, QTime(14, 21));
    QCOMPARE(pm.timezone->utcOffsetMinutes, 60);
}

void TestImportTimeline::dayLabelThenTimeInTheSentence()
{
    // Entries labelled by their day; one of them opens its sentence with the time.
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Cache corruption\n\n## Timeline\n\n- 2023-05-02: Release 4.1 shipped with the bug.\n"
        "- 2023-05-04: At 08:15:40 UTC, caches started serving stale pages. Rollback some 20m "
        "later.\n- 2023-05-05: Release 4.1.1 fixed it; since 09:00 no stale pages.\n"));
    const QList<TimelineEvent> timed = timedEvents(pm);
    QCOMPARE(timed.size(), 1);
    QCOMPARE(timed.first().at.date, QDate(2023, 5, 4));
    QCOMPARE(timed.first().at.time, QTime(8, 15));
    QVERIFY(timed.first().text.startsWith(QStringLiteral("At 08:15:40 UTC, caches")));
    QCOMPARE(pm.start.date, QDate(2023, 5, 4));
    QCOMPARE(pm.start.time, QTime(8, 15));
    QCOMPARE(pm.timezone->utcOffsetMinutes, 0);
}

void TestImportTimeline::plainLinesLedByTimes()
{
    // Plain text, no timeline heading: lines one under the other, each led by a time, are the
    // timeline; the line after them is not an entry.
    const Postmortem pm = importMarkdown(QStringLiteral(
        "Printer queue meltdown\n\nWhen: May 2, 2023\nWhat we saw:\n"
        "9:05 AM UTC: Jobs stop printing.\n9:12 AM UTC: Spooler restarted, no change.\n"
        "9:40 AM UTC: Driver rolled back; jobs print again.\nLessons: keep the old driver.\n"));
    const QList<TimelineEvent> timed = timedEvents(pm);
    QCOMPARE(timed.size(), 3);
    QCOMPARE(timed.first().at.time, QTime(9, 5));
    QCOMPARE(timed.last().text, QStringLiteral("Driver rolled back; jobs print again."));
    QCOMPARE(pm.start.date, QDate(2023, 5, 2));
    // Two such lines are not enough.
    const Postmortem two = importMarkdown(
        QStringLiteral("Printer queue meltdown\n\nWhat we saw:\n9:05 AM UTC: Jobs stop printing.\n"
                       "9:40 AM UTC: Driver rolled back.\nLessons: keep the old driver.\n"));
    QCOMPARE(timedEvents(two).size(), 0);
    // Each line a paragraph of its own, under a summary heading too long to be a bare label.
    const Postmortem spaced = importMarkdown(QStringLiteral(
        "## Summary of the issues that slowed printing at the Leeds office\n\nA driver update "
        "was caused by a bad package mirror.\n\n9:05: Jobs stop printing.\n\n9:12: Spooler "
        "restarted, no change.\n\n9:40: Driver rolled back; jobs print again.\n"));
    QCOMPARE(timedEvents(spaced).size(), 3);
    QCOMPARE(timedEvents(spaced).last().at.time, QTime(9, 40));
    QVERIFY(spaced.summary.startsWith(QLatin1String("A driver update")));
    QVERIFY(!spaced.summary.contains(QLatin1String("Spooler")));
    QVERIFY(spaced.rootCause.contains(QLatin1String("package mirror")));
}

void TestImportTimeline::twelveAmAfterNoon()
{
    // "12:10 AM" right after "12:00 PM": the writer meant ten past noon.
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Outage\n\n## Timeline\n- 11:40 AM: deploy starts\n- 12:00 PM: errors rise\n"
        "- 12:10 AM: rollback\n- 12:35 AM: errors gone\n"));
    QList<TimelineEvent> timed = timedEvents(pm);
    QCOMPARE(timed.size(), 4);
    QCOMPARE(timed.at(2).at.time, QTime(12, 10));
    QCOMPARE(timed.at(3).at.time, QTime(12, 35));
    QCOMPARE(timed.at(3).at.text, QStringLiteral("12:35 AM")); // the words as written
    QCOMPARE(pm.end.time, QTime(12, 35));
    // After a late-evening entry it is midnight, as written.
    const Postmortem night = importMarkdown(QStringLiteral(
        "# Outage\n\n## Timeline\n- 11:40 PM: deploy starts\n- 12:10 AM: rollback\n"));
    QCOMPARE(timedEvents(night).at(1).at.time, QTime(0, 10));
}

void TestImportTimeline::afternoonWithoutMeridiem()
{
    // Notes on the 12-hour clock with no "am" or "pm", in the dotted style: "1.05" after
    // "12.40" is five past one in the afternoon, and so is every later entry.
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Outage\n\n## Timeline\n\n11.50 search alerts fire\n\n12.40 KT rolls the index "
        "back\n\n1.05 errors stop\n\n1.30 KT closes the incident\n"));
    QList<TimelineEvent> timed = timedEvents(pm);
    QCOMPARE(timed.size(), 4);
    QCOMPARE(timed.at(2).at.time, QTime(13, 5));
    QCOMPARE(timed.at(3).at.time, QTime(13, 30));
    QCOMPARE(timed.at(3).at.text, QStringLiteral("1.30")); // the words as written
    // A 24-hour timeline crosses midnight as written.
    const Postmortem night = importMarkdown(
        QStringLiteral("# Outage\n\n## Timeline\n- 22:40: deploy starts\n- 23:55: errors rise\n"
                       "- 00:20: rollback\n"));
    QCOMPARE(timedEvents(night).at(2).at.time, QTime(0, 20));
    // An hour written with a leading zero, or hour 0, is the 24-hour clock's: the night after.
    const Postmortem nextDay = importMarkdown(
        QStringLiteral("# Outage\n\n## Timeline\n- 09:40: deploy starts\n- 10:15: errors rise\n"
                       "- 02:10: the batch job fails\n- 0:30: paged\n"));
    QCOMPARE(timedEvents(nextDay).at(2).at.time, QTime(2, 10));
    QCOMPARE(timedEvents(nextDay).at(3).at.time, QTime(0, 30));
}

void TestImportTimeline::sentenceIntroducesTheTimeline()
{
    // A blog post's "Below is the timeline …:" over a list whose first items tell the lead-up
    // without a time: the list is the timeline, its zone the sentence's.
    const QString text = QStringLiteral(
        "# Builds stalled\n\n## What went wrong\n\nBelow is the timeline of the day, times "
        "in UTC:\n\n* Last spring we moved the runners to a new pool.\n* 09:14 on May "
        "18, a routine deploy started.\n* 11:45, the queue stopped draining.\n* At 12:30 we "
        "rolled the deploy back and builds resumed.\n\n## Next steps\n\n* Canary the runner "
        "image.\n");
    const Postmortem pm = importMarkdown(text);
    const QList<TimelineEvent> timed = timedEvents(pm);
    QCOMPARE(timed.size(), 3);
    QCOMPARE(timed.first().at.time, QTime(9, 14));
    QCOMPARE(timed.last().at.time, QTime(12, 30));
    QCOMPARE(pm.actionItems.size(), 1);
    // A sentence about the timeline of a fix over a list of untimed steps is no timeline.
    const Postmortem steps = importMarkdown(QStringLiteral(
        "# Builds stalled\n\n## Fix\n\nThe timeline for the fix is as follows:\n\n* Canary "
        "the runner image.\n* Alert on queue depth.\n"));
    QVERIFY(timedEvents(steps).isEmpty());
}

void TestImportTimeline::secondTimelineGoesOn()
{
    // "Follow-up timeline" after the timeline: more entries, no list of follow-up actions.
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Hub outage\n\n## Timeline (times in BST)\n\n### 10:00 AM\nAlert fires.\n\n"
        "### 10:20 AM\nHub back online.\n\n## Follow-up timeline (times in BST)\n\n"
        "### 2:00 PM\nA user reports slow logins.\n\n## Action items\n\n- [ ] Write the report\n"));
    QCOMPARE(timedEvents(pm).size(), 3);
    QCOMPARE(timedEvents(pm).last().at.time, QTime(14, 0));
    QCOMPARE(pm.actionItems.size(), 1);
}

void TestImportTimeline::basicFormatTimesInATimelineTable()
{
    // ISO 8601's basic format "hhmm" in the time column of a timeline table; four digits
    // elsewhere in a row, or as a time cell out of range, are no time.
    const QString text
        = QStringLiteral("# Registry down, 3 May 2021\n\n## Timeline\n\nAll times in UTC.\n\n"
                         "| Time | Type | What |\n| --- | --- | --- |\n"
                         "| 0905 | alert | Registry health check fails. |\n"
                         "| 0940 | operator | Disk grown by 2048 MB. |\n"
                         "| 2460 | operator | Not a time. |\n"
                         "| 1015 | operator | Registry serves again. |\n");
    const Postmortem pm = importMarkdown(text);
    const QList<TimelineEvent> timed = timedEvents(pm);
    QCOMPARE(timed.size(), 3);
    QCOMPARE(timed.first().at.time, QTime(9, 5));
    QCOMPARE(timed.first().at.text, QStringLiteral("0905"));
    QCOMPARE(timed.last().at.time, QTime(10, 15));
    QCOMPARE(pm.start.time, QTime(9, 5));
    QCOMPARE(pm.end.time, QTime(10, 15));
    QVERIFY(missingLines(text, pm).isEmpty());
}

void TestImportTimeline::dayHeadingsAtTheTimelinesLevel()
{
    // "## Timeline", then "## March 3" over "### 22:10" entries: a day alone is no section.
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Report March 3 2024 - queue stall\n\n## Timeline\n\n_All times in CET_\n\n"
        "## March 3\n\n### 22:10\nAlert fires.\n\n### 23:40\nWorkers restarted.\n\n"
        "## Tuesday, 4 March\n\n### 00:20\nQueue drained.\n\n## Action items\n\n- [ ] Add a "
        "check\n"));
    const QList<TimelineEvent> timed = timedEvents(pm);
    QCOMPARE(timed.size(), 3);
    QCOMPARE(timed.first().at.date, QDate(2024, 3, 3));
    QCOMPARE(timed.last().at.date, QDate(2024, 3, 4));
    QCOMPARE(pm.actionItems.size(), 1);
    // A date heading with a note after it still dates the entries under it.
    const Postmortem noted = importMarkdown(QStringLiteral(
        "# Outage\n\n## Timeline\n\n### 29-09-2021 (all times CEST)\n\n- 15:46 config change\n\n"
        "### 03-10-2021 (all times CEST)\n\n- 02:17 alert\n"));
    QCOMPARE(timedEvents(noted).last().at.date, QDate(2021, 10, 3));
    // A time alone slipped to the timeline heading's level is one more entry, and the entries
    // after it stay in the timeline.
    const Postmortem slipped = importMarkdown(QStringLiteral(
        "# Hub down\n\n## Timeline\n\n### 2024-05-02 09:10\n\nLogins fail.\n\n## 09:25\n\n"
        "Proxy restarted.\n\n### 09:40\n\nLogins work again.\n\n## Action items\n\n- Alert on "
        "login errors\n"));
    QCOMPARE(timedEvents(slipped).size(), 3);
    QCOMPARE(timedEvents(slipped).last().text, QStringLiteral("Logins work again."));
    QCOMPARE(slipped.actionItems.size(), 1);
}

/// The timeline pasted as the log the team kept, in a code block under its heading (fenced,
/// or left open by a stray backtick): each stamped line is an entry. A block of output after
/// an entry stays that entry's.
void TestImportTimeline::timelineKeptAsALogInACodeBlock()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Sync stall\n\n## Timeline\n\nAll times UTC.\n\n```\n2024-05-02 21:10 Nodes stop "
        "syncing\n2024-05-02 21:40 Reported in the chat\n2024-05-03 02:15 Fix merged\n"
        "2024-05-03 04:00 Nodes back in sync\n`\n"));
    const QList<TimelineEvent> timed = timedEvents(pm);
    QCOMPARE(timed.size(), 4);
    QCOMPARE(timed.first().text, QStringLiteral("Nodes stop syncing"));
    QCOMPARE(timed.last().at.date, QDate(2024, 5, 3));
    QCOMPARE(pm.end.time, QTime(4, 0));
    for (const Section &sec : pm.sections)
        QVERIFY2(!sec.text.contains(QLatin1String("Nodes stop")), qPrintable(sec.text));

    const Postmortem output = importMarkdown(QStringLiteral(
        "# Sync stall\n\n## Timeline\n\n- 21:10 UTC nodes stop syncing, the log said:\n\n"
        "```\n21:10:01 ERROR peer refused\n21:10:02 ERROR peer refused\n21:10:03 ERROR peer "
        "refused\n```\n\n- 22:00 UTC restarted the nodes\n"));
    QCOMPARE(timedEvents(output).size(), 2);
}

void TestImportTimeline::timeHeadingsWithoutATimelineSection()
{
    // A status log with a heading per update and no timeline section: the time headings and
    // their paragraphs are the timeline; a heading that is no time ends it.
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# 2024-06-01\n\n### Details\n\nOur DNS provider is failing.\n\n#### 10:05 UTC\n\n"
        "Names still fail to resolve.\n\n#### 10:50 UTC\n\nThe provider reports recovery.\n\n"
        "#### Notes\n\nSee their write-up.\n"));
    const QList<TimelineEvent> timed = timedEvents(pm);
    QCOMPARE(timed.size(), 2);
    QCOMPARE(timed.last().text, QStringLiteral("The provider reports recovery."));
    QCOMPARE(pm.end.time, QTime(10, 50));
    QCOMPARE(pm.end.date, QDate(2024, 6, 1));
    QCOMPARE(pm.timeline.size(), 2);
    // One time heading alone is no timeline.
    const Postmortem one = importMarkdown(
        QStringLiteral("# Log\n\n### Details\n\nText.\n\n#### 10:05 UTC\n\nMore text.\n"));
    QVERIFY(one.timeline.isEmpty());
    // A status page's update headings: the update word, the time, its zone and its day.
    const Postmortem updates = importMarkdown(QStringLiteral(
        "Our mail relay is failing.\n\n#### UPDATE 09:12 CET 18/02/2025:\n\nMail flows again "
        "for most users.\n\n#### UPDATE 10:40 CET 18/02/2025:\n\nAll queues are empty; we "
        "consider this resolved.\n"));
    const QList<TimelineEvent> stamped = timedEvents(updates);
    QCOMPARE(stamped.size(), 2);
    QCOMPARE(stamped.first().at.date, QDate(2025, 2, 18));
    QCOMPARE(stamped.first().at.time, QTime(9, 12));
    // The update word stays with the entry: it is what the page said.
    QCOMPARE(stamped.last().text,
             QStringLiteral("UPDATE: All queues are empty; we consider this resolved."));
    QCOMPARE(updates.timezone->utcOffsetMinutes, 60);
    // The Statuspage phases over updates dated in ISO form ("Investigating 2025-01-04 9:27a"):
    // the phase reads as the entry's kind.
    const Postmortem phases = importMarkdown(QStringLiteral(
        "---\ntitle: Lab power cut\n---\n\n## Investigating 2025-03-08 9:27a\n\nThe lab lost "
        "power and every server is down.\n\n## Monitoring 2025-03-08 11:06a\n\nStill no power "
        "in the building.\n\n## Resolved  2025-03-08 4:00p\n\nPower is back and the servers "
        "are up.\n"));
    const QList<TimelineEvent> phased = timedEvents(phases);
    QCOMPARE(phased.size(), 3);
    QCOMPARE(phased.first().at.time, QTime(9, 27));
    QCOMPARE(phased.last().at.time, QTime(16, 0));
    QVERIFY(phased.last().text.startsWith(QLatin1String("Resolved: Power is back")));
    QCOMPARE(phased.last().kind, EventKind::Resolution);
    QCOMPARE(phases.end.time, QTime(16, 0));
    // The report names the rule that found them, not an empty heading.
    const ImportResult reported = importPostmortem(QStringLiteral(
        "Our mail relay is failing.\n\n#### UPDATE 09:12 CET 18/02/2025:\n\nMail flows.\n\n"
        "#### UPDATE 10:40 CET 18/02/2025:\n\nQueues are empty.\n"));
    const QString recognised = reported.report.recognised.join(QLatin1Char('\n'));
    QVERIFY2(recognised.contains(QStringLiteral("only a time")), qPrintable(recognised));
    QVERIFY2(!recognised.contains(QStringLiteral("\u201c\u201d")), qPrintable(recognised));
}

void TestImportTimeline::htmlParagraphPerLine()
{
    // "<p>…</p>" lines with no blank line between: a paragraph each. An em space entity and an
    // emoji shortcode used as a bullet lead the time; "GMT+1:" is the zone, then the colon.
    const Postmortem pm = importMarkdown(
        QStringLiteral("<h2>Timeline:</h2>\n"
                       "<p>&emsp;:small_blue_diamond:10:00 GMT+1: The alert fired.</p>\n"
                       "<p>&emsp;:small_blue_diamond:10:30 GMT+1: The fix was deployed.</p>\n"));
    const QList<TimelineEvent> timed = timedEvents(pm);
    QCOMPARE(timed.size(), 2);
    QCOMPARE(timed.first().text, QStringLiteral("The alert fired."));
    QCOMPARE(timed.last().at.time, QTime(10, 30));
    QCOMPARE(pm.timezone->utcOffsetMinutes, 60);
}

void TestImportTimeline::timedListNestedUnderAField()
{
    // An incident log's "- **Context**:" field with the timed entries nested under it (the
    // Ministry of Justice Cloud Platform incident log) plays the timeline's role.
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Incident on 2025-02-11 - Registry down\n\n- **Impact**: pods could not start.\n\n"
        "- **Context**:\n  - 2025-02-11 09:05: certificate expires\n"
        "  - 2025-02-11 09:12 - pull errors alert\n  - 2025-02-11 10:05: pulls succeed\n\n"
        "- **Resolution**:\n  - A new certificate was deployed.\n"));
    QCOMPARE(timedEvents(pm).size(), 3);
    QCOMPARE(timedEvents(pm).at(1).text, QStringLiteral("pull errors alert"));
    QVERIFY(pm.resolution.contains(QLatin1String("new certificate")));
}

void TestImportTimeline::datedFourDigitTimes()
{
    // "2023-09-04 2140: …": a full date, then the military time of that day closed by a colon.
    const Postmortem pm
        = importMarkdown(QStringLiteral("# Archive outage\n\n## Timeline (UTC)\n\n"
                                        "- 2023-09-04 2140: nightly job wrote a bad index\n"
                                        "- 2023-09-04 2215: readers started failing\n"
                                        "- 2023-09-05 0105: index rebuilt, readers back\n"));
    QCOMPARE(pm.timeline.size(), 3);
    QCOMPARE(pm.timeline.at(0).at.time, QTime(21, 40));
    QCOMPARE(pm.timeline.at(0).text, QStringLiteral("nightly job wrote a bad index"));
    QCOMPARE(pm.timeline.at(2).at.date, QDate(2023, 9, 5));
    QCOMPARE(pm.timeline.at(2).at.time, QTime(1, 5));
    // Without the colon closing them, four digits after a date stay words.
    QVERIFY(!ImportTime::parseLeading(QStringLiteral("2023-09-04 2140 servers were moved"))
                 ->time.isValid());
}

void TestImportTimeline::timelineHeadingsWithANoteOrAKind()
{
    // A timeline named by what it follows ("Response timeline"), and one whose heading runs on
    // after a parenthesised note: both are the timeline.
    const Postmortem kind
        = importMarkdown(QStringLiteral("# Relay outage\n\n## Summary\nThe relay stopped.\n\n"
                                        "## Response Timeline\n- 08:10 UTC: relay stopped\n"
                                        "- 08:40 UTC: relay restarted\n\n## Impact\nNone.\n"));
    QCOMPARE(kind.timeline.size(), 2);
    QCOMPARE(kind.timeline.at(1).at.time, QTime(8, 40));
    const Postmortem note = importMarkdown(QStringLiteral(
        "# Queue backlog\n\n## Timeline (times in CET) Tuesday 3 to Thursday 5 of the month. "
        "Times are rounded\n\n09:05 AM CET Tuesday: backlog grows\n\n"
        "11:20 AM CET Tuesday: workers added\n\n## Root cause\nA slow consumer.\n"));
    QCOMPARE(note.timeline.size(), 2);
    QCOMPARE(note.timeline.at(0).at.time, QTime(9, 5));
    QCOMPARE(note.timeline.at(1).at.time, QTime(11, 20));
}

void TestImportTimeline::subBulletTimesAreDetail()
{
    // Sub-bullets under an entry led by its time tell its detail: a time inside their sentence
    // makes no entry. A sub-bullet led by its own time is an entry, and so are sub-bullets
    // under a day that has no time.
    const Postmortem pm = importMarkdown(
        QStringLiteral("# Printer outage\n\n## Timeline\n\n- 09:00 UTC - print queue stops\n"
                       "    - on-call saw that the spooler had restarted at 08:52 and kept quiet\n"
                       "    - 09:20 UTC spooler rolled back\n- 10:00 UTC - queue drains\n"));
    QCOMPARE(timedEvents(pm).size(), 3);
    QCOMPARE(timedEvents(pm).at(1).at.time, QTime(9, 20));
    const Postmortem days = importMarkdown(
        QStringLiteral("# Printer outage\n\n## Timeline\n\n- **2024-06-03**\n"
                       "    - print queue stops at 09:00 UTC\n    - queue drains by 10:00 UTC\n"));
    QCOMPARE(timedEvents(days).size(), 2);
}

/// "## Timeline - May 29, 2021" dates the entries under it, and a city alone after each time
/// ("16:37 Denver - …") is their zone, read by the day (daylight saving in May).
void TestImportTimeline::timelineHeadingNamesTheDay()
{
    const Postmortem pm = importMarkdown(
        QStringLiteral("---\ntitle: Build agents stopped\ndate: 2021-05-29T22:41:00-00:00\n"
                       "resolved: true\nresolvedWhen: 2021-05-30T02:11:06-00:00\n---\n\n"
                       "# Build agents stopped\n\n## Timeline - May 29, 2021\n\n"
                       "* 16:37 Denver - We upgraded the plugins and restarted the server\n"
                       "* 17:39 Denver - Builds waited for agents that never came\n"
                       "* 20:03 Denver - The older plugins are back and builds run again\n"
                       "* 20:09 DEnver - We close the incident\n"));
    QList<TimelineEvent> timed;
    for (const TimelineEvent &e : pm.timeline)
        if (e.at.time.isValid())
            timed.append(e);
    // The last entry's zone is mistyped: it is in its neighbours' zone, not the front matter's.
    QCOMPARE(timed.size(), 4);
    for (const TimelineEvent &e : timed) {
        QCOMPARE(e.at.date, QDate(2021, 5, 29));
        QCOMPARE(e.at.utcOffsetMinutes, std::optional<int>(-360));
    }
    QCOMPARE(timed.first().text,
             QStringLiteral("We upgraded the plugins and restarted the server"));
    // A city that is the sentence's subject is no zone.
    const Postmortem subject = importMarkdown(QStringLiteral(
        "# Outage\n\n## Timeline\n\n- 2021-05-29 16:37 Denver engineers restart the server\n"));
    QVERIFY(!subject.timeline.isEmpty());
    QVERIFY(!subject.timeline.first().at.utcOffsetMinutes.has_value()
            || subject.timeline.first().at.utcOffsetMinutes == 0);
}

/// Entries told as sentences: the day in the same clause is the entry's ("at 12:16 ET on June
/// 16, 2020"), over a "Date:" line written days later; a time that drops "PM" in a timeline
/// written on the 12-hour clock is the afternoon's; the template's italic hint is no entry.
void TestImportTimeline::proseEntriesTellTheirDayAndAfternoon()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Search outage\n\nDate: March 12, 2021\n\n## Timeline\n_date, time, what happened_\n"
        "- The support desk reported failed searches at 11:40 ET on March 9, 2021.\n"
        "- Engineers rolled the index back at about 2:10 PM ET.\n"
        "- Searches worked again at about 3:05 ET, March 9.\n"));
    QCOMPARE(pm.timeline.size(), 3);
    QCOMPARE(pm.timeline.first().at.date, QDate(2021, 3, 9));
    QCOMPARE(pm.timeline.last().at.time, QTime(15, 5));
    QCOMPARE(pm.timeline.last().at.date, QDate(2021, 3, 9));
    QCOMPARE(pm.end.time, QTime(15, 5));
    // On the 24-hour clock "3:05" after 14:10 passes midnight.
    const Postmortem night = importMarkdown(
        QStringLiteral("# Search outage\n\n## Timeline\n- 2021-03-09 22:40 UTC searches fail\n"
                       "- 23:10 UTC index rolled back\n- 3:05 UTC searches work again\n"));
    QCOMPARE(night.timeline.last().at.time, QTime(3, 5));
    QCOMPARE(night.timeline.last().at.date, QDate(2021, 3, 10));
    // The same with the entry's day written before its time.
    const Postmortem dated = importMarkdown(QStringLiteral(
        "# Search outage\n\n## Timeline\n- Mar 9, 9:40pm: searches fail\n"
        "- Mar 9, 10:55pm: index rolled back\n- Mar 9 11:05: searches work again\n"));
    QCOMPARE(dated.timeline.size(), 3);
    QCOMPARE(dated.timeline.last().at.time, QTime(23, 5));
}

/// A timeline section that goes on, after its list of timed entries, with a paragraph of its
/// own and untimed bullets under it (work done while watching the recovery): no entries, kept
/// as the section's text; a line led by a time after it is an entry again.
void TestImportTimeline::storyAfterTheTimedList()
{
    const Postmortem pm = importMarkdown(
        QStringLiteral("# Queue backlog\n\n## Timeline and response\n\n"
                       "- Tues 09:02 CET: On-call is paged for a growing queue.\n"
                       "- Tues 09:20 CET: A fix to skip malformed jobs rolls out.\n"
                       "- Tues 09:41 CET: The queue is empty again.\n\n"
                       "While we watched the queue drain we also tidied a few things:\n\n"
                       "- Retries were capped at 09:35 CET so repeats stay quiet.\n"
                       "- We added two workers for the backlog.\n\n"
                       "![](queue.png)\n\n## Action items\n\n- Alert on queue age\n"));
    QCOMPARE(pm.timeline.size(), 3);
    QCOMPARE(pm.timeline.first().at.time, QTime(9, 2));
    QCOMPARE(pm.timeline.first().text, QStringLiteral("On-call is paged for a growing queue."));
    QCOMPARE(pm.timeline.last().at.time, QTime(9, 41));
    QCOMPARE(pm.end.time, QTime(9, 41));
    bool kept = false;
    for (const Section &s : pm.sections)
        kept = kept
               || (s.text.contains(QStringLiteral("Retries were capped at 09:35"))
                   && s.text.contains(QStringLiteral("two workers")));
    QVERIFY(kept);
    QCOMPARE(pm.actionItems.size(), 1);

    // A remark between timed entries, with the timeline going on after it.
    const Postmortem goesOn = importMarkdown(
        QStringLiteral("## Timeline\n\n- 09:02 UTC: paged\n- 09:10 UTC: looking at the queue\n"
                       "- 09:20 UTC: fix rolls out\n\nThe fix took a while to reach every node.\n\n"
                       "- 09:41 UTC: queue empty\n- 10:05 UTC: incident closed\n"));
    QCOMPARE(goesOn.timeline.size(), 5);
    QCOMPARE(goesOn.timeline.last().at.time, QTime(10, 5));
}

void TestImportTimeline::paddedTableCellsJoinTrimmed()
{
    // A table aligned with padding, its time filling the first column: the cells after the
    // time are the entry, each without the padding.
    const Postmortem pm = importMarkdown(QStringLiteral(
        "## Timeline\n\n| Time (UTC)             | Event              | Details            |\n"
        "|------------------------|--------------------|--------------------|\n"
        "| Mar-04-2025 10:15:00 AM| Release tagged     | v4.1 tagged        |\n"
        "| Mar-04-2025 10:40:00 AM| Nodes stop syncing | Peers drop to zero |\n"));
    QCOMPARE(pm.timeline.size(), 2);
    QCOMPARE(pm.timeline.at(0).text, QStringLiteral("Release tagged | v4.1 tagged"));
    QCOMPARE(pm.timeline.at(1).at.time, QTime(10, 40));
}

/// "**21:15** - **INCIDENT START:** …": the label after the line's own time belongs to that
/// entry (it used to start an untimed entry of its own), and the marked start and end bound
/// the incident as "OUTAGE BEGINS" / "(outage ends)" do.
void TestImportTimeline::labelAfterTheEntrysOwnTime()
{
    const QString text = QStringLiteral(
        "# Locked out of the hypervisor\n\n## Timeline\n\n"
        "**20:40** - The web console stops answering  \n"
        "**20:52** - **INCIDENT START:** the new address is blocked by the firewall  \n"
        "**21:10** - **Start:** a VPN path, as the lasting fix  \n"
        "**21:35** - **INCIDENT END:** console reached over the VPN\n\n"
        "**21:50** - Old rule removed\n");
    const Postmortem pm = importMarkdown(text);
    const QList<TimelineEvent> timed = timedEvents(pm);
    QCOMPARE(timed.size(), 5);
    QCOMPARE(pm.timeline.size(), 5); // no untimed leftovers
    QCOMPARE(timed.at(1).text,
             QStringLiteral("INCIDENT START: the new address is blocked by the firewall"));
    QCOMPARE(timed.at(2).text, QStringLiteral("Start: a VPN path, as the lasting fix"));
    QCOMPARE(pm.start.time, QTime(20, 52));
    QCOMPARE(pm.end.time, QTime(21, 35));
    QVERIFY(missingLines(text, pm).isEmpty());
}

void TestImportTimeline::guessedKindLeavesTheWindowAlone()
{
    // The model alone reads "First … registered" as a detection, but not surely (no cue names
    // it): the entry shows that kind, yet the incident window reads it as lead-up, two days
    // before the alert.
    const QString setUp = QStringLiteral("First webhook endpoint registered for the billing site");
    const Import::KindReading reading = Import::readKind(setUp);
    QVERIFY2(reading.kind != EventKind::Other && reading.guessed,
             "the shipped model reads this entry differently now: choose another guessed one");
    const Postmortem pm = importMarkdown(
        QStringLiteral(
            "# Webhook outage\n\n## Timeline (UTC)\n\n"
            "- 2026-03-02 09:10 %1\n"
            "- 2026-03-02 09:40 Second webhook endpoint registered for the mirror\n"
            "- 2026-03-04 14:02 Alert fires: webhook deliveries failing with 410 errors\n"
            "- 2026-03-04 14:10 On-call engineer looks at the delivery logs\n"
            "- 2026-03-04 14:31 Endpoint URL corrected; deliveries succeed again\n")
            .arg(setUp));
    QCOMPARE(pm.timeline.size(), 5);
    QCOMPARE(pm.timeline.first().kind, reading.kind);
    QCOMPARE(pm.start.date, QDate(2026, 3, 4));
    QCOMPARE(pm.start.time, QTime(14, 2));
    QCOMPARE(pm.end.time, QTime(14, 31));
}

void TestImportTimeline::expiryOpensTheWindow()
{
    // A certificate, token or domain that expires is the first sign of impact, as a failure
    // is: the window opens there, not at the first report. A deploy before it stays lead-up.
    const Postmortem pm = importMarkdown(
        QStringLiteral("# Sign-in outage\n\n## Timeline\n\nAll times in UTC.\n\n"
                       "- 2026-04-02 11:40 Config release 4.2 rolled out to the identity proxy\n"
                       "- 2026-04-02 12:06 The proxy's signing certificate expires\n"
                       "- 2026-04-02 12:11 Users report they cannot sign in\n"
                       "- 2026-04-02 12:50 New certificate installed\n"
                       "- 2026-04-02 13:30 Sign-in confirmed working for every account\n"));
    QCOMPARE(pm.start.time, QTime(12, 6));
    QCOMPARE(pm.end.time, QTime(13, 30));
}

/// Rows of a pipe table written without its header and delimiter rows: GFM reads them as one
/// paragraph, the importer as the rows they were meant to be. A single such line stays prose.
void TestImportTimeline::tableRowsWithoutTheirHeader()
{
    const Postmortem pm = importMarkdown(
        QStringLiteral("# Region outage\n\n## Timeline\n\nAll times given are in CET (UTC+1)\n\n"
                       "| **09:12** | Packet loss starts on the edge routers. |\n"
                       "| **09:20** | Alerts fire: the region is unreachable. |\n"
                       "| **09:41** | The region is reachable again. |\n"));
    QCOMPARE(pm.timeline.size(), 3);
    QCOMPARE(pm.timeline.at(1).at.time, QTime(9, 20));
    QCOMPARE(pm.timeline.at(1).text, QStringLiteral("Alerts fire: the region is unreachable."));
    QCOMPARE(pm.timeline.at(2).at.time, QTime(9, 41));
    QVERIFY(pm.timezone);
    QCOMPARE(pm.timezone->utcOffsetMinutes, 60);
    const Postmortem single = importMarkdown(
        QStringLiteral("# Note\n\n## Summary\n\n| not | a table |\nThe proxy failed.\n"));
    QVERIFY(single.summary.contains(QLatin1String("| not | a table |")));
}

/// A timeline of times alone opens the incident at its first sign of impact, as a dated one
/// does: the deploy before it is lead-up. "Incident opened" is such a sign. An exact stated
/// length back from the recovery still reaches the change that began it; an approximate one
/// ("~3 hours") does not.
void TestImportTimeline::undatedTimelineOpensAtFirstSign()
{
    const auto window = [](const char *duration, const char *first) {
        const Postmortem pm = importMarkdown(
            QStringLiteral("# Login outage on 2026-02-08\n\n**Duration:** %1\n\n## Timeline "
                           "(UTC)\n\n| Time | Event |\n|---|---|\n| 09:00 | %2 |\n"
                           "| 09:15 | Login page returns 500 errors |\n| 09:40 | Config rolled "
                           "back |\n| 12:00 | Logins fully operational again |\n")
                .arg(QString::fromUtf8(duration), QString::fromUtf8(first)));
        return std::pair{pm.start.time, pm.end.time};
    };
    QCOMPARE(window("~3 hours", "New auth config deployed"), std::pair(QTime(9, 15), QTime(12, 0)));
    QCOMPARE(window("3 hours", "New auth config deployed"), std::pair(QTime(9, 0), QTime(12, 0)));
    QCOMPARE(window("~3 hours", "Incident opened."), std::pair(QTime(9, 0), QTime(12, 0)));
}

/// Plain lines led by their times, then a paragraph of its own that tells what came later
/// with a time in its sentence: prose after the timeline (review-set/README.md, "later times in
/// prose"), no entry. A time heading's paragraph is still its entry's body.
void TestImportTimeline::proseAfterPlainTimedLines()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Queue stall\n\n## Timeline\n\n09:02  The export queue stops draining.\n"
        "09:07  The queue depth alert pages the on-call engineer.\n"
        "09:30  A stuck consumer is restarted.\n09:41  The queue is empty again.\n\n"
        "The consumer's owners shipped a fix at 16:20, and the restart script was retired the "
        "next day.\n\n## Root cause\n\nA consumer held a lock it never released.\n"));
    QCOMPARE(pm.timeline.size(), 4);
    QCOMPARE(pm.timeline.last().at.time, QTime(9, 41));
    const Postmortem headed = importMarkdown(QStringLiteral(
        "# Queue stall\n\n## Timeline\n\n### 09:02\n\nThe queue stops.\n\n### 09:07\n\nAn alert "
        "pages.\n\n### 09:30\n\nA consumer is restarted.\n\n### 09:41\n\nThe queue is empty; "
        "the owners confirm it at 09:50.\n"));
    QCOMPARE(headed.timeline.size(), 4);
    QVERIFY(headed.timeline.last().text.contains(QLatin1String("09:50")));
}

/// A status page's updates, then the postmortem's own timeline of the same hours: one
/// timeline in time order, each list keeping its own order (an entry out of order within
/// its list stays so, for the review to find).
void TestImportTimeline::statusUpdatesAndTimelineMerged()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Slow receipts\n\n## Public updates\n\n"
        "**Investigating** - Tuesday 4 March 2025, 10:30 UTC\nReceipts are slow.\n\n"
        "**Identified** - Tuesday 4 March 2025, 11:00 UTC\nA queue is stuck.\n\n"
        "**Resolved** - Tuesday 4 March 2025, 11:50 UTC\nReceipts are on time again.\n\n"
        "## Postmortem\n\n### Timeline\n\n"
        "- **10:05** - A bad message blocks the receipt queue.\n"
        "- **10:20** - The queue lag alert pages the on-call engineer.\n"
        "- **11:15** - The message is moved aside.\n- **11:10** - The queue drains.\n"));
    QList<QTime> times;
    for (const TimelineEvent &e : pm.timeline)
        times.append(e.at.time);
    const QList<QTime> expected{QTime(10, 5),  QTime(10, 20), QTime(10, 30), QTime(11, 0),
                                QTime(11, 15), QTime(11, 10), QTime(11, 50)};
    QCOMPARE(times, expected);
}

/// "**Investigating** - Tuesday 4 March 2025, 10:30 UTC" and the update's words on the lines
/// under it: the entry is the status and those words, with or without the day's name.
void TestImportTimeline::statusUpdateWordsUnderItsStamp()
{
    for (const QString &day : {QStringLiteral("Tuesday "), QString()}) {
        const Postmortem pm = importMarkdown(
            QStringLiteral("# Slow receipts\n\n## Updates\n\n**Investigating** - ") + day
            + QStringLiteral("4 March 2025, 10:30 UTC\nReceipts are slow.\n\n**Resolved** - ") + day
            + QStringLiteral("4 March 2025, 11:50 UTC\nReceipts are on time\nagain.\n"));
        QCOMPARE(pm.timeline.size(), 2);
        QCOMPARE(pm.timeline.first().at.time, QTime(10, 30));
        QVERIFY2(pm.timeline.first().text.endsWith(QLatin1String("Receipts are slow.")),
                 qPrintable(pm.timeline.first().text));
        QVERIFY2(pm.timeline.last().text.endsWith(QLatin1String("on time again.")),
                 qPrintable(pm.timeline.last().text));
    }
}

QTEST_GUILESS_MAIN(TestImportTimeline)
#include "tst_importtimeline.moc"
