// Event kinds inferred from the wording of a timeline entry (core/import/eventkinds.h: the cues
// and the naive Bayes model of core/import/kindmodel.h), measured on sets of entries written for
// Hindsight in our own words, in the styles real postmortems use, each with the kind a careful
// reader gives it. Prints accuracy per kind and the entries read wrong.
// - The sets the shipped model learns from (resources/event-kinds/) are each measured with a
//   model learned from all the others (leave one set out); "labelled", the first, must read
//   90 % (issue #16).
// - The sets under tests/data were never read for cues nor learned from: they measure how the
//   whole reading generalises to wording it has never seen, each and all together
//   (neverReadSetsTogether, which must read 90 %: issue #16).
// labelledSets_data says how each set was written and first measured; each has a floor under
// its measured accuracy.
#include "core/import/eventkinds.h"
#include "core/import/kindmodel.h"

#include <QFile>
#include <QMap>
#include <QTest>

#include <cmath>
#include <functional>

using namespace Hindsight;

class TestEventKinds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void labelledSets_data();
    void labelledSets();
    void neverReadSetsTogether();
    void labelsNameTheKind();
    void negatedRecoveryIsNoResolution();
    void updatedRecordsAreNoCommunication();
    void countedRestartsAreNoMitigation();
    void checkThatPagesIsDetection();
    void namedJobsAreNoMitigation();
    void responseOrder();
    void featuresOfAnEntry();
    void examplesParseOrSayWhere();
    void modelLearnsFromExamples();
    void modelAloneMustBeSure();
};

namespace {

struct Measured
{
    int right = 0;
    int total = 0;
};

/// The labelled sets the shipped model learns from (resources/event-kinds/), in the core
/// library's resources.
const QString kLearnedSets = QStringLiteral(":/event-kinds/");

/// Every entry of the learned sets but those of `file` (the sets read once).
QList<Import::KindExample> learnedExamplesBut(const QString &file)
{
    static const QMap<QString, QList<Import::KindExample>> sets
        = Import::readKindSets(kLearnedSets);
    QList<Import::KindExample> examples;
    for (auto it = sets.cbegin(); it != sets.cend(); ++it)
        if (it.key() != file)
            examples += it.value();
    return examples;
}

/// Infers each example's kind with `classify` and prints the accuracy per kind and, when
/// `listWrong`, the entries read wrong.
Measured measureExamples(const QList<Import::KindExample> &examples,
                         const std::function<EventKind(const QString &)> &classify,
                         bool listWrong = true)
{
    Measured all;
    QMap<QString, int> right;
    QMap<QString, int> total;
    QStringList wrong;
    for (const Import::KindExample &e : examples) {
        const QString want = eventKindName(e.kind);
        const EventKind got = classify(e.text);
        ++total[want];
        ++all.total;
        if (got == e.kind) {
            ++right[want];
            ++all.right;
        } else {
            wrong.append(
                QStringLiteral("  %1 read as %2: %3").arg(want, eventKindName(got), e.text));
        }
    }
    for (auto it = total.cbegin(); it != total.cend(); ++it)
        qInfo().noquote() << QStringLiteral("%1 %2/%3 = %4%")
                                 .arg(it.key(), -14)
                                 .arg(right.value(it.key()))
                                 .arg(it.value())
                                 .arg(100.0 * right.value(it.key()) / it.value(), 0, 'f', 0);
    qInfo().noquote() << QStringLiteral("overall %1/%2 = %3%")
                             .arg(all.right)
                             .arg(all.total)
                             .arg(all.total ? 100.0 * all.right / all.total : 0.0, 0, 'f', 1);
    if (listWrong)
        for (const QString &w : std::as_const(wrong))
            qInfo().noquote() << w;
    return all;
}

/// measureExamples on the set in `file` (kind<TAB>text lines, '#' comments); nothing measured
/// when the file cannot be read or a line does not parse.
Measured measure(const QString &file, const std::function<EventKind(const QString &)> &classify)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QString error;
    const QList<Import::KindExample> examples
        = Import::parseKindExamples(QString::fromUtf8(f.readAll()), &error);
    if (!error.isEmpty()) {
        qWarning().noquote() << file << error;
        return {};
    }
    return measureExamples(examples, classify);
}

/// The sets written at stop 41 for the event-kind model to learn from, by four helpers that had
/// read neither the cues nor any earlier set, each in another style: company postmortems'
/// timeline tables with long entries, small teams' and homelab operators' first-person notes
/// and chat lines, the SRE book's present tense with roles, on-call fragments. Measured with
/// each left out of the model. Learning from them moved the sets never learned (20, 25-28)
/// from 431/480 = 89.8 % to 439/480 = 91.5 %.
void addModelSetsFromStop41()
{
    QTest::newRow("twenty-ninth, learned")
        << QStringLiteral("event-kinds-heldout29.tsv") << 90 << 0.85;
    QTest::newRow("thirtieth, learned") << QStringLiteral("event-kinds-heldout30.tsv") << 90 << 0.8;
    QTest::newRow("thirty-first, learned")
        << QStringLiteral("event-kinds-heldout31.tsv") << 90 << 0.85;
    QTest::newRow("thirty-second, learned")
        << QStringLiteral("event-kinds-heldout32.tsv") << 90 << 0.8;
}

/// Three more sets written at the end of stop 41 by helpers that had read neither the cues nor
/// any set, in styles no set had: blog posts told after the fact, security and data incidents,
/// operations far from software (a council, a hospital, an airport). Learned from, they moved
/// the never-read sets 439 -> 442/480, but read two of 88 blind-labelled real entries worse and
/// changed nine more, five of them for the worse: so they are kept out of the model, as more
/// wording never seen. Scored only, never read: cues alone 68, 74 and 63/96 (205/288 =
/// 71.2 %), with the model 85, 83 and 82/96 (250/288 = 86.8 %).
void addNeverLearnedSetsFromStop41()
{
    QTest::newRow("thirty-third, never learned")
        << QStringLiteral("event-kinds-heldout33.tsv") << 90 << 0.8;
    QTest::newRow("thirty-fourth, never learned")
        << QStringLiteral("event-kinds-heldout34.tsv") << 90 << 0.8;
    QTest::newRow("thirty-fifth, never learned")
        << QStringLiteral("event-kinds-heldout35.tsv") << 90 << 0.8;
}

/// Four sets written at stop 42 by helpers that had read neither the cues nor any set. Sets 36
/// and 37 are learned from (status pages, ticket systems and non-native English; security,
/// data pipelines, mobile releases and volunteer-run services); measured with each left out.
/// Sets 38 and 39 (each across five or more kinds of writer or trade) were kept out of
/// everything, scored only once the model and its bars were settled: the honest measure of
/// that stop's work.
void addSetsFromStop42()
{
    QTest::newRow("thirty-sixth, learned")
        << QStringLiteral("event-kinds-heldout36.tsv") << 90 << 0.8;
    QTest::newRow("thirty-seventh, learned")
        << QStringLiteral("event-kinds-heldout37.tsv") << 90 << 0.8;
    QTest::newRow("thirty-eighth, never learned")
        << QStringLiteral("event-kinds-heldout38.tsv") << 90 << 0.75;
    QTest::newRow("thirty-ninth, never learned")
        << QStringLiteral("event-kinds-heldout39.tsv") << 90 << 0.75;
}

/// The held-out sets written from stop 37 on: the rows of labelledSets_data after the earlier
/// ones, with how each was written and first measured.
void addHeldOutSetsFromStop37()
{
    // Written at stop 37 the same way (varied styles: status-page phases, chat lines, live-log
    // fragments, non-native English): first score 76/96 = 79.2 % on main 20ef557, before any
    // change of that stop (detection 6/12 the weakest); after the families drawn from sets
    // 11-14 (a customer's report to support, an alert rule's CamelCase name, a rate limit by
    // its number, a stopgap by what it protects, the lead-up told in the past perfect …) 93/96.
    QTest::newRow("fourteenth held-out")
        << QStringLiteral("event-kinds-heldout14.tsv") << 90 << 0.85;
    // Written at stop 37 the same way, in the styles of more kinds of team (a bank, a game
    // studio, a university, volunteer infrastructure), after set 14 and scored only, never
    // read for misses at first: 67/96 = 69.8 % with the cues of 20ef557, 70/96 = 72.9 % with
    // the families drawn from sets 11-14 — the honest measure of those. Its misses were then
    // read with the earlier sets' (a role named, "take IC", logs that "say", a phone going
    // off, the bug still there, mail that explains …): 93/96.
    QTest::newRow("fifteenth held-out")
        << QStringLiteral("event-kinds-heldout15.tsv") << 90 << 0.85;
    // Written at stop 37 the same way, for teams far from web SaaS (a hospital, an airline, a
    // library, a build farm, an ISP), and scored only, never read for misses: 66/96 = 68.8 %
    // with the cues of 20ef557, 70/96 = 72.9 % with all of stop 37's. Unseen wording reads
    // about 70 %; each round of families drawn from misses adds three or four points on it.
    // Stop 38 read its misses with set 17's: 93/96.
    QTest::newRow("sixteenth held-out")
        << QStringLiteral("event-kinds-heldout16.tsv") << 90 << 0.85;
    // Written at stop 38 by a helper that had read neither the cues nor any earlier set
    // (a podcast host, a water utility, a crypto exchange, a school platform …): first score
    // 75/96 = 78.1 % with the cues of 7653e67. Its misses were then read with set 16's, for
    // families each seen in both or in an earlier set (an attempt followed by the problem
    // "again" or "exactly as before", a report phoned to the desk, a copy served "while a
    // rebuild runs", "fix verified", "next update at", "nobody noticed at the time"): 94/96,
    // and set 16 70 -> 93/96.
    QTest::newRow("seventeenth held-out")
        << QStringLiteral("event-kinds-heldout17.tsv") << 90 << 0.85;
    // Written at stop 38 by another helper the same way (a railway, a radio telescope, ATMs,
    // a bike share …) and scored only, never read for misses: 70/96 = 72.9 % with the cues of
    // 7653e67, 74/96 = 77.1 % with stop 38's families — the honest measure of them, 77/96
    // with the families drawn from set 19. Stop 39, once sets 19 and 20 had been scored, read
    // its misses for families each also seen in other sets (a "wrong suspect", the same
    // output again, the severity raised, time bought, a notice published): 92/96.
    QTest::newRow("eighteenth held-out")
        << QStringLiteral("event-kinds-heldout18.tsv") << 90 << 0.85;
    // Written at stop 39 by a helper that had read neither the cues nor any earlier set (a
    // satellite ground station, a ferry's bookings, a hospital lab, a smart-meter fleet …):
    // first score 56/96 = 58.3 % on main 07a24af, before any change of that stop (mitigation
    // 4/12, resolution 5/12 the weakest). Its misses were then read, for families each also
    // seen in earlier sets (a monitoring system as the entry's label, a caller "to say", a
    // try "exactly the same", "for now", "same as before the release", an SMS to all
    // passengers): 89/96, while set 18 went 74 -> 77/96 and set 20 stayed at 72/96.
    QTest::newRow("nineteenth held-out")
        << QStringLiteral("event-kinds-heldout19.tsv") << 90 << 0.85;
    // Written at stop 39 by another helper the same way, in the
    // plain, hurried style of real on-call timelines (a validator, a newsroom CMS, a payroll run
    // …), and scored only, never read for misses: first score 72/96 = 75.0 % on main 07a24af
    // (communication and detection 7/12 the weakest); 72/96 with the families drawn from set
    // 19, 74/96 = 77.1 % with those drawn from set 18 as well — the honest measure of both.
    QTest::newRow("twentieth held-out")
        << QStringLiteral("event-kinds-heldout20.tsv") << 90 << 0.70;
    // Written at stop 40 by two more helpers the same way (each read a different half of the
    // review set for style; ledgers, CDNs, SSO, cron hosts …): first scores 87/96 = 90.6 % and
    // 83/96 = 86.5 % on main 30d4e06, before any change of that stop — 170/192 = 88.5 % on
    // wording never read. Set 22's misses were then read for families each also seen in
    // earlier sets (a monitor that "triggers" and PagerDuty's TRIGGERED state, a third party
    // that "emails us", "bridge opened" and "asked to join", a ticket by its number filed with
    // a vendor, a service "pointed at the secondary", "rolled X back", a version number inside
    // "fix shipped … and verified", "reading through the diff", "later found to have
    // triggered", "on its usual schedule"): set 22 94/96, set 21 90/96 (its misses had been
    // printed beside set 22's; no family was drawn from it alone).
    QTest::newRow("twenty-first held-out")
        << QStringLiteral("event-kinds-heldout21.tsv") << 90 << 0.85;
    QTest::newRow("twenty-second held-out")
        << QStringLiteral("event-kinds-heldout22.tsv") << 90 << 0.85;
    // Written later in stop 40 by two more helpers: set 23 for organisations far from web
    // services (traffic lights, a hospital pharmacy, a broadcaster's playout, tills, payroll),
    // avoiding each kind's own word; set 24 in on-call shorthand ("ack'd by @lena", "5xx",
    // "looks like dns?"). First scores on main dd0a138, after set 22's families: 64/96 = 66.7 %
    // and 79/96 = 82.3 % (143/192 = 74.5 % together). Set 23's misses were then read for
    // families each also seen in other sets (a caller who radios "to say" or rings "asking
    // why", the affected phoned or mailed, a message to all of them, a post in a channel for
    // a named audience, a suspect "taken for" the cause, "on its monthly schedule"): 73/96.
    // Set 24 was first only scored (79/96, the honest measure of both rounds); once sets 25
    // and 26 were being written, its misses were read too (a heads-up, a suspect chased,
    // "8 -> 24 replicas", an RCA review booked): 83/96.
    QTest::newRow("twenty-third held-out")
        << QStringLiteral("event-kinds-heldout23.tsv") << 90 << 0.7;
    QTest::newRow("twenty-fourth held-out")
        << QStringLiteral("event-kinds-heldout24.tsv") << 90 << 0.75;
    // Written at the end of stop 40 by two more helpers (a SaaS company and an open-source
    // project's infrastructure told after the fact; a fintech, a telecom, a news CMS … in
    // mixed styles) and scored only, never read: 76/96 = 79.2 % and 81/96 = 84.4 % with all
    // of that stop's families (157/192 = 81.8 %), the honest measure of them.
    QTest::newRow("twenty-fifth held-out")
        << QStringLiteral("event-kinds-heldout25.tsv") << 90 << 0.75;
    QTest::newRow("twenty-sixth held-out")
        << QStringLiteral("event-kinds-heldout26.tsv") << 90 << 0.75;
    // Written at stop 41 by two more helpers that had read neither the cues nor any earlier
    // set: set 27 across many trades (a water utility, a university desk, a newspaper) and
    // styles, set 28 as different authors write (first person, roles and names, log
    // fragments, British and non-native English). Scored only, never read nor learned.
    // With the cues alone (main eee45c0): 80/96 = 83.3 % and 72/96 = 75.0 %; with the model
    // of stop 41 (learned from the sets of resources/event-kinds/): 93/96 and 87/96. Sets 20
    // and 25-28 together: cues alone 383/480 = 79.8 %, with the model 439/480 = 91.5 %.
    QTest::newRow("twenty-seventh held-out")
        << QStringLiteral("event-kinds-heldout27.tsv") << 90 << 0.75;
    QTest::newRow("twenty-eighth held-out")
        << QStringLiteral("event-kinds-heldout28.tsv") << 90 << 0.75;
    addModelSetsFromStop41();
    addNeverLearnedSetsFromStop41();
    addSetsFromStop42();
}

} // namespace

void TestEventKinds::labelledSets_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("minEntries");
    QTest::addColumn<double>("floor");
    // The set the cues are written with: issue #16 asks for 90 %.
    QTest::newRow("labelled") << QStringLiteral("event-kinds.tsv") << 200 << 0.9;
    // Written after the vocabularies and never tuned on.
    QTest::newRow("held-out") << QStringLiteral("event-kinds-heldout.tsv") << 50 << 0.8;
    // Written without reading the vocabularies, 12 entries per kind. First measured at 67/96;
    // its misses then showed whole families of wording the cues lacked (debugging verbs, alert
    // states, "failed … over to", queues drained), which were added with entries of our own in
    // event-kinds.tsv: it reads about 88/96 since, and is no longer a held-out measure.
    QTest::newRow("second") << QStringLiteral("event-kinds-heldout2.tsv") << 90 << 0.85;
    // Written by someone who had read neither the vocabularies nor the other sets, 12 entries
    // per kind, after the stop-30 cue changes; never tuned on: the honest number (about 72 %).
    QTest::newRow("third held-out") << QStringLiteral("event-kinds-heldout3.tsv") << 90 << 0.6;
    // Written at stop 31 the same way (a helper that had read neither the vocabularies nor the
    // other sets); first measured at 60/96 = 62.5 % on main f094617, before any change of that
    // stop. Detection, escalation and resolution were the weakest kinds (6/12 each).
    // Stop 32 drew cue families seen in both sets 4 and 5 from their misses: 87/96 and 86/96.
    QTest::newRow("fourth held-out") << QStringLiteral("event-kinds-heldout4.tsv") << 90 << 0.85;
    // Written by a third helper during stop 31, measured only after that stop's cue changes,
    // which set 4's misses had partly guided (set 4 then read 77/96): the clean number for
    // those changes, 57/96 before them and 65/96 = 68 % after.
    QTest::newRow("fifth held-out") << QStringLiteral("event-kinds-heldout5.tsv") << 90 << 0.85;
    // Written at stop 32 by two helpers that had read neither the vocabularies nor the other
    // sets, and scored only: never read for misses. Before that stop's cue families (drawn
    // from sets 4 and 5) 60/96 and 62/96, after them 64/96 and 65/96.
    // Stop 34 drew cue families seen in two of sets 6-8 from their misses: 64 -> 88/96,
    // 65 -> 85/96 and 70 -> 90/96.
    QTest::newRow("sixth held-out") << QStringLiteral("event-kinds-heldout6.tsv") << 90 << 0.85;
    QTest::newRow("seventh held-out") << QStringLiteral("event-kinds-heldout7.tsv") << 90 << 0.85;
    // Written at stop 33 the same way; first score 70/96 = 72.9 % on main 7ff0f99, before any
    // change of that stop.
    QTest::newRow("eighth held-out") << QStringLiteral("event-kinds-heldout8.tsv") << 90 << 0.85;
    // Written at stop 34 the same way; first score 77/96 = 80.2 % on main b8d3988, before any
    // cue change of that stop (mitigation 7/12 the weakest kind). Never used for cues: after
    // the families drawn from sets 6-8 it reads 82/96 = 85.4 %, the honest number for them.
    QTest::newRow("ninth held-out") << QStringLiteral("event-kinds-heldout9.tsv") << 90 << 0.8;
    // Written at stop 35 the same way; first score 82/96 = 85.4 % on main e59d91e, before any
    // change of that stop (communication 9/12 the weakest kind). Stop 35 then drew cue
    // families seen in the misses of both sets 9 and 10: set 9 82 -> 88/96, set 10 -> 92/96.
    QTest::newRow("tenth held-out") << QStringLiteral("event-kinds-heldout10.tsv") << 90 << 0.85;
    // Written at stop 35 the same way, and scored only, never read for misses: 79/96 = 82.3 %
    // with the cues of main e59d91e, before any change of that stop; the number after that
    // stop's cue families is the honest measure of them.
    // Stop 37 then read its misses with those of sets 12-14: 79 -> 90/96.
    QTest::newRow("eleventh held-out") << QStringLiteral("event-kinds-heldout11.tsv") << 90 << 0.85;
    // Written at stop 36 the same way, asked to vary the wording more (no stock phrases, the
    // kind's own word avoided): first score 63/96 = 65.6 % on main 88acab7 (detection and
    // resolution 6/12 the weakest). Stop 36 drew word forms and families seen in it and in
    // earlier sets (bounced, to buy time, the pager waking someone, back at 99.9 %, hands
    // command, broken down per …): 74/96, while set 11 stayed at 79/96. Stop 37: 90/96.
    QTest::newRow("twelfth held-out") << QStringLiteral("event-kinds-heldout12.tsv") << 90 << 0.85;
    // Written at stop 36 the same way, in ordinary wording, and scored only, never read for
    // misses: 72/96 = 75.0 % with the cues of 88acab7 and 72/96 with stop 36's (other 6/12
    // and detection 7/12 the weakest): the word forms drawn from set 12 did not reach it.
    // Stop 37 then read its misses with those of sets 11, 12 and 14, for families each seen
    // in two sets or more: 94/96.
    QTest::newRow("thirteenth held-out")
        << QStringLiteral("event-kinds-heldout13.tsv") << 90 << 0.85;
    addHeldOutSetsFromStop37();
}

void TestEventKinds::labelledSets()
{
    QFETCH(QString, file);
    QFETCH(int, minEntries);
    QFETCH(double, floor);
    // A set the shipped model learns from is measured with a model learned from all the
    // others (leave one set out); a set under tests/data is never learned from.
    Measured m;
    if (QFile::exists(kLearnedSets + file)) {
        const Import::KindModel model = Import::KindModel::train(learnedExamplesBut(file));
        qInfo("left out of the model (%lld features):", qlonglong(model.vocabularySize()));
        m = measure(kLearnedSets + file,
                    [&](const QString &text) { return Import::inferKind(text, model); });
    } else {
        qInfo("never learned nor read:");
        m = measure(QStringLiteral(HINDSIGHT_TEST_DATA "/") + file,
                    [](const QString &text) { return Import::inferKind(text); });
    }
    QVERIFY(m.total >= minEntries);
    QVERIFY2(m.right >= floor * m.total, qPrintable(QStringLiteral("%1: %2/%3 below %4 %")
                                                        .arg(file)
                                                        .arg(m.right)
                                                        .arg(m.total)
                                                        .arg(floor * 100)));
}

void TestEventKinds::neverReadSetsTogether()
{
    // Every set under tests/data at once, per kind: the one number for wording never seen.
    // Stop 42 (sets 20, 25-28, 33-35, 38, 39; 960 entries): 880 = 91.7 %.
    const QMap<QString, QList<Import::KindExample>> sets
        = Import::readKindSets(QStringLiteral(HINDSIGHT_TEST_DATA));
    QList<Import::KindExample> all;
    for (const QList<Import::KindExample> &examples : sets)
        all += examples;
    qInfo("%lld sets never read nor learned from:", qlonglong(sets.size()));
    // The entries read wrong are listed by each set's own row of labelledSets.
    const Measured m = measureExamples(
        all, [](const QString &text) { return Import::inferKind(text); }, false);
    QVERIFY(sets.size() >= 10);
    QVERIFY(m.total >= 900);
    QVERIFY2(m.right >= 0.9 * m.total, "issue #16 asks for 90 % on wording the team wrote");
}

void TestEventKinds::labelsNameTheKind()
{
    QCOMPARE(Import::kindFromLabel(QStringLiteral("**Detection:**")), EventKind::Detection);
    QCOMPARE(Import::kindFromLabel(QStringLiteral("Escalation")), EventKind::Escalation);
    QCOMPARE(Import::kindFromLabel(QStringLiteral("Recovery")), EventKind::Resolution);
    QCOMPARE(Import::kindFromLabel(QStringLiteral("Lunch")), std::nullopt);
}

void TestEventKinds::countedRestartsAreNoMitigation()
{
    // A count of restarts is how a symptom is told; a time before the action is not a count.
    QVERIFY(Import::inferKind(QStringLiteral("The worker hits 10/10 restarts and is stopped"))
            != EventKind::Mitigation);
    QVERIFY(Import::inferKind(QStringLiteral("Pod shows 3 restarts since midnight"))
            != EventKind::Mitigation);
    QCOMPARE(Import::inferKind(QStringLiteral("03:30 failover to the standby done")),
             EventKind::Mitigation);
    QCOMPARE(Import::inferKind(QStringLiteral("Restarted the ingest workers")),
             EventKind::Mitigation);
}

void TestEventKinds::checkThatPagesIsDetection()
{
    // The check that pages the on-call engineer is detection however long the sentence between
    // (review-heldout6); an escalation policy paging its next level is an escalation.
    QCOMPARE(Import::inferKind(QStringLiteral(
                 "our probe of the mail gateway's submission port failed four times in a row and "
                 "paged the on-call engineer")),
             EventKind::Detection);
    QCOMPARE(Import::inferKind(QStringLiteral("No one acknowledged, so the Opsgenie escalation "
                                              "policy moves on and pages the team lead")),
             EventKind::Escalation);
}

void TestEventKinds::namedJobsAreNoMitigation()
{
    // "Renew" and "rotate" are mitigations as verbs; "the renewal job", "the rotation runbook"
    // name a thing (review-heldout4 h01: time to mitigate read as 0 min).
    QVERIFY(Import::inferKind(QStringLiteral("The renewal job starts retrying timed-out charges"))
            != EventKind::Mitigation);
    QVERIFY(Import::inferKind(QStringLiteral("The key rotation runbook is opened"))
            != EventKind::Mitigation);
    QCOMPARE(Import::inferKind(QStringLiteral("Ravi renews the certificate")),
             EventKind::Mitigation);
    QCOMPARE(Import::inferKind(QStringLiteral("Rotated the signing key")), EventKind::Mitigation);
}

void TestEventKinds::updatedRecordsAreNoCommunication()
{
    // Updating people is telling them; updating accounts or tenants is changing records.
    QCOMPARE(Import::inferKind(QStringLiteral("Updated the affected customers by email")),
             EventKind::Communication);
    QCOMPARE(Import::inferKind(QStringLiteral("Posted an update for stakeholders in #ops")),
             EventKind::Communication);
    QCOMPARE(Import::inferKind(QStringLiteral("Notified the affected accounts by email")),
             EventKind::Communication);
    // A notification or an email from people is their report; one to them is telling them.
    QCOMPARE(Import::inferKind(QStringLiteral("First notification from users about the outage")),
             EventKind::Detection);
    QCOMPARE(Import::inferKind(QStringLiteral("Several emails from customers about failed logins")),
             EventKind::Detection);
    QCOMPARE(Import::inferKind(QStringLiteral("Sent a notification to all users about the outage")),
             EventKind::Communication);
    QVERIFY(Import::inferKind(QStringLiteral("Ran a script to update all tenant billing records"))
            != EventKind::Communication);
    QVERIFY(Import::inferKind(QStringLiteral("Script finished updating account federation "
                                             "metadata; sign-in confirmed working"))
            != EventKind::Communication);
}

void TestEventKinds::negatedRecoveryIsNoResolution()
{
    // The recovery words negated say the service is still down.
    QCOMPARE(Import::inferKind(QStringLiteral("Payments are back up.")), EventKind::Resolution);
    QVERIFY(Import::inferKind(QStringLiteral("Deploy finished but payments not back up"))
            != EventKind::Resolution);
    QVERIFY(Import::inferKind(QStringLiteral("The queue is not yet recovered"))
            != EventKind::Resolution);
    // Restoring begun is work toward the end, not the end; restored is the end.
    QCOMPARE(Import::inferKind(QStringLiteral("06:12: Began restoring the orders table from a "
                                              "snapshot")),
             EventKind::Mitigation);
    QCOMPARE(Import::inferKind(QStringLiteral("We started the restoration process again with "
                                              "an older backup")),
             EventKind::Mitigation);
    QCOMPARE(Import::inferKind(QStringLiteral("Orders table restored; writes succeed again")),
             EventKind::Resolution);
}

void TestEventKinds::responseOrder()
{
    const auto kindsAfterOrdering
        = [](const QStringList &texts, const QList<bool> &fixed, QList<EventKind> labelled = {}) {
              QList<TimelineEvent> timeline;
              for (qsizetype i = 0; i < texts.size(); ++i) {
                  TimelineEvent e;
                  e.text = texts.at(i);
                  e.kind = i < labelled.size() ? labelled.at(i) : Import::inferKind(e.text);
                  timeline.append(e);
              }
              Import::orderKindsAlongTimeline(timeline, fixed);
              QList<EventKind> kinds;
              for (const TimelineEvent &e : timeline)
                  kinds.append(e.kind);
              return kinds;
          };
    const QStringList outage{
        QStringLiteral("The 4.2 release of checkout goes out"),
        QStringLiteral("Investigation starts after noticing the error graph; the team is looking "
                       "at the load balancer logs"),
        QStringLiteral("Sam says the workers had been restarted nine times"),
        QStringLiteral("Dana suggests rolling back the morning deploy"),
        QStringLiteral("The deploy is rolled back"),
        QStringLiteral("Error rate back to normal"),
    };
    // Read one by one, the second entry is an investigation and the third a detection.
    QCOMPARE(Import::inferKind(outage.at(1)), EventKind::Investigation);
    QCOMPARE(Import::inferKind(outage.at(2)), EventKind::Detection);
    QCOMPARE(
        kindsAfterOrdering(outage, {}),
        (QList<EventKind>{EventKind::Other, EventKind::Detection, EventKind::Investigation,
                          EventKind::Investigation, EventKind::Mitigation, EventKind::Resolution}));
    // A kind a label named stays: here the second entry was labelled "Investigation:".
    QCOMPARE(kindsAfterOrdering(outage, {false, true}).at(1), EventKind::Investigation);
    // A timeline that never says how the problem was seen gets no detection.
    const QStringList quiet{QStringLiteral("The team is looking at the slow queries"),
                            QStringLiteral("The index is rebuilt and latency recovers")};
    QCOMPARE(kindsAfterOrdering(quiet, {}),
             (QList<EventKind>{EventKind::Investigation, EventKind::Resolution}));
}

void TestEventKinds::featuresOfAnEntry()
{
    const QStringList f
        = Import::kindFeatures(QStringLiteral("Rolled BACK at 14:02; 3 pods re-run"));
    for (const char *want : {"rolled", "back", "rolled_back", "at", "#time", "at_#time", "#num",
                             "pods", "re-run", "pods_re-run"})
        QVERIFY2(f.contains(QLatin1String(want)), want);
    QVERIFY(!f.contains(QStringLiteral("14")));
    QVERIFY(!f.contains(QStringLiteral("02")));
    // A word repeated counts once; a date's parts are numbers, not times.
    QCOMPARE(Import::kindFeatures(QStringLiteral("retry retry retry")).count(u"retry"_qs), 1);
    QVERIFY(!Import::kindFeatures(QStringLiteral("2024-06-30")).contains(u"#time"_qs));
    QCOMPARE(Import::kindFeatures(QStringLiteral("07h15 9.30")),
             (QStringList{u"#time"_qs, u"#time_#time"_qs}));
    QVERIFY(Import::kindFeatures(QString()).isEmpty());
    // Commands, identifiers and tags are not the writer's words.
    QCOMPARE(Import::kindFeatures(QStringLiteral("Restarted `web-7f3c` <br/>now")),
             (QStringList{u"restarted"_qs, u"now"_qs, u"restarted_now"_qs}));
    QCOMPARE(Import::kindFeatures(QStringLiteral("a ` b")),
             (QStringList{u"a"_qs, u"b"_qs, u"a_b"_qs}));
}

void TestEventKinds::examplesParseOrSayWhere()
{
    QString error;
    const auto examples = Import::parseKindExamples(
        QStringLiteral("# a comment\nmitigation\tFailed over to the standby\n\n"
                       "resolution\tAll green again\nno tab on this line\nother\tnever read"),
        &error);
    QCOMPARE(examples.size(), 2);
    QCOMPARE(examples.at(0).kind, EventKind::Mitigation);
    QCOMPARE(examples.at(1).text, QStringLiteral("All green again"));
    QVERIFY2(error.contains(QStringLiteral("line 5")), qPrintable(error));
    error.clear();
    QCOMPARE(Import::parseKindExamples(QStringLiteral("mitigate\tdrained"), &error).size(), 0);
    QVERIFY(!error.isEmpty());
}

void TestEventKinds::modelLearnsFromExamples()
{
    // The shipped model has found its sets in the resources.
    QVERIFY(Import::KindModel::shipped().vocabularySize() > 10000);
    const Import::KindModel empty = Import::KindModel::train({});
    QCOMPARE(empty.vocabularySize(), 0);
    const Import::KindModel model = Import::KindModel::train({
        {EventKind::Mitigation, QStringLiteral("Drained the node")},
        {EventKind::Mitigation, QStringLiteral("Drained traffic away from the zone")},
        {EventKind::Communication, QStringLiteral("Posted a notice for customers")},
        {EventKind::Communication, QStringLiteral("Posted an update on the status page")},
    });
    QVERIFY(model.vocabularySize() > 10);
    const auto index = [](EventKind k) {
        return std::size_t(k);
    };
    int known = -1;
    const auto drained = model.logScores(QStringLiteral("drained the east node"), &known);
    QCOMPARE(known, 4); // drained, the, node, drained_the: "east" was never seen
    QVERIFY(drained[index(EventKind::Mitigation)] > drained[index(EventKind::Communication)]);
    const auto posted = model.logScores(QStringLiteral("Posted a short notice"));
    QVERIFY(posted[index(EventKind::Communication)] > posted[index(EventKind::Mitigation)]);
    // A text of unseen words has only the prior: two entries each, plus one.
    const auto unseen = model.logScores(QStringLiteral("zebra"), &known);
    QCOMPARE(known, 0);
    QCOMPARE(unseen[index(EventKind::Mitigation)], std::log(3.0));
    QCOMPARE(unseen[index(EventKind::Detection)], 0.0);
    const double c = Import::KindModel::confidence(drained);
    QVERIFY(c > 0.5 && c <= 1.0);
}

void TestEventKinds::modelAloneMustBeSure()
{
    // Without a model the cues decide alone; without cue or known word there is no evidence.
    const Import::KindModel none = Import::KindModel::train({});
    QCOMPARE(Import::inferKind(QStringLiteral("Restarted the ingest workers"), none),
             EventKind::Mitigation);
    QCOMPARE(Import::inferKind(QStringLiteral("Zorblax quibbled"), none), EventKind::Other);
    QCOMPARE(Import::inferKind(QStringLiteral("Zorblax quibbled")), EventKind::Other);
    // A made-up word no cue knows names a kind once the model has seen it often with that kind.
    // Every kind has entries of its own made-up words, as every kind of the shipped sets does.
    QList<Import::KindExample> examples;
    for (int k = 0; k <= int(EventKind::Other); ++k) {
        const bool resolution = k == int(EventKind::Resolution);
        const QString verb = resolution ? QStringLiteral("Flibbed") : QStringLiteral("Quorped");
        const QString thing = resolution ? QStringLiteral("sprocket") : QStringLiteral("gadget");
        for (int i = 0; i < 20; ++i)
            examples.append({EventKind(k), QStringLiteral("%1%2 the %3%2, case %4")
                                               .arg(verb, resolution ? QString() : QChar(u'a' + k))
                                               .arg(thing)
                                               .arg(i)});
    }
    const Import::KindModel model = Import::KindModel::train(examples);
    QCOMPARE(Import::inferKind(QStringLiteral("Flibbed the sprocket"), model),
             EventKind::Resolution);
    QVERIFY(!Import::readKind(QStringLiteral("Flibbed the sprocket"), model).guessed);
    // Seen once only, one word is not evidence enough on its own; a phrase seen once is a
    // guess (posterior from 0.9 to 0.999): shown, but not evidence of the incident's window.
    QList<Import::KindExample> once = examples;
    once.append({EventKind::Escalation, QStringLiteral("Snarfed")});
    once.append({EventKind::Escalation, QStringLiteral("Gronked the widget loudly")});
    const Import::KindModel onceModel = Import::KindModel::train(once);
    QCOMPARE(Import::inferKind(QStringLiteral("Snarfed"), onceModel), EventKind::Other);
    const Import::KindReading guess
        = Import::readKind(QStringLiteral("Gronked the widget loudly"), onceModel);
    QCOMPARE(guess.kind, EventKind::Escalation);
    QVERIFY(guess.guessed);
}

QTEST_GUILESS_MAIN(TestEventKinds)

#include "tst_eventkinds.moc"
