// The review checks measured on the labelled review set (review-set/README.md): every document
// is linted as `hindsight lint` does (load or import the file, run reviewPostmortem) and scored
// per document and category exactly like the set's score.py. Fails below 90% precision or
// recall, or on any finding in a clean document. What fires on the seeds and the corpus is
// printed for reading, not judged.
#include "corpus.h"

#include "core/postmortemfile.h"
#include "core/reviewchecks.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTest>

#include <cstdio>

using namespace Hindsight;

namespace {

// The held-out set's floors (heldOutScores): its score after stop 33's changes, which its
// misses guided (first score 0.861 recall, 0.689 precision, 7 noisy clean documents).
constexpr double kHeldOutRecall = 0.9;
constexpr double kHeldOutPrecision = 0.95;
constexpr qsizetype kHeldOutNoisyClean = 0;

struct Labelled
{
    QSet<QString> categories;
    QSet<QString> words; ///< misspelled words, lower case
};

QHash<QString, Labelled> readLabels(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QHash<QString, Labelled> out;
    for (const QJsonValue &doc : QJsonDocument::fromJson(f.readAll()).array()) {
        Labelled l;
        for (const QJsonValue &d : doc[QStringLiteral("defects")].toArray()) {
            const QString category = d[QStringLiteral("category")].toString();
            l.categories.insert(category);
            if (category == QLatin1String("spelling"))
                l.words.insert(d[QStringLiteral("text")].toString().toLower());
        }
        out.insert(doc[QStringLiteral("file")].toString(), l);
    }
    return out;
}

QList<Finding> lint(const QString &path)
{
    const LoadResult loaded = loadPostmortemFile(path);
    return loaded.ok ? reviewPostmortem(loaded.postmortem) : QList<Finding>();
}

/// The word a spelling finding flags (its message starts with it in quotes).
QString flaggedWord(const Finding &f)
{
    const qsizetype open = f.message.indexOf(QLatin1Char('"'));
    const qsizetype close = f.message.indexOf(QLatin1Char('"'), open + 1);
    return open >= 0 && close > open ? f.message.mid(open + 1, close - open - 1) : f.message;
}

/// One labelled set scored as score.py does: per document and category; a missing-duration
/// label makes missing-start-or-end and missing-timezone findings neutral.
struct SetScore
{
    int documents = 0;
    int labelled = 0;
    int found = 0;
    int falsePositives = 0;
    QStringList noisyClean; ///< clean documents with any finding
    double recall() const { return labelled ? double(found) / labelled : 0; }
    double precision() const
    {
        return found + falsePositives ? double(found) / (found + falsePositives) : 0;
    }
};

/// Scores `dir`/docs against `dir`/labels.json and prints the per-category table.
SetScore scoreSet(const QString &dir)
{
    const QHash<QString, Labelled> labels = readLabels(dir + QLatin1String("/labels.json"));
    // category -> labelled, found, false positives
    QMap<QString, std::array<int, 3>> perCategory;
    QStringList falsePositives;
    SetScore score;
    const QSet<QString> neutralIfNoDuration
        = {QStringLiteral("missing-start-or-end"), QStringLiteral("missing-timezone")};
    QStringList files = labels.keys();
    files.sort();
    for (const QString &file : std::as_const(files)) {
        ++score.documents;
        const Labelled &l = labels[file];
        QSet<QString> found;
        QSet<QString> fp;
        for (const Finding &f : lint(dir + QLatin1String("/docs/") + file)) {
            if (l.categories.contains(f.category)) {
                if (f.category != QLatin1String("spelling"))
                    found.insert(f.category);
                else
                    for (const QString &w : l.words)
                        if (flaggedWord(f).toLower().contains(w))
                            found.insert(f.category);
            } else if (!(l.categories.contains(QStringLiteral("missing-duration"))
                         && neutralIfNoDuration.contains(f.category))) {
                fp.insert(f.category);
                falsePositives.append(file + QLatin1String(" ") + f.category + QLatin1String(": ")
                                      + f.message.left(100));
            }
        }
        for (const QString &c : l.categories) {
            ++perCategory[c][0];
            if (found.contains(c))
                ++perCategory[c][1];
        }
        for (const QString &c : std::as_const(fp))
            ++perCategory[c][2];
        if (l.categories.isEmpty() && !fp.isEmpty())
            score.noisyClean.append(file);
    }
    std::printf("\n%s\n%-32s %8s %6s %4s %9s\n", qPrintable(dir), "category", "labelled", "found",
                "FP", "precision");
    for (auto it = perCategory.cbegin(); it != perCategory.cend(); ++it) {
        const auto &[l, f, fp] = it.value();
        score.labelled += l;
        score.found += f;
        score.falsePositives += fp;
        std::printf("%-32s %8d %6d %4d %9s\n", qPrintable(it.key()), l, f, fp,
                    f + fp ? qPrintable(QString::number(double(f) / (f + fp), 'f', 2)) : "-");
    }
    std::printf("\nrecall %d/%d = %.3f\nprecision %d/%d = %.3f\nclean documents with any "
                "finding: %d %s\n",
                score.found, score.labelled, score.recall(), score.found,
                score.found + score.falsePositives, score.precision(), int(score.noisyClean.size()),
                qPrintable(score.noisyClean.join(QLatin1Char(' '))));
    for (const QString &line : std::as_const(falsePositives))
        std::printf("  FP %s\n", qPrintable(line));
    std::fflush(stdout);
    return score;
}

void printCategoryCounts(const QString &folder, const QStringList &filters)
{
    QMap<QString, int> counts;
    QMap<QString, QStringList> examples;
    const QDir dir(HindsightTest::corpusPath(folder));
    for (const QString &name : dir.entryList(filters, QDir::Files, QDir::Name)) {
        for (const Finding &f : lint(dir.filePath(name))) {
            ++counts[f.category];
            if (examples[f.category].size() < 3)
                examples[f.category].append(name + QLatin1String(": ") + f.message.left(90));
        }
    }
    std::printf("\n%s: findings per category (informational)\n", qPrintable(folder));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        std::printf("  %-32s %5d\n", qPrintable(it.key()), it.value());
        for (const QString &e : examples[it.key()])
            std::printf("      %s\n", qPrintable(e));
    }
}

} // namespace

class TestReviewCorpus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reviewSetScores()
    {
        HINDSIGHT_REQUIRE_CORPUS("review-set");
        const SetScore score = scoreSet(HindsightTest::corpusPath(QStringLiteral("review-set")));
        QVERIFY(score.labelled > 0);
        QVERIFY2(score.noisyClean.isEmpty(), qPrintable(score.noisyClean.join(QLatin1Char(' '))));
        QVERIFY2(score.recall() >= 0.9, qPrintable(QString::number(score.recall())));
        QVERIFY2(score.precision() >= 0.9, qPrintable(QString::number(score.precision())));
    }

    /// Our own held-out set (tests/data/review-heldout/README.md): 24 postmortems written at
    /// stop 33 by two authors who had read the review set's README but not the checks. It
    /// needs nothing beside the clone, so every build measures it.
    void heldOutScores()
    {
        const SetScore score = scoreSet(QStringLiteral(HINDSIGHT_TEST_DATA "/review-heldout"));
        QCOMPARE(score.documents, 24);
        QVERIFY2(score.noisyClean.size() <= kHeldOutNoisyClean,
                 qPrintable(score.noisyClean.join(QLatin1Char(' '))));
        QVERIFY2(score.recall() >= kHeldOutRecall, qPrintable(QString::number(score.recall())));
        QVERIFY2(score.precision() >= kHeldOutPrecision,
                 qPrintable(QString::number(score.precision())));
    }

    /// The later held-out sets, written at stop 44 by four more authors two at a time:
    /// review-heldout2 (first score 0.917 recall, 0.846 precision, 2 noisy clean documents)
    /// and review-heldout3, written further from the templates after the second set's
    /// changes (first score 0.861, 0.775, 4). Their READMEs tell what each first score missed;
    /// the floors are their scores after the changes those misses led to.
    void laterHeldOutScores_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<double>("minRecall");
        QTest::addColumn<double>("minPrecision");
        QTest::addColumn<int>("maxNoisyClean");
        QTest::addColumn<int>("documents");
        QTest::newRow("second") << QStringLiteral("review-heldout2") << 0.95 << 0.95 << 0 << 24;
        QTest::newRow("third") << QStringLiteral("review-heldout3") << 0.95 << 0.95 << 0 << 24;
        // One clean document keeps a finding: a payment method's name ("boleto") one letter from
        // a word (tests/data/review-heldout4/README.md).
        QTest::newRow("fourth") << QStringLiteral("review-heldout4") << 0.94 << 0.94 << 1 << 24;
        // Every clean document reads clean since stop 47 (tests/data/review-heldout5/README.md).
        QTest::newRow("fifth") << QStringLiteral("review-heldout5") << 0.83 << 0.96 << 0 << 24;
        // Every clean document reads clean since stop 47 (tests/data/review-heldout6/README.md).
        QTest::newRow("sixth") << QStringLiteral("review-heldout6") << 0.72 << 0.86 << 0 << 24;
        // Every clean document reads clean since stop 49 (tests/data/review-heldout7/README.md).
        QTest::newRow("seventh") << QStringLiteral("review-heldout7") << 0.83 << 0.92 << 0 << 12;
    }
    void laterHeldOutScores()
    {
        QFETCH(QString, folder);
        QFETCH(double, minRecall);
        QFETCH(double, minPrecision);
        QFETCH(int, maxNoisyClean);
        QFETCH(int, documents);
        const SetScore score = scoreSet(QStringLiteral(HINDSIGHT_TEST_DATA "/") + folder);
        QCOMPARE(score.documents, documents);
        QVERIFY2(score.noisyClean.size() <= maxNoisyClean,
                 qPrintable(score.noisyClean.join(QLatin1Char(' '))));
        QVERIFY2(score.recall() >= minRecall, qPrintable(QString::number(score.recall())));
        QVERIFY2(score.precision() >= minPrecision, qPrintable(QString::number(score.precision())));
    }

    void seedsAndCorpusInformational()
    {
        HINDSIGHT_REQUIRE_CORPUS("seeds");
        printCategoryCounts(QStringLiteral("seeds"), {QStringLiteral("*.txt")});
        if (HindsightTest::hasCorpus(QStringLiteral("corpus")))
            printCategoryCounts(QStringLiteral("corpus"), {QStringLiteral("*.md")});
        std::fflush(stdout);
    }
};

QTEST_GUILESS_MAIN(TestReviewCorpus)
#include "tst_reviewcorpus.moc"
