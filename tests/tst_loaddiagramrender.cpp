// The load-distribution diagram as a picture: SVG and PNG output, colours that carry meaning,
// and the diagram in the HTML, the PDF and the Markdown export.
#include "core/nativeformat.h"
#include "render/htmlrenderer.h"
#include "render/loaddiagramrenderer.h"
#include "render/markdownexport.h"
#include "render/pdfexporter.h"
#include "render/standalonehtml.h"
#include "render/timelinechart.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Hindsight;

namespace {

LoadDiagram diagramWithNames(const QStringList &names)
{
    LoadDiagram d;
    d.id = QStringLiteral("lb-1");
    d.title = QStringLiteral("Traffic & <stuff>");
    d.caption = QStringLiteral("One backend took most of it.");
    d.incident.requestRate = 3000;
    d.incident.algorithm = BalancingAlgorithm::WeightedRoundRobin;
    for (const QString &n : names)
        d.incident.backends.append({n, 1000, 1, BackendHealth::Healthy, true});
    d.fixed = d.incident;
    d.incident.backends[0].weight = 5;
    return d;
}

/// All character data of an SVG document, or nullopt when it is not well-formed XML.
std::optional<QString> svgText(const QByteArray &svg, QString *error)
{
    QXmlStreamReader xml(svg);
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters())
            text += xml.text().toString() + QLatin1Char('\n');
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
        return std::nullopt;
    }
    return text;
}

/// Pixels within a small distance of `colour`.
int countNear(const QImage &image, const QColor &colour)
{
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    int n = 0;
    for (int y = 0; y < img.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x) {
            if (qAbs(qRed(line[x]) - colour.red()) + qAbs(qGreen(line[x]) - colour.green())
                    + qAbs(qBlue(line[x]) - colour.blue())
                < 12)
                ++n;
        }
    }
    return n;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Postmortem documentWith(const LoadDiagram &d, const QString &rootCause)
{
    Postmortem pm;
    pm.title = QStringLiteral("Diagram test");
    pm.diagrams = {d};
    pm.rootCause = rootCause;
    return pm;
}

} // namespace

class TestLoadDiagramRender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void svgIsValidXmlAndNamesEveryBackend()
    {
        const QStringList names = {QStringLiteral("web-1"), QStringLiteral("db & cache"),
                                   QStringLiteral("<edge>"), QStringLiteral("Größe")};
        LoadDiagram d = diagramWithNames(names);
        d.fixed->backends[3].inPool = false; // drawn differently, still named
        const QByteArray svg = renderLoadDiagramSvg(d);
        QString error;
        const std::optional<QString> text = svgText(svg, &error);
        QVERIFY2(text, qPrintable(error));
        for (const QString &name : names)
            QVERIFY2(text->contains(name), qPrintable(name));
        QVERIFY(text->contains(QStringLiteral("Traffic & <stuff>"))); // title, unescaped
        QVERIFY(text->contains(QStringLiteral("One backend took most of it.")));
    }

    void svgHasTheRequestedViewBox()
    {
        const LoadDiagram d = diagramWithNames({QStringLiteral("a"), QStringLiteral("b")});
        const QByteArray svg = renderLoadDiagramSvg(d, QSizeF(640, 300));
        QXmlStreamReader xml(svg);
        while (!xml.atEnd() && !(xml.isStartElement() && xml.name() == QLatin1String("svg")))
            xml.readNext();
        QCOMPARE(xml.attributes().value(QLatin1String("viewBox")).toString(),
                 QStringLiteral("0 0 640 300"));
    }

    void pngHasTheRequestedSize_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addRow("wide") << QSize(1234, 400);
        QTest::addRow("tall") << QSize(300, 900);
        QTest::addRow("print") << QSize(1800, 888);
    }
    void pngHasTheRequestedSize()
    {
        QFETCH(QSize, size);
        const LoadDiagram d = diagramWithNames({QStringLiteral("a"), QStringLiteral("b")});
        const QImage image = QImage::fromData(renderLoadDiagramPng(d, size), "PNG");
        QCOMPARE(image.size(), size);
        QVERIFY(renderLoadDiagramPng(d, QSize(0, 10)).isEmpty());
    }

    void naturalSizeFollowsContent()
    {
        LoadDiagram d = diagramWithNames({QStringLiteral("a"), QStringLiteral("b")});
        const QSizeF both = loadDiagramNaturalSize(d);
        d.fixed.reset();
        const QSizeF one = loadDiagramNaturalSize(d);
        QVERIFY(both.width() > 1.8 * one.width()); // side by side
        d.incident.backends.append(d.incident.backends);
        d.incident.backends.append(d.incident.backends);
        QVERIFY(loadDiagramNaturalSize(d).height() > one.height() + 100); // 8 rows, not 2
        QCOMPARE(loadDiagramSizeForWidth(d, 500).width(), 500);
    }

    void overloadedBackendsUseTheWarningColour()
    {
        const DiagramPalette light = diagramPalette(DiagramTheme::Light);
        LoadDiagram d = diagramWithNames({QStringLiteral("a"), QStringLiteral("b")});
        d.fixed.reset();
        d.caption.clear();
        d.title = QStringLiteral("x");
        // 3000 req/s, weights 5:1 over 2 x 1000: a gets 2500 (overloaded).
        const QImage overloaded = renderLoadDiagramImage(d, QSize(900, 500));
        d.incident.requestRate = 1100; // a gets 917 (92 %): busy; b 183: fine
        const QImage busy = renderLoadDiagramImage(d, QSize(900, 500));
        d.incident.backends[0].weight = 1; // 500 each
        const QImage fine = renderLoadDiagramImage(d, QSize(900, 500));
        // The legend shows every colour once; the warning colour elsewhere means a backend.
        const int legendRed = countNear(fine, light.overloaded);
        QVERIFY(countNear(overloaded, light.overloaded) > legendRed + 500);
        QVERIFY(countNear(busy, light.busy) > countNear(fine, light.busy) + 200);
        QCOMPARE(countNear(busy, light.overloaded), legendRed);
    }

    void darkThemeHasADarkBackground()
    {
        const LoadDiagram d = diagramWithNames({QStringLiteral("a")});
        const QImage dark = renderLoadDiagramImage(d, QSize(400, 300), DiagramTheme::Dark);
        const QImage light = renderLoadDiagramImage(d, QSize(400, 300), DiagramTheme::Light);
        QCOMPARE(dark.pixelColor(1, 1), diagramPalette(DiagramTheme::Dark).background);
        QCOMPARE(light.pixelColor(1, 1), QColor(Qt::white));
        QVERIFY(qGray(dark.pixel(1, 1)) < 60);
    }

    void resourceUrls()
    {
        QCOMPARE(loadDiagramIdFromResourceUrl(loadDiagramResourceUrl(QStringLiteral("LB-x_2"))),
                 QStringLiteral("LB-x_2"));
        QVERIFY(loadDiagramIdFromResourceUrl(QUrl(QStringLiteral("diagram:lb-1"))).isEmpty());
        QVERIFY(loadDiagramIdFromResourceUrl(QUrl(QStringLiteral("https://x/lb-1"))).isEmpty());
    }

    // --- In the documents -----------------------------------------------------------------

    void htmlShowsOnlyDiagramsTheDocumentHas()
    {
        const LoadDiagram d = diagramWithNames({QStringLiteral("a")});
        const Postmortem pm = documentWith(
            d, QStringLiteral("![Known](diagram:lb-1)\n\n![Unknown](diagram:lb-9)\n\n"
                              "![Sneaky](hindsight-diagram:lb-1)\n\n"
                              "![Placeholder](hindsight-diagram-placeholder:lb-1)"));
        HtmlOptions opts;
        opts.diagramPictures.insert(QStringLiteral("lb-1"),
                                    {QStringLiteral("pic://one"), QSize(450, 222)});
        opts.diagramPictures.insert(QStringLiteral("lb-9"), {QStringLiteral("pic://nine"), {}});
        const QString html = renderHtml(pm, opts);
        QCOMPARE(html.count(QLatin1String("<img")), 1);
        QVERIFY(html.contains(QLatin1String("<img class=\"diagram\" src=\"pic://one\" "
                                            "width=\"450\" height=\"222\"")));
        QVERIFY(html.contains(QLatin1String("alt=\"Known\"")));
        QVERIFY(html.contains(QLatin1String("[Unknown]")));     // not in pm.diagrams
        QVERIFY(html.contains(QLatin1String("[Sneaky]")));      // schemes never pass
        QVERIFY(html.contains(QLatin1String("[Placeholder]"))); // nor the internal marker
        QVERIFY(!html.contains(QLatin1String("pic://nine")));
        // Without a picture for it, a known diagram shows its alt text too.
        QVERIFY(renderHtml(pm).contains(QLatin1String("[Known]")));
    }

    void standaloneHtmlEmbedsThePicture()
    {
        const LoadDiagram d = diagramWithNames({QStringLiteral("a")});
        const QString html = QString::fromUtf8(
            renderStandaloneHtml(documentWith(d, QStringLiteral("![Traffic](diagram:lb-1)"))));
        static const QRegularExpression img(QStringLiteral(
            "<img class=\"diagram\" src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\""));
        const auto m = img.match(html);
        QVERIFY(m.hasMatch());
        const QImage image = QImage::fromData(QByteArray::fromBase64(m.captured(1).toLatin1()));
        QCOMPARE(image.size(), (loadDiagramNaturalSize(d) * kLoadDiagramPrintScale).toSize());
    }

    void pdfDrawsTheDiagramAtPrintResolution()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.pdf"));
        const LoadDiagram d = diagramWithNames({QStringLiteral("a"), QStringLiteral("b")});
        QString error;
        // No timeline, so the diagram is the only picture.
        QVERIFY2(exportPdf(documentWith(d, QStringLiteral("![T](diagram:lb-1)")), path, &error),
                 qPrintable(error));
        const QByteArray pdf = readAll(path);
        static const QRegularExpression width(QStringLiteral("/Width (\\d+)"));
        QList<int> widths;
        for (auto it = width.globalMatch(QString::fromLatin1(pdf)); it.hasNext();)
            widths.append(it.next().captured(1).toInt());
        QCOMPARE(widths.size(), 1);
        // 170 mm of text width at 300 dpi is 2008 px.
        QVERIFY2(widths[0] >= 1990 && widths[0] <= 2010, qPrintable(QString::number(widths[0])));

        QVERIFY(exportPdf(documentWith(d, QStringLiteral("No link.")), path, &error));
        QVERIFY(!readAll(path).contains("/Width"));
    }

    void markdownExportWritesPicturesAndLinksThem()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("post mortem.md"));
        const LoadDiagram d = diagramWithNames({QStringLiteral("a")});
        const Postmortem pm = documentWith(d, QStringLiteral("Cause.\n\n![Traffic](diagram:lb-1)"));
        QString error;
        QVERIFY2(exportMarkdown(pm, path, &error), qPrintable(error));
        const QString assets = dir.filePath(QStringLiteral("post mortem.assets"));
        const QImage png(QDir(assets).filePath(QStringLiteral("lb-1.png")));
        QCOMPARE(png.size(), (loadDiagramNaturalSize(d) * kLoadDiagramPrintScale).toSize());
        QString xmlError;
        QVERIFY2(svgText(readAll(QDir(assets).filePath(QStringLiteral("lb-1.svg"))), &xmlError),
                 qPrintable(xmlError));
        const QString md = QString::fromUtf8(readAll(path));
        QVERIFY2(md.contains(QLatin1String("![Traffic](post%20mortem.assets/lb-1.png)")),
                 qPrintable(md));
        QVERIFY(!md.contains(QLatin1String("diagram:lb-1")));
        // Reading the export back gives the document again, with its diagram link.
        const NativeReadResult back = readNativeFormat(md);
        QVERIFY(back.ok);
        QCOMPARE(back.postmortem.rootCause, pm.rootCause);
        QCOMPARE(back.postmortem.diagrams, pm.diagrams);
    }
};

QTEST_MAIN(TestLoadDiagramRender)
#include "tst_loaddiagramrender.moc"
