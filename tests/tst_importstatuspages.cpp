// Importer (importer.h): status pages' updates as timeline entries — Statuspage phases,
// updates stamped at their end or by a site generator's shortcode (cState's `track`), fenced
// update blocks, and updates under a date and time on a line of their own.
#include "core/importer.h"
#include "core/importtime.h"
#include "importcheck.h"

#include <QTest>

using namespace Hindsight;
using namespace HindsightTest;

class TestImportStatusPages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statusPageUpdates();
    void isoStampedStatusUpdates();
    void statusPageWithoutASummary();
    void fencedStatusUpdates();
    void trackedParagraphsAreUpdates();
    void loneStampsOverUpdates();
    void updateThatPlacesTheFaultWithAProvider();
    void updateThatSaysWhatTheIncidentWasIdentifiedAs();
    void updateHeadingsOverSeveralDays();
    void stampBeforeTheUpdatesWords();
    void updateWordAndStampEmphasised();
    void updateHeadingsWithTheirNames();
};

void TestImportStatusPages::statusPageUpdates()
{
    const QString text = QStringLiteral(
        "# Elevated API error rates\n\n**Resolved** - Error rates are back to normal. The root "
        "cause was a bad configuration push.\nJan 10, 2024 - 09:40 UTC\n\n**Monitoring** - A fix "
        "has been implemented.\nJan 10, 2024 - 08:55 UTC\n\n**Investigating** - We are "
        "investigating elevated\nerror rates.\nJan 10, 2024 - 08:20 UTC\n\nThis incident "
        "affected: API.\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(timedEvents(pm).size(), 3);
    QCOMPARE(pm.timeline.first().kind, EventKind::Resolution);
    QVERIFY(pm.timeline.last().text.contains(QStringLiteral("elevated error rates")));
    QCOMPARE(pm.start.time, QTime(8, 20)); // newest first: the last update is the start
    QCOMPARE(pm.end.time, QTime(9, 40));
    QCOMPARE(pm.rootCause, QStringLiteral("The root cause was a bad configuration push."));
    QVERIFY(missingLines(text, pm).isEmpty());
    // "Update: we are on it" with no date line under it is no status update.
    const Postmortem plain = importMarkdown(
        QStringLiteral("## Summary\nUpdate - we are still on it.\nMore text here.\n"));
    QVERIFY(plain.timeline.isEmpty());
    // A status page's update stamped at the end of its own line (a site generator's shortcode).
    const QString stamped = QStringLiteral(
        "# Storage degraded\n\n**Issue identified:** A disk shelf failed at our provider. "
        "{{< stamp \"2021-03-02 07:45:00\" >}}\n\n**Resolved:** All volumes are healthy.\n");
    const Postmortem st = importMarkdown(stamped);
    QCOMPARE(timedEvents(st).size(), 1);
    QCOMPARE(st.timeline.first().at.date, QDate(2021, 3, 2));
    QCOMPARE(st.timeline.first().at.time, QTime(7, 45));
    QVERIFY(st.timeline.first().text.startsWith(QStringLiteral("Issue identified A disk")));
    QVERIFY(missingLines(stamped, st).isEmpty());
    // A date and time inside the sentence is no stamp.
    const Postmortem inside = importMarkdown(QStringLiteral(
        "# Storage degraded\n\n**Identified:** On 2021-03-02 07:45 a disk shelf failed.\n"));
    QCOMPARE(timedEvents(inside).size(), 0);
    // The stamp alone after the status word, the update's words on the next line: the
    // update is the status and those words (once read without them and ahead of the internal
    // timeline; now with them, and merged with a timeline of the same hours in time order).
    const Postmortem alone = importMarkdown(QStringLiteral(
        "# Storage degraded\n\n**Identified** - 2 Mar 2021, 07:45 UTC\nA disk shelf failed.\n"));
    QCOMPARE(timedEvents(alone).size(), 1);
    QVERIFY2(alone.timeline.first().text.endsWith(QLatin1String("A disk shelf failed.")),
             qPrintable(alone.timeline.first().text));
}

void TestImportStatusPages::isoStampedStatusUpdates()
{
    // Site generators stamp each update with an ISO 8601 date-time ("2022-05-03T10:15:00.000Z"):
    // the "T", the fraction of a second and the "Z" (UTC) belong to the stamp.
    const QString text = QStringLiteral(
        "# API errors\n\nWe are looking into errors.\n\n"
        "**Update**: Errors are dropping. {{< track \"2022-05-03T10:15:00.000Z\" >}}\n\n"
        "**Resolved**: All clear. {{< track \"2022-05-03T10:40:00Z\" >}}\n");
    const Postmortem pm = importMarkdown(text);
    const QList<TimelineEvent> timed = timedEvents(pm);
    QCOMPARE(timed.size(), 2);
    QCOMPARE(timed.first().at.date, QDate(2022, 5, 3));
    QCOMPARE(timed.first().at.time, QTime(10, 15));
    QCOMPARE(timed.last().at.time, QTime(10, 40));
    QCOMPARE(pm.timezone->utcOffsetMinutes, 0);
    QVERIFY(missingLines(text, pm).isEmpty());
    // The shortcode is the moment as written; the update's text is its words.
    QVERIFY2(!timed.first().text.contains(QLatin1String("{{")), qPrintable(timed.first().text));
    QVERIFY(timed.first().at.text.contains(QLatin1String("track")));
    // A page whose only update is the "Resolved" one: the front matter's date is the start,
    // that update the end.
    const Postmortem lone = importMarkdown(QStringLiteral(
        "+++\ntitle = \"Builds stuck\"\ndate = 2022-05-03T09:50:00.000Z\nresolved = true\n+++\n"
        "Builds are not starting.\n\n---\n\n**Resolved**: The runners are back. {{< track "
        "\"2022-05-03T10:40:00.000Z\" >}}\n"));
    QCOMPARE(lone.start.time, QTime(9, 50));
    QCOMPARE(lone.end.date, QDate(2022, 5, 3));
    QCOMPARE(lone.end.time, QTime(10, 40));
}

void TestImportStatusPages::statusPageWithoutASummary()
{
    // Updates first, then a remark to readers between them: the first update is the summary
    // (and stays in the timeline); the remark is kept as written, not read as the impact.
    const QString text = QStringLiteral(
        "---\ntitle: Mirror sync stalled\ndate: 2026-05-04 09:10:00\n---\n\n"
        "Packages published today are not reaching the mirrors. {{< track \"2026-05-04 "
        "09:10:00\" >}}\n\n"
        "A stuck lock was found and removed. {{< track \"2026-05-04 11:20:00\" >}}\n\n"
        "**Note**\n\nPackages uploaded during the stall will be published again in batches.\n\n"
        "Please open an issue for any package still missing tomorrow.\n\n"
        "The issue is resolved: all mirrors are current. {{< track \"2026-05-04 12:00:00\" "
        ">}}\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(timedEvents(pm).size(), 3);
    QCOMPARE(pm.summary, QStringLiteral("Packages published today are not reaching the mirrors."));
    QVERIFY2(pm.impact.isEmpty(), qPrintable(pm.impact));
    QVERIFY(missingLines(text, pm).isEmpty());
}

void TestImportStatusPages::fencedStatusUpdates()
{
    // cState's incident files: the front matter dates the incident, each update is a block
    // "::: update <Status> | <ISO 8601 time>" … ":::"; the "Resolved" one ends it, even alone.
    const QString text = QStringLiteral(
        "---\ntitle: Builds stuck\ndate: '2023-06-01T08:05:00.000Z'\nresolved: true\n---\n"
        "Builds are not picked up by the runners.\n\n"
        "::: update Monitoring | 2023-06-01T09:30:00.000Z\nRunners were restarted.\n:::\n\n"
        "::: update Resolved | 2023-06-02T01:10:00.000Z\nThe queue is empty again.\n:::\n");
    const Postmortem pm = importMarkdown(text);
    const QList<TimelineEvent> timed = timedEvents(pm);
    QCOMPARE(timed.size(), 2);
    QCOMPARE(timed.first().at.time, QTime(9, 30));
    QCOMPARE(timed.last().kind, EventKind::Resolution);
    QVERIFY(timed.last().text.contains(QLatin1String("queue is empty")));
    QCOMPARE(pm.start.time, QTime(8, 5));
    QCOMPARE(pm.end.date, QDate(2023, 6, 2));
    QCOMPARE(pm.end.time, QTime(1, 10));
    QCOMPARE(pm.timezone->utcOffsetMinutes, 0);
    QVERIFY(!pm.summary.contains(QLatin1String(":::")));
    // The fence line is syntax; its status and stamp stay with the entry.
    QCOMPARE(timed.first().at.text, QStringLiteral("2023-06-01T09:30:00.000Z"));
    QVERIFY(timed.first().text.contains(QLatin1String("Monitoring")));
    const Postmortem lone = importMarkdown(QStringLiteral(
        "---\ntitle: Slow disks\ndate: '2023-06-01T08:05:00Z'\nresolved: true\n---\nDisks are "
        "slow.\n\n"
        "::: update Resolved | 2023-06-01T10:45:00Z\nA faulty setting slowed the disks down due "
        "to a typo in its value. It was reverted.\n:::\n"));
    QCOMPARE(lone.end.time, QTime(10, 45));
    // The closing update's sentence that states a cause is the root cause.
    QCOMPARE(lone.rootCause,
             QStringLiteral("A faulty setting slowed the disks down due to a typo in its value."));
    // Without the closing line the block ends at the next update or within 40 lines.
    const Postmortem open = importMarkdown(QStringLiteral(
        "# Slow disks\n\n::: update Investigating | 2023-06-01T08:15:00Z\nLooking.\n\n"
        "::: update Resolved | 2023-06-01T10:45:00Z\nFixed.\n"));
    QCOMPARE(timedEvents(open).size(), 2);
}

void TestImportStatusPages::trackedParagraphsAreUpdates()
{
    // cState stamps an update with its `track` shortcode at the end of the update's
    // paragraph, with or without a status word first; a wrapped paragraph is one update, and a
    // paragraph without the stamp stays in the text around the updates.
    const QString text = QStringLiteral(
        "---\ntitle: Mirror sync stalled\ndate: 2026-05-04 09:10:00\nresolved: true\n"
        "resolvedWhen: 2026-05-04 12:00:00\n---\n\n"
        "Packages published since this morning are not reaching the mirrors. We are\n"
        "looking into it. {{< track \"2026-05-04 09:10:00\" >}}\n\n"
        "**Background**\n\nThe mirrors pull from one origin every ten minutes.\n\n"
        "The sync job was stuck on a lock left by a crashed run; the lock was removed.\n"
        "{{< track \"2026-05-04 11:20:00\" >}}\n\n"
        "The issue is resolved: all mirrors are current. {{< track \"2026-05-04 12:00:00\" >}}\n");
    const Postmortem pm = importMarkdown(text);
    const QList<TimelineEvent> timed = timedEvents(pm);
    QCOMPARE(timed.size(), 3);
    QCOMPARE(timed.first().at.date, QDate(2026, 5, 4));
    QCOMPARE(timed.first().at.time, QTime(9, 10));
    QCOMPARE(timed.at(1).at.time, QTime(11, 20));
    QCOMPARE(timed.last().at.time, QTime(12, 0));
    QCOMPARE(timed.first().text,
             QStringLiteral("Packages published since this morning are not reaching the "
                            "mirrors. We are looking into it."));
    QVERIFY(timed.at(1).text.startsWith(QLatin1String("The sync job was stuck")));
    QVERIFY(timed.first().at.text.contains(QLatin1String("track")));
    QCOMPARE(timed.last().kind, EventKind::Resolution);
    QVERIFY(missingLines(text, pm).isEmpty());
    // The paragraph without a stamp is no update.
    for (const TimelineEvent &e : timed)
        QVERIFY(!e.text.contains(QLatin1String("ten minutes")));

    // Updates joined by Markdown hard line breaks ("\\" at the end), each with its stamp.
    const QString joined = QStringLiteral(
        "---\ntitle: Build runners lost\ndate: 2026-05-04 09:10:00\n---\n"
        "Builds are failing.\\\n**Identified:** The runner pool lost its disks. {{< track "
        "\"2026-05-04 09:15:00\" >}} \\\n"
        "**Monitoring:** New disks are attached. {{< track \"2026-05-04 10:40:00\" >}}\\\n"
        "**Resolved:** Builds run again. {{< track \"2026-05-04 11:05:00\" >}}\n");
    const QList<TimelineEvent> updates = timedEvents(importMarkdown(joined));
    QCOMPARE(updates.size(), 3);
    QCOMPARE(updates.at(1).at.time, QTime(10, 40));
    QVERIFY(!updates.first().at.text.contains(QLatin1Char('\\')));
    QVERIFY(!updates.first().text.contains(QLatin1Char('\\')));
    QCOMPARE(updates.last().kind, EventKind::Resolution);
}

void TestImportStatusPages::loneStampsOverUpdates()
{
    // A status page's updates, newest first, each under a line that is only its date and time
    // and split by rules: the stamps head the entries, the rules leave no text behind.
    const ImportResult r = importPostmortem(QStringLiteral(
        "---\ntitle: Object storage errors in the north region\n---\n\n"
        "2025-05-20 14:40 UTC\n\nUploads work again for every bucket. This is resolved.\n\n"
        "---\n\n2025-05-20 13:55 UTC\n\nThe errors were caused by a full metadata disk. We "
        "moved writes to the standby cluster.\n\n"
        "Reads are still slow.\n\n---\n\n2025-05-20 13:20 UTC\n\nWe are looking into "
        "failed uploads.\n"));
    const Postmortem &pm = r.postmortem;
    const QList<TimelineEvent> timed = timedEvents(pm);
    QCOMPARE(timed.size(), 3);
    QCOMPARE(timed.first().at.time, QTime(14, 40)); // in the document's order
    QCOMPARE(timed.last().at.time, QTime(13, 20));
    // The first update tells the investigation and is itself a notice to users; the labelled
    // sets give status-page posts either kind (resources/event-kinds/).
    QVERIFY(timed.last().kind == EventKind::Investigation
            || timed.last().kind == EventKind::Communication);
    // Both paragraphs under a stamp are its entry's text.
    QCOMPARE(timed.at(1).text,
             QStringLiteral("The errors were caused by a full metadata disk. We moved writes to "
                            "the standby cluster. Reads are still slow."));
    // The update that states the cause gives the root cause, as a status page's would.
    QCOMPARE(pm.rootCause, QStringLiteral("The errors were caused by a full metadata disk."));
    QCOMPARE(pm.end.time, QTime(14, 40));
    QCOMPARE(pm.start.date, QDate(2025, 5, 20));
    for (const Section &section : pm.sections)
        QVERIFY2(!section.text.contains(QStringLiteral("---")), qPrintable(section.text));
    QVERIFY(r.report.recognised.join(QLatin1Char('\n'))
                .contains(QStringLiteral("only a date and time (line 5 on)")));
    // One stamp alone, or stamps without a date, are no timeline: a "last updated" line.
    const Postmortem one = importMarkdown(
        QStringLiteral("The relay failed.\n\n2025-05-20 14:40 UTC\n\nWe restarted it.\n"));
    QVERIFY(timedEvents(one).isEmpty());
    const Postmortem timesOnly = importMarkdown(
        QStringLiteral("The relay failed.\n\n14:40 UTC\n\nWe restarted it.\n\n15:10 UTC"
                       "\n\nIt works.\n"));
    QVERIFY(timedEvents(timesOnly).isEmpty());
}

void TestImportStatusPages::updateThatPlacesTheFaultWithAProvider()
{
    // The first update names the problem by its effect ("an issue causing …"); the cause is
    // the update that places the fault at the provider's side (a plural possessive too).
    const QString text = QStringLiteral(
        "+++\ntitle = \"Deploys failing\"\ndate = 2024-02-03T10:00:00.000Z\nresolved = true\n"
        "+++\nWe are facing an issue causing failed deploys in one region.\n\n"
        "**Update**: Our queue is hit by a network issue on Hostings' side. "
        "{{< track \"2024-02-03T10:20:00.000Z\" >}}\n\n"
        "**Resolved**: Deploys work again. {{< track \"2024-02-03T11:05:00.000Z\" >}}\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(pm.rootCause,
             QStringLiteral("Our queue is hit by a network issue on Hostings' side."));
    QVERIFY(missingLines(text, pm).isEmpty());
}

void TestImportStatusPages::updateThatSaysWhatTheIncidentWasIdentifiedAs()
{
    // Statuspage's Identified state told in a sentence of its own: what the incident was
    // identified as is its root cause. The stock "The issue has been identified" names none.
    const QString text = QStringLiteral(
        "---\ntitle: Slow builds in the east region\ndate: 2025-03-02 09:00:00\n---\n\n"
        "2025-03-02 11:30:00 UTC\n\nBuilds run at their usual speed. This is resolved.\n\n"
        "---\n\n2025-03-02 10:05:00 UTC\n\nThe issue has been identified. The incident was "
        "identified as a saturated uplink between two racks, and traffic is being moved.\n\n"
        "---\n\n2025-03-02 09:10:00 UTC\n\nWe are looking into slow builds.\n");
    const Postmortem pm = importMarkdown(text);
    QVERIFY2(pm.rootCause.contains(QStringLiteral("saturated uplink")), qPrintable(pm.rootCause));
    QVERIFY(!pm.rootCause.startsWith(QStringLiteral("The issue has been identified")));
    QVERIFY(missingLines(text, pm).isEmpty());
    // Another service's update naming the cause of its errors is read the same way.
    const Postmortem vendor = importMarkdown(QStringLiteral(
        "---\ntitle: Uploads failing\ndate: 2025-03-04 08:00:00\n---\n\n"
        "2025-03-04 09:40:00 UTC\n\nUploads succeed again.\n\n---\n\n"
        "2025-03-04 08:50:00 UTC\n\nOur object storage vendor identified the cause of the "
        "elevated error rates for new buckets and is applying a fix.\n\n---\n\n"
        "2025-03-04 08:05:00 UTC\n\nUploads fail for some customers.\n"));
    QVERIFY2(vendor.rootCause.contains(QStringLiteral("elevated error rates")),
             qPrintable(vendor.rootCause));
}

void TestImportStatusPages::updateHeadingsOverSeveralDays()
{
    // Updates under headings that name them, the moment in brackets, over four days: each is
    // an entry, none is lead-up or follow-up, and the bracket stays out of the moment.
    const QString text = QStringLiteral(
        "---\ntitle: Package mirror outage\n---\n\nOur package mirror is down after a disk "
        "failed.\n\n## Update (2024-04-02 08:10 UTC)\n\nThe mirror host lost two disks. We "
        "are copying the archive to a new host.\n\n## Update (2024-04-02 17:45 UTC)\n\nThe "
        "copy is at 60 %.\n\n## Update (2024-04-04 06:20 UTC)\n\nChecksums of the copied "
        "archive match.\n\n## Update (2024-04-05 11:00 UTC)\n\nThe mirror serves every "
        "package again.\n");
    const Postmortem pm = importMarkdown(text);
    const QList<TimelineEvent> timed = timedEvents(pm);
    QCOMPARE(timed.size(), 4);
    QCOMPARE(timed.first().at.text, QStringLiteral("2024-04-02 08:10 UTC"));
    QCOMPARE(pm.start.date, QDate(2024, 4, 2));
    QCOMPARE(pm.start.time, QTime(8, 10));
    QCOMPARE(pm.end.date, QDate(2024, 4, 5));
    QCOMPARE(pm.end.time, QTime(11, 0));
    QVERIFY(timed.last().text.endsWith(QLatin1String("serves every package again.")));
}

void TestImportStatusPages::stampBeforeTheUpdatesWords()
{
    // cState's theme: the status, then the stamp, then the words after a colon; the stamp's day
    // without its year and its time as "5PM". Newest first; the words may wrap.
    const QString text = QStringLiteral(
        "---\ntitle: Queue workers stalled\ndate: 2022-03-02T12:00:00-05:00\n---\n"
        "**Resolved** - *March 2, 5PM*: Workers are healthy again after we restarted\n"
        "the message broker.\n\n---\n\n"
        "**Identified** - *March 2, 3:10PM*: The broker ran out of file handles.\n\n---\n\n"
        "**Investigating** - *Wed, March 2, 12PM*: Jobs are piling up in the queue.\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(timedEvents(pm).size(), 3);
    QCOMPARE(pm.timeline.at(0).at.time, QTime(17, 0));
    QCOMPARE(pm.timeline.at(0).at.date, QDate(2022, 3, 2));
    QCOMPARE(pm.timeline.at(0).kind, EventKind::Resolution);
    QVERIFY(pm.timeline.at(0).text.endsWith(QStringLiteral("restarted the message broker.")));
    QCOMPARE(pm.timeline.at(1).at.time, QTime(15, 10));
    QCOMPARE(pm.timeline.at(2).at.time, QTime(12, 0));
    QCOMPARE(pm.start.time, QTime(12, 0));
    QCOMPARE(pm.end.time, QTime(17, 0));
    QCOMPARE(pm.rootCause, QStringLiteral("The broker ran out of file handles."));
    QVERIFY(missingLines(text, pm).isEmpty());
    // Words before the date make it a sentence, not a stamp.
    const Postmortem prose = importMarkdown(QStringLiteral(
        "# Queue workers stalled\n\n**Identified** - On March 2, 3PM: the broker ran out.\n"));
    QVERIFY(timedEvents(prose).isEmpty());
}

void TestImportStatusPages::updateWordAndStampEmphasised()
{
    // The word and the stamp in one emphasis, the words after a colon; newest first.
    const QString text = QStringLiteral(
        "---\ntitle: Mail host down\n---\n\nmail host down\n\n---\n\n"
        "*Update 2023-04-12 09:05:00*: Mail flows again; queued messages are being sent.\n\n"
        "*Investigating 2023-04-11 22:40:00*: The mail host does not answer. We are on it.\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(timedEvents(pm).size(), 2);
    QCOMPARE(pm.timeline.at(0).at.date, QDate(2023, 4, 12));
    QCOMPARE(pm.timeline.at(0).at.time, QTime(9, 5));
    QCOMPARE(pm.timeline.at(1).kind, EventKind::Investigation);
    QCOMPARE(pm.start.time, QTime(22, 40));
    QCOMPARE(pm.end.time, QTime(9, 5));
    // Word, stamp and words are all kept: the stamp as the entry's moment.
    QCOMPARE(pm.timeline.at(0).text,
             QStringLiteral("Update Mail flows again; queued messages are being sent."));
    QVERIFY(pm.timeline.at(0).at.text.contains(QStringLiteral("2023-04-12 09:05:00")));
    // An hour alone on the 12-hour clock after the word, as one types a quick update.
    const Postmortem hour = importMarkdown(QStringLiteral(
        "# Upgrade window\n\nUpdate: 9am  The new schema failed to load, rolling back.\n\n"
        "Update 9:40 Back on the old schema; the site works.\n"));
    QCOMPARE(timedEvents(hour).size(), 2);
    QCOMPARE(hour.timeline.at(0).at.time, QTime(9, 0));
    QVERIFY(hour.timeline.at(0).text.endsWith(QStringLiteral("rolling back.")));
}

void TestImportStatusPages::updateHeadingsWithTheirNames()
{
    // Headings that open with the update word, the stamp, then the update's name; the day by
    // its month's name and an hour alone ("Update Mar 3, 9AM"); levels need not match.
    const QString named = QStringLiteral(
        "# Build cluster outage\n\n#### Update 16:45 CDT: Builds run again\n\nThe queue is "
        "empty.\n\n#### Update 15:20 CDT: Partly back\n\nThe failure was traced to a full "
        "disk on the scheduler.\n\n#### Update 08:05 CDT: Builds fail\n\nWe are looking into "
        "it.\n");
    const Postmortem pm = importMarkdown(named);
    QCOMPARE(timedEvents(pm).size(), 3);
    QCOMPARE(pm.timeline.at(0).text,
             QStringLiteral("Update: Builds run again. The queue is empty."));
    QCOMPARE(pm.timezone->utcOffsetMinutes, -300);
    // Newest first with times only: the log starts at its last update.
    QCOMPARE(pm.start.time, QTime(8, 5));
    QCOMPARE(pm.end.time, QTime(16, 45));
    QCOMPARE(pm.rootCause, QStringLiteral("The failure was traced to a full disk on the "
                                          "scheduler."));
    QVERIFY(missingLines(named, pm).isEmpty());
    // Dated by the page's front matter, the log stays on that day: its times fall going down
    // because it runs backwards, not because it passes midnight.
    const Postmortem dated
        = importMarkdown(QStringLiteral("---\ndate: 2025-03-11 07:50:00\n---\n") + named);
    for (const TimelineEvent &e : dated.timeline)
        QCOMPARE(e.at.date, QDate(2025, 3, 11));
    const Postmortem days = importMarkdown(QStringLiteral(
        "---\ntitle: Switches down\ndate: 2023-03-02 18:00:00\n---\n\n# Update Mar 3, 9AM\n\n"
        "All switches are up.\n\n## Update Mar 3, 7:30AM\n\nPower is back on most "
        "switches.\n"));
    QCOMPARE(timedEvents(days).size(), 2);
    QCOMPARE(days.timeline.at(0).at.date, QDate(2023, 3, 3));
    QCOMPARE(days.timeline.at(0).at.time, QTime(9, 0));
    QCOMPARE(days.timeline.at(1).at.time, QTime(7, 30));
    // One heading with a time and a name is a section, not a log.
    const Postmortem one = importMarkdown(QStringLiteral(
        "# Build cluster outage\n\n## Update 16:45: what we know\n\nThe queue is empty.\n"));
    QVERIFY(timedEvents(one).isEmpty());
}

QTEST_GUILESS_MAIN(TestImportStatusPages)
#include "tst_importstatuspages.moc"
