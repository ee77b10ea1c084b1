// Import fidelity on real postmortems: every labelled field of ../shared/corpus/labels.json and
// ../shared/seeds/labels.json compared with the JSON `hindsight convert FILE --to json` prints,
// exactly as ../shared/corpus/LABELING.md ("How the labels are compared") says. Prints a
// per-field and per-file breakdown; fails below kMinFieldRatio of the fields or
// kMinDocumentsFullyRight documents fully right on the corpus and below 100 % on the seeds.
#include "corpus.h"
#include "importscore.h"

#include <QTest>

using namespace HindsightTest;

namespace {

/// The floor the corpus must stay above: a share of all labelled fields, and a number of the
/// 70 documents with every field right (issue #16).
constexpr double kMinFieldRatio = 0.958; // 738 of 770
constexpr int kMinDocumentsFullyRight = 52;

} // namespace

class TestImportCorpus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void corpus();
    void seeds();
};

void TestImportCorpus::corpus()
{
    HINDSIGHT_REQUIRE_CORPUS("corpus");
    const Score s = scoreDirectory(HindsightTest::corpusPath(QStringLiteral("corpus")));
    QCOMPARE(s.total, 70 * int(fieldNames().size()));
    QVERIFY2(s.ratio() >= kMinFieldRatio,
             qPrintable(QStringLiteral("corpus score %1/%2 is below %3%")
                            .arg(s.right)
                            .arg(s.total)
                            .arg(100 * kMinFieldRatio)));
    QVERIFY2(s.documentsFullyRight >= kMinDocumentsFullyRight,
             qPrintable(QStringLiteral("only %1 of %2 documents fully right (need %3)")
                            .arg(s.documentsFullyRight)
                            .arg(s.documents)
                            .arg(kMinDocumentsFullyRight)));
}

void TestImportCorpus::seeds()
{
    HINDSIGHT_REQUIRE_CORPUS("seeds");
    const Score s = scoreDirectory(HindsightTest::corpusPath(QStringLiteral("seeds")));
    QCOMPARE(s.total, 5 * int(fieldNames().size()));
    QVERIFY2(s.right == s.total, qPrintable(s.misses.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestImportCorpus)

#include "tst_importcorpus.moc"
