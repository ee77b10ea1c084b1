// Review checks that read meaning, not layout: every document of the review set and the corpus
// is reviewed as written and in each rewrite of documentvariants.h, which changes how the
// document is written but not what it says. A finding category the rewrite adds is a false
// positive caused by layout; one it drops is a defect missed because of layout. Prints both per
// rewrite with each case; fails when a rewrite changes more than kMaxChangedShare of the
// documents it rewrites.
//
// To look at a variant: HINDSIGHT_VARIANTS_OUT=/tmp/v writes each changed document to
// /tmp/v/<rewrite>/<file>, ready for `hindsight lint FILE`.
#include "corpus.h"
#include "documentvariants.h"

#include "core/postmortemfile.h"
#include "core/reviewchecks.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QStringDecoder>
#include <QTest>

using namespace HindsightTest;
using namespace Hindsight;

namespace {

/// The share of the rewritten documents whose finding categories a rewrite may change.
constexpr double kMaxChangedShare = 0.05;

struct Reviewed
{
    QString name; ///< "review-set/rs01.md"
    QString text;
    QSet<QString> categories; ///< of the document as written
};

QSet<QString> categoriesOf(const QByteArray &bytes, const QString &name)
{
    QSet<QString> out;
    const LoadResult loaded = readPostmortemData(bytes, name);
    if (loaded.ok)
        for (const Finding &f : reviewPostmortem(loaded.postmortem))
            out.insert(f.category);
    return out;
}

/// The UTF-8 Markdown and text documents of `folder` (inside the corpus folder).
QList<Reviewed> documentsOf(const QString &folder)
{
    QList<Reviewed> out;
    const QDir dir(corpusPath(folder));
    const QStringList names
        = dir.entryList({QStringLiteral("*.md"), QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        if (name == QLatin1String("README.md") || name == QLatin1String("LABELING.md"))
            continue;
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        QStringDecoder utf8(QStringDecoder::Utf8);
        Reviewed r{folder + QLatin1Char('/') + name, utf8(bytes), {}};
        if (utf8.hasError())
            continue;
        r.categories = categoriesOf(bytes, name);
        out.append(r);
    }
    return out;
}

void writeVariant(const ImportVariant &variant, const Reviewed &d, const QString &rewritten)
{
    const QString out = qEnvironmentVariable("HINDSIGHT_VARIANTS_OUT");
    const QString path
        = out + QLatin1Char('/') + QLatin1String(variant.name) + QLatin1Char('/') + d.name;
    if (out.isEmpty() || !QDir().mkpath(QFileInfo(path).path()))
        return;
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(rewritten.toUtf8());
}

} // namespace

class TestReviewVariants : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void variants_data();
    void variants();
};

void TestReviewVariants::variants_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < importVariants().size(); ++i)
        QTest::newRow(importVariants().at(i).name) << i;
}

void TestReviewVariants::variants()
{
    HINDSIGHT_REQUIRE_CORPUS("review-set");
    HINDSIGHT_REQUIRE_CORPUS("corpus");
    QFETCH(int, index);
    static const QList<Reviewed> documents = [] {
        return documentsOf(QStringLiteral("review-set/docs"))
               + documentsOf(QStringLiteral("corpus"));
    }();
    QVERIFY(documents.size() >= 100);
    const ImportVariant &variant = importVariants().at(index);
    int changed = 0;
    int documentsAffected = 0;
    QStringList cases;
    for (const Reviewed &d : documents) {
        const QString rewritten = variant.apply(d.text);
        if (rewritten == d.text)
            continue;
        ++changed;
        writeVariant(variant, d, rewritten);
        const QString name = d.name.section(QLatin1Char('/'), -1);
        const QSet<QString> now = categoriesOf(rewritten.toUtf8(), name);
        const QSet<QString> added = QSet<QString>(now).subtract(d.categories);
        const QSet<QString> dropped = QSet<QString>(d.categories).subtract(now);
        if (added.isEmpty() && dropped.isEmpty())
            continue;
        ++documentsAffected;
        QStringList a = added.values();
        QStringList r = dropped.values();
        a.sort();
        r.sort();
        cases.append(QStringLiteral("%1: added [%2] dropped [%3]")
                         .arg(d.name, a.join(QStringLiteral(", ")), r.join(QStringLiteral(", "))));
    }
    qInfo().noquote() << QStringLiteral("%1: %2 documents changed, findings differ in %3")
                             .arg(QLatin1String(variant.name))
                             .arg(changed)
                             .arg(documentsAffected);
    for (const QString &c : std::as_const(cases))
        qInfo().noquote() << QStringLiteral("    ") + c;
    QVERIFY2(changed > 0, "the rewrite changed no document");
    QVERIFY2(documentsAffected <= kMaxChangedShare * changed,
             qPrintable(QStringLiteral("%1 changed the findings of %2 of %3 documents")
                            .arg(QLatin1String(variant.name))
                            .arg(documentsAffected)
                            .arg(changed)));
}

QTEST_GUILESS_MAIN(TestReviewVariants)

#include "tst_reviewvariants.moc"
