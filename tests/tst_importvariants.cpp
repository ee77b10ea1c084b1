// Import that reads meaning, not layout: every labelled real postmortem (../shared/corpus and
// seeds) is imported as written and in each of the rewrites of documentvariants.h, which change
// how the document is written but not what it says. A labelled field the original import gets
// right and a variant's import gets wrong is a field lost to layout. Prints, per rewrite, the
// documents it changed and the fields lost and gained, with each loss; fails when a rewrite
// loses more than kMaxLostShare of the fields it could lose.
//
// To look at a variant: HINDSIGHT_VARIANTS_OUT=/tmp/v writes each changed document to
// /tmp/v/<rewrite>/<file>, ready for `hindsight convert FILE --to json`.
#include "corpus.h"
#include "documentvariants.h"
#include "importscore.h"

#include "core/postmortemfile.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>
#include <QTest>

using namespace HindsightTest;

namespace {

/// The share of the right fields of the documents a rewrite changes that it may lose.
constexpr double kMaxLostShare = 0.005;

struct Document
{
    QString file;
    QString text;
    QJsonObject label;
    QMap<QString, QString> want;
    QMap<QString, QString> got; ///< the original's import
};

/// The labelled documents of `dir` that are UTF-8 text (the rewrites work on text).
QList<Document> documentsOf(const QString &dir)
{
    QList<Document> documents;
    const QJsonArray labels = labelsOf(dir);
    for (const QJsonValue &v : labels) {
        Document d;
        d.label = v.toObject();
        d.file = d.label.value(QLatin1String("file")).toString();
        QFile f(dir + QLatin1Char('/') + d.file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        QStringDecoder utf8(QStringDecoder::Utf8);
        d.text = utf8(bytes);
        if (utf8.hasError())
            continue;
        d.want = expected(d.label);
        d.got = extracted(readPostmortemData(bytes, d.file), d.label);
        documents.append(d);
    }
    return documents;
}

struct VariantScore
{
    int changed = 0;     ///< documents the rewrite changed
    int rightBefore = 0; ///< right fields of those documents as written
    int lost = 0;
    int gained = 0;
    QStringList losses;
};

/// With HINDSIGHT_VARIANTS_OUT set: the variant and the JSON of its import, for a person to
/// look at (<out>/<rewrite>/<file> and <file>.json).
void writeVariant(const ImportVariant &variant, const Document &d, const QString &rewritten,
                  const LoadResult &loaded)
{
    const QString out = qEnvironmentVariable("HINDSIGHT_VARIANTS_OUT");
    const QString dir = out + QLatin1Char('/') + QLatin1String(variant.name);
    if (out.isEmpty() || !QDir().mkpath(dir))
        return;
    QFile text(dir + QLatin1Char('/') + d.file);
    if (text.open(QIODevice::WriteOnly))
        text.write(rewritten.toUtf8());
    QFile json(dir + QLatin1Char('/') + d.file + QStringLiteral(".json"));
    if (loaded.ok && json.open(QIODevice::WriteOnly))
        json.write(QJsonDocument(postmortemToJson(loaded.postmortem)).toJson());
}

VariantScore scoreVariant(const ImportVariant &variant, const QList<Document> &documents)
{
    VariantScore score;
    for (const Document &d : documents) {
        const QString rewritten = variant.apply(d.text);
        if (rewritten == d.text)
            continue;
        ++score.changed;
        const LoadResult loaded = readPostmortemData(rewritten.toUtf8(), d.file);
        writeVariant(variant, d, rewritten, loaded);
        const QMap<QString, QString> got = extracted(loaded, d.label);
        for (const QString &field : fieldNames()) {
            const bool before = d.want.value(field) == d.got.value(field);
            const bool after = loaded.ok && d.want.value(field) == got.value(field);
            score.rightBefore += before ? 1 : 0;
            if (before && !after) {
                ++score.lost;
                score.losses.append(QStringLiteral("%1 %2: want [%3] got [%4]")
                                        .arg(d.file, field, d.want.value(field), got.value(field)));
            }
            score.gained += !before && after ? 1 : 0;
        }
    }
    return score;
}

} // namespace

class TestImportVariants : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rewritesAreMeaningPreserving();
    void variants_data();
    void variants();
};

/// The rewrites themselves, on text we write: each changes what it claims and leaves code,
/// tables and front matter alone.
void TestImportVariants::rewritesAreMeaningPreserving()
{
    using namespace VariantDetail;
    const QString doc = QStringLiteral("# Storage outage\n\n## Timeline\n\n- 14:05 UTC - disk "
                                       "filled\n* 2024-03-05 09:30 - paged\n\n```\n12:00 "
                                       "log line - 2024-01-01\n```\n\n| 14:00 | a - b |\n");
    QCOMPARE(setextHeadings(doc).section(QLatin1Char('\n'), 0, 3),
             QStringLiteral("Storage outage\n==============\n\nTimeline"));
    QVERIFY(closedAtxHeadings(doc).contains(QLatin1String("## Timeline ##")));
    QVERIFY(otherBulletMarker(doc).contains(QLatin1String("* 14:05 UTC")));
    QVERIFY(otherBulletMarker(doc).contains(QLatin1String("- 2024-03-05")));
    QVERIFY(deeperHeadings(doc).contains(QLatin1String("### Timeline")));
    QVERIFY(numberedHeadings(doc).contains(QLatin1String("## 1. Timeline")));
    QVERIFY(boldLabelHeadings(doc).contains(QLatin1String("\n**Timeline**\n")));
    QVERIFY(twelveHourTimes(doc).contains(QLatin1String("- 2:05 PM UTC")));
    QVERIFY(twelveHourTimes(doc).contains(QLatin1String("09:30 AM")) == false);
    QVERIFY(twelveHourTimes(doc).contains(QLatin1String("9:30 AM")));
    QVERIFY(spelledOutDates(doc).contains(QLatin1String("* March 5, 2024 09:30")));
    QVERIFY(boldEntryTimes(doc).contains(QLatin1String("- **14:05 UTC** - disk")));
    QVERIFY(emDashSeparators(doc).contains(QStringLiteral("UTC \u2014 disk")));
    QVERIFY(titleFrontMatter(doc).startsWith(QLatin1String("---\ntitle: \"Storage outage\"")));
    QVERIFY(upperCaseHeadings(doc).contains(QLatin1String("## TIMELINE")));
    QVERIFY(upperCaseHeadings(doc).contains(QLatin1String("# Storage outage")));
    QCOMPARE(underscoreEmphasis(QStringLiteral("a **b c** d `**e**`")),
             QStringLiteral("a __b c__ d `**e**`"));
    QVERIFY(looseLists(doc).contains(QLatin1String("disk filled\n\n* 2024-03-05")));
    QVERIFY(orderedLists(doc).contains(QLatin1String("1. 14:05 UTC - disk filled\n2. 2024")));
    const QString timed = QStringLiteral("## Timeline\n\n- 10:00 UTC: alert\n- 10:05 UTC: paged\n"
                                         "- 10:30 UTC: a|b fixed\n\nAfter.\n");
    QCOMPARE(timelineTables(timed),
             QStringLiteral("## Timeline\n\n| Time | Event |\n|---|---|\n| 10:00 UTC | alert |\n"
                            "| 10:05 UTC | paged |\n| 10:30 UTC | a\\|b fixed |\n\nAfter.\n"));
    QCOMPARE(templateHeadingNames(QStringLiteral("## SUMMARY\n## 2. Action Items:\n## Notes")),
             QStringLiteral("## OVERVIEW\n## Corrective actions\n## Notes"));
    QCOMPARE(plainLabelHeadings(QStringLiteral("# T\n\n## Impact\n\nx\n\n## Why?\n")),
             QStringLiteral("# T\n\nImpact:\n\nx\n\nWhy?\n"));
    QCOMPARE(boldLabelLines(QStringLiteral("- Root cause: a full disk\n14:05 UTC: paged")),
             QStringLiteral("- **Root cause:** a full disk\n14:05 UTC: paged"));
    QCOMPARE(plainLabelLines(QStringLiteral("**Start:** 10:00\n**End**: 11:00")),
             QStringLiteral("Start: 10:00\nEnd: 11:00"));
    QVERIFY(dayFirstDates(doc).contains(QLatin1String("* 5 March 2024 09:30")));
    QVERIFY(timesWithSeconds(doc).contains(QLatin1String("- 14:05:00 UTC")));
    QCOMPARE(timelineLast(QStringLiteral("# T\n\n## Timeline\n\n- 10:00 a\n\n## Impact\n\nb\n")),
             QStringLiteral("# T\n\n## Impact\n\nb\n\n## Timeline\n\n- 10:00 a\n"));
    QCOMPARE(zoneInTimelineHeading(timed),
             QStringLiteral("## Timeline (UTC)\n\n- 10:00: alert\n- 10:05: paged\n"
                            "- 10:30: a|b fixed\n\nAfter.\n"));
    // One entry in another zone, or none: the zone stays with each entry.
    QCOMPARE(zoneInTimelineHeading(
                 QString(timed).replace(QStringLiteral("10:05 UTC"), QStringLiteral("12:05 CEST"))),
             QString(timed).replace(QStringLiteral("10:05 UTC"), QStringLiteral("12:05 CEST")));
    QCOMPARE(taskListActions(QStringLiteral("## Action items\n\n- a\n- [x] b\n\n## Other\n- c")),
             QStringLiteral("## Action items\n\n- [ ] a\n- [x] b\n\n## Other\n- c"));
    QCOMPARE(widerIndentation(QStringLiteral("- a\n  - b\n    c")),
             QStringLiteral("- a\n    - b\n      c"));
    // Code and tables stay as written in every rewrite.
    for (const ImportVariant &v : importVariants()) {
        const QString out = v.apply(doc);
        QVERIFY2(out.contains(QLatin1String("12:00 log line - 2024-01-01")), v.name);
        QVERIFY2(out.contains(QLatin1String("| 14:00 | a - b |")), v.name);
    }
    const QString wrapped = wrapLine(
        QStringLiteral("- 10:00 the queue grew for a long while before anyone looked at it, and "
                       "- then it stopped"),
        40);
    // No line starts with "-": it would become a list item.
    QCOMPARE(wrapped, QStringLiteral("- 10:00 the queue grew for a long while\n  before anyone "
                                     "looked at it, and - then\n  it stopped"));
}

void TestImportVariants::variants_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < importVariants().size(); ++i)
        QTest::newRow(importVariants().at(i).name) << i;
}

void TestImportVariants::variants()
{
    HINDSIGHT_REQUIRE_CORPUS("corpus");
    QFETCH(int, index);
    static const QList<Document> documents = [] {
        QList<Document> all = documentsOf(corpusPath(QStringLiteral("corpus")));
        all += documentsOf(corpusPath(QStringLiteral("seeds")));
        return all;
    }();
    QVERIFY(documents.size() >= 70);
    const ImportVariant &variant = importVariants().at(index);
    const VariantScore s = scoreVariant(variant, documents);
    qInfo().noquote() << QStringLiteral("%1 (%2): %3 documents changed, %4 of %5 right fields "
                                        "lost, %6 gained")
                             .arg(QLatin1String(variant.name), QLatin1String(variant.source))
                             .arg(s.changed)
                             .arg(s.lost)
                             .arg(s.rightBefore)
                             .arg(s.gained);
    for (const QString &loss : s.losses)
        qInfo().noquote() << QStringLiteral("    lost ") + loss;
    QVERIFY2(s.changed > 0, "the rewrite changed no document");
    QVERIFY2(s.lost <= kMaxLostShare * s.rightBefore,
             qPrintable(QStringLiteral("%1 lost %2 of %3 right fields")
                            .arg(QLatin1String(variant.name))
                            .arg(s.lost)
                            .arg(s.rightBefore)));
}

QTEST_GUILESS_MAIN(TestImportVariants)

#include "tst_importvariants.moc"
