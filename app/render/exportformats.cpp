#include "render/exportformats.h"

#include "core/jsonexport.h"
#include "core/nativeformat.h"
#include "core/postmortemfile.h"
#include "render/markdownexport.h"
#include "render/odtexporter.h"
#include "render/pdfexporter.h"
#include "render/standalonehtml.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

namespace Hindsight {

namespace {

constexpr const char *kContext = "Hindsight::ExportFormats";

bool writeBytes(const QString &path, const QByteArray &data, QString *error)
{
    return writeFileAtomically(path, data, error);
}

QList<ExportFormat> makeFormats()
{
    QList<ExportFormat> formats;
    formats.append({QStringLiteral("pdf"),
                    QT_TRANSLATE_NOOP("Hindsight::ExportFormats", "&PDF…"),
                    QT_TRANSLATE_NOOP("Hindsight::ExportFormats", "PDF (*.pdf)"),
                    QStringLiteral(".pdf"),
                    false,
                    [](const Postmortem &pm, const QString &path, const ExportOptions &o,
                       QString *error) { return exportPdf(pm, path, error, o.html, o.pageSize); },
                    {}});
    formats.append({QStringLiteral("md"),
                    QT_TRANSLATE_NOOP("Hindsight::ExportFormats", "&Markdown…"),
                    QT_TRANSLATE_NOOP("Hindsight::ExportFormats", "Markdown (*.md)"),
                    QStringLiteral("-export.md"), false,
                    // A file gets its chart and diagrams beside it (<name>.assets/).
                    [](const Postmortem &pm, const QString &path, const ExportOptions &,
                       QString *error) { return exportMarkdown(pm, path, error); },
                    // Standard output gets the text alone.
                    [](const Postmortem &pm, const ExportOptions &) {
                        return writeNativeFormat(pm);
                    }});
    formats.append(
        {QStringLiteral("html"), QT_TRANSLATE_NOOP("Hindsight::ExportFormats", "&HTML…"),
         QT_TRANSLATE_NOOP("Hindsight::ExportFormats", "HTML (*.html *.htm)"),
         QStringLiteral(".html"), false,
         [](const Postmortem &pm, const QString &path, const ExportOptions &o, QString *error) {
             return writeBytes(path, renderStandaloneHtml(pm, o.html), error);
         },
         [](const Postmortem &pm, const ExportOptions &o) {
             return renderStandaloneHtml(pm, o.html);
         }});
    formats.append(
        {QStringLiteral("json"), QT_TRANSLATE_NOOP("Hindsight::ExportFormats", "&JSON…"),
         QT_TRANSLATE_NOOP("Hindsight::ExportFormats", "JSON (*.json)"), QStringLiteral(".json"),
         false,
         [](const Postmortem &pm, const QString &path, const ExportOptions &, QString *error) {
             return writeBytes(path, postmortemToJsonText(pm), error);
         },
         [](const Postmortem &pm, const ExportOptions &) {
             return postmortemToJsonText(pm);
         }});
    formats.append({QStringLiteral("odt"),
                    QT_TRANSLATE_NOOP("Hindsight::ExportFormats", "&OpenDocument Text…"),
                    QT_TRANSLATE_NOOP("Hindsight::ExportFormats", "OpenDocument Text (*.odt)"),
                    QStringLiteral(".odt"),
                    false,
                    [](const Postmortem &pm, const QString &path, const ExportOptions &o,
                       QString *error) { return exportOdt(pm, path, error, o.html); },
                    {}});
    formats.append({QStringLiteral("slides-pdf"),
                    nullptr,
                    QT_TRANSLATE_NOOP("Hindsight::ExportFormats", "PDF (*.pdf)"),
                    QStringLiteral("-slides.pdf"),
                    true,
                    [](const Postmortem &pm, const QString &path, const ExportOptions &o,
                       QString *error) { return exportSlidesPdf(pm, path, error, o.slideTheme); },
                    {}});
    return formats;
}

bool printBytes(const QByteArray &data, QString *error)
{
    const size_t written = std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
    std::fflush(stdout);
    if (written == size_t(data.size()))
        return true;
    *error = QCoreApplication::translate(kContext, "cannot write to standard output");
    return false;
}

} // namespace

const QList<ExportFormat> &exportFormats()
{
    static const QList<ExportFormat> formats = makeFormats();
    return formats;
}

const ExportFormat *findExportFormat(const QString &id)
{
    for (const ExportFormat &f : exportFormats())
        if (f.id.compare(id, Qt::CaseInsensitive) == 0)
            return &f;
    return nullptr;
}

QString exportFormatIds(const QString &separator)
{
    QStringList ids;
    for (const ExportFormat &f : exportFormats())
        ids.append(f.id);
    return ids.join(separator);
}

QString exportMenuLabel(const ExportFormat &format)
{
    return format.menuLabel ? QCoreApplication::translate(kContext, format.menuLabel) : QString();
}

QString exportFileFilter(const ExportFormat &format)
{
    return QCoreApplication::translate(kContext, format.fileFilter);
}

QString suggestedExportPath(const QString &documentPath, const ExportFormat &format)
{
    const QFileInfo info(documentPath);
    QString stem = info.completeBaseName();
    if (stem.endsWith(QLatin1String(".postmortem")))
        stem.chop(int(qstrlen(".postmortem")));
    return info.absoluteDir().filePath(stem + format.suggestedEnding);
}

bool writeExport(const ExportFormat &format, const Postmortem &pm, const QString &path,
                 const ExportOptions &options, QString *error)
{
    // Every format's words (chart, diagrams, slides, headings) in the one document language.
    const DocumentLanguageScope language(options.html.language);
    if (!path.isEmpty() && path != QLatin1String("-"))
        return format.write(pm, path, options, error);
    if (format.toStandardOutput)
        return printBytes(format.toStandardOutput(pm, options), error);
    QTemporaryDir dir;
    const QString tmp = dir.filePath(QStringLiteral("export") + format.suggestedEnding);
    if (!format.write(pm, tmp, options, error))
        return false;
    QFile f(tmp);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return false;
    }
    return printBytes(f.readAll(), error);
}

} // namespace Hindsight
