// The timeline chart in every output (timelinechart.h): the HTML shows the chart the caller
// gives, the standalone HTML embeds it, the preview document shows it, the PDF carries it.
#include "render/htmlrenderer.h"
#include "render/pdfexporter.h"
#include "render/standalonehtml.h"
#include "render/timelinechart.h"
#include "renderfixture.h"

#include <QImage>
#include <QPainter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace Hindsight;
using namespace HindsightTest;

class TestRenderChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void htmlShowsTheChartTheCallerGives();
    void standaloneHtmlEmbedsTheChart();
    void previewDocumentShowsTheChart();
    void pdfCarriesTheChart();
};

void TestRenderChart::htmlShowsTheChartTheCallerGives()
{
    Postmortem pm = nightOutage();
    // Document text cannot name the chart's resource, nor a data: picture.
    pm.impact = QStringLiteral("![fake](hindsight-chart://timeline.png) ![data](data:image/png;"
                               "base64,iVBORw0KGgo=)");
    QString html = renderHtml(pm);
    QVERIFY(imgSources(html).isEmpty());
    QVERIFY(html.contains(QLatin1String("[fake]")));

    HtmlOptions opts;
    opts.timelineChartUrl = timelineChartResourceUrl().toString();
    opts.timelineChartSize = QSize(640, 300);
    html = renderHtml(pm, opts);
    QCOMPARE(imgSources(html), QStringList{QStringLiteral("hindsight-chart://timeline.png")});
    const QString timeline = timelinePart(html);
    const qsizetype img = timeline.indexOf(
        QLatin1String("<img src=\"hindsight-chart://timeline.png\" width=\"640\" height=\"300\""));
    QVERIFY2(img > 0, qPrintable(timeline.left(400)));
    QVERIFY(img < timeline.indexOf(QLatin1String("<table"))); // above the table
    QVERIFY(timeline.contains(QLatin1String("alt=\"Timeline chart\"")));

    // Qt's rich text shows the registered picture at the given size.
    QTextDocument doc;
    QImage chart(1280, 600, QImage::Format_RGB32);
    chart.fill(Qt::white);
    chart.setDevicePixelRatio(2);
    doc.addResource(QTextDocument::ImageResource, timelineChartResourceUrl(), chart);
    doc.setHtml(html);
    bool found = false;
    for (QTextBlock b = doc.begin(); b.isValid() && !found; b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isImageFormat()) {
                const QTextImageFormat f = it.fragment().charFormat().toImageFormat();
                QCOMPARE(f.name(), timelineChartResourceUrl().toString());
                QCOMPARE(f.width(), 640.0);
                QCOMPARE(f.height(), 300.0);
                found = true;
            }
    QVERIFY(found);

    // An empty timeline has no chart even when asked.
    pm.timeline.clear();
    QVERIFY(imgSources(renderHtml(pm, opts)).isEmpty());
}

void TestRenderChart::standaloneHtmlEmbedsTheChart()
{
    Postmortem pm = nightOutage();
    pm.summary = QStringLiteral("![remote](https://example.com/x.png)");
    const QString html = QString::fromUtf8(renderStandaloneHtml(pm));
    const QStringList sources = imgSources(html);
    QCOMPARE(sources.size(), 1);
    QVERIFY(sources.first().startsWith(QLatin1String("data:image/png;base64,")));
    const QImage decoded
        = QImage::fromData(QByteArray::fromBase64(sources.first().mid(22).toLatin1()), "PNG");
    QCOMPARE(decoded.size(), kTimelineChartExportSize * 2);
    QVERIFY(html.contains(QLatin1String("[remote]")));

    Postmortem untimed = nightOutage();
    for (TimelineEvent &e : untimed.timeline)
        e.at = Moment();
    QVERIFY(imgSources(QString::fromUtf8(renderStandaloneHtml(untimed))).isEmpty());
}

void TestRenderChart::previewDocumentShowsTheChart()
{
    // What the preview does: the picture as a resource, the HTML naming it.
    const Postmortem pm = nightOutage();
    const QImage chart = renderTimelineChartImage(pm, QSize(600, 280), 1);
    QVERIFY(!chart.isNull());
    HtmlOptions opts;
    opts.timelineChartUrl = timelineChartResourceUrl().toString();
    opts.timelineChartSize = QSize(600, 280);
    QTextDocument doc;
    doc.addResource(QTextDocument::ImageResource, timelineChartResourceUrl(), chart);
    doc.setHtml(renderHtml(pm, opts));
    doc.setTextWidth(700);
    QImage page(700, int(doc.size().height()), QImage::Format_RGB32);
    page.fill(Qt::white);
    {
        QPainter p(&page);
        doc.drawContents(&p);
    }
    // The chart's incident-window shading (light red) is somewhere on the page.
    bool shaded = false;
    for (int y = 0; y < page.height() && !shaded; y += 3)
        for (int x = 0; x < page.width() && !shaded; x += 3) {
            const QColor c = page.pixelColor(x, y);
            shaded = c.red() > 240 && c.green() < 240 && c.green() > 215 && c.blue() < 240;
        }
    QVERIFY(shaded);
}

void TestRenderChart::pdfCarriesTheChart()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty())
        QSKIP("pdfimages not installed");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.pdf"));
    QString error;
    QVERIFY2(exportPdf(nightOutage(), path, &error), qPrintable(error));
    // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
    const QStringList lines = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path})
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                  .mid(2);
    QCOMPARE(lines.size(), 1);
    const QStringList cols = lines.first().simplified().split(QLatin1Char(' '));
    QCOMPARE(cols.value(2), QStringLiteral("image"));
    QVERIFY2(cols.value(3).toInt() >= 1900, qPrintable(lines.first())); // across 170 mm
    QVERIFY2(cols.value(12).toInt() >= 290, qPrintable(lines.first())); // print resolution

    Postmortem untimed = nightOutage();
    for (TimelineEvent &e : untimed.timeline)
        e.at.time = QTime();
    QVERIFY2(exportPdf(untimed, path, &error), qPrintable(error));
    QCOMPARE(runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path})
                 .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                 .size(),
             2); // the header only
}

QTEST_MAIN(TestRenderChart)
#include "tst_renderchart.moc"
