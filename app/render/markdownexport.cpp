#include "render/markdownexport.h"

#include "core/nativeformat.h"
#include "core/postmortemfile.h"
#include "render/loaddiagramrenderer.h"
#include "render/timelinechart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace Hindsight {

namespace {

/// Context of this file's messages (lupdate reads the macro's argument).
struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(Hindsight::MarkdownExport)
};

const QString kPngName = QStringLiteral("timeline.png");
const QString kSvgName = QStringLiteral("timeline.svg");

bool fail(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
    return false;
}

} // namespace

QString markdownAssetsDirectory(const QString &markdownPath)
{
    const QFileInfo info(markdownPath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".assets"));
}

bool exportMarkdown(const Postmortem &pm, const QString &markdownPath, QString *errorMessage)
{
    const QString assets = markdownAssetsDirectory(markdownPath);
    const QString folderName = QFileInfo(assets).fileName();
    // Like any file export, this never creates the folder the Markdown goes to.
    const QFileInfo target(markdownPath);
    if (!target.absoluteDir().exists())
        return fail(errorMessage, ExportText::tr("Cannot write %1: No such directory.")
                                      .arg(QDir::toNativeSeparators(markdownPath)));
    const QByteArray svg = renderTimelineChartSvg(pm, kTimelineChartExportSize);
    const QByteArray png = renderTimelineChartPng(pm, kTimelineChartExportSize, 2);
    const bool chart = !svg.isEmpty() && !png.isEmpty();
    // Relative to the Markdown file, percent-encoded (spaces, brackets) but keeping "/".
    const auto relativeLink = [&](const QString &fileName) {
        return QString::fromLatin1(
            QUrl::toPercentEncoding(folderName + QLatin1Char('/') + fileName, "/"));
    };

    if ((chart || !pm.diagrams.isEmpty()) && !QFileInfo(assets).isDir()
        && !target.absoluteDir().mkdir(folderName))
        return fail(errorMessage, ExportText::tr("Cannot write %1: cannot create the folder.")
                                      .arg(QDir::toNativeSeparators(assets)));
    QString link;
    QString error;
    if (chart) {
        if (!writeFileAtomically(QDir(assets).filePath(kSvgName), svg, &error)
            || !writeFileAtomically(QDir(assets).filePath(kPngName), png, &error))
            return fail(errorMessage, error);
        link = relativeLink(kPngName);
    } else if (QFileInfo(assets).isDir()) {
        QDir dir(assets);
        dir.remove(kSvgName);
        dir.remove(kPngName);
    }

    // Each diagram as <id>.svg and <id>.png (twice the natural size: print resolution); the
    // text's "diagram:<id>" links point at the PNG.
    Postmortem exported = pm;
    for (const LoadDiagram &d : pm.diagrams) {
        const QByteArray diagramSvg = renderLoadDiagramSvg(d);
        const QByteArray diagramPng = renderLoadDiagramPng(
            d, (loadDiagramNaturalSize(d) * kLoadDiagramPrintScale).toSize());
        if (!writeFileAtomically(QDir(assets).filePath(d.id + QStringLiteral(".svg")), diagramSvg,
                                 &error)
            || !writeFileAtomically(QDir(assets).filePath(d.id + QStringLiteral(".png")),
                                    diagramPng, &error))
            return fail(errorMessage, error);
    }
    for (QString *text : proseFields(exported))
        *text = rewriteDiagramLinks(*text, [&](const QString &id) {
            return findDiagram(pm.diagrams, id) ? relativeLink(id + QStringLiteral(".png"))
                                                : QString();
        });
    if (!chart && pm.diagrams.isEmpty() && QFileInfo(assets).isDir())
        QDir().rmdir(assets); // only when now empty

    if (!writeFileAtomically(markdownPath, writeNativeFormat(exported, link), &error))
        return fail(errorMessage, error);
    return true;
}

} // namespace Hindsight
