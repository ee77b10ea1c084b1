// Tests for the PDF exporter (pdfexporter.h), read back with poppler's pdftotext when installed:
// the whole document, pagination, hostile text as plain text, file errors and replacement,
// images embedded only from local files.
#include "render/pdfexporter.h"
#include "renderfixture.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Hindsight;
using namespace HindsightTest;

namespace {

/// The PDF's text in visual layout (columns side by side), or with `raw` in drawing order
/// (each table cell's lines together).
QString pdfText(const QString &pdf, bool raw = false)
{
    return runTool(
        QStringLiteral("pdftotext"),
        {raw ? QStringLiteral("-raw") : QStringLiteral("-layout"), pdf, QStringLiteral("-")});
}

/// The PDF's text in drawing order without page furniture (footers, repeated table headers), so
/// a table row that continues on the next page reads as one piece.
QString pdfBodyText(const QString &pdf)
{
    static const QRegularExpression furniture(
        QStringLiteral("^\\s*(Time \\(UTC\\)\\s+Kind\\s+Event|.*Page \\d+ of \\d+)\\s*$"));
    QStringList lines = pdfText(pdf, true).split(QLatin1Char('\n'));
    lines.removeIf([](const QString &l) { return furniture.match(l).hasMatch(); });
    return lines.join(QLatin1Char('\n'));
}

/// Whitespace-normalised, so text wrapped across lines in the PDF still matches.
QString squeeze(const QString &s)
{
    return s.simplified();
}

} // namespace

class TestRenderPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pdfContainsTheDocument();
    void pdfPaginatesLongDocuments();
    void pdfHostileTextIsPlainText();
    void pdfUnwritablePathFails();
    void pdfReplacesExistingFile();
    void pdfEmbedsLocalImagesOnly();

private:
    bool havePoppler() const
    {
        return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
    }
};

void TestRenderPdf::pdfContainsTheDocument()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Postmortem pm = nightOutage();
    const QString path = dir.filePath(QStringLiteral("outage.pdf"));
    QString error;
    QVERIFY2(exportPdf(pm, path, &error), qPrintable(error));
    QVERIFY(error.isEmpty());

    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(4) == "%PDF");
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("outage.pdf")});

    if (!havePoppler())
        QSKIP("pdftotext not installed");
    const QString text = squeeze(pdfText(path));
    QVERIFY2(!text.isEmpty(), "pdftotext failed");
    QVERIFY(text.contains(pm.title));
    for (const QString &h : coreHeadings())
        QVERIFY2(text.contains(h), qPrintable(h));
    QVERIFY(text.contains(QLatin1String("Closing notes")));
    // A table row may run over a page break (the chart above the table moves it down): read
    // the rows in drawing order without the page furniture.
    const QString body = squeeze(pdfBodyText(path));
    for (const TimelineEvent &e : pm.timeline)
        QVERIFY2(body.contains(squeeze(e.text)), qPrintable(e.text));
    QVERIFY(text.contains(QLatin1String("4 h 0 min")));
    QVERIFY(text.contains(QLatin1String("2024-02-16 00:00")));
    QVERIFY(QRegularExpression(QStringLiteral("Page 1 of [123]\\b")).match(text).hasMatch());

    const QString info = runTool(QStringLiteral("pdfinfo"), {path});
    QVERIFY(info.contains(QStringLiteral("Title:")));
    QVERIFY(squeeze(info).contains(QStringLiteral("Title: ") + pm.title));
    QVERIFY(squeeze(info).contains(QLatin1String("Creator: Hindsight")));
    QVERIFY(squeeze(info).contains(QLatin1String("(A4)")));
}

void TestRenderPdf::pdfPaginatesLongDocuments()
{
    if (!havePoppler())
        QSKIP("pdftotext not installed");
    Postmortem pm = nightOutage();
    const QList<TimelineEvent> base = pm.timeline;
    for (int day = 1; day < 12; ++day) {
        for (TimelineEvent e : base) {
            e.at.date = e.at.date.addDays(day);
            e.text = QStringLiteral("Day %1: %2").arg(day).arg(e.text);
            pm.timeline.append(e);
        }
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    QString error;
    QVERIFY2(exportPdf(pm, path, &error), qPrintable(error));
    const QString info = squeeze(runTool(QStringLiteral("pdfinfo"), {path}));
    const int pages
        = QRegularExpression(QStringLiteral("Pages: (\\d+)")).match(info).captured(1).toInt();
    QVERIFY2(pages >= 3, qPrintable(info));
    const QString text = squeeze(pdfText(path));
    for (int p = 1; p <= pages; ++p)
        QVERIFY(text.contains(QStringLiteral("Page %1 of %2").arg(p).arg(pages)));
    // Pagination must not lose rows. A row may continue on the next page, and the line above a
    // page's clip is also in its text layer (see keepBlocksTogether in pdfexporter.cpp), so
    // check that the beginning and the end of every event are there, in drawing order.
    const QString body = squeeze(pdfBodyText(path));
    for (const TimelineEvent &e : std::as_const(pm.timeline)) {
        const QString t = squeeze(e.text);
        const QString head = t.left(30);
        const QString tail = t.right(20);
        const qsizetype at = body.indexOf(head);
        QVERIFY2(at >= 0, qPrintable(head));
        QVERIFY2(body.indexOf(tail, at + head.size()) > at, qPrintable(t));
    }
    QCOMPARE(body.count(QLatin1String("Day 11: Pool size restored to 200")), 1);
    // The table header repeats on every page the table runs over, and only there.
    int tablePages = 0;
    for (int p = 1; p <= pages; ++p) {
        const QString page = squeeze(
            runTool(QStringLiteral("pdftotext"),
                    {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(p),
                     QStringLiteral("-l"), QString::number(p), path, QStringLiteral("-")}));
        const bool hasRow = std::any_of(
            pm.timeline.cbegin(), pm.timeline.cend(),
            [&page](const TimelineEvent &e) { return page.contains(squeeze(e.text).left(30)); });
        const bool hasHeader = page.contains(QLatin1String("Time (UTC) Kind Event"));
        QVERIFY2(hasRow == hasHeader, qPrintable(QStringLiteral("page %1").arg(p)));
        tablePages += hasHeader ? 1 : 0;
    }
    QVERIFY(tablePages >= 3);
    QCOMPARE(text.count(QLatin1String("Time (UTC) Kind Event")), tablePages);
}

void TestRenderPdf::pdfHostileTextIsPlainText()
{
    if (!havePoppler())
        QSKIP("pdftotext not installed");
    Postmortem pm = nightOutage();
    pm.title = QStringLiteral("<script>alert(1)</script> & <b>bold</b>");
    pm.actionItems[0].owner = QStringLiteral("<u>ops</u>"); // fits the column unwrapped
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("evil.pdf"));
    QString error;
    QVERIFY2(exportPdf(pm, path, &error), qPrintable(error));
    const QString text = squeeze(pdfText(path));
    QVERIFY2(text.contains(pm.title), qPrintable(text));
    // The owner column is narrow: the text may wrap, so compare without white space.
    auto compact = [](QString s) {
        return s.remove(QRegularExpression(QStringLiteral("\\s")));
    };
    QVERIFY2(compact(pdfText(path, true)).contains(compact(pm.actionItems[0].owner)),
             qPrintable(pdfText(path, true)));
}

void TestRenderPdf::pdfUnwritablePathFails()
{
    QTemporaryDir dir;
    const QString missingDir = dir.filePath(QStringLiteral("no/such/dir"));
    const QString path = missingDir + QStringLiteral("/out.pdf");
    QString error;
    QVERIFY(!exportPdf(nightOutage(), path, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("no"))));
    QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));

    // A null error pointer is allowed.
    QVERIFY(!exportPdf(nightOutage(), path, nullptr));
    // The target is a folder.
    QVERIFY(!exportPdf(nightOutage(), dir.path(), &error));
    QVERIFY(!error.isEmpty());
}

void TestRenderPdf::pdfReplacesExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.pdf"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(200000, 'x'));
    }
    QString error;
    QVERIFY2(exportPdf(nightOutage(), path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY(!bytes.contains(QByteArray(100, 'x')));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("out.pdf")});
}

void TestRenderPdf::pdfEmbedsLocalImagesOnly()
{
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("doc"));
    QVERIFY(QDir().mkpath(base));
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(base + QStringLiteral("/inside.png")));
    QVERIFY(image.save(dir.filePath(QStringLiteral("outside.png"))));

    Postmortem pm = nightOutage();
    HtmlOptions opts;
    opts.baseDirectory = base;
    QString error;
    const QString withImage = dir.filePath(QStringLiteral("with.pdf"));
    const QString without = dir.filePath(QStringLiteral("without.pdf"));
    pm.impact = QStringLiteral("Impact.\n\n![inside](inside.png)");
    QVERIFY2(exportPdf(pm, withImage, &error, opts), qPrintable(error));
    pm.impact = QStringLiteral("Impact.\n\n![inside](../outside.png)");
    QVERIFY2(exportPdf(pm, without, &error, opts), qPrintable(error));

    auto imageCount = [](const QString &pdf) {
        QFile f(pdf);
        return f.open(QIODevice::ReadOnly) ? int(f.readAll().count("/Subtype /Image")) : -1;
    };
    // The timeline chart is one image in both; the document's own image only inside.
    QCOMPARE(imageCount(without), 1);
    QCOMPARE(imageCount(withImage), 2);
    if (havePoppler())
        QVERIFY(squeeze(pdfText(without)).contains(QLatin1String("[inside]")));
}

QTEST_MAIN(TestRenderPdf)
#include "tst_renderpdf.moc"
