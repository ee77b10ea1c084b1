// Importer (importer.h): which lines become action items — lists after an intro that announces
// measures, numbered measures with steps, measures in prose, tables, outlines, owner and deadline
// lines — and where such a list ends.
#include "core/importer.h"
#include "importcheck.h"

#include <QTest>

using namespace Hindsight;
using namespace HindsightTest;

class TestImportActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ownerAndDueInTheItemsWords();
    void closingParagraphIsNotAnActionItem();
    void remediationOfItemsIsTheMeasures();
    void wrappedItems();
    void preventionIntroOpensMeasures();
    void numberedMeasuresWithSteps();
    void measuresInProse();
    void additionalMeasureInOneItem();
    void actionItemTable();
    void resolutionAndPrevention();
    void resolutionStatesAMeasureToCome();
    void outlineIndentedLevelUnderLevel();
    void itemFieldLinesJoinTheirItem();
    void closingSectionEndsTheMeasures();
    void detailsOfFixAreMeasures();
    void actionPointLines();
    void announcedLessonsAreMeasures();
    void pictureIsNoActionItem();
    void introParagraphLeadsIntoTheList();
    void todoListIsTheTasks();
    void nestedBulletBelongsToItsItem();
    void measuresGroupedByWhenTheyLand();
    void actionTableAmongSummaryFields();
    void labelledItemAfterTheLists();
    void paragraphThatPreventsARepeat();
    void futureWorkSections();
    void identifiedProblemsAreNoMeasures();
    void progressiveMeasuresUnderAQuestion();
    void lessonsJoinedToTheMeasures();
    void numberedSubHeadingsAreMeasures();
    void subHeadingsThatNameMeasures();
    void bareActionsHeadingNamesMeasures();
    void emptyTemplateRowIsNoItem();
    void recommendationsAreMeasures();
    void whatWeLearnedListsMeasures();
    void measuresHeadedAsQuestionsOrOpenWork_data();
    void measuresHeadedAsQuestionsOrOpenWork();
    void remediationGroupedUnderSubHeadings();
    void movingForwardClosesWithAnApology();
    void postmortemActionItemsTrackedByTicket();
    void slashJoinedRemediationAndFutureWork();
    void checkMarksAndGlossedHeadings();
    void questionHeadingsOverProseMeasures();
    void groupNamesBecomeCategories();
    void namedGroupKeepsLaterGroupsInTheMeasures();
    void groupIntroducedOverItsTable();
};

void TestImportActions::closingParagraphIsNotAnActionItem()
{
    const Postmortem pm = importMarkdown(
        QStringLiteral("## Action Items\n- Add an alert on queue depth.\n- Document the failover.\n"
                       "By implementing both changes we expect quieter nights.\n"));
    QCOMPARE(pm.actionItems.size(), 2);
    QCOMPARE(pm.actionItems.first().text, QStringLiteral("Add an alert on queue depth."));
    QCOMPARE(pm.sections.size(), 1);
    QVERIFY(pm.sections.first().text.contains(QStringLiteral("By implementing")));
}

/// Items wrapped at the editor's margin read as the same items unwrapped: a link cut after
/// "[tracking" does not end the list ("Issue](…)" is no "Issue" label), and a second measure
/// that starts on a wrapped line ("… Additionally, we …") is split off as on one line.
void TestImportActions::wrappedItems()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Disk alarms\n\n## Action items\n\n- [x] Add a metric for disk errors\n- [ ] "
        "Send alert mail [tracking\n  Issue](https://example.org/issues/3)\n- [ ] Cull old "
        "nodes\n- Fixes: We now rotate the logs of every node each night to keep the disks\n"
        "  free. Additionally, we added a dashboard for disk use.\n"));
    QStringList texts;
    for (const ActionItem &a : pm.actionItems)
        texts.append(a.text);
    QCOMPARE(texts.size(), 5);
    QCOMPARE(texts.at(1),
             QStringLiteral("Send alert mail [tracking Issue](https://example.org/issues/3)"));
    QCOMPARE(texts.at(2), QStringLiteral("Cull old nodes"));
    QVERIFY(texts.at(4).startsWith(QLatin1String("Additionally, we added a dashboard")));
    QVERIFY(pm.summary.isEmpty());

    // A closing remark wrapped over two lines stays a remark, both its lines.
    const Postmortem remark = importMarkdown(QStringLiteral(
        "Corrective and Preventative Measures:\nTasks:\nRotate the relay logs every night.\n"
        "Alert when the relay disk is 80% full.\nBy taking these measures and keeping to the\n"
        "tasks, we keep mail flowing for everyone.\n"));
    QCOMPARE(remark.actionItems.size(), 2);
}

void TestImportActions::preventionIntroOpensMeasures()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "## Mitigation Steps Taken:\nSo that this does not happen again, we changed a few "
        "things:\n- Config changes now run through a linter.\n- Queue depth is now graphed.\n\n"
        "## Action Items:\n- Hold a review.\n"));
    QCOMPARE(pm.actionItems.size(), 3);
    // A list after an intro that announces no measures is not action items.
    const Postmortem checks = importMarkdown(QStringLiteral(
        "## Investigation\nWe checked the following:\n- the load balancer\n- the database\n"));
    QVERIFY(checks.actionItems.isEmpty());
}

void TestImportActions::numberedMeasuresWithSteps()
{
    const Postmortem pm = importMarkdown(
        QStringLiteral("## Corrective and preventative measures\nNightly backups automated by:\n\n"
                       "***1) Writing a backup script***\n\n***2) Updating the backup agent***\n"
                       "   - point it at the new bucket\n   - try a restore on staging\n\n"
                       "***3) Adding a systemd timer***\n   - run `systemctl enable`\n\n"
                       "Extra safety will be added with the following:\n\n- a checksum check\n"
                       "- a failure email\n"));
    QCOMPARE(pm.actionItems.size(), 5);
    QVERIFY(pm.actionItems.at(1).text.contains(QStringLiteral("try a restore on staging")));
    // Bullets with no numbered paragraph above them are items of their own.
    const Postmortem plain = importMarkdown(
        QStringLiteral("## Action items\nWe will do this:\n- one thing\n- another thing\n"));
    QCOMPARE(plain.actionItems.size(), 2);
}

void TestImportActions::measuresInProse()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "Corrective and Preventative Measures\nThe broken switch was already on the list for "
        "replacement. It is decided that switches will be swapped after 5 years. The failover "
        "and the rota worked as expected. A spare switch will be put in place by 06-11-18.\n"));
    QCOMPARE(pm.actionItems.size(), 2);
    QVERIFY(pm.actionItems.first().text.contains(QStringLiteral("worked as expected")));
    // One sentence per line stays one item per line; a rationale stays with its measure.
    const Postmortem lines = importMarkdown(QStringLiteral(
        "## Action Items\n\nAdd an alert on disk usage. This will catch it earlier.\n\n"
        "Write a runbook.\n"));
    QCOMPARE(lines.actionItems.size(), 2);
}

void TestImportActions::additionalMeasureInOneItem()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "## Corrective and Preventative Measures:\n- Improvements/Fixes: I have scheduled "
        "monthly key rotation. Additionally, I have added an expiry alarm.\n- Patch the "
        "config.\n"));
    QCOMPARE(pm.actionItems.size(), 3);
    const Postmortem one = importMarkdown(QStringLiteral(
        "## Action Items\n- Add an alert. Also document it in the runbook for on-call.\n"));
    QCOMPARE(one.actionItems.size(), 2);
    const Postmortem noSplit = importMarkdown(
        QStringLiteral("## Action Items\n- Add an alert. It also pages the on-call engineer.\n"));
    QCOMPARE(noSplit.actionItems.size(), 1);
}

void TestImportActions::actionItemTable()
{
    const QString text = QStringLiteral(
        "## Action Items\n\n| Action Item | Type | Owner | Bug |\n|---|---|---|---|\n"
        "| Write a rollback checklist | mitigate | okafor | n/a DONE |\n"
        "| Add a load-shedding switch | prevent | lindqvist | Bug 7731 TODO |\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(pm.actionItems.size(), 2);
    QCOMPARE(pm.actionItems.first().text,
             QStringLiteral("Write a rollback checklist (Bug: n/a DONE)"));
    QCOMPARE(pm.actionItems.first().owner, QStringLiteral("okafor"));
    QCOMPARE(pm.actionItems.first().category, QStringLiteral("mitigate"));
    QVERIFY(pm.actionItems.first().done);
    QVERIFY(!pm.actionItems.last().done);
    QVERIFY(missingLines(text, pm).isEmpty());
    // A table whose columns name nothing known: the first column is the text, the rest kept.
    const QString dueTable = QStringLiteral(
        "## Action Items\n\n| What | Due |\n|---|---|\n| Add alerts | 2024-03-01 |\n"
        "| Split the queue | 2024-04-02, after the freeze |\n");
    const Postmortem plain = importMarkdown(dueTable);
    QCOMPARE(plain.actionItems.first().due, QDate(2024, 3, 1));
    QVERIFY(plain.actionItems.first().owner.isEmpty());
    // A due cell that is only a date is the due field, not also "(Due: …)" in the text; one
    // that says more keeps its words.
    QCOMPARE(plain.actionItems.first().text, QStringLiteral("Add alerts"));
    QCOMPARE(plain.actionItems.last().due, QDate(2024, 4, 2));
    QCOMPARE(plain.actionItems.last().text,
             QStringLiteral("Split the queue (Due: 2024-04-02, after the freeze)"));
    QVERIFY(missingLines(dueTable, plain).isEmpty());
}

void TestImportActions::resolutionAndPrevention()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "## Remediation and prevention\n\nTo resolve the issue, the admin reinstalled the gateway. "
        "Take special care when editing the routing table.\n"));
    QCOMPARE(pm.resolution,
             QStringLiteral("To resolve the issue, the admin reinstalled the gateway."));
    QCOMPARE(pm.actionItems.size(), 1);
    QCOMPARE(pm.actionItems.first().text,
             QStringLiteral("Take special care when editing the routing table."));
}

void TestImportActions::resolutionStatesAMeasureToCome()
{
    // No measures section: the resolution's sentence on what "we" do so it does not happen
    // again is the action item, and it stays in the resolution.
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Mail relay down\n\n## Timeline\n\n- 10:00 relay stops\n- 10:40 relay back\n\n"
        "## Resolution\n\nThe relay came back by itself once its disk was freed. We now see "
        "normal queue lengths. We have started to watch its queue so that in the future we hear "
        "of it first.\n"));
    QCOMPARE(pm.actionItems.size(), 1);
    QVERIFY(pm.actionItems.first().text.startsWith(QLatin1String("We have started to watch")));
    QVERIFY(pm.resolution.contains(QLatin1String("watch its queue")));
    // What was done to that end is no measure to come.
    const Postmortem done = importMarkdown(QStringLiteral(
        "## Resolution\n\nWe reverted the change that had been meant to keep the relay from "
        "happening again.\n"));
    QVERIFY(done.actionItems.isEmpty());
    // With a measures section the resolution's sentences stay only there.
    const Postmortem listed = importMarkdown(QStringLiteral(
        "## Resolution\n\nGoing forward we rotate its logs daily.\n\n## Action items\n\n"
        "- Alert on disk use\n"));
    QCOMPARE(listed.actionItems.size(), 1);
}

void TestImportActions::outlineIndentedLevelUnderLevel()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "Outage report\n\nRoot Cause:\n\n    Cause:\n        A full disk on the build host.\n\n"
        "Corrective and Preventative Measures:\n\n    Improvements:\n"
        "        Add a disk usage alert\n        Rotate build logs nightly\n"));
    QVERIFY(pm.rootCause.contains(QStringLiteral("full disk")));
    QCOMPARE(pm.actionItems.size(), 2);
    QCOMPARE(pm.actionItems.at(0).category, QStringLiteral("improvement"));
}

void TestImportActions::itemFieldLinesJoinTheirItem()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Outage\n\n## Action items\n\nAudit the firewall rules\nDeadline: March 3, 2025\n"
        "Owner: Ana Ruiz\n\nWrite a runbook for the failover\nDeadline: March 9, 2025\n"));
    QCOMPARE(pm.actionItems.size(), 2);
    QCOMPARE(pm.actionItems.at(0).due, QDate(2025, 3, 3));
    QCOMPARE(pm.actionItems.at(0).owner, QStringLiteral("Ana Ruiz"));
    QVERIFY(pm.actionItems.at(0).text.contains(QStringLiteral("Deadline: March 3, 2025")));
}

void TestImportActions::closingSectionEndsTheMeasures()
{
    const Postmortem pm = importMarkdown(
        QStringLiteral("Outage report\n\nAction items:\n\nAdd a disk usage alert\n\nConclusion:\n\n"
                       "We learned a great deal from this and thank everyone who helped.\n"));
    QCOMPARE(pm.actionItems.size(), 1);
    bool found = false;
    for (const Section &sec : pm.sections)
        found = found
                || (sec.heading == QLatin1String("Conclusion")
                    && sec.text.contains(QStringLiteral("learned a great deal")));
    QVERIFY(found);
}

void TestImportActions::detailsOfFixAreMeasures()
{
    // Yearn's disclosure template: "Details of Fix" holds the fixes, as paragraphs or a list
    // after an intro line.
    const Postmortem paragraphs = importMarkdown(
        QStringLiteral("## Details of Incident\nA fee was rounded down.\n\n## Details of Fix\n"
                       "The fee is now rounded up.\n\nSmall withdrawals are rejected.\n"));
    QCOMPARE(paragraphs.actionItems.size(), 2);
    QCOMPARE(paragraphs.rootCause, QStringLiteral("A fee was rounded down."));
    const Postmortem list = importMarkdown(
        QStringLiteral("## Details of fix\nThe following fixes were made:\n\n1. Round the fee up\n"
                       "1. Reject small withdrawals\n1. Refund the treasury\n"));
    QCOMPARE(list.actionItems.size(), 3);
}

void TestImportActions::actionPointLines()
{
    // "Action point: …" lines among the lessons: each an action item with its wrapped line; the
    // lessons go on around them, and "Action item: none" is no item.
    const Postmortem pm = importMarkdown(
        QStringLiteral("# Failover drill\n\n## Lessons learned\nThe runbook was out of date.\n\n"
                       "Action point: update the runbook\n"
                       "for the new cluster.\n\nPaging worked well.\n\nAction item: none\n\n"
                       "Action point: rehearse a failover each quarter.\n"));
    QCOMPARE(pm.actionItems.size(), 2);
    QCOMPARE(pm.actionItems.first().text,
             QStringLiteral("update the runbook for the new cluster."));
    QCOMPARE(pm.sections.size(), 1);
    QVERIFY(pm.sections.first().text.contains(QLatin1String("Paging worked well.")));
    QVERIFY(pm.sections.first().text.contains(QLatin1String("Action item: none")));
}

void TestImportActions::announcedLessonsAreMeasures()
{
    // No measures section; the prose announces its lessons before a list, whose items say what
    // to do: those are the action items, each with its wrapped lines.
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Cache purge\n\n## Looking back\nWe purged the wrong cache.\n\n- The purge script "
        "takes a pattern.\n\nThe lessons we draw from this are the following:\n\n"
        "  - We need to make the purge script ask before it deletes more\n"
        "than a thousand keys.\n  - Purges should run from the runbook, not from memory.\n"));
    QCOMPARE(pm.actionItems.size(), 2);
    QCOMPARE(pm.actionItems.first().text,
             QStringLiteral("We need to make the purge script ask before it deletes more than "
                            "a thousand keys."));
    // The same list after a line that announces no lessons is no action items.
    const Postmortem plain = importMarkdown(QStringLiteral(
        "# Cache purge\n\n## Looking back\nWhat we noticed:\n\n  - We need to make the "
        "purge script ask first.\n"));
    QVERIFY(plain.actionItems.isEmpty());
}

void TestImportActions::pictureIsNoActionItem()
{
    // A picture (or, outside a list, a bare address) says no measure: it stays in the section.
    // A list item that is only a link to a ticket is an item.
    const QString text = QStringLiteral(
        "# Deploy outage\n\n## Preventive measures\n(https://img.example/prevent.png)\n\n"
        "Add a canary stage to deploys.\n\n![a chart](chart.png)\n\nhttps://wiki.example/"
        "deploys\n\n- Alert on the error rate.\n- https://tracker.example/DEP-12\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(pm.actionItems.size(), 3);
    QCOMPARE(pm.actionItems.first().text, QStringLiteral("Add a canary stage to deploys."));
    QCOMPARE(pm.actionItems.last().text, QStringLiteral("https://tracker.example/DEP-12"));
    QCOMPARE(pm.sections.size(), 1);
    QVERIFY(pm.sections.first().text.contains(QLatin1String("prevent.png")));
    QVERIFY(pm.sections.first().text.contains(QLatin1String("![a chart](chart.png)")));
    QVERIFY(missingLines(text, pm).isEmpty());
}

void TestImportActions::introParagraphLeadsIntoTheList()
{
    // The sentence before an intro line in its paragraph leads into the list with it; the whole
    // paragraph stays in the section, wrapped line included.
    const QString text = QStringLiteral(
        "# Outage\n\n## Corrective measures\nWe reviewed the outage over two days.\n"
        "These are the steps we are taking so\nthat it does not recur:\n- Add a canary stage.\n"
        "- Page the owner sooner.\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(pm.actionItems.size(), 2);
    QCOMPARE(pm.sections.size(), 1);
    QVERIFY(pm.sections.first().text.contains(QLatin1String("over two days.")));
    QVERIFY(pm.sections.first().text.contains(QLatin1String("so that it does not recur:")));
    QVERIFY(missingLines(text, pm).isEmpty());
    // A measure stated right before the list, with no intro line, is one of the measures.
    const Postmortem stated = importMarkdown(QStringLiteral(
        "# Outage\n\n## Corrective measures\nThe team added a test gate to every merge.\n"
        "- Add a canary stage.\n- Page the owner sooner.\n"));
    QCOMPARE(stated.actionItems.size(), 3);
}

void TestImportActions::todoListIsTheTasks()
{
    // The course template's list of tasks, headed "TODO list": a label, not a task.
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Outage\n\n## Corrective and preventative measures\nImprovements\n- Add alerting on "
        "the proxy.\n\nTODO list\n- Patch the proxy.\n- Rotate the keys.\n"));
    QCOMPARE(pm.actionItems.size(), 3);
    QCOMPARE(pm.actionItems.at(0).category, QStringLiteral("improvement"));
    QCOMPARE(pm.actionItems.at(1).text, QStringLiteral("Patch the proxy."));
    QCOMPARE(pm.actionItems.at(1).category, QStringLiteral("task"));
    // A note to self in an appendix is no task.
    const Postmortem note = importMarkdown(
        QStringLiteral("# Outage\n\n## Root cause\nA bad key.\n\n## Appendix\nTODO: send "
                       "the summary email\n"));
    QVERIFY(note.actionItems.isEmpty());
}

void TestImportActions::nestedBulletBelongsToItsItem()
{
    // A bullet under an action item is a note of that item; bullets under a group label are
    // items of their own.
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Outage\n\n## Action items\n- Build release 2.0.3\n  - it carries the driver patch\n"
        "- **Monitoring:**\n  - Alert on replica lag\n  - Alert on the error rate\n"
        "- Review the upgrade checklist\n"));
    QCOMPARE(pm.actionItems.size(), 4);
    QCOMPARE(pm.actionItems.first().text,
             QStringLiteral("Build release 2.0.3; it carries the driver patch"));
    QCOMPARE(pm.actionItems.at(1).text, QStringLiteral("Alert on replica lag"));
    QCOMPARE(pm.actionItems.last().text, QStringLiteral("Review the upgrade checklist"));
}

void TestImportActions::measuresGroupedByWhenTheyLand()
{
    // A remediation section split by when each measure lands: headings or bold labels naming
    // a horizon and a kind of measure ("Immediate actions", "Short-term improvements"), a
    // tracking link in the heading included. The remediation's own paragraph is the resolution.
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Cache outage\n\n## Remediation\n\nWe rolled the cache nodes back.\n\n"
        "### Immediate actions (done)\n\n- Pinned the cache version.\n- Raised the eviction "
        "alarm.\n\n### Short-term improvements ([tracking](https://example.org/issues/7))\n\n"
        "- **Canary:** Send one node's traffic to a new version first.\n\n"
        "- **Dashboards:** Chart evictions per node.\n\n### Long-term fixes (next quarter)\n\n"
        "- Replace the cache client.\n\n## Lessons learned\n\nWe learned to canary.\n"));
    QCOMPARE(pm.actionItems.size(), 5);
    QCOMPARE(pm.actionItems.first().text, QStringLiteral("Pinned the cache version."));
    QCOMPARE(pm.actionItems.last().text, QStringLiteral("Replace the cache client."));
    QVERIFY(pm.resolution.contains(QLatin1String("rolled the cache nodes back")));
    const Postmortem bold = importMarkdown(QStringLiteral(
        "# Relay outage\n\n## Resolving it\n\n**Immediate fixes:**\n\n- Doubled the nodes\n"
        "- Cleared old logs\n\n**Short-Term improvements:**\n\n- Alert on disk use\n\n"
        "## What went well\n\n- The team gathered fast\n"));
    QCOMPARE(bold.actionItems.size(), 3);
    // A heading that names a horizon and a topic is no list of measures.
    const Postmortem topic = importMarkdown(QStringLiteral(
        "# Release bug\n\n## Long term changes to our releases\n\nWe will think about betas.\n\n"
        "## Action items\n\n- Add a beta channel\n"));
    QCOMPARE(topic.actionItems.size(), 1);
    // A group the resolution names as done is what was done, not a measure to come.
    const Postmortem done = importMarkdown(QStringLiteral(
        "# Link down\n\n## Resolution\n\n**Immediate actions taken**:\n- Shut the flapping "
        "port\n- Moved traffic to the spare link\n\n**Recovery actions completed**:\n- Swapped "
        "the optic\n\n## Prevention\n\n- Keep spare optics on site\n"));
    QCOMPARE(done.actionItems.size(), 1);
    QCOMPARE(done.actionItems.first().text, QStringLiteral("Keep spare optics on site"));
    QVERIFY2(done.resolution.contains(QLatin1String("Swapped the optic")),
             qPrintable(done.resolution));
    // The same group as a sub-heading of the resolution.
    const Postmortem heading = importMarkdown(QStringLiteral(
        "# Link down\n\n## Resolution\n\n### Immediate fix applied:\n1. **Shut the flapping "
        "port**\n2. **Moved traffic to the spare link**\n\n## Prevention\n\n### Short-term:\n"
        "- Keep spare optics on site\n"));
    QCOMPARE(heading.actionItems.size(), 1);
    QVERIFY2(heading.resolution.contains(QLatin1String("spare link")),
             qPrintable(heading.resolution));
    // Named as still to be done, it is measures; a bold "Fix." opening an item is no label.
    const Postmortem toDo = importMarkdown(QStringLiteral(
        "# Link down\n\n## Resolution\n\nWe swapped the optic.\n\n**Action items to be "
        "completed**:\n- Keep spare optics\n- Alert on flapping\n\n## Action items\n\n- **Fix.** "
        "Replace the switch\n"));
    QCOMPARE(toDo.actionItems.size(), 3);
}

void TestImportActions::actionTableAmongSummaryFields()
{
    // The Google SRE template's "Action Item | Type | Owner | Bug" table right under the bold
    // summary fields, without a heading of its own: its rows are the action items, and the
    // field above keeps its text.
    const QString text = QStringLiteral(
        "# Broker halt\n\n**Date**: 2024-03-02\n**Summary**: The broker stopped taking messages.\n"
        "**Root Causes**: its disk filled with logs.\n\n"
        "| Action Item | Type | Owner | Bug |\n| --- | --- | --- | --- |\n"
        "| Alert on disk use | prevent | ops team | DONE |\n"
        "| Rotate broker logs daily | prevent | ops team | TODO |\n\n"
        "## Lessons Learned\n\n- The alerts helped.\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(pm.actionItems.size(), 2);
    QCOMPARE(pm.actionItems.first().owner, QStringLiteral("ops team"));
    QVERIFY(pm.actionItems.first().done);
    QCOMPARE(pm.rootCause, QStringLiteral("its disk filled with logs."));
    QVERIFY(missingLines(text, pm).isEmpty());
    // Another table there is no list of measures.
    const Postmortem other = importMarkdown(QStringLiteral(
        "# Broker halt\n\n**Summary**: it stopped.\n\n| Metric | Value |\n|---|---|\n"
        "| Messages lost | 0 |\n"));
    QVERIFY(other.actionItems.isEmpty());
}

void TestImportActions::labelledItemAfterTheLists()
{
    // In the measures, a paragraph labelled as one action item after the lists is one more
    // item; a plural label there still introduces a list.
    const Postmortem pm = importMarkdown(
        QStringLiteral("# Outage\n\n## Immediate actions\n\n- Reverted the release\n\n"
                       "**Action item:** Declare incidents sooner. Owner: Dana\n\n"
                       "**Action items:**\n\n- Add a canary\n"));
    QCOMPARE(pm.actionItems.size(), 3);
    QCOMPARE(pm.actionItems.at(1).text, QStringLiteral("Declare incidents sooner. Owner: Dana"));
}

void TestImportActions::paragraphThatPreventsARepeat()
{
    // No measures section: a closing paragraph that opens by saying it keeps the incident from
    // happening again states the measures, one per "Also …" sentence; the section stays.
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Slow API\n\n## Post mortem\n\nThe database ran out of memory under load.\n\n"
        "To make sure this cannot happen again we have added alerts on memory use. Also the "
        "connection pool now has an upper bound.\n"));
    QCOMPARE(pm.actionItems.size(), 2);
    QVERIFY(pm.actionItems.last().text.startsWith(QLatin1String("Also the connection pool")));
    QVERIFY(pm.sections.first().text.contains(QLatin1String("upper bound")));
    // An intro to a list, or a measures section elsewhere, leaves it alone.
    const Postmortem named = importMarkdown(QStringLiteral(
        "# Slow API\n\n## Post mortem\n\nTo prevent this in the future we added alerts.\n\n"
        "## Action items\n\n- Bound the pool\n"));
    QCOMPARE(named.actionItems.size(), 1);
}

void TestImportActions::futureWorkSections()
{
    // A report that closes with the work ahead, the way papers do ("Future work", "Looking
    // forward"): its list is the action items, a label over sub-bullets being one item.
    const Postmortem work = importMarkdown(
        QStringLiteral("# Cache outage\n\n## Summary\nThe cache fell over.\n\n## Future Work\n"
                       "1. Add a second cache node\n2. Test failover every quarter\n"));
    QCOMPARE(work.actionItems.size(), 2);
    QCOMPARE(work.actionItems.at(1).text, QStringLiteral("Test failover every quarter"));
    const Postmortem ahead = importMarkdown(
        QStringLiteral("# Cache outage\n\n## Looking forward\n\nWe will work on these areas:\n\n"
                       "1. **Failover drills**\n   - Run a failover drill each quarter.\n\n"
                       "2. **Capacity**\n   - Size the cache for twice the peak.\n"));
    QCOMPARE(ahead.actionItems.size(), 2);
    // Named by the measures' own words, joined to another name.
    for (const char *name : {"Future mitigations and product improvements", "Future Solutions"})
        QCOMPARE(importMarkdown(QStringLiteral("# Cache outage\n\n## %1\n\n- Page on cache "
                                               "eviction rate\n- Run a failover drill\n")
                                    .arg(QLatin1String(name)))
                     .actionItems.size(),
                 2);
    // Plans told as a status paragraph stay text.
    const Postmortem status = importMarkdown(QStringLiteral(
        "# Cache outage\n\n## Current status and future plans\n\nThe cache is healthy.\n"));
    QVERIFY(status.actionItems.isEmpty());
}

void TestImportActions::identifiedProblemsAreNoMeasures()
{
    // Under "Future work", the problems found are listed apart from the plan: they say what
    // went wrong (the root cause when no other section gives it), the plan what will be done.
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Gateway outage\n\n## Future work\n\n### Identified problems\n\n"
        "- The gateway has no standby.\n- Console access depends on the gateway itself.\n\n"
        "### Improvement plan\n\n- Add a standby gateway.\n"));
    QCOMPARE(pm.actionItems.size(), 1);
    QVERIFY(pm.rootCause.contains(QLatin1String("no standby")));
}

/// Measures asked for as a question ("What are we doing to prevent it from happening again?"),
/// listed as indented lines in the progressive without markers, then a remark in prose: each
/// line is one item, the remark stays text.
void TestImportActions::progressiveMeasuresUnderAQuestion()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Login outage\n\nWhat happened?\n\nLogins failed for 20 minutes.\n\nWhat are we "
        "doing to prevent it from happening again?\n\nWe are taking these steps:\n\n"
        "    Replacing the expired signing key with one that renews itself\n"
        "    Adding an alert a week before any key expires\n"
        "    Reviewing which other keys were created by hand\n\n"
        "We are sorry for the trouble. Nobody enjoys a morning without logins.\n"));
    QCOMPARE(pm.actionItems.size(), 3);
    QCOMPARE(pm.actionItems.at(1).text,
             QStringLiteral("Adding an alert a week before any key expires"));
    QVERIFY(!pm.sections.isEmpty());
    QVERIFY(pm.sections.first().text.contains(QLatin1String("Nobody enjoys")));
    // The same question in the passive, or a bold label in the past.
    for (const char *heading : {"## What is being done about this?", "**What has been done**"}) {
        const Postmortem passive
            = importMarkdown(QStringLiteral("# Login outage\n\nLogins failed for 20 minutes.\n\n")
                             + QString::fromLatin1(heading)
                             + QStringLiteral("\n\n1. Renew the signing key automatically\n"
                                              "2. Alert a week before any key expires\n"));
        QCOMPARE(passive.actionItems.size(), 2);
    }
    // Lines that go on with one sentence stay one item.
    const Postmortem wrapped = importMarkdown(
        QStringLiteral("# Login outage\n\n## Action items\n\nAdd an alert a week before any key\n"
                       "expires and page the owner\n"));
    QCOMPARE(wrapped.actionItems.size(), 1);
}

/// A heading that joins the lessons to the measures ("Lessons learned and future improvements")
/// names the measures: its lines are the action items, one a line.
void TestImportActions::lessonsJoinedToTheMeasures()
{
    for (const char *heading : {"Lessons Learned and Future Improvements", "Takeaways & next steps",
                                "What went wrong and action items"}) {
        const Postmortem pm = importMarkdown(
            QStringLiteral("# Cache outage\n\n## Summary\n\nThe cache refused writes for an "
                           "hour.\n\n## %1\n\nAdd a disk alert at 80 percent.\nMove the "
                           "snapshots to their own volume.\nWrite a runbook for a full disk.\n")
                .arg(QLatin1String(heading)));
        QCOMPARE(pm.actionItems.size(), 3);
        QCOMPARE(pm.actionItems.at(1).text,
                 QStringLiteral("Move the snapshots to their own volume."));
    }
    // Lessons joined to something else stay a section of their own.
    const Postmortem lessons = importMarkdown(QStringLiteral(
        "# Cache outage\n\n## Action items\n\n- Add a disk alert\n\n## Lessons learned and "
        "surprises\n\nDisks fill faster than we thought.\n"));
    QCOMPARE(lessons.actionItems.size(), 1);
}

/// Numbered sub-headings under the measures ("#### 1) Cron cleanup scheduled") are one action
/// item each; the paragraphs under them stay in the section. "Resulting actions" names the
/// measures, as corrective-action processes call them.
void TestImportActions::numberedSubHeadingsAreMeasures()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Disk full\n\n## Timeline\n\n- 10:00 UTC alerts fire\n- 10:30 UTC disk cleaned\n\n"
        "# Resulting Actions\n\n#### 1) Archive cleanup job `@ana`\n\nA nightly job removes "
        "archives older than a week.\n\n#### 2) Disk alerts `@ben`\n\nAlerts fire at 90 "
        "percent.\n\n#### 3) Runbook written\n\nThe on-call wiki has the steps.\n"));
    QCOMPARE(pm.actionItems.size(), 3);
    QVERIFY(pm.actionItems.at(1).text.contains(QLatin1String("Disk alerts")));
    bool detailKept = false;
    for (const Section &s : pm.sections)
        detailKept = detailKept || s.text.contains(QLatin1String("nightly job removes"));
    QVERIFY(detailKept);

    // Over a list, a numbered sub-heading names a group: its bullets are the measures.
    const Postmortem groups = importMarkdown(QStringLiteral(
        "# Disk full\n\n## Corrective actions\n\n### 1. Short term (done)\n\n- Clean the "
        "archive folder\n- Alert at 90 percent\n\n### 2. Long term\n\n- Move archives to "
        "object storage\n"));
    QCOMPARE(groups.actionItems.size(), 3);
    QCOMPARE(groups.actionItems.at(2).text, QStringLiteral("Move archives to object storage"));
}

/// "Actions" alone heads the measures, as two teams' report templates name them; the
/// actions taken during the incident are no measures.
void TestImportActions::bareActionsHeadingNamesMeasures()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Queue stall\n\n## Summary\n\nThe mail queue stopped at 10:00 UTC.\n\n## Actions\n\n"
        "- Alert when the queue holds more than a thousand messages.\n- Move the filter out of "
        "the mail path.\n\n## Appendix\n\nGraphs.\n"));
    QCOMPARE(pm.actionItems.size(), 2);
    QVERIFY(pm.actionItems.at(1).text.startsWith(QLatin1String("Move the filter")));
    const Postmortem taken = importMarkdown(
        QStringLiteral("# Queue stall\n\n## Summary\n\nThe mail queue stopped at 10:00 UTC.\n\n"
                       "## Actions taken\n\n- Restarted the filter.\n- Drained the queue.\n"));
    QVERIFY(taken.actionItems.isEmpty());
}

void TestImportActions::measuresHeadedAsQuestionsOrOpenWork_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<int>("items");
    QTest::newRow("question") << QStringLiteral("## What could be done to avoid a repeat?") << 2;
    QTest::newRow("what can we do") << QStringLiteral("## What can we do to prevent it?") << 2;
    QTest::newRow("our next steps") << QStringLiteral("## Our Next Steps") << 2;
    QTest::newRow("leftover tasks") << QStringLiteral("Leftover tasks:") << 2;
    QTest::newRow("remaining work") << QStringLiteral("### Remaining work") << 2;
    // Held-out set 40: the incident's question, who does the work, the aim, the state.
    QTest::newRow("be prevented") << QStringLiteral("## How could this be prevented") << 2;
    QTest::newRow("who is doing") << QStringLiteral("## What is our vendor doing about it?") << 2;
    QTest::newRow("lowering risk") << QStringLiteral("## Reducing risks in the future") << 2;
    QTest::newRow("in progress") << QStringLiteral("## Actions in progress") << 2;
    QTest::newRow("one word before") << QStringLiteral("## Suggested improvements") << 2;
    // Not the work ahead: what was done, and a question about the past.
    QTest::newRow("what could have gone better")
        << QStringLiteral("## What could have gone better?") << 0;
    QTest::newRow("open questions") << QStringLiteral("## Open questions") << 0;
}

void TestImportActions::measuresHeadedAsQuestionsOrOpenWork()
{
    QFETCH(QString, heading);
    QFETCH(int, items);
    const Postmortem pm = importMarkdown(
        QStringLiteral("# Image outage\n\n## Cause\n\nThe image vendor's region went "
                       "offline.\n\n%1\n\n- Fail over to a second vendor region.\n"
                       "- Alert when transformations fail.\n")
            .arg(heading));
    QCOMPARE(pm.actionItems.size(), items);
}

/// The template's empty row under an action-item table's header states no measure.
void TestImportActions::emptyTemplateRowIsNoItem()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Outage\n\n## Action Items\n\n| Description | Type | Owner | Issue # |\n"
        "| --- | --- | --- | --- |\n| | | | |\n\n## Lessons Learned\n\nNone yet.\n"));
    QVERIFY(pm.actionItems.isEmpty());
}

/// A sub-heading of the measures names one measure when what is under it describes it (a
/// paragraph, then code, a list or more paragraphs) or when it reads as a measure itself; over
/// a single paragraph that states the measure it names a group. The descriptions stay in the
/// section, lists included.
void TestImportActions::subHeadingsThatNameMeasures()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Guest access leak\n\n## Corrective actions\n\n### Caller check\n\n"
        "We added a check that refuses callers without an id.\n\n```js\nrefuse(caller);\n```\n\n"
        "The check covers these entry points:\n\n- `SEARCH_QUERY`\n- `EXPORT_QUERY`\n\n"
        "### Remove the guest account\n\nWhile harmless on its own, the shared guest account "
        "makes every login path harder to reason about.\n\n"
        "### Team\n\nRotate the on-call list every week.\n"));
    QStringList texts;
    for (const ActionItem &a : pm.actionItems)
        texts.append(a.text);
    QCOMPARE(texts, QStringList({QStringLiteral("Caller check"),
                                 QStringLiteral("Remove the guest account"),
                                 QStringLiteral("Rotate the on-call list every week.")}));
    QString kept;
    for (const Section &sec : pm.sections)
        kept += sec.text;
    QVERIFY2(kept.contains(QLatin1String("refuse(caller);")), qPrintable(kept));
    QVERIFY2(kept.contains(QLatin1String("`EXPORT_QUERY`")), qPrintable(kept));
    QVERIFY2(kept.contains(QLatin1String("shared guest account")), qPrintable(kept));
}

void TestImportActions::remediationOfItemsIsTheMeasures()
{
    // A "Remediation" table of actions with their status is the follow-up work.
    const Postmortem table = importMarkdown(QStringLiteral(
        "# Cache outage\n\n## Root cause\nThe cache size setting was read in bytes.\n\n"
        "## Remediation\n\n| # | Action | Status |\n|---|---|---|\n"
        "| 1 | Validate the cache size unit in CI | Done |\n"
        "| 2 | Alert when the hit rate falls below 50% | Planned |\n"
        "| 3 | Document the setting's unit | Planned |\n"));
    QCOMPARE(table.actionItems.size(), 3);
    QVERIFY(table.resolution.isEmpty());
    // Told as prose, the remediation is how the incident was fixed.
    const Postmortem prose = importMarkdown(QStringLiteral(
        "# Cache outage\n\n## Root cause\nThe cache size setting was read in bytes.\n\n"
        "## Remediation\n\nWe set the size in megabytes and restarted the cache nodes. Hit "
        "rates were back within ten minutes.\n"));
    QVERIFY(prose.actionItems.isEmpty());
    QVERIFY(prose.resolution.contains(QLatin1String("restarted the cache nodes")));
    // A note in parentheses qualifies the heading ("Remediation (action items)"), and items
    // wrapped at the margin are still items, not prose between them.
    const QString noted = QStringLiteral(
        "# Cache outage\n\n## Root cause\nThe cache size setting was read in bytes.\n\n"
        "## Remediation (action items)\n\n"
        "- [x] **Validate the unit** - the size setting is now checked in CI before any\n"
        "      deploy, and a value without its unit fails the pipeline with a message.\n"
        "- [ ] **Alert on hit rate** - page the cache owners when the hit rate falls below\n"
        "      half for ten minutes, on every cluster and in both regions we run.\n"
        "- [ ] **Document the setting** - the runbook names the unit and the default, with\n"
        "      an example of each form the parser accepts and rejects, for new joiners.\n");
    const Postmortem withNote = importMarkdown(noted);
    QCOMPARE(withNote.actionItems.size(), 3);
    QVERIFY(withNote.resolution.isEmpty());
    QVERIFY(withNote.actionItems.at(1).text.endsWith(QLatin1String("in both regions we run.")));
    QVERIFY(withNote.actionItems.at(0).done);
}

void TestImportActions::recommendationsAreMeasures()
{
    // "Recommendations" closing a report lists what should change, as investigation reports
    // and several teams' incident reports close; an "N/A" under it says there is none.
    const Postmortem listed = importMarkdown(
        QStringLiteral("# Queue outage\n\n## Summary\nThe queue stalled.\n\n## Recommendations\n\n"
                       "We suggest the following to the platform team:\n\n- Alert on consumer lag\n"
                       "- Cap the retry rate per partner\n"));
    QCOMPARE(listed.actionItems.size(), 2);
    QCOMPARE(listed.actionItems.at(1).text, QStringLiteral("Cap the retry rate per partner"));
    const Postmortem none = importMarkdown(
        QStringLiteral("# Queue outage\n\n## Action items\n\n- Alert on consumer lag\n\n"
                       "## Recommendations:\n\n* N/A\n"));
    QCOMPARE(none.actionItems.size(), 1);
    bool kept = false;
    for (const Section &sec : none.sections)
        kept = kept || sec.text.contains(QStringLiteral("N/A"));
    QVERIFY(kept); // kept as text, not dropped
}

void TestImportActions::whatWeLearnedListsMeasures()
{
    // "What we learned" is the lessons told in the first person: with no measures section,
    // its items that say what to do are the measures ("Make sure" as "Ensure").
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Expired domain\n\n## What happened\nThe domain lapsed.\n\n"
        "## Here\u2019s what I learned\n\n1. Make sure the registrar can reach you.\n\n"
        "2. Enable automatic renewal.\n\n3. The registrar was slow to answer.\n"));
    QCOMPARE(pm.actionItems.size(), 2);
    QCOMPARE(pm.actionItems.first().text, QStringLiteral("Make sure the registrar can reach you."));
    // "Proactive measures" name the measures as "preventive measures" do.
    const Postmortem proactive = importMarkdown(QStringLiteral(
        "# Bad release\n\n## The cause\nA permission was wrong.\n\n## Proactive measures\n\n"
        "- Review permissions before each release\n"));
    QCOMPARE(proactive.actionItems.size(), 1);
}

void TestImportActions::remediationGroupedUnderSubHeadings()
{
    // Sub-headings that are no part's name ("Wallet", "Docs") group a remediation's task
    // list; each checked box is an item done (GFM spec, "Task list items").
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Signing failures\n\n## Root cause\nThe wallet used the wrong key type.\n\n"
        "## Remediation\n\n### Wallet\n* [x] Derive the key type from the chain config\n\n"
        "### Docs\n* [ ] Write down every chain config field\n"
        "* [X] Publish this postmortem\n\n## Appendix\nLogs on request.\n"));
    QCOMPARE(pm.actionItems.size(), 3);
    QVERIFY(pm.actionItems.at(0).done);
    QVERIFY(!pm.actionItems.at(1).done);
    QVERIFY(pm.actionItems.at(2).done);
    QCOMPARE(pm.actionItems.at(1).text, QStringLiteral("Write down every chain config field"));
    QVERIFY(pm.resolution.isEmpty());
    // A sub-heading that names a part of its own is read as named.
    const Postmortem named = importMarkdown(QStringLiteral(
        "# Signing failures\n\n## Remediation\n\nWe re-signed the stuck transactions.\n\n"
        "### Action items\n- Add a signing canary\n"));
    QCOMPARE(named.actionItems.size(), 1);
    QVERIFY(named.resolution.contains(QLatin1String("re-signed")));
}

void TestImportActions::movingForwardClosesWithAnApology()
{
    // "Moving forward" heads the work ahead as "Looking forward" does; the apology that
    // closes it is no measure.
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Proxy outage\n\n## What happened\nOur edge proxy failed.\n\n## Moving Forward\n\n"
        "- Evaluate a second edge provider\n- Move the status page off the same network\n\n"
        "We sincerely apologize for the disruption and thank you for your patience.\n"));
    QCOMPARE(pm.actionItems.size(), 2);
    QCOMPARE(pm.actionItems.at(1).text,
             QStringLiteral("Move the status page off the same network"));
    // A paragraph wholly in parentheses is an aside about the list, not an item.
    const Postmortem aside = importMarkdown(
        QStringLiteral("# DNS outage\n\n## Action Items\n\n(Other teams track their own "
                       "items; ours are below.)\n\n  - Lower TTLs before risky changes\n"
                       "  - Keep rollback access on call\n"));
    QCOMPARE(aside.actionItems.size(), 2);
    QCOMPARE(aside.actionItems.first().text, QStringLiteral("Lower TTLs before risky changes"));
    bool kept = false;
    for (const Section &sec : pm.sections)
        kept = kept || sec.text.contains(QLatin1String("apologize"));
    QVERIFY(kept);
}

void TestImportActions::postmortemActionItemsTrackedByTicket()
{
    // "Postmortem Action Items" names the measures; the template's placeholder left under
    // it is no item; with no column named for the text, the item is the first column that
    // is no field of it (the ticket stays in the text).
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Signer outage\n\n# Postmortem Action Items\n\n*\\<What will we do so this does not "
        "happen again?\\>*\n\n| Jira Ticket | Context / Reason |\n| :---- | :---- |\n"
        "| [SIG-12] | Alert when a signer fails to start |\n| | Page the owners after hours |\n"));
    QCOMPARE(pm.actionItems.size(), 2);
    QCOMPARE(pm.actionItems.at(0).text,
             QStringLiteral("Alert when a signer fails to start (Jira Ticket: [SIG-12])"));
    QCOMPARE(pm.actionItems.at(1).text, QStringLiteral("Page the owners after hours"));
}

void TestImportActions::slashJoinedRemediationAndFutureWork()
{
    // "Remediation / Future Work" joins the fix to the work ahead: its list is the measures,
    // with the reviewer's comments between the items left out of them.
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Review: search outage\n\n## Incident overview\nSearch was down for an hour.\n\n"
        "## Remediation / Future Work\n\n* Test index rebuilds against a copy first\n\n"
        "A sensible first step.\n\n* Page the search owners on rebuild failures\n"));
    QCOMPARE(pm.actionItems.size(), 2);
    QCOMPARE(pm.actionItems.at(1).text,
             QStringLiteral("Page the search owners on rebuild failures"));
    // A slash between two names of which neither is the measures joins nothing.
    const Postmortem other = importMarkdown(
        QStringLiteral("# Review\n\n## Updates / Postmortem\n\n* Status page updated twice\n"));
    QVERIFY(other.actionItems.isEmpty());
}

void TestImportActions::questionHeadingsOverProseMeasures()
{
    // Blog postmortems ask "What are we going to do about it?" or "How are we improving …"
    // and answer in paragraphs: each is a measure; the apology and the sign-off are not.
    const QString text
        = QStringLiteral("# Build queue outage\n\nBuilds stalled on Saturday.\n\n### %1\n\n"
                         "We are adding exponential back-off to the API client.\n\n"
                         "We'll also move request handling into a service of its own.\n\n"
                         "Sorry for the lost builds.\n\nLove, the build team!\n");
    for (const char *heading :
         {"What are we going to do about it?", "How are we improving the situation"}) {
        const Postmortem pm = importMarkdown(text.arg(QLatin1String(heading)));
        QCOMPARE(pm.actionItems.size(), 2);
        QCOMPARE(pm.actionItems.at(0).text,
                 QStringLiteral("We are adding exponential back-off to the API client."));
    }
}

void TestImportActions::groupNamesBecomeCategories()
{
    // Issue 16, point 3: a group's name over its items (a sub-heading, a bold line, a label
    // with a colon) is their category, not a line left over in a kept section; a group named
    // "Completed" holds items already done; an intro sentence names no group.
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Wallet outage\n\n## Summary\n\nTransfers failed for an hour.\n\n"
        "## Remediation\n\n### Changes in the signing library\n\n- [x] Pin the library "
        "version\n- [ ] Add a canary for signatures\n\n### 2. Engineering\n\n- [ ] Alert "
        "on transfer errors\n\n## Action items\n\n**Process**\n\n- Review upgrades in "
        "pairs\n\n**Completed ✅**\n\n- Rotate the signing keys\n\nWe will also do the "
        "following:\n\n- Write a runbook\n"));
    QCOMPARE(pm.actionItems.size(), 6);
    const QStringList categories = {QStringLiteral("Changes in the signing library"),
                                    QStringLiteral("Changes in the signing library"),
                                    QStringLiteral("Engineering"),
                                    QStringLiteral("Process"),
                                    QStringLiteral("task"),
                                    QStringLiteral("task")};
    for (int k = 0; k < categories.size(); ++k)
        QCOMPARE(pm.actionItems.at(k).category, categories.at(k));
    QVERIFY(pm.actionItems.at(0).done);
    QVERIFY(!pm.actionItems.at(1).done);
    QVERIFY(pm.actionItems.at(4).done);  // under "Completed ✅"
    QVERIFY(!pm.actionItems.at(5).done); // the intro ends that group
    for (const Section &sec : pm.sections) {
        QVERIFY2(!sec.text.contains(QLatin1String("Engineering")), qPrintable(sec.text));
        QVERIFY2(!sec.text.contains(QLatin1String("**Process**")), qPrintable(sec.text));
    }
}

/// A list item opening with a check mark is done, the mark left out of its words; follow-ups of a
/// kind, the French pair "actions correctives et préventives" and a heading in another language
/// glossed in English all head the measures.
void TestImportActions::checkMarksAndGlossedHeadings()
{
    const Postmortem marked = importMarkdown(
        QStringLiteral("# Queue stall\n\n## Hardening followups\n\n- \u2705 Alert on consumer lag\n"
                       "- \u2714\uFE0F Pin the broker version\n- Write the failover runbook\n"));
    QCOMPARE(marked.actionItems.size(), 3);
    QCOMPARE(marked.actionItems.at(0).text, QStringLiteral("Alert on consumer lag"));
    QVERIFY(marked.actionItems.at(0).done);
    QCOMPARE(marked.actionItems.at(1).text, QStringLiteral("Pin the broker version"));
    QVERIFY(marked.actionItems.at(1).done);
    QVERIFY(!marked.actionItems.at(2).done);

    for (const QString &heading : {QStringLiteral("4. Actions correctives & prévention"),
                                   QStringLiteral("Actions correctives et préventives")}) {
        const Postmortem french = importMarkdown(
            QStringLiteral("# Panne du stockage\n\n## %1\n\n- Ajouter une alerte sur le disque\n"
                           "- Tester la restauration chaque mois\n")
                .arg(heading));
        QCOMPARE(french.actionItems.size(), 2);
    }

    const Postmortem glossed = importMarkdown(
        QStringLiteral("# Výpadek API\n\n## Příčina (Root Cause)\n\nVypršel certifikát brány.\n\n"
                       "## Preventivní opatření (Action Items)\n\n- Hlídat platnost certifikátů\n"
                       "- Obnovovat certifikáty automaticky\n"));
    QCOMPARE(glossed.actionItems.size(), 2);
    QVERIFY(glossed.rootCause.contains(QStringLiteral("certifikát")));
    // One follow-up, or follow-ups beside something else, is no list of measures.
    for (const char *heading : {"Customer follow-up", "Questions and follow-ups"}) {
        const Postmortem other = importMarkdown(
            QStringLiteral("# Relay down\n\n## %1\n\n- The relay restarted cleanly\n")
                .arg(QLatin1String(heading)));
        QVERIFY2(other.actionItems.isEmpty(), heading);
    }
}

/// A named group of the measures ("### Immediate actions" under "## Preventive measures") keeps
/// the measures open for the groups after it at its level, named or not; a closing section
/// still ends them. A group that holds only "None." keeps its name with that text.
void TestImportActions::namedGroupKeepsLaterGroupsInTheMeasures()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Build outage\n\n## Preventive measures\n\n### Immediate actions\n\n1. Pin the "
        "runner image\n\n### Recommended long-term actions\n\n1. **Validate the pipeline "
        "file**\n   - Lint it before merge\n2. **Watch the queue**\n\n### Tooling\n\n- Alert "
        "on stuck jobs\n\n### Process\n\nNone.\n\n## Appendix\n\nThe runner logs are kept for a "
        "month.\n"));
    QCOMPARE(pm.actionItems.size(), 4);
    QCOMPARE(pm.actionItems.at(1).category, QStringLiteral("Recommended long-term actions"));
    QCOMPARE(pm.actionItems.at(3).category, QStringLiteral("Tooling"));
    QCOMPARE(pm.actionItems.at(3).text, QStringLiteral("Alert on stuck jobs"));
    bool keptEmptyGroup = false;
    for (const Section &sec : pm.sections) {
        QVERIFY2(!sec.text.contains(QLatin1String("Watch the queue")), qPrintable(sec.text));
        keptEmptyGroup = keptEmptyGroup || sec.text.contains(QLatin1String("Process\n\nNone."));
    }
    QVERIFY(keptEmptyGroup);
}

/// A group's name over a sentence that introduces its table ("Work found but not done:"): the
/// rows are the group's measures, not the explanation of one measure the name states; a "#"
/// column numbers them and an "Improvement" column holds their text.
void TestImportActions::groupIntroducedOverItsTable()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Disk outage\n\n## Action items\n\n| # | Action | Status |\n| --- | --- | --- |\n"
        "| 1 | Add a disk alarm at 80% | done |\n\n### Future improvements\n\nWork found but "
        "not done during the response:\n\n| # | Improvement |\n| --- | --- |\n"
        "| 1 | Move the database to a managed service |\n| 2 | Write a recovery runbook |\n\n"
        "## Lessons learned\n\n- Small disks fill fast.\n"));
    QCOMPARE(pm.actionItems.size(), 3);
    QCOMPARE(pm.actionItems.at(1).category, QStringLiteral("Future improvements"));
    QVERIFY2(pm.actionItems.at(1).text.startsWith(QLatin1String("Move the database")),
             qPrintable(pm.actionItems.at(1).text));
    QVERIFY2(pm.actionItems.at(2).text.startsWith(QLatin1String("Write a recovery runbook")),
             qPrintable(pm.actionItems.at(2).text));
}

void TestImportActions::ownerAndDueInTheItemsWords()
{
    // Owner and due date told in the item fill its columns; the words stay as written.
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Double charges\n\nOn 14 January 2025 some renewals were charged twice.\n\n"
        "## Follow-up\n\n1. Renata will add a contract test for retries, by January 31.\n"
        "2. Cap the retry rate (@kim, by 2025-02-10)\n3. Write the runbook (owner: TBD)\n"));
    QCOMPARE(pm.actionItems.size(), 3);
    QCOMPARE(pm.actionItems.at(0).owner, QStringLiteral("Renata"));
    QCOMPARE(pm.actionItems.at(0).due, QDate(2025, 1, 31));
    QVERIFY(pm.actionItems.at(0).text.contains(QLatin1String("by January 31")));
    QCOMPARE(pm.actionItems.at(1).owner, QStringLiteral("@kim"));
    QCOMPARE(pm.actionItems.at(1).due, QDate(2025, 2, 10));
    QVERIFY(pm.actionItems.at(2).owner.isEmpty()); // a placeholder names no one
}

QTEST_GUILESS_MAIN(TestImportActions)
#include "tst_importactions.moc"
