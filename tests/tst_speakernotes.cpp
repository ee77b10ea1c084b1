// Speaker notes: keys, the review questions suggested from the document, written notes first.
#include "core/importer.h"
#include "core/speakernotes.h"
#include "corpus.h"

#include <QFile>
#include <QTest>

using namespace Hindsight;

namespace {

Postmortem seed(const char *name)
{
    QFile f(HindsightTest::corpusPath(QStringLiteral("seeds/")) + QLatin1String(name));
    return importMarkdown(f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString());
}

QStringList ruleIds(const QList<ReviewQuestion> &questions)
{
    QStringList ids;
    for (const ReviewQuestion &q : questions)
        ids.append(q.ruleId);
    return ids;
}

QStringList list(std::initializer_list<const char *> ids)
{
    QStringList out;
    for (const char *id : ids)
        out.append(QLatin1String(id));
    return out;
}

const ReviewQuestion *find(const QList<ReviewQuestion> &questions, const char *rule)
{
    for (const ReviewQuestion &q : questions)
        if (q.ruleId == QLatin1String(rule))
            return &q;
    return nullptr;
}

/// 10:00 start, 11:30 end, UTC, with the given timeline (times on the start's day).
Postmortem incident(const QList<std::pair<QTime, EventKind>> &events)
{
    Postmortem pm;
    pm.title = QStringLiteral("Outage");
    pm.timezone = TimeZoneInfo{QStringLiteral("UTC"), 0};
    pm.start = {QDate(2024, 5, 1), QTime(10, 0), 0, {}};
    pm.end = {QDate(2024, 5, 1), QTime(11, 30), 0, {}};
    for (const auto &[time, kind] : events)
        pm.timeline.append({{QDate(2024, 5, 1), time, 0, {}}, kind, QStringLiteral("Something")});
    pm.actionItems.append({QStringLiteral("Fix it"), QStringLiteral("task"), QStringLiteral("Ana"),
                           QDate(2024, 6, 1), false});
    return pm;
}

} // namespace

class TestSpeakerNotes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keys()
    {
        QCOMPARE(NotesKey::section(QStringLiteral("What went well?")),
                 QStringLiteral("section:what-went-well"));
        QCOMPARE(NotesKey::section(QStringLiteral("  Where we   got lucky ")),
                 QStringLiteral("section:where-we-got-lucky"));
        QCOMPARE(NotesKey::diagram(QStringLiteral("lb-1")), QStringLiteral("diagram:lb-1"));
    }

    void lessonsHeadings_data()
    {
        QTest::addColumn<QString>("heading");
        QTest::addColumn<int>("kind"); // -1: not a lessons section
        QTest::newRow("sre well") << "What went well" << int(LessonsKind::WentWell);
        QTest::newRow("sre wrong") << "What went wrong" << int(LessonsKind::WentWrong);
        QTest::newRow("pagerduty") << "What didn't go so well" << int(LessonsKind::WentWrong);
        QTest::newRow("typographic") << "What didn’t go well?" << int(LessonsKind::WentWrong);
        QTest::newRow("lucky") << "Where we got lucky" << int(LessonsKind::GotLucky);
        QTest::newRow("atlassian") << "Lessons learned" << int(LessonsKind::LessonsLearned);
        QTest::newRow("other") << "Corrective and Preventative Measures" << -1;
        QTest::newRow("not a prefix") << "Nothing went well" << -1;
    }
    void lessonsHeadings()
    {
        QFETCH(QString, heading);
        QFETCH(int, kind);
        const auto k = lessonsKind(heading);
        QCOMPARE(k ? int(*k) : -1, kind);
    }

    void seedQuestionsComeFromTheDocument()
    {
        // Seed 002: detected 15 minutes in, escalated, two misleading paths, 75 % of users,
        // resolved after 3 h with no mitigation, action items without owners or dates.
        const QList<ReviewQuestion> q = suggestedReviewQuestions(seed("002_f501168319a7d76f.txt"));
        const ReviewQuestion *detection = find(q, "detection.slow");
        QVERIFY(detection);
        QCOMPARE(detection->notesKey, QStringLiteral("key-facts"));
        QVERIFY2(detection->text.startsWith(QStringLiteral("Detection took 15 minutes — what "
                                                           "would have caught it sooner?")),
                 qPrintable(detection->text));
        const ReviewQuestion *misleading = find(q, "misleading.paths");
        QVERIFY(misleading);
        QVERIFY2(misleading->text.contains(QStringLiteral("2 misleading paths")),
                 qPrintable(misleading->text));
        QCOMPARE(misleading->notesKey, QStringLiteral("timeline"));
        for (const char *rule : {"communication.none", "rootcause.why", "mitigation.none",
                                 "actions.owner", "actions.due"})
            QVERIFY2(find(q, rule), rule);
        // Deck order: key facts before timeline before root cause before action items.
        QVERIFY(ruleIds(q).indexOf(QStringLiteral("detection.slow"))
                < ruleIds(q).indexOf(QStringLiteral("misleading.paths")));
        QVERIFY(ruleIds(q).indexOf(QStringLiteral("rootcause.why"))
                < ruleIds(q).indexOf(QStringLiteral("actions.owner")));

        // Seed 000 detected at once: no detection question; escalation came after 2 hours.
        const QList<ReviewQuestion> q0 = suggestedReviewQuestions(seed("000_21a48f8409a941f2.txt"));
        QVERIFY(!find(q0, "detection.slow"));
        const ReviewQuestion *escalation = find(q0, "escalation.slow");
        QVERIFY(escalation);
        QVERIFY2(escalation->text.contains(QStringLiteral("2 hours after detection")),
                 qPrintable(escalation->text));
    }

    void rulesFollowTheirThresholds()
    {
        // Detected at 10:04 (under 5 min), escalated 10:30 (26 min after detection), mitigated.
        Postmortem quick = incident({{QTime(10, 4), EventKind::Detection},
                                     {QTime(10, 30), EventKind::Escalation},
                                     {QTime(10, 40), EventKind::Mitigation},
                                     {QTime(11, 30), EventKind::Resolution}});
        QCOMPARE(ruleIds(suggestedReviewQuestions(quick)), QStringList());

        Postmortem slow = quick;
        slow.timeline[0].at.time = QTime(10, 5);  // 5 min to detect
        slow.timeline[1].at.time = QTime(10, 35); // 30 min after detection
        slow.timeline[2].kind = EventKind::Investigation;
        slow.usersAffectedPercent = 25;
        slow.actionItems.append({QStringLiteral("Docs"), QStringLiteral("task"), {}, {}, false});
        slow.actionItems.append({QStringLiteral("Old"), QStringLiteral("task"), {}, {}, true});
        slow.rootCause = QStringLiteral("A bad deploy.");
        QCOMPARE(ruleIds(suggestedReviewQuestions(slow)),
                 list({"detection.slow", "escalation.slow", "communication.none", "rootcause.why",
                       "mitigation.none", "actions.owner", "actions.due"}));
        // Only open items count: one without owner, one without due date.
        QVERIFY(find(suggestedReviewQuestions(slow), "actions.owner")
                    ->text.startsWith(QStringLiteral("One open action item has no owner")));

        Postmortem none = incident({});
        none.actionItems.clear();
        QCOMPARE(ruleIds(suggestedReviewQuestions(none)),
                 list({"detection.missing", "escalation.missing", "actions.none"}));

        Postmortem early = incident({{QTime(9, 50), EventKind::Detection}});
        QVERIFY(find(suggestedReviewQuestions(early), "detection.before-start"));
        QVERIFY(find(suggestedReviewQuestions(early), "detection.before-start")
                    ->text.contains(QStringLiteral("10 minutes before")));
    }

    void writtenNotesReplaceTheSuggestions()
    {
        Postmortem pm = seed("002_f501168319a7d76f.txt");
        const QString suggested = speakerNotesFor(pm, QStringLiteral("key-facts"));
        QVERIFY2(suggested.startsWith(QStringLiteral("• Detection took 15 minutes")),
                 qPrintable(suggested));
        QVERIFY(!hasWrittenNotes(pm, QStringLiteral("key-facts")));
        // The closing slide recaps every question.
        QCOMPARE(speakerNotesFor(pm, QStringLiteral("questions")).count(QStringLiteral("• ")),
                 suggestedReviewQuestions(pm).size());
        QVERIFY(speakerNotesFor(pm, QStringLiteral("title")).isEmpty());

        pm.speakerNotes.insert(QStringLiteral("key-facts"), QStringLiteral("Thank the on-call."));
        QVERIFY(hasWrittenNotes(pm, QStringLiteral("key-facts")));
        QCOMPARE(speakerNotesFor(pm, QStringLiteral("key-facts")),
                 QStringLiteral("Thank the on-call."));
        pm.speakerNotes.insert(QStringLiteral("key-facts"), QStringLiteral("  \n"));
        QCOMPARE(speakerNotesFor(pm, QStringLiteral("key-facts")), suggested);
    }
};

QTEST_GUILESS_MAIN(TestSpeakerNotes)
#include "tst_speakernotes.moc"
