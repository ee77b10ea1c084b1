// Import fidelity on real postmortems: every labelled field of ../shared/corpus/labels.json and
// ../shared/seeds/labels.json compared with the JSON `hindsight convert FILE --to json` prints,
// exactly as ../shared/corpus/LABELING.md ("How the labels are compared") says. Prints a
// per-field and per-file breakdown; fails below 95 % on the corpus and below 100 % on the seeds.
#include "corpus.h"
#include "importscore.h"

#include <QTest>

using namespace HindsightTest;

class TestImportCorpus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void corpus();
    void seeds();
};

void TestImportCorpus::corpus()
{
    HINDSIGHT_REQUIRE_CORPUS("corpus/labels.json");
    const Score s = scoreDirectory(HindsightTest::corpusPath(QStringLiteral("corpus")));
    QCOMPARE(s.total, 24 * int(fieldNames().size()));
    QVERIFY2(
        s.ratio() >= 0.95,
        qPrintable(QStringLiteral("corpus score %1/%2 is below 95%").arg(s.right).arg(s.total)));
}

void TestImportCorpus::seeds()
{
    HINDSIGHT_REQUIRE_CORPUS("seeds/labels.json");
    const Score s = scoreDirectory(HindsightTest::corpusPath(QStringLiteral("seeds")));
    QCOMPARE(s.total, 5 * int(fieldNames().size()));
    QVERIFY2(s.right == s.total, qPrintable(s.misses.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestImportCorpus)

#include "tst_importcorpus.moc"
