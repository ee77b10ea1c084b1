// The registry of export formats: one entry per format, read by `hindsight convert --to`, its
// --help text, File > Export and the suggested file names. Adding a format is one entry here.
#pragma once

#include "core/postmortem.h"
#include "render/htmlrenderer.h"
#include "render/slides.h"

#include <QByteArray>
#include <QList>
#include <QPageSize>
#include <QString>

#include <functional>

namespace Hindsight {

/// What an export may need beside the postmortem.
struct ExportOptions
{
    /// Where the document lives (images inside it load; see HtmlOptions::baseDirectory) and
    /// the document language (HtmlOptions::language, English by default): writeExport renders
    /// every format — charts, diagrams and slides included — in it.
    HtmlOptions html;
    /// Paper for page-based formats (pdf).
    QPageSize pageSize = QPageSize(QPageSize::A4);
    /// Theme of the review deck (slides-pdf).
    SlideTheme slideTheme = SlideTheme::Light;
};

/// One export format.
struct ExportFormat
{
    /// The `--to` value, lower case: "pdf", "md", "html", "json", "odt", "slides-pdf".
    QString id;
    /// File > Export menu text with its accelerator, untranslated (QT_TRANSLATE_NOOP in the
    /// "Hindsight::ExportFormats" context); null for formats not in that menu (the deck has its
    /// own entry under Present).
    const char *menuLabel = nullptr;
    /// Save-dialog filter, untranslated, same context: "PDF (*.pdf)".
    const char *fileFilter = nullptr;
    /// What a suggested file name ends with, after the document's stem: ".pdf", "-export.md"
    /// (an export never suggests overwriting the postmortem's own Markdown file).
    QString suggestedEnding;
    /// True when the format can only go to a file (a deck is never piped); false when
    /// `convert` may write it to standard output.
    bool needsFile = false;
    /// Writes `pm` to `path` (atomically: an existing file survives a failure). Returns false
    /// with a one-line reason in `error` (never null).
    std::function<bool(const Postmortem &pm, const QString &path, const ExportOptions &options,
                       QString *error)>
        write;
    /// The bytes to print when `convert` writes to standard output, for formats whose
    /// standard-output form differs from the file (Markdown without its picture folder); unset:
    /// write to a temporary file and print it.
    std::function<QByteArray(const Postmortem &pm, const ExportOptions &options)> toStandardOutput;
};

/// Every format, in menu order: pdf, md, html, json, odt, slides-pdf.
const QList<ExportFormat> &exportFormats();

/// The format with `id` (case-insensitive), or null.
const ExportFormat *findExportFormat(const QString &id);

/// "md, html, pdf, …" — the ids joined with `separator`, for usage lines and errors.
QString exportFormatIds(const QString &separator = QStringLiteral(", "));

/// The translated menu label / file filter of `format` (context "Hindsight::ExportFormats").
QString exportMenuLabel(const ExportFormat &format);
QString exportFileFilter(const ExportFormat &format);

/// Suggested export path beside `documentPath` ("/x/db-outage.postmortem.md" + pdf →
/// "/x/db-outage.pdf"; md → "/x/db-outage-export.md").
QString suggestedExportPath(const QString &documentPath, const ExportFormat &format);

/// Writes `pm` in `format` to `path`, or to standard output when `path` is empty or "-" (through
/// a temporary file when the format has no toStandardOutput). Returns false with `error`.
bool writeExport(const ExportFormat &format, const Postmortem &pm, const QString &path,
                 const ExportOptions &options, QString *error);

} // namespace Hindsight
