#include "markdownexport.h"

#include "nativeformat.h"
#include "postmortemfile.h"
#include "timelinechart.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace Hindsight {

namespace {

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
    // Like any file export, this never creates the folder the Markdown goes to.
    const QFileInfo target(markdownPath);
    if (!target.absoluteDir().exists())
        return fail(errorMessage, QStringLiteral("Cannot write %1: No such directory.")
                                      .arg(QDir::toNativeSeparators(markdownPath)));
    const QByteArray svg = renderTimelineChartSvg(pm, kTimelineChartExportSize);
    const QByteArray png = renderTimelineChartPng(pm, kTimelineChartExportSize, 2);
    QString link;
    QString error;
    if (!svg.isEmpty() && !png.isEmpty()) {
        if (!QFileInfo(assets).isDir() && !target.absoluteDir().mkdir(QFileInfo(assets).fileName()))
            return fail(errorMessage, QStringLiteral("Cannot write %1: cannot create the folder.")
                                          .arg(QDir::toNativeSeparators(assets)));
        if (!writeFileAtomically(QDir(assets).filePath(kSvgName), svg, &error)
            || !writeFileAtomically(QDir(assets).filePath(kPngName), png, &error))
            return fail(errorMessage, error);
        // Relative to the Markdown file, percent-encoded (spaces, brackets) but keeping "/".
        link = QString::fromLatin1(QUrl::toPercentEncoding(
            QFileInfo(assets).fileName() + QLatin1Char('/') + kPngName, QByteArrayLiteral("/")));
    } else if (QFileInfo(assets).isDir()) {
        QDir dir(assets);
        dir.remove(kSvgName);
        dir.remove(kPngName);
        QDir().rmdir(assets); // only when now empty
    }
    if (!writeFileAtomically(markdownPath, writeNativeFormat(pm, link), &error))
        return fail(errorMessage, error);
    return true;
}

} // namespace Hindsight
