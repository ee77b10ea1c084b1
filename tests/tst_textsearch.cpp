// Find and replace across a postmortem's texts (core/textsearch.h), without widgets.
#include "core/textsearch.h"

#include <QTest>

using namespace Hindsight;

namespace {

Postmortem sample()
{
    Postmortem pm;
    pm.title = QStringLiteral("Queue backlog in the billing worker");
    pm.summary = QStringLiteral("The worker stopped draining its queue.");
    pm.impact = QStringLiteral("Invoices were late; the Queue grew to 40k messages.");
    pm.rootCause = QStringLiteral("A queue consumer crashed on a malformed message.");
    pm.resolution = QStringLiteral("Restarted the worker; skipped the message.");
    pm.timeline = {{{}, EventKind::Detection, QStringLiteral("Alert: queue depth above 10k")},
                   {{}, EventKind::Mitigation, QStringLiteral("Worker restarted by Dana")}};
    pm.timeline[1].detail = QStringLiteral("```\n$ restart billing-worker\n```\n\n"
                                           "Dana: the queue drains again.");
    pm.actionItems = {{QStringLiteral("Add a dead-letter queue"),
                       QStringLiteral("task"),
                       QStringLiteral("Dana"),
                       {},
                       false}};
    pm.sections = {{QStringLiteral("Queues we own"), QStringLiteral("Billing, mail queue.")}};
    return pm;
}

} // namespace

class TestTextSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void locationsFollowTheForm()
    {
        const Postmortem pm = sample();
        QStringList texts;
        for (const TextLocation &where : searchableLocations(pm))
            texts.append(*textAt(pm, where));
        QCOMPARE(texts, (QStringList{pm.title, pm.summary, pm.impact, pm.timeline[0].text,
                                     pm.timeline[0].detail, pm.timeline[1].text,
                                     pm.timeline[1].detail, pm.rootCause, pm.resolution,
                                     pm.actionItems[0].text, pm.actionItems[0].owner,
                                     pm.sections[0].heading, pm.sections[0].text}));
        QVERIFY(!textAt(pm, {TextLocation::Kind::TimelineText, FieldId::Timeline, 2}));
        QVERIFY(!textAt(pm, {TextLocation::Kind::TimelineDetail, FieldId::Timeline, -1}));
    }

    void findAcrossEveryText()
    {
        const Postmortem pm = sample();
        const QList<TextMatch> all = findAll(pm, QStringLiteral("queue"), {});
        QStringList where;
        for (const TextMatch &m : all)
            where.append(textAt(pm, m.where)->mid(m.start, m.length));
        // Title, summary, impact, a timeline event, an event's detail, root cause, an action
        // item, the section heading ("Queues") and the section text.
        QCOMPARE(all.size(), 9);
        QCOMPARE(where.count(QStringLiteral("Queue")), 3);
        QCOMPARE(all.at(4).where,
                 (TextLocation{TextLocation::Kind::TimelineDetail, FieldId::Timeline, 1}));
        // Timeline text, its detail, the action item's owner.
        QCOMPARE(findAll(pm, QStringLiteral("Dana"), {}).size(), 3);
        QCOMPARE(findAll(pm, QString(), {}).size(), 0);
    }

    void caseAndWholeWords()
    {
        const Postmortem pm = sample();
        SearchOptions caseSensitive;
        caseSensitive.caseSensitive = true;
        QCOMPARE(findAll(pm, QStringLiteral("Queue"), caseSensitive).size(), 3);
        SearchOptions whole;
        whole.wholeWords = true;
        // "Queues" is not the word "queue".
        QCOMPARE(findAll(pm, QStringLiteral("queue"), whole).size(), 8);
        QCOMPARE(findInText(QStringLiteral("log logs blog log."), QStringLiteral("log"), whole),
                 (QList<int>{0, 14}));
        // The edge that is not a word character is not checked: "-letter" is found in
        // "dead-letter".
        QCOMPARE(findInText(QStringLiteral("dead-letter"), QStringLiteral("-letter"), whole),
                 QList<int>{4});
        QCOMPARE(findInText(QStringLiteral("aaaa"), QStringLiteral("aa"), {}), (QList<int>{0, 2}));
    }

    void replaceAllEverywhere()
    {
        Postmortem pm = sample();
        SearchOptions whole;
        whole.wholeWords = true;
        QCOMPARE(replaceAll(pm, QStringLiteral("queue"), QStringLiteral("topic"), whole), 8);
        QCOMPARE(pm.title, QStringLiteral("topic backlog in the billing worker"));
        QCOMPARE(pm.actionItems[0].text, QStringLiteral("Add a dead-letter topic"));
        QCOMPARE(pm.timeline[0].text, QStringLiteral("Alert: topic depth above 10k"));
        QVERIFY(pm.timeline[1].detail.endsWith(QStringLiteral("Dana: the topic drains again.")));
        QCOMPARE(pm.sections[0].heading, QStringLiteral("Queues we own"));
        // A replacement that contains the text searched for is not replaced again.
        Postmortem again = sample();
        QCOMPARE(replaceAll(again, QStringLiteral("Dana"), QStringLiteral("Dana K."), {}), 3);
        QCOMPARE(again.actionItems[0].owner, QStringLiteral("Dana K."));
    }

    void isMatchNoticesChangedText()
    {
        Postmortem pm = sample();
        const TextMatch first = findAll(pm, QStringLiteral("worker"), {}).first();
        QVERIFY(isMatch(pm, first, QStringLiteral("worker"), {}));
        pm.title.prepend(QStringLiteral("Big "));
        QVERIFY(!isMatch(pm, first, QStringLiteral("worker"), {}));
    }
};

QTEST_GUILESS_MAIN(TestTextSearch)
#include "tst_textsearch.moc"
