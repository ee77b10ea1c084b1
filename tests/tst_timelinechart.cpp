// The timeline chart: placement in time, every seed and corpus document, SVG and PNG output.
// Set HINDSIGHT_CHART_DUMP=/some/dir to also write each chart as PNG there, to look at.
#include "core/postmortemfile.h"
#include "corpus.h"
#include "render/htmlrenderer.h"
#include "render/timelinechart.h"
#include "render/timelinechartscene.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QScatterSeries>
#include <QTest>
#include <QXmlStreamReader>

using namespace Hindsight;

namespace {

Moment at(const QDate &date, int h, int m, std::optional<int> offset = 0)
{
    Moment mo;
    mo.date = date;
    mo.time = QTime(h, m);
    mo.utcOffsetMinutes = offset;
    return mo;
}

Moment undated(int h, int m)
{
    return at(QDate(), h, m, std::nullopt);
}

qint64 wall(const QDate &d, int h, int m)
{
    return QDateTime(d, QTime(h, m), Qt::UTC).toMSecsSinceEpoch();
}

QStringList documents()
{
    QStringList files;
    const QDir own(QStringLiteral(HINDSIGHT_TEST_DATA "/import"));
    for (const QString &f :
         own.entryList({QStringLiteral("*.md"), QStringLiteral("*.txt"), QStringLiteral("*.html")},
                       QDir::Files, QDir::Name))
        files.append(own.filePath(f));
    const QDir seeds(HindsightTest::corpusPath(QStringLiteral("seeds")));
    for (const QString &f : seeds.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        files.append(seeds.filePath(f));
    const QDir corpus(HindsightTest::corpusPath(QStringLiteral("corpus")));
    for (const QString &f : corpus.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
        if (f != QLatin1String("LABELING.md"))
            files.append(corpus.filePath(f));
    return files;
}

/// Seed 000 as a careful reader models it (UTC, 22:00 to 02:00 the next day).
Postmortem seed000()
{
    const QDate d1(2024, 2, 15);
    const QDate d2(2024, 2, 16);
    Postmortem pm;
    pm.timezone = TimeZoneInfo{QStringLiteral("UTC"), 0};
    pm.start = at(d1, 22, 0);
    pm.end = at(d2, 2, 0);
    pm.timeline = {
        {at(d1, 22, 0), EventKind::Detection, QStringLiteral("Issue detected through alerts.")},
        {at(d1, 22, 5), EventKind::Investigation, QStringLiteral("Engineers investigate.")},
        {at(d1, 22, 15), EventKind::Misleading, QStringLiteral("Database overload assumed.")},
        {at(d1, 22, 30), EventKind::Investigation, QStringLiteral("Network checked.")},
        {at(d1, 23, 0), EventKind::Misleading, QStringLiteral("DDoS and code bugs explored.")},
        {at(d2, 0, 0), EventKind::Escalation, QStringLiteral("Escalated to senior engineers.")},
        {at(d2, 1, 0), EventKind::Investigation, QStringLiteral("Load balancer found.")},
        {at(d2, 2, 0), EventKind::Resolution, QStringLiteral("Load balancer reconfigured.")},
    };
    return pm;
}

/// seed000's postmortem with `events` timeline events 73 s apart, of every kind in turn, with
/// texts too long for all of them to get a label.
Postmortem crowded(int events)
{
    Postmortem pm = seed000();
    pm.timeline.clear();
    const QDateTime t0(QDate(2024, 2, 15), QTime(22, 0), Qt::UTC);
    const QList<EventKind> kinds = allEventKinds();
    for (int i = 0; i < events; ++i) {
        const QDateTime t = t0.addSecs(i * 73);
        pm.timeline.append({at(t.date(), t.time().hour(), t.time().minute()),
                            kinds[i % kinds.size()],
                            QStringLiteral("Event number %1 with a fairly long description "
                                           "of what happened")
                                .arg(i)});
    }
    return pm;
}

/// Lays `chart` out at `size` in `scene` and paints it once (labels are placed at paint time).
QImage paint(QGraphicsScene &scene, TimelineChart *chart, QSizeF size)
{
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    chart->settleLayout();
    QImage image(size.toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    scene.render(&p, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
    return image;
}

int inkPixels(const QImage &image)
{
    int n = 0;
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < img.height(); y += 2)
        for (int x = 0; x < img.width(); x += 2)
            if (img.pixel(x, y) != qRgb(255, 255, 255))
                ++n;
    return n;
}

void dump(const QString &name, const QImage &image)
{
    const QString dir = qEnvironmentVariable("HINDSIGHT_CHART_DUMP");
    if (!dir.isEmpty() && !image.isNull())
        image.save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

bool overlapFree(const QList<QRectF> &boxes)
{
    for (qsizetype i = 0; i < boxes.size(); ++i)
        for (qsizetype j = i + 1; j < boxes.size(); ++j)
            if (boxes[i].intersects(boxes[j]))
                return false;
    return true;
}

} // namespace

class TestTimelineChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eventsCrossMidnightInTheDocumentZone()
    {
        Postmortem pm;
        pm.timezone = TimeZoneInfo{QStringLiteral("PDT"), -420};
        pm.start = at(QDate(2024, 6, 1), 23, 30, -420);
        pm.timeline
            = {{undated(23, 40), EventKind::Detection, QStringLiteral("a")},
               {undated(0, 10), EventKind::Mitigation, QStringLiteral("b")},
               {Moment(), EventKind::Other, QStringLiteral("no time: not charted")},
               // 08:00 UTC is 01:00 PDT.
               {at(QDate(2024, 6, 2), 8, 0, 0), EventKind::Resolution, QStringLiteral("c")}};
        const QList<ChartEvent> events = chartEvents(pm);
        QCOMPARE(events.size(), 3);
        QCOMPARE(events[0].row, 0);
        QCOMPARE(events[0].ms, wall(QDate(2024, 6, 1), 23, 40));
        QCOMPARE(events[1].ms, wall(QDate(2024, 6, 2), 0, 10));
        QCOMPARE(events[2].row, 3);
        QCOMPARE(events[2].ms, wall(QDate(2024, 6, 2), 1, 0));

        std::unique_ptr<TimelineChart> chart = TimelineChart::create(pm);
        QVERIFY(chart);
        QVERIFY2(chart->axisTitle().contains(QLatin1String("PDT")), qPrintable(chart->axisTitle()));
        QVERIFY(chart->axisTitle().contains(QStringLiteral("2024-06-01 – 2024-06-02")));
        QVERIFY(chart->toolTip(1).startsWith(QStringLiteral("2024-06-02 00:10 PDT · Mitigation")));
    }

    void zoomedToTheIncidentWithEdgeCounts()
    {
        // A 3-hour incident with notes five days before and follow-ups two weeks after.
        const QDate d(2025, 3, 10);
        Postmortem pm;
        pm.timezone = TimeZoneInfo{QStringLiteral("UTC"), 0};
        pm.start = at(d, 10, 0);
        pm.end = at(d, 13, 0);
        pm.timeline = {
            {at(d.addDays(-5), 9, 0), EventKind::Other, QStringLiteral("Change merged.")},
            {at(d.addDays(-5), 16, 0), EventKind::Other, QStringLiteral("Rolled to one zone.")},
            {at(d.addDays(-4), 8, 0), EventKind::Other, QStringLiteral("Rolled everywhere.")},
            {at(d, 10, 5), EventKind::Detection, QStringLiteral("Alert fires.")},
            {at(d, 11, 30), EventKind::Mitigation, QStringLiteral("Traffic drained.")},
            {at(d, 13, 0), EventKind::Resolution, QStringLiteral("Change reverted.")},
            {at(d.addDays(14), 9, 0), EventKind::Communication, QStringLiteral("Report sent.")},
            {at(d.addDays(15), 9, 0), EventKind::Other, QStringLiteral("Review held.")},
        };
        std::unique_ptr<TimelineChart> chart = TimelineChart::create(pm, 900);
        QVERIFY(chart);
        QCOMPARE(chart->timelineLayout().earlierCount, 3);
        QCOMPARE(chart->timelineLayout().laterCount, 2);
        QVERIFY(!chart->markerPosition(0));
        QGraphicsScene scene;
        TimelineChart *c = chart.release();
        const QImage image = paint(scene, c, QSizeF(900, 380));
        dump(QStringLiteral("zoomed"), image);
        QCOMPARE(c->labelledEventCount(), 3); // every event on the axis has its label
        const QList<QRectF> edges = c->edgeCountBoxes();
        QCOMPARE(edges.size(), 2);
        QVERIFY(edges[0].right() < edges[1].left());
        for (const QRectF &label : c->labelBoxes())
            for (const QRectF &edge : edges)
                QVERIFY(!label.intersects(edge));
        QVERIFY(c->markerPosition(3));
        const QByteArray svg = renderTimelineChartSvg(pm);
        QVERIFY(svg.contains("3 earlier events"));
        QVERIFY(svg.contains("2 later events"));

        TimelineChartOptions all;
        all.allEvents = true;
        std::unique_ptr<TimelineChart> wide = TimelineChart::create(pm, 900, all);
        QCOMPARE(wide->timelineLayout().earlierCount, 0);
        QVERIFY(wide->markerPosition(0));
    }

    void darkThemeDrawsOnDark()
    {
        TimelineChartOptions dark;
        dark.theme = ChartTheme::Dark;
        const QImage image = renderTimelineChartImage(seed000(), QSize(900, 380), 1, dark);
        dump(QStringLiteral("dark"), image);
        QVERIFY(!image.isNull());
        QCOMPARE(QColor(image.pixel(1, 1)), chartPalette(ChartTheme::Dark).background);
        // Light text somewhere (labels, axis), not just the background and the markers.
        int light = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                light += QColor(image.pixel(x, y)).lightness() > 200 ? 1 : 0;
        QVERIFY(light > 200);
        const QImage normal = renderTimelineChartImage(seed000(), QSize(900, 380), 1);
        QCOMPARE(QColor(normal.pixel(1, 1)), QColor(Qt::white));
    }

    void markdownBecomesPlainText()
    {
        Postmortem pm = seed000();
        pm.timeline[0].text = QStringLiteral("**Paged** on `api-5xx` via [PagerDuty](https://x.y)");
        QCOMPARE(chartEvents(pm).first().text, QStringLiteral("Paged on api-5xx via PagerDuty"));
    }

    void timeOnlyTimelineGetsNominalDays()
    {
        Postmortem pm;
        pm.timeline = {{undated(23, 0), EventKind::Detection, QStringLiteral("a")},
                       {undated(1, 0), EventKind::Resolution, QStringLiteral("b")}};
        const QList<ChartEvent> events = chartEvents(pm);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[1].ms - events[0].ms, qint64(2 * 60 * 60 * 1000));
        const QByteArray svg = renderTimelineChartSvg(pm);
        QVERIFY(svg.contains("Day 2"));
        // No date: computeMetrics has no TTD/TTR, so the chart draws no brackets either.
        QVERIFY(!svg.contains("TTD") && !svg.contains("TTR"));
        QVERIFY(!svg.contains("2000-01"));
    }

    void svgIsWellFormedXmlWhateverTheText()
    {
        // The zone label and event texts come from the document: markup characters in them
        // must not break the SVG (its <title> is written by QSvgGenerator).
        Postmortem pm;
        pm.timezone = TimeZoneInfo{QStringLiteral("R&D <lab> \"zone\""), 0};
        pm.timeline = {
            {at(QDate(2024, 1, 2), 10, 0, 0), EventKind::Detection,
             QStringLiteral("Alerts <b>&amp; pages</b> fired")},
            {at(QDate(2024, 1, 2), 11, 0, 0), EventKind::Resolution, QStringLiteral("a < b & c")}};
        const QByteArray svg = renderTimelineChartSvg(pm);
        QVERIFY(!svg.isEmpty());
        QXmlStreamReader xml(svg);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    }

    void noTimedEventsNoChart()
    {
        Postmortem pm;
        pm.title = QStringLiteral("No times");
        pm.timeline = {{Moment(), EventKind::Detection, QStringLiteral("sometime")}};
        QVERIFY(chartEvents(pm).isEmpty());
        QVERIFY(!TimelineChart::create(pm));
        QVERIFY(renderTimelineChartSvg(pm).isEmpty());
        QVERIFY(renderTimelineChartImage(pm).isNull());
        QVERIFY(renderTimelineChartPng(pm).isEmpty());
        QVERIFY(timelineChartDataUrl(pm).isEmpty());
        QVERIFY(renderTimelineChartSvg(Postmortem()).isEmpty());
    }

    void seed000Chart()
    {
        const Postmortem pm = seed000();
        const QByteArray svg = renderTimelineChartSvg(pm, QSizeF(900, 380));
        QVERIFY(svg.startsWith("<?xml") && svg.contains("<svg"));
        QVERIFY(svg.contains("viewBox=\"0 0 900 380\""));
        // Ticks cross midnight: the date at midnight, hours around it.
        for (const char *label : {"22:00", "23:00", "Feb 16", "01:00", "02:00"})
            QVERIFY2(svg.contains(label), label);
        QVERIFY(svg.contains("Time (UTC) · 2024-02-15 – 2024-02-16"));
        // Phases, brackets and the legend.
        for (const char *text : {"Investigate", "TTD 0 min", "TTR 4 h 0 min", "Incident window",
                                 "Detection", "Misleading", "Escalation", "Resolution"})
            QVERIFY2(svg.contains(text), text);
        for (const TimelineEvent &e : pm.timeline)
            QVERIFY2(svg.contains(eventKindColor(e.kind).name().toLatin1()),
                     qPrintable(eventKindName(e.kind)));
        QVERIFY(!svg.contains(eventKindColor(EventKind::Communication).name().toLatin1()));

        const QImage image = renderTimelineChartImage(pm, QSize(900, 380), 2);
        QCOMPARE(image.size(), QSize(1800, 760));
        QCOMPARE(image.devicePixelRatio(), 2.0);
        QVERIFY(inkPixels(image) > 5000);
        dump(QStringLiteral("seed000"), image);
        QVERIFY(renderTimelineChartPng(pm).startsWith("\x89PNG"));
        QVERIFY(timelineChartDataUrl(pm).startsWith(QLatin1String("data:image/png;base64,iVBOR")));
    }

    void narrowChartKeepsLegendNamesWhole()
    {
        // The preview beside the form is narrow: names stay whole (a smaller font, then the
        // window's entry goes) instead of "Detecti…".
        const QByteArray svg = renderTimelineChartSvg(seed000(), QSizeF(460, 280));
        dump(QStringLiteral("narrow"), renderTimelineChartImage(seed000(), QSize(460, 280)));
        for (const char *name :
             {"Detection", "Investigation", "Misleading", "Escalation", "Resolution"})
            QVERIFY2(svg.contains(QByteArray(">") + name + "<"), name);
        // The window's entry is whole or gone, never cut.
        QVERIFY(svg.contains(">Incident window<") || !svg.contains(">Incide"));
    }

    void labelsDoNotOverlapAndAllFit()
    {
        QGraphicsScene scene;
        std::unique_ptr<TimelineChart> owned = TimelineChart::create(seed000(), 900);
        TimelineChart *chart = owned.release();
        paint(scene, chart, QSizeF(900, 380));
        QCOMPARE(chart->labelledEventCount(), 8);
        QCOMPARE(chart->labelBoxes().size(), 8);
        QVERIFY(overlapFree(chart->labelBoxes()));
        for (const QRectF &box : chart->labelBoxes())
            QVERIFY(chart->plotArea().adjusted(-1, -1, 1, 1).contains(box));
    }

    void labelsFollowTheSizeFromPaintToPaint()
    {
        // Placed once per size and reused while the size stays: a new size places them anew,
        // and the old size gets its old places back.
        QGraphicsScene scene;
        std::unique_ptr<TimelineChart> owned = TimelineChart::create(seed000(), 900);
        TimelineChart *chart = owned.release();
        const auto render = [&](QSizeF size) {
            chart->setGeometry(QRectF(QPointF(0, 0), size));
            chart->settleLayout();
            QImage image(size.toSize(), QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter p(&image);
            scene.render(&p, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
            return image;
        };
        const QImage wide = paint(scene, chart, QSizeF(900, 380));
        const QList<QRectF> wideBoxes = chart->labelBoxes();
        QCOMPARE(render(QSizeF(900, 380)), wide);
        QCOMPARE(chart->labelBoxes(), wideBoxes);
        render(QSizeF(520, 380));
        const QList<QRectF> narrowBoxes = chart->labelBoxes();
        QVERIFY(narrowBoxes != wideBoxes);
        QVERIFY(overlapFree(narrowBoxes));
        for (const QRectF &box : narrowBoxes)
            QVERIFY(box.right() <= 520);
        QCOMPARE(render(QSizeF(900, 380)), wide);
        QCOMPARE(chart->labelBoxes(), wideBoxes);
    }

    void markersMapBackToRows()
    {
        QGraphicsScene scene;
        std::unique_ptr<TimelineChart> owned = TimelineChart::create(seed000(), 900);
        TimelineChart *chart = owned.release();
        paint(scene, chart, QSizeF(900, 380));
        QList<QScatterSeries *> scatter;
        for (QAbstractSeries *s : chart->series())
            if (auto *sc = qobject_cast<QScatterSeries *>(s))
                scatter.append(sc);
        QCOMPARE(scatter.size(), 5); // detection, investigation, misleading, escalation, resolution
        QSet<int> rows;
        for (QScatterSeries *s : scatter)
            for (const QPointF &p : s->points())
                if (const auto row = chart->rowAt(s, p))
                    rows.insert(*row);
        QCOMPARE(rows.size(), 8);
        QVERIFY(!chart->rowAt(scatter.first(), QPointF(1, 1)));
        // Positions run left to right in time, and inside the plot.
        qreal lastX = -1;
        for (int row = 0; row < 8; ++row) {
            const auto p = chart->markerPosition(row);
            QVERIFY(p);
            QVERIFY(chart->plotArea().contains(*p));
            QVERIFY(p->x() > lastX);
            lastX = p->x();
        }
        QVERIFY(!chart->markerPosition(42));
    }

    void twoHundredEventsStayReadable()
    {
        const Postmortem pm = crowded(200);
        QGraphicsScene scene;
        std::unique_ptr<TimelineChart> owned = TimelineChart::create(pm, 900);
        TimelineChart *chart = owned.release();
        const QImage image = paint(scene, chart, QSizeF(900, 380));
        dump(QStringLiteral("200-events"), image);
        QVERIFY(chart->labelledEventCount() > 5);
        QVERIFY(chart->labelledEventCount() < 200);
        QVERIFY(overlapFree(chart->labelBoxes()));
        const QByteArray svg = renderTimelineChartSvg(pm);
        QVERIFY(svg.contains("Labels for "));
        QVERIFY(svg.contains(" of 200 events"));
    }

    void labelsPlacedAheadGiveTheSamePicture()
    {
        // The preview places the labels in a step of its own before drawing; the picture is
        // the one drawn in one go. Crowded, so placing tries its several orders.
        const Postmortem pm = crowded(200);
        const QSize size(900, 380);
        const QImage direct = renderTimelineChartImage(pm, size, 1);
        QVERIFY(!direct.isNull());
        const std::unique_ptr<TimelineChartScene> scene
            = TimelineChartScene::layOut(layoutTimeline(pm, size.width()), size);
        QVERIFY(scene);
        scene->placeLabels();
        QCOMPARE(scene->image(1), direct);
        scene->placeLabels(); // again, same plot: nothing changes
        QCOMPARE(scene->image(1), direct);
    }

    void everyDocumentCharts_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = documents();
        QVERIFY(files.size() > 5);
        for (const QString &f : files)
            QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
    }
    void everyDocumentCharts()
    {
        QFETCH(QString, path);
        const LoadResult loaded = loadPostmortemFile(path);
        if (!loaded.ok)
            QSKIP("not read as a postmortem (the importer's business)");
        const Postmortem &pm = loaded.postmortem;
        const QList<ChartEvent> events = chartEvents(pm);
        const QByteArray svg = renderTimelineChartSvg(pm);
        const QImage image = renderTimelineChartImage(pm, QSize(900, 380), 1);
        if (events.isEmpty()) {
            QVERIFY(svg.isEmpty());
            QVERIFY(image.isNull());
            return;
        }
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.size() > 2000);
        // Every kind on the axis in its colour (events far from the incident are counted at
        // the axis' edges instead, see zoomedToTheIncidentWithEdgeCounts).
        const TimelineLayout layout = layoutTimeline(pm, 900);
        for (qsizetype i = 0; i < layout.events.size(); ++i)
            if (layout.shown[i])
                QVERIFY2(svg.contains(eventKindColor(layout.events[i].kind).name().toLatin1()),
                         qPrintable(eventKindName(layout.events[i].kind)));
        QVERIFY(inkPixels(image) > 1000);
        dump(QFileInfo(path).completeBaseName(), renderTimelineChartImage(pm));
    }
};

QTEST_MAIN(TestTimelineChart)
#include "tst_timelinechart.moc"
