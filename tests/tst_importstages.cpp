// Direct tests of the importer's stages on small inputs written for them: spans stated in
// headings and by labels, dates after times, plain-text lists and labels, the measures list,
// the share of users, the zone of a timeline heading, action-item owners, and the
// not-a-postmortem guard (evidence, not length), empty anchors in headings. Every text here
// is our own.
#include "core/import/cues.h"
#include "core/import/vocabulary.h"
#include "core/importer.h"
#include "core/importlines.h"
#include "core/importtime.h"
#include "core/postmortemfile.h"
#include "importcheck.h"

#include <QTest>

using namespace Hindsight;

namespace {

QString hhmm(const QTime &t)
{
    return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QStringLiteral("null");
}

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("null");
}

int timedEntries(const Postmortem &pm)
{
    int n = 0;
    for (const TimelineEvent &e : pm.timeline)
        n += e.at.time.isValid() ? 1 : 0;
    return n;
}

} // namespace

class TestImportStages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyTemplateIsAPostmortem();
    void hardWrappedParagraphs();
    void zeroWidthSpacesInsideWords();
    void listOfGroceriesIsNot();
    void spanInHeadingWithWaveDash();
    void dateAfterStartTime_data();
    void dateAfterStartTime();
    void wordProcessorBulletsAndPlainLabels();
    void durationAmountLine_data();
    void durationAmountLine();
    void durationGivesWayToEndMarker();
    void metadataDateIsNotTheIncidentDay();
    void codeSpanTimesLeadEntries();
    void measureThatLostItsMarker();
    void plainLinesOfMeasures();
    void shareOfUsersSetOffByCommas();
    void timelineHeadingNamesZone();
    void authorsHeadingAndBriefOverview();
    void usersNamedAsExampleOrRestrictedGroup();
    void impactBoundsAsTemplatesNameThem();
    void ownerWithoutDueDate();
    void emptyAnchorsInHeadings();
    void issueTimelineBesideIssueSummary();
    void shareInATimelineEntryIsAnAction();
    void reasonNamedInTheSummary();
    void reportQuotesWholeWords();
    void leadParagraphDatesTheIncident();
    void ruleOverTheTitleIsNoFrontMatter();
    void statedDayBeforeTheFirstSignOfImpact();
    void britishNotesUnderAPlainHeading();
    void leadParagraphRangeBeatsAStoryMoment();
    void timedTableUnderAPlainHeading();
    void headingWithANoteInParentheses();
    void metadataTableStatesTheSpan();
    void timelineSpelledAsDictionariesDo();
    void internalTimelineBesideStatusUpdates();
    void twoNamesOfOnePart();
    void measuresHeadingInAnyTense();
    void tableCellsSplitAtUnescapedBars();
    void summaryEndAfterItsDay();
    void timeWrappedToTheStartOfALine();
    void daysOfOneMonthAsARange();
    void causeToldBeforeThisAndItsVerb();
    void questionHeadingsNameTheirPart();
    void tldrOpensOrRecaps();
    void laterWaveIsNoIncidentSpan();
    void findingIsNoMeasure();
    void incidentCausedByOutsideTheSummary();
    void keptSectionsJoinedByName();
    void partsNamedInPlainWords();
    void severityFromALabelLine();
};

/// Lines stage: a paragraph wrapped at a margin marks its lines after the first `wrapped`; a
/// list of short sentences, one a line, is not wrapped prose. The measures read the wrapped
/// paragraph as one measure, though one of its lines starts a sentence.
void TestImportStages::hardWrappedParagraphs()
{
    using namespace Hindsight::ImportLines;
    const QString wrapped
        = QStringLiteral("We will move the nightly export to a queue with retries, so that a slow\n"
                         "replica no longer stops the whole run and leaves the reports empty.\n"
                         "Reports are then built from the last export that finished, with a note\n"
                         "saying how old it is.\n");
    const QList<Line> lines = classifyLines(wrapped);
    QCOMPARE(lines.size(), 4);
    QVERIFY(!lines.at(0).wrapped);
    QVERIFY(lines.at(1).wrapped && lines.at(2).wrapped && lines.at(3).wrapped);

    const QString oneALine = QStringLiteral("Add an alert on the export's age.\n"
                                            "Retry the export three times before failing.\n"
                                            "Write down who owns the nightly export.\n");
    for (const Line &l : classifyLines(oneALine))
        QVERIFY2(!l.wrapped, qPrintable(l.raw));

    // Long lines that each end a sentence were typed one by one, even when the next line's
    // first word would not have fitted on them (as at a margin).
    const QString sentences = QStringLiteral(
        "Move the nightly export onto a queue that retries a failed run three times.\n"
        "Page the data team when the export is more than two hours old at 07:00.\n"
        "Alerting:\n");
    for (const Line &l : classifyLines(sentences))
        QVERIFY2(!l.wrapped, qPrintable(l.raw));

    const Postmortem pm
        = importMarkdown(QStringLiteral("# Empty reports\n\n## Action items\n\n") + wrapped);
    QCOMPARE(pm.actionItems.size(), 1);
    QVERIFY(pm.actionItems.first().text.endsWith(QLatin1String("how old it is.")));
    const Postmortem list
        = importMarkdown(QStringLiteral("# Empty reports\n\n## Action items\n\n") + oneALine);
    QCOMPARE(list.actionItems.size(), 3);

    // Prose keeps the paragraph, its wrapped lines joined as Markdown renders them.
    const Postmortem prose
        = importMarkdown(QStringLiteral("# Empty reports\n\n## Root cause\n\n") + wrapped);
    QVERIFY(prose.rootCause.contains(QLatin1String("a slow replica no longer")));
    QVERIFY(!prose.rootCause.contains(QLatin1Char('\n')));
}

/// Lines stage: zero-width spaces that pasted text leaves inside words do not hide the words;
/// a joiner inside an emoji stays.
void TestImportStages::zeroWidthSpacesInsideWords()
{
    using namespace Hindsight::ImportLines;
    const QString text = QStringLiteral(
        "**R\u200Boot c\uFEFFause:** the cron job ran twice \U0001F937\u200D\u2640\uFE0F\n");
    const QList<Line> lines = classifyLines(text);
    QCOMPARE(lines.first().content.left(16), QStringLiteral("**Root cause:** "));
    QVERIFY(lines.first().content.contains(QChar(0x200D)));
    const Postmortem pm = importMarkdown(QStringLiteral("# Double billing\n\n") + text);
    QVERIFY(pm.rootCause.startsWith(QStringLiteral("the cron job ran twice")));
}

void TestImportStages::emptyTemplateIsAPostmortem()
{
    // The headings of a postmortem template and nothing under them.
    const QByteArray text = "# Title\n\n## Summary\n\n## Impact\n\n## Root Causes\n\n"
                            "## Resolution\n\n## Action Items\n\n## Timeline\n";
    const LoadResult r = readPostmortemData(text, QStringLiteral("template.md"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.postmortem.timeline.isEmpty());
    QVERIFY(r.postmortem.actionItems.isEmpty());
    QVERIFY(r.postmortem.rootCause.trimmed().isEmpty());
}

void TestImportStages::listOfGroceriesIsNot()
{
    const LoadResult r
        = readPostmortemData("Groceries:\n- apples\n- pears\n", QStringLiteral("list.txt"));
    QVERIFY(!r.ok);
}

void TestImportStages::spanInHeadingWithWaveDash()
{
    // An incident log: one heading per incident, its window written "start ~ end".
    const QString text = QStringLiteral("# Incident log\n\n## Outages\n\n"
                                        "#### 2025-03-02 21:10 ~ 21:40 (GMT+9)\n\n"
                                        "- note: the queue stalled\n\n"
                                        "#### 2025-02-27 08:00 ~ 08:20 (GMT+9)\n\n"
                                        "- note: a disk filled up\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(iso(pm.start.date), QStringLiteral("2025-03-02"));
    QCOMPARE(hhmm(pm.start.time), QStringLiteral("21:10"));
    QCOMPARE(iso(pm.end.date), QStringLiteral("2025-03-02"));
    QCOMPARE(hhmm(pm.end.time), QStringLiteral("21:40"));
    QVERIFY(pm.timezone.has_value());
    QCOMPARE(pm.timezone->utcOffsetMinutes, 540);
}

void TestImportStages::dateAfterStartTime_data()
{
    QTest::addColumn<QString>("span");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::newRow("end after midnight")
        << QStringLiteral("from 22:40 UTC on 14 March 2025 to 00:25")
        << QStringLiteral("2025-03-14 22:40") << QStringLiteral("2025-03-15 00:25");
    QTest::newRow("end date stated")
        << QStringLiteral("from 09:00 on 3 June 2025 to 17:30 on 5 June 2025")
        << QStringLiteral("2025-06-03 09:00") << QStringLiteral("2025-06-05 17:30");
    QTest::newRow("one date after both times")
        << QStringLiteral("from 09:00 to 11:30 on June 3, 2025")
        << QStringLiteral("2025-06-03 09:00") << QStringLiteral("2025-06-03 11:30");
}

void TestImportStages::dateAfterStartTime()
{
    QFETCH(QString, span);
    QFETCH(QString, start);
    QFETCH(QString, end);
    const ImportTime::Span s = ImportTime::parseSpan(span);
    QCOMPARE(iso(s.startDate) + QLatin1Char(' ') + hhmm(s.startTime), start);
    QCOMPARE(iso(s.endDate) + QLatin1Char(' ') + hhmm(s.endTime), end);
}

void TestImportStages::wordProcessorBulletsAndPlainLabels()
{
    // Plain text pasted from a word processor: "•" bullets, labels on lines of their own.
    const QString text
        = QStringLiteral("Report on the checkout outage\n"
                         "Date: 2025-04-09, at 10:00 UTC.\n"
                         "Root Cause: a connection pool too small for the sale's traffic.\n"
                         "Timeline:\n"
                         "•\t10:00 UTC: Checkout requests start to time out.\n"
                         "•\t10:06 UTC: The on-call engineer is paged.\n"
                         "•\t10:30 UTC: The pool is enlarged and checkout recovers.\n"
                         "Resolution:\n"
                         "•\tThe pool was enlarged on every instance.\n"
                         "Prevention:\n"
                         "•\tLoad-test checkout before each sale.\n"
                         "•\tAlert on pool saturation.\n"
                         "Communication:\n"
                         "•\tA note to the merchants explains the outage.\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(timedEntries(pm), 3);
    QCOMPARE(hhmm(pm.timeline.last().at.time), QStringLiteral("10:30"));
    QCOMPARE(pm.actionItems.size(), 2);
    QVERIFY(pm.resolution.contains(QLatin1String("enlarged")));
}

void TestImportStages::durationAmountLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("end");
    QTest::newRow("duration minutes")
        << QStringLiteral("Summary of the outage\n\nDate & Time: Friday, May 2, 2025, at 16:40 "
                          "CET.\nDuration: 25 minutes\nRoot Cause: an expired token.\n")
        << QStringLiteral("2025-05-02 17:05");
    QTest::newRow("hours and minutes abbreviated")
        << QStringLiteral("## Summary\n\nDate/time: 2025-05-02 23:10\nDuration: 2h 5m\n\n"
                          "## Root cause\n\nA full disk.\n")
        << QStringLiteral("2025-05-03 01:15");
    QTest::newRow("time of outage and resolution time")
        << QStringLiteral("Outage report\nIncident Date: 2025-05-02\nTime of Outage: 1:15 PM\n"
                          "Impact: nobody could sign in\nResolution Time: 1 hour and 10 "
                          "minutes\n")
        << QStringLiteral("2025-05-02 14:25");
}

void TestImportStages::durationAmountLine()
{
    QFETCH(QString, text);
    QFETCH(QString, end);
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(iso(pm.end.date) + QLatin1Char(' ') + hhmm(pm.end.time), end);
}

void TestImportStages::durationGivesWayToEndMarker()
{
    // A rounded duration and a timeline entry that says when the outage ended.
    const QString text = QStringLiteral("## Summary\n\nDate/time: 2025-07-01 10:00 UTC\n"
                                        "Duration: 2 hours\n\n## Timeline\n\n"
                                        "- 10:00 Deploy goes out. <START OF OUTAGE>\n"
                                        "- 11:20 Rollback starts.\n"
                                        "- 12:04 Error rate is flat again. <END OF OUTAGE>\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(hhmm(pm.start.time), QStringLiteral("10:00"));
    QCOMPARE(hhmm(pm.end.time), QStringLiteral("12:04"));
}

void TestImportStages::metadataDateIsNotTheIncidentDay()
{
    const QString text = QStringLiteral("# 2025-02-10 - status site outage\n\n"
                                        "Last updated: 2025-02-14\n\n"
                                        "On Monday, 2025-02-10 the status site was down.\n\n"
                                        "## Timeline\n\n*07:10*: The site stops answering.\n\n"
                                        "*08:45*: The site answers again.\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(iso(pm.start.date), QStringLiteral("2025-02-10"));
    QCOMPARE(hhmm(pm.start.time), QStringLiteral("07:10"));
}

void TestImportStages::codeSpanTimesLeadEntries()
{
    // One entry a line, no blank lines between, each time in a code span.
    const QString text = QStringLiteral("## Timeline\n"
                                        "`9:00 AM EST:` The nightly import has not finished.\n"
                                        "`9:12 AM EST:` The on-call engineer restarts it.\n"
                                        "`9:40 AM EST:` The import completes.\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(timedEntries(pm), 3);
    QCOMPARE(hhmm(pm.timeline.last().at.time), QStringLiteral("09:40"));
}

void TestImportStages::measureThatLostItsMarker()
{
    const QString text = QStringLiteral("## Corrective and preventative measures\n\n"
                                        "* Add an alert on replication lag.\n"
                                        "* Document the failover steps.\n"
                                        "Provide a runbook drill every quarter.\n"
                                        "* Review the backup schedule.\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(pm.actionItems.size(), 4);
}

void TestImportStages::plainLinesOfMeasures()
{
    // One measure a line, no markers, no full stops.
    const QString text = QStringLiteral("Corrective and Preventative Measures\n\n"
                                        "We will take these steps:\n"
                                        "Create a budget alert for the hosting account\n"
                                        "Manage renewals in one shared calendar\n"
                                        "Coordinate the billing and platform teams monthly\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(pm.actionItems.size(), 3);
}

void TestImportStages::shareOfUsersSetOffByCommas()
{
    const QString text = QStringLiteral("## Impact\n\nPages loaded slowly for most visitors, "
                                        "roughly 40%, during the sale.\n");
    const Postmortem pm = importMarkdown(text);
    QVERIFY(pm.usersAffectedPercent.has_value());
    QCOMPARE(*pm.usersAffectedPercent, 40.0);
}

void TestImportStages::timelineHeadingNamesZone()
{
    const QString text = QStringLiteral("## Timeline (UTC+02:00)\n\n- 14:00 Alert fires.\n"
                                        "- 14:30 Fixed.\n");
    const Postmortem pm = importMarkdown(text);
    QVERIFY(pm.timezone.has_value());
    QCOMPARE(pm.timezone->utcOffsetMinutes, 120);
    // The zone alone on a line under the heading, a half-hour offset written short.
    const Postmortem alone
        = importMarkdown(QStringLiteral("## Timeline\n\n(UTC+9:30)\n\n6:54am - First alert\n\n"
                                        "4:08pm - The site answers again\n"));
    QVERIFY(alone.timezone.has_value());
    QCOMPARE(alone.timezone->utcOffsetMinutes, 570);
    QCOMPARE(alone.start.time, QTime(6, 54));
    // A line that says more than the zone is no zone note.
    const Postmortem more
        = importMarkdown(QStringLiteral("## Timeline\n\nUTC 9 nodes\n\n- 06:54 First alert\n"));
    QVERIFY(!more.timezone.has_value());
}

void TestImportStages::authorsHeadingAndBriefOverview()
{
    // An "## Authors" heading over a list of names fills the authors as "Authors:" does, and
    // a "Brief overview" is the summary.
    const Postmortem pm = importMarkdown(
        QStringLiteral("# Wallet signing failures\n\n## Authors\n\n* Ana Ruiz (chain team)\n"
                       "* Li Wei (wallets)\n\n## Brief Overview\n\n- Users could not sign "
                       "transfers for two days.\n\n## Root cause\nA wrong key type.\n"));
    QCOMPARE(pm.authors, QStringList({QStringLiteral("Ana Ruiz"), QStringLiteral("Li Wei")}));
    QVERIFY(pm.summary.contains(QLatin1String("could not sign")));
    // A "### Date" heading's bare date keeps its name in the summary, and dates the incident.
    const Postmortem dated = importMarkdown(QStringLiteral(
        "# Wallet signing failures\n\n### Date\n\n2022-03-10\n\n## Brief Overview\n\n"
        "Users could not sign transfers.\n"));
    QVERIFY2(dated.summary.startsWith(QLatin1String("Date: 2022-03-10")),
             qPrintable(dated.summary));
    QCOMPARE(dated.start.date, QDate(2022, 3, 10));
    // A heading "Authors" over something else names no one.
    const Postmortem other = importMarkdown(
        QStringLiteral("# Wallet signing failures\n\n## Authors\n\n* see the team page\n"));
    QVERIFY(other.authors.isEmpty());
}

void TestImportStages::usersNamedAsExampleOrRestrictedGroup()
{
    // A template's example share is no statement, and "all users" followed by words that
    // restrict them is no 100 %.
    const Postmortem example = importMarkdown(
        QStringLiteral("# Login outage\n\n## Impact\n\n*Can users not do something (e.g. 90% "
                       "of users could not log in)?*\n\nLogins failed for an hour.\n"));
    QVERIFY(!example.usersAffectedPercent.has_value());
    const Postmortem restricted = importMarkdown(
        QStringLiteral("# Certificate outage\n\n## Summary\n\nAll users experiencing errors "
                       "can connect again after the certificates were renewed.\n"));
    QVERIFY(!restricted.usersAffectedPercent.has_value());
    const Postmortem everyone = importMarkdown(QStringLiteral(
        "# Certificate outage\n\n## Summary\n\nAll users could not connect for an hour.\n"));
    QCOMPARE(everyone.usersAffectedPercent.value_or(-1), 100.0);
}

void TestImportStages::impactBoundsAsTemplatesNameThem()
{
    // "Time of first impact" starts the incident before the time it was detected; "End of
    // impact" ends it.
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Signer down\n\n* **Time of first Impact:** 2025-03-15 22:26 UTC\n"
        "* **Time Detected:** 2025-03-15 22:49 UTC\n* **End of impact:** 2025-03-16 00:20 UTC\n"));
    QCOMPARE(pm.start.time, QTime(22, 26));
    QCOMPARE(pm.end.date, QDate(2025, 3, 16));
    QCOMPARE(pm.end.time, QTime(0, 20));
}

void TestImportStages::ownerWithoutDueDate()
{
    const QString text = QStringLiteral("## Summary\n\nThe API was down on 2025-03-01.\n\n"
                                        "## Action items\n\n"
                                        "| Action | Owner |\n|---|---|\n"
                                        "| Rotate the keys | Priya, due 2025-04-01 |\n"
                                        "| Add a canary | TBD |\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(pm.actionItems.size(), 2);
    QCOMPARE(pm.actionItems.at(0).owner, QStringLiteral("Priya"));
    QCOMPARE(iso(pm.actionItems.at(0).due), QStringLiteral("2025-04-01"));
    QVERIFY(pm.actionItems.at(1).owner.isEmpty());
}

void TestImportStages::emptyAnchorsInHeadings()
{
    // GitBook writes an empty anchor after every heading, README authors one before it; the
    // anchor is where a link lands, not a word of the heading.
    const QString text = QStringLiteral(
        "# Queue stall <a href=\"#queue-stall\" id=\"queue-stall\"></a>\n\n"
        "## Summary <a href=\"#summary\" id=\"summary\"></a>\n\n"
        "Jobs waited in the queue on 2025-05-02 from 08:10 to 09:00 UTC.\n\n"
        "## <a name=\"timeline\"></a>Timeline\n\n- 08:10 Jobs stop leaving the queue.\n"
        "- 09:00 Workers drain the backlog.\n\n"
        "## Root cause <a href=\"#root-cause\" id=\"root-cause\"></a>\n\n"
        "A lock that was never released held every worker.\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(pm.title, QStringLiteral("Queue stall"));
    QCOMPARE(timedEntries(pm), 2);
    QVERIFY2(pm.rootCause.contains(QLatin1String("lock that was never released")),
             qPrintable(pm.rootCause));
    QVERIFY2(!pm.summary.contains(QLatin1String("never released")), qPrintable(pm.summary));
}

void TestImportStages::issueTimelineBesideIssueSummary()
{
    // The course template's "Issue Summary" has a sibling in the timeline's heading.
    const QString text = QStringLiteral(
        "## Issue Summary\n\nUploads failed for half an hour.\n\n"
        "## Issue Timeline - UTC\n\n1. 2025-06-03 08:00 - Uploads start to fail.\n"
        "2. 2025-06-03 08:30 - The storage node is replaced and uploads work again.\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(timedEntries(pm), 2);
    QCOMPARE(hhmm(pm.start.time), QStringLiteral("08:00"));
    QCOMPARE(hhmm(pm.end.time), QStringLiteral("08:30"));
}

void TestImportStages::shareInATimelineEntryIsAnAction()
{
    // A share in an entry is what responders did, not who was hit; one in the prose still is.
    const QString entries
        = QStringLiteral("## Timeline\n\n- 09:10 Logins start failing on the new sign-in page.\n"
                         "- 09:40 Ines sends 100% of users back to the old sign-in page.\n"
                         "- 09:45 Logins work again.\n");
    QVERIFY(!importMarkdown(QStringLiteral("## Summary\n\nLogins failed for half an hour.\n\n")
                            + entries)
                 .usersAffectedPercent.has_value());
    const Postmortem stated = importMarkdown(
        QStringLiteral("## Summary\n\nLogins failed for half an hour.\n\n") + entries
        + QStringLiteral("\n## Lessons\n\nAbout 30% of users were locked out meanwhile.\n"));
    QVERIFY(stated.usersAffectedPercent.has_value());
    QCOMPARE(*stated.usersAffectedPercent, 30.0);
}

void TestImportStages::reasonNamedInTheSummary()
{
    // No root-cause section: the summary's sentence that names the reason is the root cause;
    // "one reason we were slow" in the lessons is not.
    const Postmortem pm = importMarkdown(QStringLiteral(
        "## Summary\n\nOn 2025-02-11 the report builder hung twice for twenty minutes. The "
        "reason was a connection pool that never handed connections back.\n\n"
        "## Lessons\n\nOne reason we were slow is that nobody watched the pool size.\n"));
    QVERIFY2(pm.rootCause.contains(QLatin1String("never handed connections back")),
             qPrintable(pm.rootCause));
    QVERIFY2(!pm.rootCause.contains(QLatin1String("nobody watched")), qPrintable(pm.rootCause));
}

/// A closing note in parentheses qualifies a heading's name: the words before it name the
/// heading's part when the whole does not. A note never makes an English heading a part by
/// itself (over one in another language it is the English gloss), and a run-in label keeps its
/// note ("**Fix (P1):**" is an item, not the resolution).
void TestImportStages::headingWithANoteInParentheses()
{
    using Import::Label;
    const auto partOf = [](const QString &heading) {
        const Import::LabelSplit split = Import::headingLabel(heading);
        return split.ok ? Import::classifyLabelText(split.label) : Label::None;
    };
    QCOMPARE(partOf(QStringLiteral("Remediation (action items)")), Label::Resolution);
    QCOMPARE(partOf(QStringLiteral("Root Cause Analysis (RCA)")), Label::RootCause);
    QCOMPARE(partOf(QStringLiteral("Incident date(s)")), Label::Duration);
    QCOMPARE(partOf(QStringLiteral("Timeline (UTC)")), Label::Timeline);
    QCOMPARE(partOf(QStringLiteral("Stateful services (queue, database)")), Label::None);
    QCOMPARE(partOf(QStringLiteral("Lessons (root cause)")), Label::None);
    // Over a heading in another language, the note is its English gloss.
    QCOMPARE(partOf(QStringLiteral("Řešení (Fix)")), Label::Resolution);
    QCOMPARE(partOf(QStringLiteral("Příčina (root cause)")), Label::RootCause);
    QCOMPARE(Import::classifyLabelText(QStringLiteral("Fix (P1)")), Label::None);
    QCOMPARE(Import::withoutClosingNote(QStringLiteral("Impact (first hour)")),
             QStringLiteral("Impact"));
    QCOMPARE(Import::withoutClosingNote(QStringLiteral("(draft)")), QStringLiteral("(draft)"));
}

/// A two-column table of fields and values states the incident's date, start, end and
/// length as "Start:" lines do, and stays where it was written. A row is never a heading:
/// "preventive actions" in a Status cell names no measures.
void TestImportStages::metadataTableStatesTheSpan()
{
    const QString text = QStringLiteral(
        "# INC-7: Build cache outage\n\n## Metadata\n\n| Field | Value |\n| --- | --- |\n"
        "| Date | 2026-03-14 CET |\n| Status | Closed; preventive actions open |\n"
        "| **Start** | 2026-03-14 09:05 CET |\n| **End** | 2026-03-14 09:50 CET |\n\n"
        "## Timeline\n\n- 08:58 Cache node restarts for a kernel update\n"
        "- 09:20 Builds time out; on-call paged\n- 10:30 Follow-up ticket filed\n\n"
        "## Corrective actions\n\n- Pin the cache node's kernel\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(pm.start.date, QDate(2026, 3, 14));
    QCOMPARE(pm.start.time, QTime(9, 5));
    QCOMPARE(pm.end.time, QTime(9, 50));
    QCOMPARE(pm.actionItems.size(), 1);
    QVERIFY(HindsightTest::missingLines(text, pm).isEmpty());
    // A length in the table gives the end from the stated start.
    const Postmortem length = importMarkdown(QStringLiteral(
        "# Outage\n\n| Field | Value |\n|---|---|\n| Start | 2026-03-14 09:05 UTC |\n"
        "| Duration | about 40 minutes |\n\n## Summary\n\nThe build cache was down.\n"));
    QCOMPARE(length.end.time, QTime(9, 45));
}

/// "Time line" and "time-line", as dictionaries also spell the word, name the timeline.
void TestImportStages::timelineSpelledAsDictionariesDo()
{
    for (const QString &heading : {QStringLiteral("Time-line of the incident"),
                                   QStringLiteral("Time line"), QStringLiteral("Timeline")}) {
        const Postmortem pm = importMarkdown(
            QStringLiteral("# Mirror outage\n\n## %1\n\n- 09:10 Disk alarm on the mirror\n"
                           "- 09:40 Mirror moved to the spare host\n")
                .arg(heading));
        QCOMPARE(HindsightTest::timedEvents(pm).size(), 2);
    }
    QCOMPARE(Import::classifyLabelText(QStringLiteral("Timeliness")), Import::Label::None);
}

/// A status page's postmortem: the public updates, then its own "Internal timeline". The
/// internal one is the timeline (review-set/README.md names it so); the updates stay a section
/// of their own instead of running into it, which had put 07:30 after 10:35.
void TestImportStages::internalTimelineBesideStatusUpdates()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Map tiles missing\n\n## Status updates\n\n"
        "- **09:05 UTC** - Investigating: some map tiles do not load.\n"
        "- **09:40 UTC** - Identified: a storage node is down.\n"
        "- **10:20 UTC** - Resolved: tiles load again.\n\n"
        "## Postmortem\n\n### Summary\n\n**Duration:** 08:50 to 10:10 UTC on 3 June 2025.\n\n"
        "### Internal timeline (UTC)\n\n"
        "- **08:50** - A storage node loses its disk.\n"
        "- **08:58** - The tile error alert pages the on-call engineer.\n"
        "- **09:35** - The node is taken out of the pool.\n"
        "- **10:10** - Tiles are served from the other nodes again.\n"));
    const QList<TimelineEvent> timed = HindsightTest::timedEvents(pm);
    QCOMPARE(timed.size(), 4);
    QCOMPARE(timed.first().at.time, QTime(8, 50));
    QCOMPARE(timed.last().at.time, QTime(10, 10));
    QVERIFY(std::any_of(pm.sections.cbegin(), pm.sections.cend(), [](const Section &s) {
        return s.heading.startsWith(QLatin1String("Status updates"));
    }));
}

/// A heading that gives a part two names with a slash ("Summary / TL;DR", "Root Cause /
/// Trigger") names it as its first name does, unless the names name different parts.
void TestImportStages::twoNamesOfOnePart()
{
    using Import::Label;
    QCOMPARE(Import::classifyLabelText(QStringLiteral("Summary / TL;DR")), Label::Summary);
    QCOMPARE(Import::classifyLabelText(QStringLiteral("Root Cause / Trigger")), Label::RootCause);
    QCOMPARE(Import::classifyLabelText(QStringLiteral("Impact / Scope")), Label::Impact);
    QCOMPARE(Import::classifyLabelText(QStringLiteral("Impact / Timeline")), Label::None);
    QCOMPARE(Import::classifyLabelText(QStringLiteral("Related Issues / PRs")), Label::None);
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Cache outage\n\n## Key terms\n\n- TTL: time to live\n\n## Summary / TL;DR\n\n"
        "The cache lost its data and pages were slow for an hour.\n"));
    QVERIFY2(pm.summary.contains(QLatin1String("lost its data")), qPrintable(pm.summary));
}

/// A summary that says how long the outage lasted, the end's day written before its time and
/// without its year: the end is that day in the start's year (the next year across New Year).
void TestImportStages::summaryEndAfterItsDay()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Site outage\n\n## Summary\n\nOn Monday, March 9th, 2026 at about 10:15pm the shop "
        "went down after a migration and stayed down until Tuesday, March 10th, at 7:40am.\n"));
    QCOMPARE(pm.start.date, QDate(2026, 3, 9));
    QCOMPARE(pm.start.time, QTime(22, 15));
    QCOMPARE(pm.end.date, QDate(2026, 3, 10));
    QCOMPARE(pm.end.time, QTime(7, 40));
    const Postmortem newYear = importMarkdown(QStringLiteral(
        "# Site outage\n\n## Summary\n\nOn December 31st, 2025 at 11:05pm the site went down and "
        "the outage lasted until January 1st at 3:01am.\n"));
    QCOMPARE(newYear.end.date, QDate(2026, 1, 1));
    QCOMPARE(newYear.end.time, QTime(3, 1));
}

/// A hard-wrapped line that starts with words and then a time ("certificate. So on May 4th at
/// 10:08:10 UTC, when it …") is prose: the time's colon is no label's, so the line stays in the
/// summary and its time opens the incident.
void TestImportStages::timeWrappedToTheStartOfALine()
{
    const Import::LabelSplit split
        = Import::splitLabel(QStringLiteral("renewal. So on May 4th at 10:08:10 UTC, when it"));
    QVERIFY(!split.ok || !split.colon);
    QVERIFY(Import::splitLabel(QStringLiteral("Start: 10:08 UTC")).colon);
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Mirror outage\n\n## What happened?\n\nThe mirror's certificate could not be\n"
        "renewed. So on May 4th, 2025 at 10:08:10 UTC, when it expired, every\nrequest failed."
        "\n\nAt 12:03 UTC we could reach the console, and at 12:40 UTC requests\nwere "
        "succeeding again.\n"));
    QCOMPARE(pm.start.date, QDate(2025, 5, 4));
    QCOMPARE(pm.start.time, QTime(10, 8));
}

/// A range of days in one month, with an en dash or a hyphen (Chicago Manual of Style 6.78),
/// in the title or in a section's heading: the incident runs from its first day to its last.
void TestImportStages::daysOfOneMonthAsARange()
{
    const Postmortem titled = importMarkdown(QStringLiteral(
        "# Postmortem (Mar 2\u20134, 2026): empty sales report\n\n## Summary\n\nThe nightly "
        "export wrote empty files until a manual run refilled them.\n"));
    QCOMPARE(titled.start.date, QDate(2026, 3, 2));
    QCOMPARE(titled.end.date, QDate(2026, 3, 4));
    const Postmortem headed = importMarkdown(QStringLiteral(
        "# Club newsletter\n\n## Mail delays 12-15 October 2024\n\nA blocklist held our "
        "outgoing mail for four days.\n"));
    QCOMPARE(headed.start.date, QDate(2024, 10, 12));
    QCOMPARE(headed.end.date, QDate(2024, 10, 15));
    QVERIFY(!headed.end.time.isValid());
}

/// "This starved …, causing …" names the sentence before as the cause, as "This caused …"
/// does: both stay in the root cause taken from the summary.
void TestImportStages::causeToldBeforeThisAndItsVerb()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Lab outage\n\n## Summary\n\nWe found that the proxy pods had no memory requests. "
        "Nothing kept the course notebooks off their nodes either. This starved the proxy of "
        "memory, causing timeouts for every student.\n"));
    QVERIFY2(pm.rootCause.contains(QLatin1String("Nothing kept the course notebooks")),
             qPrintable(pm.rootCause));
    QVERIFY2(pm.rootCause.contains(QLatin1String("no memory requests")), qPrintable(pm.rootCause));
}

/// Headings that ask for the root cause ("So, what was the root cause?") or say what the work
/// is for ("What we did to prevent this happening again"); not what should have been done.
void TestImportStages::questionHeadingsNameTheirPart()
{
    using Import::Label;
    const auto partOf = [](const char *heading) {
        return Import::classifyLabel(Import::normaliseLabel(QString::fromUtf8(heading)));
    };
    QCOMPARE(partOf("So, what was the root cause?"), Label::RootCause);
    QCOMPARE(partOf("What was the cause of the outage?"), Label::RootCause);
    QCOMPARE(partOf("What we did to prevent this happening again"), Label::Measures);
    QCOMPARE(partOf("Steps we're taking to prevent this from happening again"), Label::Measures);
    QVERIFY(partOf("What should ordinarily have been done to prevent this, but wasn't done?")
            != Label::Measures);
    QVERIFY(partOf("What could have been done to prevent this") != Label::Measures);
    // The improvements named by the work itself ("Improving our restore drills").
    QCOMPARE(partOf("Improving our restore drills"), Label::Improvements);
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Metrics outage\n\nCharts were empty for a night.\n\n## So, what was the root "
        "cause?\n\nOne replica held every app's metrics.\n\n## What we did to prevent this "
        "happening again\n\n- Split the metrics across replica sets\n- Back up nightly\n"));
    QCOMPARE(pm.rootCause, QStringLiteral("One replica held every app's metrics."));
    QCOMPARE(pm.actionItems.size(), 2);
}

/// "TL;DR" opening a post is its summary; after the lead's prose it recaps it and stays a section.
void TestImportStages::tldrOpensOrRecaps()
{
    const Postmortem opening = importMarkdown(QStringLiteral(
        "# Mail outage\n\n## TL;DR\n\nOn March 3rd, 2026 outgoing mail stopped for two "
        "hours.\n\n## Details\n\nA relay's disk filled up.\n"));
    QVERIFY(opening.summary.contains(QLatin1String("outgoing mail stopped")));
    QCOMPARE(opening.start.date, QDate(2026, 3, 3));
    const Postmortem recap = importMarkdown(QStringLiteral(
        "# Mail outage\n\nOn 2026-03-03 outgoing mail stopped for two hours.\n\n## Details\n\n"
        "A relay's disk filled up.\n\n## TL;DR\n\n- mail stopped\n- disk full\n"));
    QCOMPARE(recap.start.date, QDate(2026, 3, 3));
    QVERIFY(!recap.summary.contains(QLatin1String("disk full")));
}

/// A summary that tells of waves: the span of "a second wave" is not the incident's, which
/// started with the first.
void TestImportStages::laterWaveIsNoIncidentSpan()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Flood of requests\n\n## What happened?\n\nOn 2025-06-03, starting at 09:05, the "
        "edge began dropping requests. Service recovered at 09:20.\n\nIt came back soon "
        "after, with a second wave of errors from 09:40 to 09:55.\n"));
    QCOMPARE(pm.start.time, QTime(9, 5));
    QCOMPARE(pm.end.time, QTime(9, 20));
}

/// A table row's cells, trimmed, split at each bar GFM does not see escaped ("\|" is a bar in
/// the cell's text).
void TestImportStages::tableCellsSplitAtUnescapedBars()
{
    QCOMPARE(Import::splitCells(QStringLiteral("| 09:10 | Alert fired |")),
             QStringList(
                 {QString(), QStringLiteral("09:10"), QStringLiteral("Alert fired"), QString()}));
    QCOMPARE(Import::splitCells(QStringLiteral(" a \\| b | c")),
             QStringList({QStringLiteral("a | b"), QStringLiteral("c")}));
    QCOMPARE(Import::splitCells(QStringLiteral("x\\|\\|y|\\|")),
             QStringList({QStringLiteral("x||y"), QStringLiteral("|")}));
    QCOMPARE(Import::splitCells(QString()), QStringList({QString()}));
    QCOMPARE(Import::splitCells(QStringLiteral("tail\\")), QStringList({QStringLiteral("tail\\")}));
}

/// A blog postmortem's measures told in any tense: "What we are changing", "What has been
/// changed", and after the fact "What we changed"; "What we did" is the response, no measure.
void TestImportStages::measuresHeadingInAnyTense()
{
    for (const QString &heading :
         {QStringLiteral("What We Changed"), QStringLiteral("What we're changing"),
          QStringLiteral("What has been changed"), QStringLiteral("What we improved")})
        QCOMPARE(Import::classifyLabelText(heading), Import::Label::Measures);
    QVERIFY(Import::classifyLabelText(QStringLiteral("What we did")) != Import::Label::Measures);
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Quiet bot\n\n## What happened\n\nThe chat bot stopped answering for a day.\n\n"
        "## What We Changed\n\n1. **The gateway waits until it is ready.** It accepts no "
        "connection before.\n2. **Every deploy checks that the bot speaks.** Clean logs are no "
        "longer enough.\n"));
    QCOMPARE(pm.actionItems.size(), 2);
}

/// A notice told as paragraphs: "We have since identified that …" is what was found, so the
/// root cause, not an action item; "We have since added …" stays a measure.
void TestImportStages::findingIsNoMeasure()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "---\ntitle: Chat server trouble\ndate: 2024-09-13\n---\n\nEarlier today our team "
        "saw odd traffic from one chat server.\n\nWe have since identified that the server "
        "had been taken over through a leaked deploy key.\n\nWe took it offline and rebuilt "
        "it from scratch.\n\nWe have since added a rotation of every deploy key.\n"));
    QVERIFY2(pm.rootCause.contains(QLatin1String("leaked deploy key")), qPrintable(pm.rootCause));
    QCOMPARE(pm.actionItems.size(), 1);
    QVERIFY(pm.actionItems.first().text.contains(QLatin1String("rotation")));
}

/// "The incident was caused by …" in a later section names the cause outright: it beats the
/// summary's general remark that things break "because" they will.
void TestImportStages::incidentCausedByOutsideTheSummary()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Keys in the logs\n\n## Summary\n\nSoftware is a little broken everywhere, because "
        "people build it. We wrote down how we answered one incident.\n\n## Finding the "
        "cause\n\nWithin the hour we saw that the incident was caused by a debug flag left on "
        "in the log shipper.\n\n## Fixing it\n\nWe turned the flag off and rotated the keys.\n"));
    QVERIFY2(pm.rootCause.contains(QLatin1String("debug flag")), qPrintable(pm.rootCause));
    QVERIFY(!pm.rootCause.contains(QLatin1String("people build it")));
}

void TestImportStages::keptSectionsJoinedByName()
{
    // Text under a heading seen before joins that section, however many sections lie between
    // (the index of kept sections by name, rebuilt when a front matter section is dropped).
    QString text = QStringLiteral("---\ntitle: Shard review\n---\n\n## Notes\n\nFirst note.\n\n"
                                  "## Glossary\n\nShard: a slice of the data.\n\n");
    for (int k = 0; k < 40; ++k)
        text += QStringLiteral("## Shard %1\n\nShard %1 was checked.\n\n").arg(k);
    text += QStringLiteral("## Notes\n\nSecond note.\n\n## Glossary\n\nPrimary: the writer.\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(pm.title, QStringLiteral("Shard review"));
    QStringList headings;
    for (const Section &s : pm.sections)
        headings.append(s.heading);
    QCOMPARE(headings.size(), 42);
    QCOMPARE(headings.count(QStringLiteral("Notes")), 1);
    QCOMPARE(headings.count(QStringLiteral("Glossary")), 1);
    const Section &notes = pm.sections.at(headings.indexOf(QStringLiteral("Notes")));
    QVERIFY2(notes.text.contains(QLatin1String("First note"))
                 && notes.text.contains(QLatin1String("Second note")),
             qPrintable(notes.text));
    const Section &glossary = pm.sections.at(headings.indexOf(QStringLiteral("Glossary")));
    QVERIFY(glossary.text.indexOf(QLatin1String("slice"))
            < glossary.text.indexOf(QLatin1String("writer")));
}

void TestImportStages::partsNamedInPlainWords()
{
    // The narrative names of a manager's write-up: "The short version" (TL;DR), "How it
    // unfolded" (the timeline), "Why" (the root cause), and both parts as one question.
    const Postmortem a = importMarkdown(QStringLiteral(
        "# Orders stuck\n\n## The short version\n\nFrom 2:20 PM to 3:35 PM PST on 12 December "
        "2024 orders stayed pending.\n\n## How it unfolded\n\n- 2:20 PM - Payments start to "
        "fail.\n- 3:35 PM - Every order is confirmed.\n\n## Why\n\nThe receiver kept the old "
        "secret.\n"));
    QVERIFY2(a.summary.contains(QLatin1String("orders stayed pending")), qPrintable(a.summary));
    QCOMPARE(a.timeline.size(), 2);
    QCOMPARE(a.rootCause, QStringLiteral("The receiver kept the old secret."));
    QVERIFY(a.sections.isEmpty());
    const Postmortem b = importMarkdown(QStringLiteral(
        "# Orders stuck\n\n## In short\n\nOrders stayed pending for an hour.\n\n## What went "
        "wrong and how we fixed it\n\nThe receiver kept the old secret. Restarting it loaded "
        "the new one.\n"));
    QVERIFY(b.summary.contains(QLatin1String("Orders stayed pending")));
    QVERIFY2(b.rootCause.contains(QLatin1String("old secret")), qPrintable(b.rootCause));
    QVERIFY(b.sections.isEmpty());
}

void TestImportStages::severityFromALabelLine()
{
    const auto severity = [](const QString &line) {
        return importMarkdown(QStringLiteral("# Queue stall\n\n## Summary\n\n") + line
                              + QStringLiteral("\n\nThe queue stalled for an hour.\n"))
            .severity;
    };
    QCOMPARE(severity(QStringLiteral("**Severity:** SEV-2 (alerts blind, no user impact)")),
             std::optional<Severity>(Severity::Sev2));
    QCOMPARE(severity(QStringLiteral("- **Incident Severity**: S4-LOW")),
             std::optional<Severity>(Severity::Sev4));
    QCOMPARE(severity(QStringLiteral("Severity level: 1")),
             std::optional<Severity>(Severity::Sev1));
    // A priority or a word is another scale.
    QCOMPARE(severity(QStringLiteral("**Severity**: P1 (customer-facing)")), std::nullopt);
    QCOMPARE(severity(QStringLiteral("**Severity:** Critical")), std::nullopt);
    // The line stays in the summary; the front matter's severity comes first.
    const Postmortem pm = importMarkdown(QStringLiteral(
        "---\nseverity: 3\n---\n\n# Queue stall\n\n## Summary\n\n**Severity:** SEV1\n\nThe "
        "queue stalled.\n"));
    QCOMPARE(pm.severity, std::optional<Severity>(Severity::Sev3));
    QVERIFY(pm.summary.contains(QLatin1String("SEV1")));
}

QTEST_GUILESS_MAIN(TestImportStages)

void TestImportStages::reportQuotesWholeWords()
{
    using Import::reportQuote;
    QCOMPARE(reportQuote(QStringLiteral("Short  line\n"), 20), QStringLiteral("Short line"));
    QCOMPARE(reportQuote(QStringLiteral("We now rotate the relay logs every day"), 24),
             QStringLiteral("We now rotate the relay\u2026"));
    // One long word is cut where it must be.
    QCOMPARE(reportQuote(QStringLiteral("https://example.org/a/very/long/path"), 12).size(), 12);
}

void TestImportStages::leadParagraphDatesTheIncident()
{
    // No title; "What happened:" names the summary, so the lead paragraph above it is kept as
    // the introduction. Its date still dates the incident the impact line gives the times of.
    const Postmortem pm = importMarkdown(QStringLiteral(
        "On March 3rd, 2025, a schema change took the ledger offline for every customer.\n\n"
        "Timeline:\n09:10: schema change applied\n09:12: alerts fired\n\n"
        "What happened:\nThe change dropped an index the writes depended on.\n\n"
        "Impact:\nNo writes were accepted from 09:12 to 10:40 UTC.\n"));
    QCOMPARE(iso(pm.start.date), QStringLiteral("2025-03-03"));
    QCOMPARE(hhmm(pm.start.time), QStringLiteral("09:12"));
    QCOMPARE(iso(pm.end.date), QStringLiteral("2025-03-03"));
}

void TestImportStages::ruleOverTheTitleIsNoFrontMatter()
{
    // A "---" set off by a blank line from the title is a thematic break: the title and the
    // "Date:" under it stay the document's, though a later "---" closes nothing.
    const QString body = QStringLiteral(
        "# Laptop would not boot after a kernel update\n\nDate: 2026-02-14\n"
        "**Severity:** P3\n\n## Summary\n\nThe new kernel's initramfs was incomplete.\n\n"
        "## Lessons\n\n- Rebuild the initramfs after large updates\n\n---\n");
    const Postmortem pm = importMarkdown(QStringLiteral("---\n\n") + body);
    QCOMPARE(pm.title, QStringLiteral("Laptop would not boot after a kernel update"));
    QCOMPARE(iso(pm.start.date), QStringLiteral("2026-02-14"));
    // YAML whose first key follows a blank line is still front matter.
    const Postmortem yaml = importMarkdown(QStringLiteral(
        "---\n\ntitle: Cache stampede\ndate: 2026-01-05\n---\n\n## Summary\n\nThe cache "
        "expired at once.\n"));
    QCOMPARE(yaml.title, QStringLiteral("Cache stampede"));
}

/// A day stated alone before the timeline's first sign of impact ("Occurred: 9 May 2024",
/// noticed days later) starts the incident at its first timed entry (held-out set 40); a stated
/// day that is the first sign's own changes nothing.
void TestImportStages::statedDayBeforeTheFirstSignOfImpact()
{
    const auto start = [](const QString &day) {
        return importMarkdown(
                   QStringLiteral("# Lost exports\n\n## Dates\n\n- Noticed: 13 May 2024\n- "
                                  "Occurred: %1\n\n## Timeline\n\n- 9 May 2024 07:40 UTC: "
                                  "the export job writes empty files\n- 13 May 2024 09:15 UTC: "
                                  "a customer reports missing rows\n- 13 May 2024 11:30 UTC: "
                                  "the files are written again\n")
                       .arg(day))
            .start;
    };
    QCOMPARE(iso(start(QStringLiteral("9 May 2024")).date), QStringLiteral("2024-05-09"));
    QCOMPARE(start(QStringLiteral("9 May 2024")).time, QTime(7, 40));
    QCOMPARE(iso(start(QStringLiteral("13 May 2024")).date), QStringLiteral("2024-05-13"));
    QCOMPARE(start(QStringLiteral("13 May 2024")).time, QTime(9, 15));
}

/// Notes as British writers keep them, under a heading that does not say "timeline"
/// (review-heldout6): paragraphs led by dotted times that wrap, and "At 21.05," list items.
void TestImportStages::britishNotesUnderAPlainHeading()
{
    const Postmortem paragraphs = importMarkdown(QStringLiteral(
        "# Slow storage\n\n## Summary\n\nThe store was slow on 12th November 2025.\n\n"
        "## Details\n\n21.20. A disk fails and the array starts\nrebuilding onto a spare.\n\n"
        "21.34. The latency alert pages Leon.\n\n22.15. Leon finds the rebuild in the\n"
        "array's event log.\n"));
    QCOMPARE(paragraphs.timeline.size(), 3);
    QCOMPARE(paragraphs.timeline.first().at.time, QTime(21, 20));
    QCOMPARE(paragraphs.timeline.first().text,
             QStringLiteral("A disk fails and the array starts rebuilding onto a spare."));
    const Postmortem list = importMarkdown(QStringLiteral(
        "# Scheduler down\n\n## Details\n\n- At 23.40, the disk reached 100%.\n- At 23.46, "
        "the port check paged the on-call engineer.\n- At 00.14, the logs were purged.\n"));
    QCOMPARE(list.timeline.size(), 3);
    QCOMPARE(list.timeline.last().at.time, QTime(0, 14));
}

/// A blog post's standfirst states the whole outage; its "What happened" (the summary) tells
/// the story from the day before (held-out set 40): the standfirst's range is the incident.
void TestImportStages::leadParagraphRangeBeatsAStoryMoment()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "---\ntitle: The mail outage of 4 May\ndate: 2024-05-20\n---\n\nOn Saturday 4 May "
        "2024 the mail relay was unavailable between 02:10 and 07:45 (UTC+2). This post says "
        "why.\n\n## What happened\n\nOn Friday, at 18:20, the relay froze once. We restarted "
        "it.\n\nAt 23:05 it froze again.\n"));
    QCOMPARE(iso(pm.start.date), QStringLiteral("2024-05-04"));
    QCOMPARE(pm.start.time, QTime(2, 10));
    QCOMPARE(pm.end.time, QTime(7, 45));
}

/// A table whose every row leads with a time plays the timeline's role under any heading, as a
/// timed list does (review-heldout6); a table with one untimed row is no timeline.
void TestImportStages::timedTableUnderAPlainHeading()
{
    const QString doc = QStringLiteral(
        "# Packet loss\n\n## Details\n\nPut together from the alert history.\n\n"
        "| Time (BST) | What happened |\n|---|---|\n| 07.20 | Loss begins on switch B. |\n"
        "| 07.31 | The latency alert pages Anjali. |\n| %1 | Anjali fails over the uplink. |\n");
    const Postmortem timed = importMarkdown(doc.arg(QStringLiteral("08.40")));
    QCOMPARE(timed.timeline.size(), 3);
    QCOMPARE(timed.timeline.last().at.time, QTime(8, 40));
    QCOMPARE(timed.timeline.last().text, QStringLiteral("Anjali fails over the uplink."));
    QVERIFY(importMarkdown(doc.arg(QStringLiteral("later"))).timeline.isEmpty());
}

#include "tst_importstages.moc"
