#include "render/odtexporter.h"

#include "render/confineddocument.h"
#include "render/loaddiagramrenderer.h"
#include "render/timelinechart.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QTextDocumentWriter>

namespace Hindsight {

namespace {

/// The text width the pictures are laid out for, in CSS pixels: A4 less 2 cm margins, at 96 px
/// per inch (what LibreOffice shows at 100 %).
constexpr int kTextWidthCss = 643;

QString cannotWrite(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("Hindsight::Export", "Cannot write %1: %2")
        .arg(QDir::toNativeSeparators(path), reason);
}

} // namespace

bool exportOdt(const Postmortem &pm, const QString &filePath, QString *errorMessage,
               const HtmlOptions &opts)
{
    const DocumentLanguageScope language(opts.language); // the chart's words too
    ConfinedDocument doc(opts.baseDirectory);
    if (!opts.baseDirectory.isEmpty())
        doc.setBaseUrl(
            QUrl::fromLocalFile(QDir(opts.baseDirectory).absolutePath() + QLatin1Char('/')));
    HtmlOptions options = opts;
    options.timelineChartUrl.clear();
    options.diagramPictures.clear();
    const QImage chart = renderTimelineChartImage(pm, kTimelineChartExportSize, 2);
    if (!chart.isNull()) {
        doc.addResource(QTextDocument::ImageResource, timelineChartResourceUrl(), chart);
        options.timelineChartUrl = timelineChartResourceUrl().toString();
        options.timelineChartSize = kTimelineChartExportSize;
    }
    for (const LoadDiagram &d : pm.diagrams) {
        const QSize cssSize = loadDiagramDisplaySize(d, kTextWidthCss, kTextWidthCss);
        const QImage image
            = renderLoadDiagramImage(d, cssSize * 2, DiagramTheme::Light, /*scale=*/2);
        if (image.isNull())
            continue;
        doc.addResource(QTextDocument::ImageResource, loadDiagramResourceUrl(d.id), image);
        options.diagramPictures.insert(d.id, {loadDiagramResourceUrl(d.id).toString(), cssSize});
    }
    doc.setHtml(renderHtml(pm, options));

    // The writer closes the device it writes to, which QSaveFile forbids: write into memory,
    // then save the bytes atomically.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&doc)) {
        if (errorMessage)
            *errorMessage = cannotWrite(
                filePath,
                QCoreApplication::translate("Hindsight::Export", "the OpenDocument writer failed"));
        return false;
    }
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.data().size()) {
        if (errorMessage)
            *errorMessage = cannotWrite(filePath, file.errorString());
        return false;
    }
    if (!file.commit()) {
        if (errorMessage)
            *errorMessage = cannotWrite(filePath, file.errorString());
        return false;
    }
    return true;
}

} // namespace Hindsight
