// Importer (importer.h): where the root cause is read — its own section (however headed, with
// sub-sections, or joined to the resolution), else the sentence of the summary, the lead, an
// update or another section that states a cause, else the sentence that says what failed; and
// what is not a cause (lessons, a cause promised for later, a cause named as what was fixed).
#include "core/importer.h"
#include "importcheck.h"

#include <QTest>

using namespace Hindsight;
using namespace HindsightTest;

class TestImportRootCause : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rootCauseAndResolutionSplit();
    void rootCauseFromTheSummary();
    void rootCauseHeadings_data();
    void rootCauseHeadings();
    void rootCauseFallback();
    void causeStatedInTheLead();
    void leadSaysWhatFailed();
    void upstreamOutageIsTheCause();
    void subsectionsOfTheRootCause();
    void lessonsLearnedAreNotTheRootCause();
    void causeFoundByTheInvestigation();
    void causeToldTheSentenceBefore();
    void faultyPartNamedInAnUpdate();
    void recoveryAfterTheImpactIsNoCause();
    void likelyCauseIsStated();
    void causeTracedInAnUpdate();
    void causePromisedForLater();
};

void TestImportRootCause::rootCauseAndResolutionSplit()
{
    const Postmortem pm = importMarkdown(
        QStringLiteral("## Root Cause and Resolution\nA stale DNS record pointed at the old host. "
                       "To fix this, we updated the record and flushed caches.\n"));
    QCOMPARE(pm.rootCause, QStringLiteral("A stale DNS record pointed at the old host."));
    QCOMPARE(pm.resolution,
             QStringLiteral("To fix this, we updated the record and flushed caches."));

    const Postmortem labelled = importMarkdown(QStringLiteral(
        "Root Cause and Resolution:\n\nRoot Cause: disk full\nResolution: rotated logs\n"));
    QCOMPARE(labelled.rootCause, QStringLiteral("disk full"));
    QCOMPARE(labelled.resolution, QStringLiteral("rotated logs"));
}

/// A wrapped entry's second line that happens to name a part ("… as the root" / "cause, and
/// corrective measures began.") goes on with the entry; it opens no measures section.

void TestImportRootCause::rootCauseFromTheSummary()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Workers\n\n## Summary\nNo workers came up. A bug in the cluster's CPU "
        "quota kept new workers from starting.\n\n## Timeline\n- 10:00 problem starts\n"));
    QCOMPARE(pm.rootCause,
             QStringLiteral("A bug in the cluster's CPU quota kept new workers from starting."));
    QVERIFY(pm.summary.contains(pm.rootCause)); // still part of the summary
    const Postmortem stated = importMarkdown(QStringLiteral(
        "## Summary\nA bug in the quota.\n\n## Root Cause\nThe quota object was corrupt.\n"));
    QCOMPARE(stated.rootCause, QStringLiteral("The quota object was corrupt."));

    // The course template's summary names the root cause on a line of its own: the line fills
    // the root cause and stays in the summary, wrapped lines and all; an impact line moves.
    const Postmortem labelled = importMarkdown(QStringLiteral(
        "# Issue Summary\n\n**Duration:** 10:00 to 10:45 UTC on 2 May 2025.\n\n"
        "**Impact:** uploads failed for 20% of users.\n\n**Root Cause:** a full disk on "
        "the\nupload cache.\n\n# Root Cause\n\nLog rotation had stopped a week earlier.\n"));
    QVERIFY(labelled.rootCause.startsWith(QLatin1String("a full disk on the")));
    QVERIFY(labelled.rootCause.contains(QLatin1String("Log rotation had stopped")));
    QVERIFY(labelled.summary.contains(QLatin1String("**Root Cause:** a full disk on the")));
    QVERIFY(labelled.summary.contains(QLatin1String("upload cache.")));
    QVERIFY(!labelled.summary.contains(QLatin1String("uploads failed")));

    // Having found or fixed the root cause says nothing of what it was.
    const Postmortem found = importMarkdown(QStringLiteral(
        "# Sign-in outage\n\nSign-in failed for an hour. We have fixed the root cause and "
        "sign-in works again. Engineers identified the root cause within minutes.\n\n"
        "## Next steps\n\n- Alert on sign-in errors.\n"));
    QVERIFY2(found.rootCause.isEmpty(), qPrintable(found.rootCause));
    const Postmortem namedLater = importMarkdown(QStringLiteral(
        "# Sign-in outage\n\nSign-in failed for an hour. We found the root cause: the root "
        "cause was an expired signing key.\n"));
    QVERIFY(namedLater.rootCause.contains(QLatin1String("expired signing key")));
}

void TestImportRootCause::rootCauseHeadings_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<bool>("rootCause");
    QTest::newRow("of the outage") << QStringLiteral("Root cause of the outage") << true;
    QTest::newRow("of the issue") << QStringLiteral("Root Cause of the Issue") << true;
    QTest::newRow("cause of the problem") << QStringLiteral("Cause of the problem") << true;
    QTest::newRow("underlying") << QStringLiteral("Underlying cause") << true;
    QTest::newRow("contributing causes") << QStringLiteral("Contributing causes") << true;
    QTest::newRow("how did this happen") << QStringLiteral("How did this happen?") << true;
    QTest::newRow("why it happened") << QStringLiteral("Why it happened") << true;
    QTest::newRow("so how did it happen") << QStringLiteral("So how did it happen?") << true;
    QTest::newRow("blameless") << QStringLiteral("Blameless Root Cause") << true;
    QTest::newRow("why the job failed") << QStringLiteral("Why the nightly job failed") << true;
    QTest::newRow("yearn template") << QStringLiteral("Details of Incident") << true;
    QTest::newRow("vulnerability") << QStringLiteral("Details of the vulnerability") << true;
    QTest::newRow("issues identified") << QStringLiteral("Issues identified") << true;
    QTest::newRow("identified problems") << QStringLiteral("Identified Problems:") << true;
    // A heading that says what caused what is a title, not the root-cause section.
    QTest::newRow("title with causes")
        << QStringLiteral("Proxy change causes login outage") << false;
    QTest::newRow("details alone") << QStringLiteral("Details") << false;
}

void TestImportRootCause::rootCauseHeadings()
{
    QFETCH(QString, heading);
    QFETCH(bool, rootCause);
    const Postmortem pm = importMarkdown(
        QStringLiteral("# Login outage\n\nLogins failed for an hour.\n\n## %1\n\nThe proxy "
                       "dropped session cookies after its upgrade.\n")
            .arg(heading));
    QCOMPARE(pm.rootCause.contains(QLatin1String("session cookies")), rootCause);
    QCOMPARE(Import::classifyLabel(Import::normaliseLabel(heading)) == Import::Label::RootCause,
             rootCause);
}

void TestImportRootCause::rootCauseFallback()
{
    // No root-cause section and no cause in the summary: a timeline entry that says when the
    // cause was found is not the cause; a sentence of another section that states one is.
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Exports\n\n## Summary\nNightly exports stopped for a day.\n\n## Timeline\n"
        "- 10:00 exports fail\n- 10:40 root cause is identified in the scheduler\n\n"
        "## Details\nWe looked at the queue first. The jobs never started because the "
        "scheduler's clock had drifted by a day.\n"));
    QCOMPARE(pm.rootCause, QStringLiteral("The jobs never started because the scheduler's clock "
                                          "had drifted by a day."));
    // A status page's "Identified" update says what the cause is; its stock wording does not.
    const Postmortem update = importMarkdown(QStringLiteral(
        "# Slow search\n\n**Investigating** - Searches are slow.\nMay 3, 2024 - 09:10 UTC\n\n"
        "**Identified** - The issue has been identified and a fix is being implemented. An "
        "index rebuild left the replicas without their cache.\nMay 3, 2024 - 09:30 UTC\n\n"
        "**Resolved** - Searches are fast again.\nMay 3, 2024 - 10:05 UTC\n"));
    QCOMPARE(update.rootCause,
             QStringLiteral("An index rebuild left the replicas without their cache."));
    const Postmortem stock = importMarkdown(QStringLiteral(
        "# Slow search\n\n**Investigating** - Searches are slow.\nMay 3, 2024 - 09:10 UTC\n\n"
        "**Identified** - The issue has been identified and a fix is being implemented.\n"
        "May 3, 2024 - 09:30 UTC\n"));
    QVERIFY(stock.rootCause.isEmpty());
    // A cause written as the subject of the failure, in a section of its own name, beats a
    // sentence of the lead that only says what broke.
    const Postmortem subject = importMarkdown(QStringLiteral(
        "# Rack outage\n\nAfter the power outage at our colocation site last week, several "
        "hosts stayed down.\n\n## The night\nA surge on the building's feed caused a shutdown "
        "of both switches. The batteries did not carry the load.\n"));
    QCOMPARE(subject.rootCause,
             QStringLiteral("A surge on the building's feed caused a shutdown of both switches."));
    // "This caused an outage" points back to the sentence before; it is no cause by itself.
    const Postmortem back = importMarkdown(QStringLiteral(
        "# Queue\n\n## Notes\nWe read the queue's settings again. This caused a short outage "
        "of the consumers.\n"));
    QVERIFY(!back.rootCause.startsWith(QLatin1String("This caused")));
    // The cause in other words, in a summary without a root-cause section.
    for (const char *cause :
         {"We found the problem was related to how the proxy cached the login page.",
          "The upload workers hit the connection limit of the database pool.",
          "A runaway report job consumed all memory on the shared nodes.",
          "The retention setting was lowered by mistake during the upgrade.",
          "An old cron entry was inadvertently copied to the new host.",
          "It was an issue from the DNS provider's end."}) {
        const Postmortem other = importMarkdown(
            QStringLiteral("# Logins\n\n## Summary\nLogins failed for an hour. %1 We "
                           "restarted the workers.\n")
                .arg(QString::fromUtf8(cause)));
        QCOMPARE(other.rootCause, QString::fromUtf8(cause));
    }
}

void TestImportRootCause::causeStatedInTheLead()
{
    // What a change introduced is what it caused: the notice's sentence names the cause.
    const Postmortem introduced = importMarkdown(QStringLiteral(
        "# Flaky logins\n\nSome sign-ins failed this week.\n\nLast night's switch to the new "
        "session store has introduced intermittent errors on sign-in. We are moving back.\n\n"
        "**Resolved** - 09:30 UTC: Moved back to the old store.\n"));
    QVERIFY2(introduced.rootCause.contains(QLatin1String("new session store")),
             qPrintable(introduced.rootCause));
    // The lead paragraphs above the first heading state the cause; the summary comes from a
    // later "What happened" and states none: the lead's sentence is the root cause.
    const Postmortem pm = importMarkdown(QStringLiteral(
        "On Tuesday the morning reports were empty for two hours.\n\n"
        "The export ran in a maintenance window; the outage was due to the replica being left "
        "in read-only mode after the window.\n\n"
        "## What happened\n\nThe export started at 02:00 and stopped at 02:10.\n\n"
        "## Action items\n\n- Check the replica's mode after each window\n"));
    QVERIFY2(pm.rootCause.contains(QLatin1String("read-only mode")), qPrintable(pm.rootCause));
    // A lead that says what the root cause is beats the summary's sentences that only state a
    // cause; the sentence ends at its stop inside the emphasis.
    const Postmortem named = importMarkdown(QStringLiteral(
        "Early on May 4 the export workers began to crash on start.\n\n"
        "The root cause is the same on every worker: **stopping a worker in the middle of a write "
        "leaves its journal unreadable.** The rest of this page explains how to recover.\n\n"
        "## Summary\n\nThe workers ran out of memory because the batch size had doubled, and "
        "the kernel stopped them.\n"));
    QCOMPARE(
        named.rootCause,
        QStringLiteral("The root cause is the same on every worker: **stopping a worker in the "
                       "middle of a write leaves its journal unreadable.**"));
}

void TestImportRootCause::leadSaysWhatFailed()
{
    // Nothing states a cause: the lead's sentence that says what broke stands for it, noted.
    const QString lead = QStringLiteral("# Build farm down\n\nWe are sorry for the lost weekend. "
                                        "Our artefact store crashed on Saturday night and no "
                                        "builds ran until Monday.\n\n");
    const QString timeline = QStringLiteral("## Timeline\n\n- 22:10 store stops answering\n"
                                            "- 09:00 store restarted\n");
    const ImportResult r = importPostmortem(lead + timeline);
    QCOMPARE(r.postmortem.rootCause,
             QStringLiteral("Our artefact store crashed on Saturday night and no builds ran "
                            "until Monday."));
    QVERIFY(!r.report.guessesAbout(FieldId::RootCause).isEmpty());
    // Not when the document says the cause is not known yet.
    const Postmortem unknown = importMarkdown(
        lead + timeline + QStringLiteral("\n## Follow-up\n\nThe root cause is still unknown.\n"));
    QVERIFY2(unknown.rootCause.isEmpty(), qPrintable(unknown.rootCause));
    // Nor when it is still being investigated; and an outage itself is no cause.
    const Postmortem investigating = importMarkdown(QStringLiteral(
        "# API down\n\nOur API server crashed at 10:00 UTC. We are still investigating why.\n\n"
        "## Timeline\n\n- 10:00 errors\n- 10:20 restarted\n"));
    QVERIFY2(investigating.rootCause.isEmpty(), qPrintable(investigating.rootCause));
    const Postmortem symptom = importMarkdown(QStringLiteral(
        "# API down\n\nThe API went down at 10:00 UTC.\n\n## Timeline\n\n- 10:00 errors\n"));
    QVERIFY2(symptom.rootCause.isEmpty(), qPrintable(symptom.rootCause));
    // A status notice's single line without its full stop says what broke as well; a heading's
    // few words do not.
    const QString updates = QStringLiteral("\n\n**Resolved** - 11:40 UTC: Back to normal.\n\n"
                                           "**Investigating** - 10:05 UTC: Looking into it.\n");
    const Postmortem notice = importMarkdown(
        QStringLiteral("# Uploads failing\n\nThe upload worker crashed on start") + updates);
    QCOMPARE(notice.rootCause, QStringLiteral("The upload worker crashed on start"));
    const Postmortem brief
        = importMarkdown(QStringLiteral("# Uploads failing\n\nUploader crashed") + updates);
    QVERIFY2(brief.rootCause.isEmpty(), qPrintable(brief.rootCause));
}

void TestImportRootCause::upstreamOutageIsTheCause()
{
    // An outage upstream named as what hit the service is its cause; a paragraph above the
    // sentence (a "Last updated" line without a stop) is no part of it.
    const Postmortem hosted = importMarkdown(QStringLiteral(
        "# Docs site down\n\n## Summary\n\nLast updated: 2026-03-04\n\n"
        "On 2026-03-02 the docs site was affected by an outage of our hosting provider. Pages "
        "returned errors for an hour.\n"));
    QCOMPARE(hosted.rootCause,
             QStringLiteral("On 2026-03-02 the docs site was affected by an outage of our "
                            "hosting provider."));
    const Postmortem named = importMarkdown(QStringLiteral(
        "# Downloads failing\n\n## Summary\n\nA Fastly outage is affecting our downloads. We "
        "are watching their status page.\n"));
    QCOMPARE(named.rootCause, QStringLiteral("A Fastly outage is affecting our downloads."));
    // The outage itself affecting users says who was hit, not why.
    const Postmortem own = importMarkdown(QStringLiteral(
        "# Downloads failing\n\n## Summary\n\nThe outage was affecting a third of our "
        "users. Downloads failed for an hour.\n"));
    QVERIFY2(own.rootCause.isEmpty(), qPrintable(own.rootCause));
}

void TestImportRootCause::subsectionsOfTheRootCause()
{
    // A subsection under the root cause goes on telling it; a section at the same level ends it.
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Ledger drift\n\n## Root cause\nTwo writers updated the same row.\n\n"
        "### Why the lock did not help\nThe lock was taken per process, not per row.\n\n"
        "## Background\nThe ledger has run since 2019.\n"));
    QVERIFY(pm.rootCause.contains(QLatin1String("Two writers")));
    QVERIFY(pm.rootCause.contains(QLatin1String("taken per process")));
    QVERIFY(!pm.rootCause.contains(QLatin1String("since 2019")));
    QCOMPARE(pm.sections.size(), 1);
    QCOMPARE(pm.sections.first().heading, QStringLiteral("Background"));
}

void TestImportRootCause::lessonsLearnedAreNotTheRootCause()
{
    const Postmortem pm = importMarkdown(
        QStringLiteral("## Summary\nA bug in the quota broke launches.\n\n## Lessons learnt\n\n### "
                       "What went well\n"
                       "1. Quick fix.\n\n### What went wrong\n1. It took 9 hours to notice.\n"));
    QCOMPARE(pm.rootCause, QStringLiteral("A bug in the quota broke launches."));
    // "Lessons" alone heads the same retrospective.
    const QString lessons = QStringLiteral("## Summary\nA bug in the quota broke launches.\n\n## "
                                           "Lessons\n\n### What went wrong\n- It took 9 hours.\n");
    QCOMPARE(importMarkdown(lessons).rootCause,
             QStringLiteral("A bug in the quota broke launches."));
    const Postmortem direct = importMarkdown(
        QStringLiteral("## Summary\nIt broke.\n\n## What went wrong\nThe quota object.\n"));
    QCOMPARE(direct.rootCause, QStringLiteral("The quota object."));
}

void TestImportRootCause::causeFoundByTheInvestigation()
{
    // "we determined that", "investigation showed that": the summary's sentence that states
    // what was found to cause it, with no root-cause section.
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Slow notebooks\n\n## Summary\n\nStudents could not start their servers. After some "
        "digging we determined that the user pods had no memory limit set.\n\n## Timeline\n\n"
        "- 10:00 first report\n- 10:40 limits set\n"));
    QCOMPARE(pm.rootCause,
             QStringLiteral("After some digging we determined that the user pods had no memory "
                            "limit set."));
    // An incident log's "Identified" field says how the incident was noticed: no cause.
    const Postmortem field = importMarkdown(QStringLiteral(
        "# Incident on 2025-02-11 - Registry down\n\n- **Identified**: users reported pull "
        "errors.\n\n- **Impact**: pods could not start.\n"));
    QVERIFY(field.rootCause.isEmpty());
}

void TestImportRootCause::causeToldTheSentenceBefore()
{
    // "This caused …" points back: the sentence before it tells the cause, in the summary as
    // in an incident log's resolution field.
    const Postmortem summary = importMarkdown(QStringLiteral(
        "# Outage\n\n## Summary\n\nThe log volume filled up overnight. This caused the database "
        "to stop accepting writes.\n"));
    QCOMPARE(summary.rootCause, QStringLiteral("The log volume filled up overnight. This caused "
                                               "the database to stop accepting writes."));
    const Postmortem log = importMarkdown(QStringLiteral(
        "# Incident on 2024-05-02 - Pods restarted\n\n- **Impact**: services blinked.\n\n"
        "- **Resolution**:\n  - Changing the node type replaces every node at once. This caused "
        "all pods to restart together.\n  - A ticket was raised with the vendor.\n"));
    QCOMPARE(log.rootCause, QStringLiteral("Changing the node type replaces every node at once. "
                                           "This caused all pods to restart together."));
}

void TestImportRootCause::faultyPartNamedInAnUpdate()
{
    // A status log without a cause sentence: the update past the investigation that names the
    // part at fault tells the root cause; "investigating the cause" tells none.
    const QString log = QStringLiteral(
        "# Reports delayed\n\n**Resolved** - Reports go out on time again.\n"
        "*Mar 2, 2024 - 16:40 UTC*\n\n**Update** - There is a problem with our mail relay that "
        "holds outgoing reports. A fix is on its way.\n*Mar 2, 2024 - 15:10 UTC*\n\n"
        "**Investigating** - We are investigating the cause of this incident.\n"
        "*Mar 2, 2024 - 14:20 UTC*\n");
    QCOMPARE(importMarkdown(log).rootCause,
             QStringLiteral("There is a problem with our mail relay that holds outgoing "
                            "reports."));
    // The issue an update still investigates is what users saw.
    const Postmortem looking = importMarkdown(QStringLiteral(
        "# Sign-ins failing\n\n**Resolved** - Sign-ins work again.\n*Mar 2, 2024 - 16:40 UTC*"
        "\n\n**Investigating** - We are investigating an issue with sign-ins.\n"
        "*Mar 2, 2024 - 14:20 UTC*\n"));
    QVERIFY2(looking.rootCause.isEmpty(), qPrintable(looking.rootCause));
}

void TestImportRootCause::recoveryAfterTheImpactIsNoCause()
{
    // A post without headings: the impact paragraph tells the cause too, and the paragraph
    // after it tells the recovery, not the cause.
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# March report\n\nIn March we had one incident.\n\nOn March 4, 2025, between 09:12 "
        "UTC and 09:40 UTC, uploads failed for most people.\n\nThe failed uploads had a wide "
        "impact on our customers. They were caused by a full disk on the upload proxy.\n\n"
        "We mitigated the incident by moving the proxy's logs to another volume.\n"));
    QVERIFY2(pm.rootCause.contains(QLatin1String("full disk")), qPrintable(pm.rootCause));
    QVERIFY2(!pm.rootCause.contains(QLatin1String("mitigated")), qPrintable(pm.rootCause));
    QVERIFY2(pm.resolution.contains(QLatin1String("We mitigated")), qPrintable(pm.resolution));
}

void TestImportRootCause::likelyCauseIsStated()
{
    // "The likely cause was …" states the cause, hedged; "the cause is still unknown" does not.
    const QString head = QStringLiteral(
        "# Feed stalled\n\nThe activity feed showed nothing new on Monday morning.\n\n"
        "## What we know\n\nNothing was lost while it stalled. ");
    const Postmortem likely = importMarkdown(
        head
        + QStringLiteral("The likely cause was a worker that held its lock after a restart.\n"));
    QVERIFY2(likely.rootCause.contains(QLatin1String("held its lock")),
             qPrintable(likely.rootCause));
    const Postmortem unknown
        = importMarkdown(head + QStringLiteral("The cause is still unknown to us.\n"));
    QVERIFY2(!unknown.rootCause.contains(QLatin1String("unknown")), qPrintable(unknown.rootCause));
}

void TestImportRootCause::causeTracedInAnUpdate()
{
    // Status updates under headings of their own, no cause section: the update that traces
    // the failure to its cause, or names the reason for the outage, tells the root cause.
    const Postmortem traced = importMarkdown(QStringLiteral(
        "# Build farm offline\n\n## Update: builds run again\n\nThe farm is back. We keep an "
        "eye on it.\n\n## Update: partly back\n\nThe failure was traced to a worn power "
        "supply in the rack switch. We swapped it.\n\n## Builds are failing\n\nWe are "
        "looking into it.\n"));
    QCOMPARE(traced.rootCause,
             QStringLiteral("The failure was traced to a worn power supply in the rack switch."));
    const Postmortem reason = importMarkdown(QStringLiteral(
        "# Build farm offline\n\n## Update\n\nThe reason for this short outage is a full "
        "disk on the scheduler. Builds queue again.\n"));
    QCOMPARE(reason.rootCause,
             QStringLiteral("The reason for this short outage is a full disk on the scheduler."));
    // "One reason we were slow" names no cause of the outage.
    const Postmortem slow = importMarkdown(QStringLiteral(
        "# Build farm offline\n\n## Update\n\nOne reason we were slow is that the pager was "
        "muted. Builds queue again.\n"));
    QVERIFY(!slow.rootCause.contains(QStringLiteral("pager")));
}

void TestImportRootCause::causePromisedForLater()
{
    // An update that promises a report on the cause states none: the cause is told by the
    // update that follows.
    const QString text = QStringLiteral(
        "---\ntitle: Wiki unreachable\n---\n\n"
        "::: update Monitoring | 2024-02-06T09:12:00Z\nThe wiki is back. We will post a "
        "detailed report on the cause of the problem here soon.\n:::\n\n"
        "::: update Resolved | 2024-02-06T11:40:00Z\nRequests timed out because a network "
        "partition cut the wiki off from its database.\n:::\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(pm.rootCause, QStringLiteral("Requests timed out because a network partition cut "
                                          "the wiki off from its database."));
}

QTEST_GUILESS_MAIN(TestImportRootCause)
#include "tst_importrootcause.moc"
