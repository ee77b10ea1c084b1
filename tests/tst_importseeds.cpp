// Importer (importer.h) on the seeds and the corpus: the seed labels, losslessness (every
// source line's words survive somewhere in the import) on seeds, corpus and our fixtures, and
// robustness on empty, binary, huge and long input.
#include "core/importer.h"
#include "corpus.h"
#include "importcheck.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Hindsight;
using namespace HindsightTest;

namespace {

QString sharedDir()
{
    return HindsightTest::corpusDir();
}

QJsonArray readLabels(const QString &dir)
{
    QFile f(dir + QStringLiteral("/labels.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).array();
}

/// Label value as a string ("" for null) for uniform comparison.
QString labelString(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isNull() || v.isUndefined() ? QString() : v.toString();
}

} // namespace

class TestImportSeeds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seeds_data();
    void seeds();
    void lossless_data();
    void lossless();
    void seedStructure();
    void emptyInput();
    void binaryInput();
    void hugeSingleLine();
    void manyTimelineLines();
};

void TestImportSeeds::seeds_data()
{
    HINDSIGHT_REQUIRE_CORPUS("seeds/labels.json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("label");
    const QString dir = sharedDir() + QStringLiteral("/seeds");
    const QJsonArray labels = readLabels(dir);
    QVERIFY2(labels.size() == 5, "seeds/labels.json missing or incomplete");
    for (const QJsonValue &v : labels) {
        const QJsonObject o = v.toObject();
        const QString file = o.value(QLatin1String("file")).toString();
        QTest::newRow(qPrintable(file)) << dir + QLatin1Char('/') + file << o;
    }
}

void TestImportSeeds::seeds()
{
    QFETCH(QString, path);
    QFETCH(QJsonObject, label);
    const QString text = readText(path);
    QVERIFY2(!text.isEmpty(), qPrintable(path));
    const Postmortem pm = importMarkdown(text);

    QCOMPARE(isoDate(pm.start.date), labelString(label, "start_date"));
    QCOMPARE(hhmm(pm.start.time), labelString(label, "start_time"));
    QCOMPARE(isoDate(pm.end.date), labelString(label, "end_date"));
    QCOMPARE(hhmm(pm.end.time), labelString(label, "end_time"));

    const QJsonValue offset = label.value(QLatin1String("utc_offset_minutes"));
    const std::optional<int> gotOffset = pm.timezone
                                             ? std::optional<int>(pm.timezone->utcOffsetMinutes)
                                             : pm.start.utcOffsetMinutes;
    QCOMPARE(gotOffset.has_value(), !offset.isNull());
    if (gotOffset)
        QCOMPARE(*gotOffset, offset.toInt());

    const QJsonValue pct = label.value(QLatin1String("users_affected_percent"));
    QCOMPARE(pm.usersAffectedPercent.has_value(), !pct.isNull());
    if (pm.usersAffectedPercent)
        QCOMPARE(*pm.usersAffectedPercent, pct.toDouble());

    const QList<TimelineEvent> timed = timedEvents(pm);
    QCOMPARE(timed.size(), label.value(QLatin1String("timeline_count")).toInt());
    if (!timed.isEmpty()) {
        QCOMPARE(hhmm(timed.first().at.time), labelString(label, "timeline_first_time"));
        QCOMPARE(hhmm(timed.last().at.time), labelString(label, "timeline_last_time"));
    }

    const QJsonArray keywords = label.value(QLatin1String("root_cause_keywords")).toArray();
    for (const QJsonValue &k : keywords)
        QVERIFY2(pm.rootCause.contains(k.toString(), Qt::CaseInsensitive),
                 qPrintable(k.toString() + QStringLiteral(" not in root cause: ") + pm.rootCause));

    QCOMPARE(pm.actionItems.size(), label.value(QLatin1String("action_items_count")).toInt());
}

void TestImportSeeds::lossless_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &sub : {QStringLiteral("seeds"), QStringLiteral("corpus")}) {
        const QDir dir(sharedDir() + QLatin1Char('/') + sub);
        const QStringList files = dir.entryList({QStringLiteral("*.txt"), QStringLiteral("*.md")},
                                                QDir::Files, QDir::Name);
        for (const QString &f : files) {
            if (f == QLatin1String("LABELING.md"))
                continue;
            QTest::newRow(qPrintable(sub + QLatin1Char('/') + f)) << dir.filePath(f);
        }
    }
    // Our own fixtures, so that losslessness is checked in a fresh clone too.
    const QDir own(QStringLiteral(HINDSIGHT_TEST_DATA "/import"));
    for (const QString &f :
         own.entryList({QStringLiteral("*.md"), QStringLiteral("*.txt"), QStringLiteral("*.html")},
                       QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(QStringLiteral("import/") + f)) << own.filePath(f);
}

void TestImportSeeds::lossless()
{
    QFETCH(QString, path);
    const QString text = readText(path);
    QVERIFY(!text.isEmpty());
    const QStringList missing = missingLines(text, importMarkdown(text));
    // Headings the importer reads as a field's label but which are not in isSectionLabelOnly's
    // list are dropped today (the corpus has more of these).
    QEXPECT_FAIL("import/google-sre.md",
                 "an \"**Authors:**\" label line is read into the authors, which the check "
                 "does not count yet",
                 Abort);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

void TestImportSeeds::seedStructure()
{
    HINDSIGHT_REQUIRE_CORPUS("seeds");
    // Titles, kinds, categories and where odd lines went, on the seeds.
    const QString dir = sharedDir() + QStringLiteral("/seeds/");
    const Postmortem s0
        = importMarkdown(readText(dir + QStringLiteral("000_21a48f8409a941f2.txt")));
    QCOMPARE(s0.title, QStringLiteral("Incident postmortem")); // both H1s are section labels
    QCOMPARE(s0.timezone->label, QStringLiteral("UTC"));
    QCOMPARE(s0.timeline.first().kind, EventKind::Detection);
    QCOMPARE(s0.timeline.at(2).kind, EventKind::Misleading);
    QCOMPARE(s0.timeline.at(5).kind, EventKind::Escalation);
    QCOMPARE(s0.timeline.last().kind, EventKind::Resolution);
    QCOMPARE(s0.timeline.first().at.text, QStringLiteral("10:00 PM (UTC)"));
    QCOMPARE(s0.timeline.at(5).at.date, QDate(2024, 2, 16)); // 12:00 AM after 11:00 PM
    QCOMPARE(s0.timeline.at(5).at.time, QTime(0, 0));
    QCOMPARE(s0.timeline.first().at.utcOffsetMinutes, std::optional<int>(0));
    QVERIFY(s0.summary.contains(QStringLiteral("postmorterm.jpg")));
    QVERIFY(s0.impact.startsWith(QStringLiteral("The core service")));
    QVERIFY(s0.resolution.startsWith(QStringLiteral("To resolve the issue")));
    QVERIFY(!s0.rootCause.contains(QStringLiteral("To resolve")));
    QCOMPARE(s0.actionItems.first().category, QStringLiteral("improvement"));
    QCOMPARE(s0.actionItems.last().category, QStringLiteral("task"));
    for (const ActionItem &a : s0.actionItems)
        QVERIFY(!a.text.contains(QStringLiteral("By implementing")));

    const Postmortem s1
        = importMarkdown(readText(dir + QStringLiteral("001_1366ae9032d61fbc.txt")));
    QCOMPARE(s1.title, QStringLiteral("Service Outage Postmortem - README"));
    QVERIFY(s1.timeline.size() > timedEvents(s1).size()); // labelled bullets without a time
    QCOMPARE(timedEvents(s1).first().kind, EventKind::Detection);
    QVERIFY(s1.resolution.contains(QStringLiteral("corrected")));

    const Postmortem s2
        = importMarkdown(readText(dir + QStringLiteral("002_f501168319a7d76f.txt")));
    QCOMPARE(s2.title, QStringLiteral("0x19-postmortem"));
    QVERIFY(s2.resolution.startsWith(QStringLiteral("To address this issue")));
    QVERIFY(s2.rootCause.contains(QStringLiteral("The outage stemmed")));
    QCOMPARE(s2.timeline.at(1).kind, EventKind::Escalation); // notified
    QCOMPARE(s2.timeline.at(5).kind, EventKind::Misleading); // confirms no issues
    QCOMPARE(s2.timeline.at(7).at.date, QDate(2024, 2, 16)); // 12:15 AM after 11:45 PM

    const Postmortem s4
        = importMarkdown(readText(dir + QStringLiteral("004_7c54486352ff4ef9.txt")));
    bool readmeKept = false;
    for (const Section &s : s4.sections)
        readmeKept = readmeKept || s.text.contains(QStringLiteral("**Requirements:**"));
    QVERIFY(readmeKept);
    QVERIFY(!s4.summary.contains(QStringLiteral("Requirements")));
}

void TestImportSeeds::emptyInput()
{
    const Postmortem pm = importMarkdown(QString());
    QCOMPARE(pm.title, QStringLiteral("Incident postmortem"));
    QVERIFY(pm.timeline.isEmpty());
    QVERIFY(pm.actionItems.isEmpty());
    QVERIFY(!pm.start.time.isValid());
    const Postmortem blank = importMarkdown(QStringLiteral("\n\n   \n\t\n"));
    QVERIFY(blank.timeline.isEmpty());
}

void TestImportSeeds::binaryInput()
{
    QRandomGenerator rng(42);
    QByteArray bytes(200000, '\0');
    for (char &b : bytes)
        b = char(rng.bounded(256));
    const QString text = QString::fromUtf8(bytes);
    const Postmortem pm = importMarkdown(text);
    QVERIFY(!pm.title.isEmpty());
    const Postmortem latin = importMarkdown(QString::fromLatin1(bytes));
    QVERIFY(!latin.title.isEmpty());
}

void TestImportSeeds::hugeSingleLine()
{
    QString line;
    line.reserve(5 * 1024 * 1024 + 100);
    line += QStringLiteral("## Timeline\n- 10:00 PM: ");
    const QString chunk = QStringLiteral("word 12:34 [link](x) **b** ");
    while (line.size() < 5 * 1024 * 1024)
        line += chunk;
    const Postmortem pm = importMarkdown(line);
    QCOMPARE(pm.timeline.size(), 1);
    QVERIFY(pm.timeline.first().text.size() > 5 * 1000 * 1000); // nothing dropped
}

void TestImportSeeds::manyTimelineLines()
{
    QString text = QStringLiteral("# Long night\n\n## Timeline\n");
    for (int i = 0; i < 10000; ++i)
        text += QStringLiteral("- %1:%2 UTC: step %3 investigated\n")
                    .arg((i / 60) % 24, 2, 10, QLatin1Char('0'))
                    .arg(i % 60, 2, 10, QLatin1Char('0'))
                    .arg(i);
    const Postmortem pm = importMarkdown(text);
    QCOMPARE(pm.timeline.size(), 10000);
    QCOMPARE(pm.timeline.last().text, QStringLiteral("step 9999 investigated"));
    QVERIFY(pm.timeline.last().at.date.isNull() || pm.timeline.last().at.date.isValid());
}

QTEST_GUILESS_MAIN(TestImportSeeds)
#include "tst_importseeds.moc"
