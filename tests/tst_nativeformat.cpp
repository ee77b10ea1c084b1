// The native file format: round-trip properties, byte stability, hand edits, bad front matter.
#include "core/markdownblocks.h"
#include "core/nativeformat.h"
#include "core/postmortemfile.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Hindsight;

namespace {

// Words with the characters that tend to break formats: non-ASCII, Markdown and YAML syntax,
// table pipes.
const QStringList kWords = {
    QStringLiteral("load"),       QStringLiteral("balancer"),
    QStringLiteral("Größe"),      QStringLiteral("日本語"),
    QStringLiteral("naïve"),      QStringLiteral("🚀"),
    QStringLiteral("a|b"),        QStringLiteral("x\\|y"),
    QStringLiteral("**bold**"),   QStringLiteral("`code`"),
    QStringLiteral("key:"),       QStringLiteral("- dash"),
    QStringLiteral("\"quoted\""), QStringLiteral("it's"),
    QStringLiteral("50%"),        QStringLiteral("[link](https://example.com)"),
    QStringLiteral("<b>"),        QStringLiteral("&amp;"),
};

QString words(QRandomGenerator &rng, int min, int max)
{
    QStringList out;
    const int n = rng.bounded(min, max + 1);
    for (int i = 0; i < n; ++i)
        out.append(kWords[rng.bounded(int(kWords.size()))]);
    return out.join(QLatin1Char(' ')).trimmed();
}

QString paragraphs(QRandomGenerator &rng)
{
    if (rng.bounded(4) == 0)
        return {}; // empty section
    QStringList ps;
    const int n = rng.bounded(1, 4);
    for (int i = 0; i < n; ++i)
        ps.append(words(rng, 1, 20));
    return ps.join(QStringLiteral("\n\n"));
}

/// A random but well-formed document: the shape a user can produce in the form.
Postmortem generate(quint32 seed)
{
    QRandomGenerator rng(seed);
    Postmortem pm;
    pm.title = words(rng, 1, 8);
    if (rng.bounded(2))
        pm.status = Status(rng.bounded(3));
    if (rng.bounded(2))
        pm.severity = Severity(rng.bounded(1, 6));
    for (int i = rng.bounded(3); i > 0; --i)
        pm.authors.append(words(rng, 1, 2));
    const QList<TimeZoneInfo> zones
        = {{QStringLiteral("UTC"), 0}, {QStringLiteral("PDT"), -420}, {QStringLiteral("IST"), 330}};
    std::optional<int> offset;
    if (rng.bounded(3)) {
        pm.timezone = zones[rng.bounded(int(zones.size()))];
        offset = pm.timezone->utcOffsetMinutes;
    }
    const QDate day = QDate(2024, 1, 1).addDays(rng.bounded(365));
    QTime t(rng.bounded(24), rng.bounded(60));
    pm.start = {day, t, offset, {}};
    const int events = rng.bounded(0, 12);
    QDate d = day;
    for (int i = 0; i < events; ++i) {
        const QTime next = t.addSecs(60 * rng.bounded(1, 240));
        if (next < t)
            d = d.addDays(1); // crosses midnight
        t = next;
        TimelineEvent e;
        e.at = {rng.bounded(5) ? d : QDate(), t, offset, {}};
        e.kind = allEventKinds()[rng.bounded(int(allEventKinds().size()))];
        e.text = words(rng, 0, 12);
        pm.timeline.append(e);
    }
    pm.end = {d, t, offset, {}};
    if (rng.bounded(2))
        pm.usersAffectedPercent = rng.bounded(0, 1001) / 10.0;
    pm.summary = paragraphs(rng);
    pm.impact = paragraphs(rng);
    pm.rootCause = paragraphs(rng);
    pm.resolution = paragraphs(rng);
    for (int i = rng.bounded(6); i > 0; --i) {
        ActionItem a;
        a.text = words(rng, 1, 10);
        a.category = rng.bounded(2) ? QStringLiteral("improvement") : QStringLiteral("task");
        a.owner = rng.bounded(2) ? words(rng, 1, 2) : QString();
        if (rng.bounded(2))
            a.due = day.addDays(rng.bounded(90));
        a.done = rng.bounded(2);
        pm.actionItems.append(a);
    }
    for (int i = rng.bounded(3); i > 0; --i)
        pm.sections.append(
            {QStringLiteral("Lessons %1 ").arg(i) + words(rng, 1, 3), paragraphs(rng)});
    // Drawn last, so the fields above are what they were before speaker notes existed.
    const QStringList noteKeys
        = {QStringLiteral("key-facts"), QStringLiteral("root-cause"),
           QStringLiteral("diagram:lb-1"), QStringLiteral("section:what-went-well")};
    for (int i = rng.bounded(4); i > 0; --i)
        pm.speakerNotes.insert(noteKeys[rng.bounded(int(noteKeys.size()))],
                               paragraphs(rng) + QStringLiteral("\n") + words(rng, 1, 6));
    // Event details, drawn after all the rest: lines that would break a section if they were
    // not kept inside their footnote (fences, headings, front matter, footnote definitions).
    const QStringList detailLines
        = {QStringLiteral("```"),  QStringLiteral("## Heading"), QStringLiteral("---"),
           QStringLiteral(""),     QStringLiteral("[^t1]:"),     QStringLiteral("\tTabbed"),
           QStringLiteral("  "),   QStringLiteral("> quoted"),   QStringLiteral("| a | b |"),
           QStringLiteral("<div>")};
    for (TimelineEvent &e : pm.timeline) {
        if (rng.bounded(3) != 0)
            continue;
        QStringList lines;
        for (int i = rng.bounded(1, 8); i > 0; --i)
            lines.append(rng.bounded(2) ? words(rng, 1, 6)
                                        : detailLines[rng.bounded(int(detailLines.size()))]);
        e.detail = trimBlankLines(lines.join(QLatin1Char('\n')));
    }
    return pm;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestNativeFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void saveThenOpenGivesEqualDocument_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 s = 1; s <= 300; ++s)
            QTest::addRow("seed %u", s) << s;
    }
    void saveThenOpenGivesEqualDocument()
    {
        QFETCH(quint32, seed);
        const Postmortem pm = generate(seed);
        const QByteArray bytes = writeNativeFormat(pm);
        QVERIFY(isNativeFormat(QString::fromUtf8(bytes)));
        const NativeReadResult r = readNativeFormat(QString::fromUtf8(bytes));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(r.postmortem.title, pm.title);
        QCOMPARE(r.postmortem.summary, pm.summary);
        QCOMPARE(r.postmortem.timeline, pm.timeline);
        QCOMPARE(r.postmortem.actionItems, pm.actionItems);
        QCOMPARE(r.postmortem.sections, pm.sections);
        QVERIFY(r.postmortem == pm);
        // open -> save gives identical bytes
        QCOMPARE(writeNativeFormat(r.postmortem), bytes);
    }

    void bundledSampleResavesToSameBytes()
    {
        const QByteArray bytes
            = readAll(QStringLiteral(HINDSIGHT_SOURCE_DIR "/resources/sample-postmortem.md"));
        QVERIFY(!bytes.isEmpty());
        const NativeReadResult r = readNativeFormat(QString::fromUtf8(bytes));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.postmortem.timeline.size(), 8);
        QCOMPARE(r.postmortem.timeline[5].at.date, QDate(2025, 6, 13)); // after midnight
        QCOMPARE(r.postmortem.actionItems.size(), 6);
        QCOMPARE(r.postmortem.usersAffectedPercent, 30.0);
        QCOMPARE(r.postmortem.timezone->label, QStringLiteral("CEST"));
        QCOMPARE(QString::fromUtf8(writeNativeFormat(r.postmortem)), QString::fromUtf8(bytes));
    }

    void lineBreakTagsInCellsResaveToSameBytes()
    {
        // A cell reads "<br>" as a line break: text that holds one at its ends (an import of
        // "| o | <br> |", found by fuzz_nativeformat) must save, open and save the same.
        Postmortem pm;
        pm.title = QStringLiteral("Cells");
        ActionItem a;
        a.text = QStringLiteral("Add alerts<br>");
        a.category = QStringLiteral("<br>process");
        a.owner = QStringLiteral("Ana<br>Li");
        pm.actionItems.append(a);
        TimelineEvent e;
        e.at.time = QTime(9, 5);
        e.text = QStringLiteral("Deploy<br>");
        pm.timeline.append(e);
        const QByteArray bytes = writeNativeFormat(pm);
        const NativeReadResult r = readNativeFormat(QString::fromUtf8(bytes));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.postmortem.actionItems.size(), 1);
        QCOMPARE(r.postmortem.actionItems.first().text, QStringLiteral("Add alerts"));
        QCOMPARE(r.postmortem.actionItems.first().category, QStringLiteral("process"));
        QCOMPARE(r.postmortem.actionItems.first().owner, QStringLiteral("Ana\nLi"));
        QCOMPARE(r.postmortem.timeline.first().text, QStringLiteral("Deploy"));
        QCOMPARE(writeNativeFormat(r.postmortem), bytes);
    }

    void servicesAndTagsRoundTrip()
    {
        Postmortem pm = generate(11);
        pm.services = {QStringLiteral("checkout-api"), QStringLiteral("payments db")};
        pm.tags = {QStringLiteral("config-change"), QStringLiteral("capacity")};
        const QByteArray bytes = writeNativeFormat(pm);
        QVERIFY(bytes.contains("services: [checkout-api, payments db]\n"));
        QVERIFY(bytes.contains("tags: [config-change, capacity]\n"));
        const NativeReadResult r = readNativeFormat(QString::fromUtf8(bytes));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.postmortem.services, pm.services);
        QCOMPARE(r.postmortem.tags, pm.tags);
        QCOMPARE(writeNativeFormat(r.postmortem), bytes);
        // Without them, no key is written (older files keep their bytes).
        pm.services.clear();
        pm.tags.clear();
        const QByteArray plain = writeNativeFormat(pm);
        QVERIFY(!plain.contains("services:"));
        QVERIFY(!plain.contains("\ntags:"));
        // Written by hand as one comma-separated scalar.
        const NativeReadResult hand = readNativeFormat(QStringLiteral(
            "---\nhindsight: 1\nservices: dns, edge proxy\ntags: [dependency]\n---\n# T\n"));
        QVERIFY2(hand.ok, qPrintable(hand.error));
        QCOMPARE(hand.postmortem.services,
                 QStringList({QStringLiteral("dns"), QStringLiteral("edge proxy")}));
        QCOMPARE(hand.postmortem.tags, QStringList{QStringLiteral("dependency")});
    }

    void handEditedBodyIsPickedUp()
    {
        Postmortem pm = generate(7);
        pm.summary = QStringLiteral("Original summary.");
        QString text = QString::fromUtf8(writeNativeFormat(pm));
        text.replace(QStringLiteral("Original summary."),
                     QStringLiteral("Edited in vim.\n\nWith a second paragraph."));
        // A user adds a row to the timeline table and prose under it.
        text.replace(QStringLiteral("\n## Root cause"),
                     QStringLiteral("| 23:59 | mitigation | Rolled back |\n\nA note under the "
                                    "table.\n\n## Root cause"));
        const NativeReadResult r = readNativeFormat(text);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.postmortem.summary,
                 QStringLiteral("Edited in vim.\n\nWith a second paragraph."));
        if (!pm.timeline.isEmpty()) {
            QCOMPARE(r.postmortem.timeline.size(), pm.timeline.size() + 1);
            QCOMPARE(r.postmortem.timeline.last().text, QStringLiteral("Rolled back"));
            QCOMPARE(r.postmortem.timeline.last().kind, EventKind::Mitigation);
            QCOMPARE(r.postmortem.timeline.last().at.time, QTime(23, 59));
        }
        bool noteKept = false;
        for (const Section &s : r.postmortem.sections)
            noteKept |= s.text.contains(QStringLiteral("A note under the table."));
        QVERIFY(noteKept);
    }

    void speakerNotesStayInTheFrontMatter()
    {
        Postmortem pm = generate(11);
        pm.speakerNotes.clear();
        const QByteArray without = writeNativeFormat(pm);
        QVERIFY(!without.contains("speakerNotes"));

        pm.speakerNotes.insert(QStringLiteral("root-cause"),
                               QStringLiteral("Ask: why was the weight 8?\n  - \"quoted\": yes"));
        pm.speakerNotes.insert(QStringLiteral("key-facts"), QStringLiteral("Detection: 0 min"));
        const QByteArray with = writeNativeFormat(pm);
        const qsizetype frontMatterEnd = with.indexOf("\n---\n", 4);
        QVERIFY(with.indexOf("speakerNotes:") > 0
                && with.indexOf("speakerNotes:") < frontMatterEnd);
        QVERIFY(!with.mid(frontMatterEnd).contains("why was the weight")); // not in the body
        // The body is the same as without notes: the Markdown reads the same on GitHub.
        QCOMPARE(with.mid(frontMatterEnd), without.mid(without.indexOf("\n---\n", 4)));
        const NativeReadResult r = readNativeFormat(QString::fromUtf8(with));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.postmortem.speakerNotes, pm.speakerNotes);
        QCOMPARE(writeNativeFormat(r.postmortem), with);
    }

    void malformedSpeakerNotesAreSkippedWithAWarning()
    {
        const NativeReadResult r = readNativeFormat(
            QStringLiteral("---\nhindsight: 1\nspeakerNotes:\n  title: Welcome\n  timeline: [a, "
                           "b]\n---\n# T\n"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.postmortem.speakerNotes.size(), 1);
        QCOMPARE(r.postmortem.speakerNotes.value(QStringLiteral("title")),
                 QStringLiteral("Welcome"));
        QCOMPARE(r.warnings.size(), 1);
        const NativeReadResult list
            = readNativeFormat(QStringLiteral("---\nhindsight: 1\nspeakerNotes: [a]\n---\n# T\n"));
        QVERIFY(list.ok);
        QVERIFY(list.postmortem.speakerNotes.isEmpty());
        QCOMPARE(list.warnings.size(), 1);
    }

    void malformedFrontMatterIsAnErrorWithLine()
    {
        const QString text
            = QStringLiteral("---\nhindsight: 1\nauthors: [a, b\nstatus: x\n---\n# T\n");
        QVERIFY(isNativeFormat(text));
        const NativeReadResult r = readNativeFormat(text);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("line")), qPrintable(r.error));
    }

    void newerSchemaIsFlagged()
    {
        const NativeReadResult r
            = readNativeFormat(QStringLiteral("---\nhindsight: 99\n---\n# Future\n"));
        QVERIFY(r.ok);
        QVERIFY(r.newerSchema);
        QCOMPARE(r.postmortem.title, QStringLiteral("Future"));
    }

    void frontMatterIsSplitAtItsClosingLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("present");
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("bodyFirstLine");
        const QString none;
        QTest::newRow("plain") << QStringLiteral("---\na: 1\nb: 2\n---\n# T\n\nText\n") << true
                               << QStringLiteral("a: 1\nb: 2") << QStringLiteral("# T\n\nText\n")
                               << 5;
        QTest::newRow("empty yaml")
            << QStringLiteral("---\n---\nbody") << true << none << QStringLiteral("body") << 3;
        QTest::newRow("dots close") << QStringLiteral("---\nk: v\n...\nafter") << true
                                    << QStringLiteral("k: v") << QStringLiteral("after") << 4;
        QTest::newRow("closing line indented, with CR")
            << QStringLiteral("---\r\nk: v\r\n  ---  \r\nafter\r\n") << true
            << QStringLiteral("k: v\r") << QStringLiteral("after\r\n") << 4;
        QTest::newRow("closing line last, no newline")
            << QStringLiteral("---\nk: v\n---") << true << QStringLiteral("k: v") << none << 4;
        QTest::newRow("closing line last, newline")
            << QStringLiteral("---\nk: v\n---\n") << true << QStringLiteral("k: v") << none << 4;
        QTest::newRow("never closed") << QStringLiteral("---\nk: v\n# T\n") << false << none
                                      << QStringLiteral("---\nk: v\n# T\n") << 1;
        QTest::newRow("dashes inside a value")
            << QStringLiteral("---\nk: ---x\n----\n---\nB") << true
            << QStringLiteral("k: ---x\n----") << QStringLiteral("B") << 5;
        QTest::newRow("no front matter")
            << QStringLiteral("# T\n---\n") << false << none << QStringLiteral("# T\n---\n") << 1;
    }

    void frontMatterIsSplitAtItsClosingLine()
    {
        QFETCH(QString, text);
        const FrontMatter fm = splitFrontMatter(text);
        QTEST(fm.present, "present");
        QTEST(fm.yaml, "yaml");
        QTEST(fm.body, "body");
        QTEST(fm.bodyFirstLine, "bodyFirstLine");
    }

    void foreignFrontMatterIsNotNative()
    {
        QVERIFY(!isNativeFormat(QStringLiteral("---\ntitle: Outage\n---\n# Outage\n")));
        QVERIFY(!isNativeFormat(QStringLiteral("# Outage\n\nhindsight: 1\n")));
    }

    void momentIso_data()
    {
        QTest::addColumn<QString>("iso");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<int>("offset"); // -9999 = none
        QTest::newRow("full") << "2024-02-15T22:00+00:00" << QDate(2024, 2, 15) << QTime(22, 0)
                              << 0;
        QTest::newRow("negative") << "2024-02-15T22:00:30-07:00" << QDate(2024, 2, 15)
                                  << QTime(22, 0, 30) << -420;
        QTest::newRow("no offset")
            << "2024-02-15T22:00" << QDate(2024, 2, 15) << QTime(22, 0) << -9999;
        QTest::newRow("date only") << "2024-02-15" << QDate(2024, 2, 15) << QTime() << -9999;
        QTest::newRow("time only") << "22:00+05:30" << QDate() << QTime(22, 0) << 330;
    }
    void momentIso()
    {
        QFETCH(QString, iso);
        QFETCH(QDate, date);
        QFETCH(QTime, time);
        QFETCH(int, offset);
        const auto m = momentFromIso(iso);
        QVERIFY(m);
        QCOMPARE(m->date, date);
        QCOMPARE(m->time, time);
        QCOMPARE(m->utcOffsetMinutes, offset == -9999 ? std::nullopt : std::optional<int>(offset));
        QCOMPARE(momentToIso(*m), iso);
    }
    void momentIsoRejectsGarbage()
    {
        QVERIFY(!momentFromIso(QStringLiteral("yesterday")));
        QVERIFY(!momentFromIso(QStringLiteral("2024-13-45")));
        QVERIFY(!momentFromIso(QString()));
    }
};

QTEST_GUILESS_MAIN(TestNativeFormat)
#include "tst_nativeformat.moc"
