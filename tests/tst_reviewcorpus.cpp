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
        const QHash<QString, Labelled> labels
            = readLabels(HindsightTest::corpusPath(QStringLiteral("review-set/labels.json")));
        QVERIFY(!labels.isEmpty());

        // category -> labelled, found, false positives
        QMap<QString, std::array<int, 3>> perCategory;
        QStringList noisyClean;
        QStringList falsePositives;
        const QSet<QString> neutralIfNoDuration
            = {QStringLiteral("missing-start-or-end"), QStringLiteral("missing-timezone")};
        QStringList files = labels.keys();
        files.sort();
        for (const QString &file : std::as_const(files)) {
            const Labelled &l = labels[file];
            QSet<QString> found;
            QSet<QString> fp;
            const QList<Finding> findings
                = lint(HindsightTest::corpusPath(QStringLiteral("review-set/docs/") + file));
            for (const Finding &f : findings) {
                if (l.categories.contains(f.category)) {
                    if (f.category != QLatin1String("spelling"))
                        found.insert(f.category);
                    else
                        for (const QString &w : l.words)
                            if (flaggedWord(f).toLower().contains(w))
                                found.insert(f.category);
                } else if (l.categories.contains(QStringLiteral("missing-duration"))
                           && neutralIfNoDuration.contains(f.category)) {
                    continue;
                } else {
                    fp.insert(f.category);
                    falsePositives.append(file + QLatin1String(" ") + f.category
                                          + QLatin1String(": ") + f.message.left(100));
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
                noisyClean.append(file);
        }

        int labelled = 0, found = 0, fps = 0;
        std::printf("\n%-32s %8s %6s %4s %9s\n", "category", "labelled", "found", "FP",
                    "precision");
        for (auto it = perCategory.cbegin(); it != perCategory.cend(); ++it) {
            const auto &[l, f, fp] = it.value();
            labelled += l;
            found += f;
            fps += fp;
            std::printf("%-32s %8d %6d %4d %9s\n", qPrintable(it.key()), l, f, fp,
                        f + fp ? qPrintable(QString::number(double(f) / (f + fp), 'f', 2)) : "-");
        }
        const double recall = labelled ? double(found) / labelled : 0;
        const double precision = found + fps ? double(found) / (found + fps) : 0;
        std::printf("\nrecall %d/%d = %.3f\nprecision %d/%d = %.3f\nclean documents with any "
                    "finding: %d %s\n",
                    found, labelled, recall, found, found + fps, precision, int(noisyClean.size()),
                    qPrintable(noisyClean.join(QLatin1Char(' '))));
        for (const QString &line : std::as_const(falsePositives))
            std::printf("  FP %s\n", qPrintable(line));
        std::fflush(stdout);

        QVERIFY2(noisyClean.isEmpty(), qPrintable(noisyClean.join(QLatin1Char(' '))));
        QVERIFY2(recall >= 0.9, qPrintable(QString::number(recall)));
        QVERIFY2(precision >= 0.9, qPrintable(QString::number(precision)));
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
