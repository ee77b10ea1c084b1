// `hindsight convert INPUT --to slides-pdf -o OUT.pdf`, run as a real child process: one 16:9
// page per slide of the deck, and the usual exit statuses.
#include "clirun.h"
#include "core/postmortemfile.h"
#include "corpus.h"
#include "render/slides.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Hindsight;
using HindsightTest::Run;

namespace {

QStringList seedFiles()
{
    const QDir dir(HindsightTest::corpusPath(QStringLiteral("seeds")));
    QStringList files;
    for (const QString &f : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        files.append(dir.filePath(f));
    return files;
}

struct PdfPages
{
    int count = 0;          ///< page objects
    QList<QSizeF> mediaBox; ///< per page, in points
};

/// Page objects and their MediaBox sizes, read from the (uncompressed) page dictionaries that
/// QPdfWriter writes.
PdfPages readPages(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString pdf = QString::fromLatin1(f.readAll());
    PdfPages pages;
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    pages.count = int(pdf.count(page));
    static const QRegularExpression box(
        QStringLiteral("/MediaBox\\s*\\[\\s*([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)"
                       "\\s*\\]"));
    auto it = box.globalMatch(pdf);
    while (it.hasNext()) {
        const auto m = it.next();
        pages.mediaBox.append(QSizeF(m.captured(3).toDouble() - m.captured(1).toDouble(),
                                     m.captured(4).toDouble() - m.captured(2).toDouble()));
    }
    return pages;
}

} // namespace

class TestSlidesPdf : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(QFile::exists(QStringLiteral(HINDSIGHT_EXE))); }

    void onePageOfSixteenByNinePerSlide_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("theme");
        for (const QString &f : seedFiles())
            QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f << QStringLiteral("light");
        for (const char *f : {"course-format.md", "google-sre.md"})
            QTest::newRow(f) << QStringLiteral(HINDSIGHT_TEST_DATA "/import/") + QLatin1String(f)
                             << QStringLiteral("light");
        const QString sample
            = QStringLiteral(HINDSIGHT_SOURCE_DIR "/resources/sample-postmortem.md");
        QTest::newRow("sample") << sample << QStringLiteral("light");
        QTest::newRow("sample dark") << sample << QStringLiteral("dark");
        QCOMPARE(seedFiles().size(), HindsightTest::hasCorpus(QStringLiteral("seeds")) ? 5 : 0);
    }
    void onePageOfSixteenByNinePerSlide()
    {
        QFETCH(QString, path);
        QFETCH(QString, theme);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("deck.pdf"));
        const Run r = HindsightTest::runHindsight(
            {QStringLiteral("convert"), path, QStringLiteral("--to"), QStringLiteral("slides-pdf"),
             QStringLiteral("--theme"), theme, QStringLiteral("-o"), out},
            false); // needs no display
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const LoadResult loaded = loadPostmortemFile(path);
        QVERIFY(loaded.ok);
        const int slides = int(buildDeck(loaded.postmortem).slides.size());
        QVERIFY(slides >= 6);
        const PdfPages pages = readPages(out);
        QCOMPARE(pages.count, slides);
        QCOMPARE(pages.mediaBox.size(), slides);
        for (const QSizeF &size : pages.mediaBox) {
            QCOMPARE(size, QSizeF(960, 540)); // 13.333 x 7.5 in
            QCOMPARE(size.width() * 9, size.height() * 16);
        }
    }

    void pdfHasTheSlidesText()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("deck.pdf"));
        const Run r = HindsightTest::runHindsight(
            {QStringLiteral("convert"),
             QStringLiteral(HINDSIGHT_SOURCE_DIR "/resources/sample-postmortem.md"),
             QStringLiteral("--to"), QStringLiteral("slides-pdf"), QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 0);
        // Text stays text: poppler's pdftotext finds it when it is installed.
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
        if (!pdftotext.waitForFinished(60000) || pdftotext.exitCode() != 0)
            QSKIP("pdftotext (poppler-utils) is not available");
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        for (const char *needle : {"Key facts", "Questions?", "catalogue", "Traffic team"})
            QVERIFY2(text.contains(QLatin1String(needle)), needle);
    }

    void badUsageAndOutputsFailClearly()
    {
        const QString sample
            = QStringLiteral(HINDSIGHT_SOURCE_DIR "/resources/sample-postmortem.md");
        const QString to = QStringLiteral("--to"), slides = QStringLiteral("slides-pdf");
        // No -o, or standard output: usage error.
        Run r = HindsightTest::runHindsight({QStringLiteral("convert"), sample, to, slides});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("-o"));
        r = HindsightTest::runHindsight({QStringLiteral("convert"), sample, to, slides,
                                         QStringLiteral("-o"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        r = HindsightTest::runHindsight({QStringLiteral("convert"), sample, to, slides,
                                         QStringLiteral("--theme"), QStringLiteral("sepia"),
                                         QStringLiteral("-o"), QStringLiteral("x.pdf")});
        QCOMPARE(r.exitCode, 2);
        r = HindsightTest::runHindsight({QStringLiteral("convert"), sample, to,
                                         QStringLiteral("pdf"), QStringLiteral("--theme"),
                                         QStringLiteral("dark")});
        QCOMPARE(r.exitCode, 2);
        // Unreadable input: 1. Unwritable output: 3, and nothing left behind.
        QTemporaryDir dir;
        r = HindsightTest::runHindsight(
            {QStringLiteral("convert"), dir.filePath(QStringLiteral("missing.md")), to, slides,
             QStringLiteral("-o"), dir.filePath(QStringLiteral("a.pdf"))});
        QCOMPARE(r.exitCode, 1);
        const QString unwritable = dir.filePath(QStringLiteral("no/such/folder/deck.pdf"));
        r = HindsightTest::runHindsight(
            {QStringLiteral("convert"), sample, to, slides, QStringLiteral("-o"), unwritable});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(!QFile::exists(unwritable));
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList());
    }
};

QTEST_MAIN(TestSlidesPdf)
#include "tst_slidespdf.moc"
