// Importer (importer.h): how a document's structure maps onto the postmortem's fields — headings
// in Markdown, HTML, wiki and numbered-list form, front matter and bylines, summaries and
// narratives, several incidents in one file. Where the root cause is read: tst_importrootcause.
#include "core/importer.h"
#include "importcheck.h"

#include <QTest>

using namespace Hindsight;
using namespace HindsightTest;

class TestImportSections : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wrappedLineIsNoLabel();
    void numberedTitleWithColon();
    void boldLinesTitleTheParts();
    void plainLinesTitleTheParts();
    void summaryOfEvents();
    void boldLabelsInAnIndentedOutline();
    void headingRepeatsTheFrontMattersTitle();
    void setextUnderlinesAreMarkup();
    void reportTitleNamesTheIncident();
    void htmlPage();
    void sectionsNumberedAsAList();
    void wikiHeadings();
    void narrativeDocument();
    void severalIncidents();
    void trailingRuleLeavesThePart();
    void frontMatterFillsFields();
    void frontMatterSummaryWhenTheBodyHasNone();
    void unclosedFrontMatterEndsAtMarkdown();
    void tomlFrontMatter();
    void yamlCommentsStayInTheFrontMatter();
    void bylineGivesAuthors();
    void sameSectionNeverTwice();
    void tableHeaderReadWithItsRows();
    void admonitionFencesAreMarkup();
    void titleHeadsTheDocument();
    void mdxModuleStatementsAreCode();
    void sectionsInTheShippedLanguages();
    void headingAttributes();
    void chronologyOfEvents();
    void labelsNormalised_data();
    void labelsNormalised();
    void partNamedAsDoneIsTheResolution();
};

void TestImportSections::wrappedLineIsNoLabel()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Queue stall\n\n## Timeline\n\n- 09:10 UTC: The on-call engineer named the bad "
        "flag as the root\n  cause, and corrective measures began.\n- 09:40 UTC: Service "
        "restored.\n\n## Action items\n\n- Validate flags before rollout\n"));
    QCOMPARE(pm.timeline.size(), 2);
    QVERIFY(pm.timeline.first().text.contains(QLatin1String("corrective measures began")));
    QCOMPARE(pm.timeline.last().at.time, QTime(9, 40));
    QCOMPARE(pm.actionItems.size(), 1);
}

/// "## 2. Root cause:" names the root cause as "## Root cause:" does.
void TestImportSections::numberedTitleWithColon()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "## 1. Summary:\nThe search index went stale.\n\n## 2. Root cause:\nA cron job "
        "stopped.\n\n## 3. Preventative measures:\n- Alert on index age\n- Own the cron "
        "job\n"));
    QCOMPARE(pm.rootCause, QStringLiteral("A cron job stopped."));
    QCOMPARE(pm.actionItems.size(), 2);
    QVERIFY(pm.sections.isEmpty());
}

/// A write-up titling its parts with bold lines instead of headings: a bold line that names
/// no part opens a section of its own, as an unknown heading would, so the lessons after the
/// root cause are no part of it, and their list of what to do is read as the measures.
void TestImportSections::boldLinesTitleTheParts()
{
    const QString text = QStringLiteral(
        "# Mail delay\n\n**Summary**\n\nOutgoing mail waited for an hour.\n\n**Root "
        "cause**\n\nThe relay's disk was full.\n\n**Lessons learned**\n\n- Add an alert "
        "on the relay's disk.\n- Rotate the relay's logs daily.\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(pm.rootCause, QStringLiteral("The relay's disk was full."));
    QCOMPARE(pm.sections.size(), 1);
    QCOMPARE(pm.sections.first().heading, QStringLiteral("Lessons learned"));
    QCOMPARE(pm.actionItems.size(), 2);
    // Under a heading structure the same bold line is a label inside the root cause.
    QString headed = text;
    headed.replace(QStringLiteral("**Root cause**"), QStringLiteral("## Root cause"));
    QVERIFY(importMarkdown(headed).rootCause.contains(QLatin1String("Lessons learned")));
}

/// A plain-text write-up titles its parts with lines of their own ("Root cause", "How I fixed
/// it?"): a retrospective's part after them opens a section of its own as it does after bold
/// or colon titles, and an unknown short line stays prose.
void TestImportSections::plainLinesTitleTheParts()
{
    const QString text = QStringLiteral(
        "# Broken uploads\n\nWhat happened?\n\nUploads failed for an hour.\n\nWhy did this "
        "happen?\n\nThe bucket's access key had been rotated.\n\nHow I fixed it?\n\nI put the "
        "new key in the vault.\n\nLessons learned:\n\n- Add a check that the key works after "
        "each rotation.\n- Write the rotation steps down.\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(pm.rootCause, QStringLiteral("The bucket's access key had been rotated."));
    QCOMPARE(pm.resolution, QStringLiteral("I put the new key in the vault."));
    QCOMPARE(pm.sections.size(), 1);
    QCOMPARE(pm.sections.first().heading, QStringLiteral("Lessons learned"));
    QCOMPARE(pm.actionItems.size(), 2);
    // A short line naming no part is a sentence of the part it stands in.
    QString unknown = text;
    unknown.replace(QStringLiteral("How I fixed it?"), QStringLiteral("Then it got late"));
    QVERIFY(importMarkdown(unknown).rootCause.contains(QLatin1String("Then it got late")));
}

/// "Summary of events" heads the summary as "Incident summary" does, so its times state
/// the incident's start.
void TestImportSections::summaryOfEvents()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Chain upgrade\n\n## Introduction\n\nThis report covers the upgrade of 2023-03-06."
        "\n\n## Summary of events\n\nOn 2023-03-06 at roughly 09:30 GMT the chain halted "
        "at the upgrade height.\n"));
    QVERIFY(pm.summary.contains(QLatin1String("chain halted")));
    QCOMPARE(pm.start.time, QTime(9, 30));
}

/// An outline indented level under level is read as a document, whether its labels are plain
/// ("Start Time: …") or bold ("**Start Time:** …"): bold labels make it no code block.
void TestImportSections::boldLabelsInAnIndentedOutline()
{
    const QString plain = QStringLiteral(
        "Postmortem: queue stall\n\nIssue Summary:\n\n    Duration:\n        Start Time: "
        "March 3, 2024, 9:10 AM (UTC)\n        End Time: March 3, 2024, 10:40 AM (UTC)\n\n"
        "    Impact:\n        About 20% of users saw their jobs wait for an hour and a "
        "half.\n\nCorrective and Preventative Measures:\n\n    Tasks:\n\n        Queue "
        "alert:\n            Task: Alert when the oldest job waits for ten minutes.\n"
        "            Deadline: March 10, 2024.\n");
    for (const bool bold : {false, true}) {
        QString text = plain;
        if (bold) {
            for (const char *label : {"Start Time:", "End Time:", "Task:", "Deadline:"})
                text.replace(QLatin1String(label),
                             QStringLiteral("**%1**").arg(QLatin1String(label)));
        }
        const Postmortem pm = importMarkdown(text);
        QCOMPARE(pm.end.time, QTime(10, 40));
        QCOMPARE(pm.usersAffectedPercent, std::optional<double>(20));
        QCOMPARE(pm.actionItems.size(), 1);
        QCOMPARE(pm.actionItems.first().due, QDate(2024, 3, 10));
    }
}

/// A page whose layout prints the front matter's title as its first heading: that heading is
/// the title again, not a section holding the whole story.
void TestImportSections::headingRepeatsTheFrontMattersTitle()
{
    const QString body = QStringLiteral(
        "## Billing queue stall\n\nThe billing queue stopped for twenty minutes on a busy "
        "evening.\n\n## Root cause\n\nA worker hung on a lock.\n");
    const Postmortem pm = importMarkdown(
        QStringLiteral("---\ntitle: \"Billing Queue Stall\"\nlayout: post\n---\n\n") + body);
    QCOMPARE(pm.title, QStringLiteral("Billing Queue Stall"));
    QVERIFY(pm.summary.contains(QLatin1String("twenty minutes")));
    for (const Section &s : pm.sections)
        QVERIFY2(s.heading != QLatin1String("Billing queue stall"), qPrintable(s.heading));
    // Another first heading stays a section of its own.
    const Postmortem other
        = importMarkdown(QStringLiteral("---\ntitle: \"Weekly report\"\n---\n\n") + body);
    QCOMPARE(other.title, QStringLiteral("Weekly report"));
    QCOMPARE(other.sections.first().heading, QStringLiteral("Billing queue stall"));
    // A heading that names a part opens it, even when the front matter's title says the same.
    const Postmortem part = importMarkdown(
        QStringLiteral("---\ntitle: Issue Summary\n---\n\n## Issue Summary\n\nDisk filled.\n"));
    QCOMPARE(part.summary, QStringLiteral("Disk filled."));
    // Without a front matter, a page whose headings start one level down: the only heading at
    // the top level, first in the page, is the title (a picture may come before it).
    const Postmortem page = importMarkdown(QStringLiteral(
        "![A server rack](rack.png)\n\n## Storage outage\n\nThe array went read-only.\n\n"
        "### Timeline\n\n- 10:00 UTC: alert fired\n"));
    QCOMPARE(page.title, QStringLiteral("Storage outage"));
    QVERIFY(page.summary.contains(QLatin1String("read-only")));
}

/// A setext heading's underline is the heading's markup: it is in no field or section.
void TestImportSections::setextUnderlinesAreMarkup()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "Cache stampede\n==============\n\nIssue Summary\n-------------\n\nPages were slow "
        "for an hour.\n\nRoot cause\n----------\n\nAll keys expired at once.\n\nNotes\n"
        "-----\n\nWe will talk about it on Friday.\n"));
    QCOMPARE(pm.title, QStringLiteral("Cache stampede"));
    QCOMPARE(pm.summary, QStringLiteral("Pages were slow for an hour."));
    QCOMPARE(pm.rootCause, QStringLiteral("All keys expired at once."));
    QCOMPARE(pm.sections.size(), 1);
    QCOMPARE(pm.sections.first().text, QStringLiteral("We will talk about it on Friday."));
}

/// "# Incident Report: <name>" is the document's title, not a summary section opening with
/// the incident's name.
void TestImportSections::reportTitleNamesTheIncident()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Incident Report: Checkout outage in one zone\n\n**Severity:** SEV2\n\n**Summary**\n\n"
        "Checkout failed for an hour.\n\n**Background**\n\nThe service ran in one zone.\n"));
    QCOMPARE(pm.title, QStringLiteral("Incident Report: Checkout outage in one zone"));
    QCOMPARE(pm.summary, QStringLiteral("Checkout failed for an hour."));
    QCOMPARE(pm.sections.last().heading, QStringLiteral("Background"));
}

void TestImportSections::htmlPage()
{
    const QString text = QStringLiteral(
        "<!DOCTYPE html>\n<html>\n<head>\n  <style>\n    p { color: #666; }\n  </style>\n"
        "</head>\n<body>\n<h1>Slow checkout</h1>\n<h2>Issue Summary:</h2>\n"
        "<p><strong>Duration:</strong> March 2, 2022, 7:10 AM - March 2, 2022, 10:25 AM "
        "(UTC)</p>\n<h2>Timeline:</h2>\n<ul>\n  <li><strong>07:10 AM:</strong> Latency "
        "alarm.</li>\n"
        "  <li><strong>10:25 AM:</strong> Payments flowing &amp; checked.</li>\n</ul>\n"
        "<h2>Corrective and Preventative Measures:</h2>\n<ul>\n  <li>Add autoscaling.</li>\n"
        "  <li>Tune the <a href=\"https://x.example/db\">database</a> pool.</li>\n</ul>\n"
        "</body>\n</html>\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(pm.title, QStringLiteral("Slow checkout"));
    QCOMPARE(pm.start.time, QTime(7, 10));
    QCOMPARE(pm.end.time, QTime(10, 25));
    QCOMPARE(timedEvents(pm).size(), 2);
    QCOMPARE(pm.timeline.last().text, QStringLiteral("Payments flowing & checked."));
    QCOMPARE(pm.actionItems.size(), 2);
    QCOMPARE(pm.actionItems.last().text,
             QStringLiteral("Tune the [database](https://x.example/db) pool."));
    bool styleKept = false;
    for (const Section &s : pm.sections)
        styleKept = styleKept || s.text.contains(QStringLiteral("p { color: #666; }"));
    QVERIFY(styleKept);
    QVERIFY(missingLines(text, pm).isEmpty());

    // An HTML image becomes a Markdown image and is no entry.
    const Postmortem image = importMarkdown(QStringLiteral(
        "# Outage\n\n<p align=\"center\">\n  <img src=\"meme.jpg\" />\n</p>\n\n## Timeline\n"
        "- 10:00 alert\n"));
    QCOMPARE(image.timeline.size(), 1);
    QCOMPARE(image.summary, QStringLiteral("![](meme.jpg)"));
}

void TestImportSections::sectionsNumberedAsAList()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "1. Issue Summary\nThe API was down from 10:00 to 11:00 UTC.\n\n2. Timeline\n\n"
        "- 10:00 alert fired\n- 11:00 fixed\n\n3. Root Cause\n\nA bad deploy.\n\n"
        "4. Corrective and Preventative Measures\n\n- Add a canary.\n"));
    QCOMPARE(pm.start.time, QTime(10, 0));
    QCOMPARE(timedEvents(pm).size(), 2);
    QCOMPARE(pm.rootCause, QStringLiteral("A bad deploy."));
    QCOMPARE(pm.actionItems.size(), 1);
    // A bare bullet that happens to be a label word inside a list is no section.
    const Postmortem bullets = importMarkdown(QStringLiteral(
        "## Root Cause\nSeveral things:\n- Timeline pressure\n- Impact of the release freeze\n"));
    QVERIFY(bullets.rootCause.contains(QStringLiteral("Timeline pressure")));
    QVERIFY(bullets.timeline.isEmpty());
}

void TestImportSections::wikiHeadings()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "= Incident 2023-11-02: webhook delays =\n\n== Timeline ==\n14:05 - alert fires\n"
        "15:40 - back to normal\n\n== Root cause ==\nA deadlock.\n"));
    QCOMPARE(pm.title, QStringLiteral("Incident 2023-11-02: webhook delays"));
    QCOMPARE(timedEvents(pm).size(), 2);
    QCOMPARE(pm.rootCause, QStringLiteral("A deadlock."));
    // "a = b = c" inside a paragraph is no heading.
    const Postmortem math = importMarkdown(QStringLiteral("## Root cause\nWe set\nx = y = z\n"));
    QVERIFY(math.rootCause.contains(QStringLiteral("x = y = z")));
}

void TestImportSections::narrativeDocument()
{
    const QString text = QStringLiteral(
        "At our shop we copy each release to the server by hand, which served us well for "
        "years.\n\n"
        "One evening I wrote a cleanup script, and because I never tested it, it ran `rm -rf /*` "
        "as root.\n\nI quickly realized what had happened and restored the server from backups; "
        "the shop was online again in 3 hours.\n\nWe lost two days of orders. We have since "
        "changed the backups to run every hour.\n");
    const Postmortem pm = importMarkdown(text);
    QVERIFY(pm.rootCause.contains(QStringLiteral("rm -rf")));
    QVERIFY(pm.resolution.contains(QStringLiteral("restored")));
    QCOMPARE(pm.actionItems.size(), 1);
    QCOMPARE(pm.actionItems.first().text,
             QStringLiteral("We have since changed the backups to run every hour."));
    QVERIFY(missingLines(text, pm).isEmpty());
    // An opening that already says why leads the root cause the later paragraphs explain;
    // it stays in the summary too.
    const Postmortem opening = importMarkdown(QStringLiteral(
        "Our wiki was down for most of the morning due to a flooded server room at our host.\n\n"
        "Because the host runs its backup generators in the same basement, they failed as "
        "well.\n\nWe moved the wiki to a second host by noon and it has run there since.\n"));
    QVERIFY2(opening.rootCause.startsWith(QStringLiteral("Our wiki was down for most of the "
                                                         "morning due to a flooded server room")),
             qPrintable(opening.rootCause));
    QVERIFY(opening.rootCause.contains(QStringLiteral("backup generators")));
    QVERIFY(opening.summary.contains(QStringLiteral("flooded server room")));
    // A document with sections is not read as a story.
    const Postmortem sectioned
        = importMarkdown(QStringLiteral("Intro text that explains nothing in particular about "
                                        "this.\n\nBecause of a bug it broke.\n\n"
                                        "## Root Cause\nA bug.\n"));
    QCOMPARE(sectioned.rootCause, QStringLiteral("A bug."));
}

void TestImportSections::severalIncidents()
{
    const QString text = QStringLiteral(
        "# Incident 1: database\n\n## Summary\nThe database failed.\n\n## Timeline\n- 10:00 UTC: "
        "alert\n\n## Root Cause\nA full disk.\n\n# Incident 2: CDN\n\n## Summary\nThe CDN "
        "failed.\n\n"
        "## Timeline\n- 14:00 UTC: alert\n- 15:00 UTC: fixed\n\n## Root Cause\nAn expired "
        "certificate.\n");
    const ImportResult r = importPostmortem(text);
    QCOMPARE(r.report.incidentsFound, 2);
    QCOMPARE(r.postmortem.rootCause, QStringLiteral("A full disk."));
    QCOMPARE(timedEvents(r.postmortem).size(), 1);
    QVERIFY(r.report.toText().contains(QStringLiteral("2 incidents")));
    QVERIFY(missingLines(text, r.postmortem).isEmpty());
    // An incident log: titles and timelines, no summaries.
    const ImportResult log = importPostmortem(QStringLiteral(
        "# 2024-01-03 DB outage\n\n## Timeline\n- 10:00 UTC: alert\n\n## Root cause\nDisk.\n\n"
        "# 2024-02-10 CDN outage\n\n## Timeline\n- 14:00 UTC: alert\n\n## Root cause\nCert.\n\n"
        "# 2024-03-01 DNS outage\n\n## Timeline\n- 09:00 UTC: alert\n\n## Root cause\nTTL.\n"));
    QCOMPARE(log.report.incidentsFound, 3);
    QCOMPARE(log.postmortem.rootCause, QStringLiteral("Disk."));
    QCOMPARE(log.postmortem.start.date, QDate(2024, 1, 3));
    // One incident with a "Details" part after its timeline is one incident.
    const ImportResult details = importPostmortem(
        QStringLiteral("## Timeline\n- 10:00 UTC: alert\n\n## Root cause\nDisk.\n\n### Details\n\n"
                       "#### Timeline\n- 10:05 UTC: more\n"));
    QCOMPARE(details.report.incidentsFound, 1);
    // "### What Happened" under the root cause, then "### Why it was missed": the root
    // cause's own story, not a second incident's summary; the action items after it count.
    const ImportResult nested = importPostmortem(QStringLiteral(
        "## Summary\nThe workers stopped after an upgrade.\n\n## Timeline\n- 10:00 UTC: "
        "upgrade\n- 10:20 UTC: restarted\n\n## Root Cause\nA restart policy.\n\n### What "
        "Happened\nThe daemon restarted and the policy skipped stopped containers.\n\n### Why "
        "It Was Missed\nNo staging host.\n\n## Action Items\n1. Set the policy to always\n2. "
        "Add a staging host\n"));
    QCOMPARE(nested.report.incidentsFound, 1);
    QCOMPARE(nested.postmortem.actionItems.size(), 2);
    // A closing summary is no second incident.
    const ImportResult closing = importPostmortem(QStringLiteral(
        "## Summary\nThe database failed.\n\n## Timeline\n- 10:00 UTC: alert\n\n## Root Cause\nA "
        "full disk.\n\n## Summary\nWe learned a lot.\n"));
    QCOMPARE(closing.report.incidentsFound, 1);
}

/// A thematic break that ends a part ("---" before a status page's updates) is no text of it.
void TestImportSections::trailingRuleLeavesThePart()
{
    const Postmortem pm = importMarkdown(
        QStringLiteral("## Summary\n\nThe disks filled because logs were never rotated.\n\n---\n\n"
                       "**Resolved**: Disks are cleaned. {{< track \"2024-02-01 10:00:00\" >}}\n"));
    QCOMPARE(pm.summary, QStringLiteral("The disks filled because logs were never rotated."));
    QVERIFY(!pm.rootCause.contains(QLatin1String("---")));
    // A rule inside the part stays.
    const Postmortem inside
        = importMarkdown(QStringLiteral("## Summary\n\nFirst part.\n\n***\n\nSecond part.\n"));
    QVERIFY(inside.summary.contains(QLatin1String("***")));
}

void TestImportSections::frontMatterFillsFields()
{
    const ImportResult r = importPostmortem(
        QStringLiteral("---\ntitle: Queue stalls on the ledger service\nauthors:\n  - Ana Ruiz\n"
                       "  - Li Wei\nlayout: post\n---\n\n# Notes\n\n## Timeline\n"
                       "- 09:00 UTC: alert fired\n"));
    QCOMPARE(r.postmortem.title, QStringLiteral("Queue stalls on the ledger service"));
    QCOMPARE(r.postmortem.authors,
             QStringList({QStringLiteral("Ana Ruiz"), QStringLiteral("Li Wei")}));
    // Keys read into fields leave the kept section; the others stay in it.
    bool kept = false;
    for (const Section &sec : r.postmortem.sections) {
        if (sec.heading == QLatin1String("Front matter")) {
            kept = true;
            QVERIFY(sec.text.contains(QStringLiteral("layout: post")));
            QVERIFY(!sec.text.contains(QStringLiteral("title:")));
            // Kept as data: a fenced block, so "# …" comments are no headings.
            QVERIFY2(sec.text.startsWith(QLatin1String("```yaml\n")), qPrintable(sec.text));
            QVERIFY(sec.text.endsWith(QLatin1String("\n```")));
        }
    }
    QVERIFY(kept);
}

/// A blog postmortem that leaves its summary to the front matter: the summary is the front
/// matter's and leaves the kept section; with a summary in the body, it stays kept text.
void TestImportSections::frontMatterSummaryWhenTheBodyHasNone()
{
    const QString front = QStringLiteral(
        "---\ntitle: Mail delays\nsummary: \"On March 3, 2024, mail to the support desk was "
        "held for up to five hours.\"\nlayout: post\n---\n\n");
    const Postmortem pm = importMarkdown(
        front + QStringLiteral("## Morning\n\nThe relay queue grew after a filter update.\n"));
    QCOMPARE(pm.summary, QStringLiteral("On March 3, 2024, mail to the support desk was held "
                                        "for up to five hours."));
    QCOMPARE(pm.start.date, QDate(2024, 3, 3));
    QString kept;
    for (const Section &sec : pm.sections)
        if (sec.heading == QLatin1String("Front matter"))
            kept = sec.text;
    QVERIFY2(kept.contains(QLatin1String("layout: post")), qPrintable(kept));
    QVERIFY2(!kept.contains(QLatin1String("summary:")), qPrintable(kept));

    const Postmortem own = importMarkdown(
        front + QStringLiteral("## Summary\n\nThe relay held mail after a filter update.\n"));
    QCOMPARE(own.summary, QStringLiteral("The relay held mail after a filter update."));
    bool summaryKept = false;
    for (const Section &sec : own.sections)
        summaryKept = summaryKept || sec.text.contains(QLatin1String("summary: \"On March 3"));
    QVERIFY(summaryKept);
}

void TestImportSections::unclosedFrontMatterEndsAtMarkdown()
{
    const Postmortem pm = importMarkdown(QStringLiteral(
        "---\nreport:\n  title: \"Printer queue outage\"\n  root_cause: \"A stuck "
        "spooler lock.\"\n\n## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n"
        "| 10:00 | Jobs stop printing |\n| 10:40 | Lock cleared, jobs flow |\n\n---\n"));
    QCOMPARE(pm.title, QStringLiteral("Printer queue outage"));
    QVERIFY(pm.rootCause.contains(QStringLiteral("spooler lock")));
    QCOMPARE(timedEvents(pm).size(), 2);
}

void TestImportSections::tomlFrontMatter()
{
    // Hugo and Zola write the front matter in TOML between "+++" lines. Its flat keys fill the
    // fields; a table and every key under it stay as written, even one named "title".
    const QString text = QStringLiteral(
        "+++\ntitle = \"Mail queue \\\"stuck\\\" overnight\"\nauthors = [\"Ana Ruiz\", 'Li Wei']\n"
        "date = 2024-05-02\n\n[extra]\ntitle = \"not the title\"\n+++\n\n"
        "## Root cause\nA lock file left by a crashed worker.\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(pm.title, QStringLiteral("Mail queue \"stuck\" overnight"));
    QCOMPARE(pm.authors, QStringList({QStringLiteral("Ana Ruiz"), QStringLiteral("Li Wei")}));
    QCOMPARE(pm.rootCause, QStringLiteral("A lock file left by a crashed worker."));
    QVERIFY(!pm.summary.contains(QLatin1String("+++")));
    QCOMPARE(pm.sections.size(), 1);
    QCOMPARE(pm.sections.first().heading, QStringLiteral("Front matter"));
    QVERIFY(pm.sections.first().text.contains(QLatin1String("date = 2024-05-02")));
    QVERIFY(pm.sections.first().text.contains(QLatin1String("title = \"not the title\"")));
    QVERIFY(missingLines(text, pm).isEmpty());
    // "+++" with no closing line is no front matter.
    const Postmortem open = importMarkdown(QStringLiteral("+++\ntitle = \"x\"\n\nText.\n"));
    QVERIFY(open.title != QLatin1String("x"));
}

void TestImportSections::yamlCommentsStayInTheFrontMatter()
{
    // "# …" lines of a closed YAML block are comments (status-page templates document each key
    // so), not headings that end the block; they are kept, and "resolved_on" ends the incident.
    const QString text = QStringLiteral(
        "---\ntitle: Login errors\n\n# start of the incident\ndate: 2024-02-01 08:00:00\n\n"
        "## set when it is over\nresolved_on: 2024-02-01 08:45:00\nstatus: resolved\n---\n"
        "Users could not log in.\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(pm.title, QStringLiteral("Login errors"));
    QCOMPARE(pm.sections.size(), 1);
    QVERIFY(pm.sections.first().text.contains(QLatin1String("# start of the incident")));
    QCOMPARE(pm.start.time, QTime(8, 0));
    QCOMPARE(pm.end.time, QTime(8, 45));
    QCOMPARE(pm.end.date, QDate(2024, 2, 1));
    QVERIFY(missingLines(text, pm).isEmpty());
    // A heading after a never-closed block is still Markdown.
    const Postmortem unclosed = importMarkdown(
        QStringLiteral("---\ntitle: Login errors\n\n# Sign-in\n\nUsers could not log in.\n"));
    QVERIFY(!unclosed.sections.isEmpty());
    QCOMPARE(unclosed.sections.last().heading, QStringLiteral("Sign-in"));
}

void TestImportSections::bylineGivesAuthors()
{
    Postmortem pm = importMarkdown(
        QStringLiteral("# Cache outage\n\nBy Ana Ruiz and Li Wei\n\n## Root cause\nA bad key.\n"));
    QCOMPARE(pm.authors, QStringList({QStringLiteral("Ana Ruiz"), QStringLiteral("Li Wei")}));
    pm = importMarkdown(
        QStringLiteral("# Cache outage\n\nBy the platform team\n\n## Root cause\nA bad key.\n"));
    QVERIFY(pm.authors.isEmpty()); // a team, not names
    // A blog's byline after the post's date, as text or inside an HTML element; the line stays
    // in the text for its date.
    pm = importMarkdown(QStringLiteral("# Cache outage\n\n4 May 2025 · by Ana Ruiz and Li Wei\n\n"
                                       "The cache lost its keys at 10:00 UTC.\n"));
    QCOMPARE(pm.authors, QStringList({QStringLiteral("Ana Ruiz"), QStringLiteral("Li Wei")}));
    QVERIFY(pm.summary.contains(QLatin1String("4 May 2025")));
    pm = importMarkdown(QStringLiteral(
        "# Cache outage\n\n<p class=\"meta\"><time>May 4, 2025</time> | by Li Wei</p>\n\n"
        "The cache lost its keys at 10:00 UTC.\n"));
    QCOMPARE(pm.authors, QStringList({QStringLiteral("Li Wei")}));
    // A sentence that merely contains "by" after a separator is no byline.
    pm = importMarkdown(QStringLiteral("# Cache outage\n\nPhase one · by the deploy job\n"));
    QVERIFY(pm.authors.isEmpty());
    // "Authors:" over a list, each item a name and a team; the list stays in the text.
    pm = importMarkdown(QStringLiteral("# Cache outage\n\nAuthors:\n- Ana Ruiz, Payments\n"
                                       "- Li Wei (SRE)\n\n## Root cause\nA bad key.\n"));
    QCOMPARE(pm.authors, QStringList({QStringLiteral("Ana Ruiz"), QStringLiteral("Li Wei")}));
    QVERIFY(pm.summary.contains(QLatin1String("Payments")));
    pm = importMarkdown(QStringLiteral("# Cache outage\n\nAuthors:\n- see the wiki page\n"));
    QVERIFY(pm.authors.isEmpty());
    // A handle or link after a name in the front matter is no part of the name.
    pm = importMarkdown(QStringLiteral("---\nauthor: Ana Ruiz ([@ana](https://example.org/@ana))"
                                       "\n---\n\n# Cache outage\n\nThe keys went.\n"));
    QCOMPARE(pm.authors, QStringList({QStringLiteral("Ana Ruiz")}));
}

void TestImportSections::sameSectionNeverTwice()
{
    const Postmortem pm
        = importMarkdown(QStringLiteral("# Outage\n\n## Notes\nFirst remark.\n\n## Root cause\nA "
                                        "bad key.\n\n## Notes\nSecond remark.\n"));
    int notes = 0;
    for (const Section &sec : pm.sections)
        notes += sec.heading == QLatin1String("Notes") ? 1 : 0;
    QCOMPARE(notes, 1);
    // Code in the lead, before any heading, and the lead's paragraphs share one Introduction.
    const Postmortem lead = importMarkdown(QStringLiteral(
        "The nightly export failed on Tuesday and the morning reports were empty for two "
        "hours.\n\nThe run was stopped by hand:\n\n    kill -TERM 4121\n\n"
        "What happened:\n\nThe replica lagged and the export timed out.\n"));
    int introductions = 0;
    for (const Section &sec : lead.sections)
        introductions += sec.heading == QLatin1String("Introduction") ? 1 : 0;
    QCOMPARE(introductions, 1);
    QVERIFY(lead.sections.first().text.startsWith(QLatin1String("The nightly export failed")));
    QVERIFY(lead.sections.first().text.contains(QLatin1String("kill -TERM 4121")));
}

void TestImportSections::tableHeaderReadWithItsRows()
{
    // Every row read into entries and items: the column names did their job; nothing is left
    // behind as a section of a header without rows.
    const Postmortem read = importMarkdown(QStringLiteral(
        "# Backlog\n\n## Summary\n\nOn 2025-04-02 from 09:00 to 09:50 UTC invoices waited.\n\n"
        "## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| 09:00 | The queue alert fires. |\n"
        "| 09:50 | The backlog is drained. |\n\n## Action items\n\n| Action | Owner |\n|---|---|\n"
        "| Alert on queue age | Ana |\n"));
    QCOMPARE(read.timeline.size(), 2);
    QCOMPARE(read.actionItems.size(), 1);
    QVERIFY2(read.sections.isEmpty(), qPrintable(read.sections.value(0).text));
    // A row kept as text keeps its header above it, so the kept rows still make a table.
    const Postmortem kept = importMarkdown(QStringLiteral(
        "# Backlog\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| All times are UTC | |\n"
        "| 09:00 | The queue alert fires. |\n"));
    QCOMPARE(kept.timeline.size(), 1);
    QCOMPARE(kept.sections.size(), 1);
    QVERIFY(kept.sections.first().text.startsWith(
        QStringLiteral("| Time | Event |\n|---|---|\n| All times are UTC")));
}

void TestImportSections::admonitionFencesAreMarkup()
{
    // Docusaurus admonitions: the fences go, a title stays in bold, the words inside stay.
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Slow deposits\n\n:::tip Fixed\n\nThe fee limit was raised on 2024-03-05.\n\n:::\n\n"
        "Deposits waited for hours.\n\n:::warning\nKeep your receipt.\n:::\n"));
    QCOMPARE(pm.summary, QStringLiteral("**Fixed**\n\nThe fee limit was raised on 2024-03-05.\n\n"
                                        "Deposits waited for hours.\n\nKeep your receipt."));
    QVERIFY(pm.sections.isEmpty());
    // Other containers are not admonitions: cState's updates are read as status updates, and
    // an unknown type stays as written.
    const Postmortem other = importMarkdown(
        QStringLiteral("# Mail delays\n\n:::spoiler The answer\nIt was DNS.\n:::\n"));
    QVERIFY(other.summary.contains(QStringLiteral(":::spoiler The answer")));
}

void TestImportSections::titleHeadsTheDocument()
{
    // "# Postmortem" then "# Issue Summary" … "# Bonus: a short poem": the H1 after the
    // sections is one more section, not the title.
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Outage Postmortem\n# Issue Summary\nDuration: 2024-02-01 09:00 to 09:15 UTC\n"
        "# Corrective and preventative measures\nAdd a firewall rule check.\n"
        "# Bonus: a short poem\nThe site went down, the site came back.\n"));
    QCOMPARE(pm.title, QStringLiteral("Outage Postmortem"));
    QCOMPARE(pm.actionItems.size(), 1);
    QVERIFY(!pm.sections.isEmpty());
    QVERIFY(pm.sections.last().text.contains(QLatin1String("site came back")));
}

void TestImportSections::mdxModuleStatementsAreCode()
{
    // An MDX page opens with ECMAScript "import"/"export" statements (mdxjs.com): code, not a
    // "date:" line of the postmortem.
    const QString text = QStringLiteral(
        "import { Layout } from '@/components/Layout'\n\nexport const post = {\n"
        "  date: '2024-11-19',\n  title: 'Relay outage',\n}\n\n"
        "export default (props) => <Layout article={post} {...props} />\n\n"
        "## What happened\n\nOn 2024-11-05 the relays failed from 11:00 to 11:40 UTC.\n");
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(pm.start.date, QDate(2024, 11, 5));
    QCOMPARE(pm.start.time, QTime(11, 0));
    QVERIFY(!pm.summary.contains(QLatin1String("2024-11-19")));
    QVERIFY(missingLines(text, pm).isEmpty());
    // "import" in a sentence of prose is no statement.
    const Postmortem prose = importMarkdown(
        QStringLiteral("## Summary\n\nImports failed.\nimport of the catalogue stalled on "
                       "2024-11-05.\n"));
    QVERIFY(prose.summary.contains(QLatin1String("import of the catalogue")));
}

void TestImportSections::sectionsInTheShippedLanguages()
{
    // A report written in Spanish: its sections named as Hindsight's Spanish interface names
    // them, in their longer forms.
    const Postmortem es = importMarkdown(QStringLiteral(
        "# Caída del servicio de colas\n\n**Duración del incidente:** 30 minutos (09:00 - 09:30 "
        "UTC)\n\n## Resumen ejecutivo\n\nLa cola dejó de aceptar mensajes.\n\n"
        "## Cronología del incidente\n\n| Hora (UTC) | Evento |\n|---|---|\n"
        "| 09:00 | La cola se detiene |\n| 09:30 | La cola vuelve a funcionar |\n\n"
        "## Análisis de causa raíz\n\nEl disco de la cola se llenó de registros.\n\n"
        "## Acciones correctivas\n\n- Rotar los registros cada día\n"
        "- Alertar con el disco al 80%\n"));
    QCOMPARE(es.start.time, QTime(9, 0));
    QCOMPARE(es.end.time, QTime(9, 30));
    QCOMPARE(es.timeline.size(), 2);
    QVERIFY(es.rootCause.contains(QLatin1String("registros")));
    QCOMPARE(es.actionItems.size(), 2);
    QVERIFY(es.summary.contains(QStringLiteral("dejó de aceptar")));
    // German and French names, with or without accents.
    using Import::classifyLabel;
    using Import::Label;
    using Import::normaliseLabel;
    QCOMPARE(classifyLabel(normaliseLabel(QStringLiteral("Zeitlicher Ablauf"))), Label::Timeline);
    QCOMPARE(classifyLabel(normaliseLabel(QStringLiteral("Grundursache"))), Label::RootCause);
    QCOMPARE(classifyLabel(normaliseLabel(QStringLiteral("Maßnahmen"))), Label::Measures);
    QCOMPARE(classifyLabel(normaliseLabel(QStringLiteral("Cause racine de l'incident"))),
             Label::RootCause);
    QCOMPARE(classifyLabel(normaliseLabel(QStringLiteral("Cronologia"))), Label::Timeline);
    // Words that only resemble them stay unknown.
    QCOMPARE(classifyLabel(normaliseLabel(QStringLiteral("Medidas tomadas durante la caída"))),
             Label::None);
    QCOMPARE(classifyLabel(normaliseLabel(QStringLiteral("Actions prises pendant la panne"))),
             Label::None);
}

void TestImportSections::headingAttributes()
{
    // "{ #anchor }" after a heading is markup (Pandoc's header_attributes, kramdown's IAL): the
    // heading is still "Root cause".
    const Postmortem pm = importMarkdown(
        QStringLiteral("# Sign-in outage\n\n## Summary { #summary }\nSign-in failed.\n\n"
                       "## Root cause {: #root-cause .anchor}\nAn expired signing key.\n"));
    QCOMPARE(pm.rootCause, QStringLiteral("An expired signing key."));
    QCOMPARE(pm.summary, QStringLiteral("Sign-in failed."));
}

void TestImportSections::chronologyOfEvents()
{
    using Import::classifyLabel;
    using Import::Label;
    using Import::normaliseLabel;
    for (const char *heading : {"2. Chronology of Events", "Event chronology", "Chain of events"})
        QCOMPARE(classifyLabel(normaliseLabel(QString::fromUtf8(heading))), Label::Timeline);
    QCOMPARE(classifyLabel(normaliseLabel(QStringLiteral("Chronology of our releases page"))),
             Label::None);
    // Under such a heading the entries after an entry's indented code block are read too.
    const Postmortem pm = importMarkdown(QStringLiteral(
        "# Login failures\n\n## 2. Chronology of Events\n\n"
        "* 2024-05-02 09:15 Support reports failed logins.\n"
        "* 2024-05-02 09:40 We count the sessions:\n    ```sql\n    SELECT COUNT(*) FROM "
        "sessions;\n    ```\n"
        "* 2024-05-02 10:05 Old sessions purged; logins work again.\n"));
    QCOMPARE(pm.timeline.size(), 3);
    QCOMPARE(pm.timeline.at(2).at.time, QTime(10, 5));
}

void TestImportSections::labelsNormalised_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("numbered") << QStringLiteral("2. Root Cause(s) & Fixes:")
                              << QStringLiteral("root causes and fixes");
    QTest::newRow("letter") << QStringLiteral("  b) Impact / Scope ")
                            << QStringLiteral("impact/scope");
    QTest::newRow("roman") << QStringLiteral("iv. Lessons_learned")
                           << QStringLiteral("lessons learned");
    QTest::newRow("no number") << QStringLiteral("Version 2.1 rollout")
                               << QStringLiteral("version 21 rollout");
    QTest::newRow("markup") << QStringLiteral("**Follow-up [tasks]**, (owner)!")
                            << QStringLiteral("follow-up tasks owner");
    QTest::newRow("control") << QStringLiteral("Time\tline\r") << QStringLiteral("time line");
    QTest::newRow("empty") << QString() << QString();
}

void TestImportSections::labelsNormalised()
{
    // Lower case, the numbering gone, "&" as "and", "(s)" as "s", only letters, digits, "/"
    // and "-" kept with one space between the words. ASCII labels take a faster path than
    // others, so each label is also read with a non-ASCII word after it.
    QFETCH(QString, label);
    QFETCH(QString, normalised);
    QCOMPARE(Import::normaliseLabel(label), normalised);
    const QString accented = label + QStringLiteral(" Été");
    const QString expected
        = normalised.isEmpty() ? QStringLiteral("été") : normalised + QStringLiteral(" été");
    QCOMPARE(Import::normaliseLabel(accented), expected);
}

/// A part of its own named as done ("## Immediate actions taken") tells what fixed the
/// incident: the resolution, not action items. Measures named corrective or preventative stay
/// measures, taken or not.
void TestImportSections::partNamedAsDoneIsTheResolution()
{
    const auto import = [](const QString &heading) {
        return importMarkdown(QStringLiteral("# Miner in a build container\n\n## Summary\n\nA "
                                             "build container ran a crypto miner.\n\n## %1\n\n"
                                             "- Stopped the build container\n- Blocked the "
                                             "mining pool's domain\n\n## Next steps\n\n1. "
                                             "Run builds as a user without root\n")
                                  .arg(heading));
    };
    const Postmortem done = import(QStringLiteral("Immediate actions taken"));
    QCOMPARE(done.actionItems.size(), 1);
    QVERIFY(done.resolution.contains(QLatin1String("Stopped the build container")));
    QCOMPARE(import(QStringLiteral("Immediate actions")).actionItems.size(), 3);
    QCOMPARE(import(QStringLiteral("Preventative measures taken")).actionItems.size(), 3);
}

QTEST_GUILESS_MAIN(TestImportSections)
#include "tst_importsections.moc"
